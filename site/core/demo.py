"""What every app's demo seeder shares: four-language field values, idempotent pages, drawn images.

The seeders (home.demo, storefront.demo, tourism.demo, stories.demo) are called in order by
`manage.py seed_demo`; each finds the site's root page with `site_root()`, so no domain app imports
the home app.
"""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image
from wagtail.models import Site


def site_root():
    """The default site's root page (the home page, seeded first)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def localized(fields):
    """{"title": {"vi": …}} → {"title": <vi>, "title_vi": …, "title_en": …}.

    Use it inside `translation.override("vi")`: modeltranslation writes the plain field
    (`title`) into the active language's column.
    """
    values = {}
    for name, by_language in fields.items():
        values[name] = by_language["vi"]
        for language, value in by_language.items():
            values[f"{name}_{language}"] = value or None if name == "slug" else value
    return values


def upsert_page(parent, page_class, values, *, prepare=None):
    """Create or update the child of `parent` with this Vietnamese slug, then publish it.

    Every app's demo seeder goes through here, so running `seed_demo` twice changes nothing.
    `prepare(page)` sets what `values` cannot hold (inline children, images) before saving.
    """
    page = page_class.objects.child_of(parent).filter(slug_vi=values["slug_vi"]).first()
    is_new = page is None
    page = page or page_class()
    for name, value in values.items():
        setattr(page, name, value)
    if prepare:
        prepare(page)
    if is_new:
        parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def demo_image(title, *, top, bottom, size=(1200, 800), alt=""):
    """The Wagtail image called `title`, drawn once as a vertical gradient with karst-like hills."""
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    width, height = size
    picture = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        ratio = y / (height - 1)
        draw.line([(0, y), (width, y)], fill=tuple(int(t + (b - t) * ratio) for t, b in zip(top, bottom)))
    hill = tuple(max(0, c - 60) for c in bottom)
    peaks = [
        (0, height),
        (width * 0.1, height * 0.55),
        (width * 0.22, height * 0.7),
        (width * 0.35, height * 0.4),
        (width * 0.5, height * 0.68),
        (width * 0.66, height * 0.45),
        (width * 0.82, height * 0.66),
        (width * 0.92, height * 0.5),
        (width, height * 0.62),
        (width, height),
    ]
    draw.polygon(peaks, fill=hill)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    filename = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")[:60] + ".jpg"
    image = Image(title=title, description=alt, file=ImageFile(buffer, name=filename))
    image.save()
    return image
