"""Stub cleaner: keeps every non-empty line. Replaced by the real line classifier."""

from __future__ import annotations

import hashlib

from .options import DEFAULT, Options
from .records import Article, Paragraph, RawDocument


def stable_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def clean_document(raw: RawDocument, *, options: Options = DEFAULT) -> Article:
    text = raw.text or ""
    paragraphs: list[Paragraph] = []
    parts: list[str] = []
    offset = 0
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        paragraphs.append(Paragraph(text=line, span=(offset, offset + len(line)), line=number))
        parts.append(line)
        offset += len(line) + 2
    return Article(
        id=raw.id or stable_id(text),
        source=raw.source,
        url=raw.url,
        title=raw.title,
        outlet=raw.outlet,
        published=raw.published,
        published_source="input" if raw.published else None,
        body="\n\n".join(parts),
        paragraphs=paragraphs,
        language=options.language,
    )
