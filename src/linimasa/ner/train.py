"""Build the shipped NER model from the corpora in ``../shared/data``.

    PYTHONPATH=src python -m linimasa.ner.train [--data DIR] [--out DIR] [--seed N]

Recipe (every step deterministic given the seed and the input files):

1. Read the training splits listed in ``datasets.TRAIN_SPLITS`` (NERGrit
   train, NERP train, NER-UI fold-1 train+dev, idner2k train+dev) and map
   them to PER/ORG/LOC.  NER-UGM is never read (it overlaps idner2k).
2. NERP is all lower-case: add a re-cased copy, using a true-caser learnt
   from the cased corpora and title case for entity spans.
3. Harmonise: NERP leaves government bodies and parties O where the other
   corpora say ORG; relabel those runs (phrases the cased corpora mark ORG
   reliably).  See docs/ner.md for the trade-off this buys.
4. Drop every training sentence whose text (case- and punctuation-blind)
   equals a sentence of any reported evaluation split.
5. Augment: lower-cased copies of a fraction of the natively cased
   sentences and upper-cased copies of another fraction (chosen with the
   seed), so the model copes with all-lower and ALL-CAPS lines.
6. Filter the MDEE gazetteer (drop common words, long phrases, ambiguous
   entries) and learn a casing prior (words usually written Title/ALL-CAPS);
   both are written next to the model, gzip'd with a fixed mtime.
7. Train a linear-chain CRF (CRFsuite, L-BFGS with L1+L2) and write the
   model plus ``ner_recipe.json`` with the arguments, seed, counts and the
   sha256 of every input, lexicon and output file.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import platform
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from linimasa.ner.datasets import (
    EVAL_SPLITS,
    TRAIN_SPLITS,
    Sentence,
    dedup_against,
    default_data_dir,
    load_eval_sets,
    map_label,
    read_conll,
    read_split,
    repair_bio,
    sha256_file,
    spans_from_bio,
)
from linimasa.ner.features import LANG_DIR, MAX_GAZ_LEN, FeatureExtractor, Lexicons
from linimasa.ner.tagger import CASING_NAME, GAZETTEER_NAME, MODEL_NAME, MODELS_DIR

RECIPE_NAME = "ner_recipe.json"
GAZ_FILES = {"PER": "person.txt", "ORG": "organization.txt", "LOC": "place.txt"}


# -- re-casing NERP -----------------------------------------------------------

def build_truecaser(sentences: list[Sentence]) -> dict[str, str]:
    """Most frequent surface form of each word, from non-initial positions."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for tokens, _ in sentences:
        for tok in tokens[1:]:
            forms[tok.lower()][tok] += 1
    return {low: counts.most_common(1)[0][0] for low, counts in forms.items()}


def recase(tokens: list[str], raw_labels: list[str], truecase: dict[str, str]) -> list[str]:
    """Guess the original casing of a lower-cased sentence.

    Known words take their usual form; unknown words inside any NERP span
    (EVT and FNB too: event and product names are capitalised in print)
    get title case.  The first word is capitalised.
    """
    out: list[str] = []
    for tok, lab in zip(tokens, raw_labels):
        form = truecase.get(tok)
        if form is None:
            form = tok.capitalize() if lab != "O" else tok
        out.append(form)
    if out and out[0][:1].islower():
        out[0] = out[0][:1].upper() + out[0][1:]
    return out


def read_nerp_recased(path: Path, truecase: dict[str, str]) -> list[Sentence]:
    """NERP train, re-cased, with labels mapped to PER/ORG/LOC."""
    raw = read_conll(path, mapper=lambda lab: lab)
    out: list[Sentence] = []
    for tokens, labels in raw:
        mapped = repair_bio([map_label(lab) for lab in labels])
        out.append((recase(tokens, labels, truecase), mapped))
    return out


# -- harmonising NERP with the other corpora ---------------------------------------

