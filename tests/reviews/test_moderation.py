"""Staff moderate reviews in the Wagtail admin, in Vietnamese: the queue, approve, reject, who may."""

import pytest
from django.contrib.auth.models import Permission
from wagtail.users.models import UserProfile

from reviews.models import Review, ReviewStatus
from tests.reviews.factories import make_products, product_order
from tests.storefront.factories import url_in

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/reviews/review/"


@pytest.fixture
def moderator(client, django_user_model):
    user = django_user_model.objects.create_superuser("kiemduyet", "kiemduyet@example.com", "pw")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "vi"})
    client.force_login(user)
    return user


@pytest.fixture
def pending(home_page):
    (product,) = make_products(home_page)
    line = product_order(product).lines.get()
    review = Review.objects.create(
        page=product,
        order_line=line,
        author_email="lan@example.com",
        author_name="Lan",
        rating=4,
        title="Miến dai ngon",
        body="Nấu lẩu rất hợp.",
        language="vi",
    )
    return review


def test_the_queue_lists_pending_reviews_in_the_vietnamese_admin(client, moderator, pending):
    approved = Review.objects.create(
        page=pending.page,
        author_email="old@example.com",
        author_name="Cũ",
        rating=5,
        title="Đã duyệt từ trước",
        body="…",
        language="vi",
        status=ReviewStatus.APPROVED,
    )
    listing = client.get(LIST, {"status": "pending"})
    html = listing.content.decode()

    assert listing.status_code == 200
    assert '<html lang="vi"' in html  # the admin speaks Vietnamese to this moderator
    assert pending.title in html and approved.title not in html
    detail = client.get(f"{LIST}inspect/{pending.pk}/").content.decode()
    assert "Nấu lẩu rất hợp." in detail and f"{LIST}approve/{pending.pk}/" in detail


def test_approving_in_the_admin_publishes_the_review_on_the_product_page(client, moderator, pending):
    page_url = url_in(pending.page.specific, "vi")
    client.logout()
    assert pending.title not in client.get(page_url).content.decode()  # and cached for anonymous visitors
    client.force_login(moderator)

    response = client.post(f"{LIST}approve/{pending.pk}/")

    pending.refresh_from_db()
    assert response.status_code == 302
    assert (pending.status, pending.moderated_by) == (ReviewStatus.APPROVED, moderator)
    assert pending.moderated_at is not None
    client.logout()
    assert pending.title in client.get(page_url).content.decode()


def test_a_rejected_review_is_never_shown(client, moderator, pending):
    client.post(f"{LIST}reject/{pending.pk}/")

    pending.refresh_from_db()
    client.logout()
    assert pending.status == ReviewStatus.REJECTED
    assert pending.title not in client.get(url_in(pending.page.specific, "vi")).content.decode()


def test_staff_without_the_moderation_permission_cannot_approve(client, django_user_model, pending):
    user = django_user_model.objects.create_user("bientap", "bientap@example.com", "pw", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.post(f"{LIST}approve/{pending.pk}/")

    pending.refresh_from_db()
    assert response.status_code in (302, 403)  # Wagtail sends a refused admin user back to the dashboard
    assert (pending.status, pending.moderated_by) == (ReviewStatus.PENDING, None)


def test_nobody_adds_or_edits_a_review_in_the_admin(client, moderator, pending):
    assert client.get(f"{LIST}add/").status_code in (302, 403)
    assert client.post(f"{LIST}edit/{pending.pk}/", {"title": "Sửa lời khách"}).status_code in (302, 403)
    pending.refresh_from_db()
    assert pending.title == "Miến dai ngon"
