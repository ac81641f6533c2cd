from stories.models.blocks import (
    CaptionedImageBlock,
    GalleryBlock,
    MapPointBlock,
    PageCardBlock,
    ProducerCardBlock,
    ProductCardBlock,
    QuoteBlock,
    StoryBodyBlock,
    VideoEmbedBlock,
)
from stories.models.events import EventFeaturedProduct, EventIndexPage, EventPage
from stories.models.stories import StoryIndexPage, StoryPage, StoryTag

__all__ = [
    "CaptionedImageBlock",
    "EventFeaturedProduct",
    "EventIndexPage",
    "EventPage",
    "GalleryBlock",
    "MapPointBlock",
    "PageCardBlock",
    "ProducerCardBlock",
    "ProductCardBlock",
    "QuoteBlock",
    "StoryBodyBlock",
    "StoryIndexPage",
    "StoryPage",
    "StoryTag",
    "VideoEmbedBlock",
]
