from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page

from core import api_fields as api
from core.cache_policy import LiveRows
from core.cards import listing_cards
from tourism import tours
from tourism.models.packages import PackagePage


class TourIndexPage(Page):
    """The Tours page: every live package of every operator, with filters (tourism.tours)."""

    live_rows = LiveRows.BOOKINGS  # next departures

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    api_fields = [
        APIField("intro"),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("tours page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        listing = tours.tour_listing(
            filters=tours.TourFilters.from_query(request.GET), today=timezone.localdate(now), now=now
        )
        ids = [tour.package.pk for tour in listing.tours]
        cards = listing_cards(request, PackagePage.objects.filter(pk__in=ids).order_by("price_per_person_vnd", "title"))
        by_pk = {card.pk: card for card in cards}
        context.update(
            listing=listing,
            rows=[(tour, by_pk[tour.package.pk]) for tour in listing.tours if tour.package.pk in by_pk],
        )
        return context
