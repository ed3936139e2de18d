"""Anchor words: a rule runs only in windows around the words it cannot match without.

One cheap scan finds every anchor of the text; each rule then runs on the merged windows
around its own anchors instead of on the whole text. Prose without a month, weekday, unit,
digit or deictic word is never examined by the costly patterns.
"""
from __future__ import annotations

import re

CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "month": ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "sept", "october", "november", "december", "jan", "feb", "mar",
              "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
                "sundays"),
    "unit": ("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
             "weeks", "fortnight", "fortnights", "month", "months", "quarter", "quarters",
             "year", "years", "decade", "decades", "century", "centuries", "weekend"),
    "deictic": ("today", "tonight", "yesterday", "tomorrow", "night", "overnight"),
    "ref": ("now", "currently", "nowadays", "present", "presently", "days", "moment", "someday",
            "recently", "lately", "past", "future", "soon", "shortly", "term", "possible"),
    "set": ("daily", "weekly", "monthly", "annually", "yearly", "hourly", "quarterly",
            "nightly", "biweekly", "biannually"),
    "every": ("every", "each"),
    "quarter": ("quarter",),
    "half": ("half",),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "century": ("century",),
    "spelled": ("nineteen", "eighteen", "thousand"),
    "decadeword": ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                   "eighties", "nineties"),
    "time": ("time",),
    "daypart": ("morning", "afternoon", "evening", "noon", "midday", "midnight",
                "midafternoon", "midmorning", "dawn", "dusk", "daybreak"),
    "edge": ("end", "beginning", "start", "middle", "close", "turn", "rest", "remainder"),
    "ago": ("ago",),
    "shift": ("later", "earlier", "afterwards", "afterward", "previously"),
    "year": ("year",),
    "weekend": ("weekend",),
    "period": ("period",),
    "holiday": ("christmas", "thanksgiving", "easter", "halloween", "valentine",
                "independence", "labor", "memorial", "veterans", "king", "presidents",
                "president", "mother", "father", "election", "boxing", "good", "palm",
                "ash", "maundy", "holy"),
    "fromnow": ("now", "hence"),
    "newyear": ("new",),
    "plural": ("seconds", "minutes", "hours", "days", "weeks", "months", "quarters", "years",
               "decades", "centuries"),
}
# Common words that anchor a rare rule only next to their partner word: "new" only in
# "New Year", "now" and "hence" only in "from now" / "years hence".
# Holiday names but the four that stand alone end in "Day", "Friday", "Sunday"...: without
# this, every "president", "king" and "good" of a news text would open a window.
_LONE_HOLIDAYS = frozenset({"christmas", "thanksgiving", "easter", "halloween"})
_GUARDS = {
    "newyear": lambda low, s, e: low.startswith(" year", e),
    "holiday": lambda low, s, e: low[s:e] in _LONE_HOLIDAYS or low.find("day", e, e + 12) >= 0,
    "fromnow": lambda low, s, e: low.endswith("from ", 0, s) or low.startswith("hence", s),
}
# Digit runs are anchors too, by shape: "year4" (four digits), "numeric" (20/01/2026),
# "clock" (10 a.m., 14:30), "decade" (1990s, '90s), "qcode" (Q1, 4Q).
RULE_ANCHORS: dict[str, tuple[str, ...]] = {
    "iso": ("year4",), "numeric": ("numeric",), "month_day": ("month",),
    "day_month": ("month",), "month_year": ("month",), "month": ("month",),
    "year": ("year4",), "short_year": ("decade",), "year_range": ("year4",), "decade": ("decade",),
    "decade_the": ("decadeword",), "century": ("century",), "spelled_year": ("spelled",),
    "quarter": ("quarter",), "qcode": ("qcode",), "hcode": ("year4",), "half": ("half",),
    "season": ("season",),
    "rel_unit": ("unit",), "the_year": ("year",), "latest_period": ("period",),
    "year_period": ("period",), "same_period": ("period", "quarter"),
    "the_day": ("unit",), "weekend": ("weekend",),
    "deictic": ("deictic", "daypart"), "ref": ("ref",), "ref_plural": ("plural",),
    "weekday": ("weekday",), "ago": ("ago",), "from_now": ("fromnow",),
    "year_ago": ("ago", "shift"),
    "rel_shift": ("shift",), "this_time": ("time",), "period_edge": ("edge",),
    "year_end": ("edge",), "duration": ("unit",), "bare_units": ("plural",),
    "half_unit": ("half",), "set_adv": ("set",), "set_every": ("every",),
    "clock": ("clock",), "holiday": ("holiday",), "new_year": ("newyear",),
    "noon": ("daypart",), "daypart": ("daypart",),
}
_WORD_CATS: dict[str, list[str]] = {}
for _cat, _words in CATEGORY_WORDS.items():
    for _w in _words:
        _WORD_CATS.setdefault(_w, []).append(_cat)
for _q in "1234":
    _WORD_CATS["q" + _q] = ["qcode"]


