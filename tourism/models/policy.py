from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel


class CancellationPolicy(models.Model):
    """Free cancellation until N days before the start, then X % back. Copied onto each booking."""

    free_cancellation_days = models.PositiveSmallIntegerField(
        _("free cancellation until (days before)"),
        default=7,
        help_text=_("Cancelling at least this many days before the start refunds everything."),
    )
    late_refund_percent = models.PositiveSmallIntegerField(
        _("refund after that (%)"),
        default=50,
        validators=[MaxValueValidator(100)],
    )

    policy_panel = FieldRowPanel(
        [FieldPanel("free_cancellation_days"), FieldPanel("late_refund_percent")], heading=_("Cancellation policy")
    )

    class Meta:
        abstract = True
