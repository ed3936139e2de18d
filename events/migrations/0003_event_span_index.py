"""An index on the length of an event's date range (PostgreSQL), so that the longest range is
read from the top of an index instead of a table scan: date-window queries use it to turn
"range ends after X" into an index-friendly "range starts after X - longest"."""
from django.db import migrations

CREATE = "CREATE INDEX IF NOT EXISTS event_span_days_idx ON events_event ((date_end - date_start))"
DROP = "DROP INDEX IF EXISTS event_span_days_idx"


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("events", "0002_event_fulltext_index")]
    operations = [migrations.RunPython(add_index, remove_index)]
