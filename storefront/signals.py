"""The storefront's own signals, for the edges that show what changed (the page cache)."""

from django.dispatch import Signal

# Units of some variants went on or off sale: sent with `changes`, {variant pk: (quantity before,
# quantity after)}, inside the transaction that changed them (see storefront.inventory).
stock_changed = Signal()
