"""Editors and tour operators at work in the Wagtail admin, in a real browser."""

import re

from django.contrib.auth import get_user_model
from django.utils import translation

from stories.editorial import EDITORS
from tourism.models import PackagePage, TourOperator

COMMENT = "Xin thêm điểm hẹn và ảnh lò rèn."


def operator_user(username, operator_name):
    operator = TourOperator.objects.get(name=operator_name)
    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.com"}
    )
    user.set_password(f"pw-{username}")
    user.save()
    user.groups.add(operator.group)
    operator.members.add(user)
    return user, operator


def more_actions(page):
    return page.get_by_role("button", name=re.compile("Thêm tác vụ|More actions"))


def log_in(page, site, user):
    page.goto(site + "/admin/login/")
    page.locator("#id_username").fill(user.username)
    page.locator("#id_password").fill(f"pw-{user.username}")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(site + "/admin/")


def test_tour_operator_builds_a_two_day_package_that_another_operator_cannot_open_and_an_editor_approves(
    make_page, site, viewport
):
    an, ours = operator_user(f"an-{viewport}", "Non Nước Journeys (demo)")
    binh, _theirs = operator_user(f"binh-{viewport}", "Highland Threads Travel (demo)")
    title = f"Hai ngày ở Trùng Khánh ({viewport})"

    page = make_page(locale="en-GB")
    log_in(page, site, an)
    page.goto(f"{site}/admin/pages/{ours.index_page.pk}/")
    page.locator(f"a[href$='/admin/pages/{ours.index_page.pk}/add_subpage/']").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/add/tourism/packagepage/"))
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

    # An Editors member, in the Vietnamese admin, finds it awaiting review and asks for changes.
    editor = staff_user(f"lan-pkg-{viewport}", EDITORS)
    review = make_page(locale="vi-VN")
    log_in(review, site, editor)
    assert title in review.locator("main").inner_text()  # the dashboard's "awaiting your review"
    review.goto(f"{site}/admin/pages/{package.pk}/edit/")
    more_actions(review).click()
    review.screenshot(path=f"var/screenshots/package-approval-{viewport}.png")
    review.locator("button[data-workflow-action-name=reject]").click()
    modal = review.locator(".modal[role=dialog]").last
    modal.locator("textarea[name=comment]").fill(COMMENT)
    modal.locator("button[type=submit]").click()
    review.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    package.refresh_from_db()
    assert not package.live and package.current_workflow_state.status == "needs_changes"

    # The operator reads the comment in the editor, adds a summary and resubmits.
    page.goto(f"{site}/admin/pages/{package.pk}/edit/")
    page.locator("[data-side-panel-toggle=status]").click()
    page.get_by_role("button", name="View details").click()
    status = page.locator("#workflow-status-dialog")
    status.get_by_text(COMMENT).wait_for()
    page.screenshot(path=f"var/screenshots/package-changes-requested-{viewport}.png")
    status.get_by_role("button", name=re.compile("Close")).first.click()
    page.locator("[data-side-panel-toggle=status]").click()  # on a phone the panel covers the footer
    page.locator("[name=summary_vi]").fill("Hai ngày rèn dao và ngắm thác.")
    more_actions(page).click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_url(f"{site}/admin/pages/{ours.index_page.pk}/")
    package.refresh_from_db()
    assert package.current_workflow_state.status == "in_progress"

    # The editor approves the resubmitted package from the editor's "More actions": it goes live.
    review.goto(f"{site}/admin/pages/{package.pk}/edit/")
    more_actions(review).click()
    review.locator("button[data-workflow-action-name=approve]").first.click()
    review.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    package.refresh_from_db()
    assert package.live and package.current_workflow_state is None
    with translation.override("vi"):
        public_url = package.url
    review.goto(site + public_url)
    assert review.locator("h1").inner_text() == title
    assert "Hai ngày rèn dao và ngắm thác." in review.locator("main").inner_text()


def staff_user(username, group_name):
    from django.contrib.auth.models import Group

    user, _created = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@example.com"}
    )
    user.set_password(f"pw-{username}")
    user.save()
    user.groups.add(Group.objects.get(name=group_name))
    return user


