"""The cleaner: line verdicts, layout, metadata on invented articles, invariants.

Every article here is invented (fictional places and people); the shapes
follow the layouts of Indonesian news sites.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.clean import classify_lines, clean_document, normalise_line, stable_id
from linimasa.records import RawDocument

FIXTURES = Path(__file__).parent / "fixtures" / "clean"

PROSE_A = "Ribuan warga Kota Lestari mulai kembali ke rumah mereka setelah banjir yang merendam permukiman selama tiga hari akhirnya surut."
PROSE_B = "Kepala badan penanggulangan bencana setempat mengatakan bahwa air mulai turun sejak Minggu malam dan jalan utama sudah bisa dilalui."
PROSE_C = "Petugas gabungan dikerahkan untuk membersihkan lumpur yang menutup jalan utama di pusat kota sejak pagi hari."


def clean(text: str, **raw):
    return clean_document(RawDocument(source="test", text=text, **raw))


def verdicts(text: str) -> dict[int, tuple[bool, str | None]]:
    lines, _ = classify_lines(text)
    return {line.number: (line.keep, line.reason) for line in lines}


# ------------------------------------------------------------ normalisation


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("  • screenshot berita", "screenshot berita"),
        ("kata\u00a0dia\u200b  hari ini ", "kata dia hari ini"),
        ("\ufeffJudul", "Judul"),
        ("▪ ► Satu", "Satu"),
        ("- butir daftar tetap", "- butir daftar tetap"),
    ],
)
def test_normalise_line(raw, expected):
    assert normalise_line(raw) == expected


# --------------------------------------------------- single-line verdicts


@pytest.mark.parametrize(
    "line, reason",
    [
        ("ADVERTISEMENT", "ad"),
        ("SCROLL TO CONTINUE WITH CONTENT", "ad"),
        ("Baca juga: Banjir Rendam Tiga Kecamatan di Kota Lestari", "related"),
        ("Baca Juga : Gubernur Tinjau Lokasi Pengungsian", "related"),
        ("Pilihan Editor: Eks Bendahara Desa Ditahan, Diduga Tilap Dana Rp 740 Juta", "related"),
        ("Also Read: Floods Hit Three Districts", "related"),
        ("Video: Warga Mengungsi ke Masjid, 20 Orang Luka", "video"),
        ("Saksikan video di bawah ini:", "video"),
        ("Halaman", "pagination"),
        ("1234", "pagination"),
        ("Halaman 2 dari 3", "pagination"),
        ("Selanjutnya", "pagination"),
        ("© 2024 Kabar Lestari. All rights reserved", "footer"),
        ("Gedung Sentosa Lantai 3, Jalan Melati Raya 12, Kota Lestari, 40115.", "address"),
        ("Sumber :", "credit"),
        ("Y @KabarLestari", "credit"),
        ("Warga mengungsi di masjid setempat. (AP)", "caption"),
        ("Petugas membersihkan lumpur di jalan utama. (Foto: Humas Pemkot)", "caption"),
        ("Warga berjalan di antara puing, Senin (12/5/2025). ANTARA FOTO/Rudi Hartono", "caption"),
        ("BANJIR KOTA LESTARI - Warga menyeberangi jalan yang tergenang (kiri) pada Senin (12/5/2025).", "caption"),
        # A caption labelled as an illustration with a dash, whose text reads like a lede.
        ("ILUSTRASI - Personel gabungan bersiaga di Bandara Lestari, Sabtu (17/1/2026). Aparat kembali disiagakan.", "credit"),
        ("Editor: Rahmat Hidayat", "byline"),
        ("Dimas Prakoso • 24 February 2024 20:35", "byline"),
        ("Senin, 12 Mei 2025 10:00 WIB", "date"),
        ("(asp/imk)", "initials"),
        ("“Penggemar kopi. Pelopor musik. Pencinta Twitter. Penjelajah malam.”", "author-bio"),
        ("Home › Berita › Daerah", "navigation"),
        ("All Channels MARKET NEWS TECH LIFESTYLE OPINI", "navigation"),
        ("Dapatkan update berita pilihan setiap hari dari Kabar Lestari.", "share"),
        ("Artikel ini telah tayang di KabarLestari.com dengan judul Banjir Surut", "syndication"),
    ],
)
def test_boilerplate_line(line, reason):
    text = "\n".join([PROSE_A, PROSE_B, line, PROSE_C])
    keep, found = verdicts(text)[3]
    assert not keep
    assert found == reason


@pytest.mark.parametrize(
    "line",
    [
        "Wali kota meminta warga yang rumahnya rusak untuk melapor ke kantor kelurahan masing-masing.",
        "“Kami masih mendata kerusakan rumah warga,” kata dia.",
        "Berikut daftar kecamatan yang terdampak:",
        "Oleh karena itu, warga diminta tetap waspada terhadap banjir susulan di kawasan rendah.",
        "Menurut dia - yang enggan disebut namanya - perbaikan tanggul itu butuh waktu sebulan.",
        "Sumber di kementerian mengatakan bahwa anggaran perbaikan sudah disiapkan sejak bulan lalu.",
        "Pada Senin (12/5/2025), petugas mulai membersihkan lumpur di jalan utama kota.",
        # A short sentence that ends by defining an acronym is no photo credit.
        "Saksi menuding panitia menggelembungkan suara di dua tempat pemungutan suara (TPS).",
    ],
)
def test_body_line_is_kept(line):
    text = "\n".join([PROSE_A, PROSE_B, line, PROSE_C])
    assert verdicts(text)[3] == (True, None)


# ---------------------------------------------------- subheading vs teaser


def test_subheading_with_topic_overlap_is_kept():
    text = "\n".join(
        [
            PROSE_A,
            PROSE_B,
            "Pembersihan lumpur dimulai",
            "Petugas mulai membersihkan lumpur tebal dari permukiman warga pada Selasa pagi dengan alat berat.",
            "Menurut petugas, pekerjaan itu akan selesai dalam sepekan jika cuaca tetap cerah.",
        ]
    )
    assert verdicts(text)[3] == (True, "subheading")


def test_title_case_subheading_with_overlap_is_kept():
    text = "\n".join(
        [
            PROSE_A,
            PROSE_B,
            "Tanggul Sungai Jebol",
            "Tanggul sungai di sisi utara kota jebol pada Sabtu malam sehingga air meluap ke permukiman.",
            "Warga yang tinggal dekat tanggul diminta mengungsi ke gedung sekolah terdekat.",
        ]
    )
    assert verdicts(text)[3] == (True, "subheading")


def test_spliced_teaser_headlines_are_removed():
    text = "\n".join(
        [
            PROSE_A,
            "Pemain Timnas Cedera Jelang Laga Final, Pelatih Siapkan Pengganti Dadakan",
            PROSE_B,
            "Heboh! Harga Emas Antam Naik Lagi, Tembus Rekor 1.900.000 per Gram",
            PROSE_C,
            "Menurut petugas, pekerjaan itu akan selesai dalam sepekan jika cuaca tetap cerah.",
        ]
    )
    found = verdicts(text)
    assert found[2] == (False, "teaser")
    assert found[4] == (False, "teaser")
    assert found[3][0] and found[5][0]


def test_truncated_lede_teaser_is_removed():
    teaser = PROSE_B[:70].rsplit(" ", 1)[0] + " ai"
    text = "\n".join(["Judul Berita Banjir Surut di Kota Lestari", teaser, PROSE_A, PROSE_B, PROSE_C])
    found = verdicts(text)
    assert found[2] == (False, "truncated-teaser")
    assert found[4] == (True, None)


def test_a_lede_dense_with_names_is_still_the_lead():
    # Few function words (names, numbers, a date), but a place prefix: the lede, not header furniture.
    lede = ("Sumber Rawi - Unjuk rasa ribuan pendukung pasangan calon (paslon) nomor urut 1, Yusra Hadikarta-Ning "
            "Purbasari, di depan kantor KPU Kabupaten Sumber Rawi berakhir ricuh, Kamis (17/9/2026). Polisi menangkap "
            "23 orang, sementara sedikitnya 11 orang terluka, tujuh di antaranya anggota polisi.")
    text = "\n".join(["Ricuh Demo Tolak Hasil Pilkada Sumber Rawi", "Kamis, 17 Sep 2026 16:27 WIB", lede, "ADVERTISEMENT", PROSE_A, PROSE_B])
    found = verdicts(text)
    assert found[3] == (True, "lead")
    assert clean(text).dateline == "Sumber Rawi"


def test_footer_list_after_header_is_removed():
    text = "\n".join(
        [
            PROSE_A,
            PROSE_B,
            PROSE_C,
            "Terpopuler",
            "Harga Bawang Merah Stabil Jelang Hari Raya",
            "Pemerintah siapkan operasi pasar di lima kota",
            "1",
            "Ramalan Cuaca Akhir Pekan",
        ]
    )
    found = verdicts(text)
    assert [found[n][0] for n in range(1, 9)] == [True, True, True, False, False, False, False, False]
    assert found[5][1] == "related-list"


def test_repeated_menu_lines_are_removed():
    menu = "Semua Artikel Foto Video Infografis"
    text = "\n".join([menu, PROSE_A, PROSE_B, menu, PROSE_C, menu])
    found = verdicts(text)
    assert not found[1][0] and not found[4][0] and not found[6][0]


# ------------------------------------------------------ whole articles

KOMPAS_LIKE = """Home > Daerah > Jawa Timur
Senin, 12 Mei 2025
Warga Kota Lestari Kembali ke Rumah Setelah Banjir Surut
Kompas.com - 12/05/2025, 10:15 WIB
Penulis: Rina Wulandari | Editor: Agus Pranoto

