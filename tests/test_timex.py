"""The temporal tagger: finding, classifying and resolving time expressions."""
from datetime import date

import pytest

from events.parser.timex import Timex, parse_expression, precision_of, tag, value_range

DCT = date(2026, 1, 20)  # a Tuesday


def one(text, dct=DCT):
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0]


def values(text, dct=DCT):
    return [(t.text, t.value) for t in tag(text, dct)]


def test_it_resolves_the_issue_examples_against_the_publication_date():
    text = ("In mid-December, Lavrov said talks had failed. On January 7, Macron said he "
            "intended to hold talks in the coming weeks. Later in January, ministers will "
            "meet. For four years they talked.")
    found = {t.text: t for t in tag(text, DCT)}
    assert (found["mid-December"].value, found["mid-December"].mod) == ("2025-12", "MID")
    assert found["mid-December"].range == (date(2025, 12, 11), date(2025, 12, 20))
    assert found["January 7"].value == "2026-01-07"
    assert found["the coming weeks"].value == "FUTURE_REF"
    assert (found["Later in January"].value, found["Later in January"].mod) == ("2026-01", None)
    assert (found["four years"].type, found["four years"].value) == ("DURATION", "P4Y")
    assert found["four years"].range is None


def test_it_gives_offsets_that_slice_the_input():
    text = "Talks resumed on 3 March 2025 and will continue next week."
    for t in tag(text, DCT):
        assert text[t.start:t.end] == t.text


def test_it_reads_tense_for_weekdays():
    assert one("The minister said on Monday that talks failed.").value == "2026-01-19"
    assert one("The ministers will meet on Monday.").value == "2026-01-26"
    assert one("The talks were held on Tuesday.").value == "2026-01-20"  # the DCT's weekday


def test_it_reads_tense_for_months_without_a_year():
    # A January article: a past verb means last March, a future one next March.
    assert one("Officials met in March to discuss it.", DCT).value == "2025-03"
    assert one("Officials will meet in March.", DCT).value == "2026-03"
    assert one("He met officials in March.", date(2026, 6, 1)).value == "2026-03"


@pytest.mark.parametrize("text,value,mod", [
    ("last week", "2026-W03", None),
    ("earlier this month", "2026-01", "START"),
    ("next year", "2027", None),
    ("mid-2024", "2024", "MID"),
    ("early next month", "2026-02", "START"),
    ("the end of the year", "2026", "END"),
    ("the 1990s", "199", None),
    ("two years ago", "2024", None),
    ("yesterday", "2026-01-19", None),
    ("this time last year", "2025-01-20", None),
    ("the third quarter of 2025", "2025-Q3", None),
    ("Q4 2025", "2025-Q4", None),
    ("the winter of 2025", "2025-WI", None),
    ("the 20th century", "19", None),
    ("December 2025", "2025-12", None),
    ("around 2020", "2020", "APPROX"),
    ("in recent days", "PAST_REF", None),
    ("now", "PRESENT_REF", None),
])
def test_it_normalises_relative_and_calendar_expressions(text, value, mod):
    t = parse_expression(text, DCT) or one(text)
    assert (t.value, t.mod) == (value, mod)


def test_it_gives_ranges_for_day_spans():
    t = one("The summit runs March 3-5.")
    assert (t.value, t.range) == ("2026-03-03", (date(2026, 3, 3), date(2026, 3, 5)))
    t = one("The summit is set for between 3 and 5 March 2026.")
    assert t.range == (date(2026, 3, 3), date(2026, 3, 5))


@pytest.mark.parametrize("text,type_,value,mod", [
    ("for four years", "DURATION", "P4Y", None),
    ("the past two weeks", "DURATION", "P2W", None),
    ("more than 2 1/2 years", "DURATION", "P2Y6M", "MORE_THAN"),
    ("a minute and a half", "DURATION", "PT1M30S", None),
    ("every year", "SET", "P1Y", None),
    ("each July", "SET", "XXXX-07", None),
    ("at 10:30 p.m. EST", "TIME", "2026-01-20T22:30", None),
    ("14:00 GMT", "TIME", "2026-01-20T14:00", None),
    ("14:00 GMT+3", "TIME", "2026-01-20T14:00", None),
    ("0700 GMT", "TIME", "2026-01-20T07:00", None),
    ("9:45 p.m. EDT Friday", "TIME", "2026-01-16T21:45", None),
])
def test_it_types_durations_sets_and_times(text, type_, value, mod):
    t = one(text)
    assert (t.type, t.value, t.mod) == (type_, value, mod)


@pytest.mark.parametrize("text", [
    "2,025 troops crossed the border.",
    "Resolution 2231 was adopted.",
    "UN Security Council Resolution 2025 passed.",
    "He scored 2010 points on page 1999 of Flight 2001's log.",
    "The fee was $2025.",
    "The G7 met.",
    "It may rain, they may say.",
    "Protesters march on the capital.",
    "Room 1998 is closed.",
    "",
    "   ",
])
def test_it_does_not_take_numbers_and_words_for_dates(text):
    assert tag(text, DCT) == []


def test_it_tells_may_the_month_from_may_the_verb():
    assert values("Talks may resume in May.") == [("May", "2026-05")]


def test_it_skips_impossible_dates_without_crashing():
    assert all(t.value != "2026-02-31" for t in tag("on 31 February 2026", DCT))
    assert parse_expression("2026-02-31", DCT) is None
    assert parse_expression("31/02/2026", DCT) is None


def test_it_reads_two_digit_years():
    assert one("Dec. '98").value == "1998-12"
    assert one("on 12/31/99").value == "1999-12-31"


