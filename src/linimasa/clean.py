"""The cleaner: body paragraphs, removed boilerplate and metadata from plain text.

``clean_document`` reads a ``RawDocument`` whose ``text`` is already plain
text (the ingest stage converts HTML), classifies every line as body or
boilerplate with a reason, and reads the metadata (title, outlet, date,
authors, dateline) from the lines around the body.

How a line is judged, in order:

1. Line rules (data in ``lang/id/boilerplate_*.txt``): whole-line furniture
   (share bars, "ADVERTISEMENT", pagination), prefixes ("Baca juga",
   "Video:", "Sumber foto"), copyright and address footers, credit lines
   ("(AP)", "X @handle", "Sumber :"), all-caps caption headers ("KATA KATA -
   ..."), bylines and editor lines, date-only lines, fake author bios,
   breadcrumbs and all-caps menus.
2. Document rules: lines repeated in the page; truncated lede teasers (a line
   cut mid-word that is the start of a later paragraph).
3. Layout: the lead is the first line that opens with an outlet/dateline
   prefix or, failing that, the first line of running prose. Everything
   before it is header (the title is picked from it, the rest removed).
   After the lead: lists after "More Stories"/"Terpopuler"-style headers,
   short unpunctuated lines after the last prose paragraph (footer), and
   short unpunctuated lines between paragraphs, which are subheadings when
   they share rare words with the next paragraph and look like sentence-case
   labels, and spliced teaser headlines when they are Title Case, long and
   bring mostly words the story never uses.

Notes:
    The line-classification approach follows jusText (Pomikálek 2011: short
    and link-dense blocks are boilerplate, a block's class depends on its
    neighbours) and trafilatura's comment/related-post filters; the prose
    test uses the share of function words, jusText's stopword density, with
    an Indonesian list. Teaser-vs-subheading by lexical overlap with the next
    paragraph is our own heuristic for outlets (VIVA, Tribun) that splice
    related headlines into the article text.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from . import metadata
from .dates import parse_date
from .options import DEFAULT, Options
from .records import Article, Line, Paragraph, RawDocument, Removed
from .resources import word_list, word_set


def stable_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# ------------------------------------------------------------ normalisation

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\f\v]+")
_LEADING_BULLETS = re.compile(r"^(?:[•·▪▫►▸■□◦●○‣⁃∙➤✓✔]\s*)+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def normalise_line(text: str) -> str:
    """One input line with odd spaces, zero-width marks and leading bullets removed."""
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    return _LEADING_BULLETS.sub("", text).strip()


# ----------------------------------------------------------------- lexicons


def _reason_table(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for entry in word_list(name):
        reason, _, phrase = entry.partition(" ")
        if phrase:
            table.setdefault(phrase.strip().lower(), reason)
    return table


@lru_cache(maxsize=1)
def _lexicons() -> "_Lexicons":
    return _Lexicons()


class _Lexicons:
    def __init__(self) -> None:
        self.line_phrases = _reason_table("boilerplate_lines.txt")
        self.prefixes = _reason_table("boilerplate_prefixes.txt")
        self.list_headers = _reason_table("boilerplate_list_headers.txt")
        self.bio_words = word_set("boilerplate_bio_words.txt")
        self.function_words = word_set("clean_function_words.txt")
        alternation = "|".join(re.escape(p) for p in sorted(self.prefixes, key=len, reverse=True))
        self.prefix_pattern = re.compile(rf"^(?:{alternation})(?![a-z0-9])")


_FOLD = re.compile(r"[^\w]+")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d[\d.,]*")
_ALPHA_WORD = re.compile(r"[^\W\d_]+")

_END_PUNCT = frozenset(".!?…\"”’'»):;")
_PAGINATION = re.compile(
    r"^(?:\d{1,4}(?:\s+\d{1,4})*|(?:halaman|page|hal\.?)\s*\d+(?:\s*(?:dari|of|/)\s*\d+)?|"
    r"[«‹<]+.*|.*[»›>]+|\d+\s*(?:dari|of|/)\s*\d+)$",
    re.I,
)
_POSTCODE = re.compile(r"\b\d{5}\b")
_ADDRESS_CUE = re.compile(r"\b(?:jalan|jl\.|jln\.|lantai|lt\.|gedung|gd\.|menara|kav\.|kavling|blok|rt|rw|telp|telepon|fax|faks|kode pos)\b", re.I)
_CONTACT = re.compile(r"^(?:telp|telepon|phone|fax|faks|email|e-mail|surel|whatsapp|wa)\s*[.:]", re.I)
_CREDIT_END = re.compile(
    r"\((?P<credit>(?:foto|photo|dok|dokumentasi|ilustrasi|istimewa|ist|sumber|getty|shutterstock|freepik|unsplash|"
    r"tangkapan layar|screenshot|screengrab|x|twitter|instagram|facebook|youtube|tiktok)\b[^()]{0,70}|"
    r"[A-Z][A-Z0-9&./ -]{1,30}(?:/[^()]{0,60})?)\)\s*\.?$",
    re.I,
)
_CREDIT_END_CASED = re.compile(
    r"\((?:[A-Z][A-Z0-9&.]{1,12}(?:[ /][A-Z][\w.&-]*){0,4})\)\s*\.?$"
    # "ANTARA FOTO/Rudi Hartono", "REUTERS/Mohammed Salem" closing a caption
    r"|(?:^|[.)]\s+|\s)(?:[A-Z]{2,}(?:\s[A-Z]{2,})?)\s?/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s*\.?$"
)
_STRONG_CREDIT = re.compile(r"^(?:foto|photo|dok|ilustrasi|istimewa|getty|tangkapan|screenshot|shutterstock|antara foto)", re.I)
_HANDLE = re.compile(r"(?:^|\s|/)@\w{2,}")
_CAPS_HEADER = re.compile(r"^(?P<caps>[A-Z][A-Z0-9'’&/.]*(?:\s+[A-Z0-9][A-Z0-9'’&/.]*)+)\s*[-–—:]\s+\S")
_CAPTION_CUE = re.compile(
    r"\((?:kiri|kanan|tengah|depan|belakang)\b|\(\s*\d{1,2}/\d{1,2}/\d{4}\s*\)|\bfoto\b|\btampak\b|\bterlihat\b|"
    r"\bberpose\b|\bilustrasi\b|\btangkapan layar\b|\bsuasana\b",
    re.I,
)
_INITIALS = re.compile(r"^\(?\s*[a-z]{2,5}(?:\s*[/,]\s*[a-z*]{1,5})*\s*\)?\.?$")
_BREADCRUMB_SEP = re.compile(r"\s(?:›|»|>|/|\|)\s")
_FRAGMENT_SPLIT = re.compile(r"[.!]+\s*")
_CREDIT_LABEL_ONLY = re.compile(r"^(?:sumber|foto|source|photo|kredit|credit|ilustrasi)\s*[:：]?\s*$", re.I)


# --------------------------------------------------------------------- rows


@dataclass
class _Row:
    number: int  # 1-based input line
    text: str
    folded: str
    words: int
    function_ratio: float
    title_case: float  # share of capitalised content words after the first word
    ends_sentence: bool
    alpha: list[str] = field(default_factory=list, repr=False)  # lower-case letter words
    reason: Optional[str] = None  # set when the line is removed
    kind: Optional[str] = None  # title, lead, subheading, byline, date, ...
    _content: Optional[frozenset[str]] = field(default=None, repr=False)

    @property
    def removed(self) -> bool:
        return self.reason is not None

    @property
    def content(self) -> frozenset[str]:
        """Content words (no function words, "-nya" dropped), computed on demand."""
        if self._content is None:
            function_words = _lexicons().function_words
            self._content = frozenset(_stem(w) for w in self.alpha if len(w) >= 3 and w not in function_words)
        return self._content

    @property
    def prose(self) -> bool:
        """Running text: long enough, closed by punctuation, with function words."""
        if self.words < 8 or self.function_ratio < 0.08:
            return False
        return self.ends_sentence or self.words >= 25

    @property
    def headline_shaped(self) -> bool:
        """A short unpunctuated line: a title, subheading, teaser or list item."""
        if self.words > 20 or self.words == 0:
            return False
        if not self.ends_sentence:
            return True
        return self.text[-1] in "!?" and self.words >= 4 and self.title_case >= 0.75


_TOKEN_EDGES = "\"“”'‘’(),:;!?.-–—"


_SHORT_LINE = 250  # characters; longer lines are prose or captions, never menus or labels


def _make_row(number: int, text: str, lex: _Lexicons) -> _Row:
    lower = text.lower()
    alpha = _ALPHA_WORD.findall(lower)
    function_words = lex.function_words
    function_count = len([w for w in alpha if w in function_words])
    tokens = text.split()
    title_case = 0.0
    if len(tokens) <= 24:  # only short lines can be headlines; skip the work for prose
        capitalised = considered = 0
        for token in tokens[1:]:
            stripped = token.strip(_TOKEN_EDGES)
            if not stripped or not stripped[0].isalpha() or stripped.lower() in function_words:
                continue
            considered += 1
            if stripped[0].isupper():
                capitalised += 1
        title_case = capitalised / considered if considered >= 2 else 0.0
    return _Row(
        number=number,
        text=text,
        # Long lines are never compared with the phrase lists; lower-case is enough for repeats.
        folded=" ".join(_FOLD.sub(" ", lower).split()) if len(text) <= _SHORT_LINE else lower,
        words=len(tokens),
        function_ratio=function_count / len(alpha) if alpha else 0.0,
        title_case=title_case,
        ends_sentence=text[-1] in _END_PUNCT,
        alpha=alpha,
    )


def _stem(word: str) -> str:
    # Enclitic "-nya" only: enough to match "usulannya" with "usulan" without
    # a morphological analyser.
    return word[:-3] if word.endswith("nya") and len(word) > 6 else word


# ---------------------------------------------------------------- line rules


def _line_rule(row: _Row, lex: _Lexicons) -> Optional[str]:
    """The boilerplate reason a line carries by itself, or None."""
    text, folded = row.text, row.folded
    if not folded:
        return "separator"
    if len(text) > _SHORT_LINE:
        return _long_line_rule(row, lex)
    reason = lex.line_phrases.get(folded)
    if reason:
        return reason
    if folded in lex.list_headers:
        return "list-header"
    if _PAGINATION.match(text):
        return "pagination"
    stripped = text.lstrip("\"“'‘([").lower()
    prefix = lex.prefix_pattern.match(stripped)
    if prefix and (row.words <= 45 or prefix.group(0).endswith(":")):
        return lex.prefixes[prefix.group(0)]
    if "©" in text or _COPYRIGHT_WORDS.search(text) or folded.startswith("hak cipta"):
        return "footer"
    if _is_address(text) or _CONTACT.match(text):
        return "address"
    if _CREDIT_LABEL_ONLY.match(text):
        return "credit"
    if row.words <= 6 and _HANDLE.search(text) and not row.ends_sentence:
        return "credit"
    if row.words <= 6 and _INITIALS.match(text):
        return "initials"
    if _is_caption(row):
        return "caption"
    credit = metadata.label_authors(text) if _MAYBE_CREDIT.search(text) else None
    if credit is not None:
        return "byline" if credit.authors else "credit"
    if metadata.byline(text):
        return "byline"
    if metadata.date_line(text):
        return "date"
    if _is_bio(row, lex):
        return "author-bio"
    if _is_menu(row):
        return "navigation"
    return None


def _long_line_rule(row: _Row, lex: _Lexicons) -> Optional[str]:
    """The few rules that can hit a long line: labelled prefixes, footers, captions, repeats."""
    text = row.text
    prefix = lex.prefix_pattern.match(text.lstrip("\"“'‘([").lower())
    if prefix and (row.words <= 45 or prefix.group(0).endswith(":")):
        return lex.prefixes[prefix.group(0)]
    if "©" in text or _COPYRIGHT_WORDS.search(text):
        return "footer"
    if _is_caption(row):
        return "caption"
    return None


_COPYRIGHT_WORDS = re.compile(r"\b(?:copyright|all rights? reserved|hak cipta dilindungi)\b", re.I)


def _is_address(text: str) -> bool:
    if not _HAS_DIGIT.search(text):
        return False
    cues = len(_ADDRESS_CUE.findall(text))
    return len(text) <= 250 and (cues >= 2 or (cues >= 1 and bool(_POSTCODE.search(text))))


def _is_caption(row: _Row) -> bool:
    text = row.text
    if row.words <= 60:
        credit = _CREDIT_END.search(text) or _CREDIT_END_CASED.search(text)
        if credit:
            inner = credit.group(0).strip("(). ")
            if row.words <= 20 or _STRONG_CREDIT.match(inner) or "/" in inner:
                return True
    caps = _CAPS_HEADER.match(text)
    if caps:
        head = caps["caps"]
        if not _DOMAINISH.search(head) and not metadata.known_outlet(head) and "," not in head:
            if len(head.split()) >= 3 or _CAPTION_CUE.search(text):
                return metadata.lead_prefix(text) is None
    return False


_HAS_DIGIT = re.compile(r"\d")
_MAYBE_CREDIT = re.compile(r"[:：]|^(?:oleh|by|ditulis|laporan)\b", re.I)
_DOMAINISH = re.compile(r"\.(?:com|co\.id|id|net|co|tv)\b", re.I)


def _is_bio(row: _Row, lex: _Lexicons) -> bool:
    if row.words > 45 or row.text.count(".") + row.text.count("!") < 3:
        return False
    fragments = [f for f in _FRAGMENT_SPLIT.split(row.text.strip("\"“”'‘’ ")) if f.strip()]
    if len(fragments) < 3:
        return False
    mean = sum(len(f.split()) for f in fragments) / len(fragments)
    bio_hits = sum(1 for w in _ALPHA_WORD.findall(row.text.lower()) if w in lex.bio_words)
    return mean <= 4 and bio_hits >= 2


def _is_menu(row: _Row) -> bool:
    text = row.text
    if row.words >= 3 and len(_BREADCRUMB_SEP.findall(text)) >= 2 and not row.ends_sentence:
        parts = _BREADCRUMB_SEP.split(text)
        if all(len(p.split()) <= 5 for p in parts):
            return True
    if row.words >= 4 and not re.search(r"[.,!?;:\"“”]", text):
        tokens = text.split()
        caps = sum(1 for t in tokens if len(t) >= 2 and t.isupper())
        return caps / len(tokens) >= 0.5
    return False


# ---------------------------------------------------------- document passes


def _mark_repeats(rows: list[_Row]) -> None:
    counts = Counter(row.folded for row in rows if row.folded)
    seen: set[str] = set()
    for row in rows:
        if counts[row.folded] < 2:
            continue
        if row.prose and row.words >= 20 and row.folded not in seen:
            seen.add(row.folded)  # a long paragraph pasted twice: keep the first copy
            continue
        if row.reason is None:
            row.reason = "repeated" if not row.prose else "duplicate"


def _mark_truncated(rows: list[_Row]) -> None:
    by_start: dict[str, list[_Row]] = {}
    for row in rows:
        if len(row.text) >= 30:
            by_start.setdefault(row.text[:30], []).append(row)
    for row in rows:
        if row.reason or len(row.text) < 30:
            continue
        text = row.text.rstrip(".… ")
        if row.text[-1] in ".!?\"”’" and not row.text.endswith(("...", "…")):
            continue
        stem = text.rsplit(" ", 1)[0] if " " in text else text
        if len(stem) < 30:
            continue
        for other in by_start.get(row.text[:30], ()):
            if other is not row and len(other.text) > len(row.text) and other.text.startswith(stem):
                row.reason = "truncated-teaser"
                break


def _find_lead(rows: list[_Row]) -> tuple[Optional[int], Optional[metadata.LeadPrefix]]:
    """Index of the lead paragraph and its outlet/dateline prefix, if any."""
    first_prose: Optional[int] = None
    seen_long = 0
    limit = max(4, int(len(rows) * 0.6))
    for index, row in enumerate(rows[:limit]):
        if row.removed or row.words < 8:
            continue
        if row.words >= 12:
            prefix = metadata.lead_prefix(row.text)
            if prefix is not None:
                return index, prefix
        if row.prose and first_prose is None:
            first_prose = index
        if row.words >= 12:
            seen_long += 1
            if seen_long >= 4:
                break
    return first_prose, None


_TWO_SENTENCES = re.compile(r"[a-z0-9)][.!?]\s+[A-Z\"“]")


def _pick_title(rows: list[_Row], header: list[int], raw_title: Optional[str]) -> Optional[int]:
    wanted = " ".join(_FOLD.sub(" ", raw_title.lower()).split()) if raw_title else ""
    candidates: list[int] = []
    for index in header:
        row = rows[index]
        if row.removed:
            continue
        if wanted and row.words >= 3 and (row.folded == wanted or wanted.startswith(row.folded)):
            return index
        if (
            4 <= row.words <= 30
            and 15 <= len(row.text) <= 250
            and not row.text.endswith(".")
            and not _TWO_SENTENCES.search(row.text)  # captions run on, headlines do not
        ):
            candidates.append(index)
    return candidates[0] if candidates else None


def _mark_lists(rows: list[_Row], start: int, lex: _Lexicons) -> None:
    mode: Optional[str] = None
    budget = 0
    for row in rows[start:]:
        if row.reason == "list-header":
            mode = lex.list_headers.get(row.folded, "footer")
            budget = 2
            continue
        if mode is None:
            continue
        long_prose = row.prose and row.words >= 20
        if mode == "footer":
            if long_prose:
                mode = None
            elif row.reason is None:
                row.reason = "related-list"
        else:  # inline "Baca juga:" takes the next headline or two
            if row.reason is None and row.headline_shaped and budget > 0:
                row.reason = "related"
                budget -= 1
            else:
                mode = None


def _mark_trailing(rows: list[_Row], start: int) -> int:
    """Remove short unpunctuated lines after the last prose line; return its index."""
    last = None
    for index in range(len(rows) - 1, start - 1, -1):
        row = rows[index]
        if not row.removed and (row.prose or (row.ends_sentence and row.words >= 5)):
            last = index
            break
    if last is None:
        return len(rows) - 1
    for row in rows[last + 1 :]:
        if row.reason is None and (not row.ends_sentence or row.words < 5):
            row.reason = "footer"
    return last


def _teaser_score(row: _Row, next_row: Optional[_Row], document_frequency: Counter) -> float:
    """How much a short line between paragraphs looks like a spliced headline."""
    score = 0.0
    if row.title_case >= 0.75 and row.words >= 4:
        score += 1.0
    if row.words >= 8:
        score += 0.5
    if re.search(r"[!,]|\d", row.text.rstrip("!?")) and row.title_case >= 0.5:
        score += 0.5
    content = row.content
    if content:
        novel = sum(1 for w in content if document_frequency[w] <= 1) / len(content)
        score += novel
        if novel >= 0.75 and row.words >= 6:
            score += 0.5
    if next_row is not None:
        shared_rare = [w for w in content & next_row.content if document_frequency[w] <= 3]
        if shared_rare:
            score -= 1.0 + 0.25 * (len(shared_rare) - 1)
    return score


def _mark_spliced(rows: list[_Row], lead: int, last: int) -> None:
    body = [row for row in rows[lead : last + 1] if not row.removed]
    if not any(row.headline_shaped and not row.prose for row in body[1:]):
        return
    document_frequency: Counter = Counter()
    for row in body:
        document_frequency.update(row.content)
    for position, row in enumerate(body):
        if row.prose or not row.headline_shaped or row is rows[lead]:
            continue
        next_row = next((r for r in body[position + 1 :] if not r.headline_shaped), None)
        if _teaser_score(row, next_row, document_frequency) >= 1.5:
            row.reason = "teaser"
        else:
            row.kind = "subheading"


# ------------------------------------------------------------------ metadata


@dataclass
class _Metadata:
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None
    published_source: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    dateline: Optional[str] = None


def _read_metadata(
    rows: list[_Row],
    *,
    lead: Optional[int],
    title: Optional[int],
    prefix: Optional[metadata.LeadPrefix],
    raw: RawDocument,
) -> _Metadata:
    found = _Metadata()
    header_end = lead if lead is not None else len(rows)
    # Title: the headline line, else what the container said.
    if title is not None:
        found.title = rows[title].text
    elif raw.title:
        found.title = re.split(r"\s+[|–—-]\s+(?=[^|–—-]{2,40}$)", raw.title.strip())[0] or None

    # Authors and header dates from bylines and credit lines outside the body.
    header_dates: list[tuple[int, metadata.DateMatch]] = []  # (rank, date); lower rank wins
    reporter_outlet: Optional[str] = None
    for index, row in enumerate(rows):
        if row.reason not in ("byline", "credit", "date", "header"):
            continue
        in_header = index < header_end
        credit = metadata.label_authors(row.text)
        by = credit if credit is not None else metadata.byline(row.text)
        if by is not None:
            for name in by.authors:
                if name not in found.authors:
                    found.authors.append(name)
            if by.outlet and reporter_outlet is None:
                reporter_outlet = by.outlet
            if by.date is not None and in_header:
                header_dates.append((0, by.date))
            continue
        stamp = metadata.date_line(row.text)
        if stamp is None or not in_header:
            continue
        after_title = title is not None and index > title
        near_lead = lead is not None and 0 < lead - index <= 3
        has_time = stamp.date.precision == "minute"
        if title is not None and index < title and not has_time:
            row.reason = "page-header-date"  # the crawl day printed above the page, not the article's
            continue
        if after_title or near_lead or has_time:
            header_dates.append((2 if stamp.updated else 1, stamp.date))
    if header_dates:
        best = min(header_dates, key=lambda item: item[0])[1]
        found.published, found.published_source = best.value, "text"
    else:
        for row in rows[header_end:]:
            if row.removed or not _REPORTISH.search(row.text):
                continue  # cheap test before the reporting-line parser
            stated = metadata.reported_date(row.text)
            if stated is not None:
                found.published, found.published_source = stated.value, "text"
                break
    if found.published is None and raw.published:
        parsed = parse_date(raw.published)
        if parsed:
            found.published = parsed[0]
            source = raw.meta.get("published_source") if isinstance(raw.meta, dict) else None
            found.published_source = source if source in ("html", "input", "url") else ("html" if raw.html else "input")
    if found.published is None:
        from_url = metadata.url_date(raw.url)
        if from_url:
            found.published, found.published_source = from_url, "url"

    # Outlet: the lead's own words first; a pasted footer only as a last resort.
    outlet = prefix.outlet if prefix else None
    outlet = outlet or reporter_outlet or metadata.outlet_display(raw.outlet) or metadata.outlet_from_url(raw.url)
    if outlet is None:
        # A header line that is just a listed outlet's name (the site's logo text).
        for row in rows[:header_end]:
            if row.reason == "header" and row.words <= 3:
                outlet = metadata.known_outlet(row.text)
                if outlet:
                    break
    if outlet is None:
        for row in rows:
            if row.reason == "footer":
                outlet = metadata.footer_outlet(row.text)
                if outlet:
                    break
    found.outlet = outlet
    found.dateline = prefix.dateline if prefix else None
    return found


_REPORTISH = re.compile(r"\b(?:dikutip|mengutip|dilansir|melansir|diberitakan|dilaporkan|quoted|reported|cited)\b", re.I)


# --------------------------------------------------------------------- main


def classify_lines(text: str, *, raw_title: Optional[str] = None) -> tuple[list[Line], dict]:
    """Every non-empty input line with its verdict, plus the layout found.

    Returns ``(lines, layout)``; ``layout`` holds the internal rows and the
    lead, title and prefix the metadata reader needs.
    """
    lex = _lexicons()
    rows: list[_Row] = []
    for number, raw_line in enumerate(_LINE_BREAK.split(text), start=1):
        line = normalise_line(raw_line)
        if line:
            rows.append(_make_row(number, line, lex))
    for row in rows:
        row.reason = _line_rule(row, lex)
    # A credit label on its own line ("Sumber :") takes the short line under it.
    for index, row in enumerate(rows[:-1]):
        follower = rows[index + 1]
        if row.reason == "credit" and _CREDIT_LABEL_ONLY.match(row.text) and follower.reason is None:
            if follower.words <= 8 and not follower.prose:
                follower.reason = "credit"
    _mark_repeats(rows)
    _mark_truncated(rows)

    lead, prefix = _find_lead(rows)
    title: Optional[int] = None
    if lead is not None:
        header = list(range(lead))
        title = _pick_title(rows, header, raw_title)
        for index in header:
            if index == title:
                rows[index].kind = "title"
                rows[index].reason = "title"
            elif rows[index].reason is None:
                rows[index].reason = "header"
        rows[lead].kind = "lead"
        _mark_lists(rows, lead, lex)
        last = _mark_trailing(rows, lead)
        _mark_spliced(rows, lead, last)
    lines = [Line(number=r.number, text=r.text, keep=not r.removed, reason=r.reason or r.kind) for r in rows]
    return lines, {"rows": rows, "lead": lead, "title": title, "prefix": prefix}


def clean_document(raw: RawDocument, *, options: Options = DEFAULT) -> Article:
    """Clean one plain-text document into an ``Article`` with body and metadata."""
    text = raw.text or ""
    _, layout = classify_lines(text, raw_title=raw.title)
    rows: list[_Row] = layout["rows"]
    found = _read_metadata(rows, lead=layout["lead"], title=layout["title"], prefix=layout["prefix"], raw=raw)

    paragraphs: list[Paragraph] = []
    removed: list[Removed] = []
    parts: list[str] = []
    offset = 0
    for row in rows:
        if row.removed:
            removed.append(Removed(text=row.text, reason=row.reason or "boilerplate", line=row.number))
            continue
        paragraphs.append(Paragraph(text=row.text, span=(offset, offset + len(row.text)), line=row.number))
        parts.append(row.text)
        offset += len(row.text) + 2
    return Article(
        id=raw.id or stable_id(text),
        source=raw.source,
        url=raw.url,
        title=found.title,
        outlet=found.outlet,
        published=found.published,
        published_source=found.published_source,
        # Bylines in the text win; HTML meta or JSON authors fill in when it names none.
        authors=found.authors or [str(a) for a in (raw.meta or {}).get("authors") or [] if a],
        dateline=found.dateline,
        language=options.language,
        body="\n\n".join(parts),
        removed=removed,
        paragraphs=paragraphs,
    )
