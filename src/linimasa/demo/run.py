"""``linimasa demo``: ingest the bundled fictional corpus and show its timeline.

The corpus (``linimasa/demo/corpus``: plain text, HTML and JSONL articles
from invented outlets about an invented conflict) is read through
``importlib.resources``, so the demo works from an installed wheel too. It
is ingested into a temporary store (or ``--db``) with the normal ingest path
(``cli.ingest_into``, with a progress bar on a terminal); then the command
says what it found (articles, failures, duplicate copies, stories, inferred
dates) and ends with the timeline, as text by default.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import ExitStack
from importlib import resources
from pathlib import Path


def corpus_path(stack: ExitStack) -> Path:
    """A file-system path to the bundled corpus (extracted if the package is zipped)."""
    return stack.enter_context(resources.as_file(resources.files("linimasa.demo") / "corpus"))


def add_demo(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="FILE", help="store to ingest into (default: a temporary file, removed afterwards)")
    parser.add_argument("--format", choices=["text", "html", "json"], default="text", help="timeline format (default text)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the timeline to FILE instead of stdout")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary; only the timeline")


def run_demo(args: argparse.Namespace) -> int:
    from ..cli import ingest_into
    from ..corpus_cli import emit
    from ..options import Options
    from ..store import Store
    from ..timeline import build_timeline

    with ExitStack() as stack:
        db = args.db
        if not db:
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="linimasa-demo-"))
            db = str(Path(folder) / "demo.db")
        corpus = corpus_path(stack)
        paths = sorted(str(p) for p in corpus.iterdir() if p.is_dir() or p.suffix in (".txt", ".html", ".jsonl"))
        show_progress = not args.quiet and sys.stderr.isatty()
        counts = ingest_into(db, paths, Options(), show_progress=show_progress)
        if isinstance(counts, dict):
            stored = counts.get("added", 0) + counts.get("replaced", 0)
            skipped = counts.get("skipped", 0) + counts.get("unchanged", 0)
        else:  # older form: (stored, skipped, failed)
            stored, skipped = counts[0], counts[1]
        with Store(db) as store:
            articles = list(store.iter_articles())
            failures = store.failures()
        timeline = build_timeline(articles)
        if not args.quiet:
            # The summary goes where it cannot spoil machine-readable output.
            out = sys.stdout if (args.format == "text" and not args.output) else sys.stderr
            print(_summary(timeline, stored, skipped, failures), file=out)
        emit(timeline, args.format, args.output)
        if args.output and not args.quiet:
            print(f"timeline written to {args.output}", file=sys.stderr)
    return 0


def _summary(timeline, stored: int, skipped: int, failures) -> str:
    counts = timeline.articles
    lines = [
        f"Demo corpus: {counts['count']} articles in the store ({stored} extracted now, {skipped} already stored), "
        f"{len(failures)} failure(s)",
    ]
    for failure in failures:
        lines.append(f"  failed {failure.source}: {failure.reason}")
    lines.append(f"Duplicates: {len(timeline.duplicates)} group(s), {counts['duplicates']} copies")
    for group in timeline.duplicates:
        lines.append(f"  {group.kind}: {', '.join(group.members)} (kept {group.representative})")
    lines.append(f"Undated articles: {counts['undated']}, dated by inference: {counts['inferred']}")
    lines.append(f"Stories: {len(timeline.stories)}; timeline entries: {len(timeline.entries)}; figure series: "
                 f"{sum(1 for s in timeline.series if len(s.points) >= 2)}")
    return "\n".join(lines) + "\n"


CLI_COMMANDS = {
    "demo": (add_demo, run_demo, "ingest the bundled fictional corpus and print its timeline"),
}
