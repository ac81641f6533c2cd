"""Demo villages, experiences and sessions, a homestay, two operators and their packages. Safe to run again.

Pages are found by their Vietnamese slug, operators by name, sessions by start time and
departures by date, so a second run updates in place and never touches bookings.
"""

import datetime

from django.utils import timezone

from core.demo import demo_image, localized, site_root, upsert_page
from storefront.models import ProducerPage, ProductPage
from tourism.demo_data import (
    EXAMPLE_NOTE,
    EXPERIENCES,
    HOMESTAYS,
    OPERATORS,
    TOURS_PAGE,
    TRAVELLER_FACTS,
    VILLAGE_INDEX,
    VILLAGES,
)
from tourism.departure_plan import departure_plan, next_sellable_dates, set_allotments
from tourism.models import (
    Booking,
    CraftVillagePage,
    ExperiencePage,
    HomestayPage,
    HomestayRoom,
    PackageDay,
    PackageDeparture,
    PackagePage,
    PackageProduct,
    SessionAllotment,
    TourIndexPage,
    TourOperator,
    VillageImage,
    VillageIndexPage,
)
from tourism.operators import create_operator
from tourism.sessions import generate_sessions

SESSION_HORIZON_DAYS = 365  # a year ahead, so the winter-only noodle sessions exist whenever this runs
DEPARTURES_PER_PACKAGE = 3


def seed_tourism(stdout):
    home = site_root()
    today = timezone.localdate()
    index = upsert_page(home, VillageIndexPage, localized(VILLAGE_INDEX))
    villages = {data["key"]: _seed_village(index, data) for data in VILLAGES}
    experiences = {data["key"]: _seed_experience(villages[data["village"]], data, today) for data in EXPERIENCES}
    homestays = {data["key"]: _seed_homestay(villages[data["village"]], data) for data in HOMESTAYS}
    for data in OPERATORS:
        operator = create_operator(name=data["name"], parent=home, title=data["title"], slug=data["slug"])
        facts = TRAVELLER_FACTS["operators"][data["name"]]
        TourOperator.objects.filter(pk=operator.pk).update(phone=facts["phone"], email=facts["email"])
        _seed_package(operator, data["package"], experiences, homestays, today)
    upsert_page(home, TourIndexPage, {**localized(TOURS_PAGE), "show_in_menus": True})
    stdout.write(
        f"tourism: {len(VILLAGES)} villages, {len(EXPERIENCES)} experiences, {len(HOMESTAYS)} homestay, {len(OPERATORS)} operators"
    )


def _seed_village(index, data):
    values = localized(
        {
            name: data[name]
            for name in (
                "title",
                "slug",
                "summary",
                "ethnic_community",
                "crafts",
                "description",
                "getting_there",
                "best_season",
            )
        }
    )
    latitude, longitude = data["coordinates"] or (None, None)
    values.update(latitude=latitude, longitude=longitude)
    top, bottom = data["colours"]
    image = demo_image(f"Demo: {data['title']['en']}", top=top, bottom=bottom, alt=data["title"]["en"])
    alt = {
        language: f"{title} ({note})"
        for (language, title), note in zip(data["title"].items(), ["ảnh minh hoạ", "illustration", "ຮູບປະກອບ", "示意图"])
    }

    def prepare(page):
        page.gallery_images = [VillageImage(image=image, sort_order=0, **localized({"alt_text": alt}))]

    village = upsert_page(index, CraftVillagePage, values, prepare=prepare)
    for producer in ProducerPage.objects.filter(slug_vi__in=data["producers"]):
        producer.craft_village = village
        producer.save_revision().publish()  # through a revision, so the reference index learns the link
    return village


def _seed_experience(village, data, today):
    values = localized(
        {
            "title": data["title"],
            "slug": data["slug"],
            "summary": data["summary"],
            "languages": data["languages"],
            "included": data["included"],
            "what_to_bring": data["bring"],
            "description": {
                language: data["summary"][language] and f"<p>{data['summary'][language]}</p>{EXAMPLE_NOTE[language]}"
                for language in EXAMPLE_NOTE
            },
        }
    )
    top, bottom = data["colours"]
    values.update(
        village=village,
        host_name=data["host_name"],
        duration_minutes=data["duration"],
        price_per_person_vnd=data["price"],
        min_group=data["min"],
        max_group=data["max"],
        free_cancellation_days=7,
        late_refund_percent=50,
        host_producer=ProducerPage.objects.filter(slug_vi=data["host_producer"]).first()
        if data["host_producer"]
        else None,
        image=demo_image(f"Demo: {data['title']['en']}", top=top, bottom=bottom, alt=data["title"]["en"]),
    )
    facts = TRAVELLER_FACTS["experiences"][data["key"]]
    values.update(
        localized({"meeting_point": facts["meeting_point"]}), host_phone=facts["phone"], host_email=facts["email"]
    )
    experience = upsert_page(village, ExperiencePage, values)
    rule = data["rule"]
    generate_sessions(
        experience=experience,
        weekdays=rule["weekdays"],
        start_time=datetime.time(rule["hour"]),
        months=rule["months"],
        start_date=today + datetime.timedelta(days=1),
        end_date=today + datetime.timedelta(days=SESSION_HORIZON_DAYS),
        capacity=rule["capacity"],
    )
    return experience


