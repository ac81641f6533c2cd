"""The rows that hold places: an experience's sessions and a homestay's rooms.

Their own module, below the pages, so availability (which the pages call) reads them without a cycle.
Each row is the lock for its seats or nights (tourism.bookings.lock_places).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from core.cache_policy import CachePolicy


class ExperienceSession(models.Model):
    cache_policy = CachePolicy.BOOKINGS

    experience = models.ForeignKey(
        "tourism.ExperiencePage", verbose_name=_("experience"), on_delete=models.CASCADE, related_name="sessions"
    )
    starts_at = models.DateTimeField(_("starts at"))
    capacity = models.PositiveSmallIntegerField(_("capacity"))

    class Meta:
        verbose_name = _("experience session")
        verbose_name_plural = _("experience sessions")
        ordering = ["starts_at"]
        constraints = [models.UniqueConstraint(fields=["experience", "starts_at"], name="unique_session_start")]

    def __str__(self):
        return f"{self.experience.title} · {timezone.localtime(self.starts_at):%Y-%m-%d %H:%M}"


class HomestayRoom(Orderable):
    """One bookable room (or shared floor), let whole for each night: its row is the lock for its nights."""

    cache_policy = CachePolicy.BOOKINGS | CachePolicy.CONTENT  # free rooms; names and prices

    homestay = ParentalKey("tourism.HomestayPage", on_delete=models.CASCADE, related_name="rooms")
    room_type = models.CharField(_("room type"), max_length=120)
    beds = models.PositiveSmallIntegerField(_("beds"), default=1)
    capacity = models.PositiveSmallIntegerField(_("capacity (guests)"), default=2)
    nightly_price_vnd = models.PositiveIntegerField(_("price per night (VND)"))

    panels = [FieldPanel("room_type"), FieldPanel("beds"), FieldPanel("capacity"), FieldPanel("nightly_price_vnd")]

    class Meta(Orderable.Meta):
        verbose_name = _("room")
        verbose_name_plural = _("rooms")

    def __str__(self):
        return f"{self.homestay.title} · {self.room_type}"
