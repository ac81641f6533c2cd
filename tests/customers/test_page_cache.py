"""The header's account link is the same for everyone: anonymous pages still come from the cache."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from tests.storefront.factories import make_catalogue, make_producer, make_product, url_in

pytestmark = pytest.mark.django_db


def test_an_anonymous_page_with_the_account_link_is_served_from_the_cache(client, home_page):
    catalogue, index = make_catalogue(home_page)
    product = make_product(catalogue, make_producer(index), title="Dao rèn", prices=[(185000, 40)])
    url = url_in(product, "lo")

    first, second = client.get(url), client.get(url)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert 'class="account-link" href="/lo/account/"' in second.content.decode()

    user = get_user_model().objects.create_user("lan", "lan@example.com", "x")
    EmailAddress.objects.create(user=user, email="lan@example.com", primary=True, verified=True)
    client.force_login(user)
    signed_in = client.get(url)
    assert "X-Page-Cache" not in signed_in  # a signed-in visitor is never served nor stored
    assert 'class="account-link" href="/lo/account/"' in signed_in.content.decode()
    assert "lan@example.com" not in signed_in.content.decode()
