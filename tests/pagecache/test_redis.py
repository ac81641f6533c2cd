"""The cache on Redis (REDIS_URL set, as in production and CI's Redis pass) through django-redis:
one client and one connection pool for the process, shared by every cache operation and raw
command. Skipped on the local-memory cache the other runs use."""

import threading

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django_redis import get_redis_connection

pytestmark = pytest.mark.skipif(
    not settings.CACHES["default"]["BACKEND"].startswith("django_redis."),
    reason="the cache is not on Redis (set REDIS_URL=redis://127.0.0.1:6379/<db>)",
)


def test_every_cache_operation_shares_one_client_and_pool():
    client = cache.client.get_client(write=False)
    cache.set("redis-test", 1)
    cache.get("redis-test")
    assert cache.client.get_client(write=True) is client  # not a new client per operation
    assert get_redis_connection("default") is client
    elsewhere = []
    thread = threading.Thread(target=lambda: elsewhere.append(caches["default"].client.get_client()))
    thread.start()
    thread.join()
    assert elsewhere[0].connection_pool is client.connection_pool  # other threads: the same pool


def test_values_round_trip_as_with_djangos_backend():
    cache.set_many({"redis-test:int": 3, "redis-test:dict": {"a": [1, "b"]}}, timeout=60)
    assert cache.get_many(["redis-test:int", "redis-test:dict", "redis-test:none"]) == {
        "redis-test:int": 3,
        "redis-test:dict": {"a": [1, "b"]},
    }
    assert cache.add("redis-test:int", 9) is False
    assert cache.incr("redis-test:int") == 4
    cache.delete_many(["redis-test:int", "redis-test:dict"])
    assert cache.get("redis-test:int") is None
