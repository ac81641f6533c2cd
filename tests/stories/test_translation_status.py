import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from core.content_languages import shown_language, source_language, translation_status
from storefront.models import ProductPage
from stories.models import StoryPage
from stories.reports import missing_translations
from stories.translation_panel import language_rows
from tests.stories.factories import make_story, make_story_index, paragraph

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(home_page):
    index = make_story_index(home_page)
    complete = make_story(
        index,
        title="Đủ bốn thứ tiếng",
        bodies={code: [paragraph(f"<p>{code}</p>")] for code in ("vi", "en", "lo", "zh_hans")},
    )
    no_lao = make_story(
        index, title="Thiếu tiếng Lào", bodies={code: [paragraph(f"<p>{code}</p>")] for code in ("vi", "en", "zh_hans")}
    )
    return complete, no_lao


def test_language_rows_say_what_is_complete_and_what_readers_see_instead(stories):
    complete, no_lao = stories

    assert all(is_complete for _code, is_complete, _shown in language_rows(complete))
    assert language_rows(no_lao) == [("vi", True, ""), ("en", True, ""), ("lo", False, "en"), ("zh-hans", True, "")]


def test_edit_form_shows_the_translation_status(client, admin_user, stories):
    _complete, no_lao = stories
    client.force_login(admin_user)

    html = client.get(reverse("wagtailadmin_pages:edit", args=(no_lao.pk,))).content.decode()

    assert 'data-language="lo" data-complete="false"' in html
    assert 'data-language="zh-hans" data-complete="true"' in html


def test_missing_translations_report_lists_pages_missing_a_language(client, admin_user, stories):
    complete, no_lao = stories
    client.force_login(admin_user)

    response = client.get(reverse("missing_translations"))
    html = response.content.decode()
    listed = [page.pk for page in response.context["pages"]]

    assert response.status_code == 200
    assert no_lao.pk in listed and complete.pk not in listed
    assert "Thiếu tiếng Lào" in html and "data-missing-languages" in html
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("missing_translations") in menu


def test_an_empty_new_story_is_missing_in_every_language_but_its_own(client, admin_user, home_page):
    index = make_story_index(home_page)
    client.force_login(admin_user)

    html = client.get(reverse("wagtailadmin_pages:add", args=("stories", "storypage", index.pk))).content.decode()

    assert 'data-language="vi" data-complete="true"' in html
    for code in ("en", "lo", "zh-hans"):
        assert f'data-language="{code}" data-complete="false"' in html
    assert language_rows(StoryPage()) == [
        ("vi", True, ""),
        ("en", False, "vi"),
        ("lo", False, "vi"),
        ("zh-hans", False, "vi"),
    ]


def test_a_story_with_only_its_vietnamese_title_is_missing_elsewhere(home_page):
    index = make_story_index(home_page)
    with translation.override("vi"):
        story = index.add_child(instance=StoryPage(title="Chỉ có tiêu đề", slug="chi-co-tieu-de"))

    assert translation_status(story) == {"vi": True, "en": False, "lo": False, "zh-hans": False}
    assert missing_translations([story])[0].missing_languages == ["en", "lo", "zh-hans"]


def test_a_draft_written_in_english_is_complete_only_in_english():
    story = StoryPage(title_en="Written in English", summary_en="Summary")

    assert source_language(story) == "en"
    assert translation_status(story) == {"vi": False, "en": True, "lo": False, "zh-hans": False}
    assert shown_language(story, "vi") == "en" and shown_language(story, "lo") == "en"


def test_a_new_product_counts_only_the_languages_written():
    product = ProductPage(title_vi="Miến dong Phja Đén", summary_vi="Miến dong", summary_en="Glass noodles")

    assert translation_status(ProductPage()) == {"vi": True, "en": False, "lo": False, "zh-hans": False}
    # English has the summary but not the title: still missing.
    assert translation_status(product) == {"vi": True, "en": False, "lo": False, "zh-hans": False}
    product.title_en = "Phja Đén glass noodles"
    assert translation_status(product)["en"] is True


def test_a_fully_translated_demo_product_is_complete_everywhere(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("seed_demo", "--no-admin", stdout=open("/dev/null", "w"))

    knife = ProductPage.objects.get(slug_vi="dao-ren-phuc-sen")
    story = StoryPage.objects.get(slug_vi="huyen-thoai-lang-ren-phuc-sen")

    assert (
        translation_status(knife) == translation_status(story) == {code: True for code in ("vi", "en", "lo", "zh-hans")}
    )
