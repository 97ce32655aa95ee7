"""The layers point one way: engines import neither Flask, nor pymongo, nor the shell."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENGINES = ("accounts", "core", "ecert", "health_code", "identity", "providers", "services")
ENGINES += ("signing_keys",)
FORBIDDEN_IN_ENGINES = ("flask", "flask_smorest", "flask_jwt_extended", "pymongo", "bson")
FORBIDDEN_IN_ENGINES += ("models", "app", "api", "werkzeug", "marshmallow")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return {name.split(".")[0] for name in names}


@pytest.mark.parametrize("package", ENGINES)
def test_engines_import_no_framework_database_driver_or_shell(package):
    offending = {
        str(path.relative_to(ROOT)): sorted(imported_modules(path) & set(FORBIDDEN_IN_ENGINES))
        for path in (ROOT / package).rglob("*.py")
    }
    assert {path: names for path, names in offending.items() if names} == {}


def test_only_the_shell_and_the_resources_import_flask():
    outside = [
        str(path.relative_to(ROOT))
        for path in ROOT.glob("*/**/*.py")
        if path.parts[len(ROOT.parts)]
        not in ("app", "api", "tests", "bench", ".venv", ".venv-lock")
        and "flask" in imported_modules(path)
    ]
    assert outside == []


def test_views_reach_engines_not_repositories():
    views = [path for path in (ROOT / "api").rglob("*.py")]
    reaching = [str(p.relative_to(ROOT)) for p in views if "models" in imported_modules(p)]
    assert reaching == []
