"""Which stories and events a listing shows: the story index filters, the home page's sections."""

from dataclasses import dataclass

from django.utils import timezone
from taggit.models import Tag

from stories.choices import EthnicCommunity
from stories.models import EventPage, StoryPage


@dataclass
class StoryListing:
    stories: object
    themes: list
    theme: str
    community: str


def filter_stories(stories, *, theme: str, community: str) -> StoryListing:
    """Stories with the theme tag (by slug) and community; unknown values are ignored, not errors."""
    themes = list(Tag.objects.filter(stories_storytag_items__content_object__in=stories).distinct().order_by("name"))
    theme = theme if any(tag.slug == theme for tag in themes) else ""
    community = community if community in EthnicCommunity.values else ""
    if theme:
        stories = stories.filter(tags__slug=theme)
    if community:
        stories = stories.filter(ethnic_community=community)
    stories = stories.order_by("-first_published_at", "-pk")
    return StoryListing(stories=stories, themes=themes, theme=theme, community=community)


def latest_stories(*, limit: int):
    return StoryPage.objects.live().public().order_by("-first_published_at", "-pk")[:limit]


def upcoming_events(*, limit: int, now=None):
    return EventPage.objects.live().public().upcoming(now=now or timezone.now())[:limit]
