"""The "My sales" admin page: a producer's users see the order lines of their own products only."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render

from storefront.sales import is_producer_member, producer_sales, titles_for_staff


def my_sales(request):
    if not is_producer_member(request.user):
        raise PermissionDenied
    page = Paginator(producer_sales(user=request.user), 50).get_page(request.GET.get("p"))
    titles = titles_for_staff(lines=page.object_list)
    for line in page.object_list:
        line.staff_title = titles.get(line.pk, "")
    return render(request, "storefront/admin/my_sales.html", {"lines": page})
