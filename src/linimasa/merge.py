"""Merged events: one real-world event reported by several outlets becomes one entry.

``merge_events(articles)`` takes every event of every (representative)
article and joins the reports of the same event. Per-article events are
noisy (an actor written "Tarvania Arkana Wiradarma", a hostage-taking typed
COERCE by one outlet and ASSAULT by another, a date missing), so two
reports are compared on several kinds of evidence at once and merge when
the evidence, weighed against how far apart their dates are, is strong
enough:

* actors, as sets of identity words: the words of the actor's name plus,
  from the article's ``Entity`` record, its aliases, linked entities and the
  affiliation in its roles ("Menteri Luar Negeri Tarvania" -> tarvania), so a
  minister stands for their country and "Tarvania Arkana Wiradarma" overlaps
  "Tarvania" and "Presiden Arkana Wiradarma";
* the evidence sentence: shared content words (lightly stemmed, so
  "disepakati" meets "sepakat") and shared numbers ("22 truk", "30 hari");
* place: agreeing places help, a place the other report never mentions
  counts against;
* type: the same PLOVER type, or a compatible one (ASSAULT/COERCE always
  with a little more evidence; CONSULT/AGREE only on the same day with a
  strongly similar sentence);
* direction: for directed types (ASSAULT, COERCE, ACCUSE, ...) a report
  whose doer is the other's target, their doers differing, never merges
  with it ("X menyerang Y" and the reprisal "Y menyerang X" the next day are
  two entries); doer and target are compared through the same identity
  words, and a report with no reliable order (a noun trigger, an agentless
  passive) or telling a mutual clash ("saling serang", "bentrokan antara X
  dan Y") has no direction and may join either;
* date: own dates the same day need the least evidence, a day or two apart
  more; an event with no date of its own is taken as reported on its
  article's publication day and may join an earlier dated entry (news keeps
  mentioning what happened days ago) with stronger evidence the longer ago.

Two own dates a day or two apart still merge, and the minority date is kept
as a ``Conflict`` beside the entry, never dropped; so is a different figure
for the same count and a different place.

Work is bounded by blocking: a report is only compared with entries that
share its type family and one key (an identity word, a number or a place
word) in the weeks its date allows (an inverted index); only the
``_CANDIDATES_SCORED`` entries sharing the most keys are scored, each on at
most ``_MEMBERS_COMPARED`` of its reports; never all pairs.

Entries of the same type and day that share a source article and an actor
are then joined (``_join_fragments``): one article telling one happening in
two unlike sentences must not leave two entries.

A second, conservative pass (``sentence_sources``) runs after merging: an
article that reports an entry's event in a sentence the per-article
extractor missed becomes one more source, marked ``matched_by="sentence"``
(trigger lemma, type word or type noun phrase, an actor, and the same day stated or the same
place and a shared number; published within a few days, or up to three weeks
later when the sentence states the day). Articles are found through an index
by (actor identity word, publication day) and one by the days their
sentences state; an article's sentences through their lemmas.

Notes:
    Cross-document event coreference by type, arguments, place and time is
    the recipe of the ECB+ line of work (Cybulska & Vossen 2014) and of
    event-data deduplication in ICEWS/POLECAT ("one-a-day" filtering:
    same actors, same type, same day). Comparing arguments through entity
    aliases and affiliations follows the entity-linking step of those
    systems; refusing to merge reversed doer/target pairs follows the
    source/target distinction of CAMEO/PLOVER dyads (an act and the
    reprisal are two dyadic events); the evidence weights and the tolerance of a couple of days for
    date disagreements between outlets are ours, set on our own test cases
    and the fictional demo corpus. The second pass is a high-precision
    variant of event "gap filling" by sentence retrieval (a trigger word plus
    argument overlap, as in the cross-document slot-filling baselines of TAC
    KBP); its rejection words (plans, conditions, running totals) and the
    evidence it requires were set on our own cases and checked against the
    demo corpus's truth table (docs/evaluation.md).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from itertools import accumulate
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import Optional

from .dates import iso_day
from . import timex as timex_module
from .events import offset_words
from .infer_dates import GENERIC_ACTOR_WORDS, actor_words
from .records import Article, Entity, Event, Span
from .sentences import split_paragraph
from .resources import json_resource, word_set
from .series import normalise_place

#: Status groups: reports in one group may describe the same event.
STATUS_GROUPS = {"occurred": "occurred", "planned": "future", "intended": "future", "expected": "future", "negated": "negated"}

#: Types that outlets use for the same happening; blocking works on these families.
TYPE_FAMILY = {"ASSAULT": "FORCE", "COERCE": "FORCE", "CONSULT": "MEET", "AGREE": "MEET"}
#: Extra evidence a pair of compatible (not equal) types needs.
_COMPATIBLE_EXTRA = {frozenset({"ASSAULT", "COERCE"}): 0.3, frozenset({"CONSULT", "AGREE"}): 0.6}

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_NUMBER = re.compile(r"(?<![\d.,/:])\d{1,3}(?:[.,]\d{3})+(?![\d/])|(?<![\d.,/:])\d+(?![\d/:]|[.,]\d)")
# Dates and clock times inside a sentence are not figures ("15/10/2025", "06.00").
_DATE_OR_TIME = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b\d{1,2}[.:]\d{2}\b")
# (prefix, letter it replaced before a vowel or None): meny+a -> sa, mem+u -> pu, men+e -> te.
_PREFIX_RULES = (("memper", None), ("meng", None), ("meny", "s"), ("mem", "p"), ("men", "t"), ("me", None),
                 ("peny", "s"), ("peng", None), ("pem", "p"), ("pen", "t"), ("ber", None), ("ter", None), ("di", None))
_SUFFIXES = ("nya", "kan", "lah", "an", "i")
_MEMBERS_COMPARED = 5  # reports of an entry a new report is compared with
_DIRECTION_MEMBERS = 20  # reports of an entry whose direction a new directed report is checked against
_CANDIDATES_SCORED = 24  # entries scored per report: those sharing the most blocking keys with it


@dataclass
class Source:
    id: str
    outlet: Optional[str]
    url: Optional[str]
    published: Optional[str]
    text: str
    date: Optional[str] = None  # the date this source gives the event
    copy_of: Optional[str] = None  # set for duplicate copies of another source
    published_source: Optional[str] = None
    matched_by: Optional[str] = None  # None: an extracted event; "sentence": found by ``sentence_sources``


@dataclass
class Conflict:
    field: str  # date, place, figure:<counts>
    value: object
    sources: list[str]
    note: str = ""


@dataclass
class Report:
    article: Article
    event: Event
    index: int
    first: Optional[date]
    last: Optional[date]
    own_date: Optional[str]  # representative date of the event's own time expression
    precision: str  # day, week, month, year, reported, unknown
    words: frozenset[str]  # identity words of the actors (names, aliases, affiliations)
    place: Optional[str]
    text_words: frozenset[str] = frozenset()  # stemmed content words of the evidence sentence
    numbers: frozenset[str] = frozenset()  # numbers in the evidence sentence and its figures
    context: frozenset[str] = frozenset()  # every word the report mentions (for place checks)
    place_words: frozenset[str] = frozenset()
    # Who acted on whom (identity words), for directed types only; None when the sentence gives no
    # reliable order (a noun trigger, an agentless passive) or tells a mutual clash ("saling serang").
    doer: Optional[frozenset[str]] = None
    target: frozenset[str] = frozenset()


@dataclass
class MergedEvent:
    id: str
    type: str
    status: str
    actors: list[str]
    place: Optional[str]
    date: Optional[str]
    date_precision: str
    reports: list[Report] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def _precision(value: Optional[str]) -> str:
    if not value:
        return "unknown"
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return "day"
    if "W" in value:
        return "week"
    if len(value) == 7:
        return "month"
    if len(value) == 4:
        return "year"
    return "period"


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return word_set("story_stopwords.txt") | word_set("clean_function_words.txt")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words of office titles ("menteri", "luar", "negeri"): a role's other words name its affiliation."""
    words: set[str] = set()
    for title in word_set("entity_titles.txt"):
        words.update(title.split())
    return frozenset(words) | OFFICE_WORDS


