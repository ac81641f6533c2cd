import json
from html import escape  # the standard library's: Django's checks every argument for laziness

from django import template
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.money import format_vnd
from storefront.inventory import stock_status
from storefront.models import ExchangeRates
from storefront.money import DISPLAY_CURRENCY_COOKIE, format_approximate, parse_display_currency
from storefront.seasons import season_status

register = template.Library()


@register.filter
def vnd(amount):
    """{{ variant.price_vnd|vnd }} → "125.000 ₫" or "₫125,000" for the current language."""
    if amount is None:
        return ""
    return format_vnd(amount, translation.get_language())


@register.simple_tag
def facet_options(options):
    """{% facet_options facets.producer %}: a facet's <option>s with their counts.

    Built here rather than in a template loop: a catalogue has hundreds of producers, and the
    loop was a measurable share of an uncached catalogue page (docs/performance.md)."""
    return mark_safe(
        "".join(
            f'<option value="{escape(str(option.value))}"{" selected" if option.selected else ""}>{escape(str(option.label))} ({option.count:d})</option>'
            for option in options
        )
    )


@register.simple_tag(takes_context=True)
def approximate(context, amount_vnd):
    """ "≈ US$4.75" in the visitor's display currency, or "" when they chose none."""
    request = context.get("request")
    currency = parse_display_currency(request.COOKIES.get(DISPLAY_CURRENCY_COOKIE)) if request else None
    if currency is None or amount_vnd is None:
        return ""
    rates = ExchangeRates.current()
    return format_approximate(
        amount_vnd=amount_vnd,
        currency=currency,
        vnd_per_unit=rates.vnd_per_unit(currency),
        language=translation.get_language(),
    )


@register.simple_tag(takes_context=True)
def vnd_approx(context, amount_vnd):
    """{% vnd_approx total %}: "125.000 ₫" and, with a display currency chosen, "≈ US$4.75" after it.

    Read from the visitor's cookie: on pages the page cache keeps, it varies the cache key
    (pagecache.middleware); the cart, checkout, pay and order pages are private anyway."""
    approx = approximate(context, amount_vnd)
    if not approx:
        return vnd(amount_vnd)
    return format_html('{} <span class="approx">{}</span>', vnd(amount_vnd), approx)


@register.simple_tag
def card_badges(product):
    """{% card_badges item as badges %}: the card's season and stock badges as (kind, state, label).

    From the row alone (`season_mask`, and `most_in_stock` annotated by for_cards): no query per card.
    A closed season shows no stock badge: what is out of season is not sold as in stock."""
    badges = []
    season = season_status(season_mask=product.season_mask, today=timezone.localdate())
    if season is not None:
        badges.append(("season", str(season.state), season.badge_label))
    if season is None or season.sellable:
        stock = stock_status(quantity=getattr(product, "most_in_stock", None) or 0)
        badges.append(("stock", str(stock.state), stock.state.label))
    return badges


@register.simple_tag(takes_context=True)
def display_currency(context):
    request = context.get("request")
    return parse_display_currency(request.COOKIES.get(DISPLAY_CURRENCY_COOKIE)) if request else None


@register.filter
def json_ld(data):
    """A dict as the body of <script type="application/ld+json">, safe against "</script>"."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
