"""Schema-driven fuzzing: schemathesis runs every operation of /api/schema/ against a live server.

Checkout reaches localstripe, so a PaymentIntent is really created. It must find no server error and no response that breaks the schema (status codes, content
types, headers and bodies all as described). Positive and negative data; a fixed seed keeps
CI reproducible, and a bounded number of examples per operation keeps it under a few minutes.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.api.conftest import make_content

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_schemathesis_finds_no_server_error_and_no_response_outside_the_schema(live_server, stripe_settings, tmp_path):
    from tests.factories import make_home_page

    make_content(make_home_page())
    stripe_settings.API_WRITE_THROTTLE_RATE = "100000/min"  # 429 is documented, but fuzzing should reach the views
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "run",
        f"{live_server.url}/api/schema/",
        "--checks",
        CHECKS,
        "--phases",
        "examples,coverage,fuzzing",
        "--max-examples",
        "10",
        "--seed",
        "20261129",
        "--workers",
        "1",
        "--request-timeout",
        "30",
        "--no-color",
        "--warnings",
        "off",
        "--report",
        "junit",
        "--report-dir",
        str(tmp_path),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-20000:]
    assert "24 selected / 24 total" in output and "Tested: 24" in output, output[-3000:]
