"""Tests for linimasa.ner: the shipped model on our own sentences, the
readers and scorer on small inline samples, and (when ../shared/data is
there) the reported splits.  No test trains a full model."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.ner import get_tagger
from linimasa.ner.datasets import map_label, read_conll, repair_bio, sentence_key, spans_from_bio
from linimasa.ner.evaluate import score
from linimasa.ner.features import FeatureExtractor, Lexicons, sentence_mode, word_shape

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="module")
def tagger():
    tg = get_tagger()
    if not tg.available:
        pytest.fail("shipped NER model missing from src/linimasa/models")
    return tg


def ents(tagger, sentence: str) -> set[tuple[str, str]]:
    tokens = sentence.split()
    return {(" ".join(tokens[s:e]), t) for s, e, t in tagger.spans(tokens)}


# -- shipped model on our own (fictional) sentences ---------------------------

def test_get_tagger_is_cached_singleton():
    assert get_tagger() is get_tagger()


def test_vice_president_bank_and_city(tagger):
    found = ents(tagger, "Wakil Presiden Dimas Pratama Halim menerima delegasi Bank Dunia di Istana Wapres , Jakarta .")
    assert ("Dimas Pratama Halim", "PER") in found
    assert ("Bank Dunia", "ORG") in found
    assert ("Jakarta", "LOC") in found


def test_minister_title_before_new_name(tagger):
    found = ents(tagger, "Menteri Keuangan Arvenia Kusuma bertemu investor di Kota Selvara .")
    assert ("Arvenia Kusuma", "PER") in found
    assert any(t == "LOC" and "Selvara" in s for s, t in found)


@pytest.mark.xfail(strict=False, reason="known miss, docs/ner.md error analysis: 'Arvenia' reads like a "
                   "country (-nia) after 'Luar Negeri', and 'Bank' is weak evidence in this context")
def test_foreign_minister_sentence_from_issue(tagger):
    found = ents(tagger, "Menteri Luar Negeri Arvenia Dita Kusuma bertemu delegasi Bank Dunia di Kota Selvara .")
    assert ("Arvenia Dita Kusuma", "PER") in found
    assert ("Bank Dunia", "ORG") in found


def test_governor_and_regency(tagger):
    found = ents(tagger, "Gubernur Jawa Barat , Rendra Wisesa , meninjau banjir di Bandung , Senin ( 4 / 3 ) .")
    assert ("Rendra Wisesa", "PER") in found
    assert ("Bandung", "LOC") in found


def test_spokesperson_and_company(tagger):
    found = ents(tagger, 'Juru bicara PT Sinar Lembayung , Mirna Halim , mengatakan " produksi naik " .')
    assert ("Mirna Halim", "PER") in found
    assert any(t == "ORG" and "Lembayung" in s for s, t in found)


def test_lower_case_line(tagger):
    found = ents(tagger, "presiden joko widodo meresmikan bendungan di kabupaten bogor , jawa barat .")
    assert ("joko widodo", "PER") in found
    assert any(t == "LOC" and "bogor" in s for s, t in found)


def test_all_caps_line(tagger):
    found = ents(tagger, "PRESIDEN JOKO WIDODO BERTEMU PERDANA MENTERI JEPANG DI TOKYO")
    assert ("JOKO WIDODO", "PER") in found
    assert ("TOKYO", "LOC") in found


def test_acronyms_and_particles(tagger):
    found = ents(tagger, "Juru bicara KPK , Rendi Saputra , mengatakan pemeriksaan berlangsung di Gedung Merah Putih KPK .")
    assert ("KPK", "ORG") in found
    assert ("Rendi Saputra", "PER") in found
    found = ents(tagger, "Kelompok Brigade Al-Qassam mengklaim serangan itu , kata Abu Ubaidah bin Salim di Gaza .")
    assert ("Brigade Al-Qassam", "ORG") in found
    assert ("Abu Ubaidah bin Salim", "PER") in found
    assert ("Gaza", "LOC") in found


def test_party_and_province(tagger):
    found = ents(tagger, "Ketua Umum Partai Golkar menemui Gubernur Sulawesi Tengah di Palu .")
    assert ("Partai Golkar", "ORG") in found
    assert ("Sulawesi Tengah", "LOC") in found
    assert ("Palu", "LOC") in found


def test_tag_shape_and_label_set(tagger):
    tokens = ["Warga", "Kota", "Selvara", ",", "1/12", ",", "AS", "el", "bin", "2024", ""]
    labels = tagger.tag(tokens)
    assert len(labels) == len(tokens)
    assert set(labels) <= {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}
    assert tagger.tag([]) == []
    assert tagger.spans([]) == []


def test_map_label_all_schemes():
    assert map_label("B-PPL") == "B-PER"
    assert map_label("I-IND") == "I-ORG"
    assert map_label("B-PLC") == "B-LOC"
    assert map_label("B-EVT") == "O"
    assert map_label("I-FNB") == "O"
    assert map_label("B-ORGANISATION") == "B-ORG"
    assert map_label("I-LOCATION") == "I-LOC"
    assert map_label("U-PERSON") == "B-PER"
    assert map_label("B-QUANTITY") == "O"


def test_read_conll_tabs_and_spaces(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("Di ADP O\nKota PROPN B-LOC\nSelvara PROPN I-LOC\n\nIa\tO\ndatang\tO\n", encoding="utf-8")
    sents = read_conll(f)
    assert sents == [(["Di", "Kota", "Selvara"], ["O", "B-LOC", "I-LOC"]), (["Ia", "datang"], ["O", "O"])]


def test_bio_repair_and_spans():
    assert repair_bio(["O", "I-PER", "I-PER", "I-ORG"]) == ["O", "B-PER", "I-PER", "B-ORG"]
    assert spans_from_bio(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")]


def test_score_exact_spans():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    res = score(gold, pred)
    assert res["LOC"][2] == 1.0
    assert res["PER"][2] == 0.0
    assert res["ALL"][:2] == (0.5, 0.5)


def test_sentence_key_ignores_case_and_punct():
    assert sentence_key(["Kata", "Arvenia", ",", '"']) == sentence_key(["kata", "arvenia"])


def test_features_caseless_mode():
    assert sentence_mode(["PRESIDEN", "TIBA", "12"]) == "upper"
    assert sentence_mode(["presiden", "tiba"]) == "lower"
    assert sentence_mode(["Presiden", "tiba"]) == "cased"
    assert word_shape("Al-Qassam", False) == "Xx-Xx"
    assert word_shape("PBB", True) == "a"
    fx = FeatureExtractor(Lexicons.load())
    feats = fx.sentence(["PRESIDEN", "TIBA"])
    assert "mode=upper" in feats[0] and "allcap" not in feats[0]
    assert "lex=T" in feats[0] and "-1:lex=T" in feats[1]


def test_tiny_training_smoke(tmp_path):
    """A 40-sentence model trains in well under a few seconds and tags."""
    import pycrfsuite

    from linimasa.ner.train import train_crf
    from linimasa.ner.tagger import NerTagger

    base = [
        (["Presiden", "Arvenia", "Kusuma", "tiba", "di", "Selvara", "."], ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        (["Bank", "Dunia", "membuka", "kantor", "di", "Marunda", "."], ["B-ORG", "I-ORG", "O", "O", "O", "B-LOC", "O"]),
    ] * 20
    fx = FeatureExtractor(Lexicons.load())
    model = tmp_path / "m.crfsuite"
    train_crf(fx, base, model, {"c1": 0.1, "c2": 0.01, "max_iterations": 20}, verbose=False)
    tagged = NerTagger(model).tag(["Presiden", "Arvenia", "Kusuma", "tiba", "di", "Selvara", "."])
    assert tagged[1] == "B-PER" and tagged[5] == "B-LOC"
    assert isinstance(pycrfsuite.Tagger, type)


# -- reported splits (skipped without ../shared/data) ---------------------------

FLOORS = {"nerui/test.01": 0.86, "idner2k/test": 0.85, "nergrit/valid": 0.72, "nerp/valid": 0.74}


@pytest.mark.parametrize("name,floor", sorted(FLOORS.items()))
def test_reported_f1_floors(tagger, name, floor):
    if not DATA.exists():
        pytest.skip("../shared/data not present")
    from linimasa.ner.datasets import load_eval_sets

    sents = load_eval_sets(DATA).get(name)
    if not sents:
        pytest.skip(f"{name} not present")
    res = score([lab for _, lab in sents], [tagger.tag(toks) for toks, _ in sents])
    assert res["ALL"][2] >= floor, f"{name} micro F1 {res['ALL'][2]:.3f} < {floor}"
