"""The neutral core: what the domain apps and the edges both build on, importing neither."""
