"""The home page's sections. Each later app fills its own; until then each shows its empty state."""
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass
class HomeSection:
    key: str
    title: str
    empty_message: str
    items: list = field(default_factory=list)


def home_sections(request):
    return [
        HomeSection("featured_products", _("Featured OCOP products"), _("Our producers' products will appear here soon.")),
        HomeSection("in_season", _("In season now"), _("Nothing is in season right now; come back at harvest time.")),
        HomeSection("places", _("Craft villages and experiences"), _("Villages and experiences to visit will appear here soon.")),
        HomeSection("latest_stories", _("Latest stories"), _("No stories have been published yet.")),
        HomeSection("upcoming_events", _("Upcoming events"), _("No upcoming events are scheduled.")),
    ]
