"""CSV import/export of events and actors (django-import-export).

Rows are saved one by one (no bulk mode) so history records every imported change, and model
validation runs on each row so a bad row is reported, not stored.
"""
from __future__ import annotations

from import_export import fields, resources
from import_export.widgets import ForeignKeyWidget

from .. import taxonomy
from ..models import Actor, Event
from ..services import actor_alias_add


class EventResource(resources.ModelResource):
    actor = fields.Field(attribute="actor", column_name="actor",
                         widget=ForeignKeyWidget(Actor, field="slug"))
    target = fields.Field(attribute="target", column_name="target",
                          widget=ForeignKeyWidget(Actor, field="slug"))

    class Meta:
        model = Event
        fields = ("id", "type", "cameo", "date_start", "date_end", "precision", "date_mod",
                  "date_value", "date_source", "date_text", "actor", "target", "summary",
                  "quote", "confidence", "status", "editor_modified")
        export_order = fields
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True

    def get_export_queryset(self, request=None, **kwargs):
        return super().get_export_queryset(request, **kwargs).select_related("actor", "target")

    def before_save_instance(self, instance, row, **kwargs):
        if not instance.cameo and instance.type in taxonomy.BY_SLUG:
            instance.cameo = taxonomy.cameo_for(instance.type)
        # An imported row is an editor's statement about the event: re-parsing keeps it.
        instance.editor_modified = True

    def before_import_row(self, row, **kwargs):
        if not (row.get("cameo") or "").strip() and row.get("type") in taxonomy.BY_SLUG:
            row["cameo"] = taxonomy.cameo_for(row["type"])


class ActorResource(resources.ModelResource):
    aliases = fields.Field(column_name="aliases", attribute=None, readonly=False)

    class Meta:
        model = Actor
        fields = ("id", "name", "slug", "kind", "country", "role", "status", "aliases")
        export_order = fields
        import_id_fields = ("slug",)
        clean_model_instances = True
        skip_unchanged = False

    def get_export_queryset(self, request=None, **kwargs):
        return super().get_export_queryset(request, **kwargs).prefetch_related("aliases")

    def dehydrate_aliases(self, actor):
        return "; ".join(a.name for a in actor.aliases.all())

    def after_save_instance(self, instance, row, **kwargs):
        if kwargs.get("dry_run"):
            return
        for name in (row.get("aliases") or "").split(";"):
            if name.strip():
                actor_alias_add(actor=instance, name=name)
