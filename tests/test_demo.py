"""``linimasa demo`` ends in the timeline; the corpus commands work on its store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linimasa.cli import main

DEMO = Path(__file__).resolve().parents[1] / "src" / "linimasa" / "demo" / "corpus"
pytestmark = pytest.mark.skipif(not DEMO.exists(), reason="demo corpus absent")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    out = db.parent / "timeline.json"
    assert main(["demo", "--db", str(db), "--format", "json", "--output", str(out), "--quiet"]) == 0
    return db, json.loads(out.read_text(encoding="utf-8"))


def test_demo_json_timeline(demo_db):
    _db, data = demo_db
    assert data["articles"]["count"] >= 20
    assert data["entries"] and data["stories"]
    assert data["articles"]["duplicates"] >= 1
    assert data["articles"]["inferred"] >= 1


def test_demo_text_prints_the_summary_then_ends_in_the_timeline(demo_db, capsys):
    db, _data = demo_db
    assert main(["demo", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Demo corpus:" in out and "Duplicates:" in out and "Stories:" in out
    assert out.index("Stories:") < out.index("Timeline:")
    tail = out.strip().splitlines()[-1]
    assert tail.strip()  # the last thing printed belongs to the timeline (its series or entries)


def test_corpus_commands_on_the_demo_store(demo_db, tmp_path, capsys):
    db, _data = demo_db
    assert main(["stories", "--db", str(db), "--format", "json", "--output", str(tmp_path / "s.json")]) == 0
    stories = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert stories and all(s["articles"] for s in stories)
    assert main(["timeline", "--db", str(db), "--format", "html", "--output", str(tmp_path / "t.html"), "--entity", "Kaldoria"]) == 0
    assert "Kaldoria" in (tmp_path / "t.html").read_text(encoding="utf-8")
    assert main(["timeline", "--db", str(db), "--format", "csv", "--from", "2025-10-20", "--to", "2025-10-25", "-o", str(tmp_path / "t.csv")]) == 0
    dates = [line.split(",")[0] for line in (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()[1:]]
    assert dates and all("2025-10-20" <= d[:10] <= "2025-10-25" or len(d) == 7 for d in dates if d)
    assert main(["export", "--db", str(db), "--what", "events", "--format", "plover", "--output", str(tmp_path / "e.json")]) == 0
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))[0]["event_type"]
    capsys.readouterr()


def test_missing_store_is_a_clear_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["timeline", "--db", str(tmp_path / "nope.db")])
    assert stop.value.code == 2
    assert "no store" in capsys.readouterr().err
