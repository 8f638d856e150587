"""Named entities (PER, ORG, LOC) with roles, aliases and canonical names.

``apply`` fills ``article.mentions`` (one per surface mention) and
``article.entities`` (one per real-world thing, in order of first mention).

How it works, in three passes over the sentence tokens:

1. Candidates. Capitalised token runs (name particles such as "bin", "al",
   "van" allowed inside) are proposed, minus function words, days, months and
   all-caps boilerplate. A title lexicon ("Perdana Menteri", "juru bicara",
   ranks) followed by an optional affiliation ("Qatar", "Gedung Putih") and
   a name gives a PER with a role ("Perdana Menteri Qatar"); the appositive
   ("Pemimpin Hamas, Ismail Haniyeh") and post-posed ("Ismail Haniyeh,
   pemimpin Hamas") orders are handled too. When the statistical tagger
   (``linimasa.ner``) is present and ``options.use_ner_model`` is on, its
   spans are merged in: they add type votes to rule candidates and propose
   the spans the rules missed, after the same junk filter.
2. Types. Each mention collects weighted votes: gazetteer and known-name
   lists win outright (a country is LOC whatever the model says), then
   titles, organisation cue words, given names, the model, and prepositions
   ("di/ke/dari" + name leans LOC).
3. Resolution. Mentions are grouped into entities through lexicon aliases
   ("AS" = "Amerika Serikat", "Jalur Gaza" = "Gaza"), acronyms defined in
   parentheses ("Amerika Serikat (AS)"), organisation names with the same
   words in another order, and surname/given-name mentions of a person named
   in full elsewhere in the article ("Haniyeh" = "Ismail Haniyeh"). The
   canonical name is the longest full form seen in the article (a gazetteer
   name when the article uses it); the type is the weighted vote of all
   mentions.

Notes:
    The candidate-plus-gazetteer design follows the classic rule-based NER
    of GATE/ANNIE (gazetteer lists, title and organisation-suffix cues) and
    the "trigger word" features of Indonesian NER work (Alfina et al. 2016,
    MDEE); surname coreference inside one document follows the
    "one sense per discourse" heuristic (Gale, Church & Yarowsky 1992).
    Lexicons live in ``lang/id/entity_*``; ``entity_places.json`` is built
    from CLDR by ``scripts/build_gazetteer.py``; ``entity_first_names.txt``
    and ``entity_common_words.txt`` are derived from public corpora by
    ``scripts/build_entity_lexicons.py``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .options import DEFAULT, Options
from .records import Article, Entity, Mention, Span
from .resources import json_resource, word_list, word_set
from .sentences import tokenize

NEEDS = ("sentences",)
ADDS = ("mentions", "entities")

PER, ORG, LOC = "PER", "ORG", "LOC"

# Lower-case particles allowed inside a name ("Mohammed bin Salman", "Izzat el Reshiq").
_PARTICLES = frozenset(
    {"bin", "binti", "bint", "al", "el", "van", "von", "de", "der", "den", "da", "dos", "du", "abu", "ibn", "ben", "ter", "del", "della", "la", "le"}
)
# Words that introduce a person right after a title phrase: "pejabat Hamas yang lain yaitu X".
_APPOSITION_LINKS = frozenset({"yaitu", "yakni", "bernama", "ialah"})
_APPOSITION_FILLERS = frozenset({"yang", "lain", "lainnya", "senior", "tersebut", ","})
_SPEECH_BEFORE = frozenset({"kata", "ujar", "tutur", "ucap", "jelas", "tegas", "imbuh", "tambah", "sebut", "menurut"})
_SPEECH_AFTER = frozenset({"mengatakan", "menyatakan", "berkata", "menegaskan", "menjelaskan", "mengungkapkan", "menambahkan", "menyebut", "menyebutkan", "bertemu"})
# "Kota Bandung" and "Bandung" are the same place.
_PLACE_PREFIXES = ("kota", "provinsi", "kabupaten", "jalur", "negara", "pulau", "ibu kota")
_DATELINE_MARKS = frozenset({"-", "–", "—", ":"})
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "-", "–", "—", "•", ":"})

# Vote weights: a lexicon entry decides; the rest only lean.
_W_KNOWN, _W_TITLE, _W_CUE, _W_NAME, _W_MODEL, _W_WEAK, _W_DEFAULT = 10.0, 5.0, 4.0, 3.0, 2.0, 1.5, 0.5

_ALL_CAPS = re.compile(r"^[A-Z0-9]+$")
_SPACES = re.compile(r"\s+")


@dataclass
class _Phrase:
    """A lexicon entry matched over tokens."""

    tokens: tuple[str, ...]  # lower-cased
    canonical: Optional[str]
    type: Optional[str]
    exact: Optional[tuple[str, ...]] = None  # case-sensitive surface for acronyms


@dataclass
class _Lexicon:
    phrases: dict[str, list[_Phrase]]  # first token (lower) -> entries, longest first
    titles: dict[str, list[tuple[str, ...]]]
    modifiers: frozenset[str]
    skip: frozenset[str]
    common: frozenset[str]
    first_names: frozenset[str]
    org_heads: dict[str, list[tuple[str, ...]]]
    org_tails: frozenset[str]
    org_before: frozenset[tuple[str, ...]]
    loc_before: frozenset[tuple[str, ...]]
    places: frozenset[str]  # lower-cased canonical place names
    generic_heads: frozenset[str]  # "Pemerintah Kanada" is Kanada


def _words(text: str) -> tuple[str, ...]:
    return tuple(token.text for token in tokenize(text))


def _index(entries: list[_Phrase]) -> dict[str, list[_Phrase]]:
    table: dict[str, list[_Phrase]] = defaultdict(list)
    for entry in entries:
        table[entry.tokens[0]].append(entry)
    for bucket in table.values():
        bucket.sort(key=lambda e: -len(e.tokens))
    return dict(table)


def _seq_index(sequences) -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for seq in sequences:
        if seq:
            table[seq[0]].append(seq)
    for bucket in table.values():
        bucket.sort(key=lambda s: -len(s))
    return dict(table)


@lru_cache(maxsize=None)
def _lexicon(language: str = "id") -> _Lexicon:
    entries: list[_Phrase] = []
    gazetteer = json_resource("entity_places.json", language=language)
    for name in gazetteer["places"]:
        entries.append(_Phrase(tuple(w.lower() for w in _words(name)), name, LOC))
    for alias, target in gazetteer["aliases"].items():
        entries.append(_Phrase(tuple(w.lower() for w in _words(alias)), target, LOC))
    known = json_resource("entity_known.json", language=language)
    for name in known["ORG"]:
        entries.append(_Phrase(tuple(w.lower() for w in _words(name)), known["ORG_aliases"].get(name, name), ORG))
    for alias, target in known["ORG_aliases"].items():
        entries.append(_Phrase(tuple(w.lower() for w in _words(alias)), target, ORG))
    for short, expansion in known["acronyms"].items():
        words = _words(short)
        if expansion is None:  # a capitalised abbreviation that is not an entity ("HAM")
            entries.append(_Phrase(tuple(w.lower() for w in words), None, None, exact=words))
            continue
        entries.append(_Phrase(tuple(w.lower() for w in words), expansion[0], expansion[1], exact=words))
        entries.append(_Phrase(tuple(w.lower() for w in _words(expansion[0])), expansion[0], expansion[1]))
    # Exact (acronym) entries must not shadow a longer case-insensitive one, so
    # keep the longest first and let the matcher check case per entry.
    cues = json_resource("entity_org_cues.json", language=language)
    lower_seq = lambda items: [tuple(w.lower() for w in _words(item)) for item in items]  # noqa: E731
    return _Lexicon(
        phrases=_index(entries),
        titles=_seq_index(lower_seq(word_list("entity_titles.txt", language=language))),
        modifiers=word_set("entity_role_modifiers.txt", language=language),
        skip=word_set("entity_skip_words.txt", language=language),
        common=word_set("entity_common_words.txt", language=language),
        first_names=word_set("entity_first_names.txt", language=language, lower=False),
        org_heads=_seq_index(lower_seq(cues["heads"])),
        org_tails=frozenset(t.lower() for t in cues["tails"]),
        org_before=frozenset(lower_seq(cues["before"])),
        loc_before=frozenset(lower_seq(cues["loc_before"])),
        places=frozenset(name.lower() for name in gazetteer["places"]),
        generic_heads=frozenset(w.lower() for w in cues["generic_heads"]),
    )


@dataclass
class _Tok:
    text: str
    span: Span
    sentence: int
    initial: bool  # first word of its sentence (after opening quotes)
    lower: str = ""
    cap: bool = False  # starts with an upper-case letter

    def __post_init__(self) -> None:
        self.lower = self.text.lower()
        self.cap = self.text[:1].isupper() and self.text[:1].isalpha()


@dataclass
class _Cand:
    start: int  # token indices into the flat token list, end exclusive
    end: int
    text: str
    span: Span
    votes: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    canonical: Optional[str] = None  # lexicon name
    known: bool = False
    role: Optional[str] = None
    links: list["_Cand"] = field(default_factory=list)
    alias_of: Optional["_Cand"] = None  # an acronym defined in parentheses

    def vote(self, kind: str, weight: float) -> None:
        self.votes[kind] += weight

    def best(self) -> str:
        return max(self.votes.items(), key=lambda kv: kv[1])[0] if self.votes else PER


class _Recogniser:
    """Candidate detection over one article's flat token list."""

    def __init__(self, tokens: list[_Tok], body: str, lexicon: _Lexicon) -> None:
        self.toks = tokens
        self.body = body
        self.lex = lexicon
        self.cands: list[_Cand] = []
        # Headline-case sentences ("Pasang RFID di Sini Saja") capitalise
        # common words: every word there is treated like a sentence start.
        words_by_sentence: dict[int, list[_Tok]] = defaultdict(list)
        for tok in tokens:
            # headline case keeps function words ("di", "dan") in lower case
            if tok.text[:1].isalpha() and (tok.cap or tok.lower not in lexicon.skip):
                words_by_sentence[tok.sentence].append(tok)
        for words in words_by_sentence.values():
            if len(words) >= 3 and sum(t.cap for t in words) >= 0.9 * len(words):
                for tok in words:
                    tok.initial = True
        # Words capitalised somewhere other than a sentence start are names
        # even when they also open a sentence ("Reshiq mengatakan ...").
        self.capitalised_inside = {t.lower for t in tokens if t.cap and not t.initial}

    # --- lexicon matching -------------------------------------------------

    def known_at(self, i: int, end: int | None = None) -> Optional[tuple[int, _Phrase]]:
        toks = self.toks
        if i >= len(toks) or not toks[i].cap and not toks[i].text[:1].isdigit():
            return None
        limit = len(toks) if end is None else end
        for entry in self.lex.phrases.get(toks[i].lower, ()):
            j = i + len(entry.tokens)
            if j > limit or any(toks[i + k].lower != entry.tokens[k] for k in range(1, len(entry.tokens))):
                continue
            if any(toks[k].sentence != toks[i].sentence for k in range(i, j)):
                continue
            if entry.exact is not None and tuple(t.text for t in toks[i:j]) != entry.exact:
                continue
            if j < len(toks) and toks[j].text[:1] in "-'’" and toks[j].span[0] == toks[j - 1].span[1]:
                continue
            return j, entry
        return None

    def title_at(self, i: int) -> Optional[int]:
        """End of the title phrase (title + modifiers) starting at token i."""
        toks = self.toks
        end = None
        for seq in self.lex.titles.get(toks[i].lower, ()):
            j = i + len(seq)
            if j <= len(toks) and all(toks[i + k].lower == seq[k] for k in range(len(seq))):
                end = j
                break
        if end is None:
            return None
        # "Menteri Luar Negeri", "kepala intelijen", "Menteri Hukum dan HAM"
        while end < len(toks) and toks[end].sentence == toks[i].sentence:
            word = toks[end].lower
            if word in self.lex.modifiers and self.known_at(end) is None and not (toks[end].cap and self.org_head_at(end)):
                end += 1
            elif word == "dan" and end + 1 < len(toks) and toks[end + 1].lower in self.lex.modifiers and toks[end + 1].cap:
                end += 2
            else:
                break
        return end

    def org_head_at(self, i: int) -> bool:
        toks = self.toks
        for seq in self.lex.org_heads.get(toks[i].lower, ()):
            if all(i + k < len(toks) and toks[i + k].lower == seq[k] for k in range(len(seq))):
                return True
        return False

    def cue_before(self, i: int, cues: frozenset[tuple[str, ...]]) -> bool:
        toks = self.toks
        for size in (1, 2, 3):
            if i - size < 0 or toks[i - size].sentence != toks[i].sentence:
                break
            if tuple(t.lower for t in toks[i - size : i]) in cues:
                return True
        return False

    # --- run detection ----------------------------------------------------

    def is_name_token(self, i: int) -> bool:
        tok = self.toks[i]
        if not tok.cap or tok.lower in self.lex.skip or tok.lower.endswith("-nya"):
            return False
        # all-caps words longer than an acronym are headline/boilerplate shouting
        if len(tok.text) > 5 and tok.text.isupper() and self.known_at(i) is None:
            return False
        return True

    def run_end(self, i: int) -> int:
        """End of the capitalised run starting at i (particles and broken names allowed)."""
        toks, n = self.toks, len(self.toks)
        j = i + 1
        while j < n:
            tok = toks[j]
            same = tok.sentence == toks[i].sentence
            if same and self.is_name_token(j):
                j += 1
                continue
            if same and tok.lower in _PARTICLES and not tok.cap and j + 1 < n and self.is_name_token(j + 1) and toks[j + 1].sentence == toks[i].sentence:
                j += 2
                continue
            # "Kementerian Energi dan Sumber Daya Mineral"
            if same and tok.lower == "dan" and j + 1 < n and self.is_name_token(j + 1) and self.org_head_at(i) and j - i >= 2:
                if self.known_at(j + 1) is None:
                    j += 2
                    continue
            # a name broken by scraping: "Mirjana. . Spoliaric"
            k = j
            while k < n and toks[k].text in {".", ".."}:
                k += 1
            if k - j >= 2 and k < n and self.is_name_token(k) and j == i + 1:
                if self.known_at(i) is None and self.known_at(k) is None and toks[k].lower not in self.lex.common:
                    j = k + 1
                    continue
            break
        return j

    def surface(self, i: int, j: int) -> str:
        """Text of tokens i..j with broken punctuation between name parts dropped."""
        words = [t.text for t in self.toks[i:j] if t.text not in {".", ".."}]
        text = " ".join(words)
        return self.body[self.toks[i].span[0] : self.toks[j - 1].span[1]] if len(words) == j - i and "\n" not in self.body[self.toks[i].span[0] : self.toks[j - 1].span[1]] else text

    def add(self, i: int, j: int) -> _Cand:
        text = self.surface(i, j)
        cand = _Cand(i, j, _SPACES.sub(" ", text), (self.toks[i].span[0], self.toks[j - 1].span[1]))
        self.cands.append(cand)
        return cand

    # --- typing -----------------------------------------------------------

    def type_votes(self, cand: _Cand) -> None:
        toks, lex = self.toks, self.lex
        i, j = cand.start, cand.end
        hit = self.known_at(i, j)
        if hit and hit[0] == j:
            entry = hit[1]
            cand.known = True
            cand.canonical = entry.canonical
            if entry.type:
                cand.vote(entry.type, _W_KNOWN)
            return
        words = [t for t in toks[i:j] if t.text not in {".", ".."}]
        if self.org_head_at(i) or words[-1].lower in lex.org_tails:
            cand.vote(ORG, _W_CUE)
        if self.cue_before(i, lex.org_before):
            cand.vote(ORG, _W_CUE)
        if words[0].text in lex.first_names and len(words) > 1:
            cand.vote(PER, _W_NAME)
        if len(words) > 1 and any(t.lower in _PARTICLES and not t.cap for t in words):
            cand.vote(PER, _W_WEAK)
        if i > 0 and toks[i - 1].lower in _SPEECH_BEFORE and toks[i - 1].sentence == toks[i].sentence:
            cand.vote(PER, _W_WEAK)
        if j < len(toks) and toks[j].lower in _SPEECH_AFTER:
            cand.vote(PER, _W_DEFAULT)
        if self.cue_before(i, lex.loc_before):
            cand.vote(LOC, _W_WEAK)
        if len(words) == 1 and _ALL_CAPS.match(words[0].text):
            cand.vote(ORG, _W_DEFAULT)
        elif len(words) > 1 and words[0].text not in lex.first_names and any(len(t.text) > 1 and _ALL_CAPS.match(t.text) for t in words):
            cand.vote(ORG, _W_WEAK)  # "PDI Perjuangan", "DPD Hanura": an acronym inside a name
        if hit is not None and hit[1].type == ORG:
            cand.vote(ORG, _W_NAME)  # "CNN Indonesia", "VIVA Jabar": an outlet's regional edition
        if hit is not None and hit[1].type == LOC and not self.org_head_at(i):
            # "Israel Selatan", "Gaza Utara": a known place plus a qualifier
            if all(self._common(t) for t in toks[hit[0] : j]):
                cand.vote(LOC, _W_NAME)
        # Unknown names are mostly people in news text (measured on the public
        # idner2k/NER-UI test sets: defaulting lone words to ORG costs 11 F1
        # points on political news for 1 point on business news).
        cand.vote(PER, _W_DEFAULT if len(words) > 1 else _W_DEFAULT / 2)

    # --- the scan ---------------------------------------------------------

    def person_run(self, p: int) -> Optional[int]:
        """End of a person-looking run at p, or None."""
        toks = self.toks
        if p >= len(toks) or not self.is_name_token(p):
            return None
        if self.known_at(p) is not None or self.title_at(p) is not None or self.org_head_at(p):
            return None
        end = self.run_end(p)
        for k in range(p + 1, end):
            # "... Korporat PT Pertamina": the name stops where an organisation starts
            if self.org_head_at(k) and toks[k].text[:1].isupper():
                end = k
                break
        if end - p == 1 and self._common(toks[p]) and toks[p].text not in self.lex.first_names:
            return None
        return end

    def role_text(self, i: int, j: int) -> str:
        return _SPACES.sub(" ", self.body[self.toks[i].span[0] : self.toks[j - 1].span[1]])

    def affiliation(self, j: int) -> tuple[int, list[_Cand], Optional[int]]:
        """Known organisations/places after a title: (end, candidates, person start inside)."""
        toks = self.toks
        found: list[_Cand] = []
        person_start = None
        while j < len(toks) and toks[j].sentence == toks[j - 1].sentence:
            hit = self.known_at(j)
            if hit is not None:
                if hit[1].type is None:
                    break
                cand = self.add(j, hit[0])
                self.type_votes(cand)
                found.append(cand)
                j = hit[0]
                continue
            if toks[j].cap and self.org_head_at(j):
                end = self.run_end(j)
                split = None
                for k in range(j + 1, end):
                    if toks[k].text in self.lex.first_names:
                        split = k
                        break
                if split is None and end - j >= 4 and not any(self._common(t) or t.lower in self.lex.org_tails for t in toks[end - 2 : end]):
                    # "Dewan Rakyat Meridia Tomas Halvorsen": two uncommon words closing a long run
                    split = end - 2
                if split is None:
                    # "Kementerian Luar Negeri Qatar Majed al-Ansari": the org ends at its country
                    for k in range(end - 1, j, -1):
                        hit = self.known_at(k, end)
                        if hit is not None and hit[1].type == LOC and hit[0] < end:
                            split = hit[0]
                            break
                org_end = split or end
                cand = self.add(j, org_end)
                self.type_votes(cand)
                cand.vote(ORG, _W_CUE)
                found.append(cand)
                j = org_end
                if split is not None:
                    person_start = split
                break
            break
        return j, found, person_start

    def scan(self) -> None:
        toks, n = self.toks, len(self.toks)
        i = 0
        while i < n:
            tok = toks[i]
            title_end = self.title_at(i)
            if title_end is not None and (tok.cap or tok.lower not in self.lex.skip):
                i = self.title_phrase(i, title_end)
                continue
            if not self.is_name_token(i) or self._in_domain(i):
                i += 1
                continue
            i = self.cap_run(i)

    def _in_domain(self, i: int) -> bool:
        """"SERAMBINEWS.COM", "Kompas.com": the part after a glued period."""
        toks = self.toks
        return i >= 2 and toks[i - 1].text == "." and toks[i - 1].span[0] == toks[i - 2].span[1] and toks[i].span[0] == toks[i - 1].span[1]

    def title_phrase(self, i: int, title_end: int) -> int:
        toks = self.toks
        k, found, person_start = self.affiliation(title_end)
        p = person_start
        if p is None and k < len(toks) and toks[k].sentence == toks[i].sentence:
            if toks[k].text == "," and found:
                p = k + 1  # appositive: "Pemimpin Hamas, Ismail Haniyeh"
            elif toks[k].cap:
                p = k
            else:
                # "pejabat Hamas yang lain yaitu Izzat el Reshiq"
                m = k
                while m < len(toks) and m - k < 4 and toks[m].lower in _APPOSITION_FILLERS:
                    m += 1
                if m < len(toks) and toks[m].lower in _APPOSITION_LINKS:
                    p = m + 1
        end = self.person_run(p) if p is not None else None
        role_end = found[-1].end if found else title_end
        if end is not None and (p == k or p == person_start or toks[p].sentence == toks[i].sentence):
            # A title with no affiliation right before a capitalised run such as
            # "Presiden Komisi Eropa" is an office, not a person.
            if not found and self.org_head_at(p):
                return p
            # "Perdana Menteri Valdoria Ahmad Faris": an unknown affiliation
            # before a known given name
            if end - p >= 3 and len(toks[p].text) > 1 and _ALL_CAPS.match(toks[p].text) and self.known_at(p, p + 1) is None:
                # "Menteri ESDM Jero Wacik": an acronym of the office's ministry
                unknown = self.add(p, p + 1)
                self.type_votes(unknown)
                found.append(unknown)
                role_end, p = p + 1, p + 1
            elif toks[p].text not in self.lex.first_names:
                for q in range(p + 1, min(end - 1, p + 4)):
                    if toks[q].text in self.lex.first_names:
                        unknown = self.add(p, q)
                        self.type_votes(unknown)
                        unknown.votes[PER] = 0.0
                        unknown.vote(LOC if q - p == 1 else ORG, _W_WEAK)
                        found.append(unknown)
                        role_end, p = q, q
                        break
            person = self.add(p, end)
            self.type_votes(person)
            person.vote(PER, _W_TITLE)
            person.role = self.role_text(i, role_end)
            person.links = [c for c in found]
            self.after_name(person)
            return end
        # No name follows: a post-posed role of the name just before ("X, pemimpin Hamas,")
        if found or title_end > i + 1 or not toks[i].cap:
            prev = self.cands[-len(found) - 1] if len(self.cands) > len(found) else None
            if prev is not None and prev.role is None and prev.end < i:
                between = [t.lower for t in toks[prev.end : i]]
                if between in ([","], ["selaku"], [",", "selaku"], ["sebagai"]):
                    if between != [","] or not prev.known:
                        prev.role = self.role_text(i, role_end)
                        prev.links = list(found)
                        if not prev.known:
                            prev.vote(PER, _W_TITLE if between == [","] else _W_WEAK)
        return max(role_end, title_end)

    def cap_run(self, i: int) -> int:
        toks, lex = self.toks, self.lex
        end = self.run_end(i)
        start = i
        # Sentence-initial common words are capitalised only because they start
        # the sentence ("Perang telah ...", "Kelompok Palestina ...").
        first = toks[start]
        if (
            first.initial
            and self.known_at(start) is None
            and self._common(first)
            and first.text not in lex.first_names
            and not self.org_head_at(start)
            and first.lower not in self.capitalised_inside
        ):
            start += 1
        # Leading common words before a known name mid-sentence ("gerakan Perlawanan Hamas").
        whole = self.known_at(start, end)
        while (whole is None or whole[0] != end) and start < end - 1 and self._common(toks[start]) and not self.org_head_at(start):
            hit = self.known_at(start + 1, end)
            if hit is not None and hit[0] == end:
                start += 1
            else:
                break
        if start > i and self.title_at(start) is not None:
            return start  # "Kata Presiden Kroasia ...": the title phrase is scanned next
        if end - start > 1 and toks[start].lower in lex.generic_heads:
            hit = self.known_at(start + 1, end)
            if hit is not None and hit[0] == end and hit[1].type == LOC:
                start += 1
        if start >= end:
            return end
        words = [t for t in toks[start:end] if t.text not in {".", ".."}]
        # A lone unknown word opening a sentence is usually a capitalised common
        # word ("Peperangan", "Pertanyaannya"); names recur inside sentences.
        if (
            len(words) == 1
            and toks[start].initial
            and toks[start].lower not in self.capitalised_inside
            and self.known_at(start) is None
            and toks[start].text not in lex.first_names
            and not _ALL_CAPS.match(toks[start].text)
        ):
            return end
        # single capitalised common word mid-sentence: headline style, not a name
        # (an organisation head word alone, "Dewan", "Kementerian", is not a name either)
        if len(words) == 1 and self._common(words[0]) and self.known_at(start) is None:
            return end
        # all-caps multi-word runs are boilerplate shouting ("PERTEMUAN PEMIMPIN NEGARA")
        if len(words) > 1 and all(t.text.isupper() for t in words) and sum(len(t.text) > 3 for t in words) >= 2:
            if self.known_at(start, end) is None:
                return end
        # A known name followed by a person's given name is two entities ("CIA Bill Burns").
        hit = self.known_at(start, end)
        if hit is not None and hit[0] < end and toks[hit[0]].text in lex.first_names and hit[1].type is not None:
            first_cand = self.add(start, hit[0])
            self.type_votes(first_cand)
            start = hit[0]
        elif hit is None and _ALL_CAPS.match(toks[start].text):
            # "DPP PDIP Hendrawan Supratikno": acronyms, then a person
            k = start
            while k < end and _ALL_CAPS.match(toks[k].text):
                k += 1
            if k < end - 1 and toks[k].text in lex.first_names:
                self.type_votes(self.add(start, k))
                start = k
                hit = self.known_at(start, end)
        if hit is not None and hit[0] == end and hit[1].type is None:
            return end
        # "Gaza Palestina": adjacent known names are separate mentions
        if hit is not None and hit[0] < end and hit[1].type is not None:
            pieces, k = [], start
            while k < end:
                part = self.known_at(k, end)
                if part is None or part[1].type is None:
                    break
                pieces.append((k, part[0]))
                k = part[0]
            if k == end:
                for a, b in pieces:
                    self.type_votes(self.add(a, b))
                return end
        # "AS-Hamas": a hyphenated pair of known names is two mentions
        if end - start == 1 and "-" in toks[start].text and self.known_at(start) is None:
            if self._split_hyphenated(start):
                return end
        cand = self.add(start, end)
        self.type_votes(cand)
        self.after_name(cand)
        return end

    def _common(self, tok: _Tok) -> bool:
        word = tok.lower
        if "-" in word:  # "Pernyataan-pernyataan": reduplication of a common word
            word = word.split("-", 1)[0]
        if word in self.lex.common or word in self.lex.skip:
            return True
        # "Targetnya", "Pertanyaannya": a common word with the clitic -nya
        return word.endswith("nya") and (word[:-3] in self.lex.common or word[:-3] + "n" in self.lex.common)

    def _split_hyphenated(self, i: int) -> bool:
        tok = self.toks[i]
        parts = tok.text.split("-")
        if len(parts) < 2 or len(set(p.lower() for p in parts)) < len(parts):
            return False
        offset = tok.span[0]
        pieces = []
        for part in parts:
            pieces.append((part, (offset, offset + len(part))))
            offset += len(part) + 1
        lex = self.lex
        known = []
        for part, _ in pieces:
            entry = next((e for e in lex.phrases.get(part.lower(), ()) if len(e.tokens) == 1 and (e.exact is None or e.exact == (part,))), None)
            if entry is None or entry.type is None:
                return False
            known.append(entry)
        for (part, span), entry in zip(pieces, known):
            cand = _Cand(i, i + 1, part, span, known=True, canonical=entry.canonical)
            cand.vote(entry.type, _W_KNOWN)
            self.cands.append(cand)
        return True

    def after_name(self, cand: _Cand) -> None:
        """Acronym defined right after a name: "Amerika Serikat (AS)"."""
        toks, j = self.toks, cand.end
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
            short = toks[j + 1]
            if short.cap and len(short.text) <= 8 and (short.text.isupper() or _initials_match(short.text, cand.text)):
                alias = _Cand(j + 1, j + 2, short.text, short.span, alias_of=cand)
                hit = self.known_at(j + 1, j + 2)
                if hit is not None and hit[1].type is not None:
                    alias.known, alias.canonical = True, hit[1].canonical
                self.cands.append(alias)


