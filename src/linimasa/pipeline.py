"""The per-article pipeline: a straight line of plain functions.

``extract`` turns one ``RawDocument`` into one ``Article``: first the cleaner
(body, boilerplate, metadata), then the fact components in order. Each
component module declares what it ``NEEDS`` and what it ``ADDS`` (attributes
of ``Article``), in the manner of spaCy's pipeline components; the order below
is checked against those declarations once, at import.

``extract_many`` is the batch form: a bad document is logged with its reason
and yielded as a ``Failure``; it never stops the batch (trafilatura's rule).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from types import ModuleType
from typing import Union

from . import clean, entities, events, figures, quotes, sentences, timex
from .errors import LinimasaError
from .options import DEFAULT, Options
from .records import Article, Failure, RawDocument

log = logging.getLogger("linimasa")

#: Fact components in the order they run after cleaning.
COMPONENTS: tuple[ModuleType, ...] = (sentences, entities, timex, quotes, figures, events)

#: What the cleaner provides before any component runs.
CLEANER_ADDS = frozenset(
    {"body", "paragraphs", "removed", "title", "outlet", "published", "published_source", "authors", "dateline", "language"}
)


def _check_order(components: Iterable[ModuleType]) -> None:
    available = set(CLEANER_ADDS)
    for component in components:
        missing = set(component.NEEDS) - available
        if missing:
            raise RuntimeError(f"component {component.__name__} needs {sorted(missing)} before it runs")
        available |= set(component.ADDS)


_check_order(COMPONENTS)


def extract(raw: RawDocument, *, options: Options = DEFAULT) -> Article:
    """Clean one document and, unless ``options.facts`` is off, extract its facts.

    Raises ``LinimasaError`` for a document that has no usable article.
    """
    article = clean.clean_document(raw, options=options)
    if len(article.body) < options.min_body_chars:
        raise LinimasaError("E201", chars=len(article.body), minimum=options.min_body_chars)
    if options.facts:
        add_facts(article, options=options)
    return article


def add_facts(article: Article, *, options: Options = DEFAULT) -> Article:
    """Run the fact components on an already cleaned article (in place)."""
    for component in COMPONENTS:
        component.apply(article, options=options)
    return article


def extract_many(
    items: Iterable[Union[RawDocument, Failure]], *, options: Options = DEFAULT
) -> Iterator[Union[Article, Failure]]:
    """Extract every document; failures are yielded, logged and never raised."""
    for item in items:
        if isinstance(item, Failure):
            log.warning("skipped %s: %s", item.source, item.reason)
            yield item
            continue
        try:
            yield extract(item, options=options)
        except LinimasaError as error:
            log.warning("skipped %s: %s", item.source, error.reason)
            yield Failure(source=item.source, code=error.code, reason=error.reason, id=item.id)
        except Exception as error:  # a bug in one document must not stop the batch
            log.exception("failed %s", item.source)
            reason = LinimasaError("E203", detail=f"{type(error).__name__}: {error}").reason
            yield Failure(source=item.source, code="E203", reason=reason, id=item.id)
