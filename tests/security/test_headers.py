"""Response headers with production settings: CSP (strict on public pages, workable in the
admin), HSTS, nosniff, referrer policy, secure cookies, the proxy's forwarded headers."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.template import engines

from security.csp import SecurityHeadersMiddleware

pytestmark = pytest.mark.django_db


@pytest.fixture
def production_like(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    settings.STRIPE_JS_URL = "https://js.stripe.com/v3/"
    settings.STRIPE_API_BASE = "https://api.stripe.com"
    return settings


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def test_public_page_has_a_strict_policy_without_inline_script(client, home_page, production_like):
    response = client.get("/en/", secure=True)
    csp = directives(response)

    assert response.status_code == 200
    assert csp["script-src"] == ["'self'", "https://js.stripe.com", "https://*.js.stripe.com"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert not any("unsafe" in source or "nonce" in source for sources in csp.values() for source in sources)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    # The page needs no nonce, so it stays cacheable for the page cache.
    assert not getattr(response.wsgi_request, "_csp_nonce_used", False)


def test_public_templates_carry_no_inline_script_style_or_event_handler():
    """What the strict policy would block must not be in any public template in the first place."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    offenders = []
    for template in root.glob("*/templates/**/*.html"):
        offenders += _inline_active_content(template)
    for template in (root / "site").glob("**/templates/**/*.html"):
        offenders += _inline_active_content(template)
    assert offenders == []


def _inline_active_content(template):
    text = template.read_text()
    problems = []
    for match in re.finditer(r"<script(?P<attrs>[^>]*)>", text):
        attrs = match.group("attrs")
        if "src=" not in attrs and 'type="application/ld+json"' not in attrs and "nonce" not in attrs:
            problems.append(f"{template}: inline <script>")
    if re.search(r"<style\b", text):
        problems.append(f"{template}: <style>")
    if re.search(r"\sstyle=", text):
        problems.append(f"{template}: style= attribute")
    if re.search(r"\son[a-z]+=", text):
        problems.append(f"{template}: event handler attribute")
    if "javascript:" in text:
        problems.append(f"{template}: javascript: URL")
    return problems


def test_a_nonce_is_made_only_when_read_and_marks_the_response_uncacheable(rf):
    template = engines["django"].from_string('<script nonce="{{ request.csp_nonce }}">go()</script>')
    middleware = SecurityHeadersMiddleware(lambda request: HttpResponse(template.render({}, request)))

    request = rf.get("/en/")
    response = middleware(request)
    nonce = re.search(r'nonce="([^"]+)"', response.content.decode()).group(1)

    assert request._csp_nonce_used is True
    assert f"'nonce-{nonce}'" in directives(response)["script-src"]
    assert len(nonce) >= 22

    other = middleware(rf.get("/en/"))
    assert re.search(r'nonce="([^"]+)"', other.content.decode()).group(1) != nonce


def test_admin_gets_a_workable_policy_without_a_nonce(client, production_like):
    get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(get_user_model().objects.get(username="boss"))

    response = client.get("/admin/", secure=True)
    csp = directives(response)

    assert response.status_code == 200
    assert "'unsafe-inline'" in csp["script-src"]  # Wagtail's own inline scripts
    assert not any(source.startswith("'nonce-") for source in csp["script-src"])  # would void unsafe-inline
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["default-src"] == ["'self'"]


def _edit_form_data(client, url):
    """What the editor's form would post as it stands: the preview panel posts the same."""
    from bs4 import BeautifulSoup

    form = BeautifulSoup(client.get(url, secure=True).content, "html.parser").find("form", id="page-edit-form")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name, kind = field.get("name"), field.get("type")
        if not name or (kind in ("checkbox", "radio") and not field.has_attr("checked")):
            continue
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            chosen = field.find("option", selected=True)
            data[name] = chosen.get("value", "") if chosen else ""
        else:
            data[name] = field.get("value", "on" if kind == "checkbox" else "")
    return data


