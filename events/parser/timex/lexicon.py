"""Words of the temporal grammar: month and weekday names, number words, units, cues."""
from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Full names, or abbreviations with their full stop ("Feb." but not "Mar" or "Jan" alone,
# which are names and words as often as months).
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|"
            r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|"
            r"Sept|Aug|Oct|Nov|Dec)")

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_RE = r"(?:spring|summer|fall|autumn|winter)"

DAYPARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
            "nights": "NI"}
DAYPART_RE = r"(?:morning|afternoon|evening|night)"

# unit word -> (TIMEX3 duration letter, is a time unit). TimeML writes a decade E and a
# century C (TimeBank: "about a decade" P1E, "centuries" PXC), not TIDES' DE and CE.
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("E", False),
    "century": ("C", False), "centurie": ("C", False), "weekend": ("WE", False),
}
UNIT_RE = (r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|"
           r"decades?|century|centuries)")

ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
            "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "thirtieth": 30}
VAGUE = {"a few": "X", "few": "X", "several": "X", "some": "X", "many": "X",
         "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozens of": "X",
         "a number of": "X"}

_WORDNUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
            r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
NUM_RE = (r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+\d/\d)?|(?:a|an|one)\s+hundred|"
          r"(?:a|one|two|three|four|five)\s+thousand|" + _WORDNUM +
          r"(?:\s+and\s+a\s+half)?|a\s+few|a\s+couple(?:\s+of)?|couple\s+of|a\s+dozen|few|"
          r"several|some|many|a|an)")
ORDINAL_RE = (r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
              r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
              r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
              r"twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
              r"thirtieth|thirty[- ]first)")


def number(text: str) -> float | str | None:
    """'four' -> 4, '2 1/2' -> 2.5, 'twenty-four' -> 24, 'several' -> 'X'; None if not."""
    t = _SPACES.sub(" ", text.strip().lower())
    if t in VAGUE:
        return VAGUE[t]
    if t in ("a", "an", "one", "the"):
        return 1
    half = 0.0
    if t.endswith(" and a half"):
        half, t = 0.5, t[: -len(" and a half")]
    if m := re.fullmatch(r"(\d+) (\d)/(\d)", t):
        return int(m[1]) + int(m[2]) / int(m[3])
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", t):
        n = float(t.replace(",", ""))
        return (int(n) if n.is_integer() else n) + half
    if m := re.fullmatch(r"(a|an|one|two|three|four|five) (hundred|thousand)", t):
        k = 1 if m[1] in ("a", "an") else ONES[m[1]]
        return k * (100 if m[2] == "hundred" else 1000)
    if t in ONES:
        return ONES[t] + half
    parts = re.split(r"[- ]", t)
    if parts[0] in TENS:
        if len(parts) == 1:
            return TENS[parts[0]] + half
        if len(parts) == 2 and parts[1] in ONES and ONES[parts[1]] < 10:
            return TENS[parts[0]] + ONES[parts[1]] + half
    return None


def ordinal(text: str) -> int | None:
    t = text.strip().lower().replace(" ", "-")
    if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", t):
        return int(m[1])
    if t in ORDINALS:
        return ORDINALS[t]
    if "-" in t:
        a, b = t.split("-", 1)
        if a in TENS and b in ORDINALS and ORDINALS[b] < 10:
            return TENS[a] + ORDINALS[b]
    return None


def spelled_year(text: str) -> int | None:
    """'nineteen ninety-four' -> 1994, 'two thousand' -> 2000, 'two thousand and six'."""
    t = _SPACES.sub(" ", text.strip().lower())
    if m := re.fullmatch(r"two thousand(?: (?:and )?(.+))?", t):
        rest = number(m[1]) if m[1] else 0
        return 2000 + int(rest) if isinstance(rest, (int, float)) and rest < 100 else None
    if m := re.fullmatch(r"(nineteen|eighteen|twenty) (hundred|.+)", t):
        century = {"nineteen": 19, "eighteen": 18, "twenty": 20}[m[1]] * 100
        if m[2] == "hundred":
            return century
        rest = number(m[2].replace("oh ", ""))
        if isinstance(rest, (int, float)) and 0 < rest < 100 and float(rest).is_integer():
            return century + int(rest)
    return None
