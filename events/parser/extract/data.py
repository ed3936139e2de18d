"""Compact data tables the gazetteer adds to pycountry: what pycountry does not carry.

pycountry supplies every country's names and ISO codes; these tables add the short English
names newsrooms use, demonyms, capitals and other metonyms, and the organisations diplomatic
copy names most. Keys are ISO 3166-1 alpha-3 codes or organisation codes.
"""
from __future__ import annotations

# The name an English news article uses, where pycountry's differs ("Russian Federation").
SHORT_NAMES: dict[str, str] = {
    "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "KOR": "South Korea", "PRK": "North Korea",
    "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "MDA": "Moldova", "VNM": "Vietnam",
    "LAO": "Laos", "TWN": "Taiwan", "TUR": "Turkey", "CZE": "Czech Republic",
    "COD": "Democratic Republic of the Congo", "PSE": "Palestine", "BRN": "Brunei",
    "CIV": "Ivory Coast", "CPV": "Cape Verde", "FSM": "Micronesia", "VAT": "Vatican",
    "GBR": "United Kingdom", "USA": "United States", "NLD": "Netherlands",
}

# Other names for a country: older names, abbreviations, common variants.
EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("U.S.", "US", "USA", "U.S.A.", "America", "United States of America"),
    "GBR": ("Britain", "Great Britain", "UK", "U.K."),
    "RUS": ("Russian Federation",),
    "TUR": ("Türkiye",),
    "CZE": ("Czechia",),
    "COD": ("DR Congo", "DRC", "Congo-Kinshasa"),
    "PRK": ("DPRK",),
    "PSE": ("Palestinian Authority", "Palestinian National Authority"),
    "NLD": ("Holland",),
    "CIV": ("Côte d'Ivoire",),
    "MKD": ("Macedonia", "Former Yugoslav Republic of Macedonia",
            "former Yugoslav republic of Macedonia", "FYROM"),
    "SWZ": ("Swaziland",),
    "MMR": ("Burma",),
    "ARE": ("UAE", "U.A.E.", "the Emirates", "The Emirates"),
    # Germany before reunification (history.py names it West Germany in stories of its day)
    "DEU": ("West Germany", "Federal Republic of Germany", "FRG"),
    "BIH": ("Bosnia", "Bosnia-Herzegovina"),
    "VAT": ("Holy See", "the Vatican"),
    "KOR": ("Republic of Korea", "ROK"),
    "CHN": ("People's Republic of China", "PRC"),
    "TLS": ("East Timor",),
    "COG": ("Republic of Congo", "Congo-Brazzaville"),
    # older names of today's states (history.py names them so in stories of their day)
    "LKA": ("Ceylon",), "KHM": ("Kampuchea",), "THA": ("Siam",), "IRN": ("Persia",),
    "EGY": ("United Arab Republic", "UAR", "U.A.R."),
    "YEM": ("North Yemen", "Yemen Arab Republic"),
    "TWN": ("Nationalist China", "Formosa"),
}

