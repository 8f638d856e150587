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
   ..."), bylines and editor lines (with or without colons), date-only lines,
   fake author bios, breadcrumbs, all-caps menus, section menus ("Beranda
   Nasional Ekonomi ...", "kabarNews kabarSport ...") and rights notices
   ("Dilarang mengutip ... tanpa izin").
2. Document rules: lines repeated in the page; truncated lede teasers (a line
   cut mid-word that is the start of a later paragraph).
3. Layout: the lead is the first line that opens with an outlet/dateline
   prefix or, failing that, the first line of running prose. Everything
   before it is header (the title is picked from it, the rest removed).
   The first headline-shaped header line is the title unless it shares
   almost no content words with the first paragraphs while a later one does.
   After the lead: lists after "More Stories"/"Terpopuler"-style headers,
   short unpunctuated lines after the last prose paragraph (footer), and
   short unpunctuated lines between paragraphs, which are subheadings when
   they share rare words with the next paragraph and look like sentence-case
   labels, and spliced teaser headlines when they are Title Case, long and
   bring mostly words the story never uses.

Metadata beyond the line rules: a bare name right next to the header date
line is the writer; names under editor labels only count when no writer is
credited; the site's logo line (the page's first line, named again in the
footer) outranks a byline's desk name; the outlet never counts as an author;
an unlisted lead prefix ("Kota Lama - ...") is a dateline when the story
repeats it and an outlet when only the credits and footers do; crawl stamps
("Diakses: ...") and dates under "Foto:" never give the publication date.

