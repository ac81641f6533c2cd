"""Each requirements file holds what its part imports: the site, `make run`, the tests."""

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_PARTY = {
    "site",
    "storefront",
    "tourism",
    "stories",
    "tests",
    "bench",
    "config",
    "home",
    "api",
    "pagecache",
    "sitesearch",
    "security",
    "core",
    "customers",
    "reviews",
}
# Run by `make run` only: the offline Stripe stand-in and its launcher.
DEV_ONLY_FILES = {"storefront/management/commands/localstripe.py", "storefront/management/commands/rundemo.py"}


def pinned(filename):
    names = set()
    for line in (ROOT / filename).read_text().splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("-r "):
            names |= pinned(line[3:])
        elif line:
            assert "==" in line, f"{filename}: {line} is not pinned"
            names.add(re.sub(r"\[.*\]", "", line.split("==")[0]).lower().replace("_", "-"))
    return names


def imported_distributions(paths):
    distributions = packages_distributions()
    found = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text())):
            modules = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else ([node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else [])
            )
            for module in modules:
                top = module.split(".")[0]
                if top in FIRST_PARTY or top in sys.stdlib_module_names:
                    continue
                for distribution in distributions.get(top, [top]):
                    found.setdefault(distribution.lower().replace("_", "-"), str(path.relative_to(ROOT)))
    return found


def sources(*folders, exclude=()):
    return [
        path
        for folder in folders
        for path in (ROOT / folder).rglob("*.py")
        if str(path.relative_to(ROOT)) not in exclude and "migrations" not in path.parts
    ]


def test_the_site_imports_only_what_requirements_txt_pins():
    runtime = pinned("requirements.txt")
    missing = {
        name: path
        for name, path in imported_distributions(
            sources("site", "storefront", "tourism", "stories", exclude=DEV_ONLY_FILES)
        ).items()
        if name not in runtime
    }
    assert not missing


def test_development_and_tests_import_only_what_their_files_pin():
    dev = pinned("requirements-dev.txt")
    test = pinned("requirements-test.txt")
    assert not {
        name: path
        for name, path in imported_distributions([ROOT / f for f in DEV_ONLY_FILES]).items()
        if name not in dev
    }
    assert not {
        name: path for name, path in imported_distributions(sources("tests", "bench")).items() if name not in test
    }


def test_production_installs_no_development_or_test_tool():
    production = pinned("requirements-production.txt")
    assert not production & {"localstripe", "aiohttp", "pytest", "pytest-django", "osmem-server", "playwright"}
    assert "elasticsearch-dsl" not in production  # the engine imports elasticsearch.dsl from the client
