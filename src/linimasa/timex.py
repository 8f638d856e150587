"""Time expressions: find them and resolve them against the publication date.

``apply`` fills ``article.timexes`` with ``Timex(text, type, value, span,
anchor, inferred)``. Values are TIMEX3/ISO 8601:

* a day "2023-12-18"; a day and a part of the day "2023-12-19TNI" (TIMEX3
  codes MO, MI, AF, EV, NI for pagi, siang, sore, petang, malam); a day and a
  clock time "2023-12-19T20:00";
* a month "2023-11" (``mod`` START/MID/END for awal/pertengahan/akhir), a
  year "2022", an ISO week "2024-W07", a weekend "2024-W07-WE", a quarter
  "2024-Q1" or half "2024-H1", a decade "199", a century "20";
* durations "P3D", "P2W", "PXM" (type DURATION), and "PRESENT_REF" /
  "PAST_REF" for "saat ini" and "baru-baru ini".

The grammar is data (``lang/id/timex_lexicon.json``: weekday and month names
in Indonesian and English, spelling variants such as "Nopember" and "Jum'at",
number words, units, relative words, modifiers, parts of the day). This module
turns those lists into one precompiled regular expression with one branch per
construction and a resolver per branch.

Resolution rules (anchor = the date part of ``article.published``):

* A bare weekday, "Senin" / "hari Senin" / "pada Senin (malam)", is the most
  recent such day on or before the anchor: news reports past events, and a
  bare weekday in a news story refers to the past seven days. "Senin lalu" /
  "Senin kemarin" is the most recent one strictly before the anchor;
  "Senin depan" / "Senin mendatang" the next one strictly after; "Senin
  pekan lalu" the Monday of the previous ISO week. An explicit date next to
  the weekday wins ("Minggu (1/12/2024)" is one expression, 2024-12-01).
  Capitalised "Minggu" is Sunday, lower-case "minggu" a week unless it
  follows "hari".
* A day and month without a year ("sejak 7 Oktober") take the year that makes
  the date the most recent one not after the anchor; a bare month ("akhir
  November", "sejak Desember") likewise. When a future cue ("akan",
  "dijadwalkan", "mendatang", ...) stands before it in the sentence, the
  nearest one on or after the anchor is taken instead; "sejak" always looks back.
* Numeric dates are day/month/year ("(1/12/2024)" is 1 December 2024).
* "pekan lalu" is the ISO week before the anchor's ("2024-W07");
  ``date_range`` gives the days it covers and ``representative_date`` the day
  a week before the anchor. "akhir pekan" is the weekend of the anchor's week.
* "N hari/pekan/bulan/tahun lalu" counts back from the anchor at that
  granularity; "tahun lalu" is the previous year.
* Words relative to the narrative rather than to the anchor ("sehari
  sebelumnya", "pekan berikutnya") are kept with value None.
* No anchor (publication date unknown): absolute dates still resolve; relative
  expressions are resolved against the article's news peg (``news_peg``: a
  weekday + full date whose weekday fits, "Minggu (1/12/2024)") and marked
  ``inferred``; without a peg they keep value None (never guessed).

Notes:
    The categories (DATE/TIME/DURATION, mod, PRESENT_REF) are TimeML's TIMEX3
    (Pustejovsky et al. 2005). The "a bare weekday in news is the past week"
    rule is HeidelTime's news-domain default (Strötgen & Gertz 2010), and the
    Indonesian lexicon was checked against the categories of IndoTimex
    (Mirza 2015); both grammars are independent of this one.
"""

from __future__ import annotations

import bisect
import calendar
import re
from datetime import date, timedelta
from dataclasses import replace
from typing import Any, Iterable, Optional

from .dates import iso_day
from .options import DEFAULT, Options
from .records import Article, Span, Timex
from .resources import json_resource

NEEDS = ("sentences", "published")
ADDS = ("timexes",)

_LEX: dict[str, Any] = json_resource("timex_lexicon.json")

WEEKDAYS: dict[str, int] = _LEX["weekdays"]
MONTHS: dict[str, int] = _LEX["months"]
_NUMBER_WORDS: dict[str, int] = _LEX["number_words"]
_UNITS: dict[str, str] = _LEX["units"]
_ONE_UNIT: dict[str, str] = _LEX["one_unit_words"]
_PARTS_OF_DAY: dict[str, str] = _LEX["parts_of_day"]
_MODIFIERS: dict[str, str] = _LEX["modifiers"]
_DAY_WORDS: dict[str, int] = _LEX["day_words"]
_NIGHT_WORDS: dict[str, int] = _LEX["night_words"]
_QUARTERS: dict[str, int] = _LEX["quarters"]
_QUARTER_WORDS: dict[str, str] = _LEX["quarter_words"]
_PAST = frozenset(_LEX["past_words"]) - {"sebelumnya", "terakhir"}
_FUTURE = frozenset(_LEX["future_words"]) - {"berikutnya", "selanjutnya"}
_THIS = frozenset(_LEX["this_words"])
_ANAPHORIC = frozenset(_LEX["anaphoric_words"])
_SIGNALS = frozenset(_LEX["signals"])
_BARE_YEAR_CUES = frozenset(_LEX["bare_year_cues"])
_BARE_MONTH_CUES = frozenset(_LEX["bare_month_cues"])
_FUTURE_CUES = frozenset(_LEX["future_cues"])