Notes:
    The line-classification approach follows jusText (Pomikálek 2011: short
    and link-dense blocks are boilerplate, a block's class depends on its
    neighbours) and trafilatura's comment/related-post filters; the prose
    test uses the share of function words, jusText's stopword density, with
    an Indonesian list. Teaser-vs-subheading by lexical overlap with the next
    paragraph is our own heuristic for outlets (VIVA, Tribun) that splice
    related headlines into the article text. The section-menu test (many
    short capitalised tokens, no function words or punctuation, mostly
    listed section names or one brand prefix repeated) and the title choice
    by lexical overlap with the lead are our own, from the header layouts of
    Indonesian portals (menu bar, section label, headline, byline, date); the
    dateline-versus-outlet vote follows the observation that places recur in
    the story while outlet names recur in credits and footers.
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
        self.menu_words = word_set("boilerplate_menu_words.txt")
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
#: A sentence that ends by defining an acronym: a lower-case word, then one upper-case token in brackets and
#: the full stop ("tempat pemungutan suara (TPS)."). A credit has no such word before it.
_ACRONYM_DEFINED = re.compile(r"((?:[a-z]+\s){2,8})\((?P<acronym>[A-Z]{2,8})\)\.$")
_STRONG_CREDIT = re.compile(r"^(?:foto|photo|dok|ilustrasi|istimewa|getty|tangkapan|screenshot|shutterstock|antara foto)", re.I)
_HANDLE = re.compile(r"(?:^|\s|/)@\w{2,}")
_CAPS_HEADER = re.compile(r"^(?P<caps>[A-Z][A-Z0-9'’&/.]*(?:\s+[A-Z0-9][A-Z0-9'’&/.]*)+)\s*[-–—:]\s+\S")
_BRACKET_DATE = re.compile(r"\(\s*\d{1,2}/\d{1,2}/\d{4}\s*\)")
_CAPTION_CUE = re.compile(
    r"\((?:kiri|kanan|tengah|depan|belakang)\b|" + _BRACKET_DATE.pattern + r"|\bfoto\b|\btampak\b|\bterlihat\b|"
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
    if "©" in text or _COPYRIGHT_WORDS.search(text) or folded.startswith("hak cipta") or _RIGHTS_NOTICE.match(text):
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
    if _is_menu(row) or _is_section_menu(row, lex):
        return "navigation"
    return None


def _long_line_rule(row: _Row, lex: _Lexicons) -> Optional[str]:
    """The few rules that can hit a long line: labelled prefixes, footers, captions, repeats."""
    text = row.text
    prefix = lex.prefix_pattern.match(text.lstrip("\"“'‘([").lower())
    if prefix and (row.words <= 45 or prefix.group(0).endswith(":")):
        return lex.prefixes[prefix.group(0)]
    if "©" in text or _COPYRIGHT_WORDS.search(text) or _RIGHTS_NOTICE.match(text):
        return "footer"
    if _is_caption(row):
        return "caption"
    return None


_COPYRIGHT_WORDS = re.compile(r"\b(?:copyright|all rights? reserved|hak cipta dilindungi)\b", re.I)
# "Dilarang mengutip/mengambil konten ... tanpa izin": the site's rights notice.
_RIGHTS_NOTICE = re.compile(
    r"^(?:dilarang|tidak diperkenankan|tidak diizinkan)\b(?=.{0,200}\b(?:tanpa (?:izin|seizin|persetujuan)|"
    r"konten|artikel|situs|crawling)\b)(?=.{0,80}\b(?:mengambil|mengutip|menyalin|memperbanyak|menyebarluaskan|"
    r"menerbitkan|mempublikasikan|menggunakan|crawling)\b)",
    re.I,
)


def _is_address(text: str) -> bool:
    if not _HAS_DIGIT.search(text):
        return False
    cues = len(_ADDRESS_CUE.findall(text))
    return len(text) <= 250 and (cues >= 2 or (cues >= 1 and bool(_POSTCODE.search(text))))


def _defines_acronym(text: str) -> bool:
    """A line ending by defining an acronym: the bracketed capitals spell the lower-case words before
    them ("tempat pemungutan suara (TPS)."); a credit ("... banjir (ANTARA).") spells nothing."""
    match = _ACRONYM_DEFINED.search(text)
    if match is None:
        return False
    acronym = match["acronym"].lower()
    words = match.group(1).split()[-len(acronym):]
    return len(words) == len(acronym) and "".join(w[0] for w in words) == acronym


def _names_itself(head: str, rest: str) -> bool:
    """Whether the words of an upper-case head stand capitalised, as a name, in the rest of the line
    (an acronym in it stays upper case: "DKI JAKARTA" is "DKI Jakarta")."""
    return " ".join(w if len(w) <= 3 else w.capitalize() for w in head.split()) in rest or \
        " ".join(w.capitalize() for w in head.split()) in rest


def _is_caption(row: _Row) -> bool:
    text = row.text
    if row.words <= 60:
        credit = _CREDIT_END.search(text) or _CREDIT_END_CASED.search(text)
        if credit and _defines_acronym(text):
            credit = None  # "... di dua tempat pemungutan suara (TPS).": a sentence defining an acronym
        if credit:
            inner = credit.group(0).strip("(). ")
            if row.words <= 20 or _STRONG_CREDIT.match(inner) or "/" in inner:
                return True
    caps = _CAPS_HEADER.match(text)
    if caps:
        head = caps["caps"]
        if not _DOMAINISH.search(head) and not metadata.known_outlet(head) and "," not in head:
            cues = [m.group(0) for m in _CAPTION_CUE.finditer(text)]
            cue = bool(cues)
            if cues and all(_BRACKET_DATE.fullmatch(c) for c in cues) and _names_itself(head, text[caps.end("caps") :]):
                # A bracketed date is in most ledes too; a head the line goes on to write as a name is its
                # dateline ("RAMBAI MERAH - Aksi mogok ... di Pelabuhan Tanjung Rambai Merah ... (16/10/2026)"),
                # where a caption's head is a topic ("SISA KEBAKARAN - Petugas memeriksa ...").
                cue = False
            if len(head.split()) >= 3 or cue:
                return metadata.lead_prefix(text) is None
    return False


_HAS_DIGIT = re.compile(r"\d")
_MAYBE_CREDIT = re.compile(
    r"[:：]|^(?:oleh|by|ditulis|laporan|penulis|editor|reporter|pewarta|redaktur|penyunting|kontributor|jurnalis|"
    r"wartawan|writer|author|rep|red)\b",
    re.I,
)
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


_MENU_SPLIT = re.compile(r"[\s|•·›»>/]+")
_CAMEL_BRAND = re.compile(r"^(?P<brand>[a-z]{2,})(?P<section>[A-Z][A-Za-z]*)$")  # "kabarNews", "kabarSport"


def _is_section_menu(row: _Row, lex: _Lexicons) -> bool:
    """A bar of section names: "Home Nasional Ekonomi Olahraga ...", "kabarNews kabarSport ...".

    Many short capitalised tokens, no function words, digits or sentence
    punctuation, and either mostly listed section words or one brand prefix
    repeated on several tokens. A headline always brings a verb or a name
    that is not a section word.
    """
    text = row.text
    if row.words < 4 or row.words > 16 or _MENU_PUNCT.search(text):
        return False
    tokens = [t for t in _MENU_SPLIT.split(text) if t]
    if len(tokens) < 4:
        return False
    brands: Counter = Counter()
    sections = 0
    for token in tokens:
        camel = _CAMEL_BRAND.match(token)
        if camel:
            brands[camel["brand"]] += 1
            word = camel["section"].lower()
        elif token[0].isupper():
            word = token.lower()
        else:
            return False
        if word in lex.function_words:
            return False
        if word in lex.menu_words:
            sections += 1
    if brands and brands.most_common(1)[0][1] >= 3:
        return True
    return len(tokens) >= 5 and sections / len(tokens) >= 0.7


_MENU_PUNCT = re.compile(r"[\d.,!?;:\"“”()]")


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
    # The lead sits in the first 60% of the lines; short pages under a tall header
    # (logo, menu, section, title, byline, date, caption) get at least ten.
    limit = max(10, int(len(rows) * 0.6))
    for index, row in enumerate(rows[:limit]):
        if row.removed or row.words < 8:
            continue
        if row.words >= 12:
            prefix = metadata.lead_prefix(row.text)
            if prefix is not None:
                return index, prefix
            if first_prose is None and row.ends_sentence and metadata.loose_dateline(row.text) is not None:
                # "Batuhening - Unjuk rasa ribuan pendukung ... berakhir ricuh, Kamis (17/9/2026)": a lede
                # dense with names has few function words, but its place prefix marks it as the lead.
                return index, None
        if row.prose and first_prose is None:
            first_prose = index
        if row.words >= 12:
            seen_long += 1
            if seen_long >= 4:
                break
    return first_prose, None


def _settle_prefix(
    rows: list[_Row], lead: int, prefix: Optional[metadata.LeadPrefix]
) -> Optional[metadata.LeadPrefix]:
    """Decide the lead prefixes the metadata reader could only guess, from the rest of the page.

    A place named in the dateline recurs in the story ("warga Kota Lama ..."),
    an outlet's name recurs in credits and footers ("Dok. Suara Lembah"). So an
    unlisted one-part prefix ("Kota Lama - ...") is a dateline when the story
    repeats it at least as often as the furniture does, an outlet when only the
    furniture does, and nothing when the page never repeats it; a two-part
    prefix whose roles tied ("Suara Lembah, Kota Lama -") swaps its parts when
    the story repeats the outlet part more than the place part.
    """
    text = rows[lead].text
    if prefix is None:
        loose = metadata.loose_dateline(text)
        if loose is None or loose.certain:
            return loose
        phrase = text[: loose.end].strip(" -–—:")
        in_story, in_furniture = _mentions(rows, lead, phrase, loose.end)
        if in_story and in_story >= in_furniture:
            return loose
        if in_furniture:
            return metadata.LeadPrefix(metadata.outlet_display(phrase), None, loose.end, False)
        return None
    if not prefix.certain and prefix.outlet and prefix.dateline:
        outlet_story, _ = _mentions(rows, lead, prefix.outlet, prefix.end)
        place_story, _ = _mentions(rows, lead, prefix.dateline, prefix.end)
        if outlet_story > place_story:
            return metadata.LeadPrefix(prefix.dateline, prefix.outlet, prefix.end, False)
    return prefix


def _mentions(rows: list[_Row], lead: int, phrase: str, skip: int) -> tuple[int, int]:
    """(times ``phrase`` occurs in the kept story, times in removed furniture other than the title)."""
    pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.I)
    story = furniture = 0
    for index, row in enumerate(rows):
        if index == lead:
            story += len(pattern.findall(row.text[skip:]))
        elif row.removed:
            if row.reason != "title":
                furniture += len(pattern.findall(row.text))
        elif index > lead:
            story += len(pattern.findall(row.text))
    return story, furniture


