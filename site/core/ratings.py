"""Customers' ratings of a page, for the structured data of the lower apps that build it.

Storefront builds a product's schema.org data, yet the reviews live in an app above it: the reviews
app registers a provider at start-up and `product_json_ld` asks here, naming no app. A provider
takes `page=` and returns schema.org AggregateRating data, or None when the page has no rating.
Only customers' reviews may answer: OCOP stars are a certification and never a rating.
"""

_providers = []


def register_rating_provider(provider):
    if provider not in _providers:
        _providers.append(provider)


def aggregate_rating(*, page):
    for provider in _providers:
        rating = provider(page=page)
        if rating:
            return rating
    return None
