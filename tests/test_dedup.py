"""Duplicates, copies and content-farm signals (our own invented articles)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.dedup import (
    anchor_tokens, body_fingerprint, choose_representative, content_farm_signals, find_duplicates, representative_map,
)
from linimasa.records import Article, Removed

BODY = (
    "Pemerintah Kota Rembang Sari menutup Jembatan Kali Ayu sejak Senin setelah retakan sepanjang 14 meter "
    "ditemukan pada tiang penyangga. Kepala Dinas Pekerjaan Umum Rembang Sari, Wiratmo Hadisaputro, mengatakan "
    "perbaikan diperkirakan memakan waktu tiga pekan dengan biaya sekitar Rp 2,4 miliar. Selama penutupan, "
    "kendaraan dialihkan melalui Jalan Lingkar Timur yang menurut warga sering macet pada jam sibuk. Sekitar "
    "1.250 pelajar yang biasa melintasi jembatan itu kini harus menempuh jarak tambahan 6 kilometer. "
    "Wali Kota Rembang Sari, Larasati Pramudita, meminta maaf atas ketidaknyamanan dan berjanji mempercepat pekerjaan."
)
# The same story rewritten word by word (as a translation would be): other words, same names and numbers in order.
TRANSLATED = (
    "Otoritas Rembang Sari memblokir Jembatan Kali Ayu mulai hari Senin usai keretakan 14 meter terlihat di "
    "pilar. Pimpinan dinas PU Rembang Sari, Wiratmo Hadisaputro, menuturkan pekerjaan butuh kira-kira tiga "
    "minggu serta dana kurang lebih Rp 2,4 miliar. Sepanjang masa tutup, mobil diarahkan lewat Jalan Lingkar "
    "Timur, yang kata penduduk kerap padat. Kurang lebih 1.250 siswa yang lazim menyeberang kini memutar 6 "
    "kilometer ekstra. Pemimpin kota Rembang Sari, Larasati Pramudita, menyesalkan gangguan itu serta berjanji "
    "menggesa perbaikan."
)
OTHER = (
    "Panitia Festival Layang-Layang Pantai Watu Lumut mencatat 86 peserta dari tujuh provinsi tahun ini. Ketua "
    "panitia, Sekar Ayuningtyas, mengatakan layang-layang terbesar berukuran 12 meter dan dibuat oleh kelompok "
    "nelayan setempat. Festival yang digelar tiga hari itu menarik sekitar 20.000 pengunjung, naik dibanding tahun "
    "lalu. Pedagang kecil di sepanjang pantai mengaku omzet mereka meningkat dua kali lipat selama acara."
)


def article(id: str, body: str, published: str | None = "2024-05-06", source_kind: str | None = "text", **kw) -> Article:
    return Article(id=id, source=f"{id}.txt", body=body, published=published, published_source=source_kind if published else None, **kw)


def test_exact_copy_with_other_spacing_and_case_is_grouped():
    a = article("a", BODY)
    b = article("b", BODY.upper().replace(". ", ".\n\n"), published="2024-05-07")
    groups = find_duplicates([a, b, article("c", OTHER)])
    assert len(groups) == 1
    assert groups[0].kind == "exact" and set(groups[0].members) == {"a", "b"}
    assert groups[0].representative == "a"  # the earlier one


def test_syndicated_copy_with_extra_paragraph_is_a_near_copy():
    a = article("a", BODY)
    b = article("b", "Baca juga: harga cabai naik lagi.\n\n" + BODY + "\n\nIkuti kami di media sosial untuk kabar terbaru.", published="2024-05-06")
    groups = find_duplicates([a, b])
    assert len(groups) == 1 and groups[0].kind == "near"


def test_translated_copy_is_found_by_names_and_numbers_in_order():
    groups = find_duplicates([article("orig", BODY), article("mt", TRANSLATED, published=None)])
    assert len(groups) == 1
    assert groups[0].kind == "translated"
    assert groups[0].representative == "orig"  # the dated one, not the undated copy


@pytest.mark.parametrize("other", [OTHER, BODY.split(". ")[0] + ". " + OTHER])
def test_different_articles_are_not_grouped(other):
    assert find_duplicates([article("a", BODY), article("b", other)]) == []


def test_a_much_longer_copy_represents_a_truncated_earlier_one():
    teaser = article("teaser", BODY[:260], published="2024-05-06")
    full = article("full", BODY, published="2024-05-06T10:00")
    assert choose_representative([teaser, full]).id == "full"


def test_representative_map_points_every_copy_at_its_representative():
    articles = [article("a", BODY), article("b", BODY, published="2024-05-08"), article("c", OTHER)]
    mapping = representative_map(articles, find_duplicates(articles))
    assert mapping == {"a": "a", "b": "a", "c": "c"}


def test_anchor_tokens_fold_thousands_separators_and_skip_sentence_starts():
    tokens = anchor_tokens("Sebanyak 1.250 siswa di Rembang Sari. Mereka bertemu Wiratmo; 1,250 orang hadir.")
    assert tokens.count("1250") == 2
    assert "sebanyak" not in tokens and "mereka" not in tokens
    assert "rembang" in tokens and "wiratmo" in tokens


def test_content_farm_signals():
    farm = article(
        "farm", BODY, published=None, outlet=None,
        removed=[
            Removed(text="Penulis penuh semangat. Pecinta kopi. Penggemar musik.", reason="author-bio"),
            Removed(text="Astronot membagikan video badai dari orbit", reason="related-list"),
            Removed(text="Rumah lelang menjual gitar legendaris", reason="related-list"),
        ],
    )
    signals = content_farm_signals(farm)
    assert signals["fake_bio"] == 1 and signals["unrelated_list_items"] == 2
    assert signals["no_date"] and signals["no_outlet"]
    clean = content_farm_signals(article("ok", BODY, outlet="Kabar Rembang",
                                         removed=[Removed(text="Jembatan Kali Ayu ditutup, warga Rembang Sari memutar", reason="related")]))
    assert clean["unrelated_list_items"] == 0
    assert clean["content_farm_score"] < signals["content_farm_score"]


@settings(max_examples=25, deadline=None)
@given(st.permutations(["a", "b", "c", "d"]))
def test_groups_do_not_depend_on_input_order(order):
    bodies = {"a": BODY, "b": BODY + " Tambahan kalimat penutup.", "c": OTHER, "d": TRANSLATED}
    groups = find_duplicates([article(i, bodies[i]) for i in order])
    assert sorted(sorted(g.members) for g in groups) == [["a", "b", "d"]]


def test_fingerprint_ignores_punctuation_and_case():
    assert body_fingerprint("Halo, Dunia!") == body_fingerprint("halo dunia")


def test_the_lsh_indexes_are_freed_without_the_cyclic_collector():
    # The timeline build pauses the collector; datasketch's LSH index holds a cycle, so dedup frees its tables.
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        find_duplicates([article("a", BODY), article("b", TRANSLATED), article("c", OTHER)])
        alive = [o for o in gc.get_objects() if type(o).__name__ == "MinHashLSH" and vars(o)]
    finally:
        if was_enabled:
            gc.enable()
    assert alive == []
