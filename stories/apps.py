from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from django.db.models.signals import post_save

        from stories.models import StoryIndexPage
        from stories.signals import assign_workflow_to_new_story_index

        post_save.connect(assign_workflow_to_new_story_index, sender=StoryIndexPage, dispatch_uid="stories_workflow")
