import re

import pytest
from django.conf.locale import LANG_INFO
from django.utils import translation

from core.content_languages import shown_language
from core.languages import fallback_chain
from tests.factories import make_standard_page

pytestmark = pytest.mark.django_db

HOME_TITLES = {"vi": "Trang chủ", "en": "Home", "lo": "ໜ້າຫຼັກ", "zh-hans": "首页"}
# One interface string per language, taken from the catalogues (the skip link).
SKIP_LINK = {"vi": "Chuyển đến nội dung", "en": "Skip to content", "lo": "ຂ້າມໄປຫາເນື້ອໃນ", "zh-hans": "跳到正文"}
HTML_LANG = {"vi": "vi", "en": "en", "lo": "lo", "zh-hans": "zh-Hans"}


@pytest.fixture
def about_page(home_page):
    """Translated into everything but Lao."""
    return make_standard_page(
        home_page,
        title={"vi": "Về chúng tôi", "en": "About us", "zh_hans": "关于我们"},
        slug={"vi": "ve-chung-toi", "en": "about-us", "zh_hans": "guanyu-women"},
        body={"vi": "<p>Hợp tác xã</p>", "en": "<p>Cooperatives</p>", "zh_hans": "<p>合作社</p>"},
    )


@pytest.mark.parametrize("language", ["vi", "en", "lo", "zh-hans"])
def test_home_page_in_each_language(client, home_page, language):
    response = client.get(f"/{language}/")
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{HTML_LANG[language]}">' in html
    assert HOME_TITLES[language] in html
    assert SKIP_LINK[language] in html
    hreflangs = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    assert dict(hreflangs) == {
        "vi": "http://testserver/vi/",
        "en": "http://testserver/en/",
        "lo": "http://testserver/lo/",
        "zh-Hans": "http://testserver/zh-hans/",
        "x-default": "http://testserver/vi/",
    }


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("lo", "/lo/"), ("lo-LA,lo;q=0.9", "/lo/"), ("zh-CN,zh;q=0.9", "/zh-hans/"), ("en-US", "/en/"), ("fr", "/vi/")],
)
def test_first_visit_honours_accept_language(client, home_page, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == expected


def test_lao_is_known_to_django():
    assert LANG_INFO["lo"]["name_local"] == "ພາສາລາວ"
    assert translation.check_for_language("lo"), "no compiled lo catalogue: Django would serve Vietnamese"
    with translation.override("lo"):
        assert translation.gettext("Skip to content") == "ຂ້າມໄປຫາເນື້ອໃນ"
        assert translation.get_language_info("lo")["name_translated"] == "ພາສາລາວ"


def test_translated_slugs_and_the_language_switch_keep_the_page(client, about_page):
    html = client.get("/zh-hans/guanyu-women/").content.decode()
    switch = html.split('class="language-switch"')[1].split("</nav>")[0]

    links = dict(re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', switch))
    assert links == {
        "/vi/ve-chung-toi/": "vi",
        "/en/about-us/": "en",
        "/lo/about-us/": "lo",  # no Lao slug yet: the English one, as the content falls back
        "/zh-hans/guanyu-women/": "zh-Hans",
    }
    for url in links:
        assert client.get(url).status_code == 200, url


def test_missing_translation_falls_back_to_english_with_a_notice(client, about_page):
    html = client.get("/lo/about-us/").content.decode()

    assert "About us" in html and "Cooperatives" in html
    assert "ໜ້ານີ້ຍັງບໍ່ໄດ້ແປເປັນພາສາລາວ; ກຳລັງສະແດງເປັນພາສາອັງກິດ." in html


def test_complete_translation_shows_no_notice(client, about_page):
    html = client.get("/zh-hans/guanyu-women/").content.decode()

    assert "关于我们" in html
    assert "notice--fallback" not in html


def test_fallback_order_is_requested_then_english_then_vietnamese(home_page):
    page = make_standard_page(
        home_page,
        title={"vi": "Chỉ tiếng Việt"},
        slug={"vi": "chi-tieng-viet"},
        body={"vi": "<p>Nội dung</p>"},
    )

    assert fallback_chain("lo") == ["lo", "en", "vi"]
    assert fallback_chain("en") == ["en", "vi"]
    assert shown_language(page, "lo") == "vi"
    assert shown_language(page, "vi") == "vi"


def test_lao_dates_read_day_first():
    import datetime

    from django.utils.formats import date_format

    with translation.override("lo"):
        assert date_format(datetime.date(2027, 5, 31), "SHORT_DATE_FORMAT") == "31/5/2027"


def test_main_menu_lists_pages_marked_for_menus_in_the_readers_language(client, home_page, about_page):
    about_page.show_in_menus = True
    about_page.save_revision().publish()

    html = client.get("/en/").content.decode()
    menu = html.split('class="main-menu"')[1].split("</nav>")[0]

    assert '<a href="/en/about-us/">About us</a>' in menu
