"""What a producer's own users may see of the shop's orders: their lines, in orders that were paid."""

from django.utils import translation

from storefront.models import OrderLine, OrderStatus

# Orders that never took money are the shop's business, not a sale of the producer's.
SOLD_STATUSES = [
    OrderStatus.PAID,
    OrderStatus.FULFILLED,
    OrderStatus.SHIPPED,
    OrderStatus.PARTIALLY_REFUNDED,
    OrderStatus.REFUNDED,
]


def producer_sales(*, user):
    """Order lines of the producers `user` is a member of; never another producer's line."""
    return (
        OrderLine.objects.filter(producer__admin_members__user=user, order__status__in=SOLD_STATUSES)
        .select_related("order", "producer", "variant__product")
        .order_by("-order__created_at", "pk")
    )


def is_producer_member(user):
    return user.is_authenticated and user.producer_memberships.exists()


def titles_for_staff(*, lines, language=None) -> dict[int, str]:
    """{line pk: "product title · variant label"} in the staff member's language (the active one).

    The line's description and label stay as the buyer saw them (what they agreed to); staff and
    producers read the product as it is named in their own language now. A line whose variant
    was deleted, or a booking, keeps its snapshot.
    """
    titles = {}
    with translation.override(language or translation.get_language()):
        for line in lines:
            variant = line.variant
            if variant is None:
                continue
            titles[line.pk] = f"{variant.product.title} · {variant.label}" if variant.label else variant.product.title
    return titles
