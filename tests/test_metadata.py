"""Metadata readers: lead prefixes, outlets, bylines, date lines, reporting dates."""

from __future__ import annotations

import pytest

from linimasa.metadata import (
    byline,
    date_line,
    footer_outlet,
    label_authors,
    lead_prefix,
    loose_dateline,
    outlet_display,
    outlet_from_url,
    reported_date,
)

LEAD = "Warga kota mulai kembali ke rumah mereka setelah banjir surut pada pekan ini."


@pytest.mark.parametrize(
    "prefix, outlet, dateline",
    [
        ("JAKARTA, KOMPAS.com - ", "Kompas.com", "Jakarta"),
        ("Jakarta, CNBC Indonesia - ", "CNBC Indonesia", "Jakarta"),
        ("VIVA Jabar – ", "VIVA Jabar", None),
        ("SERAMBINEWS.COM - ", "Serambinews", None),
        ("Jakarta (ANTARA) - ", "Antara", "Jakarta"),
        ("TEMPO.CO, Jakarta - ", "Tempo.co", "Jakarta"),
        ("REPUBLIKA.CO.ID, JAKARTA -- ", "Republika", "Jakarta"),
        ("Paris: ", None, "Paris"),
        ("JAKARTA - ", None, "Jakarta"),
        ("SAMARINDA - ", None, "Samarinda"),  # an unlisted one-word all-caps dateline
        # outlets nobody listed: read from their shape
        ("MALANG, BERITAKOTA.ID - ", "Beritakota.id", "Malang"),
        ("Bandung, Warta Priangan News - ", "Warta Priangan News", "Bandung"),
        ("KABARSELATAN.COM, MAKASSAR - ", "Kabarselatan.com", "Makassar"),
        ("Medan, kabarmedan.co.id - ", "kabarmedan.co.id", "Medan"),
    ],
)
def test_lead_prefix(prefix, outlet, dateline):
    found = lead_prefix(prefix + LEAD)
    assert found is not None
    assert (found.outlet, found.dateline) == (outlet, dateline)
    assert (prefix + LEAD)[found.end :] == LEAD


@pytest.mark.parametrize(
    "line",
    [
        LEAD,
        "Laskar Timur – kelompok yang menguasai lembah itu – menolak usulan itu pada pekan lalu.",
        "RAPAT WARGA DESA - Dua kepala desa berjabat tangan di balai desa (kiri).",
        "Gubernur-Wali Kota Berseteru, Rapat Anggaran Semakin Alot",
        "Sumber: kementerian kesehatan setempat yang dikutip media lokal pada pekan ini.",
        "Menurut dia - yang enggan disebut namanya - perundingan itu buntu.",
    ],
)
def test_lead_prefix_rejects(line):
    assert lead_prefix(line) is None


@pytest.mark.parametrize(
    "url, outlet",
    [
        ("https://www.cnbcindonesia.com/news/20241202070936-4-592960/x", "CNBC Indonesia"),
        ("https://aceh.tribunnews.com/2025/05/11/x", "Serambinews"),
        ("https://jabar.viva.co.id/berita/1234-x", "VIVA Jabar"),
        ("https://m.kompas.com/read/2024/12/01/x", "Kompas.com"),
        ("https://www.beritakota.co.id/read/x", "Beritakota.co.id"),
        ("https://kabarselatan.com/x", "Kabarselatan.com"),
        (None, None),
        ("not a url", None),
    ],
)
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("© 2010 - 2025 Kabarlembah.com,", "Kabarlembah.com"),
        ("Copyright © 2024 Beritaku.id. All rights reserved", "Beritaku.id"),
        ("© 2025 TRIBUNnews.com Network,a subsidiary of KG Media.", None),  # a network, not the outlet
        ("© 2025 Contoh Media Group. All rights reserved", None),
        ("Ini bukan footer sama sekali", None),
    ],
)
def test_footer_outlet(line, outlet):
    assert footer_outlet(line) == outlet


def test_outlet_display_keeps_unknown_names():
    assert outlet_display("Warta Priangan") == "Warta Priangan"
    assert outlet_display("BERITAKU.COM") == "Beritaku.com"
    assert outlet_display("KOMPAS.com") == "Kompas.com"


@pytest.mark.parametrize(
    "line, authors",
    [
        ("Editor: Rahmat Hidayat", ["Rahmat Hidayat"]),
        ("Penulis: Rina Wulandari | Editor: Agus Pranoto", ["Rina Wulandari", "Agus Pranoto"]),
        ("Pewarta: Siti Aminah", ["Siti Aminah"]),
        ("Reporter : Dimas Prakoso, Lia Kartika", ["Dimas Prakoso", "Lia Kartika"]),
        ("Oleh: Bambang Sutrisno", ["Bambang Sutrisno"]),
        ("Oleh Bambang Sutrisno", ["Bambang Sutrisno"]),
        ("Laporan Wartawan TribunJakarta.com, Dewi Lestari", ["Dewi Lestari"]),
        ("EDITOR: BAYU KURNIAWAN", ["Bayu Kurniawan"]),
        ("Sumber :", []),  # a credit line, no author
        ("Foto: Dok. Humas", []),
    ],
)
def test_label_authors(line, authors):
    found = label_authors(line)
    assert found is not None
    assert found.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "Sang editor mengatakan bahwa laporan itu sudah diperiksa.",
        "Oleh karena itu, pemerintah menunda keputusan tersebut hingga pekan depan.",
        "Juru bicara laskar mengatakan: kami tidak akan menyerah.",
    ],
)
def test_label_authors_rejects_prose(line):
    found = label_authors(line)
    assert found is None or found.authors == []


@pytest.mark.parametrize(
    "line, authors, value",
    [
        ("Rahmat Sudrajat • 14 March 2024 19:05", ["Rahmat Sudrajat"], "2024-03-14T19:05"),
        ("Ayu Lestari | Kamis, 3 Juli 2025 - 08:12", ["Ayu Lestari"], "2025-07-03T08:12"),
        ("Andi Saputra - detikNews", ["Andi Saputra"], None),
    ],
)
def test_byline(line, authors, value):
    found = byline(line)
    assert found is not None and found.authors == authors
    assert (found.date.value if found.date else None) == value


@pytest.mark.parametrize("line", ["Selasa, 21 November 2023 | 14:05 WIB", "Kompas.com - 12/05/2025, 10:00 WIB", "Banjir • Longsor • Cuaca"])
def test_byline_rejects(line):
    assert byline(line) is None


@pytest.mark.parametrize(
    "line, value, updated",
    [
        ("Selasa, 21 November 2023 | 14:05 WIB", "2023-11-21T14:05", False),
        ("Diterbitkan: 12 Mei 2025", "2025-05-12", False),
        ("Diperbarui 13 Mei 2025, 09:00 WIB", "2025-05-13T09:00", True),
        ("Kompas.com - 12/05/2025, 10:00 WIB", "2025-05-12T10:00", False),
    ],
)
def test_date_line(line, value, updated):
    found = date_line(line)
    assert found is not None and found.date.value == value and found.updated is updated


@pytest.mark.parametrize(
    "line",
    [
        "Pada Minggu (1/12/2024), sumber partai mengatakan rombongan telah tiba di Kota Lestari.",
        "Kebakaran 7 Oktober 2023 menghanguskan sekitar 2.400 rumah di pesisir selatan.",
    ],
)
def test_date_line_rejects_sentences(line):
    assert date_line(line) is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("kata dia, dikutip dari Alarabiya, Selasa, 21 November 2023.", "2023-11-21"),
        ("kata sumber itu, melansir dari Gulf Today pada Sabtu, 24 Februari 2024.", "2024-02-24"),
        ("seperti dilansir Reuters, Senin (2/12/2024).", "2024-12-02"),
        ("mengutip Kantor Berita Nusantara edisi 5 Maret 2025", "2025-03-05"),
        # not reporting lines: the date belongs to an event
        ("Pada Minggu (1/12/2024), sumber partai mengatakan rombongan telah tiba di Kota Lestari.", None),
        ("dikutip dari Reuters. Pada 3 Desember 2024 pasukan itu mundur.", None),
        ("dilaporkan bahwa kebakaran pada 7 Oktober 2023 menghanguskan 2.400 rumah", None),
    ],
)
def test_reported_date(text, value):
    found = reported_date(text)
    assert (found.value if found else None) == value


# ------------------------------------------------ round 2: other credit shapes


