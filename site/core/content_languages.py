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


def filled_fields(obj, language):
    """The content fields `obj` has text for in `language`."""
    return {
        name
        for name in translated_content_fields(type(obj))
        if _filled(getattr(obj, build_localized_fieldname(name, language), None))
    }


def source_language(obj):
    """The language `obj` was written in: Vietnamese if it has any Vietnamese, else the first that has
    anything; a page with nothing written yet belongs to the site's language."""
    for code in (settings.LANGUAGE_CODE, *languages.codes()):
        if filled_fields(obj, code):
            return code
    return settings.LANGUAGE_CODE


def is_complete(obj, language, *, source=None):
    """True for the language `obj` was written in, and for a language that has every field it has.

    A language with nothing written is never complete, so an empty new page is "missing" in every
    language but its own (before, an empty page counted as complete everywhere).
    """
    source = source or source_language(obj)
    if language == source:
        return True
    wanted = filled_fields(obj, source)
    return bool(wanted) and wanted <= filled_fields(obj, language)


def translation_status(obj):
    """{language code: complete?} for every language, for editors and notices."""
    source = source_language(obj)
    return {code: is_complete(obj, code, source=source) for code in languages.codes()}


def shown_language(obj, language=None):
    """The language `obj` is actually read in when `language` is requested."""
    language = language or translation.get_language()
    source = source_language(obj)
    for code in languages.fallback_chain(language):
        if is_complete(obj, code, source=source):
            return code
    return source


def _filled(value):
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return len(value) > 0
    except TypeError:
        return True
