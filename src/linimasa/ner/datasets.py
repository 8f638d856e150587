"""Readers for the Indonesian NER corpora under ``../shared/data``.

Every corpus is mapped to one label scheme: BIO with the types PER, ORG and
LOC.  The readers never look at a split other than the one asked for, so the
training code can state exactly which files went into a model.

Formats (checked by hand against the files, see docs/ner.md):

* NERGrit, NERP, NER-UI: ``token<TAB>label``, one token a line, blank line
  between sentences, BIO tags.
* idner2k: ``token POS label`` separated by single spaces, BIO tags.

Label maps follow the issue text: NERP PPL->PER, PLC->LOC, IND->ORG and
EVT/FNB->O; NERGrit PERSON/PLACE/ORGANISATION; NER-UI
PERSON/LOCATION/ORGANIZATION.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

Sentence = tuple[list[str], list[str]]

#: Raw entity type -> project type; a type missing here becomes O.
TYPE_MAP: dict[str, str] = {
    "PER": "PER", "PERSON": "PER", "PPL": "PER",
    "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "IND": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC", "PLC": "LOC",
}


@dataclass(frozen=True)
class Split:
    """One file of one corpus, with how to read it."""

    corpus: str
    split: str
    relpath: str
    lower_case: bool = False  # the whole corpus is lower-cased (NERP)

    @property
    def name(self) -> str:
        return f"{self.corpus}/{self.split}"


# Training material.  NER-UGM is left out on purpose: it shares 1,284
# sentences with idner2k (shared/data/README.md).  nerui/nergithub.txt is
# the union of all folds and so contains the fold-1 test: never used.
TRAIN_SPLITS: tuple[Split, ...] = (
    Split("nergrit", "train", "nergrit/train_preprocess.txt"),
    Split("nerp", "train", "nerp/train_preprocess.txt", lower_case=True),
    Split("nerui", "train.01", "nerui/train.01.tsv"),
    Split("nerui", "dev.01", "nerui/dev.01.tsv"),
    Split("idner2k", "train", "idner2k/train.txt"),
    Split("idner2k", "dev", "idner2k/dev.txt"),
)

# The splits we report on; training sentences equal to any of them are
# dropped (see :func:`dedup_against`).
EVAL_SPLITS: tuple[Split, ...] = (
    Split("nerui", "test.01", "nerui/test.01.tsv"),
    Split("idner2k", "test", "idner2k/test.txt"),
    Split("nergrit", "valid", "nergrit/valid_preprocess.txt"),
    Split("nerp", "valid", "nerp/valid_preprocess.txt", lower_case=True),
)


def default_data_dir() -> Path:
    """``../shared/data`` next to the repository root (src/linimasa/ner/..)."""
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, for the training recipe."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def map_label(raw: str) -> str:
    """Map one raw BIO/BILOU label to B-/I-PER|ORG|LOC or O."""
    if raw in ("O", "") or "-" not in raw:
        return "O"
    prefix, _, etype = raw.partition("-")
    mapped = TYPE_MAP.get(etype.upper())
    if mapped is None:
        return "O"
    # BILOU/BIOES prefixes fold onto BIO: U/S start a span, L/E continue it.
    prefix = {"U": "B", "S": "B", "L": "I", "E": "I"}.get(prefix.upper(), prefix.upper())
    return f"{prefix}-{mapped}"


def repair_bio(labels: list[str]) -> list[str]:
    """Turn an I-X that does not continue an X span into B-X (conlleval rule)."""
    fixed: list[str] = []
    prev = "O"
    for lab in labels:
        if lab.startswith("I-") and prev[2:] != lab[2:]:
            lab = "B-" + lab[2:]
        fixed.append(lab)
        prev = lab
    return fixed


def read_conll(path: Path, mapper: Callable[[str], str] = map_label) -> list[Sentence]:
    """Read a one-token-a-line file: first column token, last column label.

    Columns may be split by tabs or spaces; a blank line ends a sentence.
    ``mapper`` turns a raw label into ours (identity keeps the raw types).
    """
    sentences: list[Sentence] = []
    tokens: list[str] = []
    labels: list[str] = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip():
                if tokens:
                    sentences.append((tokens, repair_bio(labels)))
                    tokens, labels = [], []
                continue
            cols = line.split("\t") if "\t" in line else line.split(" ")
            tokens.append(cols[0])
            labels.append(mapper(cols[-1].strip()) if len(cols) > 1 else "O")
    if tokens:
        sentences.append((tokens, repair_bio(labels)))
    return sentences


def read_split(data_dir: Path, split: Split) -> list[Sentence]:
    """Read one split of a corpus from ``data_dir``."""
    return read_conll(Path(data_dir) / split.relpath)


def sentence_key(tokens: list[str]) -> str:
    """Key that ignores case and punctuation tokens.

    Case-insensitive so lower-cased NERP copies also match, and blind to
    punctuation so a sentence re-tokenised around quotes still counts as
    the same sentence.
    """
    words = [t.lower() for t in tokens if any(ch.isalnum() for ch in t)]
    return " ".join(words)


def dedup_against(train: list[Sentence], held_out: list[list[Sentence]]) -> tuple[list[Sentence], int]:
    """Drop training sentences whose text equals any held-out sentence."""
    banned = {sentence_key(toks) for sents in held_out for toks, _ in sents}
    banned.discard("")  # punctuation-only lines are not evidence of overlap
    kept = [s for s in train if sentence_key(s[0]) not in banned]
    return kept, len(train) - len(kept)


def load_eval_sets(data_dir: Path) -> dict[str, list[Sentence]]:
    """All reported evaluation splits that exist under ``data_dir``."""
    out: dict[str, list[Sentence]] = {}
    for split in EVAL_SPLITS:
        if (Path(data_dir) / split.relpath).exists():
            out[split.name] = read_split(data_dir, split)
    return out


def spans_from_bio(labels: list[str]) -> list[tuple[int, int, str]]:
    """Spans (start, end exclusive, type) from BIO labels, conlleval style."""
    spans: list[tuple[int, int, str]] = []
    start, etype = -1, ""
    for i, lab in enumerate(list(labels) + ["O"]):
        continues = lab.startswith("I-") and lab[2:] == etype and start >= 0
        if continues:
            continue
        if start >= 0:
            spans.append((start, i, etype))
            start, etype = -1, ""
        if lab != "O" and i < len(labels):
            start, etype = i, lab[2:]
    return spans
