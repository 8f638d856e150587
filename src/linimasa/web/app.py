"""The web layer: a read-only JSON API and a small HTML interface over the store.

``create_app(db)`` returns a FastAPI application; ``linimasa serve`` runs it
with uvicorn. The library does the work (``Store`` reads and searches,
``pipeline.extract`` extracts, ``timeline`` builds timelines); this module only
turns query parameters into calls and results into JSON or escaped HTML.

Endpoints (docs/web.md has the details)::

    GET  /                      the HTML interface (search, article list)
    GET  /articles/{id}         one article as HTML, facts highlighted
    GET  /timeline              the HTML timeline report
    GET  /api/articles          paged list; filters outlet, from, to
    GET  /api/articles/{id}     the full article with its facts
    GET  /api/search?q=         full-text search over title and body
    GET  /api/failures          documents that could not be processed
    GET  /api/stats             counts
    POST /api/extract           extract a posted text or page without storing it
    GET  /api/timeline          timeline entries (story, query, entity, from, to)
    GET  /api/stories           stories found in the store

Notes:
    The shape follows Datasette: the server never writes to the database
    (each request opens its own SQLite connection in ``mode=ro`` with
    ``query_only``, so a running ``linimasa ingest`` stays the single writer
    and WAL lets both work at once), every page is also available as JSON,
    and the HTML is rendered with every piece of article text escaped.
    Articles are scraped pages that may contain markup; the pages add a
    Content-Security-Policy that forbids inline scripts as a second line of
    defence (OWASP XSS prevention cheat sheet: escape output, then CSP).
    FastAPI and uvicorn are imported inside functions so that ``linimasa``
    works without the ``web`` extra; this module deliberately does not use
    ``from __future__ import annotations`` because FastAPI reads the
    parameter annotations of the route functions defined in ``create_app``.
"""

import argparse
import hashlib
import html
import importlib
import re
import sqlite3
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Optional, Union

from ..errors import LinimasaError
from ..options import DEFAULT, Options
from ..records import Article, Failure
from ..store import Store

STATIC_DIR = Path(__file__).resolve().parent / "static"
DEFAULT_DB = "linimasa.db"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
MAX_LIMIT = 500

#: ISO dates as the store keeps them, or a prefix of one ("2025", "2025-10").
ISO_PREFIX = r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$"

#: Pages are self-contained: scripts and styles only from this server, no inline script.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
#: The timeline report is one self-contained file with its own inline style; still no script.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

WEB_EXTRA_MISSING = "E403"
API_SOURCE = "<api>"


def require_web_extra() -> None:
    """Raise E403 with the install hint when FastAPI or uvicorn is missing."""
    for name in ("fastapi", "uvicorn"):
        try:
            importlib.import_module(name)
        except ImportError as error:
            raise LinimasaError(WEB_EXTRA_MISSING, missing=name) from error


# ------------------------------------------------------------------ reading the store


