"""Code requests for one new email at the same moment open one account (PostgreSQL, real threads)."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import transaction
from django.test import Client

from core.locks import lock_name, name_key
from customers.models import CustomerProfile
from tests.storefront.test_concurrency import run_at_once

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _ask_for_code(email):
    def work(index):
        return Client().post("/en/account/login/code/", {"email": email}).status_code

    return work


@pytest.mark.parametrize(
    "spellings", [("new@example.com",) * 3, ("new@example.com", "New@Example.com", "NEW@example.com")]
)
def test_three_code_requests_at_once_open_one_account(spellings):
    # Three: allauth lets one email ask for three codes a minute; each request gets its code.
    results = run_at_once(3, lambda i: _ask_for_code(spellings[i])(i))

    assert results == [302, 302, 302]
    users = get_user_model().objects.filter(email__iexact="new@example.com")
    assert users.count() == 1
    assert EmailAddress.objects.filter(email="new@example.com").count() == 1
    assert CustomerProfile.objects.filter(user=users.get()).count() == 1
    assert len(mail.outbox) == 3 and {message.to[0].lower() for message in mail.outbox} == {"new@example.com"}


def test_two_different_new_emails_at_once_open_two_accounts():
    emails = ["lan@example.com", "mai@example.com"]
    results = run_at_once(2, lambda i: _ask_for_code(emails[i])(i))

    assert results == [302, 302]
    assert sorted(get_user_model().objects.values_list("email", flat=True)) == emails


def test_the_lock_is_per_name_and_only_inside_a_transaction():
    assert name_key("customers.account:a@example.com") != name_key("customers.account:b@example.com")
    assert -(2**63) <= name_key("x") < 2**63
    with pytest.raises(RuntimeError):
        lock_name("outside")
    with transaction.atomic():
        lock_name("inside")  # taken, and released with the transaction
