import json

import pytest
from django.db import connection
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from security.rich_text import clean_rich_text
from stories.models import StoryPage
from stories.models.blocks import STORY_FEATURES
from tests.stories.factories import make_story, make_story_index, paragraph

pytestmark = pytest.mark.django_db

HOSTILE = (
    "<p>Kept <b>bold</b><script>alert(1)</script>"
    '<img src="x" onerror="alert(2)"/>'
    '<a href="javascript:alert(3)">bad link</a> <a href="https://caobang.gov.vn/" onclick="alert(4)">good link</a></p>'
    '<iframe src="https://evil.example/"></iframe>'
)


def assert_clean(stored):
    lowered = stored.lower()
    for dangerous in ("<script", "onerror", "javascript:", "onclick", "<iframe", "<img"):
        assert dangerous not in lowered, dangerous
    assert "Kept" in stored and "https://caobang.gov.vn/" in stored and "good link" in stored


def stored_bodies(story):
    """The raw stored JSON, as an importer or the API would read it back."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT body_vi, body_en FROM stories_storypage WHERE page_ptr_id = %s", [story.pk])
        return " ".join(str(value) for value in cursor.fetchone())


def test_clean_rich_text_keeps_only_the_editor_features():
    cleaned = clean_rich_text(HOSTILE, features=STORY_FEATURES)

    assert_clean(cleaned)
    assert "<b>bold</b>" in cleaned
    assert "alert(1)" not in cleaned  # a script goes with its source, not unwrapped into text


def test_story_created_in_code_is_cleaned_in_every_language(home_page):
    story = make_story(make_story_index(home_page), bodies={"vi": [paragraph(HOSTILE)], "en": [paragraph(HOSTILE)]})

    assert_clean(stored_bodies(story))
    assert_clean(json.dumps(story.latest_revision.content["body_en"]))


def test_story_created_through_the_admin_is_cleaned(client, home_page, admin_user):
    index = make_story_index(home_page)
    client.force_login(admin_user)
    empty_body = streamfield([])
    data = nested_form_data(
        {
            "title_vi": "Câu chuyện nhập",
            "slug_vi": "cau-chuyen-nhap",
            "title_en": "Imported story",
            "slug_en": "imported-story",
            "body_vi": streamfield([("paragraph", rich_text(HOSTILE))]),
            "body_en": streamfield([("paragraph", rich_text(HOSTILE))]),
            "body_lo": empty_body,
            "body_zh_hans": empty_body,
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0},
        }
    )
    data["tags"] = "thu-cong"

    response = client.post(reverse("wagtailadmin_pages:add", args=("stories", "storypage", index.pk)), data)

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    story = StoryPage.objects.get(slug_vi="cau-chuyen-nhap")
    assert_clean(stored_bodies(story))


def test_video_block_accepts_only_youtube_and_vimeo():
    from django.core.exceptions import ValidationError

    from stories.models import VideoEmbedBlock

    block = VideoEmbedBlock()
    assert block.clean(block.to_python("https://vimeo.com/123456")).url == "https://vimeo.com/123456"
    assert block.clean(block.to_python("https://youtu.be/abcDEF12345")) is not None
    for url in (
        "https://evil.example/watch?v=1",
        "javascript:alert(1)",
        "https://www.youtube.com.evil.example/watch?v=1",
    ):
        with pytest.raises(ValidationError):
            block.clean(block.to_python(url))