DEMONYMS: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",), "ALB": ("Albanian",), "DZA": ("Algerian",), "ARG": ("Argentine",
    "Argentinian"), "ARM": ("Armenian",), "AUS": ("Australian",), "AUT": ("Austrian",),
    "AZE": ("Azerbaijani",), "BLR": ("Belarusian",), "BEL": ("Belgian",), "BIH": ("Bosnian",),
    "BRA": ("Brazilian",), "BGR": ("Bulgarian",), "CAN": ("Canadian",), "CHL": ("Chilean",),
    "CHN": ("Chinese",), "COL": ("Colombian",), "HRV": ("Croatian",), "CUB": ("Cuban",),
    "CYP": ("Cypriot",), "CZE": ("Czech",), "DNK": ("Danish",), "EGY": ("Egyptian",),
    "EST": ("Estonian",), "ETH": ("Ethiopian",), "FIN": ("Finnish",), "FRA": ("French",),
    "GEO": ("Georgian",), "DEU": ("German", "West German"), "GRC": ("Greek",),
    "HUN": ("Hungarian",),
    "IND": ("Indian",), "IDN": ("Indonesian",), "IRN": ("Iranian",), "IRQ": ("Iraqi",),
    "IRL": ("Irish",), "ISR": ("Israeli",), "ITA": ("Italian",), "JPN": ("Japanese",),
    "JOR": ("Jordanian",), "KAZ": ("Kazakh",), "KEN": ("Kenyan",), "KWT": ("Kuwaiti",),
    "LVA": ("Latvian",), "LBN": ("Lebanese",), "LBY": ("Libyan",), "LTU": ("Lithuanian",),
    "MEX": ("Mexican",), "MDA": ("Moldovan",), "MAR": ("Moroccan",), "NLD": ("Dutch",),
    "NZL": ("New Zealand",), "NGA": ("Nigerian",), "PRK": ("North Korean",),
    "NOR": ("Norwegian",), "PAK": ("Pakistani",), "PSE": ("Palestinian",),
    "PHL": ("Philippine", "Filipino"), "POL": ("Polish",), "PRT": ("Portuguese",),
    "QAT": ("Qatari",), "ROU": ("Romanian",), "RUS": ("Russian",), "RWA": ("Rwandan",),
    "SAU": ("Saudi", "Saudi Arabian"), "SRB": ("Serbian", "Serb"), "SVK": ("Slovak",),
    "SVN": ("Slovenian",),
    "SOM": ("Somali",), "ZAF": ("South African",), "KOR": ("South Korean",),
    "ESP": ("Spanish",), "SDN": ("Sudanese",), "SWE": ("Swedish",), "CHE": ("Swiss",),
    "SYR": ("Syrian",), "TWN": ("Taiwanese",), "THA": ("Thai",), "TUR": ("Turkish",),
    "UKR": ("Ukrainian",), "ARE": ("Emirati",), "GBR": ("British",),
    "USA": ("American", "U.S.", "US"), "VEN": ("Venezuelan",), "VNM": ("Vietnamese",),
    "YEM": ("Yemeni",), "ZWE": ("Zimbabwean",), "BHR": ("Bahraini",), "OMN": ("Omani",),
    "TUN": ("Tunisian",), "ZMB": ("Zambian",), "UGA": ("Ugandan",), "TZA": ("Tanzanian",),
    "AGO": ("Angolan",), "MOZ": ("Mozambican",), "SEN": ("Senegalese",), "MLI": ("Malian",),
    "NER": ("Nigerien",), "TCD": ("Chadian",), "CMR": ("Cameroonian",), "GHA": ("Ghanaian",),
    "PER": ("Peruvian",), "ECU": ("Ecuadorian", "Ecuadorean"), "BOL": ("Bolivian",),
    "URY": ("Uruguayan",),
    "PRY": ("Paraguayan",), "MNG": ("Mongolian",), "MYS": ("Malaysian",),
    "SGP": ("Singaporean",), "BGD": ("Bangladeshi",), "LKA": ("Sri Lankan", "Ceylonese"),
    "MKD": ("Macedonian",), "MNE": ("Montenegrin",),
    "ISL": ("Icelandic",), "LUX": ("Luxembourgish",), "MLT": ("Maltese",),
    "MDV": ("Maldivian",), "KHM": ("Cambodian",), "LAO": ("Laotian", "Lao"), "MMR": ("Burmese",),
    "KGZ": ("Kyrgyz",), "TJK": ("Tajik",), "TKM": ("Turkmen",), "UZB": ("Uzbek",),
    "BFA": ("Burkinabe",), "SLV": ("Salvadoran", "Salvadorean"), "PAN": ("Panamanian",),
    "HTI": ("Haitian",), "DJI": ("Djiboutian",), "BDI": ("Burundian",), "MWI": ("Malawian",),
    "SLE": ("Sierra Leonean",), "CIV": ("Ivorian",), "GAB": ("Gabonese",), "BEN": ("Beninese",),
    "TGO": ("Togolese",), "FJI": ("Fijian",), "COD": ("Congolese",),
    "BWA": ("Botswanan",), "NAM": ("Namibian",), "LBR": ("Liberian",), "ERI": ("Eritrean",),
    "NIC": ("Nicaraguan",), "HND": ("Honduran",), "GTM": ("Guatemalan",),
    # ("Dominican" is the Dominican Republic's before Dominica's)
    "GUY": ("Guyanese",), "SUR": ("Surinamese",), "DOM": ("Dominican",), "BLZ": ("Belizean",),
    "TTO": ("Trinidadian",), "BRB": ("Barbadian",), "BHS": ("Bahamian",),
    "MDG": ("Malagasy",), "COM": ("Comorian",), "MUS": ("Mauritian",), "SYC": ("Seychellois",),
    "CPV": ("Cape Verdean",), "GNB": ("Bissau-Guinean",), "SWZ": ("Swazi",),
    "NPL": ("Nepalese", "Nepali"), "BRN": ("Bruneian",), "TLS": ("East Timorese", "Timorese"),
    "VUT": ("Ni-Vanuatu",), "PLW": ("Palauan",), "NRU": ("Nauruan",), "TUV": ("Tuvaluan",),
}

