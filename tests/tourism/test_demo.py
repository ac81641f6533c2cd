import pytest
from django.core.management import call_command

from storefront.models import ProducerPage
from tests.storefront.factories import url_in
from tourism.demo_data import EXPERIENCES, OPERATORS, VILLAGES
from tourism.models import (
    CraftVillagePage,
    ExperiencePage,
    ExperienceSession,
    HomestayPage,
    HomestayRoom,
    PackageDeparture,
    PackagePage,
    TourOperator,
)

pytestmark = pytest.mark.django_db


def _seed(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    call_command("seed_demo", "--no-admin", stdout=open("/dev/null", "w"))


def _counts():
    return [
        model.objects.count()
        for model in (
            CraftVillagePage,
            ExperiencePage,
            ExperienceSession,
            HomestayPage,
            HomestayRoom,
            PackagePage,
            PackageDeparture,
            TourOperator,
        )
    ]


def test_tourism_demo_is_complete_and_idempotent(client, settings, tmp_path):
    _seed(settings, tmp_path)
    first = _counts()
    assert first[:2] == [len(VILLAGES), len(EXPERIENCES)]
    assert TourOperator.objects.count() == len(OPERATORS) and all(
        "(demo)" in op.name for op in TourOperator.objects.all()
    )
    assert HomestayRoom.objects.filter(nightly_price_vnd=1000000, room_type_en="Cave room").exists()
    noodles = ExperienceSession.objects.filter(experience__slug_vi="buoi-lam-mien-dong")
    assert noodles.exists() and {s.starts_at.month for s in noodles} <= {11, 12, 1, 2, 3}
    assert all(PackageDeparture.objects.filter(package=package).count() == 3 for package in PackagePage.objects.all())
    assert ProducerPage.objects.get(slug_vi="hop-tac-xa-minh-tuan").craft_village.slug_vi == "lang-ren-phuc-sen"

    _seed(settings, tmp_path)
    assert _counts() == first

    pages = [
        *CraftVillagePage.objects.all(),
        *ExperiencePage.objects.all(),
        *HomestayPage.objects.all(),
        *PackagePage.objects.all(),
    ]
    for page in pages:
        for language in ("vi", "en", "lo", "zh-hans"):
            assert client.get(url_in(page, language)).status_code == 200, (page, language)
    body = client.get(url_in(ExperiencePage.objects.get(slug_vi="nua-ngay-lo-ren"), "en")).content.decode()
    assert "closed shoes" in body
