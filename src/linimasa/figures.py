"""Figures: numbers that count people or things ("setidaknya 12.345 orang tewas").

For every number in a sentence (Indonesian notation "12.345", "1,9 juta";
word numbers "dua", "puluhan ribu"; "Rp 1,5 triliun"; "90 persen"):

1. Drop it when its context says it is not a count: a unit of time, age,
   distance or a month after it ("3 hari", "7 Oktober"); an address, page,
   article, rank or clock word before it ("Lantai 5", "Pasal 5", "pukul
   14.05"); a capitalised word glued before it (names and addresses, "Jalan
   Kenari 21"); letters or slashes attached to it ("G20", "1/12/2024").
2. Decide what it counts, first match wins: percent or currency; a
   transitive verb right before it ("menewaskan 20 orang"); a toll noun
   linked to it ("korban tewas mencapai 20"); the counted noun itself
   ("20 pengungsi"); an intransitive or passive verb after its noun phrase,
   skipping appositions ("20 orang, kebanyakan anak-anak, tewas"). A release
   verb becomes prisoners_released when prison words are near, else
   hostages_released when the article talks about hostages. Numbers of people
   with no verb count as "people" (digits only; "dua sumber" is no figure).
   "ditahan/menahan" is an arrest, unless prisoners or captured soldiers are
   meant; a transitive verb after the noun phrase makes the number its doers
   ("30 personel mengevakuasi warga" are people); counted things ("kapal")
   are "other". Vague plurals ("puluhan", "ribuan") are no figure at all.
3. Qualifier from the words right before it (see ``figure_numbers.json``).
4. ``subject``: the noun phrase after it ("lainnya" takes the previous
   subject); ``place``: the place after "di" in the clause (a LOC mention, else
   a capitalised run), else the last one before it; ``source``: "menurut X" in
   the sentence, or the speaker of the quote that contains the number;
   ``since``: the time expression after "sejak".
5. ``date`` (as-of date): the date of a time expression in the same sentence
   (``timex.date_at`` when available, else the sentence's own resolved DATE
   timexes, never the "sejak" one); with none, the article's publication
   date, since a toll with no time expression ("telah tewas", "kini") is
   stated as of publication. Unknown publication date leaves it None.

Notes:
    The count vocabulary follows ACLED/GDELT casualty fields (killed,
    injured, missing, displaced, arrested). Qualifier mapping follows the
    TimeML TIMEX3 ``mod`` values (APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE);
    "hampir" (nearly) is about: annotators read "nearly N" as roughly N. A range
    ("10-12 orang") gives its lower end with at_least, as ACLED codes ranges;
    a sum per unit of goods ("Rp 15.000 per kilogram") is a price; a release
    that is refused, demanded or promised ("tidak membebaskan 20 sandera")
    counts those still held; parts of a count ("termasuk 50 anak-anak") share
    its counts. Number
    notation follows Indonesian typography (PUEBI): "." groups thousands,
    "," marks decimals.
"""

from __future__ import annotations

import re
from typing import Optional

from .options import DEFAULT, Options
from .records import Article, Figure, Sentence
from .resources import json_resource

NEEDS = ("sentences", "mentions", "timexes")
ADDS = ("figures",)

_COUNTS = json_resource("figure_counts.json")
_NUMBERS = json_resource("figure_numbers.json")
_BLOCKERS = json_resource("figure_blockers.json")

