"""TimeML conventions the tagger follows: what is tagged, how it is typed and resolved."""
from datetime import date

from events.parser.timex import tag

DCT = date(1998, 8, 8)  # a Saturday


def found(text, dct=DCT):
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


def test_it_leaves_ages_in_years_untagged():
    assert found("A 53-year-old engineer was arrested. He is 52 years old.") == {}
    assert found("The 136-year-old bank was sold in 1997.") == {"1997": ("DATE", "1997")}


def test_it_keeps_durations_that_are_not_ages():
    assert found("the IRA's 8-month-old truce") == {"8-month-old": ("DURATION", "P8M")}
    assert found("a 10-year plan") == {"10-year": ("DURATION", "P10Y")}


def test_it_reads_a_year_closed_by_a_date_as_a_duration():
    got = found("Net income for the year ended Sept. 30 rose, and in the fiscal year "
                "ending June 30 it fell.")
    assert got["the year"] == ("DURATION", "P1Y")
    assert got["the fiscal year"] == ("DURATION", "P1Y")
    assert found("Sales for the year rose.")["the year"] == ("DATE", "1998")


def test_it_reads_days_later_as_a_duration():
    assert found("Three days later, the Nasdaq fell.")["Three days later"] == ("DURATION", "P3D")
    assert found("A week earlier it rose.")["A week earlier"] == ("DURATION", "P1W")
    # a year back compares reporting periods: still a date
    assert found("Profit rose from a year earlier.")["a year earlier"] == ("DATE", "1997")


def test_it_reads_the_previous_weekday_from_the_day_just_mentioned():
    text = "Shares fell on Friday, down 4% from the previous Friday."
    got = found(text, date(1989, 10, 30))  # a Monday
    assert got["Friday"] == ("DATE", "1989-10-27")
    assert got["the previous Friday"] == ("DATE", "1989-10-20")


def test_it_puts_the_morning_on_the_day_just_mentioned():
    text = "Hopes were dashed Friday. Dealers placed orders in the morning."
    assert found(text, date(1989, 10, 30))["the morning"] == ("TIME", "1989-10-27TMO")


def test_it_reads_a_future_in_the_past_as_past():
    got = found("The offer had been due to expire Friday evening.", date(1989, 10, 30))
    assert got["Friday evening"] == ("TIME", "1989-10-27TEV")


def test_it_reads_a_control_verb_as_future():
    got = found("The company agreed to buy the unit in February.", date(1989, 10, 30))
    assert got["February"] == ("DATE", "1990-02")
    # a noun before "to" does not decide: the verb before it does
    got = found("They extended their offers to acquire the firm Friday.", date(1989, 10, 30))
    assert got["Friday"] == ("DATE", "1989-10-27")


def test_it_reads_a_present_tense_weekday_as_scheduled():
    got = found("He and Arafat meet separately Monday with Albright.", date(1998, 5, 1))
    assert got["Monday"] == ("DATE", "1998-05-04")


def test_it_ends_a_clause_at_a_closing_double_quote():
    text = "the suggestion is entirely inaccurate.'' White House on Thursday ``For weeks"
    assert found(text, date(1998, 2, 6))["Thursday"] == ("DATE", "1998-02-05")


def test_it_reads_the_year_before_a_year_as_that_year():
    assert found("The Year 2000 bug worries banks.") == {"The Year 2000": ("DATE", "2000")}


def test_it_reads_the_same_period_last_year_as_one_expression():
    got = found("In the first half of this year exports rose 7% over the same period "
                "last year.")
    assert got["the first half of this year"] == ("DATE", "1998-H1")
    assert got["the same period last year"] == ("DATE", "1997-H1")
    assert "last year" not in got


def test_it_resolves_holidays_by_tense():
    dct = date(2000, 4, 15)
    got = found("Elian was rescued on Thanksgiving Day. He will spend Easter with his "
                "father. Last Christmas he was in Cuba. Christmas 1999 was cold.", dct)
    assert got["Thanksgiving Day"] == ("DATE", "1999-11-25")
    assert got["Easter"] == ("DATE", "2000-04-23")
    assert got["Last Christmas"] == ("DATE", "1999-12-25")
    assert got["Christmas 1999"] == ("DATE", "1999-12-25")
    assert found("The Christmas tree was lit.", dct) == {}


def test_it_reads_units_from_now_as_a_date():
    got = found("Twenty years from now, we will remember. Two weeks hence it ends.")
    assert got["Twenty years from now"] == ("DATE", "2018")
    assert got["Two weeks hence"] == ("DATE", "1998-08-22")


def test_it_resolves_seasons_by_tense():
    got = found("He moved to New York in the fall. They will return in the spring.")
    assert got["the fall"] == ("DATE", "1997-FA")
    assert got["the spring"] == ("DATE", "1999-SP")


def test_it_puts_a_clock_time_on_the_day_just_stated():
    got = found("The bomb exploded Friday. The blast, at 10:40 a.m. (0740 GMT), killed 80.")
    assert got["10:40 a.m."] == ("TIME", "1998-08-07T10:40")
    assert got["0740 GMT"] == ("TIME", "1998-08-07T07:40")
    assert found("At noon, the president spoke.")["noon"] == ("TIME", "1998-08-08T12:00")


def test_it_writes_decades_and_centuries_as_timeml_does():
    assert found("for about a decade")["about a decade"] == ("DURATION", "P1E")
    assert found("for centuries")["centuries"] == ("DURATION", "PXC")


