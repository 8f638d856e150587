"""Speed of the shipped NER tagger: model load time and tokens/second on one core.

    PYTHONPATH=src python benchmarks/ner_speed.py [--data DIR] [--repeat N]

Times the recogniser alone (feature extraction + CRF decoding) over
pre-tokenised sentences: the held-out splits from ../shared/data when they
are there, else a built-in set of our own sentences.  The first pass runs
with an empty per-token feature cache (new text), later passes with a warm
one (steady state of a long-running process); both are printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from linimasa.ner.datasets import default_data_dir, load_eval_sets  # noqa: E402
from linimasa.ner.evaluate import pin_one_core  # noqa: E402
from linimasa.ner.tagger import NerTagger  # noqa: E402

OWN_SENTENCES = [
    "Menteri Luar Negeri Arvenia Dita Kusuma bertemu delegasi Bank Dunia di Kota Selvara .",
    "Gubernur Sulawesi Tengah , Bram Wiratmaja , meresmikan jembatan di Kabupaten Donggala , Senin ( 4 / 3 ) .",
    "PT Sinar Lembayung Tbk melaporkan laba bersih Rp 2,1 triliun sepanjang 2023 .",
    "KETUA KPU DAERAH MENGUMUMKAN HASIL PEMILIHAN DI SURABAYA",
    "juru bicara kepolisian resor malang , ajun komisaris hendra saputra , mengatakan pelaku sudah ditahan .",
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=default_data_dir())
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    pin_one_core()

    t0 = time.perf_counter()
    tagger = NerTagger()
    load_s = time.perf_counter() - t0
    print(f"model load: {load_s * 1000:.0f} ms (available={tagger.available})")

    eval_sets = load_eval_sets(args.data) if args.data.exists() else {}
    sentences = [toks for sents in eval_sets.values() for toks, _ in sents]
    source = "held-out splits"
    if not sentences:
        sentences = [s.split() for s in OWN_SENTENCES] * 400
        source = "built-in sentences"
    n_tokens = sum(len(s) for s in sentences)
    print(f"{len(sentences)} sentences, {n_tokens} tokens ({source})")
    for rep in range(args.repeat):
        t0 = time.perf_counter()
        for tokens in sentences:
            tagger.tag(tokens)
        secs = time.perf_counter() - t0
        kind = "cold cache" if rep == 0 else "warm cache"
        print(f"pass {rep + 1} ({kind}): {n_tokens / secs:,.0f} tokens/s on one core")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
