"""Request and response shapes of the commerce API; the schema at /api/schema/ is built from these."""

from django.conf import settings
from rest_framework import serializers

from api.params import MAX_INT
from storefront.addresses import PROVINCES
from storefront.catalogue import SORTS
from storefront.models import AddressKind, DeliveryMethod, OrderStatus
from storefront.models.choices import OcopGroup, OcopStars

# --- shared -----------------------------------------------------------------------------------


class ImageSerializer(serializers.Serializer):
    url = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    alt = serializers.CharField()


class PageRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    type = serializers.CharField()
    title = serializers.CharField()
    html_url = serializers.CharField(allow_null=True)


class FacetOptionSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()
    count = serializers.IntegerField()
    selected = serializers.BooleanField()


class PagingQuerySerializer(serializers.Serializer):
    page = serializers.IntegerField(min_value=1, max_value=MAX_INT, default=1)
    page_size = serializers.IntegerField(
        min_value=1,
        max_value=settings.API_MAX_PAGE_SIZE,
        default=settings.API_PAGE_SIZE,
        help_text=f"At most {settings.API_MAX_PAGE_SIZE}.",
    )


# --- catalogue ---------------------------------------------------------------------------------


class CatalogueQuerySerializer(PagingQuerySerializer):
    group = serializers.ChoiceField(choices=OcopGroup.choices, required=False)
    stars = serializers.ChoiceField(choices=OcopStars.choices, required=False, help_text="Current OCOP stars (3–5).")
    producer = serializers.IntegerField(min_value=1, max_value=MAX_INT, required=False)
    in_season = serializers.BooleanField(required=False, default=False)
    price_min = serializers.IntegerField(min_value=0, max_value=MAX_INT, required=False)
    price_max = serializers.IntegerField(min_value=0, max_value=MAX_INT, required=False)
    sort = serializers.ChoiceField(choices=list(SORTS), default="newest")


class ProductCardSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    summary = serializers.CharField(allow_blank=True)
    producer = PageRefSerializer(allow_null=True)
    ocop_group = serializers.CharField()
    current_stars = serializers.IntegerField(
        allow_null=True, help_text="Null when uncertified or the certificate lapsed."
    )
    price_from_vnd = serializers.IntegerField(allow_null=True)
    image = ImageSerializer(allow_null=True)
    html_url = serializers.CharField(allow_null=True)


class CatalogueFacetsSerializer(serializers.Serializer):
    group = FacetOptionSerializer(many=True)
    stars = FacetOptionSerializer(many=True)
    producer = FacetOptionSerializer(many=True)
    in_season = FacetOptionSerializer()


class CatalogueSerializer(serializers.Serializer):
    count = serializers.IntegerField()
    page = serializers.IntegerField()
    page_size = serializers.IntegerField()
    num_pages = serializers.IntegerField()
    results = ProductCardSerializer(many=True)
    facets = CatalogueFacetsSerializer()


class VariantSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    sku = serializers.CharField()
    label = serializers.CharField()
    price_vnd = serializers.IntegerField()
    weight_grams = serializers.IntegerField(allow_null=True)
    stock_status = serializers.ChoiceField(choices=["in_stock", "low", "sold_out"])
    stock_label = serializers.CharField()
    available = serializers.IntegerField()


class GalleryImageSerializer(serializers.Serializer):
    image = ImageSerializer()
    large = ImageSerializer()
    alt = serializers.CharField(allow_blank=True)


class TranslationSerializer(serializers.Serializer):
    requested = serializers.CharField()
    shown = serializers.CharField()
    fallback = serializers.BooleanField()


class ProductDetailSerializer(ProductCardSerializer):
    description = serializers.CharField(allow_blank=True, help_text="HTML.")
    origin = serializers.CharField(allow_blank=True)
    certificate_state = serializers.CharField(allow_null=True)
    season_months = serializers.ListField(child=serializers.IntegerField())
    in_season = serializers.BooleanField()
    variants = VariantSerializer(many=True)
    gallery = GalleryImageSerializer(many=True)
    translation = TranslationSerializer()


