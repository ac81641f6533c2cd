from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from core import memo
from core.cache_policy import CachePolicy
from storefront.money import DisplayCurrency

_RATE_HELP = _(
    "How many đồng one unit is worth. Shown to visitors as an approximate amount only; they always pay in VND."
)


@register_setting(icon="bars")
class ExchangeRates(BaseGenericSetting):
    cache_policy = CachePolicy.CONTENT  # approximate prices on every page

    # The defaults are example rates (late 2025), not live ones: editors keep them current.
    vnd_per_usd = models.DecimalField(
        _("VND per 1 US dollar"), max_digits=12, decimal_places=4, default=Decimal("26300"), help_text=_RATE_HELP
    )
    vnd_per_cny = models.DecimalField(
        _("VND per 1 Chinese yuan"), max_digits=12, decimal_places=4, default=Decimal("3650"), help_text=_RATE_HELP
    )
    vnd_per_lak = models.DecimalField(
        _("VND per 1 Lao kip"), max_digits=12, decimal_places=4, default=Decimal("1.21"), help_text=_RATE_HELP
    )

    class Meta:
        verbose_name = _("exchange rates")

    @classmethod
    def current(cls):
        """The rates, kept in this process under the content token (saving them replaces it)."""
        return memo.memoised("storefront:exchange_rates", cls.load)

    def vnd_per_unit(self, currency):
        return {
            DisplayCurrency.USD: self.vnd_per_usd,
            DisplayCurrency.CNY: self.vnd_per_cny,
            DisplayCurrency.LAK: self.vnd_per_lak,
        }[currency]
