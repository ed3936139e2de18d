"""manage.py generate_dataset: a large, realistic synthetic dataset for load tests.

Rows are built in Python from a seeded random generator (the same seed gives the same data) and
written with PostgreSQL's COPY, or batched INSERTs on other databases. Ids are assigned here so
events can point at actors and articles without a round trip; sequences are reset afterwards.
Historical (simple_history) rows are not written: this is load-test data, not editorial work.
"""
from __future__ import annotations

import hashlib
import random
import time
from datetime import date, datetime, timedelta, timezone as dt_timezone

from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, transaction

from events import taxonomy
from events.models import Actor, Article, Event, Mention, Timeline

COUNTRIES = ("RUS", "UKR", "USA", "FRA", "DEU", "GBR", "CHN", "TUR", "ITA", "POL", "HUN", "FIN",
             "EST", "LVA", "LTU", "BLR", "KAZ", "IND", "BRA", "ZAF", "IRN", "ISR", "SAU", "QAT",
             "EGY", "JPN", "KOR", "PRK", "CAN", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "AUT",
             "CHE", "SRB", "GEO", "ARM", "AZE", "MDA", "ROU", "BGR", "GRC", "SVK", "CZE", "VAT")
ORGS = ("EUR", "UNO", "NAT")
FIRST = ("Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiroshi", "Ines",
         "Jonas", "Katya", "Luis", "Maria", "Nikolai", "Olga", "Pavel", "Quentin", "Rosa",
         "Sergei", "Tomas", "Ursula", "Viktor", "Wang", "Xenia", "Yusuf", "Zofia")
LAST = ("Ivanova", "Schmidt", "Dubois", "Rossi", "Kowalski", "Nagy", "Virtanen", "Tamm",
        "Berzins", "Kazlauskas", "Petrov", "Yilmaz", "Chen", "Sato", "Kim", "Silva", "Khan",
        "Haddad", "Cohen", "Novak", "Horvat", "Popescu", "Dimitrov", "Papadopoulos", "Larsen")
ROLES = ("president", "prime minister", "foreign minister", "defence minister", "spokesperson",
         "ambassador", "envoy", "chancellor", "secretary of state", "deputy foreign minister")
TOPICS = ("ceasefire", "peace talks", "grain exports", "prisoner exchange", "sanctions relief",
          "energy supplies", "security guarantees", "nuclear safety", "humanitarian corridors",
          "border dispute", "trade agreement", "arms control", "refugee returns", "elections")
VERBS = {
    "statement": "said", "call_for_talks": "called for talks on",
    "intent_to_negotiate": "said it was ready to negotiate on",
    "proposal": "proposed a plan on", "support": "backed the proposal on",
    "meeting": "met to discuss", "phone_call": "held a phone call about",
    "agreement": "agreed on", "rejection": "rejected the proposal on",
    "criticism": "criticised the stance on", "demand": "demanded progress on",
    "threat": "warned over", "sanction": "imposed sanctions over",
}
OUTLETS = ("Reuters", "AFP", "AP", "TASS", "Kyiv Independent", "Le Monde", "Der Spiegel",
           "The Guardian", "Politico Europe", "Al Jazeera", "BBC News", "Deutsche Welle")
SEASONS = (("WI", 1, 2), ("SP", 3, 5), ("SU", 6, 8), ("FA", 9, 11))

START = date(1995, 1, 1)
DAYS = (date(2026, 6, 30) - START).days


