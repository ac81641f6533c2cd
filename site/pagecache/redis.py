"""Django's Redis cache, keeping one client per connection pool instead of building one per call.

Django's RedisCacheClient.get_client() constructs a redis.Redis object on every cache operation,
which registers some 170 response callbacks each time, several times per page (the cost is in
docs/performance.md). A redis.Redis client is safe to share; its pool hands out connections.
"""
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient as DjangoRedisCacheClient


class RedisCacheClient(DjangoRedisCacheClient):
    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        clients = self.__dict__.setdefault("_clients", {})
        if index not in clients:
            clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return clients[index]


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
