"""The timeline: stages together, on invented reports and on the demo corpus (+ seeds when present)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from linimasa import evaluate_timeline
from linimasa.records import Article, Event, Quote
from linimasa.timeline import build_timeline

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "src" / "linimasa" / "demo" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"


def report(id, published, type, actors, date, place, body_extra="", outlet=None, url=None):
    text = f"{actors[0]} melakukan {type.lower()} terhadap {actors[-1]} di {place} pada {date}."
    body = text + body_extra
    event = Event(type=type, status="occurred", actors=list(actors), text=text, span=(0, len(text)), place=place, date=date, trigger="melakukan")
    return Article(id=id, source=id, outlet=outlet or f"Outlet {id}", url=url, published=published, published_source="text",
                   title=f"Judul {id}", body=body, events=[event],
                   quotes=[Quote(text="kami diserang", kind="direct", speaker=actors[-1], cue="kata", span=(0, 10))])


FILLER = {
    "a1": " Warga berlarian mencari perlindungan di ruang bawah tanah sekolah dasar. Listrik padam sejak subuh.",
    "a2": " Rumah sakit setempat kewalahan menerima korban luka. Relawan membuka dapur umum di masjid raya.",
    "a3": " Pemerintah daerah menetapkan status darurat tujuh hari. Sekolah diliburkan sampai pekan depan.",
    "b1": " Perundingan dibuka oleh menteri luar negeri tuan rumah dengan pidato singkat tentang perdamaian.",
    "b2": " Delegasi membahas pertukaran tahanan dan koridor bantuan sampai larut malam di istana.",
}

CORPUS = [
    report("a1", "2025-10-13T10:00", "ASSAULT", ["Kaldoria", "Tarvania"], "2025-10-13", "Halvik", FILLER["a1"]),
    report("a2", "2025-10-13T12:00", "ASSAULT", ["Kaldoria", "Tarvania"], "2025-10-13", "Halvik", FILLER["a2"]),
    report("a3", "2025-10-14", "ASSAULT", ["Kaldoria", "Tarvania"], "2025-10-12", "Halvik", FILLER["a3"]),
    report("b1", "2025-10-21", "CONSULT", ["Velmora", "Kaldoria"], "2025-10-21", "Castelmar", FILLER["b1"]),
    report("b2", "2025-10-22", "CONSULT", ["Velmora", "Kaldoria"], "2025-10-21", "Castelmar", FILLER["b2"]),
]


def test_each_event_once_with_all_sources_in_date_order():
    timeline = build_timeline(CORPUS)
    assert [(e.type, e.date) for e in timeline.entries] == [("ASSAULT", "2025-10-13"), ("CONSULT", "2025-10-21")]
    assault = timeline.entries[0]
    assert [s.id for s in assault.sources] == ["a1", "a2", "a3"]
    assert [(c.field, c.value) for c in assault.conflicts] == [("date", "2025-10-12")]
    assert assault.quotes and assault.quotes[0]["speaker"] == "Tarvania"
    assert "Kaldoria" in assault.summary and "Halvik" in assault.summary


def test_copies_are_sources_but_not_separate_entries():
    copy = report("c1", "2025-10-13T15:00", "ASSAULT", ["Kaldoria", "Tarvania"], "2025-10-13", "Halvik", FILLER["a1"])
    copy.body = CORPUS[0].body  # an exact copy of a1 under another outlet
    timeline = build_timeline(CORPUS + [copy])
    assert len(timeline.entries) == 2
    sources = timeline.entries[0].sources
    assert any(s.id == "c1" and s.copy_of == "a1" for s in sources)
    assert timeline.articles["duplicates"] == 1


@pytest.mark.parametrize("filters,expected", [
    ({"entity": "Velmora"}, ["CONSULT"]),
    ({"entity": "halvik"}, ["ASSAULT"]),
    ({"query": "perundingan"}, []),  # words of the body outside the evidence sentence do not count
    ({"query": "castelmar consult"}, ["CONSULT"]),
    ({"date_from": "2025-10-14"}, ["CONSULT"]),
    ({"date_to": "2025-10-13"}, ["ASSAULT"]),
    ({"date_from": "2025-10-01", "date_to": "2025-10-31"}, ["ASSAULT", "CONSULT"]),
])
def test_filters(filters, expected):
    assert [e.type for e in build_timeline(CORPUS, **filters).entries] == expected


def test_story_filter_keeps_the_entries_of_that_story():
    timeline = build_timeline(CORPUS)
    story = next(e.story for e in timeline.entries if e.type == "CONSULT")
    filtered = build_timeline(CORPUS, story=story)
    assert [e.type for e in filtered.entries] == ["CONSULT"] or story == timeline.entries[0].story
    assert all(s.id == story for s in filtered.stories)


def test_json_contract():
    data = json.loads(json.dumps(build_timeline(CORPUS).to_dict()))
    assert set(data) >= {"stories", "entries", "series"}
    entry = data["entries"][0]
    assert set(entry) >= {"date", "date_precision", "type", "status", "actors", "place", "summary", "figures", "quotes", "sources", "conflicts"}
    assert set(entry["sources"][0]) >= {"id", "outlet", "url", "published", "text"}


# --------------------------------------------------------------------------- demo corpus (+ seeds)

@pytest.fixture(scope="module")
def corpus_articles():
    from linimasa.ingest import read_paths
    from linimasa.pipeline import extract_many

    if not DEMO.exists():
        pytest.skip("demo corpus absent")
    paths = [str(DEMO)] + ([str(SEEDS)] if SEEDS.exists() else [])
    return [a for a in extract_many(read_paths(paths)) if isinstance(a, Article)]


@pytest.fixture(scope="module")
def corpus_timeline(corpus_articles):
    return build_timeline(corpus_articles)


def test_corpus_timeline_is_in_date_order_and_every_source_exists(corpus_articles, corpus_timeline):
    ids = {a.id for a in corpus_articles}
    dated = [e.date[:10] for e in corpus_timeline.entries if e.date]
    assert dated == sorted(dated)
    for entry in corpus_timeline.entries:
        assert entry.sources and all(s.id in ids for s in entry.sources)
        assert len({s.id for s in entry.sources}) == len(entry.sources)


def test_corpus_timeline_has_no_entry_twice(corpus_timeline):
    keys = Counter((e.type, e.status, e.date, tuple(sorted(e.actors)), e.place) for e in corpus_timeline.entries)
    assert [k for k, n in keys.items() if n > 1] == []


def test_corpus_events_reported_by_several_outlets_are_merged(corpus_timeline):
    multi = [e for e in corpus_timeline.entries if len({s.outlet for s in e.sources}) >= 3]
    assert multi, "some event should be cited from three or more outlets"


def test_demo_undated_articles_are_dated_near_the_truth(corpus_articles, corpus_timeline):
    truth = json.loads((DEMO / "truth.json").read_text(encoding="utf-8"))
    checked = 0
    for estimate in corpus_timeline.date_estimates:
        article = next(a for a in corpus_articles if a.id == estimate.article)
        match = [t for t in truth["articles"] if article.source.endswith(t["file"].split("/")[-1]) or t["file"].split("/")[-1] in article.source]
        match = [t for t in match if t.get("record_id") in (None, article.id)] or match
        if not match or not match[0].get("undated") or estimate.date is None:
            continue
        assert abs((date.fromisoformat(estimate.date) - date.fromisoformat(match[0]["true_date"])).days) <= 4, article.source
        checked += 1
    assert checked >= 3


# --------------------------------------------------------------------------- demo truth: each event once

def entries_per_truth_event(timeline, articles, truth) -> dict[str, list]:
    """Truth event id -> its timeline entries (the rule is ``linimasa.evaluate_timeline``'s)."""
    return evaluate_timeline.entries_per_truth_event(timeline, evaluate_timeline.corpus_paths(articles, DEMO), truth)


def test_demo_truth_events_are_listed_once(corpus_articles, corpus_timeline, capsys):
    """The "done" criterion, measured: how many entries each real event became (seeds in the corpus too)."""
    truth = json.loads((DEMO / "truth.json").read_text(encoding="utf-8"))
    found = entries_per_truth_event(corpus_timeline, corpus_articles, truth)
    with capsys.disabled():
        print("\ntruth event                               entries  sources of the largest  (by sentence)")
        for event_id, entries in found.items():
            largest = max(entries, key=lambda e: len(e.sources), default=None)
            size = len(largest.sources) if largest else 0
            by_sentence = sum(1 for s in largest.sources if s.matched_by == "sentence") if largest else 0
            print(f"{event_id:42s} {len(entries):>7d}  {size:>7d}  {by_sentence:>12d}")
    counts = [len(entries) for entries in found.values() if entries]
    assert len(counts) == len(truth["events"]), "every truth event should be found"
    assert max(counts) == 1, "no truth event should be split into two entries"
    # Merged entries carry several outlets: the wire story of 24 October and its two copies at least.
    assert max(len(e.sources) for entries in found.values() for e in entries) >= 5
    # "With all its sources": of the articles the truth says report the event as having happened,
    # the share that are sources of its entry (and of those whose own news it is, all).
    score = evaluate_timeline.score_timeline(corpus_timeline, corpus_articles, truth, DEMO)
    with capsys.disabled():
        print(f"occurred reports listed as sources: {score.listed}/{score.reported} = {score.listed / score.reported:.2f}; "
              f"own news: {score.main_listed}/{score.main_reported}")
    assert score.listed >= 0.9 * score.reported  # 67/72 on 2026-12-06; the misses are listed in docs/evaluation.md
    assert score.main_listed == score.main_reported
    assert all(u["within"] for u in score.undated)


def test_demo_sources_found_by_sentence_report_that_event(corpus_articles, corpus_timeline, capsys):
    """The second pass adds sources, and they are articles the truth lists as reporting that event (>= 90%)."""
    truth = json.loads((DEMO / "truth.json").read_text(encoding="utf-8"))
    reports = evaluate_timeline.truth_reports(truth)
    path_of = evaluate_timeline.corpus_paths(corpus_articles, DEMO)
    event_of = {id(e): event_id for event_id, entries in entries_per_truth_event(corpus_timeline, corpus_articles, truth).items() for e in entries}
    added = [(event_of.get(id(e)), s) for e in corpus_timeline.entries for s in e.sources if s.matched_by == "sentence"]
    assert added, "the sentence pass should find some source the extractor missed"
    assert all(s.text for _, s in added)
    judged = [(event_id, s) for event_id, s in added if event_id is not None]
    right = [s for event_id, s in judged if event_id in reports.get(path_of.get(s.id), ())]
    with capsys.disabled():
        print(f"\nsources found by sentence: {len(added)}, on entries of a truth event: {len(judged)}, reporting that event: {len(right)}")
    assert judged and len(right) >= 0.9 * len(judged)
    # And they land on real events, not on entries the truth does not know.
    assert len(judged) >= 0.9 * len(added)


@pytest.mark.parametrize("outlet,url,expected", [
    ("KabarNusa", "https://kabarnusa.com/a", "KabarNusa"),
    ("Home Berita Internasional Ekonomi Olahraga", "https://www.kabarnusa.com/a", "kabarnusa.com"),
    ("Beranda Nasional Daerah", None, "Beranda Nasional Daerah"),  # no URL: keep what we have
    (None, "https://warta.example.id/x", "warta.example.id"),
    ("Harian Cakrawala", "https://cakrawala.co.id/x", "Harian Cakrawala"),
])
def test_display_outlet(outlet, url, expected):
    from linimasa.timeline import display_outlet

    assert display_outlet(outlet, url) == expected


_TIMELINE_OF_STORED = """
import json, sys
from linimasa.render import render_json
from linimasa.store import article_from_dict
from linimasa.timeline import build_timeline
articles = [article_from_dict(d) for d in json.load(open(sys.argv[1], encoding="utf-8"))]
sys.stdout.write(render_json(build_timeline(articles)))
"""


def test_corpus_timeline_is_the_same_under_every_hash_seed(corpus_articles, tmp_path):
    # Set iteration order follows PYTHONHASHSEED; the timeline must not. Seeds 0, 1 and 3 once gave
    # three different outputs on this corpus (which copy a duplicate was "near", which article backed a date).
    import os
    import subprocess
    import sys

    stored = tmp_path / "articles.json"
    stored.write_text(json.dumps([a.to_dict(internals=True) for a in corpus_articles]), encoding="utf-8")
    outputs = set()
    for seed in ("0", "1", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-c", _TIMELINE_OF_STORED, str(stored)], env=env,
                              capture_output=True, text=True, check=True)
        outputs.add(done.stdout)
    assert len(outputs) == 1


@pytest.mark.parametrize("enabled", [True, False])
def test_the_build_pauses_the_cyclic_collector_and_restores_its_state(monkeypatch, enabled):
    import gc

    import linimasa.timeline as timeline_module

    seen = []
    real = timeline_module.find_stories

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(timeline_module, "find_stories", spy)
    was_enabled = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        build_timeline(CORPUS)
        after = gc.isenabled()
    finally:
        (gc.enable if was_enabled else gc.disable)()
    assert seen == [False] and after is enabled


def test_overlapping_builds_restore_the_collector_only_when_the_last_ends():
    import gc

    from linimasa.timeline import _collector_paused

    was_enabled = gc.isenabled()
    gc.enable()
    try:
        with _collector_paused():
            with _collector_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the outer build is still running
        assert gc.isenabled()
    finally:
        (gc.enable if was_enabled else gc.disable)()