#: Words of offices and portfolios that titles are built from ("Menteri Luar Negeri", "Juru Bicara
#: Kementerian Pertahanan"): in a role they say which office, not which side.
OFFICE_WORDS = frozenset(
    "juru bicara kepala ketua wakil utusan khusus duta besar untuk dan luar negeri dalam pertahanan kesehatan "
    "keuangan sekretaris jenderal kementerian menteri presiden perdana".split()
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light Indonesian stem, for overlap only: one verbal prefix and one suffix off, six letters kept.

    The nasal prefix is undone the common way ("menyepakati" -> "sepakat",
    "menembak" -> "tembak", "memukul" -> "pukul"), so the active, passive
    and bare forms of a verb meet ("disepakati", "sepakat").
    """
    for prefix, replacement in _PREFIX_RULES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix):]
            if replacement is None:
                word = rest
            elif rest[0] in "aeiou":
                word = replacement + rest
            else:
                word = rest
            break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


def _numbers(text: str) -> set[str]:
    text = _DATE_OR_TIME.sub(" ", text)
    found = set()
    for raw in _NUMBER.findall(text):
        digits = raw.replace(".", "").replace(",", "")
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            continue  # a year
        found.add(digits.lstrip("0") or "0")
    return found


def _words_of(text: Optional[str]) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower())) if text else frozenset()


class _EntityLookup:
    """An article's entities by every lower-cased spelling (name and aliases)."""

    __slots__ = ("by_spelling", "_identities")

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.by_spelling: dict[str, Entity] = {}
        self._identities: dict[str, frozenset[str]] = {}  # an article names the same actors many times
        for entity in entities:
            for spelling in [entity.name, *entity.aliases]:
                self.by_spelling.setdefault(spelling.lower(), entity)

    def identity(self, actor: str) -> frozenset[str]:
        """Identity words of one actor: its name's words, and its entity's aliases, links and affiliation."""
        found = self._identities.get(actor)
        if found is None:
            found = self._identities[actor] = self._identity(actor)
        return found

    def _identity(self, actor: str) -> frozenset[str]:
        words = set(actor_words([actor]))
        entity = self.by_spelling.get(actor.lower())
        if entity is not None:
            words |= actor_words([entity.name, *entity.aliases, *entity.linked])
            titles = _title_words()
            for role in entity.roles:
                words.update(w for w in actor_words([role]) if w not in titles)
        return frozenset(words)


def _named_week(article: Article, event: Event, own: Optional[str]) -> list[date]:
    """The days a past week may mean (``_week_days``) when the event's day stands for a week named
    in its sentence ("pekan lalu": ``timex`` gives the week's day on the publication weekday)."""
    if not own or len(own) != 10:
        return []
    lo, hi = event.span
    for timex in article.timexes:
        if lo <= timex.span[0] < hi and timex.value and "W" in timex.value:
            if timex_module.representative_date(timex.value, timex.anchor or article.published) == own:
                return _week_days(timex.value, iso_day(article.published))
    return []


def make_report(article: Article, event: Event, index: int, lookup: Optional[_EntityLookup] = None) -> Report:
    own = timex_module.representative_date(event.date, article.published) if event.date else None
    if own is None and event.date and iso_day(event.date):
        own = event.date[:10]
    span = timex_module.date_range(own) if own else None
    if lookup is None:
        lookup = _EntityLookup(article.entities)
    words: frozenset[str] = frozenset().union(*(lookup.identity(a) for a in event.actors)) if event.actors else frozenset()
    place = normalise_place(event.place)
    place_words = frozenset(place.split()) if place else frozenset()
    sentence_words = _words_of(event.text)
    stop = _stop_words()
    # Lemmas, so the noun and the verb of one act meet ("pertukaran" and "bertukar" -> tukar).
    # Office and group words ("dinas", "kota", "warga") say as little here as among the actors.
    text_words = frozenset(lemma for w in sentence_words
                           if len(w) >= 4 and w not in stop and w not in words and w not in place_words
                           and w not in GENERIC_ACTOR_WORDS
                           for lemma in _lemmas(w))
    numbers = _numbers(event.text or "")
    numbers.update(f"{f.value:g}" for f in event.figures)
    context = sentence_words | words | place_words
    week = _named_week(article, event, own)
    if week:
        # "Pekan lalu, DKSS mendesak ...": the day is only the week's stand-in; match on the week.
        first, last, precision = week[0], week[-1], "week"
    elif span is not None:
        first, last, precision = span[0], span[1], _precision(own)
    else:
        published = iso_day(article.published)
        first = last = published
        precision = "reported" if published is not None else "unknown"
        own = None
    doer, target = _direction(event, lookup, sentence_words)
    return Report(article, event, index, first, last, own, precision, words, place,
                  text_words, frozenset(numbers), context, place_words, doer, target)


#: Types whose first actor acts on the others: "X menyerang Y" and "Y menyerang X" are two events.
DIRECTED_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "THREATEN", "SANCTION", "REQUEST", "REJECT", "PROTEST", "AID"})
#: Words that make a sentence tell a clash of both sides with no direction ("saling serang",
#: "bentrokan antara X dan Y", "pertempuran di Kersa", "baku tembak", "kontak senjata").
MUTUAL_WORDS = frozenset("saling pertempuran bentrokan bentrok baku perang kontak kericuhan konflik".split())
_PASSIVE_AGENT = re.compile(r"\s*(?:oleh\s+)?[A-Z]")


@lru_cache(maxsize=1)
def _trigger_voices() -> tuple[frozenset[str], frozenset[str]]:
    """One-word noun and passive triggers of ``event_predicates.json`` (lower case)."""
    predicates = json_resource("event_predicates.json")
    nouns: set[str] = set()
    passives: set[str] = set()
    for event_type, forms in predicates.items():
        if event_type.startswith("_") or not isinstance(forms, dict):
            continue
        for voice, into in (("noun", nouns), ("passive", passives)):
            for pattern in forms.get(voice, []):
                if isinstance(pattern, str) and " " not in pattern:
                    into.add(pattern.lower())
    return frozenset(nouns), frozenset(passives)


def _direction(event: Event, lookup: _EntityLookup, sentence_words: frozenset[str]) -> tuple[Optional[frozenset[str]], frozenset[str]]:
    """(doer identity, target identity) of a directed event, or (None, empty) when its order says nothing.

    The per-article extractor puts the doer first only for an active verb
    (or a light verb with its noun, "melancarkan serangan") and for a passive
    with its agent ("diserang oleh X", "diserang X"); a bare noun's first
    name may be either side, and an agentless passive's is the target.
    """
    if event.type not in DIRECTED_TYPES or not event.actors:
        return None, frozenset()
    trigger = (event.trigger or "").strip()
    trigger_words = _words_of(trigger)
    if sentence_words & MUTUAL_WORDS or trigger_words & MUTUAL_WORDS:
        return None, frozenset()
    nouns, passives = _trigger_voices()
    lowered = trigger.lower()
    head = lowered.split()[0] if lowered else ""
    if " " not in lowered and lowered in nouns:
        return None, frozenset()
    if head:
        # "diserang", "dijatuhi sanksi": a passive orders doer and target only with its agent after it.
        if head in passives or (head.startswith(("di", "ter")) and head not in nouns):
            text = event.text or ""
            at = text.find(trigger)
            if at < 0 or not _PASSIVE_AGENT.match(text, at + len(trigger)):
                return None, frozenset()
    doer = lookup.identity(event.actors[0])
    if not doer:
        return None, frozenset()
    target: frozenset[str] = frozenset().union(*(lookup.identity(a) for a in event.actors[1:])) if event.actors[1:] else frozenset()
    return doer, target - doer


def reversed_roles(a: Report, b: Report) -> bool:
    """Two directed reports where one's doer is the other's target and their doers differ.

    "Tarvania menyerang Kaldoria" against "Pasukan Kaldoria menggempur
    Halvik": Kaldoria acts in one and is acted on in the other, so these are
    an attack and its reprisal, not one attack retold.
    """
    if a.doer is None or b.doer is None or a.doer & b.doer:
        return False
    return bool(a.doer & b.target) or bool(b.doer & a.target)


def _gap(a_first: date, a_last: date, b_first: date, b_last: date) -> int:
    if a_last < b_first:
        return (b_first - a_last).days
    if b_last < a_first:
        return (a_first - b_last).days
    return 0


def _overlap(a: frozenset, b: frozenset, floor: int = 1) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / max(min(len(a), len(b)), floor) if shared else 0.0


#: Evidence from an unnamed group ("warga") of one report named in the other's sentence.
GROUP_MENTIONED = 0.5


def evidence(a: Report, b: Report) -> float:
    """How strongly two reports look like the same happening, dates aside (0 = nothing shared)."""
    a_words, b_words = a.words, b.words
    score = 0.0
    for one, other in ((a, b), (b, a)):
        if not one.words and one.event.actors and other.words:
            # Only an unnamed group acts or suffers ("Sebanyak 17 warga ... dibebaskan"): the other
            # report naming that group in its sentence is what an actor in common would be.
            group = frozenset(w for actor in one.event.actors for w in _words_of(actor.lower()))
            if group and group <= other.context:
                score += GROUP_MENTIONED
    if a_words and b_words:
        shared = len(a_words & b_words)
        smaller = min(len(a_words), len(b_words))
        score = shared / smaller
        if shared < smaller:
            # The extractor may have put an actor of one report only in the other's sentence.
            mentioned = len(a_words & b.context) + len(b_words & a.context)
            score = max(score, 0.8 * mentioned / (len(a_words) + len(b_words)))
    if a.text_words and b.text_words:
        shared = len(a.text_words & b.text_words)
        if shared:
            score += shared / max(min(len(a.text_words), len(b.text_words)), 4)
    if a.article is b.article:
        score += 0.25  # an article mostly elaborates the event it leads with
    if a.numbers and b.numbers:
        score += 0.3 * min(len(a.numbers & b.numbers), 2)
    if a.place_words and b.place_words:
        if a.place_words <= b.context or b.place_words <= a.context:
            score += 0.3
        else:
            score -= 0.8  # each says the other's place never
    elif a.place_words or b.place_words:
        placed, other = (a, b) if a.place_words else (b, a)
        # One report names a place: the other's sentence naming it too agrees, never naming it weakly
        # disagrees; naming part of it ("Israel" for "Israel selatan") neither.
        if placed.place_words <= other.context:
            score += 0.2
        elif not placed.place_words & other.context:
            score -= 0.3
    return score


