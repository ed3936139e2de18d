"""The cue lexicon, meetings and calls: talks held in person (met, visited, hosted, a working
lunch, an audience, shuttle diplomacy) and by telephone or video (spoke by phone, received a call
from, a videoconference), then the visits of `lexicon_visits.py`. `lexicon_coop.py` places them
among the other cooperative acts."""
from __future__ import annotations

from .cue_base import Cue, _c
from .lexicon_visits import VISIT_CUES
from .names import POST_NOUNS

# Where or when a courtesy call was paid, right after whom it was paid on ("called on Premier
# Zhu at Zhongnanhai", "... at his hotel", "... this morning"; not "called on Washington last
# night to sign": an appeal)
_CALL_WHERE_WHEN = (r"(?:(?:at|in) (?:the )?(?-i:[A-ZÀ-Ž])|at (?:his|her|the) (?:[\w-]+ ){0,2}?"
                    r"(?:residence|villa|home|office|palace|embassy|headquarters|hotel)\b|"
                    r"on \w+day\b(?! to\b)|yesterday\b|(?:this (?:morning|afternoon|evening)|"
                    r"today|tonight|last night)\b(?! to\b))")

MEETING_CUES: tuple[Cue, ...] = (
    _c("phone_call", "041", 0.9, "phone telephon spoke spoken speaking talked discussed video "
       "reached "
       "called received rang speaks had held has holds conferred hotline dial on placed picked "
       "exchanged in during over by took takes returned returns got discuss reached contacted",
       # ("held a telephone talk with", "in regular telephone contact with")
       r"\b(?:(?:tele)?phone (?:call|conversation|talks?|contacts?(?= with))|"
       r"spoke (?:overnight |late |briefly |"
       r"again |twice |later |earlier )?(?:by|on the|over the) "
       r"(?:tele)?phone|(?:spoke|spoken) (?:with|to) (?:[\w.'’-]+ ){1,4}?(?:by|on the|over the|"
       r"over an?) "
       r"(?:[\w-]+ )?(?:(?:tele)?phone|video (?:link|call|conference))|"
       r"phoned|telephoned|video (?:call|conference|link)|"
       r"received (?:a |an )?(?:[\w-]+ )?(?:(?:tele)?phone |video )?call (?:(?:late |early )?(?:on )?\w+day "
       r"(?:night |evening |morning )?|yesterday |today |tonight )?from|"
       # the passive: "Johnson was called by U.S. President Joe Biden on Saturday"
       r"(?:(?<=was )|(?<=were ))(?:called|telephoned|phoned|rung)(?= by (?:[\w.'’-]+ ){0,4}?"
       r"(?-i:[A-ZÀ-Ž]))|"
       # "took a call on Monday from Aliyev", "returned a call from Trump", "got on the phone
       # to Ozal", "discussed the fighting by telephone with Pashinyan"
       r"(?:took|takes|returned|returns) (?:a |an )?(?:(?:tele)?phone )?call "
       r"(?:(?:late |early )?on \w+ )?from|got on the (?:tele)?phone (?:to|with)|"
       r"discuss(?:ed|es) (?:[\w'’-]+ ){1,6}?(?:by|over the|on the) (?:tele)?phone with|"
       # "rang Zelensky", "spoke to Trump by phone", "had a call with", "held phone talks with",
       # "conferred by phone", "an online conversation", "a virtual summit", "a hotline"
       r"(?:rang|dial+ed) (?=(?-i:[A-ZÀ-Ž]))|"
       r"(?:spoke|speaks|spoken|talked) to (?:[\w.'’-]+ ){1,8}?(?:by|on the|over the) "
       r"(?:tele)?phone|"
       # ("held his first telephone talks with")
       r"(?:had|held|has|holds) (?:an? |their |his |her |its |a lengthy |a brief |a long )?"
       r"(?:first )?(?:(?:tele)?phone|"
       r"video|online|virtual) (?:call|talks|conversation|summit|meeting|conference)|"
       # "held a three-and-a-half-hour virtual summit"
       r"(?:had|held|has|holds) (?:an? |their )?[\w-]+-(?:hour|minute) (?:video|online|virtual) "
       r"(?:call|talks|conversation|summit|meeting|conference)|"
       r"(?:had|has|held) (?:an? |a lengthy |a brief |a long )?call with|"
       r"(?:had|held|has|holds) (?:an? )?(?:[\w-]+ )?video-?conference|"
       # "held working-level talks by video conference": talks held at a distance
       r"(?:had|held|has|holds) (?:[\w-]+ )?(?:talks|discussions|consultations|meetings?) "
       r"(?:by|via|over) (?:a |the )?(?:video-? ?(?:conference|link|call)|(?:tele)?phone)|"
       # an opening phrase names the call the main subject made: "In a call late on Wednesday,
       # Sharif spoke with...", "Over the telephone on Tuesday, Kishida briefed..."
       r"^\W*(?:In an? (?:[\w-]+ ){0,2}?(?:(?:tele)?phone |video )?"
       r"(?:call|conversation)(?! for)|(?:Over|By|On) the (?:tele)?phone)\b|"
       r"exchanged views (?:[\w'’-]+ ){0,3}?(?:by|over the|on the) (?:tele)?phone|"
       # (a hotline used, not one set up: "agreed to set up a hotline")
       r"conferred (?:by|on the|over the) (?:tele)?phone|(?:by|over|on|via) (?:the |a |an )?"
       r"(?:[\w-]+ ){0,2}?hotline|"
       r"hotline (?:call|conversation)|"
       r"called (?:his|her|their) (?:[\w-]+ )?counterparts?|"
       # ("called King Hussein of Jordan on Sunday night")
       r"called (?:(?-i:[A-ZÀ-Ž])[\w.'’-]* ){1,5}(?:of (?:the )?(?-i:[A-ZÀ-Ž])[\w'’-]* )?"
       r"(?=(?:on|late|early|yesterday|last|this|overnight|"
       r"to discuss|to offer|to express|from|tonight|today|twice|again|repeatedly)\b|\w+day\b)|"
       r"(?:(?:spoken|speaking|talked) |discussed (?:[\w'’-]+ ){0,8}?)(?:by|on the|over the) "
       r"(?:tele)?phone|"
       # "was on the phone with Barak", "spent the weekend on the telephone with", "placed a
       # call to Bush"
       r"on the (?:tele)?phone (?:with|to)|placed an? (?:(?:tele)?phone )?call to|"
       # "spoke by radio-telephone with Nasser", "reached Gorbachev by telephone"
       r"spoke by radio-?(?:tele)?phone|"
       # ("called Australian Foreign Minister Alexander Downer by telephone on Friday")
       r"reached (?:[\w.'’,-]+ ){1,8}?by (?:tele)?phone|"
       r"(?:called|contacted) (?:[\w.'’-]+ ){1,8}?by (?:tele)?phone|"
       # "spoke by transatlantic telephone last night with President Kennedy", "spoke for 90
       # minutes by phone on Thursday"
       r"(?:spoke|talked) (?:for (?:[\w-]+ ){1,2}?(?:minutes|hours?) )?by (?:trans-?atlantic |"
       r"long-distance |secure )?(?:(?:tele)?phone\b|video(?:-?conference| call| link)\b)|"
       r"picked up the (?:tele)?phone to|"
       r"called (?=(?-i:[A-ZÀ-Ž])\w+ (?:on|to discuss)))\b", joint=True),
    _c("meeting", "040", 0.85,
       "met meet held hold talks visit host sat play received negotiated summit paid confer spoke "
       "receives entertained "
       "spoken talked news press joint in consult began begin open resum start conclud wrap "
       "discuss continu complet conven had on during mediat wrapped wound ended kicked made "
       "undertook spent shook flew led greeted called exchang arriv became becomes rejoined "
       "hosted gave attended dined lunched breakfasted granted toured rolled sat dropped face "
       "one welcomed landed arrived stopped was were hosting receiving welcoming chair presided "
       "handed joined travel went drove headed about some nearly more hour hours day days two "
       "huddl launch saw laid accorded extended "
       "three four five six seven eight nine ten several",
       # (not "where the new boundary meets theirs": things meet too)
       r"\b(?:(?<!boundary )(?<!border )(?<!line )(?<!road )(?<!river )(?<!pipeline )"
       r"(?<!demand )(?<!criteria )(?<!standards )(?<!target )(?:met|meets)"
       # ("Slovenia met the EC's conditions for recognition": a test passed, no talks)
       r"(?! (?:the |its |their |all |these |those )?(?:[\w'’.-]+ ){0,2}?(?:conditions|criteria|"
       r"requirements|demands|targets?|deadlines?|standards|obligations|benchmarks|goals?)\b)"
       # ("met his Cabinet in emergency session": his own government, no diplomacy)
       r"(?! (?:his|her|its|their) (?:[\w-]+ )?(?:cabinet|aides|advisers|advisors|generals|"
       r"commanders|party|staff|security chiefs)\b)"
       r"|meeting with|"
       # "failed to narrow their differences in six hours of talks in London", "ended two
       # days of talks on Contadora": talks held, told by their length
       r"(?:(?<=ended )|(?<=concluded )|(?<=closed )|(?<=differences )|(?<=gap ))"
       r"(?:in )?(?:about |some |nearly |more than )?(?:\w+ )?(?:hours?|days?) of "
       r"(?:[\w-]+ )?(?:talks|negotiations|discussions)(?= (?:in|at|on|with)\b|[,.;])|"
       r"meetings with|held (?!(?:tele)?phone |video |online |virtual )"
       r"(?:\w+ )?(?:talks|contacts\b(?! with (?:the )?(?:press|media)))|hold (?:\w+ )?talks|"
       # "received visiting Brazilian President Lula", "wrapped up a three-day visit to Iran",
       # "made a rare, unannounced trip to Oman", "spent several hours with", "shook hands with",
       # "sat down together", "flew into Tehran", "led a delegation to Washington"
       r"received (?:visiting |the visiting )(?-i:[A-ZÀ-Ž])[\w.'’-]*|"
       # ("received the Soviet Premier, Alexei Kosygin, at Chequers"; not "received the backing
       # of the president")
       r"received the (?!(?:support|backing|approval|blessing|endorsement|letter|message|news|"
       r"report|credentials|assurance)s?\b)(?:[\w.'’-]+ ){0,4}?(?:envoy|delegation|minister|"
       r"president|ambassador|committee|mission|premier|chancellor|king|queen|emir|shah|sultan|"
       r"prince|secretary-general|secretary general|foreign secretary|"
       # ("received the Soviet Foreign Commissar, V. M. Molotov", "the Palestinian leader,
       # Yasir Arafat", "the US Secretary of State, Colin Powell"; not "the leader's letter")
       r"commissar|leader|secretary of state|representative|commissioner|negotiator)s?\b"
       r"(?!['’])|"
       r"(?:wrapped up|wound up|concluded|ended|began|started|kicked off|made|paid|undertook) "
       # ("began a 13-day visit to the United States yesterday")
       r"(?:an? |his |her |their |its )?(?:[\w,-]+ ){0,3}?(?:visit|trip|tour)s? (?:to|of)"
       r"(?= (?:the )?(?-i:[A-ZÀ-Ž]))|"
       # "spent two weeks in the kingdom last year", "spent three days in Beijing"
       r"spent (?:[\w-]+ ){1,3}?(?:days|weeks) in (?=(?-i:[A-ZÀ-Ž])|the (?:kingdom|country|"
       r"emirate|republic)\b)|"
       r"spent (?:[\w-]+ ){1,3}?(?:hours?|days|time|minutes|morning|afternoon|evening)"
       r"(?: (?:on|last|this|together))?(?: \w+day)? "
       r"with|shook hands with|"
       # "Rabin and King Hussein then shook hands" (the two, joined)
       r"shook hands\b(?! with)|"
       # a courtesy call: "called on Premier Zhu Rongji at Zhongnanhai" (not "called on X to")
       # ("called on President Valery Giscard d'Estaing at the Elysee Palace")
       r"called on (?:(?-i:d['’])?(?:(?-i:[A-ZÀ-Ž])[\w.'’-]*|"
       r"(?-i:bin|ibn|al|el|de|da|van|von|del|abu)) ){1,7}?"
       r"(?=" + _CALL_WHERE_WHEN + r"|\.)|"
       # "who called on the Secretary General, Mr. Dag Hammarskjold, on Tuesday", "called on
       # the Egyptian Foreign Minister, Dr. Mahmoud Fawzi, at his hotel"
       r"called on the (?:[\w-]+ ){0,2}?(?-i:Secretary[- ]General|President|Prime Minister|"
       r"Premier|Foreign Minister|Chancellor|King|Queen|Pope|Emir|Shah|Governor)"
       r"(?:, (?:(?-i:[A-ZÀ-Ž])[\w.'’-]* ){1,5}?(?-i:[A-ZÀ-Ž])[\w'’-]*(?=,))?"
       r"(?=,? " + _CALL_WHERE_WHEN + r")|"
       r"received (?:him|her|them)\b(?! (?:with|in) (?:anger|silence|dismay))|"
       r"sat down together|sat down (?:[\w-]+ ){1,6}?with(?= (?-i:[A-ZÀ-Ž])| the | his | her )|"
       # "held about two hours of talks", "handed the letter to Foreign Minister Tang"
       # ("held an hour and a half of private talks", "spent much of Tuesday in talks")
       r"held (?:about |nearly |some |more than |over )?(?:[\w-]+ ){1,2}(?:hours?|days?|rounds?)"
       r"(?: and a half)? of (?:[\w-]+ )?talks|"
       r"spent (?:[\w-]+ ){1,4}?in (?:[\w-]+ )?talks\b|"
       # a call paid: "Rice called on Col. Muammar el-Qaddafi in Tripoli on Friday" (not "called on
       # Qaddafi to release the prisoners": a demand)
       r"called on (?-i:[A-ZÀ-Ž])[\w.'’-]*(?: [\w.'’-]+){0,4} (?:in|at) (?-i:[A-ZÀ-Ž])[\w-]+"
       r"(?![^.;]{0,60}?\bto (?!the\b|a\b|an\b)(?-i:[a-z])+\b)|"
       # a host welcoming leaders: "Obama welcomed the leaders of the 10-nation ASEAN to"
       r"welcomed (?:the )?(?:[\w-]+ )?(?:leaders|heads of (?:state|government)|presidents|"
       r"prime ministers|foreign ministers) of (?=[^.;]{0,60}? to (?:the |his |her )?"
       r"(?-i:[A-ZÀ-Ž]))|"
       # "who saw Mr. Gromyko for an hour on Monday"
       r"saw (?=(?:(?-i:Mr\.|Mrs\.|Dr\.|M\.|Herr) )?(?-i:[A-ZÀ-Ž])[\w.'’-]*(?: (?-i:[A-ZÀ-Ž])"
       r"[\w.'’-]*){0,3} for (?:an? |half an |about |nearly |more than )?(?:\w+ )?"
       r"(?:hours?|minutes)\b)|"
       # ("spent much of their three hours of talks on energy")
       r"spent (?:much |most |part )?(?:of )?(?:their|the) (?:[\w-]+ ){0,2}?(?:hours?|days?) of "
       r"(?:[\w-]+ )?(?:talks|negotiations)\b|"
       # ("handed the Egyptian reply to the British Ambassador", "handed the document to
       # President Boris Tadic in Belgrade")
       r"handed (?:over )?(?:a |the |his |her |its |their )?(?:(?!protest)[\w-]+ ){0,2}?"
       r"(?:letter|message|note|reply|document|text|proposals|memorandum) to"
       r"(?= (?-i:[A-ZÀ-Ž])| the | his | her )|"
       # "They had a brief conversation on the sidelines of the BRICS summit"
       r"had an? (?:(?!(?:tele)?phone\b|video\b)[\w-]+ ){0,2}?(?:conversation|chat|encounter|"
       r"tete-a-tete) (?=on the "
       r"sidelines|with\b|at\b|in\b|during\b)|"
       # "sat down in the same room for the first time", "faced each other across a table"
       r"sat down (?:in the same room|at the same table|face to face)|faced each other\b|"
       # the passive: "Arafat was received at the Elysee Palace on Tuesday by Chirac"
       r"(?:(?<=was )|(?<=were ))received(?= (?:[\w'’.-]+ ){0,8}?by (?-i:[A-ZÀ-Ž]))|"
       r"flew into(?= (?-i:[A-ZÀ-Ž]))|greeted (?=(?-i:[A-ZÀ-Ž])|him\b|her\b|them\b)|"
       r"led (?:an? |his |her |its |their )?(?:[\w-]+ )?delegation to(?= (?-i:[A-ZÀ-Ž]))|"
       r"negotiated (?:late|through|into|until|for|since)\b|"
       # "spoke to reporters after meeting Scholz", "signed it after receiving Holst": a meeting
       # held (acts.py keeps the gerund)
       r"(?<=after )(?:meeting|receiving)(?= (?-i:[A-ZÀ-Ž]))|"
       r"(?<=following )(?:meeting|receiving)(?= (?-i:[A-ZÀ-Ž]))|"
       r"holds (?:\w+ )?talks|talks with|"
       # "began indirect talks", "opened a new round of talks", "held a summit", "concluded
       # two days of negotiations": a round of talks under way or just held
       r"(?:held|holds|holding|had|began|begins|opened|opens|resumed|resumes|started|starts|"
       r"concluded|concludes|wrapped up|continued|continues|completed|convened|ended|ends|"
       r"launched|launches) "
       r"(?:(?:an? |the |their |two |three |several )?(?:(?:[\w-]+ )?(?:round|days|hours|sessions?) "
       # ("wrapped up their first direct peace talks": three words after a determiner)
       r"of )?(?:[\w-]+ ){0,2}|(?:the|their) (?:[\w-]+ ){3})"
       r"(?:talks|negotiations|summit|consultations|dialogue)|"
       # "Boric, on a visit to Peru, said", "during his visit to Lima": the subject visits
       r"(?:on|during) (?:the (?:first|second|third|last|final) day of )?(?:an? |his |her |their |"
       r"its )(?:[\w-]+ ){0,2}?visit to(?= (?-i:[A-ZÀ-Ž]))|"
       r"meetings? (?:(?:at|in|on) (?:[\w'’-]+ ){1,4})?with|"
       r"(?:held|holds|holding) (?!out\b|(?:an? |their )?(?:(?:tele)?phone|video|online|virtual) )"
       r"(?:(?!not\b|no\b|to\b|in\b|whether\b|off\b)[\w-]+ ){1,6}?"
       r"(?:talks|negotiations|consultations|dialogue)|"
       r"talks (?:(?:in|at) (?:[\w'’-]+ ){1,2})?with|"
       # "had a long private talk yesterday with", "spent two and a half hours with President
       # Sadat" (not a talk by telephone or video: the call cues)
       r"(?:had|held) (?:an? |their )?(?:(?:long|brief|lengthy|private|frank|cordial|friendly|"
       r"useful|candid|informal|detailed|wide-ranging|closed-door|first|second|final|further|"
       r"separate|hour-long|[\w-]+-hour|[\w-]+-minute) ){0,3}"
       r"(?:talk|conversation|discussion|exchange|audience|session)s? (?:(?:yesterday|today|"
       r"tonight|last night|on \w+day|\w+day) )?with|"
       r"spent (?:[\w-]+ ){1,5}?(?:hours?|minutes|days?) (?:in talks |closeted )?with|"
       r"visit(?:ed|s|ing)|host(?:ed|s|ing)|sat down with|"
       # "The Kremlin played host on Tuesday to Xi", "Pope Francis receives Abbas at the
       # Vatican" (the present of a lead), "Thatcher entertained Gorbachev at Chequers" (an
       # envoy who "shuttled between" two capitals is not told meeting: the development gold)
       r"play(?:ed|s|ing) host (?:(?:on )?\w+day |(?:this|last) week |yesterday |today )?to|"
       r"(?:received|receives|entertained) (?=(?-i:[A-ZÀ-Ž]))|negotiated with|"
       # "Sir Alec and Mr. Smith negotiated the terms in Salisbury", "Medvedev and Sarkozy
       # negotiated the six-point ceasefire plan": the deal's text, talked out together
       # (not "Obama, whose administration negotiated the agreement": a past deal's makers)
       r"(?<!administration )(?<!government )"
       r"negotiated (?:the|a|an) (?:[\w-]+ ){0,3}?(?:terms|plan|clause|deal|agreement|accord|"
       r"settlement|treaty|ceasefire|cease-fire|truce|text|protocol|package)\b|"
       # "The Kremlin received a Hamas delegation led by Khaled Meshaal"
       r"received (?:an? |the |both |the two |two |all )(?:[\w-]+ ){0,3}?(?:delegation|envoy|"
       r"emissary|mission)s?\b|"
       r"summit with|paid (?:an? )?(?:\w+ )?visit|"
       # "Premier Khrushchev was host to President Kennedy at luncheon", "was host yesterday to"
       r"(?:was|were) (?:the )?hosts? (?:(?:yesterday|today|tonight|on \w+day|\w+day) )?to"
       r"(?= (?:[\w.'’-]+ ){0,4}?(?-i:[A-ZÀ-Ž]))|"
       # the host of the meeting itself: "Nazarbayev, who was host to the meeting in this new
       # capital", "Houphouet-Boigny of the Ivory Coast, host of the one-day meeting"
       r"(?:(?:was|were) (?:the )?|(?<=, )|(?<=, the ))hosts? (?:to|of) (?:the |a |an )?"
       r"(?:[\w-]+ ){0,2}?(?:meeting|talks|summit|conference|negotiations)\b|"
       # Gulf and Asian agency copy: "received at Bayan Palace this morning Bahraini Foreign
       # Minister X"
       r"received (?:at|in) (?:the )?(?-i:[A-ZÀ-Ž])[\w'’-]*(?: (?-i:[A-ZÀ-Ž])[\w'’-]*){0,2} "
       r"(?:(?:this|yesterday|today|on) ?\w* )?(?=(?-i:[A-ZÀ-Ž]))|"
       r"conferred(?! (?:by|on the|over the) (?:tele)?phone)|(?:spoke|spoken|talked) (?:\w+ )?with|"
       # "Johnson and Kosygin talked for more than five hours Friday"
       r"talked for (?:more than |nearly |almost |about |some |over )?(?:[\w-]+ )"
       r"(?:hours?|minutes)|"
       r"mediat(?:ed|es|ing) between|mediated (?:the )?(?:[\w-]+ )?(?:talks|negotiations)|"
       # table manners of diplomacy: "held a working lunch with", "dined with", "had an
       # audience with the Pope", "paid a courtesy call on", "received his Syrian counterpart",
       # "toured the ruins with", "rolled out the red carpet for", "sat across the table from"
       r"(?:held|had|hosted|gave|attended) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:lunch|dinner|"
       r"breakfast|banquet|luncheon) (?:(?:yesterday|today|on \w+day|\w+day) )?(?:with|for)"
       r"(?= (?-i:[A-ZÀ-Ž])| (?:his|her|the|visiting)\b)|"
       # ("dined at the ambassador's residence with the leaders of 11 countries")
       r"(?:dined|lunched|breakfasted) (?:(?:at|in) (?:[\w.'’-]+ ){1,5}?)?with|"
       # "huddled with Zarif for two hours", "Tsipras, Merkel and Hollande huddled in a small
       # room for three hours"; "sat down on Monday for five hours of talks"
       r"huddled (?:together )?(?:with|(?:in|at) (?:[\w'’-]+ ){1,4}?for (?:[\w-]+ ){1,4}?"
       r"(?:hours?|minutes))\b|"
       r"sat down (?:(?:on |late |early )?\w+ )?for (?:[\w-]+ ){0,4}?(?:talks|negotiations|"
       r"discussions)\b|"
       # "The two Prime Ministers held a final two-hour session at Government House"
       r"held (?:an? |their )(?:(?:final|first|second|last|private|closed-door|one-on-one|"
       r"[\w-]+-hour|[\w-]+-minute|long|brief) ){1,3}sessions?\b|"
       r"(?:had|was granted|were granted|received|granted) (?:an? |the )?(?:[\w-]+ ){0,2}?"
       r"audience (?:with|to)|paid (?:an? )?(?:courtesy |farewell )?call on|"
       r"received (?:his|her|their|its) (?:[\w-]+ ){0,2}?counterparts?|"
       r"toured (?:[\w'’-]+ ){1,6}?with(?= (?-i:[A-ZÀ-Ž])| (?:his|her|their) )|"
       r"rolled out the red carpet for|sat across the table from|dropped in on|"
       # "who chaired most of the sessions": the chair sat at the talks (not "X, who chaired
       # the meeting, said": an aside on who is speaking, which the annotators leave unread)
       r"(?:chair(?:ed|s|ing) (?:most of the |all the |a |an )|(?<!who )(?<!who has )"
       r"(?<!who had )chair(?:ed|s|ing) (?:the )?)(?:[\w-]+ ){0,2}?(?:sessions?|"
       r"talks|meetings?|negotiations|summit|conference|round)\b|"
       r"presided over (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:talks|meetings?|negotiations|summit|"
       r"conference|sessions?|ceremony|signing)\b|"
       # "stopped in Havana to see his ally", "was given a red-carpet welcome in Islamabad",
       # "Hosting Sheikh Hasina in New Delhi, Modi said" (acts.py: the main subject's)
       r"(?:stopped (?:over )?|made an? (?:[\w-]+ )?stop(?:over)? )in (?-i:[A-ZÀ-Ž])[\w'’-]+ "
       r"(?:[\w,-]+ ){0,4}?to (?:see|meet|visit)\b|"
       # "Calling from Kennebunkport, Bush spoke to President Turgut Ozal" (a call: the
       # sentence says so), "spoke to his French counterpart"
       r"spoke to (?=(?:his |her |their )?(?:[\w-]+ )?(?:counterparts?|President|Prime Minister|"
       r"Premier|Chancellor|King|Queen|Emir|Crown Prince|Foreign Minister|Secretary of State)\b)|"
       r"(?:was|were) given an? (?:[\w-]+ ){0,2}?welcome|"
       # the host's side: "Hanoi laid on a full ceremonial welcome for Modi", "gave President
       # Nixon a red-carpet welcome"
       r"(?:laid on|gave|accorded|extended) (?:(?-i:[A-ZÀ-Ž])[\w.'’-]* ){0,4}an? (?:[\w-]+ ){0,3}?"
       r"welcome\b|"
       r"^\W*(?:Hosting|Receiving|Welcoming) (?=(?:visiting |his |her |the )?(?-i:[A-ZÀ-Ž]))|"
       r"(?:face-to-face|one-on-one) (?:encounter|meeting|talks) with|"
       # "held a 90-minute meeting in Munich", "a private meeting of nearly an hour" (not "a
       # cabinet meeting": its own people; not "a meeting of the council"), "held
       # a bilateral with", "exchanged pleasantries", "dined together", "spent two days in
       # talks", "joined Biden for lunch", "flew to Ramallah on Friday to see Abbas", "flew to
       # San Salvador the same evening for talks with the President"
       r"(?:held|had) (?:an? |their )?(?:(?!cabinet\b|party\b|staff\b|security\b|news\b|"
       r"press\b|emergency\b)[\w-]+ ){0,2}?meetings?(?! of\b(?! (?:nearly |about |almost |more "
       r"than |over |some )?[\w-]+ (?:hours?|minutes)\b))|"
       r"(?:held|had) an? bilateral (?:meeting )?with|"
       r"exchanged (?:pleasantries|greetings|a handshake|handshakes)|"
       r"(?:dined|lunched|breakfasted) together|(?:had|ate|took) (?:an? )?(?:[\w-]+ )?(?:breakfast|"
       r"lunch|luncheon|dinner|supper) together|"
       r"spent (?:[\w-]+ ){1,3}?(?:hours?|days|weeks) in (?:[\w-]+ )?(?:talks|negotiations)|"
       r"joined (?:[\w.'’-]+ ){1,6}?for (?:an? )?(?:[\w-]+ )?(?:lunch|dinner|breakfast|talks)\b|"
       # ("drove across the city to see Prime Minister Shastri", "traveled to the jungle to
       # meet FARC leader Manuel Marulanda")
       r"(?:flew|travell?ed|went|drove|headed) (?:(?:to|across|out|into) (?:the )?"
       r"(?:[\w,'’-]+ ){0,5}?)?"
       r"(?:to (?:see|meet(?: with)?)|for (?:talks|a meeting|consultations) with)"
       r"(?= (?:(?-i:[A-ZÀ-Ž])[\w'’-]* (?-i:[a-z])+ )?(?-i:[A-ZÀ-Ž])| (?:his|her|the)\b)|"

       # the host in the passive: "Abbas was welcomed at the Elysee Palace by Chirac"
       # ("The summit, chaired by Nigerian leader Sani Abacha, ended"; a reduced relative)
       # ("Genscher was later received by Prime Minister Tadeusz Mazowiecki")
       r"(?:(?<=was )|(?<=were )|(?<=summit, )|(?<=meeting, )|(?<=talks, )|(?<=conference, )|"
       r"(?<=was later )|(?<=were later )|(?<=was also )|(?<=were also )|(?<=was then )|"
       r"(?<=were then ))"
       r"(?:welcomed|greeted|hosted|chaired|received)(?= (?:[\w'’.,-]+ ){0,10}?by "
       r"(?:(?-i:[A-ZÀ-Ž])|(?:his|her|their) (?:[\w-]+ )?(?:counterpart|host)s?\b))|"
       # "were chaired by the European Union foreign policy chief, Javier Solana", "hosted
       # by the Community of Sant'Egidio" (not "welcomed by the Prime Minister": a plan is
       # welcomed too)
       r"(?:(?<=was )|(?<=were )|(?<=was later )|(?<=were later ))"
       r"(?:greeted|hosted|chaired|received)(?= (?:[\w'’.,-]+ ){0,10}?by the "
       r"(?:(?-i:[A-ZÀ-Ž])|(?:[\w.'’-]+ ){0,5}?" + POST_NOUNS + r",? (?-i:[A-ZÀ-Ž])))|"
       # a visit's first step: "landed in the Maldives on his first trip abroad", "arrived in
       # Peking on Monday, beginning the first visit by"
       r"(?:landed|arrived) in (?:the )?(?:(?:[\w-]+ ){0,2}?(?:city|capital|port|town|province|"
       r"region) of )?(?-i:[A-ZÀ-Ž])[\w'’-]+(?: (?-i:[A-ZÀ-Ž])[\w'’-]+)?"
       r"(?=[^.;]{0,80}?\b(?:visit|trip|tour|talks)\b)|"
       # a first visit, talks taken up again: "became the first Turkish president to visit
       # Armenia", "rejoined the negotiations in March"
       r"(?:became|becomes) the first (?:[\w-]+ ){1,4}?to visit(?= (?-i:[A-ZÀ-Ž]))|"
       r"rejoined (?:the )?(?:[\w-]+ )?(?:talks|negotiations)|"
       # state-agency copy: "Qian and Lee exchanged views on bilateral relations", "arrived here
       # Sunday afternoon for a three-day official visit"
       r"exchanged views (?:on|with|over)|"
       r"arriv(?:ed|ing) (?:here|in (?-i:[A-ZÀ-Ž])\w+) (?:[\w-]+ ){0,3}?for an? (?:[\w-]+ )?"
       r"(?:official |state |working |goodwill )?visit|"
       # "discussed the crisis with Blair": talks (a call says so: "by telephone")
       r"discuss(?:ed|es) (?:(?!(?:tele)?phone\b|by\b)[\w'’-]+ ){1,6}?with"
       r"(?! (?:the )?(?:press|reporters|journalists))|"
       # Acts named by a noun: "at a joint news conference with X", "in consultation with X".
       r"(?:joint )?(?:news|press) conference with|in (?:close )?consultations? with|"
       # (not a means wished for: "willing to resolve frictions through consultation with")
       r"(?<!through )(?<!by )(?<!via )consultations? with)\b", joint=True),
    # Broadcast wordings, a cue of their own so that common first words ("put", "got") do not
    # try the long call cue above: "Rice put in a call to Lavrov", "Yeltsin got through to
    # President Bush", "contacted his Indian counterpart on the hot line"
    _c("phone_call", "041", 0.9, "put got contacted contacts",
       r"\b(?:put (?:in|through) (?:a |an )?(?:urgent |(?:tele)?phone )?call to|"
       r"got through (?:by (?:tele)?phone )?to(?= (?:[\w.'’-]+ ){0,3}?(?-i:[A-ZÀ-Ž]))|"
       r"contact(?:ed|s) (?:[\w.'’-]+ ){1,5}?(?:by|on|over|via) (?:the |a )?(?:direct )?"
       r"(?:(?:tele)?phone|hot ?line|video link))\b", joint=True),
    # Shuttle diplomacy: "travelled repeatedly between Addis Ababa and Asmara" is the
    # mediator's meetings with each side, not a meeting of the two sides with each other.
    _c("meeting", "040", 0.8, "shuttl travel",
       r"\b(?:shuttled|shuttles|shuttling|travell?ed(?: repeatedly| back and forth)?) "
       r"between(?= (?-i:[A-ZÀ-Ž]))"),
    # "Kennedy and Adenauer discussed the issue at the White House": two sides who discussed
    # a thing together met (`two_sides`: not one subject, "X discussed it at a news
    # conference", nor inside what a speaker says; by telephone, the call cue reads it; "said
    # the two had discussed" is what was said of a meeting, "also discussed" a further topic of
    # one told already)
    _c("meeting", "040", 0.8, "discussed",
       r"\b(?<!had )(?<!have )(?<!also )discussed\b"
       r"(?! (?:[\w'’,-]+ ){0,8}?(?:by|over the|on the|in a) (?:tele)?phone)",
       joint=True, two_sides=True),
    # "a surprise deal brokered by China", "after two days of talks facilitated by Malaysia":
    # the go-between sat with the sides (subjects.py reads the by-phrase as the agent)
    _c("meeting", "040", 0.7, "broker mediat facilit",
       r"(?:(?<=deal )|(?<=talks )|(?<=accord )|(?<=agreement )|(?<=negotiations )|"
       r"(?<=truce )|(?<=ceasefire )|(?<=cease-fire )|(?<=settlement )|(?<=pact )|"
       r"(?<=process )|(?<=declaration ))(?:brokered|mediated|facilitated)(?= by\b)"),
    # "told Bashir during a meeting Tuesday": the two in the clause met (acts.py pairs them).
    _c("meeting", "040", 0.75, "during at",
       r"\b(?:during|at) (?:a|an|the|their) (?:[\w-]+ )?meeting\b(?! (?:of|with|on the)\b)",
       joint=True),
    # "attended the signing ceremony", "the talks were attended by Annan and Albright": being
    # there is meeting those there (no one side to name)
    # ("who took part in the talks", "participated in the negotiations in Vienna")
    _c("meeting", "040", 0.7, "attended took participated",
       r"\b(?:attended|took part in|participated in)(?= by\b| (?:the|a|an|[\w'’-]+['’]s) "
       r"(?:[\w-]+ ){0,3}?(?:talks|meeting|summit|ceremony|"
       r"signing|conference|session|funeral|inauguration|swearing-in|celebrations?|dinner|"
       r"banquet|reception|negotiations|consultations)\b)"),
) + VISIT_CUES
