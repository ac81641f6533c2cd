import datetime
import time

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission, Workflow

from stories.editorial import EDITORS, MODERATORS, PRODUCERS, STORY_WORKFLOW, TOUR_OPERATORS
from stories.models import StoryPage
from tests.storefront.factories import url_in
from tests.stories.factories import make_story, make_story_index

pytestmark = pytest.mark.django_db


def member(group_name, username):
    user = User.objects.create_user(username, password="pw", is_staff=False)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_groups_and_workflow_exist_after_migrate():
    groups = {
        group.name: group for group in Group.objects.filter(name__in=[EDITORS, MODERATORS, TOUR_OPERATORS, PRODUCERS])
    }
    editor_perms = set(
        GroupPagePermission.objects.filter(group=groups[EDITORS]).values_list("permission__codename", flat=True)
    )
    moderator_perms = set(
        GroupPagePermission.objects.filter(group=groups[MODERATORS]).values_list("permission__codename", flat=True)
    )
    workflow = Workflow.objects.get(name=STORY_WORKFLOW)
    task = workflow.tasks.get().specific

    assert len(groups) == 4
    assert all(group.permissions.filter(codename="access_admin").exists() for group in groups.values())
    assert {"add_page", "change_page"} <= editor_perms and "publish_page" not in editor_perms
    assert {"publish_page", "change_page"} <= moderator_perms
    assert list(task.groups.all()) == [groups[MODERATORS]]
    assert groups[EDITORS].collection_permissions.filter(permission__codename="add_image").exists()


def test_a_new_story_index_uses_the_story_workflow(home_page):
    index = make_story_index(home_page)
    story = make_story(index)

    assert index.get_workflow().name == STORY_WORKFLOW
    assert story.get_workflow().name == STORY_WORKFLOW


def test_editor_cannot_publish_and_a_moderator_approves_a_submitted_story(home_page):
    story = make_story(make_story_index(home_page), publish=False)
    editor, moderator = member(EDITORS, "editor"), member(MODERATORS, "moderator")

    assert story.permissions_for_user(editor).can_edit()
    assert not story.permissions_for_user(editor).can_publish()
    workflow_state = story.get_workflow().start(story, editor)
    task_state = workflow_state.current_task_state
    assert task_state.task.specific.user_can_access_editor(story, moderator)
    task_state.approve(user=moderator)

    story = StoryPage.objects.get(pk=story.pk)
    workflow_state.refresh_from_db()
    assert story.live
    assert workflow_state.status == "approved"


def test_moderator_can_request_changes(home_page):
    story = make_story(make_story_index(home_page), publish=False)
    workflow_state = story.get_workflow().start(story, member(EDITORS, "editor"))

    workflow_state.current_task_state.reject(user=member(MODERATORS, "moderator"))

    workflow_state.refresh_from_db()
    assert workflow_state.status == "needs_changes"
    assert not StoryPage.objects.get(pk=story.pk).live


def test_scheduled_story_goes_live_only_when_the_command_runs_after_its_time(client, home_page):
    go_live_at = timezone.now() + datetime.timedelta(seconds=2)
    story = make_story(make_story_index(home_page), go_live_at=go_live_at)

    call_command("publish_scheduled")
    assert story.latest_revision.approved_go_live_at == go_live_at
    assert not StoryPage.objects.get(pk=story.pk).live
    assert client.get(url_in(story, "vi")).status_code == 404

    time.sleep(max(0, (go_live_at - timezone.now()).total_seconds()) + 0.1)  # real time passes
    call_command("publish_scheduled")

    assert StoryPage.objects.get(pk=story.pk).live
    assert client.get(url_in(story, "vi")).status_code == 200


def test_preview_renders_the_draft_story(client, home_page, admin_user):
    story = make_story(make_story_index(home_page), title="Bản xem trước")
    client.force_login(admin_user)

    response = client.get(reverse("wagtailadmin_pages:view_draft", args=(story.pk,)))

    assert response.status_code == 200
    assert "Bản xem trước" in response.content.decode()
    assert "Tiếng búa vang khắp thung lũng." in response.content.decode()
