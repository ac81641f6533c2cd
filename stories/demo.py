"""Demo stories and events from stories/demo_data.py, in four languages. Safe to run again.

Pages are found by their Vietnamese slug; embedded products and producers by theirs, and a
missing one is skipped, so the stories seed even without the storefront demo.
"""

import datetime
import json

from core.demo import demo_image, localized, site_root, upsert_page
from storefront.models import ProducerPage, ProductPage
from stories.demo_data import EVENT_INDEX, EVENTS, STORIES, STORY_INDEX
from stories.models import EventFeaturedProduct, EventIndexPage, EventPage, StoryIndexPage, StoryPage
from tourism.models import CraftVillagePage, ExperiencePage

LANGUAGES = ("vi", "en", "lo", "zh_hans")


def seed_stories(stdout):
    home = site_root()
    story_index = upsert_page(home, StoryIndexPage, localized(STORY_INDEX))
    event_index = upsert_page(home, EventIndexPage, localized(EVENT_INDEX))
    for data in STORIES:
        _seed_story(story_index, data)
    for data in EVENTS:
        _seed_event(event_index, data)
    stdout.write(f"stories: {len(STORIES)} stories, {len(EVENTS)} events (example dates)")


def _pages_by_slug(page_class, slugs):
    found = {page.slug_vi: page for page in page_class.objects.filter(slug_vi__in=slugs)}
    return [found[slug] for slug in slugs if slug in found]


def _seed_story(index, data):
    values = localized({name: data[name] for name in ("title", "slug", "summary", "author")})
    values["ethnic_community"] = data["community"]
    top, bottom = data["colours"]
    cover = demo_image(f"Demo: {data['title']['en']}", top=top, bottom=bottom, alt=data["title"]["en"])
    cards = [
        {"type": "product", "value": {"page": page.pk, "note": ""}}
        for page in _pages_by_slug(ProductPage, data["products"])
    ]
    cards += [
        {"type": "producer", "value": {"page": page.pk, "note": ""}}
        for page in _pages_by_slug(ProducerPage, data["producers"])
    ]
    cards += [
        {"type": "village", "value": {"page": page.pk, "note": ""}}
        for page in _pages_by_slug(CraftVillagePage, data["villages"])
    ]
    cards += [
        {"type": "experience", "value": {"page": page.pk, "note": ""}}
        for page in _pages_by_slug(ExperiencePage, data["experiences"])
    ]

    def prepare(page):
        page.cover_image = cover
        for language in LANGUAGES:
            setattr(page, f"body_{language}", json.dumps(_body(data, language, cover, cards)))
        page.tags.set(data["tags"], clear=True)

    return upsert_page(index, StoryPage, values, prepare=prepare)


def _body(data, language, cover, cards):
    first, *rest = data["paragraphs"][language]
    blocks = [{"type": "paragraph", "value": first}]
    alt = {"vi": "ảnh minh hoạ", "en": "illustration", "lo": "ຮູບປະກອບ", "zh_hans": "示意图"}[language]
    blocks.append(
        {
            "type": "image",
            "value": {"image": cover.pk, "alt_text": alt, "caption": data["title"][language], "credit": "Demo"},
        }
    )
    blocks += [{"type": "paragraph", "value": paragraph} for paragraph in rest]
    if data["quote"]:
        text, attribution = data["quote"][language]
        blocks.append({"type": "quote", "value": {"text": text, "attribution": attribution}})
    if data["map"]:
        blocks.append({"type": "map_point", "value": data["map"]})
    return blocks + cards


def _seed_event(index, data):
    values = localized({name: data[name] for name in ("title", "slug", "summary", "place")})
    values.update(
        kind=data["kind"],
        starts_at=datetime.datetime.fromisoformat(data["starts_at"]),
        ends_at=datetime.datetime.fromisoformat(data["ends_at"]),
        livestream_url=data["livestream_url"],
        example_dates=True,
    )

    def prepare(page):
        page.featured_products = [
            EventFeaturedProduct(product=product, sort_order=order)
            for order, product in enumerate(_pages_by_slug(ProductPage, data["products"]))
        ]

    return upsert_page(index, EventPage, values, prepare=prepare)
