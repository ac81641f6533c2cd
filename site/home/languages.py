"""Language facts Django lacks, and which language a piece of content is shown in."""
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils import translation
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

# Django ships no Lao: without this entry get_language_info("lo") fails, and without a
# `lo` catalogue in locale/ Django silently answers Lao visitors in Vietnamese.
LAO_INFO = {"bidi": False, "code": "lo", "name": "Lao", "name_local": "ພາສາລາວ"}

# BCP 47 spelling for <html lang> and hreflang ("zh-Hans", not Django's "zh-hans").
BCP47 = {"zh-hans": "zh-Hans"}

# Page fields that are machinery rather than text a reader sees.
NOT_CONTENT = {"slug", "url_path", "seo_title", "search_description"}


def register_lao():
    LANG_INFO.setdefault("lo", LAO_INFO)


def bcp47(language_code):
    return BCP47.get(language_code, language_code)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def fallback_chain(language):
    """The languages tried, in order, for content in `language`: requested → en → vi."""
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    chain = [language, *fallbacks.get(language, fallbacks["default"])]
    return list(dict.fromkeys(chain))


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
    """{language code: complete?} for the four languages, for editors and notices."""
    return {code: is_complete(obj, code) for code in language_codes()}


def shown_language(obj, language=None):
    """The language `obj` is actually read in when `language` is requested."""
    language = language or translation.get_language()
    for code in fallback_chain(language):
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
