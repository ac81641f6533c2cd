"""Editorial groups, their permissions, and the story approval workflow.

Every function takes `apps` so the data migration (historical models) and the running site
(django.apps.apps) share one definition. All of it is idempotent.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
TOUR_OPERATORS = "Tour operators"
PRODUCERS = "Producers"
STORY_WORKFLOW = "Story approval"
STORY_TASK = "Moderators approve stories"

# Editors write and submit; only moderators publish (through the workflow or directly).
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    TOUR_OPERATORS: [],  # the tourism app grants them their own package pages
    PRODUCERS: [],
}
IMAGE_PERMISSIONS = {
    EDITORS: ["add_image", "change_image", "choose_image"],
    MODERATORS: ["add_image", "change_image", "delete_image", "choose_image"],
    TOUR_OPERATORS: ["add_image", "choose_image"],
    PRODUCERS: ["add_image", "choose_image"],
}


def setup_editorial(apps):
    """Groups with admin access, page and image permissions, and the story workflow."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    # Under the home page when it exists; on a fresh database the tree root (which holds it).
    home = Page.objects.filter(depth=2).order_by("path").first() or Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
    for name in PAGE_PERMISSIONS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        if home is not None:
            for codename in PAGE_PERMISSIONS[name]:
                permission = _permission(apps, "wagtailcore", "page", codename, codename.replace("_", " ").capitalize())
                GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
        if root_collection is not None:
            for codename in IMAGE_PERMISSIONS[name]:
                permission = _permission(
                    apps, "wagtailimages", "image", codename, codename.replace("_", " ").capitalize()
                )
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
    workflow = ensure_story_workflow(apps)
    for index in apps.get_model("stories", "StoryIndexPage").objects.all():
        assign_story_workflow(apps, page_id=index.pk, workflow=workflow)


def ensure_story_workflow(apps):
    """The one-step workflow: a moderator approves the story or asks for changes."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task = GroupApprovalTask.objects.filter(name=STORY_TASK).first()
    if task is None:
        # Historical models do not set the polymorphic content type Wagtail reads back.
        content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=STORY_TASK, content_type=content_type, active=True)
    task.groups.add(Group.objects.get(name=MODERATORS))
    workflow, _created = Workflow.objects.get_or_create(name=STORY_WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def assign_story_workflow(apps, *, page_id, workflow=None):
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    workflow = workflow or ensure_story_workflow(apps)
    WorkflowPage.objects.update_or_create(page_id=page_id, defaults={"workflow": workflow})


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission
