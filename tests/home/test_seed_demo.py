import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.models import Page, Site

pytestmark = pytest.mark.django_db


def row_counts():
    return {model._meta.label: model.objects.count() for model in apps.get_models() if not model._meta.proxy}


def test_seed_demo_twice_gives_the_same_database(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    first = row_counts()
    call_command("seed_demo", stdout=open("/dev/null", "w"))
    second = row_counts()

    counts_that_grow = {"wagtailcore.PageLogEntry", "wagtailcore.Revision", "wagtailcore.ModelLogEntry"}
    assert {k: v for k, v in first.items() if k not in counts_that_grow} == {
        k: v for k, v in second.items() if k not in counts_that_grow
    }
    assert first["home.HomePage"] == 1
    assert Site.objects.get(is_default_site=True).root_page.specific_class.__name__ == "HomePage"
    assert not Page.objects.filter(depth=2, content_type__model="page").exists(), "Wagtail's welcome page is gone"


def test_seed_demo_content_exists_in_four_languages(client, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("seed_demo", "--no-admin", stdout=open("/dev/null", "w"))

    for url, text in [
        ("/vi/den-tham-cao-bang/", "Thác Bản Giốc"),
        ("/en/visiting-cao-bang/", "Bản Giốc waterfall"),
        ("/lo/pai-thiao-kao-bang/", "ນ້ຳຕົກຕາດບ້ານຈົກ"),
        ("/zh-hans/youlan-gaoping/", "板约瀑布"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode()


def test_seed_demo_prints_admin_credentials_that_work(client, settings, tmp_path, capsys):
    settings.VAR_DIR = tmp_path
    call_command("seed_demo")
    output = capsys.readouterr().out
    password = output.split("password: ")[1].split()[0]

    assert client.login(username="admin", password=password)
    call_command("seed_demo")
    assert f"password: {password}" in capsys.readouterr().out, "the password stays the same on the second run"