def _month_end(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _date_fields(rng: random.Random) -> tuple:
    """(start, end, precision, mod, value, source, text) with the mix real articles give."""
    d = START + timedelta(days=rng.randrange(DAYS))
    r = rng.random()
    if r < 0.70:
        return d, d, "day", "", d.isoformat(), "text" if rng.random() < 0.6 else "publication", \
            d.strftime("on %d %B %Y")
    if r < 0.76:
        monday = d - timedelta(days=d.weekday())
        iso = monday.isocalendar()
        return monday, monday + timedelta(days=6), "week", "", \
            f"{iso[0]}-W{iso[1]:02d}", "text", "last week"
    if r < 0.90:
        first, last = d.replace(day=1), _month_end(d)
        mod = rng.choice(("", "", "START", "MID", "END"))
        if mod == "START":
            last = first + timedelta(days=9)
        elif mod == "MID":
            first, last = first + timedelta(days=10), first + timedelta(days=19)
        elif mod == "END":
            first = first + timedelta(days=20)
        return first, last, "month", mod, d.strftime("%Y-%m"), "text", d.strftime("in %B %Y")
    if r < 0.94:
        q = (d.month - 1) // 3
        first = date(d.year, q * 3 + 1, 1)
        return first, _month_end(date(d.year, q * 3 + 3, 1)), "quarter", "", \
            f"{d.year}-Q{q + 1}", "text", f"in the {('first', 'second', 'third', 'fourth')[q]}" \
            " quarter"
    if r < 0.97:
        code, m1, m2 = rng.choice(SEASONS[1:])
        return date(d.year, m1, 1), _month_end(date(d.year, m2, 1)), "season", "", \
            f"{d.year}-{code}", "text", "this season"
    mod = rng.choice(("", "START", "END"))
    return date(d.year, 1, 1), date(d.year, 12, 31), "year", mod, str(d.year), "text", \
        f"in {d.year}"


class Command(BaseCommand):
    help = ("Generate a large synthetic dataset (default 1,000,000 events, 10,000 actors, "
            "200,000 articles) for load tests and benchmarks.")

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=1_000_000)
        parser.add_argument("--actors", type=int, default=10_000)
        parser.add_argument("--articles", type=int, default=200_000)
        parser.add_argument("--seed", type=int, default=42)
        parser.add_argument("--batch", type=int, default=50_000,
                            help="rows per COPY/INSERT batch")

    def handle(self, *args, events, actors, articles, seed, batch, **options):
        if min(events, actors, articles) < 1 or batch < 1:
            raise CommandError("--events, --actors, --articles and --batch must be positive")
        if actors < 2:
            raise CommandError("--actors must be at least 2 (events have targets)")
        rng = random.Random(seed)
        t0 = time.perf_counter()
        now = datetime.now(dt_timezone.utc)
        with transaction.atomic():
            a0 = self._next_id(Actor)
            self._write(Actor, self._actors(rng, a0, actors, now), batch)
            self._progress("actors", actors, t0)
            r0 = self._next_id(Article)
            self._write(Article, self._articles(rng, r0, articles, seed), batch)
            self._progress("articles", articles, t0)
            e0 = self._next_id(Event)
            m0 = self._next_id(Mention)
            event_rows, mention_rows = [], []
            written_m = 0
            for ev, mentions in self._events(rng, e0, events, a0, actors, r0, articles, now):
                event_rows.append(ev)
                for m in mentions:
                    mention_rows.append((m0 + written_m + len(mention_rows),) + m)
                if len(event_rows) >= batch:
                    self._write(Event, event_rows, batch)
                    self._write(Mention, mention_rows, batch)
                    written_m += len(mention_rows)
                    event_rows, mention_rows = [], []
            self._write(Event, event_rows, batch)
            self._write(Mention, mention_rows, batch)
            written_m += len(mention_rows)
            self._progress(f"events (+{written_m:,} mentions)", events, t0)
            self._timelines(a0, actors, seed)
            self._reset_sequences()
        if connection.vendor == "postgresql":
            with connection.cursor() as cur:
                cur.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS(
            f"Generated {events:,} events, {actors:,} actors, {articles:,} articles, "
            f"{written_m:,} mentions in {time.perf_counter() - t0:.1f} s "
            f"({connection.vendor})."))

    # --- rows ------------------------------------------------------------------------------

    def _actors(self, rng, a0, n, now):
        for i in range(n):
            pk = a0 + i
            r = rng.random()
            if r < 0.8:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                kind, country, role = "person", rng.choice(COUNTRIES), rng.choice(ROLES)
            elif r < 0.95:
                country = rng.choice(COUNTRIES)
                name, kind, role = f"State {country}", "state", ""
            else:
                country = rng.choice(ORGS)
                name, kind, role = f"Organisation {country}", "organisation", ""
            status = "approved" if rng.random() < 0.97 else "pending"
            yield (pk, f"{name} {pk}", f"gen-actor-{pk}", kind, country, role, status, now, now)

    def _articles(self, rng, r0, n, seed):
        for i in range(n):
            pk = r0 + i
            published = START + timedelta(days=rng.randrange(DAYS))
            topic = rng.choice(TOPICS)
            title = f"Talks on {topic}: report {pk}"
            body = (f"Officials discussed {topic} on {published:%d %B %Y}. "
                    f"Diplomats said the {rng.choice(TOPICS)} remained on the agenda. "
                    f"Report number {pk}.")
            digest = hashlib.sha256(f"gen-{seed}-{pk}".encode()).hexdigest()
            yield (pk, title, published, body, f"https://news.example.org/{seed}/{pk}",
                   rng.choice(OUTLETS), "en", digest, "generate_dataset",
                   datetime(published.year, published.month, published.day, 12,
                            tzinfo=dt_timezone.utc), "generated")

    def _events(self, rng, e0, n, a0, n_actors, r0, n_articles, now):
        types = taxonomy.EVENT_TYPES
        # A few actors make most of the news, as in real coverage.
        weights = [1.0 / (k + 1) ** 0.8 for k in range(n_actors)]
        actor_ids = rng.choices(range(a0, a0 + n_actors), weights=weights, k=n)
        for i in range(n):
            pk = e0 + i
            t = rng.choice(types)
            start, end, precision, mod, value, source, text = _date_fields(rng)
            actor_id = actor_ids[i]
            target_id = a0 + rng.randrange(n_actors) if rng.random() < 0.6 else None
            if target_id == actor_id:
                target_id = None
            topic = rng.choice(TOPICS)
            summary = f"Actor {actor_id} {VERBS[t.slug]} {topic}."
            quote = (f"We are ready to discuss {rng.choice(TOPICS)} without preconditions."
                     if rng.random() < 0.3 else "")
            r = rng.random()
            status = "approved" if r < 0.9 else ("pending" if r < 0.97 else "rejected")
            reviewed = now if status != "pending" else None
            row = (pk, t.slug, rng.choice(t.cameo_codes), summary, quote, start, end, precision,
                   mod, value, source, text, actor_id, target_id,
                   round(rng.uniform(0.3, 1.0), 2), status, False, None, reviewed, now, now)
            sentence = f"Actor {actor_id} {VERBS[t.slug]} {topic}, officials said."
            n_mentions = 1 if rng.random() < 0.7 else 2
            arts = {r0 + rng.randrange(n_articles) for _ in range(n_mentions)}
            mentions = [(pk, art, sentence, 0, len(sentence), now) for art in arts]
            yield row, mentions

    # --- writing ---------------------------------------------------------------------------

    COLUMNS = {
        Actor: ("id", "name", "slug", "kind", "country", "role", "status", "created_at",
                "updated_at"),
        Article: ("id", "title", "published", "body", "url", "outlet", "language",
                  "content_hash", "source_name", "ingested_at", "parser_version"),
        Event: ("id", "type", "cameo", "summary", "quote", "date_start", "date_end", "precision",
                "date_mod", "date_value", "date_source", "date_text", "actor_id", "target_id",
                "confidence", "status", "editor_modified", "reviewed_by_id", "reviewed_at",
                "created_at", "updated_at"),
        Mention: ("id", "event_id", "article_id", "sentence", "start", "end", "created_at"),
    }

    def _write(self, model, rows, batch):
        table = connection.ops.quote_name(model._meta.db_table)
        cols = self.COLUMNS[model]
        col_sql = ", ".join(connection.ops.quote_name(c) for c in cols)
        with connection.cursor() as cur:
            if connection.vendor == "postgresql":
                with cur.connection.cursor().copy(
                        f"COPY {table} ({col_sql}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                return
            sql = f"INSERT INTO {table} ({col_sql}) VALUES ({', '.join(['%s'] * len(cols))})"
            chunk = []
            for row in rows:
                chunk.append(row)
                if len(chunk) >= batch:
                    cur.executemany(sql, chunk)
                    chunk = []
            if chunk:
                cur.executemany(sql, chunk)

    def _next_id(self, model) -> int:
        with connection.cursor() as cur:
            cur.execute(f"SELECT MAX(id) FROM {connection.ops.quote_name(model._meta.db_table)}")
            return (cur.fetchone()[0] or 0) + 1

    def _reset_sequences(self):
        sql = connection.ops.sequence_reset_sql(no_style(), [Actor, Article, Event, Mention])
        with connection.cursor() as cur:
            for stmt in sql:
                cur.execute(stmt)

    def _timelines(self, a0, n_actors, seed):
        """Three timelines to benchmark: by actors, by country and type, by text."""
        specs = [
            (f"gen-{seed}-top-actors", "Most active actors",
             {"types": [], "countries": []}, [a0, a0 + 1, a0 + 2]),
            (f"gen-{seed}-russia-talks", "Russia: calls for talks",
             {"types": ["call_for_talks", "intent_to_negotiate"], "countries": ["RUS"]}, []),
            (f"gen-{seed}-ceasefire", "Ceasefire", {"query": "ceasefire"}, []),
        ]
        for slug, title, fields, actor_ids in specs:
            tl, _ = Timeline.objects.update_or_create(slug=slug, defaults={"title": title,
                                                                            **fields})
            if actor_ids:
                tl.actors.set([pk for pk in actor_ids if pk < a0 + n_actors])

    def _progress(self, what, n, t0):
        self.stdout.write(f"  {n:,} {what}: {time.perf_counter() - t0:.1f} s")
