"""Local development: `make run` on SQLite, no HTTPS, a fixed fake secret."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
# Offline payments: localstripe, started by `make run` on loopback, accepts any test key.
os.environ.setdefault("STRIPE_API_BASE", "http://127.0.0.1:8420")
os.environ.setdefault("STRIPE_JS_URL", "http://127.0.0.1:8420/js.stripe.com/v3/")
os.environ.setdefault("STRIPE_SECRET_KEY", "sk_test_localstripe")
os.environ.setdefault("STRIPE_PUBLISHABLE_KEY", "pk_test_localstripe")
os.environ.setdefault("STRIPE_WEBHOOK_SECRET", "whsec_localstripe")

from .base import *  # noqa: E402,F403

DEBUG = True
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STRIPE_OFFLINE_DEMO = "127.0.0.1" in STRIPE_API_BASE  # noqa: F405  (localstripe only)
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405

VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405  (SQLite file, media)

# WhiteNoise serves collected files in production; here runserver and the tests need none.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405

if not REDIS_URL:
    # `make run` starts the background worker beside the site; it bumps cache tags too (search pages
    # after indexing), which a cache in one process's memory would never show the other. A file cache
    # under var/ is shared by both.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
        }
    }
