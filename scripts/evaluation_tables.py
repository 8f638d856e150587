"""Print the evaluation tables of docs/evaluation.md from `linimasa eval --json`.

Runs the project's own evaluation command on every gold set that exists and
prints one Markdown table with a column per set, so the published numbers can
be regenerated with one command::

    python scripts/evaluation_tables.py > /tmp/tables.md
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = [
    ("seeds (5 real)", ROOT.parent / "shared" / "seeds" / "gold", ROOT.parent / "shared" / "seeds"),
    ("dev (h01–h05)", ROOT / "tests/fixtures/heldout/dev/gold", ROOT / "tests/fixtures/heldout/dev"),
    ("dev2 (h11–h20)", ROOT / "tests/fixtures/heldout/dev2/gold", ROOT / "tests/fixtures/heldout/dev2"),
    ("dev3 (h21–h26)", ROOT / "tests/fixtures/heldout/dev3/gold", ROOT / "tests/fixtures/heldout/dev3"),
    ("test (h06–h10)", ROOT / "tests/fixtures/heldout/test/gold", ROOT / "tests/fixtures/heldout/test"),
    ("dev4 (h41–h46)", ROOT / "tests/fixtures/heldout/dev4/gold", ROOT / "tests/fixtures/heldout/dev4"),
    ("test2 (h31–h36)", ROOT / "tests/fixtures/heldout/test2/gold", ROOT / "tests/fixtures/heldout/test2"),
    ("test3 (h51–h56)", ROOT / "tests/fixtures/heldout/test3/gold", ROOT / "tests/fixtures/heldout/test3"),
    ("dev5 (h61–h66)", ROOT / "tests/fixtures/heldout/dev5/gold", ROOT / "tests/fixtures/heldout/dev5"),
    ("test4 (h71–h76)", ROOT / "tests/fixtures/heldout/test4/gold", ROOT / "tests/fixtures/heldout/test4"),
    ("dev6 (h81–h86)", ROOT / "tests/fixtures/heldout/dev6/gold", ROOT / "tests/fixtures/heldout/dev6"),
    ("test5 (h91–h96)", ROOT / "tests/fixtures/heldout/test5/gold", ROOT / "tests/fixtures/heldout/test5"),
    ("dev7 (h101–h106)", ROOT / "tests/fixtures/heldout/dev7/gold", ROOT / "tests/fixtures/heldout/dev7"),
    ("test6 (h111–h116)", ROOT / "tests/fixtures/heldout/test6/gold", ROOT / "tests/fixtures/heldout/test6"),
    ("dev8 (h121–h126)", ROOT / "tests/fixtures/heldout/dev8/gold", ROOT / "tests/fixtures/heldout/dev8"),
    ("test7 (h131–h136)", ROOT / "tests/fixtures/heldout/test7/gold", ROOT / "tests/fixtures/heldout/test7"),
]

ROWS = [
    ("body-line keep rate", lambda t: f"{t['body_keep_rate']:.3f}"),
    ("boilerplate removal rate", lambda t: f"{t['boilerplate_removal_rate']:.3f}"),
    ("title correct", lambda t: t["fields"].get("title", "-")),
    ("outlet correct", lambda t: t["fields"].get("outlet", "-")),
    ("published correct", lambda t: t["fields"].get("published", "-")),
    ("authors correct", lambda t: t["fields"].get("authors", "-")),
    ("dateline correct", lambda t: t["fields"].get("dateline", "-")),
    ("entities P / R / F1", lambda t: _prf(t["entities"])),
    ("entities with type, F1", lambda t: f"{t['entities_typed']['f1']:.3f}"),
    ("quotes P / R / F1", lambda t: _prf(t["quotes"])),
    ("quote speaker accuracy", lambda t: f"{t['quote_speaker_accuracy']:.3f}"),
    ("figures P / R / F1", lambda t: _prf(t["figures"])),
    ("forbidden figures output", lambda t: str(t["figures_forbidden"])),
    ("figure qualifier accuracy", lambda t: f"{t['figure_qualifier_accuracy']:.3f}"),
    ("events P / R / F1", lambda t: _prf(t["events"])),
    ("event date accuracy", lambda t: f"{t['event_date_accuracy']:.3f}"),
    ("event status accuracy", lambda t: f"{t['event_status_accuracy']:.3f}"),
]


def _prf(c: dict) -> str:
    return f"{c['p']:.2f} / {c['r']:.2f} / **{c['f1']:.3f}**"


def totals(gold: Path, raw: Path, extra: list[str]) -> dict | None:
    if not gold.is_dir():
        return None
    result = subprocess.run(
        [sys.executable, "-m", "linimasa.cli", "eval", "--gold", str(gold), "--raw", str(raw), "--json", *extra],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(result.stdout)["total"]


def main() -> None:
    extra = sys.argv[1:]
    found = [(name, totals(gold, raw, extra)) for name, gold, raw in SETS]
    found = [(name, t) for name, t in found if t is not None]
    print("| measure | " + " | ".join(name for name, _ in found) + " |")
    print("|---|" + "---|" * len(found))
    for label, cell in ROWS:
        print(f"| {label} | " + " | ".join(cell(t) for _, t in found) + " |")


if __name__ == "__main__":
    main()
