from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from core import api_fields as api
from core import languages
from core.cache_policy import LiveRows
from core.card_images import OwnImageCard
from core.cards import Kept, listing_cards
from tourism import api_fields as tourism_api
from tourism.calendar import stay_calendar
from tourism.models.packages import packages_including
from tourism.models.policy import CancellationPolicy


class HomestayPage(OwnImageCard, CancellationPolicy, Page):
    live_rows = LiveRows.BOOKINGS  # free rooms

    summary = models.CharField(_("summary"), max_length=255, blank=True)
    host = models.CharField(_("host"), max_length=160)
    host_phone = models.CharField(_("host's phone"), max_length=40, blank=True)
    host_email = models.EmailField(_("host's email"), blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    what_to_bring = RichTextField(_("what to bring"), blank=True, features=["ul", "bold"])
    village = models.ForeignKey(
        "tourism.CraftVillagePage", verbose_name=_("village"), on_delete=models.PROTECT, related_name="homestays"
    )
    description = RichTextField(_("description"), blank=True)
    amenities = RichTextField(_("amenities"), blank=True, features=["ul", "bold"])
    house_rules = RichTextField(_("house rules"), blank=True, features=["ul", "bold"])
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("host"),
        FieldPanel("village"),
        FieldPanel("image"),
        FieldPanel("description"),
        InlinePanel("rooms", label=_("Rooms"), min_num=1),
        FieldPanel("amenities"),
        FieldPanel("house_rules"),
        CancellationPolicy.policy_panel,
    ]
    parent_page_types = ["tourism.CraftVillagePage"]
    subpage_types = []
    card_template = "tourism/includes/place_card.html"

    api_fields = [
        APIField("summary"),
        APIField("host"),
        APIField("village", serializer=api.PublicPageField()),
        APIField("description"),
        APIField("amenities"),
        APIField("house_rules"),
        APIField("image", serializer=api.rendition("image")),
        APIField("rooms", serializer=tourism_api.RoomsField()),
        APIField("cancellation", serializer=tourism_api.PolicyField()),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("homestay")
        verbose_name_plural = _("homestays")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["calendar"] = stay_calendar(homestay=self, today=timezone.localdate(now), now=now)  # tourism.calendar
        context["money_format"] = languages.get(translation.get_language()).money  # the stay's total
        context["packages"] = listing_cards(
            request, Kept(f"packages-including:{self.pk}", lambda: packages_including(homestay_ids=[self.pk]))
        )
        return context