def _initials_match(short: str, full: str) -> bool:
    initials = "".join(w[0] for w in full.split() if w[:1].isupper())
    return short.upper() == initials.upper()


# --- the statistical tagger, optional -------------------------------------


def _model_spans(article: Article, tokens: list[_Tok], options: Options) -> list[tuple[int, int, str]]:
    """Spans from the NER model as flat token indices; empty without a model."""
    if not options.use_ner_model:
        return []
    try:
        from .ner import get_tagger
    except ImportError:
        return []
    tagger = get_tagger()
    if not getattr(tagger, "available", True):
        return []
    spans: list[tuple[int, int, str]] = []
    base = 0
    for sentence in article.sentences:
        words = [t.text for t in sentence.tokens]
        for start, end, kind in tagger.spans(words):
            if kind in (PER, ORG, LOC):
                spans.append((base + start, base + end, kind))
        base += len(words)
    return spans


def _merge_model(rec: _Recogniser, spans: list[tuple[int, int, str]]) -> None:
    covered: dict[int, _Cand] = {}
    for cand in rec.cands:
        for k in range(cand.start, cand.end):
            covered.setdefault(k, cand)
    for start, end, kind in spans:
        overlapping = {id(covered[k]): covered[k] for k in range(start, end) if k in covered}
        if overlapping:
            for cand in overlapping.values():
                if not cand.known:
                    cand.vote(kind, _W_MODEL)
            continue
        # a span the rules missed: same junk filter as the rules
        toks = rec.toks
        while start < end and not rec.is_name_token(start):
            start += 1
        if start >= end or any(not t.cap and t.lower not in _PARTICLES for t in toks[start:end]):
            continue
        if end - start == 1 and (rec._common(toks[start]) and toks[start].initial or toks[start].lower in rec.lex.skip):
            continue
        cand = rec.add(start, end)
        rec.type_votes(cand)
        cand.vote(kind, _W_MODEL)


