"""The home page's sections. Each later app fills its own; until then each shows its empty state."""
from dataclasses import dataclass, field

from django.db.models import F, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from storefront.models import ProductPage
from storefront.models.querysets import card_images_prefetch
from stories.listing import latest_stories, upcoming_events
from tourism.models import CraftVillagePage
from tourism.models.villages import village_card_prefetch

HOME_CARDS = 4


@dataclass
class HomeSection:
    key: str
    title: str
    empty_message: str
    items: list = field(default_factory=list)


def home_sections(request):
    today = timezone.localdate()
    products = ProductPage.objects.live().public().with_current_stars(today=today)
    best_first = [F("current_stars").desc(nulls_last=True), F("first_published_at").desc(nulls_last=True), "-pk"]
    featured = list(products.ranked_cards(best_first, start=0, stop=HOME_CARDS).prefetch_related(None))
    newest_first = [F("first_published_at").desc(nulls_last=True), "-pk"]
    in_season = list(products.in_season(month=today.month).ranked_cards(newest_first, start=0, stop=HOME_CARDS).prefetch_related(None))
    prefetch_related_objects(featured + in_season, card_images_prefetch())  # both lists' pictures in two queries
    places = CraftVillagePage.objects.live().public().prefetch_related(village_card_prefetch()).order_by("title")[:HOME_CARDS]
    return [
        HomeSection(
            "featured_products", _("Featured OCOP products"), _("Our producers' products will appear here soon."),
            items=list(featured),
        ),
        HomeSection(
            "in_season", _("In season now"), _("Nothing is in season right now; come back at harvest time."),
            items=list(in_season),
        ),
        HomeSection(
            "places", _("Craft villages and experiences"), _("Villages and experiences to visit will appear here soon."),
            items=list(places),
        ),
        HomeSection(
            "latest_stories", _("Latest stories"), _("No stories have been published yet."),
            items=latest_stories(limit=HOME_CARDS),
        ),
        HomeSection(
            "upcoming_events", _("Upcoming events"), _("No upcoming events are scheduled."),
            items=upcoming_events(limit=HOME_CARDS),
        ),
    ]