_SITE_HEADER = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|news|org|tv|co)\s*[-\u2013\u2014|:]\s", re.IGNORECASE)
_TWO_SENTENCES = re.compile(r"[a-z0-9)][.!?]\s+[A-Z\"“]")


def _pick_title(rows: list[_Row], header: list[int], raw_title: Optional[str], lead: Optional[int] = None) -> Optional[int]:
    """The headline among the header lines.

    Candidates are headline-shaped lines. The first one wins unless it shares
    almost nothing with the first paragraphs while a later one does: a menu,
    section label or site slogan that escaped the line rules shares no
    content words with the story, the headline shares many.
    """
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
            and not _SITE_HEADER.match(row.text)  # "LerangPos.id - Suara Warga Bumi Lerang": the site and its slogan
        ):
            candidates.append(index)
    if len(candidates) < 2 or lead is None:
        return candidates[0] if candidates else None
    story: set[str] = set()
    for row in rows[lead : lead + 12]:
        if not row.removed:
            story.update(row.content)
    scores = [_title_score(rows[index], story) for index in candidates]
    # The first candidate stands unless it shares almost nothing with the story and
    # a later one clearly does (headlines come first; menus and slogans share nothing).
    best = max(range(len(candidates)), key=lambda i: (scores[i], -i))
    if scores[0] < 0.3 and scores[best] >= scores[0] + 0.3:
        return candidates[best]
    return candidates[0]


