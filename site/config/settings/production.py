"""Production: everything comes from the environment (see README, "Running in production")."""
from .base import *  # noqa: F403

if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS, e.g. 'caobang.example,www.caobang.example'.")  # noqa: F405
