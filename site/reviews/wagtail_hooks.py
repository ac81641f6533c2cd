"""Moderation in the Wagtail admin: staff read each review and approve or reject it.

Reviews come only from buyers (reviews.rules): no add, no edit of their words, no delete here;
approving or rejecting goes through reviews.rules.moderate, which refreshes the cached page."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic.models import InspectView
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_permissions import ActionsOnlyPermissionPolicy
from reviews.models import Review, ReviewStatus
from reviews.rules import moderate


class ReviewPermissionPolicy(ActionsOnlyPermissionPolicy):
    """Moderators (change_review) see and moderate; nobody adds, edits or deletes a buyer's words here."""


class ReviewDetailView(InspectView):
    template_name = "reviews/admin/review_detail.html"
    any_permission_required = ["view"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        review = self.object
        context.update(
            review=review,
            page=review.page.specific,
            can_moderate=self.request.user.has_perm("reviews.change_review"),
        )
        return context


class ReviewViewSet(SnippetViewSet):
    model = Review
    icon = "comment"
    menu_label = gettext_lazy("Reviews")
    menu_order = 295
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_class = ReviewDetailView
    list_display = ["title", "rating", "page", "language", "status", "created_at"]
    list_filter = {"status": ["exact"], "language": ["exact"], "rating": ["exact"]}
    list_per_page = 50
    search_fields = ["title", "body", "author_name"]

    def get_queryset(self, request):
        # Pending first: the moderators' queue.
        waiting = Case(When(status=ReviewStatus.PENDING, then=Value(0)), default=Value(1), output_field=IntegerField())
        return Review.objects.select_related("page").order_by(waiting, "-created_at")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("approve/<int:pk>/", moderate_action(self, ReviewStatus.APPROVED), name="approve"),
            path("reject/<int:pk>/", moderate_action(self, ReviewStatus.REJECTED), name="reject"),
        ]


def moderate_action(viewset, status):
    @require_POST
    def view(request, pk):
        if not request.user.has_perm("reviews.change_review"):
            raise PermissionDenied
        review = get_object_or_404(Review, pk=pk)
        moderate(review_id=review.pk, status=status, moderator=request.user, now=timezone.now())
        if status == ReviewStatus.APPROVED:
            messages.success(request, _("The review “%(title)s” is published.") % {"title": review.title})
        else:
            messages.success(request, _("The review “%(title)s” is rejected.") % {"title": review.title})
        return redirect(viewset.get_url_name("list"))

    return view


register_permission_policy(Review, ReviewPermissionPolicy(Review))
register_snippet(ReviewViewSet)
