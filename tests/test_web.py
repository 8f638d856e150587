"""The web layer: JSON API, escaped HTML pages, read-only store access, `linimasa serve`.

The store is filled by ingesting three small fictional Indonesian articles;
one of them carries markup in its body that must come back escaped.
"""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from linimasa.errors import LinimasaError  # noqa: E402
from linimasa.options import Options  # noqa: E402
from linimasa.records import Article, Entity, Figure, Quote, RawDocument, Timex  # noqa: E402
from linimasa.store import Store  # noqa: E402
from linimasa.web import app as web  # noqa: E402

SRC = Path(__file__).resolve().parents[1] / "src"

# Fictional outlets, places and people.
FLOOD = """Banjir Rendam Ratusan Rumah di Desa Sukamaju

Warta Lembah, Bandung - Banjir merendam 120 rumah di Desa Sukamaju, Kabupaten Bandung, pada Senin (3/3/2025) setelah hujan deras semalaman.

Kepala BPBD Jawa Barat Dedi Kurniawan mengatakan dua warga masih hilang. "Kami sudah mengerahkan perahu karet ke lokasi," kata Dedi di Bandung.
"""

HARBOUR = """Pelabuhan Teluk Sari Ditutup Sementara

Kabar Pesisir, Makassar - Otoritas Pelabuhan Teluk Sari menutup pelabuhan selama dua hari karena gelombang tinggi mencapai empat meter, Rabu (5/3/2025).

Sebanyak 35 kapal nelayan tertahan di dermaga. "Keselamatan awak kapal lebih penting," ujar Kepala Syahbandar Rahmat Hidayat.
"""

MARKUP = """Warga Protes Harga Beras <script>alert(1)</script>

Suara Kota, Medan - Ratusan warga berunjuk rasa di depan kantor Wali Kota Medan pada Jumat (7/3/2025) menuntut penurunan harga beras. <script>alert(1)</script> Spanduk bertuliskan <b>"Turunkan harga"</b> dibentangkan.

Koordinator aksi Sinta Maharani mengatakan harga beras naik 20 persen dalam sebulan.
"""

OPTIONS = Options(use_ner_model=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "linimasa.db")
    documents = [
        RawDocument(source="banjir.txt", id="banjir", text=FLOOD, published="2025-03-03", outlet="Warta Lembah"),
        RawDocument(source="pelabuhan.txt", id="pelabuhan", text=HARBOUR, published="2025-03-05", outlet="Kabar Pesisir"),
        RawDocument(source="protes.txt", id="protes", text=MARKUP, published="2025-03-07T10:30", outlet="Suara Kota"),
        RawDocument(source="kosong.txt", id="kosong", text="Terlalu pendek."),
    ]
    with Store(path) as store:
        counts = store.ingest(documents, options=OPTIONS)
    assert counts["added"] == 3 and counts["failed"] == 1
    return path


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    with TestClient(web.create_app(db, options=OPTIONS)) as opened:
        yield opened


# ------------------------------------------------------------------ articles


def test_article_list_is_newest_first_with_total(client: TestClient) -> None:
    data = client.get("/api/articles").json()
    assert data["total"] == 3
    assert [a["id"] for a in data["articles"]] == ["protes", "pelabuhan", "banjir"]
    assert set(data["articles"][0]) == {"id", "title", "outlet", "published", "url", "source"}


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"limit": 1}, ["protes"]),
        ({"limit": 2, "offset": 1}, ["pelabuhan", "banjir"]),
        ({"offset": 10}, []),
        ({"outlet": "kabar pesisir"}, ["pelabuhan"]),
        ({"outlet": "Tidak Ada"}, []),
        ({"from": "2025-03-05"}, ["protes", "pelabuhan"]),
        ({"to": "2025-03-05"}, ["pelabuhan", "banjir"]),
        ({"to": "2025-03-07"}, ["protes", "pelabuhan", "banjir"]),  # a day bound covers times on that day
        ({"from": "2025-03-04", "to": "2025-03-06"}, ["pelabuhan"]),
        ({"to": "2025-03"}, ["protes", "pelabuhan", "banjir"]),  # a month bound covers the month
        ({"from": "2025-04"}, []),
    ],
)
def test_article_list_paging_and_filters(client: TestClient, params: dict, expected: list[str]) -> None:
    response = client.get("/api/articles", params=params)
    assert response.status_code == 200
    assert [a["id"] for a in response.json()["articles"]] == expected


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 100000}, {"offset": -1}, {"from": "kemarin"}, {"to": "03/05/2025"}]
)
def test_article_list_rejects_bad_parameters(client: TestClient, params: dict) -> None:
    assert client.get("/api/articles", params=params).status_code == 422


