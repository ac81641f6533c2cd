from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_permissions import ActionsOnlyPermissionPolicy
from tourism import departures_admin
from tourism.admin_guards import PackagePageViewSet, guarded_bulk_actions
from tourism.booking_admin import BookingPermissionPolicy, BookingViewSet
from tourism.booking_staff import PLACE_HOST_KEEPERS
from tourism.hosts import can_open_bookings
from tourism.models import Booking, ExperienceSession, PackageDeparture, PlaceHost
from tourism.operators import operator_roots_hidden_from
from tourism.views import manifest


@hooks.register("construct_page_chooser_queryset")
def hide_other_operators_pages(pages, request):
    # The chooser browses the whole tree for anyone in the admin: cut out other operators' sub-trees.
    for root in operator_roots_hidden_from(request.user).only("path"):
        pages = pages.exclude(path__startswith=root.path)
    return pages


@hooks.register("construct_explorer_page_queryset")
def hide_other_operators_pages_in_explorer(parent_page, pages, request):
    return hide_other_operators_pages(pages, request)


class SessionViewSet(SnippetViewSet):
    model = ExperienceSession
    icon = "time"
    menu_label = _("Experience sessions")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["experience", "starts_at", "capacity"]


class DeparturePermissionPolicy(ActionsOnlyPermissionPolicy):
    """Departures are added and edited in their own views (tourism/departures_admin.py), not the snippet's."""

    def can_view(self, user):
        return ModelPermissionPolicy.user_has_permission(self, user, "view")


class DepartureViewSet(SnippetViewSet):
    model = PackageDeparture
    icon = "calendar"
    menu_label = _("Package departures")
    add_to_admin_menu = True
    menu_order = 330
    list_display = ["package", "date", "capacity"]


class PlaceHostPermissionPolicy(ModelPermissionPolicy):
    """Editors and Bookings staff keep the list of hosts (who then see their places' guests); no
    migration hands them the model's permissions, so their groups are named here."""

    def user_has_permission(self, user, action):
        if user.is_active and user.groups.filter(name__in=PLACE_HOST_KEEPERS).exists():
            return True
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class PlaceHostViewSet(SnippetViewSet):
    """Editors say which admin users host which experience or homestay (they then see its guests)."""

    model = PlaceHost
    icon = "user"
    menu_label = _("Hosts")
    menu_order = 313
    add_to_admin_menu = True
    list_display = ["user", "page"]


register_permission_policy(Booking, BookingPermissionPolicy(Booking))
# Departures are listed here for editors; added, changed and deleted through "Departures"
# (tourism.departures_admin), which checks that a new date can sell, keeps its allotments and
# never deletes a booked one.
register_permission_policy(PackageDeparture, DeparturePermissionPolicy(PackageDeparture))
register_permission_policy(PlaceHost, PlaceHostPermissionPolicy(PlaceHost))
register_snippet(BookingViewSet)
register_snippet(PlaceHostViewSet)
register_snippet(SessionViewSet)
register_snippet(DepartureViewSet)


@hooks.register("register_admin_urls")
def manifest_urls():
    return [
        path("tourism/manifest/", manifest, name="tourism_manifest"),
        path("tourism/departures/", departures_admin.departure_list, name="tourism_departures"),
        path("tourism/departures/add/", departures_admin.departure_edit, name="tourism_departure_add"),
        path("tourism/departures/<int:pk>/", departures_admin.departure_edit, name="tourism_departure_edit"),
        path("tourism/departures/<int:pk>/delete/", departures_admin.departure_delete, name="tourism_departure_delete"),
    ]


class BookingsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_open_bookings(request.user)


@hooks.register("register_admin_menu_item")
def manifest_menu_item():
    return BookingsMenuItem(_("Who is coming"), "/admin/tourism/manifest/", icon_name="group", order=311)


class OperatorMenuItem(MenuItem):
    def is_shown(self, request):
        # Operators and editors add departures here, where each new date is checked to sell.
        return departures_admin.packages_editable_by(request.user).exists()


@hooks.register("register_admin_menu_item")
def departures_menu_item():
    return OperatorMenuItem(_("Departures"), "/admin/tourism/departures/", icon_name="calendar", order=312)


@hooks.register("register_admin_viewset")
def package_page_viewset():
    return PackagePageViewSet()


for _action in guarded_bulk_actions():
    # order=1: registered after Wagtail's own actions, so these replace them in the registry.
    hooks.register("register_bulk_action", _action, order=1)


@hooks.register("before_move_page")
def refuse_moves_without_permission(request, page, destination):
    # Wagtail's move-confirmation page checks nothing before rendering the page's title.
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