def _seed_homestay(village, data):
    values = localized({name: data[name] for name in ("title", "slug", "summary", "amenities", "house_rules")})
    facts = TRAVELLER_FACTS["homestays"][data["key"]]
    values.update(localized({"address": facts["address"], "what_to_bring": facts["bring"]}))
    values["description"] = EXAMPLE_NOTE["vi"]
    values.update({f"description_{language}": note for language, note in EXAMPLE_NOTE.items()})
    top, bottom = data["colours"]
    values.update(
        village=village,
        host=data["host"],
        host_phone=facts["phone"],
        host_email=facts["email"],
        free_cancellation_days=3,
        late_refund_percent=0,
        image=demo_image(f"Demo: {data['title']['en']}", top=top, bottom=bottom, alt=data["title"]["en"]),
    )

    def prepare(page):
        # Rooms keep their rows (bookings point at them): match the existing ones by position.
        existing = list(page.rooms.order_by("sort_order", "pk")) if page.pk else []
        rooms = []
        for order, room_data in enumerate(data["rooms"]):
            room = existing[order] if order < len(existing) else HomestayRoom()
            room.sort_order, room.beds, room.capacity = order, room_data["beds"], room_data["capacity"]
            room.nightly_price_vnd = room_data["price"]
            for name, value in localized({"room_type": room_data["type"]}).items():
                setattr(room, name, value)
            rooms.append(room)
        page.rooms = rooms

    return upsert_page(village, HomestayPage, values, prepare=prepare)


def _seed_package(operator, data, experiences, homestays, today):
    values = localized({"title": data["title"], "slug": data["slug"], "summary": data["summary"]})
    facts = TRAVELLER_FACTS["operators"][operator.name]
    values.update(localized({"meeting_point": facts["meeting_point"], "what_to_bring": facts["bring"]}))
    values["meeting_latitude"], values["meeting_longitude"] = facts["coordinates"] or (None, None)
    values["description"] = EXAMPLE_NOTE["vi"]
    values.update({f"description_{language}": note for language, note in EXAMPLE_NOTE.items()})
    values.update(
        price_per_person_vnd=data["price"], operator=operator, free_cancellation_days=14, late_refund_percent=30
    )

    def prepare(page):
        page.days = [
            PackageDay(
                sort_order=order,
                day_number=number,
                experience=experiences.get(experience_key),
                homestay=homestays.get(homestay_key),
                **localized({"description": description}),
            )
            for order, (number, experience_key, homestay_key, description) in enumerate(data["days"])
        ]
        page.included_products = [
            PackageProduct(product=product, sort_order=order)
            for order, product in enumerate(ProductPage.objects.filter(slug_vi__in=data["products"]).order_by("pk"))
        ]

    package = upsert_page(operator.index_page, PackagePage, values, prepare=prepare)
    _seed_departures(package, data, today)
    return package


def _seed_departures(package, data, today):
    """Departures on the first dates, a week or more ahead, on which every part runs (departure_plan):
    every demo departure can sell. One an older seed left that no longer can, and nobody booked, goes."""
    now = timezone.now()
    kept = 0
    for departure in package.departures.filter(date__gt=today):
        plan = departure_plan(
            package=package, date=departure.date, capacity=departure.capacity, now=now, departure=departure
        )
        if plan.sells or Booking.objects.filter(departure=departure).exists():
            kept += 1
        else:
            departure.delete()
    if not kept:
        dates = next_sellable_dates(
            package=package,
            after=today + datetime.timedelta(days=6),
            now=now,
            limit=DEPARTURES_PER_PACKAGE,
            horizon=SESSION_HORIZON_DAYS - 7,
        )
        for date in dates:
            PackageDeparture.objects.get_or_create(package=package, date=date, defaults={"capacity": data["capacity"]})
    if data.get("allotment") and not SessionAllotment.objects.filter(departure__package=package).exists():
        # The first departure keeps places on its first experience's session, so direct bookings leave them.
        departure = package.departures.filter(date__gt=today).order_by("date").first()
        plan = departure_plan(package=package, date=departure.date, capacity=departure.capacity, now=now)
        sessions = next((part.sessions for part in plan.parts if part.sessions), ())
        if sessions:
            set_allotments(departure=departure, places_by_session={sessions[0][0]: data["allotment"]}, now=now)
