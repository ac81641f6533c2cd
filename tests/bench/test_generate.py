"""The benchmark's catalogue generator, at a tiny size: its bulk-inserted pages are real, routable pages."""

import pytest
from django.utils import translation
from wagtail.models import Page

from bench.generate import generate
from storefront.models import ProductPage, StockLevel
from stories.models import StoryPage
from tests.storefront.factories import make_catalogue
from tests.stories.factories import make_story_index
from tests.tourism.factories import make_operator, make_village
from tourism.models import ExperiencePage, PackagePage

pytestmark = pytest.mark.django_db


def test_generated_pages_are_served_in_every_language(client, home_page):
    make_catalogue(home_page)
    make_village(home_page)
    make_operator(home_page)
    make_story_index(home_page)

    generate(products=6, experiences=2, packages=1, stories=2)

    assert ProductPage.objects.live().count() == 6 and StockLevel.objects.count() == 12
    assert ExperiencePage.objects.count() == 2 and PackagePage.objects.count() == 1 and StoryPage.objects.count() == 2
    assert not any(Page.find_problems()), Page.find_problems()  # the tree's paths and child counts hold
    for page in [
        ProductPage.objects.last(),
        ExperiencePage.objects.last(),
        PackagePage.objects.last(),
        StoryPage.objects.last(),
    ]:
        for language in ("vi", "zh-hans"):
            with translation.override(language):
                url = page.get_url()
            response = client.get(url)
            assert response.status_code == 200, url
            assert page.specific.title_zh_hans.split()[0] in response.content.decode() or language == "vi"
