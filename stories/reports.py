"""Admin report "Missing translations": every page with content not yet in all four languages."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page

from core.content_languages import translated_content_fields, translation_status
from core.languages import codes as language_codes


def missing_translations(pages) -> list:
    """The pages not complete in every language, each with `missing_languages` set."""
    rows = []
    for page in pages:
        status = translation_status(page)
        missing = [code for code in language_codes() if not status[code]]
        if missing:
            page.missing_languages = missing
            rows.append(page)
    return rows


class MissingTranslationsReport(PageReportView):
    page_title = _("Missing translations")
    header_icon = "globe"
    index_url_name = "missing_translations"
    index_results_url_name = "missing_translations_results"
    results_template_name = "stories/admin/missing_translations_results.html"
    list_export = PageReportView.list_export + ["missing_languages"]
    export_headings = {**PageReportView.export_headings, "missing_languages": _("Missing languages")}

    def get_queryset(self):
        pages = Page.objects.filter(depth__gt=1)
        # Only the pages this user may see in the admin: the page chooser's hooks cut out the sub-trees
        # hidden from them (another tour operator's packages, tourism.wagtail_hooks).
        for hook in hooks.get_hooks("construct_page_chooser_queryset"):
            pages = hook(pages, self.request)
        return pages.specific().order_by("path")

    def get_filtered_queryset(self):
        # Completeness is a comparison of columns per page type, so it is computed in Python.
        # Only page types with translated content can be incomplete.
        return missing_translations(page for page in self.get_queryset() if translated_content_fields(type(page)))
