"""Read input documents from files, folders, archives and stdin.

``read_paths`` yields one ``RawDocument`` per article, or a ``Failure`` with
a coded one-line reason for input that cannot be read; a bad input never
stops the batch. HTML is converted to text here (``html.html_to_document``),
so every ``RawDocument`` that reaches the pipeline has ``text`` set; the page
itself stays in ``html`` for reference.

Formats, chosen by extension and else by sniffing the content:

- plain text (``.txt`` or no extension): one article per file, the seed format;
- HTML (``.html``, ``.htm``, ``.xhtml``, or text that looks like HTML);
- JSONL (``.jsonl``, ``.ndjson``): one article per line, with ``text`` or
  ``html`` and optional ``id``, ``url``, ``published``, ``outlet``, ``title``;
  ``.json`` holds one such object or a list of them;
- WARC (``.warc``, ``.warc.gz``): HTML and plain-text response records;
- folders (recursive, sorted, hidden entries skipped, only the formats above);
- ``-`` for stdin (JSONL when every non-empty line is a JSON object, HTML when
  it looks like HTML, else text).

Notes:
    The size limit (E104) is checked with ``stat`` before a file is opened,
    so a huge file costs nothing. Archives and JSONL files are streamed, and
    the limit applies to each record instead: a 2 GB crawl is normal, a 2 GB
    article is not. WARC-Date is when the page was crawled, not published,
    so it is kept in ``meta["warc_date"]`` only. Failing per document and
    going on follows trafilatura's and warcio's batch tools.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, Optional, Union

from .clean import stable_id
from .encoding import decode_bytes, repair_text
from .errors import LinimasaError
from .html import html_to_document
from .options import DEFAULT, Options
from .records import Failure, RawDocument

log = logging.getLogger("linimasa")

Item = Union[RawDocument, Failure]

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = (".warc", ".warc.gz")
STDIN = "-"
STDIN_SOURCE = "<stdin>"

_URL = re.compile(r"^(?:https?|ftp)://", re.IGNORECASE)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|article|section|h[1-6]|ul|li|script|table)\b[^>]*>", re.IGNORECASE)
_HTML_MIME = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:\-]+)", re.IGNORECASE)

# JSONL keys: the documented one first, then common names scrapers use.
TEXT_KEYS = ("text", "body", "content")
HTML_KEYS = ("html", "raw_html")
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at", "datetime"),
    "outlet": ("outlet", "site", "source_name"),
    "title": ("title", "headline"),
}


def read_paths(paths: Iterable[str], *, options: Options = DEFAULT) -> Iterator[Item]:
    """Every document in ``paths``, in order; unreadable input gives a ``Failure``."""
    for path in paths:
        path = str(path)
        if path == STDIN:
            yield from read_stdin(options=options)
        elif _URL.match(path):
            yield _failure(path, LinimasaError("E109", url=path))
        elif os.path.isdir(path):
            for file_path in walk(path):
                yield from read_file(file_path, options=options)
        else:
            yield from read_file(path, options=options)


def walk(folder: str) -> Iterator[str]:
    """Files of a supported format under ``folder``: recursive, sorted, hidden entries skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if _kind_by_name(name) is None:
                log.debug("skipped %s: not a supported input format", os.path.join(root, name))
                continue
            yield os.path.join(root, name)


def _kind_by_name(name: str) -> Optional[str]:
    lower = name.lower()
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = os.path.splitext(lower)[1]
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def read_file(path: str, *, options: Options = DEFAULT) -> Iterator[Item]:
    """The documents in one file (one, or one per JSONL line / WARC record)."""
    try:
        stat = os.stat(path)
    except OSError as error:
        yield _failure(path, LinimasaError("E107", detail=_os_detail(error)))
        return
    if not os.path.isfile(path):
        yield _failure(path, LinimasaError("E107", detail="not a regular file"))
        return
    if stat.st_size == 0:
        yield _failure(path, LinimasaError("E101"))
        return
    kind = _kind_by_name(os.path.basename(path))
    if os.path.splitext(path.lower())[1] == ".json":
        kind = "json"
    try:
        if kind == "jsonl":
            yield from _read_jsonl(path, options=options)
            return
        if kind == "warc":
            yield from _read_warc(path, options=options)
            return
        if stat.st_size > options.max_bytes:
            raise LinimasaError("E104", size=stat.st_size, limit=options.max_bytes)
        with open(path, "rb") as handle:
            data = handle.read(options.max_bytes + 1)
    except LinimasaError as error:
        yield _failure(path, error)
        return
    except OSError as error:
        yield _failure(path, LinimasaError("E107", detail=_os_detail(error)))
        return
    if len(data) > options.max_bytes:  # the file grew after stat
        yield _failure(path, LinimasaError("E104", size=len(data), limit=options.max_bytes))
        return
    if kind == "json":
        yield from _read_json(data, path)
        return
    yield _document_from_bytes(data, path, html=True if kind == "html" else None)