def test_full_article_has_body_and_facts(client: TestClient) -> None:
    data = client.get("/api/articles/banjir").json()
    assert data["id"] == "banjir" and data["outlet"] == "Warta Lembah"
    assert "perahu karet" in data["body"]
    for field in ("entities", "timexes", "quotes", "figures", "events", "paragraphs", "removed"):
        assert isinstance(data[field], list)
    assert any("perahu karet" in q["text"] for q in data["quotes"])


def test_missing_article_is_404(client: TestClient) -> None:
    assert client.get("/api/articles/tidak-ada").status_code == 404
    assert client.get("/articles/tidak-ada").status_code == 404


# ------------------------------------------------------------------ search, failures, stats


@pytest.mark.parametrize(
    "query,expected",
    [
        ("perahu", {"banjir"}),
        ("Pelabuhan", {"pelabuhan"}),  # title and body, any case
        ("beras", {"protes"}),
        ("harga", {"protes"}),
        ("gempa", set()),
        ('"AT&T', set()),  # not FTS5 syntax: searched as a phrase, no error
        ("***", set()),
    ],
)
def test_search(client: TestClient, query: str, expected: set[str]) -> None:
    response = client.get("/api/search", params={"q": query})
    assert response.status_code == 200
    assert {r["id"] for r in response.json()["results"]} == expected


def test_search_result_has_snippet_and_metadata(client: TestClient) -> None:
    (result,) = client.get("/api/search", params={"q": "perahu"}).json()["results"]
    assert "[perahu]" in result["snippet"].lower()
    assert result["outlet"] == "Warta Lembah" and result["published"] == "2025-03-03"


def test_search_needs_a_query(client: TestClient) -> None:
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_failures(client: TestClient) -> None:
    data = client.get("/api/failures").json()
    assert data["total"] == 1
    assert data["failures"][0]["source"] == "kosong.txt" and data["failures"][0]["code"] == "E201"
    assert client.get("/api/failures", params={"code": "e201"}).json()["total"] == 1
    assert client.get("/api/failures", params={"code": "E101"}).json()["total"] == 0


def test_stats(client: TestClient) -> None:
    data = client.get("/api/stats").json()
    assert data["articles"] == 3 and data["failures"] == 1 and data["failures_by_code"] == {"E201": 1}
    assert {o["outlet"] for o in data["outlets"]} == {"Warta Lembah", "Kabar Pesisir", "Suara Kota"}
    assert data["published"] == {"first": "2025-03-03", "last": "2025-03-07T10:30", "undated": 0}
    assert data["facts"]["quotes"] >= 2 and data["runs"] == 1


# ------------------------------------------------------------------ extract


def test_extract_text_without_storing(client: TestClient) -> None:
    before = client.get("/api/stats").json()["articles"]
    response = client.post("/api/extract", json={"text": HARBOUR, "published": "2025-03-05"})
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == "Pelabuhan Teluk Sari Ditutup Sementara"
    assert "35 kapal" in data["body"] and "sentences" not in data
    assert client.get("/api/stats").json()["articles"] == before


def test_extract_html_and_options(client: TestClient) -> None:
    page = (
        "<html><head><title>Jembatan Baru Dibuka</title></head><body><article><h1>Jembatan Baru Dibuka</h1>"
        "<p>Pemerintah Kabupaten Sukamaju meresmikan jembatan gantung sepanjang 80 meter yang menghubungkan dua desa "
        "pada Selasa pagi. Warga menyambut peresmian itu dengan gembira karena perjalanan kini lebih singkat.</p>"
        "<p>Bupati mengatakan pembangunan jembatan menghabiskan dana Rp 2 miliar dari anggaran daerah.</p>"
        "</article></body></html>"
    )
    data = client.post("/api/extract", json={"html": page, "facts": False, "internals": True}).json()
    assert "jembatan gantung" in data["body"]
    assert data["quotes"] == [] and data["entities"] == [] and "sentences" in data


