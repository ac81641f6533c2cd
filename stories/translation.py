from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from stories.models import EventIndexPage, EventPage, StoryIndexPage, StoryPage


@register(StoryIndexPage)
class StoryIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(StoryPage)
class StoryPageTranslation(TranslationOptions):
    fields = ("summary", "body", "author")


@register(EventIndexPage)
class EventIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("place", "summary", "body")
