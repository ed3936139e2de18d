"""Quotation marks: which characters of a sentence are quoted, and the quoted words.

Wire copy mixes straight, curly and ``TeX'' quotes and leaves some unclosed, so the mask
tolerates unmatched marks; a quote left open runs on into the next sentence.
"""
from __future__ import annotations

import re

_QMARK = re.compile(r"``|''|[“”«»\"]")


class QuoteMask:
    """Which characters are inside quotation marks, as intervals (cheap to build and query).

    Straight quotes toggle; curly and `` '' pairs open and close. Unmatched marks are tolerated:
    a quote left open runs to the end of the text (and on into the next sentence).
    """

    __slots__ = ("spans", "inside_after", "n")

    def __init__(self, text: str, inside: bool = False):
        self.spans: list[tuple[int, int]] = []
        self.n = len(text)
        start = 0 if inside else None
        for m in _QMARK.finditer(text):
            mark = m.group()
            opening = mark in ("``", "“", "«") or (mark == '"' and start is None)
            if opening:
                if start is None:
                    start = m.end()
            elif start is not None:
                self.spans.append((start, m.start()))
                start = None
        if start is not None:
            self.spans.append((start, len(text)))
        self.inside_after = start is not None

    def __getitem__(self, i: int) -> bool:
        for a, b in self.spans:  # a plain loop: asked for every mention and cue
            if a <= i < b:
                return True
        return False

    def outside(self, text: str) -> str:
        parts, last = [], 0
        for a, b in self.spans:
            parts.append(text[last:max(last, a - 1)])
            last = b + 1
        parts.append(text[last:])
        return " ".join(parts)


def block_quotes(text: str, mask: QuoteMask) -> QuoteMask:
    """The quotes that stand as a speaker's own sentence, without the ones woven into the
    reporter's syntax (`said Greece "fully backs" the effort`, `called it ``a capitulation''`):
    those read as ordinary words, so their verbs and names count like any other."""
    keep = []
    for a, b in mask.spans:
        j = a - 1
        while j >= 0 and text[j] in "`“\"«'":
            j -= 1
        while j >= 0 and text[j] == " ":
            j -= 1
        if j < 0 or not text[j].isalnum():
            keep.append((a, b))
    if len(keep) == len(mask.spans):
        return mask
    out = QuoteMask.__new__(QuoteMask)
    out.spans, out.inside_after, out.n = keep, mask.inside_after, mask.n
    return out


def quoted_mask(text: str, inside: bool = False) -> tuple[QuoteMask, bool]:
    mask = QuoteMask(text, inside)
    return mask, mask.inside_after


def is_quote_only(text: str, quoted: QuoteMask) -> bool:
    if not quoted.spans:
        return False  # most sentences: no quotation marks at all
    outside = quoted.outside(text)
    return len(re.findall(r"[^\W\d_]", outside)) < 3


def quote_text(text: str, quoted: QuoteMask) -> str:
    parts = [text[a:b].strip(" ,") for a, b in quoted.spans]
    return " ".join(p for p in parts if len(p) > 2)
