from django import forms
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images.models import SourceImageIOError
from wagtail.models import Orderable, Page

from core import api_fields as api
from core.cache_policy import CachePolicy, LiveRows
from core.memo import prefetched
from storefront import api_fields as storefront_api
from storefront.catalogue import CatalogueQuery
from storefront.certificates import CertificateState, certificate_state, certificate_valid_until
from storefront.inventory import stock_status
from storefront.models.choices import Marketplace, OcopGroup, OcopStars, ProtectionKind
from storefront.models.producers import ProducerPage
from storefront.models.querysets import ProductPageManager
from storefront.seasons import MONTH_NAMES, mask_from_months, months_from_mask, season_calendar, season_status
from storefront.structured_data import product_json_ld


class CataloguePage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["storefront.ProductPage"]
    max_count = 1

    api_fields = [
        APIField("intro"),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("catalogue page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        products = ProductPage.objects.live().public().child_of(self)
        query = CatalogueQuery.from_params(
            request.GET, products=products, today=timezone.localdate(), scope=f"page-{self.pk}"
        )
        context.update(query.results(request))
        return context


class ProductPageForm(WagtailAdminPageForm):
    """Editors tick months; the page stores them as a 12-bit mask the catalogue filters in SQL."""

    season_months = forms.TypedMultipleChoiceField(
        label=_("harvest or production months"),
        choices=list(MONTH_NAMES.items()),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick every month; tick all twelve for a product available all year."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["season_months"].initial = months_from_mask(self.instance.season_mask or 0)

    def save(self, commit=True):
        self.instance.season_mask = mask_from_months(self.cleaned_data.get("season_months") or [])
        return super().save(commit=commit)


class ProductPage(Page):
    """An OCOP (or not yet certified) product of one producer, sold in one or more variants."""

    live_rows = LiveRows.OWN_STOCK  # its stock labels

    summary = models.CharField(_("summary"), max_length=255, blank=True)
    description = RichTextField(_("description"), blank=True)
    producer = models.ForeignKey(
        "storefront.ProducerPage", verbose_name=_("producer"), on_delete=models.PROTECT, related_name="products"
    )
    ocop_group = models.CharField(_("OCOP group"), max_length=32, choices=OcopGroup.choices)
    ocop_stars = models.PositiveSmallIntegerField(
        _("OCOP stars"),
        choices=OcopStars.choices,
        null=True,
        blank=True,
        help_text=_("Leave empty for a product without an OCOP certificate."),
    )
    certificate_number = models.CharField(_("certificate number"), max_length=80, blank=True)
    issuing_body = models.CharField(_("issuing body"), max_length=200, blank=True)
    certified_on = models.DateField(
        _("certificate issue date"),
        null=True,
        blank=True,
        help_text=_(
            "The certificate is valid for 36 months from this date. Without it the stars are shown as unverified."
        ),
    )
    certificate_valid_until = models.DateField(_("certificate valid until"), null=True, editable=False)
    protection_kind = models.CharField(
        _("protection"),
        max_length=32,
        choices=ProtectionKind.choices,
        blank=True,
        help_text=_("A geographical indication, collective mark or certification mark, where one applies."),
    )
    protection_name = models.CharField(_("protected name"), max_length=120, blank=True)
    protection_number = models.CharField(_("registration number"), max_length=80, blank=True)
    origin = models.CharField(_("origin"), max_length=255, blank=True)
    season_mask = models.PositiveSmallIntegerField(_("season months"), default=0, editable=False)
    example_price = models.BooleanField(
        _("example prices"), default=False, help_text=_("Prices are examples (demo data), not the producer's prices.")
    )

    objects = ProductPageManager()
    base_form_class = ProductPageForm
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("producer"),
        FieldPanel("description"),
        InlinePanel("gallery_images", label=_("Gallery")),
        InlinePanel("variants", label=_("Variants"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("ocop_group"),
                FieldRowPanel([FieldPanel("ocop_stars"), FieldPanel("certified_on")]),
                FieldPanel("certificate_number"),
                FieldPanel("issuing_body"),
            ],
            heading=_("OCOP certificate"),
        ),
        MultiFieldPanel(
            [FieldPanel("protection_kind"), FieldPanel("protection_name"), FieldPanel("protection_number")],
            heading=_("Geographical indication or mark"),
        ),
        FieldPanel("origin"),
        FieldPanel("season_months"),
        FieldPanel("example_price"),
        InlinePanel("marketplace_links", label=_("Marketplace links")),
    ]
    parent_page_types = ["storefront.CataloguePage"]
    subpage_types = []
    # The page shows its producer's logo and village: joined when the route cache loads the page.
    route_select_related = ["producer__logo", "producer__craft_village"]
    # Lets the home page's sections render any item with its own card.
    card_template = "storefront/includes/product_card.html"

    @property
    def card_image(self):
        """The card's picture (for products loaded with `for_cards`)."""
        return self.card_images[0].image if self.card_images else None

    @classmethod
    def load_cards(cls, ids):
        """These products ready for their card (see core.cards), with today's OCOP stars."""
        return cls.objects.filter(pk__in=ids).with_current_stars(today=timezone.localdate()).for_cards()

    @classmethod
    def route_prefetches(cls):
        # Published with the page: kept with it by the route cache (pagecache.routing). Not the
        # variants: their stock changes without a publish.
        return [
            Prefetch("gallery_images", queryset=_gallery(ProductImage.objects.all())),
            Prefetch("marketplace_links", queryset=MarketplaceLink.objects.order_by("sort_order")),
        ]

    api_fields = [
        APIField("summary"),
        APIField("description"),
        APIField("producer", serializer=api.PublicPageField()),
        APIField("ocop_group"),
        APIField("ocop_stars"),
        APIField("certified_on"),
        APIField("certificate_valid_until"),
        APIField("protection_kind"),
        APIField("protection_name"),
        APIField("origin"),
        APIField("example_price"),
        APIField("facts", serializer=storefront_api.ProductFactsField()),
        APIField("variants", serializer=storefront_api.VariantsField()),
        APIField("gallery_images", serializer=api.GalleryField()),
        APIField("marketplace_links", serializer=storefront_api.MarketplaceLinksField()),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")

    def save(self, *args, **kwargs):
        # Stored, not computed on read, so the catalogue can filter current certificates in SQL.
        self.certificate_valid_until = (
            certificate_valid_until(issued_on=self.certified_on) if self.certified_on else None
        )
        super().save(*args, **kwargs)

    def certificate_state_on(self, today):
        return certificate_state(issued_on=self.certified_on, today=today) if self.ocop_stars else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        producer = self._state.fields_cache.get("producer")  # joined by the route cache (route_select_related)
        if producer is None:
            producer = ProducerPage.objects.select_related("logo", "craft_village").get(pk=self.producer_id)
        certificate = self.certificate_state_on(today)
        gallery = prefetched(self, "gallery_images", _gallery(self.gallery_images))
        og_image = _share_image_url(request, gallery[0].image) if gallery else ""
        variants = list(self.variants.select_related("stock").order_by("sort_order"))
        season = season_status(season_mask=self.season_mask, today=today)
        for variant in variants:
            # A closed season sells nothing, whatever the stock (search engines read "out of stock" too).
            closed = season is not None and not season.sellable
            variant.status = stock_status(quantity=0 if closed else variant.quantity)
        context.update(
            variants=variants,
            gallery=gallery,
            marketplace_links=prefetched(self, "marketplace_links", self.marketplace_links.order_by("sort_order")),
            season=season,
            calendar=season_calendar(season_mask=self.season_mask, today=today),
            certificate_state=certificate,
            producer=producer,
            og_image=og_image,
            json_ld=product_json_ld(
                page=self,
                variants=variants,
                image_urls=[og_image] if og_image else [],
                url=self.get_full_url(request),
                producer_name=producer.title,
                certificate_current=certificate == CertificateState.CURRENT,
            ),
        )
        return context


def _share_image_url(request, image):
    """The Open Graph picture; a lost original file must not take the page down ({% image %} copes too)."""
    try:
        return request.build_absolute_uri(image.get_rendition("fill-1200x630").url)
    except SourceImageIOError:
        return ""


class ProductVariant(Orderable):
    """A size or pack of a product. Stock is in StockLevel, never here (see storefront.models.stock)."""

    cache_policy = CachePolicy.CONTENT

    product = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="variants")
    sku = models.CharField(_("SKU"), max_length=64, unique=True)
    label = models.CharField(_("label"), max_length=80, help_text=_("For example “500 g”, “1 kg” or “gift box”."))
    price_vnd = models.PositiveIntegerField(_("price (VND)"), help_text=_("Whole đồng, tax included."))
    weight_grams = models.PositiveIntegerField(_("weight (g)"), null=True, blank=True)

    panels = [FieldPanel("sku"), FieldPanel("label"), FieldPanel("price_vnd"), FieldPanel("weight_grams")]

    class Meta(Orderable.Meta):
        verbose_name = _("variant")
        verbose_name_plural = _("variants")

    def __str__(self):
        return f"{self.product.title} · {self.label} ({self.sku})"

    @property
    def quantity(self):
        stock = getattr(self, "stock", None)
        return stock.quantity if stock else 0


def _gallery(images):
    return images.select_related("image").order_by("sort_order")


class ProductImage(Orderable):
    cache_policy = CachePolicy.CONTENT

    product = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    # Alt text lives here, translated, because wagtailimages.Image cannot be registered with
    # modeltranslation without a migration inside site-packages.
    alt_text = models.CharField(_("alt text"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text")]

    class Meta(Orderable.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")


class MarketplaceLink(Orderable):
    cache_policy = CachePolicy.CONTENT

    product = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="marketplace_links")
    marketplace = models.CharField(_("marketplace"), max_length=20, choices=Marketplace.choices)
    url = models.URLField(_("URL"))

    panels = [FieldPanel("marketplace"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("marketplace link")
        verbose_name_plural = _("marketplace links")
