"""Maps: one or more points drawn by Leaflet (static/js/maps.js), with a text fallback.

The page always carries the address and a directions link; the map is an enhancement drawn over a
`<div data-map>` whose points travel as JSON in a data attribute (no inline script, CSP).
"""

from decimal import Decimal

from django.conf import settings

LEAFLET_VERSION = "1.9.4"


def directions_url(*, latitude, longitude) -> str:
    """OpenStreetMap's route planner with the destination filled in: works in every browser
    and on every phone (a geo: URI does nothing on most desktops)."""
    return f"https://www.openstreetmap.org/directions?route=%3B{_number(latitude)}%2C{_number(longitude)}"


def map_point(*, latitude, longitude, label: str, address: str = "", url: str = "") -> dict | None:
    if latitude is None or longitude is None:
        return None
    return {
        "lat": float(Decimal(str(latitude))),
        "lon": float(Decimal(str(longitude))),
        "label": label,
        "address": address or label,
        "url": url,
        "directions": directions_url(latitude=latitude, longitude=longitude),
    }


def tile_settings() -> dict:
    return {
        "url": settings.MAP_TILE_URL,
        "attribution_url": settings.MAP_TILE_ATTRIBUTION_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
    }


def _number(value) -> str:
    return format(Decimal(str(value)).normalize(), "f")
