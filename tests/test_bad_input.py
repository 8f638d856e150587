"""Bad input: each bad document gives a coded one-line Failure and the batch goes on."""

from __future__ import annotations

import gzip
import os

import pytest

from linimasa import pipeline
from linimasa.ingest import read_paths
from linimasa.options import Options
from linimasa.records import Article, Failure, RawDocument

GOOD = (
    "Pemerintah Kabupaten Lembah Hijau membuka posko pengungsian baru di Kecamatan Sukamaju.\n"
    "Sebanyak 120 keluarga telah dipindahkan ke posko itu sejak Selasa pagi, kata petugas.\n"
)
NAV_ONLY = (
    "<!DOCTYPE html><html><head><title>Warta Lembah</title></head><body>"
    "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/daerah'>Daerah</a></li>"
    "<li><a href='/olahraga'>Olahraga</a></li><li><a href='/kontak'>Kontak</a></li></ul></nav>"
    "</body></html>"
)


def make_bad_files(folder):
    """One good file between every kind of bad file, so order shows the batch went on."""
    files = {}

    def add(name, data):
        path = folder / name
        path.write_bytes(data)
        files[name] = str(path)

    add("01-baik.txt", GOOD.encode())
    add("02-kosong.txt", b"")
    add("03-biner.txt", bytes(range(256)) * 8)
    big = folder / "04-besar.txt"
    with open(big, "wb") as handle:  # 50 MB, sparse: stat says 50 MB, nothing is written
        handle.truncate(50 * 1024 * 1024)
    files["04-besar.txt"] = str(big)
    add("05-utf8-rusak.txt", "Warga Caf\u00e9 ".encode() + b"\xff\xfe\x80 tetap \x93dibaca\x94 sampai habis.\n" * 3)
    add("06-menu.html", NAV_ONLY.encode())
    add(
        "07-campur.jsonl",
        b'{"id": "j1", "text": "Baris pertama yang baik."}\n'
        b'{"id": "j2", "text": "tanpa penutup\n'
        b'["bukan", "objek"]\n'
        b'{"id": "j4", "judul": "tanpa teks"}\n'
        b'{"id": "j5", "text": ""}\n'
        b'{"id": "j6", "text": "Baris keenam juga baik."}\n',
    )
    add("08-spasi.txt", b"  \n\t\n  ")
    add("09-baik.txt", GOOD.replace("120", "95").encode())
    return files


def test_every_bad_input_fails_alone_with_a_one_line_reason(tmp_path):
    files = make_bad_files(tmp_path)
    paths = sorted(files.values()) + [str(tmp_path / "tidak-ada.txt"), "http://berita.example/x"]
    items = list(read_paths(paths, options=Options(max_bytes=20_000_000)))
    outcome = [(item.source.replace(str(tmp_path) + "/", ""), item.code if isinstance(item, Failure) else "ok") for item in items]
    assert outcome == [
        ("01-baik.txt", "ok"),
        ("02-kosong.txt", "E101"),
        ("03-biner.txt", "E102"),
        ("04-besar.txt", "E104"),
        ("05-utf8-rusak.txt", "ok"),
        ("06-menu.html", "E202"),
        ("07-campur.jsonl:1", "ok"),
        ("07-campur.jsonl:2", "E105"),
        ("07-campur.jsonl:3", "E106"),
        ("07-campur.jsonl:4", "E106"),
        ("07-campur.jsonl:5", "E101"),
        ("07-campur.jsonl:6", "ok"),
        ("08-spasi.txt", "E101"),
        ("09-baik.txt", "ok"),
        ("tidak-ada.txt", "E107"),
        ("http://berita.example/x", "E109"),
    ]
    for item in items:
        if isinstance(item, Failure):
            assert "\n" not in item.reason
            assert item.reason.startswith(item.code + " ")
    jsonl_failure = next(i for i in items if isinstance(i, Failure) and i.source.endswith(":4"))
    assert jsonl_failure.id == "j4"  # the input id travels with the failure


def test_too_large_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    big = tmp_path / "besar.txt"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    opened = []
    real_open = open

    def spy_open(path, *args, **kwargs):
        opened.append(str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy_open)
    (failure,) = list(read_paths([str(big)]))
    assert failure.code == "E104"
    assert "52428800 bytes" in failure.reason
    assert str(big) not in opened


def test_invalid_utf8_is_decoded_with_a_fallback(tmp_path):
    path = tmp_path / "rusak.txt"
    path.write_bytes("Caf\u00e9 di Sukamaju ".encode() + b"buka \x93lagi\x94 hari ini.")
    (document,) = list(read_paths([str(path)]))
    assert isinstance(document, RawDocument)
    assert document.text == "Café di Sukamaju buka “lagi” hari ini."


def test_oversized_jsonl_line_fails_and_the_next_line_is_read(tmp_path):
    path = tmp_path / "korpus.jsonl"
    long_line = '{"id": "panjang", "text": "' + "a" * 5000 + '"}\n'
    path.write_text('{"id": "1", "text": "pendek"}\n' + long_line + '{"id": "3", "text": "pendek lagi"}\n', encoding="utf-8")
    items = list(read_paths([str(path)], options=Options(max_bytes=1000)))
    assert [getattr(i, "id", None) for i in items if isinstance(i, RawDocument)] == ["1", "3"]
    (failure,) = [i for i in items if isinstance(i, Failure)]
    assert failure.code == "E104"
    assert failure.source == f"{path}:2"


@pytest.mark.parametrize(
    "name, data",
    [
        ("bukan-warc.warc", b"ini bukan arsip warc sama sekali\n" * 10),
        ("rusak.warc.gz", gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:-8]),
    ],
)
def test_broken_warc_gives_one_failure(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_paths([str(path), str(path)]))
    assert items and all(isinstance(i, Failure) and i.code == "E108" for i in items)
    assert all("\n" not in i.reason for i in items)


def test_directory_path_that_cannot_be_read(tmp_path):
    fifo = tmp_path / "pipa"
    os.mkfifo(fifo)
    (failure,) = list(read_paths([str(fifo)]))
    assert failure.code == "E107"


def test_pipeline_batch_goes_on_after_bad_input(tmp_path):
    files = make_bad_files(tmp_path)
    results = list(pipeline.extract_many(read_paths(sorted(files.values())), options=Options(facts=False, min_body_chars=10)))
    articles = [r for r in results if isinstance(r, Article)]
    assert len(articles) == 5
    assert len(results) == 14


def test_every_error_code_is_documented():
    from pathlib import Path

    from linimasa.errors import MESSAGES

    docs = Path(__file__).resolve().parent.parent / "docs" / "errors.md"
    text = docs.read_text(encoding="utf-8")
    missing = [code for code in MESSAGES if f"| {code} |" not in text]
    assert not missing, f"document these codes in docs/errors.md: {missing}"
