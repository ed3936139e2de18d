"""States as the article's own day named them: "Moscow" in a story of 1988 is the Soviet
Union, "Bonn" or "Germany" before reunification West Germany, "Belgrade" in 1999 Yugoslavia.
The gazetteer knows today's states; an archive story speaks of its own."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..types import ActorRef

# today's state, the words that stood for the older one (not "Berlin", a divided city), until
# when, the older state and its code
_PERIODS: dict[str, tuple[frozenset[str], date, str, str]] = {
    "Russia": (frozenset({"Moscow", "the Kremlin", "Kremlin"}), date(1991, 12, 26),
               "Soviet Union", "SUN"),
    "Germany": (frozenset({"Germany", "West Germany", "Federal Republic of Germany", "FRG",
                           "German", "West German", "Bonn"}), date(1990, 10, 3),
                "West Germany", "DEU"),
    "Serbia": (frozenset({"Belgrade"}), date(2003, 2, 4), "Yugoslavia", "YUG"),
    "Czech Republic": (frozenset({"Prague"}), date(1993, 1, 1), "Czechoslovakia", "CSK"),
}


def of_its_day(ref: ActorRef, published: date | None) -> ActorRef:
    """The state `ref` was on `published` (unchanged for anything else)."""
    period = _PERIODS.get(ref.name) if ref.kind == "state" else None
    if period is None or published is None:
        return ref
    surfaces, until, name, code = period
    if published >= until or ref.surface not in surfaces:
        return ref
    return replace(ref, name=name, country=code)
