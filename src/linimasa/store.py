"""An embedded SQLite store: one file, one writer, resumable ingest.

``Store(path)`` keeps every extracted ``Article`` as JSON (enough to rebuild
the record with ``article_from_dict``) next to plain columns and fact tables
(entities, timexes, quotes, figures, events) that later search and timeline
queries read with SQL, plus a full-text index over title and body when the
SQLite build has FTS5. Failures and runs are recorded too, so an interrupted
``ingest`` can be resumed: documents already stored are skipped by id and
input hash.

Notes:
    The layout follows Datasette's habits (sqlite-utils): one file, WAL
    journal so readers never block the single writer, JSON in TEXT columns
    for nested values, and batched transactions so an interruption leaves
    whole batches or nothing. ``ingested_at`` and run times are UTC ISO.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import sqlite3
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from typing import Any, Optional, Union

from . import records
from .clean import stable_id
from .errors import LinimasaError
from .options import DEFAULT, Options
from .records import Article, Failure, RawDocument

log = logging.getLogger("linimasa")

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT,
    url TEXT,
    title TEXT,
    outlet TEXT,
    published TEXT,
    published_source TEXT,
    content_hash TEXT NOT NULL,
    input_hash TEXT,
    json TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_input_hash ON articles(input_hash);
CREATE TABLE IF NOT EXISTS failures (
    source TEXT NOT NULL,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    id TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (source, code)
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    args TEXT,
    counts TEXT
);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    roles TEXT,
    aliases TEXT,
    linked TEXT,
    mentions INTEGER,
    start INTEGER,
    "end" INTEGER
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article_id);
CREATE TABLE IF NOT EXISTS timexes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT, type TEXT, value TEXT, anchor TEXT, inferred INTEGER,
    start INTEGER, "end" INTEGER
);
CREATE INDEX IF NOT EXISTS timexes_article ON timexes(article_id);
CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT, kind TEXT, speaker TEXT, cue TEXT, via TEXT,
    start INTEGER, "end" INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE TABLE IF NOT EXISTS figures (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    value REAL, counts TEXT, qualifier TEXT, unit TEXT, subject TEXT, place TEXT,
    date TEXT, since TEXT, source TEXT, text TEXT,
    start INTEGER, "end" INTEGER
);
CREATE INDEX IF NOT EXISTS figures_counts ON figures(counts, date);
CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id);
CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    type TEXT, status TEXT, actors TEXT, place TEXT, date TEXT, trigger TEXT,
    mode TEXT, text TEXT,
    start INTEGER, "end" INTEGER
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
"""

_FACT_TABLES = ("entities", "timexes", "quotes", "figures", "events")

ProgressCallback = Callable[[dict[str, int]], None]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def input_hash(raw: RawDocument) -> str:
    """Stable hash of what the reader produced: same input, same hash."""
    return stable_id((raw.text or "") + "\x00" + (raw.html or ""))


