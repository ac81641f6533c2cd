from django.db import migrations


def moderators_approve_packages(apps, schema_editor):
    # Historical models: the same rule as tourism.operators.moderation_workflow for databases that have the task.
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:
        return
    for task in GroupApprovalTask.objects.filter(workflow_tasks__workflow__name="Package approval by editors"):
        task.groups.add(moderators)


class Migration(migrations.Migration):
    dependencies = [
        ("tourism", "0007_tours_hosts_cancellations"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(moderators_approve_packages, migrations.RunPython.noop)]
