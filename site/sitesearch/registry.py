"""The searchable types, read from what the domain declares (core.searchable).

Every installed app may have a `searchable` module with `types = (SearchableType(...), ...)`;
`discover()` reads them when the app registry is ready. Search never names a model or a facet:
the facets are the union of the types' declared facets, in the order they are first declared.
"""

import re
from importlib import import_module

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import module_has_submodule

# Request parameters search itself uses: no facet may take their names.
RESERVED = {"q", "page", "type"}
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")  # facet names become SQL aliases and index fields

_types = {}
_facets = {}


def discover():
    _types.clear()
    for app in apps.get_app_configs():
        if module_has_submodule(app.module, "searchable"):
            for searchable_type in getattr(import_module(f"{app.name}.searchable"), "types", ()):
                _types[searchable_type.key] = searchable_type
    _collect_facets()


def register(searchable_type):
    """Add a type outside discovery (a test's own declaration); `unregister` takes it out."""
    _types[searchable_type.key] = searchable_type
    _collect_facets()
    return searchable_type


def unregister(key):
    _types.pop(key, None)
    _collect_facets()


def _collect_facets():
    _facets.clear()
    for searchable_type in _types.values():
        for facet in searchable_type.facets:
            if facet.name in RESERVED or not _NAME.match(facet.name):
                raise ImproperlyConfigured(
                    f"Search facet {facet.name!r} of {searchable_type.key!r}: not a usable name."
                )
            known = _facets.setdefault(facet.name, facet)
            if known is not facet and known != facet:
                raise ImproperlyConfigured(
                    f"Search facet {facet.name!r} is declared twice, differently ({searchable_type.key!r}): share one Facet."
                )


def searchable_types():
    return list(_types.values())


def facets():
    """Every declared facet, in declaration order."""
    return list(_facets.values())


def get_facet(name):
    return _facets.get(name)


def get_type(key):
    return _types.get(key)


def type_for_model(model):
    for searchable_type in _types.values():
        if searchable_type.model is model:
            return searchable_type
    return None
