"""Property-based tests: any text yields a list of valid events (or nothing), never a crash,
and every evidence offset slices the body back to its sentence."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events import taxonomy
from events.parser import parse_article

WIRE_WORDS = st.sampled_from([
    "Lavrov", "said", "Russian", "Foreign", "Minister", "Sergey", "the", "Kremlin", "met",
    "did", "not", "rule", "out", "talks", "refused", "to", "meet", "Monday", "in",
    "mid-December", ",", ".", '"', "“", "”", "``", "''", "'s", "was", "rejected", "by", "Iran",
    "and", "held", "President", "He", "she", "it", "urged", "EU", "NATO", "\n\n", "Photo:",
    "U.S.", "Feb.", "20", "warned", "sanctions", "Кремль", "北京", "ready", "for", "dialogue",
])

texts = st.one_of(
    st.text(max_size=400),
    st.lists(WIRE_WORDS, max_size=120).map(" ".join),
    st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
)


def check(body: str, published: date) -> None:
    events = parse_article(body=body, published=published, title="")
    assert isinstance(events, list)
    for ev in events:
        assert ev.type in taxonomy.TYPE_SLUGS
        assert 0.0 <= ev.confidence <= 1.0
        assert ev.actor.name and ev.actor.kind in taxonomy.ACTOR_KINDS
        assert ev.evidence
        for e in ev.evidence:
            assert 0 <= e.start < e.end <= len(body)
            assert body[e.start:e.end] == e.sentence
        d = ev.date
        assert d.source in taxonomy.DATE_SOURCES
        if d.source == "none":
            assert d.start is None and d.end is None
        if d.start and d.end:
            assert d.start <= d.end


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_it_never_crashes_and_offsets_slice_the_body(body, published):
    check(body, published)


def test_it_survives_huge_unbalanced_and_mixed_script_text():
    body = ('"Lavrov said ' * 3000) + "“Москва rejected ”” the 北京 plan. " * 500
    check(body, date(2026, 1, 20))
    check("\x00\x01\x02 binary-looking \ufffd\ufffd text.", date(2026, 1, 20))
    check("no sentences at all just words without any end", date(2026, 1, 20))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=12), max_size=4), texts)
def test_any_editor_alias_is_safe(aliases, body):
    from events.parser.types import Gazetteer, KnownActor

    gaz = Gazetteer(actors=(KnownActor(name="Sergey Lavrov", kind="person", country="RUS",
                                       aliases=tuple(aliases) + ("(+)*?", "the Kremlin")),))
    events = parse_article(body=body + "\n\nSergey Lavrov said so.", published=date(2026, 1, 20),
                           gazetteer=gaz)
    assert any(e.actor.name == "Sergey Lavrov" for e in events)
