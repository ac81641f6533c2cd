from django.db import migrations, models
from django.db.models import F


def mark_existing_as_sent(apps, schema_editor):
    # Bookings confirmed before this field existed had their email sent (or lost) already:
    # the retry command must not mail them again.
    Booking = apps.get_model("tourism", "Booking")
    Booking.objects.exclude(status="held").update(confirmation_sent_at=F("created_at"))


class Migration(migrations.Migration):

    dependencies = [
        ("tourism", "0003_booking_cart_lines"),
    ]

    operations = [
        migrations.AddField(
            model_name="booking",
            name="confirmation_sent_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(mark_existing_as_sent, migrations.RunPython.noop),
    ]
