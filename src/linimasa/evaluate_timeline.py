"""Score a timeline against a corpus's hand-made truth of real-world events.

A timeline corpus is a folder of articles (``txt/``, ``html/``, ``jsonl/``)
with a ``truth.json`` listing the story's real-world events and, per
article, the events it tells (format in ``src/linimasa/demo/corpus/MANIFEST.md``
and ``docs/evaluation.md``). ``linimasa eval-timeline CORPUS`` builds the
timeline exactly as ``linimasa timeline`` does (extract, duplicates, dates for
undated articles, merging, the sentence pass) and reports:

* per truth event, how many timeline entries it became (1 is the goal);
* "with all its sources": of the articles the truth says tell the event as
  having happened, how many are sources of its entry; separately for the
  articles whose own news it is (the event the truth lists first for them);
* how many sources the sentence pass added, and how many of those the truth
  lists for that event;
* for articles that state no date, whether the inferred date is within the
  truth's tolerance, or honestly null.

Matching an entry to a truth event (kept simple so the numbers are easy to
read): the entry happened (status ``occurred``) and is dated to the day; its
date is within a day of the event's; its type is the event's (ASSAULT and
COERCE count as one another: a hostage-taking is both); one of its sources is
an article the truth lists for the event; and a word of its actors or place is
one of the event's (a name of three or more capitalised words also stands for
its initials: "Front Pembebasan Sirang" meets a truth's "FPS"). Among several events the one sharing most words wins,
then the one more of the entry's sources report (the truth lists them for it: a kidnapping during an
ambush, same day and road, goes to whichever of the two its articles tell), then the same type, then
the nearer date. Each entry maps to at most one event.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Optional

from .errors import LinimasaError
from .records import Article

#: Types that count as one another when matching an entry to a truth event.
COMPATIBLE_TYPES = {"ASSAULT": frozenset({"ASSAULT", "COERCE"}), "COERCE": frozenset({"COERCE", "ASSAULT"})}
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass
class EventScore:
    """How one truth event came out in the timeline."""

    id: str
    date: str
    type: str
    entries: int  # timeline entries mapped to it
    reported: int  # articles the truth lists as telling it happened
    listed: int  # of those, sources of its largest entry
    main_reported: int  # articles whose own news it is (listed first in their truth record)
    main_listed: int
    by_sentence: int  # sources of its largest entry added by the sentence pass
    missed: list[str] = field(default_factory=list)  # corpus paths of the reports not listed


@dataclass
class TimelineScore:
    """The whole corpus: per-event rows and totals."""

    events: list[EventScore]
    sentence_sources: int  # sources the sentence pass added anywhere
    sentence_sources_on_truth: int  # of those, on an entry mapped to a truth event
    sentence_sources_right: int  # of those, articles the truth lists for that event
    undated: list[dict]  # {file, true_date, inferred, within}

    @property
    def found(self) -> int:
        return sum(1 for e in self.events if e.entries)

    @property
    def split(self) -> int:
        return sum(1 for e in self.events if e.entries > 1)

    @property
    def reported(self) -> int:
        return sum(e.reported for e in self.events)

    @property
    def listed(self) -> int:
        return sum(e.listed for e in self.events)

    @property
    def main_reported(self) -> int:
        return sum(e.main_reported for e in self.events)

    @property
    def main_listed(self) -> int:
        return sum(e.main_listed for e in self.events)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["totals"] = {
            "events": len(self.events), "found": self.found, "split": self.split,
            "reported": self.reported, "listed": self.listed,
            "main_reported": self.main_reported, "main_listed": self.main_listed,
        }
        return data


def truth_articles(truth: dict) -> Iterator[tuple[str, dict]]:
    """(corpus path: "txt/x.txt", or "jsonl/batch.jsonl:3" for the third record; its truth record)."""
    records: Counter = Counter()
    for item in truth["articles"]:
        key = item["file"]
        if key.endswith(".jsonl"):
            records[key] += 1
            key = f"{key}:{records[key]}"
        yield key, item


def truth_reports(truth: dict) -> dict[str, set[str]]:
    """Corpus path -> the truth event ids the article tells (any status)."""
    return {key: {e["id"] for e in item["events"]} for key, item in truth_articles(truth)}


def corpus_paths(articles: Sequence[Article], root: Path) -> dict[str, str]:
    """Article id -> its path relative to the corpus folder ("txt/x.txt", "jsonl/b.jsonl:2")."""
    base = os.path.abspath(root)
    paths = {}
    for article in articles:
        source, _, record = article.source.rpartition(":") if re.search(r"\.jsonl:\d+$", article.source) else (article.source, "", "")
        relative = os.path.relpath(os.path.abspath(source), base).replace(os.sep, "/")
        paths[article.id] = f"{relative}:{record}" if record else relative
    return paths


def _words(names) -> set[str]:
    """Lower-case words of the names, plus the initials of each name of several capitalised words:
    a truth may write "FPS" where the text, and so the entry, says "Front Pembebasan Sirang"."""
    words = {w for name in names if name for w in _WORD.findall(name.lower())}
    for name in names:
        capitals = [w for w in (name or "").split() if w[:1].isupper()]
        if len(capitals) >= 3:
            words.add("".join(w[0] for w in capitals).lower())
    return words


def entries_per_truth_event(timeline, paths: dict[str, str], truth: dict, reports: Optional[dict] = None) -> dict[str, list]:
    """Truth event id -> the timeline entries mapped to it (see the module notes for the rule)."""
    reports = truth_reports(truth) if reports is None else reports
    found: dict[str, list] = {t["id"]: [] for t in truth["events"]}
    # Each truth event's day and identity words, once (the loop below pairs every entry with every event).
    events = [(event, date.fromisoformat(event["date"]), _words(event["actors"] + (event.get("place") or "").split("/")))
              for event in truth["events"]]
    for entry in timeline.entries:
        if entry.status != "occurred" or not entry.date or len(entry.date) < 10:
            continue
        day = date.fromisoformat(entry.date[:10])
        words = _words(entry.actors + [entry.place])
        sources = {paths.get(s.id) for s in entry.sources}
        best = None
        for event, event_day, event_words in events:
            gap = abs((day - event_day).days)
            if gap > 1 or entry.type not in COMPATIBLE_TYPES.get(event["type"], {event["type"]}):
                continue
            backing = sum(1 for p in sources if event["id"] in reports.get(p, ()))
            if not backing:
                continue
            shared = len(words & event_words)
            if shared:
                score = (shared, backing, entry.type == event["type"], -gap)
                if best is None or score > best[0]:
                    best = (score, event["id"])
        if best is not None:
            found[best[1]].append(entry)
    return found


def score_timeline(timeline, articles: Sequence[Article], truth: dict, root: Path, *, tolerance_days: int = 1) -> TimelineScore:
    """Score ``timeline`` (built from ``articles``, read from the corpus folder ``root``) against ``truth``."""
    paths = corpus_paths(articles, root)
    reports = truth_reports(truth)
    found = entries_per_truth_event(timeline, paths, truth, reports)
    occurred: dict[str, set[str]] = {}
    main: dict[str, set[str]] = {}
    for key, item in truth_articles(truth):
        for number, event in enumerate(item["events"]):
            if event["status"] == "occurred":
                occurred.setdefault(event["id"], set()).add(key)
                if number == 0:
                    main.setdefault(event["id"], set()).add(key)
    rows = []
    for event in truth["events"]:
        entries = found[event["id"]]
        largest = max(entries, key=lambda e: len(e.sources), default=None)
        sources = {paths.get(s.id) for s in largest.sources} if largest else set()
        wanted, wanted_main = occurred.get(event["id"], set()), main.get(event["id"], set())
        rows.append(EventScore(
            id=event["id"], date=event["date"], type=event["type"], entries=len(entries),
            reported=len(wanted), listed=len(wanted & sources),
            main_reported=len(wanted_main), main_listed=len(wanted_main & sources),
            by_sentence=sum(1 for s in largest.sources if s.matched_by == "sentence") if largest else 0,
            missed=sorted(wanted - sources)))
    event_of = {id(e): event_id for event_id, entries in found.items() for e in entries}
    added = [(event_of.get(id(e)), s) for e in timeline.entries for s in e.sources if s.matched_by == "sentence"]
    on_truth = [(event_id, s) for event_id, s in added if event_id is not None]
    right = [s for event_id, s in on_truth if event_id in reports.get(paths.get(s.id), ())]
    by_path = {paths[article.id]: article for article in articles}
    undated = []
    for key, item in truth_articles(truth):
        if not item.get("undated"):
            continue
        article = by_path.get(key)
        inferred = article.published[:10] if article is not None and article.published else None
        tolerance = item.get("true_date_tolerance_days", tolerance_days)
        within = inferred is not None and abs((date.fromisoformat(inferred) - date.fromisoformat(item["true_date"])).days) <= tolerance
        undated.append({"file": key, "true_date": item["true_date"], "inferred": inferred, "within": within})
    return TimelineScore(rows, len(added), len(on_truth), len(right), undated)


def format_score(score: TimelineScore) -> str:
    """A markdown report: the per-event table, then the totals."""
    lines = ["| truth event | date | type | entries | reported as happened | listed | own news: listed / reported | by sentence |",
             "|---|---|---|---|---|---|---|---|"]
    for row in score.events:
        lines.append(f"| {row.id} | {row.date} | {row.type} | {row.entries} | {row.reported} | {row.listed} | "
                     f"{row.main_listed} / {row.main_reported} | {row.by_sentence} |")
    share = score.listed / score.reported if score.reported else 0.0
    main_share = score.main_listed / score.main_reported if score.main_reported else 0.0
    lines += [
        "",
        f"events found: {score.found}/{len(score.events)}; split into more than one entry: {score.split}",
        f"reports listed as sources: {score.listed}/{score.reported} = {share:.2f} "
        f"(articles whose own news it is: {score.main_listed}/{score.main_reported} = {main_share:.2f})",
        f"sources added by the sentence pass: {score.sentence_sources}; on a truth event's entry: "
        f"{score.sentence_sources_on_truth}; reporting that event: {score.sentence_sources_right}",
    ]
    if score.undated:
        within = sum(1 for u in score.undated if u["within"])
        lines.append(f"undated articles dated within tolerance: {within}/{len(score.undated)}")
        lines += [f"  {u['file']}: {u['inferred'] or 'null'} (true {u['true_date']})" for u in score.undated]
    missed = [(row.id, path) for row in score.events for path in row.missed]
    if missed:
        lines.append("reports not listed as sources:")
        lines += [f"  {event_id} <- {path}" for event_id, path in missed]
    return "\n".join(lines)


def evaluate_corpus(corpus: Path, *, also: Sequence[str] = ()) -> TimelineScore:
    """Extract ``corpus`` (and the ``also`` paths: more articles in the same pile), build the timeline, score it."""
    from .ingest import read_paths
    from .pipeline import extract_many
    from .timeline import build_timeline

    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    files = [str(corpus / sub) for sub in ("txt", "html", "jsonl") if (corpus / sub).exists()] + list(also)
    articles = [a for a in extract_many(read_paths(files)) if isinstance(a, Article)]
    timeline = build_timeline(articles)
    return score_timeline(timeline, articles, truth, corpus)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("corpus", help="a corpus folder with truth.json and txt/, html/, jsonl/ subfolders")
    parser.add_argument("--also", action="append", default=[], metavar="PATH",
                        help="more files or folders to put in the same pile (not scored), e.g. ../shared/seeds; repeatable")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="markdown table (text) or JSON (default text)")


def run(args: argparse.Namespace) -> int:
    corpus = Path(args.corpus)
    if not (corpus / "truth.json").exists():
        raise LinimasaError("E404", path=str(corpus))
    score = evaluate_corpus(corpus, also=args.also)
    if args.format == "json":
        print(json.dumps(score.as_dict(), ensure_ascii=False, indent=1))
    else:
        print(format_score(score))
    return 0


__all__ = ["EventScore", "TimelineScore", "truth_articles", "truth_reports", "corpus_paths", "entries_per_truth_event",
           "score_timeline", "format_score", "evaluate_corpus", "COMPATIBLE_TYPES"]
