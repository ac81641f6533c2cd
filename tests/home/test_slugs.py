import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect

from home.slugs import make_slug
from stories.models import StoryPage
from tests.stories.factories import make_story, make_story_index

pytestmark = pytest.mark.django_db


def test_vietnamese_slugs_are_ascii_with_d_for_đ():
    assert make_slug("Dao rèn Phúc Sen đẹp nhất Đèo Mã Phục", "vi") == "dao-ren-phuc-sen-dep-nhat-deo-ma-phuc"
    assert make_slug("Mật ong bạc hà Đồng Văn", "vi").isascii()


def test_lao_slugs_are_romanised_whole_syllables_not_letters_with_vowels_dropped():
    assert make_slug("ເລື່ອງເລົ່າ", "lo") == "lueang-lao"
    assert make_slug("ຫຼວງພະບາງ", "lo") == "luang-pha-bang"
    # The broken slug of issue 23 came from a title like this one with its vowel signs dropped.
    assert make_slug("ລະດູເຮັດເຫຼັກທີ່ບ້ານ Phúc Sen", "lo") == "la-du-het-lek-thi-ban-phuc-sen"


def test_chinese_slugs_are_pinyin():
    assert make_slug("福森铁匠村", "zh-hans") == "fu-sen-tie-jiang-cun"


def _create_story_in_admin(client, index, data):
    url = reverse("wagtailadmin_pages:add", args=("stories", "storypage", index.pk))
    form = {f"body_{code}-count": 0 for code in ("vi", "en", "lo", "zh_hans")}
    form.update({"tags": "", "ethnic_community": "", "author": "", "action-publish": "1", **data})
    response = client.post(url, form)
    assert response.status_code == 302, response.context and response.context["form"].errors
    return StoryPage.objects.get(title_vi=data["title_vi"])


def test_slugs_made_in_the_admin_are_readable_ascii_in_every_language(client, admin_user, home_page):
    index = make_story_index(home_page)
    client.force_login(admin_user)

    # What the admin's own script posts: Vietnamese with diacritics, Lao with its vowel signs dropped.
    story = _create_story_in_admin(
        client,
        index,
        {
            "title_vi": "Mùa rèn ở Phúc Sen đẹp",
            "slug_vi": "mùa-rèn-ở-phúc-sen-đẹp",
            "title_lo": "ລະດູເຮັດເຫຼັກທີ່ບ້ານ Phúc Sen",
            "slug_lo": "ລະດຕເຫກທາຍປທ-phúc-sen",
            "title_zh_hans": "福森打铁季",
            "slug_zh_hans": "福森打铁季",
            "title_en": "Forging season in Phuc Sen",
            "slug_en": "forging-season-in-phuc-sen",
        },
    )

    assert story.slug_vi == "mua-ren-o-phuc-sen-dep"
    assert story.slug_lo == "la-du-het-lek-thi-ban-phuc-sen"
    assert story.slug_zh_hans == "fu-sen-da-tie-ji"
    assert story.slug_en == "forging-season-in-phuc-sen"  # an editor's clean slug is kept
    with translation.override("lo"):
        lao_url = story.url
    assert lao_url.endswith("/la-du-het-lek-thi-ban-phuc-sen/")
    assert client.get(lao_url).status_code == 200


def test_a_language_without_a_title_takes_its_fallbacks_slug(client, admin_user, home_page):
    index = make_story_index(home_page)
    client.force_login(admin_user)

    story = _create_story_in_admin(client, index, {"title_vi": "Chợ phiên Đông Khê", "slug_vi": "chợ-phiên-đông-khê"})

    assert story.slug_vi == "cho-phien-dong-khe"
    assert story.slug_lo == story.slug_zh_hans == story.slug_en == "cho-phien-dong-khe"


def test_a_new_slug_that_a_sibling_uses_gets_a_number(client, admin_user, home_page):
    index = make_story_index(home_page)
    client.force_login(admin_user)
    _create_story_in_admin(client, index, {"title_vi": "Làng rèn", "slug_vi": "làng-rèn"})

    second = _create_story_in_admin(client, index, {"title_vi": "Làng  rèn", "slug_vi": "làng-rèn"})

    assert second.slug_vi == "lang-ren-2"


def test_publishing_keeps_slugs_and_a_changed_slug_redirects_permanently(
    client, home_page, django_capture_on_commit_callbacks
):
    index = make_story_index(home_page)
    story = make_story(index, title="Làng rèn Phúc Sen")
    with translation.override("lo"):
        old_lao = story.url
    with translation.override("en"):
        old_english = story.url

    page = StoryPage.objects.get(pk=story.pk)
    page.title_lo = "ບ້ານຕີເຫຼັກ"  # a translation filled after publishing keeps its slug
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.slug_lo == story.slug_lo

    page.slug_lo = "ban-ti-lek"
    page.slug_en = "phuc-sen-forge"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    with translation.override("lo"):
        new_lao = StoryPage.objects.get(pk=story.pk).url
    assert new_lao != old_lao and new_lao.endswith("/ban-ti-lek/")
    assert Redirect.objects.filter(redirect_page=page).count() >= 2
    response = client.get(old_lao)
    assert response.status_code == 301 and response["Location"].endswith(new_lao)
    response = client.get(old_english)
    assert response.status_code == 301 and response["Location"].endswith("/phuc-sen-forge/")
    assert client.get(new_lao).status_code == 200
