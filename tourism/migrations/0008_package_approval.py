"""The groups that approve packages (Editors, Moderators) in the task, and their right to publish
what they approve on every operator's sub-tree: Wagtail publishes as the approver."""

from django.db import migrations

from tourism.operators import ensure_package_approval


def forwards(apps, schema_editor):
    ensure_package_approval(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("tourism", "0007_tours_hosts_cancellations"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