SURABAYA, KOMPAS.com - Ribuan warga Kota Lestari mulai kembali ke rumah mereka pada Senin (12/5/2025) setelah banjir yang merendam permukiman selama tiga hari akhirnya surut.
Kepala badan penanggulangan bencana setempat, Budi Santoso, mengatakan bahwa air mulai turun sejak Minggu malam.
Baca juga: Banjir Rendam Tiga Kecamatan, Warga Mengungsi ke Masjid
"Kami masih mendata kerusakan rumah warga dan fasilitas umum," kata Budi kepada wartawan.
Pembersihan Lumpur
Petugas gabungan dikerahkan untuk membersihkan lumpur yang menutup jalan utama di pusat kota.
Menurut Budi, pembersihan lumpur diperkirakan selesai dalam sepekan jika cuaca mendukung.
Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.
Copyright 2008 - 2025 PT. Kompas Cyber Media (Kompas Gramedia Group). All Rights Reserved."""

DETIK_LIKE = """detikNews
Berita
Menlu Negeri Antah Bertemu Mitra di Jenewa
Andi Saputra - detikNews
Rabu, 14 Mei 2025 09:30 WIB
Foto: Menlu Negeri Antah (Dok. Kemlu)
Jakarta - Menteri Luar Negeri Negeri Antah, Laras Pertiwi, bertemu dengan mitranya di Jenewa untuk membahas kerja sama perdagangan.
Pertemuan itu berlangsung selama dua jam di markas besar organisasi internasional.
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
"Kami sepakat mempercepat perundingan," kata Laras.
(asp/imk)"""

ANTARA_LIKE = """Jakarta (ANTARA) - Pemerintah Provinsi Sumber Makmur menyalurkan bantuan beras kepada 5.000 keluarga terdampak kekeringan, Kamis.
"Bantuan ini tahap pertama," ujar Gubernur Sumber Makmur Hendra Wijaya di Jakarta.
Ia menambahkan bahwa tahap kedua akan disalurkan bulan depan.
Pewarta: Siti Aminah
Editor: Joko Susilo
COPYRIGHT © ANTARA 2025"""

UNKNOWN_OUTLET = """Kabar Selatan
Nelayan Pulau Seribu Karang Tolak Rencana Tambang Pasir
KABARSELATAN.COM, MAKASSAR - Ratusan nelayan dari Pulau Seribu Karang berunjuk rasa di depan kantor gubernur untuk menolak rencana penambangan pasir laut di perairan mereka.
Mereka khawatir tambang itu akan merusak terumbu karang yang menjadi tempat ikan berkembang biak.
"Kalau karang rusak, kami mau makan apa," kata koordinator aksi, Daeng Rusli.
Baca Juga: Harga Ikan Naik, Nelayan Keluhkan Cuaca Buruk
Pemerintah provinsi berjanji akan meninjau kembali izin tambang tersebut dalam dua pekan.
Penulis: Nur Aisyah
© 2025 Kabar Selatan Media Group. Hak cipta dilindungi undang-undang."""

PAGE_HEADER_DATE = """Minggu, 18 Mei 2025
Beranda
Nasional
Polisi Tangkap Pelaku Pencurian Kabel di Stasiun
Pada Senin (12/5/2025), polisi menangkap dua pria yang diduga mencuri kabel listrik di sebuah stasiun kereta di pinggiran kota.
Keduanya ditangkap setelah petugas keamanan melihat aksi mereka melalui kamera pengawas.
Polisi menyita gunting besar dan gulungan kabel sepanjang 50 meter sebagai barang bukti.
Bagikan
Tweet"""

FOREIGN_FOOTER = """Baca berita dengan sedikit iklan, klik di sini
© 2007 - 2024 Lainsitus.com,
Bandung, Warta Priangan - Pemerintah kota meresmikan taman baru di pusat kota yang dibangun di atas bekas lahan parkir seluas dua hektare.
Wali kota mengatakan bahwa taman itu terbuka untuk umum setiap hari mulai pukul enam pagi.
Warga menyambut baik taman tersebut karena kota selama ini kekurangan ruang terbuka hijau.
Saksikan video di bawah ini:
Video: Taman Kota Diserbu Warga, 3.000 Pengunjung di Hari Pertama"""


@pytest.mark.parametrize(
    "text, body_lines, meta",
    [
        (
            KOMPAS_LIKE,
            [7, 8, 10, 11, 12, 13],
            dict(title="Warga Kota Lestari Kembali ke Rumah Setelah Banjir Surut", outlet="Kompas.com",
                 published="2025-05-12T10:15", authors=["Rina Wulandari"], dateline="Surabaya"),
        ),
        (
            DETIK_LIKE,
            [7, 8, 11],
            dict(title="Menlu Negeri Antah Bertemu Mitra di Jenewa", outlet="Detikcom", published="2025-05-14T09:30",
                 authors=["Andi Saputra"], dateline="Jakarta"),
        ),
        (
            ANTARA_LIKE,
            [1, 2, 3],
            dict(title=None, outlet="Antara", published=None, authors=["Siti Aminah"], dateline="Jakarta"),
        ),
        (
            UNKNOWN_OUTLET,
            [3, 4, 5, 7],
            dict(title="Nelayan Pulau Seribu Karang Tolak Rencana Tambang Pasir", outlet="Kabarselatan.com",
                 published=None, authors=["Nur Aisyah"], dateline="Makassar"),
        ),
        (
            PAGE_HEADER_DATE,  # the crawl day above the page and an event date in the lead are not the date
            [5, 6, 7],
            dict(title="Polisi Tangkap Pelaku Pencurian Kabel di Stasiun", outlet=None, published=None, authors=[], dateline=None),
        ),
        (
            FOREIGN_FOOTER,  # another site's pasted footer does not name the outlet
            [3, 4, 5],
            dict(title=None, outlet="Warta Priangan", published=None, authors=[], dateline="Bandung"),
        ),
    ],
)
def test_whole_article(text, body_lines, meta):
    article = clean(text)
    assert [p.line for p in article.paragraphs] == body_lines
    for key, value in meta.items():
        assert getattr(article, key) == value, key
    assert article.language == "id"
    if article.published:
        assert article.published_source == "text"


def test_reporting_line_date_is_the_publication_date():
    text = "\n".join(
        [
            "Gencatan Senjata di Negeri Antah Mulai Berlaku",
            "Kabar Antah – Gencatan senjata antara dua kelompok bersenjata di Negeri Antah mulai berlaku pada tengah malam.",
            "“Kami akan mematuhi kesepakatan ini,” kata juru bicara kelompok itu, dikutip dari Harian Timur, Rabu, 7 Mei 2025.",
            "Serangan terakhir terjadi pada 3 Mei 2025 dan menewaskan 12 orang.",
        ]
    )
    article = clean(text)
    assert article.published == "2025-05-07"
    assert article.published_source == "text"


def test_container_metadata_is_the_fallback():
    text = "\n".join([PROSE_A, PROSE_B, PROSE_C])
    article = clean(
        text,
        url="https://www.kabarlestari.co.id/read/2025/05/12/999/banjir-surut",
        title="Banjir Surut di Kota Lestari - Kabar Lestari",
        published="2025-05-12T08:00:00+07:00",
        meta={"published_source": "html"},
    )
    assert article.title == "Banjir Surut di Kota Lestari"
    assert article.outlet == "Kabarlestari.co.id"
    assert (article.published, article.published_source) == ("2025-05-12T08:00", "html")
    article = clean(text, url="https://www.kabarlestari.co.id/read/2025/05/12/999/banjir-surut")
    assert (article.published, article.published_source) == ("2025-05-12", "url")


def test_stated_date_beats_container_date():
    text = "Judul Berita tentang Banjir di Kota Lestari\nSelasa, 13 Mei 2025 | 14:20 WIB\n" + PROSE_A
    article = clean(text, published="2025-05-20")
    assert (article.published, article.published_source) == ("2025-05-13T14:20", "text")


def test_removed_lines_are_recorded_with_reasons():
    article = clean(KOMPAS_LIKE)
    removed = {r.line: r.reason for r in article.removed}
    assert removed[9] == "related"
    assert removed[2] == "page-header-date"
    assert removed[3] == "title"
    assert all(r.reason for r in article.removed)


def test_stable_id():
    assert stable_id("abc") == stable_id("abc") != stable_id("abd")
    assert clean("x" * 100).id == stable_id("x" * 100)


def test_empty_and_blank_input():
    for text in ("", "\n\n  \n", "\u200b"):
        article = clean(text)
        assert article.body == "" and article.paragraphs == []


# --------------------------------------------------------------- invariants

_LINE = st.one_of(
    st.sampled_from([PROSE_A, PROSE_B, PROSE_C, "ADVERTISEMENT", "Baca juga: Judul Lain", "Halaman", "", "  ", "Sub Judul Pendek"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
)


@settings(max_examples=120, deadline=None)
@given(st.lists(_LINE, max_size=25))
def test_every_line_is_body_or_removed(lines):
    text = "\n".join(lines)
    article = clean(text)
    numbers = [p.line for p in article.paragraphs] + [r.line for r in article.removed]
    assert len(numbers) == len(set(numbers))
    non_empty = {i for i, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1) if normalise_line(line)}
    assert set(numbers) == non_empty
    for paragraph in article.paragraphs:
        assert article.body[paragraph.span[0] : paragraph.span[1]] == paragraph.text
    assert article.body == "\n\n".join(p.text for p in article.paragraphs)


# ---------------------------------------------- fixtures written by others
# tests/fixtures/clean/*.txt with a sidecar truth JSON (body_lines, boilerplate_lines,
# title, outlet, published, published_forbidden, authors, dateline, *_alternatives,
# input_url). Fixtures we know we fail are listed here with the reason and run as
# non-strict xfail, so a fix shows up as XPASS instead of the case being deleted.
# Pass rate when this table was last updated: 15/15 (before the round-2 header
# rules: 4/15).
KNOWN_FIXTURE_FAILURES: dict[str, str] = {}


def _fixture_cases():
    if not FIXTURES.is_dir():
        return []
    cases = []
    for text_path in sorted(FIXTURES.glob("*.txt")):
        for candidate in (text_path.with_suffix(".json"), text_path.with_name(text_path.stem + ".truth.json")):
            if candidate.exists():
                reason = KNOWN_FIXTURE_FAILURES.get(text_path.stem)
                marks = [pytest.mark.xfail(strict=False, reason=reason)] if reason else []
                cases.append(pytest.param(text_path, candidate, id=text_path.stem, marks=marks))
                break
    return cases


def _same(a, b) -> bool:
    from linimasa.evaluate import norm

    return norm(a) == norm(b)


@pytest.mark.parametrize("text_path, truth_path", _fixture_cases() or [pytest.param(None, None, marks=pytest.mark.skip(reason="no fixtures under tests/fixtures/clean"))])
def test_fixture(text_path, truth_path):
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    raw = RawDocument(
        source=str(text_path),
        text=text_path.read_text(encoding="utf-8"),
        url=truth.get("input_url") or truth.get("raw_url"),
    )
    article = clean_document(raw)
    kept = {p.line for p in article.paragraphs}
    problems = []
    lost = [n for n in truth.get("body_lines") or [] if n not in kept]
    leaked = [n for n in truth.get("boilerplate_lines") or [] if n in kept]
    if lost:
        problems.append(f"body lines lost: {lost}")
    if leaked:
        problems.append(f"boilerplate kept: {leaked}")
    for key in ("title", "outlet", "dateline"):
        if key in truth:
            options = [truth[key], *(truth.get(f"{key}_alternatives") or [])]
            if not any(_same(getattr(article, key), option) for option in options):
                problems.append(f"{key}: {getattr(article, key)!r} not in {options!r}")
    if "published" in truth:
        day = (article.published or "")[:10] or None
        stated = truth["published"]
        allowed = {stated[:10]} if stated else {None, (truth.get("published_inferred") or "")[:10] or None}
        if day not in allowed:
            problems.append(f"published: {article.published!r}, expected {stated!r}")
    if day_forbidden := {d[:10] for d in truth.get("published_forbidden") or []} & {(article.published or "")[:10]}:
        problems.append(f"published: forbidden date {sorted(day_forbidden)}")
    if "authors" in truth:
        options = [truth["authors"], *(truth.get("authors_alternatives") or [])]
        mine = sorted(_fold_all(article.authors))
        if not any(mine == sorted(_fold_all(option)) for option in options):
            problems.append(f"authors: {article.authors!r} not in {options!r}")
    assert not problems, "; ".join(problems)


def _fold_all(names):
    from linimasa.evaluate import norm

    return [norm(n) for n in names]


# ------------------------------------------- round 2: header layouts of other sites
# Invented pages showing the kinds of header the first cleaner got wrong: section
# menus above the headline, a site logo above a byline desk, bare name bylines,
# rights notices after the copyright line, unlisted datelines.


@pytest.mark.parametrize(
    "line",
    [
        "Beranda Nasional Daerah Ekonomi Olahraga Hiburan Otomotif",
        "Home Global Bisnis Tekno Sains Kesehatan Gaya Hidup",
        "kabarNews kabarFinance kabarSport kabarOto kabarTravel",
        "suaraJatim suaraBali suaraSulsel suaraPapua",
        "Terkini Politik Hukum Dunia Foto Video Infografis",
        "Berita | Opini | Kolom | Edukasi | Wisata",
    ],
)
def test_section_menus_are_navigation(line):
    found = verdicts("\n".join([line, PROSE_A, PROSE_B]))
    assert found[1] == (False, "navigation")


@pytest.mark.parametrize(
    "line",
    [
        "Harga Cabai Rawit Melonjak Jelang Lebaran",  # verbs and names, not sections
        "Gubernur Resmikan Jembatan Gantung Baru",
        "Timnas Muda Juara Piala Asia Tenggara",
        "Kota Lestari Siaga Banjir Kiriman",  # two section-ish words are not enough
        "Warga Desa Ekonomi Lemah Terima Bantuan",
    ],
)
def test_title_case_headlines_are_not_menus(line):
    found = verdicts("\n".join([line, PROSE_A, PROSE_B]))
    assert found[1][1] != "navigation"


MENU_BEFORE_HEADLINE = """Suara Lembah
Kabar Utama Regional Bisnis Tekno Sportainment Seleb Kuliner
Regional / Jawa
Jembatan Gantung Desa Karangjati Putus, 12 Pelajar Terjatuh ke Sungai
Suara Lembah - 14/03/2025, 07:45 WIB
Penulis Kontributor Karangjati, Ratna Purbasari | Editor Wisnu Hardiman

