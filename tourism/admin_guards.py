"""Wagtail admin views that would show an operator another operator's package, closed.

- The bulk-action confirmation pages list the pages you may *not* act on, by title: 404 instead.
- The "confirm workflow cancellation" modal answers anyone in the admin, without a permission check.
- The page chooser shows the browsed page's own row (title, status) for any id, and "chosen-multiple"
  answers the title of any id: both outside the `construct_page_chooser_queryset` hooks.
- "Page types usage" names the last edited page of each type and counts every page.

The last two are Wagtail's own routes, answered first by `admin_urls` (see config/urls.py).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views import chooser
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.admin.views.pages.workflow import ConfirmWorkflowCancellationView
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page
from wagtail.utils.urlpatterns import decorate_urlpatterns

from tourism.models import PackagePage
from tourism.operators import operator_roots_hidden_from


class HideOtherOperatorsMixin:
    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        hidden = [root.path for root in operator_roots_hidden_from(self.request.user).only("path")]
        if any(page.path.startswith(path) for page in extra["items_with_no_access"] for path in hidden):
            raise Http404
        return objects, extra


def guarded_bulk_actions():
    return [
        type(f"Guarded{action.__name__}", (HideOtherOperatorsMixin, action), {})
        for action in (DeleteBulkAction, MoveBulkAction, PublishBulkAction, UnpublishBulkAction)
    ]


class GuardedConfirmWorkflowCancellationView(ConfirmWorkflowCancellationView):
    def dispatch(self, request, *args, **kwargs):
        if not self.object.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PackagePageViewSet(PageViewSet):
    model = PackagePage
    confirm_workflow_cancellation_view_class = GuardedConfirmWorkflowCancellationView


def choosable(pages, request):
    """`pages` as the page chooser lists them to this user (tourism.wagtail_hooks cuts other operators' sub-trees)."""
    for hook in hooks.get_hooks("construct_page_chooser_queryset"):
        pages = hook(pages, request)
    return pages


class GuardedBrowseView(chooser.BrowseView):
    def get_object_list(self):
        # Called once the browsed page is known, before its row is built.
        if not choosable(Page.objects.filter(pk=self.parent_page.pk), self.request).exists():
            if self.kwargs.get("parent_page_id"):
                raise Http404
            # The common ancestor of a page type's pages may be a page this user may not see.
            self.parent_page = Page.get_first_root_node().specific
        return super().get_object_list()


class GuardedChosenMultipleView(chooser.ChosenMultipleView):
    def get(self, request):
        ids = [pk for pk in request.GET.getlist("id") if pk.isdigit()]
        request.GET = request.GET.copy()
        request.GET.setlist(
            "id", [str(pk) for pk in choosable(Page.objects.filter(pk__in=ids), request).values_list("pk", flat=True)]
        )
        return super().get(request)


def hidden_pages_q(user):
    """Pages of the operators `user` does not belong to (none for Editors, Moderators and superusers)."""
    hidden = Q()
    for root in operator_roots_hidden_from(user).only("path"):
        hidden |= Q(path__startswith=root.path)
    return hidden


class GuardedPageTypesUsageReportView(PageTypesUsageReportView):
    """Wagtail's report, counting and naming only the pages this user may see."""

    def get_queryset(self):
        queryset = super().get_queryset()
        hidden = hidden_pages_q(self.request.user)
        if not hidden:
            return queryset
        language_code = self.filters.form.cleaned_data.get("page_locale", None)
        site_root_path = self.filters.form.cleaned_data.get("site", None)
        pages = Page.objects.exclude(hidden)
        if language_code:
            pages = pages.filter(locale__language_code=language_code)
        if site_root_path:
            pages = pages.filter(path__startswith=site_root_path)
        pages = pages.filter(content_type=OuterRef("pk"))
        counted = pages.order_by().values("content_type").annotate(n=Count("pk")).values("n")
        latest = pages.order_by(F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk").values("pk")[:1]
        # Wagtail's rows (its filters applied), counted and named again from the visible pages.
        return (
            ContentType.objects.filter(pk__in=queryset.values("pk"))
            .annotate(
                count=Coalesce(Subquery(counted), 0),
                last_edited_page_id=Subquery(latest),
            )
            .order_by("-count", "app_label", "model")
        )


def admin_urls():
    """Wagtail admin routes answered by the guarded views above (included before Wagtail's admin)."""
    return decorate_urlpatterns(
        decorate_urlpatterns(
            [
                path("choose-page/", GuardedBrowseView.as_view()),
                path("choose-page/<int:parent_page_id>/", GuardedBrowseView.as_view()),
                path("choose-page/chosen-multiple/", GuardedChosenMultipleView.as_view()),
                path("reports/page-types-usage/", GuardedPageTypesUsageReportView.as_view()),
                path("reports/page-types-usage/results/", GuardedPageTypesUsageReportView.as_view(results_only=True)),
            ],
            require_admin_access,
        ),
        never_cache,
    )
