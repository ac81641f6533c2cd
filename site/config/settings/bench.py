"""The benchmark (`make bench`): production settings, plus a minimal view to compare pages with.

bench/run.py sets the environment (database, Redis, secret, hosts, no HTTPS redirect on loopback).
"""

from .production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
PAGE_CACHE_SKIP_PREFIXES = (*PAGE_CACHE_SKIP_PREFIXES, "/bench/")  # noqa: F405  (the yardstick stays plain Django)
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
