from django.contrib import admin

from .models import Actor, ActorAlias, Article, Event, Mention, Timeline

admin.site.register([Actor, ActorAlias, Article, Event, Mention, Timeline])
