"""Malicious uploads through the admin: active content, decompression bombs, oversized files,
hostile file names; documents are always downloads, never rendered."""

import io
import struct
import time
import zlib

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><script>alert(1)</script></svg>'


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


def png(size=(40, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 80, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def png_header_only(width, height):
    """A PNG that claims width × height: enough for a decoder to allocate, tiny on the wire."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def upload_image(client, name, content, content_type="image/png"):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Upload",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )


def upload_document(client, name, content, content_type="application/octet-stream"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": "Upload",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
        },
    )


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("logo.svg", SVG, "image/svg+xml"),
        ("logo.png", SVG, "image/png"),  # SVG under an image name
        ("page.png", b"<html><script>alert(1)</script></html>", "image/png"),
        ("page.html", png(), "text/html"),
    ],
)
def test_active_content_is_refused_as_an_image(editor, name, content, content_type):
    response = upload_image(editor, name, content, content_type)

    assert response.status_code == 200  # the form again, with an error
    assert not get_image_model().objects.exists()


def test_a_decompression_bomb_is_refused_before_decoding(editor):
    response = upload_image(editor, "bomb.png", png_header_only(20_000, 20_000))

    assert response.status_code == 200
    assert not get_image_model().objects.exists()
    assert "pixels" in response.content.decode().lower() or "large" in response.content.decode().lower()


def test_an_oversized_image_file_is_refused(editor, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 500
    big = png((300, 300))
    assert len(big) > 500

    response = upload_image(editor, "big.png", big)

    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def test_a_hostile_file_name_is_sanitised(editor):
    response = upload_image(editor, '../../../etc/<script>alert(1)</script> "x".png', png())

    assert response.status_code == 302
    stored = get_image_model().objects.get().file.name
    assert stored.startswith("original_images/")
    for bad in ("..", "<", ">", '"', " ", "/etc/"):
        assert bad not in stored.removeprefix("original_images/"), stored


@pytest.mark.parametrize("name", ["evil.html", "evil.htm", "evil.svg", "evil.js", "evil.xhtml", "evil.exe"])
def test_documents_that_a_browser_would_run_are_refused(editor, name):
    response = upload_document(editor, name, b"<script>alert(1)</script>")

    assert response.status_code == 200
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize("name", ["notes.txt", "price-list.pdf", "table.csv"])
def test_documents_are_served_as_downloads_that_cannot_run(editor, client, name):
    response = upload_document(editor, name, b"<html><script>alert(1)</script></html>")
    assert response.status_code == 302
    document = get_document_model().objects.get()
    client.logout()

    served = client.get(document.url)

    assert served.status_code == 200
    assert served["Content-Disposition"].startswith("attachment")
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == "default-src 'none'"
    assert "text/html" not in served["Content-Type"]


def test_an_unbounded_rendition_spec_is_refused_in_the_admin_preview(editor):
    image = get_image_model().objects.create(title="pic", file=SimpleUploadedFile("pic.png", png()))

    for spec in ("scale-5000", "fill-99999x99999-c100", "width-100000", "max-50000x50000|format-png"):
        response = editor.get(f"/admin/images/{image.pk}/preview/{spec}/")
        assert response.status_code == 400, spec
    assert editor.get(f"/admin/images/{image.pk}/preview/fill-20x20/").status_code == 200


# --- Oversized bodies are refused by their Content-Length, before anything reads them ----------


class UnreadableBody(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = readinto = read


UPLOAD_URLS = [
    ("/admin/images/add/", "WAGTAILIMAGES_MAX_UPLOAD_SIZE"),
    ("/admin/images/multiple/add/", "WAGTAILIMAGES_MAX_UPLOAD_SIZE"),
    ("/admin/images/chooser/upload/", "WAGTAILIMAGES_MAX_UPLOAD_SIZE"),
    ("/admin/documents/add/", "WAGTAILDOCS_MAX_UPLOAD_SIZE"),
    ("/admin/documents/multiple/add/", "WAGTAILDOCS_MAX_UPLOAD_SIZE"),
]


@pytest.mark.parametrize(("url", "setting"), UPLOAD_URLS)
@pytest.mark.parametrize("language", ["en", "vi"])
def test_an_upload_declaring_200_mb_is_refused_413_without_its_body_being_read(
    editor, settings, url, setting, language
):
    limit = getattr(settings, setting)
    with translation.override(language):
        message = gettext("This file is too large. The largest file accepted here is %(size)s.") % {
            "size": filesizeformat(limit)
        }
    started = time.monotonic()

    response = editor.generic(
        "POST",
        url,
        content_type="multipart/form-data; boundary=x",
        HTTP_ACCEPT_LANGUAGE=language,
        CONTENT_LENGTH=str(200 * 1024 * 1024),
        **{"wsgi.input": UnreadableBody()},
    )

    assert response.status_code == 413
    assert message in response.content.decode()
    assert time.monotonic() - started < 1
    assert not get_image_model().objects.exists() and not get_document_model().objects.exists()


def test_the_multiple_uploader_gets_the_refusal_as_json(editor, settings):
    response = editor.generic(
        "POST",
        "/admin/images/multiple/add/",
        content_type="multipart/form-data; boundary=x",
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        CONTENT_LENGTH=str(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE * 2),
        **{"wsgi.input": UnreadableBody()},
    )

    assert response.status_code == 413
    with translation.override("vi"):  # the admin's language
        too_large = gettext("This file is too large. The largest file accepted here is %(size)s.").split("%(size)s")[0]
    assert response.json()["success"] is False and too_large in response.json()["error_message"]


def test_a_body_beyond_any_upload_limit_is_refused_anywhere(client, home_page, settings):
    largest = max(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)

    response = client.generic(
        "POST",
        "/en/cart/add/",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(largest * 2),
        **{"wsgi.input": UnreadableBody()},
    )

    assert response.status_code == 413


@pytest.mark.parametrize("over", [1, 1024 * 1024])
def test_a_zero_filled_image_over_the_limit_is_refused_quickly(editor, settings, over):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 2 * 1024 * 1024
    started = time.monotonic()

    # No format signature and no newline: Willow's sniffing reads it line by line, quadratic in its size.
    response = upload_image(editor, "zeros.png", bytes(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + over))

    assert response.status_code in (200, 413)  # the form with its error, or refused by size at once
    assert not get_image_model().objects.exists()
    assert time.monotonic() - started < 2


def test_a_zero_filled_image_many_times_the_limit_is_refused_before_it_is_parsed(editor, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024 * 1024
    started = time.monotonic()

    response = upload_image(editor, "zeros.png", bytes(40 * 1024 * 1024))

    assert response.status_code == 413
    assert time.monotonic() - started < 5  # the test client builds the 40 MB body itself
    assert not get_image_model().objects.exists()


def test_image_pixel_and_size_limits_are_set(settings):
    assert 0 < settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 50_000_000
    assert 0 < settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 50 * 1024 * 1024
    assert 0 < settings.WAGTAILDOCS_MAX_UPLOAD_SIZE <= 50 * 1024 * 1024