def content_hash(data: dict[str, Any]) -> str:
    return hashlib.sha1(_json(data).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def fts5_available() -> bool:
    """True when this SQLite build has FTS5 (most do; some distributions do not)."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        connection.close()


class Store:
    """One SQLite file holding articles, facts, failures and runs.

    Use as a context manager; it commits on a clean exit and rolls back the
    open transaction on an exception. One process writes at a time.
    """

    def __init__(self, path: str, *, batch_size: int = 100) -> None:
        self.path = str(path)
        self.batch_size = batch_size
        try:
            self.connection = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as error:
            raise LinimasaError("E301", detail=f"cannot open {self.path}: {error}") from error
        self.connection.row_factory = sqlite3.Row
        self._in_transaction = False
        try:
            self._setup()
        except sqlite3.Error as error:
            self.connection.close()
            raise LinimasaError("E301", detail=f"{self.path}: {error}") from error

    # --- lifecycle ---------------------------------------------------------

    def _setup(self) -> None:
        execute = self.connection.execute
        if self.path != ":memory:":
            execute("PRAGMA journal_mode=WAL")
        execute("PRAGMA synchronous=NORMAL")  # safe with WAL: at worst the last commit is lost
        execute("PRAGMA foreign_keys=ON")
        execute("PRAGMA busy_timeout=5000")
        self.connection.executescript(_SCHEMA)
        self.has_fts = False
        try:
            execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
                "id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')"
            )
            self.has_fts = True
        except sqlite3.OperationalError:
            log.debug("SQLite has no FTS5; search falls back to LIKE")
        execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.commit()
        else:
            self.rollback()
        self.close()

    def close(self) -> None:
        if self._in_transaction:
            self.commit()
        self.connection.close()

    def begin(self) -> None:
        if not self._in_transaction:
            # IMMEDIATE takes the write lock now: a second writer waits or fails early.
            self.connection.execute("BEGIN IMMEDIATE")
            self._in_transaction = True

    def commit(self) -> None:
        if self._in_transaction:
            self.connection.execute("COMMIT")
            self._in_transaction = False

    def rollback(self) -> None:
        if self._in_transaction:
            self.connection.execute("ROLLBACK")
            self._in_transaction = False

    # --- writing -----------------------------------------------------------

    def add_article(self, article: Article, *, input_hash: Optional[str] = None, internals: bool = False) -> str:
        """Store one article with its facts; returns "added", "replaced" or "unchanged".

        Idempotent: the same id with the same content is left alone, the same id
        with new content replaces the old row and its facts.
        """
        data = article.to_dict(internals=internals)
        digest = content_hash(data)
        own_transaction = not self._in_transaction
        self.begin()
        try:
            row = self.connection.execute("SELECT content_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
            if row is not None and row["content_hash"] == digest:
                status = "unchanged"
                if input_hash:
                    self.connection.execute("UPDATE articles SET input_hash = ? WHERE id = ?", (input_hash, article.id))
            else:
                status = "added" if row is None else "replaced"
                if row is not None:
                    self._delete_article(article.id)
                self._insert_article(article, data, digest, input_hash)
            # The document is readable now: earlier failures for it are stale.
            self.connection.execute("DELETE FROM failures WHERE source = ?", (article.source,))
        except BaseException:
            if own_transaction:
                self.rollback()
            raise
        if own_transaction:
            self.commit()
        return status

    def _delete_article(self, article_id: str) -> None:
        for table in _FACT_TABLES:
            self.connection.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        if self.has_fts:
            self.connection.execute("DELETE FROM articles_fts WHERE id = ?", (article_id,))
        self.connection.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _insert_article(self, article: Article, data: dict[str, Any], digest: str, input_digest: Optional[str]) -> None:
        execute = self.connection.execute
        executemany = self.connection.executemany
        execute(
            "INSERT INTO articles (id, source, url, title, outlet, published, published_source,"
            " content_hash, input_hash, json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.id, article.source, article.url, article.title, article.outlet, article.published,
                article.published_source, digest, input_digest, _json(data), _now(),
            ),
        )
        executemany(
            'INSERT INTO entities (article_id, name, type, roles, aliases, linked, mentions, start, "end") VALUES (?,?,?,?,?,?,?,?,?)',
            [
                (article.id, e.name, e.type, _json(e.roles), _json(e.aliases), _json(e.linked), e.mentions, *_span(e.first_span))
                for e in article.entities
            ],
        )
        executemany(
            'INSERT INTO timexes (article_id, text, type, value, anchor, inferred, start, "end") VALUES (?,?,?,?,?,?,?,?)',
            [(article.id, t.text, t.type, t.value, t.anchor, int(t.inferred), *_span(t.span)) for t in article.timexes],
        )
        executemany(
            'INSERT INTO quotes (article_id, text, kind, speaker, cue, via, start, "end") VALUES (?,?,?,?,?,?,?,?)',
            [(article.id, q.text, q.kind, q.speaker, q.cue, q.via, *_span(q.span)) for q in article.quotes],
        )
        executemany(
            "INSERT INTO figures (article_id, value, counts, qualifier, unit, subject, place, date, since, source, text,"
            ' start, "end") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
            [
                (article.id, f.value, f.counts, f.qualifier, f.unit, f.subject, f.place, f.date, f.since, f.source, f.text, *_span(f.span))
                for f in article.figures
            ],
        )
        executemany(
            'INSERT INTO events (article_id, type, status, actors, place, date, trigger, mode, text, start, "end")'
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (article.id, e.type, e.status, _json(e.actors), e.place, e.date, e.trigger, e.mode, e.text, *_span(e.span))
                for e in article.events
            ],
        )
        if self.has_fts:
            execute("INSERT INTO articles_fts (id, title, body) VALUES (?,?,?)", (article.id, article.title or "", article.body))

    def add_failure(self, failure: Failure) -> None:
        """Record a failure; the same source and code again only updates it."""
        own_transaction = not self._in_transaction
        self.begin()
        try:
            self.connection.execute(
                "INSERT INTO failures (source, code, reason, id, at) VALUES (?,?,?,?,?)"
                " ON CONFLICT(source, code) DO UPDATE SET reason = excluded.reason, id = excluded.id, at = excluded.at",
                (failure.source, failure.code, failure.reason, failure.id, _now()),
            )
        except BaseException:
            if own_transaction:
                self.rollback()
            raise
        if own_transaction:
            self.commit()

    # --- reading -----------------------------------------------------------

    def has(self, article_id: str) -> bool:
        return self.connection.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def has_input(self, raw: RawDocument) -> bool:
        """True when this exact input was stored before (under its id or any other)."""
        digest = input_hash(raw)
        if raw.id:
            row = self.connection.execute("SELECT input_hash FROM articles WHERE id = ?", (raw.id,)).fetchone()
            if row is not None and row["input_hash"] in (digest, None):
                return True
        return self.connection.execute("SELECT 1 FROM articles WHERE input_hash = ?", (digest,)).fetchone() is not None

    def count(self) -> int:
        return self.connection.execute("SELECT count(*) FROM articles").fetchone()[0]

    def get(self, article_id: str) -> Optional[Article]:
        row = self.connection.execute("SELECT json FROM articles WHERE id = ?", (article_id,)).fetchone()
        return article_from_dict(json.loads(row["json"])) if row else None

    def iter_articles(self, *, order: str = "published") -> Iterator[Article]:
        """Every stored article, rebuilt from its JSON, by publication date (then id)."""
        column = {"published": "published, id", "id": "id", "ingested": "ingested_at, id"}[order]
        for row in self.connection.execute(f"SELECT json FROM articles ORDER BY {column}"):
            yield article_from_dict(json.loads(row["json"]))

    def failures(self) -> list[Failure]:
        rows = self.connection.execute("SELECT source, code, reason, id FROM failures ORDER BY source, code")
        return [Failure(source=r["source"], code=r["code"], reason=r["reason"], id=r["id"]) for r in rows]

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Articles matching ``query`` (FTS5 syntax when available, else a substring)."""
        if self.has_fts:
            try:
                rows = self.connection.execute(
                    "SELECT id, title, snippet(articles_fts, 2, '[', ']', '…', 12) AS snippet"
                    " FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                    (query, limit),
                ).fetchall()
                return [dict(row) for row in rows]
            except sqlite3.OperationalError:
                # Not valid FTS5 syntax ("AT&T", unbalanced quotes): search it as a phrase.
                phrase = '"' + query.replace('"', '""') + '"'
                rows = self.connection.execute(
                    "SELECT id, title, snippet(articles_fts, 2, '[', ']', '…', 12) AS snippet"
                    " FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                    (phrase, limit),
                ).fetchall()
                return [dict(row) for row in rows]
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self.connection.execute(
            "SELECT id, title, substr(json_extract(json, '$.body'), 1, 160) AS snippet FROM articles"
            " WHERE title LIKE ? ESCAPE '\\' OR json_extract(json, '$.body') LIKE ? ESCAPE '\\' LIMIT ?",
            (pattern, pattern, limit),
        ).fetchall()
        return [dict(row) for row in rows]

    def runs(self) -> list[dict[str, Any]]:
        rows = self.connection.execute("SELECT * FROM runs ORDER BY id").fetchall()
        out = []
        for row in rows:
            item = dict(row)
            item["args"] = json.loads(item["args"]) if item["args"] else None
            item["counts"] = json.loads(item["counts"]) if item["counts"] else None
            out.append(item)
        return out

    # --- batch ingest ------------------------------------------------------

    def ingest(
        self,
        items: Iterable[Union[RawDocument, Failure, Article]],
        *,
        options: Options = DEFAULT,
        progress: Optional[ProgressCallback] = None,
        args: Optional[dict[str, Any]] = None,
    ) -> dict[str, int]:
        """Extract and store every item, committing every ``batch_size`` items.

        ``RawDocument`` items already stored (same id and input, or the same
        input under another id) are skipped before extraction, so re-running an
        interrupted ingest only does the missing work. ``Failure`` items are
        recorded; ``Article`` items are stored as they are. ``progress`` gets
        the running counts after each item. An exception rolls back the open
        batch only (earlier batches stay), marks the run interrupted and is
        re-raised. Returns the counts: added, replaced, unchanged, skipped,
        failed.
        """
        from .pipeline import extract_many  # late: pipeline imports every component

        counts = {"added": 0, "replaced": 0, "unchanged": 0, "skipped": 0, "failed": 0}
        self.commit()
        run_id = self.connection.execute(
            "INSERT INTO runs (started, args) VALUES (?, ?)", (_now(), _json(args) if args is not None else None)
        ).lastrowid
        pending = 0
        try:
            for item in items:
                self.begin()
                if isinstance(item, RawDocument):
                    if self.has_input(item):
                        counts["skipped"] += 1
                    else:
                        digest = input_hash(item)
                        for result in extract_many([item], options=options):
                            self._store_result(result, counts, digest, options)
                elif isinstance(item, Failure):
                    self.add_failure(item)
                    counts["failed"] += 1
                elif isinstance(item, Article):
                    counts[self.add_article(item, internals=options.keep_internals)] += 1
                else:
                    raise TypeError(f"cannot ingest {type(item).__name__}")
                pending += 1
                if pending >= self.batch_size:
                    self.commit()
                    pending = 0
                if progress is not None:
                    progress(dict(counts))
            self.commit()
        except BaseException:
            self.rollback()
            self._finish_run(run_id, "interrupted", counts)
            raise
        self._finish_run(run_id, "finished", counts)
        return counts

    def _store_result(self, result: Union[Article, Failure], counts: dict[str, int], digest: str, options: Options) -> None:
        if isinstance(result, Failure):
            self.add_failure(result)
            counts["failed"] += 1
        else:
            counts[self.add_article(result, input_hash=digest, internals=options.keep_internals)] += 1

    def _finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        try:
            self.connection.execute(
                "UPDATE runs SET finished = ?, status = ?, counts = ? WHERE id = ?", (_now(), status, _json(counts), run_id)
            )
        except sqlite3.Error:  # the run log must never hide the real error
            log.exception("could not record the end of run %s", run_id)


def _span(span: Optional[tuple[int, int]]) -> tuple[Optional[int], Optional[int]]:
    if not span:
        return (None, None)
    return (span[0], span[1])


# --- rebuilding records from JSON ---------------------------------------------


def article_from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an ``Article`` (and its nested records) from ``Article.to_dict()``.

    Keys the record does not have are ignored and missing ones take their
    defaults, so JSON written by an older or newer version still loads.
    """
    return _build(Article, data)


def _hints(cls: type) -> dict[str, Any]:
    cached = _HINTS.get(cls)
    if cached is None:
        cached = typing.get_type_hints(cls, vars(records))
        _HINTS[cls] = cached
    return cached


_HINTS: dict[type, dict[str, Any]] = {}


def _build(cls: type, data: dict[str, Any]) -> Any:
    hints = _hints(cls)
    kwargs = {}
    for field in dataclasses.fields(cls):
        if field.name in data and field.init:
            kwargs[field.name] = _convert(hints.get(field.name, Any), data[field.name])
    return cls(**kwargs)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return _build(hint, value)
    if origin is list and isinstance(value, list):
        (inner,) = typing.get_args(hint) or (Any,)
        return [_convert(inner, item) for item in value]
    if origin is tuple and isinstance(value, (list, tuple)):
        return tuple(value)
    if origin is dict and isinstance(value, dict):
        return dict(value)
    return value
