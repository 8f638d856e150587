"""Span-level evaluation of the NER model on the reported splits.

    PYTHONPATH=src python -m linimasa.ner.evaluate [--data DIR] [--model PATH]

Prints precision / recall / F1 per type (PER, ORG, LOC) and micro overall
for NER-UI fold-1 test, idner2k test, NERGrit valid and NERP valid (as
given, all lower-case), then tokens per second of the tagger on one core.
Scoring is exact-span match, as in conlleval / seqeval's default mode.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from pathlib import Path

from linimasa.ner.datasets import Sentence, default_data_dir, load_eval_sets, spans_from_bio
from linimasa.ner.tagger import MODELS_DIR, MODEL_NAME, NerTagger

TYPES = ("PER", "ORG", "LOC")


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts (0 where undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float, int]]:
    """Per type and 'ALL': (P, R, F1, gold count) over exact spans."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for g_labels, p_labels in zip(gold, pred):
        g = set(spans_from_bio(g_labels))
        p = set(spans_from_bio(p_labels))
        for span in g:
            n_gold[span[2]] += 1
        for span in p:
            n_pred[span[2]] += 1
            if span in g:
                tp[span[2]] += 1
    out = {t: (*prf(tp[t], n_pred[t], n_gold[t]), n_gold[t]) for t in TYPES}
    out["ALL"] = (*prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values())), sum(n_gold.values()))
    return out


def tag_all(tagger: NerTagger, sentences: list[Sentence]) -> tuple[list[list[str]], float]:
    """Predicted labels for every sentence, and the seconds it took."""
    t0 = time.perf_counter()
    pred = [tagger.tag(tokens) for tokens, _ in sentences]
    return pred, time.perf_counter() - t0


def mistakes(sentences: list[Sentence], pred: list[list[str]], limit: int) -> list[str]:
    """First ``limit`` sentences with a wrong span, errors shown [token|gold|pred]."""
    out: list[str] = []
    for (tokens, gold), guess in zip(sentences, pred):
        if gold == guess:
            continue
        marked = [t if g == p else f"[{t}|{g}|{p}]" for t, g, p in zip(tokens, gold, guess)]
        out.append(" ".join(marked))
        if len(out) >= limit:
            break
    return out


def format_table(results: dict[str, dict[str, tuple[float, float, float, int]]]) -> str:
    """Markdown table: one row per dataset and type."""
    lines = ["| dataset | type | P | R | F1 | gold spans |", "|---|---|---:|---:|---:|---:|"]
    for name, res in results.items():
        for t in (*TYPES, "ALL"):
            p, r, f, n = res[t]
            label = "**micro**" if t == "ALL" else t
            lines.append(f"| {name} | {label} | {100 * p:.1f} | {100 * r:.1f} | {100 * f:.1f} | {n} |")
    return "\n".join(lines)


def pin_one_core() -> None:
    """Measure speed on a single core where the OS allows pinning."""
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except OSError:
            pass


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="linimasa.ner.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--model", type=Path, default=MODELS_DIR / MODEL_NAME)
    ap.add_argument("--errors", type=int, default=0, help="also print N mistaken sentences per dataset")
    args = ap.parse_args(argv)

    eval_sets = load_eval_sets(args.data)
    if not eval_sets:
        print(f"no evaluation data under {args.data}")
        return 2
    if not args.model.exists():
        print(f"model {args.model} not found: run python -m linimasa.ner.train")
        return 2
    pin_one_core()
    tagger = NerTagger(args.model)
    results: dict[str, dict[str, tuple[float, float, float, int]]] = {}
    n_tokens, seconds = 0, 0.0
    for name, sentences in eval_sets.items():
        pred, secs = tag_all(tagger, sentences)
        results[name] = score([labels for _, labels in sentences], pred)
        if args.errors:
            print(f"## mistakes on {name} ([token|gold|predicted])")
            print("\n".join(mistakes(sentences, pred, args.errors)) + "\n")
        n_tokens += sum(len(tokens) for tokens, _ in sentences)
        seconds += secs
    print(format_table(results))
    print()
    print("| dataset | micro F1 |\n|---|---:|")
    for name, res in results.items():
        print(f"| {name} | {100 * res['ALL'][2]:.1f} |")
    print(f"\nspeed (first pass, cold feature cache, 1 core): {n_tokens / seconds:,.0f} tokens/s "
          f"over {n_tokens} tokens")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
