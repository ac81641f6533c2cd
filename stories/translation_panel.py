"""An edit-form panel telling editors which of the four languages are complete and which fall back."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from core.content_languages import shown_language, translation_status


def language_rows(page):
    """[(code, complete?, shown-instead code or "")] for the four languages."""
    status = translation_status(page)
    return [(code, complete, "" if complete else shown_language(page, code)) for code, complete in status.items()]


class TranslationStatusPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "stories/admin/translation_status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["rows"] = language_rows(self.instance)
            return context


def translation_status_panel():
    return TranslationStatusPanel(heading=_("Translation status"))
