"""Article metadata from the lines around the body: outlet, dateline, authors, date.

The cleaner (``clean.py``) decides which lines are header, body and footer;
this module reads the evidence those lines carry:

* ``lead_prefix`` parses the opening of a lead paragraph: "JAKARTA,
  KOMPAS.com -", "Jakarta, CNBC Indonesia -", "Warta Priangan –",
  "BERITAKOTA.ID -", "Jakarta (ANTARA) -", "Paris:". ``loose_dateline``
  reads an unlisted place ("Tanjung Lestari -", "Kota Baru:", "Jakarta.")
  that the cleaner accepts only when the document corroborates it.
* ``outlet_from_url`` / ``outlet_display`` map domains and spellings to a
  display name through ``lang/id/outlets.json``; unknown outlets keep their
  written form (or their domain, capitalised).
* ``footer_outlet`` reads "© 2024 Name" lines, weak evidence used only when
  nothing else names the outlet (scrapers paste other sites' footers).
* ``byline`` and ``label_authors`` read "Budi Santoso • 24 February 2024
  20:35", "Penulis: A | Editor: B", "Penulis A | Editor B", "Rep: A/ Red: B",
  "Penulis Kontributor Kota, A", "Oleh: A", "Laporan Wartawan X, A"; names
  under editor labels are kept apart (``Byline.editors``) so the cleaner can
  prefer writers.
* ``date_line`` recognises a header line that is only a date (with labels
  such as "Diterbitkan" and the outlet name around it; crawl stamps such as
  "Diakses:" are flagged); ``reported_date``
  finds the date in a reporting line "dikutip dari X, Selasa, 21 November
  2023" / "melansir dari X pada Sabtu, 24 Februari 2024".

Notes:
    Lead-prefix shapes follow the house styles of Indonesian outlets (Kompas
    "KOTA, KOMPAS.com -", CNBC/CNN "Kota, CNBC Indonesia -", Antara "Kota
    (ANTARA) -", Tempo/Republika "TEMPO.CO, Kota -", Medcom "Kota:"). A part
    of the prefix is taken as the outlet when it looks like a domain, is a
    known outlet, or carries an all-caps or camel-case brand token (VIVA,
    detikNews); as a place when it is in the dateline or place gazetteer or
    is an all-caps word. Event dates inside body sentences are never read
    here: an honest unknown beats a wrong date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional
from urllib.parse import urlsplit

from .dates import DateMatch, date_from_url, find_dates
from .resources import json_resource, word_set

# ------------------------------------------------------------------ lexicons


def _fold(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", text.casefold()).strip()


@lru_cache(maxsize=1)
def _outlet_index() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(folded spelling -> display, domain -> display, folded network names)."""
    data = json_resource("outlets.json")
    by_name: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for outlet in data["outlets"]:
        display = outlet["name"]
        for spelling in [display, *outlet.get("aliases", []), *outlet.get("domains", [])]:
            by_name.setdefault(_fold(spelling), display)
        for domain in outlet.get("domains", []):
            by_domain.setdefault(domain.lower(), display)
    networks = frozenset(_fold(n) for n in data.get("networks", []))
    return by_name, by_domain, networks


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    places = set(word_set("dateline_cities.txt"))
    try:  # the entity gazetteer, when present, widens the dateline vocabulary
        gazetteer = json_resource("entity_places.json")
        places.update(name.casefold() for name in gazetteer.get("places", {}))
    except (OSError, ValueError, AttributeError):
        pass
    return frozenset(places)


# --------------------------------------------------------------------- outlet

_DOMAIN_LIKE = re.compile(r"[A-Za-z0-9-]\.(?:com|co\.id|id|net|org|co|tv|news|or\.id|web\.id|my\.id|info|biz|asia)\b", re.I)
_PUBLIC_SUFFIXES = ("co.id", "or.id", "ac.id", "go.id", "web.id", "my.id", "sch.id", "net.id", "co.uk", "com.au", "com.my", "com.sg")
_BRAND_TOKEN = re.compile(r"^(?:[A-Z]{2,}[a-z]*|[a-z]+[A-Z]{2,}[A-Za-z]*|[a-z]+[A-Z][a-z]+)$")  # VIVA, TVRI, kumparanNEWS, detikNews


