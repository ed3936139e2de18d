"""A small, realistic timeline for the embed tests, the browser tests and the screenshots:
every date precision the widget draws, several types and actors, sources with and without
links, and text that tries to inject markup."""
from __future__ import annotations

from datetime import date

from events.models import Actor, Article, Event, Mention, ReviewStatus, Timeline
from events.taxonomy import cameo_for

SLUG = "russia-eu-dialogue"
EVIL = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'


def _actor(name, slug, kind="person", country="", role=""):
    return Actor.objects.get_or_create(slug=slug, defaults={
        "name": name, "kind": kind, "country": country, "role": role})[0]


def build_timeline() -> tuple[Timeline, dict[str, Event]]:
    lavrov = _actor("Sergey Lavrov", "sergey-lavrov", country="RUS", role="foreign minister")
    putin = _actor("Vladimir Putin", "vladimir-putin", country="RUS", role="president")
    macron = _actor("Emmanuel Macron", "emmanuel-macron", country="FRA", role="president")
    merz = _actor("Friedrich Merz", "friedrich-merz", country="DEU", role="chancellor")
    eu = _actor("European Union", "european-union", kind="organisation", country="EUR")
    rbc = Article.objects.create(
        title="Russia open to talks but Lavrov doubts a deal", published=date(2026, 1, 20),
        body="Russia remains open to dialogue, Lavrov said.", outlet="RBC",
        url="https://www.rbc.ru/politics/20/01/2026/lavrov", content_hash="a" * 64)
    wire = Article.objects.create(
        title="Kremlin: Putin ready for dialogue", published=date(2026, 1, 8),
        body="The Kremlin said Putin remains ready for dialogue.", outlet="Wire",
        url="javascript:alert(1)", content_hash="b" * 64)
    rows = [
        ("macron_call", "call_for_talks", macron, putin, date(2025, 12, 11), date(2025, 12, 20),
         "month", "MID", "2025-12",
         "Macron said Europe should find a way to talk to Putin again.",
         "It is in our interest to re-engage with Russia.", rbc),
        ("eu_q4", "statement", eu, None, date(2025, 10, 1), date(2025, 12, 31), "quarter", "",
         "2025-Q4", "EU officials discussed a possible envoy to Moscow.", "", None),
        ("winter", "intent_to_negotiate", putin, eu, date(2025, 12, 1), date(2026, 2, 28),
         "season", "", "2025-WI", "Moscow signalled openness to contacts over the winter.",
         "", None),
        ("putin_ready", "intent_to_negotiate", putin, None, date(2026, 1, 7), date(2026, 1, 7),
         "day", "", "2026-01-07", "The Kremlin said Putin remains ready for dialogue.",
         "Putin remains open to contacts.", wire),
        ("merz_reject", "rejection", merz, putin, date(2026, 1, 12), date(2026, 1, 12), "day",
         "", "2026-01-12", "Merz said talks were pointless while strikes continue.", "", rbc),
        ("lavrov_crit", "criticism", lavrov, eu, date(2026, 1, 20), date(2026, 1, 20), "day",
         "", "2026-01-20", "Lavrov accused European politicians of performative calls.",
         "For four years they talked about the unacceptability of any dialogue with Moscow.",
         rbc),
        ("evil", "statement", lavrov, None, date(2026, 1, 21), date(2026, 1, 21), "day", "",
         "2026-01-21", EVIL, EVIL, rbc),
        ("early_feb", "proposal", macron, None, date(2026, 2, 1), date(2026, 2, 10), "month",
         "START", "2026-02", "Paris floated a European envoy for talks with Moscow.", "", None),
    ]
    events: dict[str, Event] = {}
    for key, type_, actor, target, start, end, precision, mod, value, summary, quote, art in rows:
        ev = Event.objects.create(
            type=type_, cameo=cameo_for(type_), actor=actor, target=target, date_start=start,
            date_end=end, precision=precision, date_mod=mod, date_value=value,
            date_source="text", summary=summary, quote=quote, status=ReviewStatus.APPROVED,
            confidence=0.8)
        if art is not None:
            Mention.objects.create(event=ev, article=art, sentence=art.body, start=0,
                                   end=len(art.body))
        events[key] = ev
    events["pending"] = Event.objects.create(
        type="threat", cameo=cameo_for("threat"), actor=lavrov, date_start=date(2026, 1, 15),
        date_end=date(2026, 1, 15), precision="day", date_value="2026-01-15",
        date_source="text", summary="UNAPPROVED secret draft", status=ReviewStatus.PENDING)
    timeline = Timeline.objects.create(slug=SLUG, title="Russia and the EU: talk of talks",
                                       description="Calls for dialogue, offers and rebuffs.")
    timeline.events.add(*events.values())
    return timeline, events


def build_many(n: int, *, slug: str = "many") -> Timeline:
    """n approved day-precision events on one timeline (bulk-created: fast)."""
    actor = _actor("Sergey Lavrov", "sergey-lavrov", country="RUS")
    start = date(2020, 1, 1).toordinal()
    Event.objects.bulk_create([
        Event(type="statement", cameo="010", actor=actor, date_start=date.fromordinal(start + i),
              date_end=date.fromordinal(start + i), precision="day",
              date_value=date.fromordinal(start + i).isoformat(), date_source="text",
              summary=f"Event number {i}", status=ReviewStatus.APPROVED)
        for i in range(n)
    ])
    timeline = Timeline.objects.create(slug=slug, title=f"{n} events")
    timeline.actors.add(actor)
    return timeline
