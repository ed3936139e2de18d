"""Anchor words: a rule runs only in windows around the words it cannot match without.

One cheap scan finds every anchor of the text; each rule then runs on the merged windows
around its own anchors instead of on the whole text. Prose without a month, weekday, unit,
digit or deictic word is never examined by the costly patterns.
"""
from __future__ import annotations

import re
from collections import defaultdict

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
    "season": ("season",), "year_part": ("plural",),
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
_WORD_ACTS = {w: tuple((c, _GUARDS.get(c)) for c in cats) for w, cats in _WORD_CATS.items()}


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


# One pass over the lowered text finds the anchor words (whole letter runs: "thursday's"
# anchors, "mayor" does not) and the digit runs. The engine tries the word trie only where a
# letter run starts and skips each other run in one possessive step: trying every position
# (a lookbehind per character) cost twice as much. The `\Z` branch ends the scan, so that a
# search never fails and is never retried from the next position.
_ANCHOR_WORD = (r"(?:" + _trie(w for w in _WORD_CATS if w.isalpha()) + r")(?![a-z])")
_SCAN = re.compile(r"[^a-z\d]*+(?:(?!" + _ANCHOR_WORD + r"|q[1-4]\b)[a-z]++[^a-z\d]*+)*+"
                   r"(?:(?P<w>" + _ANCHOR_WORD + r")|(?P<q>q[1-4])\b|(?P<d>\d++)|(?P<z>\Z))")
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
# Rules sharing anchors and context share windows: (cats, left, right) -> rule names.
_GROUPS: dict[tuple, list[str]] = {}
for _rule, _cats in RULE_ANCHORS.items():
    _GROUPS.setdefault((_cats, SHORT_LEFT.get(_rule) or (20 if _rule in START_ANCHORED else LEFT),
                        25 if _rule in END_ANCHORED else RIGHT), []).append(_rule)


def lowered(text: str) -> str:
    """`text` in lower case, with the same offsets."""
    low = text.lower()
    if len(low) != len(text):  # a few letters lower to two characters: keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def windows(text: str, low: str | None = None) -> dict[str, list[tuple[int, int]]]:
    """For each rule name, the merged (start, end) windows of `text` it should search (`low`
    is `lowered(text)`, if the caller has it)."""
    by_cat: dict[str, list[tuple[int, int]]] = defaultdict(list)
    if low is None:
        low = lowered(text)
    digit_q = []  # digit-made "qcode" spans go after the word-made ones, as they always did
    for m in _SCAN.finditer(low):
        kind = m.lastgroup
        if kind == "w":
            span = m.span(1)
            for c, guard in _WORD_ACTS[m.group(1)]:
                if guard is None or guard(low, span[0], span[1]):
                    by_cat[c].append(span)
        elif kind == "d":
            s, e = span = m.span(3)
            size = e - s
            cats = ["year4"] if size == 4 else []
            nxt = text[e:e + 1]
            if nxt in ("/", ".") and size <= 2 and _NUMERIC_AFTER.match(text, e):
                cats.append("numeric")
            elif nxt in ("s", "'") and text[e - 1] == "0":
                cats.append("decade")
            elif nxt in ("Q", "q") and size == 1:
                digit_q.append(span)
            if size <= 2 and _CLOCK_AFTER.match(text, e) or size == 4 and \
                    _ZONE_AFTER.match(text, e):
                cats.append("clock")
            if s > 0 and text[s - 1] in ("'", "\u2019", "\u2018"):
                cats.append("decade")
            for c in cats:
                by_cat[c].append(span)
        elif kind == "q":
            by_cat["qcode"].append(m.span(2))
    if digit_q:
        by_cat["qcode"].extend(digit_q)
    n = len(text)
    # A window widens to whole words: its start moves back to a space, found as the end of
    # a run of non-spaces in the reversed text (one engine call instead of a loop).
    back = _WORD_END.match
    rev = text[::-1]
    on = _WORD_END.match
    out: dict[str, list[tuple[int, int]]] = {}
    for (cats, left, right), rules in _GROUPS.items():
        # one category's spans are already in text order
        spans = by_cat.get(cats[0]) if len(cats) == 1 else sorted(
            sp for c in cats for sp in by_cat.get(c, ()))
        if not spans:
            continue
        merged = []
        lo, hi = -1, -n - left - 1  # no window open: the first span opens one
        for s, e in spans:
            s -= left
            e += right
            if s <= hi:
                if e > hi:
                    hi = e
                continue
            if lo >= 0:
                merged.append((n - back(rev, n - lo).end(), on(text, min(n, hi)).end()))
            lo, hi = (s if s > 0 else 0), e
        merged.append((n - back(rev, n - lo).end(), on(text, min(n, hi)).end()))
        for rule in rules:
            out[rule] = merged
    return out


_WORD_END = re.compile(r"\S*")  # also cuts the rest of the word at a window's end