def is_network(name: str) -> bool:
    """True for a media group rather than an outlet ("TRIBUNnews.com Network")."""
    folded = _fold(name)
    _, _, networks = _outlet_index()
    return folded in networks or bool(re.search(r"\b(network|group|grup|holding|subsidiary)\b", folded))


def known_outlet(name: Optional[str]) -> Optional[str]:
    """The display name of a listed outlet spelled ``name``, or None."""
    if not name:
        return None
    by_name, _, _ = _outlet_index()
    return by_name.get(_fold(name))


def outlet_display(name: Optional[str]) -> Optional[str]:
    """A tidy display name: the listed name, or the written form tidied."""
    if not name:
        return None
    name = name.strip(" \t-–—|:,.")
    if not name:
        return None
    known = known_outlet(name)
    if known:
        return known
    if _DOMAIN_LIKE.search(name) and name.isupper():
        # "BERITAKU.COM" -> "Beritaku.com"
        head, _, tail = name.partition(".")
        return head.capitalize() + "." + tail.lower()
    return name


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    """The outlet named by a URL's host: a listed outlet, else the site name."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return None
    host = re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host)
    if not host or "." not in host:
        return None
    _, by_domain, _ = _outlet_index()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        display = by_domain.get(".".join(labels[i:]))
        if display:
            return display
    for suffix in _PUBLIC_SUFFIXES:
        if host.endswith("." + suffix):
            site = host[: -len(suffix) - 1].split(".")[-1]
            return site.capitalize() + "." + suffix
    site = ".".join(labels[-2:])
    return site[0].upper() + site[1:]


_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright|hak cipta)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–—]\s*(?:19|20)\d\d)?\s*)?(?:©\s*)?"
    r"(?P<name>[A-Za-z][\w.&'’ -]{1,60}?)\s*(?:[,|]|\.(?!\w)|\ball rights?\b|\bhak cipta\b|$)",
    re.I,
)


def footer_outlet(line: str) -> Optional[str]:
    """The outlet a copyright footer names, unless it is a media network."""
    match = _COPYRIGHT.search(line)
    if not match:
        return None
    name = match["name"].strip()
    rest = line[match.end("name") :]
    if is_network(name) or re.match(r"\s*(?:network|group|grup)\b", rest, re.I):
        return None
    if len(name.split()) > 5:
        return None
    return outlet_display(name)


# ---------------------------------------------------------------- lead prefix


@dataclass(frozen=True)
class LeadPrefix:
    """What the opening of a lead paragraph says about where it came from."""

    outlet: Optional[str]
    dateline: Optional[str]
    end: int  # offset in the line where the article's own words begin
    certain: bool = True  # False when the outlet/place roles were a coin toss ("Kota Satu, Kota Dua -")


_PREFIX_DASH = re.compile(r"^(?P<prefix>[^\s\"“”'‘’(\-–—][^\"“”\n]{0,70}?)\s*(?:--|[-–—])\s+(?=\S)")
_PREFIX_COLON = re.compile(r"^(?P<prefix>[A-Z][A-Za-z'’. ]{1,30}?)\s*:\s+(?=\S)")
_PREFIX_AGENCY = re.compile(r"^(?P<city>[A-Z][\w .'’-]{1,30}?)\s*\((?P<outlet>[A-Za-z][\w .&-]{1,30})\)$")
_PARTICLES = frozenset({"bin", "binti", "de", "da", "van", "der", "von", "al", "el", "dos", "di"})


def _name_like(part: str) -> bool:
    """Every word starts upper-case (or is a domain); a prefix part, not prose."""
    words = part.split()
    if not words or len(words) > 5:
        return False
    for word in words:
        if _DOMAIN_LIKE.search(word):
            continue
        if not word[0].isupper() and word.lower() not in _PARTICLES:
            return False
    return True


def _place_score(part: str) -> int:
    if _fold(part) in _places() or part.casefold() in _places():
        return 3
    if part.isupper() and not _DOMAIN_LIKE.search(part) and len(part.split()) == 1:
        return 1  # "SAMARINDA -": datelines are one capitalised word far more often than brands
    return 0


def _outlet_score(part: str) -> int:
    if _DOMAIN_LIKE.search(part) or known_outlet(part):
        return 3
    if any(_BRAND_TOKEN.match(word) for word in part.split()):
        return 1
    if re.search(r"\b(?:news|times|tv|post|pos|media|online|indonesia|daily|harian)\b", part, re.I):
        return 1
    return 0


def outlet_score(part: str) -> int:
    """3 for a domain or listed outlet, 1 for a brand-shaped name ("kabarNews", "Warta TV"), else 0."""
    return _outlet_score(part)


def _place_display(part: str) -> str:
    part = part.strip()
    return part.title() if part.isupper() else part


def lead_prefix(line: str) -> Optional[LeadPrefix]:
    """Outlet and dateline from the opening words of a lead, or None."""
    match = _PREFIX_DASH.match(line)
    if match:
        prefix = match["prefix"].strip().rstrip(",")
        found = _parse_dash_prefix(prefix)
        if found is not None:
            return LeadPrefix(found[0], found[1], match.end(), *found[2:])
    match = _PREFIX_COLON.match(line)
    if match and _place_score(match["prefix"]) >= 3 and len(line) - match.end() >= 40:
        return LeadPrefix(None, _place_display(match["prefix"]), match.end())
    return None


def _parse_dash_prefix(prefix: str) -> Optional[tuple]:
    """``(outlet, dateline)`` or ``(outlet, dateline, False)`` when the roles were a guess."""
    if len(prefix) > 60 or len(prefix.split()) > 7:
        return None
    agency = _PREFIX_AGENCY.match(prefix)
    if agency and _name_like(agency["city"]):
        return outlet_display(agency["outlet"]), _place_display(agency["city"])
    parts = [p.strip() for p in prefix.split(",")]
    if len(parts) == 2 and all(parts) and all(_name_like(p) for p in parts):
        first, second = parts
        first_as_place = _place_score(first) + _outlet_score(second)
        second_as_place = _place_score(second) + _outlet_score(first)
        if second_as_place > first_as_place:
            first, second = second, first
        if first_as_place == second_as_place:
            return outlet_display(second), _place_display(first), False
        return outlet_display(second), _place_display(first)
    if len(parts) != 1 or not _name_like(prefix):
        return None
    outlet_score, place_score = _outlet_score(prefix), _place_score(prefix)
    if outlet_score < 3 and place_score < 3 and prefix.isupper() and len(prefix.split()) > 1:
        return None  # "RAPAT WARGA DESA -" opens a photo caption, not a lead
    if outlet_score >= 3 or (outlet_score and not place_score):
        return outlet_display(prefix), None
    if place_score:
        return None, _place_display(prefix)
    return None


_LOOSE_PERIOD = re.compile(r"^(?P<prefix>[A-Z][A-Za-z'’]+(?: [A-Z][A-Za-z'’]+){0,2})\.\s+(?=[A-Z\"“])")


def loose_dateline(line: str) -> Optional[LeadPrefix]:
    """An unlisted one-to-three-word Title Case prefix of a lead, as a place guess.

    "Tanjung Lestari - Warga ...", "Kota Baru: Warga ...", "Jakarta. Warga ...".
    The result is ``certain=False``: a dash or colon prefix may as well be an
    unlisted outlet ("Suara Lembah - ..."), so the cleaner weighs where else the
    words occur. The period form needs a listed place (a one-word sentence is
    otherwise too easy to take for a dateline).
    """
    match = _PREFIX_DASH.match(line) or _PREFIX_COLON.match(line)
    if match:
        prefix = match["prefix"].strip()
        words = prefix.split()
        if (
            1 <= len(words) <= 3
            and all((w[0].isupper() and w[1:].islower()) or w.isupper() for w in words)
            # an all-caps prefix makes every word look like a brand ("KOTA LAMA"): need a listed outlet
            and _outlet_score(prefix) < (3 if prefix.isupper() else 1)
            and len(line) - match.end() >= 40
            and line[match.end()].isupper()
        ):
            return LeadPrefix(None, _place_display(prefix), match.end(), False)
        return None
    match = _LOOSE_PERIOD.match(line)
    if match and _place_score(match["prefix"]) >= 3 and len(line) - match.end() >= 40:
        return LeadPrefix(None, _place_display(match["prefix"]), match.end())
    return None


# -------------------------------------------------------------------- authors

_LABEL = re.compile(
    r"(?:^|(?<=[|•·/;,])|(?<=\s[-–—]))\s*(?P<label>penulis|editor|reporter|pewarta|redaktur|penyunting|kontributor|rep|red|"
    r"jurnalis|wartawan|writer|author|ditulis oleh|reported by|written by|edited by|oleh|by|"
    r"foto|fotografer|sumber|penerjemah|translator|video|videografer|grafis|infografis)\s*[:：]\s*",
    re.I,
)
_AUTHOR_LABELS = frozenset(
    {"penulis", "editor", "reporter", "pewarta", "redaktur", "penyunting", "kontributor", "jurnalis", "wartawan",
     "writer", "author", "ditulis oleh", "reported by", "written by", "edited by", "oleh", "by", "rep", "red"}
)
_EDITOR_LABELS = frozenset({"editor", "redaktur", "penyunting", "edited by", "red"})
# Labels written without a colon ("Penulis Rina Wulandari | Editor Agus Pranoto"): only
# accepted when every segment of the line is such a label followed by names.
_BARE_LABEL = re.compile(
    r"^(?P<label>penulis|editor|reporter|pewarta|redaktur|penyunting|kontributor|jurnalis|wartawan|writer|author|rep|red)"
    r"\s+(?P<value>[A-Z].*)$",
    re.I,
)
_BARE_SEGMENTS = re.compile(r"\s*[|•·]\s*|\s+/\s*|/\s+")
# A role with its post before the name: "Kontributor Kota Baru, Siti Aminah".
_ROLE_FIRST = re.compile(r"^(?:kontributor|koresponden|wartawan|reporter|jurnalis|fotografer)\b[^,]{0,40},\s*", re.I)
_LEADING_BY = re.compile(r"^(?:oleh|by|ditulis oleh)\s+(?=[A-Z])", re.I)
_REPORTER_OF = re.compile(
    r"^laporan\s+(?:wartawan|reporter|jurnalis|kontributor)\s+(?P<outlet>[^,]{2,40}),\s*(?P<names>.+)$", re.I
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\bdan\b|\band\b)\s*")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][A-Za-z'’.-]*|[A-Z]\.)$")
_NOT_NAMES = frozenset(
    {"tim", "redaksi", "admin", "editor", "penulis", "reporter", "jurnalis", "wartawan", "kontributor", "pewarta", "antara", "reuters", "afp", "ap", "wib",
     "jakarta", "foto", "sumber", "the", "news", "com"}
)


def _clean_name(text: str) -> Optional[str]:
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.split(r"\s+[-–—|/]\s+|\s*[|•·]\s*|\s+/|/\s*", text)[0]
    text = text.strip(" .,:;-–—")
    if not text or any(ch.isdigit() for ch in text) or "@" in text or _DOMAIN_LIKE.search(text):
        return None
    words = text.split()
    if not 1 <= len(words) <= 5:
        return None
    if text.isupper() and len(text) > 3:
        words = [w.capitalize() for w in words]
    for word in words:
        if word.lower() in _PARTICLES:
            continue
        if not _NAME_TOKEN.match(word):
            return None
    if all(w.lower().strip(".") in _NOT_NAMES for w in words) or words[0].lower() in ("tim", "redaksi", "admin"):
        return None  # a desk or team credit, not a person
    if len(words) == 1 and len(words[0]) <= 3:
        return None  # desk initials such as "rah" or "AS"
    return " ".join(words)


def _names(text: str) -> list[str]:
    names: list[str] = []
    for part in _NAME_SPLIT.split(text):
        name = _clean_name(part)
        if name and name not in names:
            names.append(name)
    return names


@dataclass
class Byline:
    """Authors and a date read from one header or footer line."""

    authors: list[str] = field(default_factory=list)
    date: Optional[DateMatch] = None
    outlet: Optional[str] = None
    editors: list[str] = field(default_factory=list)  # the names among ``authors`` under editor labels


def label_authors(line: str) -> Optional[Byline]:
    """Authors from a labelled credit line ("Penulis: A | Editor: B"); None if not one.

    Credit labels that are not authorship ("Foto:", "Sumber:") still make the
    line a credit line (the result has no authors) so the cleaner can drop it.
    """
    if len(line) > 200:
        return None
    reporter = _REPORTER_OF.match(line)
    if reporter:
        return Byline(_names(reporter["names"]), None, outlet_display(reporter["outlet"]))
    labels = list(_LABEL.finditer(line))
    if not labels:
        bare = _bare_label_authors(line)
        if bare is not None:
            return bare
    if not labels or labels[0].start() > 0 and line[: labels[0].start()].strip():
        by = _LEADING_BY.match(line)
        if by and len(line.split()) <= 8:
            rest = line[by.end() :]
            dates = find_dates(rest)
            if dates:
                rest = rest[: dates[0].span[0]]
            names = _names(rest)
            return Byline(names, dates[0] if dates else None) if names else None
        return None
    result = Byline()
    for i, label in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(line)
        value = line[label.end() : end]
        kind = label["label"].lower()
        dates = find_dates(value)
        if dates:
            value = value[: dates[0].span[0]]
            # A date under "Foto:" or "Sumber:" belongs to the picture or the source, not the article.
            if result.date is None and kind in _AUTHOR_LABELS:
                result.date = dates[0]
        if kind in _AUTHOR_LABELS:
            _add_names(result, _names(_ROLE_FIRST.sub("", value.strip())), editor=kind in _EDITOR_LABELS)
    return result


def _add_names(result: Byline, names: list[str], *, editor: bool) -> None:
    for name in names:
        if name not in result.authors:
            result.authors.append(name)
            if editor:
                result.editors.append(name)


def _bare_label_authors(line: str) -> Optional[Byline]:
    """ "Penulis A | Editor B" with no colons; None unless every segment is label + names."""
    if len(line) > 140 or not _BARE_LABEL.match(line) or re.search(r"[.!?:;\"“”]\s*$|\d", line):
        return None
    result = Byline()
    for segment in _BARE_SEGMENTS.split(line.strip()):
        match = _BARE_LABEL.match(segment)
        if not match:
            return None
        value = _ROLE_FIRST.sub("", match["value"].strip())
        parts = [p for p in _NAME_SPLIT.split(value) if p.strip()]
        names = _names(value)
        if not names or len(names) != len(parts):
            return None  # "Editor Andi menambahkan ...": prose, not a credit
        _add_names(result, names, editor=match["label"].lower() in _EDITOR_LABELS)
    return result


_BYLINE = re.compile(r"^(?P<names>[^•|·\d]{3,80}?)\s*(?:[•|·]|\s[-–—/]\s)\s*(?P<rest>.+)$")


def byline(line: str) -> Optional[Byline]:
    """A "Name • date" / "Name | outlet | date" header line, or None."""
    if len(line) > 140:
        return None
    match = _BYLINE.match(line)
    if not match:
        return None
    dates = find_dates(match["rest"])
    if not dates:
        # "Andi Saputra - detikNews": a name credited to an outlet, no date
        rest = match["rest"].strip()
        if len(rest.split()) <= 3 and _outlet_score(rest) >= 1 and not rest.isupper():
            names = _names(match["names"])
            if len(names) == 1 and len(names[0].split()) >= 2:
                return Byline(names, None, outlet_display(rest))
        return None
    leftover = match["rest"][: dates[0].span[0]] + match["rest"][dates[0].span[1] :]
    if len(re.findall(r"\w+", leftover)) > 4:
        return None
    names = _names(match["names"])
    if not names:
        return None
    return Byline(names, dates[0])


# ---------------------------------------------------------------------- dates

_DATE_LINE_WORDS = re.compile(
    r"\b(?:diterbitkan|dipublikasikan|dipublikasi|publikasi|terbit|tayang|diposting|posted|published|dibuat|"
    r"diperbarui|pembaruan|updated|update|last updated|pada|on|wib|wita|wit|gmt|utc|pukul|jam)\b",
    re.I,
)
_UPDATED = re.compile(r"\b(?:diperbarui|pembaruan|updated|update|diubah)\b", re.I)


_CRAWLED = re.compile(r"\b(?:diakses|accessed|retrieved|crawled|scraped|fetched|diunduh|diambil|archived|diarsipkan)\b", re.I)


@dataclass(frozen=True)
class DateLine:
    date: DateMatch
    updated: bool  # an "updated" stamp, weaker than the first publication
    crawled: bool = False  # when the page was fetched or archived, never the publication


def date_line(line: str) -> Optional[DateLine]:
    """A line that is only a date (with stamps, outlet name, separators), or None."""
    if len(line) > 120:
        return None
    dates = find_dates(line)
    if not dates or dates[0].precision == "month":
        return None
    first = dates[0]
    leftover = line[: first.span[0]] + " " + line[first.span[1] :]
    leftover = _CRAWLED.sub(" ", _DATE_LINE_WORDS.sub(" ", leftover))
    leftover = re.sub(r"\S+\.(?:com|co\.id|id|net|co|tv)\b", " ", leftover, flags=re.I)
    words = re.findall(r"[^\W\d_]+", leftover)
    if len(words) > 3:
        return None
    return DateLine(first, bool(_UPDATED.search(line)), bool(_CRAWLED.search(line)))


_REPORT_CUE = re.compile(
    r"\b(?:dikutip|mengutip|dilansir|melansir|diberitakan|dilaporkan|quoted|reported|cited)\b(?:\s+(?:dari|oleh|from|by))?",
    re.I,
)
# Between the cue and the date: the source's name and its kind ("harian", "laman", "akun").
_GAP_WORD = re.compile(
    r"^(?:[A-Z][\w.&'’-]*|pada|dari|edisi|tanggal|hari|situs|laman|media|kantor|berita|harian|koran|surat|kabar|"
    r"majalah|tabloid|portal|akun|stasiun|televisi|radio|kanal|the|on|,)$"
)


def reported_date(text: str) -> Optional[DateMatch]:
    """The date of a reporting line ("dikutip dari X, Selasa, 21 November 2023")."""
    for cue in _REPORT_CUE.finditer(text):
        window = text[cue.end() : cue.end() + 90]
        for found in find_dates(window):
            if found.precision == "month":
                continue
            gap = window[: found.span[0]]
            if re.search(r"[.!?;:]\s|[\"“”]", gap):
                break
            tokens = re.findall(r"[\w.&'’-]+|,", gap)
            if len(tokens) > 8 or not all(_GAP_WORD.match(t) for t in tokens):
                break
            return DateMatch(found.text, (found.span[0] + cue.end(), found.span[1] + cue.end()), found.value,
                             found.precision, found.weekday)
    return None


def url_date(url: Optional[str]) -> Optional[str]:
    return date_from_url(url)
