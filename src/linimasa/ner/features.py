"""Token features for the Indonesian CRF named-entity tagger.

The feature set is the classic one for CRF NER (word, affixes, shape, a +-2
word window, bigrams) plus Indonesian lexicons (titles before names, words
heading organisation and place names) and a gazetteer matched on whole
phrases.  Notes on where the ideas come from:

* Shape, affix and window features: Ratinov & Roth 2009, "Design
  challenges and misconceptions in NER"; the suffixes double as cheap
  Indonesian morphology (me-/di-/ber- prefixes, -kan/-nya suffixes).
* Phrase gazetteer as B/I membership features: Ratinov & Roth 2009 again;
  the lists come from MDEE (Alfina et al. 2017), filtered at training time.
* Case-less mode: when a whole sentence is lower- or upper-case, case says
  nothing, so case features are replaced by a sentence-mode marker and the
  model falls back on lexical evidence (it is trained on lower/upper-cased
  copies for exactly this).

Speed matters (the issue asks >= 20k tokens/s on one core), so everything
that depends only on the token is computed once per distinct token and
cached, already prefixed for each window offset; a sentence is then mostly
list concatenation.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path

LANG_DIR = Path(__file__).resolve().parents[1] / "lang" / "id"

#: Window offsets that get a copy of a neighbour's features.
_OFFSETS = (-2, -1, 1, 2)
#: Cap on the per-token cache so a long-running process does not grow forever.
_CACHE_LIMIT = 300_000
#: Longest gazetteer phrase looked up (longer entries are dropped when shipping).
MAX_GAZ_LEN = 5

_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’«»–—…")


def read_wordlist(path: Path) -> frozenset[str]:
    """One lower-case entry a line; ``#`` starts a comment line."""
    words: set[str] = set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line.lower())
    return frozenset(words)


def read_gazetteer(path: Path) -> dict[tuple[str, ...], str]:
    """Read ``TYPE<TAB>phrase`` lines (gzip or plain) into phrase -> type."""
    opener = gzip.open if str(path).endswith(".gz") else open
    gaz: dict[tuple[str, ...], str] = {}
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            etype, _, phrase = line.rstrip("\n").partition("\t")
            if phrase:
                gaz[tuple(phrase.split(" "))] = etype
    return gaz