# --- availability --------------------------------------------------------------------------------


class DateRangeQuerySerializer(serializers.Serializer):
    start = serializers.DateField(required=False, help_text="First day (default today).")
    end = serializers.DateField(
        required=False, help_text="Last day, included (default start + 30 days; at most 92 days after start)."
    )


class StayQuerySerializer(serializers.Serializer):
    check_in = serializers.DateField()
    check_out = serializers.DateField(help_text="At least one night and at most 92 nights after check-in.")
    guests = serializers.IntegerField(min_value=1, max_value=100, default=1)


class SessionAvailabilitySerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Pass as `session` to add it to a cart.")
    starts_at = serializers.DateTimeField()
    capacity = serializers.IntegerField()
    seats_left = serializers.IntegerField()


class ExperienceAvailabilitySerializer(serializers.Serializer):
    experience = PageRefSerializer()
    price_per_person_vnd = serializers.IntegerField()
    min_group = serializers.IntegerField()
    max_group = serializers.IntegerField()
    start = serializers.DateField()
    end = serializers.DateField()
    sessions = SessionAvailabilitySerializer(many=True)


class RoomAvailabilitySerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Pass as `room` to add a stay to a cart.")
    room_type = serializers.CharField()
    beds = serializers.IntegerField()
    capacity = serializers.IntegerField()
    nightly_price_vnd = serializers.IntegerField()
    total_vnd = serializers.IntegerField()
    free = serializers.BooleanField(help_text="No other booking on any of the nights.")
    fits = serializers.BooleanField(help_text="Sleeps the guests asked for.")


class HomestayAvailabilitySerializer(serializers.Serializer):
    homestay = PageRefSerializer()
    check_in = serializers.DateField()
    check_out = serializers.DateField()
    nights = serializers.IntegerField()
    guests = serializers.IntegerField()
    available = serializers.BooleanField(help_text="At least one room is free and sleeps the guests.")
    rooms = RoomAvailabilitySerializer(many=True)


class DepartureAvailabilitySerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="Pass as `departure` to add it to a cart.")
    date = serializers.DateField()
    capacity = serializers.IntegerField()
    available = serializers.IntegerField(
        help_text="The least of the departure's seats and each part's places on its day."
    )


class PackageAvailabilitySerializer(serializers.Serializer):
    package = PageRefSerializer()
    price_per_person_vnd = serializers.IntegerField()
    start = serializers.DateField()
    end = serializers.DateField()
    departures = DepartureAvailabilitySerializer(many=True)


# --- cart, checkout, orders ---------------------------------------------------------------------


class CartLineSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    source = serializers.CharField(help_text="`product` or `booking`.")
    reference = serializers.CharField()
    kind = serializers.CharField()
    description = serializers.CharField()
    label = serializers.CharField(allow_blank=True)
    unit_price_vnd = serializers.IntegerField()
    quantity = serializers.IntegerField()
    total_vnd = serializers.IntegerField()
    available = serializers.IntegerField()
    url = serializers.CharField(allow_blank=True)


class CartOrderSerializer(serializers.Serializer):
    state = serializers.ChoiceField(
        choices=["waiting", "released"],
        help_text="`waiting`: the order is waiting for payment and holds the cart's places and stock until "
        "`hold_expires_at`; checking out the unchanged cart again returns it (same payment). `released`: the cart "
        "changed, so the order was cancelled and what it held given back.",
    )
    token = serializers.UUIDField()
    number = serializers.CharField()
    hold_expires_at = serializers.DateTimeField(allow_null=True)


class CartSerializer(serializers.Serializer):
    token = serializers.UUIDField(help_text="The cart's address: keep it, it is the only key to this cart.")
    lines = CartLineSerializer(many=True)
    item_count = serializers.IntegerField()
    subtotal_vnd = serializers.IntegerField()
    order = CartOrderSerializer(
        allow_null=True,
        help_text="The cart's latest order, when it is waiting for payment or was just released. Lines held by the "
        "cart's own waiting order count as available.",
    )


