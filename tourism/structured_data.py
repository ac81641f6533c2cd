"""schema.org TouristTrip data for a package page: its itinerary, its operator and one offer per departure."""

import datetime

from wagtail.images.models import SourceImageIOError


def tourist_trip_json_ld(*, package, days, departures, url, today, image_url=""):
    """`days`: the itinerary (PackageDay rows with their pages); `departures`: with `.available`.

    One offer per departure still on sale (booking closes the day before it leaves)."""
    stops = []
    for day in days:
        for part in (day.experience, day.homestay):
            if part is not None and part.live:
                stops.append({"@type": "TouristAttraction", "name": part.title, "url": part.full_url or ""})
    length = max((day.day_number for day in days), default=1)
    data = {
        "@context": "https://schema.org",
        "@type": "TouristTrip",
        "name": package.title,
        "description": package.summary,
        "url": url,
        "provider": {"@type": "Organization", "name": package.operator.name},
        "itinerary": {
            "@type": "ItemList",
            "numberOfItems": len(stops),
            "itemListElement": [
                {"@type": "ListItem", "position": number, "item": stop} for number, stop in enumerate(stops, start=1)
            ],
        },
        "offers": [
            {
                "@type": "Offer",
                "name": departure.date.isoformat(),
                "url": url,
                "price": str(package.price_per_person_vnd),
                "priceCurrency": "VND",
                "availability": "https://schema.org/InStock" if departure.available else "https://schema.org/SoldOut",
                "inventoryLevel": {"@type": "QuantitativeValue", "value": departure.available},
                "validFrom": today.isoformat(),
                "validThrough": (departure.date - datetime.timedelta(days=1)).isoformat(),
                "availabilityStarts": departure.date.isoformat(),
                "availabilityEnds": (departure.date + datetime.timedelta(days=length - 1)).isoformat(),
            }
            for departure in departures
            if departure.date > today
        ],
    }
    if image_url:
        data["image"] = [image_url]
    return data


def share_image_url(request, image):
    """The picture search engines show (as the product page's); a lost original file must not take the page down."""
    if image is None:
        return ""
    try:
        return request.build_absolute_uri(image.get_rendition("fill-1200x630").url)
    except SourceImageIOError:
        return ""
