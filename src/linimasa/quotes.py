"""Direct and indirect quotes with their speakers.

Direct quotes are text between quotation marks (curly, straight or single
curly) that carry a reporting cue: a verb after the quote and before the
speaker (``"…," kata X`` / ``"…," tambahnya``), a speaker and verb before it
(``X mengatakan kepada Reuters: "…"`` / ``X menyatakan bahwa "…"``), or no cue
at all when the quote continues an attributed quote in the same paragraph or
opens the paragraph right after one (newsroom convention: a new paragraph of
the same speaker opens without a cue). Short quoted words inside a sentence
(scare quotes, titles) have no cue and are left alone.

Indirect quotes are reported speech in sentences without quotation marks:
``X mengatakan (bahwa) …``, ``Menurut X, …`` at the start of a sentence and
``…, kata X.``. Belief verbs (meyakini, menilai) count only when the speaker is
a named entity or an unnamed source.

The speaker is the canonical entity of a person mention inside the speaker
phrase, else of an organisation or country the phrase starts with, else the
phrase itself as the description of an unnamed source ("pejabat Front Pesisir").
A speaker phrase set off by commas ("Ketua X, Nama, mengatakan", "Nama,
warga Y, mengaku") is the apposition before the verb; a time adjunct
("…, Nama, pada Selasa menuding") is never the speaker. "ia", "dia",
"beliau" and the ``-nya`` clitic (``katanya``, ``Menurutnya``) take the most
recent person who spoke or stood as a sentence subject (not an organisation,
nor a document source such as "data X"); other pronouns and anaphoric phrases
("pejabat tersebut", "sumber itu") take the previous quote's speaker; a generic group phrase
("kelompok bersenjata") takes the previous organisation speaker; a role phrase
("ketua Komite X") takes the entity that carries that role.

Notes:
    The person-antecedent rule for "ia/dia" is the subject-preference
    heuristic of Hobbs-style pronoun resolution, restricted to persons.
    The cue-speaker-content decomposition follows textacy's
    ``direct_quotations`` and the QuoteBank / Pareti (2016) attribution
    model (source, cue, content). Indonesian reporting verbs and the
    ``-nya`` speaker clitic come from newsroom usage (Kompas, Tempo, Antara
    style); the "continuation paragraph" rule is the AP style convention
    of not repeating attribution for consecutive paragraphs of one speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .options import DEFAULT, Options
from .records import Article, Mention, Quote
from .resources import json_resource, word_list, word_set

NEEDS = ("sentences", "mentions", "entities")
ADDS = ("quotes",)

_CUES = json_resource("quote_cues.json")
_SOURCE_HEADS = word_set("quote_source_heads.txt")
_OUTLETS = frozenset(w.lower() for w in word_list("quote_outlets.txt"))
_PRONOUNS = frozenset(_CUES["pronouns"])
_PERSON_PRONOUNS = frozenset(_CUES["person_pronouns"])
_DOCUMENT_SOURCES = frozenset(_CUES["document_sources"])
_OBJECT_PREPOSITIONS = frozenset(_CUES["object_prepositions"])
_NEEDS_BAHWA = frozenset(_CUES["needs_bahwa"])
_DEMONSTRATIVES = frozenset(_CUES["demonstratives"])
_GROUP_HEADS = frozenset(_CUES["group_heads"])
_ORG_DESCRIPTORS = tuple(sorted(_CUES["org_descriptors"], key=len, reverse=True))
_DETERMINERS = tuple(sorted(_CUES["determiners"], key=len, reverse=True))
_TRAILING_ADVERBS = frozenset(_CUES["trailing_adverbs"])
_LEADING_FILLERS = frozenset(_CUES["leading_fillers"])
_BELIEF = frozenset(_CUES["belief"])
_PREPOSED = frozenset(_CUES["preposed"]) | _BELIEF
_POSTPOSED_ROOTS = frozenset(_CUES["postposed"])
_POSTPOSED_ACTIVE = frozenset(_CUES["postposed_active"])
_DATA_SOURCES = tuple(sorted(_CUES["data_sources"], key=len, reverse=True))
_NOMINAL_OBJECTS = tuple(sorted(_CUES["nominal_objects"], key=len, reverse=True))
_DECLARING = re.compile(r"(?:menyatakan|menyampaikan|mengungkapkan|mengutarakan)\s*$", re.IGNORECASE)
_TITLES = word_set("ner_titles.txt")
_QUANTIFIERS = frozenset("dua tiga empat lima beberapa sejumlah para kedua ketiga banyak sebagian".split())
_FIRST_NAMES = word_set("entity_first_names.txt", lower=False)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_QUOTE_MARK = re.compile(r"[“”\"‘’«»]")
_POSTPOSED_CUE = re.compile(
    r"^[\s,]*(?:[“”\"’»]\s*)?(?P<verb>(?:" + _alternation(_POSTPOSED_ROOTS | _POSTPOSED_ACTIVE) + r")(?P<nya>nya)?)\b",
    re.IGNORECASE,
)
# "…," Wiratama mengatakan. / "…," ia menambahkan.
_INVERTED_CUE = re.compile(
    r"^[\s,]*(?P<np>[A-Za-zÀ-ÿ][^.,;:“”\"!?]{0,60}?)\s+(?:juga\s+|pun\s+|kemudian\s+)?(?P<verb>"
    + _alternation(_PREPOSED - _BELIEF)
    + r")\b"
)
# The first-letter lookahead lets the scan skip most positions without trying the alternation.
_PREPOSED_INITIALS = "".join(sorted({w[0].lower() for w in _PREPOSED} | {w[0].upper() for w in _PREPOSED}))
_PREPOSED_VERB = re.compile(
    r"\b(?=[" + _PREPOSED_INITIALS + r"])(?P<verb>" + _alternation(_PREPOSED) + r")\b", re.IGNORECASE
)
_BAHWA = re.compile(r"\bbahwa\b", re.IGNORECASE)
_LEFT_BOUNDARY = re.compile(r"\b(?:" + _alternation(_CUES["left_boundaries"]) + r")\b|[,;:(–—]|\s-\s", re.IGNORECASE)
# Title abbreviations whose full stop ends no phrase ("kata utusan khusus Dr. Nama", "Prof. Nama").
_TITLE_ABBREVIATIONS = ("Dr", "dr", "drg", "Drs", "Dra", "Prof", "Ir", "Hj", "Kol", "Jend", "Brigjen", "Irjen", "Kombes", "Letkol", "Mayjen", "Letjen", "Ny", "Sdr")
_NOT_AFTER_TITLE = "".join(r"(?<!\b" + t + ")" for t in _TITLE_ABBREVIATIONS)
_SPEAKER_STOP = re.compile(
    r"\s(?:" + _alternation(_CUES["speaker_stops"]) + r")\b"
    r"|(?-i:" + _NOT_AFTER_TITLE + r"(?<![\s.][A-Z]))\.|[;!?“”\"]"
    r"|,(?=\s*(?-i:[a-z]))(?!\s*(?:dr|drg|ir|prof)\.)",
    re.IGNORECASE,
)
_MENURUT = re.compile(r"^(?:(?:Namun|Tetapi|Sementara itu|Selain itu|Sebelumnya|Kini|Saat ini),?\s+)?[Mm]enurut(?:\s+|(?=nya\b))")
_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
# Adjunct phrases between a reporting verb and its content: "kepada AFP",
# "dalam sebuah pernyataan", "pada hari Selasa", "pada Minggu (1/12/2024)".
_ADJUNCT = re.compile(
    r"""^\s*(?:
        (?:juga|pun|lagi|kembali|secara\s+\w+)
      | (?:kepada|pada|dalam|melalui|lewat|di\s+hadapan)\s+(?:(?:sebuah|para|kantor\s+berita|surat\s+kabar|media|wartawan|awak\s+media|jurnalis|stasiun\s+televisi|televisi|konferensi\s+pers|pernyataan|keterangan|wawancara|acara|hari|tanggal|pekan|minggu|bulan|tahun|lalu|tertulis|resmi|yang|dengan|di|pada|malam|pagi|siang|sore)\s+)*(?:[A-Z0-9][\w.'’&/-]*(?:\s+(?:[A-Z0-9(][\w.'’&/()-]*|el|al|bin|de))*)?
      | (?:pada|dalam)\s+\w+
      | """ + _DAY + r"""(?:\s*\([\d/]+\))?
      | (?:pekan|minggu|bulan|tahun)\s+lalu
      | (?:kemarin|tadi|hari\s+ini|sebelumnya)
      | \([^)]{0,20}\)
      | [,]
    )""",
    re.VERBOSE,
)
_MONTHS = json_resource("months.json")["months"]
_TIME_WORD = (
    r"(?:" + _DAY + r"|kemarin|tadi|kini|hari\s+ini|malam\s+ini|pagi\s+ini|dini\s+hari"
    r"|(?:pekan|minggu|bulan|tahun)\s+(?:lalu|ini)|\d{1,2}\s+(?:" + _alternation(_MONTHS) + r")(?:\s+\d{4})?)"
)
# A time adjunct closing a speaker phrase: "pada Selasa", "Senin (9/12) malam", "pada 3 Mei 2031".
_TRAILING_TIME = re.compile(
    r"(?:^|\s)(?:(?:pada|sejak|hingga|sampai)\s+)?(?:(?:hari|tanggal)\s+)?" + _TIME_WORD
    + r"(?:\s+(?:pagi|siang|sore|malam|dini\s+hari|lalu|ini))?(?:\s*\([^)]{0,20}\))?"
    r"(?:\s*,?\s*\d{1,2}\s+(?:" + _alternation(_MONTHS) + r")(?:\s+\d{4})?)?[\s,]*$",
    re.IGNORECASE,
)
_SEGMENT_BOUNDARY = re.compile(r"\b(?:" + _alternation(_CUES["left_boundaries"]) + r")\b|[;:–—]|\s-\s", re.IGNORECASE)
# Words that open an adverbial (place, time, manner) segment rather than a speaker.
_ADVERBIAL_HEADS = frozenset(_CUES["adverbial_heads"])
_VIA = re.compile(
    r"(?P<marker>\b(?:seperti\s+)?(?:dikutip|dilansir|melansir|mengutip|diberitakan)(?:\s+dari)?|\bkepada)\s+"
    r"(?P<desc>(?:kantor\s+berita|surat\s+kabar|harian|stasiun\s+televisi|saluran\s+televisi|televisi|media|situs|laman)\s+)?"
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the))*)"
)
_PARENTHESES = re.compile(r"\([^()]{0,40}\)")
# No letter at all, a date ("4/6/2031)") or a bare number.
_DATE_FRAGMENT = re.compile(r"\d\s*/\s*\d|^[^A-Za-zÀ-ÿ]*$")
# Active (meN-, ber-) and passive (di-) verb forms opening a clause rather than a noun phrase.
_VERB_PREFIX = re.compile(r"^(?:mem|men|meng|meny|ber|di)[a-z]{3,}$")
# A channel between a speaker and the reporting verb ("melalui penerjemah",
# "lewat juru bicaranya", "dalam pernyataan tertulis", "via akun media sosialnya").
_CHANNEL_WORDS = frozenset({"melalui", "lewat", "via", "dalam"})
_CHANNEL = re.compile(r"(?:^|[\s,])(?:[Mm]elalui|[Ll]ewat|via|dalam)\s+[a-z]")
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:el|al|bin|binti|van|von|de|da|der|ibn)\s+)?[A-Z][\w'’.-]*)*")


@dataclass
class _Candidate:
    start: int  # content span in body
    end: int
    kind: str
    cue: Optional[str]
    speaker_text: Optional[str] = None
    speaker_span: Optional[tuple[int, int]] = None
    refer: Optional[str] = None  # "previous" (pronoun, clitic, anaphor), "group", "inherit"
    via: Optional[str] = None
    belief: bool = False
    resolved: Optional[str] = None
    resolved_type: Optional[str] = None
    extra: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- marks

def _quote_segments(text: str) -> list[tuple[int, int]]:
    """(open, close) indices of matching quotation marks in one paragraph."""
    segments: list[tuple[int, int]] = []
    open_at: Optional[int] = None
    open_single = False
    n = len(text)
    for match in _QUOTE_MARK.finditer(text):
        i = match.start()
        ch = text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in "‘’" and prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe inside a word: Qur’an
        if ch == '"':
            opener = (prev.isspace() or prev in "([:—–-“") and not nxt.isspace()
        elif ch in "“«":
            opener = True
        elif ch == "‘":
            opener = not prev.isalnum()
        else:  # ” ’ »
            opener = False
        if ch in "‘’" and open_at is not None and not open_single:
            continue  # single marks inside a double-quoted passage
        if opener:
            open_at, open_single = i, ch == "‘"
        elif open_at is not None:
            if ch == "’" and not open_single:
                continue
            if ch == "’" and nxt.isalpha():
                continue
            segments.append((open_at, i))
            open_at = None
    return segments


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w[0].isalnum()]


# --------------------------------------------------------------------------- speaker phrases

def _strip_speaker(text: str, start: int) -> tuple[str, int]:
    """Trim determiners, fillers and trailing adverbs from a speaker phrase."""
    leading = len(text) - len(text.lstrip(" ,–—-"))
    text, start = text[leading:], start + leading
    changed = True
    while changed and text:
        changed = False
        low = text.lower()
        for word in _DETERMINERS + tuple(_LEADING_FILLERS):
            if low.startswith(word + " "):
                cut = len(word) + 1
                text, start = text[cut:].lstrip(), start + cut + (len(text[cut:]) - len(text[cut:].lstrip()))
                changed = True
                break
    text = text.rstrip(" ,")
    while True:
        parts = text.rsplit(" ", 1)
        if len(parts) == 2 and parts[1].lower() in _TRAILING_ADVERBS:
            text = parts[0].rstrip(" ,")
            continue
        break
    return text, start


def _strip_time(phrase: str) -> str:
    """Drop time adjuncts at the end of a speaker phrase ("X pada Selasa (10/12)")."""
    while True:
        match = _TRAILING_TIME.search(phrase)
        if not match or match.start() == match.end():
            return phrase
        phrase = phrase[: match.start()]


def _segments_back(left: str, comma_at: int) -> list[tuple[int, int]]:
    """Comma-separated segments of ``left`` ending at ``comma_at``, nearest first."""
    segments: list[tuple[int, int]] = []
    end = comma_at
    while len(segments) < 4:
        start = left.rfind(",", 0, end) + 1
        boundary = None
        for match in _SEGMENT_BOUNDARY.finditer(left, start, end):
            boundary = match
        if boundary is not None:
            segments.append((boundary.end(), end))
            break
        segments.append((start, end))
        if start == 0:
            break
        end = start - 1
    return segments


def _apposition(left: str, comma_at: int) -> Optional[tuple[str, int]]:
    """The speaker of "Ketua X, Nama, mengatakan" / "Nama, warga Y, mengaku" /
    "Nama, yang …, mengatakan": the two nearest comma segments that are not a
    relative clause or a time adjunct ("Kuasa hukum X, Nama, pada Senin menuding")."""
    kept: list[tuple[int, int]] = []
    for start, end in _segments_back(left, comma_at):
        segment = left[start:end].strip()
        low = segment.lower()
        if not segment or low.startswith("yang ") or not _strip_time(segment).strip():
            continue
        if low.split()[0] in _CHANNEL_WORDS:
            continue  # "Nama, dalam pidato di parlemen, mengatakan": a channel, not the speaker
        if kept and (low.split()[0] in _ADVERBIAL_HEADS or len(low.split()) > 10):
            break  # "Di posko X, Nama, warga Y, mengaku": the place is no part of the speaker
        kept.append((start, end))
        if len(kept) == 2:
            break
    if not kept:
        return None
    start, end = kept[-1][0], kept[0][1]
    phrase = left[start:end]
    if len(kept) == 1 and phrase.strip().lower().split()[0] in _ADVERBIAL_HEADS:
        return None
    stripped, offset = _strip_speaker(phrase, start)
    if not stripped or len(stripped.split()) > 20:
        return None
    return stripped, offset


def _blank_parentheses(text: str) -> str:
    """``text`` with closed parenthesised groups blanked (same length), so that a
    date or an acronym in brackets ("pada Kamis (3/4/2031)", "Badan X (BX)") is
    never taken for a clause boundary."""
    if "(" not in text:
        return text
    return _PARENTHESES.sub(lambda m: " " * len(m.group()), text)


def _is_junk_speaker(phrase: str, *, verb_phrase: bool = True) -> bool:
    """A speaker phrase that cannot name anyone: no letters, a date or number
    fragment ("3/4/2031)"), unbalanced brackets, or a verb phrase
    ("membalas dengan", "meminta dewan") left when the real subject sat elsewhere."""
    if not phrase.strip() or _DATE_FRAGMENT.search(phrase):
        return True
    if ("(" in phrase or ")" in phrase) and phrase.count(")") != phrase.count("("):
        return True
    if not verb_phrase or not phrase[0].islower():
        return False
    first = phrase.split(None, 1)[0]
    return (
        _VERB_PREFIX.match(first) is not None
        and first not in _TITLES
        and first not in _SOURCE_HEADS
        and first not in _GROUP_HEADS
        and first not in _PRONOUNS
    )


def _speaker_before(text: str, verb_start: int) -> Optional[tuple[str, int]]:
    """The speaker phrase ending right before a preposed verb (offsets within text)."""
    left = text[:verb_start]
    scan = _blank_parentheses(left)
    boundary = 0
    for match in _LEFT_BOUNDARY.finditer(scan):
        boundary = match.end()
    # "Nama, melalui penerjemah, mengatakan" / "Nama lewat juru bicaranya mengatakan" /
    # "Nama, dalam pernyataannya, menyebut": the channel is no part of the speaker.
    channel = _CHANNEL.search(scan, boundary) if " " in scan[boundary:].strip() else None
    if channel is not None:
        if not scan[boundary : channel.start()].strip(" ,"):
            comma = scan.rfind(",", 0, channel.start() + 1)
            if comma >= 0 and not scan[comma + 1 : channel.start()].strip():
                found = _apposition(left, comma)
                return None if found is None or _is_junk_speaker(found[0]) else found
            return None
        left, scan = left[: channel.start()], scan[: channel.start()]
    phrase = _strip_time(scan[boundary:])
    if not phrase.strip() and boundary > 0 and scan[boundary - 1] == ",":
        found = _apposition(left, boundary - 1)
        return None if found is None or _is_junk_speaker(found[0]) else found
    phrase = left[boundary : boundary + len(phrase)]
    stripped, start = _strip_speaker(phrase, boundary)
    if not stripped:
        return None
    words = stripped.split()
    if len(words) > 14 or words[-1].lower() == "yang" or _is_junk_speaker(stripped):
        return None
    return stripped, start


def _speaker_after(text: str, start: int) -> Optional[tuple[str, int]]:
    """The speaker phrase after a postposed cue: "kata Ketua Front Pesisir, X, dalam …"."""
    rest = text[start:]
    stop = _SPEAKER_STOP.search(rest)
    phrase = rest[: stop.start()] if stop else rest
    # "kata Ketua Dewan Sekar. . Lembayung mengatakan": a second verb ends it too.
    verb = _PREPOSED_VERB.search(phrase)
    if verb:
        phrase = phrase[: verb.start()]
    stripped, offset = _strip_speaker(phrase, start)
    if not stripped or len(stripped.split()) > 12:
        return None
    return stripped, offset


def _find_via(text: str) -> Optional[str]:
    for match in _VIA.finditer(text):
        name = match.group("name").rstrip(".,")
        if match.group("marker").lower() == "kepada" and not match.group("desc"):
            if name.lower() not in _OUTLETS:
                continue
        return name
    return None


# --------------------------------------------------------------------------- candidates

def _direct_candidates(article: Article) -> list[_Candidate]:
    found: list[_Candidate] = []
    previous_paragraph_quoted = False
    for paragraph in article.paragraphs:
        text, base = paragraph.text, paragraph.span[0]
        segments = _quote_segments(text)
        paragraph_quoted = False
        last_in_paragraph: Optional[_Candidate] = None
        last_end = 0
        for open_at, close_at in segments:
            content = text[open_at + 1 : close_at]
            lead = len(content) - len(content.lstrip())
            core = content.strip().rstrip(",").strip()
            if core.endswith(".") and not core.endswith(".."):
                core = core[:-1].rstrip()
            if core.endswith(",") or core.endswith(";"):
                core = core[:-1].rstrip()
            if not core:
                continue
            c_start = base + open_at + 1 + lead
            cand = _Candidate(c_start, c_start + len(core), "direct", None)
            n_words = len(_words(core))
            after = text[close_at + 1 :]
            before = text[last_end:open_at]
            post = _POSTPOSED_CUE.match(after)
            inverted = None if post else _INVERTED_CUE.match(after)
            if post:
                cand.cue = post.group("verb")
                verb_end = close_at + 1 + post.end()
                if post.group("nya") or cand.cue.lower().endswith("nya"):
                    cand.refer = "previous"
                    cand.speaker_text = cand.cue
                else:
                    speaker = _speaker_after(text, verb_end)
                    if speaker is None:
                        continue
                    cand.speaker_text, offset = speaker
                    cand.speaker_span = (base + offset, base + offset + len(cand.speaker_text))
                tail = text[verb_end:]
                end = re.search(r"[.!?](?:\s|$)|[“\"]", tail)
                cand.via = _find_via(tail[: end.start()] if end else tail)
            elif inverted and inverted.group("np").split()[0][0].isupper() or (
                inverted and inverted.group("np").strip().lower() in _PRONOUNS
            ):
                cand.cue = inverted.group("verb")
                np_text, offset = _strip_speaker(inverted.group("np"), close_at + 1 + inverted.start("np"))
                cand.speaker_text = np_text
                cand.speaker_span = (base + offset, base + offset + len(np_text))
                tail = after[inverted.end() :]
                end = re.search(r"[.!?](?:\s|$)", tail)
                cand.via = _find_via(tail[: end.start()] if end else tail)
            else:
                lead_text = before.rstrip()
                sentence_start = max(lead_text.rfind(". "), lead_text.rfind("? "), lead_text.rfind("! "))
                clause = lead_text[sentence_start + 1 :] if sentence_start >= 0 else lead_text
                clause_offset = last_end + (sentence_start + 1 if sentence_start >= 0 else 0)
                verb = None
                if clause.endswith(":") or re.search(r"\bbahwa$", clause, re.IGNORECASE) or _PREPOSED_VERB.search(clause[-25:] or " "):
                    verbs = list(_PREPOSED_VERB.finditer(clause))
                    verb = verbs[0] if verbs else None
                if verb is not None and not clause.endswith(":") and not re.search(r"(?:\bbahwa|" + re.escape(verb.group()) + r")$", clause):
                    verb = None  # a cue verb far before the quote: the quote is embedded in reported speech
                if verb is not None:
                    speaker = _speaker_before(clause, verb.start())
                    if speaker is None:
                        verb = None
                if verb is not None:
                    cand.cue = verb.group("verb")
                    np_text, offset = speaker
                    cand.speaker_text = np_text
                    cand.speaker_span = (base + clause_offset + offset, base + clause_offset + offset + len(np_text))
                    if np_text.lower() in _PRONOUNS:
                        cand.refer = "previous"
                    cand.via = _find_via(clause[verb.end() :])
                elif last_in_paragraph is not None and not before.strip(" ,.") and n_words >= 2:
                    cand.refer = "inherit"
                elif last_in_paragraph is not None and n_words >= 4 and re.fullmatch(r"[\s.,]*", before):
                    cand.refer = "inherit"
                elif not text[:open_at].strip() and previous_paragraph_quoted and n_words >= 4:
                    cand.refer = "inherit"
                else:
                    continue  # scare quotes, titles, embedded phrases
            found.append(cand)
            last_in_paragraph = cand
            paragraph_quoted = True
            last_end = close_at + 1
        previous_paragraph_quoted = paragraph_quoted or bool(
            segments == [] and _PREPOSED_VERB.search(text) and _BAHWA.search(text)
        )
    return found


def _content_after_verb(text: str, verb_end: int) -> Optional[int]:
    """Where the reported content starts after a preposed verb, skipping adjuncts."""
    rest = text[verb_end:]
    bahwa = _BAHWA.search(rest)
    if bahwa and bahwa.start() < 160:
        return verb_end + bahwa.end()
    position = 0
    for _ in range(6):
        match = _ADJUNCT.match(rest, position)
        if not match or match.end() == position:
            break
        position = match.end()
    remainder = rest[position:].lstrip()
    if not remainder:
        return None
    first = remainder.split(None, 1)[0].lower().strip(",")
    if first in {"kepada", "pada", "dalam", "di", "setelah", "ketika", "saat", "melalui", "tentang", "mengenai", "soal", "dengan", "untuk", "bahwa", "dari", "sebagai"}:
        return None
    if first == "akan" and re.search(r"(?:mengancam|berjanji|bersumpah)\s*$", text[:verb_end], re.IGNORECASE):
        return None  # "mengancam akan …", "berjanji akan …": a threat or promise, an event
    low = remainder.lower()
    if _DECLARING.search(text[:verb_end]) and any(low.startswith(noun) and not low[len(noun) : len(noun) + 1].isalpha() for noun in _NOMINAL_OBJECTS):
        return None  # "menyatakan dukungan/komitmen/perang": a declaration with an object
    if remainder[0] in ":“\"":
        return None
    return verb_end + len(rest) - len(rest[position:].lstrip())


def _clean_content_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " .,;:!?”\"’":
        end -= 1
    return end


def _indirect_candidates(article: Article, direct: list[_Candidate]) -> list[_Candidate]:
    direct_spans = [(c.start, c.end) for c in direct]
    found: list[_Candidate] = []
    for sentence in article.sentences:
        s_start, s_end = sentence.span
        if any(a < s_end and s_start < b for a, b in direct_spans):
            continue
        text = sentence.text
        if len(text) < 20:
            continue
        quoted = [(s_start + a, s_start + b) for a, b in _quote_segments(text)]
        cand = _menurut(text, s_start) or _preposed(text, s_start, quoted) or _trailing(text, s_start)
        if cand is not None:
            found.append(cand)
    return found


def _menurut(text: str, base: int) -> Optional[_Candidate]:
    head = _MENURUT.match(text)
    if not head:
        return None
    rest = text[head.end() :]
    comma = rest.find(",")
    if 0 < comma and len(rest[:comma].split()) <= 10:
        phrase_end = comma
        content_start = comma + 1
    else:
        # No comma: the source ends after its last capitalised run in the first words.
        window = rest[:120]
        runs = list(_CAPITAL_RUN.finditer(window))
        runs = [r for r in runs if len(window[: r.start()].split()) <= 10]
        if not runs:
            return None
        phrase_end = content_start = runs[-1].end()
    phrase = rest[:phrase_end]
    stripped, offset = _strip_speaker(phrase, head.end())
    if not stripped or _is_data_source(stripped):
        return None  # "Menurut data X, 40 rumah rusak": a figure's source, not speech
    c_start = head.end() + content_start
    while c_start < len(text) and text[c_start] == " ":
        c_start += 1
    c_end = _clean_content_end(text, c_start, len(text))
    if len(_words(text[c_start:c_end])) < 3:
        return None
    cand = _Candidate(base + c_start, base + c_end, "indirect", "menurut")
    cand.speaker_text = stripped
    cand.speaker_span = (base + offset, base + offset + len(stripped))
    if stripped.lower().endswith("nya") or stripped.lower() in _PRONOUNS:
        cand.refer = "previous"
    return cand


def _is_data_source(phrase: str) -> bool:
    low = phrase.lower()
    return any(low == d or low.startswith(d + " ") for d in _DATA_SOURCES)


def _preposed(text: str, base: int, quoted: list[tuple[int, int]]) -> Optional[_Candidate]:
    for verb in _PREPOSED_VERB.finditer(text):
        if any(a <= base + verb.start() < b for a, b in quoted):
            continue
        if verb.start() == 0 or not text[verb.start() - 1].isspace():
            continue
        word = verb.group("verb").lower()
        speaker = _speaker_before(text, verb.start())
        if speaker is None:
            continue
        np_text, offset = speaker
        content = _content_after_verb(text, verb.end())
        if content is None:
            continue
        if word in _NEEDS_BAHWA and not _BAHWA.search(text, verb.end(), content):
            continue  # "Stasiun X mencatat 12 gempa susulan": data, not speech
        while content < len(text) and text[content] == " ":
            content += 1
        c_end = _clean_content_end(text, content, len(text))
        if len(_words(text[content:c_end])) < 3:
            continue
        cand = _Candidate(base + content, base + c_end, "indirect", verb.group("verb"))
        cand.speaker_text = np_text
        cand.speaker_span = (base + offset, base + offset + len(np_text))
        cand.belief = word in _BELIEF
        if np_text.lower() in _PRONOUNS:
            cand.refer = "previous"
        cand.via = _find_via(text[verb.end() : content])
        return cand
    return None


_TRAILING = re.compile(
    r"^(?P<content>[^“”\"]{15,}?),\s+(?P<verb>(?:" + _alternation(_POSTPOSED_ROOTS) + r")(?P<nya>nya)?)\b(?P<rest>[^“”\"]*)$",
    re.IGNORECASE,
)


def _trailing(text: str, base: int) -> Optional[_Candidate]:
    match = _TRAILING.match(text)
    if not match or len(_words(match.group("content"))) < 4:
        return None
    cand = _Candidate(base, base + _clean_content_end(text, 0, match.end("content")), "indirect", match.group("verb"))
    if match.group("nya") or match.group("verb").lower().endswith("nya"):
        cand.refer = "previous"
        cand.speaker_text = match.group("verb")
    else:
        speaker = _speaker_after(text, match.end("verb"))
        if speaker is None:
            return None
        cand.speaker_text, offset = speaker
        cand.speaker_span = (base + offset, base + offset + len(cand.speaker_text))
    cand.via = _find_via(match.group("rest"))
    return cand


# --------------------------------------------------------------------------- resolution

def _mentions_in(mentions: list[Mention], span: tuple[int, int]) -> list[Mention]:
    return [m for m in mentions if span[0] <= m.span[0] and m.span[1] <= span[1]]


def _clean_description(text: str) -> str:
    text = text.replace("“", "").replace("”", "").replace('"', "")
    words = text.split()
    if len(words) > 2 and words[-1].lower() in _DEMONSTRATIVES:
        words = words[:-1]
    return " ".join(words).strip(" ,")


_APPOSITIVE_NAME = re.compile(
    r",\s+(?:(?:" + "|".join(_TITLE_ABBREVIATIONS) + r")\.\s*)*"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:el|al|bin|binti|van|von|de)\s+)?[A-Z][\w'’.-]*){0,4})\s*$"
)


_TITLED_NAME = re.compile(r",\s+(?:" + "|".join(_TITLE_ABBREVIATIONS) + r")\.\s*[A-Z]")


def _appositive_name(text: str) -> Optional[str]:
    """The name in a role-then-name apposition that no recogniser tagged
    ("Juru bicara dinas, dr. Sari Wulandari" -> "Sari Wulandari")."""
    if "," not in text:
        return None
    match = _APPOSITIVE_NAME.search(text)
    if not match or not text[0].isalpha():
        return None
    name = match.group("name").rstrip(".")
    head = text.split()[0].lower()
    if name.split()[0].lower() in _TITLES or not (head in _TITLES or head in _SOURCE_HEADS):
        return None
    return name


def _fallback_person(text: str) -> Optional[str]:
    """A person's name in a speaker phrase when no entity recogniser ran:
    a capitalised run from a known given name on ("Menteri X Rangga Wiratama")."""
    for run in reversed(list(_CAPITAL_RUN.finditer(text))):
        words = run.group().rstrip(".").split()
        for k, word in enumerate(words):
            if word in _FIRST_NAMES and k + 1 < len(words):
                return " ".join(words[k:])
    return None


def _role_holder(text: str, inside: list[Mention], article: Optional[Article]) -> Optional[str]:
    """The one person whose recorded role names the same organisation as a role
    phrase without a name ("ketua Komite X" for someone introduced as "Presiden X"
    or "Direktur Komite X")."""
    words = text.lower().split()
    if article is None or not words or words[0] not in _TITLES:
        return None
    targets: set[str] = set()
    for mention in inside:
        if mention.type in ("ORG", "LOC"):
            targets.add((mention.entity or mention.text).lower())
            targets.add(mention.text.lower())
    for entity in article.entities:
        if entity.name.lower() in targets:
            targets.update(a.lower() for a in entity.aliases)
    if not targets:
        # A bare role ("Hakim", "juru bicara kementerian"): the one person whose
        # recorded role starts with the same words.
        phrase = " ".join(words)
        holders = {
            entity.name
            for entity in article.entities
            if entity.type == "PER"
            for role in entity.roles
            if role.lower() == phrase or role.lower().startswith(phrase + " ")
        }
        return holders.pop() if len(holders) == 1 else None
    holders = {
        entity.name
        for entity in article.entities
        if entity.type == "PER"
        for role in entity.roles
        if any(re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", role.lower()) for t in targets)
    }
    return holders.pop() if len(holders) == 1 else None


def _resolve_phrase(
    cand: _Candidate, mentions: list[Mention], roles: dict[str, tuple[str, str]], article: Optional[Article] = None
) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(speaker, type, refer) for an explicit speaker phrase."""
    text = cand.speaker_text or ""
    low_words = text.lower().split()
    if not low_words:
        return None, None, "previous"
    if text.lower() in _PRONOUNS:
        return None, None, "previous"
    if len(low_words) <= 3 and low_words[-1] in _DEMONSTRATIVES:
        return None, None, "previous"  # "pejabat tersebut", "sumber itu", "media-media ini"
    inside = _mentions_in(mentions, cand.speaker_span) if cand.speaker_span else []
    persons = [m for m in inside if m.type == "PER"]
    if persons:
        return persons[-1].entity or persons[-1].text, "PER", None
    name = _appositive_name(text)
    # A country or body in apposition ("Menteri X, Kaldoria") is no person, unless
    # a personal title ("dr.", "Prof.") marks it as one.
    if name and (_TITLED_NAME.search(text) or not any(m.text == name for m in inside)):
        return name, "PER", None
    role = roles.get(text.lower())
    if role:
        return role[0], role[1], None
    holder = _role_holder(text, inside, article)
    if holder:
        return holder, "PER", None
    head = low_words[0]
    two = " ".join(low_words[:2])
    if inside:
        first = inside[0]
        lead = (cand.speaker_text or "")[: first.span[0] - cand.speaker_span[0]].strip().lower()
        if not lead:
            return first.entity or first.text, first.type, None
        if first.type == "ORG" and lead in _ORG_DESCRIPTORS and lead != "media":
            return first.entity or first.text, first.type, None
        if first.type in ("ORG", "LOC") and lead in _DOCUMENT_SOURCES:
            return first.entity or first.text, first.type, None  # "menurut data X": X is the source
    if not mentions:
        person = _fallback_person(text)
        if person:
            return person, "PER", None
    if head in _GROUP_HEADS and len(low_words) <= 3 and not any(m.type == "ORG" for m in inside):
        return _clean_description(text), None, "group"
    if head in _SOURCE_HEADS or two in _SOURCE_HEADS or (len(low_words) > 1 and low_words[1] in _SOURCE_HEADS and head in _QUANTIFIERS):
        return _clean_description(text), None, None
    if not mentions:
        # No entity recogniser ran: take the last capitalised run, minus titles.
        runs = list(_CAPITAL_RUN.finditer(text))
        if runs:
            name_words = runs[-1].group().split()
            while len(name_words) > 1 and name_words[0].lower() in _TITLES:
                name_words = name_words[1:]
            if text[0].isupper() or len(name_words) >= 2:
                return " ".join(name_words), ("PER" if len(name_words) >= 2 else None), None
    return _clean_description(text), None, None


