"""Reading gold temporal expressions and scoring a tagger against them, TempEval-3 style.

Pure (no Django). Two gold sources:
- TimeML files (`*.tml`): the DCT comes from `<DCT><TIMEX3 value=...>`; the text to tag is the
  content of `<TEXT>` with the tags removed and XML entities decoded; gold offsets count
  characters in that text. The DCT tag itself is not scored (TempEval-3 excluded it).
- The evaluation corpus (`NAME.txt` in the seed format + `NAME.gold.json` with a `timex` list
  of text/type/value/mod, without offsets): each gold text is located in the article body,
  at its next occurrence after the previous one (else the first occurrence not yet taken); a
  gold text that is not in the body (the date on the `date` line) is left out and counted in
  `unlocated`.

Scoring follows TempEval-3 (UzZaman et al. 2013): span precision/recall/F1 with strict
(identical offsets) and relaxed (overlapping) matching; over the relaxed matches, attribute
accuracy for `type` and `value`, and attribute F1 = F1 of (correct attribute count / system
count, correct attribute count / gold count), the figure the task ranked by.
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .seedformat import ArticleFormatError, parse_seed


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class GoldDoc:
    name: str
    dct: date
    text: str
    timexes: list[GoldTimex]
    unlocated: int = 0


class TimeMLError(ValueError):
    """A gold file we cannot read; the message says which and why."""


_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>|&(?:#\d+|#x[0-9a-fA-F]+|\w+);")
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def _strip_tags(xml: str) -> tuple[str, list[GoldTimex]]:
    """Text without tags (entities decoded) and the TIMEX3 spans found in it."""
    out: list[str] = []
    pos = 0
    length = 0
    open_timex: list[tuple[int, dict]] = []
    found: list[GoldTimex] = []
    for m in _TAG.finditer(xml):
        chunk = xml[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(0).startswith("&"):
            ch = html.unescape(m.group(0))
            out.append(ch)
            length += len(ch)
            continue
        closing, name, attrs, selfclosing = m.group(1), m.group(2), m.group(3), m.group(4)
        if name != "TIMEX3" or selfclosing:
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(attrs))))
        elif open_timex:
            start, a = open_timex.pop()
            found.append(GoldTimex(start, length, "", a.get("type", ""), a.get("value", ""),
                                   a.get("mod") or None))
    out.append(xml[pos:])
    text = "".join(out)
    found = [GoldTimex(g.start, g.end, text[g.start:g.end], g.type, g.value, g.mod)
             for g in found]
    found.sort(key=lambda g: (g.start, g.end))
    return text, found


def read_tml(path: Path) -> GoldDoc:
    try:
        xml = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TimeMLError(f"{path}: cannot read ({exc})") from None
    m = _DCT.search(xml)
    body = _TEXT.search(xml)
    if not m or not body:
        raise TimeMLError(f"{path}: no <DCT> TIMEX3 or no <TEXT> element")
    value = dict(_ATTR.findall(m[1])).get("value", "")
    try:
        dct = date.fromisoformat(value[:10])
    except ValueError:
        raise TimeMLError(f"{path}: DCT value {value!r} is not a date") from None
    text, timexes = _strip_tags(body[1])
    return GoldDoc(path.name, dct, text, timexes)


def read_corpus_doc(gold_path: Path) -> GoldDoc:
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        txt = gold_path.with_name(gold.get("article") or
                                  gold_path.name.replace(".gold.json", ".txt"))
        article = parse_seed(txt.read_bytes(), name=txt.name)
    except (OSError, ValueError, AttributeError, ArticleFormatError) as exc:
        raise TimeMLError(f"{gold_path}: cannot read ({exc})") from None
    body = article.body
    timexes, pos, unlocated = [], 0, 0
    used: set[int] = set()
    for item in gold.get("timex") or []:
        t = str(item.get("text") or "")
        i = _find_unused(body, t, pos, used) if t else -1
        if i < 0:
            unlocated += 1
            continue
        used.add(i)
        timexes.append(GoldTimex(i, i + len(t), t, str(item.get("type") or ""),
                                 str(item.get("value") or ""), item.get("mod") or None))
        pos = i + len(t)
    timexes.sort(key=lambda g: (g.start, g.end))
    return GoldDoc(gold_path.name.replace(".gold.json", ""), article.published, body, timexes,
                   unlocated)


def _find_unused(body: str, t: str, pos: int, used: set[int]) -> int:
    """The next occurrence of t after pos, else the first one not taken yet: gold lists are
    mostly, not always, in text order."""
    for start in (pos, 0):
        i = body.find(t, start)
        while i >= 0 and i in used:
            i = body.find(t, i + 1)
        if i >= 0:
            return i
    return -1


def read_dir(directory: Path) -> list[GoldDoc]:
    """Every gold document of a directory: `*.tml` files, else `*.gold.json` + `.txt`."""
    if not directory.is_dir():
        raise TimeMLError(f"{directory}: not a directory")
    tml = sorted(directory.glob("*.tml"))
    if tml:
        return [read_tml(p) for p in tml]
    gold = sorted(directory.glob("*.gold.json"))
    if not gold:
        raise TimeMLError(f"{directory}: no *.tml or *.gold.json files")
    return [read_corpus_doc(p) for p in gold]


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0  # system spans identical to a gold span
    relaxed: int = 0  # one-to-one overlapping pairs
    type_ok: int = 0
    value_ok: int = 0
    errors: list[tuple[str, str, object, object]] = field(default_factory=list)
    # (kind, gold type and value shape, system type and value shape) -> count; shapes hide the
    # digits so that a test set can be summarised by error class without reading its documents
    classes: Counter = field(default_factory=Counter)

    @staticmethod
    def _prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
        p = correct / system if system else 0.0
        r = correct / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def strict_prf(self):
        return self._prf(self.strict, self.system, self.gold)

    def relaxed_prf(self):
        return self._prf(self.relaxed, self.system, self.gold)

    def attribute_f1(self, correct: int) -> float:
        return self._prf(correct, self.system, self.gold)[2]

    def accuracy(self, correct: int) -> float:
        return correct / self.relaxed if self.relaxed else 0.0

    def add(self, other: Score) -> None:
        for f in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.errors.extend(other.errors)
        self.classes.update(other.classes)


def shape(type_: str, value: str) -> str:
    """'DATE 9999-99' for 'DATE 1998-08': the form of a value without its numbers."""
    return f"{type_} {re.sub(r'[0-9]', '9', value.upper())}"


def score_doc(doc: GoldDoc, predicted: list, *, keep_errors: bool = False) -> Score:
    """Compare predicted timexes (anything with start, end, text, type, value) with the gold."""
    s = Score(gold=len(doc.timexes), system=len(predicted))
    gold_spans = {(g.start, g.end) for g in doc.timexes}
    s.strict = sum((p.start, p.end) in gold_spans for p in predicted)
    used: set[int] = set()
    matched_pred: set[int] = set()
    for gi, g in enumerate(doc.timexes):
        best, best_overlap = None, 0
        for pi, p in enumerate(predicted):
            if pi in matched_pred or p.end <= g.start or p.start >= g.end:
                continue
            overlap = min(p.end, g.end) - max(p.start, g.start)
            if overlap > best_overlap:
                best, best_overlap = pi, overlap
        if best is None:
            s.classes["missed", shape(g.type, g.value), ""] += 1
            if keep_errors:
                s.errors.append((doc.name, "missed", g.text, f"{g.type} {g.value}"))
            continue
        matched_pred.add(best)
        used.add(gi)
        p = predicted[best]
        s.relaxed += 1
        s.type_ok += p.type == g.type
        ok = p.value.upper() == g.value.upper()
        s.value_ok += ok
        if not ok or p.type != g.type:
            s.classes["wrong", shape(g.type, g.value), shape(p.type, p.value)] += 1
        if keep_errors and (not ok or p.type != g.type):
            s.errors.append((doc.name, "value", f"{p.text!r} / gold {g.text!r}",
                             f"{p.type} {p.value} / gold {g.type} {g.value}"))
    for pi, p in enumerate(predicted):
        if pi not in matched_pred:
            s.classes["spurious", "", shape(p.type, p.value)] += 1
    if keep_errors:
        for pi, p in enumerate(predicted):
            if pi not in matched_pred:
                ctx = doc.text[max(p.start - 30, 0):p.end + 30].replace("\n", " ")
                s.errors.append((doc.name, "spurious", p.text, f"{p.type} {p.value} | {ctx}"))
    return s
