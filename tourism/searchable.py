"""Craft villages, homestays, experiences and tour packages in site search (see core.searchable).

They share storefront's village and price facets (one declaration per facet).
"""

from django.db.models import Min, Prefetch
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.searchable import Description, Localised, Reindex, SearchableType, describe_in_languages
from storefront.searchable import HIT_TEMPLATE, PRICE, VILLAGE
from tourism.models import CraftVillagePage, ExperiencePage, HomestayPage, PackageDay, PackagePage


def _text(*parts):
    return " ".join(strip_tags(part or "") for part in parts)


def _describe(page, *, village_id, price, body_fields):
    def localised(translated):
        summary = translated.summary or ""
        return Localised(
            title=translated.title,
            url=translated.get_url() or "",
            body=_text(summary, *(getattr(translated, name) for name in body_fields)),
            snippet=summary or _text(getattr(translated, body_fields[0])),
        )

    return Description(
        values={"village": village_id, "price": price},
        published_at=page.first_published_at,
        languages=describe_in_languages(page, localised),
    )


def _describe_village(village):
    return _describe(
        village,
        village_id=village.pk,
        price=None,
        body_fields=("description", "ethnic_community", "crafts", "best_season", "getting_there"),
    )


def _describe_homestay(homestay):
    return _describe(
        homestay,
        village_id=homestay.village_id,
        price=homestay.cheapest_night,
        body_fields=("description", "host", "amenities"),
    )


def _describe_experience(experience):
    return _describe(
        experience,
        village_id=experience.village_id,
        price=experience.price_per_person_vnd,
        body_fields=("description", "host_name", "included", "what_to_bring"),
    )


def _describe_package(package):
    # The places it visits are searched too: "Khuổi Ky" finds the tours that stay there.
    days = list(package.days.all())

    def localised(translated):
        summary = translated.summary or ""
        places = [part.title for day in days for part in (day.experience, day.homestay) if part is not None]
        return Localised(
            title=translated.title,
            url=translated.get_url() or "",
            body=_text(summary, translated.description, *places),
            snippet=summary or _text(translated.description),
        )

    return Description(
        values={"price": package.price_per_person_vnd},
        published_at=package.first_published_at,
        languages=describe_in_languages(package, localised),
    )


def _packages_visiting(**part):
    return PackageDay.objects.filter(**part).values_list("package_id", flat=True).distinct()


def _live(model):
    return lambda: model.objects.live().public()


types = (
    SearchableType(
        key="village",
        label=_("Craft villages"),
        model=CraftVillagePage,
        queryset=_live(CraftVillagePage),
        describe=_describe_village,
        facets=(VILLAGE,),
    ),
    SearchableType(
        key="homestay",
        label=_("Homestays"),
        model=HomestayPage,
        queryset=lambda: HomestayPage.objects.live().public().annotate(cheapest_night=Min("rooms__nightly_price_vnd")),
        describe=_describe_homestay,
        facets=(VILLAGE, PRICE),
        hit_template=HIT_TEMPLATE,
    ),
    SearchableType(
        key="experience",
        label=_("Experiences"),
        model=ExperiencePage,
        queryset=_live(ExperiencePage),
        describe=_describe_experience,
        facets=(VILLAGE, PRICE),
        hit_template=HIT_TEMPLATE,
    ),
    SearchableType(
        key="package",
        label=_("Tour packages"),
        model=PackagePage,
        queryset=lambda: (
            PackagePage.objects.live()
            .public()
            .prefetch_related(Prefetch("days", queryset=PackageDay.objects.select_related("experience", "homestay")))
        ),
        describe=_describe_package,
        facets=(PRICE,),
        # A place renamed shows in the documents of the packages that visit it.
        reindexed_by=(
            Reindex(ExperiencePage, lambda page: _packages_visiting(experience_id=page.pk), on_delete=False),
            Reindex(HomestayPage, lambda page: _packages_visiting(homestay_id=page.pk), on_delete=False),
        ),
        hit_template=HIT_TEMPLATE,
    ),
)
