"""The payment seam: provider-neutral columns, and PaymentEvent in place of StripeEvent.

Every column is renamed, not dropped and added, so every row keeps its ids; the rows made before
there was a second gateway get provider "stripe". Uniqueness moves from the provider's id alone to
(provider, id), since two providers may hand out the same id.
"""
from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):

    dependencies = [
        ('storefront', '0006_order_attention_refund_failure'),
    ]

    operations = [
        # StripeEvent → PaymentEvent, its rows kept.
        migrations.RenameModel(old_name='StripeEvent', new_name='PaymentEvent'),
        migrations.AlterModelOptions(
            name='paymentevent', options={'verbose_name': 'payment event', 'verbose_name_plural': 'payment events'},
        ),
        migrations.RenameField(model_name='paymentevent', old_name='payment_intent_id', new_name='provider_payment_id'),
        migrations.AddField(
            model_name='paymentevent', name='provider',
            field=models.CharField(default='stripe', max_length=20, verbose_name='payment provider'),
        ),
        migrations.AlterField(model_name='paymentevent', name='event_id', field=models.CharField(max_length=64)),
        migrations.AlterField(
            model_name='paymentevent', name='order',
            field=models.ForeignKey(
                blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='payment_events', to='storefront.order',
            ),
        ),
        migrations.AddConstraint(
            model_name='paymentevent',
            constraint=models.UniqueConstraint(fields=('provider', 'event_id'), name='storefront_paymentevent_provider_id_unique'),
        ),
        # Payment
        migrations.RenameField(model_name='payment', old_name='payment_intent_id', new_name='provider_payment_id'),
        migrations.AddField(
            model_name='payment', name='provider',
            field=models.CharField(default='stripe', max_length=20, verbose_name='payment provider'),
        ),
        migrations.AlterField(
            model_name='payment', name='provider_payment_id',
            field=models.CharField(max_length=64, verbose_name="provider's payment id"),
        ),
        migrations.AlterField(
            model_name='payment', name='status', field=models.CharField(max_length=40, verbose_name="provider's status"),
        ),
        migrations.AddConstraint(
            model_name='payment',
            constraint=models.UniqueConstraint(fields=('provider', 'provider_payment_id'), name='storefront_payment_provider_id_unique'),
        ),
        # Refund
        migrations.RenameField(model_name='refund', old_name='stripe_refund_id', new_name='provider_refund_id'),
        migrations.AddField(
            model_name='refund', name='provider',
            field=models.CharField(default='stripe', max_length=20, verbose_name='payment provider'),
        ),
        migrations.AlterField(
            model_name='refund', name='provider_refund_id',
            field=models.CharField(blank=True, max_length=64, null=True, verbose_name="provider's refund id"),
        ),
        migrations.AddConstraint(
            model_name='refund',
            constraint=models.UniqueConstraint(fields=('provider', 'provider_refund_id'), name='storefront_refund_provider_id_unique'),
        ),
        # Order
        migrations.RenameField(model_name='order', old_name='payment_intent_id', new_name='provider_payment_id'),
        migrations.AddField(
            model_name='order', name='payment_provider',
            field=models.CharField(default='stripe', max_length=20, verbose_name='payment provider'),
        ),
        migrations.AlterField(
            model_name='order', name='provider_payment_id',
            field=models.CharField(blank=True, max_length=64, null=True, verbose_name="provider's payment id"),
        ),
        migrations.AddConstraint(
            model_name='order',
            constraint=models.UniqueConstraint(
                fields=('payment_provider', 'provider_payment_id'), name='storefront_order_provider_payment_unique',
            ),
        ),
        migrations.AlterField(
            model_name='order', name='attention_reason',
            field=models.CharField(blank=True, choices=[
                ('payment_mismatch', 'Paid amount or currency did not match the order: refunded automatically'),
                ('refund_failed', 'A refund the payment provider had accepted failed: the buyer has not been paid back'),
            ], max_length=40, verbose_name='attention reason'),
        ),
    ]
