"""schema.org TouristTrip data for a package page: its itinerary, its operator and one offer per departure."""

import datetime


def tourist_trip_json_ld(*, package, days, departures, url, image_url=""):
    """`days`: the itinerary (PackageDay rows with their pages); `departures`: upcoming ones with `.available`."""
    stops = []
    for day in days:
        for part in (day.experience, day.homestay):
            if part is not None and part.live:
                stops.append({"@type": "TouristAttraction", "name": part.title, "url": part.full_url or ""})
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
                "price": str(package.price_per_person_vnd),
                "priceCurrency": "VND",
                "availability": "https://schema.org/InStock" if departure.available else "https://schema.org/SoldOut",
                "availabilityEnds": departure.date.isoformat(),
                "validThrough": (departure.date - datetime.timedelta(days=1)).isoformat(),
                "name": departure.date.isoformat(),
                "url": url,
            }
            for departure in departures
        ],
    }
    if image_url:
        data["image"] = [image_url]
    return data
