"""Decoding bytes and repairing text: our own cp1252 / Latin-1 / BOM / mojibake cases."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linimasa.encoding import decode_bytes, looks_binary, read_text, repair_text
from linimasa.errors import LinimasaError

SENTENCE = "“Kami menolak,” kata Siti Aminah di kafe Café Mawar, Jumat (3/5/2024)."


@pytest.mark.parametrize(
    "data, expected_text, expected_encoding",
    [
        (SENTENCE.encode("utf-8"), SENTENCE, "utf-8"),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), SENTENCE, "utf-8-sig"),
        (SENTENCE.encode("utf-16"), SENTENCE, "utf-16"),  # with BOM
        (SENTENCE.encode("utf-16-le"), SENTENCE, "utf-16-le"),  # no BOM: NUL pattern
        (SENTENCE.encode("utf-16-be"), SENTENCE, "utf-16-be"),
        (SENTENCE.encode("utf-32"), SENTENCE, "utf-32"),
        (SENTENCE.encode("cp1252"), SENTENCE, "cp1252"),
        ("Gubernur Jos\u00e9 Ram\u00edrez tiba di Bogot\u00e1.".encode("latin-1"), "Gubernur José Ramírez tiba di Bogotá.", "cp1252"),
        (b"plain ascii only", "plain ascii only", "utf-8"),
    ],
)
def test_decode_bytes_table(data, expected_text, expected_encoding):
    text, encoding = decode_bytes(data)
    assert text == expected_text
    assert encoding == expected_encoding


def test_meta_charset_is_used_when_bytes_are_not_utf8():
    page = '<html><head><meta charset="windows-1252"></head><body><p>“Ya,” ujar Andi.</p></body></html>'
    text, encoding = decode_bytes(page.encode("cp1252"))
    assert encoding == "cp1252"
    assert "“Ya,” ujar Andi." in text


def test_valid_utf8_wins_over_a_stale_meta_charset():
    page = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Café “enak”</p>'
    text, encoding = decode_bytes(page.encode("utf-8"))
    assert encoding == "utf-8"
    assert "Café “enak”" in text


def test_declared_charset_is_tried_before_meta():
    data = "Привет мир, это проверка".encode("cp1251")
    text, encoding = decode_bytes(data, declared="windows-1251")
    assert text == "Привет мир, это проверка"
    assert encoding == "cp1251"


def test_non_latin_text_uses_the_statistical_guess():
    data = ("Это длинный русский текст для проверки определения кодировки. " * 4).encode("cp1251")
    text, _ = decode_bytes(data)
    assert text.startswith("Это длинный русский текст")


def test_mixed_utf8_and_cp1252_falls_back_and_is_repaired():
    # A UTF-8 "é" next to a lone cp1252 quote byte: invalid UTF-8 as a whole.
    data = "Caf\u00e9 Mawar ".encode("utf-8") + b"\x93buka\x94 lagi"
    text, encoding = read_text(data)
    assert encoding == "cp1252"
    assert text == "Café Mawar “buka” lagi"


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x00\x01\x02\x03" * 100, b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(200)])
def test_binary_content_is_refused(data):
    assert looks_binary(data)
    with pytest.raises(LinimasaError) as error:
        decode_bytes(data)
    assert error.value.code == "E102"


@pytest.mark.parametrize(
    "broken, fixed",
    [
        ("â€œHalo,â€\x9d kata Budi.", "“Halo,” kata Budi."),
        ("â€œHalo,â€ kata Budi.", "“Halo,” kata Budi."),  # the 0x9D byte was lost
        ("Jumlahnya naik â€“ kata dia", "Jumlahnya naik – kata dia"),
        ("Sidang di CafÃ© Rouge", "Sidang di Café Rouge"),
        ("suhu 30Â°C", "suhu 30°C"),
        ("itu â€˜rahasiaâ€™ kami", "itu ‘rahasia’ kami"),
        ("PT A&amp;B Sejahtera", "PT A&B Sejahtera"),
        ("&#8220;Siap,&#8221; ujarnya", "“Siap,” ujarnya"),
        ("&ldquo;Siap&rdquo;", "“Siap”"),
        ("a&nbsp;b", "a\u00a0b"),
        ("&amp;quot;ganda&amp;quot;", '"ganda"'),  # double-escaped scrape
    ],
)
def test_repair_text_fixes_mojibake_and_entities(broken, fixed):
    assert repair_text(broken) == fixed


@pytest.mark.parametrize(
    "clean",
    [
        "“Kami menolak,” ujarnya — tegas.",  # curly quotes stay curly
        "‘Ini’ bukan mojibake…",
        "Harga naik 5% menjadi Rp 12.500; R&D, AT&T, &notice, & lain-lain",
        "José Ramírez, São Paulo, Zürich, Øresund",
        "PT Nusantara™ dan 50 €",
    ],
)
def test_repair_text_keeps_legitimate_text(clean):
    assert repair_text(clean) == clean


def test_repair_text_normalises_to_nfc():
    assert repair_text("Cafe\u0301") == "Caf\u00e9"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")) | st.just("\n"), max_size=200))
def test_repair_text_keeps_the_line_count(text):
    assert repair_text(text).count("\n") == text.count("\n")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200))
def test_utf8_round_trip(text):
    decoded, encoding = decode_bytes(text.encode("utf-8"))
    assert decoded == text
    assert encoding in ("utf-8", "utf-8-sig")