def _subject_persons(article: Article, mentions: list[Mention]) -> list[Mention]:
    """Person mentions in subject position: the first person of a sentence, near
    its start and outside quotation marks ("Pada Senin, Nama menetapkan …")."""
    found: list[Mention] = []
    persons = [m for m in mentions if m.type == "PER"]
    k = 0
    for sentence in article.sentences:
        s_start, s_end = sentence.span
        while k < len(persons) and persons[k].span[0] < s_start:
            k += 1
        if k >= len(persons) or persons[k].span[0] >= s_end:
            continue
        first = persons[k]
        lead = article.body[s_start : first.span[0]]
        if len(lead) > 90 or _QUOTE_MARK.search(lead):
            continue
        last_word = lead.rstrip(" ,").rsplit(" ", 1)[-1]
        if last_word.lower() in _OBJECT_PREPOSITIONS:
            continue  # "bertemu dengan Nama", "kepada Nama": not the subject
        if (last_word.islower() or last_word.lower() in _SOURCE_HEADS) and k + 1 < len(persons):
            # "Pengacara Nama1, Nama2, menolak …": Nama1 is the possessor of the
            # role, the apposition Nama2 is the subject.
            second = persons[k + 1]
            if (
                article.body[first.span[1] : second.span[0]] == ", "
                and article.body[second.span[1] : second.span[1] + 1] == ","
            ):
                first = second
        found.append(first)
    return found


