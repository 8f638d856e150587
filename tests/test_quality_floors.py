"""Quality floors on every gold set, so a change that loses quality fails CI.

The floors sit a little below the numbers published in docs/evaluation.md. Raise them when a
change earns it; never lower one without saying why in the commit. The held-out test split is
scored here but must never be read when changing rules (tests/fixtures/heldout/README.md).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from linimasa.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
SEEDS = ROOT.parent / "shared" / "seeds"

SETS = {
    "seeds": (SEEDS / "gold", SEEDS),
    "dev": (HELDOUT / "dev" / "gold", HELDOUT / "dev"),
    "dev2": (HELDOUT / "dev2" / "gold", HELDOUT / "dev2"),
    "test": (HELDOUT / "test" / "gold", HELDOUT / "test"),
    "dev3": (HELDOUT / "dev3" / "gold", HELDOUT / "dev3"),
    "test2": (HELDOUT / "test2" / "gold", HELDOUT / "test2"),
    "dev4": (HELDOUT / "dev4" / "gold", HELDOUT / "dev4"),
    "test3": (HELDOUT / "test3" / "gold", HELDOUT / "test3"),
    "dev5": (HELDOUT / "dev5" / "gold", HELDOUT / "dev5"),
    "test4": (HELDOUT / "test4" / "gold", HELDOUT / "test4"),
    "dev6": (HELDOUT / "dev6" / "gold", HELDOUT / "dev6"),
    "test5": (HELDOUT / "test5" / "gold", HELDOUT / "test5"),
    "dev7": (HELDOUT / "dev7" / "gold", HELDOUT / "dev7"),
    "test6": (HELDOUT / "test6" / "gold", HELDOUT / "test6"),
    "dev8": (HELDOUT / "dev8" / "gold", HELDOUT / "dev8"),
    "test7": (HELDOUT / "test7" / "gold", HELDOUT / "test7"),
}

# measure -> floor per set (seeds, dev, dev2, test, dev3, test2, dev4, test3, dev5, test4, dev6, test5, dev7, test6, dev8, test7)
FLOORS = {
    "body_keep_rate": (0.97, 0.97, 0.97, 0.95, 0.97, 0.97, 0.97, 0.97, 0.97, 0.97, 0.97, 0.96, 0.97, 0.97, 0.97, 0.98),
    "boilerplate_removal_rate": (0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.93, 0.95, 0.97, 0.97),
    "entities.f1": (0.95, 0.95, 0.90, 0.90, 0.92, 0.85, 0.87, 0.93, 0.86, 0.87, 0.88, 0.88, 0.97, 0.92, 0.91, 0.87),
    "quotes.f1": (0.95, 0.95, 0.95, 0.90, 0.93, 0.85, 0.88, 0.90, 0.90, 0.91, 0.93, 0.88, 0.84, 0.86, 0.90, 0.91),
    "quote_speaker_accuracy": (0.90, 0.95, 0.95, 0.90, 0.90, 0.95, 0.87, 0.93, 0.92, 0.93, 0.93, 0.93, 0.94, 0.96, 0.96, 0.84),
    "figures.f1": (0.95, 0.95, 0.93, 0.70, 0.77, 0.68, 0.78, 0.80, 0.72, 0.66, 0.76, 0.66, 0.73, 0.70, 0.77, 0.75),
    "events.f1": (0.85, 0.88, 0.70, 0.55, 0.65, 0.52, 0.68, 0.47, 0.70, 0.57, 0.62, 0.42, 0.68, 0.69, 0.60, 0.65),
}


@lru_cache(maxsize=None)
def _totals(name: str) -> dict:
    gold, raw = SETS[name]
    if not gold.is_dir():
        pytest.skip(f"{gold} is absent")
    return evaluate(gold, raw).total()


def _value(totals: dict, measure: str) -> float:
    value = totals
    for part in measure.split("."):
        value = value[part]
    return float(value)


@pytest.mark.parametrize("name", list(SETS))
@pytest.mark.parametrize("measure", list(FLOORS))
def test_quality_stays_above_its_floor(name: str, measure: str) -> None:
    floor = FLOORS[measure][list(SETS).index(name)]
    assert _value(_totals(name), measure) >= floor


#: Forbidden figures an unread set still shows. Its pages are not opened, so the cause is not known; the
#: count may only go down.
FORBIDDEN_SEEN_UNREAD = {"test5": 1}


@pytest.mark.parametrize("name", list(SETS))
def test_no_forbidden_figures_and_no_errors(name: str) -> None:
    totals = _totals(name)
    assert totals["figures_forbidden"] <= FORBIDDEN_SEEN_UNREAD.get(name, 0)
    assert totals["errors"] == 0
