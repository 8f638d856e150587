"""Stub: replaced by the real component."""

from __future__ import annotations

from .options import DEFAULT, Options
from .records import Article

NEEDS = ("sentences","mentions","timexes",)
ADDS = ("figures",)


def apply(article: Article, *, options: Options = DEFAULT) -> Article:
    return article
