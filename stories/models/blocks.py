"""The blocks a story body is made of. No raw HTML block: every piece of markup is rich text
limited to STORY_FEATURES, or a structured block rendered by our own templates."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from stories.video import video_host_allowed, video_player_url

STORY_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "blockquote"]


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(label=_("alt text"), required=False, max_length=255)
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=255)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "stories/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "stories/blocks/quote_block.html"


class GalleryBlock(blocks.StructBlock):
    images = blocks.ListBlock(CaptionedImageBlock(), min_num=2, label=_("images"))

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "stories/blocks/gallery_block.html"


class MapPointBlock(blocks.StructBlock):
    latitude = blocks.DecimalBlock(label=_("latitude"), min_value=-90, max_value=90, decimal_places=6)
    longitude = blocks.DecimalBlock(label=_("longitude"), min_value=-180, max_value=180, decimal_places=6)
    label = blocks.CharBlock(label=_("label"), max_length=120)

    class Meta:
        icon = "site"
        label = _("Map point")
        template = "stories/blocks/map_point_block.html"


class VideoEmbedBlock(EmbedBlock):
    """A YouTube or Vimeo link; any other host is refused when the editor saves."""

    def clean(self, value):
        if value and not (video_host_allowed(value.url) and video_player_url(value.url)):
            raise ValidationError(_("Only YouTube and Vimeo video links can be embedded."))
        # Skips EmbedBlock's oEmbed lookup: the player URL is derived from the link itself,
        # so saving needs no call to the provider (which fails offline and from China).
        return super(EmbedBlock, self).clean(value)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["player_url"] = video_player_url(value.url) if value else None
        return context

    class Meta:
        icon = "media"
        label = _("Video")
        template = "stories/blocks/video_block.html"


class PageCardBlock(blocks.StructBlock):
    """A card linking to one page of `page_type`. Subclasses set only `page_type`:

    class VillageCardBlock(PageCardBlock):
        page_type = "tourism.CraftVillagePage"
    """

    page_type = "wagtailcore.Page"

    def __init__(self, local_blocks=None, **kwargs):
        page = blocks.PageChooserBlock(page_type=self.page_type, label=_("page"))
        note = blocks.CharBlock(
            label=_("note"), required=False, max_length=200, help_text=_("Why the story mentions it (optional).")
        )
        super().__init__([("page", page), ("note", note), *(local_blocks or [])], **kwargs)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = value.get("page")
        context["card_page"] = page.specific if page is not None and page.live else None
        context["card_kind"] = type(context["card_page"]).__name__.lower()
        return context

    class Meta:
        icon = "doc-full"
        template = "stories/blocks/page_card_block.html"


class ProductCardBlock(PageCardBlock):
    page_type = "storefront.ProductPage"

    class Meta:
        icon = "tag"
        label = _("Product card")


class ProducerCardBlock(PageCardBlock):
    page_type = "storefront.ProducerPage"

    class Meta:
        icon = "group"
        label = _("Producer card")


class VillageCardBlock(PageCardBlock):
    page_type = "tourism.CraftVillagePage"

    class Meta:
        icon = "home"
        label = _("Craft village card")


class ExperienceCardBlock(PageCardBlock):
    page_type = "tourism.ExperiencePage"

    class Meta:
        icon = "calendar"
        label = _("Experience card")


class PackageCardBlock(PageCardBlock):
    page_type = "tourism.PackagePage"

    class Meta:
        icon = "list-ul"
        label = _("Tour package card")


class StoryBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=STORY_FEATURES, label=_("Text"))
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    gallery = GalleryBlock()
    map_point = MapPointBlock()
    video = VideoEmbedBlock()
    product = ProductCardBlock()
    producer = ProducerCardBlock()
    village = VillageCardBlock()
    experience = ExperienceCardBlock()
    package = PackageCardBlock()