def read_stdin(*, options: Options = DEFAULT, stream: Any = None) -> Iterator[Item]:
    """The documents on standard input, format sniffed from the content."""
    stream = sys.stdin if stream is None else stream
    try:
        raw = getattr(stream, "buffer", stream).read(options.max_bytes + 1)
    except OSError as error:
        yield _failure(STDIN_SOURCE, LinimasaError("E107", detail=_os_detail(error)))
        return
    if len(raw) > options.max_bytes:
        yield _failure(STDIN_SOURCE, LinimasaError("E104", size=f"more than {options.max_bytes}", limit=options.max_bytes))
        return
    if isinstance(raw, str):
        text, encoding = raw, "unicode"
        data = None
    else:
        data = raw
        if not data.strip():
            yield _failure(STDIN_SOURCE, LinimasaError("E101"))
            return
        try:
            text, encoding = decode_bytes(data)
        except LinimasaError as error:
            yield _failure(STDIN_SOURCE, error)
            return
    if not text.strip():
        yield _failure(STDIN_SOURCE, LinimasaError("E101"))
        return
    if _looks_like_jsonl(text):
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield _document_from_json_line(line, f"{STDIN_SOURCE}:{number}", number)
        return
    if looks_like_html(text):
        yield _document_from_html(text, STDIN_SOURCE, encoding=encoding)
    else:
        yield _document_from_text(text, STDIN_SOURCE, encoding=encoding)