KARANGJATI, Suara Lembah - Jembatan gantung yang menghubungkan dua dusun di Desa Karangjati putus pada Jumat pagi saat dilintasi belasan pelajar.
Sebanyak 12 pelajar terjatuh ke sungai dan dievakuasi warga ke puskesmas terdekat.
"Talinya sudah lama berkarat, kami sudah melapor berkali-kali," kata Sarmin, warga setempat.
Copyright 2025 Suara Lembah. All Rights Reserved.
Dilarang mengambil konten atau melakukan crawling di situs ini tanpa izin tertulis dari redaksi."""


def test_menu_line_is_not_the_title_and_bare_labels_name_the_writer():
    article = clean(MENU_BEFORE_HEADLINE)
    assert article.title == "Jembatan Gantung Desa Karangjati Putus, 12 Pelajar Terjatuh ke Sungai"
    assert article.authors == ["Ratna Purbasari"]  # the editor is not an author when a writer is named
    assert article.published == "2025-03-14T07:45"
    assert article.dateline == "Karangjati"
    assert [p.line for p in article.paragraphs] == [8, 9, 10]
    removed = {r.line: r.reason for r in article.removed}
    assert removed[2] == "navigation" and removed[12] == "footer"


SITE_SLOGAN_BEFORE_HEADLINE = """Beranda | Berita Daerah | Politik | Ekonomi | Olahraga | Indeks
SuaraLembah.id - Suara Warga Lembah Karangjati

