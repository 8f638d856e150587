"""Named entities (PER, ORG, LOC) with roles, aliases and canonical names.

``apply`` fills ``article.mentions`` (one per surface mention) and
``article.entities`` (one per real-world thing, in order of first mention).

How it works, in three passes over the sentence tokens:

1. Candidates. Capitalised token runs (name particles such as "bin", "al",
   "van" allowed inside) are proposed, minus function words, days, months and
   all-caps boilerplate. A title lexicon ("Perdana Menteri", "juru bicara",
   ranks) followed by an optional affiliation ("Qatar", "Gedung Putih") and
   a name gives a PER with a role ("Perdana Menteri Qatar"); the appositive
   ("Ketua Partai Surya, Rudi Hartono") and post-posed ("Rudi Hartono,
   ketua Partai Surya") orders are handled too. When the statistical tagger
   (``linimasa.ner``) is present and ``options.use_ner_model`` is on, its
   spans are merged in: they add type votes to rule candidates and propose
   the spans the rules missed, after the same junk filter.
   Regional news adds its own shapes: the lead prefix ("KOTA, Warta.com -",
   read by ``metadata.lead_prefix``) gives a dateline place and hides the
   outlet; web addresses are never names; places the article names with an
   administrative prefix ("Kabupaten Sumber Jaya") become local places that
   split "Kepala BPBD Sumber Jaya Rudi Hartono" into body and person;
   regional bodies take their place ("Polres X", "Badan ... (BPBD) X"),
   national bodies their country ("Kementerian Luar Negeri RI"), known
   places their qualifiers ("... Tenggara Raya"); territorial offices
   ("Bupati X, Nama") make their affiliation a place; common-noun acronyms
   ("TPS", "WIB") are never names. A run between a title and ", <name>"
   is the holder's body or country even when no lexicon knows it
   ("Menteri Luar Negeri Zembia, Tomas Ravel"); a word the article also uses
   alone splits "Presiden Zembia Tomas Ravel", and so does a word the
   article puts after a country cue ("warga Zembia", "di pihak Zembia",
   "Kementerian Kesehatan Zembia"), or one that opens a sentence alone when
   the family name is used alone too ("Zembia menuduh", "Ravel mengatakan");
   "Wali Kota X" is an office, not the place "Kota X"; honorifics ("Hj",
   "dr.") stay out of names, also after an acronym ("LPB Dr. Rina Wati")
   and after the comma of an appositive; office fields ("Deputi Bidang
   Neraca") stay out of names. An acronym the article defines itself
   ("Pajak Lahan dan Rumah (PLR)") overrides the lexicon's reading, and
   names made only of common words under a tax/law head
   (``entity_plain_heads.txt``) are no entities, nor their acronyms.
2. Types. Each mention collects weighted votes: gazetteer and known-name
   lists win outright (a country is LOC whatever the model says), then
   titles, organisation cue words, given names, the model, and prepositions
   ("di/ke/dari" + name leans LOC) or country contexts ("warga X", "militer
   X", "Indonesia dan X" lean LOC; a brand capital inside a word, ORG).
3. Resolution. Mentions are grouped into entities through lexicon aliases
   ("AS" = "Amerika Serikat", "Jalur Gaza" = "Gaza"), acronyms defined in
   parentheses ("Amerika Serikat (AS)"), organisation names with the same
   words in another order, and surname/given-name mentions of a person named
   in full elsewhere in the article ("Hartono" = "Rudi Hartono"), and places
   with and without their unit or landform word ("Gunung X" = "X"). The
   canonical name is the longest full form seen in the article (a gazetteer
   name when the article uses it); the type is the weighted vote of all
   mentions.

Notes:
    The candidate-plus-gazetteer design follows the classic rule-based NER
    of GATE/ANNIE (gazetteer lists, title and organisation-suffix cues) and
    the "trigger word" features of Indonesian NER work (Alfina et al. 2016,
    MDEE); surname coreference inside one document follows the
    "one sense per discourse" heuristic (Gale, Church & Yarowsky 1992).
    Place and regional-body cues (``entity_place_cues.json``) follow the
    naming of Indonesian administrative units (UU 23/2014); common-noun
    acronyms are listed in ``entity_common_acronyms.txt``.
    Lexicons live in ``lang/id/entity_*``; ``entity_places.json`` is built
    from CLDR by ``scripts/build_gazetteer.py``; ``entity_first_names.txt``
    and ``entity_common_words.txt`` are derived from public corpora by
    ``scripts/build_entity_lexicons.py``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Optional

from .metadata import lead_prefix
from .options import DEFAULT, Options
from .records import Article, Entity, Mention, Span
from .resources import json_resource, word_list, word_set
from .sentences import tokenize

NEEDS = ("sentences",)
ADDS = ("mentions", "entities")

PER, ORG, LOC = "PER", "ORG", "LOC"

# Lower-case particles allowed inside a name ("Arkan bin Sulaiman", "Tarek el Mansur").
_PARTICLES = frozenset(
    {"bin", "binti", "bint", "al", "el", "van", "von", "de", "der", "den", "da", "dos", "du", "abu", "ibn", "ben", "ter", "del", "della", "la", "le"}
)
# "Deputi Bidang Statistik Sosial", "Asisten Urusan Hukum": a field of an office.
_FIELD_WORDS = frozenset({"bidang", "urusan"})
# Legal forms of companies: their names do not run over "dan" ("PT A dan PT B", "PT A dan B Corp").
# Honorifics before a name, not part of it: "Hj. Siti Aminah", "KH Abdul Karim".
_HONORIFICS = frozenset({"h", "hj", "haji", "hajah", "hajjah", "kh", "drs", "dra", "ir", "dr", "tgh", "ustaz", "ustazah"})
# Words that introduce a person right after a title phrase: "pejabat Hamas yang lain yaitu X".
_APPOSITION_LINKS = frozenset({"yaitu", "yakni", "bernama", "ialah", "nama"})
_APPOSITION_FILLERS = frozenset({"yang", "lain", "lainnya", "senior", "tersebut", ",", "dikenal", "dengan", "disebut"})
_SPEECH_BEFORE = frozenset({"kata", "ujar", "tutur", "ucap", "jelas", "tegas", "imbuh", "tambah", "sebut", "menurut"})
_SPEECH_AFTER = frozenset({"mengatakan", "menyatakan", "berkata", "menegaskan", "menjelaskan", "mengungkapkan", "menambahkan", "menyebut", "menyebutkan", "bertemu"})
# "Kota Bandung" and "Bandung" are the same place.
_PLACE_PREFIXES = ("kota", "provinsi", "kabupaten", "jalur", "negara", "pulau", "ibu kota")
# Landform words that are dropped in a second mention ("Gunung X" ... "X"); unlike
# "Lembah", "Tanjung" or "Muara", they rarely start a town's own name.
_LANDFORMS = ("gunung", "pegunungan", "sungai", "danau", "bukit", "selat")
_PREFIX_FIRST_WORDS = frozenset(pre.split()[0] for pre in _PLACE_PREFIXES + _LANDFORMS)
# Lead prefixes sit in the first paragraphs (after a photo caption or two).
_LEAD_PARAGRAPHS = 4
# Words that put a country or a place in the next word ("pemerintah Zembia", "di pihak Zembia")
_COUNTRY_CUES = frozenset({("pemerintah",), ("pihak",), ("negara",), ("warga",), ("militer",), ("angkatan", "bersenjata")})
_MINISTRY_HEADS = frozenset({"kementerian", "departemen", "kantor"})
_PREFIX_MARKS = frozenset({",", "-", "–", "—", "(", ":"})
_DATELINE_MARKS = frozenset({"-", "–", "—", ":"})
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "-", "–", "—", "•", ":"})

# Vote weights: a lexicon entry decides; the rest only lean.
_W_KNOWN, _W_TITLE, _W_CUE, _W_NAME, _W_MODEL, _W_WEAK, _W_DEFAULT = 10.0, 5.0, 4.0, 3.0, 2.0, 1.5, 0.5

_ALL_CAPS = re.compile(r"^[A-Z0-9]+$")
# Last labels of web addresses: "Warta.com", "BERITA.CO", "kabar.co.id".
_TLDS = frozenset({"com", "co", "id", "net", "org", "tv", "news", "info", "biz", "asia", "or", "web", "my"})
_SPACES = re.compile(r"\s+")
# A capital after lower-case letters inside a word: brand names ("TechNova"), not "McDonald"-style names.
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]")
# An Arabic article glued to a name is part of it: "Salim al-Farouq", "Abdullah bin-Zayed".
_PARTICLE_HYPHEN = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|az|bin|ibn|abu|ul|ud)-[A-Z]")


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
    plain_heads: frozenset[str]
    places: frozenset[str]  # lower-cased canonical place names
    generic_heads: frozenset[str]  # "Pemerintah Kanada" is Kanada
    admin_prefixes: dict[str, list[tuple[str, ...]]]  # "Kabupaten", "Desa": dropped when comparing places
    geo_prefixes: dict[str, list[tuple[str, ...]]]  # "Sungai", "Teluk": part of a place name
    qualifiers: dict[str, list[tuple[str, ...]]]  # "Utara", "Raya": extend a known place
    territorial: frozenset[tuple[str, ...]]  # titles whose affiliation is a territory
    regional: dict[str, list[tuple[str, ...]]]  # bodies named "<body> <place>"
    national: dict[str, list[tuple[str, ...]]]  # bodies named "<body> <country>"
    company_prefixes: frozenset[str] = frozenset()  # "pt", "cv" (lower case): a company's name follows, never a person


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
    for short in word_list("entity_common_acronyms.txt", language=language):
        # common-noun acronyms ("TPS", "WIB") are never entities
        words = _words(short)
        entries.append(_Phrase(tuple(w.lower() for w in words), None, None, exact=words))
    cues = json_resource("entity_org_cues.json", language=language)
    place_cues = json_resource("entity_place_cues.json", language=language)
    lower_seq = lambda items: [tuple(w.lower() for w in _words(item)) for item in items]  # noqa: E731
    heads = lower_seq(cues["heads"])
    regional = lower_seq(place_cues["regional_heads"])
    national = lower_seq(place_cues["national_heads"])
    return _Lexicon(
        phrases=_index(entries),
        titles=_seq_index(lower_seq(word_list("entity_titles.txt", language=language))),
        modifiers=word_set("entity_role_modifiers.txt", language=language),
        skip=word_set("entity_skip_words.txt", language=language),
        common=word_set("entity_common_words.txt", language=language),
        first_names=word_set("entity_first_names.txt", language=language, lower=False),
        org_heads=_seq_index(heads + regional),
        company_prefixes=frozenset(w.lower() for w in cues.get("company_prefixes", ())),
        org_tails=frozenset(t.lower() for t in cues["tails"]),
        org_before=frozenset(lower_seq(cues["before"])),
        loc_before=frozenset(lower_seq(cues["loc_before"])),
        plain_heads=word_set("entity_plain_heads.txt", language=language),
        places=frozenset(name.lower() for name in gazetteer["places"]),
        generic_heads=frozenset(w.lower() for w in cues["generic_heads"]),
        admin_prefixes=_seq_index(lower_seq(place_cues["admin_prefixes"])),
        geo_prefixes=_seq_index(lower_seq(place_cues["geo_prefixes"])),
        qualifiers=_seq_index(lower_seq(place_cues["qualifiers"])),
        territorial=frozenset(lower_seq(place_cues["territorial_titles"])),
        regional=_seq_index(regional),
        national=_seq_index(national),
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
        if not self.cap and "-" in self.text:
            self.cap = bool(_PARTICLE_HYPHEN.match(self.text))


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

    def __init__(self, tokens: list[_Tok], body: str, lexicon: _Lexicon, prefixes: tuple[tuple[int, int, Optional[str]], ...] = ()) -> None:
        self.toks = tokens
        self.body = body
        self.lex = lexicon
        self.cands: list[_Cand] = []
        # Tokens that are never names: web addresses ("Warta.com") and the
        # outlet part of a lead prefix ("KOTA, Warta.com -"); the prefix's
        # place is a dateline (first token -> end).
        self.masked: set[int] = set()
        self.redefined: frozenset[str] = frozenset()
        self.plain_defined: set[str] = set()  # acronyms of common-word names ("Pajak Lahan (PL)")
        self.datelines: dict[int, tuple[int, Optional[str]]] = {}
        self._mask_domains()
        self._mask_prefixes(prefixes)
        # Headline-case sentences ("Daftar Ulang di Sini Saja") capitalise
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
        # even when they also open a sentence ("Mansur mengatakan ...").
        self.capitalised_inside = {t.lower for t in tokens if t.cap and not t.initial}
        # One pass over the capitalised words (speed):
        # - standalone: used with no capitalised neighbour somewhere, so
        #   "Presiden Zembia Tomas Ravel" splits when "Zembia" is used alone;
        # - opening_alone: opens a sentence alone ("Zembia menuduh ..."), weaker
        #   since people are named that way too ("Ravel mengatakan");
        # - cued: token positions right after a place/country cue or an office
        #   word, checked by ``_place_words``.
        self.standalone, self.opening_alone, cued = set(), set(), []
        cue_ends, modifiers = _cue_ends(lexicon.loc_before | _COUNTRY_CUES), lexicon.modifiers
        last = len(tokens) - 1
        for k, t in enumerate(tokens):
            if not t.cap:
                continue
            next_cap = k < last and tokens[k + 1].cap and tokens[k + 1].sentence == t.sentence
            if t.initial:
                if k < last and not next_cap and tokens[k + 1].sentence == t.sentence:
                    self.opening_alone.add(t.lower)
                continue
            if next_cap or k == 0:
                if k == 0 and not next_cap:
                    self.standalone.add(t.lower)
                continue
            prev = tokens[k - 1]
            if not (prev.cap and prev.sentence == t.sentence):
                self.standalone.add(t.lower)
            if prev.lower in cue_ends or prev.lower in modifiers:
                cued.append(k)
        # Acronyms the article defines itself ("Pajak Lahan dan Rumah (PLR)"):
        # its own expansion wins over the lexicon's reading of the same letters.
        self.redefined = self._redefined_acronyms()
        # Words the article uses as a country or place: "warga Zembia", "di
        # Zembia", "pemerintah Zembia" (one sense per discourse), which splits
        # "Menteri Keuangan Zembia Tomas Ravel" with no comma.
        self.place_words = self._place_words(cued)
        self.local_places = self._local_places()

    def _bracketed_acronyms(self):
        """(index of "(", acronym) for every "( ABC )" of 2 to 8 capital letters in the article."""
        toks = self.toks
        for k in range(1, len(toks) - 2):
            if toks[k].text != "(" or toks[k + 2].text != ")":
                continue
            short = toks[k + 1].text
            if 2 <= len(short) <= 8 and short.isupper() and short.isalpha():
                yield k, short

    @cached_property
    def defined_acronyms(self) -> frozenset[str]:
        """Acronyms the article defines in brackets after a name: "Palang Harapan Internasional (PHI)"."""
        return frozenset(short for k, short in self._bracketed_acronyms() if self.toks[k - 1].cap)

    @cached_property
    def term_acronyms(self) -> frozenset[str]:
        """Acronyms the article defines after lower-case words with those initials: "hak guna usaha (HGU)",
        "tempat pemungutan suara (TPS)". They name a thing or a term, never a person or a body."""
        toks, found = self.toks, set()
        for k, short in self._bracketed_acronyms():
            words = toks[max(0, k - len(short)) : k]
            if (len(words) == len(short) and not any(t.cap for t in words) and all(t.sentence == toks[k].sentence for t in words)
                    and "".join(t.text[:1] for t in words).upper() == short):
                found.add(short)
        return frozenset(found - self.defined_acronyms)

    def _redefined_acronyms(self) -> frozenset[str]:
        toks, found = self.toks, set()
        for k, short in self._bracketed_acronyms():
            entries = [e for e in self.lex.phrases.get(short.lower(), ()) if e.exact == (short,) and e.type is not None]
            if not entries:
                continue
            # the capitalised run (function words allowed) right before "("
            q = k
            while q > 0 and k - q < len(short) + 3 and toks[q - 1].sentence == toks[k].sentence and (toks[q - 1].cap or toks[q - 1].lower in self.lex.skip):
                q -= 1
            while q < k and not toks[q].cap:
                q += 1
            before = " ".join(t.lower for t in toks[q:k])
            if any(before.endswith(e.canonical.lower()) for e in entries):
                continue
            capitals = [t.text for t in toks[q:k] if t.cap]
            if len(capitals) >= len(short) and _initials_match(short, " ".join(capitals[-len(short) :])):
                found.add(short)
        return frozenset(found)

    def _place_words(self, cued: list[int]) -> set[str]:
        """Capitalised words standing alone after a place or country cue ("warga X", "di X")."""
        toks, cues, found = self.toks, self.lex.loc_before | _COUNTRY_CUES, set()
        for k in cued:
            tok = toks[k]
            if tok.lower in self.lex.skip:
                continue
            glued = k > 0 and toks[k - 1].cap and toks[k - 1].sentence == tok.sentence and (toks[k - 1].lower,) not in _COUNTRY_CUES
            if not glued and self.cue_before(k, cues):
                found.add(tok.lower)
            elif k > 1 and toks[k - 1].lower in self.lex.modifiers and toks[k - 1].sentence == tok.sentence:
                # "Kementerian Kesehatan Zembia": a ministry's country
                q = k - 1
                while q > 0 and toks[q].lower in self.lex.modifiers and toks[q - 1].sentence == tok.sentence:
                    q -= 1
                if toks[q].cap and toks[q].lower in _MINISTRY_HEADS:
                    found.add(tok.lower)
        return found

    def _mask_domains(self) -> None:
        toks = self.toks
        for k in range(len(toks) - 2):
            dot, tld = toks[k + 1], toks[k + 2]
            if dot.text == "." and dot.span[0] == toks[k].span[1] and tld.span[0] == dot.span[1] and tld.lower in _TLDS:
                self.masked.update((k, k + 1, k + 2))

    def _mask_prefixes(self, prefixes) -> None:
        toks = self.toks
        k = 0
        for start, end, dateline in prefixes:
            while k < len(toks) and toks[k].span[0] < start:
                k += 1
            first = k
            while k < len(toks) and toks[k].span[1] <= end:
                self.masked.add(k)
                k += 1
            if not dateline:
                continue
            # the dateline's own tokens: "MUARA JAYA, Warta.com -" -> "MUARA JAYA"
            offset = self.body.lower().find(dateline.lower(), start, end)
            if offset < 0:
                continue
            inside = [q for q in range(first, k) if offset <= toks[q].span[0] and toks[q].span[1] <= offset + len(dateline)]
            if inside:
                self.datelines[inside[0]] = (inside[-1] + 1, dateline)
                self.masked.difference_update(inside)

    def _local_places(self) -> dict[str, list[tuple[str, ...]]]:
        """Places this article names with an administrative prefix ("Kabupaten Sumber Jaya").

        One sense per discourse: the bare name ("Sumber Jaya") is then a
        place wherever it recurs, which splits "Kepala BPBD Sumber Jaya Ahmad
        Yani" into the agency and the person.
        """
        toks, found = self.toks, set()
        for i, tok in enumerate(toks):
            if not tok.cap or tok.lower not in self.lex.admin_prefixes:
                continue
            if i > 0 and toks[i - 1].lower in self.lex.titles and (self.title_at(i - 1) or 0) > i:
                continue  # "Wali Kota X" is an office, not "Kota X"
            j = self.seq_at(self.lex.admin_prefixes, i)
            if j is None or j >= len(toks) or not self.is_name_token(j) or toks[j].sentence != tok.sentence:
                continue
            end = self.run_end(j)
            if end - j <= 3 and self.known_at(j) is None:
                found.add(tuple(t.lower for t in toks[j:end]))
        for first, (end, _) in self.datelines.items():
            found.add(tuple(t.lower for t in toks[first:end]))
        return _seq_index(found)

    def seq_at(self, table: dict[str, list[tuple[str, ...]]], i: int) -> Optional[int]:
        """End of the longest entry of ``table`` starting at token i (same sentence), or None."""
        toks = self.toks
        if i >= len(toks):
            return None
        for seq in table.get(toks[i].lower, ()):
            j = i + len(seq)
            if j <= len(toks) and toks[j - 1].sentence == toks[i].sentence and all(toks[i + k].lower == seq[k] for k in range(1, len(seq))):
                return j
        return None

    def place_at(self, i: int) -> Optional[int]:
        """End of a place name at i: gazetteer or local place, plus qualifiers ("... Tenggara Raya")."""
        toks = self.toks
        if i >= len(toks) or not toks[i].cap or i in self.masked:
            return None
        end = None
        hit = self.known_at(i)
        if hit is not None and hit[1].type == LOC:
            end = hit[0]
        local = self.seq_at(self.local_places, i)
        if local is not None and (end is None or local > end):
            end = local
        if end is None:
            return None
        while end < len(toks) and toks[end].cap:
            more = self.seq_at(self.lex.qualifiers, end)
            if more is None or toks[more - 1].sentence != toks[i].sentence:
                break
            end = more
        return end

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
            if entry.exact is not None and j == i + 1 and toks[i].text in self.redefined:
                continue  # the article's own "(PLR)" is not the lexicon's PLR
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
            if word in _FIELD_WORDS and end + 1 < len(toks) and toks[end + 1].cap and self.known_at(end + 1) is None:
                end = self.field_end(end, i)
            elif word in self.lex.modifiers and self.known_at(end) is None and not (toks[end].cap and self.org_head_at(end)):
                end += 1
            elif word == "dan" and end + 1 < len(toks) and toks[end + 1].lower in self.lex.modifiers and toks[end + 1].cap:
                end += 2
            else:
                break
        return end

    def field_end(self, end: int, i: int) -> int:
        """End of "Bidang Neraca dan Analisis" after an office: up to a known body or a lower-case word."""
        toks = self.toks
        end += 1
        while end < len(toks) and toks[end].sentence == toks[i].sentence and self.known_at(end) is None and not self.org_head_at(end):
            if toks[end].cap and not _ALL_CAPS.match(toks[end].text):
                end += 1
            elif toks[end].lower == "dan" and end + 1 < len(toks) and toks[end + 1].cap and self.known_at(end + 1) is None:
                end += 1
            else:
                break
        return end

    def beside_known_place(self, i: int, j: int) -> bool:
        """A run coordinated with a gazetteer place: "Norwegia dan X", "X dan Swiss"."""
        toks = self.toks
        if j < len(toks) - 1 and toks[j].lower == "dan" and toks[j + 1].sentence == toks[i].sentence:
            hit = self.known_at(j + 1)
            if hit is not None and hit[1].type == LOC:
                return True
        if i >= 2 and toks[i - 1].lower == "dan" and toks[i - 2].sentence == toks[i].sentence:
            for k in range(max(0, i - 4), i - 1):
                hit = self.known_at(k, i - 1)
                if hit is not None and hit[0] == i - 1 and hit[1].type == LOC:
                    return True
        return False

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
        if not tok.cap or tok.lower in self.lex.skip or tok.lower.endswith("-nya") or i in self.masked:
            return False
        # all-caps words longer than an acronym are headline/boilerplate shouting
        if len(tok.text) > 5 and tok.text.isupper() and self.known_at(i) is None:
            return False
        return True

    def run_end(self, i: int) -> int:
        """End of the capitalised run starting at i (particles and broken names allowed)."""
        toks, n = self.toks, len(self.toks)
        j = i + 1
        # a lexicon name runs on over its function words ("Kementerian Dalam Negeri")
        hit = self.known_at(i)
        if hit is not None and hit[1].type is not None:
            j = max(j, hit[0])
        # ... and so does a regional office's head over a common acronym ("Satpol PP Kabupaten X")
        office_end = self.seq_at(self.lex.regional, i)
        if office_end is not None and all(t.cap for t in toks[i:office_end]):
            j = max(j, office_end)  # not "Pemerintah kabupaten", a common noun phrase
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
            if same and tok.lower == "dan" and j + 1 < n and self.is_name_token(j + 1) and self.org_head_at(i) and j - i >= 2 and toks[i].lower not in self.lex.company_prefixes:
                # ... but "Polres Lerang dan Satuan Brimob ...", "Dewan Adat X dan PT Y" are two bodies
                if self.known_at(j + 1) is None and not self.org_head_at(j + 1):
                    j += 2
                    continue
            # a name broken by scraping: "Lidia. . Marenko"
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
        # "Kabupaten Sumber Jaya", "Desa Suka Maju": an administrative unit is a place;
        # "Sungai Lematang", "Teluk Bayur": so is a named landform
        prefix_end = self.seq_at(lex.admin_prefixes, i)
        if prefix_end is not None and prefix_end < j:
            cand.vote(LOC, _W_TITLE)
        elif (prefix_end := self.seq_at(lex.geo_prefixes, i)) is not None and prefix_end < j and not self.org_head_at(i):
            cand.vote(LOC, _W_CUE)
        if self.org_head_at(i) or words[-1].lower in lex.org_tails:
            cand.vote(ORG, _W_CUE)
        if self.cue_before(i, lex.org_before):
            cand.vote(ORG, _W_CUE)
        if any(_INNER_CAPITAL.match(t.text) for t in words):
            cand.vote(ORG, _W_CUE)  # "BioNusa", "GoPay": brands capitalise inside a word
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
        if self.beside_known_place(i, j):
            cand.vote(LOC, _W_WEAK)  # "Indonesia dan Zembia": coordinated with a country
        if len(words) == 1 and not _ALL_CAPS.match(words[0].text) and words[0].lower in self.place_words:
            # One sense per discourse: a word the article writes as a country or place
            # elsewhere ("pemerintah Zembia", "Kementerian Pertahanan Zembia") is that place here too.
            cand.vote(LOC, _W_CUE)
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

    def region_in_title(self, i: int) -> Optional[int]:
        """End of a region named right after a title or a regional body, or None.

        A gazetteer or local place (with its administrative prefix), or a
        short run closed by a comma before the holder's name: "Bupati Tanjung
        Asri, Rudi Hartono" -> "Tanjung Asri".
        """
        toks = self.toks
        if i >= len(toks) or not toks[i].cap or i in self.masked:
            return None
        start = self.seq_at(self.lex.admin_prefixes, i) or i
        end = self.place_at(start)
        if end is not None:
            return end
        if start < len(toks) and self.is_name_token(start) and self.known_at(start) is None:
            end = self.run_end(start)
            for k in range(start + 1, min(end, start + 4)):
                if self.title_at(k) is not None and k + 1 < end:
                    return k  # a rank closes the region: "Kapolres Tanjung Asri AKBP Made Suarta"
            if (
                end - start <= 3
                and end + 1 < len(toks)
                and toks[end].text == ","
                and self.is_name_token(end + 1)
                and toks[end + 1].sentence == toks[i].sentence
                and toks[start].text not in self.lex.first_names
            ):
                return end
        return None

    def affiliation(self, j: int, territorial: bool = False) -> tuple[int, list[_Cand], Optional[int]]:
        """Known organisations/places after a title: (end, candidates, person start inside)."""
        toks = self.toks
        found: list[_Cand] = []
        person_start = None
        while j < len(toks) and toks[j].sentence == toks[j - 1].sentence:
            hit = self.known_at(j)
            if hit is not None:
                if hit[1].type is None:
                    break
                end, extended = hit[0], False
                if hit[1].type == LOC:
                    end = self.place_at(j) or end  # "Gubernur Sulawesi Tenggara Raya ..."
                elif hit[1].type == ORG and self.seq_at(self.lex.national, j) is not None:
                    country = self.known_at(end)
                    if country is not None and country[1].type == LOC and toks[end].sentence == toks[j].sentence:
                        end = country[0]  # "Juru bicara Kementerian Luar Negeri RI, ..."
                elif hit[1].type == ORG and self.seq_at(self.lex.regional, j) is not None:
                    end = self.region_in_title(end) or end  # "Kepala BPBD Sumber Jaya Ahmad Yani"
                extended = end > hit[0]
                cand = self.add(j, end)
                if extended and hit[1].type == ORG:
                    cand.vote(ORG, _W_KNOWN)
                elif extended:
                    cand.vote(LOC, _W_KNOWN)
                else:
                    self.type_votes(cand)
                found.append(cand)
                j = max(end, self.after_name(cand)) if hit[1].type == ORG else end
                continue
            if territorial and not found and toks[j].cap and not self.org_head_at(j):
                # "Bupati Tanjung Asri, Rudi", "Kapolres Sumber Jaya AKBP Rudi": the territory
                end = self.region_in_title(j)
                if end is not None:
                    cand = self.add(j, end)
                    self.type_votes(cand)
                    cand.vote(LOC, _W_TITLE)
                    found.append(cand)
                    j = end
                    continue
            if not found and toks[j].text in self.defined_acronyms:
                # "Direktur Regional PHI, Mireille Andersen": the acronym the article defined is the body
                cand = self.add(j, j + 1)
                self.type_votes(cand)
                cand.vote(ORG, _W_CUE)
                found.append(cand)
                j += 1
                break
            if not found and toks[j].cap and not self.org_head_at(j) and toks[j].text not in self.lex.first_names:
                # "Koordinator Relawan Bakti Sumber Jaya, Rina Wati": a body of a known place
                end = self.run_end(j)
                places = [k for k in range(j + 1, end) if self.place_at(k) == end]
                if places and end - j <= 5 and end + 1 < len(toks) and toks[end].text == "," and self.is_name_token(end + 1):
                    body = self.add(j, places[0])
                    self.type_votes(body)
                    body.votes[PER] = 0.0
                    body.vote(ORG, _W_WEAK)
                    place = self.add(places[0], end)
                    self.type_votes(place)
                    place.vote(LOC, _W_TITLE)
                    found.extend((body, place))
                    j = end
                    break
            if toks[j].cap and self.org_head_at(j):
                end = self.run_end(j)
                # "Kepala Kantor Pelabuhan Sumber Jaya, Rudi Hartono": the holder
                # follows the comma, so the whole run is the body
                appositive = end + 1 < len(toks) and toks[end].text == "," and self.is_name_token(end + 1)
                # "Ketua Partai Surya, Rudi Hartono": a given name closing the run names the party when the
                # holder follows the comma (not a list: "Kepala Dinas X Rudi Hartono, Kapolres ...").
                holder_after = appositive and toks[end + 1].lower not in self.lex.titles
                given = [k for k in range(j + 1, end)
                         if toks[k].text in self.lex.first_names and not (k == j + 1 and toks[j].lower in self.lex.company_prefixes)
                         and not (holder_after and k == end - 1)]
                split = given[0] if given else None
                if toks[j].lower in self.lex.company_prefixes and j + 1 < end and toks[j + 1].text in self.defined_acronyms and end - j >= 4:
                    # "Direktur Operasional PT SDL Aryo Setiabudi": the company by the acronym the article
                    # defined for it, then its officer
                    split, given = j + 2, []
                for k in reversed(given[1:]):
                    # "Ketua Dewan Adat Wira Lerang Matheus Dangku": "Wira" is a given name too, but the
                    # body the article names on its own elsewhere ("Dewan Adat Wira Lerang") ends later.
                    if k - j >= 2 and end - k <= 3 and self.body.count(self.surface(j, k)) >= 2:
                        split = k
                        break
                if split is None and not appositive and self.seq_at(self.lex.regional, j) is not None:
                    # "Kepala Stasiun Cuaca Sumber Jaya Rudi Hartono": the body ends with its place
                    for k in range(j + 1, end):
                        place_end = self.place_at(k)
                        if place_end is not None and place_end < end:
                            split = place_end
                            break
                if split is None and not appositive and end - j >= 4 and not any(self._common(t) or t.lower in self.lex.org_tails for t in toks[end - 2 : end]):
                    # "Dewan Rakyat Meridia Tomas Halvorsen": two uncommon words closing a long run
                    split = end - 2
                if split is None and not appositive:
                    # "Kementerian Luar Negeri Valdoria Arkan Mansur": the org ends at its country
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
                # "Serikat Nelayan Seravia (SNS)": the acronym it defines is its alias
                j = self.after_name(cand) if split is None else org_end
                if split is not None:
                    person_start = split
                elif j + 1 < len(toks) and toks[j].lower == "dan" and toks[j + 1].cap and self.org_head_at(j + 1) and toks[j + 1].sentence == toks[j].sentence:
                    # "Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) X Nama": one office of
                    # two joined bodies; the holder's name comes after the second.
                    j += 1
                    continue
                break
            break
        return j, found, person_start

    def scan(self) -> None:
        toks, n = self.toks, len(self.toks)
        i = 0
        while i < n:
            tok = toks[i]
            if i in self.datelines:
                end, display = self.datelines[i]
                cand = self.add(i, end)
                self.type_votes(cand)
                if not cand.known:
                    cand.canonical = display  # "MUARA JAYA" reads "Muara Jaya"
                cand.vote(LOC, _W_TITLE)  # a dateline is where the story was filed
                i = end
                continue
            if i in self.masked:
                i += 1
                continue
            # most tokens open no title: skip the call (title_at is None for them)
            title_end = self.title_at(i) if tok.lower in self.lex.titles else None
            if title_end is not None and (tok.cap or tok.lower not in self.lex.skip):
                i = self.title_phrase(i, title_end)
                continue
            if not self.is_name_token(i) or self._in_domain(i):
                i += 1
                continue
            i = self.cap_run(i)

    def _in_domain(self, i: int) -> bool:
        """"WARTAKITA.COM", "Kabarku.com": the part after a glued period."""
        toks = self.toks
        return i >= 2 and toks[i - 1].text == "." and toks[i - 1].span[0] == toks[i - 2].span[1] and toks[i].span[0] == toks[i - 1].span[1]

    def title_phrase(self, i: int, title_end: int) -> int:
        toks = self.toks
        territorial = tuple(t.lower for t in toks[i:title_end]) in self.lex.territorial
        k, found, person_start = self.affiliation(title_end, territorial)
        p = person_start
        if p is None and found and k < len(toks) and toks[k].sentence == toks[i].sentence and toks[k].cap:
            # a rank between the office and the name: "Kapolres Sumber Jaya AKBP Rudi Hartono"
            rank_end = self.title_at(k)
            if rank_end is not None and rank_end < len(toks) and toks[rank_end].cap and toks[rank_end].sentence == toks[i].sentence:
                p = rank_end
        if p is None and k < len(toks) and toks[k].sentence == toks[i].sentence:
            if toks[k].text == "," and found:
                p = k + 1  # appositive: "Ketua Partai Surya, Rudi Hartono"
                if p < len(toks) and toks[p].lower in self.lex.titles:
                    # a rank after the comma: "Kapolres Kuala Birau, AKBP Dedy Kurniawan Saragih"
                    rank_end = self.title_at(p)
                    if rank_end is not None and rank_end < len(toks) and toks[rank_end].cap and toks[rank_end].sentence == toks[i].sentence:
                        p = rank_end
            elif toks[k].text == "," and k + 2 < len(toks) and toks[k + 1].lower in _HONORIFICS and toks[k + 2].text == ".":
                p = k + 1  # "Juru bicara kementerian, dr. Rina Wati,"
            elif toks[k].cap:
                p = k
            else:
                # "pejabat partai yang lain yaitu Tarek el Mansur"
                p = self.apposition_after(k)
        if p is not None and p == k and p + 2 < len(toks) and len(toks[p].text) > 1 and _ALL_CAPS.match(toks[p].text) and toks[p + 1].lower in _HONORIFICS and toks[p + 2].sentence == toks[p].sentence:
            # "Utusan khusus LPB Dr. Rina Wati": an unknown body's acronym, then an honorific
            found.append(self.unknown_affiliation(p, p + 1, found))
            p = k = p + 1
        if p is not None:
            p = self.skip_honorifics(p)
        end = self.person_run(p) if p is not None else None
        if end is not None and p == k and end - p == 1 and len(toks[p].text) > 1 and _ALL_CAPS.match(toks[p].text) and self.known_at(p, end) is None:
            # "Juru bicara LSM yang dikenal dengan nama Abu Salim": an acronym after a
            # title is the body, not the holder
            found.append(self.unknown_affiliation(p, end, found))
            role_end = k = end
            p = self.apposition_after(k)
            end = self.person_run(p) if p is not None else None
        role_end = found[-1].end if found else title_end
        if end is not None and (p == k or p == person_start or toks[p].sentence == toks[i].sentence):
            # A title with no affiliation right before a capitalised run such as
            # "Presiden Komisi Eropa" is an office, not a person.
            if not found and self.org_head_at(p):
                return p
            holder = self.appositive_holder(p, end) if p == k and toks[p].text not in self.lex.first_names else None
            if holder is not None:
                # "Koordinator LSM Bahtera, Rina Wati", "Juru bicara Kementerian Luar
                # Negeri Zembia, Tomas Ravel": the run after the title is the body or
                # country the holder named after the comma speaks for
                found.append(self.unknown_affiliation(p, end, found))
                role_end, (p, end) = end, holder
            elif p == k and not found and end - p >= 3 and self.glued_affiliation(p):
                # "Presiden Zembia Tomas Ravel" where "Zembia" stands alone elsewhere
                # or follows a country cue ("warga Zembia", "di pihak Zembia")
                found.append(self.unknown_affiliation(p, p + 1, found))
                role_end, p = p + 1, p + 1
            # "Perdana Menteri Valdoria Ahmad Faris": an unknown affiliation
            # before a known given name
            elif end - p >= 3 and len(toks[p].text) > 1 and _ALL_CAPS.match(toks[p].text) and self.known_at(p, p + 1) is None:
                # "Menteri ESDM Budi Santoso": an acronym of the office's ministry
                unknown = self.add(p, p + 1)
                self.type_votes(unknown)
                found.append(unknown)
                role_end, p = p + 1, p + 1
            elif p == k and toks[p].text not in self.lex.first_names:
                given = [q for q in range(p + 1, end - 1) if toks[q].text in self.lex.first_names]
                # "Gubernur Tanah Wira Mahendra Lukito": "Wira" is a given name too, but the place or body
                # the article names on its own elsewhere ("Tanah Wira") ends later, before a 2-3 word name.
                later = [q for q in range(end - 3, end - 1)
                         if q > given[0] and self.body.count(self.surface(p, q)) >= 2] if given else []
                q = later[-1] if later else next((q for q in given if q < p + 4), None)
                if q is not None:
                    unknown = self.add(p, q)
                    self.type_votes(unknown)
                    unknown.votes[PER] = 0.0
                    unknown.vote(LOC if q - p == 1 else ORG, _W_WEAK)
                    found.append(unknown)
                    role_end, p = q, q
            whole = found[0].start if found else p
            if found and self._acronym_of(whole, end):
                # "anggota Serikat Pekerja Bongkar Muat Rambai (SPBM-R)": the acronym right after spells
                # the whole run, so it is one body, not a body and a person.
                split_off = {id(part) for part in found}
                self.cands[:] = [c for c in self.cands if id(c) not in split_off]
                body = self.add(whole, end)
                self.type_votes(body)
                body.vote(ORG, _W_TITLE)
                return max(end, self.after_name(body))
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

    def glued_affiliation(self, p: int) -> bool:
        """True when the run at p opens with a country or place glued to a name.

        Evidence from the rest of the article: the first word follows a
        country cue ("warga Zembia"), or stands alone while the second word
        does not; a known given name never counts as a place.
        """
        first, second = self.toks[p], self.toks[p + 1]
        if first.lower in self.place_words and second.lower not in self.place_words:
            return True
        if first.text in self.lex.first_names or second.lower in self.standalone:
            return False
        if first.lower in self.standalone:
            return True
        # "Zembia menuduh ..." and "Ravel mengatakan ...": both ends of the run
        # are used alone, and a person is seldom called by both given and family name
        last = self.run_end(p) - 1
        alone = self.standalone | self.opening_alone
        return first.lower in self.opening_alone and last > p + 1 and self.toks[last].lower in alone and not self._common(first)

    def skip_honorifics(self, p: int) -> int:
        """First token after honorifics written before a name ("Hj.", "KH", "Drs")."""
        toks = self.toks
        while p + 1 < len(toks) and toks[p].lower in _HONORIFICS and toks[p].sentence == toks[p + 1].sentence:
            p += 2 if toks[p + 1].text == "." and p + 2 < len(toks) else 1
        return p

    def apposition_after(self, k: int) -> Optional[int]:
        """Start of the name introduced after k ("yang lain yaitu X", "yang dikenal dengan nama X")."""
        toks, m = self.toks, k
        while m < len(toks) and m - k < 4 and toks[m].lower in _APPOSITION_FILLERS:
            m += 1
        if m + 1 < len(toks) and toks[m].lower in _APPOSITION_LINKS and toks[m + 1].sentence == toks[k].sentence:
            return m + 1
        return None

    def appositive_holder(self, p: int, end: int) -> Optional[tuple[int, int]]:
        """The person named after a comma that closes the run p..end, or None.

        "Ketua Yayasan Bahtera, AKP Rina Wati Lubis," -> the span of "Rina Wati
        Lubis": a rank, or a parenthesised corps mark ("Letkol Laut (P)"), may
        come between the comma and the name.
        """
        toks = self.toks
        if end - p > 5 or end + 1 >= len(toks) or toks[end].text != "," or toks[end + 1].sentence != toks[p].sentence:
            return None
        q = end + 1
        if toks[q].lower in self.lex.titles:
            q = self.title_at(q) or q
            if q + 2 < len(toks) and toks[q].text == "(" and toks[q + 2].text == ")":
                q += 3
        q = self.skip_honorifics(q)  # "..., dr. Rina Wati,"
        if q >= len(toks) or toks[q].sentence != toks[p].sentence:
            return None
        last = self.person_run(q)
        if last is None or not (last - q >= 2 or toks[q].text in self.lex.first_names):
            return None
        return q, last

    def unknown_affiliation(self, p: int, end: int, found: list[_Cand]) -> _Cand:
        """A body or place after a title that no lexicon knows ("Menteri Luar Negeri Zembia, ...")."""
        toks = self.toks
        last = found[-1] if found else None
        if last is not None and last.end == p and end - p == 1 and self.seq_at(self.lex.national, last.start) is not None:
            # "Kementerian Luar Negeri Zembia": a national body keeps its country
            self.cands.remove(last)
            found.pop()
            body = self.add(last.start, end)
            body.vote(ORG, _W_KNOWN)
            return body
        cand = self.add(p, end)
        self.type_votes(cand)
        if not cand.known:
            cand.votes[PER] = 0.0
            single = end - p == 1 and not _ALL_CAPS.match(toks[p].text)
            cand.vote(LOC if single else ORG, _W_WEAK)
        return cand

    def cap_run(self, i: int) -> int:
        toks, lex = self.toks, self.lex
        end = self.run_end(i)
        start = i
        if end - start > 1 and toks[start].lower in _HONORIFICS:
            start = self.skip_honorifics(start)
            if start >= end:
                return end
        if end - start > 1 and toks[end - 1].lower in _HONORIFICS and end < len(toks) and toks[end].text == ".":
            end -= 1  # "LPB Dr. Rina Wati": the honorific opens the next name
        if end - start == 1 and len(toks[start].text) == 1:
            return end  # "blok C", "(P)": a letter is no name
        # Sentence-initial common words are capitalised only because they start
        # the sentence ("Perang telah ...", "Kelompok Palestina ...").
        first = toks[start]
        if (
            first.initial
            and self.known_at(start) is None
            and self._common(first)
            and first.text not in lex.first_names
            and not self.org_head_at(start)
            and self.seq_at(lex.admin_prefixes, start) is None
            and self.seq_at(lex.geo_prefixes, start) is None
            and first.lower not in self.capitalised_inside
        ):
            start += 1
        # A common-noun acronym opens no name: "TPS 5", "SD Negeri Pelita".
        while start < end - 1 and self._plain_acronym(start):
            start += 1
        # Leading common words before a known name mid-sentence ("gerakan Perlawanan Fatah").
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
        if len(words) == 1 and words[0].text in self.plain_defined:
            return end
        if len(words) > 1 and self._common_name(start, end, words):
            # "Pajak Lahan dan Rumah (PLR)", "Undang-Undang Cipta Karya": a tax or
            # a law named with common words is no entity, nor is its acronym
            return self._skip_definition(end)
        # A lone unknown word opening a sentence is usually a capitalised common
        # word ("Pertempuran", "Jawabannya"); names recur inside sentences.
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
        # all-caps multi-word runs are boilerplate shouting ("RAPAT KERJA DAERAH")
        if len(words) > 1 and all(t.text.isupper() for t in words) and sum(len(t.text) > 3 for t in words) >= 2:
            if self.known_at(start, end) is None:
                return end
        # A known name followed by a person's given name is two entities ("CIA Robert Kane").
        hit = self.known_at(start, end)
        if hit is not None and hit[0] < end and toks[hit[0]].text in lex.first_names and hit[1].type is not None:
            first_cand = self.add(start, hit[0])
            self.type_votes(first_cand)
            start = hit[0]
        elif hit is None and _ALL_CAPS.match(toks[start].text):
            # "DPP PDIP Rudi Santoso": acronyms, then a person
            k = start
            while k < end and _ALL_CAPS.match(toks[k].text):
                k += 1
            if k < end - 1 and toks[k].text in lex.first_names and not (k == start + 1 and toks[start].lower in lex.company_prefixes):
                self.type_votes(self.add(start, k))
                start = k
                hit = self.known_at(start, end)
        if hit is not None and hit[0] == end and hit[1].type is None:
            return end
        # "Kementerian Luar Negeri RI": a national body keeps its country in its name
        if hit is not None and hit[0] < end and hit[1].type == ORG and self.seq_at(lex.national, start) is not None:
            country = self.known_at(hit[0], end)
            if country is not None and country[0] == end and country[1].type == LOC:
                cand = self.add(start, end)
                cand.vote(ORG, _W_KNOWN)
                return max(end, self.after_name(cand))
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
        return max(end, self.after_name(cand))

    def _common_name(self, start: int, end: int, words: list[_Tok]) -> bool:
        lex = self.lex
        return (
            self.toks[start].lower in lex.plain_heads
            and self.known_at(start, end) is None
            and not self.org_head_at(start)
            and self.seq_at(lex.admin_prefixes, start) is None
            and self.seq_at(lex.geo_prefixes, start) is None
            and all((self._common(t) or t.lower in lex.plain_heads) and t.text not in lex.first_names and not _ALL_CAPS.match(t.text) for t in words)
        )

    def _skip_definition(self, end: int) -> int:
        """Past "dan Rumah (PLR)" after a dropped common-word name; else ``end``."""
        toks, k = self.toks, end
        while k < len(toks) and toks[k].sentence == toks[end - 1].sentence and (toks[k].lower == "dan" or (toks[k].cap and self._common(toks[k]))):
            k += 1
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and _ALL_CAPS.match(toks[k + 1].text):
            self.plain_defined.add(toks[k + 1].text)
            return k + 3
        return end

    def _plain_acronym(self, i: int) -> bool:
        hit = self.known_at(i, i + 1)
        return hit is not None and hit[1].type is None and hit[1].exact is not None

    def _common(self, tok: _Tok) -> bool:
        word = tok.lower
        if "-" in word:  # "Pernyataan-pernyataan": reduplication of a common word
            word = word.split("-", 1)[0]
        if word in self.lex.common or word in self.lex.skip:
            return True
        # "Targetnya", "Jawabannya": a common word with the clitic -nya
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

    def _acronym_of(self, i: int, j: int) -> bool:
        """Whether "(ACRONYM)" right after tokens i..j spells their capitalised initials ("SPBM-R")."""
        toks = self.toks
        if not (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"):
            return False
        letters = "".join(ch for ch in toks[j + 1].text if ch.isalpha())
        return len(letters) >= 3 and letters.isupper() and _initials_match(letters, self.surface(i, j))

    def after_name(self, cand: _Cand) -> int:
        """Acronym defined right after a name: "Amerika Serikat (AS)"; returns the token index after it.

        A regional body goes on after its acronym with the region: "Badan
        Penanggulangan Bencana Daerah (BPBD) Sumber Jaya" is the agency of
        Sumber Jaya, canonically "BPBD Sumber Jaya".
        """
        toks, j = self.toks, cand.end
        if not (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"):
            return j
        short = toks[j + 1]
        if not (short.cap and len(short.text) <= 8 and (short.text.isupper() or _initials_match(short.text, cand.text) or _syllables_match(short.text, cand.text))):
            return j
        alias = _Cand(j + 1, j + 2, short.text, short.span, alias_of=cand)
        hit = self.known_at(j + 1, j + 2)
        regional = self.seq_at(self.lex.regional, cand.start) is not None or self.seq_at(self.lex.regional, j + 1) is not None
        place_end = self.region_after(j + 3) if regional and toks[j + 3 : j + 4] and toks[j + 3].sentence == short.sentence else None
        if place_end is not None:
            place = self.surface(j + 3, place_end)
            cand.end = place_end
            cand.span = (cand.span[0], toks[place_end - 1].span[1])
            cand.text = _SPACES.sub(" ", self.body[cand.span[0] : cand.span[1]])
            cand.canonical, cand.known = f"{short.text} {place}", False
            cand.vote(ORG, _W_TITLE)
            self.cands.append(alias)
            return place_end
        if hit is not None and hit[1].type is not None:
            alias.known, alias.canonical = True, hit[1].canonical
        self.cands.append(alias)
        return j + 3

    def region_after(self, i: int) -> Optional[int]:
        """End of the region that names a regional body's branch at token i, or None.

        A gazetteer or local place ("... Sumber Jaya"), with its administrative
        prefix ("... Kabupaten Sumber Jaya"), or else a short capitalised run
        closed by a comma or a lower-case word ("Polres Tanjung Asri, ...").
        """
        toks = self.toks
        if i >= len(toks) or not toks[i].cap or i in self.masked:
            return None
        start = self.seq_at(self.lex.admin_prefixes, i) or i
        end = self.place_at(start)
        if end is not None:
            return end
        if start < len(toks) and self.is_name_token(start):
            end = self.run_end(start)
            closed = end >= len(toks) or toks[end].sentence != toks[i].sentence or not toks[end].cap
            if closed and end - start <= 3 and not any(t.text in self.lex.first_names for t in toks[start:end]):
                return end
        return None


@lru_cache(maxsize=4)
def _cue_ends(cues: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(cue[-1] for cue in cues)


def _initials_match(short: str, full: str) -> bool:
    initials = "".join(w[0] for w in full.split() if w[:1].isupper())
    return short.upper() == initials.upper()


def _syllables_match(short: str, full: str) -> bool:
    """A syllabic acronym: "Bapatla" from "Badan Patroli Laut", "Kemenlu".

    Its letters appear in order in the full name, starting with its first
    letter and taking something from at least two of its words.
    """
    short, words = short.lower(), [w.lower() for w in full.split() if w[:1].isalpha()]
    if len(short) < 4 or len(words) < 2 or not short.isalpha() or short[0] != words[0][0]:
        return False
    letters = "".join(words)
    k = 0
    for ch in letters:
        if k < len(short) and ch == short[k]:
            k += 1
    if k < len(short):
        return False
    # the acronym must reach past the first word
    return not words[0].startswith(short)


# --- the statistical tagger, optional -------------------------------------


def _is_cased(article: Article) -> bool:
    """True when the body uses ordinary casing (some, not all, words capitalised).

    All-lower-case and ALL-CAPS text is what the model is trained to handle
    without case cues, so every sentence of it is tagged.
    """
    letters = [t.text for s in article.sentences for t in s.tokens if t.text[:1].isalpha()]
    if not letters:
        return False
    capitalised = sum(1 for w in letters if w[:1].isupper())
    upper = sum(1 for w in letters if len(w) > 1 and w.isupper())
    return 0.03 <= capitalised / len(letters) and upper / len(letters) < 0.5


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
    cased = _is_cased(article)
    for sentence in article.sentences:
        words = [t.text for t in sentence.tokens]
        if cased and not any(word[:1].isupper() for word in words[1:]):
            # In normally cased text a sentence with no capital after its first
            # word holds no name: skip the tagger (about a tenth of the tokens).
            base += len(words)
            continue
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
        if end - start == 1 and (rec._common(toks[start]) and toks[start].initial or toks[start].lower in rec.lex.skip or len(toks[start].text) == 1):
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
        # "Kabupaten Sumber Jaya" = "Sumber Jaya" for places no gazetteer knows
        size = 0 if cand.known else _admin_prefix_size(key, lexicon)
        if size and cand.best() == LOC:
            key = " ".join(key.split()[size:])
            cand.known, cand.canonical = True, cand.text.split(" ", size)[-1]
        key_of[id(cand)] = key
        groups.find(key)
        if cand.text and _norm(cand.text) != key:
            groups.union(key, _norm(cand.text))  # so later surname/acronym lookups find it
    for cand in cands:
        if cand.alias_of is not None:
            groups.union(key_of[id(cand.alias_of)], key_of[id(cand)])
    # "PT SDL" = "PT Samudra Dermaga Linggar (SDL)": a legal form before the company's own acronym
    for key in list(groups.parent):
        words = key.split()
        if len(words) == 2 and words[0] in lexicon.company_prefixes and words[1] in groups.parent:
            groups.union(words[1], key)
    # "KPU Kabupaten Sumber Jaya" = "KPU Sumber Jaya": a regional body with or without the unit word
    for key in list(groups.parent):
        words = key.split()
        for k in range(1, len(words) - 1):
            size = _admin_prefix_size(" ".join(words[k:]), lexicon)
            if size:
                shorter = " ".join(words[:k] + words[k + size :])
                if shorter in groups.parent:
                    groups.union(key, shorter)
                break

    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for cand in cands:
        for kind, weight in cand.votes.items():
            votes[groups.find(key_of[id(cand)])][kind] += weight

    # "Gunung Merapi Jaya" / "Merapi Jaya", "Jalur Zembia" / "Zembia": a place
    # named with and without its landform or unit word is one place
    for key in list(groups.parent):
        if key.split(" ", 1)[0] not in _PREFIX_FIRST_WORDS:
            continue
        words = key.split()
        size = next((len(pre.split()) for pre in _PLACE_PREFIXES + _LANDFORMS if key.startswith(pre + " ")), 0)
        bare = " ".join(words[size:])
        if not size or not bare or bare not in groups.parent or groups.find(bare) == groups.find(key):
            continue
        prefixed, plain = votes.get(groups.find(key), {}), votes.get(groups.find(bare), {})
        if max(prefixed.items(), key=lambda kv: kv[1], default=(PER, 0))[0] == LOC and plain.get(ORG, 0) < _W_CUE and plain.get(PER, 0) < _W_TITLE:
            root, other = groups.find(key), groups.find(bare)
            groups.union(key, bare)  # root stays the root
            for kind, weight in votes.get(other, {}).items():
                votes[root][kind] += weight

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
        # "Kabupaten Sumber Jaya" names the place "Sumber Jaya"
        seen_lower |= {" ".join(form.split()[size:]) for form in list(seen_lower) if (size := _admin_prefix_size(form, lexicon))}
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


def _admin_prefix_size(key: str, lexicon: _Lexicon) -> int:
    """Words of the administrative prefix opening a normalised key with more after it ("kabupaten x" -> 1)."""
    words = key.split()
    for seq in lexicon.admin_prefixes.get(words[0] if words else "", ()):
        if len(words) > len(seq) and tuple(words[: len(seq)]) == seq:
            return len(seq)
    return 0


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
            # "BANDUNG, Kabarku.com - Warga ...", "Paris: Pembicaraan ..."
            initial = token.text in _OPENERS and (initial or token.text in _DATELINE_MARKS)
    return tokens


def _lead_prefixes(article: Article) -> tuple[tuple[int, int, Optional[str]], ...]:
    """(start, end, dateline) of lead prefixes ("KOTA, Warta.com -") in the first paragraphs."""
    found = []
    outlet = (article.outlet or "").lower()
    for paragraph in article.paragraphs[:_LEAD_PARAGRAPHS]:
        start, text = paragraph.span[0], paragraph.text
        prefix = lead_prefix(text)
        if prefix is not None and (prefix.outlet or prefix.dateline):
            dateline = prefix.dateline
            # the article-level reading (metadata weighs more evidence) decides
            # which part is the place: "Warta Kita, Sumber Jaya -"
            if article.dateline and article.dateline.lower() in text[: prefix.end].lower():
                dateline = article.dateline
            elif dateline and outlet and dateline.lower() == outlet:
                dateline = None
            found.append((start, start + prefix.end, dateline))
        elif outlet and text.lower().startswith(outlet) and text[len(outlet) : len(outlet) + 2].strip()[:1] in _PREFIX_MARKS:
            found.append((start, start + len(outlet), None))  # "Warta Kita - Ratusan warga ..."
    return tuple(found)


def apply(article: Article, *, options: Options = DEFAULT) -> Article:
    lexicon = _lexicon(options.language)
    tokens = _flat_tokens(article)
    recogniser = _Recogniser(tokens, article.body, lexicon, _lead_prefixes(article))
    recogniser.scan()
    spans = _model_spans(article, tokens, options)
    if spans:
        _merge_model(recogniser, spans)
    terms = recogniser.term_acronyms
    headings = [p for p in article.paragraphs if _is_heading(p.text)]
    cands = [c for c in recogniser.cands
             if c.text and not (headings and _heading_only(c, headings, article.body)) and not (c.text in terms and not c.known)]
    article.mentions, article.entities = _resolve(cands, lexicon)
    return article


_SENTENCE_END = re.compile(r"[.!?:\"”’)]\s*$")


def _is_heading(text: str) -> bool:
    """A short title-case line with no sentence end: a subheading ("Mediasi Gagal")."""
    words = text.split()
    if not 1 <= len(words) <= 6 or _SENTENCE_END.search(text):
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _heading_only(cand: _Cand, headings: list, body: str) -> bool:
    """A name found only in a subheading (``_is_heading``: "Dapur Katering Disegel", "Mediasi Gagal")
    that the body never writes again: a heading's capitals say nothing about names. A lexicon
    name, or one the body repeats, stays."""
    if cand.known or cand.canonical:
        return False
    paragraph = next((p for p in headings if p.span[0] <= cand.span[0] < p.span[1]), None)
    if paragraph is None:
        return False
    return body.find(cand.text, 0, paragraph.span[0]) < 0 and body.find(cand.text, paragraph.span[1]) < 0
