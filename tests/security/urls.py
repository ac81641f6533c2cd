"""The site's URLs plus routes that fail on purpose, for the error-page tests."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.urls import path

from config import urls as site_urls


def boom(request):
    raise RuntimeError("secret internals: DATABASE_PASSWORD=hunter2 at /srv/app/views.py line 42")


def forbidden(request):
    raise PermissionDenied("internal reason: user 17 lacks storefront.change_order")


urlpatterns = (
    i18n_patterns(
        path("test-boom/", boom),
        path("test-forbidden/", forbidden),
        prefix_default_language=True,
    )
    + site_urls.urlpatterns
)