# States that no longer exist but fill the archives (1990s wire copy): code, name, other
# names, demonyms.
HISTORIC: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("SUN", "Soviet Union", ("USSR", "U.S.S.R."), ("Soviet",)),
    ("YUG", "Yugoslavia", ("Federal Republic of Yugoslavia",), ("Yugoslav",)),
    ("CSK", "Czechoslovakia", (), ("Czechoslovak",)),
    ("DDR", "East Germany", ("German Democratic Republic",), ("East German",)),
    # ISO 3166-3's codes where it has one; South Vietnam had none of its own
    ("VDR", "North Vietnam", ("Democratic Republic of Vietnam",), ("North Vietnamese",)),
    ("RVN", "South Vietnam", ("Republic of Vietnam",), ("South Vietnamese",)),
    ("YMD", "South Yemen", ("People's Democratic Republic of Yemen",), ("South Yemeni",)),
    ("RHO", "Rhodesia", (), ("Rhodesian",)),
    ("ZAR", "Zaire", ("Republic of Zaire",), ("Zairean", "Zairian")),
    ("DHY", "Dahomey", (), ("Dahomeyan",)),
    ("HVO", "Upper Volta", (), ("Voltaic",)),
    # not historic but missing from ISO 3166 (its user-assigned code)
    ("XKX", "Kosovo", ("Republic of Kosovo",), ("Kosovar", "Kosovan")),
)

