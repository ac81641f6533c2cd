"""An Atom feed of stories per language: /<lang>/stories/feed/, texts falling back like the pages."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from core.languages import bcp47
from stories.models import StoryPage

FEED_ITEMS = 30


class StoryFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("Stories from Cao Bằng")

    def subtitle(self):
        return _("Heritage, crafts and the people behind the products.")

    def link(self):
        return reverse("story_feed")

    @property
    def language(self):
        return bcp47(translation.get_language())

    def items(self):
        return StoryPage.objects.live().public().order_by("-first_published_at", "-pk")[:FEED_ITEMS]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author or None