def needed(a: Report, b: Report, *, tolerance: int, window: int) -> Optional[float]:
    """The evidence two reports need to merge given their dates, or None when the dates rule it out."""
    if a.first is None or b.first is None:
        return 2.0  # no date to compare: near-identical reports only
    gap = _gap(a.first, a.last, b.first, b.last)
    if a.own_date and b.own_date:
        if gap > tolerance:
            return None
        coarse = a.precision != "day" or b.precision != "day"
        return (0.8 + 0.35 * gap) + (0.3 if coarse else 0.0)
    if a.own_date or b.own_date:
        dated, reported = (a, b) if a.own_date else (b, a)
        # Reported (no own date) on its publication day: the dated event may lie before it.
        behind = (reported.first - dated.last).days
        if behind < -1 or behind > window:
            return None
        if behind < 0:
            return 1.5  # reported the day before it happened: only a date slip, rarely
        return 1.0 if behind <= 1 else 1.3 + 0.03 * behind
    # Neither has a date of its own: publication days close.
    if gap > 1:
        return None
    return 1.2 + 0.2 * gap


def pair_score(a: Report, b: Report, *, tolerance: int = 2, window: int = 21) -> Optional[float]:
    """Evidence minus what the dates and types need; the pair merges when it is >= 0."""
    if a.event.type != b.event.type:
        extra = _COMPATIBLE_EXTRA.get(frozenset({a.event.type, b.event.type}))
        if extra is None:
            return None
        if TYPE_FAMILY.get(a.event.type) == "MEET":
            # A meeting and an agreement are one entry only on the same day with the same sentence content.
            if not (a.own_date and b.own_date and a.first == b.first) and a.article is not b.article:
                return None
            if _overlap(a.text_words, b.text_words, floor=4) < 0.5:
                return None
    else:
        extra = 0.0
    if reversed_roles(a, b):
        return None  # an act and the answer to it
    need = needed(a, b, tolerance=tolerance, window=window)
    if need is None:
        return None
    return evidence(a, b) - need - extra


@dataclass
class _Cluster:
    number: int
    type: str
    family: str
    group: str
    first: Optional[date]
    last: Optional[date]
    dated: bool
    reports: list[Report]
    keys: set[str] = field(default_factory=set)


def _keys(report: Report) -> set[str]:
    """Blocking keys: identity words, numbers (two digits or more) and place words."""
    keys = set(report.words) | report.place_words
    keys.update("#" + n for n in report.numbers if len(n) >= 2)
    return keys


def _plan_meets_outcome(cluster: _Cluster, report: Report, group: str) -> bool:
    """A dated plan ("KTT akan digelar 1 November") and the dated event it announced are one entry."""
    if {cluster.group, group} != {"occurred", "future"}:
        return False
    return report.own_date is not None and cluster.dated and _precision(report.own_date) == "day"


def _week(day: date) -> int:
    return day.toordinal() // 7


def _weeks_to_search(report: Report, tolerance: int, window: int) -> Optional[range]:
    """Weeks where a compatible entry can be; None when the report has no date (search all)."""
    if report.first is None:
        return None
    back = tolerance if report.own_date is not None else window
    return range(_week(report.first - timedelta(days=back + 1)), _week(report.last + timedelta(days=tolerance + 1)) + 1)


def _cluster_weeks(cluster: _Cluster) -> list[Optional[int]]:
    if cluster.first is None:
        return [None]
    last = cluster.last or cluster.first
    if (last - cluster.first).days > 62:
        # A year or a long period: file it under its ends only, so that one
        # coarse date does not fill dozens of buckets.
        return [_week(cluster.first), _week(last)]
    # A dated entry can still be joined by undated reports published up to a few weeks later.
    return list(range(_week(cluster.first), _week(last) + 1))


def _cluster_score(cluster: _Cluster, report: Report, *, tolerance: int, window: int) -> Optional[float]:
    if cluster.dated and report.first is not None:
        # The entry's own date span decides first, so entries do not drift day by day.
        if report.own_date:
            if _gap(report.first, report.last, cluster.first, cluster.last) > tolerance:
                return None
        elif not (-1 <= (report.first - cluster.last).days <= window):
            return None
    if report.doer is not None:
        # An entry whose directed reports point the other way is the act this report answers
        # (a reprisal), even when a mutual or undirected member of it looks alike.
        members = cluster.reports[:_DIRECTION_MEMBERS]
        against = sum(1 for m in members if reversed_roles(m, report))
        if against and against >= sum(1 for m in members if m.doer is not None and m.doer & report.doer):
            return None
    scores = []
    for member in cluster.reports[:_MEMBERS_COMPARED]:
        score = pair_score(member, report, tolerance=tolerance, window=window)
        scores.append(-1.0 if score is None else score)
    best = max(scores)
    if best < 0:
        return None
    # Half best match, half the average: one look-alike member (the same sentence read as two
    # events with different places) must not pull a report into an entry the rest disagrees with.
    return 0.5 * best + 0.5 * sum(scores) / len(scores)


def merge_events(
    articles: Sequence[Article],
    *,
    tolerance_days: int = 2,
    reported_window_days: int = 21,
) -> list[MergedEvent]:
    """Merge the events of ``articles`` (pass representatives, not duplicate copies)."""
    reports: list[Report] = []
    for article in articles:
        if not article.events:
            continue
        lookup = _EntityLookup(article.entities)
        reports.extend(make_report(article, event, i, lookup) for i, event in enumerate(article.events))
    # Own dates first, finest first, so undated reports find the dated entry they belong to.
    order = {"day": 0, "week": 1, "month": 2, "period": 2, "year": 3, "reported": 4, "unknown": 5}
    reports.sort(key=lambda m: (order[m.precision], m.first or date.max, m.article.id, m.index))
    clusters: list[_Cluster] = []
    # Blocking index: (type family, key) -> week number -> entries whose dates
    # touch that week (None for entries with no date at all). A report looks
    # only at the weeks its date could match, so a corpus of a year of one
    # conflict does not compare every "ASSAULT Israel" with every other.
    index: dict[tuple[str, str], dict[Optional[int], set[int]]] = defaultdict(lambda: defaultdict(set))
    for report in reports:
        event_type = report.event.type
        family = TYPE_FAMILY.get(event_type, event_type)
        group = STATUS_GROUPS.get(report.event.status, report.event.status)
        keys = _keys(report)
        # Weigh shared keys per entry and score only the entries sharing the most.
        hits: Counter = Counter()
        weeks = _weeks_to_search(report, tolerance_days, reported_window_days)
        for key in sorted(keys):  # a fixed order: the same corpus gives the same timeline
            buckets = index.get((family, key))
            if not buckets:
                continue
            seen: set[int] = set()
            if weeks is None:
                for members in buckets.values():
                    seen.update(members)
            else:
                for week in weeks:
                    members = buckets.get(week)
                    if members:
                        seen.update(members)
                members = buckets.get(None)
                if members:
                    seen.update(members)
            if seen:
                # A key few entries share (a number, a place) says more than "Tarvania".
                weight = 1.0 / len(seen)
                for number in seen:
                    hits[number] += weight
        best: Optional[tuple[float, int]] = None
        for number, _shared in heapq.nsmallest(_CANDIDATES_SCORED, hits.items(), key=lambda kv: (-kv[1], kv[0])):
            cluster = clusters[number]
            if cluster.group != group and not _plan_meets_outcome(cluster, report, group):
                continue
            score = _cluster_score(cluster, report, tolerance=tolerance_days, window=reported_window_days)
            if score is not None and score >= 0 and (best is None or score > best[0]):
                best = (score, number)
        if best is None:
            cluster = _Cluster(len(clusters), event_type, family, group, report.first, report.last,
                               report.own_date is not None, [])
            clusters.append(cluster)
        else:
            cluster = clusters[best[1]]
        cluster.reports.append(report)
        if report.own_date is not None and report.first is not None:
            if not cluster.dated:
                cluster.first, cluster.last, cluster.dated = report.first, report.last, True
            else:
                cluster.first = min(cluster.first, report.first)
                cluster.last = max(cluster.last, report.last)
        elif cluster.first is None and report.first is not None:
            cluster.first, cluster.last = report.first, report.last
        cluster.keys |= keys
        weeks_of_cluster = _cluster_weeks(cluster)
        for key in cluster.keys:
            for week in weeks_of_cluster:
                index[(family, key)][week].add(cluster.number)
    return [_finish(cluster) for cluster in _join_fragments(clusters)]


#: Days an entry's dates may cover and still take fragments (one day, or a day and the next).
_FRAGMENT_SPAN_DAYS = 2


def _outcome_group(cluster: _Cluster) -> str:
    """The status group an entry ends with: a plan that came true is an occurred entry (``_finish``)."""
    if cluster.group != "occurred" and any(r.event.status == "occurred" for r in cluster.reports):
        return "occurred"
    return cluster.group


