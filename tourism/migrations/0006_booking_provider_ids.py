"""A booking's payment and refund ids are the provider's (core.payments), not only Stripe's: renamed, rows kept."""
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('tourism', '0005_bookings_staff'),
    ]

    operations = [
        migrations.RenameField(model_name='booking', old_name='stripe_refund_id', new_name='provider_refund_id'),
        migrations.AlterField(
            model_name='booking', name='provider_refund_id',
            field=models.CharField(blank=True, max_length=255, null=True, unique=True, verbose_name="provider's refund id"),
        ),
        migrations.RenameField(model_name='booking', old_name='payment_intent_id', new_name='provider_payment_id'),
        migrations.AlterField(
            model_name='booking', name='provider_payment_id',
            field=models.CharField(blank=True, max_length=255, null=True, verbose_name="provider's payment id"),
        ),
    ]
