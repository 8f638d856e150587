"""HTML page -> main text and metadata.

``html_to_document`` returns the article body as plain text (one paragraph a
line, as the cleaner expects) with the title, publication date, authors,
outlet, canonical URL and description that the page declares.

Notes:
    The body comes from trafilatura (Barbaresi 2021), tuned for precision and
    without comments: a missing sidebar line costs less than a spliced teaser.
    Metadata is read first from what publishers write for machines, in the
    order search engines trust it: JSON-LD ``NewsArticle`` (schema.org), then
    Open Graph / ``article:*`` meta (ogp.me), then ``<meta name=author>`` and
    ``<link rel=canonical>``; trafilatura's own metadata (which also guesses
    dates with htmldate) fills what is still missing. Dates are written as the
    outlet's local ISO date or minute ("2024-02-24T20:35"), the form the gold
    annotations use; the raw value is kept in ``published_raw``.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Optional

log = logging.getLogger("linimasa")

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_URLISH = re.compile(r"^(?:https?:)?//|^www\.", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s*(?:;|\||,|\bdan\b|\band\b|&)\s*", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$")
_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—:]{2,40}$")
_SPACES = re.compile(r"[ \t\u00a0]+")
_ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting", "webpage", "opinionnewsarticle", "liveblogposting", "backgroundnewsarticle"}
)


@dataclass
class HtmlDocument:
    """What an HTML page says about itself, and its main text."""

    text: str
    title: Optional[str] = None
    published: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    outlet: Optional[str] = None
    url: Optional[str] = None
    description: Optional[str] = None
    published_raw: Optional[str] = None


def normalise_date(value: Any) -> Optional[str]:
    """An ISO date or minute ("2024-02-24", "2024-02-24T20:35") in the page's own time zone.

    Midnight with no zone is reported as a date: CMSes write "T00:00:00" when
    they only know the day.
    """
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value)
    if not match:
        return None
    year, month, day, hour, minute, _zone = match.groups()
    try:
        datetime(int(year), int(month), int(day))
    except ValueError:
        return None
    date = f"{year}-{month}-{day}"
    if hour is None or (hour == "00" and minute == "00"):
        return date
    return f"{date}T{hour}:{minute}"


def _clean(value: Any) -> Optional[str]:
    if not isinstance(value, str):
        return None
    value = _SPACES.sub(" ", value).strip()
    return value or None


def _parse(html: str):
    from lxml import html as lxml_html

    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        return lxml_html.document_fromstring(html)
    except Exception:  # lxml raises several types on junk; a page we cannot parse has no meta
        return None


def _jsonld_objects(tree) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue  # CMSes often emit broken JSON-LD; skip it
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                objects.append(item)
    return objects


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _names(value: Any) -> list[str]:
    """Person names from a JSON-LD ``author`` or a meta value."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        if _types(value) & {"organization", "newsmediaorganization"}:
            return []  # "Redaksi", the outlet itself: not a byline
        return _names(value.get("name"))
    text = _clean(value)
    if not text or _URLISH.search(text):
        return []
    return [part for part in _AUTHOR_SPLIT.split(text) if part and not _URLISH.search(part)]


def _page_meta(tree) -> dict[str, Any]:
    """Metadata the page declares: JSON-LD first, then meta tags."""
    meta: dict[str, Any] = {}

    def first(key: str, value: Any) -> None:
        if value and key not in meta:
            meta[key] = value

    for obj in _jsonld_objects(tree):
        if not (_types(obj) & _ARTICLE_TYPES):
            continue
        first("published_raw", _clean(obj.get("datePublished")) or _clean(obj.get("dateCreated")))
        first("title", _clean(obj.get("headline")))
        first("authors", _names(obj.get("author")))
        publisher = obj.get("publisher")
        if isinstance(publisher, dict):
            first("outlet", _clean(publisher.get("name")))
        first("description", _clean(obj.get("description")))
        page = obj.get("mainEntityOfPage")
        first("url", _clean(page.get("@id")) if isinstance(page, dict) else _clean(page) if isinstance(page, str) else None)

    tags: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = _clean(element.get("content"))
        if key and content and key not in tags:
            tags[key] = content
    for key in ("og:title", "twitter:title"):
        first("title", tags.get(key))
    for key in ("article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date.issued", "dcterms.created", "content_publishdate", "og:published_time"):
        first("published_raw", tags.get(key))
    first("outlet", tags.get("og:site_name") or tags.get("application-name"))
    for key in ("author", "dc.creator", "content_author", "twitter:creator"):
        if key == "twitter:creator" and (tags.get(key) or "").startswith("@"):
            continue  # a handle, not a name
        first("authors", _names(tags.get(key)))
    first("authors", _names(tags.get("article:author")))
    first("description", tags.get("og:description") or tags.get("description"))
    for link in tree.xpath('//link[@rel="canonical"]/@href'):
        first("url", _clean(link))
    first("url", tags.get("og:url"))
    titles = tree.xpath("//title/text()")
    if titles:
        first("title_tag", _clean(titles[0]))
    if "published_raw" not in meta:
        for value in tree.xpath("//time/@datetime"):
            if normalise_date(value):
                first("published_raw", _clean(value))
                break
    return meta