class VoucherRequestSerializer(serializers.Serializer):
    code = serializers.CharField(max_length=40, help_text="The code as the buyer typed it (any case).")


class CartVoucherSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="The code as stored (capitals).")
    discount_vnd = serializers.IntegerField(help_text="Off the eligible lines; the delivery fee is never discounted.")
    line_discounts_vnd = serializers.ListField(
        child=serializers.IntegerField(), help_text="Each line's share of the discount, in the order of `lines`."
    )


class CartWithVoucherSerializer(CartSerializer):
    voucher = CartVoucherSerializer()


class AddProductSerializer(serializers.Serializer):
    variant = serializers.IntegerField(
        min_value=1, max_value=MAX_INT, help_text="A variant id from the product detail."
    )
    quantity = serializers.IntegerField(
        min_value=1,
        max_value=settings.CART_MAX_LINE_QUANTITY,
        default=1,
        help_text="Added to what the cart already holds.",
    )


class AddBookingSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["session", "stay", "departure"])
    session = serializers.IntegerField(min_value=1, max_value=MAX_INT, required=False, help_text="For `session`.")
    room = serializers.IntegerField(min_value=1, max_value=MAX_INT, required=False, help_text="For `stay`.")
    check_in = serializers.DateField(required=False, help_text="For `stay`.")
    check_out = serializers.DateField(required=False, help_text="For `stay`.")
    departure = serializers.IntegerField(min_value=1, max_value=MAX_INT, required=False, help_text="For `departure`.")
    people = serializers.IntegerField(min_value=1, max_value=settings.CART_MAX_LINE_QUANTITY)
    name = serializers.CharField(max_length=160, help_text="The lead traveller.")
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True, default="")


class SetQuantitySerializer(serializers.Serializer):
    quantity = serializers.IntegerField(min_value=1, max_value=settings.CART_MAX_LINE_QUANTITY)


class CheckoutRequestSerializer(serializers.Serializer):
    """Who and where; never a price: the server prices everything (storefront.checkout)."""

    name = serializers.CharField(max_length=120)
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=40)
    delivery_method = serializers.ChoiceField(
        choices=DeliveryMethod.choices,
        required=False,
        allow_blank=True,
        default="",
        help_text="Required when the cart holds products; a cart of bookings only needs no delivery or address.",
    )
    address_kind = serializers.ChoiceField(choices=AddressKind.choices, default=AddressKind.VIETNAM)
    street = serializers.CharField(max_length=200, required=False, allow_blank=True, default="")
    commune = serializers.CharField(max_length=120, required=False, allow_blank=True, default="")
    province = serializers.ChoiceField(
        choices=[""] + PROVINCES, required=False, default="", help_text="For delivery in Vietnam: the province or city."
    )
    country = serializers.CharField(max_length=80, required=False, allow_blank=True, default="")
    address_lines = serializers.CharField(max_length=1000, required=False, allow_blank=True, default="")
    postcode = serializers.CharField(max_length=20, required=False, allow_blank=True, default="")
    accept_terms = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Must be true: the buyer accepts the terms of sale (the shop page of kind `terms`); the order "
        "records their version. Without it: `invalid`, with a message under `fields.accept_terms`.",
    )
    voucher_code = serializers.CharField(
        max_length=40,
        required=False,
        allow_blank=True,
        default="",
        help_text="A voucher code (any case), priced on the server; its use is taken with the order. Errors: "
        "`voucher_unknown`, `voucher_not_started`, `voucher_expired`, `voucher_not_eligible` (400), "
        "`voucher_used_up`, `voucher_customer_limit` (409); the cart is kept.",
    )