class ReadOnlyStore(Store):
    """The store opened for reading only: the web server is never a second writer.

    Reuses ``Store``'s read methods (``get``, ``search``, ``failures``,
    ``iter_articles``, ``count``) on a ``mode=ro`` connection with
    ``query_only`` on, and skips the schema set-up that ``Store`` does on open.
    """

    def __init__(self, path: str) -> None:  # noqa: D107 (no super().__init__: it writes the schema)
        self.path = str(path)
        self.batch_size = 0
        self._in_transaction = False
        uri = Path(self.path).resolve().as_uri() + "?mode=ro"
        try:
            # Requests may be served on another thread than the one that opened it.
            self.connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as error:
            raise LinimasaError("E301", detail=f"cannot read {self.path}: {error}") from error
        try:
            self.connection.row_factory = sqlite3.Row
            self.connection.execute("PRAGMA query_only=ON")
            self.connection.execute("PRAGMA busy_timeout=5000")
            tables = {row[0] for row in self.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.Error as error:  # e.g. "file is not a database"
            self.connection.close()
            raise LinimasaError("E301", detail=f"cannot read {self.path}: {error}") from error
        if "articles" not in tables:
            self.connection.close()
            raise LinimasaError("E301", detail=f"{self.path} is not a Linimasa store (no articles table)")
        self.has_fts = "articles_fts" in tables


def open_reader(path: str) -> ReadOnlyStore:
    """Open the store at ``path`` for reading; E301 when it is missing or not a store."""
    if not Path(path).is_file():
        raise LinimasaError("E301", detail=f"{path} does not exist; create it with `linimasa ingest --db {path} PATH...`")
    return ReadOnlyStore(path)


def _summary(row: sqlite3.Row) -> dict[str, Any]:
    return {key: row[key] for key in ("id", "title", "outlet", "published", "url", "source")}


def _date_filters(start: Optional[str], end: Optional[str]) -> tuple[list[str], list[Any]]:
    """SQL conditions for a publication date range; a prefix bound covers the whole day or month."""
    where: list[str] = []
    params: list[Any] = []
    if start:
        where.append("published >= ?")
        params.append(start)
    if end:
        # "2025-10" as an upper bound includes every day of October.
        where.append("substr(published, 1, ?) <= ?")
        params.extend([len(end), end])
    return where, params


def list_articles(
    store: Store,
    *,
    limit: int = 50,
    offset: int = 0,
    outlet: Optional[str] = None,
    start: Optional[str] = None,
    end: Optional[str] = None,
) -> dict[str, Any]:
    """One page of article summaries, newest first (undated last), with the total count."""
    where, params = _date_filters(start, end)
    if outlet:
        where.append("outlet = ? COLLATE NOCASE")
        params.append(outlet)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = store.connection.execute(f"SELECT count(*) FROM articles{clause}", params).fetchone()[0]
    rows = store.connection.execute(
        "SELECT id, title, outlet, published, url, source FROM articles"
        f"{clause} ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return {"total": total, "limit": limit, "offset": offset, "articles": [_summary(row) for row in rows]}


def search_articles(store: Store, query: str, *, limit: int = 20) -> dict[str, Any]:
    """Full-text matches (``Store.search``) with each result's outlet and date added.

    Snippets mark matched words with ``[`` and ``]``.
    """
    try:
        hits = store.search(query, limit=limit)
    except sqlite3.OperationalError:  # a query FTS5 cannot read even as a phrase (only punctuation)
        hits = []
    ids = [hit["id"] for hit in hits]
    extra: dict[str, sqlite3.Row] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        for row in store.connection.execute(f"SELECT id, outlet, published, url FROM articles WHERE id IN ({marks})", ids):
            extra[row["id"]] = row
    results = []
    for hit in hits:
        row = extra.get(hit["id"])
        results.append(
            {
                "id": hit["id"],
                "title": hit["title"] or None,
                "snippet": hit["snippet"],
                "outlet": row["outlet"] if row else None,
                "published": row["published"] if row else None,
                "url": row["url"] if row else None,
            }
        )
    return {"query": query, "search": "fts5" if store.has_fts else "substring", "results": results}


def failure_list(store: Store, *, code: Optional[str] = None) -> dict[str, Any]:
    failures = [f for f in store.failures() if code is None or f.code == code.upper()]
    return {
        "total": len(failures),
        "failures": [{"source": f.source, "code": f.code, "reason": f.reason, "id": f.id} for f in failures],
    }


def store_stats(store: Store) -> dict[str, Any]:
    """Counts of articles, outlets, dates, facts, failures and ingest runs."""
    execute = store.connection.execute
    first, last, undated = execute(
        "SELECT min(published), max(published), sum(published IS NULL) FROM articles"
    ).fetchone()
    outlets = [
        {"outlet": row[0], "articles": row[1]}
        for row in execute("SELECT outlet, count(*) FROM articles GROUP BY outlet ORDER BY count(*) DESC, outlet")
    ]
    facts = {table: execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in ("entities", "timexes", "quotes", "figures", "events")}
    failures_by_code = {row[0]: row[1] for row in execute("SELECT code, count(*) FROM failures GROUP BY code ORDER BY code")}
    last_run = execute("SELECT started, finished, status FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    return {
        "articles": store.count(),
        "failures": sum(failures_by_code.values()),
        "failures_by_code": failures_by_code,
        "outlets": outlets,
        "published": {"first": first, "last": last, "undated": undated or 0},
        "facts": facts,
        "runs": execute("SELECT count(*) FROM runs").fetchone()[0],
        "last_run": dict(last_run) if last_run else None,
        "search": "fts5" if store.has_fts else "substring",
    }


def extract_payload(payload: dict[str, Any], *, options: Options = DEFAULT) -> Union[Article, Failure]:
    """Extract one posted document without storing it: an ``Article`` or a ``Failure``.

    ``payload`` is read like one JSONL input record (``text`` or ``html``, and
    optional ``id``, ``url``, ``published``, ``outlet``, ``title``), so the
    API and ``linimasa ingest`` agree on every field; ``facts`` (default true)
    and ``internals`` (default false) choose what is extracted. A document
    over ``options.max_bytes`` fails with E104 before anything is parsed.
    """
    from ..ingest import _document_from_record  # one JSON record -> RawDocument, exactly as for JSONL
    from ..pipeline import extract_many  # late: imports every component

    record = {key: value for key, value in payload.items() if key not in ("facts", "internals")}
    content = record.get("text") if isinstance(record.get("text"), str) else record.get("html")
    size = len(str(content or "").encode("utf-8", "surrogatepass"))
    if size > options.max_bytes:
        error = LinimasaError("E104", size=size, limit=options.max_bytes)
        return Failure(source=API_SOURCE, code=error.code, reason=error.reason)
    document = _document_from_record(record, API_SOURCE, 1)
    settings = options.with_(facts=bool(payload.get("facts", True)), keep_internals=bool(payload.get("internals", False)))
    return next(iter(extract_many([document], options=settings)))


# ------------------------------------------------------------------ timeline (another module)


TIMELINE_MISSING = "the timeline modules (linimasa.timeline, linimasa.render) are not available in this build"

#: The timeline filters take whole ISO days, as ``build_timeline`` does.
ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"


def timeline_module() -> Optional[ModuleType]:
    """``linimasa.timeline`` when it (and its renderer) can be imported, else None (endpoints answer 501)."""
    try:
        importlib.import_module("linimasa.render")
        return importlib.import_module("linimasa.timeline")
    except ImportError as error:
        if error.name and error.name.startswith("linimasa"):
            return None
        raise


# ------------------------------------------------------------------ HTML rendering


@dataclass(frozen=True)
class Mark:
    """A highlighted span of the body: ``kind`` is the CSS class, ``label`` the tooltip."""

    start: int
    end: int
    kind: str
    label: str


def _entity_marks(article: Article) -> list[Mark]:
    """Entity spans: the stored mentions when present, else every occurrence of a name or alias."""
    if article.mentions:
        return [
            Mark(m.span[0], m.span[1], f"ent ent-{m.type.lower()}", f"{m.type}: {m.entity or m.text}")
            for m in article.mentions
            if m.span
        ]
    by_surface: dict[str, Any] = {}
    for entity in article.entities:
        for surface in [entity.name, *entity.aliases]:
            if surface and len(surface) > 1:
                by_surface.setdefault(surface, entity)
    if not by_surface:
        return []
    # Longest first so "Dedi Kurniawan" wins over "Dedi"; word edges so "Ara" is not found in "Arab".
    names = sorted(by_surface, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    marks = []
    for match in pattern.finditer(article.body):
        entity = by_surface[match.group(0)]
        marks.append(Mark(match.start(), match.end(), f"ent ent-{entity.type.lower()}", f"{entity.type}: {entity.name}"))
    return marks


def article_marks(article: Article) -> list[Mark]:
    """Entities, quotes, figures and time expressions as body spans (events are listed instead:
    their span is a whole sentence)."""
    marks = _entity_marks(article)
    for quote in article.quotes:
        marks.append(Mark(*quote.span, "quote", f"quote ({quote.kind}) — {quote.speaker or 'unknown speaker'}"))
    for figure in article.figures:
        marks.append(Mark(*figure.span, "figure", f"figure: {figure.counts} {figure.qualifier} {_number(figure.value)}"))
    for timex in article.timexes:
        marks.append(Mark(*timex.span, "time", f"{timex.type}: {timex.value or 'unresolved'}"))
    size = len(article.body)
    return [m for m in marks if 0 <= m.start < m.end <= size]


def highlight(body: str, marks: list[Mark]) -> str:
    """The body as escaped HTML with nested marks flattened into non-overlapping segments.

    Each segment between two mark boundaries gets the classes of every mark
    covering it, so overlapping facts (a name inside a quote) both show.
    """
    bounds = sorted({0, len(body), *(m.start for m in marks), *(m.end for m in marks)})
    by_start = sorted(marks, key=lambda m: m.start)
    active: list[Mark] = []
    next_mark = 0
    pieces = []
    for left, right in zip(bounds, bounds[1:]):
        active = [m for m in active if m.end > left]
        while next_mark < len(by_start) and by_start[next_mark].start <= left:
            if by_start[next_mark].end > left:
                active.append(by_start[next_mark])
            next_mark += 1
        text = html.escape(body[left:right], quote=False)
        if not active:
            pieces.append(text)
            continue
        classes = " ".join(dict.fromkeys(part for m in active for part in m.kind.split()))
        label = html.escape(" | ".join(dict.fromkeys(m.label for m in active)), quote=True)
        pieces.append(f'<span class="hl {classes}" title="{label}">{text}</span>')
    return "".join(pieces)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _table(title: str, headers: list[str], rows: list[list[Any]]) -> str:
    if not rows:
        return f"<section><h2>{_e(title)}</h2><p class=\"empty\">none found</p></section>"
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<section><h2>{_e(title)} ({len(rows)})</h2><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></section>"


def page(title: str, content: str) -> str:
    """A complete HTML page around already escaped ``content``."""
    return (
        "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{_e(title)} · Linimasa</title><link rel=\"stylesheet\" href=\"/static/style.css\"></head>"
        "<body><header><a class=\"brand\" href=\"/\">Linimasa</a> <nav><a href=\"/\">articles</a>"
        " <a href=\"/timeline\">timeline</a></nav></header>"
        f"<main>{content}</main></body></html>\n"
    )


def render_article(article: Article) -> str:
    """The article page: metadata, the clean body with facts highlighted, then tables of facts."""
    link = ""
    if article.url and article.url.lower().startswith(("http://", "https://")):
        link = f' · <a href="{_e(article.url)}" rel="noopener noreferrer">original</a>'
    meta = (
        f"<p class=\"meta\">{_e(article.outlet or 'unknown outlet')} · {_e(article.published or 'undated')}"
        f"{' · ' + _e(', '.join(article.authors)) if article.authors else ''}{link}"
        f" · <a href=\"/api/articles/{_e(_quote_path(article.id))}\">JSON</a></p>"
        f"<p class=\"meta\">source {_e(article.source)} · {len(article.removed)} lines removed as boilerplate</p>"
    )
    legend = (
        "<p class=\"legend\"><span class=\"hl ent ent-per\">person</span> <span class=\"hl ent ent-org\">organisation</span>"
        " <span class=\"hl ent ent-loc\">place</span> <span class=\"hl quote\">quote</span>"
        " <span class=\"hl figure\">figure</span> <span class=\"hl time\">time</span></p>"
    )
    body = f"<article class=\"body\">{highlight(article.body, article_marks(article))}</article>"
    tables = [
        _table(
            "Entities",
            ["name", "type", "roles", "aliases", "mentions"],
            [[e.name, e.type, "; ".join(e.roles), ", ".join(e.aliases), e.mentions] for e in article.entities],
        ),
        _table(
            "Quotes",
            ["speaker", "kind", "cue", "text"],
            [[q.speaker or "?", q.kind, q.cue or "", q.text] for q in article.quotes],
        ),
        _table(
            "Figures",
            ["counts", "qualifier", "value", "date", "place", "source", "text"],
            [[f.counts, f.qualifier, _number(f.value), f.date or "", f.place or "", f.source or "", f.text] for f in article.figures],
        ),
        _table(
            "Events",
            ["date", "type", "status", "actors", "place", "trigger", "evidence"],
            [[v.date or "", v.type, v.status, ", ".join(v.actors), v.place or "", v.trigger or "", v.text] for v in article.events],
        ),
        _table(
            "Time expressions",
            ["text", "type", "value"],
            [[t.text, t.type, t.value or "unresolved"] for t in article.timexes],
        ),
    ]
    content = f"<h1>{_e(article.title or '(no title)')}</h1>{meta}{legend}{body}{''.join(tables)}"
    return page(article.title or article.id, content)


def _quote_path(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


# ------------------------------------------------------------------ the application


def create_app(db: str, *, options: Options = DEFAULT) -> Any:
    """The FastAPI application serving the store at ``db`` (read-only).

    Raises E403 when FastAPI is missing and E301 when ``db`` is not a store.
    """
    require_web_extra()
    from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request
    from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
    from fastapi.staticfiles import StaticFiles

    open_reader(db).close()  # fail now, with a clear message, rather than on the first request

    app = FastAPI(
        title="Linimasa",
        description="Read-only API over a Linimasa store: articles, facts, search, failures, timeline.",
        docs_url=None,  # Swagger UI loads its assets from a CDN; the schema stays at /api/openapi.json
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.db = db
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    def reader() -> Iterator[ReadOnlyStore]:
        try:
            store = open_reader(db)
        except LinimasaError as error:
            raise HTTPException(503, detail={"code": error.code, "reason": error.reason}) from error
        try:
            yield store
        finally:
            store.close()

    def timeline_or_501() -> ModuleType:
        module = timeline_module()
        if module is None:
            raise HTTPException(501, detail=TIMELINE_MISSING)
        return module

    date_from = Query(None, alias="from", pattern=ISO_PREFIX, description="first publication date (ISO, or a prefix: 2025-10)")
    date_to = Query(None, alias="to", pattern=ISO_PREFIX, description="last publication date (ISO, or a prefix: 2025-10)")
    day_from = Query(None, alias="from", pattern=ISO_DAY, description="entries dated on or after this day (YYYY-MM-DD)")
    day_to = Query(None, alias="to", pattern=ISO_DAY, description="entries dated on or before this day (YYYY-MM-DD)")
    text_query = Query(None, description="entries whose summary, evidence, quotes or titles contain every word")
    infer_dates = Query(True, description="estimate dates for undated articles (false: like --no-infer)")

    # --- HTML -------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/articles/{article_id:path}", include_in_schema=False)
    def article_page(article_id: str, store: ReadOnlyStore = Depends(reader)) -> HTMLResponse:
        article = store.get(article_id)
        if article is None:
            return HTMLResponse(page("Not found", f"<h1>Not found</h1><p>No article with id {_e(article_id)}.</p>"), status_code=404)
        return HTMLResponse(render_article(article))

    @app.get("/timeline", include_in_schema=False)
    def timeline_page(
        story: Optional[str] = None,
        query: Optional[str] = text_query,
        entity: Optional[str] = None,
        start: Optional[str] = day_from,
        end: Optional[str] = day_to,
        infer: bool = infer_dates,
        store: ReadOnlyStore = Depends(reader),
    ) -> HTMLResponse:
        module = timeline_module()
        if module is None:
            content = f"<h1>Timeline</h1><p class=\"empty\">{_e(TIMELINE_MISSING)}.</p>"
            return HTMLResponse(page("Timeline", content), status_code=501)
        timeline = store_timeline(
            module, store, options=options, story=story, query=query, entity=entity, date_from=start, date_to=end, infer=infer
        )
        return HTMLResponse(timeline_html(timeline), headers={"Content-Security-Policy": REPORT_CSP})

    # --- JSON -------------------------------------------------------------

    @app.get("/api/articles")
    def api_articles(
        limit: int = Query(50, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
        outlet: Optional[str] = None,
        start: Optional[str] = date_from,
        end: Optional[str] = date_to,
        store: ReadOnlyStore = Depends(reader),
    ) -> dict[str, Any]:
        """Article summaries, newest first; undated articles last (and left out by a date filter)."""
        return list_articles(store, limit=limit, offset=offset, outlet=outlet, start=start, end=end)

    @app.get("/api/articles/{article_id:path}")
    def api_article(article_id: str, store: ReadOnlyStore = Depends(reader)) -> dict[str, Any]:
        """The full article with its facts, as `linimasa extract` prints it."""
        article = store.get(article_id)
        if article is None:
            raise HTTPException(404, detail=f"no article with id {article_id}")
        return article.to_dict(internals=bool(article.mentions))

    @app.get("/api/search")
    def api_search(
        q: str = Query(..., min_length=1, description="words or an FTS5 query"),
        limit: int = Query(20, ge=1, le=MAX_LIMIT),
        store: ReadOnlyStore = Depends(reader),
    ) -> dict[str, Any]:
        """Full-text search over title and body; snippets mark matches with [ and ]."""
        return search_articles(store, q, limit=limit)

    @app.get("/api/failures")
    def api_failures(code: Optional[str] = None, store: ReadOnlyStore = Depends(reader)) -> dict[str, Any]:
        """Documents that could not be processed, with their code and reason."""
        return failure_list(store, code=code)

    @app.get("/api/stats")
    def api_stats(store: ReadOnlyStore = Depends(reader)) -> dict[str, Any]:
        return store_stats(store)

    @app.post("/api/extract")
    def api_extract(payload: dict[str, Any] = Body(..., examples=[{"text": "Judul\n\nIsi berita ..."}])) -> dict[str, Any]:
        """Extract a posted document ({"text": ...} or {"html": ...}); nothing is stored."""
        text, page_html = payload.get("text"), payload.get("html")
        if (text is None) == (page_html is None) or not isinstance(text if text is not None else page_html, str):
            raise HTTPException(422, detail="send exactly one of 'text' or 'html' as a string")
        result = extract_payload(payload, options=options)
        if isinstance(result, Failure):
            # Too large: 413; a bug while extracting: 500; no usable article: 422.
            status = {"E104": 413, "E203": 500}.get(result.code, 422)
            return JSONResponse({"detail": {"code": result.code, "reason": result.reason}}, status_code=status)
        return result.to_dict(internals=bool(payload.get("internals", False)))

    @app.get("/api/timeline")
    def api_timeline(
        story: Optional[str] = None,
        query: Optional[str] = text_query,
        entity: Optional[str] = None,
        start: Optional[str] = day_from,
        end: Optional[str] = day_to,
        infer: bool = infer_dates,
        store: ReadOnlyStore = Depends(reader),
    ) -> Any:
        """The timeline of the stored articles, filtered like `linimasa timeline` (story, query, entity, from, to)."""
        module = timeline_or_501()
        timeline = store_timeline(
            module, store, options=options, story=story, query=query, entity=entity, date_from=start, date_to=end, infer=infer
        )
        return timeline.to_dict()

    @app.get("/api/stories")
    def api_stories(store: ReadOnlyStore = Depends(reader)) -> Any:
        """Stories (clusters of articles) in the store; a story id filters /api/timeline?story=."""
        module = timeline_or_501()
        # The same call as an unfiltered /api/timeline: one build serves both, and the ids agree.
        timeline = store_timeline(
            module, store, options=options, story=None, query=None, entity=None, date_from=None, date_to=None, infer=True
        )
        stories = timeline.to_dict()["stories"]
        return {"total": len(stories), "stories": stories}

    return app


# ------------------------------------------------------------------ timeline adapters

_TIMELINE_CACHE: "OrderedDict[tuple, Any]" = OrderedDict()
_TIMELINE_CACHE_SIZE = 8
_TIMELINE_LOCK = threading.Lock()


def store_version(store: Store) -> str:
    """A fingerprint of the stored articles: changes whenever one is added or replaced."""
    count, latest, hashes = store.connection.execute(
        "SELECT count(*), max(ingested_at), group_concat(content_hash, ',') FROM (SELECT * FROM articles ORDER BY id)"
    ).fetchone()
    digest = hashlib.sha1((hashes or "").encode("ascii")).hexdigest()[:16]
    return f"{count}:{latest}:{digest}"


def store_timeline(module: ModuleType, store: Store, *, options: Options = DEFAULT, **filters: Any) -> Any:
    """``module.build_timeline`` over every stored article with the CLI's filters
    (story, query, entity, date_from, date_to, infer).

    Building reads every article, so the result is kept for as long as the
    store does not change (a few filter combinations at a time).
    """
    key = (str(Path(store.path).resolve()), store_version(store), tuple(sorted(filters.items())))
    with _TIMELINE_LOCK:
        if key in _TIMELINE_CACHE:
            _TIMELINE_CACHE.move_to_end(key)
            return _TIMELINE_CACHE[key]
    timeline = module.build_timeline(store.iter_articles(), options=options, **filters)
    with _TIMELINE_LOCK:
        _TIMELINE_CACHE[key] = timeline
        while len(_TIMELINE_CACHE) > _TIMELINE_CACHE_SIZE:
            _TIMELINE_CACHE.popitem(last=False)
    return timeline


def timeline_html(timeline: Any) -> str:
    """The self-contained HTML report of ``linimasa.render`` (escaped, no script)."""
    from ..render import render_html

    return render_html(timeline)


# ------------------------------------------------------------------ CLI


def add_serve(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"SQLite store to serve, read-only (default {DEFAULT_DB})")
    parser.add_argument("--host", default=DEFAULT_HOST, help=f"interface to listen on (default {DEFAULT_HOST}; 0.0.0.0 for every interface)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"TCP port (default {DEFAULT_PORT})")


def run_serve(args: argparse.Namespace) -> int:
    try:
        require_web_extra()
        app = create_app(args.db)
    except LinimasaError as error:
        print(error.reason, file=sys.stderr)
        return 2
    import uvicorn

    print(f"serving {args.db} (read-only) on http://{args.host}:{args.port}/ — Ctrl+C to stop", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


CLI_COMMANDS = {"serve": (add_serve, run_serve, "serve the store as a read-only JSON API and web page")}
