"""States as the article's own day named them: "Moscow" in a story of 1988 is the Soviet
Union, "Bonn" or "Germany" before reunification West Germany, "Belgrade" in 1999 Yugoslavia.
The gazetteer knows today's states; an archive story speaks of its own."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..types import ActorRef

# today's state: the words that stood for an older one (not "Berlin", a divided city), until
# when, the older state's name and code
_PERIODS: dict[str, tuple[tuple[frozenset[str], date, str, str], ...]] = {
    # ("A Soviet government statement carried by the news agency TASS": the agency spoke for
    # the Union before its end)
    "Russia": ((frozenset({"Moscow", "the Kremlin", "Kremlin", "Radio Moscow", "Moscow Radio",
                           "TASS"}),
                date(1991, 12, 26),
                "Soviet Union", "SUN"),
               # "Russia vetoed", "the Russians walked out": the Union in Cold War copy, until
               # the Russian republic declared its own sovereignty (June 1990)
               (frozenset({"Russia", "Russian", "Russians"}), date(1990, 6, 12),
                "Soviet Union", "SUN")),
    "Germany": ((frozenset({"Germany", "West Germany", "Federal Republic of Germany", "FRG",
                            "German", "West German", "Bonn"}), date(1990, 10, 3),
                 "West Germany", "DEU"),),
    "Serbia": ((frozenset({"Belgrade"}), date(2003, 2, 4), "Yugoslavia", "YUG"),),
    "Czech Republic": ((frozenset({"Prague"}), date(1993, 1, 1), "Czechoslovakia", "CSK"),),
    "Vietnam": ((frozenset({"Hanoi"}), date(1976, 7, 2), "North Vietnam", "VDR"),),
    "Myanmar": ((frozenset({"Burma", "Burmese", "Rangoon"}), date(1989, 6, 18), "Burma",
                 "MMR"),),
    "Sri Lanka": ((frozenset({"Ceylon", "Ceylonese", "Sri Lankan"}), date(1972, 5, 22),
                   "Ceylon", "LKA"),),
    "Cambodia": ((frozenset({"Kampuchea"}), date(1989, 5, 1), "Kampuchea", "KHM"),),
    "Thailand": ((frozenset({"Siam"}), date(1939, 6, 24), "Siam", "THA"),),
    "Iran": ((frozenset({"Persia"}), date(1935, 3, 21), "Persia", "IRN"),),
    "Egypt": ((frozenset({"United Arab Republic", "UAR", "U.A.R."}), date(1971, 9, 2),
               "United Arab Republic", "EGY"),),
    "Yemen": ((frozenset({"North Yemen", "Yemen Arab Republic", "Yemen", "Yemeni", "Sanaa"}),
               date(1990, 5, 22), "North Yemen", "YEM"),),
}


def of_its_day(ref: ActorRef, published: date | None) -> ActorRef:
    """The state `ref` was on `published` (unchanged for anything else)."""
    periods = _PERIODS.get(ref.name) if ref.kind == "state" else None
    if periods is None or published is None:
        return ref
    for surfaces, until, name, code in periods:
        if published < until and ref.surface in surfaces:
            return replace(ref, name=name, country=code)
    return ref
