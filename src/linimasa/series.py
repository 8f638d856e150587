"""Figure series: one measure as reported over time, with each value's date and source.

``build_series(articles)`` groups figures into series of the same measure:
the same ``counts`` (killed, injured, displaced, ...) from the same authority
("Kementerian Kesehatan Tarvania", spelled "Kemenkes Tarvania" or "data
Kementerian Kesehatan Tarvania per Kamis" in other articles), or, when no
authority is named, in the same place. Each point keeps its date (the
figure's own as-of date, else the article's publication day), value,
qualifier, article and outlet.

Only the largest value an article gives for a series on one day becomes a
point: "23 tewas, 14 di antaranya tentara" is one total and one breakdown,
and the breakdown would look like the toll going backwards.

Flags, never corrections: ``backwards`` when a running total (counts of the
dead, injured, displaced, ...) is reported lower than an earlier value;
``disagree`` when two sources give incompatible values for the same day.

Notes:
    Folding the authority's name (abbreviations expanded, "data ... per
    Kamis" trimmed, one name's words contained in the other's) is a small
    form of the name normalisation used for entity linking; the word lists
    are in ``lang/id/series_keys.json``. Treating "at least"/"more than" as
    lower bounds and "up to"/"less than" as upper bounds follows how
    casualty-recording projects compare running tolls (e.g. Iraq Body
    Count's minimum/maximum columns).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .records import Article, Figure
from .resources import json_resource

_KEYS = json_resource("series_keys.json")
_ABBREVIATIONS: dict[str, str] = _KEYS["source_abbreviations"]
_FILLER = frozenset(_KEYS["source_filler"])
_CUTS: list[str] = _KEYS["source_cut"]
_PLACE_PREFIXES = frozenset(_KEYS["place_prefixes"])
CUMULATIVE = frozenset(_KEYS["cumulative_counts"])
STOCK = frozenset(_KEYS["stock_counts"])
SERIES_COUNTS = CUMULATIVE | STOCK

_WORD = re.compile(r"[\w-]+", re.UNICODE)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_LOWER_QUALIFIERS = ("exact", "about", "at_least", "more_than")
_UPPER_QUALIFIERS = ("exact", "about", "up_to", "less_than")


@dataclass
class SeriesPoint:
    date: str
    value: float
    qualifier: str
    article: str
    outlet: Optional[str] = None
    published: Optional[str] = None
    source: Optional[str] = None  # the authority as written
    text: str = ""
    date_from: str = "figure"  # figure (its own as-of date) or published (the article's day)


@dataclass
class Series:
    id: str
    counts: str
    label: str
    source: Optional[str]  # canonical authority
    place: Optional[str]
    since: Optional[str]
    cumulative: bool
    points: list[SeriesPoint] = field(default_factory=list)
    flags: list[dict] = field(default_factory=list)


def normalise_source(source: Optional[str]) -> Optional[str]:
    """The authority's name folded to compare across spellings, or None when it is not a name."""
    if not source:
        return None
    text = " " + source.lower() + " "
    for cut in _CUTS:
        position = text.find(cut, 1)
        if position > 0:
            text = text[:position]
    words = []
    for word in _WORD.findall(text):
        if word in _FILLER or word.isdigit():
            continue
        words.extend(_ABBREVIATIONS.get(word, word).split())
    if not any(len(w) >= 3 and w.isalpha() for w in words):
        return None
    return " ".join(words)


@lru_cache(maxsize=65536)
def normalise_place(place: Optional[str]) -> Optional[str]:
    if not place:
        return None
    words = [w for w in _WORD.findall(place.lower())]
    while len(words) > 1 and words[0] in _PLACE_PREFIXES:
        words = words[1:]
    return " ".join(words) or None


def _canonical_sources(names: Iterable[str]) -> dict[str, str]:
    """Map each name to the shortest name whose words it contains (two words at least)."""
    ordered = sorted(set(names), key=lambda n: (len(n.split()), n))
    canonical: dict[str, str] = {}
    kept: list[tuple[str, frozenset[str]]] = []
    for name in ordered:
        words = frozenset(name.split())
        for other, other_words in kept:
            if len(other_words) >= 2 and other_words <= words:
                canonical[name] = other
                break
        else:
            canonical[name] = name
            kept.append((name, words))
    return canonical


def point_date(figure: Figure, article: Article) -> tuple[Optional[str], str]:
    """The day a figure holds for: its own as-of day, else the article's publication day."""
    if figure.date and _DAY.match(figure.date):
        return figure.date[:10], "figure"
    if article.published and _DAY.match(article.published):
        return article.published[:10], "published"
    return None, "none"


def series_key(figure: Figure, canonical: dict[str, str]) -> Optional[tuple[str, str]]:
    """(counts, authority or "@place"), or None when the figure names neither."""
    if figure.counts not in SERIES_COUNTS:
        return None
    source = normalise_source(figure.source)
    if source:
        return figure.counts, canonical.get(source, source)
    place = normalise_place(figure.place)
    if place:
        return figure.counts, "@" + place
    return None


