from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.cache_policy import CachePolicy
from tourism.booking_staff import sees_every_booking
from tourism.models.choices import BookingChangeKind, BookingKind, BookingStatus


def active_bookings(*, now, via=""):
    """The condition of bookings that take capacity: confirmed, or held and not yet expired.
    `via`: the path to them from another model ("bookings__" from a session)."""
    return models.Q(**{f"{via}status": BookingStatus.CONFIRMED}) | models.Q(
        **{f"{via}status": BookingStatus.HELD, f"{via}hold_expires_at__gt": now}
    )


class BookingQuerySet(models.QuerySet):
    def active(self, *, now):
        return self.filter(active_bookings(now=now))

    def for_user(self, user):
        """The bookings whose guests `user` may see (tourism.booking_staff, tourism.hosts): all; an
        operator's packages' (and their parts); a host's sessions and rooms (package parts included); or none."""
        if sees_every_booking(user):
            return self
        if not user.is_active:
            return self.none()
        hosted = PlaceHost.objects.filter(user=user).values("page_id")
        return self.filter(
            models.Q(departure__package__operator__members=user, parent=None)
            # and its parts, so an operator's manifest says where its travellers are each day
            | models.Q(parent__departure__package__operator__members=user)
            | models.Q(session__experience__host_producer__admin_members__user=user)
            | models.Q(session__experience_id__in=hosted)
            | models.Q(room__homestay_id__in=hosted)
        ).distinct()


class Booking(models.Model):
    """A hold or booking of seats, room nights or a package departure; later a cart line points here.

    A package booking owns component bookings (parent) for its sessions and room nights, so the
    parts' own capacity counts the package's travellers.
    """

    cache_policy = CachePolicy.BOOKINGS

    kind = models.CharField(_("kind"), max_length=16, choices=BookingKind.choices)
    status = models.CharField(_("status"), max_length=16, choices=BookingStatus.choices, default=BookingStatus.HELD)
    session = models.ForeignKey(
        "tourism.ExperienceSession",
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="bookings",
    )
    room = models.ForeignKey(
        "tourism.HomestayRoom",
        verbose_name=_("room"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="bookings",
    )
    departure = models.ForeignKey(
        "tourism.PackageDeparture",
        verbose_name=_("departure"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="bookings",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("package booking"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="components",
    )
    people = models.PositiveSmallIntegerField(_("people"))
    check_in = models.DateField(_("check-in"), null=True, blank=True)
    check_out = models.DateField(_("check-out"), null=True, blank=True)
    lead_name = models.CharField(_("lead traveller"), max_length=160)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=10, default="vi")
    hold_expires_at = models.DateTimeField(_("hold expires at"), null=True, blank=True)
    unit_price_vnd = models.PositiveIntegerField(
        _("unit price (VND)"), help_text=_("Per person or per night, as at booking time.")
    )
    total_vnd = models.PositiveIntegerField(_("total (VND)"))
    free_cancellation_days = models.PositiveSmallIntegerField(_("free cancellation until (days before)"))
    late_refund_percent = models.PositiveSmallIntegerField(_("refund after that (%)"))
    refund_vnd = models.PositiveIntegerField(_("refund (VND)"), null=True, blank=True)
    # The refund of a cancellation, made through its order (storefront.orders.refund): the provider's id.
    provider_refund_id = models.CharField(_("provider's refund id"), max_length=255, null=True, blank=True, unique=True)
    # Not unique: one order's payment pays every booking in its cart (the provider is the order's).
    provider_payment_id = models.CharField(_("provider's payment id"), max_length=255, null=True, blank=True)
    order_line = models.ForeignKey(
        "storefront.OrderLine",
        verbose_name=_("order line"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="bookings",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Claimed before the confirmation email is sent, given back if the mail server fails.
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = BookingQuerySet.as_manager()

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["-created_at"]
        permissions = [("view_guest_details", _("Can see the guests of every booking"))]

    def __str__(self):
        return f"#{self.pk} {self.get_kind_display()} · {self.lead_name} × {self.people}"

    @property
    def booked_item(self):
        return self.session or self.room or self.departure

    @property
    def starts_on(self):
        """The first day, in Cao Bằng: the day the cancellation policy counts back from."""
        if self.session_id:
            return timezone.localtime(self.session.starts_at).date()
        if self.room_id:
            return self.check_in
        return self.departure.date


class BookingRequest(models.Model):
    """What a booking cart line asks for, and for whom: the cart line's reference is this row's pk.

    A CartLine has only `reference` and `quantity`, so the thing booked (a session, a room and its
    dates, or a departure) and the lead traveller live here; each add-to-cart makes a new request,
    so two travellers booking the same session keep separate lines. For sessions and departures
    the cart line's quantity is the number of people; a room is let whole, so its line's quantity
    is 1 and `people` here counts the guests.
    """

    cache_policy = CachePolicy.TRANSACTIONAL

    kind = models.CharField(_("kind"), max_length=16, choices=BookingKind.choices)
    session = models.ForeignKey(
        "tourism.ExperienceSession", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    room = models.ForeignKey("tourism.HomestayRoom", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    departure = models.ForeignKey(
        "tourism.PackageDeparture", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    check_in = models.DateField(null=True, blank=True)
    check_out = models.DateField(null=True, blank=True)
    people = models.PositiveSmallIntegerField(_("people"))
    lead_name = models.CharField(_("lead traveller"), max_length=160)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=10, default="vi")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("booking request")
        verbose_name_plural = _("booking requests")


class BookingChange(models.Model):
    """The log of a booking's cancellation or date change: who, when, what the policy gave, what was refunded."""

    cache_policy = CachePolicy.TRANSACTIONAL

    booking = models.ForeignKey(Booking, verbose_name=_("booking"), on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(_("change"), max_length=16, choices=BookingChangeKind.choices)
    # None: the traveller, from their order page.
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    policy_refund_vnd = models.PositiveIntegerField(_("refund under the policy (VND)"), null=True, blank=True)
    refund_vnd = models.PositiveIntegerField(_("refund (VND)"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    from_session = models.ForeignKey(
        "tourism.ExperienceSession", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    to_session = models.ForeignKey(
        "tourism.ExperienceSession", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("booking change")
        verbose_name_plural = _("booking changes")
        ordering = ["created_at", "pk"]


class PlaceHost(models.Model):
    """An admin user who hosts an experience or a homestay and so sees its guests (tourism.booking_staff).

    Members of an experience's host producer (storefront.ProducerMember) host it without a row here."""

    cache_policy = CachePolicy.TRANSACTIONAL

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="hosted_places"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("experience or homestay"),
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={
            "content_type__app_label": "tourism",
            "content_type__model__in": ["experiencepage", "homestaypage"],
        },
    )

    class Meta:
        verbose_name = _("host")
        verbose_name_plural = _("hosts")
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="unique_place_host")]

    def __str__(self):
        return f"{self.user} · {self.page}"
