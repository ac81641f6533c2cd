"""Editors and tour operators at work in the Wagtail admin, in a real browser."""
import re

from django.contrib.auth import get_user_model

from tourism.models import PackagePage, TourOperator


def operator_user(username, operator_name):
    operator = TourOperator.objects.get(name=operator_name)
    user, _created = get_user_model().objects.get_or_create(username=username, defaults={"email": f"{username}@example.com"})
    user.set_password(f"pw-{username}")
    user.save()
    user.groups.add(operator.group)
    operator.members.add(user)
    return user, operator


def log_in(page, site, user):
    page.goto(site + "/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(f"pw-{user.username}")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site + "/admin/")


def test_tour_operator_builds_a_two_day_package_that_another_operator_cannot_open(make_page, site, viewport):
    an, ours = operator_user(f"an-{viewport}", "Non Nước Journeys (demo)")
    binh, _theirs = operator_user(f"binh-{viewport}", "Highland Threads Travel (demo)")
    title = f"Hai ngày ở Trùng Khánh ({viewport})"

    page = make_page(locale="en-GB")
    log_in(page, site, an)
    page.goto(f"{site}/admin/pages/{ours.index_page.pk}/")
    page.locator(f"a[href$='/admin/pages/add/tourism/packagepage/{ours.index_page.pk}/']").first.click()
    page.locator("input[name=title_vi]").fill(title)
    page.locator("input[name=price_per_person_vnd]").fill("2100000")
    page.locator("input[name='days-0-day_number']").fill("1")
    page.locator("textarea[name='days-0-description_vi']").fill("Sáng ở lò rèn Phúc Sen, tối ngủ ở Khuổi Ky.")
    page.get_by_role("button", name="Add Itinerary").click()
    page.locator("input[name='days-1-day_number']").fill("2")
    page.locator("textarea[name='days-1-description_vi']").fill("Thác Bản Giốc rồi về thành phố.")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=re.compile("^Submit to")).click()
    page.wait_for_url(f"{site}/admin/pages/{ours.index_page.pk}/")
    assert "submitted for moderation" in page.locator(".messages").inner_text()

    package = PackagePage.objects.get(title_vi=title)
    assert package.operator == ours and not package.live
    assert package.current_workflow_state.status == "in_progress"
    assert sorted(day.day_number for day in package.get_latest_revision_as_object().days.all()) == [1, 2]

    # Another operator can open neither the editor nor the draft, and does not see it listed.
    other = make_page(locale="en-GB")
    log_in(other, site, binh)
    for path in (f"/admin/pages/{package.pk}/edit/", f"/admin/pages/{package.pk}/view_draft/"):
        other.goto(site + path)
        assert other.url == site + "/admin/", f"{path} opened for another operator"
        assert "do not have permission" in other.locator(".messages").inner_text()
    other.goto(f"{site}/admin/pages/search/?q=Trùng+Khánh")
    assert title not in other.locator("main").inner_text()
