"""Exports: JSONL, CSV, Parquet (optional pyarrow) and PLOVER-style JSON."""

from __future__ import annotations

import csv
import json
import sys

import pytest

from linimasa.export import ExportError, plover_events, rows, write
from linimasa.records import Article, Entity, Event, Figure


def sample() -> list[Article]:
    event = Event(type="CONSULT", status="occurred", actors=["Arkana Wiradarma", "Velmora", "Kaldoria"],
                  text="Arkana Wiradarma bertemu Velmora.", span=(0, 33), place="Castelmar", date="2025-10-21", trigger="bertemu")
    figure = Figure(value=241, counts="killed", span=(40, 43), text="241", source="Kementerian Kesehatan Tarvania", date="2025-10-20")
    return [Article(id="a1", source="a1.txt", url="https://example.invalid/a1", title="Perundingan", outlet="KBNR",
                    published="2025-10-21T20:14", published_source="text", body="Arkana Wiradarma bertemu Velmora. 241 tewas.",
                    entities=[Entity(name="Arkana Wiradarma", type="PER"), Entity(name="Velmora", type="LOC")],
                    events=[event], figures=[figure])]


@pytest.mark.parametrize("what,key", [("articles", "title"), ("events", "type"), ("figures", "value")])
def test_jsonl_and_csv(tmp_path, what, key):
    jsonl = tmp_path / "out.jsonl"
    assert write(sample(), what=what, fmt="jsonl", output=str(jsonl)) == 1
    record = json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0])
    assert key in record
    out = tmp_path / "out.csv"
    write(sample(), what=what, fmt="csv", output=str(out))
    with open(out, encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row[key] != ""


def test_event_rows_carry_their_article():
    (row,) = rows(sample(), "events")
    assert row["article_id"] == "a1" and row["outlet"] == "KBNR" and row["actors"][0] == "Arkana Wiradarma"


def test_parquet_round_trip(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "figures.parquet"
    write(sample(), what="figures", fmt="parquet", output=str(out))
    table = pq.read_table(out)
    assert table.num_rows == 1 and table.column("counts").to_pylist() == ["killed"]


def test_parquet_without_pyarrow_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(ExportError, match="pyarrow"):
        write(sample(), what="events", fmt="parquet", output=str(tmp_path / "x.parquet"))


def test_plover_fields():
    (record,) = plover_events(sample())
    assert record["event_id"] == "a1-0"
    assert record["event_type"] == "CONSULT" and record["event_date"] == "2025-10-21"
    assert (record["actor_name"], record["actor_type"]) == ("Arkana Wiradarma", "PER")
    assert (record["recipient_name"], record["recipient_type"]) == ("Velmora", "LOC")
    assert record["other_actors"] == ["Kaldoria"]
    assert record["placename"] == "Castelmar" and record["story_date"] == "2025-10-21T20:14"
    assert record["source"] == "KBNR" and record["url"].startswith("https://") and record["text"]
    assert record["contexts"] == [] and record["event_intensity"] is None


def test_plover_is_for_events_only(tmp_path):
    with pytest.raises(ExportError):
        write(sample(), what="figures", fmt="plover", output=str(tmp_path / "x.json"))