def _cluster_days(cluster: _Cluster) -> list[date]:
    """The days an entry is dated to (own dates, or the publication day of undated reports and the
    day before); none when vague. An entry whose span is widened by a coarse plan ("akhir bulan
    ini") counts on the days its reports give to the day."""
    if cluster.first is None or cluster.last is None:
        return []
    if (cluster.last - cluster.first).days + 1 > _FRAGMENT_SPAN_DAYS:
        exact = sorted({r.first for r in cluster.reports if r.own_date and r.precision == "day" and r.first is not None})
        return exact if len(exact) <= _FRAGMENT_SPAN_DAYS else []
    days = (cluster.last - cluster.first).days + 1
    first = cluster.first
    if not cluster.dated:
        # Reported without a day of its own: told on its publication day, it may be the day before.
        first, days = first - timedelta(days=1), days + 1
    return [first + timedelta(days=k) for k in range(days)]


def _places_agree(a: _Cluster, b: _Cluster) -> bool:
    """Whether two entries' places (if both name one) can be one place: one name holds the other."""
    a_places = {r.place for r in a.reports if r.place}
    b_places = {r.place for r in b.reports if r.place}
    return not (a_places and b_places and not any(p in q or q in p for p in a_places for q in b_places))


def _fragments_agree(a: _Cluster, b: _Cluster) -> bool:
    """Two entries of one type and day, sharing an article, that tell one happening (see ``_join_fragments``)."""
    if a.type != b.type or _outcome_group(a) != _outcome_group(b):
        return False
    if not {id(r.article) for r in a.reports} & {id(r.article) for r in b.reports}:
        return False
    a_words = frozenset().union(*(r.words for r in a.reports))
    b_words = frozenset().union(*(r.words for r in b.reports))
    if not a_words & b_words and a_words and b_words:
        # (An entry whose only actors are unnamed groups, "Sebanyak 17 warga ditangkap", has no identity
        # words: in an article that tells the named one the same day, it is that happening.)
        return False
    if not _places_agree(a, b):
        return False  # two places: two attacks of one day, say
    members_a, members_b = a.reports[:_DIRECTION_MEMBERS], b.reports[:_DIRECTION_MEMBERS]
    return not any(reversed_roles(x, y) for x in members_a for y in members_b)


def _trigger_lemmas(report: Report) -> frozenset[str]:
    return frozenset(lemma for word in _WORD.findall((report.event.trigger or "").lower()) if len(word) >= 4
                     for lemma in _lemmas(word))


def _first_word(report: Report) -> str:
    words = _WORD.findall((report.event.trigger or "").lower())
    return words[0] if words else ""


def _sides_agree(a: _Cluster, b: _Cluster) -> bool:
    """Two entries of one type and day, each telling one side of the same act: one only who suffered it
    ("enam pekerja PHI diculik", no doer said), the other only who did it ("... diculik FPS"), where a
    sentence of the doer's entry names the sufferer and both were told by the same verb.

    Victims' families and police often tell a kidnapping without its doer while the group's claim
    names no victim by name; no actor word is shared, so only this pairing joins them.
    """
    if a.type != b.type or a.type not in DIRECTED_TYPES:
        return False
    if any(len(r.event.actors) > 1 for r in a.reports + b.reports):
        return False
    # Who suffered it only: an agentless passive ("diculik"); a bare noun's or a clash's lone name may be the doer.
    passives = _trigger_voices()[1]
    undone, done = (a, b) if all(r.doer is None for r in a.reports) else (b, a)
    if not all(r.doer is None and _first_word(r) in passives for r in undone.reports):
        return False
    if not all(r.doer is not None for r in done.reports):
        return False
    sufferers = frozenset().union(*(r.words for r in undone.reports))
    if not sufferers or not any(sufferers <= r.context for r in done.reports):
        return False
    if not frozenset().union(*map(_trigger_lemmas, undone.reports)) & frozenset().union(*map(_trigger_lemmas, done.reports)):
        return False
    return _places_agree(a, b)


def _join_fragments(clusters: list[_Cluster]) -> list[_Cluster]:
    """Join entries of the same type, status and day that share a source article and an actor.

    The first pass compares reports sentence by sentence, so an article that
    tells one happening in two sentences with little in common ("Konvoi
    bantuan PBN diserang ..." and "Konvoi yang terdiri atas 22 truk itu
    ditembaki di dekat Desa Brana") can leave two entries, each with some of
    the outlets. When one article is a source of both, the two entries have
    the same type and day (an entry dated over two days counts on both),
    their actors overlap, their places (if both have one) agree and no doer
    of one is the target of the other, they are one happening: the ICEWS
    "one-a-day" convention (same actors, type and day = one event), applied
    only where an article already ties the two.
    """
    by_day: dict[tuple[str, str, date], list[int]] = defaultdict(list)
    for number, cluster in enumerate(clusters):
        for day in _cluster_days(cluster):
            by_day[(cluster.type, _outcome_group(cluster), day)].append(number)
    absorbed = [False] * len(clusters)  # joined into another entry
    for numbers in by_day.values():
        if len(numbers) < 2:
            continue
        # Largest first: fragments join the entry most outlets already agree on.
        numbers = sorted(numbers, key=lambda n: (-len({id(r.article) for r in clusters[n].reports}), n))
        for i, big in enumerate(numbers):
            for small in numbers[i + 1:]:
                if absorbed[small] or absorbed[big]:
                    continue
                if _fragments_agree(clusters[big], clusters[small]) or _sides_agree(clusters[big], clusters[small]):
                    absorbed[small] = True
                    target, fragment = clusters[big], clusters[small]
                    target.reports.extend(fragment.reports)
                    if fragment.dated and fragment.first is not None:
                        if target.dated:
                            target.first, target.last = min(target.first, fragment.first), max(target.last, fragment.last)
                        else:
                            target.first, target.last, target.dated = fragment.first, fragment.last, True
    return [c for n, c in enumerate(clusters) if not absorbed[n]]


