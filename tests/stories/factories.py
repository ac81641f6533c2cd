"""Builders for story and event pages in four languages."""

import datetime
import itertools
import json

from django.utils import timezone, translation

from stories.models import EventIndexPage, EventPage, StoryIndexPage, StoryPage
from tests.factories import translations

_numbers = itertools.count(1)


@translation.override("vi")
def make_story_index(home):
    return home.add_child(
        instance=StoryIndexPage(
            **translations("title", vi="Câu chuyện", en="Stories", lo="ເລື່ອງເລົ່າ", zh_hans="故事"),
            **translations("slug", vi="cau-chuyen", en="stories", lo="lueang-lao", zh_hans="gushi"),
        )
    )


def paragraph(html):
    return {"type": "paragraph", "value": html}


def product_card(product):
    return {"type": "product", "value": {"page": product.pk, "note": ""}}


def producer_card(producer):
    return {"type": "producer", "value": {"page": producer.pk, "note": ""}}


@translation.override("vi")
def make_story(index, *, title="Làng rèn Phúc Sen", bodies=None, community="", tags=(), publish=True, go_live_at=None):
    """`bodies` maps a language suffix to a list of raw blocks; Vietnamese defaults to one paragraph."""
    number = next(_numbers)
    bodies = bodies or {"vi": [paragraph("<p>Tiếng búa vang khắp thung lũng.</p>")]}
    slug = f"story-{number}"
    story = StoryPage(
        ethnic_community=community,
        go_live_at=go_live_at,
        live=publish and go_live_at is None,
        **translations("title", vi=title, en=title + " EN", lo=title + " LO", zh_hans=title + " ZH"),
        **translations("slug", vi=slug, en=slug + "-en", lo=slug + "-lo", zh_hans=slug + "-zh"),
        **translations("summary", vi="Tóm tắt", en="Summary", lo="ສະຫຼຸບ", zh_hans="摘要"),
    )
    for language, blocks in bodies.items():
        setattr(story, f"body_{language}", json.dumps(blocks))
    index.add_child(instance=story)
    for tag in tags:
        story.tags.add(tag)
    revision = story.save_revision()
    if publish:  # with a future go_live_at this only schedules the revision
        revision.publish()
    return story


@translation.override("vi")
def make_events(home):
    return home.add_child(
        instance=EventIndexPage(
            **translations("title", vi="Sự kiện", en="Events", lo="ກິດຈະກຳ", zh_hans="活动"),
            **translations("slug", vi="su-kien", en="events", lo="kitchakam", zh_hans="huodong"),
        )
    )


@translation.override("vi")
def make_event(index, *, title="Hội chợ OCOP", starts_in_days=10, days=3, kind="ocop_fair"):
    number = next(_numbers)
    starts = timezone.now() + datetime.timedelta(days=starts_in_days)
    event = EventPage(
        kind=kind,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(days=days),
        **translations("title", vi=title, en=title + " EN", lo=title + " LO", zh_hans=title + " ZH"),
        **translations(
            "slug", vi=f"event-{number}", en=f"event-{number}-en", lo=f"event-{number}-lo", zh_hans=f"event-{number}-zh"
        ),
        **translations("place", vi="Hà Nội", en="Hanoi", lo="ຮ່າໂນ້ຍ", zh_hans="河内"),
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return event
