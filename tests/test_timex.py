"""Time expressions: micro-tables of our own sentences, properties, speed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa import clean, sentences, timex
from linimasa.records import Article, RawDocument


def first(text: str, published: str | None):
    found = timex.resolve(text, published)
    assert found is not None, f"no time expression in {text!r}"
    return found


def article(text: str, published: str | None = "2023-12-19"):
    doc = clean.clean_document(RawDocument(source="t", text=text, published=published))
    sentences.apply(doc)
    timex.apply(doc)
    return doc


# (sentence, publication date, expected text, expected value)
# 2023-12-19 is a Tuesday; 2024-02-24 a Saturday; 2024-03-01 a Friday (after 29 Feb).
CASES = [
    # bare weekdays: the most recent one on or before the publication date
    ("Para menteri bertemu pada hari Senin di Warsawa.", "2023-12-19", "hari Senin", "2023-12-18"),
    ("Ia berbicara pada Selasa di kantornya.", "2023-12-19", "Selasa", "2023-12-19"),
    ("Rapat digelar Rabu pekan ini.", "2023-12-19", "Rabu pekan ini", "2023-12-20"),
    ("Polisi menangkapnya Rabu.", "2023-12-19", "Rabu", "2023-12-13"),
    ("Sidang berlangsung hari Sabtu.", "2024-01-01", "hari Sabtu", "2023-12-30"),
    ("Kebakaran terjadi Jumat.", "2024-03-01", "Jumat", "2024-03-01"),
    ("Kebakaran terjadi Kamis.", "2024-03-01", "Kamis", "2024-02-29"),
    ("Kebakaran terjadi Rabu.", "2023-03-01", "Rabu", "2023-03-01"),
    ("Kebakaran terjadi Selasa.", "2023-03-01", "Selasa", "2023-02-28"),
    ("Warga mengungsi pada Jum'at.", "2024-02-24", "Jum'at", "2024-02-23"),
    ("Warga mengungsi pada Jum’at.", "2024-02-24", "Jum’at", "2024-02-23"),
    ("PADA HARI SENIN ITU", "2023-12-19", "HARI SENIN", "2023-12-18"),
    ("Ia tiba hari minggu sore.", "2023-12-19", "hari minggu sore", "2023-12-17T" + "AF"),
    ("Ia tiba Minggu.", "2023-12-19", "Minggu", "2023-12-17"),
    ("Ia tiba pada Ahad.", "2023-12-19", "Ahad", "2023-12-17"),
    # weekdays with relative words
    ("Dia datang Senin lalu.", "2023-12-18", "Senin lalu", "2023-12-11"),
    ("Dia datang Jumat lalu.", "2024-02-24", "Jumat lalu", "2024-02-23"),
    ("Dia datang Sabtu kemarin.", "2024-02-24", "Sabtu kemarin", "2024-02-17"),
    ("Dia akan datang Senin depan.", "2023-12-19", "Senin depan", "2023-12-25"),
    ("Dia akan datang Selasa mendatang.", "2023-12-19", "Selasa mendatang", "2023-12-26"),
    ("Dia akan datang Kamis depan.", "2023-12-30", "Kamis depan", "2024-01-04"),
    ("Rapat itu Senin pekan lalu.", "2024-02-24", "Senin pekan lalu", "2024-02-12"),
    ("Rapat itu Jumat pekan depan.", "2024-02-24", "Jumat pekan depan", "2024-03-01"),
    # weekday + explicit date: one expression, the explicit date wins
    ("Pada Minggu (1/12/2024), sumber itu berkata.", "2024-12-05", "Minggu (1/12/2024)", "2024-12-01"),
    ("Kamis (17/10/2013), di Jakarta.", None, "Kamis (17/10/2013)", "2013-10-17"),
    ("Pertemuan pada Selasa, (4/2/2025) waktu setempat.", "2025-05-11", "Selasa, (4/2/2025)", "2025-02-04"),
    ("Rabu (1/12) malam ia pergi.", "2024-12-05", "Rabu (1/12) malam", "2024-12-01TNI"),
    ("Kamis (5/1) ia pergi.", "2023-01-10", "Kamis (5/1)", "2023-01-05"),
    ("Kamis (29/12) ia pergi.", "2023-01-03", "Kamis (29/12)", "2022-12-29"),
    ("dikutip dari kantor berita, Selasa, 21 November 2023.", None, "Selasa, 21 November 2023", "2023-11-21"),
    ("Jumat (8/3/2024) pukul 14.30 WIB", None, "Jumat (8/3/2024) pukul 14.30 WIB", "2024-03-08T14:30"),
    ("Senin malam pukul 8 malam", "2023-12-19", "Senin malam pukul 8 malam", "2023-12-18T20:00"),
    # parts of the day
    ("pemungutan suara pada Selasa malam mengenai resolusi", "2023-12-19", "Selasa malam", "2023-12-19TNI"),
    ("Serangan terjadi Rabu dini hari.", "2023-12-21", "Rabu dini hari", "2023-12-20TMO"),
    ("Serangan terjadi Kamis pagi.", "2023-12-21", "Kamis pagi", "2023-12-21TMO"),
    ("Serangan terjadi Jumat siang.", "2023-12-23", "Jumat siang", "2023-12-22TMI"),
    ("Ledakan terdengar semalam.", "2023-12-21", "semalam", "2023-12-20TNI"),
    ("Ledakan terdengar tadi malam.", "2023-12-21", "tadi malam", "2023-12-20TNI"),
    ("Ledakan terdengar pagi ini.", "2023-12-21", "pagi ini", "2023-12-21TMO"),
    ("Ia tiba kemarin sore.", "2023-12-21", "kemarin sore", "2023-12-20TAF"),
    ("Ia berangkat besok pagi.", "2023-12-31", "besok pagi", "2024-01-01TMO"),
    # day words
    ("Ia tiba kemarin.", "2024-03-01", "kemarin", "2024-02-29"),
    ("Ia tiba kemarin.", "2023-03-01", "kemarin", "2023-02-28"),
    ("Ia tiba hari ini.", "2023-12-19", "hari ini", "2023-12-19"),
    ("Ia berangkat besok.", "2023-12-31", "besok", "2024-01-01"),
    ("Ia berangkat lusa.", "2023-12-31", "lusa", "2024-01-02"),
    ("Ia datang kemarin lusa.", "2024-01-01", "kemarin lusa", "2023-12-30"),
    # counted relatives
    ("Insiden itu terjadi dua hari lalu.", "2024-01-01", "dua hari lalu", "2023-12-30"),
    ("Insiden itu terjadi 3 hari yang lalu.", "2024-03-02", "3 hari yang lalu", "2024-02-28"),
    ("Insiden itu terjadi sehari lalu.", "2024-03-01", "sehari lalu", "2024-02-29"),
    ("Insiden itu terjadi tiga pekan lalu.", "2024-02-24", "tiga pekan lalu", "2024-W05"),
    ("Insiden itu terjadi dua minggu lalu.", "2024-01-03", "dua minggu lalu", "2023-W51"),
    ("Insiden itu terjadi sepekan lalu.", "2024-01-03", "sepekan lalu", "2023-W52"),
    ("Insiden itu terjadi dua bulan lalu.", "2024-01-15", "dua bulan lalu", "2023-11"),
    ("Insiden itu terjadi sebulan lalu.", "2024-03-31", "sebulan lalu", "2024-02"),
    ("Insiden itu terjadi lima tahun silam.", "2024-01-15", "lima tahun silam", "2019"),
    ("Insiden itu terjadi dua belas tahun lalu.", "2024-01-15", "dua belas tahun lalu", "2012"),
    ("Insiden itu terjadi dua puluh lima tahun lalu.", "2024-01-15", "dua puluh lima tahun lalu", "1999"),
    ("Ia kembali dua hari lagi.", "2023-12-31", "dua hari lagi", "2024-01-02"),
    ("Ia kembali tiga bulan mendatang.", "2023-11-15", "tiga bulan mendatang", "2024-02"),
    # unit relatives
    ("Biden pekan lalu mengatakan", "2024-02-24", "pekan lalu", "2024-W07"),
    ("Biden minggu lalu mengatakan", "2024-01-02", "minggu lalu", "2023-W52"),
    ("Rapat pekan ini", "2023-12-31", "pekan ini", "2023-W52"),
    ("Rapat pekan depan", "2023-12-31", "pekan depan", "2024-W01"),
    ("Harga naik bulan lalu.", "2024-01-10", "bulan lalu", "2023-12"),
    ("Harga naik bulan depan.", "2023-12-10", "bulan depan", "2024-01"),
    ("Harga naik tahun lalu.", "2023-12-19", "tahun lalu", "2022"),
    ("Harga naik tahun ini.", "2023-12-19", "tahun ini", "2023"),
    ("Harga naik tahun depan.", "2023-12-19", "tahun depan", "2024"),
    ("Gencatan senjata pada akhir pekan.", "2024-02-24", "akhir pekan", "2024-W08-WE"),
    ("Gencatan senjata pada akhir pekan lalu.", "2024-02-24", "akhir pekan lalu", "2024-W07-WE"),
    ("Rapat pada awal pekan.", "2024-02-24", "awal pekan", "2024-W08"),
    ("Rapat pada akhir tahun lalu.", "2024-02-24", "akhir tahun lalu", "2023"),
    ("Rapat pada awal bulan depan.", "2024-12-24", "awal bulan depan", "2025-01"),
    # months
    ("gencatan senjata pada akhir November, di mana", "2023-12-19", "akhir November", "2023-11"),
    ("sejak Desember ini", "2023-12-19", "Desember ini", "2023-12"),
    ("sejak Desember", "2024-02-24", "Desember", "2023-12"),
    ("pada bulan Agustus", "2023-12-19", "bulan Agustus", "2023-08"),
    ("pada Juli lalu", "2013-10-18", "Juli lalu", "2013-07"),
    ("pada Oktober lalu", "2013-10-18", "Oktober lalu", "2012-10"),
    ("pada Januari mendatang", "2023-12-18", "Januari mendatang", "2024-01"),
    ("akan dimulai pada Maret", "2023-12-18", "Maret", "2024-03"),
    ("pertengahan Mei", "2024-07-01", "pertengahan Mei", "2024-05"),
    ("pada Nopember 2020", None, "Nopember 2020", "2020-11"),
    ("pada Pebruari 2021", None, "Pebruari 2021", "2021-02"),
    ("Agustus 2019", None, "Agustus 2019", "2019-08"),
    ("bulan Des 2019", None, "bulan Des 2019", "2019-12"),
    ("pada Mei tahun lalu", "2024-02-01", "Mei tahun lalu", "2023-05"),
    # full dates
    ("menyerbu Israel pada 7 Oktober 2023 di selatan", None, "7 Oktober 2023", "2023-10-07"),
    ("pecah sejak 7 Oktober 2023 lalu setelah", None, "7 Oktober 2023 lalu", "2023-10-07"),
    ("pada tanggal 7 Oktober, menewaskan", "2023-12-19", "tanggal 7 Oktober", "2023-10-07"),
    ("sejak 7 Oktober, yang", "2024-02-24", "7 Oktober", "2023-10-07"),
    ("sejak 7 Oktober, yang", "2023-10-07", "7 Oktober", "2023-10-07"),
    ("sejak 25 Desember, yang", "2024-01-05", "25 Desember", "2023-12-25"),
    ("akan digelar pada 14 Februari", "2024-01-10", "14 Februari", "2024-02-14"),
    ("pemilu berlangsung pada 14 Februari", "2024-03-10", "14 Februari", "2024-02-14"),
    ("pada 29 Februari", "2023-05-01", "29 Februari", "2020-02-29"),
    ("pada 29 Februari 2024", None, "29 Februari 2024", "2024-02-29"),
    ("pada 1 Januari 2024", None, "1 Januari 2024", "2024-01-01"),
    ("pada 2 Februari 2024", None, "2 Februari 2024", "2024-02-02"),
    ("pada 3 Maret 2024", None, "3 Maret 2024", "2024-03-03"),
    ("pada 4 April 2024", None, "4 April 2024", "2024-04-04"),
    ("pada 5 Mei 2024", None, "5 Mei 2024", "2024-05-05"),
    ("pada 6 Juni 2024", None, "6 Juni 2024", "2024-06-06"),
    ("pada 7 Juli 2024", None, "7 Juli 2024", "2024-07-07"),
    ("pada 17 Agustus 1945", None, "17 Agustus 1945", "1945-08-17"),
    ("pada 9 September 2024", None, "9 September 2024", "2024-09-09"),
    ("pada 10 Oktober 2024", None, "10 Oktober 2024", "2024-10-10"),
    ("pada 11 November 2024", None, "11 November 2024", "2024-11-11"),
    ("pada 11 Nopember 2024", None, "11 Nopember 2024", "2024-11-11"),
    ("pada 12 Desember 2024", None, "12 Desember 2024", "2024-12-12"),
    ("pada 12 Des 2024", None, "12 Des 2024", "2024-12-12"),
    ("pada 5 Agt 2024", None, "5 Agt 2024", "2024-08-05"),
    ("pada 24 February 2024", None, "24 February 2024", "2024-02-24"),
    ("pada 4 July 2024", None, "4 July 2024", "2024-07-04"),
    ("Published November 21, 2023 by", None, "November 21, 2023", "2023-11-21"),
    ("Posted March 3rd, 2024", None, "March 3rd, 2024", "2024-03-03"),
    ("JAKARTA (1/12/2024) -", None, "1/12/2024", "2024-12-01"),
    ("tanggal 31-12-2023", None, "31-12-2023", "2023-12-31"),
    ("dirilis 2024-12-01", None, "2024-12-01", "2024-12-01"),
    ("pada 30 Februari 2024 (salah ketik)", None, "30 Februari 2024", None),
    # years, quarters, decades
    ("Pada 2014 sistem itu", None, "2014", "2014"),
    ("pertengahan 2014 sistem itu", None, "pertengahan 2014", "2014"),
    ("pada tahun 1998", None, "tahun 1998", "1998"),
    ("pada kuartal III 2023", None, "kuartal III 2023", "2023-Q3"),
    ("pada triwulan pertama 2024", None, "triwulan pertama 2024", "2024-Q1"),
    ("pada semester kedua tahun ini", "2024-05-01", "semester kedua tahun ini", "2024-H2"),
    ("pada tahun 1990-an", None, "tahun 1990-an", "199"),
    ("di abad ke-21", None, "abad ke-21", "20"),
    # durations and references
    ("gencatan senjata selama seminggu", None, "seminggu", "P1W"),
    ("sosialisasi selama tiga bulan", None, "tiga bulan", "P3M"),
    ("dalam tiga hari terakhir", None, "tiga hari terakhir", "P3D"),
    ("selama berbulan-bulan", None, "berbulan-bulan", "PXM"),
    ("sejak beberapa pekan terakhir", None, "beberapa pekan terakhir", "PXW"),
    ("Saat ini warga", "2023-12-19", "Saat ini", "PRESENT_REF"),
    ("Hal itu terjadi baru-baru ini.", "2023-12-19", "baru-baru ini", "PAST_REF"),
    ("sehari sebelumnya polisi datang", "2023-12-19", "sehari sebelumnya", None),
    ("pukul 14.00 WIB", None, "pukul 14.00 WIB", "XXXX-XX-XXT14:00"),
    # unknown publication date: relative stays None, absolute resolves
    ("pada hari Senin", None, "hari Senin", None),
    ("Selasa malam", None, "Selasa malam", None),
    ("pekan lalu", None, "pekan lalu", None),
    ("akhir November", None, "akhir November", None),
    ("sejak 7 Oktober", None, "7 Oktober", None),
    ("tahun lalu", None, "tahun lalu", None),
    ("dua hari lalu", None, "dua hari lalu", None),
    ("kemarin", None, "kemarin", None),
]


@pytest.mark.parametrize("text, published, expected_text, expected_value", CASES)
def test_resolution_table(text, published, expected_text, expected_value):
    found = first(text, published)
    assert found.text == expected_text
    assert found.value == expected_value
    assert text[found.span[0]:found.span[1]] == found.text


MODS = [
    ("akhir November", "END"),
    ("awal Desember 2023", "START"),
    ("pertengahan 2014", "MID"),
    ("akhir bulan ini", "END"),
    ("awal pekan", "START"),
    ("November", None),
]


@pytest.mark.parametrize("text, mod", MODS)
def test_mods(text, mod):
    found = first("pada " + text, "2023-12-19")
    assert found.mod == mod


TYPES = [
    ("Selasa malam", "TIME"),
    ("Senin", "DATE"),
    ("selama tiga bulan", "DURATION"),
    ("Jumat (8/3/2024) pukul 14.30 WIB", "TIME"),
]


@pytest.mark.parametrize("text, kind", TYPES)
def test_types(text, kind):
    assert first(text, "2023-12-19").type == kind


# Negative cases: nothing in them is a time expression.
NEGATIVES = [
    "Sebanyak 2023 orang tewas dalam serangan itu.",
    "Ia membeli 12 ekor sapi dan 3 kambing.",
    "Harga naik menjadi Rp 1,5 triliun atau 12.418 unit.",
    "Ibu Mei Lestari menjadi saksi.",
    "Tim itu mencetak 1/2 dari target.",
    "Pertemuan tiap minggu diperpanjang.",
    "Akhir cerita itu menyedihkan.",
    "Pada hari yang sama ia pergi.",
    "Menteri April Tan berbicara.",
    "Rumah nomor 2024 di jalan itu.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(text):
    found = timex.find_timexes(text, date(2023, 12, 19))
    assert [t.text for t in found] == []


def test_lower_case_minggu_is_a_week_and_capital_is_sunday():
    week = first("minggu lalu mereka bertemu", "2024-02-24")
    sunday = first("Pada Minggu lalu mereka bertemu", "2024-02-24")
    assert week.value == "2024-W07"
    assert sunday.value == "2024-02-18"


def test_anchor_and_inferred_flags():
    doc = clean.clean_document(RawDocument(source="t", text="Rapat digelar pada hari Senin dan 7 Oktober 2023.",
                                           published="2023-12-19"))
    doc.published_source = "inferred"
    sentences.apply(doc)
    timex.apply(doc)
    monday, absolute = doc.timexes
    assert monday.anchor == "2023-12-19" and monday.inferred
    assert absolute.anchor is None and not absolute.inferred


def test_datetime_published_uses_the_date_part():
    assert first("hari Jumat", "2024-02-24T20:35:00+07:00").value == "2024-02-23"


def test_spans_do_not_cross_paragraphs():
    doc = article("Ia datang Senin\n\nmalam itu semua tidur.")
    assert [t.text for t in doc.timexes] == ["Senin"]


# ---------------------------------------------------------------------- helpers

RANGES = [
    ("2024-W07", (date(2024, 2, 12), date(2024, 2, 18))),
    ("2024-W07-WE", (date(2024, 2, 17), date(2024, 2, 18))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2023-02", (date(2023, 2, 1), date(2023, 2, 28))),
    ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
    ("2023-12-19TNI", (date(2023, 12, 19), date(2023, 12, 19))),
    ("2023-Q4", (date(2023, 10, 1), date(2023, 12, 31))),
    ("2024-H1", (date(2024, 1, 1), date(2024, 6, 30))),
    ("199", (date(1990, 1, 1), date(1999, 12, 31))),
    ("2020-W53", (date(2020, 12, 28), date(2021, 1, 3))),
    ("P3D", None),
    ("PRESENT_REF", None),
    (None, None),
]


@pytest.mark.parametrize("value, expected", RANGES)
def test_date_range(value, expected):
    assert timex.date_range(value) == expected


def test_representative_date_of_last_week_is_a_week_before():
    assert timex.representative_date("2024-W07", "2024-02-24") == "2024-02-17"
    assert timex.representative_date("2024-W07-WE", "2024-02-24") == "2024-02-17"
    assert timex.representative_date("2023-11", "2023-12-19") == "2023-11"
    assert timex.representative_date("2023-12-19TNI", None) == "2023-12-19"
    assert timex.representative_date("PRESENT_REF", "2023-12-19") == "2023-12-19"
    assert timex.representative_date("P3D", "2023-12-19") is None


def test_date_at_prefers_the_expression_inside_then_after_the_verb():
    doc = article("Pada hari Minggu, Prancis menyerukan gencatan senjata. "
                  "Hamas mengatakan pada hari Selasa bahwa mereka menolak, kata pejabat pekan lalu.")
    body = doc.body
    verb = body.index("menyerukan")
    assert timex.date_at(doc, (verb, verb + len("menyerukan"))) == "2023-12-17"
    verb = body.index("mengatakan")
    assert timex.date_at(doc, (verb, verb + len("mengatakan"))) == "2023-12-19"
    inside = body.index("pekan lalu")
    assert timex.date_at(doc, (inside, inside + 10)) == "2023-12-12"
    assert timex.sentence_date(doc, 0) == "2023-12-17"
    assert timex.sentence_date(doc, 1) == "2023-12-19"
    assert timex.sentence_date(doc, 5) is None


def test_date_at_stays_in_the_sentence_and_can_skip_since():
    doc = article("Perang itu pecah sejak 7 Oktober. Lalu warga mengungsi.")
    verb = doc.body.index("mengungsi")
    assert timex.date_at(doc, (verb, verb + 9)) is None
    verb = doc.body.index("pecah")
    assert timex.date_at(doc, (verb, verb + 5)) == "2023-10-07"
    assert timex.date_at(doc, (verb, verb + 5), exclude_signals={"sejak"}) is None
    assert timex.signal_before(doc, doc.timexes[0]) == "sejak"


# ---------------------------------------------------------------------- properties

WEEKDAY_NAMES = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "senin", "JUMAT", "Jum'at"]


@settings(max_examples=300, deadline=None)
@given(anchor=st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)), name=st.sampled_from(WEEKDAY_NAMES))
def test_bare_weekday_is_within_the_week_up_to_the_anchor(anchor, name):
    found = timex.find_timexes(f"Mereka bertemu pada hari {name} di sana.", anchor)
    assert len(found) == 1
    resolved = date.fromisoformat(found[0].value)
    assert anchor - timedelta(days=6) <= resolved <= anchor
    assert resolved.weekday() == timex.WEEKDAYS[name.lower()]


@settings(max_examples=200, deadline=None)
@given(anchor=st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)),
       name=st.sampled_from(WEEKDAY_NAMES[:7]))
def test_weekday_last_and_next_are_strictly_around_the_anchor(anchor, name):
    last = date.fromisoformat(timex.find_timexes(f"pada {name} lalu", anchor)[0].value)
    following = date.fromisoformat(timex.find_timexes(f"pada {name} depan", anchor)[0].value)
    assert anchor - timedelta(days=7) <= last < anchor < following <= anchor + timedelta(days=7)


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_written_dates_round_trip(day):
    names = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
    for text in (f"pada {day.day} {names[day.month - 1]} {day.year} lalu", f"({day.day}/{day.month}/{day.year})"):
        assert timex.find_timexes(text, None)[0].value == day.isoformat()


@settings(max_examples=200, deadline=None)
@given(anchor=st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)), count=st.integers(1, 30))
def test_counted_days_ago(anchor, count):
    found = timex.find_timexes(f"terjadi {count} hari lalu", anchor)[0]
    assert found.value == (anchor - timedelta(days=count)).isoformat()


@settings(max_examples=100, deadline=None)
@given(anchor=st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)))
def test_last_week_range_is_the_previous_iso_week(anchor):
    value = timex.find_timexes("pekan lalu", anchor)[0].value
    first_day, last_day = timex.date_range(value)
    assert first_day.weekday() == 0 and last_day - first_day == timedelta(days=6)
    assert first_day <= anchor - timedelta(days=7) <= last_day


# ---------------------------------------------------------------------- speed

def test_infer_anchor_takes_the_latest_written_day():
    doc = article("Perang pecah pada 7 Oktober 2023. Pada 1/12/2024 mereka bertemu. Senin ia pergi.", published=None)
    assert doc.timexes[-1].value is None  # relative, no publication date and no weekday peg
    assert timex.infer_anchor(doc) == "2024-12-01"
    doc.published, doc.published_source = timex.infer_anchor(doc), "inferred"
    timex.apply(doc)
    assert doc.timexes[-1].value == "2024-11-25" and doc.timexes[-1].inferred


@pytest.mark.parametrize(
    "text,expected",
    [
        # a weekday that fits its date is the news peg: "Senin" resolves against it, marked inferred
        ("Pada Minggu (1/12/2024), mereka bertemu. Senin ia pergi.", "2024-11-25"),
        ("Kamis, 6 Maret 2025 delegasi tiba. Pada hari Selasa mereka berunding.", "2025-03-04"),
        # a weekday that does not fit the date is no evidence: stays unresolved
        ("Pada Senin (1/12/2024), mereka bertemu. Rabu ia pergi.", None),
        # background dates without a weekday are no peg
        ("Perang pecah sejak 7 Oktober 2023. Pada hari Senin mereka bertemu.", None),
    ],
)
def test_news_peg_resolves_relative_dates_only_on_good_evidence(text, expected):
    doc = article(text, published=None)
    relative = [t for t in doc.timexes if t.text.lower().startswith(("senin", "pada hari", "hari", "rabu"))][-1]
    assert relative.value == expected
    if expected is not None:
        assert relative.inferred and doc.published is None


@pytest.mark.parametrize(
    "text,anchor,expected",
    [
        # the weekday fixes the year that "(21/10)" leaves open, forward or back
        ("delegasi akan bertemu mulai Selasa (21/10).", "2025-10-20", "2025-10-21"),
        ("mereka bertemu pada Senin (21/10) lalu.", "2024-10-25", "2024-10-21"),
        ("sidang digelar Rabu (31/12).", "2026-01-02", "2025-12-31"),
        # a weekday that fits no nearby year: the most recent day-month, as before
        ("mereka bertemu pada Senin (22/10).", "2025-10-25", "2025-10-22"),
    ],
)
def test_weekday_settles_the_year_of_a_day_month(text, anchor, expected):
    doc = article(text, published=anchor)
    assert [t.value for t in doc.timexes if "/" in t.text] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Perundingan memasuki hari ketiga pada Kamis.", 3),
    ("Aksi mogok itu memasuki hari ke-12.", 12),
    ("pada hari kedua sidang", 2),
    ("hari pertama perundingan", None),  # day one is the start itself
    ("Hari Kemerdekaan", None),
    ("hari kerja", None),
])
def test_day_ordinal(text, expected):
    from linimasa.timex import day_ordinal

    assert day_ordinal(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A bare weekday in apposition to "besok"/"kemarin" is that day.
    ("Pertemuan dijadwalkan berlangsung besok, Sabtu.", ["2025-11-01", "2025-11-01"]),
    ("Ia tiba kemarin, Kamis.", ["2025-10-30", "2025-10-30"]),
    # A weekday that does not fit keeps its own reading.
    ("Ia tiba kemarin, Senin.", ["2025-10-30", "2025-10-27"]),
])
def test_weekday_apposed_to_a_relative_day(text, expected):
    from datetime import date

    from linimasa.timex import find_timexes

    assert [t.value[:10] for t in find_timexes(text, date(2025, 10, 31))] == expected


@pytest.mark.parametrize("text, peg", [
    # The weekday picks the one stated year in which the day falls on it.
    ("Pada Minggu, 8 Maret, ribuan orang turun ke jalan. Sepanjang 2026 terjadi tiga kali protes.", "2026-03-08"),
    ("Ribuan orang berkumpul pada Minggu (8/3). Ini protes terbesar sepanjang 2026.", "2026-03-08"),
    # No year stated anywhere: never guessed.
    ("Pada Minggu, 8 Maret, ribuan orang turun ke jalan.", None),
    # The weekday fits none of the stated years.
    ("Pada Senin, 8 Maret, ribuan orang turun ke jalan. Sepanjang 2026 terjadi tiga kali protes.", None),
    # A full date is the ordinary news peg's business, not this one's.
    ("Pada Minggu, 8 Maret 2026, ribuan orang turun ke jalan.", None),
])
def test_yearless_weekday_peg(text, peg):
    assert timex.yearless_peg(text) == peg


def test_an_undated_article_with_a_yearless_weekday_resolves_relative_days_as_inferred():
    body = "Pada Minggu, 8 Maret, ribuan orang turun ke jalan. Sehari sebelumnya polisi menutup alun-alun. Sepanjang 2026 ada tiga protes."
    article = Article(id="a", source="a.txt", body=body)
    timex.apply(article)
    assert article.signals.get("news_peg") == "2026-03-08"
    assert all(t.inferred for t in article.timexes if t.value and t.value[:4].isdigit() and "2026" not in t.text)


@pytest.mark.parametrize("weekday, expected", [
    # Pegged on Sunday 8 March by a year-less pair: a bare weekday up to three days later follows it ...
    ("Selasa", "2026-03-10"),
    # ... one from the days just before still precedes it.
    ("Jumat", "2026-03-06"),
])
def test_a_bare_weekday_is_the_nearest_to_a_yearless_peg(weekday, expected):
    body = (f"Pada Minggu, 8 Maret, ribuan orang turun ke jalan. Pada {weekday}, polisi menangkap tiga orang. "
            "Sepanjang 2026 ada tiga protes.")
    article = Article(id="a", source="a.txt", body=body)
    timex.apply(article)
    values = {t.text: t.value for t in article.timexes}
    assert values[weekday][:10] == expected
