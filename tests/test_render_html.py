"""HTML report: self-contained, escaped, and rendered by headless Chromium (skipped when absent)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from linimasa.records import Article, Event, Figure, Quote
from linimasa.render import render, render_csv, render_html, render_text
from linimasa.timeline import build_timeline

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or "") if p and Path(p).exists()), None)

EVIL = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>'


def article(id, published, value, date, extra=""):
    text = f"Pasukan Kaldoria menyerang kota Halvik di Tarvania {extra}".strip() + "."
    body = text + f" Korban tewas menjadi {value} orang menurut Kementerian Kesehatan Tarvania. Laporan nomor {id} ditulis sendiri."
    figure = Figure(value=value, counts="killed", span=(len(text) + 21, len(text) + 24), text=str(value),
                    source="Kementerian Kesehatan Tarvania")
    event = Event(type="ASSAULT", status="occurred", actors=["Kaldoria", "Tarvania"], text=text, span=(0, len(text)),
                  place="Halvik", date=date, trigger="menyerang")
    return Article(id=id, source=id, outlet=f"Outlet {id} {EVIL}", url=f"https://example.invalid/{id}?a=1&b=<x>",
                   title=f"Serangan {EVIL}", published=published, published_source="text", body=body,
                   events=[event], figures=[figure],
                   quotes=[Quote(text=f"Kami tidak akan mundur {EVIL}", kind="direct", speaker="Tarvania", cue="kata", span=(0, 5))])


@pytest.fixture(scope="module")
def timeline():
    return build_timeline([
        article("a1", "2025-10-13", 23, "2025-10-13", EVIL),
        article("a2", "2025-10-14", 61, "2025-10-13", "sekali lagi"),
        article("a3", "2025-10-16", 112, "2025-10-16", "untuk ketiga kalinya"),
    ])


def test_html_escapes_every_piece_of_article_text(timeline):
    page = render_html(timeline)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;" in page
    assert "<img" not in page


def test_html_is_self_contained(timeline):
    page = render_html(timeline)
    assert not re.search(r"<(script|link|iframe|object|embed)\b", page, re.I)
    assert not re.search(r"<[^>]*\ssrc\s*=", page, re.I)  # no tag loads anything (escaped text may say src=)
    assert "Content-Security-Policy" in page
    assert page.count("<svg") >= 2  # a series chart and the actor network


def test_series_chart_and_network_show_up(timeline):
    page = render_html(timeline)
    assert 'id="series"' in page and "killed" in page
    assert 'id="network"' in page and "Kaldoria" in page


def test_text_and_csv_forms(timeline):
    text = render_text(timeline)
    assert "Kaldoria" in text and "2025-10-13" in text
    rows = render_csv(timeline).splitlines()
    assert rows[0].startswith("date,date_precision,type")
    assert len(rows) >= 2
    with pytest.raises(ValueError):
        render(timeline, "pdf")


def _timeline_with_a_sentence_source():
    from linimasa.merge import Source
    from linimasa.timeline import Timeline, TimelineEntry

    extracted = Source(id="x1", outlet="Warta Satu", url="https://example.invalid/x1", published="2025-10-13",
                       text="Pasukan Kaldoria menyerang Halvik.")
    by_sentence = Source(id="x2", outlet=f"Kabar Dua {EVIL}", url=None, published="2025-10-14",
                         text=f"Serangan Kaldoria ke Halvik kemarin {EVIL}", matched_by="sentence")
    entry = TimelineEntry(id="ev-x1-0", date="2025-10-13", date_precision="day", type="ASSAULT", status="occurred",
                          actors=["Kaldoria", "Tarvania"], place="Halvik", summary="Kaldoria menyerang Halvik",
                          sources=[extracted, by_sentence])
    return Timeline(stories=[], entries=[entry], series=[])


def test_sources_matched_by_sentence_are_marked_in_html_and_text():
    timeline = _timeline_with_a_sentence_source()
    page = render_html(timeline)
    assert page.count('<li class="by-sentence">') == 1  # only the sentence-matched source
    assert 'class="legend"' in page and "matched by sentence" in page
    item = page.split('<li class="by-sentence">', 1)[1].split("</li>", 1)[0]
    assert "Kabar Dua" in item and "&lt;script&gt;" in item and "<script" not in page.lower()
    text = render_text(timeline, width=200)
    assert "(matched by sentence: Kabar Dua" in text
    assert text.count("matched by sentence") == 1


def test_no_legend_without_sentence_sources(timeline):
    page = render_html(timeline)
    assert 'class="legend"' not in page and "by-sentence" not in page.split("</style>", 1)[1]
    assert "matched by sentence" not in render_text(timeline)


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")
def test_chromium_renders_the_report(timeline, tmp_path):
    page = tmp_path / "timeline.html"
    page.write_text(render_html(timeline), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    shot = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri()],
                   capture_output=True, timeout=120, check=False)
    assert shot.exists() and shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", page.as_uri()], capture_output=True, timeout=120, text=True).stdout
    assert "Linimasa timeline" in dom
    assert "Kaldoria" in dom and "Halvik" in dom
    assert "<svg" in dom
    assert 'document.title="pwned"' in dom.replace("&quot;", '"')  # shown as text ...
    assert "<title>Linimasa timeline</title>" in dom  # ... and never run
