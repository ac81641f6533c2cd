"""Who sees guests' details (names, emails, phone numbers) in the Bookings admin and "Who is coming".

Least privilege:
- superusers and the "Bookings staff" group (permission tourism.view_guest_details): every booking;
- a tour operator's members: the bookings of their own packages (their group has view_booking,
  and Booking.objects.for_user keeps only those);
- hosts (tourism.hosts): users named for a place (PlaceHost, kept by Editors and Bookings staff) and
  the members of an experience's host producer: the bookings of their sessions and rooms, package
  parts included;
- nobody else. Editors and Moderators write and publish pages; they need no traveller's phone.

setup_bookings_staff takes `apps`, so the data migration and the running site share it.
"""

BOOKINGS_STAFF = "Bookings staff"
GUEST_DETAILS = "tourism.view_guest_details"
# Groups that had "view booking" before this rule: the migration takes it back.
GROUPS_WITHOUT_BOOKINGS = ["Editors", "Moderators"]
# Groups that say which admin users host which place (tourism.PlaceHost): hosting shows guests' details.
PLACE_HOST_KEEPERS = ["Editors", BOOKINGS_STAFF]


def can_open_bookings(user):
    """The Bookings list and "Who is coming" open (showing only what for_user gives) for these users."""
    return user.is_active and (user.is_superuser or user.has_perm("tourism.view_booking"))


def sees_every_booking(user):
    return user.is_active and (user.is_superuser or user.has_perm(GUEST_DETAILS))


def setup_bookings_staff(apps):
    """The "Bookings staff" group (admin access, view bookings and every guest's details); idempotent."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    view_booking = _permission(apps, "tourism", "booking", "view_booking", "Can view booking")
    guest_details = _permission(apps, "tourism", "booking", "view_guest_details", "Can see the guests of every booking")
    staff, _created = Group.objects.get_or_create(name=BOOKINGS_STAFF)
    staff.permissions.add(access_admin, view_booking, guest_details)
    for group in Group.objects.filter(name__in=GROUPS_WITHOUT_BOOKINGS):
        group.permissions.remove(*Permission.objects.filter(pk__in=[view_booking.pk, guest_details.pk]))
    return staff


def _permission(apps, app_label, model, codename, name):
    # Permissions of a fresh database appear only after migrate (post_migrate): made here if missing.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission
