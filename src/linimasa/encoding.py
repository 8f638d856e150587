"""Turn input bytes into clean Unicode text.

``decode_bytes`` picks the encoding; ``repair_text`` fixes what scrapers break
after decoding: HTML entities left in plain text and mojibake (UTF-8 read as
cp1252 and saved again, "â€œ" for a left quote).

Notes:
    The order of guesses follows the WHATWG encoding sniffing algorithm: a BOM
    wins, then what the document declares, then a statistical guess. We try
    strict UTF-8 before the declaration because scraped pages are very often
    re-saved as UTF-8 while keeping a stale ``<meta charset=iso-8859-1>``.
    "latin-1" and "iso-8859-1" mean cp1252 on the web (WHATWG), so single-byte
    Western guesses are read as cp1252. Mojibake repair is ftfy's, with quote
    uncurling and width folding turned off so legitimate characters survive.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from functools import lru_cache

from .errors import LinimasaError

# BOMs, longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""",
    re.IGNORECASE,
)
# Single-byte Western code pages that a browser would read as cp1252.
_WESTERN = frozenset(
    {"latin_1", "iso8859_1", "iso8859_15", "cp1252", "windows_1252", "ascii", "cp1250", "mac_roman", "cp850", "cp437"}
)
# HTML entities with their terminating semicolon. Legacy entities without one
# ("&copy", "&not") are left alone: in plain text "&notice" is a word.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# UTF-8 read as cp1252/Latin-1: a lead byte (0xC2-0xF4 read as "Â".."ô")
# followed by a continuation byte (0x80-0xBF read as Latin-1 or as cp1252
# punctuation), or stray C1 controls. Text without this cannot hold that
# mojibake, so ftfy, the slow part of reading a file, is skipped.
_CONTINUATION = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MOJIBAKE_HINT = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]|[\u0080-\u009f]")
# U+201D is E2 80 9D in UTF-8, and 0x9D is undefined in cp1252, so scrapers
# often drop it and leave "â€" alone; ftfy would read "â€ " as a dagger.
_LOST_RIGHT_QUOTE = re.compile(f"\u00e2\u20ac(?![{_CONTINUATION}])")
# Control bytes that do not occur in text (everything below 0x20 except
# tab, newline, vertical tab, form feed, carriage return and ESC).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_SNIFF_BYTES = 8192


