from django.db import models
from django.utils.translation import gettext_lazy as _


class EthnicCommunity(models.TextChoices):
    TAY = "tay", _("Tay")
    NUNG = "nung", _("Nung")
    NUNG_AN = "nung_an", _("Nung An")
    HMONG = "hmong", _("Hmong")
    DAO = "dao", _("Dao (Yao)")
    DAO_TIEN = "dao_tien", _("Dao Tien")
    LO_LO = "lo_lo", _("Lo Lo")
    SAN_CHAY = "san_chay", _("San Chay")
    KINH = "kinh", _("Kinh (Viet)")


class EventKind(models.TextChoices):
    OCOP_FAIR = "ocop_fair", _("OCOP fair")
    TRADE_FAIR = "trade_fair", _("Trade fair")
    LIVESTREAM = "livestream", _("Livestream sale")
    FESTIVAL = "festival", _("Festival")
