"""Reading and parsing article files in worker processes: pure, no Django, so a pool of
processes (or later a task queue) can run it."""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from . import parse_article
from .seedformat import ArticleFormatError, ArticleInput, article_from_mapping, decode, parse_seed
from .types import ExtractedEvent, Gazetteer

ARTICLE_SUFFIXES = (".txt", ".json")


@dataclass
class ParsedFile:
    name: str
    article: ArticleInput | None = None
    events: list[ExtractedEvent] | None = None
    error: str | None = None


def read_article(raw: bytes, *, name: str) -> ArticleInput:
    if name.endswith(".json"):
        text = decode(raw, name=name)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArticleFormatError(f"{name}: not valid JSON ({exc.msg}, line {exc.lineno})") \
                from None
        return article_from_mapping(data, name=name)
    return parse_seed(raw, name=name)


def collect_paths(paths: list[str]) -> tuple[list[str], list[str]]:
    """Files to ingest and complaints about paths that are neither files nor folders."""
    files, problems = [], []
    for p in paths:
        if p == "-":
            files.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(str(f) for f in path.rglob("*")
                           if f.is_file() and f.suffix in ARTICLE_SUFFIXES
                           and not f.name.endswith(".gold.json") and not f.name.startswith("."))
            if not found:
                problems.append(f"{p}: no .txt or .json articles in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(str(path))
        else:
            problems.append(f"{p}: no such file or folder")
    return files, problems


_GAZETTEER: Gazetteer | None = None


def init_worker(gazetteer: Gazetteer | None) -> None:
    global _GAZETTEER
    _GAZETTEER = gazetteer


def parse_file(name: str, raw: bytes | None = None) -> ParsedFile:
    try:
        if raw is None:
            raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        article = read_article(raw, name="stdin" if name == "-" else os.path.basename(name))
        article = ArticleInput(**{**article.__dict__, "source_name": name})
        events = parse_article(body=article.body, published=article.published,
                               title=article.title, gazetteer=_GAZETTEER)
        return ParsedFile(name=name, article=article, events=events)
    except ArticleFormatError as exc:
        return ParsedFile(name=name, error=str(exc))
    except OSError as exc:
        return ParsedFile(name=name, error=f"{name}: cannot read ({exc.strerror})")