def looks_like_html(text: str) -> bool:
    """True for content that starts like an HTML page or is dense with HTML tags."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAG.findall(head)) >= 3


def _looks_like_jsonl(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    for line in lines:
        stripped = line.strip()
        if not (stripped.startswith("{") and stripped.endswith("}")):
            return False
        try:
            if not isinstance(json.loads(stripped), dict):
                return False
        except ValueError:
            return False
    return True


# --- documents ------------------------------------------------------------


def _document_from_bytes(data: bytes, source: str, *, html: Optional[bool] = None, declared: Optional[str] = None, fields: Optional[dict[str, Any]] = None) -> Item:
    """Decode bytes and build the document; ``html=None`` sniffs the content."""
    if not data.strip():
        return _failure(source, LinimasaError("E101"), fields)
    try:
        text, encoding = decode_bytes(data, declared=declared)
    except LinimasaError as error:
        return _failure(source, error, fields)
    if not text.strip():
        return _failure(source, LinimasaError("E101"), fields)
    if html is None:
        html = looks_like_html(text)
    if html:
        return _document_from_html(text, source, encoding=encoding, fields=fields)
    return _document_from_text(text, source, encoding=encoding, fields=fields)


def _document_from_text(text: str, source: str, *, encoding: Optional[str] = None, fields: Optional[dict[str, Any]] = None, meta: Optional[dict[str, Any]] = None) -> Item:
    fields = fields or {}
    text = repair_text(text)
    if not text.strip():
        return _failure(source, LinimasaError("E101"), fields)
    document_meta = dict(meta or {})
    if fields.get("published"):
        document_meta["published_source"] = "input"
    return RawDocument(
        source=source,
        text=text,
        id=fields.get("id") or stable_id(text),
        url=fields.get("url"),
        published=fields.get("published"),
        outlet=fields.get("outlet"),
        title=fields.get("title"),
        encoding=encoding,
        meta=document_meta,
    )


def _document_from_html(html: str, source: str, *, encoding: Optional[str] = None, fields: Optional[dict[str, Any]] = None, meta: Optional[dict[str, Any]] = None) -> Item:
    """Main text and page metadata; values given by the input (JSONL keys) win."""
    fields = fields or {}
    try:
        page = html_to_document(html, url=fields.get("url"))
    except Exception as error:  # a parser bug on one page must not stop the batch
        log.exception("HTML extraction failed for %s", source)
        return _failure(source, LinimasaError("E203", detail=f"{type(error).__name__}: {error}"), fields)
    text = repair_text(page.text)
    if not text.strip():
        return _failure(source, LinimasaError("E202"), fields)
    document_meta: dict[str, Any] = dict(meta or {})
    document_meta["authors"] = [repair_text(name) for name in page.authors]
    if page.description:
        document_meta["description"] = repair_text(page.description)
    if page.url:
        document_meta["canonical_url"] = page.url
    if fields.get("published"):
        document_meta["published_source"] = "input"
    elif page.published:
        document_meta["published_source"] = "html"
        document_meta["published_raw"] = page.published_raw
    return RawDocument(
        source=source,
        text=text,
        html=html,
        id=fields.get("id") or stable_id(html),
        url=fields.get("url") or page.url,
        published=fields.get("published") or page.published,
        outlet=fields.get("outlet") or (repair_text(page.outlet) if page.outlet else None),
        title=fields.get("title") or (repair_text(page.title) if page.title else None),
        encoding=encoding,
        meta=document_meta,
    )


# --- JSON and JSONL ------------------------------------------------------------


def _read_jsonl(path: str, *, options: Options) -> Iterator[Item]:
    limit = options.max_bytes
    with open(path, "rb") as handle:
        number = 0
        while True:
            line = handle.readline(limit + 1)
            if not line:
                break
            number += 1
            source = f"{path}:{number}"
            if len(line) > limit and not line.endswith(b"\n"):
                size = len(line)
                while True:  # skip the rest of the oversized line without keeping it
                    chunk = handle.readline(1 << 20)
                    size += len(chunk)
                    if not chunk or chunk.endswith(b"\n"):
                        break
                yield _failure(source, LinimasaError("E104", size=size, limit=limit))
                continue
            if not line.strip():
                continue
            try:
                text, _ = decode_bytes(line)
            except LinimasaError as error:
                yield _failure(source, error)
                continue
            yield _document_from_json_line(text, source, number)


def _document_from_json_line(line: str, source: str, number: int) -> Item:
    try:
        record = json.loads(line)
    except ValueError as error:
        detail = str(error).split(":")[0]
        return _failure(source, LinimasaError("E105", line=number, detail=detail))
    return _document_from_record(record, source, number)


def _read_json(data: bytes, path: str) -> Iterator[Item]:
    try:
        text, _ = decode_bytes(data)
        records = json.loads(text)
    except LinimasaError as error:
        yield _failure(path, error)
        return
    except ValueError as error:
        yield _failure(path, LinimasaError("E105", line=getattr(error, "lineno", "?"), detail=str(error).split(":")[0]))
        return
    if isinstance(records, dict):
        yield _document_from_record(records, path, 1)
        return
    if not isinstance(records, list):
        yield _failure(path, LinimasaError("E106", line=1))
        return
    for index, record in enumerate(records, start=1):
        yield _document_from_record(record, f"{path}:{index}", index)


def _document_from_record(record: Any, source: str, number: int) -> Item:
    if not isinstance(record, dict):
        return _failure(source, LinimasaError("E106", line=number))
    fields: dict[str, Any] = {}
    for name, keys in FIELD_KEYS.items():
        for key in keys:
            value = record.get(key)
            if value is not None and not isinstance(value, (dict, list)) and str(value).strip():
                fields[name] = str(value).strip()
                break
    text = _first_string(record, TEXT_KEYS)
    html = _first_string(record, HTML_KEYS)
    known = {key for keys in FIELD_KEYS.values() for key in keys} | set(TEXT_KEYS) | set(HTML_KEYS)
    extra = {key: value for key, value in record.items() if key not in known}
    meta = {"input": extra} if extra else {}
    if text is not None:
        if not text.strip():
            return _failure(source, LinimasaError("E101"), fields)
        document = _document_from_text(text, source, encoding="utf-8", fields=fields, meta=meta)
        if isinstance(document, RawDocument) and html:
            document.html = html
        return document
    if html is not None:
        if not html.strip():
            return _failure(source, LinimasaError("E101"), fields)
        return _document_from_html(html, source, encoding="utf-8", fields=fields, meta=meta)
    return _failure(source, LinimasaError("E106", line=number), fields)


def _first_string(record: dict[str, Any], keys: tuple[str, ...]) -> Optional[str]:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str):
            return value
    return None


# --- WARC ------------------------------------------------------------------


def _read_warc(path: str, *, options: Options) -> Iterator[Item]:
    """HTML and plain-text responses of a WARC archive, one document each."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:  # pragma: no cover - warcio is a dependency
        yield _failure(path, LinimasaError("E108", detail="warcio is not installed"))
        return
    limit = options.max_bytes
    if not _starts_like_warc(path):
        # warcio would read any text as an old-style ARC file, record by record.
        yield _failure(path, LinimasaError("E108", detail="not a WARC archive (no 'WARC/1.x' header)"))
        return
    with open(path, "rb") as handle:
        records = ArchiveIterator(handle)
        try:
            for record in records:
                if record.rec_type not in ("response", "resource"):
                    continue
                item = _warc_item(record, records, path, limit)
                if item is not None:
                    yield item
        except ArchiveLoadFailed as error:
            yield _failure(path, LinimasaError("E108", detail=str(error).strip().splitlines()[0] if str(error).strip() else "not a WARC archive"))
        except Exception as error:  # a truncated gzip member, a bad header
            yield _failure(path, LinimasaError("E108", detail=f"{type(error).__name__}: {error}"))


