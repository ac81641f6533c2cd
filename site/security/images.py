"""Image filter specs from outside (a URL, an API parameter) are bounded before Wagtail runs them.

Wagtail renders any spec it is given and keeps the rendition; a spec from a request could ask
for `scale-5000` of a large photo or for thousands of distinct sizes. Fixed specs in templates
need no check; anything built from request input goes through `check_filter_spec`.
"""

import re

from django.conf import settings
from django.http import HttpResponseBadRequest

_SIZE = re.compile(r"^(\d{1,6})(?:x(\d{1,6}))?$")
_SIZED = {"width", "height", "min", "max", "fill"}
_PLAIN = {"original", "format", "jpegquality", "webpquality", "avifquality", "bgcolor"}
MAX_OPERATIONS = 4


class UnboundedFilterSpec(ValueError):
    pass


def check_filter_spec(spec: str) -> str:
    """`spec` unchanged if every size in it is within IMAGE_RENDITION_MAX_DIMENSION; else UnboundedFilterSpec."""
    limit = settings.IMAGE_RENDITION_MAX_DIMENSION
    operations = spec.split("|")
    if not spec or len(spec) > 100 or len(operations) > MAX_OPERATIONS:
        raise UnboundedFilterSpec(spec)
    for operation in operations:
        method, _, argument = operation.partition("-")
        if method in _SIZED:
            size = _SIZE.match(argument.split("-")[0])
            if not size or any(int(n) > limit or int(n) < 1 for n in size.groups() if n is not None):
                raise UnboundedFilterSpec(spec)
        elif method == "scale":
            if not argument.isdigit() or not 1 <= int(argument) <= 100:
                raise UnboundedFilterSpec(spec)
        elif method not in _PLAIN:
            raise UnboundedFilterSpec(spec)
    return spec


def bounded_admin_preview(request, image_id, filter_spec):
    """Wagtail's admin image preview, for specs within bounds only."""
    from wagtail.images.views.images import preview

    try:
        check_filter_spec(filter_spec)
    except UnboundedFilterSpec:
        return HttpResponseBadRequest("Invalid filter spec", content_type="text/plain")
    return preview(request, image_id, filter_spec)
