"""The command line end to end, on documents we write here."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from linimasa.cli import main

ARTICLE = """Pasukan Perbatasan Arvenia Tarik Mundur dari Lembah Sirah

KOTA SELVARA, KABARNUSA.com - Pemerintah Arvenia menarik pasukannya dari Lembah Sirah pada hari Senin setelah perundingan dua hari di Kota Selvara, kata Menteri Luar Negeri Arvenia, Dita Kusuma.

"Kami ingin memberi ruang bagi bantuan kemanusiaan," kata Dita kepada wartawan.

Setidaknya 40 orang tewas dalam bentrokan pekan lalu, menurut Palang Merah Arvenia.

Baca juga: Harga Cabai di Pasar Induk Naik Lagi

© 2025 KabarNusa. All Rights Reserved.
"""

REQUIRED_KEYS = {
    "id", "source", "url", "title", "outlet", "published", "published_source", "authors",
    "dateline", "language", "body", "removed", "entities", "quotes", "figures", "events", "timexes",
}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_extract_prints_one_json_object_per_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out = _run(capsys, "extract", str(path))
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 1
    assert REQUIRED_KEYS <= set(records[0])
    assert "Baca juga" not in records[0]["body"]
    assert "Lembah Sirah" in records[0]["body"]


def test_extract_reports_bad_documents_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    code, out = _run(capsys, "extract", str(tmp_path))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 1, "a failed document makes the exit status 1"
    failures = [r for r in records if "error" in r]
    articles = [r for r in records if "body" in r]
    assert len(articles) == 1 and len(failures) == 2
    assert all(f["reason"] and "\n" not in f["reason"] for f in failures)


def test_extract_reads_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out = _run(capsys, "extract", "-", "--no-facts")
    assert code == 0
    assert json.loads(out.splitlines()[0])["title"].startswith("Pasukan Perbatasan")


def test_ingest_twice_stores_each_article_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(ARTICLE.replace("40 orang", "41 orang"), encoding="utf-8")
    db = tmp_path / "store.db"
    assert main(["ingest", str(tmp_path / "in"), "--db", str(db), "--quiet"]) == 0
    assert main(["ingest", str(tmp_path / "in"), "--db", str(db), "--quiet"]) == 0
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