def add_block(body, page, block_label):
    """Append a block to a StreamField through its last "Insert a block" button."""
    body.locator("button[title='Insert a block']").last.click()
    page.get_by_role("option", name=block_label, exact=True).click()


def add_paragraph(body, page, text):
    add_block(body, page, "Văn bản")
    body.locator("[contenteditable=true]").last.click()
    page.keyboard.type(text)


def test_vietnamese_editor_writes_a_story_in_four_languages_a_moderator_approves_it(make_page, site, viewport):
    from django.utils import translation

    from storefront.models import ProductPage
    from stories.editorial import EDITORS, MODERATORS
    from stories.models import StoryIndexPage, StoryPage

    editor = staff_user(f"lan-{viewport}", EDITORS)
    moderator = staff_user(f"minh-{viewport}", MODERATORS)
    index = StoryIndexPage.objects.get()
    titles = {
        "vi": f"Mùa làm miến ở Phja Đén ({viewport})",
        "en": f"Noodle season in Phja Đén ({viewport})",
        "lo": f"ລະດູເຮັດເສັ້ນລ້ອນທີ່ Phja Đén ({viewport})",
        "zh_hans": f"Phja Đén 的粉丝季（{viewport}）",
    }
    paragraphs = {
        "vi": "Sợi miến phơi trắng cả sườn đồi.",
        "en": "The noodles dry white across the hillside.",
        "lo": "ເສັ້ນລ້ອນຕາກແດດຂາວທົ່ວເນີນພູ.",
        "zh_hans": "粉丝晾满了整片山坡。",
    }

    page = make_page(locale="vi-VN")
    log_in(page, site, editor)
    page.goto(f"{site}/admin/pages/{index.pk}/add_subpage/")
    page.wait_for_url(re.compile(r"/admin/pages/add/stories/storypage/"))
    for code in ("EN", "LO", "ZH-HANS"):  # show every language's fields beside the Vietnamese ones
        page.locator("button.locale-toggle", has_text=re.compile(f"^{code}$", re.I)).click()
    for language, title in titles.items():
        page.locator(f"input[name=title_{language}]").fill(title)
        body = page.locator(f"#body_{language}-root")
        add_paragraph(body, page, paragraphs[language])
    # The Vietnamese text embeds the product, chosen in the page chooser.
    body = page.locator("#body_vi-root")
    add_block(body, page, "Thẻ sản phẩm")
    body.get_by_role("button", name=re.compile("Chọn một trang")).click()
    chooser = page.locator(".modal[role=dialog]").last  # the chooser modal, not any other dialog of the admin
    chooser.locator("input[name=q]").fill("Miến dong Phja")
    chooser.get_by_role("link", name="Miến dong Phja Đén", exact=True).click()
    page.get_by_role("button", name=re.compile("Thêm tác vụ|More actions")).click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_url(f"{site}/admin/pages/{index.pk}/")

    story = StoryPage.objects.get(title_vi=titles["vi"])
    assert not story.live and story.current_workflow_state.status == "in_progress"

    # The moderator opens it, approves it and it goes live.
    review = make_page(locale="vi-VN")
    log_in(review, site, moderator)
    review.goto(f"{site}/admin/pages/{story.pk}/edit/")
    review.get_by_role("button", name=re.compile("Thêm tác vụ|More actions")).click()
    review.locator("button[data-workflow-action-name=approve]").first.click()
    review.wait_for_url(re.compile(r"/admin/"))
    story.refresh_from_db()
    assert story.live

    # Live in four languages, and linked from the product page.
    product = ProductPage.objects.get(slug_vi="mien-dong-phja-den")
    for language in ("vi", "en", "lo", "zh-hans"):
        with translation.override(language):
            product_url = product.url
        review.goto(site + product_url)
        column = language.replace("-", "_")
        review.get_by_role("link", name=titles[column]).click()
        assert review.locator("h1").inner_text() == titles[column]
        assert paragraphs[column] in review.locator("main").inner_text()
