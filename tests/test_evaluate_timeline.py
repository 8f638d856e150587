"""linimasa.evaluate_timeline: scoring a timeline against a corpus's truth.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linimasa import evaluate_timeline
from linimasa.cli import main
from linimasa.errors import LinimasaError
from linimasa.records import Article, Event
from linimasa.timeline import build_timeline

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "linimasa" / "demo" / "corpus"


def test_truth_articles_number_jsonl_records_in_file_order():
    truth = {"articles": [{"file": "txt/a.txt", "events": []}, {"file": "jsonl/b.jsonl", "events": [{"id": "E1"}]},
                          {"file": "jsonl/b.jsonl", "events": [{"id": "E2"}]}]}
    assert [key for key, _ in evaluate_timeline.truth_articles(truth)] == ["txt/a.txt", "jsonl/b.jsonl:1", "jsonl/b.jsonl:2"]
    assert evaluate_timeline.truth_reports(truth)["jsonl/b.jsonl:2"] == {"E2"}


def test_corpus_paths_are_relative_to_the_corpus_folder(tmp_path):
    articles = [Article(id="a", source=str(tmp_path / "txt" / "a.txt")), Article(id="b", source=str(tmp_path / "jsonl" / "b.jsonl:3"))]
    assert evaluate_timeline.corpus_paths(articles, tmp_path) == {"a": "txt/a.txt", "b": "jsonl/b.jsonl:3"}


def _article(id, corpus, published, actors, day, text):
    event = Event(type="ASSAULT", status="occurred", actors=actors, text=text, span=(0, len(text)), place="Halvik", date=day,
                  trigger="menyerang")
    return Article(id=id, source=str(corpus / "txt" / f"{id}.txt"), outlet=id.upper(), published=published, published_source="text",
                   body=text + " Warga mengungsi ke sekolah dasar di pinggir kota.", events=[event])


def test_an_event_found_once_with_one_of_its_two_reports(tmp_path):
    truth = {
        "events": [{"id": "E1-serangan", "date": "2025-10-13", "type": "ASSAULT", "actors": ["Kaldoria", "Tarvania"], "place": "Halvik"},
                   {"id": "E2-sidang", "date": "2025-10-16", "type": "CONSULT", "actors": ["Meridia"], "place": "Meridia"}],
        "articles": [
            {"file": "txt/a.txt", "events": [{"id": "E1-serangan", "status": "occurred"}]},
            {"file": "txt/b.txt", "events": [{"id": "E2-sidang", "status": "planned"},
                                             {"id": "E1-serangan", "status": "occurred", "mention": "background"}]},
        ],
    }
    first = _article("a", tmp_path, "2025-10-13", ["Kaldoria", "Tarvania"], "2025-10-13", "Kaldoria menyerang Tarvania di Halvik.")
    second = Article(id="b", source=str(tmp_path / "txt" / "b.txt"), published="2025-10-15", published_source="text",
                     body="Dewan akan bersidang di Meridia.")
    timeline = build_timeline([first, second], sentence_match=False)
    score = evaluate_timeline.score_timeline(timeline, [first, second], truth, tmp_path)
    rows = {row.id: row for row in score.events}
    assert (rows["E1-serangan"].entries, rows["E1-serangan"].reported, rows["E1-serangan"].listed) == (1, 2, 1)
    assert rows["E1-serangan"].missed == ["txt/b.txt"]
    assert (rows["E1-serangan"].main_reported, rows["E1-serangan"].main_listed) == (1, 1)
    assert rows["E2-sidang"].entries == 0 and rows["E2-sidang"].reported == 0  # only planned: nothing to list
    assert (score.found, score.split) == (1, 0)
    text = evaluate_timeline.format_score(score)
    assert "events found: 1/2" in text and "E1-serangan <- txt/b.txt" in text


def test_an_entry_far_from_the_truth_day_maps_to_no_event(tmp_path):
    truth = {"events": [{"id": "E1", "date": "2025-10-13", "type": "ASSAULT", "actors": ["Kaldoria"], "place": "Halvik"}],
             "articles": [{"file": "txt/a.txt", "events": [{"id": "E1", "status": "occurred"}]}]}
    article = _article("a", tmp_path, "2025-10-20", ["Kaldoria", "Tarvania"], "2025-10-20", "Kaldoria menyerang Tarvania di Halvik.")
    timeline = build_timeline([article], sentence_match=False)
    score = evaluate_timeline.score_timeline(timeline, [article], truth, tmp_path)
    assert score.events[0].entries == 0 and score.events[0].listed == 0


def test_cli_scores_the_demo_corpus(capsys):
    assert main(["eval-timeline", str(DEMO), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    totals = data["totals"]
    assert totals["found"] == totals["events"] == 15 and totals["split"] == 0
    assert totals["listed"] >= 0.9 * totals["reported"]


def test_cli_without_truth_is_a_coded_error(tmp_path):
    with pytest.raises(LinimasaError) as error:
        main(["eval-timeline", str(tmp_path)])
    assert error.value.code == "E404"


@pytest.mark.parametrize("names, present, absent", [
    (["Front Pembebasan Sirang"], {"front", "fps"}, set()),
    (["FPS", "PHI"], {"fps", "phi"}, set()),
    (["Angkatan Darat"], {"angkatan", "darat"}, {"ad"}),  # two words: too short to be read as initials
])
def test_truth_words_include_initials_of_long_names(names, present, absent):
    words = evaluate_timeline._words(names)
    assert present <= words and not (absent & words)


def test_an_entry_goes_to_the_event_more_of_its_sources_report_before_the_same_type(tmp_path):
    # An ambush (ASSAULT) and the kidnapping during it (typed COERCE by the truth) share day and actors;
    # the entry whose articles tell the kidnapping maps to it, though ASSAULT is the ambush's type.
    truth = {
        "events": [{"id": "E1-hadang", "date": "2025-10-13", "type": "ASSAULT", "actors": ["Kaldoria", "Tarvania"], "place": "Halvik"},
                   {"id": "E2-culik", "date": "2025-10-13", "type": "COERCE", "actors": ["Kaldoria", "Tarvania"], "place": "Halvik"}],
        "articles": [{"file": "txt/a.txt", "events": [{"id": "E2-culik", "status": "occurred"}]},
                     {"file": "txt/b.txt", "events": [{"id": "E2-culik", "status": "occurred"},
                                                      {"id": "E1-hadang", "status": "occurred"}]}],
    }
    first = _article("a", tmp_path, "2025-10-13", ["Kaldoria", "Tarvania"], "2025-10-13", "Kaldoria menyerang Tarvania di Halvik.")
    second = _article("b", tmp_path, "2025-10-13", ["Kaldoria", "Tarvania"], "2025-10-13", "Kaldoria menyerang Tarvania di Halvik.")
    timeline = build_timeline([first, second], sentence_match=False)
    found = evaluate_timeline.entries_per_truth_event(timeline, evaluate_timeline.corpus_paths([first, second], tmp_path), truth)
    assert len(found["E2-culik"]) == 1 and found["E1-hadang"] == []
