from axes.backends import AxesStandaloneBackend


class LoginRateLimitBackend(AxesStandaloneBackend):
    """django-axes' lockout check, for logins that come with a request.

    `authenticate()` without a request (management commands, the test client's `login`) is no
    HTTP login and has no client to count; every login view (Django's and Wagtail's
    AuthenticationForm) passes the request.
    """

    def authenticate(self, request=None, *args, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, *args, **kwargs)