# Capitals, seats of government and other places that stand for a state in news copy.
METONYMS: dict[str, tuple[str, ...]] = {
    "RUS": ("Moscow", "the Kremlin", "Kremlin"), "UKR": ("Kyiv", "Kiev"),
    "USA": ("Washington", "the White House", "White House", "the State Department",
            "State Department", "the Pentagon", "Pentagon", "the administration",
            "the Treasury Department", "Treasury Department", "the Commerce Department",
            "Commerce Department", "Foggy Bottom",
            # like "the administration", wire copy's unnamed US officials
            "administration officials", "Administration officials", "administration aides",
            "Administration aides", "administration official", "Administration official") + tuple(
        f"{p} {a}" for p in ("Truman", "Eisenhower", "Kennedy", "Johnson", "Nixon", "Ford",
                             "Carter", "Reagan", "Bush", "Clinton", "Obama", "Trump", "Biden")
        for a in ("administration", "Administration")),
    "GBR": ("London", "Downing Street", "Whitehall", "the Foreign Office", "Foreign Office",
            # the ministries of the empire's end ("a Commonwealth Office spokesman said")
            "Commonwealth Office", "Commonwealth Relations Office", "Colonial Office",
            "Foreign and Commonwealth Office"),
    "FRA": ("Paris", "the Elysee",
    "the Élysée", "the Elysée", "the Quai d'Orsay", "Quai d'Orsay"), "DEU": ("Berlin", "Bonn"),
    "CHN": ("Beijing", "Peking", "Peiping", "Zhongnanhai"),
    "JPN": ("Tokyo", "Kasumigaseki"), "BRA": ("Itamaraty",),
    "ITA": ("Rome", "the Farnesina"), "IND": ("New Delhi", "South Block",
                                             # (India's foreign ministry by its own name)
                                             "Ministry of External Affairs",
                                             "External Affairs Ministry"),
    "IRN": ("Tehran", "Teheran"), "IRQ": ("Baghdad",), "ISR": ("Jerusalem", "Tel Aviv"),
    "SYR": ("Damascus",),
    "TUR": ("Ankara",), "ESP": ("Madrid",), "POL": ("Warsaw",),
    "HUN": ("Budapest",), "BLR": ("Minsk",), "PAK": ("Islamabad", "Karachi", "Rawalpindi"),
    "PRK": ("Pyongyang",), "KOR": ("Seoul", "the Blue House", "Blue House"), "EGY": ("Cairo",),
    "SAU": ("Riyadh",),
    "QAT": ("Doha",), "NLD": ("The Hague",), "ARE": ("Abu Dhabi",), "XKX": ("Pristina",),
    "MMR": ("Naypyitaw", "Nay Pyi Taw", "Naypyidaw", "Rangoon", "Yangon"),
    "KAZ": ("Astana", "Alma-Ata", "Almaty"),
    "IRL": ("Dublin",), "CAN": ("Ottawa",), "AUS": ("Canberra",),
    "AFG": ("Kabul",), "VEN": ("Caracas",), "CUB": ("Havana",), "GEO": ("Tbilisi",),
    "ARM": ("Yerevan",), "AZE": ("Baku",), "LBN": ("Beirut",), "JOR": ("Amman",),
    "ETH": ("Addis Ababa",), "KEN": ("Nairobi",), "RWA": ("Kigali",), "SRB": ("Belgrade",),
    "EUR": ("Brussels", "Europe"),
    # older or other seats of government (history.py: "Hanoi" is North Vietnam and
    # "Rangoon" Burma in stories of their day)
    "RVN": ("Saigon",), "DDR": ("East Berlin", "Pankow"), "BDI": ("Bujumbura",),
    "TZA": ("Dar es Salaam",),
    "CIV": ("Abidjan",), "BOL": ("La Paz",), "BGD": ("Dacca",),
    # (not "Lagos": Chile had a President Ricardo Lagos)
    "IDN": ("Djakarta",), "COD": ("Leopoldville",),
}
# State news agencies speak for their state in the copy that quotes them ("the official news
# agency Tass called the agreements a separate deal", "the North's official Korean Central
# News Agency warned"); merged into METONYMS.
# What an outlet is called after its name or its owner's ("Jordan's official Petra news
# agency", "the IRNA news agency said")
OUTLETS = r"(?:news agency|agency|radio|television|TV|newspaper|daily|weekly|media|broadcaster)"
STATE_MEDIA: dict[str, tuple[str, ...]] = {
    "CHN": ("Xinhua", "New China News Agency", "People's Daily", "Global Times", "CCTV"),
    "SUN": ("Tass", "Pravda", "Izvestia"), "RUS": ("ITAR-Tass", "Itar-Tass", "TASS", "RIA Novosti"),
    "PRK": ("KCNA", "Korean Central News Agency", "Rodong Sinmun"),
    "IRN": ("IRNA", "Islamic Republic News Agency", "Press TV"),
    "SYR": ("SANA", "Tishrin", "Tishreen", "Al-Thawra"), "YUG": ("Tanjug",),
    "KWT": ("KUNA", "Kuwait News Agency"), "EGY": ("MENA", "Middle East News Agency", "Al-Ahram"),
    "IRQ": ("Iraqi News Agency",), "LBY": ("JANA", "Jamahiriya News Agency"),
    "SAU": ("Saudi Press Agency",), "CUB": ("Prensa Latina", "Granma"),
    "VNM": ("Vietnam News Agency",), "TUR": ("Anadolu Agency", "Anadolu"), "ARE": ("WAM",),
    "QAT": ("Qatar News Agency", "QNA"), "MYS": ("Bernama",), "IDN": ("Antara",),
    "AFG": ("Bakhtar",), "AZE": ("Azertag",), "ARM": ("Armenpress",), "BLR": ("BelTA",),
    "KAZ": ("Kazinform",), "ROU": ("Agerpres",), "SDN": ("SUNA", "Sudan News Agency"),
    "PSE": ("WAFA",), "DDR": ("ADN",),
}
# a capital's state radio speaks for its government ("a statement broadcast by Baghdad Radio",
# "Radio Moscow said"); the seats of government only, before the agencies join
for _code, _places in list(METONYMS.items()):
    _cities = [p for p in _places if p[:1].isupper() and " " not in p
               and p not in ("Europe", "Kremlin", "Pentagon", "Whitehall")]
    METONYMS[_code] = _places + tuple(f"{c} Radio" for c in _cities) + tuple(
        f"Radio {c}" for c in _cities)
