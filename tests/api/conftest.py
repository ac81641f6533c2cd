"""Content for the API tests: a shop, a village with an experience and a homestay, a package, and
pages that must never be seen through the API (a draft, a private page, a page in moderation)."""

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.models import GroupApprovalTask, Page, PageViewRestriction, Workflow, WorkflowTask

from tests.factories import make_standard_page
from tests.storefront.factories import make_catalogue, make_image, make_producer, make_product
from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_homestay,
    make_operator,
    make_package,
    make_session,
    make_village,
)

SECRET_WORD = "Bímật"  # appears only in pages the API must never show


@dataclass
class Content:
    home: Page
    product: Page
    producer: Page
    village: Page
    experience: Page
    homestay: Page
    package: Page
    session: object
    departure: object
    draft: Page
    private: Page
    private_child: Page
    changed: Page
    moderated: Page


def make_content(home):
    catalogue, producers = make_catalogue(home)
    producer = make_producer(producers)
    product = make_product(
        catalogue, producer, title="Dao rèn Phúc Sen", prices=((185000, 7), (350000, 0)), image=make_image()
    )
    village = make_village(home)
    experience = make_experience(village, price=450000)
    homestay = make_homestay(village, rooms=((1000000, 3), (600000, 2)))
    operator = make_operator(home)
    package = make_package(operator, days=[(1, experience, homestay)])
    session = make_session(experience, capacity=4)
    departure = make_departure(package, days_ahead=30)
    draft = make_product(catalogue, producer, title=f"{SECRET_WORD} nháp", publish=False)
    draft.unpublish()
    with translation.override("vi"):
        private = make_standard_page(
            home,
            title={"vi": f"{SECRET_WORD} riêng", "en": f"{SECRET_WORD} private"},
            slug={"vi": "rieng", "en": "private"},
        )
        private_child = make_standard_page(
            private, title={"vi": f"{SECRET_WORD} con", "en": f"{SECRET_WORD} child"}, slug={"vi": "con", "en": "child"}
        )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    # A live page whose newer draft (submitted to moderation) must not leak before it is published.
    changed = make_product(catalogue, producer, title="Mật ong bạc hà")
    changed.title_vi = f"{SECRET_WORD} thay đổi"
    changed.title = f"{SECRET_WORD} thay đổi"
    changed.save_revision()
    # In moderation: the change above, and a page never published that waits for approval.
    submitter = get_user_model().objects.create_user("writer", "writer@example.com", "pw")
    moderated = make_product(catalogue, producer, title=f"{SECRET_WORD} chờ duyệt", publish=False)
    moderated.unpublish()
    moderated.save_revision()
    workflow = Workflow.objects.create(name="API test approval")
    task = GroupApprovalTask.objects.create(name="Approve")
    task.groups.add(Group.objects.create(name="API test moderators"))  # nobody in it: the pages stay in moderation
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for page in (changed, moderated):
        workflow.start(page, submitter)
    return Content(
        home=home,
        product=product,
        producer=producer,
        village=village,
        experience=experience,
        homestay=homestay,
        package=package,
        session=session,
        departure=departure,
        draft=draft,
        private=private,
        private_child=private_child,
        changed=changed,
        moderated=moderated,
    )


@pytest.fixture
def content(home_page):
    return make_content(home_page)
