"""The benchmark: `make bench` (see README, "Performance"). Not part of `make test`."""
