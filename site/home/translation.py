from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from home.models import HomePage, ShopPolicyPage, StandardPage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("tagline", "intro")


@register(StandardPage)
class StandardPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(ShopPolicyPage)
class ShopPolicyPageTranslation(TranslationOptions):
    fields = ("intro", "body")
