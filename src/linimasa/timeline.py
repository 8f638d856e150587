"""The timeline: many articles from many outlets in, one sourced timeline out.

``build_timeline(articles, ...)`` runs the corpus stages in order:

1. content-farm signals per article (``dedup.mark_signals``);
2. duplicate and copy groups (``dedup.find_duplicates``); later stages see
   one representative per group, and every copy is listed as a source;
3. dates for undated articles from corpus evidence (``infer_dates``);
4. stories (``stories.find_stories``);
5. merged events with their conflicts (``merge.merge_events``);
6. figure series with their flags (``series.build_series``);

and turns each merged event into a ``TimelineEntry`` with its sources (id,
outlet, url, publication date, evidence sentence), the figures stated with
it and the quotes said around it. Filters (story, free text, entity, date
range) apply to the entries at the end, so an entry keeps all its sources
even when only one of them matched.

Notes:
    The shape of an entry (a dated claim with its provenance and the
    disagreements kept beside it) follows event-data practice (ICEWS,
    POLECAT: one row per event with its story ids) and the "claims with
    sources" model of fact-checking databases; the stage order is the
    classic TDT pipeline: deduplicate, cluster, then link events.
"""

from __future__ import annotations

import gc
import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, Optional
from urllib.parse import urlsplit

from . import timex as timex_module
from .dedup import DuplicateGroup, find_duplicates, mark_signals, representative_map
from .infer_dates import DateEstimate, infer_dates
from .merge import Conflict, MergedEvent, Source, merge_events, sentence_sources, source_of
from .options import DEFAULT, Options
from .records import Article
from .resources import word_set
from .series import Series, build_series
from .stories import Story, find_stories

_PRECISION_ORDER = {"day": 0, "week": 1, "period": 2, "month": 2, "year": 3, "reported": 4, "unknown": 5}
_MAX_QUOTES = 4


@dataclass
class TimelineEntry:
    id: str
    date: Optional[str]
    date_precision: str  # day, week, month, year, reported (no date in the text: the first report's day), unknown
    type: str
    status: str
    actors: list[str]
    place: Optional[str]
    summary: str
    figures: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    story: Optional[str] = None