for _code, _names in STATE_MEDIA.items():
    METONYMS[_code] = METONYMS.get(_code, ()) + _names


# Capitals that are also names or words in English copy: never read as their state.
AMBIGUOUS_CAPITALS = frozenset({"Victoria", "Kingston", "Georgetown", "George Town", "Hamilton",
                                "Male", "Moroni", "Douglas", "Stanley", "Plymouth", "Castries",
                                "Sucre", "Praia", "Apia"})

# Organisations: canonical name, code (shared/corpus: EUR, UNO, NAT...), other names.
# A body's adjective ("European", "West African", "Southeast Asian") is its demonym: "West
# African leaders", "Southeast Asian foreign ministers" act for it.
ORG_DEMONYMS = frozenset({"European", "West African", "Southeast Asian"})
ORGANISATIONS: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    ("European Union", "EUR", ("EU", "the EU", "E.U.", "European")),
    ("European Commission", "EUR", ("the Commission", "EU Commission")),
    ("European Council", "EUR", ()),
    ("European Parliament", "EUR", ()),
    # the Union's name before 1993, kept as the article gives it (an archive story's actor)
    ("European Community", "EUR", ("EC", "E.C.", "European Economic Community", "EEC",
                                   "E.E.C.", "European Communities", "Common Market")),
    ("United Nations", "UNO", ("UN", "U.N.", "the UN", "the United Nations")),
    ("UN Security Council", "UNO", ("Security Council", "U.N. Security Council",
                                    "United Nations Security Council")),
    ("UN General Assembly", "UNO", ("General Assembly", "U.N. General Assembly")),
    # (the North Atlantic Council is the alliance's governing body: its statements are NATO's)
    ("NATO", "NAT", ("North Atlantic Treaty Organization", "Nato", "Atlantic alliance",
                     "Atlantic Alliance", "North Atlantic alliance", "North Atlantic Alliance",
                     "North Atlantic Council", "NATO Council")),
    ("OSCE", "OSC", ("Organization for Security and Co-operation in Europe",
                     "Organization for Security and Cooperation in Europe")),
    # the OSCE's name until 1995 (the Helsinki process of the Cold War)
    ("CSCE", "OSC", ("Conference on Security and Cooperation in Europe",
                     "Conference on Security and Co-operation in Europe")),
    ("IAEA", "IAE", ("International Atomic Energy Agency",)),
    ("African Union", "AFU", ("AU",)),
    ("African Union Peace and Security Council", "AFU", ("AU Peace and Security Council",
                                                         "Peace and Security Council")),
    ("Organization of African Unity", "AFU", ("OAU",)),
    ("Arab League", "ARL", ("League of Arab States",)),
    ("ASEAN", "ASN", ("Association of Southeast Asian Nations", "Southeast Asian")),
    ("G7", None, ("Group of Seven", "G-7")),
    ("G8", None, ("Group of Eight", "G-8")),
    ("G20", None, ("Group of 20", "Group of Twenty")),
    ("World Health Organization", "WHO", ("WHO",)),
    ("International Monetary Fund", "IMF", ("IMF",)),
    ("World Bank", None, ()),
    ("World Trade Organization", "WTO", ("WTO",)),
    ("International Criminal Court", None, ("ICC",)),
    ("Council of Europe", None, ()),
    ("Gulf Cooperation Council", None, ("GCC",)),
    ("Organization of American States", None, ("OAS",)),
    ("OPEC", None, ("Organization of the Petroleum Exporting Countries",)),
    ("ECOWAS", None, ("Economic Community of West African States", "West African")),
    ("Organisation of Islamic Cooperation", None, ("Organization of Islamic Cooperation",
                                                   "OIC", "Organization of the Islamic Conference",
                                                   "Organisation of the Islamic Conference")),
    ("Shanghai Cooperation Organisation", None, ("Shanghai Cooperation Organization", "SCO")),
    ("Southern African Development Community", None, ("SADC",)),
    ("International Court of Justice", "UNO", ("ICJ",)),
    ("UN Human Rights Council", "UNO", ("Human Rights Council",)),
    ("Commonwealth", None, ("Commonwealth of Nations",)),
    ("Commonwealth of Independent States", None, ("CIS",)),
    ("Mercosur", None, ("Mercosul",)),
    # the blocs of Cold War copy
    ("Warsaw Pact", None, ("Warsaw Treaty Organization", "Warsaw Treaty Organisation")),
    ("Non-Aligned Movement", None, ("Nonaligned Movement", "non-aligned movement")),
    ("Cominform", None, ()),
    ("Comecon", None, ("Council for Mutual Economic Assistance", "CMEA")),
    ("SEATO", None, ("Southeast Asia Treaty Organization",)),
    ("CENTO", None, ("Central Treaty Organization", "Baghdad Pact")),
    ("ANZUS", None, ()),
    ("Contadora Group", None, ()),
    ("Group of 77", None, ("G77", "G-77")),
    ("Eurogroup", "EUR", ()),
    ("IGAD", None, ("Intergovernmental Authority on Development",)),
    ("Quartet", None, ("Middle East Quartet",)),
    ("BRICS", None, ()),
    ("APEC", None, ("Asia-Pacific Economic Cooperation",)),
    ("OECD", None, ("Organisation for Economic Co-operation and Development",
                    "Organization for Economic Cooperation and Development")),
    ("Caribbean Community", None, ("CARICOM", "Caricom")),
    ("Pacific Islands Forum", None, ()),
    ("SAARC", None, ("South Asian Association for Regional Cooperation",)),
    ("Collective Security Treaty Organization", None, ("CSTO",)),
    ("Eurasian Economic Union", None, ()),
    ("CELAC", None, ("Community of Latin American and Caribbean States",)),
    ("International Committee of the Red Cross", None, ("ICRC",)),
    ("UNHCR", "UNO", ("UN refugee agency", "U.N. refugee agency",
                      "United Nations High Commissioner for Refugees")),
    ("UNICEF", "UNO", ("United Nations Children's Fund",)),
    ("UNESCO", "UNO", ()),
    ("UNRWA", "UNO", ()),
    ("World Food Programme", "UNO", ("WFP", "World Food Program")),
    ("OPCW", None, ("Organisation for the Prohibition of Chemical Weapons",
                    "Organization for the Prohibition of Chemical Weapons")),
    ("Permanent Court of Arbitration", None, ()),
    ("European Court of Human Rights", None, ()),
    ("European Central Bank", "EUR", ("ECB",)),
    ("Interpol", None, ()),
    ("Palestine Liberation Organization", None, ("PLO", "Palestine Liberation Organisation")),
    ("Fatah", None, ()),
    ("Islamic Jihad", None, ("Palestinian Islamic Jihad",)),
    ("Houthis", None, ("Ansar Allah", "the Houthis", "Houthi movement", "Houthi rebels")),
    ("Kurdistan Workers' Party", None, ("PKK",)),
    ("Syrian Democratic Forces", None, ("SDF",)),
    ("Hayat Tahrir al-Sham", None, ("HTS",)),
    ("Islamic State", None, ("ISIS", "ISIL", "Islamic State group")),
    ("al-Qaeda", None, ("al Qaeda", "Al-Qaeda", "Al Qaeda", "al-Qaida")),
    ("al-Shabaab", None, ("al Shabaab", "Al-Shabaab", "al-Shabab")),
    ("Rapid Support Forces", None, ("RSF",)),
    ("M23", None, ("March 23 Movement",)),
    ("FARC", None, ("Revolutionary Armed Forces of Colombia",)),
    ("ELN", None, ("National Liberation Army",)),
    ("Moro Islamic Liberation Front", None, ("MILF",)),
    ("Moro National Liberation Front", None, ("MNLF",)),
    ("Polisario Front", None, ("Polisario",)),
    ("Khmer Rouge", None, ()),
    # a people's leadership that is no state's: "Bosnian Serb" is not Serbia
    ("Bosnian Serbs", None, ("the Bosnian Serbs", "Bosnian Serb leadership",
                             "Bosnian Serb leaders", "Bosnian Serb side")),
    # the armed movements of the peace processes wire copy tells
    ("Sudan People's Liberation Movement", None, ("SPLM", "Sudan People's Liberation Army",
                                                  "SPLA", "SPLM/A")),
    ("Sudan Liberation Army", None, ("SLA", "Sudan Liberation Movement")),
    ("Justice and Equality Movement", None, ("JEM",)),
    ("Farabundo Marti National Liberation Front", None, (
        "FMLN", "Farabundo Martí National Liberation Front")),
    ("Guatemalan National Revolutionary Unity", None, ("URNG",)),
    ("UNITA", None, ("National Union for the Total Independence of Angola",)),
    ("RENAMO", None, ("Renamo", "Mozambican National Resistance")),
    ("Liberation Tigers of Tamil Eelam", None, ("LTTE", "Tamil Tigers", "Tamil Tiger")),
    ("Kosovo Liberation Army", None, ("KLA",)),
    ("Lord's Resistance Army", None, ("LRA",)),
    ("Free Aceh Movement", None, ("GAM",)),
    ("SWAPO", None, ("South West Africa People's Organisation",
                     "South West Africa People's Organization")),
    ("Hamas", None, ()),
    ("Hezbollah", None, ()),
    ("Taliban", None, ("the Taliban",)),
    ("Sinn Fein", None, ("Sinn Féin",)),
    ("Irish Republican Army", None, ("IRA",)),
    ("Ulster Unionist Party", None, ("Ulster Unionists", "UUP")),
)

# Groups rather than organisations (for ActorRef.kind).
GROUPS = frozenset({"Hamas", "Hezbollah", "Taliban", "Sinn Fein", "Irish Republican Army",
                    "Ulster Unionist Party", "Fatah", "Islamic Jihad", "Houthis",
                    "Kurdistan Workers' Party", "Syrian Democratic Forces",
                    "Hayat Tahrir al-Sham", "Islamic State", "al-Qaeda", "al-Shabaab",
                    "Rapid Support Forces", "M23", "FARC", "ELN",
                    "Moro Islamic Liberation Front", "Moro National Liberation Front",
                    "Polisario Front", "Khmer Rouge", "Sudan People's Liberation Movement",
                    "Sudan Liberation Army", "Justice and Equality Movement",
                    "Farabundo Marti National Liberation Front",
                    "Guatemalan National Revolutionary Unity", "UNITA", "RENAMO",
                    "Liberation Tigers of Tamil Eelam", "Kosovo Liberation Army",
                    "Lord's Resistance Army", "Free Aceh Movement", "SWAPO",
                    "Bosnian Serbs"})
