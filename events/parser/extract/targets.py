"""To whom an act is addressed: the object after the cue, the people a joint act pairs with
its subject ("met first with A and then with B", "with his counterparts, A of Peru and B of
Bolivia"), and the date each of a list of targets carries ("met Blair 10 days ago and
Clinton last week"). Split from `roles.py`, which finds who acts.
"""
from __future__ import annotations

import re

from ..types import ActorRef, DateRef
from . import dates as D
from . import names as N
from .actors import Mention
from .coordination import _COORD_GAP
from .roles import _PLACE_BEFORE

# "met first with Clerides and then with the Turkish Cypriot leader, Denktash"
_COORD_THEN_GAP = re.compile(r"^\s*,?\s*and\s+(?:then|later|also|afterwards)\s+with\s+"
                             r"(?:the\s+|(?:his|her|its|their)\s+)?"
                             r"(?:(?:[\w-]+\s+){0,3}(?:leader|president|minister|counterpart|"
                             r"envoy|premier|chancellor|king),\s+)?$")
_NAMES_A_GATHERING = re.compile(r"\s+(?:summit|meeting|conference|session|forum|"
                                r"ministerial|congress|assembly)\b")
_TARGET_STOP = re.compile(r"[;,]|(?<![A-ZÀ-Ž])\.(?=\s|$)")


_WHOSE_POST = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,4}}?{N.POST_NOUNS}\b")


def coordinated_right(mentions: list[Mention], head: Mention, text: str, offset: int,
                       times: list[D.TimeRef]) -> list[Mention]:
    group = [head]
    idx = mentions.index(head)
    last_end = head.end
    while idx + 1 < len(mentions):
        nxt = mentions[idx + 1]
        gap = text[last_end - offset:nxt.start - offset]
        for t in times:  # "Blair 10 days ago and President Clinton": skip the date words
            gap = gap.replace(t.text, "")
        if (group[-1].ref.kind == "person" and nxt.ref.kind != "person"
                and gap.strip() == "of"):
            # "Salvador of Ecuador and Araujo of Colombia": the state is whose, not who
            last_end = nxt.end
            idx += 1
            continue
        if (group[-1].ref.kind == "person" and nxt.ref.kind == "state"
                and gap.strip() in ("in", "at")
                and text.startswith((" and ", ", and "), nxt.end - offset)):
            # "met Sheikh Hasina in Dhaka and Suu Kyi in Naypyitaw": where, not whom
            last_end = nxt.end
            idx += 1
            continue
        if not (_COORD_GAP.match(gap) or _COORD_THEN_GAP.match(gap)):
            break
        if (nxt.possessive and group[-1].ref.kind == "person"
                and _WHOSE_POST.match(text, nxt.end - offset)):
            break  # "Yang Jiechi, China's top foreign policy official,": his post, no party
        group.append(nxt)
        last_end = nxt.end
        idx += 1
    return group


def target_after(mentions: list[Mention], text: str, offset: int, pos: int,
                  actors: list[ActorRef]) -> Mention | None:
    end = len(text)
    brk = _TARGET_STOP.search(text, pos)
    if brk:
        end = brk.start()
    names = {a.name for a in actors}
    for m in mentions:
        a = m.start - offset
        if pos <= a < end and m.ref.name not in names:
            if _PLACE_BEFORE.search(text, max(0, a - 8), a) and len(text[pos:a].split()) > 1:
                continue  # "rejected the proposal in Vienna": where (but "arrived in X")
            if _NAMES_A_GATHERING.match(text, m.end - offset):
                continue  # "on the sidelines of the OPEC summit": the occasion, not whom
            return m
    return None


# what may stand between the last of a list and a date that is the whole list's
_LIST_END = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-ZÀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-Ž][\w.'’-]*){0,3})?,?"
                       r"\s*(?:on|late|early|last|this|earlier)?\s*$")


def dates_per_target(targets: list[Mention], times, text: str = "", offset: int = 0
                     ) -> dict[int, DateRef]:
    out = {}
    for i, t in enumerate(targets):
        stop = targets[i + 1].start if i + 1 < len(targets) else t.end + 40
        for tx in times:
            if t.end <= tx.start < stop and tx.type in ("DATE", "TIME") and tx.range:
                out[t.start] = D.to_dateref(tx)
                break
    last = targets[-1]
    if len(out) == 1 and len(targets) > 1 and last.start in out and any(
            tx.text == out[last.start].text and _LIST_END.match(
                text, last.end - offset, tx.start - offset) for tx in times
            if tx.start >= last.end):
        # "spoke with A and B on Monday": a date right after the last of the list is
        # everyone's (not "met Peru, and Peru said on Sunday": that is the next clause's)
        out = {t.start: out[last.start] for t in targets}
    return out


