from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from core import api_fields as api
from core import languages
from core.cache_policy import LiveRows
from core.card_images import OwnImageCard
from core.cards import Kept, listing_cards
from storefront.models import ProductPage
from tourism import api_fields as tourism_api
from tourism.calendar import month_calendar
from tourism.models.packages import packages_including
from tourism.models.policy import CancellationPolicy


class ExperiencePage(OwnImageCard, CancellationPolicy, Page):
    live_rows = LiveRows.BOOKINGS  # seats left in its sessions

    summary = models.CharField(_("summary"), max_length=255, blank=True)
    village = models.ForeignKey(
        "tourism.CraftVillagePage", verbose_name=_("village"), on_delete=models.PROTECT, related_name="experiences"
    )
    host_name = models.CharField(_("host"), max_length=160)
    host_producer = models.ForeignKey(
        "storefront.ProducerPage",
        verbose_name=_("host producer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="experiences",
        help_text=_("When the host is one of our producers."),
    )
    host_phone = models.CharField(_("host's phone"), max_length=40, blank=True)
    host_email = models.EmailField(_("host's email"), blank=True)
    meeting_point = models.CharField(
        _("meeting point"), max_length=255, blank=True, help_text=_("Where guests meet the host, as a written address.")
    )
    meeting_latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    meeting_longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"))
    languages = models.CharField(_("languages the host speaks"), max_length=160, blank=True)
    price_per_person_vnd = models.PositiveIntegerField(_("price per person (VND)"))
    min_group = models.PositiveSmallIntegerField(_("minimum group"), default=1)
    max_group = models.PositiveSmallIntegerField(_("maximum group"), default=8)
    description = RichTextField(_("description"), blank=True)
    included = RichTextField(_("what is included"), blank=True, features=["ul", "bold"])
    what_to_bring = RichTextField(_("what to bring"), blank=True, features=["ul", "bold"])
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
        FieldPanel("village"),
        FieldRowPanel([FieldPanel("host_name"), FieldPanel("host_producer")]),
        FieldPanel("image"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("price_per_person_vnd")]),
                FieldRowPanel([FieldPanel("min_group"), FieldPanel("max_group")]),
                FieldPanel("languages"),
            ],
            heading=_("Practical"),
        ),
        FieldPanel("included"),
        FieldPanel("what_to_bring"),
        CancellationPolicy.policy_panel,
    ]
    parent_page_types = ["tourism.CraftVillagePage"]
    subpage_types = []
    card_template = "tourism/includes/place_card.html"

    api_fields = [
        APIField("summary"),
        APIField("village", serializer=api.PublicPageField()),
        APIField("host_name"),
        APIField("host_producer", serializer=api.PublicPageField()),
        APIField("duration_minutes"),
        APIField("languages"),
        APIField("price_per_person_vnd"),
        APIField("min_group"),
        APIField("max_group"),
        APIField("description"),
        APIField("included"),
        APIField("what_to_bring"),
        APIField("image", serializer=api.rendition("image")),
        APIField("upcoming_sessions", serializer=tourism_api.SessionsField()),
        APIField("cancellation", serializer=tourism_api.PolicyField()),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("experience")
        verbose_name_plural = _("experiences")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        # One query: the month view and the booking form's sessions (tourism.calendar).
        context["calendar"] = month_calendar(experience=self, today=timezone.localdate(now), now=now)
        context["upcoming_sessions"] = context["calendar"].sessions
        context["money_format"] = languages.get(translation.get_language()).money  # the live total's
        if self.host_producer_id:
            context["host_products"] = listing_cards(
                request,
                Kept(
                    f"producer-products:{self.host_producer_id}:4",
                    lambda: (
                        ProductPage.objects.live()
                        .public()
                        .filter(producer_id=self.host_producer_id)
                        .order_by("title")[:4]
                    ),
                ),
            )
        context["packages"] = listing_cards(
            request, Kept(f"packages-including:{self.pk}", lambda: packages_including(experience_ids=[self.pk]))
        )
        return context
