"""Values kept under the content token: in this process, or in the cache for every process.

The page cache's middleware sets the request's content token (`current_token`); any publish,
price, picture or exchange-rate change replaces it (see pagecache.invalidation), so a value kept
under it cannot outlive the rows it was read from. Without a token (a command, a test without the
middleware) nothing is kept and every value is read afresh.

The per-process store spares Redis round trips (each costs more CPU than a dict lookup) on every
uncached page; a new token empties it.
"""

import contextvars

from django.core.cache import cache

# The request's content token (set by the page cache's middleware), for code that has no request at hand.
current_token = contextvars.ContextVar("memo_content_token", default=None)
# What else makes a request's pages differ for anonymous visitors besides host, language and day
# (the display currency), set by the same middleware: rendered cards are kept per variant.
current_variant = contextvars.ContextVar("memo_variant", default="")

_local = {"token": None, "values": {}, "large": 0}
LOCAL_VALUES = 20_000  # routes of a large site; beyond that Redis still has them
LOCAL_LARGE_VALUES = 1_000  # pages (~30 KB each): a crawler must not grow a worker by gigabytes
SHARED_TIMEOUT = 3600


def memo(token, key):
    """What `remember_locally` kept in this process under `token`, or None."""
    return _local["values"].get(key) if _local["token"] == token else None


def remember_locally(token, key, value, *, large=False):
    """Keep `value` in this process under `token` (a new token forgets every value kept before)."""
    if _local["token"] != token:
        _local["token"], _local["values"], _local["large"] = token, {}, 0
    if key in _local["values"] or len(_local["values"]) >= LOCAL_VALUES:
        return
    if large:
        if _local["large"] >= LOCAL_LARGE_VALUES:
            return
        _local["large"] += 1
    _local["values"][key] = value


def _shared_key(token, key):
    return f"pagecache:shared:{token}:{key}"


def recall(key, *, shared=False):
    """What `keep` kept under the request's content token, or None (also without a token)."""
    token = current_token.get()
    if token is None:
        return None
    return cache.get(_shared_key(token, key)) if shared else memo(token, key)


def keep(key, value, *, shared=False):
    """Keep `value` under the request's content token: in this process, or with `shared` in the
    cache for every process (for values with too many possible keys to keep in each process)."""
    token = current_token.get()
    if token is None:
        return
    if shared:
        cache.set(_shared_key(token, key), value, timeout=SHARED_TIMEOUT)
    else:
        remember_locally(token, key, value)


def memoised(key, read):
    """`read()`, kept in this process under the request's content token; read each time without one."""
    return _kept_or_read(key, read, shared=False)


def shared(key, read):
    """`read()`, kept in the cache for every process under the request's content token (values with too
    many possible keys to keep in each process); read each time without one."""
    return _kept_or_read(key, read, shared=True)


def _kept_or_read(key, read, *, shared):
    value = recall(key, shared=shared)
    if value is None:
        value = read()
        keep(key, value, shared=shared)
    return value


def prefetched(page, name, queryset):
    """`page`'s `name` rows as its route load prefetched them (a page type names them in a
    `route_prefetches()` classmethod, see pagecache.routing), or `queryset` read now (Wagtail routed
    the page itself, or it is a preview's draft, whose rows are its own)."""
    rows = getattr(page, "_prefetched_objects_cache", {}).get(name)
    return list(queryset if rows is None else rows)