def test_it_counts_a_couple_of_years():
    got = found("Over the next couple of years we expect growth.")
    assert got["the next couple of years"] == ("DURATION", "P2Y")


def test_it_leaves_weekdays_inside_names_untagged():
    got = found("The Sunday Times said Monday that Bloody Sunday victims and Black Monday "
                "losers met in Sunday school.", date(1998, 8, 10))
    assert got == {"Monday": ("DATE", "1998-08-10")}


def test_it_leaves_season_words_that_are_nouns_or_names_untagged():
    text = ("After the fall of the Soviet Union and the fall in oil prices, the Winter "
            "Olympics opened. He left in the fall of '62 and returned in the spring of this "
            "year.")
    assert found(text) == {"the fall of '62": ("DATE", "1962-FA"),
                           "the spring of this year": ("DATE", "1998-SP")}


def test_it_reads_one_day_as_an_adverb_of_the_future():
    assert found("Islam will one day be the second religion.") == {
        "one day": ("DATE", "FUTURE_REF")}
    assert found("He was in the job one day.") == {"one day": ("DURATION", "P1D")}
    assert found("Someday it will end.") == {"Someday": ("DATE", "FUTURE_REF")}


def test_it_computes_movable_holidays():
    got = found("Palm Sunday was quiet; Ash Wednesday came early.", date(2000, 4, 30))
    assert got == {"Palm Sunday": ("DATE", "2000-04-16"), "Ash Wednesday": ("DATE", "2000-03-08")}


def test_it_reads_a_two_digit_year_after_a_preposition():
    got = found("He left in '98; the class of '62 met. Sales rose ''98 percent.",
                date(1999, 8, 10))
    assert got == {"'98": ("DATE", "1998"), "'62": ("DATE", "1962")}


def test_it_leaves_titles_with_a_capitalised_unit_untagged():
    assert found("He was named Player of the Year. The year was good.") == {
        "The year": ("DATE", "1998")}


def test_it_reads_this_weekday_as_the_coming_one_unless_past():
    got = found("They will meet this Friday. This Monday he said no.", date(1998, 8, 5))
    assert got == {"this Friday": ("DATE", "1998-08-07"), "This Monday": ("DATE", "1998-08-03")}


def test_it_reads_a_deadline_extended_to_a_month_as_ahead():
    got = found("The bank has extended the loans through January.", date(1989, 10, 30))
    assert got == {"January": ("DATE", "1990-01")}


def test_it_leaves_only_outside_a_duration():
    assert [t.text for t in tag("He was manager for only six months.", DCT)] == ["six months"]


def test_a_visit_named_by_a_noun_leaves_the_tense_to_the_verb():
    # 1998-08-08 is a Saturday: the Monday before is 3 August, the one after 10 August.
    assert found("Blair's visit to Peru on Monday was cordial.")["Monday"] == ("DATE",
                                                                             "1998-08-03")
    assert found("The visit on Monday was cordial.")["Monday"] == ("DATE", "1998-08-03")
    assert found("Blair visits Peru on Monday.")["Monday"] == ("DATE", "1998-08-10")


def test_it_reads_the_tense_of_an_opening_date_from_the_verb_after_its_subject():
    jan = date(2026, 1, 20)
    text = ("On March 12, British Prime Minister Theresa May told parliament that Russia "
            "was behind the attack.")
    assert found(text, jan) == {"March 12": ("DATE", "2025-03-12")}
    # the surname is no modal, nor the month, when she speaks
    assert found("On March 12, May told parliament the attack was Russian.", jan) == {
        "March 12": ("DATE", "2025-03-12")}
    assert found("On March 12, the prime minister will address parliament.", jan) == {
        "March 12": ("DATE", "2026-03-12")}


def test_an_opening_date_before_a_control_verb_is_when_the_subject_acted():
    # (a Saturday paper) the ministers agreed last Monday; what they agreed on comes later
    got = found("On Monday, EU foreign ministers agreed to widen sanctions against Belarus.")
    assert got["Monday"] == ("DATE", "1998-08-03")
    # a date after the control verb is still the infinitive's, ahead of the paper
    assert found("The two sides agreed to meet on Monday.")["Monday"] == ("DATE", "1998-08-10")
    # nor does a control verb after a date told in mid-clause look ahead (session 11)
    nov = date(2013, 11, 21)
    got = found("Abbott made Jakarta the destination of his first overseas trip as prime "
                "minister in late September, when he and Yudhoyono pledged to deepen "
                "cooperation.", nov)
    assert got["late September"] == ("DATE", "2013-09")
    got = found("At the last round, in June, the two sides agreed to improve communication.",
                nov)
    assert got["June"] == ("DATE", "2013-06")


def test_the_same_day_after_a_year_names_no_day():
    got = found("The row began in 2009. Indonesia recalled its ambassador the same day.")
    assert got.get("the same day", ("DATE", ""))[1] in ("", None)


def test_it_reads_last_and_the_day_before_as_a_week_earlier():
    # in a Thursday paper the day before is "yesterday": "last Wednesday" is the one before
    thursday = date(1994, 2, 17)
    assert found("It recognised Skopje last Wednesday.", thursday) == {
        "last Wednesday": ("DATE", "1994-02-09")}
    assert found("It met last Monday and this past Wednesday.", thursday) == {
        "last Monday": ("DATE", "1994-02-14"), "this past Wednesday": ("DATE", "1994-02-16")}
