"""Merged events: one real-world event reported by several outlets becomes one entry.

``merge_events(articles)`` takes every event of every (representative)
article and joins the reports of the same event: the same PLOVER type, the
same kind of status (happened / planned / denied), overlapping actors
(compared by their distinctive words, so "Pemerintah Tarvania" and
"Tarvania" agree), a compatible place and a compatible date.

Dates: an event with its own date covers that day (or month, week ...). An
event with no date of its own is taken as reported on its article's
publication day: it may join an earlier dated report of the same event (news
keeps mentioning what happened days ago) but only with stronger actor
agreement. Two own dates a day or two apart still merge, and the minority
date is kept as a ``Conflict`` beside the entry, never dropped; so is a
different figure for the same count.

Work is bounded by blocking: a report is only compared with entries that
share its type and one actor word (an inverted index), never with all others.

Notes:
    Cross-document event coreference by type, arguments, place and time is
    the recipe of the ECB+ line of work (Cybulska & Vossen 2014) and of
    event-data deduplication in ICEWS/POLECAT ("one-a-day" filtering:
    same actors, same type, same day). The tolerance of a couple of days for
    date disagreements between outlets is ours.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from . import timex as timex_module
from .infer_dates import actor_words
from .records import Article, Event
from .series import normalise_place

#: Status groups: reports in one group may describe the same event.
STATUS_GROUPS = {"occurred": "occurred", "planned": "future", "intended": "future", "expected": "future", "negated": "negated"}


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
    words: frozenset[str]
    place: Optional[str]


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


def _day(value: Optional[str]) -> Optional[date]:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def make_report(article: Article, event: Event, index: int) -> Report:
    own = timex_module.representative_date(event.date, article.published) if event.date else None
    if own is None and event.date and _day(event.date):
        own = event.date[:10]
    span = timex_module.date_range(own) if own else None
    words = actor_words(event.actors)
    place = normalise_place(event.place)
    if span is not None:
        return Report(article, event, index, span[0], span[1], own, _precision(own), words, place)
    published = _day(article.published)
    if published is not None:
        return Report(article, event, index, published, published, None, "reported", words, place)
    return Report(article, event, index, None, None, None, "unknown", words, place)


@dataclass
class _Cluster:
    number: int
    type: str
    group: str
    core: frozenset[str]
    words: set[str]
    places: Counter
    first: Optional[date]
    last: Optional[date]
    dated: bool
    reports: list[Report]


def _gap(a_first: date, a_last: date, b_first: date, b_last: date) -> int:
    if a_last < b_first:
        return (b_first - a_last).days
    if b_last < a_first:
        return (a_first - b_last).days
    return 0


def _compatible(cluster: _Cluster, report: Report, *, tolerance: int, window: int) -> Optional[float]:
    """A score when the report can be the cluster's event, else None."""
    shared = len(report.words & cluster.words)
    core_shared = len(report.words & cluster.core)
    if shared == 0:
        return None
    smaller = min(len(report.words), len(cluster.core)) or 1
    ratio = core_shared / smaller
    if ratio < 0.5:
        return None
    place = report.place
    same_place = False
    if place and cluster.places:
        known = cluster.places.most_common(1)[0][0]
        if place != known and place not in known and known not in place:
            return None
        same_place = True
    if report.first is None or cluster.first is None:
        # Nothing to compare dates with: only near-identical actors merge.
        if ratio < 1.0 or shared < 2:
            return None
        return shared + ratio
    if report.own_date and cluster.dated:
        gap = _gap(report.first, report.last, cluster.first, cluster.last)
        if gap > tolerance:
            return None
        return shared + ratio + same_place - gap
    if report.own_date is None and cluster.dated:
        # Reported on its publication day without a date: an earlier dated
        # report of the same event fits if it is not long before.
        behind = (report.first - cluster.last).days
        if behind < -1 or behind > window:
            return None
        if shared < 2 and not same_place:
            return None
        return shared + ratio + same_place - behind / (window + 1)
    # Cluster of undated reports, or a dated report meeting one: publication days close.
    gap = _gap(report.first, report.last, cluster.first, cluster.last)
    if gap > tolerance + (0 if cluster.dated else 1):
        return None
    if shared < 2 and not same_place:
        return None
    return shared + ratio + same_place - gap


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


