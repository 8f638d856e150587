"""Publication dates for undated articles, estimated from evidence in the corpus.

An article that states no date (a content-farm copy, a page whose header was
cut off) can often be dated by what else the corpus says:

* ``figure``: it reports a running total (12.418 killed, per the health
  authority) that a dated article reports too: it was published while that
  value was current, from the first dated report of it to a couple of days
  after the last;
* ``series``: its total falls between two dated values of the same series:
  it was published between those two days; a value given as where a change
  started ("turun dari 118 keluarga") only says it came out later;
* ``event``: it reports an event (same type, overlapping actors, same place
  when both say) that dated articles report: it was published on or shortly
  after that event (in the week before it, when it tells the event as a plan
  and the corpus as done);
* ``ordinal``: it gives the day count of a happening still going on
  ("perundingan ... memasuki hari ketiga") that dated articles report at the
  same place: it was published on that day of it, counting from the first
  dated report (as strong as a distinctive figure); or it tells a happening
  dated in the corpus as N days before ("sehari setelah Bupati menemui Dewan
  Adat"): it was published N days after it;
* ``anchor``: the latest fully written date in its own body
  (``timex.infer_anchor``) is a lower bound, and mild evidence of the day;
* ``weekday``: news says "pada hari Selasa" of the last few days, so a day
  whose weekday (or the day before's) is named in the body fits better.

Each piece of evidence is a window of days with a weight; the day with the
most weight wins. Only figure, series, event and ordinal evidence count towards the
minimum: the anchor and weekdays refine, they never date an article alone.
When the evidence is weak or points to different days the date stays null.

``apply_estimates`` sets ``published`` (``published_source="inferred"``),
stores the estimate in ``article.signals["date_estimate"]`` and re-runs the
timex component so that relative dates ("pada hari Senin") resolve against
the inferred day with ``Timex.inferred=True``; events and figures that had
no date take the date of their sentence's expression (``timex.date_at``).

Notes:
    Dating a document by matching its content against dated documents is
    the "temporal language model" idea of de Jong, Rode & Hiemstra (2005)
    and Kanhabua & Nørvåg (2008), reduced here to the strongest signals of
    news: running tolls and reported events. The weekday rule follows
    HeidelTime's news-domain reading of bare weekdays (the past week).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .dates import iso_day
from . import timex as timex_module
from .events import offset_words
from .options import DEFAULT, Options
from .records import Article
from .series import (
    CUMULATIVE, SERIES_COUNTS, Series, _canonical_sources, build_series, normalise_place, normalise_source, series_key,
)

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ACTOR_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# Words in actor names that say what kind of actor it is, not which one.
GENERIC_ACTOR_WORDS = frozenset(
    "pemerintah negeri pasukan kementerian angkatan bersenjata presiden menteri perdana juru bicara pejabat kelompok "
    "militer tentara polisi dewan badan komite organisasi the"
    # Offices of local government and the public at large: "Dinas Kesehatan Kota Lamboa" and
    # "Dinas Perdagangan Kota Lamboa" are two bodies that share only these.
    " dinas kantor kota kabupaten provinsi warga masyarakat".split()
)
# A weekday the text names as past or today; "Sabtu ini", "Senin depan" look ahead and say nothing of the day of writing.
_WEEKDAY_RE = re.compile(r"\b(?:hari\s+)?(" + "|".join(sorted(map(re.escape, timex_module.WEEKDAYS), key=len, reverse=True))
                         + r")\b(?!\s+(?:ini|depan|mendatang|nanti|besok|pekan\s+depan|minggu\s+depan)\b)", re.IGNORECASE)

#: Weight of each kind of evidence.
WEIGHTS = {"figure": 1.5, "figure_round": 0.8, "series": 0.8, "event": 0.5, "ordinal": 1.5, "anchor": 0.4, "weekday": 0.3}


@dataclass
class Evidence:
    kind: str  # figure, series, event, anchor, weekday
    detail: str
    start: str  # first day of the window it supports
    end: str  # last day
    weight: float
    article: Optional[str] = None  # the dated article it came from


@dataclass
class DateEstimate:
    article: str
    date: Optional[str]
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""


def is_dated(article: Article) -> bool:
    return bool(article.published) and article.published_source != "inferred" and iso_day(article.published) is not None


def actor_words(actors: Sequence[str]) -> frozenset[str]:
    """Distinctive lower-case words of actor names ("Pemerintah Tarvania" -> {"tarvania"})."""
    if len(actors) == 1:
        return _name_words(actors[0])
    words: set[str] = set()
    for actor in actors:
        words |= _name_words(actor)
    return frozenset(words)


@lru_cache(maxsize=65536)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in _ACTOR_WORD.findall(name.lower()) if w not in GENERIC_ACTOR_WORDS)


class _EventIndex:
    """Dated events by (type, actor word), for matching an undated article's events."""

    def __init__(self, articles: Sequence[Article], *, max_bucket: int = 200) -> None:
        self.max_bucket = max_bucket
        self.by_key: dict[tuple[str, str], list[tuple[frozenset[str], Optional[str], date, bool, str, int, str]]] = defaultdict(list)
        for article in articles:
            published = iso_day(article.published)
            for number, event in enumerate(article.events):
                if event.status == "negated":
                    continue
                own = iso_day(event.date) if event.date and _DAY.match(event.date[:10]) and len(event.date) >= 10 else None
                when, exact = (own, True) if own else (published, False)
                if when is None:
                    continue
                words = actor_words(event.actors)
                place = normalise_place(event.place)
                for word in words:
                    self.by_key[(event.type, word)].append((words, place, when, exact, article.id, number, event.status))

    def matches(self, event_type: str, words: frozenset[str], place: Optional[str]) -> list[tuple[date, bool, str, int, bool, bool]]:
        """(date, whether the event's own date, article id, event number, whether it happened at the same
        named place, whether it happened) of each matching dated event."""
        found: dict[tuple[date, bool, str, int, bool, bool], None] = {}
        seen: set[int] = set()
        for word in sorted(words):  # sorted: the same first match, so the same cited article, on every run
            bucket = self.by_key.get((event_type, word), ())
            if len(bucket) > self.max_bucket:
                continue  # a word in this many dated events tells nothing about one of them
            for item in bucket:
                if id(item) in seen:
                    continue
                seen.add(id(item))
                other_words, other_place, when, exact, article_id, number, status = item
                shared = len(words & other_words)
                if place and other_place and place != other_place and place not in other_place and other_place not in place:
                    continue
                same_place = bool(place and other_place)
                if shared >= 2 or (shared >= 1 and same_place):
                    found[(when, exact, article_id, number, same_place and status == "occurred", status == "occurred")] = None
        return list(found)