# --- resolution -----------------------------------------------------------


@lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip().lower()


class _Groups:
    """Union-find over mention keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _resolve(cands: list[_Cand], lexicon: _Lexicon) -> tuple[list[Mention], list[Entity]]:
    groups = _Groups()
    key_of: dict[int, str] = {}
    for cand in cands:
        key = _norm(cand.canonical or cand.text)
        # "Kota Bandung" = "Bandung", "Jalur Rafah" = "Rafah"
        for prefix in _PLACE_PREFIXES:
            if key.startswith(prefix + " ") and key[len(prefix) + 1 :] in lexicon.places:
                key = key[len(prefix) + 1 :]
                cand.known, cand.canonical = True, cand.text.split(" ", len(prefix.split()))[-1]
                cand.vote(LOC, _W_KNOWN)
        key_of[id(cand)] = key
        groups.find(key)
        if cand.text and _norm(cand.text) != key:
            groups.union(key, _norm(cand.text))  # so later surname/acronym lookups find it
    for cand in cands:
        if cand.alias_of is not None:
            groups.union(key_of[id(cand.alias_of)], key_of[id(cand)])

    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for cand in cands:
        for kind, weight in cand.votes.items():
            votes[groups.find(key_of[id(cand)])][kind] += weight

    def group_type(root: str) -> str:
        tally = votes.get(root)
        return max(tally.items(), key=lambda kv: kv[1])[0] if tally else PER

    # Organisations written with the same words in another order
    # ("Komite Palang Merah Internasional" / "Komite Internasional Palang Merah").
    by_bag: dict[tuple[str, ...], str] = {}
    for key in list(groups.parent):
        if len(key.split()) > 2:
            bag = tuple(sorted(key.split()))
            if bag in by_bag:
                groups.union(by_bag[bag], key)
            else:
                by_bag[bag] = key

    # Surnames and given names of people named in full elsewhere in the article.
    full_names: dict[str, set[str]] = defaultdict(set)
    for cand in cands:
        words = _norm(cand.text).split()
        root = groups.find(key_of[id(cand)])
        if len(words) > 1 and not cand.known and group_type(root) == PER:
            for size in range(1, len(words)):
                full_names[" ".join(words[-size:])].add(root)
                if words[0] not in _PARTICLES:
                    full_names[" ".join(words[:size])].add(root)
    for cand in cands:
        if cand.known:
            continue
        key = key_of[id(cand)]
        targets = {groups.find(t) for t in full_names.get(key, ())} - {groups.find(key)}
        if len(targets) == 1:
            groups.union(targets.pop(), key)

    # Rebuild the votes after merging.
    members: dict[str, list[_Cand]] = defaultdict(list)
    for cand in cands:
        members[groups.find(key_of[id(cand)])].append(cand)

    entities: list[Entity] = []
    canonical_of: dict[str, str] = {}
    type_of: dict[str, str] = {}
    for root, group in members.items():
        tally: dict[str, float] = defaultdict(float)
        for cand in group:
            for kind, weight in cand.votes.items():
                tally[kind] += weight
        kind = max(tally.items(), key=lambda kv: kv[1])[0] if tally else PER
        surfaces = [c.text for c in group]
        lexical = [c.canonical for c in group if c.canonical]
        seen_lower = {_norm(s) for s in surfaces}
        name = None
        for candidate in lexical:
            if _norm(candidate) in seen_lower:
                name = candidate
                break
        if name is None:
            full = [s for s in surfaces if not _is_acronym_form(s) and not any(c.alias_of for c in group if c.text == s)]
            if full and (not lexical or max(len(s.split()) for s in full) > 1):
                name = max(full, key=lambda s: (len(s.split()), len(s)))
            elif lexical:
                name = lexical[0]
            else:
                name = max(surfaces, key=len)
        canonical_of[root] = name
        type_of[root] = kind

    for root, group in members.items():
        name = canonical_of[root]
        aliases: list[str] = []
        seen = {_norm(name)}
        for cand in sorted(group, key=lambda c: c.span):
            if _norm(cand.text) not in seen:
                seen.add(_norm(cand.text))
                aliases.append(cand.text)
        roles: list[str] = []
        linked: list[str] = []
        for cand in sorted(group, key=lambda c: c.span):
            if cand.role and cand.role not in roles:
                roles.append(cand.role)
            for link in cand.links:
                target = canonical_of.get(groups.find(key_of[id(link)]))
                if target and target != name and target not in linked:
                    linked.append(target)
        first = min(group, key=lambda c: c.span)
        entities.append(
            Entity(name=name, type=type_of[root], roles=roles, aliases=aliases, linked=linked, mentions=len(group), first_span=first.span)
        )
    entities.sort(key=lambda e: e.first_span or (0, 0))

    mentions = [
        Mention(
            text=c.text,
            span=c.span,
            type=type_of[groups.find(key_of[id(c)])],
            entity=canonical_of[groups.find(key_of[id(c)])],
            role=c.role,
        )
        for c in sorted(cands, key=lambda c: c.span)
    ]
    return mentions, entities


def _is_acronym_form(text: str) -> bool:
    return bool(_ALL_CAPS.match(text.replace(" ", ""))) and len(text) <= 8


# --- entry point ----------------------------------------------------------


def _flat_tokens(article: Article) -> list[_Tok]:
    tokens: list[_Tok] = []
    for index, sentence in enumerate(article.sentences):
        initial = True
        for token in sentence.tokens:
            tok = _Tok(token.text, token.span, index, initial)
            tokens.append(tok)
            # a word after a dateline dash or colon starts a sentence too:
            # "JAKARTA, KOMPAS.com - Pemasangan ...", "Paris: Pembicaraan ..."
            initial = token.text in _OPENERS and (initial or token.text in _DATELINE_MARKS)
    return tokens


def apply(article: Article, *, options: Options = DEFAULT) -> Article:
    lexicon = _lexicon(options.language)
    tokens = _flat_tokens(article)
    recogniser = _Recogniser(tokens, article.body, lexicon)
    recogniser.scan()
    spans = _model_spans(article, tokens, options)
    if spans:
        _merge_model(recogniser, spans)
    cands = [c for c in recogniser.cands if c.text]
    article.mentions, article.entities = _resolve(cands, lexicon)
    return article
