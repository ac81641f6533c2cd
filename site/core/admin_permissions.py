from wagtail.permission_policies import ModelPermissionPolicy


class ActionsOnlyPermissionPolicy(ModelPermissionPolicy):
    """For records that change only through their own admin actions (orders, bookings, reviews,
    departures): nobody adds, edits or deletes them in the generic forms. Who may look is `can_view`."""

    def can_view(self, user):
        return super().user_has_permission(user, "view") or super().user_has_permission(user, "change")

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        if action == "view":
            return self.can_view(user)
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