def build_series(articles: Sequence[Article], *, min_points: int = 1) -> list[Series]:
    """Every series with at least ``min_points`` points, largest first."""
    canonical = _canonical_sources(
        name for a in articles for f in a.figures if f.counts in SERIES_COUNTS for name in [normalise_source(f.source)] if name
    )
    # One point per (series, article, day): the article's largest value.
    best: dict[tuple[tuple[str, str], str, str], tuple[Figure, Article, str]] = {}
    for article in articles:
        for figure in article.figures:
            key = series_key(figure, canonical)
            if key is None:
                continue
            day, date_from = point_date(figure, article)
            if day is None:
                continue
            slot = (key, article.id, day)
            if slot not in best or figure.value > best[slot][0].value:
                best[slot] = (figure, article, date_from)

    grouped: dict[tuple[str, str], list[SeriesPoint]] = defaultdict(list)
    places: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    sinces: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (key, _article_id, day), (figure, article, date_from) in best.items():
        grouped[key].append(
            SeriesPoint(
                date=day, value=figure.value, qualifier=figure.qualifier, article=article.id, outlet=article.outlet,
                published=article.published, source=figure.source, text=_sentence_of(article, figure), date_from=date_from,
            )
        )
        if figure.place:
            places[key][figure.place] += 1
        if figure.since:
            sinces[key][figure.since] += 1

    # An "@place" series joins an authority series whose name contains the place.
    for key in [k for k in grouped if k[1].startswith("@")]:
        counts, place = key[0], key[1][1:]
        for other in list(grouped):
            if other[0] == counts and not other[1].startswith("@") and re.search(rf"\b{re.escape(place)}\b", other[1]):
                grouped[other].extend(grouped.pop(key))
                for name, n in places.pop(key, {}).items():
                    places[other][name] += n
                break

    result = []
    for (counts, authority), points in grouped.items():
        if len(points) < min_points:
            continue
        points.sort(key=lambda p: (p.date, p.value, p.article))
        place = _dominant(places.get((counts, authority), {}))
        since = max(sinces[(counts, authority)].items(), key=lambda kv: (kv[1], kv[0]))[0] if sinces.get((counts, authority)) else None
        source = None if authority.startswith("@") else _display_source(points, authority)
        label = series_label(counts, source, places.get((counts, authority), {}), since, points)
        series = Series(
            id="series-" + re.sub(r"[^a-z0-9]+", "-", f"{counts} {authority}".lower()).strip("-"),
            counts=counts, label=label, source=source, place=place, since=since,
            cumulative=counts in CUMULATIVE, points=points,
        )
        series.flags = series_flags(series)
        result.append(series)
    result.sort(key=lambda s: (-len(s.points), s.id))
    return result


def _dominant(votes: dict[str, int]) -> Optional[str]:
    """The value most points give when they are a majority of those giving one, else None."""
    if not votes:
        return None
    top, count = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
    return top if count * 2 > sum(votes.values()) else None


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def series_label(counts: str, source: Optional[str], places: dict[str, int], since: Optional[str],
                 points: Sequence[SeriesPoint]) -> str:
    """"killed per Kementerian Kesehatan Tarvania (Lembah Dravena; 12 reports, 6 outlets)".

    The authority names a series best; a place joins the label only when
    most of the points that name a place agree on it (one figure placed by a
    wrong dateline must not name the series), and "since" only when it is a
    resolved date, not raw text.
    """
    named = sum(places.values())
    place = None
    if places:
        top, votes = max(places.items(), key=lambda kv: (kv[1], kv[0]))
        if votes * 2 > named:
            place = top
    outlets = {p.outlet or p.article for p in points}
    if source:
        label = f"{counts} per {source}"
        details = [place] if place else []
    else:
        label = f"{counts} in {place}" if place else counts
        details = []
    if since and _ISO_DAY.match(since):
        label += f" since {since}"
    details.append(f"{len(points)} report{'s' if len(points) != 1 else ''}, {len(outlets)} outlet{'s' if len(outlets) != 1 else ''}")
    return label + " (" + "; ".join(details) + ")"


def _display_source(points: list[SeriesPoint], authority: str) -> str:
    """The most common spelling of the authority among the points, for labels."""
    counts: dict[str, int] = defaultdict(int)
    for point in points:
        if point.source and normalise_source(point.source):
            counts[point.source] += 1
    if not counts:
        return authority
    return max(counts.items(), key=lambda kv: (kv[1], -len(kv[0]), kv[0]))[0]


def _sentence_of(article: Article, figure: Figure) -> str:
    for sentence in article.sentences:
        if sentence.span[0] <= figure.span[0] < sentence.span[1]:
            return sentence.text
    body = article.body
    start = max(body.rfind("\n", 0, figure.span[0]), body.rfind(". ", 0, figure.span[0]) + 1, 0)
    end_candidates = [i for i in (body.find(". ", figure.span[1]), body.find("\n", figure.span[1])) if i != -1]
    end = min(end_candidates) + 1 if end_candidates else len(body)
    return body[start:end].strip()


