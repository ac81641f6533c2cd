"""The layers a newcomer reads in docs/architecture.md, checked from the imports themselves.

import-linter (`make lint`) checks that lower layers never import higher ones; these tests check what
it cannot see: imports hidden inside functions, and cycles between the first-party packages.
"""

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {
    "storefront": ROOT / "storefront",
    "tourism": ROOT / "tourism",
    "stories": ROOT / "stories",
    **{
        name: ROOT / "site" / name
        for name in ("api", "config", "core", "customers", "home", "pagecache", "reviews", "security", "sitesearch")
    },
}


def _modules():
    for package, root in PACKAGES.items():
        for path in root.rglob("*.py"):
            if "migrations" not in path.parts:
                yield package, path, ast.parse(path.read_text(), str(path))


def _imported_package(node):
    names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
    return {name.split(".")[0] for name in names if node.__dict__.get("level", 0) == 0} & PACKAGES.keys()


def test_no_first_party_package_is_imported_inside_a_function():
    # AppConfig.ready() is Django's place for imports that need the models loaded; it imports its own app.
    hidden = []
    for package, path, tree in _modules():
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                if isinstance(node, (ast.Import, ast.ImportFrom)) and _imported_package(node) - {package}:
                    hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert hidden == []


def test_no_two_packages_import_each_other():
    imports = defaultdict(set)
    for package, _path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                imports[package] |= _imported_package(node) - {package}
    assert sorted((a, b) for a in imports for b in imports[a] if a < b and a in imports[b]) == []


def test_the_domain_imports_no_edge():
    edges = {"api", "config", "customers", "home", "pagecache", "reviews", "sitesearch"}
    crossing = set()
    for package, path, tree in _modules():
        if package in {"storefront", "tourism", "stories", "core", "security"}:
            for node in ast.walk(tree):
                if isinstance(node, (ast.Import, ast.ImportFrom)) and _imported_package(node) & edges:
                    crossing.add(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert sorted(crossing) == []


def test_templates_follow_the_layers_too():
    # A product's or a place's page shows the stories about it through core.sections, not by name.
    above = {"storefront": ("tourism", "stories"), "tourism": ("stories",)}
    named = []
    for app, higher in above.items():
        for path in (ROOT / app / "templates").rglob("*.html"):
            text = path.read_text()
            for other in higher:
                if f'"{other}/' in text or f"'{other}/" in text or f"{other}_tags" in text:
                    named.append(f"{path.relative_to(ROOT)} names {other}")
    assert named == []
