"""Two Wagtail admin views that would show an operator another operator's package, closed.

- The bulk-action confirmation pages list the pages you may *not* act on, by title: 404 instead.
- The "confirm workflow cancellation" modal answers anyone in the admin, without a permission check.
"""
from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.admin.views.pages.workflow import ConfirmWorkflowCancellationView
from wagtail.admin.viewsets.pages import PageViewSet

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