class OrderLineSerializer(serializers.Serializer):
    kind = serializers.CharField()
    description = serializers.CharField()
    label = serializers.CharField(allow_blank=True)
    sku = serializers.CharField(allow_blank=True)
    unit_price_vnd = serializers.IntegerField()
    quantity = serializers.IntegerField()
    total_vnd = serializers.IntegerField()
    discount_vnd = serializers.IntegerField(help_text="The line's share of the order's voucher discount.")
    booking_status = serializers.CharField(
        allow_null=True, help_text="held, confirmed, cancelled or expired; null for products."
    )


class OrderSerializer(serializers.Serializer):
    token = serializers.CharField(help_text="The order's address: keep it secret.")
    number = serializers.CharField()
    status = serializers.ChoiceField(choices=OrderStatus.choices)
    status_label = serializers.CharField()
    language = serializers.CharField()
    subtotal_vnd = serializers.IntegerField()
    delivery_fee_vnd = serializers.IntegerField()
    discount_vnd = serializers.IntegerField(help_text="The voucher's discount: total = subtotal − discount + delivery.")
    voucher_code = serializers.CharField(allow_blank=True)
    total_vnd = serializers.IntegerField()
    refunded_vnd = serializers.IntegerField()
    currency = serializers.CharField()
    hold_expires_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()
    paid_at = serializers.DateTimeField(allow_null=True)
    lines = OrderLineSerializer(many=True)


class PaymentSerializer(serializers.Serializer):
    provider = serializers.CharField(
        help_text="The payment gateway, e.g. `stripe`; the fields below marked Stripe come with it."
    )
    provider_payment_id = serializers.CharField()
    payment_intent_id = serializers.CharField(
        required=False, help_text="Stripe: the PaymentIntent (= provider_payment_id)."
    )
    client_secret = serializers.CharField(
        required=False, help_text="Stripe: confirm the PaymentIntent with Stripe's SDK using this."
    )
    publishable_key = serializers.CharField(required=False, help_text="Stripe: the key for Stripe's SDK.")
    amount = serializers.IntegerField(help_text="In đồng (VND has no minor unit).")
    currency = serializers.CharField()


class CheckoutSerializer(serializers.Serializer):
    order = OrderSerializer()
    payment = PaymentSerializer()


# --- search -----------------------------------------------------------------------------------------


class SearchQuerySerializer(serializers.Serializer):
    q = serializers.CharField(required=False, allow_blank=True, default="", max_length=1000)
    type = serializers.CharField(required=False, max_length=40, help_text="A result type, e.g. `product`.")
    group = serializers.ChoiceField(choices=OcopGroup.choices, required=False)
    stars = serializers.ChoiceField(choices=OcopStars.choices, required=False)
    producer = serializers.IntegerField(min_value=1, max_value=MAX_INT, required=False)
    village = serializers.IntegerField(min_value=1, max_value=MAX_INT, required=False)
    price = serializers.ChoiceField(
        choices=["under-100000", "100000-300000", "300000-1000000", "over-1000000"], required=False
    )
    in_season = serializers.BooleanField(required=False, default=False)
    page = serializers.IntegerField(min_value=1, max_value=100, default=1)


class SearchHitSerializer(serializers.Serializer):
    type = serializers.CharField()
    type_label = serializers.CharField()
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField()
    snippet_html = serializers.CharField(allow_blank=True)
    price_vnd = serializers.IntegerField(allow_null=True)
    stars = serializers.IntegerField(allow_null=True)
    in_stock = serializers.BooleanField()


class SuggestionSerializer(serializers.Serializer):
    type = serializers.CharField()
    title = serializers.CharField()
    url = serializers.CharField()


class SearchSerializer(serializers.Serializer):
    query = serializers.CharField(allow_blank=True)
    total = serializers.IntegerField()
    page = serializers.IntegerField()
    num_pages = serializers.IntegerField()
    messages = serializers.ListField(child=serializers.CharField())
    hits = SearchHitSerializer(many=True)
    facets = serializers.DictField(child=FacetOptionSerializer(many=True))
    suggestions = SuggestionSerializer(many=True)
