"""HTML -> text and metadata, on pages we write ourselves (fictional outlets and people)."""

from __future__ import annotations

import json

import pytest

from linimasa.html import html_to_document, normalise_date

PARAGRAPHS = [
    "Ratusan warga Desa Sukamaju, Kabupaten Lembah Hijau, menggelar kerja bakti membersihkan saluran air pada Minggu pagi menjelang musim hujan.",
    "“Kami tidak ingin banjir seperti tahun lalu terulang lagi,” kata Kepala Desa Sukamaju, Ahmad Fauzi, kepada wartawan di balai desa.",
    "Menurut Fauzi, sebanyak 350 warga ikut serta dalam kegiatan itu, dan pemerintah kabupaten menyumbang 20 unit gerobak sampah.",
]


def page(head: str = "", *, title: str = "Warga Gelar Kerja Bakti", body_extra: str = "", h1: bool = True) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    heading = f"<h1>{title}</h1>" if h1 else ""
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>{title} - Kabar Lembah</title>{head}</head><body>"
        "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/politik'>Politik</a></li></ul></nav>"
        f"<article>{heading}{paragraphs}</article>{body_extra}"
        "<footer><p>Hak cipta 2024 Kabar Lembah. Seluruh hak dilindungi undang-undang.</p></footer>"
        "</body></html>"
    )


def jsonld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_body_is_one_paragraph_a_line_without_title_nav_or_footer():
    document = html_to_document(page())
    assert document.text.splitlines() == PARAGRAPHS
    assert document.title == "Warga Gelar Kerja Bakti"


def test_open_graph_and_meta_tags():
    head = (
        '<meta property="og:title" content="Warga Desa Sukamaju Gelar Kerja Bakti">'
        '<meta property="og:site_name" content="Kabar Lembah">'
        '<meta property="article:published_time" content="2024-03-05T09:15:00+07:00">'
        '<meta name="author" content="Rina Wulandari">'
        '<meta property="og:description" content="Warga membersihkan saluran air.">'
        '<link rel="canonical" href="https://kabarlembah.example/berita/kerja-bakti">'
    )
    document = html_to_document(page(head))
    assert document.title == "Warga Desa Sukamaju Gelar Kerja Bakti"
    assert document.outlet == "Kabar Lembah"
    assert document.published == "2024-03-05T09:15"
    assert document.published_raw == "2024-03-05T09:15:00+07:00"
    assert document.authors == ["Rina Wulandari"]
    assert document.url == "https://kabarlembah.example/berita/kerja-bakti"
    assert document.description == "Warga membersihkan saluran air."


def test_json_ld_news_article_wins_over_meta_tags():
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": "Situs Lain"},
                {
                    "@type": "NewsArticle",
                    "headline": "Judul dari JSON-LD",
                    "datePublished": "2023-11-21T14:05:00+07:00",
                    "author": [{"@type": "Person", "name": "Dewi Lestari Putri"}, {"@type": "Person", "name": "Yusuf Hakim"}],
                    "publisher": {"@type": "Organization", "name": "Warta Pesisir"},
                },
            ],
        }
    ) + '<meta property="article:published_time" content="2020-01-01T00:00:00Z"><meta name="author" content="Redaksi">'
    document = html_to_document(page(head))
    assert document.published == "2023-11-21T14:05"
    assert document.authors == ["Dewi Lestari Putri", "Yusuf Hakim"]
    assert document.outlet == "Warta Pesisir"
    assert document.title == "Judul dari JSON-LD"


def test_json_ld_organization_author_is_not_a_person():
    head = jsonld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Tim Redaksi"}})
    assert html_to_document(page(head)).authors == []


def test_broken_json_ld_is_ignored():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    head += '<meta property="article:published_time" content="2024-01-09">'
    document = html_to_document(page(head))
    assert document.published == "2024-01-09"
    assert document.text.splitlines() == PARAGRAPHS


def test_author_list_and_url_authors():
    head = '<meta name="author" content="Andi Pratama dan Maya Sari"><meta property="article:author" content="https://facebook.example/kabarlembah">'
    document = html_to_document(page(head))
    assert document.authors == ["Andi Pratama", "Maya Sari"]


def test_time_element_is_a_last_resort_date():
    document = html_to_document(page(body_extra='<time datetime="2024-06-30T18:45:00+07:00">30 Juni</time>'))
    assert document.published == "2024-06-30T18:45"


def test_url_argument_when_page_has_no_canonical():
    document = html_to_document(page(), url="https://contoh.example/a/1")
    assert document.url == "https://contoh.example/a/1"


def test_xml_declaration_does_not_break_parsing():
    html = '<?xml version="1.0" encoding="utf-8"?>' + page('<meta property="og:site_name" content="Kabar Lembah">')
    document = html_to_document(html)
    assert document.outlet == "Kabar Lembah"
    assert document.text


def test_comments_are_not_body():
    comments = "<div class='comments' id='comments'><h3>Komentar</h3><p>Mantap sekali pak kades, lanjutkan terus kerja baiknya untuk kita semua!</p></div>"
    document = html_to_document(page(body_extra=comments))
    assert "Mantap sekali" not in document.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Kabar Lembah</title></head><body><nav><ul><li><a href='/'>Beranda</a></li><li><a href='/x'>Politik</a></li></ul></nav></body></html>",
        "<html><body><nav><a href='/'>Beranda</a></nav></body></html>",
        "<html><body></body></html>",
        "",
        "   ",
    ],
)
def test_pages_without_an_article_have_no_text(html):
    assert html_to_document(html).text == ""


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-02-24T20:35:00+07:00", "2024-02-24T20:35"),
        ("2024-02-24 20:35", "2024-02-24T20:35"),
        ("2024-02-24T20:35:10.123Z", "2024-02-24T20:35"),
        ("2024-02-24", "2024-02-24"),
        ("2024-02-24T00:00:00", "2024-02-24"),  # midnight without a time: a date
        ("2024-02-30", None),
        ("24/02/2024", None),
        ("", None),
        (None, None),
    ],
)
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


def test_html_byline_reaches_the_article_when_the_text_names_no_author() -> None:
    from linimasa.pipeline import extract

    page = """<html><head><title>Warga Lembah Sirah Kembali ke Rumah</title>
    <meta name="author" content="Sekar Ayuningtyas">
    <meta property="article:published_time" content="2025-10-20T08:15:00+07:00"></head>
    <body><article><h1>Warga Lembah Sirah Kembali ke Rumah</h1>
    <p>Ratusan warga Lembah Sirah mulai kembali ke rumah mereka pada hari Senin setelah gencatan senjata diumumkan oleh pemerintah Arvenia dan Tarvania.</p>
    <p>Kepala desa setempat, Bima Prasetya, mengatakan bahwa sebagian besar rumah masih berdiri, tetapi jalan desa rusak berat akibat pertempuran pekan lalu.</p>
    <p>Bantuan pangan dari Palang Merah Arvenia tiba pada Selasa pagi dan dibagikan di balai desa kepada lebih dari 300 keluarga.</p>
    </article></body></html>"""
    from linimasa.html import html_to_document
    from linimasa.records import RawDocument

    doc = html_to_document(page)
    raw = RawDocument(source="page.html", text=doc.text, html=page, title=doc.title, published=doc.published,
                      meta={"authors": doc.authors, "published_source": "html"})
    article = extract(raw)
    assert article.authors == ["Sekar Ayuningtyas"]
    assert article.published and article.published.startswith("2025-10-20")