def span_lexicon(sentences: list[Sentence], min_count: int, min_share: float,
                 strict: bool = True, max_len: int = 4) -> dict[tuple[str, ...], str]:
    """Lower-cased phrases that the corpora almost always mark as one type.

    A phrase qualifies when it was an entity span of one type at least
    ``min_count`` times, and that type covers at least ``min_share`` of its
    occurrences.  ``strict`` counts every occurrence, nested ones included
    ('golkar' inside 'Partai Golkar' counts against 'golkar' alone); else
    only exact spans and all-O occurrences count.
    """
    as_type: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for tokens, labels in sentences:
        low = [t.lower() for t in tokens]
        for s, e, etype in spans_from_bio(labels):
            if e - s <= max_len:
                as_type[tuple(low[s:e])][etype] += 1
    unlabelled: Counter[tuple[str, ...]] = Counter()
    for tokens, labels in sentences:
        low = [t.lower() for t in tokens]
        for i in range(len(low)):
            for n in range(1, max_len + 1):
                key = tuple(low[i:i + n])
                if len(key) == n and key in as_type:
                    if strict or all(lab == "O" for lab in labels[i:i + n]):
                        unlabelled[key] += 1
    lex: dict[tuple[str, ...], str] = {}
    for phrase, types in as_type.items():
        etype, count = types.most_common(1)[0]
        seen = unlabelled[phrase] if strict else sum(types.values()) + unlabelled[phrase]
        if count >= min_count and count / seen >= min_share:
            lex[phrase] = etype
    return lex


def harmonise(sentences: list[Sentence], lexicon: dict[tuple[str, ...], str],
              max_len: int = 4) -> tuple[list[Sentence], int]:
    """Label O-runs that match ``lexicon`` (longest match first).

    Why: NERP's IND type covers companies, but it leaves government bodies
    and parties (KPK, DPR, Golkar, PKS) as O, while NER-UI, NERGrit and
    idner2k mark them ORG.  Training on both teaches the model to miss
    them everywhere; we follow the majority convention instead.
    """
    out: list[Sentence] = []
    changed = 0
    for tokens, labels in sentences:
        low = [t.lower() for t in tokens]
        labels = list(labels)
        i = 0
        while i < len(low):
            hit = 0
            for n in range(min(max_len, len(low) - i), 0, -1):
                etype = lexicon.get(tuple(low[i:i + n]))
                if etype and all(lab == "O" for lab in labels[i:i + n]):
                    labels[i:i + n] = ["B-" + etype] + ["I-" + etype] * (n - 1)
                    hit, changed = n, changed + 1
                    break
            i += hit or 1
        out.append((tokens, repair_bio(labels)))
    return out, changed


# -- augmentation ----------------------------------------------------------------

def augment_case(sentences: list[Sentence], seed: int, lower_frac: float, upper_frac: float) -> list[Sentence]:
    """Lower-/upper-cased copies of seeded random subsets of the sentences."""
    rng = random.Random(seed)
    extra: list[Sentence] = []
    for tokens, labels in sentences:
        draw = rng.random()
        if draw < lower_frac:
            extra.append(([t.lower() for t in tokens], labels))
        elif draw < lower_frac + upper_frac:
            extra.append(([t.upper() for t in tokens], labels))
    return extra


# -- gazetteer -------------------------------------------------------------------

_PAREN = re.compile(r"\s*\(.*?\)\s*")
_SPLIT = re.compile(r"\w+(?:[-'.]\w+)*\.?|[^\w\s]", re.UNICODE)


def gazetteer_tokens(phrase: str) -> tuple[str, ...]:
    """Tokenise a gazetteer entry roughly the way the corpora are tokenised."""
    phrase = _PAREN.sub(" ", phrase).strip()
    return tuple(t.lower() for t in _SPLIT.findall(phrase))


def common_words(sentences: list[Sentence], min_count: int) -> set[str]:
    """Words seen lower-case mid-sentence at least ``min_count`` times."""
    counts: Counter[str] = Counter()
    for tokens, _ in sentences:
        for tok in tokens[1:]:
            if tok.islower():
                counts[tok] += 1
    return {w for w, c in counts.items() if c >= min_count}


def build_gazetteer(gaz_dir: Path, common: set[str]) -> dict[tuple[str, ...], str]:
    """Filtered phrase -> type map from the MDEE lists.

    Dropped: phrases longer than MAX_GAZ_LEN tokens, one-word entries that
    are common lower-case words (they would fire on ordinary text), phrases
    made only of common words, and phrases listed under two types.
    """
    gaz: dict[tuple[str, ...], str] = {}
    clash: set[tuple[str, ...]] = set()
    for etype, fname in GAZ_FILES.items():
        # The MDEE files are Latin-1 (checked: invalid UTF-8 at 'Castán').
        text = (gaz_dir / fname).read_bytes().decode("latin-1")
        for line in text.splitlines():
            toks = gazetteer_tokens(line)
            if not toks or len(toks) > MAX_GAZ_LEN:
                continue
            if all(t in common or not any(ch.isalpha() for ch in t) for t in toks):
                continue
            if gaz.get(toks, etype) != etype:
                clash.add(toks)
            gaz[toks] = etype
    for toks in clash:
        del gaz[toks]
    return gaz


