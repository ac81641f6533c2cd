"""The client's address, as the last trusted proxy saw it.

`X-Forwarded-For` is a list each proxy appends to; everything left of what our own proxies wrote
is whatever the client chose to send. With TRUSTED_PROXY_COUNT proxies in front of gunicorn, the
client is the TRUSTED_PROXY_COUNT-th entry from the right; with none, only REMOTE_ADDR counts.
So a login flood that rotates the header keeps being counted against one address.
"""

import ipaddress

from django.conf import settings


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or ""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if len(hops) < proxies:
        return remote  # not through all our proxies: the header is the client's own invention
    candidate = hops[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
