"""Demo pictures drawn locally with Pillow: no download, same picture every run."""
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image


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
    peaks = [(0, height), (width * 0.1, height * 0.55), (width * 0.22, height * 0.7), (width * 0.35, height * 0.4),
             (width * 0.5, height * 0.68), (width * 0.66, height * 0.45), (width * 0.82, height * 0.66),
             (width * 0.92, height * 0.5), (width, height * 0.62), (width, height)]
    draw.polygon(peaks, fill=hill)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    filename = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")[:60] + ".jpg"
    image = Image(title=title, description=alt, file=ImageFile(buffer, name=filename))
    image.save()
    return image
