"""Operators submit packages; Editors (and Moderators) approve them through Wagtail's workflow.

Driven through the admin's own views with the test client, as the browser does (the browser
journey is tests/browser/test_admin_journeys.py): nobody else may approve or publish. Wagtail
publishes an approved revision as the approver, checking their publish right: the approvers'
page permissions on the operators' sub-trees carry it.
"""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import GroupApprovalTask

from stories.editorial import EDITORS, MODERATORS, PRODUCERS
from tests.tourism.factories import make_operator, make_package
from tourism.models import PackagePage
from tourism.operators import TASK_NAME, ensure_package_approval

COMMENT = "Thêm ảnh và điểm hẹn."


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
    package = make_package(ours, name="Gói ZEBRA hai ngày", publish=False)
    PackagePage.objects.filter(pk=package.pk).update(live=False)  # a draft, as the admin creates it
    package = PackagePage.objects.get(pk=package.pk)
    package.save_revision(user=an)
    package.get_workflow().start(package, an)
    package.refresh_from_db()
    return {"package": package, "operator": an, "other_operator": binh}


def _act(client, user, package, action, comment=""):
    client.force_login(user)
    task_state = package.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[package.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def _reload(package):
    return PackagePage.objects.get(pk=package.pk)


@pytest.mark.parametrize("group", [EDITORS, MODERATORS])
def test_editors_and_moderators_approve_a_submitted_package_and_it_goes_live(client, submitted, group):
    package = submitted["package"]
    reviewer = _user("lan", Group.objects.get(name=group))
    client.force_login(reviewer)
    assert "ZEBRA" in client.get(reverse("wagtailadmin_home")).content.decode()  # "awaiting your review"
    assert "ZEBRA" in client.get(reverse("wagtailadmin_explore", args=[package.get_parent().pk])).content.decode()
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[package.pk]))
    assert editor.status_code == 200
    assert b'data-workflow-action-name="approve"' in editor.content

    response = _act(client, reviewer, package, "approve")

    assert response.status_code == 302  # approved without a comment: straight back to the editor
    package = _reload(package)
    assert package.live and package.current_workflow_state is None
    assert client.get(package.url).status_code == 200


def test_request_changes_reaches_the_operator_who_resubmits_and_the_editor_approves(client, submitted):
    package, an = submitted["package"], submitted["operator"]
    editor = _user("lan", Group.objects.get(name=EDITORS))
    mail.outbox.clear()

    assert _act(client, editor, package, "reject", COMMENT).status_code == 302

    package = _reload(package)
    assert not package.live
    assert package.current_workflow_state.status == "needs_changes"
    # The operator is told by email, with the comment, and reads it in the editor.
    to_operator = [message for message in mail.outbox if an.email in message.to]
    assert to_operator and COMMENT in to_operator[0].body
    client.force_login(an)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[package.pk]))
    assert edit.status_code == 200 and COMMENT in edit.content.decode()

    package.current_workflow_state.resume(an)  # what "Resubmit" does (the browser test clicks it)
    package = _reload(package)
    assert package.current_workflow_state.status == "in_progress"
    assert _act(client, editor, package, "approve").status_code == 302
    assert _reload(package).live


@pytest.mark.parametrize("who", ["operator", "other_operator", "producer"])
def test_nobody_else_approves_or_publishes_a_package(client, submitted, who):
    package = submitted["package"]
    user = _user("khach", Group.objects.get(name=PRODUCERS)) if who == "producer" else submitted[who]

    refused = _act(client, user, package, "approve")
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))  # the admin's "no permission"
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client.post(f"{bulk}?id={package.pk}")

    package = _reload(package)
    assert not package.live
    assert package.current_workflow_state.status == "in_progress"
    assert not package.permissions_for_user(user).can_publish()
    if who != "operator":  # the operator's dashboard lists its own submission, the others' not even its title
        assert "ZEBRA" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_approval_rights_are_given_again_to_an_existing_database(submitted):
    package = submitted["package"]
    task = GroupApprovalTask.objects.get(name=TASK_NAME)
    task.groups.clear()
    index = package.get_parent()
    index.group_permissions.filter(group__name__in=[EDITORS, MODERATORS]).delete()
    moderator = _user("minh", Group.objects.get(name=MODERATORS))
    editor = _user("lan", Group.objects.get(name=EDITORS))

    for _run in range(2):  # idempotent
        ensure_package_approval(apps)

    assert sorted(task.groups.values_list("name", flat=True)) == [EDITORS, MODERATORS]
    assert index.group_permissions.filter(group__name=EDITORS).count() == 2
    assert package.permissions_for_user(editor).can_publish()
    assert package.permissions_for_user(moderator).can_publish()
    assert GroupApprovalTask.objects.filter(name=TASK_NAME).count() == 1


def test_the_create_form_does_not_autosave_a_second_copy_of_the_package(client, home_page):
    # Autosave posts its own create; a quick "Submit to" raced it and the package was created twice (a 500).
    operator = make_operator(home_page, "Gamma Trails")
    an = _user("an-create", operator.group)
    operator.members.add(an)
    client.force_login(an)
    response = client.get(reverse("wagtailadmin_pages:add", args=["tourism", "packagepage", operator.index_page.pk]))
    assert response.status_code == 200
    assert b'data-controller="w-init w-unsaved "' in response.content  # not "w-init w-unsaved w-autosave"
    assert b"data-w-autosave-interval-value" not in response.content
