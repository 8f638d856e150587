"""Export articles, events and figures from the store as JSONL, CSV, Parquet or PLOVER-style JSON.

``rows(articles, what)`` flattens the records into one dict per article,
event or figure (with the article id, outlet, url and publication date on
every row), and ``write(rows, fmt, path)`` writes them. Parquet needs the
optional ``pyarrow`` package; without it ``ExportError`` says how to get it.

``plover_events(articles)`` maps each event to the field names of PLOVER /
POLECAT event data (Halterman et al. 2023, "PLOVER and POLECAT: A New
Political Event Ontology and Dataset"), so users of that data can load ours
next to it. The mapping is in docs/output.md ("Timeline", "PLOVER export").

Notes:
    Field names follow the POLECAT codebook's columns as lower-case snake
    case (``event_id``, ``event_date``, ``event_type``, ``event_mode``,
    ``contexts``, ``actor_name``, ``recipient_name``, ``placename``,
    ``story_date``, ``source``...); fields we cannot fill (intensity, quad
    code, geocoordinates, Wikipedia ids) are present and null rather than
    guessed.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any, Optional

from .records import Article

WHAT = ("articles", "events", "figures")
FORMATS = ("jsonl", "csv", "parquet", "plover")


class ExportError(Exception):
    """An export that cannot be written (a missing optional package, a bad combination)."""


def _base(article: Article) -> dict[str, Any]:
    return {"article_id": article.id, "outlet": article.outlet, "url": article.url, "published": article.published,
            "published_source": article.published_source}


def article_rows(articles: Iterable[Article]) -> list[dict[str, Any]]:
    out = []
    for a in articles:
        out.append({
            "id": a.id, "source": a.source, "url": a.url, "title": a.title, "outlet": a.outlet, "published": a.published,
            "published_source": a.published_source, "authors": list(a.authors), "dateline": a.dateline,
            "language": a.language, "body": a.body, "entities": [e.name for e in a.entities],
            "quotes": len(a.quotes), "figures": len(a.figures), "events": len(a.events),
            "content_farm_score": (a.signals.get("content_farm") or {}).get("content_farm_score"),
        })
    return out


def event_rows(articles: Iterable[Article]) -> list[dict[str, Any]]:
    out = []
    for a in articles:
        for index, e in enumerate(a.events):
            row = _base(a)
            row.update({
                "event_id": f"{a.id}-{index}", "type": e.type, "status": e.status, "mode": e.mode, "actors": list(e.actors),
                "place": e.place, "date": e.date, "trigger": e.trigger, "text": e.text, "start": e.span[0], "end": e.span[1],
                "figures": [f"{f.value:g} {f.counts}" for f in e.figures],
            })
            out.append(row)
    return out


def figure_rows(articles: Iterable[Article]) -> list[dict[str, Any]]:
    out = []
    for a in articles:
        for index, f in enumerate(a.figures):
            row = _base(a)
            row.update({
                "figure_id": f"{a.id}-{index}", "value": f.value, "counts": f.counts, "qualifier": f.qualifier,
                "subject": f.subject, "place": f.place, "date": f.date, "since": f.since, "authority": f.source,
                "unit": f.unit, "text": f.text, "start": f.span[0], "end": f.span[1],
            })
            out.append(row)
    return out


def rows(articles: Iterable[Article], what: str) -> list[dict[str, Any]]:
    if what == "articles":
        return article_rows(articles)
    if what == "events":
        return event_rows(articles)
    if what == "figures":
        return figure_rows(articles)
    raise ExportError(f"unknown --what {what!r}; expected one of {', '.join(WHAT)}")


def _entity_types(article: Article) -> dict[str, str]:
    return {e.name: e.type for e in article.entities}


def plover_events(articles: Iterable[Article]) -> list[dict[str, Any]]:
    """Events as PLOVER/POLECAT-style records (one per event; actor = first actor, recipient = second)."""
    out = []
    for a in articles:
        types = _entity_types(a)
        people = sorted(e.name for e in a.entities if e.type == "PER")
        organisations = sorted(e.name for e in a.entities if e.type == "ORG")
        locations = sorted(e.name for e in a.entities if e.type == "LOC")
        for index, e in enumerate(a.events):
            actor: Optional[str] = e.actors[0] if e.actors else None
            recipient: Optional[str] = e.actors[1] if len(e.actors) > 1 else None
            out.append({
                "event_id": f"{a.id}-{index}",
                "event_date": e.date,
                "event_type": e.type,
                "event_mode": e.mode,
                "event_intensity": None,
                "quad_code": None,
                "contexts": [],
                "status": e.status,  # PLOVER codes negation and plans in the event; we keep our status beside it
                "actor_name": actor,
                "actor_type": types.get(actor) if actor else None,
                "actor_country": None,
                "recipient_name": recipient,
                "recipient_type": types.get(recipient) if recipient else None,
                "recipient_country": None,
                "other_actors": list(e.actors[2:]),
                "placename": e.place,
                "latitude": None,
                "longitude": None,
                "story_id": a.id,
                "story_date": a.published,
                "story_people": people,
                "story_organizations": organisations,
                "story_locations": locations,
                "source": a.outlet,
                "url": a.url,
                "language": a.language or "id",
                "headline": a.title,
                "text": e.text,
                "trigger": e.trigger,
            })
    return out


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def to_csv(records: list[dict[str, Any]]) -> str:
    columns: list[str] = []
    for record in records:
        for key in record:
            if key not in columns:
                columns.append(key)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _cell(v) for k, v in record.items()})
    return out.getvalue()


def write(articles: Iterable[Article], *, what: str, fmt: str, output: str) -> int:
    """Write the export to ``output``; returns the number of records."""
    if fmt == "plover":
        if what != "events":
            raise ExportError("--format plover exports events only (use --what events)")
        records = plover_events(articles)
        with open(output, "w", encoding="utf-8") as handle:
            json.dump(records, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        return len(records)
    records = rows(articles, what)
    if fmt == "jsonl":
        with open(output, "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with open(output, "w", encoding="utf-8", newline="") as handle:
            handle.write(to_csv(records))
    elif fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as error:
            raise ExportError("Parquet export needs pyarrow, which is not installed: pip install 'linimasa[parquet]' (or pip install pyarrow)") from error
        pq.write_table(pa.Table.from_pylist(records), output)
    else:
        raise ExportError(f"unknown --format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return len(records)


__all__ = ["WHAT", "FORMATS", "ExportError", "rows", "article_rows", "event_rows", "figure_rows", "plover_events", "to_csv", "write"]