def looks_binary(data: bytes) -> bool:
    """True for content that is not text: NUL bytes or many control bytes.

    UTF-16/32 text has NUL bytes too; callers check for those first
    (``utf16_without_bom``) or rely on the BOM.
    """
    head = data[:_SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > 0.05


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the NUL bytes fall where UTF-16 puts them."""
    head = data[:_SNIFF_BYTES]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    half = len(head) // 2
    # Latin text in UTF-16: one byte of each pair is almost always NUL.
    if odd.count(0) > 0.7 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) > 0.7 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def _codec_name(label: str) -> str | None:
    try:
        return codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None


def _web_codec(name: str) -> str:
    """The codec a browser would use for a declared or guessed label."""
    normal = name.replace("-", "_")
    if normal in _WESTERN and normal != "cp1250":
        return "cp1252"
    return name


def _decode_cp1252(data: bytes) -> str:
    # The five bytes cp1252 leaves undefined are mapped as in Latin-1 (as
    # browsers do), so this never fails.
    return data.decode("cp1252", errors="_linimasa_latin1")


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    chunk = error.object[error.start : error.end]
    return bytes(chunk).decode("latin-1"), error.end


codecs.register_error("_linimasa_latin1", _latin1_fallback)


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding name)``.

    ``declared`` is an outside declaration (an HTTP ``Content-Type`` charset);
    it is tried after strict UTF-8 and before the page's own ``<meta>``.
    Raises ``LinimasaError("E102")`` for binary content and ``E103`` when no
    encoding gives usable text. The text is not repaired: see ``repair_text``.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break  # a lying BOM: fall through to the guesses below
    utf16 = utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise LinimasaError("E102")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    labels: list[str] = []
    if declared:
        labels.append(declared)
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match:
        labels.append(match.group(1).decode("ascii", "ignore"))
    for label in labels:
        name = _codec_name(label)
        if not name or name.startswith("utf_8") or name.startswith("utf-8"):
            continue  # UTF-8 was declared but the bytes are not UTF-8
        codec = _web_codec(name)
        try:
            text = _decode_cp1252(data) if codec == "cp1252" else data.decode(codec)
            return text, codec
        except UnicodeDecodeError:
            continue
    cp1252_text = _decode_cp1252(data)
    guess = _guess(data)
    if guess and (guess[1] == "cp1252" or not _plausible_latin(cp1252_text)):
        return guess
    if _unusable(cp1252_text):
        raise LinimasaError("E103")
    return cp1252_text, "cp1252"


# Non-ASCII characters that Latin-script text (Indonesian, English, European
# names) read as cp1252 is made of: accented letters, typographic punctuation,
# NBSP and a few signs.
_LATIN_EXTRA = re.compile("[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u20ac\u2122]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _plausible_latin(text: str) -> bool:
    """True when ``text`` (read as cp1252) looks like Latin-script prose.

    charset-normalizer's guesses on short Latin text are unreliable (a few
    curly quotes become Cyrillic in cp1125), so such text stays cp1252.
    """
    head = text[:200_000]
    non_ascii = _NON_ASCII.findall(head)
    if not non_ascii:
        return True
    latin = sum(1 for ch in non_ascii if _LATIN_EXTRA.match(ch))
    # Mostly ASCII with Latin extras, e.g. "café" and “quotes”.
    return latin >= 0.9 * len(non_ascii) and len(non_ascii) <= 0.3 * len(head)


def _guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess, read the web's way; None when it has none."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional at run time: cp1252 is the last resort anyway
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None or not best.encoding:
        return None
    codec = _web_codec(best.encoding)
    try:
        text = _decode_cp1252(data) if codec == "cp1252" else data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    if _unusable(text):
        return None
    return text, codec


def _unusable(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for ch in text[:_SNIFF_BYTES] if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\x0b\x0c"))
    return bad / min(len(text), _SNIFF_BYTES) > 0.05


@lru_cache(maxsize=1)
def _ftfy_config():
    try:
        import ftfy
    except ImportError:
        return None
    return ftfy.TextFixerConfig(
        unescape_html=False,  # done by _unescape_entities, which is stricter
        uncurl_quotes=False,  # curly quotes are legitimate and mark direct speech
        fix_character_width=False,
        fix_line_breaks=False,  # keep the input's line count: gold lines are 1-based input lines
        normalization=None,  # NFC is applied below
        explain=False,
    )


def _unescape_entities(text: str) -> str:
    # Twice, for double-escaped scrapes ("&amp;quot;").
    for _ in range(2):
        if "&" not in text:
            break
        unescaped = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        if unescaped == text:
            break
        text = unescaped
    return text


def repair_text(text: str) -> str:
    """Unescape HTML entities, repair mojibake and normalise to NFC.

    Safe on clean text: it returns it unchanged (apart from NFC), and it never
    changes the number of lines.
    """
    text = _unescape_entities(text)
    if _MOJIBAKE_HINT.search(text):
        config = _ftfy_config()
        if config is not None:
            import ftfy

            # ftfy works line by line internally; giving it the whole text keeps
            # its decisions consistent across lines of one document.
            text = ftfy.fix_text(_LOST_RIGHT_QUOTE.sub("\u201d", text), config=config)
    # NBSP from "&nbsp;" is kept: the cleaner decides what a non-breaking space means.
    return unicodedata.normalize("NFC", text)


def read_text(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """``decode_bytes`` then ``repair_text``: the text of a file as the pipeline wants it."""
    text, name = decode_bytes(data, declared=declared)
    return repair_text(text), name
