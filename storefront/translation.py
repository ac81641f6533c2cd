from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from storefront.models import (
    CataloguePage,
    ProducerIndexPage,
    ProducerPage,
    ProductImage,
    ProductPage,
    ProductVariant,
)


@register(ProducerIndexPage)
class ProducerIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ProducerPage)
class ProducerPageTranslation(TranslationOptions):
    fields = ("ethnic_community", "story")


@register(CataloguePage)
class CataloguePageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ProductPage)
class ProductPageTranslation(TranslationOptions):
    fields = ("summary", "description", "issuing_body", "origin")


@register(ProductVariant)
class ProductVariantTranslation(TranslationOptions):
    fields = ("label",)


@register(ProductImage)
class ProductImageTranslation(TranslationOptions):
    fields = ("alt_text",)