def _title_score(row: _Row, story: set[str]) -> float:
    """Share of a line's content words that the first paragraphs use (smoothed for short lines)."""
    if not row.content:
        return 0.0
    score = len(row.content & story) / (len(row.content) + 1)
    if _CAPTION_CUE.search(row.text):
        score -= 0.5  # a photo caption retells the story too
    return score


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
    # (rank, not after the title, line index, date); the smallest wins.
    header_dates: list[tuple[int, int, int, metadata.DateMatch]] = []
    reporter_outlet: Optional[str] = None
    editors: set[str] = set()
    _mark_name_bylines(rows, title=title, header_end=header_end)
    for index, row in enumerate(rows):
        if row.reason not in ("byline", "credit", "date", "header"):
            continue
        in_header = index < header_end
        after_title = title is not None and index > title
        credit = metadata.label_authors(row.text)
        by = credit if credit is not None else metadata.byline(row.text)
        if by is None and row.kind == "name-byline":
            by = metadata.Byline(authors=[row.text])
        if by is not None:
            for name in by.authors:
                if name not in found.authors:
                    found.authors.append(name)
            editors.update(by.editors)
            if by.outlet and reporter_outlet is None:
                reporter_outlet = by.outlet
            if by.date is not None and in_header:
                header_dates.append((0, 0 if after_title else 1, index, by.date))
            continue
        stamp = metadata.date_line(row.text)
        if stamp is None or not in_header or stamp.crawled:
            continue
        near_lead = lead is not None and 0 < lead - index <= 3
        has_time = stamp.date.precision == "minute"
        if title is not None and index < title and not has_time:
            row.reason = "page-header-date"  # the crawl day printed above the page, not the article's
            continue
        if after_title or near_lead or has_time:
            header_dates.append((2 if stamp.updated else 1, 0 if after_title or title is None else 1, index, stamp.date))
    # Writers over editors: "Penulis: A | Editor: B" credits A; an editor alone still counts.
    writers = [name for name in found.authors if name not in editors]
    if writers:
        found.authors = writers
    if header_dates:
        best = min(header_dates, key=lambda item: item[:3])[3]
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

    # Outlet: the lead's own words first, then the site's logo line (when the page
    # names it again), then a byline's desk ("Nama - kabarDaerah" is a section of
    # the site); a pasted footer only as a last resort.
    outlet = prefix.outlet if prefix else None
    outlet = outlet or _logo_outlet(rows, header_end)
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
    if outlet and found.authors:
        # "Kabar Lembah - 14/03/2025" reads like a byline; the outlet is not its own writer.
        site = {_fold_name(outlet), _fold_name(rows[0].text) if rows else ""}
        found.authors = [name for name in found.authors if _fold_name(name) not in site]
    found.dateline = prefix.dateline if prefix else None
    return found


def _fold_name(text: str) -> str:
    return "".join(_ALPHA_WORD.findall(text.lower()))


def _logo_outlet(rows: list[_Row], header_end: int) -> Optional[str]:
    """The site name printed above everything ("Kabar Lembah", "kabarlembah"), if corroborated.

    Only the first line of the page counts, only when it is a short name (not a
    menu, date or label) and the page names it again: repeated, in a copyright
    or footer line, or as a listed outlet or a domain.
    """
    if not rows or header_end <= 0:
        return None
    row = rows[0]
    if row.reason not in ("header", "repeated") or not 1 <= row.words <= 3 or row.ends_sentence:
        return None
    text = row.text.strip()
    known = metadata.known_outlet(text)
    if known:
        return known
    if _DOMAINISH.search(text):
        return metadata.outlet_display(text)
    stem = text.lower()
    for other in rows[1:]:
        if other.reason in ("footer", "repeated", "related-list") and stem in other.text.lower():
            return metadata.outlet_display(text)
    return None


_NAME_LINE = re.compile(r"^[A-Z][a-z'’]+(?:\.?\s+(?:[A-Z][a-z'’]+|[A-Z]\.|bin|binti|van|de|al)){1,4}$")


def _mark_name_bylines(rows: list[_Row], *, title: Optional[int], header_end: int) -> None:
    """A bare name between the headline and the date line is the writer ("Ayu Lestari").

    Only after the title, only right next to a date line, and only a line of
    two to five capitalised words that is not an outlet or a section label.
    """
    if title is None:
        return
    lex = _lexicons()
    for index in range(title + 1, header_end):
        row = rows[index]
        if row.reason != "header" or not _NAME_LINE.match(row.text):
            continue
        neighbours = rows[index - 1 : index] + rows[index + 1 : index + 2]
        if not any(n.reason == "date" for n in neighbours):
            continue
        words = row.text.lower().split()
        if any(w in lex.function_words or w in lex.menu_words for w in words):
            continue
        if metadata.known_outlet(row.text) or metadata.outlet_score(row.text):
            continue
        row.reason, row.kind = "byline", "name-byline"


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
    if lead is not None:
        prefix = _settle_prefix(rows, lead, prefix)
    title: Optional[int] = None
    if lead is not None:
        header = list(range(lead))
        title = _pick_title(rows, header, raw_title, lead)
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
