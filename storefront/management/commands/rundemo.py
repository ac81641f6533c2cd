import os
import signal
import socket
import subprocess
import sys
import time

import requests
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

LOCALSTRIPE_PORT = 8420


class Command(BaseCommand):
    help = (
        "runserver plus localstripe on 127.0.0.1:8420 with its webhook pointed at this server, "
        "so a demo purchase (card 4242 4242 4242 4242) becomes paid offline, and the background worker "
        "(db_worker: emails, search indexing, purges) on the same database. Both stop with it."
    )

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--noreload", action="store_false", dest="use_reloader")

    def handle(self, *args, addrport, use_reloader=True, **options):
        if os.environ.get("RUN_MAIN") == "true":  # runserver's reloaded child: the parent runs the others
            call_command("runserver", addrport, use_reloader=use_reloader)
            return
        # SIGTERM (not just Ctrl-C) must reach the `finally` below, or localstripe would outlive us.
        signal.signal(signal.SIGTERM, lambda *_args: sys.exit(0))
        process = subprocess.Popen([sys.executable, sys.argv[0], "localstripe", "--port", str(LOCALSTRIPE_PORT)])
        # The worker reloads on code changes like runserver; in its own process group, so that stopping
        # the group stops its reloaded child too.
        reload_flag = "--reload" if use_reloader else "--no-reload"
        worker = subprocess.Popen([sys.executable, sys.argv[0], "db_worker", reload_flag], start_new_session=True)
        try:
            self._wait_for_localstripe(process)
            base = f"http://127.0.0.1:{LOCALSTRIPE_PORT}"
            requests.post(
                f"{base}/_config/webhooks/demo",
                data={"url": f"http://{addrport}/stripe/webhook/", "secret": settings.STRIPE_WEBHOOK_SECRET},
                timeout=5,
            ).raise_for_status()
            self.stdout.write(self.style.SUCCESS(f"localstripe on {base}, webhook → http://{addrport}/stripe/webhook/"))
            call_command("runserver", addrport, use_reloader=use_reloader)
        finally:
            process.terminate()
            _stop_group(worker)
            process.wait(timeout=10)

    def _wait_for_localstripe(self, process):
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise CommandError(f"localstripe exited (is port {LOCALSTRIPE_PORT} taken?)")
            try:
                with socket.create_connection(("127.0.0.1", LOCALSTRIPE_PORT), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.1)
        raise CommandError("localstripe did not start")


def _stop_group(process):
    """SIGTERM to the worker's group (it finishes the task it is running), SIGKILL if it hangs."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