def _finish(cluster: _Cluster) -> MergedEvent:
    reports = cluster.reports
    statuses = Counter(m.event.status for m in reports)
    if "occurred" in statuses:
        statuses = Counter({"occurred": statuses["occurred"]})  # the plan came true
    actor_counts: Counter = Counter()
    for m in reports:
        actor_counts.update(dict.fromkeys(m.event.actors, 1))
    actors = [a for a, _ in sorted(actor_counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    # Drop an actor name that is only a longer spelling of another one kept.
    kept: list[str] = []
    for actor in sorted(actors, key=lambda a: (-actor_counts[a], len(a))):
        if not any(actor != other and other.lower() in actor.lower() for other in kept):
            kept.append(actor)
    actors = [a for a in actors if a in kept]
    if cluster.type in DIRECTED_TYPES:
        # Who did it first, however many reports name only those who suffered it (``_sides_agree``).
        doers = {m.event.actors[0] for m in reports if m.doer is not None and m.event.actors}
        actors.sort(key=lambda a: a not in doers)
    places = Counter(m.event.place for m in reports if m.event.place)
    place = places.most_common(1)[0][0] if places else None

    date_votes: dict[str, list[Report]] = defaultdict(list)
    for m in reports:
        if m.own_date:
            date_votes[m.own_date].append(m)
    conflicts: list[Conflict] = []
    if date_votes:
        precision_rank = {"day": 0, "week": 1, "month": 2, "period": 2, "year": 3}

        def vote(item: tuple[str, list[Report]]) -> tuple:
            value, votes = item
            earliest = min((m.article.published or "9999") for m in votes)
            return (-len({m.article.id for m in votes}), precision_rank.get(_precision(value), 4), earliest, value)

        chosen, _ = sorted(date_votes.items(), key=vote)[0]
        chosen_range = timex_module.date_range(chosen)
        for value, votes in sorted(date_votes.items()):
            if value == chosen:
                continue
            other = timex_module.date_range(value)
            if chosen_range and other and (other[0] <= chosen_range[0] and chosen_range[1] <= other[1]):
                continue  # a coarser date that contains the chosen day agrees with it
            conflicts.append(Conflict("date", value, sorted({m.article.id for m in votes}),
                                      f"{len(votes)} report(s) give {value} instead of {chosen}"))
        date_value, precision = chosen, _precision(chosen)
    else:
        published = sorted(m.article.published[:10] for m in reports if m.article.published)
        date_value, precision = (published[0], "reported") if published else (None, "unknown")

    if len(places) > 1:
        for other, _ in places.most_common()[1:]:
            a, b = (normalise_place(other) or ""), (normalise_place(place) or "")
            if a and b and a not in b and b not in a:
                ids = sorted({m.article.id for m in reports if m.event.place == other})
                conflicts.append(Conflict("place", other, ids, f"also placed in {other}"))

    conflicts.extend(_figure_conflicts(reports, date_value if precision == "day" else None))

    first = sorted(reports, key=lambda m: (m.article.published or "9999", m.article.id, m.index))[0]
    # Compatible types merged (ASSAULT/COERCE): the entry takes the type most reports give.
    types = Counter(m.event.type for m in reports)
    entry_type = max(types, key=lambda t: (types[t], t == cluster.type))
    return MergedEvent(
        id=f"ev-{first.article.id}-{first.index}",
        type=entry_type,
        status=statuses.most_common(1)[0][0],
        actors=actors,
        place=place,
        date=date_value,
        date_precision=precision,
        reports=sorted(reports, key=lambda m: (m.article.published or "9999", m.article.id, m.index)),
        conflicts=conflicts,
    )


#: Subjects that say only "people": "23 orang" and "23 warga" count the same thing.
_GENERIC_SUBJECTS = frozenset({"", "orang", "warga", "jiwa", "korban"})


def _figure_conflicts(reports: Sequence[Report], day: Optional[str]) -> list[Conflict]:
    """Different values that outlets give for the same count of this event.

    Only figures of the event itself are compared: a running total ("sejak
    13 Oktober", ``Figure.since``) or a figure as of another day belongs to
    the figure series, not to this entry. Two values one article gives
    together (46 soldiers held by one side, 29 by the other) are two
    quantities, never a conflict; nor are values for different subjects
    ("14 tentara" and "9 warga sipil").
    """
    values: dict[tuple[str, str], dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in reports:
        for figure in m.event.figures:
            if figure.since or (day and figure.date and figure.date[:10] != day[:10]):
                continue
            subject = (figure.subject or "").lower()
            subject = "" if subject in _GENERIC_SUBJECTS else subject
            values[(figure.counts, subject)][figure.value].add(m.article.id)
    conflicts = []
    for (counts, _subject), by_value in values.items():
        if len(by_value) < 2:
            continue
        ranked = sorted(by_value.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        top_value, top_ids = ranked[0]
        for value, ids in ranked[1:]:
            if ids & top_ids:
                continue  # one article gives both: two quantities
            conflicts.append(Conflict(f"figure:{counts}", value, sorted(ids), f"{value:g} {counts} instead of {top_value:g}"))
    return conflicts


def source_of(report: Report) -> Source:
    article = report.article
    return Source(
        id=article.id, outlet=article.outlet, url=article.url, published=article.published,
        text=report.event.text, date=report.own_date, published_source=article.published_source,
    )


# --------------------------------------------------------------------------- second pass: sentence sources

#: Days after an entry's date in which an article may still report it as news.
SENTENCE_MATCH_DAYS = 4
#: Entries dated to the day by a time expression, or by the publication day of their first report.
_SENTENCE_PRECISIONS = frozenset({"day", "reported"})
_SENTENCE_KINDS_NEEDED = 2  # the day stated (2), the same place (1), a shared number (1)
_SENTENCE_CANDIDATES = 400  # sentences naming the type checked per entry at most (buckets: one actor word, one day)
_ARTICLES_VISITED = 200  # articles looked at per entry at most
#: A sentence with one of these words states a plan, a condition or a denial, not the happening.
#: Outcome words ("menewaskan" -> tewas) also carry running casualty totals that sum up many events:
#: they never count as the event's word in this pass.
_OUTCOME_STEMS = frozenset({"tewas", "luka"})
_NOT_OCCURRED_WORDS = frozenset("tidak tak bukan belum jika bila apabila kalau seandainya jangan".split())
#: Plan words: they rule a sentence out, except when it states the entry's day and that day lies
#: before the article came out ("... akan melanjutkan pengiriman yang dihentikan sejak konvoinya
#: diserang pada 19 Oktober"): what is planned then is something else, the event is told as past.
_PLAN_WORDS = frozenset("akan hendak bakal dijadwalkan direncanakan berencana rencananya".split())
#: Days after an entry's date in which a later article may still tell it as background, when the
#: sentence states the entry's very day ("sejak konvoinya diserang pada 19 Oktober").
BACKGROUND_MATCH_DAYS = 42
#: Running totals ("hingga Sabtu 187 orang tewas sejak pertempuran pecah") sum up many events.
_RUNNING_TOTAL_WORDS = frozenset("hingga sejauh total keseluruhan kumulatif".split())
#: Words before the day a running total is counted up to ("hingga Sabtu", "per Senin").
_AS_OF_SIGNALS = frozenset({"hingga", "sampai", "per"})


@lru_cache(maxsize=1)
def type_stems() -> dict[str, frozenset[str]]:
    """Stems of the one-word triggers of each PLOVER type (``event_predicates.json``): the type's word family."""
    predicates = json_resource("event_predicates.json")
    families: dict[str, frozenset[str]] = {}
    for event_type, forms in predicates.items():
        if event_type.startswith("_") or not isinstance(forms, dict):
            continue
        words = set()
        for voice in ("active", "passive", "noun"):
            for pattern in forms.get(voice, []):
                parts = pattern.split()
                if len(parts) == 1:
                    # "bom", "rata" (meratakan; also "rata-rata") say too little
                    words.update(lemma for lemma in _lemmas(parts[0]) if len(lemma) >= 5)
        families[event_type] = frozenset(words - _OUTCOME_STEMS)
    return families


@lru_cache(maxsize=1)
def _type_phrases() -> tuple[Optional[re.Pattern], dict[str, frozenset[str]], list[tuple[str, frozenset[str], frozenset[str]]]]:
    """Noun phrases naming an event of each type, matched whole: the multi-word noun forms of
    ``event_predicates.json`` plus ``merge_noun_phrases.json``. Returns (one regex over all phrases,
    phrase -> types, [(type, nouns, verbs)] of the phrases that need a verb beside them)."""
    types_of: dict[str, set[str]] = defaultdict(set)
    for event_type, forms in json_resource("event_predicates.json").items():
        if event_type.startswith("_") or not isinstance(forms, dict):
            continue
        for pattern in forms.get("noun", []):
            if " " in pattern and not any(c in pattern for c in "*!~"):
                types_of[pattern.lower()].add(event_type)
    extra = json_resource("merge_noun_phrases.json")
    for event_type, phrases in extra.items():
        if not event_type.startswith("_") and isinstance(phrases, list):
            for phrase in phrases:
                types_of[phrase.lower()].add(event_type)
    with_verb = [(item["type"], frozenset(n.lower() for n in item["nouns"]), frozenset(v.lower() for v in item["verbs"]))
                 for item in extra.get("_with_verb", [])]
    names = sorted(set(types_of) | {n for _, nouns, _ in with_verb for n in nouns}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])") if names else None
    return pattern, {k: frozenset(v) for k, v in types_of.items()}, with_verb


@lru_cache(maxsize=1)
def _phrase_first_words() -> frozenset[str]:
    """First words of the type phrases: a sentence with none of them names no type by a phrase."""
    pattern, types_of, with_verb = _type_phrases()
    names = set(types_of) | {n for _, nouns, _ in with_verb for n in nouns}
    firsts = (_WORD.findall(name) for name in names)
    return frozenset(found[0] for found in firsts if found)


def _phrase_types(text: str, words: Optional[frozenset[str]] = None) -> frozenset[str]:
    """Types named in a sentence by a whole noun phrase ("pertukaran tahanan" -> CONCEDE).

    ``words``: the sentence's words (``_words_of``), when known, to skip the
    phrase search in sentences that have no first word of any phrase.
    """
    pattern, types_of, with_verb = _type_phrases()
    if pattern is None:
        return frozenset()
    if words is not None and not words & _phrase_first_words():
        return frozenset()
    lowered = text.lower()
    seen = {m.group(0) for m in pattern.finditer(lowered)}
    if not seen:
        return frozenset()
    by_verb: set[str] = set()
    verbed: set[str] = set()
    if with_verb:
        words = set(_WORD.findall(lowered))
        for event_type, nouns, verbs in with_verb:
            if seen & nouns and any(all(w in words for w in verb.split()) for verb in verbs):
                by_verb.add(event_type)
                verbed |= seen & nouns
    # A phrase with the verb that says what became of it names that type only: "gencatan
    # senjata berlaku" is the truce taking effect, not (also) its agreement.
    found = set().union(*(types_of.get(p, ()) for p in seen - verbed)) if seen - verbed else set()
    return frozenset(found | by_verb)


_NOUN_CIRCUMFIXES = ("per", "pe", "ke")


@lru_cache(maxsize=65536)
def _lemmas(word: str) -> frozenset[str]:
    """The stem of a word and, for a per-/pe-/ke-...-an noun, the stem of its base ("pertukaran" -> tukar).

    A per-...-an noun keeps only its base: ``stem`` has no per- rule, so its
    whole-word stem is a six-letter truncation that two unrelated nouns can
    share ("pertemuan" and "pertempuran" both give "pertem").
    """
    found = {stem(word)}
    if word.endswith("an"):
        for prefix in _NOUN_CIRCUMFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) - 2 >= 4:
                base = stem(word[len(prefix):-2])
                found = {base} if prefix == "per" else found | {base}
                break
    return frozenset(found)


@lru_cache(maxsize=131072)
def _event_lemmas(word: str) -> frozenset[str]:
    """The lemmas of a word that belong to some event type's vocabulary (most words have none)."""
    if len(word) < 4:
        return frozenset()
    return _lemmas(word) & _event_vocabulary()


def _mostly_quoted(first: int, last: int, quoted: list[Span], starts: list[int], reach: list[int]) -> bool:
    """Whether one direct quote covers more than half of the span ``first:last``.

    ``quoted`` is sorted; ``starts`` are its starts and ``reach`` the furthest
    end of each prefix, so only the quotes that can overlap the span are looked at.
    """
    k = bisect_left(starts, last) - 1
    while k >= 0 and reach[k] > first:
        start, end = quoted[k]
        if 2 * (min(end, last) - max(start, first)) > last - first:
            return True
        k -= 1
    return False


def _split_body(body: str) -> list[Span]:
    """Sentence spans of a body (paragraphs joined by blank lines) when the article has none stored."""
    spans: list[Span] = []
    offset = 0
    for paragraph in body.split("\n\n"):
        spans.extend((offset + a, offset + b) for a, b in split_paragraph(paragraph))
        offset += len(paragraph) + 2
    return spans


def _entity_places(article: Article) -> list[tuple[str, int]]:
    """(entity name, offset) of each entity mention: from the mentions, or by finding its spellings in the body."""
    if article.mentions:
        return [(m.entity or m.text, m.span[0]) for m in article.mentions]
    found = []
    body = article.body
    for entity in article.entities:
        for spelling in {entity.name, *entity.aliases}:
            if len(spelling) < 3:
                continue
            at = body.find(spelling)
            while at >= 0:
                found.append((entity.name, at))
                at = body.find(spelling, at + len(spelling))
    return found


@dataclass
class _SentenceFacts:
    text: str
    words: frozenset[str]
    stems: frozenset[str]
    days: frozenset[str]  # days its own time expressions resolve to
    types: frozenset[str] = frozenset()  # types it names by a whole noun phrase ("pertukaran tahanan")
    planned: bool = False  # it has a plan word ("akan", "dijadwalkan")
    published: Optional[date] = None  # its article's publication day
    day_at: tuple[tuple[str, int], ...] = ()  # (day, where in ``text`` its time expression starts)
    week_days: frozenset[str] = frozenset()  # days of the past weeks it names ("pekan lalu"), see ``_week_days``
    ordinal: Optional[int] = None  # the day count of something going on ("memasuki hari kedua"): 2

    @cached_property
    def clause_days(self) -> frozenset[str]:
        """Days stated inside a "setelah/sebelum ..." clause: they date that clause's happening, not the sentence's."""
        inside, outside = set(), set()
        for day, at in self.day_at:
            before = self.text[:max(at, 0)].lower()
            cut = max(before.rfind(","), before.rfind(";"))
            (inside if _offset_opener().search(before[cut + 1:]) else outside).add(day)
        return frozenset(inside - outside)

    @cached_property
    def numbers(self) -> frozenset[str]:
        """Its numbers; read only for the few sentences that name an entry's type, so found on demand."""
        return frozenset(_numbers(self.text))


@lru_cache(maxsize=1)
def _offset_opener() -> re.Pattern:
    """Words opening a clause whose stated day is that clause's happening's ("setelah bendungan jebol pada Selasa")."""
    after, before = offset_words()
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, after | before))) + r")\b")


