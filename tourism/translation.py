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
    TourIndexPage,
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
    fields = ("summary", "address", "description", "amenities", "house_rules", "what_to_bring")


@register(HomestayRoom)
class HomestayRoomTranslation(TranslationOptions):
    fields = ("room_type",)


@register(ExperiencePage)
class ExperiencePageTranslation(TranslationOptions):
    fields = ("summary", "meeting_point", "languages", "description", "included", "what_to_bring")


@register(PackageIndexPage)
class PackageIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(PackagePage)
class PackagePageTranslation(TranslationOptions):
    fields = ("summary", "meeting_point", "description", "what_to_bring")


@register(TourIndexPage)
class TourIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(PackageDay)
class PackageDayTranslation(TranslationOptions):
    fields = ("description",)
