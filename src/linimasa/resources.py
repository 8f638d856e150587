"""Load language resources (lexicons, gazetteers, grammars) from ``lang/<code>/``.

Resources are data, not code: word lists are plain text (one entry a line,
``#`` comments), structured lexicons are JSON. Everything is cached, so each
file is read once per process.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

LANG_ROOT = Path(str(importlib_resources.files("linimasa") / "lang"))


def resource_path(name: str, *, language: str = "id") -> Path:
    return LANG_ROOT / language / name


@lru_cache(maxsize=None)
def word_list(name: str, *, language: str = "id") -> tuple[str, ...]:
    """Lines of a text resource, without comments and blank lines, in file order."""
    entries: list[str] = []
    with open(resource_path(name, language=language), encoding="utf-8") as handle:
        for raw in handle:
            # "#" starts a comment only at the line start or after a space, so
            # entries such as "C#" survive.
            line = raw.strip()
            if line.startswith("#"):
                continue
            line = line.split(" #", 1)[0].strip()
            if line:
                entries.append(line)
    return tuple(entries)


@lru_cache(maxsize=None)
def word_set(name: str, *, language: str = "id", lower: bool = True) -> frozenset[str]:
    words = word_list(name, language=language)
    return frozenset(w.lower() for w in words) if lower else frozenset(words)


@lru_cache(maxsize=None)
def json_resource(name: str, *, language: str = "id") -> Any:
    with open(resource_path(name, language=language), encoding="utf-8") as handle:
        return json.load(handle)
