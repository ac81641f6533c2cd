"""Builders for tourism pages and rows in four languages."""

import datetime
import itertools

from django.utils import timezone, translation

from tests.factories import translations
from tourism.models import (
    CraftVillagePage,
    ExperiencePage,
    ExperienceSession,
    HomestayPage,
    HomestayRoom,
    PackageDay,
    PackageDeparture,
    PackagePage,
    VillageIndexPage,
)
from tourism.operators import create_operator

_numbers = itertools.count(1)


def _names(name, slug):
    return {
        **translations("title", vi=name, en=name + " EN", lo=name + " LO", zh_hans=name + " ZH"),
        **translations("slug", vi=slug, en=slug + "-en", lo=slug + "-lo", zh_hans=slug + "-zh"),
    }


@translation.override("vi")
def make_village(home, *, name="Làng rèn Phúc Sen", slug=None):
    index = VillageIndexPage.objects.first() or home.add_child(
        instance=VillageIndexPage(**_names("Làng nghề", "lang-nghe"))
    )
    village = index.add_child(
        instance=CraftVillagePage(
            **_names(name, slug or f"village-{next(_numbers)}"),
            **translations("crafts", vi="Rèn", en="Forging", lo="ຕີເຫຼັກ", zh_hans="锻造"),
            latitude="22.700000",
            longitude="106.450000",
        )
    )
    village.save_revision().publish()
    return village


@translation.override("vi")
def make_experience(
    village, *, name="Lò rèn nửa ngày", price=450000, min_group=1, max_group=8, free_days=7, late_percent=50
):
    experience = village.add_child(
        instance=ExperiencePage(
            **_names(name, f"experience-{next(_numbers)}"),
            village=village,
            host_name="Anh Nông",
            duration_minutes=240,
            price_per_person_vnd=price,
            min_group=min_group,
            max_group=max_group,
            free_cancellation_days=free_days,
            late_refund_percent=late_percent,
        )
    )
    experience.save_revision().publish()
    return experience


@translation.override("vi")
def make_homestay(village, *, name="Homestay Yến Nhi", rooms=((1000000, 2),)):
    homestay = HomestayPage(**_names(name, f"homestay-{next(_numbers)}"), host="Triệu Ích Sỹ", village=village)
    for order, (price, capacity) in enumerate(rooms):
        homestay.rooms.add(
            HomestayRoom(
                sort_order=order,
                nightly_price_vnd=price,
                capacity=capacity,
                beds=capacity,
                **translations("room_type", vi="Phòng", en="Room", lo="ຫ້ອງ", zh_hans="房间"),
            )
        )
    village.add_child(instance=homestay)
    homestay.save_revision().publish()
    return homestay


def make_session(experience, *, days_ahead=30, capacity=8, hour=8):
    start = timezone.make_aware(
        datetime.datetime.combine(timezone.localdate() + datetime.timedelta(days=days_ahead), datetime.time(hour))
    )
    return ExperienceSession.objects.create(experience=experience, starts_at=start, capacity=capacity)


def make_operator(home, name="Demo Travel"):
    slug = f"operator-{next(_numbers)}"
    return create_operator(
        name=name,
        parent=home,
        title={"vi": name, "en": name, "lo": name, "zh_hans": name},
        slug={"vi": slug, "en": slug + "-en", "lo": slug + "-lo", "zh_hans": slug + "-zh"},
    )


@translation.override("vi")
def make_package(operator, *, name="Gói hai ngày", days=(), price=2500000, publish=True):
    """days: [(day_number, experience or None, homestay or None)]"""
    package = PackagePage(**_names(name, f"package-{next(_numbers)}"), price_per_person_vnd=price)
    for order, (number, experience, homestay) in enumerate(days or [(1, None, None)]):
        package.days.add(PackageDay(sort_order=order, day_number=number, experience=experience, homestay=homestay))
    operator.index_page.add_child(instance=package)
    revision = package.save_revision()
    if publish:
        revision.publish()
    return package


def make_departure(package, *, days_ahead=30, capacity=10):
    return PackageDeparture.objects.create(
        package=package, date=timezone.localdate() + datetime.timedelta(days=days_ahead), capacity=capacity
    )
