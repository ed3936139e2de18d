"""Shorthands for the parser tests: parse a body written in the test and look at what came out."""
from __future__ import annotations

from datetime import date

from events.parser import parse_article

PUB = date(2026, 1, 20)  # a Tuesday


def parse(body: str, published: date = PUB):
    return parse_article(body=body, published=published, title="t")


def kinds(body: str) -> set[tuple[str, str]]:
    return {(e.type, e.actor.name) for e in parse(body)}


def pairs(body: str) -> set[tuple[str, str, str | None]]:
    return {(e.type, e.actor.name, e.target.name if e.target else None) for e in parse(body)}


def dated(body: str) -> set[tuple[str, str, str | None]]:
    return {(e.type, e.actor.name, e.date.value) for e in parse(body)}
