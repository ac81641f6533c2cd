"""Production refuses to start without Stripe's keys and webhook secret, and `check --deploy` says so."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.checks import Tags, run_checks

ROOT = Path(__file__).resolve().parents[2]
STRIPE = {"STRIPE_SECRET_KEY": "sk_live_x", "STRIPE_PUBLISHABLE_KEY": "pk_live_x", "STRIPE_WEBHOOK_SECRET": "whsec_x"}


def _environment(**values):
    """A clean environment: nothing of this machine's (or the test run's) settings leaks in."""
    return {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(ROOT / "site"),
        "HOME": os.environ.get("HOME", "/tmp"),
        **values,
    }


def _import_production(**values):
    return subprocess.run(
        [sys.executable, "-c", "import config.settings.production"],
        cwd=ROOT,
        env=_environment(**values),
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("missing", sorted(STRIPE))
def test_production_settings_refuse_to_start_without_each_stripe_setting(missing):
    values = {**STRIPE, missing: ""}

    result = _import_production(DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="caobang.example", **values)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and f"Set {missing} in the environment" in result.stderr


def test_production_settings_name_every_missing_stripe_setting_at_once():
    result = _import_production(DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="caobang.example")

    assert "Set STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET in the environment" in result.stderr


def test_production_settings_start_with_all_three():
    result = _import_production(DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="caobang.example", **STRIPE)

    assert result.returncode == 0, result.stderr


def _deploy_errors():
    return [
        message
        for message in run_checks(tags=[Tags.security], include_deployment_checks=True)
        if message.id == "storefront.E001"
    ]


def test_the_deploy_check_reports_a_missing_webhook_secret(settings):
    settings.STRIPE_WEBHOOK_SECRET = ""
    settings.STRIPE_PUBLISHABLE_KEY = "  "

    errors = _deploy_errors()

    assert sorted(error.msg.split()[0] for error in errors) == ["STRIPE_PUBLISHABLE_KEY", "STRIPE_WEBHOOK_SECRET"]
    assert all(error.is_serious() for error in errors)


def test_the_deploy_check_is_quiet_when_stripe_is_configured(settings):
    settings.STRIPE_SECRET_KEY, settings.STRIPE_PUBLISHABLE_KEY, settings.STRIPE_WEBHOOK_SECRET = STRIPE.values()

    assert _deploy_errors() == []


def test_manage_py_check_deploy_fails_without_the_webhook_secret():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--tag", "security"],
        cwd=ROOT,
        env=_environment(DJANGO_SETTINGS_MODULE="config.settings.test", STRIPE_WEBHOOK_SECRET=""),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "storefront.E001" in result.stderr and "STRIPE_WEBHOOK_SECRET is not set" in result.stderr