_S = r"[^\S\n]+"  # space inside a paragraph (never a paragraph break)
_OS = r"[^\S\n]*"


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces flexible."""
    escaped = [re.escape(w).replace(r"\ ", _S) for w in sorted(set(words), key=len, reverse=True)]
    return "(?:" + "|".join(escaped) + ")"


_WEEKDAY = "(?:" + _alt(w for w in WEEKDAYS if w != "minggu") + r"|(?-i:Minggu|MINGGU)|(?<=[Hh]ari )minggu)"
_MONTH = _alt(MONTHS)
_POD = _alt(_PARTS_OF_DAY)
_MOD = _alt(_MODIFIERS)
_ONE_DIGIT = _alt(w for w, n in _NUMBER_WORDS.items() if n < 10)
_NUMBER_WORD = rf"(?:{_ONE_DIGIT}{_S}puluh(?:{_S}{_ONE_DIGIT})?|{_ONE_DIGIT}{_S}belas|{_alt(_NUMBER_WORDS)})"
_QTY = rf"(?:\d{{1,3}}|{_NUMBER_WORD})"
_UNIT = _alt(_UNITS)
_ONE_UNIT_RE = _alt(_ONE_UNIT)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MON_NUM = r"(?:1[0-2]|0?[1-9])"
_YEAR4 = r"(?:19|20)\d\d"
_TZ = _alt(_LEX["time_zones"])
_REL_WEEKDAY = _alt(["lalu", "yang lalu", "kemarin", "depan", "mendatang", "ini", "pekan lalu", "pekan depan",
                     "pekan ini", "minggu lalu", "minggu depan", "minggu ini"])
_REL_UNIT = _alt(["ini", "lalu", "yang lalu", "kemarin", "depan", "mendatang", "yang akan datang", "silam",
                  "sebelumnya", "berikutnya", "selanjutnya"])
_REL_QTY = _alt(["lalu", "yang lalu", "silam", "yang silam", "terakhir", "lagi", "mendatang", "ke depan",
                 "kemudian", "sebelumnya", "berikutnya"])
_REL_MONTH = _alt(["lalu", "yang lalu", "silam", "ini", "depan", "mendatang", "tahun lalu", "tahun ini",
                   "tahun depan"])


def _time_tail(name: str) -> str:
    return (
        rf"(?:,?{_S}(?:sekitar{_S})?(?:pukul|pkl\.?|jam){_S}(?P<{name}_h>[01]?\d|2[0-4])"
        rf"(?:[.:](?P<{name}_mi>[0-5]\d))?(?:{_S}{_TZ})?(?:{_S}(?P<{name}_pod>{_POD}))?)?"
    )


_BRANCHES: list[tuple[str, str]] = [
    # Senin / hari Senin / Minggu (1/12/2024) / Selasa, 21 November 2023 / Selasa malam / Senin lalu
    ("wd", rf"(?:hari{_S})?(?P<wd_name>{_WEEKDAY})(?:-?nya)?(?:{_S}(?P<wd_pod1>{_POD}))?"
           rf"(?:,?{_OS}\(?(?P<wd_d>{_DAY})[/-](?P<wd_m>{_MON_NUM})(?:[/-](?P<wd_y>\d{{4}}|\d\d))?\)"
           rf"|,?{_OS}\((?P<wd_d3>{_DAY})[/-](?P<wd_m3>{_MON_NUM})[/-](?P<wd_y3>\d{{4}}|\d\d)(?![\d/])"
           rf"|,?{_S}(?:tanggal{_S})?(?P<wd_d2>{_DAY}){_S}(?P<wd_mon>{_MONTH})(?:{_S}(?P<wd_y2>{_YEAR4}))?)?"
           rf"(?:{_S}(?P<wd_pod2>{_POD}))?(?:{_S}(?P<wd_rel>{_REL_WEEKDAY}))?" + _time_tail("wdt")),
    # November 21, 2023
    ("eng", rf"(?P<e_mon>{_MONTH}){_S}(?P<e_d>{_DAY})(?:st|nd|rd|th)?,{_OS}(?P<e_y>{_YEAR4})"),
    # 7 Oktober 2023 / tanggal 7 Oktober / 7-8 Oktober 2023 lalu
    ("date", rf"(?:tanggal{_S}|tgl\.?{_S})?(?<![\d.,])(?P<d_d>{_DAY})(?:{_OS}[-–]{_OS}{_DAY})?{_S}"
             rf"(?P<d_mon>{_MONTH})(?:{_S}(?P<d_y>{_YEAR4}))?(?:{_S}(?P<d_rel>{_REL_MONTH}))?" + _time_tail("dt")),
    # 1/12/2024, 1-12-2024
    ("num", rf"(?<![\d.,/])(?P<n_d>{_DAY})(?P<n_sep>[/-])(?P<n_m>{_MON_NUM})(?P=n_sep)(?P<n_y>\d{{4}}|\d\d)(?![\d/])"
            + _time_tail("nt")),
    # 2024-12-01
    ("iso", rf"(?P<i_y>{_YEAR4})-(?P<i_m>0[1-9]|1[0-2])-(?P<i_d>0[1-9]|[12]\d|3[01])(?!\d)"),
    # kuartal III 2023 / semester pertama tahun ini
    ("qtr", rf"(?P<q_word>{_alt(_QUARTER_WORDS)}){_S}(?:ke-?)?(?P<q_n>{_alt(_QUARTERS)})(?!\w)"
            rf"(?:{_S}(?:tahun{_S})?(?P<q_y>{_YEAR4})|{_S}tahun{_S}(?P<q_rel>ini|lalu|depan))?"),
    # tahun 1990-an
    ("dec", rf"(?:tahun{_S})?(?P<dc>(?:19|20)\d)0-?an"),
    # abad ke-21
    ("cent", rf"abad{_S}(?:ke-?)?(?P<c_n>\d{{1,2}}|XXI|XX|XIX)(?!\w)"),
    # akhir tahun 2023 / tahun 2022 / pada 2023
    ("yr", rf"(?:(?P<y_mod>{_MOD}){_S})?(?:(?P<y_word>tahun){_S})?(?<![\d.,])(?P<y_y>{_YEAR4})(?![\d]|[.,]\d)"
           rf"(?:{_S}(?P<y_rel>lalu|silam))?"),
    # akhir November / bulan Desember / Juli lalu / Oktober 2023
    ("mon", rf"(?:(?P<m_mod>{_MOD}){_S})?(?:(?P<m_word>bulan){_S})?(?P<m_mon>{_MONTH})(?!\w)"
            rf"(?:{_S}(?:tahun{_S})?(?P<m_y>{_YEAR4})(?!\d)|{_S}(?P<m_rel>{_REL_MONTH}))?"),
    # selama tiga bulan / sepanjang sepekan
    ("dur", rf"(?:selama|sepanjang){_S}(?P<du_body>(?P<du_n>{_QTY}){_S}(?P<du_unit>{_UNIT})|(?P<du_one>{_ONE_UNIT_RE}))(?!\w)"),
    # berbulan-bulan / bertahun-tahun
    ("durx", r"ber(?P<dx_unit>hari|minggu|pekan|bulan|tahun|jam)-(?P=dx_unit)"),
    # dua hari lalu / tiga pekan lalu / sepekan terakhir / beberapa hari lalu
    ("qty", rf"(?:(?P<qt_n>{_QTY}|beberapa|sejumlah){_S}(?P<qt_unit>{_UNIT})|(?P<qt_one>{_ONE_UNIT_RE}))"
            rf"{_S}(?P<qt_rel>{_REL_QTY})(?!\w)"),
    # pekan lalu / tahun ini / akhir pekan / awal bulan depan / hari ini
    ("rel", rf"(?:(?P<r_mod>{_MOD}){_S})?(?P<r_unit>hari|pekan|minggu|bulan|tahun)(?:{_S}(?P<r_rel>{_REL_UNIT}))?(?!\w)"),
    # kemarin / besok pagi / semalam / tadi malam / kemarin lusa
    ("day", rf"(?P<dy_word>{_alt(_DAY_WORDS)})(?!\w)(?:{_S}(?P<dy_pod>{_POD}))?"),
    ("night", rf"(?P<nt_word>{_alt(_NIGHT_WORDS)})"),
    ("podx", rf"(?:(?P<px_pod>{_POD}){_S}(?P<px_rel>ini|tadi)|tadi{_S}(?P<px_pod2>{_POD}))"),
    ("now", rf"(?P<now_w>{_alt(_LEX['present_words'])})"),
    ("vague", rf"(?P<vague_w>{_alt(_LEX['vague_past_words'])})"),
    ("time", rf"(?:pukul|pkl\.?){_S}(?P<t_h>[01]?\d|2[0-4])(?:[.:](?P<t_mi>[0-5]\d))?(?:{_S}{_TZ})?(?:{_S}(?P<t_pod>{_POD}))?"),
]

_MASTER = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _BRANCHES) + r")(?![\w])",
    re.IGNORECASE,
)


def _first_words(entries: Iterable[str]) -> set[str]:
    return {re.split(r"[\s-]", entry.lower(), maxsplit=1)[0] for entry in entries}


# Words that can open a time expression. The master expression is only tried
# at these words and at numbers, which keeps ``find_timexes`` well under a
# millisecond for a typical article (trying every word start costs ~3x more).
_TRIGGERS = frozenset(
    _first_words(WEEKDAYS) | _first_words(MONTHS) | _first_words(_MODIFIERS) | _first_words(_PARTS_OF_DAY)
    | _first_words(_NUMBER_WORDS) | _first_words(_UNITS) | _first_words(_ONE_UNIT) | _first_words(_DAY_WORDS)
    | _first_words(_NIGHT_WORDS) | _first_words(_LEX["present_words"]) | _first_words(_LEX["vague_past_words"])
    | _first_words(_QUARTER_WORDS)
    | {"hari", "tanggal", "tgl", "tahun", "bulan", "abad", "selama", "sepanjang", "beberapa", "sejumlah", "tadi",
       "pukul", "pkl", "berhari", "berminggu", "berpekan", "berbulan", "bertahun", "berjam"}
)
_CANDIDATE = re.compile(r"(?<![\w-])[^\W_][\w'’]*")
_PREVIOUS_WORD = re.compile(r"([\w-]+)[^\w\n]*$")
_FUTURE_CUE_RE = re.compile(r"(?<!\w)" + _alt(_FUTURE_CUES) + r"(?!\w)", re.IGNORECASE)
_SINCE_RE = re.compile(r"(?:sejak|semenjak)[^\S\n]*$", re.IGNORECASE)
_VALUE_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_VALUE_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_VALUE_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_VALUE_YEAR = re.compile(r"^(\d{4})$")
_VALUE_PART = re.compile(r"^(\d{4})-([QH])(\d)$")
_ROMAN = {"XIX": 19, "XX": 20, "XXI": 21}
_UNIT_LETTER = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE",
                "hour": "H", "minute": "M", "second": "S"}


# --------------------------------------------------------------------------- calendar helpers

def _make_date(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _week(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _year4(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _number(text: str) -> Optional[int]:
    """'3' -> 3, 'tiga' -> 3, 'dua belas' -> 12, 'dua puluh lima' -> 25."""
    text = " ".join(text.lower().split())
    if text.isdigit():
        return int(text)
    if text in _NUMBER_WORDS:
        return _NUMBER_WORDS[text]
    parts = text.split(" ")
    if len(parts) == 2 and parts[1] == "belas":
        return 10 + _NUMBER_WORDS.get(parts[0], 0)
    if len(parts) >= 2 and parts[1] == "puluh":
        tens = _NUMBER_WORDS.get(parts[0], 0) * 10
        return tens + (_NUMBER_WORDS.get(parts[2], 0) if len(parts) == 3 else 0)
    return None


_DAY_ORDINAL = re.compile(r"\bhari\s+ke-?\s?(\d{1,3}|[a-z]+)\b", re.IGNORECASE)


def day_ordinal(text: str) -> Optional[int]:
    """N of the first "hari ke-N" / "hari ketiga" in ``text``: the day count of something still going on.

    "Perundingan memasuki hari ketiga" -> 3. "pertama" is not counted: day one is the start itself."""
    for match in _DAY_ORDINAL.finditer(text):
        word = match.group(1).lower()
        if word.isdigit():
            return int(word) if int(word) >= 2 else None
        value = _number(word)  # "ke" + "tiga"
        if value and value >= 2:
            return value
    return None


def length_in_days(words: list[str]) -> Optional[int]:
    """Days in a span of days or weeks: ["sehari"] -> 1, ["dua", "hari"] -> 2, ["3", "pekan"] -> 21.

    Only days and weeks: "sebulan setelah" spans a month of unknown length."""
    sizes = {"day": 1, "week": 7}
    if len(words) == 1:
        return sizes.get(_ONE_UNIT.get(words[0].lower(), ""))
    if len(words) == 2:
        count, size = _number(words[0]), sizes.get(_UNITS.get(words[1].lower(), ""))
        if count and size:
            return count * size
    return None


def length_before(words: list[str], k: int) -> Optional[int]:
    """Days of the length of time in the one or two words right before ``words[k]``
    ("dua hari | setelah", "sehari | kemudian"), else None."""
    return length_in_days(words[max(0, k - 1) : k]) or (length_in_days(words[k - 2 : k]) if k >= 2 else None)


def _weekday_value(anchor: date, weekday: int, relation: str) -> date:
    back = (anchor.weekday() - weekday) % 7
    if relation == "past":  # strictly before the anchor
        return anchor - timedelta(days=back or 7)
    if relation == "future":  # strictly after the anchor
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if relation == "this_week":
        return anchor + timedelta(days=weekday - anchor.weekday())
    if relation == "last_week":
        return anchor - timedelta(days=anchor.weekday() + 7 - weekday)
    if relation == "next_week":
        return anchor + timedelta(days=7 - anchor.weekday() + weekday)
    return anchor - timedelta(days=back)  # on or before the anchor


def _day_month_value(anchor: date, month: int, day: int, future: bool) -> Optional[date]:
    """The day-month nearest the anchor, looking back (or forward if ``future``)."""
    step = 1 if future else -1
    for offset in range(0, 9):  # 29 February needs up to 8 years
        candidate = _make_date(anchor.year + step * offset, month, day)
        if candidate is None:
            continue
        if (candidate >= anchor) if future else (candidate <= anchor):
            return candidate
    return None


def _month_of(anchor: date, month: int, relation: str) -> tuple[int, int]:
    if relation == "future":
        return (anchor.year if month > anchor.month else anchor.year + 1), month
    if relation == "future_or_this":
        return (anchor.year if month >= anchor.month else anchor.year + 1), month
    if relation == "past":
        return (anchor.year if month < anchor.month else anchor.year - 1), month
    if relation == "this_year":
        return anchor.year, month
    return (anchor.year if month <= anchor.month else anchor.year - 1), month


def _relation(word: Optional[str]) -> Optional[str]:
    if not word:
        return None
    word = " ".join(word.lower().split())
    if word in _ANAPHORIC:
        return "anaphoric"
    if word in _PAST:
        return "past"
    if word in _FUTURE:
        return "future"
    if word in _THIS:
        return "this"
    if word == "terakhir":
        return "duration"
    return None


def _pod(text: Optional[str]) -> Optional[str]:
    return _PARTS_OF_DAY.get(" ".join(text.lower().split())) if text else None


def _with_time(day: Optional[date], pod: Optional[str], hour: Optional[str], minute: Optional[str]) -> tuple[str, Optional[str]]:
    """(type, value) for a day with an optional part of day or clock time."""
    if day is None:
        return ("TIME" if (pod or hour) else "DATE"), None
    value = day.isoformat()
    if hour is not None:
        hours = int(hour)
        if pod in ("AF", "EV", "NI") and hours < 12:
            hours += 12  # "pukul 8 malam"
        return "TIME", f"{value}T{hours % 24:02d}:{int(minute or 0):02d}"
    if pod:
        return "TIME", f"{value}T{pod}"
    return "DATE", value


# --------------------------------------------------------------------------- resolvers
# Each returns (type, value, mod, relative) or None to reject the match.

Resolved = Optional[tuple[str, Optional[str], Optional[str], bool]]


def _weekday_year(anchor: date, month: int, day: int, weekday: int) -> Optional[date]:
    """ "Selasa (21/10)": the year in which that day-month falls on that weekday.

    The weekday settles the year that the numbers leave open; among the years
    around the anchor where it fits, the one nearest the anchor wins (so an
    announced future meeting resolves forward). Where it fits in none, fall
    back to the most recent such day-month.
    """
    fitting = [
        candidate
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (candidate := _make_date(year, month, day)) is not None and candidate.weekday() == weekday
    ]
    if fitting:
        return min(fitting, key=lambda candidate: abs((candidate - anchor).days))
    return _day_month_value(anchor, month, day, False)


def _resolve_wd(g: dict[str, Optional[str]], anchor: Optional[date], ctx: "_Context") -> Resolved:
    weekday = WEEKDAYS[g["wd_name"].lower().replace("’", "'")] if g["wd_name"].lower().replace("’", "'") in WEEKDAYS else None
    if weekday is None:
        return None
    pod = _pod(g["wd_pod1"] or g["wd_pod2"] or g["wdt_pod"])
    explicit: Optional[date] = None
    relative = False
    day_text, month, year_text = g["wd_d"] or g["wd_d3"], g["wd_m"] or g["wd_m3"], g["wd_y"] or g["wd_y3"]
    if g["wd_d2"]:
        day_text, month, year_text = g["wd_d2"], str(MONTHS[g["wd_mon"].lower()]), g["wd_y2"]
    if day_text:
        if year_text:
            explicit = _make_date(_year4(year_text), int(month), int(day_text))
        else:
            relative = True
            explicit = _weekday_year(anchor, int(month), int(day_text), weekday) if anchor else None
        day = explicit
    else:
        relative = True
        rel = " ".join((g["wd_rel"] or "").lower().split())
        if anchor is None:
            day = None
        elif rel in ("pekan lalu", "minggu lalu"):
            day = _weekday_value(anchor, weekday, "last_week")
        elif rel in ("pekan depan", "minggu depan"):
            day = _weekday_value(anchor, weekday, "next_week")
        elif rel in ("pekan ini", "minggu ini", "ini"):
            day = _weekday_value(anchor, weekday, "this_week")
        else:
            day = _weekday_value(anchor, weekday, _relation(rel) or "recent")
    kind, value = _with_time(day, pod, g["wdt_h"], g["wdt_mi"])
    return kind, value, None, relative


def _resolve_date(g, anchor, ctx) -> Resolved:
    month = MONTHS[g["d_mon"].lower()]
    day_number = int(g["d_d"])
    pod = _pod(g["dt_pod"])
    if g["d_y"]:
        day = _make_date(int(g["d_y"]), month, day_number)
        return (*_with_time(day, pod, g["dt_h"], g["dt_mi"]), None, False)
    if not g["d_mon"][0].isupper() and len(g["d_mon"]) <= 4:
        return None  # "3 mar" and the like are too ambiguous in lower case
    relation = _relation(g["d_rel"])
    future = relation == "future" or (relation is None and ctx.future_cue())
    day = _day_month_value(anchor, month, day_number, future) if anchor else None
    return (*_with_time(day, pod, g["dt_h"], g["dt_mi"]), None, True)


def _resolve_eng(g, anchor, ctx) -> Resolved:
    day = _make_date(int(g["e_y"]), MONTHS[g["e_mon"].lower()], int(g["e_d"]))
    return "DATE", day.isoformat() if day else None, None, False


def _resolve_num(g, anchor, ctx) -> Resolved:
    day = _make_date(_year4(g["n_y"]), int(g["n_m"]), int(g["n_d"]))
    if day is None:
        return None
    return (*_with_time(day, _pod(g["nt_pod"]), g["nt_h"], g["nt_mi"]), None, False)


def _resolve_iso(g, anchor, ctx) -> Resolved:
    day = _make_date(int(g["i_y"]), int(g["i_m"]), int(g["i_d"]))
    return ("DATE", day.isoformat(), None, False) if day else None


def _resolve_qtr(g, anchor, ctx) -> Resolved:
    letter = _QUARTER_WORDS[g["q_word"].lower()]
    number = _QUARTERS[g["q_n"].lower()]
    if letter == "H" and number > 2 or letter == "T" and number > 3:
        return None
    if g["q_y"]:
        return "DATE", f"{g['q_y']}-{letter}{number}", None, False
    if g["q_rel"] and anchor:
        shift = {"ini": 0, "lalu": -1, "depan": 1}[g["q_rel"].lower()]
        return "DATE", f"{anchor.year + shift}-{letter}{number}", None, True
    return "DATE", None, None, True


def _resolve_dec(g, anchor, ctx) -> Resolved:
    return "DATE", g["dc"], None, False


def _resolve_cent(g, anchor, ctx) -> Resolved:
    text = g["c_n"].upper()
    number = _ROMAN.get(text) or (int(text) if text.isdigit() else 0)
    if not 1 <= number <= 22:
        return None
    return "DATE", f"{number - 1:02d}", None, False


def _resolve_yr(g, anchor, ctx) -> Resolved:
    if not (g["y_mod"] or g["y_word"]) and ctx.previous_word() not in _BARE_YEAR_CUES:
        return None  # a bare number: a figure, not a year
    mod = _MODIFIERS.get(g["y_mod"].lower()) if g["y_mod"] else None
    return "DATE", g["y_y"], mod, False


def _resolve_mon(g, anchor, ctx) -> Resolved:
    name = g["m_mon"]
    month = MONTHS[name.lower()]
    mod = _MODIFIERS.get(" ".join(g["m_mod"].lower().split())) if g["m_mod"] else None
    has_context = bool(g["m_mod"] or g["m_word"] or g["m_y"] or g["m_rel"])
    if not has_context and (ctx.previous_word() not in _BARE_MONTH_CUES or len(name) < 3):
        return None
    if not g["m_word"] and not name[0].isupper():
        return None  # month names are capitalised; "mei" alone is noise
    if len(name) <= 4 and name.lower() in ("mar", "jan", "jun", "jul", "des", "sep", "nov", "nop", "okt", "feb", "apr",
                                               "agu", "agt", "ags", "aug", "dec", "oct", "peb", "agus", "sept") \
            and not (g["m_y"] or g["m_word"]):
        return None
    if g["m_y"]:
        return "DATE", _month_value(int(g["m_y"]), month), mod, False
    if anchor is None:
        return "DATE", None, mod, True
    rel = " ".join((g["m_rel"] or "").lower().split())
    if rel == "tahun lalu":
        return "DATE", _month_value(anchor.year - 1, month), mod, True
    if rel == "tahun depan":
        return "DATE", _month_value(anchor.year + 1, month), mod, True
    if rel in ("tahun ini", "ini"):
        return "DATE", _month_value(anchor.year, month), mod, True
    relation = _relation(rel)
    if relation is None:
        relation = "future_or_this" if ctx.future_cue() else "recent"
    year, month = _month_of(anchor, month, relation)
    return "DATE", _month_value(year, month), mod, True


def _resolve_dur(g, anchor, ctx) -> Resolved:
    if g["du_one"]:
        unit, count = _ONE_UNIT[g["du_one"].lower()], 1
    else:
        unit, count = _UNITS[g["du_unit"].lower()], _number(g["du_n"])
    return "DURATION", _duration(count, unit), None, False


def _duration(count: Optional[int], unit: str) -> str:
    letter = _UNIT_LETTER[unit]
    amount = "X" if count is None else str(count)
    if unit in ("hour", "minute", "second"):
        return f"PT{amount}{letter}"
    if unit == "decade":
        return f"P{amount if count is None else count * 10}Y"
    if unit == "century":
        return f"P{amount if count is None else count * 100}Y"
    return f"P{amount}{letter}"


def _resolve_durx(g, anchor, ctx) -> Resolved:
    unit = _UNITS[g["dx_unit"].lower()]
    return "DURATION", _duration(None, unit), None, False


def _resolve_qty(g, anchor, ctx) -> Resolved:
    if g["qt_one"]:
        unit, count = _ONE_UNIT[g["qt_one"].lower()], 1
    else:
        unit = _UNITS[g["qt_unit"].lower()]
        count = None if g["qt_n"].lower() in ("beberapa", "sejumlah") else _number(g["qt_n"])
    relation = _relation(g["qt_rel"])
    if relation == "duration":
        return "DURATION", _duration(count, unit), None, False
    if relation == "anaphoric" or relation is None:
        return "DATE", None, None, True
    if count is None:
        return "DATE", "PAST_REF" if relation == "past" else "FUTURE_REF", None, True
    if anchor is None:
        return "DATE", None, None, True
    sign = -1 if relation == "past" else 1
    if unit in ("hour", "minute", "second"):
        return "DATE", anchor.isoformat(), None, True
    if unit == "day":
        return "DATE", (anchor + timedelta(days=sign * count)).isoformat(), None, True
    if unit == "week":
        return "DATE", _week(anchor + timedelta(days=7 * sign * count)), None, True
    if unit == "month":
        return "DATE", _month_value(*_shift_month(anchor.year, anchor.month, sign * count)), None, True
    if unit == "year":
        return "DATE", f"{anchor.year + sign * count:04d}", None, True
    if unit == "decade":
        return "DATE", f"{(anchor.year + sign * 10 * count) // 10:03d}", None, True
    return "DATE", None, None, True


def _resolve_rel(g, anchor, ctx) -> Resolved:
    unit = _UNITS[g["r_unit"].lower()]
    mod = _MODIFIERS.get(" ".join(g["r_mod"].lower().split())) if g["r_mod"] else None
    rel = " ".join((g["r_rel"] or "").lower().split())
    relation = _relation(rel) if rel else None
    if not mod and not rel:
        return None
    if unit == "day" and (mod or relation != "this"):
        return None  # only "hari ini"; "akhir hari" and "hari lalu" are not dates
    if rel == "kemarin" and unit != "week":
        return None
    weekend = mod == "END" and unit == "week"
    if relation == "anaphoric":
        return "DATE", None, None, True
    if anchor is None:
        return "DATE", None, None if weekend else mod, True
    shift = {"past": -1, "future": 1}.get(relation or "this", 0)
    if unit == "day":
        return "DATE", anchor.isoformat(), None, True
    if unit == "week":
        value = _week(anchor + timedelta(days=7 * shift))
        return ("DATE", value + "-WE", None, True) if weekend else ("DATE", value, mod, True)
    if unit == "month":
        return "DATE", _month_value(*_shift_month(anchor.year, anchor.month, shift)), mod, True
    return "DATE", f"{anchor.year + shift:04d}", mod, True


def _resolve_day(g, anchor, ctx) -> Resolved:
    offset = _DAY_WORDS[" ".join(g["dy_word"].lower().split())]
    day = anchor + timedelta(days=offset) if anchor else None
    kind, value = _with_time(day, _pod(g["dy_pod"]), None, None)
    return kind, value, None, True


def _resolve_night(g, anchor, ctx) -> Resolved:
    offset = _NIGHT_WORDS[" ".join(g["nt_word"].lower().split())]
    day = anchor + timedelta(days=offset) if anchor else None
    return "TIME", f"{day.isoformat()}TNI" if day else None, None, True


def _resolve_podx(g, anchor, ctx) -> Resolved:
    pod = _pod(g["px_pod"] or g["px_pod2"])
    kind, value = _with_time(anchor, pod, None, None)
    return kind, value, None, True


def _resolve_now(g, anchor, ctx) -> Resolved:
    return "DATE", "PRESENT_REF", None, False


def _resolve_vague(g, anchor, ctx) -> Resolved:
    return "DATE", "PAST_REF", None, False


def _resolve_time(g, anchor, ctx) -> Resolved:
    hours = int(g["t_h"])
    if _pod(g["t_pod"]) in ("AF", "EV", "NI") and hours < 12:
        hours += 12
    return "TIME", f"XXXX-XX-XXT{hours % 24:02d}:{int(g['t_mi'] or 0):02d}", None, False


_RESOLVERS = {
    "wd": _resolve_wd, "eng": _resolve_eng, "date": _resolve_date, "num": _resolve_num, "iso": _resolve_iso,
    "qtr": _resolve_qtr, "dec": _resolve_dec, "cent": _resolve_cent, "yr": _resolve_yr, "mon": _resolve_mon,
    "dur": _resolve_dur, "durx": _resolve_durx, "qty": _resolve_qty, "rel": _resolve_rel, "day": _resolve_day,
    "night": _resolve_night, "podx": _resolve_podx, "now": _resolve_now, "vague": _resolve_vague,
    "time": _resolve_time,
}


class _Context:
    """Lazy look-behind into the text around one match."""

    __slots__ = ("text", "start")

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start

    def _before(self, width: int) -> str:
        chunk = self.text[max(0, self.start - width):self.start]
        return chunk[chunk.rfind("\n") + 1:]

    def previous_word(self) -> str:
        match = _PREVIOUS_WORD.search(self._before(30))
        return match.group(1).lower() if match else ""

    def future_cue(self) -> bool:
        before = self._before(80)
        if _SINCE_RE.search(before):
            return False
        # Only the current sentence counts.
        cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
        return bool(_FUTURE_CUE_RE.search(before[cut + 1:] if cut >= 0 else before))


# --------------------------------------------------------------------------- public API

def _apposed_day(previous: Timex, between: str, value: str) -> str:
    """"besok, Sabtu": a bare weekday right after a relative day it names is that day, not the past one."""
    if between.strip() not in ("", ",") or not previous.value or not _VALUE_DAY.match(previous.value):
        return value
    said, named = iso_day(previous.value), iso_day(value)
    if said is None or named is None or said.weekday() != named.weekday() or said == named:
        return value
    return previous.value[:10] + value[10:]


def find_timexes(text: str, anchor: Optional[date], *, inferred: bool = False) -> list[Timex]:
    """All time expressions in ``text`` resolved against ``anchor`` (spans into ``text``)."""
    found: list[Timex] = []
    anchor_text = anchor.isoformat() if anchor else None
    last_end = 0
    for word in _CANDIDATE.finditer(text):
        position = word.start()
        if position < last_end:
            continue
        token = word.group()
        if not token[0].isdigit() and token.lower() not in _TRIGGERS:
            continue
        match = _MASTER.match(text, position)
        if match is None:
            continue
        kind = match.lastgroup
        groups = match.groupdict()
        start, end = match.span()
        if kind == "dur":
            start = match.start("du_body")
        resolved = _RESOLVERS[kind](groups, anchor, _Context(text, match.start()))
        if resolved is None:
            continue
        last_end = end
        timex_type, value, mod, relative = resolved
        if kind == "wd" and relative and found and value and _VALUE_DAY.match(value):
            value = _apposed_day(found[-1], text[found[-1].span[1]:start], value)
        timex = Timex(
            text=text[start:end],
            type=timex_type,
            value=value,
            span=(start, end),
            anchor=anchor_text if relative else None,
            inferred=bool(inferred and relative),
        )
        if mod and hasattr(timex, "mod"):
            timex.mod = mod  # type: ignore[attr-defined]
        found.append(timex)
    return found


def resolve(text: str, published: Optional[str]) -> Optional[Timex]:
    """The first time expression in ``text`` resolved against ``published`` (for tests and tools)."""
    timexes = find_timexes(text, iso_day(published))
    return timexes[0] if timexes else None


def infer_anchor(article: Article) -> Optional[str]:
    """A stand-in publication date from the body: its latest absolute day.

    Not used by ``apply`` (an unknown publication date is never guessed
    there); a metadata stage may call it and set ``published`` with
    ``published_source="inferred"``, which ``apply`` then flags on every
    relative expression. A story reports its latest dated event on or
    shortly before its publication day, so the latest written date
    ("Minggu (1/12/2024)") is a fair lower bound.
    """
    latest: Optional[str] = None
    for found in find_timexes(article.body, None):
        if found.anchor is None and found.value and _VALUE_DAY.match(found.value):
            day = found.value[:10]
            latest = day if latest is None or day > latest else latest
    return latest


def news_peg(timexes: Iterable[Timex]) -> Optional[str]:
    """The latest "weekday + full date" expression whose weekday fits the date.

    Indonesian outlets date the story's current event with its weekday
    ("Pada Minggu (1/12/2024), ...", "Selasa, 21 November 2023"), while
    background dates ("sejak 7 Oktober 2023") come without one. A consistent
    weekday + date pair is therefore good evidence of the days the article
    reports, usually the publication day or the day before.
    """
    latest: Optional[str] = None
    for timex in timexes:
        if not timex.value or not _VALUE_DAY.match(timex.value) or timex.anchor is not None:
            continue
        words = [w.lower().replace("’", "'") for w in re.findall(r"[A-Za-z’']+", timex.text)]
        weekdays = [WEEKDAYS[w] for w in words if w in WEEKDAYS]
        day = iso_day(timex.value)
        if weekdays and day is not None and day.weekday() == weekdays[0]:
            latest = timex.value[:10] if latest is None or timex.value[:10] > latest else latest
    return latest


_YEARLESS_PEG = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY}){_OS}[,(]{_OS}(?:"
    rf"(?P<day>3[01]|[12]\d|0?[1-9]){_S}(?P<month>{_MONTH})\b(?!{_OS}[,.]?{_OS}{_YEAR4})"
    rf"|(?P<nday>3[01]|[12]\d|0?[1-9])/(?P<nmonth>1[0-2]|0?[1-9])\))",
    re.IGNORECASE,
)
_STATED_YEAR = re.compile(rf"(?<![\d/.,-])({_YEAR4})(?![\d/-])")


def yearless_peg(text: str) -> Optional[str]:
    """A "weekday + day month" with no year ("Minggu, 8 Maret", "Selasa (5/10)") whose weekday fits
    the day in exactly one of the years the article states ("sepanjang 2026"): that day, else None.

    A content farm often drops the year but keeps the weekday; the weekday then picks the year, and
    a year the article itself names keeps the choice from being a guess. The latest fitting pair wins.
    """
    years = {int(y) for y in _STATED_YEAR.findall(text)}
    if not years:
        return None
    found: Optional[str] = None
    for match in _YEARLESS_PEG.finditer(text):
        weekday = WEEKDAYS.get(match["weekday"].lower())
        if match["day"]:
            day, month = int(match["day"]), MONTHS.get(match["month"].lower())
        else:
            day, month = int(match["nday"]), int(match["nmonth"])
        if weekday is None or month is None:
            continue
        fitting = {d for d in (_make_date(y, month, day) for y in years) if d is not None and d.weekday() == weekday}
        if len(fitting) == 1:
            value = fitting.pop().isoformat()
            found = value if found is None or value > found else found
    return found


def apply(article: Article, *, options: Options = DEFAULT) -> Article:
    anchor = iso_day(article.published)
    inferred = article.published_source == "inferred"
    article.timexes = find_timexes(article.body, anchor, inferred=inferred)
    if anchor is None:
        # Unknown publication date: relative expressions may still be resolved
        # against the article's own news peg, and are then marked inferred.
        # Without a peg they stay null, never guessed.
        peg = news_peg(article.timexes)
        yearless = yearless_peg(article.body) if peg is None else None
        if peg is not None:
            article.signals["news_peg"] = peg
            article.timexes = find_timexes(article.body, iso_day(peg), inferred=True)
        elif yearless is not None:
            article.signals["news_peg"] = yearless
            peg_day = iso_day(yearless)
            article.timexes = [_nearest_to_peg(t, peg_day) for t in find_timexes(article.body, peg_day, inferred=True)]
    return article


#: Days after a peg within which a bare weekday is taken to follow it rather than precede it.
PEG_FOLLOW_DAYS = 3


def _nearest_to_peg(timex: Timex, peg: Optional[date]) -> Timex:
    """A bare weekday ("Selasa", "pada hari Senin") resolved against a peg rather than the report's
    day: the nearest such day, which may follow the peg. The peg is the day the story dates (a
    protest on "Minggu, 8 Maret"), and the report may tell the days after it; a weekday within
    ``PEG_FOLLOW_DAYS`` after the peg is nearer than the same weekday nearly a week before it."""
    if peg is None or not timex.value or not _VALUE_DAY.match(timex.value):
        return timex
    words = [w for w in re.findall(r"[a-z]+", timex.text.lower()) if w != "hari"]
    if len(words) != 1 or words[0] not in WEEKDAYS:
        return timex
    day = iso_day(timex.value)
    if day is None or (peg - day).days <= 6 - PEG_FOLLOW_DAYS:
        return timex
    moved = (day + timedelta(days=7)).isoformat()
    return replace(timex, value=moved + timex.value[10:])


def date_range(value: Optional[str]) -> Optional[tuple[date, date]]:
    """The first and last day a TIMEX value covers, or None (durations, PRESENT_REF)."""
    if not value:
        return None
    match = _VALUE_DAY.match(value)
    if match:
        day = _make_date(int(match[1]), int(match[2]), int(match[3]))
        return (day, day) if day else None
    match = _VALUE_MONTH.match(value)
    if match:
        year, month = int(match[1]), int(match[2])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    match = _VALUE_WEEK.match(value)
    if match:
        try:
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            return None
        if match[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    match = _VALUE_YEAR.match(value)
    if match:
        year = int(match[1])
        return date(year, 1, 1), date(year, 12, 31)
    match = _VALUE_PART.match(value)
    if match:
        year, letter, number = int(match[1]), match[2], int(match[3])
        months = 3 if letter == "Q" else 6
        first = (number - 1) * months + 1
        last = first + months - 1
        return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    if re.fullmatch(r"\d{3}", value):
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):
        return date(max(1, int(value) * 100), 1, 1), date(int(value) * 100 + 99, 12, 31)
    return None


def representative_date(value: Optional[str], anchor: Optional[str] = None) -> Optional[str]:
    """A date string at the value's natural precision, for events and figures.

    Days (with or without a time of day) give the day; a week gives the day
    in it on the anchor's weekday ("pekan lalu" from Saturday 24 February is
    Saturday 17 February), else its Monday; a weekend gives its Saturday;
    months, years, quarters stay as they are; PRESENT_REF gives the anchor;
    anything else (durations, PAST_REF, unresolved times) gives None.
    """
    if not value:
        return None
    match = _VALUE_DAY.match(value)
    if match:
        return value[:10]
    if value == "PRESENT_REF":
        return anchor[:10] if anchor else None
    match = _VALUE_WEEK.match(value)
    if match:
        first, last = date_range(value) or (None, None)
        if first is None:
            return None
        anchor_day = iso_day(anchor)
        if anchor_day and not match[3]:
            return (first + timedelta(days=anchor_day.weekday())).isoformat()
        return first.isoformat()
    if _VALUE_MONTH.match(value) or _VALUE_YEAR.match(value) or _VALUE_PART.match(value):
        return value
    return None


def signal_before(article: Article, timex: Timex) -> Optional[str]:
    """The preposition right before a time expression ("sejak", "pada", ...), lower-case."""
    chunk = article.body[max(0, timex.span[0] - 20):timex.span[0]]
    match = _PREVIOUS_WORD.search(chunk[chunk.rfind("\n") + 1:])
    word = match.group(1).lower() if match else None
    return word if word in _SIGNALS else None


def sentence_bounds(article: Article, offset: int) -> tuple[int, int]:
    """(start, end) of the sentence (else paragraph) holding ``offset``."""
    sentences = article.sentences
    if sentences:
        starts = [s.span[0] for s in sentences]
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0 and offset <= sentences[index].span[1]:
            return sentences[index].span
    for paragraph in article.paragraphs:
        if paragraph.span[0] <= offset <= paragraph.span[1]:
            return paragraph.span
    return max(0, offset - 200), offset + 200


def _dated(article: Article, lo: int, hi: int, exclude_signals: frozenset[str]) -> list[tuple[Timex, str]]:
    result = []
    for timex in article.timexes:
        if timex.span[1] <= lo or timex.span[0] >= hi:
            continue
        value = representative_date(timex.value, timex.anchor or article.published)
        if value is None:
            continue
        if exclude_signals and signal_before(article, timex) in exclude_signals:
            continue
        result.append((timex, value))
    return result


def date_at(article: Article, span: Span, *, exclude_signals: Iterable[str] = ()) -> Optional[str]:
    """The date of the time expression inside ``span``, else the nearest one in the same sentence.

    Among expressions outside the span, one after it is preferred to one
    before at the same distance (Indonesian puts the time after the verb:
    "mengatakan pada hari Selasa"). Values come from ``representative_date``
    (so weeks give a day and months stay months). ``exclude_signals`` drops
    expressions introduced by those words, e.g. ``{"sejak"}`` for as-of dates.
    """
    excluded = frozenset(w.lower() for w in exclude_signals)
    inside = _dated(article, span[0], span[1], excluded)
    if inside:
        return inside[0][1]
    lo, hi = sentence_bounds(article, span[0])
    best: Optional[tuple[float, str]] = None
    for timex, value in _dated(article, lo, hi, excluded):
        if timex.span[0] >= span[1]:
            distance = timex.span[0] - span[1]
        else:
            distance = (span[0] - timex.span[1]) * 1.5 + 5
        if timex.value == "PRESENT_REF":
            distance += 40  # "kini" is weaker evidence than a named day
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


def sentence_date(article: Article, sentence_index: int) -> Optional[str]:
    """The date a sentence talks about: its first dated expression not introduced by "sejak"."""
    if not 0 <= sentence_index < len(article.sentences):
        return None
    lo, hi = article.sentences[sentence_index].span
    dated = _dated(article, lo, hi, frozenset({"sejak", "semenjak"})) or _dated(article, lo, hi, frozenset())
    return dated[0][1] if dated else None


__all__ = [
    "NEEDS", "ADDS", "apply", "find_timexes", "infer_anchor", "resolve", "date_at", "sentence_date", "date_range",
    "day_ordinal", "length_in_days", "length_before", "sentence_bounds",
    "representative_date", "signal_before", "WEEKDAYS", "MONTHS",
]
