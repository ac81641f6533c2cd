"""Settings shared by every environment.

Safe for production as it stands: DEBUG is off, cookies are secure and every
secret comes from the environment. dev.py and test.py lower the bar explicitly.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from core import languages  # the language table: no models, safe to import from settings

# The repository root: manage.py, site/, storefront/, locale/, static/ …
BASE_DIR = Path(__file__).resolve().parents[3]
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default):
    value = os.environ.get(name)
    return default if value is None else value.lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY (a long random string) in the environment.")

DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail_modeltranslation patches Wagtail's Page, so it comes before the apps it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "home",
    "storefront",
    "tourism",
    "stories",
    "sitesearch",
    "customers",  # before allauth: its templates override allauth's (account/…, allauth/layouts/…)
    "reviews",
    "api",
    "wagtail.api.v2",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "security",
    "core",  # no models: its management commands (`manage.py tasks`)
    "axes",
    # Customer accounts (customers/, docs/accounts.md): sign in by emailed code or password.
    "allauth",
    "allauth.account",
    "pagecache",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Background work (core/tasks.py): the database backend's queue table and `manage.py db_worker`.
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",  # before anything that may answer by itself (CORS on /api/ only)
    # CSP and friends: before any page-cache middleware, so cached pages get the headers too.
    "security.csp.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, except that an API 404 stays a JSON 404 (no redirect to /vi/api/…).
    "api.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "security.uploads.RequestSizeLimitMiddleware",  # by Content-Length, before the CSRF check reads the body
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "security.busy.DatabaseBusyMiddleware",  # sees the view's lock timeout first
    "axes.middleware.AxesMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Last, so every other middleware (security headers, CSP, locale) also runs on a cached page.
    "pagecache.middleware.PageCacheMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite when DATABASE_URL is unset, so `make run` needs no server.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- DATABASE TIMEOUTS -----------------------------------------------------------------
# A request waiting on a row lock gives up after a few seconds and the visitor gets "busy, please
# try again" (security/busy.py) instead of a worker hung until gunicorn kills it. The statement
# timeout stays below gunicorn's 30 s; set it to 0 for a long migration.
DATABASE_LOCK_TIMEOUT_MS = int(os.environ.get("DATABASE_LOCK_TIMEOUT_MS", "4000"))
DATABASE_STATEMENT_TIMEOUT_MS = int(os.environ.get("DATABASE_STATEMENT_TIMEOUT_MS", "25000"))
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c lock_timeout={DATABASE_LOCK_TIMEOUT_MS} -c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}"
    )

REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": (
        # django-redis keeps one client per server and one connection pool per URL for the process
        # (Django's own backend builds a client on every operation). Raw commands, where needed:
        # django_redis.get_redis_connection().
        {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

if REDIS_URL:
    # A visitor with a cart has a session: reading it on every page view should not cost a query.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Page cache (pagecache/) ------------------------------------------------------
# Anonymous visitors get whole pages from the cache above; publishing, unpublishing, stock-label
# and seat changes make them stale at once. The timeout bounds what changes with the clock
# (sessions that started, holds that expired, "in season now").
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "300"))
# Browsers revalidate every time (nothing can purge them); a CDN or nginx may keep a page this long.
PAGE_CACHE_BROWSER_MAX_AGE = 0
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "60"))
# Rendered cards, shared by the listings that show them, under the same content token (core/cards.py).
CARD_CACHE_ENABLED = env_bool("CARD_CACHE_ENABLED", True)
PAGE_CACHE_SKIP_PREFIXES = ("/admin/", "/documents/", "/stripe/", "/display-currency/", "/static/", "/media/")
# A CDN or nginx in front: published pages and changed stock labels are purged there too (pagecache/purge.py).
# PURGE requests (nginx with ngx_cache_purge, Varnish): FRONTEND_CACHE_PURGE_URL=http://127.0.0.1:8080.
# Cloudflare: CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN. Neither: nothing is sent.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "pagecache.purge.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
WAGTAILFRONTENDCACHE_LANGUAGES = []  # pagecache.purge lists every language's URL itself (slugs are translated)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# Vietnamese first: it is the default and the language content is written in.
# Every per-language fact lives in core/languages.py; these settings are derived from it.
LANGUAGE_CODE = languages.DEFAULT
LANGUAGES = languages.django_languages(_)
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]  # Lao date and number formats, which Django lacks
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Ho_Chi_Minh"

MODELTRANSLATION_DEFAULT_LANGUAGE = languages.DEFAULT
MODELTRANSLATION_LANGUAGES = tuple(languages.codes())
# A Lao or Chinese reader reads English before Vietnamese (each row's `fallbacks`).
MODELTRANSLATION_FALLBACK_LANGUAGES = languages.modeltranslation_fallbacks()

WAGTAIL_I18N_ENABLED = False  # one page tree; translations live in modeltranslation columns
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Editors work in the site's languages: the admin shows prices, and core.money formats money only
# for a language in the table (it refuses to guess a format for any other).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# --- Static and media --------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- MEDIA STORAGE (S3-compatible) ------------------------------------------------------
# Set a bucket to keep uploads in S3, MinIO, Ceph, R2 …; needs requirements-production.txt
# (django-storages[s3]). Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_DEFAULT_ACL = None  # the bucket's policy decides
    AWS_QUERYSTRING_AUTH = False  # public image URLs, cacheable
    AWS_S3_FILE_OVERWRITE = False  # a second "logo.png" gets a new name, never replaces the first
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=86400"}
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    if AWS_S3_CUSTOM_DOMAIN:
        MEDIA_URL = f"https://{AWS_S3_CUSTOM_DOMAIN}/"
    # Documents still go through Django so they keep "attachment", nosniff and their own CSP.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# --- Wagtail -------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Cao Bằng Highlands"
# No autosave: on the page-create form it posts a create of its own that a quick "Submit" races, and the
# second create of the same page fails on its slug (an operator's package created twice, a 500). Staff save
# and submit with the buttons; a page's revisions keep their work.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "security.rich_text.DraftailEditor"}
}  # 400, not 500, on raw HTML
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "txt", "csv"]

# --- Site search (sitesearch) -------------------------------------------------------
# The database engine needs no setting; a URL switches to Elasticsearch 8.
SEARCH_ELASTICSEARCH_URL = os.environ.get("SEARCH_ELASTICSEARCH_URL", "")
SEARCH_ELASTICSEARCH_INDEX = os.environ.get("SEARCH_ELASTICSEARCH_INDEX", "caobang-search")
SEARCH_ELASTICSEARCH_TIMEOUT_SECONDS = float(os.environ.get("SEARCH_ELASTICSEARCH_TIMEOUT_SECONDS", "5"))
SEARCH_ELASTICSEARCH_NODE_CLASS = ""  # dotted path to an elastic_transport node class; tests only

# --- Security ----------------------------------------------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True  # the forms carry the token; no script reads the cookie
# How many proxies (load balancer, nginx …) append to X-Forwarded-For in front of gunicorn. The
# client address used for login rate limiting is read that many entries from the right
# (security/client_ip.py); 0 means REMOTE_ADDR only. Set it to exactly your chain's length.
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
# The proxy must overwrite (never pass on) X-Forwarded-Proto; Django trusts it for "is HTTPS".
USE_X_FORWARDED_HOST = env_bool("DJANGO_USE_X_FORWARDED_HOST", False)

# --- CSP ---------------------------------------------------------------------------------
# security/csp.py builds the policies: strict on public pages (no inline script or style;
# Stripe.js from STRIPE_JS_URL), workable in the admin. Extra sources come from here.
CSP_ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")
CSP_FRAME_SRC = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CSP_EXTRA_IMG_SRC = env_list("CSP_EXTRA_IMG_SRC")
if AWS_STORAGE_BUCKET_NAME and not AWS_S3_CUSTOM_DOMAIN:  # images come straight from the bucket
    CSP_EXTRA_IMG_SRC.append(AWS_S3_ENDPOINT_URL or f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com")
CSP_REPORT_URI = os.environ.get("CSP_REPORT_URI", "")
# Map tiles (docs/maps.md): public pages' img-src allows exactly this URL's host. An empty
# attribution means the translated "© OpenStreetMap contributors".
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get("MAP_TILE_ATTRIBUTION", "")
MAP_TILE_ATTRIBUTION_URL = os.environ.get("MAP_TILE_ATTRIBUTION_URL", "https://www.openstreetmap.org/copyright")
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # admin avatars from this site only (no third-party image, no email hash leak)

# --- AXES (login rate limiting) ---------------------------------------------------------
# Failed logins on the Wagtail admin (and any future customer login: anything that calls
# django.contrib.auth.authenticate with the request) are counted per client address; after
# AXES_FAILURE_LIMIT failures that address is refused (429) for AXES_COOLOFF_TIME.
AUTHENTICATION_BACKENDS = [
    "security.backends.LoginRateLimitBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Customers sign in by email (allauth): still through authenticate(), after axes' check above.
    "allauth.account.auth_backends.AuthenticationBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_CLIENT_IP_CALLABLE = "security.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "security.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# --- CUSTOMER ACCOUNTS (django-allauth; customers/, docs/accounts.md) ---------------------------
# Email is the identifier; a one-time code by email signs in (and creates the account on first
# use, customers.forms); a password is optional. allauth's own rate limits stay on (its defaults),
# counted per client address as axes counts it (customers.adapter); wrong codes also count in axes.
ACCOUNT_ADAPTER = "customers.adapter.AccountAdapter"
ACCOUNT_FORMS = {"request_login_code": "customers.forms.RequestLoginCodeForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
# The sign-up form is closed (customers.adapter); "password1" keeps the password field on the login form.
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 10 * 60  # a code travels by email: slow inboxes
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_SESSION_REMEMBER = True
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"
LOGIN_URL = "account_login"  # the admin keeps its own (WAGTAILADMIN_LOGIN_URL)
LOGIN_REDIRECT_URL = "customers:overview"

# --- UPLOADS --------------------------------------------------------------------------
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # request bodies other than files
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(os.environ.get("WAGTAILIMAGES_MAX_UPLOAD_MB", "15")) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000  # a decompression bomb is refused before decoding
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]  # never SVG: it carries script
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents are always downloads (Content-Disposition: attachment), never rendered by the browser.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Rendition sizes beyond this (e.g. fill-99999x99999, scale-5000) are refused (security/images.py).
IMAGE_RENDITION_MAX_DIMENSION = 3000

EMAIL_BACKEND = os.environ.get("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
# A mail server that accepts the connection and then hangs must not hang a worker: after this the
# task is retried with backoff, and after its last attempt the email is left for
# `send_unsent_order_emails` / `send_unsent_booking_emails` (cron).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Cao Bằng Highlands <shop@localhost>")

# --- Background work (core/tasks.py, docs/operations.md) -----------------------------------
# Emails, search indexing and CDN purges are enqueued after commit as rows in the database and
# run by `manage.py db_worker` (`make run` starts one; production runs one or more beside gunicorn).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Payment gateways (core/payments.py, docs/payments.md) -------------------------------
# name → the gateway class. New orders pay through the default; an order keeps the gateway it
# started with. Each gateway's webhook is /payments/<name>/webhook/ (Stripe's also /stripe/webhook/).
PAYMENT_GATEWAYS = {"stripe": "storefront.payments.stripe_gateway.StripeGateway"}
PAYMENT_DEFAULT_GATEWAY = os.environ.get("PAYMENT_DEFAULT_GATEWAY", "stripe")

# --- Stripe ---------------------------------------------------------------------
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "https://api.stripe.com")
STRIPE_JS_URL = os.environ.get("STRIPE_JS_URL", "https://js.stripe.com/v3/")
# Shorter than gunicorn's 30 s worker timeout, retries included.
STRIPE_TIMEOUT_SECONDS = float(os.environ.get("STRIPE_TIMEOUT_SECONDS", "8"))
STRIPE_MAX_NETWORK_RETRIES = int(os.environ.get("STRIPE_MAX_NETWORK_RETRIES", "1"))
# localstripe's Stripe.js stand-in cannot charge a card element; dev.py turns on a demo-only shim.
STRIPE_OFFLINE_DEMO = False

# --- Cart and checkout --------------------------------------------------------------
# How long starting payment keeps stock (and seats) for the buyer before others may buy it.
STOCK_HOLD_MINUTES = int(os.environ.get("STOCK_HOLD_MINUTES", "20"))
CART_MAX_LINE_QUANTITY = 20

# --- Personal data (customers/privacy.py, docs/privacy.md) --------------------------------------
# Guests' names, emails, phones and addresses are anonymised this long after their order
# (`manage.py anonymise_guest_data`, daily from cron); amounts and order numbers stay.
PERSONAL_DATA_RETENTION_DAYS = int(os.environ.get("PERSONAL_DATA_RETENTION_DAYS", "730"))
# Days after shipping before the buyer is invited to review (docs/reviews.md); bookings: the day after.
REVIEW_INVITATION_DAYS = int(os.environ.get("REVIEW_INVITATION_DAYS", "7"))

# --- Headless API (site/api) ----------------------------------------------------------
# Anonymous clients only: carts and orders are addressed by unguessable tokens, not by login.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
}
API_PAGE_SIZE = 20
# Per client address, on POST/PATCH/DELETE only (api.throttles); reads are not throttled.
API_WRITE_THROTTLE_RATE = os.environ.get("API_WRITE_THROTTLE_RATE", "60/min")
API_MAX_PAGE_SIZE = 50  # also Wagtail API v2's ?limit= cap
WAGTAILAPI_LIMIT_MAX = API_MAX_PAGE_SIZE
SPECTACULAR_SETTINGS = {
    "TITLE": "Cao Bằng Highlands API",
    "DESCRIPTION": "Content (Wagtail API v2), catalogue, availability, cart, checkout, orders and search.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",  # served from our static files: the site runs offline
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "PREPROCESSING_HOOKS": ["api.schema.only_api_paths"],
}
# Origins (scheme://host[:port]) whose browsers may call /api/ directly, e.g. a partner's site.
CORS_ALLOWED_ORIGINS = env_list("DJANGO_CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_HEADERS = ["accept", "accept-language", "content-type"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # Task and page-action chatter belongs in the admin's history, not in the console.
    "loggers": {
        name: {"level": "WARNING"} for name in ("django_tasks", "wagtail", "modelsearch", "elastic_transport", "axes")
    },
}
