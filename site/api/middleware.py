from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

API_PREFIX = "/api/"


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except under /api/: there a 404 must stay a JSON 404.

    Django answers a 404 outside i18n_patterns by redirecting to the same path under /vi/, and
    Wagtail's catch-all route makes every such path look valid, so /api/v2/pages/999/ would
    become a redirect to an HTML page.
    """

    def process_response(self, request, response):
        if not request.path_info.startswith(API_PREFIX):
            return super().process_response(request, response)
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
