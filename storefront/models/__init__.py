from storefront.models.choices import Marketplace, OcopGroup, OcopStars, ProducerKind, ProtectionKind
from storefront.models.producers import ProducerIndexPage, ProducerPage
from storefront.models.products import CataloguePage, MarketplaceLink, ProductImage, ProductPage, ProductVariant
from storefront.models.settings import ExchangeRates
from storefront.models.stock import StockLevel

__all__ = [
    "CataloguePage",
    "ExchangeRates",
    "Marketplace",
    "MarketplaceLink",
    "OcopGroup",
    "OcopStars",
    "ProducerIndexPage",
    "ProducerKind",
    "ProducerPage",
    "ProductImage",
    "ProductPage",
    "ProductVariant",
    "ProtectionKind",
    "StockLevel",
]
