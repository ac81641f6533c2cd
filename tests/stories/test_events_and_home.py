import pytest
from django.core.exceptions import ValidationError

from tests.factories import card_titles
from tests.storefront.factories import make_catalogue, make_producer, make_product, url_in
from tests.stories.factories import make_event, make_events, make_story, make_story_index

pytestmark = pytest.mark.django_db


def test_home_page_shows_upcoming_events_and_latest_stories(client, home_page):
    events = make_events(home_page)
    make_event(events, title="Hội chợ Hà Nội", starts_in_days=5)
    make_event(events, title="Livestream đã qua", starts_in_days=-10, days=1, kind="livestream")
    make_event(events, title="Đang diễn ra", starts_in_days=-1, days=3)
    make_story(make_story_index(home_page), title="Khuổi Ky")

    response = client.get(url_in(home_page, "en"))
    sections = {section.key: section for section in response.context["sections"]}
    html = response.content.decode()

    assert card_titles(sections["upcoming_events"].items) == ["Đang diễn ra EN", "Hội chợ Hà Nội EN"]
    assert card_titles(sections["latest_stories"].items) == ["Khuổi Ky EN"]
    assert "Hội chợ Hà Nội EN" in html and "Khuổi Ky EN" in html and "Livestream đã qua" not in html


def test_event_index_lists_past_events_separately(client, home_page):
    events = make_events(home_page)
    make_event(events, title="Sắp tới", starts_in_days=30)
    make_event(events, title="Đã qua", starts_in_days=-30)

    context = client.get(url_in(events, "vi")).context

    assert card_titles(context["upcoming_events"]) == ["Sắp tới"]
    assert card_titles(context["past_events"]) == ["Đã qua"]


def test_event_page_shows_featured_products_and_refuses_backwards_dates(client, home_page):
    from stories.models import EventFeaturedProduct

    catalogue, producers = make_catalogue(home_page)
    product = make_product(catalogue, make_producer(producers), title="Hạt dẻ")
    event = make_event(make_events(home_page), title="Livestream", kind="livestream")
    event.featured_products = [EventFeaturedProduct(product=product, sort_order=0)]
    event.livestream_url = "https://www.tiktok.com/@caobang/live"
    event.save_revision().publish()

    html = client.get(url_in(event, "en")).content.decode()

    assert "Hạt dẻ EN" in html and url_in(product, "en") in html and "https://www.tiktok.com/@caobang/live" in html
    event.ends_at = event.starts_at.replace(year=event.starts_at.year - 1)
    with pytest.raises(ValidationError):
        event.full_clean()
