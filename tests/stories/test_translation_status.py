import pytest
from django.urls import reverse

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