def _week_days(value: Optional[str], published: Optional[date]) -> list[date]:
    """The days a past week named in an article may mean: its ISO week, and for the week just
    before the publication week also the seven days before publication.

    On a Sunday "pekan lalu" is, to many writers, the days just gone (Monday's prisoner
    exchange), not the ISO week before (``timex`` reads it so for dating). For matching a
    background mention both readings are kept; a week never dates anything here."""
    if not value or published is None or "W" not in value or value.endswith("WE"):
        return []
    span = timex_module.date_range(value)
    if span is None or span[1] >= published or (span[1] - span[0]).days != 6:
        return []
    days = [span[0] + timedelta(days=k) for k in range(7)]
    if published - timedelta(days=published.weekday()) - span[0] == timedelta(days=7):
        days += [published - timedelta(days=k) for k in range(1, 8)]
    return sorted(set(days))


class _SentenceIndex:
    """Articles by (identity word of one of their entities, publication day); their sentences on demand.

    Articles read back from the store have no sentences or mentions: their
    sentences are then split from the body (``sentences.split_paragraph``)
    and their entities found by their spellings. Only sentences that are
    not mostly a direct quote are candidates; a sentence that is already the
    evidence of an extracted event comes with that event's span (the first
    pass compared it; ``sentence_sources`` lends it only under stricter terms).
    """

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = list(articles)
        self.by_key: dict[tuple[str, date], list[int]] = defaultdict(list)
        self._sentences: dict[int, list[tuple[int, frozenset[str], _SentenceFacts, tuple[Span, ...]]]] = {}
        # position -> (lemma -> its sentences, type named by a phrase -> its sentences), as indexes into sentences()
        self._summary: dict[int, tuple[dict[str, list[int]], dict[str, list[int]]]] = {}
        self.by_stated_day: dict[date, list[int]] = defaultdict(list)
        self.published: dict[int, date] = {}
        self.words: dict[int, frozenset[str]] = {}
        self._lookups: dict[int, _EntityLookup] = {}  # kept for sentences(), which asks about the same names
        for position, article in enumerate(self.articles):
            published = iso_day(article.published)
            if published is None or not article.entities or not article.body:
                continue
            if article.published_source == "inferred":
                continue  # an estimated day cannot show that the article came out just after the event
            lookup = self._lookups[position] = _EntityLookup(article.entities)
            words: set[str] = set()
            for entity in article.entities:
                words |= lookup.identity(entity.name)
            for word in words:
                self.by_key[(word, published)].append(position)
            self.published[position] = published
            self.words[position] = frozenset(words)
            # Days its sentences state: later articles are searched by the day they recall, not all weeks.
            stated = {iso_day(t.value) for t in article.timexes if t.value and len(t.value) >= 10}
            for t in article.timexes:
                stated.update(_week_days(t.value, published))
            for day in stated:
                if day is not None and day < published:
                    self.by_stated_day[day].append(position)

    def sentences(self, position: int) -> list[tuple[int, frozenset[str], _SentenceFacts, tuple[Span, ...]]]:
        """(number, identity words of the entities it mentions, what it says, spans of the extracted events it is
        the evidence of) of the article's candidate sentences."""
        found = self._sentences.get(position)
        if found is not None:
            return found
        article = self.articles[position]
        spans = [s.span for s in article.sentences] or _split_body(article.body)
        starts = [span[0] for span in spans]
        lookup = self._lookups.pop(position, None) or _EntityLookup(article.entities)
        words_of: dict[int, set[str]] = defaultdict(set)
        for name, at in _entity_places(article):
            number = bisect_right(starts, at) - 1
            if number >= 0:
                words_of[number] |= lookup.identity(name)
        taken = [e.span for e in article.events]
        # Words in quotation marks are someone's view (often of what should come next), not the report.
        quoted = sorted(q.span for q in article.quotes if q.kind == "direct")
        quote_starts = [start for start, _ in quoted]
        quote_reach = list(accumulate((end for _, end in quoted), max))
        # Days stated in each sentence: the article's day-precise time expressions, by sentence.
        days_of: dict[int, set[str]] = defaultdict(set)
        day_at_of: dict[int, list[tuple[str, int]]] = defaultdict(list)
        week_days_of: dict[int, set[str]] = defaultdict(set)
        published = iso_day(article.published)
        for t in article.timexes:
            weeks = _week_days(t.value, published) if published is not None else ()
            if weeks:
                number = bisect_right(starts, t.span[0]) - 1
                if number >= 0 and t.span[0] < spans[number][1]:
                    week_days_of[number].update(d.isoformat() for d in weeks)
            if t.value and len(t.value) >= 10 and iso_day(t.value) is not None:
                if timex_module.signal_before(article, t) in _AS_OF_SIGNALS:
                    continue  # "hingga Sabtu": the day a total is counted up to, not a happening's
                number = bisect_right(starts, t.span[0]) - 1
                if number >= 0 and t.span[0] < spans[number][1]:
                    days_of[number].add(t.value[:10])
                    day_at_of[number].append((t.value[:10], t.span[0] - spans[number][0]))
        found = []
        by_stem: dict[str, list[int]] = defaultdict(list)
        by_type: dict[str, list[int]] = defaultdict(list)
        # Spans of the extracted events each sentence is (part of) the evidence of.
        used_of: dict[int, list[Span]] = defaultdict(list)
        for start, end in taken:
            number = max(bisect_right(starts, start) - 1, 0)
            while number < len(spans) and spans[number][0] < end:
                if start < spans[number][1]:
                    used_of[number].append((start, end))
                number += 1
        for number in range(len(spans)):
            first, last = spans[number]
            used = tuple(used_of.get(number, ()))
            if _mostly_quoted(first, last, quoted, quote_starts, quote_reach):
                continue
            facts = self._facts(article, spans[number], frozenset(days_of.get(number, ())), tuple(day_at_of.get(number, ())),
                                frozenset(week_days_of.get(number, ())))
            if facts is not None:
                for lemma in facts.stems:
                    by_stem[lemma].append(len(found))
                for event_type in facts.types:
                    by_type[event_type].append(len(found))
                found.append((number, frozenset(words_of[number]), facts, used))
        self._sentences[position] = found
        self._summary[position] = (dict(by_stem), dict(by_type))
        return found

    def naming(self, position: int, stems: frozenset[str], event_type: str):
        """The candidate sentences of an article that have one of ``stems`` or name ``event_type`` by a phrase."""
        found = self.sentences(position)
        by_stem, by_type = self._summary[position]
        hits = stems & by_stem.keys()
        typed = by_type.get(event_type)
        if not hits and not typed:
            return ()  # most visited articles: no sentence names the type
        if typed is None and len(hits) == 1:
            return [found[i] for i in by_stem[next(iter(hits))]]  # one lemma: its sentences are in order already
        chosen: set[int] = set(typed or ())
        for lemma in hits:
            chosen.update(by_stem[lemma])
        return [found[i] for i in sorted(chosen)]

    def _facts(self, article: Article, span: Span, days: frozenset[str],
               day_at: tuple[tuple[str, int], ...] = (), week_days: frozenset[str] = frozenset()) -> Optional[_SentenceFacts]:
        """What a sentence says, or None when it states a condition, a denial or a running total (plans are flagged)."""
        raw = article.body[span[0]:span[1]]
        text = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        words = _words_of(text)
        if words & _NOT_OCCURRED_WORDS or (words & _RUNNING_TOTAL_WORDS and not days):
            # A running total's day is the day counted up to ("hingga Sabtu"), not an event's; one that
            # also dates a happening ("termasuk 12 orang yang tewas dalam serangan ... pada Jumat malam") can tell it.
            return None
        stems = frozenset(lemma for w in words for lemma in _event_lemmas(w))
        types = _phrase_types(text, words)
        if not stems and not types:
            return None  # no word of any event type: it can report no entry
        return _SentenceFacts(text, words, stems, days, types, bool(words & _PLAN_WORDS), iso_day(article.published),
                              tuple((day, at - lead) for day, at in day_at), week_days, timex_module.day_ordinal(text))