_VERBS: dict[str, str] = _COUNTS["verbs"]
_NOUNS: dict[str, str] = _COUNTS["nouns"]
_TOLL_NOUNS: dict[str, str] = _COUNTS["toll_nouns"]
_BUILDINGS = frozenset(_COUNTS["building_nouns"])
_PEOPLE = frozenset(_COUNTS["people_nouns"])
_PRISON_CONTEXT = tuple(_COUNTS["prisoner_context"])
_INTRANSITIVE_ME = frozenset(_COUNTS["intransitive_me"])
_THING_NOUNS = frozenset(_COUNTS["thing_nouns"])
_BREAKDOWN = tuple(_COUNTS["breakdown_words"])
_PLACE_THINGS = _BUILDINGS | frozenset(_COUNTS["place_thing_nouns"])
_DISEASE_CASE_WORDS = frozenset(_COUNTS["disease_case_words"])
_TREATED_PEOPLE = tuple(_COUNTS["treated_other_nouns"])
_EXPELLED_PEOPLE = tuple(_COUNTS["expelled_people_nouns"])
_NEGATED_RELEASE = frozenset(_COUNTS["negated_release_words"])
_PREPOSITIONS = frozenset("di ke dari pada dalam untuk selama sejak dengan oleh bagi kepada terhadap".split())
# Purpose and contrast words end the clause whose verb tells what a number counts.
_CLAUSE_STOPS = frozenset({";", "sementara", "sedangkan", "namun", "tetapi", "menurut", "untuk", "agar", "supaya", "guna", "sehingga"})
_HOSTAGE_CONTEXT = re.compile(r"\b(?:" + "|".join(map(re.escape, _COUNTS["hostage_context"])) + r")\b", re.IGNORECASE)
_QUAL_BEFORE: dict[str, str] = _NUMBERS["qualifiers_before"]
_QUAL_AFTER: dict[str, str] = _NUMBERS["qualifiers_after"]
_QUAL_BEFORE_WORDS = frozenset(w for phrase in _QUAL_BEFORE for w in phrase.split())
_CUR_BEFORE: dict[str, str] = _NUMBERS["currency_before"]
_CUR_AFTER: dict[str, str] = _NUMBERS["currency_after"]
_SCALES: dict[str, int] = _NUMBERS["scales"]
_PRICE_UNITS = frozenset(_NUMBERS["price_units"])
_PRICE_PER = frozenset(_NUMBERS["price_per"])
_PRICE_SE_UNITS = frozenset(_NUMBERS["price_se_units"])
_UNITS_AFTER = frozenset(_BLOCKERS["units_after"])
_WORDS_BEFORE = frozenset(_BLOCKERS["words_before"])
_DENIAL_VERBS = frozenset(_BLOCKERS["denial_verbs"])
_NEGATORS = frozenset({"tidak", "tak", "bukan", "belum"})
_REPORT_NOUNS = frozenset(_BLOCKERS["report_nouns"])
_WORDS_BEFORE_BARE = _WORDS_BEFORE | {w.rstrip(".") for w in _WORDS_BEFORE}  # "no." and "no" alike
_TRANSITIVE_PREFIXES = ("me",)
_LINKING = frozenset({"mencapai", "menjadi", "sebanyak", "berjumlah", "sebesar", "adalah", "yakni", "yaitu", "tercatat", "sekitar", "kini", "bertambah", "sejumlah", "total", "melampaui", "melebihi", "menembus", "tembus"})
_ADVERBS = frozenset({"telah", "sudah", "kini", "juga", "pun", "masih", "hampir", "baru"})
_SUBJECT_STOPS = frozenset(
    "yang di ke dari dalam pada sejak selama telah sudah akan masih dan atau serta dengan untuk oleh karena "
    "ketika saat setelah sebelum sementara sedangkan namun tetapi itu ini tersebut lainnya juga pun tidak belum "
    "sebagai menurut kata hingga sampai termasuk kebanyakan sebagian atau beserta kini".split()
)
_VERB_PREFIXES = ("me", "di", "ber", "ter", "ke")
_NOUN_EXCEPTIONS = frozenset(_PEOPLE | _BUILDINGS | set(_NOUNS) | {"menteri", "mereka", "medis", "demonstran", "teroris", "dewasa", "tentara", "bersenjata", "kepala", "keluarga", "bermotor", "terdampak", "terluka", "kematian", "berdarah"})
_DIRECTIONS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "raya", "pusat", "tenggara", "barat laut", "barat daya", "timur laut"})
_GEO_NOUNS = frozenset({"kota", "wilayah", "provinsi", "kabupaten", "desa", "kamp", "kawasan", "distrik", "negara", "daerah", "pulau", "kecamatan", "kampung", "jalur", "tepi"})

_SCALE_ALT = "|".join(sorted((re.escape(s) for s in _SCALES if s.islower()), key=len, reverse=True))
_WORD_UNITS = {**_NUMBERS["units"], **_NUMBERS["teens"]}
_WORD_NUM_ALT = "|".join(sorted(list(_WORD_UNITS) + list(_NUMBERS["prefixed"]), key=len, reverse=True))
_APPROX_ALT = "|".join(sorted((re.escape(s) for s in _NUMBERS["approximate"]), key=len, reverse=True))
# First letters of every word-number alternative: a lookahead on them lets the
# regex engine skip most positions at once instead of trying each alternative.
_WORD_FIRSTS = "".join(sorted({re.escape(s[0]) for s in [*_WORD_UNITS, *_NUMBERS["prefixed"], *_NUMBERS["approximate"]]}))

_NUMBER = re.compile(
    r"(?<![\w/:.,-])(?=[\dRUSE$€£¥" + _WORD_FIRSTS + r"])(?:(?P<cur>Rp\.?|US\$|S\$|\$|€|£|RM|¥|USD|EUR)\s?)?"
    r"(?:(?P<digits>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d{3}(?![\d,])|\d+(?:[,.]\d+)?(?=\s*(?:" + _SCALE_ALT + r")\b)|\d+(?:,\d+)?)"
    r"|(?P<approx>(?:" + _APPROX_ALT + r"))"
    r"|(?P<words>(?:" + _WORD_NUM_ALT + r")(?:\s+(?:belas|puluh|ratus))?(?:\s+(?:" + _WORD_NUM_ALT + r")(?:\s+(?:belas))?)?))"
    r"(?![\w:]|/\d|[.,]\d|-\d(?!\d*(?:\.\d{3})*\s+[^\W\d_]))"
    r"(?:\s*(?P<scale>" + _SCALE_ALT + r")\b)?"
    r"(?:\s*(?P<pct>persen\b|%))?",
    re.IGNORECASE,
)
_HAS_NUMBER = re.compile(r"\d|\b(?=[" + _WORD_FIRSTS + r"])(?:" + _WORD_NUM_ALT + r"|" + _APPROX_ALT + r")\b", re.IGNORECASE)
_NOUN_RE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _NOUNS), key=len, reverse=True)) + r")(?!\w)")
_WORD_RE = re.compile(r"[\w'’-]+|[^\w\s]")
# The upper end of a range right after a number: "10-12 orang", "300 – 400 warga".
_RANGE_TAIL = re.compile(r"\s?[-–]\s?(?:\d{1,3}(?:\.\d{3})+|\d+)(?![\w/:]|[.,]\d|-)")


