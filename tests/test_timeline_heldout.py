"""The timeline on corpora written by annotators who never saw the code (tests/fixtures/timeline_heldout).

Tambang Lerang and Selat Marun were read while changing rules (timeline dev sets); Perbatasan Gerra
was not (the timeline test set). The floors sit just under the numbers of 2026-12-06
(docs/evaluation.md, "Timeline on held-out corpora"); they keep them from sliding back.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.evaluate_timeline import evaluate_corpus

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "timeline_heldout"

# corpus: (events found at least, reports listed at least (share), own news listed at least (share))
FLOORS = {
    "tambang_lerang": (9, 0.62, 0.95),
    "selat_marun": (9, 0.72, 0.85),
    "perbatasan_gerra": (8, 0.60, 0.65),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request):
    return request.param, evaluate_corpus(HELDOUT / request.param)


def test_events_are_found_once_with_their_sources(scored):
    name, score = scored
    found, listed, own = FLOORS[name]
    assert score.found >= found
    assert score.split == 0, "no real event should be split into two entries"
    assert score.listed >= listed * score.reported
    assert score.main_listed >= own * score.main_reported


def test_sources_added_by_sentence_are_right(scored):
    """Of the sources the sentence pass adds to entries of real events, the truth lists (nearly) all for that event.
    (Some land on entries of acts the annotators did not code, which the truth cannot judge.)"""
    _name, score = scored
    assert score.sentence_sources_right >= 0.9 * score.sentence_sources_on_truth


def test_undated_articles_are_dated_within_a_day_or_left_null(scored):
    _name, score = scored
    wrong = [u for u in score.undated if u["inferred"] is not None and not u["within"]]
    assert not wrong
