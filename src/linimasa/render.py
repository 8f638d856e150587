"""Render a ``Timeline`` as terminal text (rich), one self-contained HTML file, CSV or JSON.

The HTML report has no external script, style sheet, font or image: the
style is inline CSS, the figure-series charts and the actor network are
inline SVG drawn here. Every piece of article text is escaped
(``html.escape``), so a scraped page with ``<script>`` in it shows as text
and runs nothing; the page also carries a Content-Security-Policy that
forbids scripts.

Notes:
    The layout follows the "sourced timeline" reports of newsroom tools
    (date rail, one card per event with its sources and quotes); the
    network is a circle layout with edges weighted by how many entries two
    actors share (a co-occurrence network as in Datasette's graph plugins).
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
from collections import Counter
from itertools import combinations
from typing import Any, Optional

from .timeline import Timeline, TimelineEntry

FORMATS = ("text", "json", "html", "csv")
#: ``Source.matched_by`` of a source the sentence pass found (``merge.sentence_sources``).
SENTENCE_MATCH = "sentence"
_SENTENCE_LABEL = "matched by sentence"


# --------------------------------------------------------------------------- JSON and CSV

def render_json(timeline: Timeline, *, indent: Optional[int] = 1) -> str:
    return json.dumps(timeline.to_dict(), ensure_ascii=False, indent=indent) + "\n"


CSV_COLUMNS = [
    "date", "date_precision", "type", "status", "actors", "place", "summary", "figures", "sources", "outlets", "urls",
    "evidence", "conflicts", "story", "id",
]


def render_csv(timeline: Timeline) -> str:
    """One row per entry; lists joined with " | "."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry in timeline.entries:
        writer.writerow([
            entry.date or "", entry.date_precision, entry.type, entry.status, " | ".join(entry.actors), entry.place or "",
            entry.summary,
            " | ".join(f"{f['value']:g} {f['counts']}" for f in entry.figures),
            " | ".join(s.id for s in entry.sources),
            " | ".join(sorted({s.outlet or "?" for s in entry.sources})),
            " | ".join(s.url for s in entry.sources if s.url),
            entry.sources[0].text if entry.sources else "",
            " | ".join(f"{c.field}={c.value}" for c in entry.conflicts),
            entry.story or "", entry.id,
        ])
    return out.getvalue()


# --------------------------------------------------------------------------- text (rich)

def print_text(timeline: Timeline, console: Any = None) -> None:
    """Print the timeline on a rich console (a terminal gets colour, a pipe plain text)."""
    from rich.console import Console
    from rich.markup import escape

    console = console or Console()
    counts = timeline.articles
    console.print(
        f"[bold]Timeline[/bold]: {len(timeline.entries)} entries from {counts.get('count', 0)} articles "
        f"({counts.get('duplicates', 0)} duplicate copies, {counts.get('inferred', 0)} of {counts.get('undated', 0)} undated articles dated by inference)"
    )
    if timeline.stories:
        console.print("\n[bold]Stories[/bold]")
        for story in timeline.stories:
            console.print(f"  {escape(story.start or '?')} .. {escape(story.end or '?')}  [bold]{escape(story.label)}[/bold]"
                          f"  [dim]{len(story.articles)} article(s), {escape(story.id)}[/dim]")
    for entry in timeline.entries:
        when = entry.date or "????-??-??"
        if entry.date_precision not in ("day",):
            when += f" ({entry.date_precision})"
        outlets = sorted({s.outlet or s.id for s in entry.sources})
        console.print(f"\n[bold cyan]{escape(when)}[/bold cyan]  [bold]{escape(entry.summary)}[/bold]")
        console.print(f"  [dim]{len(entry.sources)} source(s): {escape(', '.join(outlets))}[/dim]")
        by_sentence = sorted({s.outlet or s.id for s in entry.sources if s.matched_by == SENTENCE_MATCH})
        if by_sentence:
            # Found by the sentence pass, not by the extractor: weaker evidence, say so.
            console.print(f"  [dim](matched by sentence: {escape(', '.join(by_sentence))})[/dim]")
        for figure in entry.figures[:3]:
            console.print(f"  • {figure['value']:g} {escape(figure['counts'])} ({escape(figure['qualifier'])})")
        for quote in entry.quotes[:2]:
            console.print(f"  “{escape(_clip(quote['text'], 160))}” — {escape(quote['speaker'] or '?')}")
        if entry.sources:
            console.print(f"  [italic]{escape(_clip(entry.sources[0].text, 220))}[/italic]")
        for conflict in entry.conflicts:
            console.print(f"  [yellow]conflict[/yellow] {escape(conflict.field)}: {escape(str(conflict.value))} ({escape(', '.join(conflict.sources))})")
    shown = [s for s in timeline.series if len(s.points) >= 2]
    if shown:
        console.print("\n[bold]Figure series[/bold]")
        for series in shown:
            values = ", ".join(f"{p.date}: {p.value:g}" for p in series.points[:12])
            console.print(f"  {escape(series.label)}: {escape(values)}" + (" …" if len(series.points) > 12 else ""))
            for flag in series.flags:
                console.print(f"    [yellow]{escape(flag['kind'])}[/yellow] {escape(flag.get('note') or str(flag.get('values')))}")


