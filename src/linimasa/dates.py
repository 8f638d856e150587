"""Absolute calendar dates in Indonesian and English news text and URLs.

``find_dates(text)`` returns every absolute date with its span, ISO value and
precision; ``parse_date(text)`` gives the value of the first one. Relative
expressions ("kemarin", "pekan lalu") are the timex component's job; this
module only reads dates that name their year.

Shapes (weekday prefix optional everywhere, "Selasa, " or "Minggu "):

* ``21 November 2023``, ``24 February 2024 20:35``, ``3 Juli 2025 - 08:12``,
  ``21 Nov 2023 | 14.05 WIB``
* ``February 24, 2024`` and ``October 7, 2024, 9:15 PM`` (English order,
  12-hour clock with AM/PM)
* ``1/12/2024``, ``(1/12/2024)``, ``29/12/2014, 14.05 WIB``, ``01-12-2024``
  (always day/month/year, the Indonesian order)
* ISO ``2024-02-24`` and ``2024-02-24T20:35:00+07:00``
* ``November 2023`` (month precision)

Precision is ``"minute"`` (value ``YYYY-MM-DDTHH:MM``), ``"day"`` or
``"month"`` (value ``YYYY-MM``).

Notes:
    Time after a date is read only behind a clear separator ("," "-" "|" "•"
    "pukul" or a space) and, when written with a period ("14.05"), only with a
    time-zone word (WIB/WITA/WIT) or "pukul", because Indonesian numbers use
    the period as thousands separator ("7 Oktober 2023, 2.400 orang").
    URL dates follow the common CMS layouts: ``/2024/12/01/`` (Kompas, Tribun,
    Okezone), ``/20241202070936-4-.../`` (CNBC/CNN Indonesia ids start with a
    timestamp) and ``-20241201-``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from .resources import json_resource, word_list


@dataclass(frozen=True)
class DateMatch:
    """One absolute date found in a text."""

    text: str
    span: tuple[int, int]
    value: str  # ISO: "2023-11-21", "2024-02-24T20:35" or "2023-11"
    precision: str  # "minute", "day" or "month"
    weekday: Optional[str] = None  # the weekday word as written, when present


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_MONTHS: dict[str, int] = {k.lower(): v for k, v in json_resource("months.json")["months"].items()}
_WEEKDAYS = word_list("weekdays.txt")

_MONTH = rf"(?P<month>{_alternation(_MONTHS)})\.?"
_WEEKDAY = rf"(?:(?P<weekday>{_alternation(_WEEKDAYS)})\s*,?\s*)?"
# A time right after the date: "20:35", "- 08:12", ", 14.05 WIB", "pukul 10.00".
_TIME = r"""
    (?:
        (?:\s*[,|•·/]\s*|\s+[-–—]\s+|\s+)
        (?:(?:pukul|jam|at)\s+)?
        (?P<hour>[01]?\d|2[0-3])
        (?:
            :(?P<minute>[0-5]\d)(?::[0-5]\d)?(?!\d)
            | \.(?P<minute_dot>[0-5]\d)(?!\d)(?=\s*(?:WIB|WITA|WIT|GMT|UTC))
        )
        (?:\s*(?P<meridiem>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?
        (?:\s*(?:WIB|WITA|WIT|GMT|UTC)\b)?
    )?
"""
_PUKUL_TIME = re.compile(r"\s*[,|•·/-]?\s*(?:pukul|jam)\s+(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)(?!\d)", re.I)

_DAY_MONTH_YEAR = re.compile(
    rf"\b{_WEEKDAY}(?P<day>[0-3]?\d)\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)(?!\d){_TIME}",
    re.I | re.X,
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b{_WEEKDAY}{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)(?!\d){_TIME}",
    re.I | re.X,
)
_NUMERIC = re.compile(
    rf"(?:\b{_WEEKDAY}\(?)?(?<![\d/.-])(?P<day>[0-3]?\d)(?P<sep>[/-])(?P<month_num>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/])\)?{_TIME}",
    re.I | re.X,
)
_ISO = re.compile(
    r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)-(?P<month_num>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d])"
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I)

_URL_SLASHED = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)[/-](?P<month_num>[01]?\d)[/-](?P<day>[0-3]?\d)(?!\d)")
_URL_COMPACT = re.compile(r"(?<![\dA-Za-z])(?P<year>(?:19|20)\d\d)(?P<month_num>[01]\d)(?P<day>[0-3]\d)(?:\d{6})?(?!\d)")


_HAS_DIGIT = re.compile(r"\d")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _build(match: re.Match, *, shape: str) -> Optional[DateMatch]:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("month_num"):
        month = int(groups["month_num"])
    elif groups.get("month"):
        month = _MONTHS.get(groups["month"].lower().rstrip("."), 0)
    else:
        return None
    if shape == "month":
        if not 1 <= month <= 12:
            return None
        return DateMatch(match.group(0), match.span(), f"{year:04d}-{month:02d}", "month")
    day = int(groups["day"])
    if not _valid(year, month, day):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    precision = "day"
    minute = groups.get("minute") or groups.get("minute_dot")
    if groups.get("hour") is not None and minute is not None:
        hour = int(groups["hour"])
        meridiem = (groups.get("meridiem") or "").lower()[:1]
        # "9:15 PM" -> 21:15, "12:30 AM" -> 00:30; a stray "14:05 PM" keeps its 24-hour reading.
        if meridiem == "p" and 1 <= hour < 12:
            hour += 12
        elif meridiem == "a" and hour == 12:
            hour = 0
        value += f"T{hour:02d}:{int(minute):02d}"
        precision = "minute"
    text = match.group(0)
    start, end = match.span()
    # Trim a separator that the optional parts captured without a time behind it.
    stripped = text.rstrip(" ,|•·-–—/")
    end -= len(text) - len(stripped)
    if text.startswith("(") and not stripped.endswith(")"):
        start += 1
        stripped = stripped[1:]
    return DateMatch(stripped, (start, end), value, precision, groups.get("weekday"))


def find_dates(text: str) -> list[DateMatch]:
    """Every absolute date in ``text``, in order, without overlaps (longest wins)."""
    if not text or not _HAS_DIGIT.search(text):
        return []
    found: list[DateMatch] = []
    for pattern, shape in (
        (_ISO, "iso"),
        (_DAY_MONTH_YEAR, "dmy"),
        (_MONTH_DAY_YEAR, "mdy"),
        (_NUMERIC, "numeric"),
        (_MONTH_YEAR, "month"),
    ):
        for match in pattern.finditer(text):
            built = _build(match, shape=shape)
            if built is not None:
                if built.precision == "day":
                    built = _with_pukul_time(text, built)
                found.append(built)
    if len(found) < 2:
        return found
    found.sort(key=lambda m: (m.span[0], -(m.span[1] - m.span[0])))
    result: list[DateMatch] = []
    for candidate in found:
        if result and candidate.span[0] < result[-1].span[1]:
            continue  # overlaps a longer or earlier match
        result.append(candidate)
    return result


def _with_pukul_time(text: str, found: DateMatch) -> DateMatch:
    """Attach a "pukul 10.00" time written right after a day-precision date."""
    match = _PUKUL_TIME.match(text, found.span[1])
    if not match:
        return found
    value = f"{found.value}T{int(match['hour']):02d}:{int(match['minute']):02d}"
    span = (found.span[0], match.end())
    return DateMatch(text[span[0] : span[1]], span, value, "minute", found.weekday)


def parse_date(text: str) -> Optional[tuple[str, str]]:
    """``(iso_value, precision)`` of the first absolute date in ``text``, or None."""
    dates = find_dates(text)
    if not dates:
        return None
    return dates[0].value, dates[0].precision


def date_from_url(url: Optional[str]) -> Optional[str]:
    """The publication day encoded in a news URL's path, or None.

    Only the path is read (not the host or the query), and only years 1990
    to 2039 with a valid month and day count.
    """
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.I).split("?", 1)[0].split("#", 1)[0]
    for pattern in (_URL_SLASHED, _URL_COMPACT):
        for match in pattern.finditer(path):
            year, month, day = int(match["year"]), int(match["month_num"]), int(match["day"])
            if 1990 <= year <= 2039 and _valid(year, month, day):
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def iso_day(value: Optional[str]) -> Optional[date]:
    """The calendar day of an ISO date or datetime string ("2025-10-21T08:00"), or None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
