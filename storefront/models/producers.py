from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from core import api_fields as api
from core.cache_policy import CachePolicy
from core.cards import Kept, listing_cards
from storefront.models.choices import ProducerKind


class ProducerIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["storefront.ProducerPage"]
    max_count = 1

    api_fields = [
        APIField("intro"),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("producer index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["producers"] = ProducerPage.objects.live().child_of(self).select_related("logo").order_by("title")
        return context


class ProducerPage(Page):
    """A cooperative, cooperative group, household business or enterprise, and its products."""

    kind = models.CharField(_("kind"), max_length=32, choices=ProducerKind.choices)
    commune = models.CharField(
        _("address"),
        max_length=255,
        blank=True,
        help_text=_("Two-level address since July 2025: xóm …, xã …, tỉnh Cao Bằng."),
    )
    historic_address = models.CharField(
        _("address before July 2025"),
        max_length=255,
        blank=True,
        help_text=_("The district-era address, kept for reference: most sources still use it."),
    )
    ethnic_community = models.CharField(_("ethnic community"), max_length=120, blank=True)
    members = models.PositiveIntegerField(_("members or households"), null=True, blank=True)
    founded_year = models.PositiveSmallIntegerField(_("founding year"), null=True, blank=True)
    story = RichTextField(_("story"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    craft_village = models.ForeignKey(
        "tourism.CraftVillagePage",
        verbose_name=_("craft village"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="village_producers",
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("commune"), FieldPanel("historic_address"), FieldPanel("ethnic_community")], heading=_("Place")
        ),
        MultiFieldPanel([FieldPanel("members"), FieldPanel("founded_year")], heading=_("Organisation")),
        FieldPanel("craft_village"),
        FieldPanel("story"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")),
    ]
    parent_page_types = ["storefront.ProducerIndexPage"]
    subpage_types = []

    api_fields = [
        APIField("kind"),
        APIField("commune"),
        APIField("historic_address"),
        APIField("ethnic_community"),
        APIField("members"),
        APIField("founded_year"),
        APIField("story"),
        APIField("logo", serializer=api.rendition("logo")),
        APIField("craft_village", serializer=api.PublicPageField()),
        APIField("products", serializer=api.PublicPagesField(lambda page: page.products.all())),
        APIField("experiences", serializer=api.PublicPagesField(lambda page: page.experiences.all())),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("producer")
        verbose_name_plural = _("producers")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        products = Kept(f"producer-products:{self.pk}", lambda: self.products.live().public().order_by("title"))
        context["products"] = listing_cards(request, products)
        return context


class ProducerMember(models.Model):
    """An admin user who sells for a producer: they see that producer's sales, nothing else."""

    cache_policy = CachePolicy.CONTENT

    producer = models.ForeignKey(
        ProducerPage, verbose_name=_("producer"), on_delete=models.CASCADE, related_name="admin_members"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="producer_memberships"
    )

    class Meta:
        verbose_name = _("producer member")
        verbose_name_plural = _("producer members")
        constraints = [models.UniqueConstraint(fields=["producer", "user"], name="unique_producer_member")]

    def __str__(self):
        return f"{self.user} · {self.producer}"
