"""Reading documents: text, HTML, JSONL, JSON, WARC, folders and stdin."""

from __future__ import annotations

import io
import json
import sys

import pytest

from linimasa.clean import stable_id
from linimasa.ingest import looks_like_html, read_paths, read_stdin, walk
from linimasa.options import Options
from linimasa.records import Failure, RawDocument

ARTICLE = (
    "Banjir Rendam Tiga Kecamatan di Lembah Hijau\n"
    "Lembah Hijau - Banjir merendam tiga kecamatan di Kabupaten Lembah Hijau setelah hujan deras sejak Senin malam.\n"
    "“Air mulai naik sekitar pukul 22.00,” kata warga bernama Sri Handayani.\n"
)
HTML_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'>"
    "<meta property='og:title' content='Banjir Rendam Tiga Kecamatan'>"
    "<meta property='og:site_name' content='Warta Lembah'>"
    "<meta property='article:published_time' content='2024-01-15T08:30:00+07:00'>"
    "<meta name='author' content='Bayu Nugroho'>"
    "<link rel='canonical' href='https://wartalembah.example/banjir'>"
    "</head><body><nav><a href='/'>Beranda</a> <a href='/daerah'>Daerah</a></nav><article>"
    "<p>Banjir merendam tiga kecamatan di Kabupaten Lembah Hijau setelah hujan deras sejak Senin malam, memaksa ratusan warga mengungsi.</p>"
    "<p>“Air mulai naik sekitar pukul 22.00,” kata warga bernama Sri Handayani kepada wartawan di posko pengungsian.</p>"
    "<p>Badan penanggulangan bencana daerah mencatat 412 rumah terendam dan dua jembatan rusak akibat arus deras.</p>"
    "</article></body></html>"
)


def documents(items):
    return [item for item in items if isinstance(item, RawDocument)]


