import hashlib
import json

from django import template

from core.maps import LEAFLET_VERSION, map_point, tile_settings

register = template.Library()


@register.inclusion_tag("core/map.html")
def place_map(*, latitude, longitude, label, address="", heading=""):
    """One place: a map with its marker, and beside it the address and a directions link."""
    point = map_point(latitude=latitude, longitude=longitude, label=label, address=address)
    return _context([point] if point else [], heading=heading)


@register.inclusion_tag("core/map.html")
def places_map(points, heading=""):
    """Several places (dicts from core.maps.map_point), each marker linking to its page."""
    return _context([point for point in points if point], heading=heading)


def _context(points, *, heading):
    data = json.dumps(
        [{key: point[key] for key in ("lat", "lon", "label", "url")} for point in points], ensure_ascii=False
    )
    return {
        "points": points,
        "points_json": data,
        "map_id": "map-" + hashlib.sha1(data.encode()).hexdigest()[:8],
        "heading": heading,
        "tiles": tile_settings(),
        "leaflet": f"vendor/leaflet/{LEAFLET_VERSION}/",
    }
