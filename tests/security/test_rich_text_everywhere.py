"""Every rich-text field is cleaned on save, however it was written: code, a command, an importer."""

import pytest
from django.apps import apps
from django.db.models.signals import pre_save
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from security.rich_text import rich_fields
from tests.factories import make_standard_page
from tests.storefront.factories import make_shop, url_in
from tests.tourism.factories import make_experience, make_homestay, make_operator, make_package, make_village

pytestmark = pytest.mark.django_db

HOSTILE = (
    '<p>Kept <b>bold</b><script>alert(1)</script><img src="x" onerror="alert(2)"/>'
    '<a href="javascript:alert(3)">bad link</a></p>'
)
NOT_FROM_THE_EDITOR = (
    "A rich-text field holds something the editor did not write. Reload the page and edit the text in the editor."
)
DANGEROUS = ("<script", "onerror", "javascript:", "<img")


def assert_clean(text):
    assert "Kept" in text
    for dangerous in DANGEROUS:
        assert dangerous not in text.lower(), dangerous


def assert_page_clean(html):
    assert "Kept" in html
    assert "alert(" not in html and "javascript:" not in html


def written_outside_the_editor(page, **fields):
    """As a shell, a command or an importer would: set the columns in every language, save, publish."""
    for name, value in fields.items():
        for language in ("vi", "en", "lo", "zh_hans"):
            setattr(page, f"{name}_{language}", value)
    page.save()
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_every_page_type_cleans_its_rich_text_when_saved_in_code(client, home_page):
    product = make_shop(home_page).product
    producer = product.producer
    village = make_village(home_page)
    experience = make_experience(village)
    homestay = make_homestay(village)
    package = make_package(make_operator(home_page), days=[(1, experience, None)])
    standard = make_standard_page(home_page, title={"vi": "Giới thiệu"}, slug={"vi": "gioi-thieu"})
    written = [
        written_outside_the_editor(standard, body=HOSTILE),
        written_outside_the_editor(producer, story=HOSTILE),
        written_outside_the_editor(product, description=HOSTILE),
        written_outside_the_editor(village, description=HOSTILE, getting_there=HOSTILE),
        written_outside_the_editor(experience, description=HOSTILE, included=HOSTILE, what_to_bring=HOSTILE),
        written_outside_the_editor(homestay, description=HOSTILE, amenities=HOSTILE, house_rules=HOSTILE),
        written_outside_the_editor(package, description=HOSTILE),
    ]

    for page in written:
        for field in rich_fields(type(page)):
            if getattr(page, field.attname):
                assert_clean(getattr(page, field.attname))
        for language in ("vi", "zh_hans"):
            with translation.override(language.replace("_", "-")):
                response = client.get(url_in(page, language))
            assert response.status_code == 200, (page, language)
            assert_page_clean(response.content.decode())


def test_every_model_with_rich_text_is_cleaned_before_it_is_saved():
    with_rich_text = [model for model in apps.get_models() if rich_fields(model)]

    assert {model._meta.label for model in with_rich_text} >= {
        "home.StandardPage",
        "storefront.ProducerPage",
        "storefront.ProductPage",
        "tourism.CraftVillagePage",
        "tourism.ExperiencePage",
        "tourism.HomestayPage",
        "tourism.PackagePage",
        "stories.StoryPage",
        "stories.EventPage",
    }
    assert all(pre_save.has_listeners(model) for model in with_rich_text)


def test_raw_html_posted_into_the_editor_is_a_clear_400_not_a_500(client, home_page, admin_user):
    client.force_login(admin_user)
    standard = make_standard_page(home_page, title={"vi": "Giới thiệu"}, slug={"vi": "gioi-thieu"})
    url = reverse("wagtailadmin_pages:edit", args=(standard.pk,))
    form = client.get(url).context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    data.update(
        {
            "title_vi": "Giới thiệu",
            "slug_vi": "gioi-thieu",
            "body_vi": HOSTILE,
            "comments-TOTAL_FORMS": 0,
            "comments-INITIAL_FORMS": 0,
        }
    )

    response = client.post(url, {key: value for key, value in data.items() if value is not None})

    assert response.status_code == 400
    with translation.override("vi"):  # the admin's language
        assert gettext(NOT_FROM_THE_EDITOR) in response.content.decode()
    standard.refresh_from_db()
    assert "alert" not in (standard.body_vi or "")
