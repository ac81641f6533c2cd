from django.conf import settings
from rest_framework.throttling import AnonRateThrottle

from security.client_ip import client_ip


class WriteRateThrottle(AnonRateThrottle):
    """Anonymous writes (cart, checkout) per client address; reads are never throttled.

    The rate is read from settings on each request (API_WRITE_THROTTLE_RATE, e.g. "60/min"),
    not frozen at import as DRF's DEFAULT_THROTTLE_RATES is, so it can be changed per deployment.
    """

    scope = "api_write"

    def get_rate(self):
        return settings.API_WRITE_THROTTLE_RATE

    def get_ident(self, request):
        # The same address login rate limiting counts (DJANGO_TRUSTED_PROXY_COUNT): a forged
        # X-Forwarded-For cannot open a fresh allowance.
        return client_ip(request)

    def allow_request(self, request, view):
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return True
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)