def _trie(words) -> str:
    """An alternation of `words` as a character trie: the engine never retries a prefix, so
    one pass finds only the anchors, without a dictionary lookup per word of the text."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        group = "(?:" + "|".join(alts) + ")"
        return group + "?" if "" in node else group

    return walk(root)


# Whole words only, as the maximal letter runs of the lowered text ("thursday's" anchors,
# "mayor" does not).
_WORDS = re.compile(r"(?<![a-z])(?:" + _trie(w for w in _WORD_CATS if w.isalpha()) +
                    r")(?![a-z])|(?<![a-z])q[1-4]\b")
_DIGITS = re.compile(r"\d+")
_ZONE_AFTER = re.compile(r"\s?(?:GMT|UTC|local\s+time)")
_CLOCK_AFTER = re.compile(r"\s?(?:[ap]\.?\s?m\b|:\d\d)", re.I)
LEFT, RIGHT = 45, 60  # context kept around an anchor: the longest expressions fit
# Rules whose anchor ends the expression ("the first nine months", "two years ago") need
# little context on the right.
END_ANCHORED = {"duration", "ago", "rel_shift", "bare_units", "ref_plural", "rel_unit",
                "the_day", "the_year", "weekend", "century", "decade_the", "latest_period",
                "from_now",
                "year_period"}
# Rules whose anchor starts the expression, give or take a short word ("this past March",
# "Saturday, April 25") need little context on the left.
START_ANCHORED = {"holiday", "new_year", "short_year", "iso", "numeric", "year", "year_range",
                  "decade", "qcode", "hcode", "clock",
                  "deictic", "ref", "set_adv", "set_every", "noon", "daypart", "this_time",
                  "month_year", "month_day", "month", "weekday", "season", "spelled_year"}
# Short expressions that end at their anchor need only their longest prefix on the left
# ("this coming fiscal year", "the week"): less text for the regexes to scan.
SHORT_LEFT = {"rel_unit": 25, "the_day": 12, "the_year": 25, "weekend": 12,
              "latest_period": 25, "year_period": 20, "bare_units": 16, "decade_the": 25}
_NUMERIC_AFTER = re.compile(r"[/.]\d{1,2}[/.]\d")


def windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each rule name, the merged (start, end) windows of `text` it should search."""
    by_cat: dict[str, list[tuple[int, int]]] = {}
    get = _WORD_CATS.get
    low = text.lower()
    if len(low) != len(text):  # a few letters lower to two characters: keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for m in _WORDS.finditer(low):
        cats = get(m.group())
        if cats:
            for c in cats:
                guard = _GUARDS.get(c)
                if guard and not guard(low, m.start(), m.end()):
                    continue
                by_cat.setdefault(c, []).append(m.span())
    for m in _DIGITS.finditer(text):
        word = m.group(0)
        s, e = m.span()
        cats = ["year4"] if len(word) == 4 else []
        nxt = text[e:e + 1]
        if nxt in ("/", ".") and len(word) <= 2 and _NUMERIC_AFTER.match(text, e):
            cats.append("numeric")
        elif nxt in ("s", "'") and word[-1] == "0":
            cats.append("decade")
        elif nxt in ("Q", "q") and len(word) == 1:
            cats.append("qcode")
        if len(word) <= 2 and _CLOCK_AFTER.match(text, e) or len(word) == 4 and \
                _ZONE_AFTER.match(text, e):
            cats.append("clock")
        if s > 0 and text[s - 1] in ("'", "\u2019", "\u2018"):
            cats.append("decade")
        for c in cats:
            by_cat.setdefault(c, []).append(m.span())
    n = len(text)
    out: dict[str, list[tuple[int, int]]] = {}
    done: dict[tuple, list[tuple[int, int]]] = {}  # rules sharing anchors share windows
    for rule, cats in RULE_ANCHORS.items():
        right = 25 if rule in END_ANCHORED else RIGHT
        left = SHORT_LEFT.get(rule) or (20 if rule in START_ANCHORED else LEFT)
        key = (cats, left, right)
        if key not in done:
            # one category's spans are already in text order
            spans = by_cat.get(cats[0], []) if len(cats) == 1 else sorted(
                sp for c in cats for sp in by_cat.get(c, ()))
            done[key] = _merge(text, n, spans, left, right)
        if done[key]:
            out[rule] = done[key]
    return out


def _merge(text: str, n: int, spans: list[tuple[int, int]], left: int, right: int):
    merged: list[list[int]] = []
    for s, e in spans:
        lo, hi = max(0, s - left), min(n, e + right)
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [(_back_to_space(text, lo), _on_to_space(text, hi)) for lo, hi in merged]


def _back_to_space(text: str, i: int) -> int:
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


_WORD_END = re.compile(r"\S*")


def _on_to_space(text: str, i: int) -> int:
    return _WORD_END.match(text, i).end()  # the rest of the word the window cuts