_PEOPLE_COUNTS = frozenset(
    "killed injured missing hostages hostages_released prisoners prisoners_released displaced evacuated arrested people".split()
)
_TOLL_VERB_COUNTS = frozenset({"killed", "injured", "missing", "displaced", "evacuated", "arrested", "hostages"})
_SINGLE_VICTIM_COUNTS = frozenset({"killed", "injured", "missing", "hostages", "arrested", "evacuated"})
_DETAINED_PEOPLE = tuple(_COUNTS["detained_people_context"])
_PEOPLE_LEADS = ("orang ", "warga ", "jiwa ")
_MILITARY = tuple(_COUNTS["military_nouns"])


def _head_counts(subject_low: str) -> Optional[str]:
    """What the head noun of a subject counts ("pengungsi", "suara", "kursi"),
    looking past one people noun ("orang sandera"); a noun deeper inside the
    phrase does not count ("23 tempat pemungutan suara")."""
    for lead in ("",) + _PEOPLE_LEADS:
        if lead and not subject_low.startswith(lead):
            continue
        noun = _NOUN_RE.match(subject_low, len(lead))
        if noun:
            return _NOUNS[noun.group()]
    return None


def _is_thing(subject_low: str) -> bool:
    words = subject_low.split()
    return bool(words) and (words[0] in _THING_NOUNS or " ".join(words[:2]) in _THING_NOUNS)


def _resolve_detained(subject: Optional[str], text: str, words, first: int, subject_end: int) -> str:
    """"ditahan/menahan": arrested, unless it is about prisoners held in a prison
    ("ditahan di penjara X") or hostages held by a group."""
    subject_low = (subject or "").lower()
    if any(w in subject_low for w in ("sandera", "tawanan")):
        return "hostages"
    if any(w in subject_low for w in ("tahanan", "narapidana", "napi")) or subject_low.startswith(_MILITARY):
        return "prisoners"  # held soldiers are prisoners of war
    if any(w in subject_low for w in _DETAINED_PEOPLE):
        return "arrested"
    stop = min(len(words) - 1, subject_end + 8)
    nearby = text[words[max(0, first - 6)][1] : words[stop][2]].lower() if words else ""
    if any(w in nearby for w in _PRISON_CONTEXT):
        return "prisoners"
    return "arrested"


def _word_value(text: str) -> Optional[float]:
    total = 0.0
    current = 0.0
    for word in text.lower().split():
        if word in _WORD_UNITS:
            current += _WORD_UNITS[word]
        elif word in _NUMBERS["prefixed"]:
            current += _NUMBERS["prefixed"][word]
        elif word == "belas":
            current = (current or 1) + 10
        elif word in ("puluh", "ratus"):
            current = (current or 1) * _NUMBERS["multipliers"][word]
        else:
            return None
    return total + current


def _digit_value(text: str, has_scale: bool) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d+,\d{3}", text) and not has_scale:
        return float(text.replace(",", ""))  # English thousands: "1,200 orang"
    return float(text.replace(",", "."))


def _value(match: re.Match) -> Optional[float]:
    scale = match.group("scale")
    multiplier = _SCALES.get(scale.lower(), 1) if scale else 1
    if match.group("digits"):
        return _digit_value(match.group("digits"), bool(scale)) * multiplier
    if match.group("approx"):
        key = " ".join(match.group("approx").lower().split())
        return _NUMBERS["approximate"][key] * multiplier
    value = _word_value(match.group("words"))
    return None if value is None else value * multiplier


# --------------------------------------------------------------------------- helpers over words

