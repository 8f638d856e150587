"""docs/cli.md documents every command and every option (Datasette's rule)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from linimasa.cli import build_parser

DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _options(parser: argparse.ArgumentParser) -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        long_forms = [o for o in action.option_strings if o.startswith("--")]
        found.extend(long_forms or action.option_strings)
    return found


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_command_has_a_section(name: str) -> None:
    assert f"## linimasa {name}" in DOCS.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name,option",
    [(name, option) for name, parser in sorted(_commands().items()) for option in _options(parser)],
)
def test_every_option_is_documented_in_its_section(name: str, option: str) -> None:
    text = DOCS.read_text(encoding="utf-8")
    start = text.index(f"## linimasa {name}")
    end = text.find("\n## ", start + 1)
    section = text[start : end if end != -1 else None]
    assert f"`{option}" in section, f"{option} of `linimasa {name}` is not documented in docs/cli.md"
