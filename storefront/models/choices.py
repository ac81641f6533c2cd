"""Choice values shared by the models, the catalogue filters and the demo data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProducerKind(models.TextChoices):
    COOPERATIVE = "cooperative", _("Cooperative")
    COOPERATIVE_GROUP = "cooperative_group", _("Cooperative group")
    HOUSEHOLD = "household", _("Household business")
    ENTERPRISE = "enterprise", _("Enterprise")


class OcopGroup(models.TextChoices):
    """The six product groups of the 2023 OCOP scheme (QĐ 148/QĐ-TTg)."""

    FOOD = "food", _("Food")
    BEVERAGES = "beverages", _("Beverages")
    MEDICINAL_HERBS = "medicinal_herbs", _("Medicinal herbs and herbal products")
    HANDICRAFTS = "handicrafts", _("Handicrafts")
    ORNAMENTAL = "ornamental", _("Ornamental plants and animals")
    TOURISM = "tourism", _("Community and eco-tourism")


class OcopStars(models.IntegerChoices):
    # 1★ and 2★ products are not certified, so they are not choices.
    THREE = 3, _("3 stars")
    FOUR = 4, _("4 stars")
    FIVE = 5, _("5 stars")


class ProtectionKind(models.TextChoices):
    GEOGRAPHICAL_INDICATION = "geographical_indication", _("Geographical indication")
    COLLECTIVE_MARK = "collective_mark", _("Collective mark")
    CERTIFICATION_MARK = "certification_mark", _("Certification mark")


class Marketplace(models.TextChoices):
    SHOPEE = "shopee", "Shopee"
    LAZADA = "lazada", "Lazada"
    TIKTOK = "tiktok", "TikTok Shop"
    POSTMART = "postmart", "Postmart"
