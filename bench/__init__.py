"""The benchmark: `make bench` (see docs/performance.md). Not part of `make test`."""