def render_text(timeline: Timeline, *, width: int = 100) -> str:
    """The text form as a plain string (no colour codes)."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=False, color_system=None, highlight=False)
    print_text(timeline, console)
    return buffer.getvalue()


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- HTML

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}
header{background:#1d2330;color:#fff;padding:18px 28px}
header h1{margin:0 0 4px;font-size:22px}
main{max-width:1100px;margin:0 auto;padding:18px 28px}
section{margin-bottom:28px}
h2{font-size:18px;border-bottom:2px solid #d7dbe2;padding-bottom:4px}
.entry{background:#fff;border-left:4px solid #3b6fd8;border-radius:6px;padding:10px 14px;margin:10px 0;box-shadow:0 1px 2px rgba(0,0,0,.06)}
.entry.conflict{border-left-color:#d88a3b}
.date{font-weight:700;color:#3b6fd8;margin-right:8px}
.precision{font-size:12px;color:#667}
.type{display:inline-block;font-size:11px;background:#e8edf8;border-radius:3px;padding:1px 6px;margin-left:6px}
.summary{font-weight:600}
.sources{font-size:13px;margin:6px 0 0 0;padding-left:18px}
.sources li{margin:3px 0}
.evidence{color:#444}
blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #ccd;color:#333;font-style:italic}
.conflicts{color:#a55a12;font-size:13px}
.figs{font-size:13px;color:#234}
table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #d7dbe2;padding:3px 8px;text-align:left}
.chart{background:#fff;border-radius:6px;padding:8px;margin:8px 0}
.flag{color:#a55a12;font-size:13px}
.muted{color:#667;font-size:13px}
.sources li.by-sentence{list-style-type:circle;color:#555}
.matched{display:inline-block;font-size:11px;background:#f3ecd9;color:#6b5312;border-radius:3px;padding:0 5px;margin-left:4px}
.legend{font-size:13px;color:#667;margin:4px 0 8px}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def render_html(timeline: Timeline, *, title: str = "Linimasa timeline") -> str:
    """One self-contained HTML page: entries, sources, quotes, series charts, actor network."""
    counts = timeline.articles
    parts = [
        "<!DOCTYPE html>",
        '<html lang="id"><head><meta charset="utf-8">',
        # No script may run, whatever the article text contains.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{_e(title)}</h1><div>{len(timeline.entries)} entries · {_e(counts.get('count', 0))} articles · "
        f"{_e(counts.get('duplicates', 0))} duplicate copies · {_e(counts.get('inferred', 0))} inferred dates</div></header><main>",
    ]
    if timeline.filters:
        parts.append('<p class="muted">Filters: ' + _e(", ".join(f"{k}={v}" for k, v in timeline.filters.items())) + "</p>")
    if timeline.stories:
        parts.append('<section id="stories"><h2>Stories</h2><table><tr><th>story</th><th>label</th><th>from</th><th>to</th><th>articles</th></tr>')
        for story in timeline.stories:
            parts.append(f"<tr><td>{_e(story.id)}</td><td>{_e(story.label)}</td><td>{_e(story.start)}</td><td>{_e(story.end)}</td><td>{len(story.articles)}</td></tr>")
        parts.append("</table></section>")
    parts.append('<section id="timeline"><h2>Timeline</h2>')
    if any(s.matched_by == SENTENCE_MATCH for entry in timeline.entries for s in entry.sources):
        parts.append(f'<p class="legend"><span class="matched">{_e(_SENTENCE_LABEL)}</span> a source whose sentence was matched '
                     "to the entry afterwards (the extractor found no event there): weaker evidence than the others.</p>")
    for entry in timeline.entries:
        parts.append(_entry_html(entry, counts.get("index", {})))
    if not timeline.entries:
        parts.append('<p class="muted">No entries.</p>')
    parts.append("</section>")
    shown = [s for s in timeline.series if len(s.points) >= 2]
    if shown:
        parts.append('<section id="series"><h2>Figure series</h2>')
        for series in shown:
            parts.append(f'<div class="chart"><div><strong>{_e(series.label)}</strong> <span class="muted">({len(series.points)} reports)</span></div>')
            parts.append(series_svg(series))
            for flag in series.flags:
                parts.append(f'<div class="flag">{_e(flag["kind"])}: {_e(flag.get("note") or flag.get("values"))}</div>')
            parts.append("</div>")
        parts.append("</section>")
    network = network_svg(timeline.entries)
    if network:
        parts.append('<section id="network"><h2>Actors</h2>' + network + "</section>")
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _entry_html(entry: TimelineEntry, index: dict[str, Any]) -> str:
    cls = "entry conflict" if entry.conflicts else "entry"
    out = [f'<article class="{cls}" id="{_e(entry.id)}">']
    out.append(f'<div><span class="date">{_e(entry.date or "undated")}</span><span class="precision">{_e(entry.date_precision)}</span>'
               f'<span class="type">{_e(entry.type)}</span><span class="type">{_e(entry.status)}</span></div>')
    out.append(f'<div class="summary">{_e(entry.summary)}</div>')
    if entry.figures:
        out.append('<div class="figs">' + " · ".join(
            f"{_e(format(f['value'], 'g'))} {_e(f['counts'])} ({_e(f['qualifier'])})" for f in entry.figures) + "</div>")
    for quote in entry.quotes:
        out.append(f"<blockquote>“{_e(quote['text'])}” — {_e(quote['speaker'] or '?')}</blockquote>")
    out.append('<ul class="sources">')
    for source in entry.sources:
        meta = index.get(source.id, {})
        name = source.outlet or meta.get("title") or source.id
        link = f'<a href="{_e(source.url)}" rel="noopener noreferrer">{_e(name)}</a>' if source.url and source.url.startswith(("http://", "https://")) else _e(name)
        published = _e(source.published or "undated")
        if source.published_source == "inferred":
            published += " (inferred)"
        copy = f" · copy of {_e(source.copy_of)}" if source.copy_of else ""
        matched = source.matched_by == SENTENCE_MATCH
        item = '<li class="by-sentence">' if matched else "<li>"
        label = f' <span class="matched">{_e(_SENTENCE_LABEL)}</span>' if matched else ""
        out.append(f'{item}{link} <span class="muted">{published}{copy}</span>{label}<br><span class="evidence">{_e(source.text)}</span></li>')
    out.append("</ul>")
    for conflict in entry.conflicts:
        out.append(f'<div class="conflicts">Conflicting {_e(conflict.field)}: {_e(conflict.value)} — {_e(", ".join(conflict.sources))}</div>')
    out.append("</article>")
    return "".join(out)


def series_svg(series: Any, *, width: int = 640, height: int = 200) -> str:
    """A line chart of one series: x by date, y by value, a dot per report."""
    from datetime import date

    points = [p for p in series.points if p.date]
    if not points:
        return ""
    days = [date.fromisoformat(p.date[:10]).toordinal() for p in points]
    values = [p.value for p in points]
    left, right, top, bottom = 60, 16, 12, 28
    x0, x1 = min(days), max(days)
    y0, y1 = 0.0, max(values) or 1.0
    span_x = (x1 - x0) or 1

    def x(day: int) -> float:
        return left + (day - x0) / span_x * (width - left - right)

    def y(value: float) -> float:
        return height - bottom - (value - y0) / (y1 - y0) * (height - top - bottom)

    ordered = sorted(zip(days, values))
    path = " ".join(f"{'M' if i == 0 else 'L'}{x(d):.1f},{y(v):.1f}" for i, (d, v) in enumerate(ordered))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{_e(series.label)}">']
    out.append(f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#99a"/>')
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="#99a"/>')
    for fraction in (0, 0.5, 1):
        value = y0 + fraction * (y1 - y0)
        out.append(f'<text x="{left - 6}" y="{y(value) + 4:.1f}" font-size="11" text-anchor="end" fill="#556">{_e(format(value, ",.0f"))}</text>')
    for day in sorted({x0, x1}):
        out.append(f'<text x="{x(day):.1f}" y="{height - 8}" font-size="11" text-anchor="middle" fill="#556">{_e(date.fromordinal(day).isoformat())}</text>')
    out.append(f'<path d="{path}" fill="none" stroke="#3b6fd8" stroke-width="2"/>')
    flagged = {(f["articles"][-1], f["date"]) for f in series.flags}
    for point, day in zip(points, days):
        colour = "#d88a3b" if (point.article, point.date) in flagged else "#3b6fd8"
        out.append(f'<circle cx="{x(day):.1f}" cy="{y(point.value):.1f}" r="3.5" fill="{colour}"><title>{_e(point.date)}: {_e(format(point.value, "g"))} ({_e(point.qualifier)}) — {_e(point.outlet or point.article)}</title></circle>')
    out.append("</svg>")
    return "".join(out)


def network_svg(entries: list[TimelineEntry], *, size: int = 520, max_actors: int = 14) -> str:
    """Actors of the entries on a circle, joined by how many entries they share."""
    frequency: Counter = Counter()
    pairs: Counter = Counter()
    for entry in entries:
        actors = sorted(set(entry.actors))
        frequency.update(actors)
        pairs.update(combinations(actors, 2))
    top = [a for a, _ in frequency.most_common(max_actors)]
    if len(top) < 2:
        return ""
    chosen = set(top)
    centre, radius = size / 2, size / 2 - 90
    position = {}
    for i, actor in enumerate(top):
        angle = 2 * math.pi * i / len(top) - math.pi / 2
        position[actor] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle))
    heaviest = max([n for (a, b), n in pairs.items() if a in chosen and b in chosen] or [1])
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}" role="img" aria-label="actor network">']
    for (a, b), n in sorted(pairs.items()):
        if a in chosen and b in chosen:
            (xa, ya), (xb, yb) = position[a], position[b]
            out.append(f'<line x1="{xa:.1f}" y1="{ya:.1f}" x2="{xb:.1f}" y2="{yb:.1f}" stroke="#8aa3d8" stroke-opacity="0.6" stroke-width="{1 + 4 * n / heaviest:.1f}"><title>{_e(a)} – {_e(b)}: {n}</title></line>')
    most = frequency[top[0]]
    for actor in top:
        xa, ya = position[actor]
        r = 5 + 9 * frequency[actor] / most
        anchor = "start" if xa >= centre else "end"
        dx = r + 4 if xa >= centre else -(r + 4)
        out.append(f'<circle cx="{xa:.1f}" cy="{ya:.1f}" r="{r:.1f}" fill="#1d2330"><title>{_e(actor)}: {frequency[actor]} entries</title></circle>')
        out.append(f'<text x="{xa + dx:.1f}" y="{ya + 4:.1f}" font-size="12" text-anchor="{anchor}" fill="#1d2330">{_e(actor)}</text>')
    out.append("</svg>")
    return "".join(out)


def render(timeline: Timeline, fmt: str) -> str:
    """The timeline in ``fmt`` (text, json, html, csv) as a string."""
    if fmt == "json":
        return render_json(timeline)
    if fmt == "html":
        return render_html(timeline)
    if fmt == "csv":
        return render_csv(timeline)
    if fmt == "text":
        return render_text(timeline)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


__all__ = ["render", "render_json", "render_csv", "render_text", "print_text", "render_html", "series_svg", "network_svg", "FORMATS"]
