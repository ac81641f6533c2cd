"""Request bodies are refused by their declared size (Content-Length) before anything reads them.

Django parses a multipart body whole (spooling files to disk) the first time anything reads
`request.POST`, and Wagtail only checks an image's size after Willow has opened it; Willow's
format sniffing reads a file line by line, which on a file without newlines (zeros) is quadratic.
So an oversized upload is answered 413 here, from the header alone, before the CSRF check (the
first reader of the body). The TLS proxy in front has its own, larger limit (docs/operations.md).
"""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext

# The multipart framing and the form's other fields (title, tags, collection) around the file.
FORM_ALLOWANCE = 256 * 1024
# Where each upload limit applies: the admin's add, multiple-add, chooser-upload and edit views.
UPLOAD_PREFIXES = (
    ("/admin/images/", "WAGTAILIMAGES_MAX_UPLOAD_SIZE"),
    ("/admin/documents/", "WAGTAILDOCS_MAX_UPLOAD_SIZE"),
)


def largest_file(path: str) -> int | None:
    """The largest file a request to `path` may carry; None for no limit (a limit set to None)."""
    for prefix, setting in UPLOAD_PREFIXES:
        if path.startswith(prefix):
            return getattr(settings, setting, None)
    limits = [getattr(settings, setting, None) for _prefix, setting in UPLOAD_PREFIXES]
    if any(limit is None for limit in limits):
        return None
    # Anywhere else: no more than the largest upload anywhere (form bodies alone have Django's own limit).
    return max([*limits, settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0, settings.FILE_UPLOAD_MAX_MEMORY_SIZE])


def body_too_large(*, path: str, content_length: str | None) -> int | None:
    """The file limit that a body of `content_length` bytes to `path` exceeds, or None if it fits."""
    limit = largest_file(path)
    try:
        length = int(content_length or 0)
    except ValueError:
        return None  # Django reads no body for an unparseable length
    return limit if limit is not None and length > limit + FORM_ALLOWANCE else None


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = body_too_large(path=request.path_info, content_length=request.META.get("CONTENT_LENGTH"))
        if limit is not None:
            return _too_large(request, limit)
        return self.get_response(request)


def _too_large(request, limit):
    message = gettext("This file is too large. The largest file accepted here is %(size)s.") % {
        "size": filesizeformat(limit)
    }
    if (
        "application/json" in request.headers.get("Accept", "")
        or request.headers.get("X-Requested-With") == "XMLHttpRequest"
    ):
        return JsonResponse({"success": False, "error_message": message}, status=413)
    return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
