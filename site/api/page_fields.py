"""Serializer fields for the pages' `api_fields` (Wagtail API v2).

Relations to other pages only ever show live, public pages: a draft or private page never
appears through a relation of a public one. Prices are whole đồng; availability is computed
by tourism.availability and storefront.inventory, the same functions the pages use.
"""
from django.utils import timezone, translation
from rest_framework import serializers
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page

from core.card_images import CARD_RENDITION_SPECS

# The web cards' own rendition: prefetched for the cards (core.card_images.prefetch_card_renditions),
# and Wagtail treats a prefetched list as complete, so any other spec would be generated on every call.
CARD_RENDITION = CARD_RENDITION_SPECS[0]
LARGE_RENDITION = "max-1200x1200"


def rendition(field_name, spec=CARD_RENDITION):
    """An image foreign key `field_name` as a rendition (url, width, height, alt)."""
    return ImageRenditionField(spec)


def _public(queryset):
    return queryset.live().public()


def page_summary(page, request=None):
    return {
        "id": page.pk,
        "type": f"{page._meta.app_label}.{type(page).__name__}",
        "title": page.title,
        "html_url": page.get_full_url(request),
    }


class TranslationField(serializers.Field):
    """Which language the content is shown in, and whether that is a fallback (requested → en → vi)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        from home.languages import shown_language

        requested = translation.get_language()
        shown = shown_language(page, requested)
        return {"requested": requested, "shown": shown, "fallback": shown != requested}


class PublicPageField(serializers.Field):
    """A relation to one page: its summary while it is live and public, else null."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, page):
        if page is None or not _public(Page.objects.filter(pk=page.pk)).exists():
            return None
        return page_summary(page, self.context.get("request"))


class PublicPagesField(serializers.Field):
    """Pages related to this one, from `related(page)` (a page queryset), live and public only."""

    def __init__(self, related, **kwargs):
        self.related = related
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        request = self.context.get("request")
        return [page_summary(item, request) for item in _public(self.related(page)).order_by("title")[:50]]


class GalleryField(serializers.Field):
    """A gallery relation (ProductImage, VillageImage) → [{image: rendition, large: rendition, alt}]."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        card, large = ImageRenditionField(CARD_RENDITION), ImageRenditionField(LARGE_RENDITION)
        return [
            {"image": card.to_representation(item.image), "large": large.to_representation(item.image), "alt": item.alt_text}
            for item in manager.select_related("image").order_by("sort_order")
        ]


class VariantsField(serializers.Field):
    """A product's variants with their price and stock status (storefront.inventory)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        from storefront.inventory import available_quantities, stock_status

        variants = list(manager.order_by("sort_order", "pk"))
        available = available_quantities(variant_ids=[v.pk for v in variants])
        rows = []
        for variant in variants:
            status = stock_status(quantity=available.get(variant.pk, 0))
            rows.append({
                "id": variant.pk, "sku": variant.sku, "label": variant.label, "price_vnd": variant.price_vnd,
                "weight_grams": variant.weight_grams, "stock_status": str(status.state), "stock_label": str(status.label),
                "available": status.quantity,
            })
        return rows


class ProductFactsField(serializers.Field):
    """Cheapest price, current OCOP stars (none once the certificate lapsed) and the season's months."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, product):
        from storefront.seasons import month_bit, months_from_mask, season_status

        today = timezone.localdate()
        prices = [v.price_vnd for v in product.variants.all()]
        certificate = product.certificate_state_on(today)
        season = season_status(season_mask=product.season_mask, today=today)
        return {
            "price_from_vnd": min(prices, default=None),
            "certificate_state": str(certificate) if certificate else None,
            "current_stars": product.ocop_stars if certificate == "current" else None,
            "season_months": months_from_mask(product.season_mask),
            "season_state": str(season.state) if season else None,
            "in_season": bool(product.season_mask & month_bit(today.month)),
        }


class SessionsField(serializers.Field):
    """An experience's next sessions with the seats left (tourism.availability)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, experience):
        from tourism.availability import session_seats_left

        now = timezone.now()
        sessions = experience.sessions.filter(starts_at__gt=now).order_by("starts_at")[:20]
        return [
            {"id": s.pk, "starts_at": timezone.localtime(s.starts_at).isoformat(), "capacity": s.capacity,
             "seats_left": session_seats_left(session=s, now=now)}
            for s in sessions
        ]


class RoomsField(serializers.Field):
    """A homestay's rooms with tonight's availability."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        from tourism.availability import room_is_free

        now = timezone.now()
        tonight = timezone.localdate()
        tomorrow = tonight + timezone.timedelta(days=1)
        return [
            {
                "id": room.pk, "room_type": room.room_type, "beds": room.beds, "capacity": room.capacity,
                "nightly_price_vnd": room.nightly_price_vnd,
                "free_tonight": room_is_free(room=room, check_in=tonight, check_out=tomorrow, now=now),
            }
            for room in manager.order_by("sort_order", "pk")
        ]


class DeparturesField(serializers.Field):
    """A package's coming departures with the places left (the least of its parts, tourism.availability)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, package):
        from tourism.availability import package_availability

        now = timezone.now()
        departures = package.departures.filter(date__gte=timezone.localdate()).order_by("date")[:12]
        return [
            {"id": d.pk, "date": d.date.isoformat(), "capacity": d.capacity, "available": package_availability(departure=d, now=now)}
            for d in departures
        ]


class ItineraryField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        public = PublicPageField()
        public.bind("page", self.parent)
        return [
            {
                "day": day.day_number, "description": day.description,
                "experience": public.to_representation(day.experience) if day.experience_id else None,
                "homestay": public.to_representation(day.homestay) if day.homestay_id else None,
            }
            for day in manager.select_related("experience", "homestay").order_by("day_number", "sort_order")
        ]


class LinkedProductsField(serializers.Field):
    """An inline list of products (package contents, an event's featured products), live and public only."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        from storefront.models import ProductPage

        ids = list(manager.order_by("sort_order").values_list("product_id", flat=True))
        products = {p.pk: p for p in _public(ProductPage.objects.filter(pk__in=ids))}
        request = self.context.get("request")
        return [page_summary(products[pk], request) for pk in ids if pk in products]


class TagsField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return sorted(tag.name for tag in manager.all())


class PolicyField(serializers.Field):
    """The cancellation policy shown at booking (copied onto each booking)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        return {"free_cancellation_days": page.free_cancellation_days, "late_refund_percent": page.late_refund_percent}


class MarketplaceLinksField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return [{"marketplace": link.marketplace, "url": link.url} for link in manager.order_by("sort_order")]
