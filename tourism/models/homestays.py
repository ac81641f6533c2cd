from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from core.card_images import OwnImageCard
from tourism.models.policy import CancellationPolicy
from wagtail.api import APIField

from api import page_fields as api


class HomestayPage(OwnImageCard, CancellationPolicy, Page):
    summary = models.CharField(_("summary"), max_length=255, blank=True)
    host = models.CharField(_("host"), max_length=160)
    village = models.ForeignKey(
        "tourism.CraftVillagePage", verbose_name=_("village"), on_delete=models.PROTECT, related_name="homestays"
    )
    description = RichTextField(_("description"), blank=True)
    amenities = RichTextField(_("amenities"), blank=True, features=["ul", "bold"])
    house_rules = RichTextField(_("house rules"), blank=True, features=["ul", "bold"])
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
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
        APIField("rooms", serializer=api.RoomsField()),
        APIField("cancellation", serializer=api.PolicyField()),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("homestay")
        verbose_name_plural = _("homestays")

    def get_context(self, request, *args, **kwargs):
        from tourism.availability import homestay_calendar

        context = super().get_context(request, *args, **kwargs)
        context["calendar"] = homestay_calendar(homestay=self, start=timezone.localdate(), days=14, now=timezone.now())
        return context


class HomestayRoom(Orderable):
    """One bookable room (or shared floor), let whole for each night: its row is the lock for its nights."""

    homestay = ParentalKey(HomestayPage, on_delete=models.CASCADE, related_name="rooms")
    room_type = models.CharField(_("room type"), max_length=120)
    beds = models.PositiveSmallIntegerField(_("beds"), default=1)
    capacity = models.PositiveSmallIntegerField(_("capacity (guests)"), default=2)
    nightly_price_vnd = models.PositiveIntegerField(_("price per night (VND)"))

    panels = [FieldPanel("room_type"), FieldPanel("beds"), FieldPanel("capacity"), FieldPanel("nightly_price_vnd")]

    class Meta(Orderable.Meta):
        verbose_name = _("room")
        verbose_name_plural = _("rooms")

    def __str__(self):
        return f"{self.homestay.title} · {self.room_type}"