def _sentence_evidence(merged: MergedEvent, facts: _SentenceFacts, triggers: frozenset[str],
                       numbers: frozenset[str], places: list[frozenset[str]], *,
                       recent: bool = True, actor: bool = True, entry_days: frozenset[str] = frozenset()) -> int:
    """How many kinds of corroboration a sentence gives beyond type and actor (0 = not the same event).

    ``recent``: the article came out within ``SENTENCE_MATCH_DAYS`` of the
    entry; a later one (background) must state the entry's day. ``actor``:
    the sentence names one of the entry's actors; one that names none (its
    article does) must state the day and name the type by a whole phrase or
    add the place or a number ("sejak gencatan senjata berlaku Jumat lalu").
    ``entry_days``: the entry's day and the days its reports disagree on
    (``_entry_days``); the sentence stating any of them states its day.
    """
    if not facts.stems & triggers and merged.type not in facts.types:
        return 0
    generic = _generic_happenings()[1]
    generic_only = merged.type not in facts.types and not (facts.stems & triggers) - generic
    said_days = facts.days & (entry_days or {merged.date[:10]})
    own_days = facts.days - facts.clause_days  # "... setelah bendungan jebol pada Selasa (14/7)": the dam's day
    if facts.ordinal and facts.published is not None and len(facts.days) <= 1:
        # "Blokade ... memasuki hari kedua" (on its day, or on the publication day): it began N - 1 days before.
        today = iso_day(min(facts.days)) if facts.days else facts.published
        began = (today - timedelta(days=facts.ordinal - 1)).isoformat()
        if began in (entry_days or {merged.date[:10]}):
            said_days = frozenset({began})
    if own_days and not said_days:
        return 0  # it dates what it tells to another day
    stated = bool(said_days)
    if facts.planned and not (stated and facts.published is not None and iso_day(min(said_days)) < facts.published):
        return 0
    # "Pekan lalu, pertukaran 75 tahanan ...": a past week holding the entry's day, worth one.
    in_week = not stated and bool(facts.week_days & (entry_days or {merged.date[:10]}))
    if not recent and not stated and not in_week:
        return 0
    # The sentence dating it to the entry's very day is worth two; its week, the place and a shared number one each.
    kinds = 2 * int(stated) + int(in_week)
    kinds += any(place <= facts.words for place in places)
    kinds += bool(numbers & facts.numbers)
    if not actor and not (stated and (kinds >= 3 or merged.type in facts.types)):
        return 0
    if generic_only and not (actor and stated):
        return 0  # "insiden" says which happening only with its actor and its day
    return kinds if kinds >= _SENTENCE_KINDS_NEEDED else 0


def _claim_winners(facts: _SentenceFacts, contenders: list[tuple[tuple[int, int], int]], merged: Sequence[MergedEvent],
                   triggers_of: dict[int, frozenset[str]]) -> list[int]:
    """The entries a sentence is a source of, among those it fits (``(fit, entry number)``).

    Per type, the best fit; a tie goes to the entry whose type word stands nearest its day,
    else to none. A sentence may tell happenings of several types ("pertukaran 75 tahanan
    ... dan masuknya konvoi 140 truk"), one entry each; but a day it states belongs to one
    of them, the one whose word stands nearest it."""
    by_type: dict[str, list[tuple[tuple[int, int], int]]] = defaultdict(list)
    for fit, number in contenders:
        by_type[merged[number].type].append((fit, number))
    winners = []
    for group in by_type.values():
        group.sort(reverse=True)
        if len(group) > 1 and group[0][0] == group[1][0]:  # same kinds and actor words
            nearest = _nearest_to_its_day(facts, [n for fit, n in group if fit == group[0][0]], merged, triggers_of)
            if nearest is not None:
                winners.append(nearest)
        else:
            winners.append(group[0][1])
    if len(winners) > 1 and facts.day_at:
        nearest = _nearest_to_its_day(facts, winners, merged, triggers_of)
        if nearest is None:
            # As before types could share a sentence: the best fit alone, none on a tie.
            best = sorted(((fit, n) for fit, n in contenders if n in winners), reverse=True)
            nearest = best[0][1] if best[0][0] != best[1][0] else None
        winners = [nearest] if nearest is not None else []
    return winners


def _nearest_to_its_day(facts: _SentenceFacts, tied: list[int], merged: Sequence[MergedEvent],
                        triggers_of: dict[int, frozenset[str]]) -> Optional[int]:
    """Of entries a sentence fits equally, the one whose type word stands nearest the time expression of its day.

    "pembahasan paling alot menyangkut insiden di Desa Lunek pada Rabu (29/10)": the day
    belongs to the incident, the word next to it, not to the talks. None when no entry is
    strictly nearest."""
    words = [(m.start(), _lemmas(m.group())) for m in _WORD.finditer(facts.text.lower())]
    distances = []
    for number in tied:
        days = _entry_days(merged[number])
        at = [offset for day, offset in facts.day_at if day in days]
        named = [start for start, lemmas in words if lemmas & triggers_of[number]]
        distances.append((min((abs(a - n) for a in at for n in named), default=None), number))
    if any(d is None for d, _ in distances):
        return None
    distances.sort()
    return distances[0][1] if distances[0][0] < distances[1][0] else None


def _entry_days(entry: MergedEvent) -> frozenset[str]:
    """The entry's day and the other days its reports give it (kept as conflicts), all to the day."""
    days = {entry.date[:10]}
    for report in entry.reports:
        if report.own_date and report.precision == "day" and iso_day(report.own_date) is not None:
            days.add(report.own_date[:10])
    return frozenset(days)


@lru_cache(maxsize=1)
def _generic_happenings() -> tuple[frozenset[str], frozenset[str]]:
    """(types, lemmas) of the generic happening nouns of ``merge_noun_phrases.json`` ("insiden")."""
    spec = json_resource("merge_noun_phrases.json").get("_generic_happenings", {})
    lemmas = frozenset(lemma for word in spec.get("words", []) for lemma in _lemmas(word.lower()))
    return frozenset(spec.get("types", [])), lemmas


@lru_cache(maxsize=1)
def _event_vocabulary() -> frozenset[str]:
    """Lemmas of every word of every trigger pattern: the only stems the sentence pass ever compares."""
    words: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, str):
            for word in _WORD.findall(node.lower()):
                words.update(_lemmas(word))
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                if not key.startswith("_about"):
                    walk(value)

    walk(json_resource("event_predicates.json"))
    walk(json_resource("merge_noun_phrases.json"))
    for families in type_stems().values():
        words.update(families)
    return frozenset(words)


def _place_said(places: list[frozenset[str]], facts: _SentenceFacts) -> bool:
    return any(place <= facts.words for place in places)


