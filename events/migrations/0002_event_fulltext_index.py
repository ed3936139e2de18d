"""A GIN index for full-text search on PostgreSQL; other databases search without one."""
from django.db import migrations


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from events.search import search_index

    schema_editor.add_index(apps.get_model("events", "Event"), search_index())


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from events.search import search_index

    schema_editor.remove_index(apps.get_model("events", "Event"), search_index())


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]
    operations = [migrations.RunPython(add_index, remove_index)]
