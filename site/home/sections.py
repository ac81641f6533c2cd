"""The home page's sections. Each later app fills its own; until then each shows its empty state."""

from dataclasses import dataclass, field

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.cards import Kept, cards_of_listings
from storefront.models import ProductPage
from stories.listing import latest_stories, upcoming_events
from tourism.models import CraftVillagePage, PackagePage, TourIndexPage

HOME_CARDS = 4


@dataclass
class HomeSection:
    key: str
    title: str
    empty_message: str
    items: list = field(default_factory=list)
    see_all: str = ""  # the page listing them all


def home_sections(request):
    today = timezone.localdate()

    def products():
        return ProductPage.objects.live().public().with_current_stars(today=today)

    best_first = [F("current_stars").desc(nulls_last=True), F("first_published_at").desc(nulls_last=True), "-pk"]
    newest_first = [F("first_published_at").desc(nulls_last=True), "-pk"]
    # One cache round trip for every card, and one load per page type for those not cached.
    featured, in_season, places, tours, stories, events = cards_of_listings(
        request,
        [
            Kept("home-featured", lambda: products().order_by(*best_first)[:HOME_CARDS]),
            Kept(
                "home-in-season", lambda: products().in_season(month=today.month).order_by(*newest_first)[:HOME_CARDS]
            ),
            Kept("home-places", lambda: CraftVillagePage.objects.live().public().order_by("title")[:HOME_CARDS]),
            Kept(
                "home-tours",
                lambda: PackagePage.objects.live().public().order_by("-first_published_at", "-pk")[:HOME_CARDS],
            ),
            Kept("home-stories", lambda: latest_stories(limit=HOME_CARDS)),
            upcoming_events(limit=HOME_CARDS),  # changes by the hour: read each time
        ],
    )
    return [
        HomeSection(
            "featured_products",
            _("Featured OCOP products"),
            _("Our producers' products will appear here soon."),
            items=featured,
        ),
        HomeSection(
            "in_season",
            _("In season now"),
            _("Nothing is in season right now; come back at harvest time."),
            items=in_season,
        ),
        HomeSection(
            "places",
            _("Craft villages and experiences"),
            _("Villages and experiences to visit will appear here soon."),
            items=places,
        ),
        HomeSection(
            "tours",
            _("Tours"),
            _("Tours by local operators will appear here soon."),
            items=tours,
            see_all=_tours_url(request) if tours else "",
        ),
        HomeSection("latest_stories", _("Latest stories"), _("No stories have been published yet."), items=stories),
        HomeSection("upcoming_events", _("Upcoming events"), _("No upcoming events are scheduled."), items=events),
    ]


def _tours_url(request):
    tours = TourIndexPage.objects.live().public().first()
    return tours.get_url(request) if tours else ""
