"""Figure series: grouping, points and flags (invented figures)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linimasa.records import Article, Figure
from linimasa.series import build_series, normalise_place, normalise_source


def article(id: str, published: str, figures: list[Figure], outlet: str = "Kabar") -> Article:
    return Article(id=id, source=id, published=published, published_source="text", outlet=outlet, body="x" * 200, figures=figures)


def killed(value, source="Kementerian Kesehatan Tarvania", qualifier="exact", date=None, place=None, counts="killed"):
    return Figure(value=value, counts=counts, span=(0, 5), text=str(value), qualifier=qualifier, source=source, date=date, place=place)


@pytest.mark.parametrize("raw,folded", [
    ("Kemenkes Tarvania", "kementerian kesehatan tarvania"),
    ("data Kementerian Kesehatan Tarvania per Kamis (30/10)", "kementerian kesehatan tarvania"),
    ("Kementerian Kesehatan Tarvania", "kementerian kesehatan tarvania"),
    ("16/10/2025)", None),
    (None, None),
])
def test_normalise_source(raw, folded):
    assert normalise_source(raw) == folded


@pytest.mark.parametrize("raw,folded", [("Jalur Gaza", "gaza"), ("Kota Halvik", "halvik"), ("Israel selatan", "israel selatan"), (None, None)])
def test_normalise_place(raw, folded):
    assert normalise_place(raw) == folded


def test_spellings_of_one_authority_make_one_series_with_dated_points():
    series = build_series([
        article("a", "2025-10-13T10:00", [killed(23, qualifier="at_least")]),
        article("b", "2025-10-14", [killed(61, source="Kemenkes Tarvania")]),
        article("c", "2025-10-16", [killed(112, source="data Kementerian Kesehatan Tarvania per Kamis (16/10)", date="2025-10-16")]),
    ])
    assert len(series) == 1
    only = series[0]
    assert [(p.date, p.value) for p in only.points] == [("2025-10-13", 23), ("2025-10-14", 61), ("2025-10-16", 112)]
    assert only.flags == []
    assert only.cumulative and "killed" in only.label


def test_a_breakdown_in_the_same_article_is_not_a_point():
    series = build_series([article("a", "2025-10-13", [killed(23), killed(14)]), article("b", "2025-10-14", [killed(61)])])
    assert [p.value for p in series[0].points] == [23, 61]


def test_going_backwards_flags_the_one_wrong_value():
    series = build_series([
        article("a", "2025-10-13", [killed(23)]), article("b", "2025-10-14", [killed(61)]),
        article("c", "2025-10-15", [killed(40)]), article("d", "2025-10-16", [killed(112)]),
    ])[0]
    backwards = [f for f in series.flags if f["kind"] == "backwards"]
    assert len(backwards) == 1 and backwards[0]["date"] == "2025-10-15" and backwards[0]["articles"][-1] == "c"


def test_sources_disagreeing_on_one_day_are_flagged():
    series = build_series([article("a", "2025-10-14", [killed(61)]), article("b", "2025-10-14", [killed(64)])])[0]
    assert [f["kind"] for f in series.flags] == ["disagree"]


def test_a_weaker_lower_bound_is_not_a_disagreement_or_a_step_back():
    series = build_series([article("a", "2025-10-20", [killed(241)]), article("b", "2025-10-21", [killed(240, qualifier="more_than")])])[0]
    assert series.flags == []


def test_stock_counts_may_fall():
    series = build_series([
        article("a", "2025-10-20", [killed(120000, counts="displaced")]),
        article("b", "2025-10-26", [killed(12000, counts="displaced")]),
    ])[0]
    assert not series.cumulative and series.flags == []


def test_place_only_figures_join_the_authority_series_of_that_place():
    series = build_series([
        article("a", "2025-10-14", [killed(61)]),
        article("b", "2025-10-16", [killed(112, source=None, place="Tarvania")]),
    ])
    assert len(series) == 1 and len(series[0].points) == 2


def test_figures_without_authority_or_place_make_no_series():
    assert build_series([article("a", "2025-10-14", [killed(61, source=None)])]) == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=10_000), min_size=2, max_size=12))
def test_a_growing_total_is_never_flagged(values):
    values = sorted(values)
    articles = [article(f"a{i}", f"2025-10-{i + 1:02d}", [killed(v)]) for i, v in enumerate(values)]
    (series,) = build_series(articles)
    assert [f for f in series.flags if f["kind"] == "backwards"] == []


def test_one_misdated_point_is_flagged_with_an_explanation_and_labels_use_the_authority():
    from linimasa.records import Article, Figure
    from linimasa.series import build_series

    def art(id, published, value, date, place="Vell"):
        fig = Figure(value=value, counts="killed", span=(0, 3), text=str(value), date=date, place=place,
                     source="Kementerian Kesehatan Oskaria")
        return Article(id=id, source=id, outlet=id.upper(), published=published, published_source="text",
                       body=f"{value} tewas.", figures=[fig])

    articles = [art("a", "2026-01-01", 10, "2026-01-01"), art("b", "2026-01-03", 40, "2026-01-03"),
                art("c", "2026-01-05", 70, "2026-01-05"), art("d", "2026-01-07", 95, "2026-01-07", place="Pos Korrin"),
                # The start of the count ("sejak 1 Januari") misread as the toll's date.
                art("e", "2026-01-06", 80, "2026-01-01")]
    series = build_series(articles)[0]
    assert series.label.startswith("killed per Kementerian Kesehatan Oskaria (Vell; 5 reports")
    backwards = [f for f in series.flags if f["kind"] == "backwards"]
    assert [f["suspect"] for f in backwards] == ["e"]
    assert backwards[0]["reason"] == "misdated" and "between 2026-01-05 and 2026-01-07" in backwards[0]["note"]
    assert not [f for f in series.flags if f["kind"] == "disagree"]  # explained by the misdated flag
