"""Throughput and memory of ``extract`` over a 10,000-article corpus.

The corpus is built from the bundled demo corpus: each article is repeated
with small changes (numbers, a name, the id) so that nothing can be cached
between copies. Documents are generated lazily and results dropped as they
come, the way ``linimasa ingest`` streams, so peak memory must stay flat as
the corpus grows; it is printed at checkpoints to show that.

Usage::

    python benchmarks/throughput.py [--articles 10000] [--no-facts] [--facts-only]

Runs on one core (the process pins itself to CPU 0 where the OS allows).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from linimasa.ingest import read_paths  # noqa: E402
from linimasa.options import Options  # noqa: E402
from linimasa.pipeline import extract  # noqa: E402
from linimasa.records import RawDocument  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "src" / "linimasa" / "demo" / "corpus"
_NUMBER = re.compile(r"\b\d{2,3}\b")


def demo_documents() -> list[RawDocument]:
    docs = [d for d in read_paths([str(CORPUS)], options=Options()) if isinstance(d, RawDocument)]
    if not docs:
        raise SystemExit(f"no documents under {CORPUS}")
    return docs


def variants(base: list[RawDocument], count: int, seed: int = 7) -> Iterator[RawDocument]:
    """``count`` documents cycling through ``base``, each with its numbers changed."""
    rng = random.Random(seed)
    for i in range(count):
        doc = base[i % len(base)]
        text = doc.text or ""
        text = _NUMBER.sub(lambda m: str(int(m.group()) + rng.randint(1, 9)), text)
        yield RawDocument(
            source=f"{doc.source}#{i}",
            text=text,
            id=f"bench-{i}",
            url=doc.url,
            published=doc.published,
            outlet=doc.outlet,
            title=doc.title,
        )


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(count: int, options: Options, label: str) -> float:
    base = demo_documents()
    # Warm up: lexicons, the NER model and regexes load once per process.
    for doc in base[:3]:
        extract(doc, options=options)
    checkpoints = {count // 10, count // 2, count}
    started = time.perf_counter()
    failures = 0
    for n, doc in enumerate(variants(base, count), start=1):
        try:
            extract(doc, options=options)
        except Exception:
            failures += 1
        if n in checkpoints:
            elapsed = time.perf_counter() - started
            print(f"  {label}: {n:>6} articles  {n / elapsed:8.1f} articles/s  peak RSS {peak_rss_mb():7.1f} MB")
    rate = count / (time.perf_counter() - started)
    if failures:
        print(f"  {label}: {failures} documents raised (too short after cleaning, etc.)")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--no-facts", action="store_true", help="measure cleaning + metadata only")
    parser.add_argument("--facts-only", action="store_true", help="measure the full extract only")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {0})
        except OSError:
            pass
    print(f"corpus: {args.articles} articles built from {CORPUS.name}; python {sys.version.split()[0]}")
    results = {}
    if not args.facts_only:
        results["clean+metadata"] = run(args.articles, Options(facts=False), "clean+metadata")
    if not args.no_facts:
        results["full extract"] = run(args.articles, Options(), "full extract")
    for label, rate in results.items():
        print(f"{label}: {rate:.1f} articles/s on one core")
    print(f"peak RSS: {peak_rss_mb():.1f} MB")


if __name__ == "__main__":
    main()
