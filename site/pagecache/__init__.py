"""Whole pages for anonymous visitors from the cache, invalidated by content, stock and seat changes.

See docs/performance.md for the design (keys, tags, HTTP headers for a CDN or nginx).
"""
