from django.core.paginator import Paginator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modeltranslation.utils import build_localized_fieldname
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core import api_fields as api
from core.cache_policy import CachePolicy
from core.cards import listing_cards
from core.languages import fallback_chain
from stories.choices import EthnicCommunity
from stories.models.blocks import StoryBodyBlock
from stories.reading_time import reading_minutes, stream_text
from stories.translation_panel import translation_status_panel

STORIES_PER_PAGE = 12


class StoryIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["stories.StoryPage"]
    max_count = 1

    api_fields = [
        APIField("intro"),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("story index page")

    def get_context(self, request, *args, **kwargs):
        from stories.listing import filter_stories

        context = super().get_context(request, *args, **kwargs)
        listing = filter_stories(
            StoryPage.objects.live().public().child_of(self),
            theme=request.GET.get("theme", ""),
            community=request.GET.get("community", ""),
        )
        stories = Paginator(listing.stories, STORIES_PER_PAGE).get_page(request.GET.get("page"))
        stories.object_list = listing_cards(request, stories.object_list)
        context.update(
            stories=stories,
            themes=listing.themes,
            communities=EthnicCommunity.choices,
            selected_theme=listing.theme,
            selected_community=listing.community,
        )
        return context


class StoryTag(TaggedItemBase):
    cache_policy = CachePolicy.CONTENT

    content_object = ParentalKey("stories.StoryPage", on_delete=models.CASCADE, related_name="tagged_items")


class StoryPage(Page):
    """A heritage story: why a buyer trusts a product and why a visitor comes."""

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = StreamField(StoryBodyBlock(), verbose_name=_("body"), blank=True)
    ethnic_community = models.CharField(
        _("ethnic community"), max_length=20, choices=EthnicCommunity.choices, blank=True
    )
    tags = ClusterTaggableManager(through=StoryTag, blank=True, verbose_name=_("themes"))
    author = models.CharField(_("author"), max_length=120, blank=True)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        translation_status_panel(),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("ethnic_community"), FieldPanel("author")]), FieldPanel("tags")],
            heading=_("About the story"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    card_template = "stories/includes/story_card.html"

    @property
    def card_image(self):
        return self.cover_image

    @classmethod
    def load_cards(cls, ids):
        """These stories ready for their card (see core.cards)."""
        return cls.objects.filter(pk__in=ids).select_related("cover_image")

    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("ethnic_community"),
        APIField("tags", serializer=api.TagsField()),
        APIField("author"),
        APIField("cover_image", serializer=api.rendition("cover_image", api.LARGE_RENDITION)),
        APIField("translation", serializer=api.TranslationField()),
    ]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def reading_minutes(self, language=None):
        """Counted in the language the body is actually shown in (after fallback)."""
        for code in fallback_chain(language or translation.get_language()):
            body = getattr(self, build_localized_fieldname("body", code), None)
            if body:
                return reading_minutes(stream_text(body), language=code)
        return 0

    @property
    def community_label(self):
        return self.get_ethnic_community_display() if self.ethnic_community else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["reading_minutes"] = self.reading_minutes()
        context["themes"] = list(self.tags.all())
        return context
