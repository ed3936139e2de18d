"""Paragraphs and sentences with character offsets into the body, and the boilerplate to skip.

Hand-written rather than pysbd/nltk: wire copy needs only a handful of rules (abbreviations,
closing quotes, `''` quotes), and this runs in microseconds where those take milliseconds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset("""
mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep st jr sr no vs etc inc ltd
co corp jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.u a.m p.m approx
dept est fig rev hon pres amb
""".split())

_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?\.?")
_PARA_SPLIT = re.compile(r"\n[ \t]*\n\s*")
# A sentence ends at . ! ? (or an ellipsis), optionally followed by closing quotes/brackets,
# then whitespace and something that can open a sentence.
_END = re.compile(r"""[.!?]+(?:["'”’)\]]|'')*(?=\s+(?:["“‘(\[]|``)?[A-Z0-9])""")
_CAPTION = re.compile(
    r"^\s*(?:photo|image|picture|video|credit|file photo|caption|source)\s*(?:credit)?\s*[:|/]"
    r"|licen[cs]ed under|getty images|\bvia reuters\b|\(photo\b|all rights reserved",
    re.IGNORECASE,
)
# "CANBERRA, Australia (AP)_", "UNITED NATIONS (AP) _", "YEREVAN/BAKU, Feb 11 (Reuters) -",
# "WASHINGTON _".
_DATELINE = re.compile(r"^[A-ZÀ-Ž][A-Z .'/-]+,(?:\s+[A-ZÀ-Ž][\w .'-]+?)?,?"
                       r"(?:\s+[A-ZÀ-Ž][a-z]{2,8}\.? "
                       r"\d{1,2},?)?\s+\([A-Za-z-]+\)\s*(?:[-_—–]+\s*)?|"
                       r"^[A-ZÀ-Ž][A-Z .'/-]+\s+\([A-Za-z-]+\)\s*[-_—–]+\s*|"
                       r"^[A-ZÀ-Ž][A-Z.'/-]{2,}(?: [A-ZÀ-Ž][A-Z.'/-]+)* [_—–-]+ |"
                       # "LAUSANNE, Switzerland — ", "PARIS, May 10 - ", "VALLETTA, Malta — "
                       r"^[A-ZÀ-Ž][A-Z.'/-]{2,}(?: [A-ZÀ-Ž][A-Z.'/-]+)*,"
                       r"(?:\s+[A-ZÀ-Ž][\w.'-]*){0,3}?,?(?:\s+[A-ZÀ-Ž][a-z]{2,8}\.?\s+\d{1,2})?"
                       r"\s+(?:[—–]|--?)\s+")
_SIGNOFF = re.compile(r"\(\w{1,4}(?:[-/]\w{1,4})+\)\s*$")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int  # exclusive; body[start:end] == text
    text: str
    paragraph: int
    first_in_paragraph: bool
    kind: str = "text"  # text | heading | caption | quote_only (no words outside quotes)


_HINTS = ("photo", "image", "picture", "video", "credit", "caption", "source", "licen", "getty",
          "reuters", "rights")


_HINT = re.compile("|".join(_HINTS))


def _is_caption(text: str) -> bool:
    head = text[:200]
    return _HINT.search(head.lower()) is not None and _CAPTION.search(head) is not None


def _is_heading(para: str) -> bool:
    s = para.strip()
    if not s or "\n" in s:
        return False
    if s[-1] in ".!?\"”’'":
        return False
    if s.endswith(",") or re.search(r"[.!?][\"”’']?\s", s):
        return False
    words = s.split()
    if len(words) > 20:
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return len(words) <= 8 or caps / len(words) >= 0.6


def split_sentences(body: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    pos = 0
    para_no = 0
    for m in list(_PARA_SPLIT.finditer(body)) + [None]:
        pend = m.start() if m else len(body)
        _add_paragraph(body, pos, pend, para_no, sentences)
        para_no += 1
        if m is None:
            break
        pos = m.end()
    return sentences


def _add_paragraph(body: str, start: int, end: int, para_no: int, out: list[Sentence]) -> None:
    para = body[start:end]
    stripped = para.strip()
    if not stripped:
        return
    lead = len(para) - len(para.lstrip())
    start += lead
    end = start + len(stripped)
    if len(stripped) < 600 and _is_caption(stripped):
        out.append(Sentence(len(out), start, end, stripped, para_no, True, "caption"))
        return
    if _is_heading(stripped):
        out.append(Sentence(len(out), start, end, stripped, para_no, True, "heading"))
        return
    first = True
    cur = start
    for m in _END.finditer(body, start, end):
        cut = m.end()
        if m.end() == m.start() + 1 and body[m.start()] == ".":
            word = body[max(cur, m.start() - 12):m.start()].rsplit(None, 1)[-1:] or [""]
            word = word[0].lstrip("(\"“'")
            if word.lower() in _ABBREV or _INITIALS.fullmatch(word + "."):
                continue  # "Feb. 20", "U.S. officials", "J. Smith"
        _emit(body, cur, cut, para_no, first, out)
        first = False
        cur = cut
    _emit(body, cur, end, para_no, first, out)


MAX_SENTENCE = 1500  # longer runs without a full stop are cut, so per-sentence work stays small


def _emit(body: str, start: int, end: int, para_no: int, first: bool, out: list[Sentence]):
    while end - start > MAX_SENTENCE:
        cut = body.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _emit(body, start, cut, para_no, first, out)
        first = False
        start = cut
    seg = body[start:end]
    lead = len(seg) - len(seg.lstrip())
    start += lead
    end = start + len(seg.strip())
    if end <= start:
        return
    text = body[start:end]
    kind = "text"
    if len(text) < 200 and text[:1] in "(PpIiCcSsVv" and _is_caption(text):
        kind = "caption"
    out.append(Sentence(len(out), start, end, text, para_no, first, kind))


def content_start(sentence: Sentence) -> int:
    """Offset (within the sentence) past a wire dateline such as 'CANBERRA, Australia (AP)_'."""
    m = _DATELINE.match(sentence.text) if sentence.first_in_paragraph else None
    return m.end() if m else 0


def strip_signoff(text: str) -> str:
    return _SIGNOFF.sub("", text)
