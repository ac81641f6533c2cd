"""What a producer's own users may see of the shop's orders: their lines, in orders that were paid."""

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
        .select_related("order", "producer")
        .order_by("-order__created_at", "pk")
    )


def is_producer_member(user):
    return user.is_authenticated and user.producer_memberships.exists()
