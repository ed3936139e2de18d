"""From an article body to events: sentences -> mentions and cues -> acts -> dated, merged
events. The steps live in their own modules; this one runs them in article order, carrying
what earlier sentences established (people introduced, an open quote, a scene-setting date).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from ..types import ActorRef, ExtractedEvent, Gazetteer
from . import dates as D
from .actors import Memory, armed_movements, find_mentions
from . import cues as C
from .acts import Act, acts_for, remember, speech_cues
from .dating import date_for, names_a_thing, setting_timex
from .dating_inherit import inherit_date
from .dating_lead import lead_day
from .home import dateline_state, story_government
from .labels import label_speaker
from .gazetteer import compiled_for
from .merge import merge, to_event
from .nominal import year_deals
from .offtopic import not_diplomacy
from .quotes import block_quotes, is_quote_only, quote_text, quoted_mask
from .sentences import Sentence, content_start, split_sentences

_OCCASIONS = frozenset({"meeting", "phone_call", "agreement"})
# a named subject, a word of time, a verb in the past: "Carter then invited", "Shevardnadze
# at the time denounced"
_NAMED = r"\b(?-i:[A-Z])[\w'’.-]+"
_DID = r"(?-i:[a-z])\w+ed\b"
_THEN = re.compile(r"\W{0,3}(?:Then|Soon after|Shortly after(?:wards)?|Afterwards)\b|"
                   r"[^,;]{0,80}?" + _NAMED + r" then " + _DID)
_AT_THE_TIME = re.compile(r"\b(?:said|says|saying|wrote|told \w+)\s+at the time\b|"
                          r"^\W{0,3}At the time,|"
                          + _NAMED + r",? at (?:the|that) time,? (?!of\b|when\b)" + _DID)
_WE_BEFORE = re.compile(r"\b(?:[Ww]e|I)\s+(?:\w+\s+){0,3}$")
_QUOTABLE = frozenset({"intent_to_negotiate", "rejection", "threat", "demand",
                       "call_for_talks", "criticism", "support", "proposal"})


def _quote_says(owner: Act, quotes: list[Sentence]) -> None:
    """A quote told in sentences of its own before or after its attribution ("We are
    encouraged that... We hope...," X told reporters) is the speaker's act: a bare statement
    takes the kind of the first first-person or evaluative cue the quote carries."""
    if not owner.plain_speech or owner.type != "statement":
        return
    for q in quotes:
        for cue, m in C.longest_first([(c, m) for c, m in C.find_cues(q.text)
                                        if c.type in _QUOTABLE], quoted=True):
            before = q.text[:m.start()]
            if ((cue.content or _WE_BEFORE.search(before) or m.group().lower().startswith(
                    ("we ", "i "))) and not C.NEGATION.search(before[-60:])
                    and not C.HYPOTHETICAL.search(before)):
                owner.type, owner.cameo, owner.plain_speech = cue.type, cue.cameo, False
                return


# an occasion the story has already told and dated
_SAME_OCCASION = re.compile(r"\b(?:the same (?:night|day|evening|morning|afternoon|speech|address|"
                            r"statement|interview|news conference|press conference|session)|"
                            r"(?:at|after|during|following) the (?:signing )?(?:ceremony|signing|"
                            r"summit|news conference|press conference|funeral|inauguration))\b",
                            re.IGNORECASE)
# the deed verbs a later sentence may tell again ("signed", "expelled", "met")
_VERB = re.compile(r"(?:signed|initial(?:l)?ed|ratified|met|expelled|imposed|recalled|rejected|"
                   r"vetoed|agreed|accepted|telephoned|phoned|visited|hosted)\b")
_MID_CAP = re.compile(r"(?<=[a-z,;] )[A-ZÀ-Ž][a-z]+\b")


# how a person goes on being named in the sentences after he was last dated: "he", "the
# minister" (his surname again is as often a new occasion: development dates -5 with it)
_GOES_ON = frozenset({"pronoun", "role"})


def _told_by(surname: str, recent: list[tuple[str, list[D.TimeRef]]]) -> D.TimeRef | None:
    """The one day of the latest recent sentence that names this person, if it has one."""
    for said, days in reversed(recent):
        if surname in said:
            return days[0] if len(days) == 1 else None
    return None


def extract(*, body: str, published: date, title: str = "",
            gazetteer: Gazetteer | None = None) -> list[ExtractedEvent]:
    """The events `body` reports. The title is not read: headlines restate the body's acts,
    and evidence offsets must index the body."""
    if not body or not body.strip():
        return []
    gaz = compiled_for(gazetteer)
    sentences = split_sentences(body)
    timexes = sorted(D.tag(body, D.story_day(body, published)), key=lambda t: t.start)
    time_starts = [t.start for t in timexes]
    mem = Memory(mid_caps=frozenset(_MID_CAP.findall(body)), published=published)
    newsroom: set[str] = set()  # the labels of anchors and reporters ("SHAW")
    voice = None  # the person a transcript label gives the paragraph to
    label = None
    first = next((s for s in sentences if s.kind == "text"), None)
    mem.home = dateline_state(first.text, gaz) if first is not None else None
    mem.governed = story_government(first.text, gaz) if first is not None else None
    mem.armed = armed_movements(body, gaz)
    acts: list[Act] = []
    pending_quotes: list[Sentence] = []
    setting: tuple[int, int, D.TimeRef] | None = None  # (paragraph, sentence index, timex)
    in_quote = False
    prev_times: list[D.TimeRef] = []  # past dates of the sentence before
    # the last three sentences, each with its past days (before the paper's)
    recent: list[tuple[str, list[D.TimeRef]]] = []
    last_sent = None
    for sent in sentences:
        if sent.kind != "text":
            pending_quotes.clear()
            in_quote = False
            if sent.kind == "caption":
                # A caption yields no event, but it may be where a person is introduced in
                # full ("Prime Minister Abiy Ahmed speaks...", then "Abiy said").
                find_mentions(sent.text, sent.start, gaz, mem)
            continue
        if sent.first_in_paragraph:
            in_quote = False  # a quote never runs on across a paragraph break here
            label = label_speaker(sent.text, mem, newsroom)
            voice = label[1] if label else None
        cs = content_start(sent)
        if sent.first_in_paragraph and label:
            cs = max(cs, label[0])
        text = sent.text[cs:]
        offset = sent.start + cs
        if voice is not None:
            # a sound bite: the labelled speaker's own words, as if quoted and attributed
            find_mentions(text, offset, gaz, mem)
            act = Act("statement", "010", voice, "speaker", 0.6, sent, offset,
                      plain_speech=True, from_quote=True)
            act.date = D.publication(published)
            act.quote, act.evidence = text, [sent]
            _quote_says(act, [sent])
            acts.append(act)
            continue
        all_quoted, in_quote = quoted_mask(text, in_quote)
        quote_only = is_quote_only(text, all_quoted)
        quoted = block_quotes(text, all_quoted)
        found = find_mentions(text, offset, gaz, mem, quoted)
        mentions = [m for m in found if not quoted[m.start - offset]]
        lo = bisect_left(time_starts, sent.start)
        hi = bisect_left(time_starts, sent.end, lo)
        sent_times = [t for t in timexes[lo:hi] if t.end <= sent.end and t.start >= offset]
        new_setting = setting_timex(text, offset, sent_times)
        if quote_only and not any(speech_cues(text, quoted)):
            if (not sent.first_in_paragraph and not pending_quotes and acts
                    and acts[-1].sentence.paragraph == sent.paragraph):
                acts[-1].evidence.append(sent)  # the speaker just quoted goes on
                _quote_says(acts[-1], [sent])
            else:
                pending_quotes.append(sent)
            continue
        sent_acts = acts_for(sent, text, offset, quoted, mentions, sent_times,
                             [m for m in found if quoted[m.start - offset]] if quoted.spans else ())
        then = prev_times and _THEN.match(text) is not None
        at = _AT_THE_TIME.search(text)
        for i, act in enumerate(sent_acts):
            act.date = date_for(act, text, offset, sent_times, setting, published, sent)
            # an act earlier in the same sentence counts as told before ("met on Thursday,
            # and the two leaders signed...")
            inherit_date(act, acts + [a for a in sent_acts[:i] if a.cue_start < act.cue_start],
                         text, offset)
            if (at is not None and act.date.source != "text"
                    and (told := [t for t in sent_times if t.end - offset <= at.start()
                                  and t.type == "DATE" and t.range
                                  and t.range[1] <= published] or prev_times)
                    and (told := [t for t in told if not names_a_thing(t, body, 0)])):
                # "..., and Vucic said at the time that", "At the time, Mali accused": the
                # time just told, not the paper's
                act.date = D.to_dateref(told[-1])
            elif then and act.date.source == "publication":
                # "...allowed to inspect since Jan. 13. Then Baghdad stopped...": the
                # narrative goes on from the time the sentence before ended on.
                act.date = D.to_dateref(prev_times[-1])
            elif (act.date.source == "publication" and _SAME_OCCASION.search(text)
                  and (told := next((a.date for a in reversed(acts) if a.date.source == "text"
                                     and a.date.precision == "day"
                                     # ("after the signing ceremony": the signing's day, not
                                     # that of a sanction told in between)
                                     and a.type in _OCCASIONS), None)
                       or next((a.date for a in reversed(acts) if a.date.source == "text"
                                and a.date.precision == "day"), None))):
                # "In a televised address the same night, X welcomed...", "Speaking at the
                # ceremony, Y said...": the occasion already told, on its day
                act.date = told
            elif (act.date.source == "publication"
                  and (verb := _VERB.match(body, act.cue_start))
                  and (told := next((days[0] for said, days in reversed(recent)
                                     if len(days) == 1
                                     and re.search(rf"\b{verb.group()}\b", said)), None))):
                # "The presidents signed a peace plan late Friday. The accord was signed by
                # Arias, Cerezo...": the same deed told again, with its doers, a few
                # sentences on, is of that day
                act.date = D.to_dateref(told)
            elif (act.date.source == "publication" and act.how in _GOES_ON and recent
                  and last_sent is not None and (last_sent.paragraph == sent.paragraph
                                                 or last_sent.index == sent.index - 1)
                  and act.actor.kind == "person"
                  and (told := _told_by(act.actor.name.split()[-1], recent[-2:]))):
                # "Stoltenberg said on Tuesday the alliance had withdrawn... He accused
                # Russia of...", "Lin told reporters on Wednesday... But the minister said":
                # he goes on, on the day he was last told speaking
                act.date = D.to_dateref(told)
            act.quote = quote_text(text, all_quoted)
            act.evidence = [sent]
        for act in sent_acts:
            if act.other_side and act.date.source != "text" and (main := next(
                    (b for b in sent_acts if not b.other_side and b.type == act.type
                     and b.date.source == "text" and act.target is not None
                     and b.actor.name == act.target.name), None)):
                # "Hasina ... was received on Wednesday by Sharma": the other side of a
                # meeting met on the day the meeting is told, wherever its name stands
                act.date = main.date
        if pending_quotes and sent_acts and (not acts or any(speech_cues(text, quoted))):
            # a quote set off on its own is of the speaker named next ('"..." \n\n Lavrov
            # said'), but not of an act with no speaker after it: then it goes on the last
            owner = sent_acts[0]
            _quote_says(owner, pending_quotes)
            owner.evidence = pending_quotes + owner.evidence
            owner.quote = owner.quote or " ".join(quote_text(q.text, quoted_mask(q.text)[0])
                                                  for q in pending_quotes)
        elif pending_quotes and acts:
            acts[-1].evidence.extend(pending_quotes)
        pending_quotes = []
        for act in year_deals(sent, text, offset, mem, sent_times, sent_acts):
            act.evidence = [sent]
            sent_acts.append(act)
        remember(mem, sent_acts, mentions)
        acts.extend(sent_acts)
        prev_times = [t for t in sent_times if t.type == "DATE" and t.range
                      and t.range[1] <= published]
        last_sent = sent
        # (today counts among a sentence's days: "signed a treaty today, in a region seized seven
        # weeks ago" names two, so a deed told again later takes neither)
        recent = (recent + [(text, [t for t in sent_times if t.type in ("DATE", "TIME")
                                    and t.range and t.precision == "day"
                                    and t.range[1] <= published])])[-3:]
        if new_setting is not None:
            setting = (sent.paragraph, sent.index, new_setting)
        elif setting and sent_acts and all(a.date.source == "none" for a in sent_acts):
            # "Last year, X assailed Y. Z has said repeatedly... Z also called for...":
            # background between them ends the scene the opening date set.
            setting = None
        elif setting and (sent.paragraph != setting[0] or sent.index - setting[1] > 2):
            setting = None
    if pending_quotes and acts:
        acts[-1].evidence.extend(pending_quotes)
    acts = [a for a in acts if not not_diplomacy(a)]
    _name_unnamed_officials(acts, mem)
    lead_day(acts, published)
    _fold_states_into_signers(acts)
    _drop_sourcing(acts)
    return [to_event(a) for a in merge(acts)]


# "U.S. officials said", "officials in Brussels said", "the Soviet news agency Tass said",
# "according to Japanese officials"
_SOURCING = re.compile(r"\b(?:officials?|sources?|diplomats?|aides?)(?: (?:in|from|at|of|close to) "
                       r"[\w'’ -]{1,30}?)? (?:said|say|says|told)\b(?! (?:that )?(?:they|it|we)\b)|"
                       r"\bnews agency(?: (?-i:[A-Z])\w+)? (?:said|reported)\b|"
                       r"\baccording to (?:[\w.'’-]+ ){0,4}?"
                       r"(?:officials?|sources?|diplomats?|aides?)\b")


def _drop_sourcing(acts: list[Act]) -> None:
    """"Gorbachev held talks with Genscher, the Soviet news agency Tass said", "A senior U.S.
    official said Carter had criticised...": officials or an agency who only source another's
    act told in the sentence make no statement of their own (not "Uzbek officials say they
    will not oppose": their own position)."""
    for a in list(acts):
        if a.type != "statement":
            continue
        cue = a.cue_start - a.sentence.start
        if any(m.start() <= cue < m.end() for m in _SOURCING.finditer(a.sentence.text)) and any(
                b.sentence is a.sentence and b.actor.name != a.actor.name
                and b.type != "statement" for b in acts):
            acts.remove(a)


def _fold_states_into_signers(acts: list[Act]) -> None:
    """"Burundi's government ... signed a peace agreement on Monday. President Pierre Buyoya put
    his name to the accord": the state's deal is the one its leader signed, one act told twice."""
    for a in list(acts):
        if a.type != "agreement" or a.actor.kind != "state":
            continue
        signer = next((b for b in acts if b.type == a.type and b.actor.kind == "person"
                       and b.actor.country == a.actor.country and b.date == a.date
                       and b is not a), None)
        if signer is not None:
            signer.evidence = sorted({x.start: x for x in a.evidence + signer.evidence}.values(),
                                     key=lambda x: x.start)
            acts.remove(a)


_LEADERS_POSTS = frozenset({"president", "presidents", "prime minister", "prime ministers",
                            "leader", "leaders", "premier", "premiers"})
# what a wire calls the same post: "Cambodia's premier" is its prime minister
_SAME_POST = {"premier": ("prime minister",), "prime minister": ("premier",),
              "leader": ("president", "prime minister", "premier", "chancellor")}


def _name_unnamed_officials(acts: list[Act], mem: Memory) -> None:
    """"Azerbaijan's foreign minister said..." then "his Azerbaijani counterpart Jeyhun
    Bayramov": the one person of that state holding that post, named anywhere in the article,
    is who spoke; with no such person (or several) the state speaks."""
    people = {r.name: r for r in mem.people.values() if r.kind == "person"}.values()
    first_told: dict[str, int] = {}
    for a in acts:
        first_told.setdefault(a.actor.name, a.sentence.index)

    def resolve(ref: ActorRef | None, at: int) -> ActorRef | None:
        if ref is None or ref.kind != "state" or not ref.role:
            return ref
        posts = (ref.role, "counterpart") + _SAME_POST.get(ref.role, ())
        holders = [p for p in people if p.country == ref.country
                   and (p.role or "").lower().endswith(posts)]
        if not holders and ref.role.startswith("spokes"):
            # "A Pentagon spokesman said..." and later "said spokesman Kenneth Bacon": the one
            # spokesman named, his state untold (not one the story told before: "a State
            # Department spokesman" after Burundi's named spokesman is another man)
            holders = [p for p in people if p.country is None
                       and (p.role or "").lower().startswith("spokes")
                       and first_told.get(p.name, at) >= at]
        if not holders and ref.role in _LEADERS_POSTS:
            # "The presidents of Peru and Ecuador signed... Alberto Fujimori of Peru and Jamil
            # Mahuad of Ecuador embraced": the one person of that state the story names after,
            # his post untold
            holders = [p for p in people if p.country == ref.country and not p.role
                       and first_told.get(p.name, at) >= at]
        return holders[0] if len(holders) == 1 else replace(ref, role="")

    for a in acts:
        a.actor = resolve(a.actor, a.sentence.index)
        a.target = resolve(a.target, a.sentence.index)
