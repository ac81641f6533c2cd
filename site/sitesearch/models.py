from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """One searchable object in one language, denormalised for the database engine.

    The text columns hold tokens from sitesearch.text between single spaces (" mien dong "), so a
    whole word is found with `contains=" word "` on SQLite and PostgreSQL alike. `text` is this
    language's content, `other_text` the other languages' (the fallback, ranked lower).
    """

    doc_type = models.CharField(_("type"), max_length=32)
    object_id = models.BigIntegerField(_("object id"))
    language = models.CharField(_("language"), max_length=8)
    title = models.CharField(_("title"), max_length=255)
    url = models.CharField(_("URL"), max_length=500)
    snippet_source = models.TextField(_("snippet source"), blank=True)
    title_exact = models.TextField(blank=True)
    title_folded = models.TextField(blank=True)
    suggest_text = models.TextField(blank=True)
    text = models.TextField(blank=True)
    exact_text = models.TextField(blank=True)
    other_text = models.TextField(blank=True)
    # The type's declared values (core.searchable.Description.values): what its facets filter and
    # count and what its hit template shows. JSON-safe: dates as ISO strings; no None or "".
    data = models.JSONField(default=dict)
    published_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(
                fields=["doc_type", "object_id", "language"], name="sitesearch_one_row_per_language"
            )
        ]
        indexes = [models.Index(fields=["language", "doc_type"])]

    def __str__(self):
        return f"{self.doc_type} {self.object_id} ({self.language})"
