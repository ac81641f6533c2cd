from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from tourism.models import (
    CraftVillagePage,
    ExperiencePage,
    HomestayPage,
    HomestayRoom,
    PackageDay,
    PackageIndexPage,
    PackagePage,
    VillageImage,
    VillageIndexPage,
)


@register(VillageIndexPage)
class VillageIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(CraftVillagePage)
class CraftVillagePageTranslation(TranslationOptions):
    fields = ("summary", "ethnic_community", "crafts", "description", "getting_there", "best_season")


@register(VillageImage)
class VillageImageTranslation(TranslationOptions):
    fields = ("alt_text",)


@register(HomestayPage)
class HomestayPageTranslation(TranslationOptions):
    fields = ("summary", "description", "amenities", "house_rules")


@register(HomestayRoom)
class HomestayRoomTranslation(TranslationOptions):
    fields = ("room_type",)


@register(ExperiencePage)
class ExperiencePageTranslation(TranslationOptions):
    fields = ("summary", "languages", "description", "included", "what_to_bring")


@register(PackageIndexPage)
class PackageIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(PackagePage)
class PackagePageTranslation(TranslationOptions):
    fields = ("summary", "description")


@register(PackageDay)
class PackageDayTranslation(TranslationOptions):
    fields = ("description",)
