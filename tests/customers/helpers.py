import re

from django.core import mail

from storefront.models import Order, OrderLine


def make_order(number, *, email="lan@example.com", status="paid", user=None, total=370_000, **fields):
    order = Order.objects.create(
        number=number,
        status=status,
        language="vi",
        name="Nông Thị Lan",
        email=email,
        phone="0912345678",
        delivery_method="pickup",
        fingerprint=number,
        subtotal_vnd=total,
        total_vnd=total,
        user=user,
        **fields,
    )
    OrderLine.objects.create(
        order=order,
        kind="product",
        source="product",
        reference="1",
        description="Dao rèn Phúc Sen",
        unit_price_vnd=total // 2,
        quantity=2,
    )
    return order


def code_from_mail():
    """The one-time code in the last email: the line of its own between the greeting and the notice."""
    body = mail.outbox[-1].body
    match = re.search(r"^\s*([A-Z0-9]{3,}(?:-[A-Z0-9]{3,})*)\s*$", body, re.MULTILINE)
    assert match, body
    return match.group(1)


def sign_in_by_code(client, email, *, language="en"):
    response = client.post(f"/{language}/account/login/code/", {"email": email})
    assert response.status_code == 302, response.content.decode()[:2000]
    code = code_from_mail()
    return client.post(response["Location"], {"code": code})
