from storefront.models.alerts import BackInSeasonAlert
from storefront.models.cart import Cart, CartLine
from storefront.models.choices import Marketplace, OcopGroup, OcopStars, ProducerKind, ProtectionKind
from storefront.models.delivery import DeliveryRate, DeliveryZone
from storefront.models.orders import (
    AddressKind,
    AttentionReason,
    DeliveryMethod,
    LineKind,
    Order,
    OrderLine,
    OrderStatus,
    OrderStatusChange,
)
from storefront.models.payments import Payment, PaymentEvent, Refund, RefundLine, RefundStatus
from storefront.models.producers import ProducerIndexPage, ProducerMember, ProducerPage
from storefront.models.products import CataloguePage, MarketplaceLink, ProductImage, ProductPage, ProductVariant
from storefront.models.settings import ExchangeRates
from storefront.models.stock import StockHold, StockLevel
from storefront.models.vouchers import Voucher, VoucherKind, VoucherRedemption, VoucherScope

__all__ = [
    "AddressKind",
    "AttentionReason",
    "BackInSeasonAlert",
    "Cart",
    "CartLine",
    "CataloguePage",
    "DeliveryMethod",
    "DeliveryRate",
    "DeliveryZone",
    "ExchangeRates",
    "LineKind",
    "Marketplace",
    "MarketplaceLink",
    "OcopGroup",
    "OcopStars",
    "Order",
    "OrderLine",
    "OrderStatus",
    "OrderStatusChange",
    "Payment",
    "PaymentEvent",
    "ProducerIndexPage",
    "ProducerKind",
    "ProducerMember",
    "ProducerPage",
    "ProductImage",
    "ProductPage",
    "ProductVariant",
    "ProtectionKind",
    "Refund",
    "RefundLine",
    "RefundStatus",
    "StockHold",
    "StockLevel",
    "Voucher",
    "VoucherKind",
    "VoucherRedemption",
    "VoucherScope",
]