def _names_another_happening(entry: MergedEvent, owner: MergedEvent, facts: _SentenceFacts,
                             triggers: frozenset[str]) -> bool:
    """Whether a sentence names this entry's type apart from the owner's event, of another type family.

    One sentence often tells two happenings: "Dewan Keamanan dalam sidang
    darurat pada Kamis menyerukan ..." is a meeting (CONSULT, "sidang") and
    the call made there (REQUEST, "menyerukan"); "Gencatan senjata disepakati
    Kamis malam dan berlaku sejak Jumat" an agreement and a withdrawal. The
    word of this entry's type must not be the owner's own trigger, and
    compatible types (ASSAULT/COERCE) never count as another happening.
    """
    if TYPE_FAMILY.get(owner.type, owner.type) == TYPE_FAMILY.get(entry.type, entry.type):
        return False
    owner_words = {lemma for r in owner.reports for w in _WORD.findall((r.event.trigger or "").lower())
                   for lemma in _lemmas(w)}
    return bool((facts.stems & triggers) - owner_words) or entry.type in facts.types


def _lend_used(entry_number: int, merged: Sequence[MergedEvent], owner_of: dict[tuple[int, Span], list[int]],
               article: Article, used: tuple[Span, ...], facts: _SentenceFacts, places: list[frozenset[str]],
               triggers: frozenset[str] = frozenset(), entry_days: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence already the evidence of an extracted event may also report this entry.

    It must state this entry's day. Then it is lent when each event it is the
    evidence of is another happening the sentence also tells
    (``_names_another_happening``), or when each entry it is the evidence of
    rests on that one article (an extraction nobody else confirms) and the
    sentence fits this entry clearly better: it names this entry's place
    (the actor is checked by the caller), while it does not both state the
    owner's day and name the owner's place.
    """
    entry = merged[entry_number]
    if not facts.days & (entry_days or {entry.date[:10]}):
        return False
    owners = []
    # An event of no entry (filtered out before merging) has nothing to take the sentence from.
    for owner_number in {n for span in used for n in owner_of.get((id(article), span), ())}:
        if owner_number == entry_number:
            return False
        owners.append(merged[owner_number])
    if all(_names_another_happening(entry, owner, facts, triggers) for owner in owners):
        return True
    if not _place_said(places, facts):
        return False
    for owner in owners:
        if len({id(r.article) for r in owner.reports}) > 1:
            return False
        owner_places = [r.place_words for r in owner.reports if r.place_words]
        if owner.date and owner.date[:10] in facts.days and _place_said(owner_places, facts):
            return False
    return True


def _candidates(index: _SentenceIndex, day: date, words: frozenset[str], earliest: int, days: int, background: int,
                stated_days: Sequence[date] = ()):
    """(days after the entry, article position) of the articles that may report an entry of ``day``.

    Recent ones (published up to ``days`` after it) through the (actor word,
    publication day) index; later ones, up to ``background`` days, only when
    one of their sentences states one of the entry's days (``stated_days``, else
    ``day``) and they name an actor.
    """
    ordered = sorted(words)
    for offset in range(earliest, days + 1):
        when = day + timedelta(days=offset)
        for word in ordered:
            for position in index.by_key.get((word, when), ()):
                yield offset, position
    for stated in stated_days or (day,):
        for position in index.by_stated_day.get(stated, ()):
            offset = (index.published[position] - day).days
            if days < offset <= background and index.words[position] & words:
                yield offset, position


def sentence_sources(merged: Sequence[MergedEvent], articles: Sequence[Article], *,
                     days: int = SENTENCE_MATCH_DAYS, background: int = BACKGROUND_MATCH_DAYS) -> dict[str, list[Source]]:
    """More sources for merged events: articles whose sentence reports the event the extractor missed there.

    A conservative second pass, run after ``merge_events``; it never makes
    an entry. For an entry that happened (status occurred, dated to the
    day), an article published that day or up to ``days`` days later that
    is not yet a source lends a sentence when the sentence

    * mentions one of the entry's actors (identity words, as the first pass
      compares them; the index is keyed by them and the publication day),
    * has the trigger lemma of one of the entry's reports, a word of its
      type's family (the one-word triggers of ``event_predicates.json``) or a
      whole noun phrase of its type (``merge_noun_phrases.json`` and the
      multi-word noun forms of ``event_predicates.json``: "pertukaran tahanan"),
    * and agrees on one more thing: the entry's place, a number of its
      reports, or a time expression resolving to its day (a past week holding
      the day, "pekan lalu", counts for one thing, see ``_week_days``),

    and has no time expression for another day and no word of plan,
    condition or negation. A sentence already the evidence of an extracted
    event of another entry is lent only when that entry has a single source
    and the sentence clearly fits this one better (``_lend_used``). One
    sentence per article and entry, the best; a sentence that fits two entries
    of one type equally well goes to the one whose type word stands nearest
    the day it states, else to neither. It may tell happenings of several
    types (one entry each), but the day it states belongs to one of them
    (``_claim_winners``). The sources come
    back per entry id with ``matched_by="sentence"``.
    """
    index = _SentenceIndex(articles)
    # (article, event span) -> the entries whose reports those events are: the owners of an already used
    # sentence (two events may share a span).
    owner_of: dict[tuple[int, Span], list[int]] = defaultdict(list)
    for number, entry in enumerate(merged):
        for r in entry.reports:
            owner_of[(id(r.article), r.event.span)].append(number)
    families = type_stems()
    stop = _stop_words()
    # (position, sentence) -> [(fit, entry number)]; entry number -> {position: (fit, sentence, facts)}
    claims: dict[tuple[int, int], list[tuple[tuple[int, int], int]]] = defaultdict(list)
    chosen: dict[int, dict[int, tuple[tuple[int, int], int, _SentenceFacts]]] = defaultdict(dict)
    triggers_of: dict[int, frozenset[str]] = {}
    for entry_number, entry in enumerate(merged):
        if entry.status != "occurred" or entry.date_precision not in _SENTENCE_PRECISIONS or not entry.date:
            continue
        day = iso_day(entry.date)
        if day is None:
            continue
        # An entry dated by its first report's publication day may have happened the day before.
        earliest = -1 if entry.date_precision == "reported" else 0
        words = frozenset().union(*(r.words for r in entry.reports))
        if not words:
            continue
        triggers = set(families.get(entry.type, ()))
        for report in entry.reports:
            if report.event.trigger:
                for word in _WORD.findall(report.event.trigger.lower()):
                    if len(word) >= 4 and word not in stop:
                        triggers.update(_lemmas(word))
        triggers -= _OUTCOME_STEMS
        generic_types, generic_lemmas = _generic_happenings()
        if entry.type in generic_types:
            triggers |= generic_lemmas
        numbers = frozenset().union(*(r.numbers for r in entry.reports))
        # A place that is also an actor ("Tarvania") says nothing beyond the actor.
        places = [r.place_words for r in entry.reports if r.place_words and not r.place_words <= words]
        own = {id(r.article) for r in entry.reports}
        entry_days = _entry_days(entry)
        stated_days = sorted(d for d in (iso_day(v) for v in entry_days) if d is not None)
        checked = 0
        visited: set[int] = set()
        trigger_set = frozenset(triggers)
        triggers_of[entry_number] = trigger_set
        for offset, position in _candidates(index, day, words, earliest, days, background, stated_days):
            if checked >= _SENTENCE_CANDIDATES or len(visited) >= _ARTICLES_VISITED:
                break
            if id(index.articles[position]) in own or position in visited:
                continue
            visited.add(position)
            # Only the sentences that name the entry's type (a trigger lemma or a phrase of it).
            for number, mentioned, facts, used in index.naming(position, trigger_set, entry.type):
                checked += 1
                if used and not _lend_used(entry_number, merged, owner_of, index.articles[position], used,
                                           facts, places, trigger_set, entry_days):
                    continue
                kinds = _sentence_evidence(entry, facts, trigger_set, numbers, places, recent=offset <= days,
                                           actor=bool(mentioned & words), entry_days=entry_days)
                if kinds == 0:
                    continue
                # Equal kinds: the sentence naming more of the entry's actor words fits it better.
                fit = (kinds, len(mentioned & words))
                best = chosen[entry_number].get(position)
                if best is None or fit > best[0]:
                    chosen[entry_number][position] = (fit, number, facts)
    said: dict[tuple[int, int], _SentenceFacts] = {}
    # ``chosen`` may hold a sentence already used by another entry (see _lend_used); it is one claim among others.
    for entry_number, by_article in chosen.items():
        for position, (fit, number, facts) in by_article.items():
            claims[(position, number)].append((fit, entry_number))
            said[(position, number)] = facts
    found: dict[str, list[Source]] = defaultdict(list)
    for (position, number), contenders in claims.items():
        facts = said[(position, number)]
        for winner in _claim_winners(facts, contenders, merged, triggers_of):
            entry = merged[winner]
            article = index.articles[position]
            found[entry.id].append(Source(
                id=article.id, outlet=article.outlet, url=article.url, published=article.published, text=facts.text,
                date=min(facts.days & _entry_days(entry), default=None),
                published_source=article.published_source, matched_by="sentence"))
    for sources in found.values():
        sources.sort(key=lambda s: (s.published or "9999", s.id))
    return dict(found)


__all__ = ["Source", "Conflict", "Report", "MergedEvent", "merge_events", "make_report", "source_of", "sentence_sources", "type_stems", "SENTENCE_MATCH_DAYS", "pair_score", "evidence", "reversed_roles", "DIRECTED_TYPES", "stem", "STATUS_GROUPS", "TYPE_FAMILY"]