def _weekdays(article: Article) -> set[int]:
    return {timex_module.WEEKDAYS[m.group(1).lower()] for m in _WEEKDAY_RE.finditer(article.body)
            if m.group(1)[0].isupper() or m.group(0).lower().startswith("hari")}


#: Counts that say only "people"; a dated report counting "15 orang" may be the undated one's "15 tewas".
_GENERIC_COUNTS = frozenset({"people", "other"})


class _FigureIndex:
    """Values current on their reporting day in dated articles, by (counts, value)."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.by_value: dict[tuple[str, float], list[tuple[str, str]]] = defaultdict(list)
        self.counts_of_value: dict[float, set[str]] = defaultdict(set)
        for article in articles:
            published = iso_day(article.published)
            if published is None:
                continue
            for figure in article.figures:
                own = iso_day(figure.date) if figure.date and _DAY.match(figure.date[:10]) else None
                if own is not None and (published - own).days > 3:
                    continue  # history ("1.200 tewas pada 7 Oktober"), not the current value
                day = (own or published).isoformat()
                self.by_value[(figure.counts, figure.value)].append((day, article.id))
                self.counts_of_value[figure.value].add(figure.counts)

    def find(self, counts: str, value: float) -> tuple[list[tuple[str, str]], bool]:
        exact = self.by_value.get((counts, value), [])
        if exact:
            return exact, True
        loose = [item for generic in _GENERIC_COUNTS for item in self.by_value.get((generic, value), [])]
        if counts in _GENERIC_COUNTS:
            loose += [item for c in sorted(self.counts_of_value.get(value, ())) if c in SERIES_COUNTS
                      for item in self.by_value[(c, value)]]
        return loose, False


def _figure_evidence(article: Article, series_list: list[Series], canonical: dict[str, str], figures: "_FigureIndex") -> list[Evidence]:
    evidence = []
    by_counts: dict[str, list[Series]] = defaultdict(list)
    for series in series_list:
        by_counts[series.counts].append(series)
    for figure in article.figures:
        if figure.value < 10 or not (figure.counts in SERIES_COUNTS or figure.counts in _GENERIC_COUNTS):
            continue
        if _told_as_earlier(article, figure):
            continue  # "Sebelumnya, X membebaskan 11 insinyur": a past value, not the one current at publication
        if figure.date and _DAY.match(figure.date[:10] if len(figure.date) >= 10 else ""):
            continue  # dated by its own absolute date: says nothing about publication
        key = series_key(figure, canonical)
        keyed = [s for s in by_counts.get(figure.counts, ()) if key is not None and _series_matches_key(s, key)]
        same = [(p.date, p.article) for s in keyed for p in _current_points(s) if p.value == figure.value]
        kind_matches = True
        if not same:
            same, kind_matches = figures.find(figure.counts, figure.value)
        if same:
            first = min(day for day, _ in same)
            last = max(day for day, _ in same)
            if (iso_day(last) - iso_day(first)).days > 14:
                continue  # the value stood for weeks (or is common): no help
            round_value = figure.value % 10 == 0 or figure.qualifier in ("more_than", "at_least", "about")
            weight = WEIGHTS["figure_round" if round_value else "figure"] * (1.0 if keyed else 0.75)
            if not kind_matches:
                weight = min(weight, 0.5)
            start, end = first, (iso_day(last) + timedelta(days=2)).isoformat()
            detail = f"{figure.value:g} {figure.counts} also reported for {first}..{last}"
            if _previous_value(article, figure):
                # "turun dari 118 keluarga pada awal pekan": that value was current before; the article
                # came out after it, some days later.
                start = (iso_day(first) + timedelta(days=1)).isoformat()
                end = (iso_day(last) + timedelta(days=PREVIOUS_VALUE_DAYS)).isoformat()
                weight = min(weight, 0.5)
                detail += ", given as the previous value"
            evidence.append(Evidence("figure", detail, start, end, round(weight, 2), same[0][1]))
            continue
        if keyed and figure.counts in CUMULATIVE:
            points = [p for s in keyed for p in _current_points(s)]
            below = [p for p in points if p.value < figure.value]
            above = [p for p in points if p.value > figure.value]
            if below and above:
                # The nearest values on either side: a running total passed
                # through the article's value between those two reports.
                low = max(below, key=lambda p: (p.value, p.date))
                high = min(above, key=lambda p: (p.value, p.date))
                span = (iso_day(high.date) - iso_day(low.date)).days
                if 0 <= span <= 7:
                    evidence.append(Evidence("series", f"{figure.value:g} {figure.counts} lies between {low.value:g} ({low.date}) and {high.value:g} ({high.date})",
                                             low.date, high.date, WEIGHTS["series"], low.article))
    return evidence


#: A window of evidence up to this many days long can name the day; a longer one lowers the confidence.
PRECISE_WINDOW_DAYS = 6
#: How long before a happening an article may tell it as a plan.
PLAN_AHEAD_DAYS = 7
#: How long after a value was current an article that gives it as the previous one ("naik dari 289") may appear.
PREVIOUS_VALUE_DAYS = 10


def _previous_value(article: Article, figure) -> bool:
    """The figure is the value a change started from: "turun dari 118 keluarga", "naik dari 289 orang"."""
    return bool(_previous_value_pattern().search(article.body[max(0, figure.span[0] - 40) : figure.span[0]]))


@lru_cache(maxsize=1)
def _previous_value_pattern() -> re.Pattern:
    from .resources import json_resource

    verbs = json_resource("series_keys.json").get("change_verbs", ())
    return re.compile(r"\b(?:" + "|".join(map(re.escape, verbs)) + r")\s+(?:\w+\s+){0,2}dari\s+(?:\w+\s+)?$", re.IGNORECASE)


def _told_as_earlier(article: Article, figure) -> bool:
    """The figure's sentence opens with "Sebelumnya" or the like (``series_keys.json``: ``earlier_openers``)."""
    for sentence in article.sentences:
        if sentence.span[0] <= figure.span[0] < sentence.span[1]:
            opening = article.body[sentence.span[0]:sentence.span[1]].lstrip().lower()
            return any(opening.startswith(word) and not opening[len(word):len(word) + 1].isalpha() for word in _earlier_openers())
    return False