def casing_prior(sentences: list[Sentence], min_count: int = 2, min_share: float = 0.7) -> dict[str, str]:
    """Words usually written Title-case ('T') or ALL-CAPS ('U') mid-sentence.

    Learnt from the natively cased corpora only; shipped so the tagger can
    tell 'surya' (a name) from 'surat' (a letter) in a lower-cased line.
    """
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for tokens, _ in sentences:
        for tok in tokens[1:]:
            if any(ch.isalpha() for ch in tok):
                low = tok.lower()
                kind = "U" if tok.isupper() and len(tok) > 1 else "T" if tok[:1].isupper() else "l"
                forms[low][kind] += 1
    prior: dict[str, str] = {}
    for low, counts in forms.items():
        total = sum(counts.values())
        kind, count = counts.most_common(1)[0]
        if kind != "l" and total >= min_count and count / total >= min_share:
            prior[low] = kind
    return prior


def write_gz_lines(path: Path, lines: list[str]) -> None:
    """Write lines to a gzip file with mtime 0 so the bytes are reproducible."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write("".join(line + "\n" for line in lines).encode("utf-8"))
    path.write_bytes(buf.getvalue())


def write_gazetteer(path: Path, gaz: dict[tuple[str, ...], str]) -> None:
    """Sorted TYPE<TAB>phrase lines, gzip'd reproducibly."""
    write_gz_lines(path, [f"{etype}\t{' '.join(toks)}" for toks, etype in sorted(gaz.items())])


# -- CRF -------------------------------------------------------------------------