def _lower(point: SeriesPoint) -> float:
    if point.qualifier in _LOWER_QUALIFIERS:
        return point.value * (0.95 if point.qualifier == "about" else 1.0)
    return 0.0


def _upper(point: SeriesPoint) -> float:
    if point.qualifier in _UPPER_QUALIFIERS:
        return point.value * (1.05 if point.qualifier == "about" else 1.0)
    return float("inf")


def series_flags(series: Series) -> list[dict]:
    """``backwards`` and ``disagree`` flags for a series (points sorted by date)."""
    flags: list[dict] = []
    by_day: dict[str, list[SeriesPoint]] = defaultdict(list)
    for point in series.points:
        by_day[point.date].append(point)
    for day, points in sorted(by_day.items()):
        articles = {p.article for p in points}
        if len(articles) < 2:
            continue
        if max(_lower(p) for p in points) > min(_upper(p) for p in points):
            flags.append({
                "kind": "disagree", "date": day,
                "values": sorted({p.value for p in points}),
                "articles": sorted(articles),
            })
    if series.cumulative:
        backwards = _backwards(series.points)
        misdated = {(f["date"], f["suspect"]) for f in backwards if f["reason"] == "misdated"}
        kept = []
        for flag in flags:
            # A same-day disagreement caused only by a misdated point is explained by its own flag.
            rest = [p for p in by_day[flag["date"]] if (p.date, p.article) not in misdated]
            if len({p.article for p in rest}) >= 2 and max(_lower(p) for p in rest) > min(_upper(p) for p in rest):
                kept.append(flag)
            elif len(rest) == len(by_day[flag["date"]]):
                kept.append(flag)
        flags = kept + backwards
    return flags


def _backwards(points: list[SeriesPoint]) -> list[dict]:
    """Points off the longest non-decreasing run of a running total.

    One wrong value (a toll with a misread date) breaks the order against
    every later point; flagging only the points outside the longest
    consistent run names the culprit once instead of blaming its neighbours.
    """
    import bisect

    ordered = sorted(range(len(points)), key=lambda i: (points[i].date, _lower(points[i])))
    tails: list[float] = []
    tail_index: list[int] = []
    previous: dict[int, int] = {}
    # Walk from the latest point back, keeping the longest non-increasing run:
    # on a tie this keeps the higher values and blames the low one (a toll
    # misread or reported from an old bulletin).
    backwards_order = ordered[::-1]
    for position, index in enumerate(backwards_order):
        value = -(_lower(points[index]) if _lower(points[index]) > 0 else points[index].value)
        slot = bisect.bisect_right(tails, value)
        if slot:
            previous[position] = tail_index[slot - 1]
        if slot == len(tails):
            tails.append(value)
            tail_index.append(position)
        else:
            tails[slot] = value
            tail_index[slot] = position
    keep: set[int] = set()
    position = tail_index[-1] if tail_index else None
    while position is not None:
        keep.add(backwards_order[position])
        position = previous.get(position)
    backbone = [i for i in ordered if i in keep]
    flags = []
    for index in ordered:
        if index in keep:
            continue
        point = points[index]
        before = [points[i] for i in backbone if points[i].date <= point.date and i != index]
        after = [points[i] for i in backbone if points[i].date > point.date]
        too_low = bool(before) and _upper(point) < _lower(before[-1])
        too_high = bool(after) and _lower(point) > _upper(after[0])
        if not (too_low or too_high):
            continue  # a lower bound ("more than 240") that is merely weaker than the running total
        neighbour = before[-1] if too_low else after[0]
        relation = "below" if too_low else "above"
        against = [points[i] for i in backbone if (points[i].date > point.date and _upper(points[i]) < _lower(point))
                   or (points[i].date < point.date and _lower(points[i]) > _upper(point))]
        below_it = [points[i] for i in backbone if points[i].value < point.value]
        above_it = [points[i] for i in backbone if points[i].value >= point.value]
        note = f"{point.value:g} for {point.date} is {relation} {neighbour.value:g} reported for {neighbour.date}"
        if len(against) >= 2:
            # One point against most of the series: its date, not the series, is the likely error.
            if below_it and above_it:
                fit_day = f"; by its value it fits between {below_it[-1].date} and {above_it[0].date}"
            elif below_it:
                fit_day = f"; by its value it fits after {below_it[-1].date}"
            else:
                fit_day = f"; by its value it fits before {above_it[0].date}" if above_it else ""
            published = f" (its article is of {point.published[:10]})" if point.published else ""
            note += (f"; it disagrees with {len(against)} of {len(backbone)} consistent reports, so its date is"
                     f" probably wrong{fit_day}{published}")
            kind_detail = "misdated"
        else:
            kind_detail = "lower" if too_low else "higher"
        flags.append({
            "kind": "backwards", "date": point.date, "values": [neighbour.value, point.value],
            "articles": [neighbour.article, point.article], "suspect": point.article, "reason": kind_detail,
            "note": note,
        })
    return flags


__all__ = [
    "Series", "SeriesPoint", "build_series", "series_flags", "series_key", "normalise_source", "normalise_place",
    "point_date", "CUMULATIVE", "SERIES_COUNTS",
]
