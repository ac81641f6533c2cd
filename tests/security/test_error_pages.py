"""Error pages (400, 403, CSRF, 404, 500) in all four languages, with no internals shown."""

import pytest
from django.test import Client

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.security.urls")]

INTERNALS = ("Traceback", "hunter2", "/srv/app", "storefront.change_order", "CSRF token", "Referer", "settings.py")

FORBIDDEN = {
    "vi": "Không được phép truy cập",
    "en": "Access denied",
    "lo": "ບໍ່ອະນຸຍາດໃຫ້ເຂົ້າເຖິງ",
    "zh-hans": "拒绝访问",
}
NOT_FOUND = {"vi": "Không tìm thấy trang", "en": "Page not found", "lo": "ບໍ່ພົບໜ້ານີ້", "zh-hans": "找不到页面"}
CSRF = {"vi": "Biểu mẫu đã hết hạn", "en": "The form has expired", "lo": "ແບບຟອມໝົດອາຍຸແລ້ວ", "zh-hans": "表单已过期"}
SERVER_ERROR = (
    "Xin lỗi, đã có lỗi xảy ra",
    "Sorry, something went wrong",
    "ຂໍອະໄພ, ມີບາງຢ່າງຜິດພາດ",
    "抱歉，我们这边出了问题",
)


def assert_no_internals(html):
    for secret in INTERNALS:
        assert secret not in html, secret


@pytest.mark.parametrize("lang", FORBIDDEN)
def test_403_in_the_visitors_language(client, home_page, lang):
    response = client.get(f"/{lang}/test-forbidden/")

    assert response.status_code == 403
    html = response.content.decode()
    assert FORBIDDEN[lang] in html
    assert f'lang="{lang if lang != "zh-hans" else "zh-Hans"}"' in html
    assert_no_internals(html)


@pytest.mark.parametrize("lang", NOT_FOUND)
def test_404_in_the_visitors_language(client, home_page, lang):
    response = client.get(f"/{lang}/no-such-page-{'x' * 300}/")

    assert response.status_code == 404
    html = response.content.decode()
    assert NOT_FOUND[lang] in html
    assert_no_internals(html)


@pytest.mark.parametrize("lang", CSRF)
def test_a_post_without_csrf_token_gets_the_expired_form_page(home_page, lang):
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/{lang}/checkout/", {"email": "a@example.com"})

    assert response.status_code == 403
    html = response.content.decode()
    assert CSRF[lang] in html
    assert_no_internals(html)


def test_500_shows_all_four_languages_and_nothing_of_the_error(home_page):
    client = Client(raise_request_exception=False)
    response = client.get("/en/test-boom/")

    assert response.status_code == 500
    html = response.content.decode()
    for sentence in SERVER_ERROR:
        assert sentence in html
    assert_no_internals(html)
    assert "RuntimeError" not in html


def test_400_for_a_forged_host_shows_all_four_languages(client, home_page):
    response = client.get("/en/", HTTP_HOST="attacker.example")

    assert response.status_code == 400
    html = response.content.decode()
    for sentence in ("Yêu cầu không hợp lệ", "Bad request", "ຂໍອະໄພ, ພວກເຮົາບໍ່ສາມາດ", "抱歉，我们无法处理此请求"):
        assert sentence in html
    assert "attacker.example" not in html and "DisallowedHost" not in html
