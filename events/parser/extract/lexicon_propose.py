"""The cue lexicon, proposals put forward (CAMEO 03, and 02 where others are asked): plans
proposed, unveiled, tabled, presented, outlined, floated or circulated, offers of aid, troops
or a loan, appeals and requests. Split from `lexicon_coop.py` (session 30), which had passed
400 lines; it joins these in their old place, after the offers and calls and before the deals."""
from __future__ import annotations

from .cue_base import _DET, Cue, _c

PROPOSAL_CUES: tuple[Cue, ...] = (
    # Asked to withdraw, to leave or to hand someone over, the other side is told to give in
    # (a demand, longer than the request "asked ... to" below, so it wins): "Egypt formally
    # asked the United Nations yesterday to withdraw its Emergency Force"
    _c("demand", "10", 0.8, "ask",
       r"\bask(?:ed|s) (?:[\w.'’-]+ ){1,6}?to (?:withdraw|pull out|leave|hand over|extradite|"
       r"release|halt|stop|cease)\b"),
    _c("proposal", "03", 0.75,
       "propos put unveil made submitted presented tabled offer promis pledg suggest ask held "
       "introduced "
       "drafted floated published issued released set "
       "press "
       "willing ready prepared "
       "call float laid circulat draft handed asking offer recommend outlined renewed repeated "
       "reiterated restated",
       r"\b(?:propos(?:ed|es|ing)|(?<=we )propose\b|(?<=I )propose\b|put forward|unveil(?:ed|s)|"
       # "would recommend that the Security Council authorize a force": a course put forward
       r"recommend(?:ed|s)? (?:to (?:the )?(?:[\w'’-]+ ){1,4}?)?that|"
       # the passive with its agent: "a peace plan put forward by U.N. envoy Kofi Annan"
       r"(?:put forward|presented|proposed|drafted|tabled|submitted|floated|unveiled|offered|"
       r"introduced)"
       r"(?= (?:[\w,]+ ){0,4}?by (?:the )?(?:[\w.'’-]+ ){0,4}?(?-i:[A-ZÀ-Ž]))|"
       r"put (?:a |an |its |his |her |their )?(?:[\w-]+ )?proposal to|"
       # "laid new American proposals before the conference", "laid the two proposals before
       # the Soviet leader"
       r"(?:put|laid) (?:a |an |the |its |his |her |their )?(?:[\w-]+ ){0,3}?"
       r"(?:proposals?|plan|offer|formula) before|"
       # "published a 12-point position paper", "set out six principles for a settlement"
       r"(?:published|issued|released) (?:a |an |its |his |her |their )?(?:[\w-]+ ){0,3}?"
       r"(?:position paper|(?:peace )?plan|draft (?:agreements?|treaty|resolution)|proposals?|"
       r"roadmap)|"
       r"set out (?:a |an |its |his |her |their )?(?:[\w-]+ ){0,2}?(?:principles|proposals?|plan|"
       r"conditions|terms|framework|vision|formula|blueprint)|"
       # ("presented the Patriotic Front on Friday with British proposals for a ceasefire")
       # (or "presented Buenos Aires with what U.S. officials described as final American
       # proposals")
       r"presented (?:[\w.'’-]+ ){1,5}?with (?:an? |the |its |his |her |their )?(?:[\w-]+ )?"
       r"(?:proposals?|plan|offer)|presented (?:[\w.'’-]+ ){1,5}?with what (?:[\w.'’-]+ ){1,5}?"
       r"(?:described|called|termed) as (?:an? |the )?(?:[\w-]+ ){0,3}?(?:proposals?|plan|offer)|"
       r"ask(?:ed|s) (?:[\w.'’-]+ ){1,3}?for (?:help|aid|assistance|support)|"
       # "had written to Howard asking for help", "Papua New Guinea and Fiji also offered
       # troops": a request for help, soldiers or aid put at others' disposal
       r"(?<=, )asking for (?:help|aid|assistance|support|troops|intervention)|"
       r"offer(?:ed|s) (?:to send )?(?:troops|soldiers|police(?:men)?|peacekeepers|personnel|"
       r"(?:a |an )?(?:[\w-]+ )?(?:contingent|battalion)|"
       r"(?:military |financial |humanitarian )?(?:aid|help|assistance)|funds|loans)\b|"
       r"(?:made|submitted|presented|tabled) "
       # ("presented a series of proposals to Syrian President Bashar al-Assad")
       r"(?:a |an |the |its |his |her |their )?(?:(?:series|set|package|number) of )?"
       r"(?:\w+ )?(?:proposals?|plans?|offers?|initiatives?)|"
       # "Moscow yesterday renewed its proposal for an international conference", "restated
       # the Soviet plan"
       r"(?:renewed|repeated|reiterated|restated) (?:a |an |the |its |his |her |their )"
       r"(?:[\w-]+ ){0,2}?(?:proposals?|plan|offer|initiative|suggestion)\b|"
       # ("Iraq offered in mid-September to let U.N. inspectors return")
       r"offer(?:ed|s|ing)? (?:(?:on|in|at|during|last|this|early|late|earlier) "
       r"(?:[\w,.-]+ ){1,4}?|(?:yesterday|today|tonight|again|once again|once more) )?"
       r"to|(?<!its )(?<!his )(?<!her )(?<!their )(?<!the )(?<!our )(?<!similar )(?<!broken )"
       r"(?<!empty )promis(?:ed|es|ing)|held out (?:the )?(?:prospect|promise|offer)|"
       # "offered Tehran a set of verification measures", "offered Russia a seat on the
       # council", "offered Ukraine 610 million euros", "offered inspectors access to"
       # (not what a thing "offers": "the initiative offers a solid basis for peace")
       # (nor words of feeling: "offered their deepest condolences", a statement)
       r"offer(?:ed|s|ing) (?!(?:[\w'’-]+ ){0,3}(?:condolences|sympath(?:y|ies)|apolog(?:y|ies)|"
       r"congratulations|thanks|prayers|toasts?)\b)"
       r"(?!(?:an? |the )?(?:[\w-]+ )?(?:basis|foundation|chance|hope|"
       r"opportunity|model|example|glimpse|lesson|path|window|insight|reminder)\b)"
       r"(?:[\w.'’-]+ ){1,8}?(?:an? |the |\d[\d.,]* |access to|asylum\b|"
       r"(?:wide|broad|full|some) )|offer(?:ed|s|ing) \$?\d[\d.,]* |"
       r"pledg(?:ed|es)|suggest(?:ed|s)(?! that|,| (?:\w+ ){1,3}(?:was|is|were|are|had|has|"
       r"would|will|could|might)\b)|call(?:ed|ing)? for|"
       # (not the noun: "has repeatedly rejected calls for an investigation")
       r"(?<!rejected )(?<!dismissed )(?<!ignored )(?<!resisted )(?<!rebuffed )(?<!the )"
       r"(?<!repeated )(?<!growing )(?<!renewed )(?<!international )calls for|"
       r"ask(?:ed|s) (?:(?!whether\b|if\b|what\b|why\b|how\b)[\w.]+ ){1,6}?to "
       r"(?!reporters|journalists|the press|be\b)(?=\w)|"
       r"(?:willing|ready|prepared) to (?:withdraw|pull (?:out|back)|cede|hand over|return|"
       r"release|free|lift|give up)|"
       # "offered Peru a loan": an offer of aid (CAMEO 033) ("offered Mexico a $20 billion
       # package of loans")
       r"offer(?:ed|s) (?:[\w.'’-]+ ){0,3}?(?:an? |the |its )?"
       r"(?:\$?[\d.,]+ (?:million |billion )?)?(?:[\w-]+ )?(?:loan|aid|assistance|help|asylum|"
       r"credits?|guarantees?|concessions?|compensation|package of)|"
       r"(?:offer(?:ed|s)|float(?:ed|s)|laid out|circulat(?:ed|es)|draft(?:ed|s)|"
       # (a body addressed between verb and thing: "submitted to the Geneva disarmament
       # committee a draft treaty", "outlined to the General Assembly today a plan")
       r"handed (?:[\w.'’-]+ ){0,5}?[\w'’-]+|(?:presented|submitted|tabled|outlined|laid out|"
       r"introduced)"
       r"(?: (?:to|for) (?:the )?(?:[\w'’.-]+ ){0,3}?[\w'’.-]+(?: today| yesterday| on \w+day|"
       r" \w+day)?(?= (?:an?|the|its|his|her|their) ))?|"
       # "put before the General Assembly on Wednesday a plan", "laid before the commission
       # yesterday a plan for an international authority"
       r"(?:put|laid) before (?:the )?(?:[\w'’.-]+ ){0,5}?[\w'’.-]+(?: today| yesterday|"
       r" on \w+day| \w+day)?(?= (?:an?|the|its|his|her|their) )) " + _DET +
       # ("outlined a U.S. plan")
       r"(?:[\w,.-]+ ){0,4}?(?:plan|proposals?|compromise|deal|ceasefire|truce|formula|initiative|"
       r"package|resolution|blueprint|road ?map|framework|idea|working paper|draft|"
       # ("outlined a 10-point American program", "laid out his own parameters")
       r"program|programme|parameters|"
       r"version of (?:the |a |its )?(?:[\w,-]+ ){0,3}?plan))\b"),
)