# a rank the name's mention leaves out ("Marshal", "Gen.": mentions_people)
_RANK = "|".join(sorted(N.RANKS | {"General", "Gen", "Lt", "Col", "Adm", "Maj", "Brig"},
                        key=len, reverse=True))
# "met visiting Japanese Prime Minister X", "with his new counterpart": still the object.
# ("accepted a cease-fire in its war with India": the enemy is no party to the acceptance)
_OBJECT_GAP = re.compile(r"(?:^\s*|(?<!\bwar )(?<!conflict )(?<!dispute )(?<!fighting )"
                         r"(?<!clashes )(?<!tensions )\bwith\s+|"
                         r"^(?:\s+\w+day)?\s+to\s+(?:meet|see|meet with|talk "
                         r"(?:to|with)|hold talks with)\s+)(?:(?:the|his|her|their|its)\s+)?"
                         r"(?:(?:visiting|new|former|outgoing|top|senior|incoming)\s+)?"
                         # "hosted the leaders of Ukraine, Georgia and Azerbaijan": their states
                         r"(?:(?:leaders|heads of (?:state|government)|presidents|prime ministers|"
                         r"foreign ministers|ministers|delegations|representatives|envoys)\s+of"
                         r"\s+(?:the\s+)?)?"
                         # "spoken with his counterparts, Salvador of Ecuador and..."
                         r"(?:(?:\w+\s+)?counterparts?,\s+)?"
                         # "met Mr. Machel", "received Sir Alec Douglas-Home": a style
                         rf"(?:(?-i:{N.STYLE_WORDS})\.?\s+)?"
                         # "had lunch with Marshal Georgi K. Zhukov": a rank
                         rf"(?:(?-i:{_RANK})\.?\s+)?$")
_WITH = re.compile(r"\bwith\b")
# the post before the name in apposition, after the verb or "with"
_POST_APPOSED_OBJECT = re.compile(
    rf"\s*(?:with\s+)?(?:the|his|her|its|their)\s+(?:[\w'’.-]+\s+){{0,3}}?"
    rf"(?i:{N.TITLE_HEADS}|ruler|monarch)"
    rf"(?:\s+(?:of|for)\s+(?:[\w'’.-]+\s+){{0,5}}?[\w'’.-]+)?,\s+")
_LOOKING_ON = re.compile(r"[^,;.]{0,100}?\b(?:looking on|looked on|watching|in attendance|"
                         r"standing by|at (?:his|her|their) sides?)\b")

# "'s army chief, ", "'s foreign minister " (or nothing: "Azerbaijan's Heydar Aliyev") before
# the person who holds the post
POST_THEN_NAME = re.compile(r"(?:'s|’s)\s+(?:(?:[\w-]+\s+){0,3}?[\w-]+,?\s+)?")


def joint_target(mentions: list[Mention], text: str, offset: int, pos: int,
                  actors: list[ActorRef]) -> Mention | None:
    """Whom one met or called: the direct object, or the mention after "with"."""
    names = {a.name for a in actors}
    for m in mentions:
        a = m.start - offset
        if a < pos or m.ref.name in names:
            continue
        gap = text[pos:a]
        if m.ref.kind == "person" and "," in gap and _POST_APPOSED_OBJECT.fullmatch(gap):
            return m  # "met the Iraqi Minister of State for Foreign Affairs, Saadoun Hammadi,"
        if ";" in gap or ("," in gap and not _OBJECT_GAP.search(gap)):
            return None
        if not gap.strip() or _OBJECT_GAP.search(gap):
            if _WITH.search(gap[-40:]) and _LOOKING_ON.match(text, m.end - offset):
                return None  # "signed ..., with Medvedev and Stoltenberg looking on": witnesses
            i = mentions.index(m)
            if (m.possessive and m.ref.kind == "state" and i + 1 < len(mentions)
                    and mentions[i + 1].ref.kind == "person"
                    and POST_THEN_NAME.fullmatch(text, m.end - offset,
                                                  mentions[i + 1].start - offset)):
                return mentions[i + 1]  # "with Pakistan's army chief, General Asim Munir"
            return m
        if _PLACE_BEFORE.search(gap):
            continue  # "held talks in Lima on Tuesday with Garcia": where, then with whom
        return None
    return None
