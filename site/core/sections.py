"""Sections another app adds to a page about that page (the stories that mention a product, …).

A page's own template asks for `{% sections_about page %}` (core_tags) and names no other app:
products and places are below stories in the layers, yet their pages show the stories about them.
An app registers a template at start-up; it is rendered with `about` set to the page and decides
itself whether it has anything to show. `on` names what the section is about: "page" (a content
page), "order" (storefront's order page, where tourism shows the order's bookings), or
"account_order" (each order on the customer's account page, where reviews links its form), or
"checkout_address" (below the checkout form's address, `about` the form: customers offers to save it).
"""

_templates = {}


def register_section(template_name, *, on="page"):
    names = _templates.setdefault(on, [])
    if template_name not in names:
        names.append(template_name)


def section_templates(on="page"):
    return tuple(_templates.get(on, ()))
