"""Tour operators: one group and one PackageIndexPage each, with add/change (never publish) on it.

Wagtail's page permissions on separate sub-trees keep each operator inside its own packages;
the moderation workflow on every operator's sub-tree sends each submission to the Editors.
Wagtail publishes an approved revision as its last approver and checks that approver's publish
right on the page: the groups that approve packages hold change and publish on every operator's
sub-tree (Moderators hold it on the whole tree too; Editors only here, where they are the reviewers).
"""

from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.utils import translation
from wagtail.models import GroupPagePermission, WorkflowPage

from tourism.models import PackageIndexPage, TourOperator
from tourism.models.choices import EDITORS_GROUP, MODERATORS_GROUP

WORKFLOW_NAME = "Package approval by editors"
TASK_NAME = "Editors approve packages"
APPROVER_GROUPS = (EDITORS_GROUP, MODERATORS_GROUP)
APPROVER_PAGE_PERMISSIONS = ("change_page", "publish_page")


def moderation_workflow(*, index_ids=None):
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
    return ensure_package_approval(django_apps, index_ids=index_ids)


def ensure_package_approval(apps, *, index_ids=None):
    """The approval task, its groups, and their right to publish what they approve. Idempotent.

    Takes `apps` so migration 0008 (historical models) and the running site share it; `index_ids`
    limits the page permissions to those operators' index pages (all of them when None).
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    PackageIndexPage = apps.get_model("tourism", "PackageIndexPage")

    approvers = [Group.objects.get_or_create(name=name)[0] for name in APPROVER_GROUPS]
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    tasks = GroupApprovalTask.objects.filter(workflow_tasks__workflow=workflow)
    if not tasks.exists():
        # Historical models do not set the polymorphic content type Wagtail reads back.
        content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=content_type, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for task in tasks:
        task.groups.add(*approvers)
    indexes = PackageIndexPage.objects.all() if index_ids is None else PackageIndexPage.objects.filter(pk__in=index_ids)
    permissions = [_page_permission(apps, codename) for codename in APPROVER_PAGE_PERMISSIONS]
    for index_id in indexes.values_list("pk", flat=True):
        for group in approvers:
            for permission in permissions:
                GroupPagePermission.objects.get_or_create(group=group, page_id=index_id, permission=permission)
    return workflow


def _page_permission(apps, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return permission


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
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": moderation_workflow(index_ids=[index.pk])})
    return operator


def operator_roots_hidden_from(user):
    """Index pages of operators `user` does not belong to; the groups that approve packages and superusers see all."""
    if user.is_superuser or user.groups.filter(name__in=APPROVER_GROUPS).exists():
        return PackageIndexPage.objects.none()
    return PackageIndexPage.objects.exclude(operator__members=user)
