"""Login floods: counted per client address, which a forged X-Forwarded-For cannot reset; a
finite cool-off; a locked address is refused even with the right password."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def editor(settings):
    settings.AXES_FAILURE_LIMIT = 5
    return get_user_model().objects.create_superuser("editor", "editor@example.com", "right-password")


def attempt(client, password, **headers):
    return client.post(LOGIN, {"username": "editor", "password": password}, **headers)


def test_a_flood_with_rotating_forwarded_headers_is_locked_out_by_the_socket_address(client, editor):
    codes = [
        attempt(client, f"guess-{n}", HTTP_X_FORWARDED_FOR=f"10.0.{n}.{n}", REMOTE_ADDR="203.0.113.9").status_code
        for n in range(8)
    ]

    assert codes[:4] == [200] * 4  # the form again, with an error
    assert codes[4:] == [429] * 4
    # The right password no longer helps from this address, whatever it claims to forward for.
    locked = attempt(client, "right-password", HTTP_X_FORWARDED_FOR="198.51.100.1", REMOTE_ADDR="203.0.113.9")
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) == 15 * 60
    assert "_auth_user_id" not in client.session


def test_behind_a_proxy_only_the_entry_it_appended_counts(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # The attacker controls everything left of what our proxy appends; the proxy's socket is constant.
    codes = [
        attempt(
            client,
            f"guess-{n}",
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"{n}.{n}.{n}.{n}, 1.2.3.{n}, 203.0.113.9",
        ).status_code
        for n in range(6)
    ]

    assert codes == [200, 200, 200, 200, 429, 429]
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.9"}
    # Another traveller behind the same proxy is not locked out by the attacker.
    other = attempt(client, "right-password", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert other.status_code == 302


def test_the_lockout_ends_after_the_cool_off(client, editor):
    for n in range(5):
        attempt(client, f"guess-{n}", REMOTE_ADDR="203.0.113.9")
    assert attempt(client, "right-password", REMOTE_ADDR="203.0.113.9").status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))

    response = attempt(client, "right-password", REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_the_lockout_page_speaks_the_visitors_language_and_names_no_internals(client, editor):
    for n in range(6):
        response = attempt(client, f"guess-{n}", REMOTE_ADDR="203.0.113.9", HTTP_ACCEPT_LANGUAGE="zh-hans")

    html = response.content.decode()
    assert response.status_code == 429
    assert "尝试次数过多" in html
    assert "axes" not in html.lower() and "203.0.113.9" not in html


def test_a_success_resets_the_count(client, editor):
    for n in range(4):
        attempt(client, f"guess-{n}", REMOTE_ADDR="203.0.113.9")
    assert attempt(client, "right-password", REMOTE_ADDR="203.0.113.9").status_code == 302
    client.logout()

    for n in range(4):
        assert attempt(client, f"guess-{n}", REMOTE_ADDR="203.0.113.9").status_code == 200


def test_page_password_guessing_is_rate_limited_too(client, home_page, settings):
    from django.urls import reverse
    from wagtail.models import PageViewRestriction

    from tests.factories import make_standard_page

    settings.AXES_FAILURE_LIMIT = 5
    page = make_standard_page(
        home_page, title={"vi": "Thành viên", "en": "Members only"}, slug={"vi": "thanh-vien", "en": "members"}
    )
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password="open-sesame")
    url = "/en" + reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]).removeprefix("/vi")

    def guess(password, address, forwarded=""):
        return client.post(
            url,
            {"password": password, "return_url": "/en/members/"},
            REMOTE_ADDR=address,
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    codes = [guess(f"guess-{n}", "203.0.113.9", forwarded=f"10.0.0.{n}").status_code for n in range(7)]

    assert codes == [200] * 5 + [429] * 2
    assert guess("open-sesame", "203.0.113.9").status_code == 429  # locked, even with the password
    assert guess("open-sesame", "198.51.100.7").status_code == 302  # another visitor is not
