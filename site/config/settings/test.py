"""Tests: PostgreSQL when DATABASE_URL is set (as in CI), SQLite otherwise."""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-insecure-key")
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="caobang-media-"))
# The tests start localstripe themselves (tests/servers.py) and point STRIPE_API_BASE at it.
os.environ.setdefault("STRIPE_SECRET_KEY", "sk_test_localstripe")
os.environ.setdefault("STRIPE_PUBLISHABLE_KEY", "pk_test_localstripe")
os.environ.setdefault("STRIPE_WEBHOOK_SECRET", "whsec_test_secret")

from .base import *  # noqa: E402,F403

ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Background tasks run at once, inside the enqueueing call (tests/test_tasks.py runs the worker).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405

# Nothing in a test may reach the real Stripe: a test that forgets its localstripe (the
# `stripe_settings` fixture) gets a refused connection on the discard port, not api.stripe.com.
STRIPE_API_BASE = "http://127.0.0.1:9"
STRIPE_JS_URL = "http://127.0.0.1:9/js.stripe.com/v3/"

# WhiteNoise serves collected files in production; here runserver and the tests need none.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405
