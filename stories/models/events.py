from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet

from core import api_fields as api
from core.cache_policy import CachePolicy
from core.cards import cards_of_listings
from stories.choices import EventKind
from stories.models.blocks import STORY_FEATURES
from stories.translation_panel import translation_status_panel


class EventIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["stories.EventPage"]
    max_count = 1

    api_fields = [
        APIField("intro"),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("event index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.live().public().child_of(self)
        now = timezone.now()
        context["upcoming_events"], context["past_events"] = cards_of_listings(
            request, [events.upcoming(now=now), events.past(now=now)]
        )
        return context


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, *, now):
        """Running now or still to come, soonest first."""
        return self.filter(ends_at__gte=now).order_by("starts_at")

    def past(self, *, now):
        return self.filter(ends_at__lt=now).order_by("-starts_at")


class EventPage(Page):
    """An OCOP fair, a trade fair or a livestream sale. Past events stay online, listed apart."""

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place"), max_length=255, blank=True)
    livestream_url = models.URLField(_("livestream link"), blank=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = RichTextField(_("description"), blank=True, features=STORY_FEATURES)
    example_dates = models.BooleanField(
        _("example dates"),
        default=False,
        help_text=_("The dates are examples (demo data), not announced dates."),
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()
    content_panels = Page.content_panels + [
        translation_status_panel(),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel([FieldPanel("place"), FieldPanel("livestream_url")], heading=_("Where")),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("featured_products", label=_("Featured products")),
        FieldPanel("example_dates"),
    ]
    parent_page_types = ["stories.EventIndexPage"]
    subpage_types = []
    card_template = "stories/includes/event_card.html"

    @classmethod
    def load_cards(cls, ids):
        """These events ready for their card (see core.cards)."""
        return cls.objects.filter(pk__in=ids)

    api_fields = [
        APIField("kind"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("place"),
        APIField("livestream_url"),
        APIField("summary"),
        APIField("body"),
        APIField("example_dates"),
        APIField("featured_products", serializer=api.LinkedProductsField()),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("An event cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["products"] = [
            link.product
            for link in self.featured_products.select_related("product").order_by("sort_order")
            if link.product.live
        ]
        context["is_past"] = self.ends_at < timezone.now()
        return context


class EventFeaturedProduct(Orderable):
    cache_policy = CachePolicy.CONTENT

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="featured_products")
    product = models.ForeignKey(
        "storefront.ProductPage", verbose_name=_("product"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("product")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured product")
        verbose_name_plural = _("featured products")
