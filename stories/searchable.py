"""Stories and events in site search (see core.searchable): text only, no facets."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.searchable import Description, Localised, SearchableType, describe_in_languages
from stories.models import EventPage, StoryPage
from stories.reading_time import stream_text


def _describe_story(story):
    def localised(page):
        summary = page.summary or ""
        body = strip_tags(stream_text(page.body))
        return Localised(
            title=page.title,
            url=page.get_url() or "",
            body=" ".join([summary, page.get_ethnic_community_display(), page.author, body]),
            snippet=summary or body,
        )

    return Description(published_at=story.first_published_at, languages=describe_in_languages(story, localised))


def _describe_event(event):
    def localised(page):
        summary = page.summary or ""
        body = strip_tags(page.body or "")
        return Localised(
            title=page.title,
            url=page.get_url() or "",
            body=" ".join([summary, page.place, body]),
            snippet=summary or body,
        )

    return Description(published_at=event.first_published_at, languages=describe_in_languages(event, localised))


types = (
    SearchableType(
        key="story",
        label=_("Stories"),
        model=StoryPage,
        queryset=lambda: StoryPage.objects.live().public(),
        describe=_describe_story,
    ),
    SearchableType(
        key="event",
        label=_("Events"),
        model=EventPage,
        queryset=lambda: EventPage.objects.live().public(),
        describe=_describe_event,
    ),
)
