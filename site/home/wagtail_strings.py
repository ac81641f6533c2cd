"""Wagtail's own strings that our catalogues translate again, for a mistake in Wagtail's.

Its Vietnamese catalogue reads "%(label)svà Xuất bản" (no space) on the workflow's approve button.
LOCALE_PATHS come before the installed apps' catalogues, so our translation wins.
"""

from django.utils.translation import gettext_noop

WAGTAIL_STRINGS = [gettext_noop("%(label)s and Publish")]
