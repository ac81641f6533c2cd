"""Guests' details for Bookings staff, superusers and each package's own operator only (tourism.booking_staff)."""
from django.db import migrations

from tourism.booking_staff import setup_bookings_staff


def forwards(apps, schema_editor):
    setup_bookings_staff(apps)


class Migration(migrations.Migration):

    dependencies = [
        ("tourism", "0004_booking_confirmation_sent_at"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="booking",
            options={
                "ordering": ["-created_at"],
                "permissions": [("view_guest_details", "Can see the guests of every booking")],
                "verbose_name": "booking",
                "verbose_name_plural": "bookings",
            },
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