Warga Karangjati Tutup Jalan Tambang Pasir, Truk Tertahan Sejak Pagi

Kamis, 13 Maret 2025 15:20 WIB

KARANGJATI, SuaraLembah.id - Ratusan warga Desa Karangjati menutup jalan tambang pasir di tepi Sungai Lembah pada Kamis pagi.
Warga menumpuk batu dan batang kayu di tengah jalan, sehingga puluhan truk tertahan di area tambang.
"Kami tidak akan membuka jalan ini sebelum perusahaan memperbaiki tanggul," kata Ketua RT setempat, Sumarno."""


def test_a_site_and_its_slogan_are_not_the_title():
    article = clean(SITE_SLOGAN_BEFORE_HEADLINE)
    assert article.title == "Warga Karangjati Tutup Jalan Tambang Pasir, Truk Tertahan Sejak Pagi"


LOGO_AND_DESK = """warkab
warkabNasional warkabDaerah warkabBola warkabSeleb warkabTekno
Berita Daerah
Pasar Ikan Tanjung Rembang Terbakar, Ratusan Kios Hangus
Dewi Anggraini - warkabJatim
Rabu, 5 Mar 2025 21:10 WIB
Foto: Petugas memadamkan api di pasar ikan, Selasa (4/3/2025). (Dewi Anggraini/warkabJatim)
Tanjung Rembang - Kebakaran melanda pasar ikan Tanjung Rembang pada Rabu sore dan menghanguskan ratusan kios pedagang.
Petugas pemadam kebakaran Tanjung Rembang membutuhkan tiga jam untuk memadamkan api.
"Api cepat membesar karena angin kencang," kata Kepala Dinas Pemadam Kebakaran, Heru Prasetyo.
warkab
Redaksi | Pedoman Media Siber | Karir
Hak Cipta © 2025 warkab.com. All right reserved"""


def test_site_logo_beats_byline_desk_and_caption_date_is_not_published():
    article = clean(LOGO_AND_DESK)
    assert article.title == "Pasar Ikan Tanjung Rembang Terbakar, Ratusan Kios Hangus"
    assert article.outlet == "warkab"  # the logo, named again at the foot; "warkabJatim" is a desk
    assert article.published == "2025-03-05T21:10"  # not the photo's Selasa (4/3/2025)
    assert article.authors == ["Dewi Anggraini"]
    assert article.dateline == "Tanjung Rembang"  # unlisted, but the story repeats it


NAME_ABOVE_DATE = """Diakses: 2025-04-02T08:00:00+07:00
Kabar Pagi | Beranda | Daerah | Opini
Sekolah Darurat Dibangun untuk Siswa Korban Longsor Bukit Kenanga
Lestari Wulandari
Senin, 24 Maret 2025 10:20 WIB
Diperbarui Selasa, 25 Maret 2025 08:00 WIB

