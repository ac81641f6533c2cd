"""Tour operators: one group and one PackageIndexPage each, with add/change (never publish) on it.

Wagtail's page permissions on separate sub-trees keep each operator inside its own packages;
the moderation workflow on every operator's sub-tree sends each submission to the Editors.
"""

from django.contrib.auth.models import Group, Permission
from django.utils import translation
from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

from tourism.models import PackageIndexPage, TourOperator
from tourism.models.choices import EDITORS_GROUP, MODERATORS_GROUP

WORKFLOW_NAME = "Package approval by editors"
TASK_NAME = "Editors approve packages"


def moderation_workflow():
    """The package workflow: Editors approve (Moderators, who publish everything else, may too)."""
    editors, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="tourism",
            # No view_booking: guests' details are for Bookings staff and each package's operator (tourism.booking_staff).
            codename__in=[
                "add_experiencesession",
                "change_experiencesession",
                "delete_experiencesession",
                "add_packagedeparture",
                "change_packagedeparture",
                "delete_packagedeparture",
            ],
        )
    )
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created or not WorkflowTask.objects.filter(workflow=workflow).exists():
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    approvers = [editors, *Group.objects.filter(name=MODERATORS_GROUP)]
    for task in GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow):
        task.groups.add(*approvers)
    return workflow


def create_operator(*, name, parent, title, slug):
    """The operator, its group (admin access, its own packages' bookings) and its index page under `parent`.

    `title` and `slug` are {language suffix: value}; safe to call again with the same name.
    """
    group, _created = Group.objects.get_or_create(name=f"Tour operator: {name}")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="tourism", codename="view_booking"),
        Permission.objects.get(content_type__app_label="wagtailimages", codename="choose_image"),
    )
    operator, _created = TourOperator.objects.get_or_create(name=name, defaults={"group": group})
    index = PackageIndexPage.objects.filter(operator=operator).first()
    if index is None:
        with translation.override("vi"):
            values = {"title": title["vi"], "slug": slug["vi"]}
            values.update({f"title_{lang}": value for lang, value in title.items()})
            values.update({f"slug_{lang}": value for lang, value in slug.items()})
            index = parent.add_child(instance=PackageIndexPage(operator=operator, **values))
            index.save_revision().publish()
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=index,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": moderation_workflow()})
    return operator


def operator_roots_hidden_from(user):
    """Index pages of operators `user` does not belong to; editors and superusers see all."""
    if user.is_superuser or user.groups.filter(name=EDITORS_GROUP).exists():
        return PackageIndexPage.objects.none()
    return PackageIndexPage.objects.exclude(operator__members=user)
