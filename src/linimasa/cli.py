"""The ``linimasa`` command line: a thin layer over the library core.

Every sub-command is a pair of functions, ``add_<name>`` declaring its
options and ``run_<name>`` doing the work by calling library functions.
docs/cli.md documents every option; tests/test_cli_docs.py checks that it does.

Exit status: 0 when everything went through, 1 when some document failed (the
rest of the batch is still processed), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from typing import Optional, TextIO, Union

from . import __version__
from .options import Options
from .records import Article, Failure

log = logging.getLogger("linimasa")

DEFAULT_DB = "linimasa.db"


# ------------------------------------------------------------------ helpers


def _options(args: argparse.Namespace) -> Options:
    return Options(
        facts=not getattr(args, "no_facts", False),
        use_ner_model=not getattr(args, "no_model", False),
        keep_internals=getattr(args, "internals", False),
    )


def _progress(enabled: bool) -> "Optional[object]":
    """A rich progress bar on stderr, or None when output is not a terminal."""
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def _documents(paths: list[str], options: Options) -> Iterator[Union[Article, Failure]]:
    from .ingest import read_paths
    from .pipeline import extract_many

    return extract_many(read_paths(paths, options=options), options=options)


def _failure_dict(failure: Failure) -> dict:
    return {"id": failure.id, "source": failure.source, "error": failure.code, "reason": failure.reason}


def _write_record(item: Union[Article, Failure], out: TextIO, fmt: str, options: Options) -> None:
    if isinstance(item, Failure):
        if fmt == "text":
            out.write(f"FAILED {item.source}: {item.reason}\n")
        else:
            out.write(json.dumps(_failure_dict(item), ensure_ascii=False) + "\n")
        return
    if fmt == "text":
        out.write(_article_text(item))
    else:
        indent = 1 if fmt == "json" else None
        out.write(json.dumps(item.to_dict(internals=options.keep_internals), ensure_ascii=False, indent=indent) + "\n")


def _article_text(article: Article) -> str:
    head = [
        f"# {article.title or '(no title)'}",
        f"id: {article.id}  source: {article.source}",
        f"outlet: {article.outlet or '?'}  published: {article.published or 'unknown'} ({article.published_source or '-'})",
        f"authors: {', '.join(article.authors) or '-'}  dateline: {article.dateline or '-'}",
        f"removed: {len(article.removed)} lines; entities {len(article.entities)}, quotes {len(article.quotes)}, "
        f"figures {len(article.figures)}, events {len(article.events)}",
        "",
        article.body,
        "",
        "",
    ]
    return "\n".join(head)


# ------------------------------------------------------------------ extract


def add_extract(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
    parser.add_argument("--format", choices=["jsonl", "json", "text"], default="jsonl", help="output format (default jsonl)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument("--no-facts", action="store_true", help="clean and read metadata only; skip entities, quotes, figures, events")
    parser.add_argument("--no-model", action="store_true", help="use the rule-based entity recogniser without the NER model")
    parser.add_argument("--internals", action="store_true", help="include sentences and entity mentions in the output")


def run_extract(args: argparse.Namespace) -> int:
    options = _options(args)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    failed = 0
    try:
        for item in _documents(args.paths, options):
            failed += isinstance(item, Failure)
            _write_record(item, out, args.format, options)
    finally:
        if args.output:
            out.close()
    return 1 if failed else 0


# ------------------------------------------------------------------ ingest


def add_ingest(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"SQLite store (default {DEFAULT_DB})")
    parser.add_argument("--no-facts", action="store_true", help="store cleaned articles without facts")
    parser.add_argument("--no-model", action="store_true", help="use the rule-based entity recogniser without the NER model")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")


def ingest_into(db: str, paths: list[str], options: Options, *, show_progress: bool) -> dict[str, int]:
    """Extract ``paths`` into the store at ``db`` in committed batches.

    Returns the store's counts: added, replaced, unchanged, skipped (already
    stored, e.g. when resuming an interrupted run) and failed.
    """
    from .ingest import read_paths
    from .store import Store

    with Store(db) as store:
        items = list(read_paths(paths, options=options))
        progress = _progress(show_progress)
        if progress is None:
            return store.ingest(items, options=options, args={"paths": paths})
        with progress:
            task = progress.add_task("extracting", total=len(items))
            return store.ingest(
                items,
                options=options,
                progress=lambda counts: progress.update(task, completed=sum(counts.values())),
                args={"paths": paths},
            )


def run_ingest(args: argparse.Namespace) -> int:
    options = _options(args)
    counts = ingest_into(args.db, args.paths, options, show_progress=not args.quiet and sys.stderr.isatty())
    if not args.quiet:
        print(
            f"added {counts['added']}, replaced {counts['replaced']}, unchanged {counts['unchanged']}, "
            f"already present {counts['skipped']}, failed {counts['failed']} -> {args.db}"
        )
    return 1 if counts["failed"] else 0


# ------------------------------------------------------------------ eval


def add_eval(parser: argparse.ArgumentParser) -> None:
    from .evaluate import add_arguments

    add_arguments(parser)


def run_eval(args: argparse.Namespace) -> int:
    from .evaluate import run

    return run(args)


def add_eval_timeline(parser: argparse.ArgumentParser) -> None:
    from .evaluate_timeline import add_arguments

    add_arguments(parser)


def run_eval_timeline(args: argparse.Namespace) -> int:
    from .evaluate_timeline import run

    return run(args)


# ------------------------------------------------------------------ NER


def add_train_ner(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("args", nargs=argparse.REMAINDER, help="passed to the trainer; see `linimasa train-ner -- --help`")


def run_train_ner(args: argparse.Namespace) -> int:
    from .ner.train import main as train_main

    return train_main([a for a in args.args if a != "--"])


def add_eval_ner(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("args", nargs=argparse.REMAINDER, help="passed to the NER evaluator; see `linimasa eval-ner -- --help`")


def run_eval_ner(args: argparse.Namespace) -> int:
    from .ner.evaluate import main as eval_main

    return eval_main([a for a in args.args if a != "--"])


# ------------------------------------------------------------------ registry

Command = tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int], str]

COMMANDS: dict[str, Command] = {
    "extract": (add_extract, run_extract, "clean articles and extract their facts; print JSON lines"),
    "ingest": (add_ingest, run_ingest, "extract articles into the SQLite store"),
    "eval": (add_eval, run_eval, "score extraction against gold annotation files"),
    "eval-timeline": (add_eval_timeline, run_eval_timeline, "score the timeline of a corpus against its truth.json"),
    "train-ner": (add_train_ner, run_train_ner, "train the Indonesian NER model from ../shared/data"),
    "eval-ner": (add_eval_ner, run_eval_ner, "evaluate the NER model on the public test sets"),
}


def register(name: str, add: Callable[[argparse.ArgumentParser], None], run: Callable[[argparse.Namespace], int], help: str) -> None:
    COMMANDS[name] = (add, run, help)


def _register_optional() -> None:
    """Commands from modules that define their own ``CLI_COMMANDS``."""
    import importlib

    for module_name in ("linimasa.corpus_cli", "linimasa.demo.run", "linimasa.web.app"):
        try:
            module = importlib.import_module(module_name)
        except ImportError as error:
            if error.name and error.name.startswith("linimasa"):
                continue
            raise
        for name, command in getattr(module, "CLI_COMMANDS", {}).items():
            COMMANDS[name] = command


def build_parser() -> argparse.ArgumentParser:
    _register_optional()
    parser = argparse.ArgumentParser(prog="linimasa", description="Follow a developing news story through Indonesian-language media.")
    parser.add_argument("--version", action="version", version=f"linimasa {__version__}")
    parser.add_argument("--log-level", default="WARNING", choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="logging level on stderr (default WARNING)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (add, _run, help_text) in COMMANDS.items():
        add(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def main(argv: Optional[list[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level, format="%(levelname)s %(name)s: %(message)s")
    if not args.command:
        parser.print_help()
        return 2
    _add, run, _help = COMMANDS[args.command]
    try:
        return run(args)
    except BrokenPipeError:  # `linimasa extract ... | head`
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
