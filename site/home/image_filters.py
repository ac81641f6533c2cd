"""Wagtail's {% image %} and {% srcset_image %} tags keep their filters.

Both build new Filter objects on every render, and a new Filter works its operations out again
(with `inspect`), per picture, on every render (figures in docs/performance.md). A tag's filter specs
are fixed when its template is compiled, so each tag keeps the Filters it built the first time;
a Filter holds no state of the image it is applied to.
"""
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode


def install():
    for node_class, method in ((ImageNode, "get_filter"), (SrcsetImageNode, "get_filters")):
        if "_kept" not in node_class.__dict__:
            setattr(node_class, method, _kept(getattr(node_class, method), method))
            node_class._kept = True


def _kept(build, name):
    attribute = f"_kept_{name}"

    def get(node):
        try:
            return node.__dict__[attribute]
        except KeyError:
            return node.__dict__.setdefault(attribute, build(node))

    return get