def test_the_editors_preview_may_be_framed_by_the_admin_and_a_public_page_by_no_one(client, home_page, production_like):
    # Behind the TLS proxy, as in production: Wagtail passes its header on to the preview's own request.
    production_like.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    client.defaults["HTTP_X_FORWARDED_PROTO"] = "https"
    client.force_login(get_user_model().objects.create_superuser("boss", "boss@example.com", "pw"))
    preview_url = f"/admin/pages/{home_page.pk}/edit/preview/"
    data = _edit_form_data(client, f"/admin/pages/{home_page.pk}/edit/")
    assert client.post(preview_url, data, secure=True).json() == {"is_valid": True, "is_available": True}

    preview = client.get(preview_url, {"mode": ""}, secure=True)
    public = client.get("/en/", secure=True)

    assert preview.status_code == 200 and home_page.title_vi in preview.content.decode()
    assert directives(preview)["frame-ancestors"] == ["'self'"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert "'unsafe-inline'" not in directives(preview)["script-src"]  # otherwise the page's own, strict policy
    assert directives(public)["frame-ancestors"] == ["'none'"]
    assert public["X-Frame-Options"] == "DENY"


def test_plain_http_is_redirected_to_https(client, home_page, production_like):
    response = client.get("/en/")

    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_forwarded_proto_from_the_proxy_counts_as_https(client, home_page, production_like):
    response = client.get("/en/", HTTP_X_FORWARDED_PROTO="https")

    assert response.status_code == 200


def test_cookies_are_secure_and_http_only(client, home_page, production_like):
    from tests.storefront.factories import make_shop

    variant = make_shop(home_page, stock=5)
    login_page = client.get("/admin/login/", secure=True)
    added = client.post("/en/cart/add/", {"variant": variant.pk, "quantity": "1"}, secure=True)

    csrf, session = login_page.cookies["csrftoken"], added.cookies["sessionid"]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"


@pytest.mark.parametrize("host", ["evil.example", "caobang.example.evil.example", "127.0.0.1:8000@evil.example"])
def test_an_unknown_host_header_is_refused_without_internals(client, home_page, production_like, host):
    production_like.ALLOWED_HOSTS = ["caobang.example"]
    response = client.get("/en/", HTTP_HOST=host, secure=True)

    assert response.status_code == 400
    html = response.content.decode()
    assert "Bad request" in html and "Yêu cầu không hợp lệ" in html
    assert "DisallowedHost" not in html and "ALLOWED_HOSTS" not in html and host not in html


def test_forwarded_host_is_ignored_unless_configured(client, home_page, production_like):
    production_like.ALLOWED_HOSTS = ["caobang.example"]
    response = client.get("/en/", HTTP_HOST="caobang.example", HTTP_X_FORWARDED_HOST="evil.example", secure=True)

    assert response.status_code == 200
    assert "evil.example" not in response.content.decode()


def test_production_settings_read_hosts_proxies_and_limits_from_the_environment(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "x7!kQ2#pL9$vR4@mN8^bT1&zW6*cY3(hJ5)fD0-gS2_aE7+uI4=oP9",
        "DJANGO_ALLOWED_HOSTS": "caobang.example,www.caobang.example",
        "DJANGO_TRUSTED_PROXY_COUNT": "2",
        "AXES_FAILURE_LIMIT": "7",
        "DATABASE_URL": "postgres://u@db.example:5432/caobang",
        "DATABASE_LOCK_TIMEOUT_MS": "3000",
        "VAR_DIR": str(tmp_path),
    }
    code = (
        "from django.conf import settings as s;"
        "print(s.ALLOWED_HOSTS, s.TRUSTED_PROXY_COUNT, s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME,"
        " s.DATABASES['default']['OPTIONS']['options'], s.DEBUG)"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path[:0]=['site']; import django; django.setup(); {code}"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "['caobang.example', 'www.caobang.example'] 2 7 0:15:00 -c lock_timeout=3000 -c statement_timeout=25000 False"
    )