def test_it_resolves_anaphora_against_the_last_date():
    found = tag("Profit rose in the third quarter of 2025 from a year earlier.", DCT)
    assert [t.value for t in found] == ["2025-Q3", "2024-Q3"]


def test_parse_expression_reads_one_expression_or_returns_none():
    t = parse_expression("mid-December 2025")
    assert isinstance(t, Timex)
    assert (t.value, t.mod, t.precision) == ("2025-12", "MID", "month")
    assert parse_expression("2026-01-07").range == (date(2026, 1, 7), date(2026, 1, 7))
    assert parse_expression("early next month", DCT).range == (date(2026, 2, 1),
                                                               date(2026, 2, 10))
    assert parse_expression("no date here at all", DCT) is None
    assert parse_expression("", DCT) is None
    assert parse_expression("19", DCT) is None
    assert parse_expression("the meeting on Monday and Friday", DCT) is None  # two dates


@pytest.mark.parametrize("typed,value,precision", [
    ("2026-W03", "2026-W03", "week"), ("2025-WI", "2025-WI", "season"),
    ("H1 2025", "2025-H1", "year"), ("202", "202", "decade"), ("the 90s", "199", "decade"),
    ("end of 2025", "2025", "year"), ("12/2025", "2025-12", "month"),
    ("Jan 20th, 2026", "2026-01-20", "day"), ("20.01.2026", "2026-01-20", "day"),
])
def test_parse_expression_reads_what_editors_type(typed, value, precision):
    t = parse_expression(typed, DCT)
    assert (t.value, t.precision) == (value, precision)
    assert t.range is not None


def test_parse_expression_falls_back_to_dateparser_for_other_languages():
    t = parse_expression("3 mars 2025", DCT)
    assert (t.value, t.precision) == ("2025-03-03", "day")
    assert parse_expression("5. Januar 2026", DCT).value == "2026-01-05"


def test_value_range_narrows_by_mod():
    assert value_range("2025-12", "MID") == (date(2025, 12, 11), date(2025, 12, 20))
    assert value_range("2024", "START") == (date(2024, 1, 1), date(2024, 4, 30))
    assert value_range("2024", "END") == (date(2024, 9, 1), date(2024, 12, 31))
    assert value_range("2025-WI") == (date(2025, 12, 1), date(2026, 2, 28))
    assert value_range("2026-W03") == (date(2026, 1, 12), date(2026, 1, 18))
    assert value_range("202") == (date(2020, 1, 1), date(2029, 12, 31))
    assert value_range("2025-Q4", "APPROX") == (date(2025, 10, 1), date(2025, 12, 31))
    assert value_range("PAST_REF") is None
    assert value_range("2026-02-30") is None


@pytest.mark.parametrize("value,precision", [
    ("2026-01-07", "day"), ("2026-W03", "week"), ("2025-12", "month"), ("2025-Q4", "quarter"),
    ("2025-WI", "season"), ("2025", "year"), ("202", "decade"), ("P4Y", None),
    ("FUTURE_REF", None), ("2025-H1", "year"), ("19", None),
])
def test_precision_of_names_the_granularity(value, precision):
    assert precision_of(value) == precision


def test_it_only_gives_precisions_the_event_model_accepts():
    from events.taxonomy import PRECISIONS

    text = ("In the first half of 2025, the 20th century, the 1990s, Q3, last week, in "
            "summer 2024, on 3 March, in May, next year and early this month.")
    found = tag(text, DCT)
    assert len(found) >= 9
    assert {t.precision for t in found} - {None} <= set(PRECISIONS)
    assert next(t for t in found if t.value == "2025-H1").range == (date(2025, 1, 1),
                                                                     date(2025, 6, 30))


@pytest.mark.parametrize("text,expected", [
    ("They met over the weekend.", "the weekend"),
    ("Profit fell in the third-quarter results.", "third-quarter"),
    ("Its fourth quarter was weak, under its two-year plan.", "fourth quarter"),
    ("It signed the eight-year contract.", "eight-year"),
    ("Prices fell in the late 1990s.", "the late 1990s"),
    ("The talks lasted more than two years.", "more than two years"),
])
def test_it_draws_spans_the_timeml_way(text, expected):
    assert tag(text, DCT)[0].text == expected


@pytest.mark.parametrize("text", [
    "Qantas runs four flights a week to Bombay.",
    "The firm pays $1.76 a year.",
    "Mr. Reupke, 52 years old, resigned.",
    "Iraq imports about three-quarters of its food.",
    "The venture is called Orion 1980.",
    "Baker spoke on ABC's This Week program.",
    "He reads USA Today every morning.",
    "The quarterly dividend was raised.",
])
def test_it_leaves_rates_ages_fractions_and_names_alone(text):
    assert all(t.type == "SET" and t.text == "every morning" for t in tag(text, DCT))


def test_it_reads_a_possessive_weekday_as_past():
    assert one("Investors cheered Friday's vote.", DCT).value == "2026-01-16"


def test_it_keeps_a_year_ago_on_the_reported_quarter():
    text = ("Net rose in the third quarter to $5 million from $4 million a year ago. "
            "In the year-ago quarter, sales fell.")
    assert [t.value for t in tag(text, date(2025, 10, 20))] == ["2025-Q3", "2024-Q3",
                                                                  "2024-Q3"]


def test_it_accepts_a_publication_timestamp():
    from datetime import datetime

    assert one("Talks ended yesterday.", datetime(2026, 1, 20, 8, 30)).value == "2026-01-19"


@pytest.mark.parametrize("text,value", [
    ("See you tomorrow", "2026-01-21"),
    ("nineteen ninety-four", "1994"),
    ("at dawn", "2026-01-20TMO"),
])
def test_it_finds_a_lone_expression(text, value):
    assert one(text).value == value