def _cluster_weeks(cluster: "_Cluster") -> list[Optional[int]]:
    if cluster.first is None:
        return [None]
    last = cluster.last or cluster.first
    if (last - cluster.first).days > 62:
        # A year or a long period: file it under its ends only, so that one
        # coarse date does not fill dozens of buckets.
        return [_week(cluster.first), _week(last)]
    return list(range(_week(cluster.first), _week(last) + 1))


def merge_events(
    articles: Sequence[Article],
    *,
    tolerance_days: int = 2,
    reported_window_days: int = 21,
) -> list[MergedEvent]:
    """Merge the events of ``articles`` (pass representatives, not duplicate copies)."""
    reports = [make_report(a, e, i) for a in articles for i, e in enumerate(a.events)]
    # Own dates first, finest first, so undated reports find the dated entry they belong to.
    order = {"day": 0, "week": 1, "month": 2, "period": 2, "year": 3, "reported": 4, "unknown": 5}
    reports.sort(key=lambda m: (order[m.precision], m.first or date.max, m.article.id, m.index))
    clusters: list[_Cluster] = []
    # Blocking index: (type, actor word) -> week number -> entries whose dates
    # touch that week (None for entries with no date at all). A report looks
    # only at the weeks its date could match, so a corpus of a year of one
    # conflict does not compare every "ASSAULT Israel" with every other.
    index: dict[tuple[str, str], dict[Optional[int], set[int]]] = defaultdict(lambda: defaultdict(set))
    for report in reports:
        group = STATUS_GROUPS.get(report.event.status, report.event.status)
        candidates: set[int] = set()
        weeks = _weeks_to_search(report, tolerance_days, reported_window_days)
        for word in report.words:
            buckets = index.get((report.event.type, word))
            if not buckets:
                continue
            if weeks is None:
                for members in buckets.values():
                    candidates |= members
            else:
                for week in weeks:
                    candidates |= buckets.get(week, set())
                candidates |= buckets.get(None, set())
        best: Optional[tuple[float, int]] = None
        for number in candidates:
            cluster = clusters[number]
            if cluster.group != group and not _plan_meets_outcome(cluster, report, group):
                continue
            score = _compatible(cluster, report, tolerance=tolerance_days, window=reported_window_days)
            if score is not None and (best is None or score > best[0]):
                best = (score, number)
        if best is None:
            cluster = _Cluster(len(clusters), report.event.type, group, report.words, set(report.words), Counter(),
                               report.first, report.last, report.own_date is not None, [])
            clusters.append(cluster)
        else:
            cluster = clusters[best[1]]
        cluster.reports.append(report)
        cluster.words |= report.words
        if report.place:
            cluster.places[report.place] += 1
        if report.own_date is not None and report.first is not None:
            if not cluster.dated:
                cluster.first, cluster.last, cluster.dated = report.first, report.last, True
            else:
                cluster.first = min(cluster.first, report.first)
                cluster.last = max(cluster.last, report.last)
        elif cluster.first is None and report.first is not None:
            cluster.first, cluster.last = report.first, report.last
        for week in _cluster_weeks(cluster):
            for word in cluster.words:
                index[(cluster.type, word)][week].add(cluster.number)
    return [_finish(cluster) for cluster in clusters]


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

    figure_values: dict[str, dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in reports:
        for figure in m.event.figures:
            figure_values[figure.counts][figure.value].add(m.article.id)
    for counts, values in figure_values.items():
        if len(values) > 1:
            ranked = sorted(values.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            for value, ids in ranked[1:]:
                conflicts.append(Conflict(f"figure:{counts}", value, sorted(ids),
                                          f"{value:g} {counts} instead of {ranked[0][0]:g}"))

    first = sorted(reports, key=lambda m: (m.article.published or "9999", m.article.id, m.index))[0]
    return MergedEvent(
        id=f"ev-{first.article.id}-{first.index}",
        type=cluster.type,
        status=statuses.most_common(1)[0][0],
        actors=actors,
        place=place,
        date=date_value,
        date_precision=precision,
        reports=sorted(reports, key=lambda m: (m.article.published or "9999", m.article.id, m.index)),
        conflicts=conflicts,
    )


def source_of(report: Report) -> Source:
    article = report.article
    return Source(
        id=article.id, outlet=article.outlet, url=article.url, published=article.published,
        text=report.event.text, date=report.own_date, published_source=article.published_source,
    )


__all__ = ["Source", "Conflict", "Report", "MergedEvent", "merge_events", "make_report", "source_of", "STATUS_GROUPS"]