def _words_with_offsets(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


def _index_at(words: list[tuple[str, int, int]], offset: int) -> int:
    for i, (_, start, _) in enumerate(words):
        if start >= offset:
            return i
    return len(words)


def _phrase_at(words: list[tuple[str, int, int]], i: int, table) -> Optional[tuple[str, int]]:
    """The longest (up to 3 words) entry of ``table`` starting at word i: (entry, length)."""
    for length in (3, 2, 1):
        if i + length <= len(words):
            phrase = " ".join(w for w, _, _ in words[i : i + length])
            if phrase in table:
                return phrase, length
    return None


def _phrase_ending_at(words: list[tuple[str, int, int]], i: int, table) -> Optional[tuple[str, int]]:
    """The longest entry of ``table`` ending at word i (inclusive)."""
    for length in (3, 2, 1):
        if i - length + 1 >= 0:
            phrase = " ".join(w for w, _, _ in words[i - length + 1 : i + 1])
            if phrase in table:
                return phrase, length
    return None


# ke-…-an words are nouns ("kesepahaman", "kematian"), except the adversative
# passives that report what befell the counted people.
_KE_AN_VERBS = frozenset({"kehilangan", "kebanjiran", "kecurian", "kelaparan", "kedinginan", "kehujanan", "kepanasan", "kemalingan", "ketinggalan", "kejatuhan", "kesakitan"})


def _is_verbish(word: str) -> bool:
    if word.startswith("ke") and word.endswith("an") and word not in _KE_AN_VERBS:
        return False
    return word.startswith(_VERB_PREFIXES) and word not in _NOUN_EXCEPTIONS and len(word) > 4


# --------------------------------------------------------------------------- the work

class _Context:
    def __init__(self, article: Article):
        self.article = article
        self.hostage_article = bool(_HOSTAGE_CONTEXT.search(article.body))
        self.locs = sorted((m for m in article.mentions if m.type == "LOC"), key=lambda m: m.span[0])
        self.published = (article.published or "")[:10] or None
        try:
            from . import timex as timex_module

            self.date_at = getattr(timex_module, "date_at", None)
        except Exception:  # the time component is optional for figures
            self.date_at = None


_AGE_IN_BRACKETS = re.compile(r"\b[A-Z][\w.'’-]*\s*\(\s*$")


def _blocked(sentence: str, match: re.Match, words, first: int, after: int) -> bool:
    if (sentence[match.end() : match.end() + 1] == ")" and len(match.group(0)) <= 3
            and _AGE_IN_BRACKETS.search(sentence[: match.start()])):
        return True  # "RK (31) dan TS (44)", "Rudi Hartono (45)": a person's age
    before = words[first - 1][0] if first > 0 else None
    if before is not None and before.rstrip(".") in _WORDS_BEFORE_BARE:
        return True
    if before is not None and first > 1 and words[first - 2][0] in ("tahun", "kode") and before in ("pos",):
        return True
    if before is not None and not match.group("cur"):
        raw_before = sentence[words[first - 1][1] : words[first - 1][2]]
        if raw_before[:1].isupper() and before not in _QUAL_BEFORE and first - 1 > 0 and raw_before not in ("Rp", "Rp."):
            return True  # "Jalan Kenari 21", "Pasal 5", "Lantai 5"
        if raw_before.isupper() and len(raw_before) > 1 and before not in _CUR_BEFORE:
            return True  # "G 20", "RT 05"
    if after < len(words) and not match.group("pct") and not match.group("scale"):
        nxt = words[after][0]
        if nxt in _UNITS_AFTER:
            return True
    if match.group("digits") and not match.group("scale") and not match.group("pct"):
        digits = match.group("digits")
        if re.fullmatch(r"(?:19|20)\d\d", digits):
            return True  # a year
        if re.fullmatch(r"\d{5}", digits) or (digits.startswith("0") and len(digits) > 1):
            return True  # postal codes, phone numbers
    return False


def _denied_content(words) -> tuple[int, int]:
    """Word indices (start, end) of a denied report's content ("menepis kabar yang beredar bahwa [dua
    sandera tewas]"), up to the next comma or semicolon; (0, 0) when the sentence denies no report.
    A negated denial ("tidak membantah kabar bahwa ...") confirms the report."""
    for i, (word, _, _) in enumerate(words):
        if word not in _DENIAL_VERBS or (i > 0 and words[i - 1][0] in _NEGATORS):
            continue
        reported = False
        for j in range(i + 1, min(len(words), i + 12)):
            if words[j][0] in _REPORT_NOUNS:
                reported = True
            elif words[j][0] == "bahwa" and reported:
                end = j + 1
                while end < len(words) and words[end][0] not in (",", ";"):
                    end += 1
                return j + 1, end
    return 0, 0


def _qualifier(words, first: int) -> tuple[str, int]:
    """Qualifier before word index ``first`` and the index where it starts."""
    for length in (4, 3, 2, 1):
        if first - length >= 0:
            phrase = " ".join(w for w, _, _ in words[first - length : first])
            if phrase in _QUAL_BEFORE:
                return _QUAL_BEFORE[phrase], first - length
    return "exact", first


def _subject(words, sentence: str, start: int) -> tuple[Optional[str], int]:
    """Noun phrase after a number: (text, index after it)."""
    taken: list[int] = []
    i = start
    while i < len(words) and len(taken) < 5:
        word = words[i][0]
        raw = sentence[words[i][1] : words[i][2]]
        if not raw[0].isalnum():
            break
        if word == "dan" and i + 1 < len(words) and words[i + 1][0] in _PEOPLE and taken:
            taken.append(i)
            i += 1
            continue
        if word in _SUBJECT_STOPS or word in _VERBS or _phrase_at(words, i, _VERBS):
            if not taken and word == "lainnya":
                return "lainnya", i + 1
            break
        if _is_verbish(word):
            break
        if raw[0].isupper() and not taken:
            break
        if raw[0].isdigit():
            break
        taken.append(i)
        i += 1
    if not taken:
        return None, start
    text = sentence[words[taken[0]][1] : words[taken[-1]][2]]
    return text, taken[-1] + 1


def _skip_apposition(words, i: int) -> int:
    """Index after an apposition that starts at i ("– sekitar 90 persen … –", ", kebanyakan …,")."""
    if i >= len(words):
        return i
    opener = words[i][0]
    closer = {"–": "–", "—": "—", "-": "-", "(": ")", ",": ","}.get(opener)
    if closer is None:
        return i
    for j in range(i + 1, min(len(words), i + 25)):
        if words[j][0] == closer:
            if closer == ",":
                nxt = words[j + 1][0] if j + 1 < len(words) else ""
                # ", kebanyakan dari mereka …, telah tewas": only when a verb follows.
                if nxt in ("telah", "sudah", "kini", "masih", "juga") or nxt in _VERBS or _phrase_at(words, j + 1, _VERBS):
                    return j + 1
                return i
            return j + 1
    return i


def _verb_after(words, i: int, limit: int) -> Optional[tuple[str, str]]:
    j = _skip_apposition(words, i)
    end = min(len(words), j + limit)
    while j < end:
        word = words[j][0]
        if word in _CLAUSE_STOPS:
            return None
        if word[:1].isdigit() and not _alternative(words, j):
            return None
        found = _phrase_at(words, j, _VERBS)
        if found:
            if _is_transitive(found[0]):
                return None  # "30 personel mengevakuasi warga": the number counts the doers
            return _VERBS[found[0]], found[0]
        j += 1
    return None


def _alternative(words, j: int) -> bool:
    """A number restating the previous one ("3.000 warga atau sekitar 800
    keluarga") or coordinated with it ("86 kios dan 34 los … terbakar"): both
    share the verb that follows."""
    k = j - 1
    while k >= 0 and words[k][0] in _QUAL_BEFORE_WORDS:
        k -= 1
    return k >= 0 and words[k][0] in ("atau", "dan", "serta")


def _is_transitive(phrase: str) -> bool:
    return phrase.split()[0].startswith(_TRANSITIVE_PREFIXES) and phrase not in _INTRANSITIVE_ME


def _verb_before(words, first: int) -> Optional[tuple[str, str]]:
    """A transitive verb whose object the number is ("menewaskan 20 orang");
    a preposition in between ("mengungsi di 11 titik") means it is not."""
    for k in range(first - 1, max(-1, first - 4), -1):
        found = _phrase_ending_at(words, k, _VERBS)
        if found and _is_transitive(found[0]):
            return _VERBS[found[0]], found[0]
        if words[k][0] in (",", ".", ";", "dan") or words[k][0] in _PREPOSITIONS:
            break
    return None


def _coordinated_verb(words, first: int) -> Optional[tuple[str, str]]:
    """The verb of a coordinated object: "menahan dua kapal beserta 14 awaknya",
    "menewaskan 20 warga dan 3 tentara" (the second number)."""
    if first == 0 or words[first - 1][0] not in ("dan", "serta", "beserta", "bersama", "termasuk"):
        return None
    for k in range(first - 2, max(-1, first - 14), -1):
        if words[k][0] in (",", ".", ";", ":") or words[k][0] in _CLAUSE_STOPS:
            break
        found = _phrase_ending_at(words, k, _VERBS)
        if found and _is_transitive(found[0]):
            return _VERBS[found[0]], found[0]
    return None


def _toll_before(words, first: int) -> Optional[str]:
    """A toll noun the number is the value of: "korban jiwa 14 orang",
    "korban tewas mencapai 20", "jumlah korban meninggal akibat banjir yang
    melanda X bertambah menjadi 14 orang" (the subject of the clause)."""
    k = first - 1
    if k < 0:
        return None
    found = _phrase_ending_at(words, k, _TOLL_NOUNS)
    if found and found[0] not in ("pengungsi", "sandera"):
        return _TOLL_NOUNS[found[0]]
    while k > 0 and words[k][0] in _ADVERBS:
        k -= 1
    if words[k][0] not in _LINKING and not (words[k][0] == ":" ):
        return None
    crossed_comma = False
    for j in range(k - 1, max(-1, k - 28), -1):
        if words[j][0] == ",":
            crossed_comma = True  # only "jumlah korban ..." may reach past commas (places in apposition)
            continue
        if words[j][0] in (".", ";") or words[j][0][:1].isdigit():
            break
        found = _phrase_ending_at(words, j, _TOLL_NOUNS)
        if found:
            start = j - len(found[0].split()) + 1
            if crossed_comma and not (start > 0 and words[start - 1][0] in ("jumlah", "total", "angka")):
                return None  # "Selain korban tewas, sebanyak 390 orang dirawat": another clause
            return _TOLL_NOUNS[found[0]]
        if j > 0 and words[j - 1][0] == "yang" and words[j][0] in _VERBS and _VERBS[words[j][0]] in _TOLL_VERB_COUNTS:
            # "jumlah relawan yang tewas kini menjadi empat orang"
            if any(w in ("jumlah", "total", "angka") for w, _, _ in words[max(0, j - 8) : j]):
                return _VERBS[words[j][0]]
    return None


def _resolve_release(words, first: int, subject: Optional[str], ctx: _Context, sentence: str, window: tuple[int, int]) -> str:
    nearby = sentence[window[0] : window[1]].lower()
    subject_low = (subject or "").lower()
    if any(w in subject_low for w in ("tahanan", "narapidana", "napi")) or any(w in nearby for w in _PRISON_CONTEXT):
        return "prisoners_released"
    if any(w in subject_low for w in ("sandera", "tawanan")):
        return "hostages_released"
    if subject_low.startswith(_MILITARY):
        return "prisoners_released"  # soldiers freed in an exchange are prisoners of war
    if ctx.hostage_article:
        return "hostages_released"
    return "people"


def _place(sentence: Sentence, words, text: str, number_end_word: int, first: int, ctx: _Context) -> Optional[str]:
    def place_at(i: int) -> Optional[str]:
        j = i + 1
        if j < len(words) and words[j][0] in _GEO_NOUNS and words[j][0] != "jalur":
            j += 1
        if j >= len(words):
            return None
        start = sentence.span[0] + words[j][1]
        for m in ctx.locs:
            if m.span[0] == start:
                name = m.entity or m.text
                k = _index_at(words, m.span[1] - sentence.span[0])
                if k < len(words) and words[k][0] in _DIRECTIONS:
                    return f"{m.text} {text[words[k][1]:words[k][2]]}"
                return name
        raw = text[words[j][1] : words[j][2]]
        if raw[:1].isupper() and not ctx.locs:
            k = j
            while k + 1 < len(words) and (text[words[k + 1][1]].isupper() or words[k + 1][0] in _DIRECTIONS):
                k += 1
            return text[words[j][1] : words[k][2]]
        return None

    for i in range(number_end_word, min(len(words), number_end_word + 25)):
        if words[i][0] in (";", "menurut"):
            break
        if words[i][0] == "di":
            found = place_at(i)
            if found:
                return found
    for i in range(first - 1, -1, -1):
        if words[i][0] == "di":
            found = place_at(i)
            if found:
                return found
    return None


_MENURUT = re.compile(r"\bmenurut\s+(?P<src>[^,.;]+)", re.IGNORECASE)
_RELEASE = re.compile(r"\b(?:membebaskan|dibebaskan|melepaskan|dilepaskan|pembebasan|dilepas)\b", re.IGNORECASE)
# "sejak X", and the start of the conflict counted from ("Konflik yang pecah pada 13 Oktober itu menewaskan 351 orang").
_SEJAK = re.compile(r"\b(?:sejak|semenjak|yang\s+(?:pecah|meletus|dimulai|berkecamuk)(?:\s+pada)?)\s+(?P<what>[^,.;]{1,80})",
                    re.IGNORECASE)


def _source(article: Article, sentence: Sentence, span: tuple[int, int]) -> Optional[str]:
    match = _MENURUT.search(sentence.text)
    if match:
        src = match.group("src").strip()
        words = src.split()
        if words and words[-1].lower() in ("itu", "ini", "tersebut") and len(words) > 2:
            src = " ".join(words[:-1])
        return src
    for quote in article.quotes:
        if quote.span[0] <= span[0] and span[1] <= quote.span[1]:
            return quote.speaker
    return None


def _dates(article: Article, sentence: Sentence, span: tuple[int, int], ctx: _Context) -> tuple[Optional[str], Optional[str]]:
    since = None
    since_span = None
    sejak = _SEJAK.search(sentence.text)
    if sejak:
        s0 = sentence.span[0] + sejak.start("what")
        s1 = sentence.span[0] + sejak.end("what")
        for t in article.timexes:
            if s0 <= t.span[0] < s1:
                since, since_span = t.value or t.text, t.span
                break
        if since is None and re.search(r"\d", sejak.group("what")):
            since = sejak.group("what").strip()
            since_span = (s0, s1)
    date = None
    own = [
        t
        for t in article.timexes
        if sentence.span[0] <= t.span[0] < sentence.span[1]
        and t.type in ("DATE", "TIME")
        and t.value
        and (since_span is None or not (since_span[0] <= t.span[0] < since_span[1]))
    ]
    if own:
        if ctx.date_at is not None:
            try:
                date = ctx.date_at(article, span)
            except Exception:
                date = None
            if date is not None and date == since:
                date = None
        if date is None:
            nearest = min(own, key=lambda t: abs(t.span[0] - span[0]))
            date = nearest.value[:10] if nearest.value and "T" in nearest.value else nearest.value
    if date is None and not own:
        date = ctx.published
    return date, since


def _sentence_figures(article: Article, sentence: Sentence, ctx: _Context) -> list[Figure]:
    text = sentence.text
    if not _HAS_NUMBER.search(text):
        return []
    words = _words_with_offsets(text)
    figures: list[Figure] = []
    previous_subject: Optional[str] = None
    range_end = -1
    whole: Optional[tuple[str, int]] = None  # (counts, end offset) of the last casualty count in the sentence
    denied_from, denied_to = _denied_content(words)
    for match in _NUMBER.finditer(text):
        if match.start() < range_end:
            continue  # the upper end of a range already read with its lower end
        value = _value(match)
        if value is None:
            continue
        first = _index_at(words, match.start())
        if denied_from <= first < denied_to:
            continue  # the denied rumour's number
        is_range = False
        if match.group("digits") and not match.group("scale") and not match.group("pct") and not match.group("cur"):
            tail = _RANGE_TAIL.match(text, match.end())
            if tail:
                is_range = True
                range_end = tail.end()
        after = _index_at(words, range_end if is_range else match.end())
        if _blocked(text, match, words, first, after):
            continue
        if match.group("approx"):
            continue  # vague plurals ("puluhan orang", "ribuan warga") are not reported figures
        if value == 1 and _emphatic_one(words, after):
            continue  # "tidak ada satu orang pun", "seorang diri": no count
        lead_first = first
        currency = _CUR_BEFORE.get(match.group("cur").lower()) if match.group("cur") else None
        if currency is None and first > 0 and words[first - 1][0] in _CUR_BEFORE:
            currency = _CUR_BEFORE[words[first - 1][0]]
            lead_first = first - 1
        qualifier, _ = _qualifier(words, lead_first)
        if after < len(words):
            found = _phrase_at(words, after, _QUAL_AFTER)
            if found and found[0] != "an":
                qualifier = _QUAL_AFTER[found[0]]
        if match.group("approx") and qualifier == "exact":
            qualifier = "at_least"
        if is_range and qualifier == "exact":
            qualifier = "at_least"  # "10-12 orang": the lower end, as ACLED codes ranges
        if currency is None:
            found = _phrase_at(words, after, _CUR_AFTER)
            if found:
                currency = _CUR_AFTER[found[0]]
        subject, subject_end = _subject(words, text, after)
        if subject == "lainnya":
            subject = previous_subject or subject
        counts: Optional[str] = None
        verb_word: Optional[str] = None
        if match.group("pct"):
            counts = "percent"
        elif currency:
            counts = "price" if _per_unit_of_goods(words, after) else "money"
        if counts is None:
            hit = _verb_before(words, lead_first - (0 if qualifier == "exact" else 0))
            if hit is None:
                q_start = _qualifier(words, lead_first)[1]
                hit = _verb_before(words, q_start)
            if hit:
                counts, verb_word = hit
        if counts is None:
            q_start = _qualifier(words, lead_first)[1]
            counts = _toll_before(words, q_start) or _toll_before(words, lead_first)
        noun_counts = None
        if subject:
            noun_counts = _head_counts(subject.lower())
        if counts is None and noun_counts in ("displaced", "hostages", "aid_trucks", "votes", "seats", "killed", "injured", "missing"):
            counts = noun_counts
        back = " ".join(w for w, _, _ in words[max(0, first - 4) : first])
        if counts is None and ("imbalan" in back or "ditukar" in back or "pertukaran" in back):
            # "dengan imbalan 240 …" in a release sentence: those released in exchange.
            if _RELEASE.search(text):
                counts = "released"
        if counts is None or counts in ("prisoners", "detained", "hostages"):
            hit = _verb_after(words, subject_end, 14)
            if hit and (counts != "hostages" or hit[0] == "released"):
                counts, verb_word = hit  # "20 sandera dibebaskan": a release
            elif counts is None and noun_counts:
                counts = noun_counts
        if counts is None:
            hit = _coordinated_verb(words, _qualifier(words, lead_first)[1])
            if hit:
                counts, verb_word = hit
        if counts == "detained":
            counts = _resolve_detained(subject, text, words, first, subject_end)
        if counts == "released" and verb_word and _negated_verb(words, verb_word, first, subject_end):
            # "jika X tidak membebaskan 38 sandera": those still held, not a release.
            counts = noun_counts if noun_counts in ("hostages", "prisoners") else None
            if counts is None and (subject or "").lower().startswith(_MILITARY):
                counts = "prisoners"  # "akan membebaskan 46 tentara": soldiers still held
            if counts is None:
                hit = _verb_after(words, subject_end, 14)  # "… 11 insinyur yang disandera"
                counts = hit[0] if hit and hit[0] != "released" else None
        if counts == "treated":
            counts = "people" if (subject or "").lower().startswith(_TREATED_PEOPLE) else "injured"
        if counts == "expelled":
            counts = "people" if (subject or "").lower().startswith(_EXPELLED_PEOPLE + ("migran", "imigran", "pencari suaka", "warga negara")) else "displaced"
        if counts == "hostages" and subject and subject.lower().startswith(_MILITARY):
            counts = "prisoners"  # captured soldiers ("46 tentara … ditawan") are prisoners of war
        if counts == "obtained":
            counts = noun_counts if noun_counts in ("votes", "seats") else None
        if counts == "buildings_damaged" and not (subject and any(b in subject.lower() for b in _BUILDINGS)):
            counts = None
        if counts == "aid_trucks" and not re.search(r"\bbantuan\b", text, re.IGNORECASE):
            counts = "other"
        if counts == "released":
            # Look for prison words near the number, but not past an exchange ("dengan imbalan …").
            stop = min(len(words) - 1, subject_end + 8)
            for k in range(after, stop + 1):
                if words[k][0] in ("imbalan", "ditukar", "pertukaran") or (k > after and words[k][0][:1].isdigit()):
                    stop = max(after, k - 1)
                    break
            window = (words[first][1], words[stop][2])
            counts = _resolve_release(words, first, subject, ctx, text, window)
        if counts is None and subject and match.group("digits"):
            # A plain number of people with no verb; vague plurals ("ratusan
            # pendukung") and word numbers ("dua sumber") are no figure.
            if subject.lower().split()[0] in _PEOPLE:
                counts = "people"
        if (counts is None or counts == "people") and whole and subject and subject.lower().split()[0] in _PEOPLE | {"lainnya"}:
            if _part_of(text[whole[1] : match.start()]):
                counts = whole[0]  # "12 orang tewas, terdiri atas sembilan pasien dan tiga perawat"
        case_counts = _disease_cases(subject)
        if case_counts and counts in (None, "other", "people", "treated"):
            counts = case_counts  # "214 kasus difteri": patients
        thing = bool(subject) and _is_thing(subject.lower()) and not case_counts
        if thing and counts in _PEOPLE_COUNTS:
            counts = "other"  # "menahan dua kapal": boats are not detainees
        elif thing and counts is None and qualifier != "exact" and match.group("digits"):
            counts = "other"  # "sedikitnya 300 kapal nelayan bergantung pada …"
        elif thing and counts is None and value >= 2 and not _is_counted_place(subject.lower()) and _object_of_transitive(words, _qualifier(words, lead_first)[1]):
            counts = "other"  # "mengirim 6.000 dosis vaksin", "menandatangani tujuh perjanjian"
        if counts is None:
            continue
        if match.group("words") and value == 1 and counts not in _SINGLE_VICTIM_COUNTS:
            continue  # "seorang", "satu" are mostly articles ("seorang ajudan … dilepaskan"); count one only as a casualty
        if counts in ("killed", "injured", "missing", "hostages", "hostages_released", "prisoners", "prisoners_released", "displaced", "evacuated", "arrested", "people") and match.group("words") and value < 1:
            continue
        span = (sentence.span[0] + match.start(), sentence.span[0] + match.end())
        number_end = _index_at(words, match.end())
        date, since = _dates(article, sentence, span, ctx)
        figures.append(
            Figure(
                value=int(value) if float(value).is_integer() else value,
                counts=counts,
                span=span,
                text=text,
                qualifier=qualifier,
                subject=subject,
                place=_place(sentence, words, text, number_end, first, ctx),
                date=date,
                since=since,
                source=_source(article, sentence, span),
                unit=currency if counts == "money" else None,
            )
        )
        if subject and subject != "lainnya":
            previous_subject = subject
        if counts in _PEOPLE_COUNTS and counts != "people":
            whole = (counts, match.end())
    return figures


def _part_of(between: str) -> bool:
    """Whether the text between a casualty count and a later number makes the
    later one a part of it: a breakdown word, or a bare "dan N" after the
    whole's own phrase ("… di X, menurut Y, dan 17 orang di Z")."""
    low = between.lower()
    if any(re.search(r"\b" + word + r"\b", low) for word in _BREAKDOWN):
        return True
    tail = low.rstrip().rsplit(None, 1)
    return bool(tail) and tail[-1] in ("dan", "serta") and not any(ch.isdigit() for ch in low)


def _is_counted_place(subject_low: str) -> bool:
    """Buildings and places opened, visited or used ("membuka tiga sekolah")
    are not figures; only their damage is."""
    words = subject_low.split()
    return words[0] in _PLACE_THINGS or " ".join(words[:2]) in _PLACE_THINGS


def _emphatic_one(words, after: int) -> bool:
    """"satu orang pun", "seorang diri", "sepeser pun": one that is no count."""
    window = [w for w, _, _ in words[after : after + 3]]
    return "pun" in window or (bool(window) and window[0] == "diri")


def _per_unit_of_goods(words, after: int) -> bool:
    """"Rp 15.000 per kilogram", "Rp 7.500/liter", "Rp 40.000 sekilo": a price."""
    if after >= len(words):
        return False
    if words[after][0] in _PRICE_SE_UNITS:
        return True
    return words[after][0] in _PRICE_PER and after + 1 < len(words) and words[after + 1][0] in _PRICE_UNITS


def _negated_verb(words, verb_word: str, first: int, subject_end: int) -> bool:
    """Whether the verb found for a number is negated, demanded or conditional
    ("tidak membebaskan", "menuntut … membebaskan", "belum dibebaskan")."""
    head = verb_word.split()[0]
    before_number = [k for k in range(max(0, first - 4), first) if words[k][0] == head]
    after_number = [k for k in range(subject_end, min(len(words), subject_end + 14)) if words[k][0] == head]
    spot = before_number[-1] if before_number else (after_number[0] if after_number else None)
    if spot is None:
        return False
    return any(w in _NEGATED_RELEASE for w, _, _ in words[max(0, spot - 3) : spot])


def _disease_cases(subject: Optional[str]) -> Optional[str]:
    """"214 kasus campak", "61 kasus positif": people; "kasus kematian": killed."""
    if not subject:
        return None
    words = subject.lower().split()
    if len(words) < 2 or words[0] != "kasus":
        return None
    rest = words[1:]
    if rest[0] in ("kematian", "meninggal"):
        return "killed"
    if rest[0] in _DISEASE_CASE_WORDS or " ".join(rest[:2]) in _DISEASE_CASE_WORDS:
        return "people"
    return None


def _object_of_transitive(words, start: int) -> bool:
    """A counted thing that is the object of an active verb: right after it
    ("mengirim 6.000 dosis") or coordinated with its object ("mengirim tim
    serta 6.000 dosis", "membekukan aset 48 pejabat dan 12 perusahaan")."""
    k = start - 1
    if k < 0:
        return False
    if words[k][0] in ("dan", "serta", "beserta"):
        for j in range(k - 1, max(-1, k - 10), -1):
            word = words[j][0]
            if word in (",", ".", ";", ":") or word in _CLAUSE_STOPS:
                return False
            if _is_active_verb(word):
                return True
        return False
    return _is_active_verb(words[k][0])


def _is_active_verb(word: str) -> bool:
    return word.startswith("me") and len(word) > 5 and word not in _NOUN_EXCEPTIONS and word not in _INTRANSITIVE_ME and word not in _LINKING and word not in _QUAL_BEFORE


def find_figures(article: Article) -> list[Figure]:
    ctx = _Context(article)
    found: list[Figure] = []
    for sentence in article.sentences:
        found.extend(_sentence_figures(article, sentence, ctx))
    return found


def apply(article: Article, *, options: Options = DEFAULT) -> Article:
    article.figures = find_figures(article)
    return article