@lru_cache(maxsize=1)
def _earlier_openers() -> tuple[str, ...]:
    from .resources import json_resource

    return tuple(json_resource("series_keys.json").get("earlier_openers", ()))


def _current_points(series: Series) -> list:
    """Points that give a running value as of the reporting day, minus those flagged out of order.

    A figure with its own older date in a dated article ("1.200 tewas pada 7
    Oktober") is history, not the value current when the article appeared.
    """
    flagged = {(f["articles"][-1], f["date"]) for f in series.flags if f["kind"] == "backwards"}
    current = []
    for point in series.points:
        if (point.article, point.date) in flagged:
            continue
        published = iso_day(point.published)
        if point.date_from == "figure" and published is not None and (published - iso_day(point.date)).days > 3:
            continue
        current.append(point)
    return current


def _series_matches_key(series: Series, key: tuple[str, str]) -> bool:
    """True when the series measures what the key names (one name's words contain the other's)."""
    counts, name = key
    if series.counts != counts:
        return False
    if name.startswith("@"):
        place = normalise_place(series.place)
        return place is not None and (place == name[1:] or set(name[1:].split()) <= set(place.split()))
    source = normalise_source(series.source)
    if source is None:
        return False
    words, other = set(name.split()), set(source.split())
    return words <= other or other <= words


