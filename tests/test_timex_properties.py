"""Property-based checks: the tagger never crashes and its offsets always slice the input."""
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from events.parser.timex import parse_expression, tag, value_range

DCT = date(2026, 1, 20)
WORDS = st.sampled_from([
    "May", "may", "March", "march", "Monday", "last", "next", "week", "year", "years", "ago",
    "early", "mid-", "late", "the", "of", "in", "on", "31", "February", "2025", "2,025",
    "1990s", "'98", "Q4", "quarter", "third", "a", "two", "and", "between", "3", "5", "-",
    "10:30", "p.m.", "EST", "GMT+3", "noon", "every", "said", "will", "Resolution", "G7",
    "12/31/99", "2026-02-31", "about", "more than", "century", "20th", ".", ",", "\n",
    "Later", "in", "the", "coming", "weeks", "today", "summer", "fiscal", "1/2",
])
PHRASES = st.lists(WORDS, max_size=25).map(" ".join)
DATES = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def _check(text, dct):
    found = tag(text, dct)
    starts = [t.start for t in found]
    assert starts == sorted(starts)
    for t in found:
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if t.range:
            assert t.range[0] <= t.range[1]
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


@settings(max_examples=300, deadline=None)
@given(PHRASES, DATES)
def test_it_slices_the_input_for_date_like_word_soup(text, dct):
    _check(text, dct)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), DATES)
def test_it_never_crashes_on_arbitrary_text(text, dct):
    _check(text, dct)
    parse_expression(text, dct)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99))
def test_it_survives_impossible_calendar_dates(y, m, d):
    for text in (f"{y:04d}-{m:02d}-{d:02d}", f"{d} February {y}", f"{m}/{d}/{y}",
                 f"February {d}, {y}", f"{d}.{m}.{y}"):
        _check(f"On {text} they met.", DCT)
        t = parse_expression(text, DCT)
        if t is not None and t.range:
            assert t.range[0] <= t.range[1]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20), st.sampled_from([None, "START", "MID", "END", "APPROX"]))
def test_value_range_never_crashes(value, mod):
    rng = value_range(value, mod)
    assert rng is None or rng[0] <= rng[1]
