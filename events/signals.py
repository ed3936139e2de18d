"""Keep the parser's gazetteer in step with the Actor table: an alias an editor adds is used
by the next parse."""
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Actor, ActorAlias


@receiver([post_save, post_delete], sender=Actor)
@receiver([post_save, post_delete], sender=ActorAlias)
def actors_changed(**kwargs):
    from .services import gazetteer_invalidate

    gazetteer_invalidate()
