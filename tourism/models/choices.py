from django.db import models
from django.utils.translation import gettext_lazy as _

# The Wagtail groups that approve packages (tourism.operators).
EDITORS_GROUP = "Editors"
MODERATORS_GROUP = "Moderators"


class BookingKind(models.TextChoices):
    SESSION = "session", _("experience session")
    STAY = "stay", _("homestay stay")
    DEPARTURE = "departure", _("package departure")


class BookingStatus(models.TextChoices):
    HELD = "held", _("held")
    CONFIRMED = "confirmed", _("confirmed")
    CANCELLED = "cancelled", _("cancelled")
    EXPIRED = "expired", _("expired")


class BookingChangeKind(models.TextChoices):
    CANCELLED = "cancelled", _("cancelled under the policy")
    OVERRIDDEN = "overridden", _("cancelled with a refund set by staff")
    DATE_CHANGED = "date_changed", _("date changed")


class BookingErrorCode(models.TextChoices):
    SOLD_OUT = "sold_out", _("not enough places left")
    INVALID = "invalid", _("invalid booking request")
    ILLEGAL_TRANSITION = "illegal_transition", _("illegal status change")
