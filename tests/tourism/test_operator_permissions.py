"""An operator never sees or touches another operator's package in the admin.

Each view answers 403/404, or redirects away, and the other package's title never appears.
"""

import datetime
import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from tests.tourism.factories import (
    make_departure,
    make_experience,
    make_operator,
    make_package,
    make_session,
    make_village,
)
from tourism.bookings import Traveller, hold_departure_seats
from tourism.models import PackageDeparture, PackagePage

SECRET = "ZEBRA"  # in every language of the other operator's package title


@pytest.fixture
def world(home_page):
    village = make_village(home_page)
    experience = make_experience(village)
    ours, theirs = make_operator(home_page, "Alpha Travel"), make_operator(home_page, "Beta Tours")
    users = {}
    for name, operator in (("alice", ours), ("bob", theirs)):
        user = get_user_model().objects.create_user(name, f"{name}@example.com", "pw", is_staff=False)
        user.groups.add(operator.group)
        operator.members.add(user)
        users[name] = user
    own = make_package(ours, name="Gói ALPACA", days=[(1, experience, None)])
    other = make_package(theirs, name=f"Gói {SECRET}", days=[(1, experience, None)])
    other.title = f"Gói {SECRET} v2"
    other.save_revision(user=users["bob"])  # a draft on top of the live version
    other.get_workflow().start(other, users["bob"])  # waiting for the editors
    other.refresh_from_db()
    # Never published: its title exists only in the admin. Its summary (and the own package's) is in
    # Vietnamese only, so the "Missing translations" report lists it.
    unpublished = make_package(theirs, name=f"Gói {SECRET} nháp", publish=False)
    PackagePage.objects.filter(pk__in=[own.pk, unpublished.pk]).update(summary_vi="Tóm tắt")
    unpublished.refresh_from_db()
    unpublished.save_revision(user=users["bob"])
    unpublished.get_workflow().start(unpublished, users["bob"])
    unpublished.refresh_from_db()
    departure = make_departure(other, days_ahead=15)
    make_session(experience, days_ahead=15)
    hold_departure_seats(
        departure=departure,
        people=1,
        traveller=Traveller(name=f"{SECRET} traveller", email="t@example.com"),
        now=timezone.now(),
    )
    return {
        "users": users,
        "own": own,
        "other": other,
        "unpublished": unpublished,
        "other_index": theirs.index_page,
        "ours": ours,
    }


