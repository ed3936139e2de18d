"""Scoring the parser against gold annotations (shared/corpus/README.md, "How a match is scored").

A predicted event matches a gold event when the types are equal, the actors are the same (full
name, surname, or an alias the article introduces) and one of the predicted evidence sentences
contains one of the gold evidence strings. Matching is one-to-one (greedy, in article order);
over matched events with a gold date, the date is right when `value` and `precision` are equal.
Pure: no Django.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .seedformat import ArticleInput, parse_seed
from .types import ActorRef, DateRef, Evidence, ExtractedEvent


class GoldError(ValueError):
    """A gold file that cannot be read; the message says which and why."""


@dataclass
class ArticleScore:
    name: str
    tp: Counter = field(default_factory=Counter)  # by type
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    dates_checked: int = 0
    dates_right: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_dates: list[str] = field(default_factory=list)
    # why each miss, false alarm and wrong date happened, by class and without the text, so
    # that a set measured but never read can still say where the parser fails
    classes: Counter = field(default_factory=Counter)


@dataclass
class Report:
    articles: list[ArticleScore]

    def _sum(self, attr: str) -> Counter:
        total: Counter = Counter()
        for a in self.articles:
            total.update(getattr(a, attr))
        return total

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def overall(self) -> dict:
        tp, fp, fn = (sum(self._sum(k).values()) for k in ("tp", "fp", "fn"))
        p, r, f = self.prf(tp, fp, fn)
        checked = sum(a.dates_checked for a in self.articles)
        right = sum(a.dates_right for a in self.articles)
        return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f,
                "dates_checked": checked, "dates_right": right,
                "date_accuracy": right / checked if checked else 0.0}

    def per_type(self) -> dict[str, dict]:
        tp, fp, fn = self._sum("tp"), self._sum("fp"), self._sum("fn")
        out = {}
        for t in sorted(set(tp) | set(fp) | set(fn)):
            p, r, f = self.prf(tp[t], fp[t], fn[t])
            out[t] = {"tp": tp[t], "fp": fp[t], "fn": fn[t], "precision": p, "recall": r,
                      "f1": f}
        return out


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").casefold()
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("``", '"'), ("''", '"')):
        s = s.replace(a, b)
    return " ".join(s.split())


def _tokens(name: str) -> list[str]:
    return [t.strip(".,") for t in _norm(name).replace("-", " ").split() if t.strip(".,")]


def _initial_of(a: str, b: str) -> bool:
    """"S. Jaishankar" and "Subrahmanyam Jaishankar": one first name is the other's initial."""
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def same_actor(pred: str, gold: str, aliases: dict[str, set[str]] | None = None) -> bool:
    """Full name, surname, or an alias (the article's own, or a known short form)."""
    p, g = _norm(pred), _norm(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    for names in (aliases or {}).values():
        if p in names and g in names:
            return True
    pt, gt = _tokens(pred), _tokens(gold)
    if pt and gt and pt[-1] == gt[-1] and (len(pt) == 1 or len(gt) == 1 or pt[0] == gt[0]
                                           or _initial_of(pt[0], gt[0])):
        return True
    small, big = sorted((set(pt), set(gt)), key=len)
    return len(small) >= 2 and small <= big


def _builtin_aliases() -> dict[str, set[str]]:
    from .extract.gazetteer import BUILTIN

    groups: dict[str, set[str]] = {}
    for form, s in BUILTIN.items():
        if s.form != "demonym":
            groups.setdefault(s.entry.name, {_norm(s.entry.name)}).add(_norm(form))
    return groups


def load_gold(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path.name}: cannot read gold JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise GoldError(f"{path.name}: expected an object with an 'events' list")
    return data


def score_article(name: str, predicted: list[ExtractedEvent], gold: dict,
                  aliases: dict[str, set[str]] | None = None) -> ArticleScore:
    score = ArticleScore(name=name)
    aliases = aliases if aliases is not None else _builtin_aliases()
    golds = gold["events"]
    used: set[int] = set()
    matched_pred: set[int] = set()
    for gi, g in enumerate(golds):
        g_ev = [_norm(e) for e in g.get("evidence", [])]
        for pi, p in enumerate(predicted):
            if pi in matched_pred or p.type != g.get("type"):
                continue
            if not same_actor(p.actor.name, g.get("actor", ""), aliases):
                continue
            sentences = [_norm(e.sentence) for e in p.evidence]
            if not any(ge and ge in s for ge in g_ev for s in sentences):
                continue
            matched_pred.add(pi)
            used.add(gi)
            score.tp[g["type"]] += 1
            gd = g.get("date") or {}
            if gd.get("source") is not None:
                score.dates_checked += 1
                if (gd.get("value"), gd.get("precision")) == (p.date.value, p.date.precision):
                    score.dates_right += 1
                else:
                    score.classes[_date_class(gd, p.date)] += 1
                    score.wrong_dates.append(
                        f"{g['type']} {g.get('actor')}: gold {gd.get('value')} "
                        f"({gd.get('precision')}), got {p.date.value} ({p.date.precision}, "
                        f"{p.date.source} {p.date.text!r}): {(g.get('evidence') or [''])[0][:60]}")
            break
    for gi, g in enumerate(golds):
        if gi not in used:
            score.classes[_miss_class(g, predicted, aliases)] += 1
            score.fn[g.get("type", "?")] += 1
            ev = (g.get("evidence") or [""])[0]
            score.misses.append(f"{g.get('type')} {g.get('actor')}: {ev[:90]}")
    beside = [predicted[q] for q in matched_pred]
    for pi, p in enumerate(predicted):
        if pi not in matched_pred:
            score.classes[_false_alarm_class(p, golds, aliases, beside)] += 1
            score.fp[p.type] += 1
            score.false_alarms.append(f"{p.type} {p.actor.name}: {p.evidence[0].sentence[:90]}"
                                      if p.evidence else f"{p.type} {p.actor.name}")
    return score


def _read_at(gold_event: dict, predicted: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The system's events whose evidence holds one of this gold event's strings."""
    g_ev = [_norm(e) for e in gold_event.get("evidence", [])]
    return [p for p in predicted
            if any(ge and ge in _norm(e.sentence) for ge in g_ev for e in p.evidence)]


def _miss_class(g: dict, predicted: list[ExtractedEvent], aliases) -> str:
    there = _read_at(g, predicted)
    gtype = g.get("type")
    if not there:
        return f"miss: nothing read ({gtype})"
    if any(same_actor(p.actor.name, g.get("actor", ""), aliases) for p in there):
        other = next(p.type for p in there
                     if same_actor(p.actor.name, g.get("actor", ""), aliases))
        if other == gtype:  # matched to a neighbouring gold event of the same kind
            return f"miss: one event for two ({gtype})"
        return f"miss: read as {other} ({gtype})"
    if any(p.type == gtype for p in there):
        return f"miss: right type, other actor ({gtype})"
    return f"miss: other type and actor ({gtype})"


def _false_alarm_class(p: ExtractedEvent, golds: list[dict], aliases,
                       matched: list[ExtractedEvent] = ()) -> str:
    here = [g for g in golds if _read_at(g, [p])]
    if not here:
        return f"false: no gold act in the sentence ({p.type})"
    if any(same_actor(p.actor.name, g.get("actor", ""), aliases) for g in here):
        sentences = {e.sentence for e in p.evidence}
        if any(q.actor.name == p.actor.name and sentences & {e.sentence for e in q.evidence}
               for q in matched):
            # "X denounced Y and said...": the gold has the one act, we read a second
            return f"false: a second act beside this actor's matched one ({p.type})"
        return f"false: gold act of this actor read as another type ({p.type})"
    return f"false: gold act of another actor ({p.type})"


def _date_class(gold_date: dict, got) -> str:
    gs, ps = gold_date.get("source"), got.source
    if gs != ps:
        return f"date: gold from {gs}, ours from {ps}"
    if gold_date.get("precision") != got.precision:
        return f"date: both from {gs}, other precision"
    return f"date: both from {gs}, other {got.precision}"


def gold_as_events(article: ArticleInput, gold: dict) -> list[ExtractedEvent]:
    """A second annotator's gold read as a system's output, to score agreement between people
    by the very rule that scores the parser: each evidence string is widened to the sentences
    it lies in, since the parser is credited for a sentence containing the gold string."""
    from .extract.sentences import split_sentences

    body = article.body
    sentences = split_sentences(body)
    out = []
    for g in gold.get("events", []):
        evidence = []
        for text in g.get("evidence") or []:
            at = body.find(text)
            if at < 0:
                evidence.append(Evidence(text, -1, -1))
                continue
            end = at + len(text)
            around = [s for s in sentences if s.start < end and at < s.end]
            a = min([at] + [s.start for s in around])
            b = max([end] + [s.end for s in around])
            evidence.append(Evidence(body[a:b], a, b))
        d = g.get("date") or {}
        out.append(ExtractedEvent(
            type=g.get("type", ""), cameo="",
            actor=ActorRef(name=g.get("actor") or "", kind="", country=g.get("actor_country")),
            target=ActorRef(name=g["target"], kind="") if g.get("target") else None,
            date=DateRef(source=d.get("source") or "none", value=d.get("value"),
                         precision=d.get("precision"), mod=d.get("mod"), text=d.get("text")),
            evidence=tuple(evidence)))
    return out


def evaluate_dir(directory: Path, parse) -> Report:
    """Score `parse(article) -> list[ExtractedEvent]` on every NAME.txt with a NAME.gold.json."""
    aliases = _builtin_aliases()
    scores = []
    for gold_path in sorted(directory.glob("*.gold.json")):
        txt = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if not txt.exists():
            raise GoldError(f"{gold_path.name}: no article {txt.name} beside it")
        article = parse_seed(txt.read_bytes(), name=txt.name)
        gold = load_gold(gold_path)
        scores.append(score_article(txt.name, parse(article), gold, aliases))
    return Report(scores)