Bukit Kenanga - Pemerintah kabupaten membangun tiga ruang kelas darurat bagi siswa yang sekolahnya tertimbun longsor di Bukit Kenanga.
Kepala dinas pendidikan mengatakan ruang kelas itu bisa dipakai mulai pekan depan.
Sebanyak 140 siswa akan belajar bergiliran pagi dan siang."""


def test_bare_name_next_to_the_date_is_the_writer_and_crawl_stamp_is_ignored():
    article = clean(NAME_ABOVE_DATE)
    assert article.authors == ["Lestari Wulandari"]
    assert article.published == "2025-03-24T10:20"  # not the crawl stamp, not the update
    assert article.title == "Sekolah Darurat Dibangun untuk Siswa Korban Longsor Bukit Kenanga"


@pytest.mark.parametrize(
    "header",
    [
        "Sekolah Darurat Dibangun untuk Siswa Korban Longsor\nBerita Pilihan\nSenin, 24 Maret 2025 10:20 WIB",  # a label
        "Sekolah Darurat Dibangun untuk Siswa Korban Longsor\nWarta Kenanga TV\nSenin, 24 Maret 2025 10:20 WIB",  # a brand
        "Lestari Wulandari\nSekolah Darurat Dibangun untuk Siswa Korban Longsor\nSenin, 24 Maret 2025 10:20 WIB",  # above the title
    ],
)
def test_bare_name_byline_needs_its_place(header):
    article = clean(header + "\n" + PROSE_A + "\n" + PROSE_B)
    assert article.authors == []


@pytest.mark.parametrize(
    "lead, outlet, dateline",
    [
        # an unlisted outlet: its name recurs only in the furniture (the photo credit)
        ("Warta Kenanga – " + PROSE_A, "Warta Kenanga", None),
        # an unlisted place: the story repeats it
        ("Lembah Hijau - Ribuan warga Lembah Hijau mulai kembali ke rumah mereka setelah banjir surut pada pekan ini.", None, "Lembah Hijau"),
        # nobody repeats it: an honest unknown
        ("Sinar Fajar - " + PROSE_A, None, None),
        # roles tied: the part the story repeats is the place
        ("Warta Kenanga, Lembah Hijau — Ribuan warga Lembah Hijau mulai kembali ke rumah mereka setelah banjir surut.", "Warta Kenanga", "Lembah Hijau"),
        ("Lembah Hijau, Warta Kenanga — Ribuan warga Lembah Hijau mulai kembali ke rumah mereka setelah banjir surut.", "Warta Kenanga", "Lembah Hijau"),
        ("Jakarta. " + PROSE_A, None, "Jakarta"),  # a listed place before a period
    ],
)
def test_unlisted_lead_prefixes_are_settled_by_the_page(lead, outlet, dateline):
    text = "\n".join(["Banjir Surut, Warga Kembali ke Rumah", "Foto: Dok. Warta Kenanga", lead, PROSE_B, PROSE_C])
    article = clean(text)
    assert (article.outlet, article.dateline) == (outlet, dateline)


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Dilarang mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI tanpa izin tertulis.", "footer"),
        ("Dilarang keras mengutip atau memperbanyak artikel ini tanpa izin redaksi.", "footer"),
        ("Tidak diperkenankan menyalin konten situs ini tanpa persetujuan tertulis.", "footer"),
    ],
)
def test_rights_notice_is_footer(line, reason):
    found = verdicts("\n".join([PROSE_A, PROSE_B, line]))
    assert found[3] == (False, reason)


@pytest.mark.parametrize(
    "line",
    [
        "Dilarang membawa senjata tajam ke lokasi pertandingan, kata kepala polisi setempat kepada wartawan.",
        "Dilarang keras berenang di pantai itu selama gelombang tinggi masih terjadi, ujar petugas.",
    ],
)
def test_prohibitions_in_the_story_are_kept(line):
    found = verdicts("\n".join([PROSE_A, line, PROSE_B]))
    assert found[2][0] is True


@pytest.mark.parametrize("head_line, lead", [
    # An upper-case head the line goes on to write as a name is the lede's dateline ...
    ("SUMBER RAWI - Aksi mogok kerja ribuan buruh bongkar muat di Pelabuhan Tanjung Sumber Rawi memasuki hari kelima "
     "pada Jumat (16/10/2026). Perundingan antara serikat pekerja dan perusahaan kembali berakhir tanpa kesepakatan.", True),
    # ... a topic head over the same shape of text is a photo caption.
    ("SISA KEBAKARAN - Petugas memeriksa sisa kotak suara yang terbakar di halaman Kantor Desa Sumber Rawi, Senin "
     "(19/10/2026). Massa pendukung salah satu calon kepala desa berunjuk rasa menuntut penghitungan ulang.", False),
])
def test_a_caps_head_that_names_itself_opens_the_lede(head_line, lead):
    text = "\n".join(["Mogok Buruh Pelabuhan Sumber Rawi Masuki Hari Kelima", "Jumat, 16 Okt 2026 12:47 WIB", head_line, PROSE_A, PROSE_B])
    keep, reason = verdicts(text)[3]
    assert keep == lead
    assert (reason == "caption") == (not lead)


@pytest.mark.parametrize("line, kept", [
    # A wire credit after a lower-case word is still a credit; only an acronym spelling its words is a definition.
    ("Warga menyeberangi jalan yang terendam banjir (ANTARA).", False),
    ("Saksi menuding panitia menggelembungkan suara di dua tempat pemungutan suara (TPS).", True),
])
def test_an_acronym_defined_or_a_credit(line, kept):
    text = "\n".join([PROSE_A, PROSE_B, line, PROSE_C])
    assert verdicts(text)[3][0] == kept


def test_a_caps_head_naming_itself_is_read_after_the_head_whole():
    # The rest of the line starts right after the head, so its first letter is not cut off.
    line = ("TANJUNG PRIOK - Tanjung Priok dipadati truk kontainer sejak pagi, dan antrean mengular hingga enam "
            "kilometer, Senin (16/10/2026). Sopir bermalam di jalan karena kapal belum dibongkar.")
    text = "\n".join(["Antrean Truk di Tanjung Priok", "Senin, 16 Okt 2026 12:47 WIB", line, PROSE_A, PROSE_B])
    assert verdicts(text)[3][0]
