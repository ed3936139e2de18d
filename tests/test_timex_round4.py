"""Round 4 of the temporal tagger: earnings-report anaphora, parts of a named year,
millennia, and "at least" before a date."""
from datetime import date

from events.parser.timex import tag

DCT = date(1989, 10, 26)  # a Thursday, in the fourth quarter


def found(text, dct=DCT):
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def values(text, dct=DCT):
    return {t.text: t.value for t in tag(text, dct)}


def test_it_reads_the_quarter_as_the_quarter_the_report_named():
    text = ("Acme said it earned $5 million in the fiscal first quarter. Acme shipped "
            "12,000 systems in the quarter, a record.")
    got = found(text)
    assert got[0] == ("the fiscal first quarter", "DATE", "1989-Q1")
    assert got[1] == ("the quarter", "DATE", "1989-Q1")


def test_it_reads_the_quarter_as_the_last_completed_one_when_none_was_named():
    assert values("Acme shipped 12,000 systems in the quarter.") == {"the quarter": "1989-Q3"}


def test_it_keeps_the_latest_quarter_as_the_last_completed_one():
    # a quarter named as a forecast does not move "the latest quarter"
    text = ("The storm will result in a fourth-quarter charge. In the latest quarter, "
            "the insurer lost $23 million.")
    got = values(text)
    assert got["fourth-quarter"] == "1989-Q4"
    assert got["the latest quarter"] == "1989-Q3"


def test_it_reads_the_latest_period_as_the_quarter_the_report_named():
    text = ("Ralston reported fourth-quarter earnings of $45 million. Sales in the latest "
            "period were $1.76 billion.")
    assert values(text, date(1989, 11, 2))["the latest period"] == "1989-Q4"
    assert values("Sales in the latest period were $1.76 billion.") == {
        "the latest period": "1989-Q3"}


def test_it_lets_a_year_ago_count_from_the_quarter_the_report_restates():
    text = ("Acme earned $5 million in the fiscal second quarter. Sales in the quarter rose "
            "to $747 million. Costs were $623 million a year ago.")
    got = values(text)
    assert got["the quarter"] == "1989-Q2"
    assert got["a year ago"] == "1988-Q2"


def test_it_reads_the_first_months_of_a_named_year_as_a_part_of_it():
    assert found("The trend will last through the first two quarters of 1990.") == [
        ("the first two quarters of 1990", "DATE", "1990-H1")]
    assert found("Exports rose in the first six months of this year.", date(1998, 8, 8)) == [
        ("the first six months of this year", "DATE", "1998-H1")]
    assert found("Sales fell in the last three months of 1997.") == [
        ("the last three months of 1997", "DATE", "1997-Q4")]


def test_it_keeps_nine_months_a_duration_beside_its_year():
    assert found("Profit rose in the first nine months of 1989.") == [
        ("the first nine months", "DURATION", "P9M"), ("1989", "DATE", "1989")]


def test_it_writes_thousands_of_years_as_millennia():
    got = tag("The city has stood for more than two thousand years.", DCT)
    assert [(t.text, t.value, t.mod) for t in got] == [
        ("more than two thousand years", "P2L", "MORE_THAN")]
    assert values("It lasted 1,500 years.") == {"1,500 years": "P1500Y"}


def test_it_leaves_at_least_outside_a_date():
    # "at least" sets a duration's modifier; before a date it is not part of it
    assert found("The plant will stay shut until at least March 1990.") == [
        ("March 1990", "DATE", "1990-03")]
    got = tag("The plant was shut for at least two years.", DCT)
    assert [(t.text, t.mod) for t in got] == [("at least two years", "EQUAL_OR_MORE")]


def test_a_time_of_day_has_the_day_it_falls_on_as_precision_and_range():
    (t,) = [x for x in tag("The two leaders met on Tuesday night.", date(2026, 1, 22))
            if x.type == "TIME"]
    assert t.value == "2026-01-20TNI"
    assert t.precision == "day" and t.range == (date(2026, 1, 20), date(2026, 1, 20))


def test_a_weekday_before_is_expected_to_is_the_coming_one():
    # Thursday 26 October 1989: "Monday's vote" is past, unless it is still expected
    assert values("Monday's vote is expected to pass.")["Monday"] == "1989-10-30"
    assert values("Monday's vote was close.")["Monday"] == "1989-10-23"


def test_a_control_verbs_to_before_a_name_is_no_infinitive_in_lowered_text_either():
    # Thursday 1989-10-26: "Friday" told after a past "proposed to <name>" is the 20th, while
    # "agreed to meet on Friday" still points ahead (the 27th)
    assert values("He had proposed to Chinese Ambassador Ma Keqing on Friday that they "
                  "settle.") == {"Friday": "1989-10-20"}
    assert values("They agreed to meet on Friday.") == {"Friday": "1989-10-27"}


def test_a_visit_named_by_a_noun_is_no_present_tense_but_a_journey_told_in_the_present_is():
    # Thursday 1989-10-26
    assert values("Speaking to reporters in Beijing on Friday at the end of a state visit, "
                  "Mandela praised China.") == {"Friday": "1989-10-20"}
    assert values("Clinton flies to Damascus on Friday for talks with Assad.") == {
        "Friday": "1989-10-27"}


def test_it_reads_a_month_of_that_year_in_the_year_last_named():
    assert values("The two fought a war in 1934 that ended with a treaty signed in May of "
                  "that year.")["May of that year"] == "1934-05"
    assert values("The war began in 1967. In June of the following year, talks opened."
                  )["June of the following year"] == "1968-06"
    # with no year named before it, the month is the paper's own
    assert values("He signed it in May of that year.")["May of that year"] == "1989-05"
