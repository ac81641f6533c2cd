"""Stories that mention a page, read from Wagtail's reference index (kept current on every save)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField
from django.db.models.functions import Cast
from wagtail.models import ReferenceIndex

from stories.models import StoryPage


def stories_mentioning(page, *, limit: int = 6):
    """Live, public stories whose body embeds or links to `page`, newest first (a queryset: one query)."""
    story_ids = (
        ReferenceIndex.get_references_to(page)
        .filter(content_type=ContentType.objects.get_for_model(StoryPage))
        # object_id is text, for any model's key; compare it as the integer a page id is.
        .annotate(story_id=Cast("object_id", BigIntegerField()))
        .values("story_id")
    )
    stories = StoryPage.objects.live().public().filter(pk__in=story_ids)
    return stories.order_by("-first_published_at", "-pk")[:limit]
