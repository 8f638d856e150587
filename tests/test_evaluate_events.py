"""How `linimasa eval` matches predicted events to gold events (src/linimasa/evaluate.py)."""

from __future__ import annotations

import pytest

from linimasa.evaluate import AliasIndex, FileScore, score_events
from linimasa.records import Article, Event

GOLD = {
    "entities": [{"name": "Front Arkan", "type": "ORG", "aliases": ["FA"]}],
    "events": [{"type": "ASSAULT", "status": "occurred", "actors": ["sekelompok pria bersenjata", "Pos Polisi Ilowa"],
                "date": "2031-03-15"}],
}


def _score(actors: list[str]) -> FileScore:
    article = Article(id="a", source="a.txt")
    article.events = [Event(type="ASSAULT", status="occurred", actors=actors, text="...", span=(0, 3), date="2031-03-15")]
    score = FileScore(name="a")
    score_events(article, GOLD, score, AliasIndex(GOLD["entities"]))
    return score


@pytest.mark.parametrize("actors, matched", [
    # An unnamed group matches a longer or shorter description of itself ...
    (["pria bersenjata"], True),
    (["sekelompok pria bersenjata"], True),
    # ... but not another group, and a name never matches by its words.
    (["warga"], False),
    (["Pria Bersenjata Ilowa"], False),
])
def test_unnamed_groups_match_by_description(actors, matched):
    assert _score(actors).events.tp == (1 if matched else 0)


def test_an_optional_gold_figure_counts_neither_for_nor_against():
    from linimasa.evaluate import score_figures
    from linimasa.records import Figure

    gold = {"figures": [{"value": 7, "counts": "killed"}, {"value": 3, "counts": "other", "optional": True}]}
    article = Article(id="a", source="a.txt")
    article.figures = [Figure(value=7, counts="killed", span=(0, 1), text="7"), Figure(value=3, counts="other", span=(2, 3), text="3")]
    score = FileScore(name="a")
    score_figures(article, gold, score)
    assert (score.figures.tp, score.figures.fp, score.figures.fn) == (1, 0, 0)
    article.figures = article.figures[:1]
    score = FileScore(name="a")
    score_figures(article, gold, score)
    assert (score.figures.tp, score.figures.fp, score.figures.fn) == (1, 0, 0)


def test_an_actor_matches_through_its_own_entity_aliases():
    # The output's canonical name is the expansion, the gold writes the acronym: the same body.
    from linimasa.records import Entity

    gold = {"entities": [{"name": "TNI", "type": "ORG"}],
            "events": [{"type": "AID", "status": "occurred", "actors": ["TNI"], "date": "2031-03-15"}]}
    article = Article(id="a", source="a.txt")
    article.events = [Event(type="AID", status="occurred", actors=["Tentara Nasional Indonesia"], text="...", span=(0, 3), date="2031-03-15")]
    score = FileScore(name="a")
    score_events(article, gold, score, AliasIndex(gold["entities"]))
    assert score.events.tp == 0  # without the entity, the names share nothing
    article.entities = [Entity(name="Tentara Nasional Indonesia", type="ORG", aliases=["TNI"])]
    score = FileScore(name="a")
    score_events(article, gold, score, AliasIndex(gold["entities"]))
    assert score.events.tp == 1


@pytest.mark.parametrize("mine, theirs", [
    # A national government and its state are one actor, whichever the annotator wrote.
    (["Pemerintah Ostrumia"], ["Ostrumia"]),
    (["Ostrumia"], ["Pemerintah Ostrumia"]),
])
def test_a_national_government_is_its_state(mine, theirs):
    from linimasa.evaluate import _as_state, norm

    assert {_as_state(norm(a)) for a in mine} == {_as_state(norm(a)) for a in theirs}


def test_a_regional_government_is_not_its_region():
    from linimasa.evaluate import _as_state, norm

    assert _as_state(norm("Pemerintah Provinsi Nusa Kelawi")) != _as_state(norm("Nusa Kelawi"))
