"""Absolute dates: shapes, spans, URL dates, and a round-trip property."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.dates import date_from_url, find_dates, parse_date

ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


@pytest.mark.parametrize(
    "text, value, precision",
    [
        ("Selasa, 21 November 2023", "2023-11-21", "day"),
        ("Minggu (1/12/2024)", "2024-12-01", "day"),
        ("Budi Santoso • 24 February 2024 20:35", "2024-02-24T20:35", "minute"),
        ("29/12/2014, 14.05 WIB", "2014-12-29T14:05", "minute"),
        ("Kamis, 3 Juli 2025 - 08:12", "2025-07-03T08:12", "minute"),
        ("2024-02-24T20:35:00+07:00", "2024-02-24T20:35", "minute"),
        ("2024-02-24", "2024-02-24", "day"),
        ("February 24, 2024", "2024-02-24", "day"),
        ("Sabtu, 24 Februari 2024 pukul 10.00 WIB", "2024-02-24T10:00", "minute"),
        ("Jum'at 16 Mei 2025 07:45 WIB", "2025-05-16T07:45", "minute"),
        ("5 Nopember 2019", "2019-11-05", "day"),
        ("12 Agu 2020", "2020-08-12", "day"),
        ("terjadi pada November 2023 lalu", "2023-11", "month"),
        ("Kompas.com - 12/05/2025, 10:15 WIB", "2025-05-12T10:15", "minute"),
        ("tanggal 01-06-2022", "2022-06-01", "day"),
    ],
)
def test_parse_date_shapes(text, value, precision):
    assert parse_date(text) == (value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "Korban tewas bertambah menjadi 12.345 orang",
        "1.200.000 warga mengungsi",
        "pada 31/2/2024",  # no such day
        "Pada hari Minggu, Velmora menyerukan jeda pertempuran",
        "sekitar 1,9 juta warga",
        "skor 3-1 di menit 90",
        "",
    ],
)
def test_parse_date_rejects(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("Published: October 7, 2024, 9:15 PM", "2024-10-07T21:15"),
        ("7 Oktober 2024 9:15 am", "2024-10-07T09:15"),
        ("7 Oktober 2024 12:05 AM", "2024-10-07T00:05"),
        ("7 Oktober 2024 12:05 PM", "2024-10-07T12:05"),
        ("7 Oktober 2024 21:05 PM", "2024-10-07T21:05"),  # a stray PM on a 24-hour time changes nothing
        ("7 Oktober 2024 09:15 Amerika", "2024-10-07T09:15"),  # "Am..." as a word is not a.m.
    ],
)
def test_twelve_hour_clock(text, value):
    assert parse_date(text) == (value, "minute")


def test_period_time_needs_a_zone_word():
    # "1.200" after a date is a number, not 1:20 or 12:00.
    assert parse_date("7 Oktober 2023, 12.00 orang tewas") == ("2023-10-07", "day")
    assert parse_date("7 Oktober 2023, 12.00 WIB") == ("2023-10-07T12:00", "minute")


def test_find_dates_spans_and_weekday():
    text = "Pada Minggu (1/12/2024), sumber itu tiba; pertemuan lanjutan 3 Desember 2024."
    found = find_dates(text)
    assert [m.value for m in found] == ["2024-12-01", "2024-12-03"]
    for match in found:
        assert text[match.span[0] : match.span[1]] == match.text
    assert found[0].weekday == "Minggu"
    assert found[0].text == "Minggu (1/12/2024)"


def test_find_dates_no_overlap_prefers_longest():
    found = find_dates("Selasa, 21 November 2023 | 14:05 WIB")
    assert len(found) == 1 and found[0].value == "2023-11-21T14:05"


@pytest.mark.parametrize(
    "url, value",
    [
        ("https://www.example-news.com/read/2024/12/01/123456/judul-berita", "2024-12-01"),
        ("https://www.cnbcindonesia.com/news/20241202070936-4-592960/judul", "2024-12-02"),
        ("https://berita.example.id/internasional/judul-berita-20240115-x", "2024-01-15"),
        ("https://example.com/read/10000061/judul", None),
        ("https://example.com/2024/13/40/judul", None),
        ("https://2024.example.com/judul?d=2024-01-01", None),  # host and query are not the path
        (None, None),
    ],
)
def test_date_from_url(url, value):
    assert date_from_url(url) == value


@settings(max_examples=150, deadline=None)
@given(
    day=st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    shape=st.integers(0, 4),
)
def test_round_trip_property(day, hour, minute, shape):
    moment = datetime(day.year, day.month, day.day, hour, minute)
    if shape == 0:
        text, expected = f"{day.day} {ID_MONTHS[day.month - 1]} {day.year}", day.isoformat()
    elif shape == 1:
        text, expected = f"{day.day}/{day.month}/{day.year}, {hour:02d}.{minute:02d} WIB", moment.strftime("%Y-%m-%dT%H:%M")
    elif shape == 2:
        text, expected = f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}", day.isoformat()
    elif shape == 3:
        text, expected = f"{day.day} {EN_MONTHS[day.month - 1]} {day.year} {hour:02d}:{minute:02d}", moment.strftime("%Y-%m-%dT%H:%M")
    else:
        text, expected = moment.strftime("%Y-%m-%dT%H:%M:%S"), moment.strftime("%Y-%m-%dT%H:%M")
    assert parse_date(f"Dilaporkan {text} oleh redaksi") == (expected, "minute" if "T" in expected else "day")
