"""A signed-in customer's checkout offers to save its address to the account, once; a guest is
offered nothing."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from customers.models import SavedAddress
from storefront.models import DeliveryRate, Order
from tests.storefront.factories import make_shop

pytestmark = pytest.mark.django_db

DELIVERY = {
    "name": "Nông Thị Lan",
    "email": "lan@example.com",
    "phone": "0912345678",
    "delivery_method": "delivery",
    "address_kind": "vietnam",
    "street": "Số 5 Hoàng Đình Giong",
    "commune": "Hợp Giang",
    "province": "Cao Bằng",
    "accept_terms": True,
}
BOX = 'name="save_address"'


@pytest.fixture(autouse=True)
def _rates(db):
    DeliveryRate.objects.create(zone="cao_bang", max_weight_grams=50_000, fee_vnd=20_000)
    DeliveryRate.objects.create(zone="vietnam", max_weight_grams=50_000, fee_vnd=50_000)


def customer(client, email="lan@example.com"):
    user = get_user_model().objects.create_user(email.split("@")[0], email, "a-long-passphrase")
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    client.force_login(user)
    return user


def checkout(client, variant, data, *, language="en"):
    client.post(f"/{language}/cart/add/", {"variant": variant.pk, "quantity": "1"})
    response = client.post(f"/{language}/checkout/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return response


def test_the_address_is_saved_once_and_becomes_the_default(client, home_page, payments):
    user = customer(client)
    variant = make_shop(home_page, stock=10)
    client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"})

    page = client.get("/vi/checkout/").content.decode()
    assert f'{BOX} value="1" checked' in page  # no saved address yet: ticked

    checkout(client, variant, {**DELIVERY, "save_address": "1"}, language="vi")
    saved = SavedAddress.objects.get(user=user)
    assert (saved.name, saved.street, saved.commune, saved.province, saved.is_default) == (
        "Nông Thị Lan",
        "Số 5 Hoàng Đình Giong",
        "Hợp Giang",
        "Cao Bằng",
        True,
    )

    page = client.get("/vi/checkout/").content.decode()
    assert BOX in page and f'{BOX} value="1" checked' not in page  # one saved: offered, not ticked
    # The same place again, typed a little differently, ticked: not a second address.
    checkout(client, variant, {**DELIVERY, "street": "số 5  Hoàng Đình Giong ", "save_address": "1"}, language="vi")
    assert SavedAddress.objects.filter(user=user).count() == 1


def test_a_new_place_is_added_beside_the_default_and_an_unticked_box_saves_nothing(client, home_page, payments):
    user = customer(client)
    SavedAddress.objects.create(
        user=user, name="Lan", street="Old street", commune="Sông Hiến", province="Cao Bằng", is_default=True
    )
    variant = make_shop(home_page, stock=10)

    checkout(client, variant, DELIVERY)  # box not ticked
    assert list(SavedAddress.objects.filter(user=user).values_list("street", flat=True)) == ["Old street"]

    checkout(client, variant, {**DELIVERY, "street": "12 Kim Đồng", "save_address": "1"})
    streets = dict(SavedAddress.objects.filter(user=user).values_list("street", "is_default"))
    assert streets == {"Old street": True, "12 Kim Đồng": False}


def test_pickup_saves_no_address(client, home_page, payments):
    user = customer(client)
    variant = make_shop(home_page, stock=10)
    checkout(client, variant, {**DELIVERY, "delivery_method": "pickup", "save_address": "1"})
    assert not SavedAddress.objects.filter(user=user).exists()


def test_a_guest_sees_no_box_and_a_posted_one_saves_nothing(client, home_page, payments):
    variant = make_shop(home_page, stock=10)
    client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"})
    assert BOX not in client.get("/en/checkout/").content.decode()

    checkout(client, variant, {**DELIVERY, "save_address": "1"})
    assert Order.objects.get().user is None and not SavedAddress.objects.exists()
