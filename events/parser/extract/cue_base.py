"""What a cue is, and the shared pieces of the lexicon's patterns (the talks an appeal or an
offer is about), kept apart so `lexicon.py` holds only the cues."""
from __future__ import annotations

import re
from dataclasses import dataclass

# "meet" that is no meeting: "meet its obligations", "help meet the cost of keeping troops"
_MEET_A_THING = (r"(?!\s+(?:its|their|the|his|her|our)\s+(?:\w+ )?(?:obligations|commitments|"
                 r"demands|deadline|conditions|requirements|targets|needs|costs?|expenses|bill|"
                 r"criteria|standards|goals?|expectations)\b)")
_TALKS = (r"(?:talks|(?:re)?negotiat\w*|dialogue|discussions|"
          r"diplomacy|peace process|make progress|"
          # (not where one speaks: "said at a regular news conference")
          r"(?:an? |the )?(?:\w+ )?(?:peace |international |emergency )?"
          r"(?<!news )(?<!press )conference|consultations?\b|"
          r"the (?:negotiating |bargaining |conference |dialogue |peace )?table|"
          r"an? (?:negotiating|conference) table|"
          r"mediat\w*|sit down (?:again |together )?with|"
          # "ready to talk to Peru" (not "talk about", "talk tough")
          r"talk(?:ing)?\b(?!\s+(?:about|of|up|down|tough|big))|"
          # "intended to speak again with Putin" (not "speak to reporters")
          r"speak (?:again |directly )?with|speak directly to|"
          # "settled by peaceful, political and diplomatic means"
          r"(?:peaceful|political|diplomatic) (?:means|channels)|"
          r"an? (?:peaceful |political |diplomatic |negotiated )?(?:settlement|"
          r"solution)|rejoin|to meet\b" + _MEET_A_THING + r"|meetings?|a summit|a ceasefire|"
          r"a truce|peace talks|consult\b|"
          # "willing to hold a third summit with", "plans to visit China"
          r"(?:an? |the )(?:[\w-]+ )?summit|"
          # "declared his readiness to go to Israel", "plans to travel to Moscow"
          r"(?:to )?(?:visit|go to|travel to|come to|fly to) "
          r"(?=(?-i:[A-ZÀ-Ž])[\w'’.-]*(?: (?-i:[A-ZÀ-Ž])[\w'’.-]*){0,2}(?:[,.;]| (?:in|"
          r"on|next|later|this|for|to|and|at|soon|early|late|before|after|within)\b))|"
          r"meet\b" + _MEET_A_THING + ")")
# A day put inside a cue's phrase, as wire copy does ("voted yesterday to", "replied on Friday
# that", "ordered a halt on Friday to", "declined today to")
DAY = (r"(?:(?:on )?\w+day(?: night| morning| afternoon| evening)?|today|tonight|yesterday|"
       r"last night)")
# What may stand between "voted" and the "to" of what was voted: the count, the manner, the day
# ("voted 13 to 0 yesterday to impose", "voted by 105 votes to 3 on Tuesday to ratify")
# ("voted at Punta del Este on Wednesday to exclude": where the vote was held)
# a vote's count: "by 91 votes to 21", "by a vote of 10 against 2"
TALLY = r"by (?:a vote of )?\d+ (?:votes )?(?:to|against) \d+"
VOTE_WORDS = (r"(?:(?:\d+(?:-| to )\d+|" + TALLY + r"|unanimously|overwhelmingly|"
              r"narrowly|(?:at|in) (?-i:[A-ZÀ-Ž])[\w'’-]*"
              r"(?: (?:del |de |la )?(?-i:[A-ZÀ-Ž])[\w'’-]*){0,3}|"
              + DAY + r"),? )*")
_DET = r"(?:a |an |the |its |his |her |their |new |fresh )?"
# A rebuke drawn from a side, who is named after it: "the remarks drew an angry protest from
# Seoul" (the cue in `lexicon_blame`, its agent in `subjects`)
DRAWN_FROM = (r"dr(?:ew|aws) (?:an? )?(?:[\w-]+ )?(?:protests?|rebukes?|condemnation|criticism) "
              r"from")
# A word of sequence or manner between an auxiliary and its participle ("was later received by",
# "was also received on Thursday by", "was formally accepted")
SEQUENCE_WORD = r"(?:\w+ly|later|also|then|first)"
# "did not rule out", "did not exclude": talks after it are intent, force a threat
# ("refused to rule out the use of force against Nicaragua": as good as not ruling it out)
RULE_OUT = r"(?:(?:rule|ruled|ruling) out|exclud(?:e|ed|ing))"
_NOT_RULED_OUT = (r"(?:did not|didn't|does not|doesn't|would not|wouldn't|has not|have not|"
                  # ("was careful not to rule out a meeting of the four powers")
                  r"not(?: to)?|"
                  r"refused to|refuses to|declined to|declines to) " + RULE_OUT + " ")
# one's own envoy called home: "ordered its ambassador in Moscow home" (the recall, a sanction;
# no order to another side)
OWN_ENVOY_HOME = (r"(?:its|their) (?:[\w-]+ )?(?:ambassadors?|envoys?|high commissioners?) "
                  r"(?:(?:in|to) (?-i:[A-ZÀ-Ž])[\w-]+ )?home\b")


@dataclass(frozen=True)
class Cue:
    type: str
    cameo: str
    strength: float
    regex: re.Pattern
    starts: tuple[str, ...]  # lowercase prefixes of the words a match can start with
    speech: bool = False
    joint: bool = False
    content: bool = False
    veto: re.Pattern | None = None  # words that, inside the match, show it is no such act
    # a joint act only two subjects can do, and not one a speaker tells of them ("X and Y
    # discussed the issue", not "X discussed it at a news conference")
    two_sides: bool = False


def _c(type_, cameo, strength, starts, pattern, **kw) -> Cue:
    if isinstance(kw.get("veto"), str):
        kw["veto"] = re.compile(kw["veto"], re.IGNORECASE)
    return Cue(type_, cameo, strength, re.compile(pattern, re.IGNORECASE),
               tuple(starts.split()), **kw)
