from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from core import api_fields as api
from core import languages
from core.cache_policy import CachePolicy, LiveRows
from core.card_images import OwnImageCard
from core.cards import listing_cards
from core.memo import prefetched
from tourism import api_fields as tourism_api
from tourism.availability import package_availabilities
from tourism.models.policy import CancellationPolicy
from tourism.structured_data import share_image_url, tourist_trip_json_ld


class TourOperator(models.Model):
    """An organisation whose members build packages under its own PackageIndexPage (see tourism.operators)."""

    cache_policy = CachePolicy.CONTENT

    name = models.CharField(_("organisation name"), max_length=160, unique=True)
    # Given to its travellers with their booking.
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("members"), blank=True, related_name="tour_operators"
    )
    group = models.OneToOneField(
        "auth.Group", verbose_name=_("group"), on_delete=models.PROTECT, related_name="tour_operator"
    )

    class Meta:
        verbose_name = _("tour operator")
        verbose_name_plural = _("tour operators")

    def __str__(self):
        return self.name


class PackageIndexPage(Page):
    """One per operator: the operator's group may add and edit pages in this sub-tree only."""

    operator = models.OneToOneField(
        TourOperator, verbose_name=_("tour operator"), on_delete=models.PROTECT, related_name="index_page"
    )
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["tourism.PackagePage"]

    api_fields = [
        APIField("intro"),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("package index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["packages"] = listing_cards(
            request, PackagePage.objects.live().public().child_of(self).order_by("title")
        )
        return context


class PackagePage(OwnImageCard, CancellationPolicy, Page):
    live_rows = LiveRows.BOOKINGS  # places left on its departures

    summary = models.CharField(_("summary"), max_length=255, blank=True)
    operator = models.ForeignKey(
        TourOperator, verbose_name=_("tour operator"), on_delete=models.PROTECT, related_name="packages", editable=False
    )
    description = RichTextField(_("description"), blank=True)
    price_per_person_vnd = models.PositiveIntegerField(_("price per person (VND)"))
    meeting_point = models.CharField(
        _("meeting point"), max_length=255, blank=True, help_text=_("Where travellers meet on the first day.")
    )
    meeting_latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    meeting_longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
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
        FieldPanel("image"),
        FieldPanel("description"),
        FieldPanel("price_per_person_vnd"),
        InlinePanel("days", label=_("Itinerary"), min_num=1),
        InlinePanel("included_products", label=_("Included products")),
        CancellationPolicy.policy_panel,
    ]
    parent_page_types = ["tourism.PackageIndexPage"]
    subpage_types = []
    card_template = "tourism/includes/place_card.html"

    api_fields = [
        APIField("summary"),
        APIField("description"),
        APIField("price_per_person_vnd"),
        APIField("image", serializer=api.rendition("image")),
        APIField("days", serializer=tourism_api.ItineraryField()),
        APIField("included_products", serializer=api.LinkedProductsField()),
        APIField("departures", serializer=tourism_api.DeparturesField()),
        APIField("cancellation", serializer=tourism_api.PolicyField()),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("package")
        verbose_name_plural = _("packages")

    def full_clean(self, *args, **kwargs):
        self._take_operator_from_parent()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self._take_operator_from_parent()
        super().save(*args, **kwargs)

    def _take_operator_from_parent(self):
        # The owner is the sub-tree, never a form field an operator could change.
        if self.operator_id is None and self.path:
            parent = self.get_parent()
            if parent is not None and isinstance(parent.specific, PackageIndexPage):
                self.operator_id = parent.specific.operator_id

    @property
    def length_days(self):
        return max((day.day_number for day in self.days.all()), default=1)

    @classmethod
    def route_prefetches(cls):
        # Published with the page: kept with it by the route cache (pagecache.routing).
        return [
            Prefetch("days", queryset=_itinerary(PackageDay.objects.all())),
            Prefetch("included_products", queryset=_included(PackageProduct.objects.all())),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        departures = list(self.departures.filter(date__gte=timezone.localdate()).order_by("date")[:12])
        days = prefetched(self, "days", _itinerary(self.days))
        available = package_availabilities(departures=departures, days=days, now=now)
        for departure in departures:
            departure.available = available[departure.pk]
        products = prefetched(self, "included_products", _included(self.included_products))
        context.update(
            departures=departures,
            days=days,
            products=products,
            money_format=languages.get(translation.get_language()).money,  # the booking form's live total
            json_ld=tourist_trip_json_ld(
                package=self,
                days=days,
                departures=departures,
                url=self.get_full_url(request),
                today=timezone.localdate(now),
                image_url=share_image_url(request, self.image),
            ),
        )
        return context


def packages_including(*, experience_ids=(), homestay_ids=()):
    """Live, public packages whose itinerary includes one of these experiences or homestays."""
    days = PackageDay.objects.filter(
        models.Q(experience_id__in=experience_ids) | models.Q(homestay_id__in=homestay_ids)
    )
    return PackagePage.objects.live().public().filter(pk__in=days.values("package_id")).order_by("title")


def _itinerary(days):
    return days.select_related("experience", "homestay").order_by("day_number", "sort_order")


def _included(products):
    return products.select_related("product").order_by("sort_order")


class PackageDay(Orderable):
    cache_policy = CachePolicy.CONTENT

    package = ParentalKey(PackagePage, on_delete=models.CASCADE, related_name="days")
    day_number = models.PositiveSmallIntegerField(_("day"), default=1)
    description = models.TextField(_("description"), blank=True)
    experience = models.ForeignKey(
        "tourism.ExperiencePage",
        verbose_name=_("experience"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    homestay = models.ForeignKey(
        "tourism.HomestayPage",
        verbose_name=_("homestay night"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The night from this day to the next."),
    )

    panels = [FieldPanel("day_number"), FieldPanel("description"), FieldPanel("experience"), FieldPanel("homestay")]

    class Meta(Orderable.Meta):
        verbose_name = _("itinerary day")
        verbose_name_plural = _("itinerary days")

    def clean(self):
        for part in (self.experience, self.homestay):
            if part is not None and not part.live:
                raise ValidationError(_("A package may only include published experiences and homestays."))


class PackageProduct(Orderable):
    cache_policy = CachePolicy.CONTENT

    package = ParentalKey(PackagePage, on_delete=models.CASCADE, related_name="included_products")
    product = models.ForeignKey(
        "storefront.ProductPage", verbose_name=_("product"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("product")]

    class Meta(Orderable.Meta):
        verbose_name = _("included product")
        verbose_name_plural = _("included products")


class PackageDeparture(models.Model):
    cache_policy = CachePolicy.BOOKINGS

    # A plain row, not part of the page revision: bookings point at it, publishing must never replace it.
    package = models.ForeignKey(
        PackagePage, verbose_name=_("package"), on_delete=models.CASCADE, related_name="departures"
    )
    date = models.DateField(_("date"))
    capacity = models.PositiveSmallIntegerField(_("capacity"))

    class Meta:
        verbose_name = _("departure")
        verbose_name_plural = _("departures")
        ordering = ["date"]
        constraints = [models.UniqueConstraint(fields=["package", "date"], name="unique_package_departure")]

    def __str__(self):
        return f"{self.package.title} · {self.date:%Y-%m-%d}"


class SessionAllotment(models.Model):
    """Places on an experience session kept for a package departure: nobody else can book them,
    the departure's own bookings use them first (tourism.availability)."""

    cache_policy = CachePolicy.BOOKINGS

    departure = models.ForeignKey(
        PackageDeparture, verbose_name=_("departure"), on_delete=models.CASCADE, related_name="allotments"
    )
    session = models.ForeignKey(
        "tourism.ExperienceSession", verbose_name=_("session"), on_delete=models.PROTECT, related_name="allotments"
    )
    places = models.PositiveSmallIntegerField(_("places"))

    class Meta:
        verbose_name = _("session allotment")
        verbose_name_plural = _("session allotments")
        constraints = [models.UniqueConstraint(fields=["departure", "session"], name="unique_session_allotment")]

    def __str__(self):
        return f"{self.departure} · {self.session} × {self.places}"
