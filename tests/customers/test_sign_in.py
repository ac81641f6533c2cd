"""Sign in by emailed code (which opens the account), by password; allauth's and axes' limits."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from tests.customers.helpers import code_from_mail, sign_in_by_code

pytestmark = pytest.mark.django_db

REMOTE = "203.0.113.9"


def test_a_new_customer_signs_in_with_a_code_from_the_email_and_no_password(client):
    response = client.post("/vi/account/login/code/", {"email": "Lan@Example.com"})
    assert response.status_code == 302
    assert response["Location"] == "/vi/account/login/code/confirm/"
    message = mail.outbox[-1]
    assert message.to == ["lan@example.com"]
    assert "Cao Bằng vùng cao" in message.subject  # the site's name in Vietnamese: the page's language
    assert "_auth_user_id" not in client.session  # not before the code

    wrong = client.post("/vi/account/login/code/confirm/", {"code": "AAAAAA"})
    assert wrong.status_code == 200 and "_auth_user_id" not in client.session

    signed_in = client.post("/vi/account/login/code/confirm/", {"code": code_from_mail()})
    assert signed_in.status_code == 302
    assert signed_in["Location"] == "/vi/account/"
    user = get_user_model().objects.get(email__iexact="lan@example.com")
    assert client.session["_auth_user_id"] == str(user.pk)
    assert not user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified  # the code proved the email
    overview = client.get("/vi/account/")
    assert overview.status_code == 200 and "lan@example.com" in overview.content.decode().lower()


def test_a_second_code_request_for_the_same_email_opens_no_second_account(client):
    sign_in_by_code(client, "lan@example.com")
    client.post("/en/account/logout/")
    sign_in_by_code(client, "LAN@example.com")
    assert get_user_model().objects.filter(email__iexact="lan@example.com").count() == 1


def test_the_code_email_is_in_the_language_of_the_page():
    Client().post("/en/account/login/code/", {"email": "lan@example.com"})
    english = mail.outbox[-1]
    Client().post("/zh-hans/account/login/code/", {"email": "mai@example.com"})
    chinese = mail.outbox[-1]
    assert "Cao Bằng Highlands" in english.subject and "Cao Bằng Highlands" in english.body
    assert "高平高原" in chinese.subject and "高平高原" in chinese.body


def test_password_sign_in_with_email_and_wrong_password(client):
    user = get_user_model().objects.create_user("lan", "lan@example.com", "a-long-passphrase")
    EmailAddress.objects.create(user=user, email="lan@example.com", primary=True, verified=True)

    wrong = client.post("/en/account/login/", {"login": "lan@example.com", "password": "nope"}, REMOTE_ADDR=REMOTE)
    assert wrong.status_code == 200 and "_auth_user_id" not in client.session
    right = client.post(
        "/en/account/login/", {"login": "lan@example.com", "password": "a-long-passphrase"}, REMOTE_ADDR=REMOTE
    )
    assert right.status_code == 302 and right["Location"] == "/en/account/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_allauth_limits_code_requests_per_email():
    # From fresh browsers (a client with a pending code is sent back to its code form).
    statuses = [Client().post("/en/account/login/code/", {"email": "lan@example.com"}).status_code for _ in range(5)]
    assert statuses[:3] == [302] * 3
    assert statuses[3:] == [200, 200]  # the form again, "too many" — and no more mail
    assert len(mail.outbox) == 3


@pytest.fixture
def staff(settings):
    settings.AXES_FAILURE_LIMIT = 5
    return get_user_model().objects.create_superuser("editor", "editor@example.com", "right-password")


def test_failures_on_the_shop_login_lock_the_admin_login_for_that_address(client, staff):
    for n in range(5):
        client.post(
            "/en/account/login/", {"login": "someone@example.com", "password": f"guess-{n}"}, REMOTE_ADDR=REMOTE
        )
    admin = client.post("/admin/login/", {"username": "editor", "password": "right-password"}, REMOTE_ADDR=REMOTE)
    assert admin.status_code == 429
    other = client.post(
        "/admin/login/", {"username": "editor", "password": "right-password"}, REMOTE_ADDR="198.51.100.7"
    )
    assert other.status_code == 302


def test_failures_on_the_admin_login_lock_the_shop_login(client, staff):
    customer = get_user_model().objects.create_user("lan", "lan@example.com", "a-long-passphrase")
    EmailAddress.objects.create(user=customer, email="lan@example.com", primary=True, verified=True)
    for n in range(5):
        client.post("/admin/login/", {"username": "editor", "password": f"guess-{n}"}, REMOTE_ADDR=REMOTE)
    shop = client.post(
        "/en/account/login/", {"login": "lan@example.com", "password": "a-long-passphrase"}, REMOTE_ADDR=REMOTE
    )
    assert shop.status_code == 429
    assert "_auth_user_id" not in client.session


def test_wrong_sign_in_codes_count_as_failed_logins_for_the_admin_too(client, staff):
    for attempt in range(2):  # allauth allows 3 tries per code; each new code is a new request
        client.post("/en/account/login/code/", {"email": f"guess{attempt}@example.com"}, REMOTE_ADDR=REMOTE)
        for _ in range(3):
            client.post("/en/account/login/code/confirm/", {"code": "WRONG1"}, REMOTE_ADDR=REMOTE)
    admin = client.post("/admin/login/", {"username": "editor", "password": "right-password"}, REMOTE_ADDR=REMOTE)
    assert admin.status_code == 429