def _trafilatura(html: str, url: Optional[str]):
    """trafilatura's extraction with metadata, or None when it finds no main text."""
    try:
        import trafilatura
    except ImportError as error:  # a broken install (e.g. lxml without lxml_html_clean)
        log.warning("trafilatura unavailable (%s); using the plain paragraph fallback", error)
        return None
    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # one bad page must not stop a batch
        log.warning("trafilatura failed on %s: %s", url or "page", error)
        return None


def _fallback_text(tree) -> str:
    """Paragraph text when trafilatura is unavailable: <p> inside <article>, else all <p>."""
    if tree is None:
        return ""
    scope = tree.xpath("//article") or [tree]
    lines = []
    for paragraph in scope[0].iter("p"):
        text = _clean(paragraph.text_content())
        if text and len(text) > 40:
            lines.append(text)
    return "\n".join(lines)


def _only_link_labels(text: str, tree) -> bool:
    """True when every line of ``text`` is the label of a link on the page."""
    labels = {_clean(anchor.text_content()) for anchor in tree.iter("a")}
    labels.discard(None)
    if not labels:
        return False
    return all(_clean(line) in labels for line in text.splitlines())


def _attribute(document: Any, name: str) -> Any:
    if document is None:
        return None
    if isinstance(document, dict):
        return document.get(name)
    return getattr(document, name, None)


def html_to_document(html: str, *, url: Optional[str] = None) -> HtmlDocument:
    """Main text (one paragraph a line) and metadata of an HTML page.

    ``text`` is empty when the page has no article; callers report E202.
    """
    tree = _parse(html)
    meta = _page_meta(tree) if tree is not None else {}
    extracted = _trafilatura(html, url) if tree is not None else None
    if extracted is not None:
        text = _attribute(extracted, "text") or ""
    else:
        text = _fallback_text(tree) if tree is not None else ""
    # One paragraph a line, no blank lines, no trailing spaces.
    text = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    if text and tree is not None and _only_link_labels(text, tree):
        text = ""  # a menu or a list of teasers, not an article

    # The <title> tag often carries the site name ("Judul - Situs"), so the
    # extractor's title (from <h1>) is preferred to it.
    title_tag = meta.get("title_tag")
    title = meta.get("title") or _clean(_attribute(extracted, "title")) or title_tag
    text = _drop_title_line(text, [title, title_tag, _TITLE_SUFFIX.sub("", title_tag or "")])
    published_raw = meta.get("published_raw")
    published = normalise_date(published_raw)
    if published is None:
        fallback = _clean(_attribute(extracted, "date"))
        if normalise_date(fallback):
            published_raw, published = fallback, normalise_date(fallback)
    authors = meta.get("authors") or _names(_attribute(extracted, "author"))
    outlet = meta.get("outlet") or _clean(_attribute(extracted, "sitename"))
    description = meta.get("description") or _clean(_attribute(extracted, "description"))
    page_url = meta.get("url") or url
    return HtmlDocument(
        text=text,
        title=title,
        published=published,
        authors=_unique(authors),
        outlet=outlet,
        url=page_url,
        description=description,
        published_raw=published_raw,
    )


def _drop_title_line(text: str, titles: list[Optional[str]]) -> str:
    """The body without a first line that repeats the title (the title travels in ``title``)."""
    if not text:
        return text
    first, _, rest = text.partition("\n")
    if first.strip().casefold() in {t.strip().casefold() for t in titles if t}:
        return rest
    return text


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
