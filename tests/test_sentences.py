"""Sentence splitting, tokens and quote regions: micro-tables of our own text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa import clean, sentences
from linimasa.records import RawDocument


def split(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in sentences.split_paragraph(text)]


SPLITS = [
    # plain boundaries
    ("Rudi pergi. Ani datang.", ["Rudi pergi.", "Ani datang."]),
    ("Apa itu? Tidak tahu! Ya sudah.", ["Apa itu?", "Tidak tahu!", "Ya sudah."]),
    ("Harganya naik pada 2023. 500 warga protes.", ["Harganya naik pada 2023.", "500 warga protes."]),
    ('"Kami menolak." Dia lalu pergi.', ['"Kami menolak."', "Dia lalu pergi."]),
    ("“Kami menolak,” kata Budi. “Itu final.”", ["“Kami menolak,” kata Budi.", "“Itu final.”"]),
    ("Ia pergi (ke pasar). Lalu pulang.", ["Ia pergi (ke pasar).", "Lalu pulang."]),
    # abbreviations and initials never end a sentence
    ("Dr. Siti Aminah hadir. Ia bicara.", ["Dr. Siti Aminah hadir.", "Ia bicara."]),
    ("Prof. Dr. H. Ahmad Fauzi tiba.", ["Prof. Dr. H. Ahmad Fauzi tiba."]),
    ("Kantornya di Jl. Merdeka No. 12 Bandung.", ["Kantornya di Jl. Merdeka No. 12 Bandung."]),
    ("Joko S. Prasetyo datang.", ["Joko S. Prasetyo datang."]),
    ("Kapolres AKBP Yudi menjelaskan. Brigjen Pol. Ari tiba.", ["Kapolres AKBP Yudi menjelaskan.", "Brigjen Pol. Ari tiba."]),
    ("Kombes. Budi hadir.", ["Kombes. Budi hadir."]),
    ("Rina Wati, S.H. Menjadi saksi.", ["Rina Wati, S.H. Menjadi saksi."]),
    # abbreviations that may end a sentence
    ("Ia membeli beras, gula, dll. Namun uangnya habis.", ["Ia membeli beras, gula, dll.", "Namun uangnya habis."]),
    ("Andi dkk. (2020) menulis itu.", ["Andi dkk. (2020) menulis itu."]),
    # numbers in Indonesian notation
    ("Korban mencapai 12.418 orang. Sebanyak 1,9 juta mengungsi.", ["Korban mencapai 12.418 orang.", "Sebanyak 1,9 juta mengungsi."]),
    ("Dana Rp 1,5 triliun cair. Itu 90 persen.", ["Dana Rp 1,5 triliun cair.", "Itu 90 persen."]),
    ("Rapat pukul 14.00 WIB. Semua hadir.", ["Rapat pukul 14.00 WIB.", "Semua hadir."]),
    ("Amerika Serikat (AS). Negara itu menolak.", ["Amerika Serikat (AS).", "Negara itu menolak."]),
    ("Kata pejabat A.S. kepada wartawan.", ["Kata pejabat A.S. kepada wartawan."]),
    # lower-case continuation is not a new sentence
    ("Ia berkata... lalu diam.", ["Ia berkata... lalu diam."]),
    ('"Kenapa?" tanya dia.', ['"Kenapa?" tanya dia.']),
    # scraping damage
    ("Ia ditahan di penjara Tarvania. . Kaldoria juga membebaskan warga.", ["Ia ditahan di penjara Tarvania. .", "Kaldoria juga membebaskan warga."]),
    ('"Sulit," kata Presiden Palang Merah Rina. . Kusuma kepada wartawan.', ['"Sulit," kata Presiden Palang Merah Rina. . Kusuma kepada wartawan.']),
    ("Itu kata Menteri Budi. . Dia lalu pergi.", ["Itu kata Menteri Budi. .", "Dia lalu pergi."]),
    ("Hal itu dikatakan Fauzan.Dia juga menambahkan.", ["Hal itu dikatakan Fauzan.", "Dia juga menambahkan."]),
    ("Baca di kompas.com dan detik.com setiap hari.", ["Baca di kompas.com dan detik.com setiap hari."]),
    ("Gelar S.Pd diraihnya.", ["Gelar S.Pd diraihnya."]),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_split_table(text, expected):
    assert split(text) == expected


TOKENS = [
    ("12.418 orang", ["12.418", "orang"]),
    ("1,9 juta", ["1,9", "juta"]),
    ("Rp 1,5 triliun", ["Rp", "1,5", "triliun"]),
    ("Rp1,5 triliun", ["Rp", "1,5", "triliun"]),
    ("US$2,3 miliar", ["US$", "2,3", "miliar"]),
    ("90 persen 90%", ["90", "persen", "90%"]),
    ("Minggu (1/12/2024)", ["Minggu", "(", "1/12/2024", ")"]),
    ("pukul 14.05 WIB.", ["pukul", "14.05", "WIB", "."]),
    ("COVID-19 dan Jum'at", ["COVID-19", "dan", "Jum'at"]),
    ("pejabat A.S. itu", ["pejabat", "A.S.", "itu"]),
    ("kata Maheswara.Dia", ["kata", "Maheswara", ".", "Dia"]),
    ("“Ya,” katanya…", ["“", "Ya", ",", "”", "katanya", "…"]),
]


@pytest.mark.parametrize("text, expected", TOKENS)
def test_token_table(text, expected):
    tokens = sentences.tokenize(text)
    assert [t.text for t in tokens] == expected
    assert all(text[a:b] == t.text for t, (a, b) in ((t, t.span) for t in tokens))


def test_quote_regions_span_sentences_and_paragraph_ends():
    text = '"Kami menolak. Kami tetap berjuang," kata Budi. Ia lalu berkata “Ini final.”\n“Kalimat tanpa penutup'
    regions = [text[a:b] for a, b in sentences.quote_regions(text)]
    assert regions == ["Kami menolak. Kami tetap berjuang,", "Ini final.", "Kalimat tanpa penutup"]


def test_apply_spans_are_exact_into_body():
    raw = "Dr. Ani tiba Senin. Ia bicara.\n\nHarga Rp 1,5 triliun. Naik 90 persen!"
    doc = clean.clean_document(RawDocument(source="t", text=raw))
    sentences.apply(doc)
    assert [s.text for s in doc.sentences] == ["Dr. Ani tiba Senin.", "Ia bicara.", "Harga Rp 1,5 triliun.",
                                               "Naik 90 persen!"]
    for sentence in doc.sentences:
        assert doc.body[sentence.span[0]:sentence.span[1]] == sentence.text
        for token in sentence.tokens:
            assert doc.body[token.span[0]:token.span[1]] == token.text
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 1]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc ABC.,!?\"“”()0123456789")), max_size=120))
def test_sentences_partition_the_paragraph(text):
    spans = sentences.split_paragraph(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip()
        previous_end = end
    # nothing but whitespace is lost between sentences
    covered = "".join(text[a:b] for a, b in spans)
    assert covered.replace(" ", "").replace("\n", "") == text.strip().replace(" ", "").replace("\n", "")


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def test_seed_sentences_keep_exact_spans():
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.skip("seed articles not available")
    for path in files:
        doc = clean.clean_document(RawDocument(source=str(path), text=path.read_text(encoding="utf-8")))
        sentences.apply(doc)
        assert doc.sentences
        for sentence in doc.sentences:
            assert doc.body[sentence.span[0]:sentence.span[1]] == sentence.text
            assert len(sentence.text) < 1500