def _person_antecedent(
    position: int, last_person: Optional[_Candidate], subjects: list[Mention]
) -> Optional[tuple[str, str]]:
    """Whom "ia", "dia", "beliau" or a "-nya" clitic at ``position`` refer to: the
    most recent person who spoke or stood as a sentence subject before it."""
    best: Optional[tuple[int, str]] = None
    if last_person is not None:
        # A subject inside the speaker's own phrase ("Kuasa hukum Nama1, Nama2,
        # membantah …") is the speaker's phrase, so compare with where it ends.
        best = (max((last_person.speaker_span or (0, 0))[1], last_person.start), last_person.resolved)
    for mention in subjects:
        if mention.span[1] > position:
            break
        if best is None or mention.span[0] >= best[0]:
            best = (mention.span[0], mention.entity or mention.text)
    return (best[1], "PER") if best else None


def _full_name(short: str, named: list[str]) -> Optional[str]:
    """The one earlier speaker's full name that a one-word name is part of
    ("kata Sari" after "Juru bicara dinas, dr. Sari Wulandari, mengatakan")."""
    matches = {name for name in named if short in name.split()}
    return matches.pop() if len(matches) == 1 else None


def _is_person_reference(cand: _Candidate) -> bool:
    text = (cand.speaker_text or "").lower()
    return text in _PERSON_PRONOUNS or text.endswith("nya")


