"""Vouchers in the Wagtail admin: staff create codes; the uses are counted by checkout, never typed."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet

from storefront.models import Voucher, VoucherKind, VoucherScope
from storefront.vouchers import normalise_code


class VoucherForm(WagtailAdminModelForm):
    def clean_code(self):
        code = normalise_code(self.cleaned_data.get("code"))
        if not code:
            raise forms.ValidationError(_("Enter a code."))
        if Voucher.objects.filter(code__iexact=code).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Another voucher has this code (codes ignore upper and lower case)."))
        return code

    def clean(self):
        data = super().clean()
        kind, scope = data.get("kind"), data.get("scope")
        if kind == VoucherKind.AMOUNT and not data.get("amount_vnd"):
            self.add_error("amount_vnd", _("Enter the amount off."))
        if kind == VoucherKind.PERCENT and not 1 <= (data.get("percent") or 0) <= 100:
            self.add_error("percent", _("Enter a percentage from 1 to 100."))
        if scope == VoucherScope.PRODUCT and not data.get("product"):
            self.add_error("product", _("Choose the product."))
        if scope == VoucherScope.PRODUCER and not data.get("producer"):
            self.add_error("producer", _("Choose the producer."))
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            self.add_error("ends_at", _("The end must come after the start."))
        return data


class VoucherViewSet(SnippetViewSet):
    model = Voucher
    icon = "tag"
    menu_label = _("Vouchers")
    menu_order = 315
    add_to_admin_menu = True
    list_display = ["code", "description", "kind", "scope", "starts_at", "ends_at", "used_count", "max_uses", "active"]
    list_filter = ["active", "kind", "scope"]
    search_fields = ["code", "description"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("code"), FieldPanel("active")]),
            FieldPanel("description"),
            MultiFieldPanel(
                [FieldPanel("kind"), FieldRowPanel([FieldPanel("amount_vnd"), FieldPanel("percent")])],
                heading=_("Discount"),
            ),
            MultiFieldPanel(
                [FieldPanel("scope"), FieldPanel("product"), FieldPanel("producer")],
                heading=_("Applies to"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                    FieldRowPanel([FieldPanel("max_uses"), FieldPanel("per_customer_limit")]),
                ],
                heading=_("When and how often"),
            ),
        ],
        base_form_class=VoucherForm,
    )