def _event_evidence(article: Article, index: _EventIndex) -> list[Evidence]:
    evidence = []
    used: set[tuple[str, int]] = set()  # a dated event backs one of this article's events at most
    for event in article.events:
        if event.status == "negated":
            continue
        words = actor_words(event.actors)
        if not words:
            continue
        matches = [m for m in index.matches(event.type, words, normalise_place(event.place))
                   if m[2] != article.id and (m[2], m[3]) not in used]
        # A plan ("berharap kesepakatan ... ditandatangani") is told before the happening it names.
        ahead = event.status != "occurred" and all(m[5] for m in matches)
        used.update((m[2], m[3]) for m in matches)
        if not matches:
            continue
        ordinal = timex_module.day_ordinal(event.text or "")
        begun = [m[0] for m in matches if m[1] and m[4]]
        if ordinal and begun:
            # "Perundingan ... memasuki hari ketiga": day N of a happening the corpus dates at that
            # place; its first dated report is its first day.
            day = min(begun) + timedelta(days=ordinal - 1)
            evidence.append(Evidence("ordinal", f"day {ordinal} of {event.type} {', '.join(event.actors)} that began {min(begun)}",
                                     day.isoformat(), day.isoformat(), WEIGHTS["ordinal"], matches[0][2]))
            continue
        offset = _told_days_after(event)
        if offset and len(set(begun)) == 1:
            # "Kepulangan warga terjadi sehari setelah Bupati ... menemui Dewan Adat": the article's day
            # is that many days after the dated happening.
            day = begun[0] + timedelta(days=offset)
            evidence.append(Evidence("ordinal", f"{offset:+d} days from {event.type} {', '.join(event.actors)} of {begun[0]}",
                                     day.isoformat(), day.isoformat(), WEIGHTS["ordinal"], matches[0][2]))
            continue
        days = sorted({m[0] for m in matches})
        if (days[-1] - days[0]).days > 10:
            continue  # the same kind of event at many times: ambiguous
        weight = WEIGHTS["event"] / math.sqrt(len(days))
        exact = any(m[1] for m in matches)
        start = days[0] if exact else days[0] - timedelta(days=1)
        end = days[-1] + timedelta(days=3 if exact else 1)
        if ahead:
            start, end = days[0] - timedelta(days=PLAN_AHEAD_DAYS), days[-1]
        evidence.append(Evidence("event", f"{event.type} {', '.join(event.actors)} also reported for {days[0]}",
                                 start.isoformat(), end.isoformat(), round(weight, 2), matches[0][2]))
    return evidence


def _told_days_after(event) -> Optional[int]:
    """Days from the event to the time of its sentence when a counted "setelah"/"sebelum" clause tells it
    ("sehari setelah Bupati ... menemui ...": 1; "dua hari sebelum KTT": -2), else None."""
    text = (event.text or "").lower()
    at = text.find((event.trigger or "").lower()) if event.trigger else -1
    if at <= 0:
        return None
    after, before = offset_words()
    words = _PLAIN_WORD.findall(text[:at])[-12:]  # the clause opener stands a few words before the trigger
    found = None
    for k, word in enumerate(words):
        sign = 1 if word in after else -1 if word in before else 0
        if not sign or k == 0:
            continue
        days = timex_module.length_before(words, k)
        if days:
            found = sign * days
    return found


