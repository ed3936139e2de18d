"""Scoring the parser sentence by sentence on a phrasebook: short items of news copy, each
reporting one act of a known type by a known actor (or none at all), one JSON object per line:
{"text": ..., "type": ..., "actor": ..., "target": ...}. An item may also carry the day its
paper came out and the act's date ({"published": "2019-03-15", "date": {"value": "2019-03-14",
"precision": "day", "source": "text"}}, value and precision null for undated background); then
the act read right is also scored on its date. Where the article corpus says how
well whole stories come out, this says which wordings of each type the parser reads, and which
non-acts it mistakes for acts. Pure: no Django.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .evaluate import GoldError, same_actor

PUBLISHED = date(2020, 6, 15)  # items carry their own relative dates; any fixed day will do
OUTCOMES = ("right", "other_type", "other_actor", "nothing")


@dataclass
class PhraseScore:
    by_type: dict[str, Counter] = field(default_factory=dict)  # type -> outcome -> count
    false_alarms: int = 0  # events read from "none" items
    negatives: int = 0
    dates_checked: int = 0  # acts read right whose item gives a date
    dates_right: int = 0
    failures: list[str] = field(default_factory=list)  # "outcome type actor: text"

    def add(self, type_: str, outcome: str, line: str) -> None:
        self.by_type.setdefault(type_, Counter())[outcome] += 1
        if outcome != "right":
            self.failures.append(f"{outcome:11} {type_} {line}")


def load_items(path: Path) -> list[dict]:
    items = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path.name}: cannot read ({exc})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path.name}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or \
                not isinstance(item.get("type"), str):
            raise GoldError(f"{path.name}:{n}: expected an object with 'text' and 'type'")
        _check_dated(item, f"{path.name}:{n}")
        items.append(item)
    return items


def _check_dated(item: dict, where: str) -> None:
    """An item's own publication day and act date, if it gives them, must be readable."""
    if "published" in item:
        try:
            item["published"] = date.fromisoformat(item["published"])
        except (TypeError, ValueError):
            raise GoldError(f"{where}: 'published' must be a YYYY-MM-DD date") from None
    if "date" in item:
        d = item["date"]
        if not isinstance(d, dict) or not {"value", "precision"} <= set(d):
            raise GoldError(f"{where}: 'date' must be an object with 'value' and 'precision'")
        if "published" not in item:
            raise GoldError(f"{where}: a 'date' needs the item's 'published' day")


def score_items(items: list[dict], parse, aliases=None) -> PhraseScore:
    """`parse(text, published) -> list[ExtractedEvent]`."""
    score = PhraseScore()
    for item in items:
        events = parse(item["text"], item.get("published", PUBLISHED))
        type_, actor = item["type"], item.get("actor") or ""
        line = f"{actor}: {item['text'][:110]}"
        if type_ == "none":
            score.negatives += 1
            if events:
                score.false_alarms += 1
                score.failures.append(f"{'false':11} none {events[0].type} "
                                      f"{events[0].actor.name}: {item['text'][:110]}")
            continue
        mine = [e for e in events if same_actor(e.actor.name, actor, aliases)]
        if any(e.type == type_ for e in mine):
            outcome = "right"
            if "date" in item:
                gold = (item["date"]["value"], item["date"]["precision"])
                got = [(e.date.value, e.date.precision) for e in mine if e.type == type_]
                score.dates_checked += 1
                if gold in got:
                    score.dates_right += 1
                else:
                    score.failures.append(
                        f"{'date':11} {type_} {actor}: gold {gold[0]} ({gold[1]}), got "
                        f"{got[0][0]} ({got[0][1]}): {item['text'][:90]}")
        elif mine:
            outcome = "other_type"
            line = f"{actor} (read {mine[0].type}): {item['text'][:110]}"
        elif any(e.type == type_ for e in events):
            outcome = "other_actor"
        else:
            outcome = "nothing"
        score.add(type_, outcome, line)
    return score
