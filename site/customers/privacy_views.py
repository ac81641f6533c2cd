"""The customer's personal-data page under /<lang>/account/privacy/: download, erase. Never cached."""

import json

from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from customers import privacy


def _private(response):
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
def overview(request):
    return _private(render(request, "customers/privacy_overview.html", {}))


@never_cache
@login_required
def export(request):
    data = privacy.export_data(user=request.user)
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2), content_type="application/json"
    )
    filename = f"caobang-my-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return _private(response)


@never_cache
@login_required
def delete(request):
    """GET: what erasure does, and a confirm box. POST with the box ticked: erase, sign out, say so."""
    context = {"busy": privacy.orders_in_progress(orders=request.user.orders.all()), "missing_confirm": False}
    if request.method == "POST":
        if request.POST.get("confirm") != "yes":
            context["missing_confirm"] = True
            return _private(render(request, "customers/privacy_delete.html", context, status=400))
        try:
            privacy.erase_customer(user=request.user)
        except privacy.ErasureRefused as refused:
            context["busy"] = refused.orders
            return _private(render(request, "customers/privacy_delete.html", context, status=409))
        logout(request)
        return redirect("customers_privacy:deleted")
    return _private(render(request, "customers/privacy_delete.html", context))


@never_cache
def deleted(request):
    return _private(render(request, "customers/privacy_deleted.html", {}))