@pytest.mark.parametrize(
    "line, authors, editors",
    [
        ("Penulis Rina Wulandari | Editor Agus Pranoto", ["Rina Wulandari", "Agus Pranoto"], ["Agus Pranoto"]),
        ("Penulis Kontributor Lembah Hijau, Sari Dewanti | Editor Joko Purnomo", ["Sari Dewanti", "Joko Purnomo"], ["Joko Purnomo"]),
        ("Rep: Fajar Nugroho/ Red: Melinda Sari", ["Fajar Nugroho", "Melinda Sari"], ["Melinda Sari"]),
        ("Reporter: Kontributor Kota Baru, Hana Pertiwi", ["Hana Pertiwi"], []),
        ("Pewarta Yusuf Hamdani", ["Yusuf Hamdani"], []),
        ("Editor: Bayu Kurniawan", ["Bayu Kurniawan"], ["Bayu Kurniawan"]),
    ],
)
def test_label_authors_other_shapes(line, authors, editors):
    found = label_authors(line)
    assert found is not None
    assert (found.authors, found.editors) == (authors, editors)


@pytest.mark.parametrize(
    "line",
    [
        "Editor Andi menambahkan bahwa naskah itu sudah diperiksa.",  # prose after a label word
        "Penulis buku itu hadir dalam peluncuran di Kota Lestari",
        "Reporter Senior Gelar Pelatihan Jurnalistik 2025",
        "Editor Pilihan: Lima Berita Terpopuler Pekan Ini",
    ],
)
def test_bare_labels_need_names_only(line):
    found = label_authors(line)
    assert found is None or found.authors == []


def test_caption_date_is_not_a_credit_date():
    found = label_authors("Foto: Warga mengungsi ke balai desa, Senin (3/3/2025). (Dok. Humas)")
    assert found is not None and found.authors == [] and found.date is None
    found = label_authors("Penulis: Sari Dewanti | 4 Maret 2025")
    assert found is not None and found.date is not None and found.date.value == "2025-03-04"


@pytest.mark.parametrize(
    "line, crawled",
    [
        ("Diakses: 2025-06-02T11:03:51+07:00", True),
        ("Retrieved 2 June 2025 11:03", True),
        ("Diterbitkan 2 Juni 2025 11:03 WIB", False),
    ],
)
def test_date_line_flags_crawl_stamps(line, crawled):
    found = date_line(line)
    assert found is not None and found.crawled is crawled


@pytest.mark.parametrize(
    "prefix, dateline, certain",
    [
        ("Lembah Hijau - ", "Lembah Hijau", False),
        ("Kota Baru: ", "Kota Baru", False),
        ("TANJUNG SARI - ", "Tanjung Sari", False),
        ("Jakarta. ", "Jakarta", True),  # a period needs a listed place
    ],
)
def test_loose_dateline(prefix, dateline, certain):
    found = loose_dateline(prefix + LEAD)
    assert found is not None and (found.outlet, found.dateline, found.certain) == (None, dateline, certain)
    assert (prefix + LEAD)[found.end :] == LEAD


@pytest.mark.parametrize(
    "line",
    [
        LEAD,
        "Lembah. " + LEAD,  # unlisted word before a period
        "Dalam Sepekan Terakhir Ini - " + LEAD,  # four words
        "Lembah Hijau - warga kota mulai kembali ke rumah mereka setelah banjir surut.",  # lower-case after the dash
        "kabarNews - " + LEAD,  # a brand, not a place
    ],
)
def test_loose_dateline_rejects(line):
    assert loose_dateline(line) is None


def test_two_unlisted_parts_are_marked_uncertain():
    found = lead_prefix("Warta Kenanga, Lembah Hijau - " + LEAD)
    assert found is not None and found.certain is False
    assert lead_prefix("JAKARTA, KOMPAS.com - " + LEAD).certain is True


@pytest.mark.parametrize(
    "text, value",
    [
        ("ujar dia, dikutip dari harian Suara Timur, Selasa, 21 November 2023.", "2023-11-21"),
        ("kata Rudi, dikutip dari akun Instagram Pemkot Lestari pada 5 Maret 2025.", "2025-03-05"),
        ("dikutip dari harian itu, warga kemudian berunjuk rasa pada 5 Maret 2025.", None),
    ],
)
def test_reported_date_with_source_kind(text, value):
    found = reported_date(text)
    assert (found.value if found else None) == value