def read_casing(path: Path) -> dict[str, str]:
    """Read ``word<TAB>T|U`` lines (gzip): the word's usual written case."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return dict(line.rstrip("\n").split("\t", 1) for line in handle if "\t" in line)


@dataclass
class Lexicons:
    """Word lists the features consult; all entries lower-case."""

    titles: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()
    loc_words: frozenset[str] = frozenset()
    gazetteer: dict[tuple[str, ...], str] = field(default_factory=dict)
    casing: dict[str, str] = field(default_factory=dict)
    title_phrases: frozenset[tuple[str, ...]] = frozenset()

    @classmethod
    def load(cls, gazetteer_path: Path | None = None, casing_path: Path | None = None) -> "Lexicons":
        """Shipped word lists, plus gazetteer / casing files if given and present."""
        gaz = read_gazetteer(gazetteer_path) if gazetteer_path and Path(gazetteer_path).exists() else {}
        casing = read_casing(casing_path) if casing_path and Path(casing_path).exists() else {}
        return cls(
            titles=read_wordlist(LANG_DIR / "ner_titles.txt"),
            org_words=read_wordlist(LANG_DIR / "ner_org_words.txt"),
            loc_words=read_wordlist(LANG_DIR / "ner_loc_words.txt"),
            gazetteer=gaz,
            casing=casing,
            title_phrases=frozenset(tuple(p.split()) for p in read_wordlist(LANG_DIR / "ner_title_phrases.txt")),
        )


def word_shape(token: str, caseless: bool) -> str:
    """Collapsed shape: 'Jakarta' -> 'Xx', '1/12' -> 'd/d', 'Al-Qassam' -> 'Xx-Xx'.

    In case-less sentences letters all map to 'a' so an ALL-CAPS line does
    not look like a row of acronyms.
    """
    out: list[str] = []
    prev = ""
    for ch in token:
        if ch.isdigit():
            c = "d"
        elif ch.isalpha():
            c = "a" if caseless else ("X" if ch.isupper() else "x")
        else:
            c = ch
        if c != prev:
            out.append(c)
            prev = c
    return "".join(out)


def sentence_mode(tokens: list[str]) -> str:
    """'lower', 'upper' or 'cased': whether case carries information here."""
    has_upper = has_lower = False
    for tok in tokens:
        for ch in tok:
            if ch.isalpha():
                if ch.isupper():
                    has_upper = True
                else:
                    has_lower = True
        if has_upper and has_lower:
            return "cased"
    if has_upper and not has_lower:
        return "upper"
    return "lower"


class FeatureExtractor:
    """Turns a token list into CRFsuite feature strings, one list per token."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lex = lexicons
        self._gaz_first = {phrase[0] for phrase in lexicons.gazetteer}
        self._gaz_tokens = self._token_types(lexicons.gazetteer)
        self._title_ends = {p[-1] for p in lexicons.title_phrases}
        self._title_max = max((len(p) for p in lexicons.title_phrases), default=0)
        self._cache: dict[tuple[str, bool], tuple[list[str], ...]] = {}

    @staticmethod
    def _token_types(gaz: dict[tuple[str, ...], str], min_count: int = 2) -> dict[str, str]:
        """Word -> the gazetteer types whose entries contain it at least twice.

        Helps with unseen names written in lower case, where shape is no
        clue: 'siong' alone is no phrase, but it is a known name part.
        """
        counts: dict[str, dict[str, int]] = {}
        for phrase, etype in gaz.items():
            for tok in phrase:
                per = counts.setdefault(tok, {})
                per[etype] = per.get(etype, 0) + 1
        return {tok: "".join(sorted(t for t, c in per.items() if c >= min_count))
                for tok, per in counts.items() if max(per.values()) >= min_count}

    # -- per-token part (cached) -------------------------------------------
    def _token_feats(self, token: str, caseless: bool) -> tuple[list[str], ...]:
        key = (token, caseless)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        own, ctx = self._describe(token, caseless)
        entry = (own,) + tuple([f"{off}:{f}" for f in ctx] for off in _OFFSETS)
        self._cache[key] = entry
        return entry

    def _describe(self, token: str, caseless: bool) -> tuple[list[str], list[str]]:
        """Features of the token itself, and the subset shown to neighbours."""
        low = token.lower()
        shape = word_shape(token, caseless)
        own = ["b", "w=" + low, "sh=" + shape, "p2=" + low[:2], "p3=" + low[:3],
               "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:]]
        ctx = ["w=" + low, "sh=" + shape]
        if len(low) > 4:
            own.append("p4=" + low[:4])
        if not caseless:
            own.append("wc=" + token)  # exact case form: 'AS' (country) vs 'as'
            if token[:1].isupper():
                kind = "allcap" if token.isupper() and len(token) > 1 else "title"
                own.append(kind)
                ctx.append(kind)
        if any(ch.isdigit() for ch in token):
            own.append("digit")
        if all(ch in _PUNCT for ch in token):
            own.append("punct")
        if "-" in token and len(token) > 1:
            own.append("hyphen")
            head = low.split("-", 1)[0]
            own.append("hd=" + head)  # 'al-qassam' -> 'al', 'non-kader' -> 'non'
        if len(token) == 1:
            own.append("len1")
        usual_case = self.lex.casing.get(low)
        if usual_case:
            # How the word is normally written: the main clue left in a
            # lower-cased or ALL-CAPS line (a truecaser's prior, as a feature).
            own.append("tc=" + usual_case)
            ctx.append("tc=" + usual_case)
        gz_types = self._gaz_tokens.get(low)
        if gz_types:
            own.append("gzt=" + gz_types)
            ctx.append("gzt=" + gz_types)
        for name, words in (("T", self.lex.titles), ("OW", self.lex.org_words), ("LW", self.lex.loc_words)):
            if low in words:
                own.append("lex=" + name)
                ctx.append("lex=" + name)
        return own, ctx

    # -- sentence part ------------------------------------------------------
    def _gazetteer_marks(self, lows: list[str]) -> list[str | None]:
        """Longest-match gazetteer labels ('B-PER', 'I-LOC', ...) per token."""
        marks: list[str | None] = [None] * len(lows)
        gaz = self.lex.gazetteer
        if not gaz:
            return marks
        i, n = 0, len(lows)
        while i < n:
            matched = 0
            if lows[i] in self._gaz_first:
                for length in range(min(MAX_GAZ_LEN, n - i), 0, -1):
                    etype = gaz.get(tuple(lows[i:i + length]))
                    if etype is not None:
                        marks[i] = "B-" + etype
                        for j in range(i + 1, i + length):
                            marks[j] = "I-" + etype
                        matched = length
                        break
            i += matched or 1
        return marks

    def _after_title_phrase(self, lows: list[str], i: int) -> bool:
        """True when a multi-word office ('menteri luar negeri') ends at i-1."""
        if i < 2 or lows[i - 1] not in self._title_ends:
            return False
        return any(tuple(lows[i - n:i]) in self.lex.title_phrases for n in range(2, min(self._title_max, i) + 1))

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        """Feature lists for one tokenised sentence."""
        n = len(tokens)
        if n == 0:
            return []
        mode = sentence_mode(tokens)
        caseless = mode != "cased"
        per_tok = [self._token_feats(t, caseless) for t in tokens]
        lows = [t.lower() for t in tokens]
        gaz = self._gazetteer_marks(lows)
        feats: list[list[str]] = []
        for i in range(n):
            f = list(per_tok[i][0])
            if caseless:
                f.append("mode=" + mode)
            for k, off in enumerate(_OFFSETS, start=1):
                j = i + off
                if 0 <= j < n:
                    f.extend(per_tok[j][k])
                elif off in (-1, 1):
                    f.append("BOS" if off < 0 else "EOS")
            if i > 0:
                f.append("bg-=" + lows[i - 1] + "|" + lows[i])
            if i + 1 < n:
                f.append("bg+=" + lows[i] + "|" + lows[i + 1])
            if self._after_title_phrase(lows, i):
                f.append("after_tp")
            if i == 0 and not caseless and tokens[0][:1].isupper():
                f.append("first_title")  # sentence-initial capital is weak evidence
            g = gaz[i]
            if g is not None:
                f.append("gz=" + g)
            if i > 0 and gaz[i - 1] is not None:
                f.append("-1:gz=" + gaz[i - 1])
            if i + 1 < n and gaz[i + 1] is not None:
                f.append("+1:gz=" + gaz[i + 1])
            feats.append(f)
        return feats
