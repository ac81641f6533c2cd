"""Stock as buyers read it. The checkout issue adds reservations here (rows locked with select_for_update)."""
from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

LOW_STOCK_THRESHOLD = 5


class StockState(models.TextChoices):
    IN_STOCK = "in_stock", _("In stock")
    LOW = "low", _("Low stock")
    SOLD_OUT = "sold_out", _("Sold out")


@dataclass(frozen=True)
class StockStatus:
    state: StockState
    quantity: int

    @property
    def label(self):
        if self.state == StockState.LOW:
            return gettext("Only %(count)s left") % {"count": self.quantity}
        return self.state.label

    @property
    def schema_org_availability(self):
        if self.state == StockState.SOLD_OUT:
            return "https://schema.org/OutOfStock"
        return "https://schema.org/InStock"


def stock_status(*, quantity: int) -> StockStatus:
    """Sold out at 0, "only N left" up to 5, else in stock."""
    if quantity <= 0:
        return StockStatus(StockState.SOLD_OUT, 0)
    if quantity <= LOW_STOCK_THRESHOLD:
        return StockStatus(StockState.LOW, quantity)
    return StockStatus(StockState.IN_STOCK, quantity)
