from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from core import api_fields as api
from core.cache_policy import CachePolicy, LiveRows
from core.cards import Kept, cards_of_listings, listing_cards
from core.maps import map_point
from core.memo import prefetched
from storefront.models import ProducerPage, ProductPage
from tourism.models.experiences import ExperiencePage
from tourism.models.homestays import HomestayPage
from tourism.models.packages import packages_including

VILLAGE_PRODUCTS = 12


class VillageIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["tourism.CraftVillagePage"]
    max_count = 1

    api_fields = [
        APIField("intro"),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("village index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        villages = CraftVillagePage.objects.live().public().child_of(self)
        context["villages"] = listing_cards(request, villages)
        context["map_points"] = [
            map_point(latitude=v.latitude, longitude=v.longitude, label=v.title, url=v.get_url(request))
            for v in villages.filter(latitude__isnull=False, longitude__isnull=False).order_by("title")
        ]
        return context


class CraftVillagePage(Page):
    live_rows = LiveRows.BOOKINGS  # its experiences' seats left

    summary = models.CharField(_("summary"), max_length=255, blank=True)
    ethnic_community = models.CharField(_("ethnic community"), max_length=120, blank=True)
    crafts = models.CharField(_("crafts"), max_length=255, blank=True)
    description = RichTextField(_("description"), blank=True)
    getting_there = RichTextField(_("how to get there"), blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    best_season = models.CharField(_("best season"), max_length=255, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("ethnic_community"),
        FieldPanel("crafts"),
        FieldPanel("description"),
        InlinePanel("gallery_images", label=_("Gallery")),
        MultiFieldPanel(
            [
                FieldPanel("getting_there"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("best_season"),
            ],
            heading=_("Visiting"),
        ),
    ]
    parent_page_types = ["tourism.VillageIndexPage"]
    subpage_types = []
    card_template = "tourism/includes/place_card.html"

    @classmethod
    def load_cards(cls, ids):
        """These villages ready for their card (see core.cards)."""
        pictures = VillageImage.objects.order_by("sort_order").select_related("image")
        return cls.objects.filter(pk__in=ids).prefetch_related(models.Prefetch("gallery_images", queryset=pictures))

    api_fields = [
        APIField("summary"),
        APIField("ethnic_community"),
        APIField("crafts"),
        APIField("description"),
        APIField("getting_there"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("best_season"),
        APIField("gallery_images", serializer=api.GalleryField()),
        APIField("experiences", serializer=api.PublicPagesField(lambda page: page.experiences.all())),
        APIField("homestays", serializer=api.PublicPagesField(lambda page: page.homestays.all())),
        APIField("producers", serializer=api.PublicPagesField(lambda page: page.village_producers.all())),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("craft village")
        verbose_name_plural = _("craft villages")

    @property
    def image(self):
        """The card picture: the first gallery image (prefetch gallery_images__image for lists)."""
        pictures = list(self.gallery_images.all())
        return pictures[0].image if pictures else None

    card_image = image

    @classmethod
    def route_prefetches(cls):
        # Published with the page: kept with it by the route cache (pagecache.routing).
        return [Prefetch("gallery_images", queryset=_gallery(VillageImage.objects.all()))]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        def public(model):
            return model.objects.live().public().order_by("title")

        products, experiences, homestays, packages = cards_of_listings(
            request,
            [
                # A dozen products, however many the village makes: the page stays light on a phone.
                Kept(
                    f"village-products:{self.pk}",
                    lambda: public(ProductPage).filter(producer__craft_village=self)[:VILLAGE_PRODUCTS],
                ),
                Kept(f"village-experiences:{self.pk}", lambda: public(ExperiencePage).filter(village=self)),
                Kept(f"village-homestays:{self.pk}", lambda: public(HomestayPage).filter(village=self)),
                Kept(
                    f"packages-including:{self.pk}",
                    lambda: packages_including(
                        experience_ids=ExperiencePage.objects.filter(village=self).values("pk"),
                        homestay_ids=HomestayPage.objects.filter(village=self).values("pk"),
                    ),
                ),
            ],
        )
        context.update(
            gallery=prefetched(self, "gallery_images", _gallery(self.gallery_images)),
            producers=list(ProducerPage.objects.live().public().filter(craft_village=self).order_by("title")),
            products=products,
            experiences=experiences,
            homestays=homestays,
            packages=packages,
        )
        return context


def _gallery(images):
    return images.select_related("image").order_by("sort_order")


class VillageImage(Orderable):
    cache_policy = CachePolicy.CONTENT

    village = ParentalKey(CraftVillagePage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(_("alt text"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text")]

    class Meta(Orderable.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")
