"""Which language a piece of content is shown in: its translated fields, and which are filled.

Apart from core.languages because it reads modeltranslation's registry, which settings must not import.
"""

from django.conf import settings
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from core import languages

# Page fields that are machinery rather than text a reader sees.
NOT_CONTENT = {"slug", "url_path", "seo_title", "search_description"}


def translated_content_fields(model):
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return sorted(name for name in options.all_fields if name not in NOT_CONTENT)


def is_complete(obj, language):
    """True when every content field filled in Vietnamese is filled in `language` too."""
    for name in translated_content_fields(type(obj)):
        source = getattr(obj, build_localized_fieldname(name, settings.LANGUAGE_CODE), None)
        value = getattr(obj, build_localized_fieldname(name, language), None)
        if _filled(source) and not _filled(value):
            return False
    return True


def translation_status(obj):
    """{language code: complete?} for every language, for editors and notices."""
    return {code: is_complete(obj, code) for code in languages.codes()}


def shown_language(obj, language=None):
    """The language `obj` is actually read in when `language` is requested."""
    language = language or translation.get_language()
    for code in languages.fallback_chain(language):
        if is_complete(obj, code):
            return code
    return settings.LANGUAGE_CODE


def _filled(value):
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return len(value) > 0
    except TypeError:
        return True
