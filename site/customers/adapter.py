from allauth.account.adapter import DefaultAccountAdapter

from security.client_ip import client_ip


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request):
        """allauth's rate limits count the same client address as axes (security/client_ip.py)."""
        return client_ip(request)

    def is_open_for_signup(self, request):
        """No sign-up form: asking for a code creates the account (customers.forms)."""
        return False
