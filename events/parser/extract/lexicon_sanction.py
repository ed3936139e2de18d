"""The cue lexicon, sanctions (CAMEO 16, 17): measures imposed, diplomats expelled, ties cut
or frozen, aid halted, a state suspended from a body. Kept apart from `lexicon.py`, whose
adversarial cues include them in this place (order matters only for ties)."""
from __future__ import annotations

from .cue_base import DAY, VOTE_WORDS, Cue, _c
from .sanction_words import ENVOYS_AND_TIES, MISSION_HEADS

SANCTION_CUES: tuple[Cue, ...] = (
    # a member suspended or expelled, told in the passive: "Madagascar was suspended from the
    # SADC", "Paraguay was suspended from Mercosur ... by the presidents" (the body acts:
    # subjects.actors_for_cue)
    _c("sanction", "16", 0.8, "suspended expelled excluded",
       r"(?:(?<=was )|(?<=were )|(?<=been ))(?:suspended|expelled|excluded) (?:[\w'’-]+ ){0,2}?from"
       # ("was suspended from the councils of the Commonwealth", "was excluded from
       # participation in the inter-American system")
       r"(?= (?:the )?(?:[\w-]+ of (?:the )?)?(?-i:[A-ZÀ-Ž])| participation in)"),
    # diplomats expelled, told in the passive with no agent: "Four Russian diplomats have been
    # ordered to leave the country" (the state that announces it acts: subjects.py)
    _c("sanction", "16", 0.8, "ordered expelled declared",
       # (not "allow those who had been expelled to recover their belongings")
       r"(?:(?<=was )|(?<=were )|(?<=been ))(?<!who were )(?<!who was )(?<!who had been )"
       r"(?<!who have been )(?:ordered to (?:leave|quit)|expelled(?! from)|"
       r"declared persona non grata)\b"),
    _c("sanction", "16", 0.85,
       "impos sanction expel recalled recalling recalls withdrew sever cut froze frozen freez new "
       "adopted revok scrap terminat renounc abrogat tore tear nationali expropriat "
       "summoned called "
       "deport "
       "package suspend "
       "broke ban blacklist downgrad closed order declar shut slapped slap placed levied voted "
       "withheld withholds halted halts gave given gives added put tighten toughen extend expand widen "
       "renew stepped barred signed retaliat punitive anti countervail lowered reduced scaled "
       "announc revoked scrapped withdr decided break removed pull switch agreed closing closes "
       "restrict end reimpos froze frozen freez quit asked told instructed boycott denied "
       "broken withholding halting refused revoked cancel pulled stopp maintain kept keeps barring",
       # (a measure announced for later is one decided: "said it would impose equivalent
       # duties on U.S. products", "would sever relations with Taipei"; on a condition, "would
       # impose sanctions if", a threat)
       r"\b(?:(?:(?:re)?impos(?:ed|es|ing)|slapped|placed|levied|"
       r"(?:(?<=would )|(?<=will ))(?:impose|slap|levy)(?![^.;]{0,80}\b(?:if|unless)\b)) "
       r"(?:a |an |its |their )?"
       r"(?:new |fresh |further |more |tough |tougher |first |second |round of )*"
       r"(?:[\w-]+ ){0,4}(?:sanctions|embargo|tariffs|ban|bans|blockade|duties|bonds|freezes|"
       r"penalties|"
       # the EU's word for its sanctions: "imposed restrictive measures on 40 officials"
       r"(?<=restrictive )measures|(?<=punitive )measures|(?<=retaliatory )measures)|"
       r"adopted (?:new |further |additional )?restrictive measures|"
       # "the General Assembly voted an embargo on shipments of arms"
       r"voted (?:an? |the )(?:[\w-]+ ){0,3}?(?:embargo|sanctions|ban) (?:on|against)|"
       # "Washington has maintained a trade embargo against Cuba for nearly five decades"
       r"(?:maintain(?:ed|s)|kept|keeps) (?:a |an |its |their |the )?(?:[\w-]+ ){0,2}?"
       r"(?:embargo|sanctions|blockade) (?:on|against)|"
       # "ordering the reimposition of the toughest U.S. sanctions on Tehran"
       r"(?:ordered|ordering|announced|announcing) the (?:re)?imposition of (?:[\w.'’-]+ ){0,4}?"
       r"(?:sanctions|tariffs|embargo)|"
       # "froze Armenia's participation in the Moscow-led Collective Security Treaty
       # Organization", "cutting ties with Nauru"
       r"(?:froze|freez(?:es|ing)|frozen|suspend(?:ed|s|ing)) (?:[\w'’-]+ ){0,2}?participation in|"
       # ("Turkey on Sunday froze its political dialogue with the European Union", "Australia
       # froze defence links with Paris")
       r"(?:froze|freez(?:es|ing)) (?:its |their |all )?(?:political |diplomatic |high-level |"
       r"defen[cs]e |military )?(?:dialogue|contacts|ties|relations|links|cooperation) with|"
       r"cutting (?:off )?(?:its |their |all )?(?:diplomatic )?(?:ties|relations) with|"
       # ("voted unanimously today to impose a mandatory embargo", "voted 13-0 on Monday to
       # impose a sweeping trade and military embargo")
       r"voted " + VOTE_WORDS + r"to (?:impose|extend|tighten|maintain|renew|expand) "
       r"(?:an? |the |new |its )?(?:[\w-]+ ){0,5}?(?:sanctions|embargo|ban)|"
       # "has signed an order banning all American trade with Iran"
       r"signed (?:an? |the )?(?:executive )?(?:order|decree|law|bill) (?:banning|barring|"
       r"imposing|freezing|halting|suspending|prohibiting|cutting)|"
       # "voted 10-0 Tuesday to ban all flights to Libya", "has decided to suspend diplomatic
       # relations with", "agreed on Sunday to suspend Syria's membership"
       r"(?:voted|decided|agreed) " + VOTE_WORDS + r"to (?:(?:ban|bar) "
       r"(?:all |senior |its |their )?(?:[\w-]+ )?(?:officials|leaders|members|diplomats) from|"
       r"ban (?:all )?(?:[\w-]+ )?"
       r"(?:flights|imports|exports|arms|trade|travel)|halt (?:all )?(?:[\w-]+ )?(?:arms sales|"
       r"trade|aid|flights)|(?:suspend|sever|break off|cut|freeze|downgrade) (?:all |its )?"
       r"(?:[\w-]+ )?(?:diplomatic |military )?(?:ties|relations|aid|contacts|links)|"
       r"bar (?:[\w'’-]+ ){1,3}from|"
       # "voted on Saturday to suspend Syria's membership"
       r"suspend (?:[\w'’-]+ ){1,2}?membership|"
       # "voted on Saturday to suspend Honduras from the organisation", "voted to suspend
       # technical assistance to North Korea"
       r"suspend (?-i:[A-ZÀ-Ž])[\w'’-]+(?: (?-i:[A-ZÀ-Ž])[\w'’-]+)? from|"
       r"suspend (?:all )?(?:[\w-]+ )?(?:assistance|cooperation|aid) (?:to|with)|"
       # "has decided to halt all oil exports to the United States", "decided to freeze the
       # third package of yen loans to China"
       r"(?:halt|freeze|suspend|stop|cut off) (?:all |the |its )?(?:[\w-]+ ){0,4}?(?:exports|"
       r"shipments|deliveries|supplies|loans|credits) (?:to|for)\b)|"
       # (not "sanctioned the presence of Syrian troops": allowed it)
       r"sanction(?:ed|s|ing) (?=(?-i:[A-ZÀ-Ž])|an? |the (?!presence|use|deployment|entry|"
       r"return|stationing|sale|transfer)|"
       r"(?:\w+ ){0,3}(?:officials|companies|firms|entities|individuals|banks|militias?)\b)|"
       r"expell?(?:ed|s|ing)? (?:[\w'’.-]+ ){0,4}(?:diplomats?|ambassadors?|envoys?|attach[eé]s?|"
       + MISSION_HEADS + r"|"
       r"officials?|(?:members|staff) of|(?:military |defen[cs]e )advis[eo]rs|correspondents?|"
       r"journalists|"
       r"(?:military )?(?:trainers|instructors|personnel)|(?:monitoring |inspection )?team of|"
       # ("North Korea expelled inspectors of the International Atomic Energy Agency")
       r"inspectors|monitors|observers)|"
       # "closed NATO's supply routes into Afghanistan", "shut the Torkham crossing for 10 days",
       # "ordered the United States to vacate an air base" (CAMEO 166, 172)
       # (a named crossing: "Snow closed the border crossing" is no one's act)
       r"(?:closed|shut|closing|shutting) (?:[\w'’.-]+ ){0,3}?supply (?:routes?|lines)|"
       r"(?:closed|shut|closing|shutting) the (?-i:[A-ZÀ-Ž])[\w-]+ (?:border )?crossing|"
       r"(?:order(?:ed|ing|s) (?:[\w.'’-]+ ){1,4}?|(?:gave|gives|giving) (?:[\w.'’-]+ ){1,4}?"
       r"(?:\d+|\w+) (?:hours|days|weeks|months) )to (?:vacate|leave|quit) (?:an? |the |its )?"
       r"(?:[\w-]+ ){0,3}?(?:base|embassy|consulate|territory)|"
       # ("ordered 25 British diplomats, journalists and businessmen to leave the country",
       # "ordered the American Peace Corps out of the country")
       r"order(?:ed|ing|s) (?:[\w.'’,-]+ ){1,8}?(?:to (?:vacate|leave|quit) (?:the )?|out of the )"
       r"country|"
       # military ties undone: "revoked their country's military agreements with Paris",
       # "was ending its defence cooperation agreement with France", "tore up its defence
       # accords"
       r"(?:revok|scrapp?|terminat|cancel+|renounc|abrogat|end)(?:ed|es|s|ing)? "
       r"(?:its |their |the |all )?"
       r"(?:[\w'’]+['’]s |an )?(?:(?:military|defen[cs]e|security|intelligence(?:-sharing)?) "
       r"(?:cooperation )?(?:agreements?|"
       r"accords?|pacts?|treat(?:y|ies))|(?:military|defen[cs]e|security) cooperation)|"
       r"(?:tore|tears|tearing) up (?:its |their |the )?(?:military|defen[cs]e|security) "
       r"(?:cooperation )?(?:agreements?|accords?|pacts?|treat(?:y|ies))|"
       # "nationalised the local assets of British Petroleum" (CAMEO 17, seizure)
       r"(?:nationali[sz]|expropriat)(?:ed|es|ing) (?:the )?(?:[\w-]+ ){0,2}?(?:assets|holdings|"
       r"property|properties|interests|operations|subsidiar(?:y|ies)) of|"
       # "put the 1960 Indus Waters Treaty 'in abeyance'"
       r"put (?:[\w'’.-]+ ){1,6}?[\"“']?in abeyance|"
       + ENVOYS_AND_TIES +
       r"(?:froze|frozen|freez(?:es|ing)) (?:[\w'’$.,-]+ ){0,6}(?:assets|funds|accounts|aid|"
       r"trade|investments?|imports|exports|deposits|reserves|holdings|balances|"
       r"assistance|transfers?|funding|loans|credits|"
       r"payments)"
       # ("suspended the delivery of four F-16 fighter-bombers to Israel")
       r"|new sanctions|package of sanctions|(?:withheld|withholds|withholding|halted|halts|halting|"
       # ("was stopping all oil exports to the United States")
       r"suspended|suspends|suspending|stopped|stopping) "
       r"(?:\w+ ){0,3}"
       r"(?:aid|assistance|trade|imports|exports|flights|shipments?|arms sales|payments|"
       r"cooperation|deliveries|delivery|supplies|sales?|funding|financing|lending|loans|"
       r"credits)|"
       # "has denied a diplomatic visa to Modi", "barred 963 Americans ... from entering Russia"
       r"(?:denied|refused|revoked|cancell?ed) (?:an? |the |his |her |their )?(?:[\w-]+ )?"
       r"visas? (?:to|for)|barred (?:[\w,'’.$-]+ ){1,16}?from entering|"
       # a state's team kept from the Games: "Moscow pulled out of the Los Angeles Olympics"
       r"(?:pulled out of|boycott(?:ed|s)|withdrew from) (?:the )?(?:[\w-]+ ){0,3}?"
       r"(?:Olympic Games|Olympics)|"
       r"suspend(?:ed|s|ing) (?:[\w'’$.,-]+ ){0,7}?(?:aid|assistance|delivery|"
       r"ties|relations|cooperation|imports|exports|trade|flights|contacts|links|"
       r"(?:export|import) (?:permits|licen[cs]es)|arms sales|shipments|deliveries|"
       r"transfers? of (?:[\w-]+ ){0,2}?(?:revenues?|funds|payments)|membership|"
       r"rights of (?:representation|membership)|voting rights|credentials)|"
       # "removed South Korea from its white list of trusted trading partners"
       r"removed (?:[\w'’.-]+ ){1,4}?from (?:its|the|their) (?:[\w-]+ ){0,2}?(?:white ?list|"
       r"list of (?:trusted|preferred|favou?red))|"
       # ("barred the export of American oil and gas equipment to the Soviet Union")
       r"barred the (?:export|import|sale|shipment)s? of|"
       r"bann(?:ed|ing) (?:[\w-]+ ){0,3}(?:imports|exports|flights|apps|"
       r"products|goods|airlines|vessels|shipments|sales|deliveries|purchases)|"
       r"blacklist(?:ed|s)|(?:downgrad(?:ed|es|ing)|lowered|reduced|scaled back) "
       r"(?:(?:\w+ ){0,2}(?:ties|relations|representation)|"
       # "reduced their missions in Tirana to the level of charge d'affaires"
       r"(?:its |their )?(?:diplomatic )?(?:missions?|embassy|embassies|legations?) "
       r"(?:in (?:[\w'’-]+ ){1,2})?to (?:the level of )?(?:a )?charg[eé])|"
       # ("closed the two Hungarian consulates in New York and Cleveland")
       r"closed (?:its|their|the) (?:[\w-]+ ){0,2}?(?:embassy|embassies|consulates?)|"
       r"(?:closed|closing|closes) (?:its |their )?"
       r"(?:[\w'’-]+ ){0,3}?(?:airspace|"
       r"border|borders|ports?) (?:to|with|between)|(?:ordered|announced|imposed) an? (?:[\w-]+ )?"
       r"freeze on|"
       # "ordered China to close its consulate in Houston"; "added Lockheed Martin to its
       # unreliable entity list"
       r"order(?:ed|s) (?:[\w.'’-]+ ){1,4}?to close (?:its|their|the) (?:[\w-]+ )?"
       r"(?:embassy|consulate|mission|office)|"
       r"add(?:ed|s) (?:[\w.'’&,-]+ ){1,12}?to (?:its|the|their|a) (?:[\w-]+ ){0,2}?"
       r"(?:entity|sanctions?|export control) list|(?:ordered|announced) the closure of "
       r"(?:[\w.'’]+ ){0,3}?(?:embassy|consulate|mission)|order(?:ed|s) (?:an? |the )?(?:\w+ ){0,4}"
       r"(?:embargo|blockade|boycott|ban on)|"
       # "Putin ordered a temporary halt to passenger flights from Russia to Georgia"
       # ("ordered a halt on Friday to the sale of American grain")
       r"order(?:ed|s) (?:an? |the )?(?:\w+ )?(?:halt|suspension|freeze) (?:" + DAY + r" )?"
       r"(?:to|of|on) (?:all )?"
       r"(?:[\w-]+ ){0,2}?(?:flights|imports|exports|trade|deliveries|shipments|aid|sales?|"
       r"assistance|supplies|cooperation|contacts|visas?)\b|"
       r"shut(?:s|ting)? (?:down )?(?:[\w'’]+ ){0,3}(?:outlets|"
       r"pipelines?|ports?|borders?|airspace)|order(?:ed|ing) (?:[\w'’.-]+ ){0,4}(?:diplomats?|"
       r"envoys?|ambassadors?|officials?|advis[eo]rs|experts|personnel|staff|nationals|"
       r"journalists|correspondents)(?: (?:of|in) (?:the )?[\w .'’-]{1,50}?| suspected of "
       r"[\w .'’-]{1,50}?|"
       # ("ordered the Soviet ambassador, Daniil Solod, to leave Guinea", "ordered North
       # Korea's ambassador Kang Chol to leave", "ordered five American diplomats expelled")
       r",? (?:(?-i:[A-ZÀ-Ž])[\w.'’-]* ){0,3}(?-i:[A-ZÀ-Ž])[\w'’-]*,?)? (?:to leave|out|"
       r"expelled)|"
       # "Pakistan retaliated with similar measures"; "would withdraw its remaining consular
       # staff from Venezuela"
       r"retaliat(?:ed|es|ing) with (?:similar|reciprocal|tit-for-tat|equivalent|its own|"
       r"their own|matching) (?:measures|sanctions|expulsions|steps|tariffs|moves)|"
       r"withdr(?:aw|ew|awn|aws|awing) (?:its|their|all) (?:[\w-]+ ){0,2}?(?:staff|personnel|"
       r"diplomats)|"
       # "asked the EU and U.S. ambassadors to leave Minsk", "told the Lebanese charge
       # d'affaires to leave within 48 hours", "banned entry to 25 British officials"
       r"(?:asked|told|instructed|gave) (?:[\w.'’-]+ ){0,5}?(?:ambassadors?|envoys?|diplomats?|"
       + MISSION_HEADS + r") (?:[\w.'’-]+ ){0,3}?to leave|"
       r"(?:banned|barred|denied) entry to|"
       # "barred Belarusian airlines from EU airspace"
       r"(?:banned|barred) (?:[\w'’-]+ ){0,2}?(?:airlines|carriers|flights|aircraft|vessels|ships) "
       r"from|"
       # "announced a boycott of Danish goods" (a boycott of talks is a refusal)
       r"boycott (?:of|on) (?:[\w'’-]+ ){0,2}?(?:goods|products|imports|exports|companies|firms|"
       r"trade|brands)|"
       r"(?:froze|frozen|suspended) "
       r"(?:its|their) (?:participation|membership)|"
       # ("declared the defence, naval and air advisers at the Pakistan High Commission persona
       # non grata")
       r"declared (?:[\w'’.,-]+ ){0,12}?persona non grata|"
       # CAMEO 16/17 as wire copy words them: "gave American diplomats 72 hours to leave",
       # "suspended Mali from all its activities", "added Huawei to its trade blacklist",
       # "tightened its embargo on Cuba", "barred 963 Americans from entering"
       # (but "48 hours to leave Iraq or face military conflict" is an ultimatum, a threat)
       r"(?:gave|given|gives) (?:[\w'’.,-]+ ){1,7}?(?:\d+|\w+) (?:hours|days) to leave(?![^.;]{0,40}\bor face\b)|"
       # "ordered out 60 Russians", "Australia expelled two on Tuesday", "withdrew the
       # accreditation of seven members"
       r"ordered out (?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens)\b|"
       r"expell?(?:ed|s) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens)\b|"
       r"withdr(?:ew|awn) (?:the )?accreditation|"
       r"suspend(?:ed|s|ing) (?-i:[A-ZÀ-Ž])[\w.'’-]*(?: (?-i:[A-ZÀ-Ž])[\w.'’-]*)?"
       r"(?:(?:'s|’s) membership| from)|"
       # "The Commonwealth suspended Fiji after the 1987 coups" (not "suspended Monday's talks")
       r"suspend(?:ed|s|ing) (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
       r"January|February|March|April|May|June|July|August|September|October|November|"
       r"December)\b)(?-i:[A-ZÀ-Ž])[\w.'’-]*(?: (?-i:[A-ZÀ-Ž])[\w.'’-]*)?"
       # ("suspended Mali and Burkina Faso after coups")
       r"(?:(?:,| and) (?-i:[A-ZÀ-Ž])[\w.'’-]*(?: (?-i:[A-ZÀ-Ž])[\w.'’-]*)?)*(?=\s+(?:after|over|"
       r"following|until|indefinitely|late|early|on \w+day)\b|\s*[,.;])|"
       # "Washington suspended joint military operations with Honduras"
       r"suspend(?:ed|s|ing) (?:all |its |their )?(?:joint )?(?:military )?(?:operations|"
       r"exercises|cooperation|contacts|ties) with|"
       r"(?:added|put|placed) (?:[\w'’.-]+ ){1,5}?(?:to|on) (?:its|the|a|their) (?:[\w-]+ ){0,2}?"
       r"(?:blacklist|entity list|sanctions list|(?:terror(?:ism|ist)? )?list of)|"
       r"(?:tightened|toughened|extended|expanded|widened|renewed|stepped up) "
       r"(?:its |the |their )?(?:[\w-]+ ){0,2}?(?:sanctions|embargo|blockade)|"
       # ("banned President Alexander Lukashenko of Belarus and 30 of his officials from
       # entering the bloc", "barring Min Aung Hlaing from its annual summit")
       r"(?:barred|banned|barring|banning) (?:[\w,.'’-]+ ){1,12}?from (?:entering|travell?ing|"
       r"operating|trading|doing business|its airspace|"
       r"(?:its|their) (?:airspace|territory|ports)|(?:its|the|their) (?:[\w-]+ ){0,2}?"
       r"(?:summits?|meetings?|sessions?))|"
       r"signed (?:into law )?(?:an? |the )?(?:[\w-]+ ){0,5}?(?:sanctions|embargo) (?:act|bill|law|"
       r"legislation)|"
       r"(?:retaliatory|punitive|anti-dumping|countervailing) (?:tariffs|duties|sanctions)|"
       # "announced sanctions on U.S. defence contractors", "cut off nearly all trade with",
       # "withdrew the Most Favoured Nation status granted to Pakistan"
       r"announced (?:new |fresh |further |its |their )?(?:[\w-]+ )?sanctions (?:on|against)|"
       r"(?:announced|ordered) the expulsion of|"
       r"cut (?:off )?(?:[\w-]+ ){0,2}?(?:trade|commerce|exports|imports) (?:with|to|from)|"
       r"(?:withdrew|revoked|suspended|scrapped) (?:the |its )?(?:[\w-]+ ){0,3}?"
       r"(?:most[- ]favou?red[- ]nation|MFN|trade preferences|visa-free)|"
       # "EU foreign ministers agreed to widen sanctions against Belarus"
       r"agreed (?:on \w+day )?to (?:impose|widen|extend|expand|tighten|toughen|broaden) "
       r"(?:[\w-]+ ){0,3}?(?:sanctions|embargo)|"
       # "had restricted imports of New Zealand lamb", "were ending their diplomatic ties"
       r"restrict(?:ed|s|ing) (?:\w+ )?(?:imports|exports|trade|flights|access)|"
       # "ordered sweeping tariffs and visa sanctions on", "ordering a 25% increase in tariffs
       # on U.S. imports", "had suspended visa processing at the embassy"
       r"order(?:ed|ing|s) (?:[\w%-]+ ){0,3}?(?:tariffs|sanctions|embargo)\b|"
       r"order(?:ed|ing|s) an? (?:[\d.]+ ?% |sharp |steep )?(?:increase|rise|hike) in "
       r"(?:[\w-]+ )?(?:tariffs|duties)|"
       r"suspend(?:ed|s|ing) (?:all )?visa (?:processing|issuance|services)|"
       # "ordered the main crossings near San Antonio closed", "deported more than 1,500
       # Colombians" (CAMEO 174)
       r"ordered (?:the |its |all )?(?:[\w'’-]+ ){0,8}?(?:crossings?|borders?|embass(?:y|ies)|"
       r"consulates?|airspace|ports?)(?: (?!and\b)[\w'’-]+){0,8}? (?:to be )?(?:closed|shut)\b|"
       r"deport(?:ed|s|ing) (?:more than |some |about |nearly |at least |over )?\d[\d,]* |"
       # "India banned TikTok and dozens of other Chinese apps", "tightened curbs on Chinese
       # investment"
       r"banned (?:[\w'’-]+ ){0,6}?(?:apps|imports|exports|products|goods|flights|airlines)\b|"
       r"tighten(?:ed|s|ing) (?:its |their )?(?:[\w-]+ )?(?:curbs|restrictions|controls|checks) "
       r"on|"
       r"end(?:ed|s|ing) (?:its |their |all )?(?:so-called )?[\"“']*(?:diplomatic )?"
       r"(?:ties|relations)\b|"
       # "Turkey closed the frontier in 1993", "switched diplomatic recognition from Taiwan to
       # Beijing", "put a planned loan on hold"
       r"closed (?:the|its|their) (?:land |common )?(?:border|frontier)(?! crossings?)|"
       r"switch(?:ed|es|ing) (?:its |their )?(?:diplomatic )?(?:recognition|allegiance|ties) "
       r"from|"
       # "after El Salvador and the Dominican Republic switched to Beijing last year"; "India
       # closed all but two of the crossing points on its border with Nepal"; "froze the hiring
       # of Filipino workers"; "the first African leader to announce a break"
       r"switch(?:ed|es|ing) (?:(?:its|their) )?(?:(?:diplomatic )?(?:recognition|allegiance|ties) )?"
       r"to (?:Beijing|Taipei)\b|"
       r"closed (?:[\w'’-]+ ){0,5}?(?:crossing points|border crossings|border posts)|"
       r"(?:froze|freez(?:es|ing)) (?:the )?(?:hiring|recruitment|issuance|processing) of|"
       r"announc(?:ed|es|e|ing) (?:a |the |its |their )?(?:diplomatic )?(?:break|rupture)\b|"
       r"put (?:an? |the |its |their )?(?:[\w-]+ ){0,2}?(?:loans?|lending|aid|assistance|"
       r"credits?|"
       r"disbursements?|funding|arms sales) (?:[\w'’.-]+ ){0,4}?on hold|"
       # "announced that Georgia was withdrawing from the Commonwealth of Independent States":
       # leaving a body of states (a treaty left is a rejection, not this)
       r"(?:(?:withdr(?:ew|awn|awing|aws)|pull(?:ed|ing|s) out) (?:its \w+ )?from|"
       r"pull(?:ed|ing|s) out of|quit(?:s|ting)?) (?:the )?"
       r"(?:(?-i:[A-ZÀ-Ž])[\w-]+ (?:of )?){0,4}(?-i:Commonwealth|Organi[sz]ation|Alliance|Council|"
       r"Union|Community|League|Bloc|Forum|Group|Cooperation|Nations)\b(?! (?:talks|negotiations))|"
       # "was withdrawing with immediate effect from a joint military staff committee"
       r"withdr(?:ew|awn|awing|aws) (?:with immediate effect )?from (?:a |an |the )?"
       r"(?:[\w-]+ ){0,4}?(?:committee|force|mission|alliance|coalition|bloc)|"
       # a body of states named by its initials: "was withdrawing from the OAS"
       # ("were withdrawing their countries from the Economic Community of West African States")
       r"withdr(?:ew|awn|awing|aws|aw) (?:its|their) (?:countries|country|nations|states|"
       r"membership) from (?:the )?(?=(?-i:[A-ZÀ-Ž]))|"
       r"(?:withdr(?:ew|awn|awing|aws)|pull(?:ed|ing|s) out) (?:from|of) (?:the )?"
       r"(?-i:OAS|OAU|AU|ECOWAS|OPEC|OIC|SADC|CIS|CSTO|ASEAN|UNESCO|WHO|OSCE|NATO|SCO|IGAD|"
       r"ECCAS|CELAC|UNASUR|ALBA)\b|"
       # "froze defence cooperation with France", "cut military aid to El Salvador", "cut off
       # natural gas supplies to Tajikistan", "revoked the visas of three journalists"
       r"(?:froze|freez(?:es|ing)|halted|halts) (?:its |their |all )?(?:[\w-]+ ){0,2}?"
       r"(?:cooperation|exchanges) with|"
       # "froze all pending business deals with Colombia"
       r"(?:froze|freez(?:es|ing)) (?:its |their |all )?(?:[\w-]+ ){0,2}?(?:deals|contracts) with|"
       # "was cutting off all but humanitarian supplies to the Bosnian Serbs"
       r"cut(?:s|ting)? (?:off )?(?:its |their |all )?(?:but [\w-]+ |[\w-]+ ){0,2}?(?:aid|"
       r"assistance|funding|supplies|deliveries|shipments|exports) (?:to|for)|"
       # "was cutting Cuba's sugar quota for the rest of the year"
       r"cut(?:s|ting)? (?:[\w.'’-]+['’]s )(?:[\w-]+ )?(?:quota|imports|aid)\b|"
       r"(?:(?:re)?impos(?:ed|es|ing)) (?:an? |new |its )?(?:visa (?:regime|requirements?)|"
       r"(?:export|import|trade|travel) (?:controls|restrictions|curbs|quotas)) on|"
       r"revok(?:ed|es|ing) (?:the )?(?:[\w-]+ )?(?:visas|accreditation|credentials)|"
       # "expelled French forces", "declaring Rwandan diplomats persona non grata"
       r"expell?(?:ed|ing) (?:the )?(?:[\w'’.-]+ ){0,2}?(?:forces|troops)|"
       r"declaring (?:[\w'’.,-]+ ){0,8}?persona non grata)\b"),
    # Supplies cut, lending or a membership put on hold, a mission cut to size: "cut off most
    # natural gas supplies to Lithuania", "halting the flow of crude oil to", "put a planned loan
    # on hold", "has put its membership of the ... Organisation on hold", "ordered Russia to cut
    # its embassy staff by 45 diplomats" (not what is only threatened: "threatened to cut off")
    _c("sanction", "16", 0.8, "cut halt halted halting stopp put order",
       r"(?<!to )(?<!will )(?<!would )(?<!could )(?<!might )(?<!may )(?<!not )\b(?:"
       r"(?:cut off|halted|halting|stopped|stopping) (?:most |all |the |its )?(?:flow of )?"
       r"(?:(?:natural|crude|piped) )?(?:gas|oil|fuel|electricity|energy|power|water)"
       r"(?: supplies| deliveries| exports)? to|"
       r"put (?:on (?:hold|ice) (?:[\w-]+ ){0,3}?(?:plans?|loans?|lending|aid|visits?)\b|"
       r"(?:its |their |an? |the |all )?(?:[\w'’-]+ ){0,2}?(?:membership|participation|loans?|"
       r"lending|aid|assistance|credits?|cooperation|ties)(?: (?:of|in|with|to) (?:the )?"
       r"(?:[\w'’.-]+ ){0,5}?[\w'’.-]+)? on (?:hold|ice)\b)|"
       r"order(?:ed|s|ing) (?:[\w.'’-]+ ){1,3}?(?:(?:on |last )?\w+day |today |yesterday )?to "
       r"(?:cut|reduce|slash|halve) (?:the size of )?(?:its |their |the )?(?:embassy |diplomatic )?"
       r"(?:staff|personnel|mission|presence|diplomats))"),
    # The embargo named first: "the trade embargo the United Nations has imposed on Iraq"
    # (acts.py keeps it only after such a noun).
    _c("sanction", "163", 0.8, "impos",
       r"\bimpos(?:ed|es) on (?=(?-i:[A-ZÀ-Ž]))"),
    # The passive with its agent: "Sweeping sanctions were imposed on Iraq by the Council",
    # "Syria was suspended by the Arab League", "airlines were banned by the EU from"
    _c("sanction", "16", 0.8, "impos suspend bann expell",
       # (the words up to the by-phrase are matched: "imposed on Iraq" alone is the embargo cue)
       r"\b(?:impos|suspend|bann|expell)ed(?:\s+(?!by\b)[\w'’.,-]+){0,6}?"
       r"(?=\s+by\s+(?:the\s+)?(?-i:[A-ZÀ-Ž]))"),
)
