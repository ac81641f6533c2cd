import pytest
from django.core.management import call_command
from django.utils.html import escape

from storefront.models import ProductPage
from stories.demo_data import EVENTS, STORIES
from stories.models import EventPage, StoryPage
from stories.relations import stories_mentioning
from tests.storefront.factories import url_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("seed_demo", "--no-admin", stdout=open("/dev/null", "w"))


def test_demo_stories_and_events_render_in_four_languages(client, seeded):
    assert StoryPage.objects.live().count() == len(STORIES) >= 6
    assert EventPage.objects.live().count() == len(EVENTS) == 3
    assert all(event.example_dates for event in EventPage.objects.all())
    for page in [*StoryPage.objects.live(), *EventPage.objects.live()]:
        for language in ("vi", "en", "lo", "zh-hans"):
            response = client.get(url_in(page, language))
            assert response.status_code == 200, url_in(page, language)
            assert escape(response.context["page"].title) in response.content.decode()


def test_demo_stories_embed_their_products(client, seeded):
    knife = ProductPage.objects.get(slug_vi="dao-ren-phuc-sen")

    stories = stories_mentioning(knife)

    assert [story.slug_vi for story in stories] == ["huyen-thoai-lang-ren-phuc-sen"]
    assert "Huyền thoại làng rèn Phúc Sen" in client.get(url_in(knife, "vi")).content.decode()


def test_seeding_stories_twice_changes_nothing(seeded):
    from stories.demo import seed_stories

    before = (
        StoryPage.objects.count(),
        EventPage.objects.count(),
        sorted(StoryPage.objects.values_list("tags__name", flat=True)),
    )
    seed_stories(open("/dev/null", "w"))

    assert (
        StoryPage.objects.count(),
        EventPage.objects.count(),
        sorted(StoryPage.objects.values_list("tags__name", flat=True)),
    ) == before
