from django.apps import apps

from stories.editorial import assign_story_workflow


def assign_workflow_to_new_story_index(sender, instance, created, raw=False, **kwargs):
    """A story index created after migrate (seeder, admin, tests) still sends stories through approval."""
    if created and not raw:
        assign_story_workflow(apps, page_id=instance.pk)
