"""A producer's users see the lines of their own products, in paid orders, and nothing else."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from storefront.models import Order, OrderLine, ProducerMember
from tests.storefront.factories import make_catalogue, make_producer

pytestmark = pytest.mark.django_db


def make_admin_user(username):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
    group = Group.objects.create(name=f"{username}-group")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def make_order(number, status, lines):
    order = Order.objects.create(
        number=number,
        status=status,
        language="vi",
        name="Lan",
        email="lan@example.com",
        phone="0912",
        delivery_method="pickup",
        fingerprint=number,
        subtotal_vnd=200_000 * len(lines),
        total_vnd=200_000 * len(lines),
    )
    for producer, description in lines:
        OrderLine.objects.create(
            order=order,
            kind="product",
            source="product",
            reference="1",
            producer=producer,
            description=description,
            unit_price_vnd=100_000,
            quantity=2,
        )
    return order


@pytest.fixture
def two_producers(home_page):
    _catalogue, index = make_catalogue(home_page)
    return make_producer(index, name="HTX Minh Tuấn", slug="htx-a"), make_producer(
        index, name="Hộ Lệ Thùy", slug="ho-b"
    )


def test_a_producer_sees_only_its_own_lines_of_paid_orders(client, two_producers):
    mine, theirs = two_producers
    user = make_admin_user("smith")
    ProducerMember.objects.create(producer=mine, user=user)
    make_order("CB-1", "paid", [(mine, "Dao rèn Phúc Sen"), (theirs, "Thạch đen Thạch An")])
    make_order("CB-2", "pending", [(mine, "Dao chặt chưa trả tiền")])
    client.force_login(user)

    response = client.get("/admin/my-sales/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "Dao rèn Phúc Sen" in html and "CB-1" in html
    assert "Thạch đen" not in html, "another producer's line"
    assert "chưa trả tiền" not in html, "an unpaid order is not a sale"
    assert client.get("/admin/snippets/storefront/order/").status_code in (302, 403), "no access to all orders"


def test_users_without_a_producer_get_no_sales_page(client, two_producers):
    client.force_login(make_admin_user("editor"))
    make_order("CB-3", "paid", [(two_producers[0], "Dao rèn Phúc Sen")])

    response = client.get("/admin/my-sales/")

    assert response.status_code in (302, 403)  # Wagtail turns a refusal into a redirect to the dashboard
    assert "Dao rèn" not in response.content.decode()
