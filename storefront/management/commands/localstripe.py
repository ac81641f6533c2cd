from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Serve localstripe (a stateful Stripe stand-in) on 127.0.0.1 for offline payments. "
        "Its own `localstripe` command listens on every interface and pickles its state into "
        "the system temp folder; this one listens on loopback only and keeps state in memory."
    )

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8420)
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, port, host, **options):
        from aiohttp import web
        from localstripe import resources, server

        resources.store.dump_to_disk = lambda: None  # state lives and dies with this process
        self.stdout.write(f"localstripe on http://{host}:{port} (Stripe.js stand-in at /js.stripe.com/v3/)")
        web.run_app(server.app, host=host, port=port, print=None, access_log=None)