_PLAIN_WORD = re.compile(r"[\w-]+")


def estimate_date(
    article: Article,
    *,
    series_list: list[Series],
    canonical: dict[str, str],
    events: _EventIndex,
    figures: Optional[_FigureIndex] = None,
    min_weight: float = 1.0,
    min_confidence: float = 0.45,
) -> DateEstimate:
    """Weigh the evidence for one undated article; ``date`` is None when it is too weak."""
    figure_index = figures if figures is not None else _FigureIndex([])
    evidence = _figure_evidence(article, series_list, canonical, figure_index) + _event_evidence(article, events)
    anchor = timex_module.infer_anchor(article)
    lower_bound = iso_day(anchor)
    corpus = [e for e in evidence if e.kind in ("figure", "series", "event", "ordinal")]
    if not corpus:
        return DateEstimate(article.id, None, 0.0, evidence, "no dated article reports the same figures or events")
    if lower_bound is not None:
        evidence.append(Evidence("anchor", f"latest written date in the text is {anchor}", anchor,
                                 (lower_bound + timedelta(days=3)).isoformat(), WEIGHTS["anchor"]))
    first = min(iso_day(e.start) for e in corpus)
    last = max(iso_day(e.end) for e in corpus)
    weekdays = _weekdays(article)
    best: Optional[tuple[float, float, date, int]] = None
    day = first
    while day <= last:
        if lower_bound is None or day >= lower_bound or (lower_bound - day).days > 60:
            corpus_weight = sum(e.weight for e in corpus if iso_day(e.start) <= day <= iso_day(e.end))
            if corpus_weight > 0:
                # The text's own latest date backs corpus evidence; it never dates an article alone.
                corpus_weight += sum(e.weight for e in evidence if e.kind == "anchor" and iso_day(e.start) <= day <= iso_day(e.end))
            score = corpus_weight
            if weekdays and (day.weekday() in weekdays or (day - timedelta(days=1)).weekday() in weekdays):
                score += WEIGHTS["weekday"]
            # On a tie, the day soonest after the weekdays the text names: news tells the days just gone.
            staleness = sum((day.weekday() - named) % 7 for named in weekdays)
            if best is None or (score, -staleness) > (best[0], -best[3]):
                best = (score, corpus_weight, day, staleness)
        day += timedelta(days=1)
    if best is None:
        return DateEstimate(article.id, None, 0.0, evidence, "the evidence is older than the text's own dates")
    score, corpus_weight, chosen, _ = best
    if weekdays:
        evidence.append(Evidence("weekday", "weekdays named: " + ", ".join(sorted(_weekday_names(weekdays))),
                                 chosen.isoformat(), chosen.isoformat(), WEIGHTS["weekday"]))
    total = sum(e.weight for e in corpus) + sum(e.weight for e in evidence if e.kind == "anchor" and iso_day(e.start) <= chosen <= iso_day(e.end))
    confidence = (corpus_weight / total) * (1 - math.exp(-corpus_weight)) if total else 0.0
    # Evidence that only says "some day in these two weeks" cannot pick the day: the narrowest
    # window backing the chosen day bounds how sure the day is.
    backing = [e for e in corpus if iso_day(e.start) <= chosen <= iso_day(e.end)]
    narrowest = min(((iso_day(e.end) - iso_day(e.start)).days + 1 for e in backing), default=1)
    confidence = round(confidence * min(1.0, PRECISE_WINDOW_DAYS / narrowest), 2)
    if corpus_weight < min_weight or confidence < min_confidence:
        return DateEstimate(article.id, None, confidence, evidence,
                            f"evidence too weak or scattered (weight {corpus_weight:.2f}, confidence {confidence:.2f})")
    return DateEstimate(article.id, chosen.isoformat(), confidence, evidence,
                        f"{len(corpus)} corpus matches, weight {corpus_weight:.2f} on {chosen.isoformat()}")


def _weekday_names(numbers: set[int]) -> list[str]:
    names = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    return [names[n] for n in numbers]


