from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from security.images import bounded_admin_preview
from security.page_passwords import rate_limited_authenticate_with_password
from storefront import views as storefront_views
from stories.feeds import StoryFeed
from tourism import admin_guards

urlpatterns = [
    # Before Wagtail's own route: the preview renders any spec it is given (security/images.py).
    path("admin/images/<int:image_id>/preview/<str:filter_spec>/", bounded_admin_preview),
    # Before Wagtail's own routes: the page chooser and a report that name any page (tourism/admin_guards.py).
    path("admin/", include(admin_guards.admin_urls())),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("sitemap-<slug:section>.xml", home_views.sitemap_section, name="sitemap_section"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("display-currency/", storefront_views.set_display_currency, name="set_display_currency"),
    # Outside i18n_patterns: Stripe posts to one fixed URL, with no language and no CSRF token.
    path("stripe/webhook/", storefront_views.stripe_webhook, name="stripe_webhook"),
    path("payments/<slug:provider>/webhook/", storefront_views.payment_webhook, name="payment_webhook"),
    # The headless API: no language prefix, the language is a parameter (?lang=) — see site/api.
    path("api/", include("api.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public URL carries its language (/vi/, /en/, /lo/, /zh-hans/); "/" redirects
# by the language cookie or Accept-Language, so a first visit gets the visitor's language.
urlpatterns += i18n_patterns(
    path("stories/feed/", StoryFeed(), name="story_feed"),
    path("", include("storefront.urls")),
    path("search/", include("sitesearch.urls")),
    path("", include("tourism.urls")),
    path("account/privacy/", include("customers.privacy_urls")),  # download and erase personal data
    # Customer accounts: allauth's sign-in screens and the customer's own pages (customers/).
    path("account/", include("customers.urls")),
    path("account/", include("allauth.urls")),
    path("reviews/", include("reviews.urls")),
    # Before Wagtail's own route: page passwords are rate limited like logins.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        rate_limited_authenticate_with_password,
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "security.errors.bad_request"
handler404 = "api.errors.page_not_found"
handler500 = "api.errors.server_error"
