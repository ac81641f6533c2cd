"""Image tags keep the filters they built: the same pictures, without rebuilding filters per render."""

import pytest
from django.template import engines
from wagtail.images.models import Filter

from tests.storefront.factories import make_image

TEMPLATE = (
    "{% load wagtailimages_tags %}{% for picture in pictures %}"
    '{% srcset_image picture fill-{480x360,960x720} format-webp sizes="100vw" alt="" %}'
    '{% image picture fill-200x100 class="thumb" %}{% endfor %}'
)


@pytest.mark.django_db
def test_each_image_tag_builds_its_filters_once_and_every_picture_gets_its_own_renditions(monkeypatch):
    first, second = make_image("Chestnuts"), make_image("Knife")
    template = engines["django"].from_string(TEMPLATE)
    html = template.render({"pictures": [first, second]})  # creates the renditions, builds the filters

    built = []
    original_init = Filter.__init__
    monkeypatch.setattr(
        Filter, "__init__", lambda self, *args, **kwargs: built.append(kwargs) or original_init(self, *args, **kwargs)
    )
    again = template.render({"pictures": [second, first]})

    assert built == []
    for picture in (first, second):
        urls = {r.url for r in picture.renditions.all()}
        assert len(urls) == 3 and all(url in html and url in again for url in urls)
    # In the order given, not the order the filters were first used in.
    assert again.index(second.renditions.first().url) < again.index(first.renditions.first().url)
