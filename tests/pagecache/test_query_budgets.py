"""Every public page renders uncached in at most 12 queries, and that does not grow with the catalogue:
with its cards cached, with every card rendered, and right after a publish (a new content token:
the page, its listings and cards loaded anew; its route, the site and view restrictions kept)."""

import os
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from pagecache.invalidation import content_changed
from tests.storefront.factories import make_catalogue, make_image, make_producer, make_product, url_in
from tests.stories.factories import make_event, make_events, make_story, make_story_index, paragraph, product_card
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)

pytestmark = pytest.mark.django_db
BUDGET = 13  # after a publish the footer's shop pages are read again (one query, like the main menu)


def build_site(home, *, products, sessions, departures, stories):
    image = make_image()
    catalogue, index = make_catalogue(home)
    village = make_village(home)
    producers = [make_producer(index, name=f"HTX {n}", slug=f"htx-{n}") for n in range(3)]
    for producer in producers:
        producer.craft_village = village
        producer.save_revision().publish()
    items = [
        make_product(catalogue, producers[n % 3], title=f"P{n}", image=image, prices=[(1000 * (n + 1), 3), (500, 9)])
        for n in range(products)
    ]
    experience = make_experience(village)
    experience.host_producer = producers[0]
    experience.image = image
    experience.save_revision().publish()
    for day in range(sessions):
        make_session(experience, days_ahead=day + 1)
    homestay = make_homestay(village, rooms=((900000, 2), (1200000, 4)))
    package = make_package(make_operator(home), days=[(1, experience, homestay), (2, experience, None)])
    for day in range(departures):
        make_departure(package, days_ahead=day + 1)
    story_index = make_story_index(home)
    for n in range(stories):
        make_story(story_index, title=f"S{n}", bodies={"vi": [paragraph("<p>Dao rèn</p>"), product_card(items[0])]})
    make_event(make_events(home))
    return {
        "home": url_in(home, "en"),
        "catalogue": catalogue.get_url() + "?group=handicrafts&sort=price_asc",
        "product": url_in(items[0], "en"),
        "producer": producers[0].get_url(),
        "village": village.get_url(),
        "experience": url_in(experience, "zh-hans"),
        "homestay": homestay.get_url(),
        "package": package.get_url(),
        "story": story_index.get_children().live().last().get_url(),
        "search": "/en/search/?q=dao",
        # The APIs too (their product cards use the web cards' prefetched renditions).
        "catalogue API": "/api/v1/catalogue/products/?lang=en&page_size=40",
        "pages API": "/api/v2/pages/?type=storefront.ProductPage&fields=title&limit=40",
    }


def _summary(sql):
    """The first table a query reads and the start of its conditions: enough to tell queries apart."""
    table = re.search(r'FROM ("\w+")', sql)
    conditions = sql.split(" WHERE ", 1)[1][:160] if " WHERE " in sql else ""
    return f"{table.group(1) if table else sql[:60]} | {conditions}"


def count(client, url, after_publish=False):
    for _ in range(
        3
    ):  # the first views create renditions and the exchange-rate row, and fill the route and page caches
        client.get(url)
    if after_publish:
        content_changed()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    if os.environ.get("SHOW_QUERIES") and os.environ["SHOW_QUERIES"] in url:
        print(url, *(_summary(query["sql"]) for query in queries.captured_queries), sep="\n  ")
    return len(queries)


@pytest.mark.parametrize("state", ["cards cached", "cards rendered", "after a publish"])
def test_every_public_page_stays_within_the_query_budget_whatever_the_size(client, home_page, settings, state):
    settings.PAGE_CACHE_ENABLED = False  # the budget is for rendering; cached pages make none
    settings.CARD_CACHE_ENABLED = (
        state == "cards cached"
    )  # a card not cached yet is loaded and rendered (core/cards.py)
    client.cookies["display_currency"] = "USD"  # exchange rates are read too
    urls = build_site(home_page, products=4, sessions=2, departures=1, stories=1)
    after_publish = state == "after a publish"
    few = {name: count(client, url, after_publish) for name, url in urls.items()}
    print(f"queries per page, {state}, small site:", few)
    assert max(few.values()) <= BUDGET, few

    # More of everything: the counts stay the same.
    from storefront.models import CataloguePage, ProducerPage

    catalogue = CataloguePage.objects.get()
    producers = list(ProducerPage.objects.all())
    image = make_image()
    for n in range(4, 40):
        make_product(catalogue, producers[n % 3], title=f"P{n}", image=image, prices=[(1000 * (n + 1), 3)])
    from tourism.models import ExperiencePage, PackagePage

    experience, package = ExperiencePage.objects.get(), PackagePage.objects.get()
    for day in range(2, 20):
        make_session(experience, days_ahead=day + 1)
    for day in range(1, 12):
        make_departure(package, days_ahead=day + 1)
    for n in range(4):  # more cards with pictures on the village page
        more = make_experience(experience.village, name=f"E{n}")
        more.image = image
        more.save_revision().publish()
    many = {name: count(client, url, after_publish) for name, url in urls.items()}
    print(f"queries per page, {state}, larger site:", many)
    assert many == few
