from django import template
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from core.sections import section_templates

register = template.Library()


@register.simple_tag(takes_context=True)
def sections_about(context, page, on="page"):
    """The sections other apps registered (core.sections) for `on`, each rendered with `about=page`."""
    values = {**context.flatten(), "about": page}
    request = context.get("request")
    return mark_safe("".join(get_template(name).render(values, request) for name in section_templates(on)))
