"""Benchmark: build the timeline of N articles (default 10,000) and report seconds and peak memory.

The articles are clones of the demo corpus's extracted Articles (extraction
runs once, on the demo corpus only). Clone ``i`` of article ``a`` lives in
"world" ``i // len(corpus)``: its capitalised words and numbers get a
world-specific suffix (so names, entities, actors and bodies differ between
worlds and the clones are not all duplicates of each other), its dates move
by a few days per world, and its figures change. Within one world the copies
behave like the demo corpus: the same events reported by several outlets.
Character spans are not rebuilt (quote/figure proximity in the clones is
approximate), which does not change the work done.

    PYTHONPATH=src python3 benchmarks/timeline.py [--articles 10000] [--render]

Target (issue 5): under 60 s on 2 cores (the build is one process; the measured times are in
docs/performance.md), memory bounded (no all-pairs
structures: duplicates come from LSH buckets, events and stories from
inverted indexes).
"""

from __future__ import annotations

import argparse
import pickle
import re
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from linimasa.ingest import read_paths  # noqa: E402
from linimasa.pipeline import extract_many  # noqa: E402
from linimasa.records import Article  # noqa: E402
from linimasa.timeline import build_timeline  # noqa: E402

_NAME = re.compile(r"\b([A-Z][a-zA-Z]+)")
_NUMBER = re.compile(r"\b(\d+)\b")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def _shift(value, days: int):
    if not value or not _DAY.match(value):
        return value
    shifted = (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat()
    return shifted + value[10:]


def clone(article: Article, index: int, world: int) -> Article:
    suffix = "" if world == 0 else f"x{world}"
    days = (world % 60) * 5

    def rename(text):
        if text is None or not suffix:
            return text
        return _NAME.sub(lambda m: m.group(1) + suffix, text)

    def renumber(text):
        if text is None or not world:
            return text
        return _NUMBER.sub(lambda m: str(int(m.group(1)) + world) if len(m.group(1)) < 4 else m.group(1), text)

    new = pickle.loads(pickle.dumps(article))  # a deep copy, much faster than copy.deepcopy
    new.id = f"{article.id}-c{index}"
    new.source = f"{article.source}#c{index}"
    new.title = rename(new.title)
    new.outlet = rename(new.outlet)
    new.published = _shift(new.published, days)
    new.body = renumber(rename(new.body))
    for paragraph in new.paragraphs:
        paragraph.text = renumber(rename(paragraph.text))
    for entity in new.entities:
        entity.name = rename(entity.name)
        entity.aliases = [rename(a) for a in entity.aliases]
    for quote in new.quotes:
        quote.text, quote.speaker = renumber(rename(quote.text)), rename(quote.speaker)
    for figure in new.figures:
        figure.value = figure.value + world
        figure.date = _shift(figure.date, days)
        figure.source, figure.place = rename(figure.source), rename(figure.place)
    for event in new.events:
        event.actors = [rename(a) for a in event.actors]
        event.place = rename(event.place)
        event.date = _shift(event.date, days)
        event.text = renumber(rename(event.text))
        for figure in event.figures:
            figure.value = figure.value + world
    return new


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--render", action="store_true", help="also time the JSON and HTML renderings")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    corpus = [a for a in extract_many(read_paths([str(ROOT / "src" / "linimasa" / "demo" / "corpus")]))
              if isinstance(a, Article)]
    extracted = time.perf_counter() - started
    for article in corpus:  # as read back from the store: no sentences or mentions
        article.sentences, article.mentions = [], []
    articles = [clone(corpus[i % len(corpus)], i, i // len(corpus)) for i in range(args.articles)]
    cloned = time.perf_counter() - started - extracted

    input_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the corpus itself, held in memory
    started = time.perf_counter()
    cpu_started = time.process_time()
    timeline = build_timeline(articles)
    built = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"demo corpus: {len(corpus)} articles extracted in {extracted:.1f} s; {len(articles)} clones made in {cloned:.1f} s")
    print(f"timeline of {len(articles)} articles built in {built:.1f} s wall, {cpu:.1f} s CPU "
          f"({len(timeline.entries)} entries, {len(timeline.stories)} stories, {len(timeline.series)} series, "
          f"{len(timeline.duplicates)} duplicate groups, {timeline.articles['inferred']}/{timeline.articles['undated']} undated dated)")
    if args.render:
        from linimasa.render import render_html, render_json

        started = time.perf_counter()
        size_json = len(render_json(timeline))
        size_html = len(render_html(timeline))
        print(f"rendered JSON ({size_json / 1e6:.1f} MB) and HTML ({size_html / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB "
          f"(before the build, with the input articles: {input_mib:.0f} MiB; after build: {peak_mib:.0f} MiB)")
    return 0 if built < 60 else 1


if __name__ == "__main__":
    sys.exit(main())
