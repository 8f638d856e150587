"""Corpus commands: ``stories``, ``timeline`` and ``export`` over the SQLite store.

Registered by ``cli._register_optional`` through ``CLI_COMMANDS``. Each
command reads the stored articles and calls the library (``timeline``,
``render``, ``export``); nothing here decides anything about the content.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict

from .cli import DEFAULT_DB


def load_articles(db: str) -> list:
    """Every article in the store, or SystemExit with a clear message when there is no store."""
    from .store import Store

    if db != ":memory:" and not os.path.exists(db):
        print(f"linimasa: no store at {db} (run `linimasa ingest PATH --db {db}` first)", file=sys.stderr)
        raise SystemExit(2)
    with Store(db) as store:
        return list(store.iter_articles())


def _write(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)


# ------------------------------------------------------------------ stories


def add_stories(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"SQLite store (default {DEFAULT_DB})")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format (default text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")


def run_stories(args: argparse.Namespace) -> int:
    from .dedup import find_duplicates, representative_map
    from .stories import find_stories

    articles = load_articles(args.db)
    groups = find_duplicates(articles)
    representative = representative_map(articles, groups)
    stories = find_stories([a for a in articles if representative[a.id] == a.id])
    copies = {g.representative: [m for m in g.members if m != g.representative] for g in groups}
    for story in stories:
        story.articles = story.articles + [c for rep in story.articles for c in copies.get(rep, [])]
    if args.format == "json":
        _write(json.dumps([asdict(s) for s in stories], ensure_ascii=False, indent=1) + "\n", args.output)
        return 0
    titles = {a.id: a.title or a.source for a in articles}
    lines = []
    for story in stories:
        lines.append(f"{story.id}  {story.start or '?'} .. {story.end or '?'}  ({len(story.articles)} articles)")
        lines.append(f"  {story.label}")
        for article_id in story.articles:
            lines.append(f"    - {article_id}: {titles.get(article_id) or ''}")
    _write("\n".join(lines) + ("\n" if lines else ""), args.output)
    return 0


# ------------------------------------------------------------------ timeline


def add_timeline(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"SQLite store (default {DEFAULT_DB})")
    parser.add_argument("--story", metavar="ID", help="only the entries of this story (ids from `linimasa stories`)")
    parser.add_argument("--query", metavar="TEXT", help="only entries whose summary, evidence, quotes or titles contain every word")
    parser.add_argument("--entity", metavar="NAME", help="only entries with this actor or place")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="only entries on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="only entries on or before DATE (YYYY-MM-DD)")
    parser.add_argument("--format", choices=["text", "json", "html", "csv"], default="text", help="output format (default text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument("--no-infer", action="store_true", help="do not estimate dates for undated articles")


def run_timeline(args: argparse.Namespace) -> int:
    from .timeline import build_timeline

    articles = load_articles(args.db)
    timeline = build_timeline(
        articles, story=args.story, query=args.query, entity=args.entity,
        date_from=args.date_from, date_to=args.date_to, infer=not args.no_infer,
    )
    emit(timeline, args.format, args.output)
    return 0


def emit(timeline, fmt: str, output: str | None) -> None:
    """Print (text on a terminal in colour) or write the timeline in ``fmt``."""
    from .render import print_text, render

    if fmt == "text" and not output:
        from rich.console import Console

        print_text(timeline, Console(highlight=False))
        return
    _write(render(timeline, fmt), output)


# ------------------------------------------------------------------ export


def add_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"SQLite store (default {DEFAULT_DB})")
    parser.add_argument("--what", choices=["articles", "events", "figures"], default="events", help="what to export (default events)")
    parser.add_argument("--format", choices=["jsonl", "csv", "parquet", "plover"], default="jsonl",
                        help="jsonl (default), csv, parquet (needs pyarrow) or plover (events as PLOVER/POLECAT-style JSON)")
    parser.add_argument("--output", "-o", metavar="FILE", required=True, help="file to write")


def run_export(args: argparse.Namespace) -> int:
    from .export import ExportError, write

    articles = load_articles(args.db)
    try:
        count = write(articles, what=args.what, fmt=args.format, output=args.output)
    except ExportError as error:
        print(f"linimasa export: {error}", file=sys.stderr)
        return 2
    print(f"wrote {count} {args.what} to {args.output}", file=sys.stderr)
    return 0


CLI_COMMANDS = {
    "stories": (add_stories, run_stories, "cluster the stored articles into stories"),
    "timeline": (add_timeline, run_timeline, "one sourced timeline of the stored articles (text, json, html, csv)"),
    "export": (add_export, run_export, "export articles, events or figures (jsonl, csv, parquet, plover)"),
}