def test_plain_text_file(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (document,) = list(read_paths([str(path)]))
    assert isinstance(document, RawDocument)
    assert document.text == ARTICLE
    assert document.id == stable_id(ARTICLE)
    assert document.source == str(path)
    assert document.html is None
    assert document.encoding == "utf-8"


def test_text_file_without_extension_and_in_cp1252(tmp_path):
    path = tmp_path / "artikel"
    path.write_bytes(ARTICLE.encode("cp1252"))
    (document,) = list(read_paths([str(path)]))
    assert document.text == ARTICLE
    assert document.encoding == "cp1252"


def test_mojibake_text_file_is_repaired(tmp_path):
    path = tmp_path / "rusak.txt"
    # UTF-8 bytes read as Latin-1 and saved again: "â\x80\x9c" for "“".
    path.write_text(ARTICLE.encode("utf-8").decode("latin-1"), encoding="utf-8")
    (document,) = list(read_paths([str(path)]))
    assert document.text == ARTICLE


def test_html_file_is_converted_to_text_and_keeps_html(tmp_path):
    path = tmp_path / "halaman.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    (document,) = list(read_paths([str(path)]))
    assert document.text.splitlines()[0].startswith("Banjir merendam tiga kecamatan")
    assert "Beranda" not in document.text
    assert document.html == HTML_PAGE
    assert document.title == "Banjir Rendam Tiga Kecamatan"
    assert document.outlet == "Warta Lembah"
    assert document.published == "2024-01-15T08:30"
    assert document.url == "https://wartalembah.example/banjir"
    assert document.meta["authors"] == ["Bayu Nugroho"]
    assert document.meta["published_source"] == "html"


def test_html_is_sniffed_in_a_txt_file(tmp_path):
    path = tmp_path / "sebenarnya-html.txt"
    path.write_text(HTML_PAGE, encoding="utf-8")
    (document,) = list(read_paths([str(path)]))
    assert document.html == HTML_PAGE
    assert document.outlet == "Warta Lembah"


def test_jsonl_keeps_ids_and_fields(tmp_path):
    path = tmp_path / "korpus.jsonl"
    rows = [
        {"id": "berita-1", "text": ARTICLE, "url": "https://a.example/1", "published": "2024-01-15", "outlet": "Warta A", "title": "Judul A", "lang": "id"},
        {"text": "Teks kedua tanpa id, tetapi cukup untuk dibaca."},
        {"id": 77, "html": HTML_PAGE, "outlet": "Outlet Dari Input"},
    ]
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    first, second, third = list(read_paths([str(path)]))
    assert (first.id, first.source, first.url, first.published, first.outlet, first.title) == (
        "berita-1", f"{path}:1", "https://a.example/1", "2024-01-15", "Warta A", "Judul A"
    )
    assert first.meta["published_source"] == "input"
    assert first.meta["input"] == {"lang": "id"}
    assert second.id == stable_id(second.text)
    assert second.source == f"{path}:2"
    assert third.id == "77"
    assert third.outlet == "Outlet Dari Input"  # the input wins over the page's og:site_name
    assert third.title == "Banjir Rendam Tiga Kecamatan"  # the page fills what the input lacks
    assert third.text.startswith("Banjir merendam")


def test_json_file_with_a_list(tmp_path):
    path = tmp_path / "satu.json"
    path.write_text(json.dumps([{"id": "a", "text": "Teks pertama."}, {"id": "b", "text": "Teks kedua."}]), encoding="utf-8")
    assert [d.id for d in read_paths([str(path)])] == ["a", "b"]


def write_warc(path, records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=str(path).endswith(".gz"))
        for url, status, content_type, body in records:
            http_headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=http_headers,
                warc_headers_dict={"WARC-Date": "2025-01-02T03:04:05Z"},
            )
            writer.write_record(record)
        request = writer.create_warc_record("https://wartalembah.example/banjir", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(request)


@pytest.mark.parametrize("name", ["arsip.warc.gz", "arsip.warc"])
def test_warc_responses(tmp_path, name):
    path = tmp_path / name
    write_warc(
        path,
        [
            ("https://wartalembah.example/banjir", "200 OK", "text/html; charset=utf-8", HTML_PAGE.encode("utf-8")),
            ("https://wartalembah.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            ("https://wartalembah.example/hilang", "404 Not Found", "text/html", b"<html><body>Tidak ada</body></html>"),
            ("https://wartalembah.example/teks", "200 OK", "text/plain; charset=windows-1252", ARTICLE.encode("cp1252")),
        ],
    )
    items = list(read_paths([str(path)]))
    assert all(isinstance(item, RawDocument) for item in items)
    html_document, text_document = items
    assert html_document.url == "https://wartalembah.example/banjir"
    assert html_document.published == "2024-01-15T08:30"  # from the page, not the crawl date
    assert html_document.meta["warc_date"] == "2025-01-02T03:04:05Z"
    assert html_document.source.startswith(f"{path}@")
    assert text_document.text == ARTICLE
    assert text_document.published is None  # WARC-Date is not a publication date
    assert text_document.encoding == "cp1252"


def test_directory_recursion_is_sorted_and_skips_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("dua " * 10, encoding="utf-8")
    (tmp_path / "a" / "1.txt").write_text("satu " * 10, encoding="utf-8")
    (tmp_path / "a" / "3.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "0.jsonl").write_text('{"id": "nol", "text": "nol"}\n', encoding="utf-8")
    (tmp_path / ".tersembunyi.txt").write_text("rahasia", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("git", encoding="utf-8")
    (tmp_path / "gambar.png").write_bytes(b"\x89PNG")
    (tmp_path / "gold.json").write_text("{}", encoding="utf-8")
    files = [p.replace(str(tmp_path), "") for p in walk(str(tmp_path))]
    assert files == ["/0.jsonl", "/a/1.txt", "/a/3.html", "/b/2.txt"]
    items = list(read_paths([str(tmp_path)]))
    assert [type(item).__name__ for item in items] == ["RawDocument"] * 4
    assert items[0].id == "nol"


def test_url_arguments_are_refused_without_network(tmp_path):
    (item,) = list(read_paths(["https://berita.example/artikel/1"]))
    assert isinstance(item, Failure)
    assert item.code == "E109"
    assert "network fetching is disabled" in item.reason


def stdin_with(data: bytes):
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


@pytest.mark.parametrize(
    "data, check",
    [
        (ARTICLE.encode("utf-8"), lambda items: items[0].text == ARTICLE and items[0].source == "<stdin>"),
        (HTML_PAGE.encode("utf-8"), lambda items: items[0].html == HTML_PAGE and items[0].outlet == "Warta Lembah"),
        (b'{"id": "x1", "text": "Satu."}\n\n{"id": "x2", "text": "Dua."}\n', lambda items: [i.id for i in items] == ["x1", "x2"] and items[1].source == "<stdin>:3"),
        # One line is JSON but the other is not: plain text, not JSONL.
        (b'{"id": "x1", "text": "Satu."}\nbukan json\n', lambda items: len(items) == 1 and items[0].text.startswith('{"id"')),
        (ARTICLE.encode("cp1252"), lambda items: items[0].text == ARTICLE),
    ],
)
def test_stdin_is_sniffed(monkeypatch, data, check):
    monkeypatch.setattr(sys, "stdin", stdin_with(data))
    items = list(read_paths(["-"]))
    assert all(isinstance(item, RawDocument) for item in items)
    assert check(items)


def test_stdin_as_a_text_stream(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))
    (document,) = list(read_paths(["-"]))
    assert document.text == ARTICLE


def test_stdin_empty_and_too_large():
    (empty,) = list(read_stdin(stream=stdin_with(b"  \n")))
    assert empty.code == "E101"
    (large,) = list(read_stdin(stream=stdin_with(b"x" * 200), options=Options(max_bytes=100)))
    assert large.code == "E104"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("<!-- komentar -->\n<html lang='id'>", True),
        ("<div><p>Satu</p><p>Dua</p></div>", True),
        ("Harga naik <5% kata Budi, dan x > y.", False),
        ("Teks biasa tanpa tag.\nBaris kedua.", False),
    ],
)
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_order_of_paths_is_kept(tmp_path):
    paths = []
    for name in ("z.txt", "a.txt", "m.txt"):
        path = tmp_path / name
        path.write_text(f"isi {name} " * 5, encoding="utf-8")
        paths.append(str(path))
    assert [d.source for d in read_paths(paths)] == paths
