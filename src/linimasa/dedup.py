"""Duplicates and copies across a corpus, and content-farm signals per article.

``find_duplicates(articles)`` groups articles that are the same story text:

* ``exact``: the same body once case, punctuation and spacing are folded;
* ``near``: syndicated or lightly edited copies (other boilerplate, a
  paragraph added or cut), found with MinHash over word 5-shingles and
  locality-sensitive hashing, then checked with the estimated Jaccard;
* ``translated``: copies machine-translated from one original, whose words
  differ but whose names and numbers come in the same order; found the same
  way over shingles of those "anchor" tokens only.

Each group keeps one representative (the earliest stated publication date,
or the most complete body when a copy is much longer) and lists every member,
so a timeline can cite all copies as sources while counting the text once.

``content_farm_signals(article)`` records what marks a scraped content-farm
page (a fake author bio, a spliced list of unrelated headlines, no date or
outlet, machine-translation artefacts); ``mark_signals`` stores them in
``Article.signals``.

Notes:
    Shingling and MinHash for near-duplicate documents follow Broder (1997)
    "On the resemblance and containment of documents"; the LSH banding is
    datasketch's ``MinHashLSH`` (Leskovec, Rajaraman & Ullman, Mining of
    Massive Datasets ch. 3). Matching translations by the order of names and
    numbers is the idea behind "anchor" alignment in cross-language
    plagiarism detection (Potthast et al. 2011), reduced to shingles.
    Candidate pairs come from LSH buckets only, never all pairs.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from datasketch import MinHash, MinHashLSH

from .records import Article
from .resources import word_set

#: Word shingle size for near-duplicates (Broder used 4 to 10 words).
SHINGLE_WORDS = 5
#: Anchor shingle size (names and numbers in order) for translated copies.
ANCHOR_SHINGLE = 3
NUM_PERM = 128

_WORD = re.compile(r"\w+", re.UNICODE)
# Numbers with thousands separators in either convention: "12.418", "12,418".
# ". ." and "..." glued to words: what machine translation leaves in scraped copies.
_MT_ARTEFACT = re.compile(r"\w\s?\.\s\.\s|\s,\s?,|\(\s*\)|\b(?:More Stories|Read more|Related:)")

_ANCHOR = re.compile(r"\d{1,3}(?:[.,]\d{3})+|\d+|[A-Z][\w'’-]*")

_TEMPLATE = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32)


@dataclass
class DuplicateGroup:
    """Articles that are copies of one text; ``members`` includes the representative."""

    id: str
    representative: str
    members: list[str]
    kind: str  # exact, near, translated
    similarity: float  # lowest estimated Jaccard between a member and the representative (1.0 for exact)
    reasons: dict[str, str] = field(default_factory=dict)  # member id -> how it was matched


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def body_fingerprint(text: str) -> str:
    """Hash of the body with case, punctuation and spacing folded: equal for exact copies."""
    return hashlib.sha1(" ".join(_words(text)).encode("utf-8", "surrogatepass")).hexdigest()


def _minhash(items: Iterable[bytes]) -> MinHash:
    sketch = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme)
    sketch.update_batch(list(items))
    return sketch


def word_shingles(text: str, size: int = SHINGLE_WORDS, *, words: Optional[list[str]] = None) -> set[bytes]:
    words = _words(text) if words is None else words
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def anchor_tokens(text: str) -> list[str]:
    """Numbers (separators dropped) and capitalised words, in text order.

    Both survive translation between Indonesian and English mostly unchanged
    ("Tarvania", "Velmora", "12.418" / "12,418"); sentence-initial capitals and
    common function words are dropped because translation moves them.
    """
    stop = _stop_words()
    tokens: list[str] = []
    for match in _ANCHOR.finditer(text):
        token = match.group()
        if token[0].isdigit():
            digits = token.replace(".", "").replace(",", "")
            if len(digits) >= 2:  # single digits are too common to anchor anything
                tokens.append(digits)
            continue
        before = text[max(0, match.start() - 2):match.start()]
        if not before.strip() or before.rstrip()[-1:] in ".!?\"“”:":
            continue  # sentence start: capitalised by position, not by being a name
        if token.lower() in stop:
            continue
        tokens.append(token.lower())
    return tokens


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return word_set("clean_function_words.txt")


def _shingle_list(tokens: Sequence[str], size: int) -> set[bytes]:
    if len(tokens) < size:
        return set()
    return {"\x1f".join(tokens[i:i + size]).encode() for i in range(len(tokens) - size + 1)}


def _completeness(article: Article) -> int:
    return len(article.body) + 40 * (len(article.events) + len(article.figures) + len(article.quotes))


def choose_representative(articles: Sequence[Article]) -> Article:
    """The earliest article with a stated date; a much more complete copy wins over it.

    Inferred dates do not count as stated. When another copy is at least a
    third longer (the earliest one was truncated, or is a teaser), the more
    complete copy represents the group instead.
    """
    def stated(article: Article) -> Optional[str]:
        return article.published if article.published and article.published_source != "inferred" else None

    dated = sorted((a for a in articles if stated(a)), key=lambda a: (stated(a), -_completeness(a), a.id))
    by_size = sorted(articles, key=lambda a: (-_completeness(a), a.id))
    if not dated:
        return by_size[0]
    earliest = dated[0]
    if len(by_size[0].body) > 1.33 * len(earliest.body) and stated(by_size[0]):
        return by_size[0]
    return earliest


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        parent = self.parent.setdefault(item, item)
        while parent != self.parent[parent]:
            self.parent[parent] = self.parent[self.parent[parent]]
            parent = self.parent[parent]
        self.parent[item] = parent
        return parent

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_duplicates(
    articles: Sequence[Article],
    *,
    near_threshold: float = 0.5,
    translated_threshold: float = 0.45,
    min_anchor_tokens: int = 12,
) -> list[DuplicateGroup]:
    """Groups of two or more copies, each with its representative; singletons are left out.

    ``near_threshold`` is the word-shingle Jaccard above which two bodies are
    copies; ``translated_threshold`` the anchor-shingle Jaccard for
    translations (only for bodies with at least ``min_anchor_tokens`` names
    and numbers, so short texts never match on "Hamas ... Israel" alone).
    """
    by_id = {a.id: a for a in articles}
    union = _UnionFind()
    how: dict[tuple[str, str], tuple[str, float]] = {}

    # Exact copies first: one hash each.
    seen: dict[str, str] = {}
    words_of: dict[str, list[str]] = {}
    for article in articles:
        words = _words(article.body)
        digest = hashlib.sha1(" ".join(words).encode("utf-8", "surrogatepass")).hexdigest()
        if digest in seen:
            union.union(seen[digest], article.id)
            how[(seen[digest], article.id)] = ("exact", 1.0)
        else:
            seen[digest] = article.id
            words_of[article.id] = words

    # Near copies: LSH over word shingles of one article per exact group.
    word_sketches: dict[str, MinHash] = {}
    lsh = MinHashLSH(threshold=near_threshold, num_perm=NUM_PERM)
    for article_id in seen.values():
        shingles = word_shingles("", words=words_of.pop(article_id))
        if not shingles:
            continue
        sketch = _minhash(shingles)
        for other in sorted(lsh.query(sketch)):  # sorted: the same links and reasons on every run
            similarity = sketch.jaccard(word_sketches[other])
            if similarity >= near_threshold:
                union.union(other, article_id)
                how[(other, article_id)] = ("near", similarity)
        lsh.insert(article_id, sketch)
        word_sketches[article_id] = sketch

    # Translated copies: LSH over shingles of names and numbers in order. The
    # LSH threshold is set lower than the decision so that borderline pairs
    # become candidates; the exact Jaccard of the (small) anchor sets decides.
    anchor_lsh = MinHashLSH(threshold=max(0.2, translated_threshold - 0.2), num_perm=NUM_PERM)
    anchor_sets: dict[str, set[bytes]] = {}
    for article_id in seen.values():
        tokens = anchor_tokens(by_id[article_id].body)
        if len(tokens) < min_anchor_tokens:
            continue
        shingles = _shingle_list(tokens, ANCHOR_SHINGLE)
        sketch = _minhash(shingles)
        for other in sorted(anchor_lsh.query(sketch)):
            other_shingles = anchor_sets[other]
            similarity = len(shingles & other_shingles) / (len(shingles | other_shingles) or 1)
            if similarity >= translated_threshold and union.find(other) != union.find(article_id):
                word_similarity = word_sketches[article_id].jaccard(word_sketches[other]) if (
                    article_id in word_sketches and other in word_sketches) else 0.0
                union.union(other, article_id)
                how[(other, article_id)] = ("near" if word_similarity >= near_threshold else "translated", similarity)
        anchor_lsh.insert(article_id, sketch)
        anchor_sets[article_id] = shingles
    _release(lsh)
    _release(anchor_lsh)

    members: dict[str, list[str]] = {}
    for article in articles:
        members.setdefault(union.find(article.id), []).append(article.id)
    link_kinds: dict[str, list[tuple[str, float]]] = {}
    reasons: dict[str, dict[str, str]] = {}
    for (a, b), (kind, similarity) in how.items():
        root = union.find(a)
        link_kinds.setdefault(root, []).append((kind, similarity))
        reasons.setdefault(root, {})[b] = f"{kind} copy of {a} (similarity {similarity:.2f})"

    groups: list[DuplicateGroup] = []
    for root, ids in members.items():
        if len(ids) < 2:
            continue
        representative = choose_representative([by_id[i] for i in ids])
        links = link_kinds.get(root, [("exact", 1.0)])
        kinds = {kind for kind, _ in links}
        kind = "translated" if "translated" in kinds else "near" if "near" in kinds else "exact"
        ordered = sorted(ids, key=lambda i: (i != representative.id, by_id[i].published or "9999", i))
        groups.append(
            DuplicateGroup(
                id=f"dup-{representative.id}",
                representative=representative.id,
                members=ordered,
                kind=kind,
                similarity=round(min(s for _, s in links), 3),
                reasons=reasons.get(root, {}),
            )
        )
    groups.sort(key=lambda g: g.id)
    return groups


def _release(index: MinHashLSH) -> None:
    """Free an LSH index's tables now.

    datasketch's ``MinHashLSH`` keeps a bound method of itself, a reference
    cycle, so its tables (hundreds of MiB for 10,000 articles) would wait for
    the cyclic garbage collector, which ``timeline.build_timeline`` pauses.
    """
    vars(index).clear()


def representative_map(articles: Sequence[Article], groups: Sequence[DuplicateGroup]) -> dict[str, str]:
    """Article id -> the id of the article that represents it (itself when unique)."""
    mapping = {a.id: a.id for a in articles}
    for group in groups:
        for member in group.members:
            mapping[member] = group.representative
    return mapping


# --------------------------------------------------------------------------- content-farm signals

def content_farm_signals(article: Article) -> dict[str, object]:
    """Per-article signs of a scraped or content-farm copy, and a 0..1 score.

    ``fake_bio``: author-bio lines the cleaner removed (a string of
    adjectives posing as a byline); ``unrelated_list_items``: lines of a
    related-stories list that share no name or content word with the body
    (a list spliced in from elsewhere); ``mt_artefacts``: punctuation debris
    of machine translation; ``no_date`` and ``no_outlet``.
    """
    removed_reasons = [r.reason for r in article.removed]
    fake_bio = sum(1 for reason in removed_reasons if reason == "author-bio")
    body_words: Optional[set[str]] = None
    unrelated = 0
    for removed in article.removed:
        if removed.reason not in ("related-list", "related", "teaser"):
            continue
        if body_words is None:  # tokenise the body only for pages that have such lists
            body_words = {w for w in _words(article.body) if len(w) > 3} - _stop_words()
        item_words = {w for w in _words(removed.text) if len(w) > 3} - _stop_words()
        if item_words and len(item_words & body_words) <= len(item_words) // 10:
            unrelated += 1
    artefacts = len(_MT_ARTEFACT.findall(article.body))
    no_date = not article.published or article.published_source == "inferred"
    no_outlet = not article.outlet
    score = min(1.0, 0.35 * bool(fake_bio) + 0.25 * min(unrelated, 3) / 3 + 0.1 * min(artefacts, 3) / 3
                + 0.15 * no_date + 0.15 * no_outlet)
    return {
        "fake_bio": fake_bio,
        "unrelated_list_items": unrelated,
        "mt_artefacts": artefacts,
        "no_date": no_date,
        "no_outlet": no_outlet,
        "content_farm_score": round(score, 2),
    }


def mark_signals(articles: Iterable[Article]) -> None:
    """Store ``content_farm_signals`` under ``article.signals["content_farm"]`` (in place)."""
    for article in articles:
        article.signals["content_farm"] = content_farm_signals(article)


__all__ = [
    "DuplicateGroup", "find_duplicates", "representative_map", "choose_representative", "body_fingerprint",
    "word_shingles", "anchor_tokens", "content_farm_signals", "mark_signals",
]