@dataclass
class Timeline:
    stories: list[Story]
    entries: list[TimelineEntry]
    series: list[Series]
    duplicates: list[DuplicateGroup] = field(default_factory=list)
    date_estimates: list[DateEstimate] = field(default_factory=list)
    articles: dict[str, Any] = field(default_factory=dict)  # counts and per-article metadata
    filters: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form documented in docs/output.md ("Timeline")."""
        return {
            "stories": [asdict(s) for s in self.stories],
            "entries": [asdict(e) for e in self.entries],
            "series": [asdict(s) for s in self.series],
            "duplicates": [asdict(d) for d in self.duplicates],
            "date_estimates": [asdict(d) for d in self.date_estimates],
            "articles": self.articles,
            "filters": self.filters,
        }


_CAPITALISED = re.compile(r"^[A-Z]")


def _menu_words() -> frozenset[str]:
    return word_set("boilerplate_menu_words.txt")


def display_outlet(outlet: Optional[str], url: Optional[str]) -> Optional[str]:
    """The outlet name to show, or the URL's domain when the name looks like a scraped menu.

    Metadata sometimes carries a navigation bar as the site name ("Home
    Berita Internasional Ekonomi ..."): two section words or more, five
    capitalised words or more, or a very long name. Then the domain
    ("kabarnusa.com") says more.
    """
    domain = None
    if url:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
        domain = host[4:] if host.startswith("www.") else host or None
    if not outlet:
        return domain
    words = outlet.split()
    capitalised = sum(1 for w in words if _CAPITALISED.match(w))
    menu = sum(1 for w in words if w.lower().strip("|/·-") in _menu_words())
    if capitalised >= 5 or menu >= 2 or len(outlet) > 40:
        return domain or outlet
    return outlet


def _copies(groups: Sequence[DuplicateGroup]) -> dict[str, list[str]]:
    return {g.representative: [m for m in g.members if m != g.representative] for g in groups}


def _summary(merged: MergedEvent) -> str:
    trigger = Counter(r.event.trigger for r in merged.reports if r.event.trigger).most_common(1)
    verb = trigger[0][0] if trigger else merged.type.lower()
    actors = ", ".join(merged.actors[:3]) + (" dkk." if len(merged.actors) > 3 else "")
    text = f"{actors or '?'} — {verb} ({merged.type}"
    if merged.status != "occurred":
        text += f", {merged.status}"
    text += ")"
    if merged.place:
        text += f" di {merged.place}"
    return text


def _quotes_near(article: Article, span: tuple[int, int], actors: Sequence[str]) -> list[dict[str, Any]]:
    """Quotes inside the event's sentence, or in its paragraph when an actor says them."""
    if not article.quotes:
        return []
    paragraph = next((p.span for p in article.paragraphs if p.span[0] <= span[0] <= p.span[1]), span)
    lowered: Optional[list[str]] = None
    found = []
    for quote in article.quotes:
        inside = quote.span[0] < span[1] and span[0] < quote.span[1]
        if not inside:
            if not quote.speaker or not paragraph[0] <= quote.span[0] <= paragraph[1]:
                continue
            if lowered is None:
                lowered = [a.lower() for a in actors]
            speaker = quote.speaker.lower()
            if not any(a in speaker or speaker in a for a in lowered):
                continue
        found.append({"speaker": quote.speaker, "text": quote.text, "kind": quote.kind, "source": article.id})
    return found


def _figures_near(article: Article, merged_event_figures: list, span: tuple[int, int]) -> list[dict[str, Any]]:
    found = [f for f in merged_event_figures]
    found += [f for f in article.figures if span[0] <= f.span[0] < span[1] and f not in found]
    return [
        {"value": f.value, "counts": f.counts, "qualifier": f.qualifier, "date": f.date, "place": f.place,
         "authority": f.source, "text": f.text, "source": article.id}
        for f in found
    ]


def _entry(merged: MergedEvent, by_id: dict[str, Article], copies: dict[str, list[str]], story_of: dict[str, str],
           matched: Sequence[Source] = ()) -> TimelineEntry:
    sources: list[Source] = []
    seen: set[str] = set()
    quotes: list[dict[str, Any]] = []
    figures: list[dict[str, Any]] = []
    figure_keys: set[tuple] = set()
    for report in merged.reports:
        article = report.article
        if article.id not in seen:
            seen.add(article.id)
            source = source_of(report)
            source.outlet = display_outlet(source.outlet, source.url)
            sources.append(source)
            for copy_id in copies.get(article.id, []):
                copy = by_id[copy_id]
                if copy_id in seen:
                    continue
                seen.add(copy_id)
                sources.append(Source(id=copy.id, outlet=display_outlet(copy.outlet, copy.url), url=copy.url, published=copy.published,
                                      text=report.event.text, date=report.own_date, copy_of=article.id,
                                      published_source=copy.published_source))
        if len(quotes) < _MAX_QUOTES:
            for quote in _quotes_near(article, report.event.span, merged.actors):
                if len(quotes) < _MAX_QUOTES and all(q["text"] != quote["text"] for q in quotes):
                    quotes.append(quote)
        for figure in _figures_near(article, report.event.figures, report.event.span):
            key = (figure["counts"], figure["value"], figure["source"])
            if key not in figure_keys:
                figure_keys.add(key)
                figures.append(figure)
    # Sources found by the sentence pass come after the extracted ones, each with its copies.
    for found in matched:
        if found.id in seen:
            continue
        seen.add(found.id)
        found.outlet = display_outlet(found.outlet, found.url)
        sources.append(found)
        for copy_id in copies.get(found.id, []):
            if copy_id in seen:
                continue
            seen.add(copy_id)
            copy = by_id[copy_id]
            sources.append(Source(id=copy.id, outlet=display_outlet(copy.outlet, copy.url), url=copy.url, published=copy.published,
                                  text=found.text, date=found.date, copy_of=found.id,
                                  published_source=copy.published_source, matched_by=found.matched_by))
    stories = Counter(story_of.get(s.id) for s in sources if story_of.get(s.id))
    return TimelineEntry(
        id=merged.id, date=merged.date, date_precision=merged.date_precision, type=merged.type, status=merged.status,
        actors=merged.actors, place=merged.place, summary=_summary(merged), figures=figures, quotes=quotes,
        sources=sources, conflicts=merged.conflicts, story=stories.most_common(1)[0][0] if stories else None,
    )


def _in_range(entry: TimelineEntry, date_from: Optional[str], date_to: Optional[str]) -> bool:
    if not date_from and not date_to:
        return True
    if not entry.date:
        return False
    span = timex_module.date_range(entry.date)
    if span is None:
        return False
    first, last = span[0].isoformat(), span[1].isoformat()
    if date_from and last < date_from:
        return False
    if date_to and first > date_to[:10]:
        return False
    return True


def _matches_query(entry: TimelineEntry, query: str, by_id: dict[str, Article]) -> bool:
    haystack = " ".join(
        [entry.summary, entry.place or "", " ".join(entry.actors)]
        + [s.text for s in entry.sources]
        + [by_id[s.id].title or "" for s in entry.sources if s.id in by_id]
        + [q["text"] for q in entry.quotes]
    ).lower()
    return all(word in haystack for word in query.lower().split())


def _matches_entity(entry: TimelineEntry, name: str, by_id: dict[str, Article]) -> bool:
    wanted = name.lower()
    names = [a.lower() for a in entry.actors] + ([entry.place.lower()] if entry.place else [])
    if any(wanted == n or re.search(rf"\b{re.escape(wanted)}\b", n) for n in names):
        return True
    # An alias of an actor ("PM Tarvania" for the person) counts too.
    for source in entry.sources:
        article = by_id.get(source.id)
        if article is None:
            continue
        for entity in article.entities:
            spellings = [entity.name.lower()] + [a.lower() for a in entity.aliases]
            if wanted in spellings and entity.name.lower() in names:
                return True
    return False


def build_timeline(
    articles: Iterable[Article],
    *,
    story: Optional[str] = None,
    query: Optional[str] = None,
    entity: Optional[str] = None,
    date_from: Optional[str] = None,
    date_to: Optional[str] = None,
    infer: bool = True,
    sentence_match: bool = True,
    options: Options = DEFAULT,
) -> Timeline:
    """Build the timeline of ``articles`` (modified in place: signals, inferred dates).

    ``story`` keeps the entries of one story id; ``query`` the entries whose
    summary, evidence, quotes or article titles contain every word;
    ``entity`` the entries with that actor or place (or one of its aliases);
    ``date_from``/``date_to`` (ISO days, inclusive) the entries whose date
    overlaps the range. ``infer=False`` skips date inference;
    ``sentence_match=False`` skips the second pass that adds sources found
    by sentence (``merge.sentence_sources``; marked ``matched_by="sentence"``).
    """
    with _collector_paused():
        return _build(list(articles), story=story, query=query, entity=entity, date_from=date_from,
                      date_to=date_to, infer=infer, sentence_match=sentence_match, options=options)


_PAUSE_LOCK = threading.Lock()
_pauses = 0  # builds running now
_enabled_before = True  # the collector's state when the first of them began


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one build.

    A build allocates millions of small sets, tuples and records that live
    until it ends, and every full collection walks all of them and the input
    articles again: at 10,000 articles that was a sixth of the build time
    (``benchmarks/timeline.py``). Reference counting still frees everything
    that forms no cycle; the one large cycle, datasketch's LSH index, is
    released by ``dedup`` itself. The collector's state is restored after.
    """
    global _pauses, _enabled_before
    with _PAUSE_LOCK:
        if _pauses == 0:
            _enabled_before = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _pauses -= 1
            if _pauses == 0 and _enabled_before:
                gc.enable()  # the last of overlapping builds (web threads) restores it


def _build(articles: list[Article], *, story: Optional[str], query: Optional[str], entity: Optional[str],
           date_from: Optional[str], date_to: Optional[str], infer: bool, sentence_match: bool,
           options: Options) -> Timeline:
    by_id = {a.id: a for a in articles}
    mark_signals(articles)
    groups = find_duplicates(articles)
    representative = representative_map(articles, groups)
    copies = _copies(groups)
    estimates = infer_dates(articles, options=options) if infer else []
    representatives = [a for a in articles if representative[a.id] == a.id]

    stories = find_stories(representatives)
    for found in stories:
        extra = [c for rep in found.articles for c in copies.get(rep, [])]
        found.articles = found.articles + extra
    story_of = {article_id: s.id for s in stories for article_id in s.articles}

    merged = merge_events(representatives)
    # Second, conservative pass: articles that report an entry in a sentence the extractor missed.
    matched = sentence_sources(merged, representatives) if sentence_match else {}
    entries = [_entry(m, by_id, copies, story_of, matched.get(m.id, ())) for m in merged]
    series = build_series(representatives)

    if story:
        members = next((set(s.articles) for s in stories if s.id == story), set())
        entries = [e for e in entries if e.story == story or any(s.id in members for s in e.sources)]
        stories = [s for s in stories if s.id == story]
    if query:
        entries = [e for e in entries if _matches_query(e, query, by_id)]
    if entity:
        entries = [e for e in entries if _matches_entity(e, entity, by_id)]
    entries = [e for e in entries if _in_range(e, date_from, date_to)]
    entries.sort(key=lambda e: (e.date is None, (e.date or "")[:10], _PRECISION_ORDER.get(e.date_precision, 9), -len(e.sources), e.id))

    inferred = [e for e in estimates if e.date]
    return Timeline(
        stories=stories,
        entries=entries,
        series=series,
        duplicates=groups,
        date_estimates=estimates,
        articles={
            "count": len(articles),
            "representatives": len(representatives),
            "duplicates": sum(len(g.members) - 1 for g in groups),
            "undated": len(estimates),
            "inferred": len(inferred),
            "index": {
                a.id: {"title": a.title, "outlet": a.outlet, "url": a.url, "published": a.published,
                       "published_source": a.published_source, "source": a.source}
                for a in articles
            },
        },
        filters={k: v for k, v in {"story": story, "query": query, "entity": entity, "from": date_from, "to": date_to}.items() if v},
    )


__all__ = ["Timeline", "TimelineEntry", "build_timeline", "display_outlet"]