def estimate_dates(articles: Sequence[Article], **thresholds) -> list[DateEstimate]:
    """An estimate for every article without a stated publication date."""
    undated = [a for a in articles if not a.published]
    if not undated:
        return []
    dated = [a for a in articles if is_dated(a)]
    series_list = build_series(dated)
    canonical = _canonical_sources(
        name for a in articles for f in a.figures if f.counts in SERIES_COUNTS for name in [normalise_source(f.source)] if name
    )
    index = _EventIndex(dated)
    figures = _FigureIndex(dated)
    return [estimate_date(a, series_list=series_list, canonical=canonical, events=index, figures=figures, **thresholds)
            for a in undated]


def apply_estimates(articles: Sequence[Article], estimates: Sequence[DateEstimate], *, options: Options = DEFAULT) -> int:
    """Set inferred dates and re-resolve each dated article's time expressions (in place); returns how many."""
    by_id = {a.id: a for a in articles}
    changed = 0
    for estimate in estimates:
        article = by_id.get(estimate.article)
        if article is None:
            continue
        article.signals["date_estimate"] = asdict(estimate)
        if estimate.date is None or article.published:
            continue
        article.published = estimate.date
        article.published_source = "inferred"
        redate(article, options=options)
        changed += 1
    return changed


def redate(article: Article, *, options: Options = DEFAULT) -> Article:
    """Re-run the timex component against the (inferred) publication date and fill missing fact dates.

    Only dates that were unknown are filled: an event or figure that had a
    date from an absolute expression keeps it. Sentences are rebuilt when
    the article came from the store without them (they are not stored).
    """
    from . import sentences as sentences_module

    if not article.sentences and article.body:
        sentences_module.apply(article, options=options)
    # Relative expressions resolved against the text's own news peg ("Kamis pagi" before
    # "Selasa (3/3/2026)") are read again against the inferred day; facts dated by them follow.
    guessed = {t.span: t.value for t in article.timexes if t.inferred and t.value}
    timex_module.apply(article, options=options)
    again = {t.span: t.value for t in article.timexes if t.value}
    moved = {old[:10]: again[span] for span, old in guessed.items() if span in again and again[span][:10] != old[:10]}
    for fact in [*article.events, *article.figures]:
        if fact.date and fact.date[:10] in moved and _dated_by_moved(article, fact, guessed):
            fact.date = _date_value(moved[fact.date[:10]])
    for event in article.events:
        if event.date is None:
            event.date = timex_module.date_at(article, event.span)
    for figure in article.figures:
        if figure.date is None:
            figure.date = _figure_day(article, figure)
    return article


def _dated_by_moved(article: Article, fact, guessed: dict) -> bool:
    """One of the peg-resolved expressions of the fact's sentence gave the fact its date."""
    lo, hi = timex_module.sentence_bounds(article, fact.span[0])
    return any(lo <= span[0] < hi and value[:10] == fact.date[:10] for span, value in guessed.items())


def _date_value(value: str) -> str:
    """A timex value as a fact date: the day of a day-with-time ("2026-03-05TMO" -> "2026-03-05")."""
    return value[:10] if len(value) > 10 and value[10] == "T" else value


def _figure_day(article: Article, figure) -> Optional[str]:
    """The as-of day of a figure once its article is dated: never the day its total counts from.

    "340 orang tewas sejak Kaldoria meluncurkan serangan pada tanggal 13 Oktober": the
    expression after "sejak ... pada" is the start (``Figure.since``), and with no other
    day in the sentence the total is as of the (inferred) publication day."""
    day = timex_module.date_at(article, figure.span, exclude_signals=("sejak", "semenjak"))
    if day and figure.since:
        starts = {t.value[:10] for t in article.timexes if t.value and t.text and t.text in figure.since}
        if day[:10] in starts:
            return iso_day(article.published).isoformat() if iso_day(article.published) else None
    return day


def infer_dates(articles: Sequence[Article], *, options: Options = DEFAULT, **thresholds) -> list[DateEstimate]:
    """Estimate and apply dates for the undated articles; returns the estimates."""
    estimates = estimate_dates(articles, **thresholds)
    apply_estimates(articles, estimates, options=options)
    return estimates


__all__ = ["DateEstimate", "Evidence", "estimate_dates", "estimate_date", "apply_estimates", "infer_dates", "actor_words", "is_dated",
           "GENERIC_ACTOR_WORDS"]
