from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from core import api_fields as api
from home.sections import home_sections
from storefront.models import ProducerPage


class HomePage(Page):
    """The site root in every language: hero, then the sections the other apps fill."""

    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("tagline"),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    api_fields = [
        APIField("tagline"),
        APIField("intro"),
        APIField("hero_image", serializer=api.rendition("hero_image", api.LARGE_RENDITION)),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections(request)
        return context


class StandardPage(Page):
    """A plain page of text: about the province, delivery, terms."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    api_fields = [
        APIField("intro"),
        APIField("body"),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("standard page")


class ShopPolicyKind(models.TextChoices):
    TERMS = "terms", _("Terms of sale")
    PRIVACY = "privacy", _("Privacy notice")
    SHIPPING = "shipping", _("Shipping and delivery")
    RETURNS = "returns", _("Returns and refunds")
    CONTACT = "contact", _("Contact")


class ShopPolicyPage(Page):
    """One of the shop's legal pages, linked from every footer (home.shop_pages)."""

    kind = models.CharField(_("kind"), max_length=16, choices=ShopPolicyKind.choices, unique=True)
    version = models.CharField(
        _("version"),
        max_length=40,
        blank=True,
        help_text=_(
            "Change it (e.g. 2026-01) whenever the terms change: each order records the version its buyer accepted."
        ),
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("version"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    subpage_types = []

    api_fields = [
        APIField("kind"),
        APIField("version"),
        APIField("intro"),
        APIField("body"),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("shop page")
        verbose_name_plural = _("shop pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.kind == ShopPolicyKind.CONTACT:
            # The sellers of record, by their registered names: a producer renamed is published, which
            # replaces the content token, so the cached contact page is never staler than the producers.
            context["producers"] = ProducerPage.objects.live().public().order_by("title")
        return context