def _detail_urls(other, other_index):
    revision = other.latest_revision
    task_state = other.current_workflow_task_state
    pk = other.pk
    return [
        ("get", reverse("wagtailadmin_pages:edit", args=[pk])),
        ("post", reverse("wagtailadmin_pages:edit", args=[pk])),
        ("get", reverse("wagtailadmin_pages:delete", args=[pk])),
        ("post", reverse("wagtailadmin_pages:delete", args=[pk])),
        ("get", reverse("wagtailadmin_pages:copy", args=[pk])),
        ("post", reverse("wagtailadmin_pages:copy", args=[pk])),
        ("get", reverse("wagtailadmin_pages:move", args=[pk])),
        ("get", reverse("wagtailadmin_pages:move_confirm", args=[pk, other_index.pk])),
        ("post", reverse("wagtailadmin_pages:move_confirm", args=[pk, other_index.pk])),
        ("get", reverse("wagtailadmin_pages:unpublish", args=[pk])),
        ("post", reverse("wagtailadmin_pages:lock", args=[pk])),
        ("post", reverse("wagtailadmin_pages:unlock", args=[pk])),
        ("get", reverse("wagtailadmin_pages:set_privacy", args=[pk])),
        ("get", reverse("wagtailadmin_pages:convert_alias", args=[pk])),
        ("get", reverse("wagtailadmin_pages:usage", args=[pk])),
        ("get", reverse("wagtailadmin_pages:revisions_index", args=[pk])),
        ("get", reverse("wagtailadmin_pages:revisions_view", args=[pk, revision.pk])),
        ("get", reverse("wagtailadmin_pages:revisions_revert", args=[pk, revision.pk])),
        ("post", reverse("wagtailadmin_pages:revisions_unschedule", args=[pk, revision.pk])),
        ("get", reverse("wagtailadmin_pages:revisions_compare", args=[pk, "live", str(revision.pk)])),
        ("get", reverse("wagtailadmin_pages:revisions_compare", args=[pk, "earliest", "latest"])),
        ("get", reverse("wagtailadmin_pages:history", args=[pk])),
        ("get", reverse("wagtailadmin_pages:history_results", args=[pk])),
        ("get", reverse("wagtailadmin_pages:preview_on_edit", args=[pk])),
        ("post", reverse("wagtailadmin_pages:preview_on_edit", args=[pk])),
        ("get", reverse("wagtailadmin_pages:view_draft", args=[pk])),
        ("get", reverse("wagtailadmin_pages:workflow_history", args=[pk])),
        ("get", reverse("wagtailadmin_pages:workflow_history_detail", args=[pk, task_state.workflow_state_id])),
        ("get", reverse("wagtailadmin_pages:workflow_action", args=[pk, "approve", task_state.pk])),
        ("post", reverse("wagtailadmin_pages:workflow_action", args=[pk, "approve", task_state.pk])),
        ("post", reverse("wagtailadmin_pages:workflow_action", args=[pk, "reject", task_state.pk])),
        ("get", reverse("wagtailadmin_pages:collect_workflow_action_data", args=[pk, "approve", task_state.pk])),
        ("get", reverse("wagtailadmin_pages:confirm_workflow_cancellation", args=[pk])),
        ("get", reverse("wagtailadmin_pages:workflow_preview", args=[pk, task_state.task_id])),
        ("get", reverse("wagtailadmin_pages:add_subpage", args=[other_index.pk])),
        ("get", reverse("wagtailadmin_pages:add", args=["tourism", "packagepage", other_index.pk])),
        ("post", reverse("wagtailadmin_pages:add", args=["tourism", "packagepage", other_index.pk])),
        ("get", reverse("wagtailadmin_pages:edit", args=[other_index.pk])),
        ("get", reverse("wagtailadmin_explore", args=[other_index.pk])),
        ("get", reverse("wagtailadmin_explore", args=[pk])),
        ("get", reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={pk}"),
        ("get", reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"]) + f"?id={pk}"),
        ("get", reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"]) + f"?id={pk}"),
    ]


DETAIL_VIEWS = 43


def _state(package):
    package = PackagePage.objects.get(pk=package.pk)
    return package.live, package.locked, package.current_workflow_state.status, package.latest_revision_id


@pytest.mark.parametrize("package", ["other", "unpublished"])  # live with a draft on top; never published
@pytest.mark.parametrize("index", range(DETAIL_VIEWS))
def test_every_admin_view_of_another_operators_package_refuses(client, world, index, package):
    urls = _detail_urls(world[package], world["other_index"])
    assert len(urls) == DETAIL_VIEWS
    method, url = urls[index]
    before = _state(world[package])
    client.force_login(world["users"]["alice"])
    response = getattr(client, method)(url)
    body = response.content.decode()
    assert SECRET not in body, (method, url)
    assert response.status_code in {302, 403, 404}, (method, url, response.status_code)
    if response.status_code == 302:  # a redirect must lead to a refusal too, never to the package
        followed = getattr(client, method)(url, follow=True)
        assert SECRET not in followed.content.decode()
        final_url = followed.redirect_chain[-1][0]
        # Wagtail's "permission denied" sends you to the dashboard with a message.
        assert followed.status_code in {403, 404} or f"/{world[package].pk}/" not in final_url, (url, final_url)
    assert _state(world[package]) == before
    assert before[1:3] == (False, "in_progress")


LISTINGS = [
    ("wagtailadmin_home", [], ""),
    ("wagtailadmin_explore_root", [], ""),
    ("wagtailadmin_pages:search", [], "?q=Gói"),
    ("wagtailadmin_pages:search_results", [], "?q=Gói"),
    ("wagtailadmin_choose_page", [], ""),
    ("wagtailadmin_choose_page_search", [], "?q=Gói"),
    ("wagtailadmin_reports:locked_pages", [], ""),
    ("wagtailadmin_reports:aging_pages", [], ""),
    ("wagtailadmin_reports:site_history", [], ""),
    ("wagtailadmin_reports:workflow", [], ""),
    ("wagtailadmin_reports:workflow_tasks", [], ""),
    ("wagtailsnippets_tourism_booking:list", [], ""),
    ("wagtailsnippets_tourism_booking:list", [], "?q=ZEBRA"),
    ("tourism_manifest", [], "?date=__DEPARTURE__"),
]


@pytest.mark.parametrize(("name", "args", "query"), LISTINGS)
def test_listings_search_and_choosers_never_show_another_operators_package(client, world, name, args, query):
    client.force_login(world["users"]["alice"])
    departure_date = world["other"].departures.get().date.isoformat()
    response = client.get(
        reverse(name, args=args) + query.replace("__DEPARTURE__", departure_date).replace("q=ZEBRA", "q=Z"), follow=True
    )
    assert response.status_code in {200, 403, 404}
    assert SECRET not in response.content.decode()


def test_choosers_list_only_own_sub_tree_under_the_home_page(client, world, home_page):
    client.force_login(world["users"]["alice"])
    body = client.get(reverse("wagtailadmin_choose_page_child", args=[home_page.pk])).content.decode()
    assert "Alpha Travel" in body and "Beta Tours" not in body
    body = client.get(reverse("wagtailadmin_choose_page_child", args=[world["other_index"].pk])).content.decode()
    assert SECRET not in body


def _views_that_list_pages(world):
    """Admin views that list, search or name pages by id: (url, the own package's id or title shown there, if any)."""
    unpublished, other, index, own = world["unpublished"], world["other"], world["other_index"], world["own"]
    own_index = world["ours"].index_page
    return [
        # The page chooser: browsing (the chosen page's own row, its children), searching, choosing.
        (reverse("wagtailadmin_choose_page_child", args=[unpublished.pk]), None),
        (reverse("wagtailadmin_choose_page_child", args=[other.pk]), None),
        (reverse("wagtailadmin_choose_page_child", args=[index.pk]), None),
        (reverse("wagtailadmin_choose_page_child", args=[own_index.pk]), "ALPACA"),
        (reverse("wagtailadmin_choose_page") + "?page_type=tourism.packagepage", None),
        (reverse("wagtailadmin_choose_page_search") + "?q=Gói", "ALPACA"),
        (reverse("wagtailadmin_choose_page_search") + "?q=nháp&page_type=tourism.packagepage", None),
        (reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={unpublished.pk}&id={other.pk}", None),
        (reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={own.pk}", "ALPACA"),
        # Reports.
        (reverse("missing_translations"), "ALPACA"),
        (reverse("missing_translations_results"), "ALPACA"),
        (reverse("missing_translations") + "?export=csv", "ALPACA"),
        (reverse("missing_translations") + "?export=xlsx", None),
        (reverse("wagtailadmin_reports:page_types_usage"), "ALPACA"),  # the last edited package it may see
        (reverse("wagtailadmin_reports:page_types_usage_results"), "ALPACA"),
        (reverse("wagtailadmin_reports:page_types_usage") + "?export=csv", None),
        (reverse("wagtailadmin_reports:workflow"), None),
        (reverse("wagtailadmin_reports:workflow_results"), None),
        (reverse("wagtailadmin_reports:workflow_tasks"), None),
        (reverse("wagtailadmin_reports:site_history"), None),
        (reverse("wagtailadmin_reports:site_history_results"), None),
        (reverse("wagtailadmin_reports:aging_pages"), None),
        (reverse("wagtailadmin_reports:locked_pages"), None),
        # Admin search, the explorer, page listings by type, the dashboard.
        (reverse("wagtailadmin_pages:search") + "?q=nháp", None),
        (reverse("wagtailadmin_pages:search_results") + "?q=nháp", None),
        (reverse("wagtailadmin_pages:search_results") + "?q=Gói&content_type=tourism.packagepage", "ALPACA"),
        (reverse("wagtailadmin_pages:type_use", args=["tourism", "packagepage"]), None),
        (reverse("wagtailadmin_pages:type_use_results", args=["tourism", "packagepage"]), None),
        (reverse("wagtailadmin_pages:choose_parent", args=["tourism", "packagepage"]), None),
        (reverse("wagtailadmin_explore_root"), None),
        (reverse("wagtailadmin_explore_root") + "?q=nháp", None),
        (reverse("wagtailadmin_explore", args=[index.get_parent().pk]) + "?q=nháp", None),
        (reverse("wagtailadmin_explore", args=[index.pk]), None),
        (reverse("wagtailadmin_explore_results", args=[index.pk]), None),
        (reverse("wagtailadmin_explore", args=[own_index.pk]), "ALPACA"),
        (reverse("wagtailadmin_home"), None),
        # The package's own revisions, history and workflow.
        (reverse("wagtailadmin_pages:revisions_index", args=[unpublished.pk]), None),
        (reverse("wagtailadmin_pages:history", args=[unpublished.pk]), None),
        (reverse("wagtailadmin_pages:history_results", args=[unpublished.pk]), None),
        (reverse("wagtailadmin_pages:workflow_history", args=[unpublished.pk]), None),
        (reverse("wagtailadmin_pages:usage", args=[unpublished.pk]), None),
    ]


LISTING_VIEWS = 41


def _text(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if content.startswith(b"PK"):  # a spreadsheet export: its cells are in the archive's XML
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return "".join(archive.read(name).decode() for name in archive.namelist() if name.endswith(".xml"))
    if response.get("Content-Type", "").startswith("application/json"):  # the choosers' modal steps
        return json.dumps(json.loads(content), ensure_ascii=False)
    return content.decode()


@pytest.mark.parametrize("index", range(LISTING_VIEWS))
def test_another_operators_never_published_package_is_in_no_admin_listing(client, world, index):
    urls = _views_that_list_pages(world)
    assert len(urls) == LISTING_VIEWS
    url, own_shown = urls[index]
    client.force_login(world["users"]["alice"])
    response = client.get(url, follow=True)
    body = _text(response)
    assert response.status_code in {200, 403, 404}, (url, response.status_code)
    assert SECRET not in body, url
    assert f"Gói {SECRET}".lower() not in body.lower(), url
    if own_shown:  # where the operator's own package is listed, it still is
        assert response.status_code == 200 and own_shown in body, url


def test_editors_still_see_every_operators_package_in_the_chooser_and_reports(client, world):
    from django.contrib.auth.models import Group

    editor = get_user_model().objects.create_user("ed", "ed@example.com", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    unpublished = world["unpublished"]
    assert f"Gói {SECRET} nháp" in _text(client.get(reverse("wagtailadmin_choose_page_child", args=[unpublished.pk])))
    chosen = client.get(reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={unpublished.pk}").json()
    assert [page["id"] for page in chosen["result"]] == [unpublished.pk]
    assert f"Gói {SECRET} nháp" in client.get(reverse("missing_translations")).content.decode()
    usage = client.get(reverse("wagtailadmin_reports:page_types_usage_results")).context["object_list"]
    packages = next(row for row in usage if row.model == "packagepage")
    assert packages.count == 3 and packages.last_edited_page.pk == unpublished.pk
    client.force_login(world["users"]["alice"])
    usage = client.get(reverse("wagtailadmin_reports:page_types_usage_results")).context["object_list"]
    packages = next(row for row in usage if row.model == "packagepage")
    assert packages.count == 1 and packages.last_edited_page.pk == world["own"].pk


def test_operator_edits_own_package_but_cannot_publish(client, world):
    alice, own = world["users"]["alice"], world["own"]
    permissions = own.permissions_for_user(alice)
    assert permissions.can_edit() and not permissions.can_publish()
    assert own.get_parent().permissions_for_user(alice).can_add_subpage()
    client.force_login(alice)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[own.pk])).status_code == 200
    assert own.get_workflow().name == "Package approval by editors"


def test_bookings_staff_see_every_booking_in_the_manifest(client, world, home_page):
    from django.contrib.auth.models import Group

    staff = get_user_model().objects.create_user("sam", "sam@example.com", "pw")
    staff.groups.add(Group.objects.get(name="Bookings staff"))  # not the Editors: see test_guest_details
    client.force_login(staff)
    date = world["other"].departures.get().date.isoformat()
    assert f"{SECRET} traveller" in client.get(reverse("tourism_manifest") + f"?date={date}").content.decode()
    # and the other operator's own member sees it too
    client.force_login(world["users"]["bob"])
    assert f"{SECRET} traveller" in client.get(reverse("tourism_manifest") + f"?date={date}").content.decode()


def test_operators_see_their_own_bookings_in_the_admin_list(client, world):
    client.force_login(world["users"]["bob"])
    response = client.get(reverse("wagtailsnippets_tourism_booking:list"))
    assert response.status_code == 200
    assert f"{SECRET} traveller" in response.content.decode()


def test_operator_adds_a_package_through_the_admin_and_submits_it_to_editors(client, world):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    alice, index = world["users"]["alice"], world["ours"].index_page
    client.force_login(alice)
    data = nested_form_data(
        {
            "title_vi": "Gói mới",
            "slug_vi": "goi-moi",
            "title_en": "New package",
            "slug_en": "new-package",
            "summary_vi": "",
            "description_vi": rich_text(""),
            "price_per_person_vnd": 1500000,
            "free_cancellation_days": 7,
            "late_refund_percent": 50,
            "days": inline_formset([{"day_number": 1, "description_vi": "Ngày đầu", "experience": "", "homestay": ""}]),
            "included_products": inline_formset([]),
            "action-submit": "Submit",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:add", args=["tourism", "packagepage", index.pk]), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    package = PackagePage.objects.get(slug_vi="goi-moi")
    assert package.operator == world["ours"]
    assert not package.live  # waits for the editors
    assert package.current_workflow_state.status == "in_progress"


# Departures: operators manage their own through tourism.departures_admin; the snippets are the editors'.


def _departure_urls(departure):
    pk = departure.pk
    return [
        ("get", reverse("tourism_departure_edit", args=[pk])),
        ("post", reverse("tourism_departure_edit", args=[pk])),
        ("get", reverse("tourism_departure_delete", args=[pk])),
        ("post", reverse("tourism_departure_delete", args=[pk])),
        ("get", reverse("wagtailsnippets_tourism_packagedeparture:list")),
        ("get", reverse("wagtailsnippets_tourism_packagedeparture:add")),
        ("get", reverse("wagtailsnippets_tourism_packagedeparture:edit", args=[pk])),
        ("post", reverse("wagtailsnippets_tourism_packagedeparture:edit", args=[pk])),
        ("get", reverse("wagtailsnippets_tourism_packagedeparture:delete", args=[pk])),
        ("post", reverse("wagtailsnippets_tourism_packagedeparture:delete", args=[pk])),
        ("get", reverse("wagtailsnippets_tourism_packagedeparture:copy", args=[pk])),
        ("get", reverse("wagtailsnippets_tourism_packagedeparture:history", args=[pk])),
        ("get", reverse("wagtailsnippets_tourism_packagedeparture:usage", args=[pk])),
    ]


@pytest.mark.parametrize("index", range(13))
def test_another_operators_departure_is_out_of_reach(client, world, index):
    departure = world["other"].departures.get()
    method, url = _departure_urls(departure)[index]
    client.force_login(world["users"]["alice"])
    response = getattr(client, method)(
        url, {"package": world["other"].pk, "date": "2030-01-01", "capacity": 1} if method == "post" else None
    )
    assert response.status_code in {302, 403, 404}, (method, url, response.status_code)
    assert SECRET not in response.content.decode()
    assert SECRET not in getattr(client, method)(url, follow=True).content.decode()
    departure.refresh_from_db()
    assert (departure.capacity, departure.date) == (10, timezone.localdate() + datetime.timedelta(days=15))


def test_operator_lists_and_adds_departures_of_own_packages_only(client, world):
    client.force_login(world["users"]["alice"])
    listing = client.get(reverse("tourism_departures")).content.decode()
    assert SECRET not in listing
    form = client.get(reverse("tourism_departure_add")).content.decode()
    assert "ALPACA" in form and SECRET not in form

    date = (timezone.localdate() + datetime.timedelta(days=40)).isoformat()
    refused = client.post(reverse("tourism_departure_add"), {"package": world["other"].pk, "date": date, "capacity": 9})
    assert refused.status_code == 200 and SECRET not in refused.content.decode()
    assert not world["other"].departures.filter(capacity=9).exists()

    # The own package's day runs that day: its workshop has a session (tourism.departure_plan).
    make_session(world["own"].days.get().experience, days_ahead=40, capacity=12)
    response = client.post(reverse("tourism_departure_add"), {"package": world["own"].pk, "date": date, "capacity": 9})
    assert response.status_code == 302
    assert world["own"].departures.get().capacity == 9
    assert "ALPACA" in client.get(reverse("tourism_departures")).content.decode()


def test_a_departure_must_be_after_today_with_at_least_one_place(client, world):
    client.force_login(world["users"]["alice"])
    today = timezone.localdate().isoformat()
    response = client.post(reverse("tourism_departure_add"), {"package": world["own"].pk, "date": today, "capacity": 0})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"date", "capacity"}
    assert not world["own"].departures.exists()


def test_booked_departure_keeps_its_date_its_places_and_cannot_be_deleted(client, world):
    from tests.tourism.factories import make_departure

    departure = make_departure(world["own"], days_ahead=20, capacity=6)
    make_session(world["own"].days.get().experience, days_ahead=20)  # the package's day-one workshop
    hold_departure_seats(
        departure=departure, people=4, traveller=Traveller(name="Lan", email="lan@example.com"), now=timezone.now()
    )
    client.force_login(world["users"]["alice"])
    edit = reverse("tourism_departure_edit", args=[departure.pk])

    response = client.post(edit, {"package": world["other"].pk, "date": "2031-05-05", "capacity": 3})
    assert response.status_code == 200
    assert "4" in str(response.context["form"].errors["capacity"])
    assert client.post(edit, {"package": world["other"].pk, "date": "2031-05-05", "capacity": 5}).status_code == 302
    departure.refresh_from_db()
    # Package and date are locked once travellers booked; only the capacity moved.
    assert (departure.package_id, departure.date, departure.capacity) == (
        world["own"].pk,
        timezone.localdate() + datetime.timedelta(days=20),
        5,
    )

    delete = reverse("tourism_departure_delete", args=[departure.pk])
    assert client.get(delete).context["booked"]  # the page explains instead of offering a delete button
    client.post(delete)
    assert PackageDeparture.objects.filter(pk=departure.pk).exists()


def test_unbooked_departure_can_be_deleted_by_its_operator(client, world):
    from tests.tourism.factories import make_departure

    departure = make_departure(world["own"], days_ahead=25)
    client.force_login(world["users"]["alice"])
    assert client.post(reverse("tourism_departure_delete", args=[departure.pk])).status_code == 302
    assert not PackageDeparture.objects.filter(pk=departure.pk).exists()


def test_departures_menu_is_shown_to_those_who_edit_packages(client, world):
    from django.contrib.auth.models import Group

    client.force_login(world["users"]["alice"])
    assert "/admin/tourism/departures/" in client.get(reverse("wagtailadmin_home")).content.decode()
    editor = get_user_model().objects.create_user("ed", "ed@example.com", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert "/admin/tourism/departures/" in client.get(reverse("wagtailadmin_home")).content.decode()
    producer = get_user_model().objects.create_user("pr", "pr@example.com", "pw")
    producer.groups.add(Group.objects.get(name="Producers"))
    client.force_login(producer)
    assert "/admin/tourism/departures/" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_editors_cannot_delete_a_booked_departure_through_the_snippets_either(client, world):
    from django.contrib.auth.models import Group

    editor = get_user_model().objects.create_user("ed", "ed@example.com", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    departure = world["other"].departures.get()  # a traveller holds a seat on it
    client.force_login(editor)
    response = client.post(reverse("wagtailsnippets_tourism_packagedeparture:delete", args=[departure.pk]))
    assert response.status_code in {200, 302, 403}
    assert PackageDeparture.objects.filter(pk=departure.pk).exists()
