from datetime import date

import pytest

from events.display import display_date

D = date


@pytest.mark.parametrize("kw, expected", [
    (dict(start=D(2026, 1, 7), end=D(2026, 1, 7), precision="day", mod=""), "7 January 2026"),
    (dict(start=D(2025, 12, 11), end=D(2025, 12, 20), precision="month", mod="MID",
          value="2025-12"), "mid-December 2025"),
    (dict(start=D(2025, 12, 1), end=D(2025, 12, 10), precision="month", mod="START",
          value="2025-12"), "early December 2025"),
    (dict(start=D(2025, 12, 21), end=D(2025, 12, 31), precision="month", mod="END",
          value="2025-12"), "late December 2025"),
    (dict(start=D(2026, 1, 1), end=D(2026, 1, 31), precision="month", mod="",
          value="2026-01"), "January 2026"),
    (dict(start=D(2024, 1, 1), end=D(2024, 4, 30), precision="year", mod="START",
          value="2024"), "early 2024"),
    (dict(start=D(2024, 5, 1), end=D(2024, 8, 31), precision="year", mod="MID",
          value="2024"), "mid-2024"),
    (dict(start=D(2025, 10, 1), end=D(2025, 12, 31), precision="quarter", mod="",
          value="2025-Q4"), "Q4 2025"),
    (dict(start=D(2025, 12, 1), end=D(2026, 2, 28), precision="season", mod="",
          value="2025-WI"), "winter 2025"),
    (dict(start=D(1990, 1, 1), end=D(1999, 12, 31), precision="decade", mod="",
          value="199"), "the 1990s"),
    (dict(start=D(1990, 1, 1), end=D(1993, 12, 31), precision="decade", mod="START",
          value="199"), "the early 1990s"),
    (dict(start=D(2026, 1, 12), end=D(2026, 1, 18), precision="week", mod="",
          value="2026-W03"), "week of 12 January 2026"),
    (dict(start=D(2026, 1, 7), end=D(2026, 1, 7), precision="day", mod="APPROX",
          value="2026-01-07"), "around 7 January 2026"),
    (dict(start=D(2026, 1, 5), end=D(2026, 1, 7), precision="day", mod=""), "5–7 January 2026"),
    (dict(start=D(2026, 1, 30), end=D(2026, 2, 2), precision="day", mod=""),
     "30 January – 2 February 2026"),
    (dict(start=None, end=None, precision="", mod=""), "undated"),
])
def test_it_writes_the_date_as_a_person_would(kw, expected):
    assert display_date(**kw) == expected


def test_it_falls_back_to_the_range_when_the_value_is_unreadable():
    assert display_date(start=D(2025, 6, 1), end=D(2025, 8, 31), precision="season", mod="",
                        value="garbage") == "1 June – 31 August 2025"


def test_it_accepts_a_lang_argument_and_answers_in_english():
    assert display_date(start=D(2026, 1, 7), end=D(2026, 1, 7), precision="day", mod="",
                        lang="fr") == "7 January 2026"
