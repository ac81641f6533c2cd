"""The site's URLs plus /bench/minimal/: a plain Django view returning 2 KB, the yardstick."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns

BODY = ("<!DOCTYPE html><title>minimal</title>" + "x" * 2048)[:2048].encode()


def minimal(request):
    return HttpResponse(BODY)


urlpatterns = [path("bench/minimal/", minimal), *site_urlpatterns]