@pytest.mark.parametrize(
    "payload,status,code",
    [
        ({}, 422, None),
        ({"text": "a", "html": "<p>a</p>"}, 422, None),
        ({"text": 5}, 422, None),
        ({"text": "   "}, 422, "E101"),
        ({"text": "Terlalu pendek."}, 422, "E201"),
    ],
)
def test_extract_errors(client: TestClient, payload: dict, status: int, code: str | None) -> None:
    response = client.post("/api/extract", json=payload)
    assert response.status_code == status
    if code:
        assert response.json()["detail"]["code"] == code


def test_extract_size_limit(db: str) -> None:
    small = TestClient(web.create_app(db, options=Options(max_bytes=100, use_ner_model=False)))
    response = small.post("/api/extract", json={"text": FLOOD})
    assert response.status_code == 413 and response.json()["detail"]["code"] == "E104"


# ------------------------------------------------------------------ HTML and escaping


def test_index_page_is_self_contained(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert 'id="q"' in response.text and "/static/app.js" in response.text
    for asset in ("/static/app.js", "/static/style.css"):
        assert client.get(asset).status_code == 200
    assets = response.text + client.get("/static/app.js").text + client.get("/static/style.css").text
    assert "http://" not in assets and "https://" not in assets  # no CDN, no external fonts
    script = client.get("/static/app.js").text
    assert ".innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_article_page_escapes_markup(client: TestClient) -> None:
    response = client.get("/articles/protes")
    assert response.status_code == 200
    text = response.text
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<b>" not in text and "&lt;b&gt;" in text
    # The only script tags a page may have are our own (this page has none).
    assert "<script" not in text
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_api_returns_markup_as_plain_json_text(client: TestClient) -> None:
    response = client.get("/api/articles/protes")
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>alert(1)</script>" in response.json()["body"]


def test_article_page_highlights_and_lists_facts(client: TestClient) -> None:
    text = client.get("/articles/banjir").text
    assert "<h1>Banjir Rendam Ratusan Rumah di Desa Sukamaju</h1>" in text
    assert re.search(r'<span class="hl[^"]*\bquote\b[^"]*" title="quote \(direct\)[^"]*">[^<]*perahu karet', text)
    assert "perahu karet" in text and "Quotes (" in text and "Entities (" in text


# ------------------------------------------------------------------ highlighting (unit)


def _article(body: str, **facts) -> Article:
    return Article(id="x", source="x.txt", body=body, **facts)


def test_highlight_nests_an_entity_inside_a_quote() -> None:
    body = 'Kata Rina: "Desa Sukamaju aman." <i>'
    article = _article(
        body,
        entities=[Entity(name="Desa Sukamaju", type="LOC")],
        quotes=[Quote(text="Desa Sukamaju aman.", kind="direct", speaker="Rina", cue="kata", span=(12, 31))],
    )
    out = web.highlight(body, web.article_marks(article))
    assert '<span class="hl quote ent ent-loc"' in out or '<span class="hl ent ent-loc quote"' in out
    assert out.endswith("&lt;i&gt;")
    # Removing the tags gives back the escaped body: nothing lost, nothing doubled.
    assert re.sub(r"<[^>]+>", "", out) == body.replace("<", "&lt;").replace(">", "&gt;")


@pytest.mark.parametrize(
    "name,body,found",
    [
        ("Ara", "Warga Arab dan Ara bertemu.", 1),  # word edges: not inside "Arab"
        ("Dedi", "Dedi, Dedi dan Dedikasi.", 2),
        ("Sukamaju", "tidak ada", 0),
    ],
)
def test_entity_occurrences_respect_word_edges(name: str, body: str, found: int) -> None:
    marks = web.article_marks(_article(body, entities=[Entity(name=name, type="PER")]))
    assert len(marks) == found


def test_marks_outside_the_body_are_dropped() -> None:
    article = _article(
        "12 tewas kemarin.",
        figures=[Figure(value=12, counts="killed", span=(0, 2), text="12 tewas"), Figure(value=1, counts="other", span=(5, 99), text="?")],
        timexes=[Timex(text="kemarin", type="DATE", value=None, span=(9, 16))],
    )
    kinds = [m.kind for m in web.article_marks(article)]
    assert kinds == ["figure", "time"]


# ------------------------------------------------------------------ store access and timeline


def test_reader_is_read_only(db: str) -> None:
    reader = web.open_reader(db)
    try:
        with pytest.raises(sqlite3.OperationalError):
            reader.connection.execute("DELETE FROM articles")
        assert reader.count() == 3
    finally:
        reader.close()


def test_ids_with_slashes_and_markup(tmp_path) -> None:
    path = str(tmp_path / "ids.db")
    odd = 'berita/2025/03/banjir?x=<b>"'
    with Store(path) as store:
        store.ingest([RawDocument(source="a.jsonl:1", id=odd, text=FLOOD)], options=OPTIONS)
    client = TestClient(web.create_app(path, options=OPTIONS))
    listed = client.get("/api/articles").json()["articles"][0]["id"]
    assert listed == odd
    from urllib.parse import quote

    assert client.get("/api/articles/" + quote(odd, safe="")).json()["id"] == odd
    page = client.get("/articles/" + quote(odd, safe=""))
    assert page.status_code == 200 and "banjir?x=<b>" not in page.text


@pytest.mark.parametrize("make", ["missing", "not_a_store", "not_sqlite"])
def test_bad_store_is_a_coded_error(tmp_path, make: str) -> None:
    path = tmp_path / "x.db"
    if make == "not_a_store":
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    if make == "not_sqlite":
        path.write_text("Bukan basis data, hanya teks biasa yang cukup panjang untuk dibaca. " * 10)
    with pytest.raises(LinimasaError) as error:
        web.create_app(str(path))
    assert error.value.code == "E301"


def test_timeline_endpoints_answer_501_when_the_module_is_missing(client: TestClient, monkeypatch) -> None:
    monkeypatch.setattr(web, "timeline_module", lambda: None)
    for url in ("/api/timeline", "/api/stories", "/timeline"):
        response = client.get(url)
        assert response.status_code == 501
        assert "timeline" in response.text


def _needs_timeline() -> None:
    if web.timeline_module() is None:
        pytest.skip("linimasa.timeline is not in this build")


def test_timeline_json_and_stories(client: TestClient) -> None:
    _needs_timeline()
    data = client.get("/api/timeline").json()
    assert {"stories", "entries", "series", "articles", "filters"} <= set(data)
    assert data["articles"]["count"] == 3
    stories = client.get("/api/stories").json()
    assert stories["total"] == len(stories["stories"]) >= 1
    story = stories["stories"][0]["id"]
    params = {"story": story, "query": "banjir", "entity": "Dedi", "from": "2025-03-01", "to": "2025-03-31", "infer": "false"}
    filtered = client.get("/api/timeline", params=params).json()
    assert filtered["filters"] == {"story": story, "query": "banjir", "entity": "Dedi", "from": "2025-03-01", "to": "2025-03-31"}


@pytest.mark.parametrize("params", [{"from": "2025-03"}, {"to": "kemarin"}])
def test_timeline_dates_are_whole_days(client: TestClient, params: dict) -> None:
    _needs_timeline()
    assert client.get("/api/timeline", params=params).status_code == 422


def test_timeline_page_is_escaped_report(client: TestClient) -> None:
    _needs_timeline()
    response = client.get("/timeline")
    assert response.status_code == 200 and response.text.startswith("<!DOCTYPE html>")
    assert "<script" not in response.text
    assert "script-src" not in response.headers["content-security-policy"]  # no script may run at all


def test_timeline_is_rebuilt_when_the_store_changes(tmp_path) -> None:
    path = str(tmp_path / "s.db")
    with Store(path) as store:
        store.ingest([RawDocument(source="a.txt", id="a", text=FLOOD)], options=OPTIONS)
    reader = web.open_reader(path)
    before = web.store_version(reader)
    assert web.store_version(reader) == before
    reader.close()
    with Store(path) as store:
        store.ingest([RawDocument(source="b.txt", id="b", text=HARBOUR)], options=OPTIONS)
    reader = web.open_reader(path)
    assert web.store_version(reader) != before
    reader.close()


def test_web_extra_missing_is_e403(monkeypatch) -> None:
    def refuse(name, *args, **kwargs):
        raise ImportError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(web.importlib, "import_module", refuse)
    with pytest.raises(LinimasaError) as error:
        web.require_web_extra()
    assert error.value.code == "E403" and "linimasa[web]" in error.value.reason


# ------------------------------------------------------------------ a real server


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_runs_a_real_server(db: str) -> None:
    pytest.importorskip("uvicorn")
    import httpx

    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(SRC) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    process = subprocess.Popen(
        [sys.executable, "-m", "linimasa.cli", "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"server did not start: {process.stderr.read().decode(errors='replace')}")
                time.sleep(0.05)
        assert response.status_code == 200 and response.json()["articles"] == 3
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        process.stderr.close()