def _starts_like_warc(path: str) -> bool:
    import gzip

    try:
        with open(path, "rb") as handle:
            head = handle.read(2)
        opener = gzip.open if head == b"\x1f\x8b" else open
        with opener(path, "rb") as handle:
            return handle.read(5) == b"WARC/"
    except (OSError, EOFError):
        return False


def _warc_item(record: Any, records: Any, path: str, limit: int) -> Optional[Item]:
    url = record.rec_headers.get_header("WARC-Target-URI")
    source = f"{path}#{url}" if url else path  # for log lines before the offset is known
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status and not str(status).startswith("2"):
            log.debug("skipped %s: HTTP status %s", source, status)
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    mime = content_type.split(";")[0].strip().lower()
    if mime in _HTML_MIME:
        html: Optional[bool] = True
    elif mime == "text/plain":
        html = False
    else:
        log.debug("skipped %s: content type %r", source, mime)
        return None
    payload = record.content_stream().read(limit + 1)
    # The offset is known only after the payload is read: asking for it
    # earlier makes warcio skip to the end of the record.
    source = f"{path}@{records.get_record_offset()}"
    if len(payload) > limit:
        return _failure(source, LinimasaError("E104", size=f"more than {limit}", limit=limit))
    charset = _CHARSET.search(content_type)
    fields = {"url": url} if url else {}
    item = _document_from_bytes(payload, source, html=html, declared=charset.group(1) if charset else None, fields=fields)
    if isinstance(item, RawDocument):
        item.meta["warc_date"] = record.rec_headers.get_header("WARC-Date")
        item.meta["warc_record_id"] = record.rec_headers.get_header("WARC-Record-ID")
        # The target URI is where the page was fetched; the canonical URL stays in meta.
    return item


# --- helpers ---------------------------------------------------------------


def _failure(source: str, error: LinimasaError, fields: Optional[dict[str, Any]] = None) -> Failure:
    reason = " ".join(error.reason.split())  # always one line
    log.debug("failed %s: %s", source, reason)  # extract_many logs it once, as a warning
    return Failure(source=source, code=error.code, reason=reason, id=(fields or {}).get("id"))


def _os_detail(error: OSError) -> str:
    return error.strerror or type(error).__name__
