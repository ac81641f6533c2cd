"""schema.org Product data for a product page.

OCOP stars are a government certification, not customer reviews: never emit
aggregateRating or review from them. aggregateRating comes only from customers' approved reviews,
through core.ratings (the reviews app sits above this one).
"""

from core.ratings import aggregate_rating


def product_json_ld(*, page, variants, image_urls, url, producer_name, certificate_current):
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "category": page.get_ocop_group_display(),
        "brand": {"@type": "Organization", "name": producer_name},
        "offers": [
            {
                "@type": "Offer",
                "sku": variant.sku,
                "name": variant.label,
                "price": str(variant.price_vnd),
                "priceCurrency": "VND",
                "availability": variant.status.schema_org_availability,
                "url": url,
            }
            for variant in variants
        ],
    }
    if image_urls:
        data["image"] = image_urls
    if certificate_current:
        data["award"] = f"OCOP {page.ocop_stars}★ ({page.certificate_number})"
    rating = aggregate_rating(page=page)
    if rating:
        data["aggregateRating"] = rating
    return data