def train_crf(extractor: FeatureExtractor, sentences: list[Sentence], model_path: Path,
              params: dict[str, float | int | bool], verbose: bool) -> None:
    """Train CRFsuite on the sentences and write the model file."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=verbose)
    for tokens, labels in sentences:
        trainer.append(extractor.sentence(tokens), labels)
    trainer.set_params(params)
    trainer.train(str(model_path))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="linimasa.ner.train", description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=default_data_dir(), help="shared data dir")
    ap.add_argument("--out", type=Path, default=MODELS_DIR, help="where the model files go")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--c1", type=float, default=0.05, help="L1 weight (prunes features)")
    ap.add_argument("--c2", type=float, default=0.02, help="L2 weight")
    ap.add_argument("--max-iter", type=int, default=200)
    ap.add_argument("--lower-frac", type=float, default=0.3, help="share of cased sentences copied lower-case")
    ap.add_argument("--upper-frac", type=float, default=0.1, help="share of cased sentences copied upper-case")
    ap.add_argument("--harmonise", default="ORG",
                    help="types to relabel in NERP from the other corpora's conventions ('' = none)")
    ap.add_argument("--harmonise-min-count", type=int, default=3)
    ap.add_argument("--harmonise-loose", action="store_true",
                    help="ignore nested occurrences when measuring how reliably a phrase is an entity")
    ap.add_argument("--harmonise-min-share", type=float, default=0.8)
    ap.add_argument("--no-casing", action="store_true", help="train without the casing-prior feature")
    ap.add_argument("--no-gazetteer", action="store_true", help="train without gazetteer features")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N training sentences (smoke tests)")
    ap.add_argument("--quiet", action="store_true")
    return ap.parse_args(argv)


def collect_training(args: argparse.Namespace) -> tuple[list[Sentence], dict[str, int], list[Path], list[Sentence]]:
    """All training sentences after dedup, re-casing and augmentation,
    plus the natively cased ones on their own."""
    data: Path = args.data
    counts: dict[str, int] = {}
    inputs: list[Path] = []
    cased: list[Sentence] = []
    nerp: list[Sentence] = []
    for split in TRAIN_SPLITS:
        inputs.append(data / split.relpath)
        sents = read_split(data, split)
        counts[split.name] = len(sents)
        (nerp if split.lower_case else cased).extend(sents)
    truecase = build_truecaser(cased)
    nerp_path = next(data / s.relpath for s in TRAIN_SPLITS if s.lower_case)
    nerp_recased = read_nerp_recased(nerp_path, truecase)

    if args.harmonise:
        # One-word phrases that also occur as ordinary lower-case words
        # ('gigi' = teeth, also a band) are too risky to relabel.
        plain = common_words(cased, 2)
        lexicon = {k: v for k, v in span_lexicon(cased, args.harmonise_min_count, args.harmonise_min_share,
                                                         not args.harmonise_loose).items()
                   if v in args.harmonise.split(",") and not (len(k) == 1 and k[0] in plain)}
        nerp, n1 = harmonise(nerp, lexicon)
        nerp_recased, _ = harmonise(nerp_recased, lexicon)
        counts["nerp_spans_harmonised"] = n1

    eval_sets = list(load_eval_sets(data).values())
    inputs.extend(data / s.relpath for s in EVAL_SPLITS)  # they shape the dedup
    cased, d1 = dedup_against(cased, eval_sets)
    nerp, d2 = dedup_against(nerp, eval_sets)
    nerp_recased, _ = dedup_against(nerp_recased, eval_sets)
    counts["dropped_overlapping_eval"] = d1 + d2

    extra = augment_case(cased, args.seed, args.lower_frac, args.upper_frac)
    train = cased + nerp + nerp_recased + extra
    counts["augmented_case_copies"] = len(extra)
    if args.limit:
        train = train[: args.limit]
    counts["training_sentences"] = len(train)
    counts["training_tokens"] = sum(len(t) for t, _ in train)
    return train, counts, inputs, cased


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.data.exists():
        print(f"data dir {args.data} not found", file=sys.stderr)
        return 2
    t0 = time.time()
    args.out.mkdir(parents=True, exist_ok=True)
    train, counts, inputs, native_cased = collect_training(args)

    gaz_path = args.out / GAZETTEER_NAME
    gaz_dir = args.data / "mdee_gazetteer"
    if args.no_gazetteer:
        gaz_path.unlink(missing_ok=True)
    else:
        cased_only = [s for s in train if any(ch.isupper() for t in s[0] for ch in t)]
        write_gazetteer(gaz_path, build_gazetteer(gaz_dir, common_words(cased_only, 3)))
        inputs.extend(gaz_dir / f for f in GAZ_FILES.values())
    casing_path = args.out / CASING_NAME
    if args.no_casing:
        casing_path.unlink(missing_ok=True)
    else:
        prior = casing_prior(native_cased)
        write_gz_lines(casing_path, [f"{w}\t{k}" for w, k in sorted(prior.items())])
    extractor = FeatureExtractor(Lexicons.load(gaz_path, casing_path))
    model_path = args.out / MODEL_NAME
    params = {
        "c1": args.c1, "c2": args.c2, "max_iterations": args.max_iter,
        "feature.possible_transitions": True,
    }
    print(f"training on {counts['training_sentences']} sentences / {counts['training_tokens']} tokens")
    t1 = time.time()
    train_crf(extractor, train, model_path, params, verbose=not args.quiet)
    t2 = time.time()

    import pycrfsuite

    recipe = {
        "command": "python -m linimasa.ner.train " + " ".join(argv if argv is not None else sys.argv[1:]),
        "args": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items() if k not in ("data", "out")},
        "crfsuite_params": params,
        "counts": counts,
        "inputs": {str(p.relative_to(args.data)): sha256_file(p) for p in inputs},
        "inputs_note": "evaluation splits are read only to drop overlapping training sentences",
        "lexicons": {p.name: sha256_file(p) for p in sorted(LANG_DIR.glob("ner_*.txt"))},
        "outputs": {p.name: {"sha256": sha256_file(p), "bytes": p.stat().st_size}
                    for p in (model_path, gaz_path, casing_path) if p.exists()},
        "seconds": {"prepare": round(t1 - t0, 1), "train": round(t2 - t1, 1)},
        "versions": {"python": platform.python_version(), "python-crfsuite": pycrfsuite.__version__
                     if hasattr(pycrfsuite, "__version__") else "unknown"},
    }
    (args.out / RECIPE_NAME).write_text(json.dumps(recipe, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {model_path} ({model_path.stat().st_size / 1e6:.2f} MB) in {t2 - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
