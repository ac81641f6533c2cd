"""A lock on a name rather than a row: for "create it unless it exists", where no row is there to lock.

On PostgreSQL a transaction-scoped advisory lock (`pg_advisory_xact_lock`) on a 64-bit key hashed
from the name: a second transaction asking for the same name waits until the first commits or
rolls back, then sees its rows. Other databases (SQLite in development, which writes one
transaction at a time anyway) take no lock.
"""

import hashlib

from django.db import connection


def name_key(name: str) -> int:
    """The signed 64-bit key PostgreSQL takes for `name` (the first 8 bytes of its SHA-256)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def lock_name(name: str) -> None:
    """Hold the lock on `name` until the current transaction ends. Call inside transaction.atomic()."""
    if not connection.in_atomic_block:
        raise RuntimeError("lock_name() outside a transaction would be released at once")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [name_key(name)])
