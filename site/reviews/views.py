from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache

from reviews import rules
from reviews.forms import ReviewForm


@never_cache
def review_form(request, token, line_id):
    """The buyer's review of one order line, reached from the order page: its secret link is the proof."""
    try:
        line = rules.line_of_order(token=str(token)[:64], line_id=line_id)
    except rules.ReviewRefused:
        raise Http404 from None
    now = timezone.now()
    refusal, target = None, None
    try:
        target = rules.reviewable(line=line, now=now)
    except rules.ReviewRefused as error:
        refusal = error
    user = request.user if request.user.is_authenticated else None
    if target is not None and rules.existing_review(
        page=target.page, order=line.order, user=rules.account_of(order=line.order, user=user)
    ):
        refusal = rules.ReviewRefused("already_reviewed")
    initial = {"language": translation.get_language(), "author_name": line.order.name}
    form = ReviewForm(request.POST or None, initial=initial)
    if request.method == "POST" and refusal is None and form.is_valid():
        try:
            rules.submit_review(line=line, user=user, now=now, **form.cleaned_data)
        except rules.ReviewRefused as error:
            refusal = error
        else:
            messages.success(request, translation.gettext("Thank you! Your review will appear once it is checked."))
            return redirect("storefront:order", token=line.order.token)
    context = {"order": line.order, "line": line, "target": target, "refusal": refusal, "form": form}
    response = render(
        request, "reviews/review_form.html", context, status=403 if refusal and request.method == "POST" else 200
    )
    response["Cache-Control"] = "private, no-store"
    return response
