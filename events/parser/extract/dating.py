"""When an act happened: the governing time expression of its clause, the date that sets the
scene earlier in the paragraph ("In mid-December, ... In response, ..."), the publication date
when the act is reported as current, or none for undated background ("has repeatedly said").
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..types import DateRef
from . import cues as C
from . import dates as D
from .acts import Act
from .dating_clause import (DOCUMENT_SENT, IN_RELATIVE, REPORTED, conjunct_date, in_which_aside,
                            names_a_thing)
from .dating_words import (
    _SETTING, _UNDATED, _ASIDE_CLOSED, _HABITUAL, _AFTER_WHICH, _NOUN_THEN_ACTOR, _LONG_SPAN,
    _FOR_SPAN, _WHO_HAD, _CURRENT, _PERFECT_GOVERNS, _PLUPERFECT, _TRAILING, _INFINITIVE,
    _REFUSED_TO, _PAST_ANCHORED, _OWN_DATE, _ING_AFTER, _SAYING_AFTER, _SAID_WHEN, _SAID_WHAT,
    _RELATIVE_BETWEEN, _SAID_WHEN_NEAR, _SINCE_CLAUSE, _CALLED_FOR, _ITS_OWN_TIME, _FOR_DOING,
    _PARTICIPLE_BEFORE, _PRONOUN_RELATIVE)
from .dating_position import (
    after_apposition,
    aside_or_attribution,
    in_opening_clause,
    segment,
    when_of,
)
from .sentences import Sentence, content_start


def setting_timex(text: str, offset: int, times: list[D.TimeRef]) -> D.TimeRef | None:
    """A date that opens the sentence ("In mid-December, ...") sets the time of what follows."""
    for t in times:
        if t.type in ("DATE", "TIME") and t.range and _SETTING.match(text[:t.start - offset]):
            rest = text[t.end - offset:t.end - offset + 2]
            if rest.startswith(","):
                return t
    return None


_MONTH_NAMED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")
_DONE_VERB = re.compile(r"(?:[a-z]+ed|met|signed|held|sent|made|gave|took|struck|broke|"
                        r"spoke|told|said)\b")


_DONE_BEFORE = re.compile(r"\b" + _DONE_VERB.pattern + r"\s+(?:on\s+|in\s+)?$")
_REDUCED_BY = re.compile(r"(?:drafted|sponsored|co-sponsored|proposed|put forward|tabled|"
                         r"submitted|introduced|drawn up)\s+by\b")
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being|had|has|have)\s+"
                        r"(?:\w+ly\s+|also\s+|first\s+)?$")
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|until|till)\s+$")
# "He said he would return to Phnom Penh on November 14": a day the words say is ahead
_AHEAD = re.compile(r"\b(?:would|will|shall|(?:is|are|was|were) (?:due |expected )?to)\s")


def _year_back(t: D.TimeRef, published: date, text: str, offset: int, act: Act) -> D.TimeRef:
    """"Ethiopia signed a memorandum on January 1" in a paper of 12 December: a day or month
    named without its year, told with a verb in the past, is last year's, even where the
    tagger (keeping TimeML's ten-month reach) read the nearer one ahead."""
    # (also a day counted from such a date: "... on January 1. Somalia denounced the pact the
    # next day")
    counted = t.text.lower() in D.FROM_LAST or D.STEP.match(t.text)
    if (t.range[0] <= published or t.precision not in ("day", "month")
            # (not a deadline still ahead: "an ultimatum to pull out by Jan. 15")
            or _DEADLINE_BEFORE.search(text, max(0, t.start - offset - 12), t.start - offset)
            or _AHEAD.search(text, act.cue_start - offset, t.start - offset)
            or re.search(r"\d{4}", t.text) or not (_MONTH_NAMED.search(t.text) or counted)
            or (t.range[0] - published).days > 62
            # ("retaliated the next day" with no day before it: the tagger counted from the
            # paper's own day, not from a date ahead)
            or (counted and (t.range[0] - published).days <= 2)
            or not (_DONE_VERB.match(text, act.cue_start - offset)
                    # "said in June that it did not accept the ruling": the verb the date
                    # follows is done, whatever the act's own words
                    or _DONE_BEFORE.search(text, max(0, t.start - offset - 20),
                                           t.start - offset))):
        return t
    try:
        first, last = (d.replace(year=d.year - 1) for d in t.range)
    except ValueError:  # 29 February
        return t
    value = first.isoformat() if t.precision == "day" else first.isoformat()[:7]
    return replace(t, value=value, range=(first, last))


def _is_future(t: D.TimeRef, published: date) -> bool:
    if t.range[1] > published and _STILL_AHEAD.match(t.text):
        return True  # "did not rule out a visit later this year": what is planned, not the act
    if t.range[0] <= published:
        return False
    # "Later in January" read on 20 January: the month has begun, so it may be the past.
    return not (t.mod and t.precision in ("month", "year")
                and published.isoformat().startswith(t.value))


_NARROWED = re.compile(r",?\s*(?:on\s+)?")
_HABIT_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?(?:repeatedly|long|always|often|"
                            r"consistently|frequently)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_HABIT = re.compile(r"\b(?:long|repeatedly|always|often|since)\b")
_STILL_AHEAD = re.compile(r"(?:later this|the end of (?:the|this))\b", re.IGNORECASE)


# "Ivanov, who is close to the opposition, has said he will refuse to sign it": what a
# speaker has said, in the perfect, is his standing position
_PERFECT_SAID = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+)*(?:said|stated|declared|"
                           r"insisted|argued|made clear|warned|vowed)\s+(?:that\s+)?"
                           r"(?:he|she|it|they|we)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def _lead_news(sent: Sentence, before: str) -> bool:
    """"WASHINGTON (Reuter) - The United States has ended its boycott of the PLO": a story's
    first sentence in the present perfect is the day's news, not background (not one that
    opens on the years it sums up: "In recent years Taiwan has said...")."""
    return (sent.index == 0 and not _HABIT.search(before)
            and not _YEARS_OPENING.match(sent.text, content_start(sent)))


_YEARS_OPENING = re.compile(r"(?:In|Over|For|During)\s+"
                            r"(?:the\s+)?(?:recent|past|last)?\s*(?:few\s+|several\s+|two\s+|"
                            r"three\s+)?(?:years|decades|months)\b")


# "presented a six-point plan to end the fighting to Medvedev at the Kremlin on Tuesday":
# where the act took place, then its day (an infinitive's content has no venue)
_VENUE_BEFORE = re.compile(r"\b(?:at|in)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:Kremlin|White House|Elysee|Élysée|palace|hotel|headquarters|"
                           r"ministry|embassy|residence|summit|ceremony|resort|villa|base|"
                           r"airport|conference|Palace|House|Hall|Hotel|Centre|Center)"
                           r"(?:\s+in\s+(?-i:[A-ZÀ-Ž])[\w'’-]+)?\s+(?:on\s+|late\s+|early\s+)?$")

# "ordered the ambassador to leave within 72 hours on Monday": the infinitive's time is its
# deadline, so a date right after it is the order's
_DEADLINE = re.compile(r"\b(?:within|by|in)\s+(?:the\s+)?$", re.IGNORECASE)
_ON_DAY = re.compile(r"[\s,]*(?:(?:on|late|early)\s+)?")


def _after_deadline(text: str, offset: int, times: list[D.TimeRef], a: int) -> bool:
    return any(t.end - offset <= a and _ON_DAY.fullmatch(text, t.end - offset, a)
               and _DEADLINE.search(text, max(0, t.start - offset - 12), t.start - offset)
               for t in times)


# "called the force a betrayal and demanded on Thursday that...": the subject's next verb,
# dated where it is told, dates the verb before it (the one occasion)
_AND_DATED = re.compile(r"[^;:()]{0,100}?,?\s+(?:and|but)\s+(?:also\s+|then\s+)?"
                        + _DONE_VERB.pattern + r"\s+(?:on\s+|late\s+|early\s+)?$")


def _dated_conjunct(text: str, offset: int, cue: int, past: list[D.TimeRef]):
    for t in past:
        a = t.start - offset
        if a > cue and t.precision == "day" and _AND_DATED.fullmatch(text, cue, a):
            return t
    return None


def date_for(act: Act, text: str, offset: int, times: list[D.TimeRef], setting,
              published: date, sent: Sentence) -> DateRef:
    if act.date is not None:
        return act.date
    if _HABIT_PERFECT.search(text, max(0, act.cue_start - offset - 40), act.cue_start - offset):
        # "Shamir has repeatedly said Israel will not...", "Gadhafi had long insisted": a
        # standing position, whatever date the words go on to name
        return D.NO_DATE
    # Only a past date a timeline can show dates an act: not what the act is about ("a
    # referendum next year"), nor a span with no precision ("in the 21st century").
    past = [_year_back(t, published, text, offset, act) for t in times
            if t.type in ("DATE", "TIME") and t.range and t.precision not in (None, "century")]
    past = [t for t in past if not _is_future(t, published)]
    if act.from_quote:
        # '"China first floated the idea during talks last year," she said': a date that can
        # only point back, in the quoted act's own clause, is the act's, not the saying's
        own = act.cue_start - offset
        seg = segment(text, own)
        for t in past:
            if own < t.start - offset < seg[1] and _PAST_ANCHORED.search(t.text):
                return D.to_dateref(t)
    if act.anchor is not None and act.anchor < act.cue_start:
        # "told reporters that Pakistan refused on Monday to include...": a date said with
        # the act's own verb dates it, whatever the attribution's time
        own = act.cue_start - offset
        for t in past:
            if t.precision in ("day", "month", "year") and _OWN_DATE.match(text, own,
                                                                           t.start - offset):
                return D.to_dateref(t)
    cue = (act.anchor if act.anchor is not None else act.cue_start) - offset
    seg = segment(text, max(0, cue))
    eligible = []
    for t in past:
        a = t.start - offset
        if names_a_thing(t, text, offset):
            continue
        if (_PARTICIPLE_BEFORE.search(text[max(0, a - 25):a]) and a > cue + 25
                and not DOCUMENT_SENT.search(text, max(0, a - 45), a)):
            continue  # "the sanctions imposed in May": dates the sanctions, not the act
        if a > cue and _PRONOUN_RELATIVE.search(text, max(cue, a - 70), a):
            continue  # "would lift the sanctions it imposed on Iran last year"
        if (a > cue and _INFINITIVE.search(text, cue, a) and not _PAST_ANCHORED.search(t.text)
                and not _VENUE_BEFORE.search(text, max(cue, a - 60), a)
                and not _after_deadline(text, offset, times, a)
                and not (t.precision in ("day", "week", "month")
                         and _REFUSED_TO.match(text, max(0, cue))
                         and not C.PERFECT.search(text[max(0, cue - 30):max(0, cue)]))):
            continue  # "agreed to meet in April": when the content happens, not the act
        if a < cue and IN_RELATIVE.search(text, max(0, a - 80), a) and "," in text[a:cue]:
            continue  # "Biden, who announced the breakthrough on Oct. 11, hailed ...": its own
        if (act.plain_speech and a > cue
                and not _SAID_WHEN_NEAR.match(text, act.cue_start - offset, a)):
            # "Cem said the agreements were the fruits of a dialogue launched last summer":
            # a date well into what was said is the content's ("said on Monday that" is not)
            continue
        if _SINCE_CLAUSE.search(text, max(0, a - 40), a):
            continue  # "on his first visit since taking office a year ago": that clause's
        if a > cue and _CALLED_FOR.search(text, cue, a) and not _PAST_ANCHORED.search(t.text):
            continue  # "... and called for a protest rally on Monday": the rally's day
        if a > cue and _RELATIVE_BETWEEN.search(text, cue, a):
            continue  # "accused X of genocide during the assault that began on August 7"
        if a > cue and (_ITS_OWN_TIME.search(text, cue, a) or (
                act.type in ("criticism", "sanction", "threat")
                and _FOR_DOING.search(text, cue, a))):
            continue  # "rejected charges that X had ... in December": the charge's time
        first_seg = ((_SETTING.match(text[:a]) is not None
                      and text[t.end - offset:].startswith(","))
                     or in_opening_clause(text, a, cue))
        if (seg[0] <= a < seg[1] or first_seg or after_apposition(text, cue, seg, a)
                or when_of(text, seg, a, t.end - offset)):
            eligible.append((abs(a - cue), t))
    if not eligible:
        eligible = [(abs(t.start - offset - cue), t) for t in past
                    if aside_or_attribution(text, t.start - offset, cue)
                    and not names_a_thing(t, text, offset)]
    if not eligible and _ING_AFTER.match(text, seg[1]):
        # "held talks in Agra, ending with a session on Monday night": the participle goes
        # on with the act, and its date is the act's
        nxt = segment(text, seg[1] + 1)
        eligible = [(t.start - offset - cue, t) for t in past
                    if nxt[0] <= t.start - offset < nxt[1]]
    if not eligible:
        # "urged them to reject the plan, saying in a televised address Wednesday night that
        # ...": when the act says what it says, before the "that", is when it was done
        said = _SAYING_AFTER.match(text, seg[1])
        if said:
            stop = _SAID_WHAT.search(text, said.end())
            stop_at = stop.start() if stop else len(text)
            eligible = [(t.start - offset - cue, t) for t in past
                        if said.end() <= t.start - offset and t.end - offset <= stop_at
                        and _SAID_WHEN.match(text, said.end(), t.start - offset)]
    if not eligible and _TRAILING.match(text, seg[0]):
        # "finished the rules on Friday, in consultation with X": a phrase with no subject
        # of its own hangs on the clause before it, and takes that clause's date.
        eligible = [(cue - (t.start - offset), t) for t in past if t.end - offset <= seg[0]]
    if eligible:
        best = min(eligible, key=lambda x: x[0])[1]
        # "Last month, on April 18, the United States vetoed": the day that narrows the month
        best = next((t for t in past if t.precision == "day" and best.precision != "day"
                     and _NARROWED.fullmatch(text, best.end - offset, t.start - offset)
                     and best.range[0] <= t.range[0] and t.range[1] <= best.range[1]), best)
        own = act.cue_start - offset
        perfect = C.PERFECT.search(text[max(0, own - 40):own])
        if (perfect and best.end - offset <= max(0, own - 40) + perfect.start()
                and not _CURRENT.search(best.text)):
            # "disclosed yesterday that Kuwait has asked", "in May and has since pressed":
            # a present perfect takes no past date, so one before it dates another verb.
            return D.NO_DATE
        rel = _WHO_HAD.search(text, max(0, own - 40), own)
        rel_end = text.find(",", own)
        if rel and not (own < best.start - offset < (rel_end if rel_end > 0 else len(text))):
            # "Corazon Aquino, who had warned that rejection would cost..., said tonight":
            # background told in a relative clause; a date outside it is the main clause's
            return D.NO_DATE
        return D.to_dateref(best)
    if (which := _AFTER_WHICH.search(text, 0, max(0, cue))) and (host := [
            t for t in past if t.end - offset <= which.start() and t.precision not in (
                "year", "decade")]):
        # "held talks on Friday, after which Bush praised", "the accords signed in New York
        # in December, under which South Africa agreed": the clause it hangs on dates it
        return D.to_dateref(host[-1])
    before = text[max(0, cue - 40):cue]
    if ((C.PERFECT.search(before) or _PERFECT_SAID.search(text, max(0, cue - 90), max(0, cue)))
            and not _lead_news(sent, before)) or (_UNDATED.search(before[-25:]) and not (
            # "Insulza, who had championed lifting the suspension for months, said": the span
            # is the aside's, not the saying's
            _ASIDE_CLOSED.search(text, max(0, cue - 160), max(0, cue)))):
        return D.NO_DATE
    if _HABITUAL.match(text, act.cue_start - offset) and act.anchor is None:
        # "Georgia in turn accuses Russia of creeping annexation", "a charge Kigali denies",
        # "Qatar rejects the charges", "India blames the attack on", "Tokyo insists on the
        # return of the islands": a charge, a denial, a claim or a refusal in the narrator's
        # simple present is a standing position, not a day's act
        # (inside reported speech, "said it 'categorically rejects'", the saying dates it)
        return D.NO_DATE
    if noun := _NOUN_THEN_ACTOR.search(text, max(0, cue - 90), cue):
        # "a charge Islamabad denied", "an offer Copenhagen turned down": a reaction told as
        # a relative clause on the thing reacted to is of the time of the clause it hangs on
        # ("insisted Wednesday that ..., a demand Hill dismissed"), else background
        host = [t for t in past if t.end - offset <= noun.start()
                and not names_a_thing(t, text, offset)]
        return D.to_dateref(host[-1]) if host else D.NO_DATE
    if _PERFECT_GOVERNS.search(text, max(0, cue - 120), cue):
        # "had moved troops into the Gulf and said it would strike", "has invited everyone
        # to welcome": the perfect of the governing verb makes the act background too.
        return D.NO_DATE
    if act.anchor is None and _PLUPERFECT.search(before) and not REPORTED.search(text, 0, cue):
        # The narrator's own pluperfect ("the sites Baghdad had placed off-limits") is
        # background; inside reported speech ("said Vajpayee had offered") the attribution
        # (the anchor) dates the act instead.
        return D.NO_DATE
    if conj := conjunct_date(text, offset, cue, past):
        return D.to_dateref(conj)
    if in_which_aside(text, cue):
        # "Rabat, which denounced the operation as an act of war", "China, which sided with
        # Pakistan": an act told in an aside on its actor, with no date of its own, is
        # background to the sentence's news, not the day's
        return D.NO_DATE
    if _REDUCED_BY.match(text, max(0, cue)) and not _BE_BEFORE.search(before):
        # "The resolution, drafted by the United States and France, was adopted": what made
        # the thing the sentence is about is its background, with no day of its own
        return D.NO_DATE
    if setting and setting[0] == sent.paragraph and sent.index - setting[1] <= 2:
        return D.to_dateref(setting[2])
    if later := _dated_conjunct(text, offset, cue, past):
        return D.to_dateref(later)
    if act.type != "statement" and any(
            t.type == "DURATION" and _LONG_SPAN.match(t.value or "")
            and cue < t.start - offset < seg[1]
            and _FOR_SPAN.search(text, max(0, t.start - offset - 14), t.start - offset)
            for t in times):
        # "stayed away from the negotiations for more than a year": told over a span, the act
        # is background, not the day's news
        return D.NO_DATE
    return D.publication(published)
