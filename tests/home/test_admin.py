import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    client.login(username="editor", password="pw")
    return client


def test_admin_edits_every_language_of_a_page(admin_client, home_page):
    response = admin_client.get(f"/admin/pages/{home_page.pk}/edit/")
    html = response.content.decode()

    assert response.status_code == 200
    for field in ("title", "slug", "tagline", "intro"):
        for suffix in ("vi", "en", "lo", "zh_hans"):
            assert f'name="{field}_{suffix}"' in html, f"{field}_{suffix}"


def test_not_found_page_speaks_the_visitors_language(client, home_page):
    response = client.get("/lo/no-such-page/")

    assert response.status_code == 404
    assert "ບໍ່ພົບໜ້ານີ້" in response.content.decode()


def test_the_vietnamese_approve_button_keeps_its_space():
    # Wagtail's own Vietnamese catalogue reads "%(label)svà Xuất bản"; ours (home/wagtail_strings.py) wins.
    with translation.override("vi"):
        assert gettext("%(label)s and Publish") % {"label": "Phê chuẩn"} == "Phê chuẩn và Xuất bản"
