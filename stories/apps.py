from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.sections import register_section


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from django.db.models.signals import post_save

        from stories.models import StoryIndexPage
        from stories.signals import assign_workflow_to_new_story_index

        post_save.connect(assign_workflow_to_new_story_index, sender=StoryIndexPage, dispatch_uid="stories_workflow")
        # Product, producer and place pages show the stories that mention them, without naming this app.
        register_section("stories/includes/stories_about.html")
