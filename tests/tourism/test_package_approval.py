"""Operators submit packages; Editors (and Moderators) approve them through Wagtail's workflow.

Driven through the admin's own views with the test client, as the browser does (the browser
journey is tests/browser/test_admin_journeys.py): nobody else may approve or publish.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from stories.editorial import EDITORS, MODERATORS, PRODUCERS
from tests.tourism.factories import make_operator, make_package
from tourism.models import PackagePage


def _user(name, *groups):
    user = get_user_model().objects.create_user(name, f"{name}@example.com", "pw")
    for group in groups:
        user.groups.add(group)
    return user


@pytest.fixture
def submitted(home_page):
    ours, theirs = make_operator(home_page, "Alpha Travel"), make_operator(home_page, "Beta Tours")
    an = _user("an", ours.group)
    ours.members.add(an)
    binh = _user("binh", theirs.group)
    theirs.members.add(binh)
    package = make_package(ours, name="Gói hai ngày", publish=False)
    PackagePage.objects.filter(pk=package.pk).update(live=False)  # a draft, as the admin creates it
    package = PackagePage.objects.get(pk=package.pk)
    package.save_revision(user=an)
    package.get_workflow().start(package, an)
    package.refresh_from_db()
    return {"package": package, "operator": an, "other_operator": binh}


def _approve(client, user, package, comment=""):
    client.force_login(user)
    task_state = package.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[package.pk, "approve", task_state.pk])
    return client.post(url, {"comment": comment})


@pytest.mark.parametrize("group", [EDITORS, MODERATORS])
def test_editors_and_moderators_approve_a_submitted_package_and_it_goes_live(client, submitted, group):
    package = submitted["package"]
    reviewer = _user("lan", Group.objects.get(name=group))
    client.force_login(reviewer)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[package.pk]))
    assert editor.status_code == 200
    assert b'data-workflow-action-name="approve"' in editor.content

    response = _approve(client, reviewer, package)

    assert response.status_code in (200, 302)
    package = PackagePage.objects.get(pk=package.pk)
    assert package.live
    assert package.current_workflow_state is None


def test_request_changes_goes_back_to_the_operator_who_resubmits(client, submitted):
    package, an = submitted["package"], submitted["operator"]
    editor = _user("lan", Group.objects.get(name=EDITORS))
    client.force_login(editor)
    task_state = package.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[package.pk, "reject", task_state.pk])
    client.post(url, {"comment": "Thêm ảnh và điểm hẹn."})
    package = PackagePage.objects.get(pk=package.pk)
    assert not package.live
    assert package.current_workflow_state.status == "needs_changes"

    client.force_login(an)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[package.pk])).status_code == 200
    package.current_workflow_state.resume(an)  # what "Resubmit" does
    package = PackagePage.objects.get(pk=package.pk)
    assert _approve(client, editor, package).status_code in (200, 302)
    package.refresh_from_db()
    assert package.live


@pytest.mark.parametrize("who", ["operator", "other_operator", "producer"])
def test_nobody_else_approves_or_publishes_a_package(client, submitted, who):
    package = submitted["package"]
    user = _user("khach", Group.objects.get(name=PRODUCERS)) if who == "producer" else submitted[who]
    response = _approve(client, user, package)
    assert response.status_code in (302, 403, 404)
    package = PackagePage.objects.get(pk=package.pk)
    assert not package.live
    assert package.current_workflow_state.status == "in_progress"
