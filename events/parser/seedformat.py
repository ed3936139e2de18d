"""Reading articles in the seed format: a `date YYYY-MM-DD Title` first line, then the body.

Pure: bytes or text in, an ArticleInput or an ArticleFormatError with a readable message out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MAX_BODY_BYTES = 1_000_000

_HEAD = re.compile(r"^\s*date\s+(\S+)\s*(.*?)\s*$")


class ArticleFormatError(ValueError):
    """The input is not an article we can store; the message says why, for a person."""


@dataclass(frozen=True)
class ArticleInput:
    title: str
    published: date
    body: str
    url: str | None = None
    outlet: str = ""
    language: str = "en"
    source_name: str = ""  # file name or other origin, for messages


def decode(raw: bytes, *, name: str = "input") -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFormatError(
            f"{name}: not UTF-8 text (byte {exc.start} is 0x{raw[exc.start]:02x})"
        ) from None
    return text


def parse_date(value: str, *, name: str = "input") -> date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ArticleFormatError(f"{name}: date {value!r} is not in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ArticleFormatError(f"{name}: {value!r} is not a real date") from None


def check_body(body: str, *, name: str = "input") -> str:
    if not body.strip():
        raise ArticleFormatError(f"{name}: the article has no body text")
    size = len(body.encode("utf-8"))
    if size > MAX_BODY_BYTES:
        raise ArticleFormatError(
            f"{name}: the body is {size:,} bytes; the limit is {MAX_BODY_BYTES:,}"
        )
    if "\x00" in body:
        raise ArticleFormatError(f"{name}: the body contains NUL bytes; is it a binary file?")
    return body


def split_seed(text: str, *, name: str = "input") -> tuple[date, str, str]:
    """Return (published, title, body) from seed-format text.

    The body is everything after the first line with its leading blank lines removed; event
    offsets count characters in that body.
    """
    head, _, rest = text.partition("\n")
    m = _HEAD.match(head)
    if not m:
        raise ArticleFormatError(
            f"{name}: the first line must be 'date YYYY-MM-DD Title', got {head[:60]!r}"
        )
    published = parse_date(m[1], name=name)
    title = m[2].strip()
    body = rest.lstrip("\r\n")
    check_body(body, name=name)
    if not title:
        title = body.strip().splitlines()[0][:200]
    return published, title, body


def parse_seed(raw: bytes | str, *, name: str = "input") -> ArticleInput:
    text = decode(raw, name=name) if isinstance(raw, bytes) else raw
    size = len(text.encode("utf-8"))
    if size > MAX_BODY_BYTES + 1000:  # don't split a huge file only to refuse its body
        raise ArticleFormatError(
            f"{name}: the file is {size:,} bytes; the limit is {MAX_BODY_BYTES:,} for the body")
    published, title, body = split_seed(text, name=name)
    return ArticleInput(title=title[:500], published=published, body=body, source_name=name)


def article_from_mapping(data: object, *, name: str = "input") -> ArticleInput:
    """An article from JSON-like data: title, published (or date), body, url, outlet, language."""
    if not isinstance(data, dict):
        raise ArticleFormatError(f"{name}: expected a JSON object with title, published and body")
    missing = [k for k in ("title", "body") if not str(data.get(k) or "").strip()]
    published_raw = data.get("published") or data.get("date")
    if not published_raw:
        missing.append("published")
    if missing:
        raise ArticleFormatError(f"{name}: missing {', '.join(missing)}")
    url = (str(data.get("url") or "").strip()) or None
    if url and not re.match(r"https?://[^\s/]+", url):
        raise ArticleFormatError(f"{name}: url must be an http(s) address")
    body = check_body(str(data["body"]), name=name)
    return ArticleInput(
        title=str(data["title"]).strip()[:500],
        # A full timestamp ("2026-01-20T08:00:00Z") is accepted for its date.
        published=parse_date(re.sub(r"^(\d{4}-\d{2}-\d{2})T.*$", r"\1", str(published_raw)),
                             name=name),
        body=body, url=url, outlet=str(data.get("outlet") or "")[:200],
        language=str(data.get("language") or "en")[:16], source_name=name,
    )