def _resolve(article: Article, candidates: list[_Candidate]) -> list[Quote]:
    mentions = sorted(article.mentions, key=lambda m: m.span[0])
    subjects = _subject_persons(article, mentions)
    roles: dict[str, tuple[str, str]] = {}
    for entity in article.entities:
        for role in entity.roles:
            roles.setdefault(role.lower(), (entity.name, entity.type))
    quotes: list[Quote] = []
    last: Optional[_Candidate] = None
    last_org: Optional[_Candidate] = None
    last_person: Optional[_Candidate] = None
    named: list[str] = []  # full person names of earlier speakers
    for cand in candidates:
        refer = cand.refer
        if refer is None:
            cand.resolved, cand.resolved_type, refer = _resolve_phrase(cand, mentions, roles, article)
            if refer == "group" and last_org is not None:
                cand.resolved, cand.resolved_type = last_org.resolved, last_org.resolved_type
        if refer == "previous" and _is_person_reference(cand):
            found = _person_antecedent(cand.speaker_span[0] if cand.speaker_span else cand.start, last_person, subjects)
            if found:
                cand.resolved, cand.resolved_type = found
        if refer in ("previous", "inherit") and not cand.resolved:
            if last is not None and last.resolved:
                cand.resolved, cand.resolved_type = last.resolved, last.resolved_type
            elif refer == "previous":
                before = [m for m in mentions if m.type == "PER" and m.span[1] <= cand.start]
                if before:
                    cand.resolved, cand.resolved_type = before[-1].entity or before[-1].text, "PER"
        if cand.resolved and _is_junk_speaker(cand.resolved, verb_phrase=False):
            cand.resolved, cand.resolved_type = None, None  # never a date, number or bracket fragment
        if cand.resolved and cand.resolved_type in ("PER", None) and " " not in cand.resolved:
            cand.resolved = _full_name(cand.resolved, named) or cand.resolved
        head = (cand.speaker_text or "").split()[0].lower() if cand.speaker_text else ""
        if cand.belief and not (cand.resolved_type or head in _SOURCE_HEADS or head in _TITLES):
            continue
        if cand.via is None and refer == "inherit" and last is not None:
            cand.via = last.via
        text = article.body[cand.start : cand.end]
        quotes.append(
            Quote(
                text=text,
                kind=cand.kind,
                speaker=cand.resolved,
                cue=cand.cue,
                span=(cand.start, cand.end),
                via=cand.via,
                speaker_span=cand.speaker_span,
            )
        )
        if cand.resolved and cand.resolved_type == "PER" and " " in cand.resolved:
            named.append(cand.resolved)
        if cand.resolved:
            last = cand
            if cand.resolved_type == "ORG":
                last_org = cand
            document = (cand.speaker_text or "").split(" ", 1)[0].lower() in _DOCUMENT_SOURCES
            if cand.resolved_type == "PER" and not document:
                last_person = cand
    return quotes


def find_quotes(article: Article) -> list[Quote]:
    direct = _direct_candidates(article)
    indirect = _indirect_candidates(article, direct)
    candidates = sorted(direct + indirect, key=lambda c: c.start)
    return _resolve(article, candidates)


def apply(article: Article, *, options: Options = DEFAULT) -> Article:
    article.quotes = find_quotes(article)
    return article
