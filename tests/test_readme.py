"""The README is the front door: its configuration table and API overview stay complete."""

import json
from pathlib import Path

import pytest

from app.settings_table import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SPEC = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_in_the_configuration_table(setting):
    assert f"| `{setting.name}` |" in README


@pytest.mark.parametrize("path", sorted(SPEC["paths"]))
def test_every_documented_path_is_in_the_api_overview(path):
    assert f"`{path}`" in README


def test_the_api_overview_is_the_table_the_spec_makes():
    from scripts.api_table import table

    assert table(SPEC) in README, "refresh it: .venv/bin/python scripts/api_table.py --write"


def test_the_two_commands_are_the_ones_the_repository_has():
    assert "./run.sh" in README and (ROOT / "run.sh").exists()
    assert "./test.sh" in README and (ROOT / "test.sh").exists()
    assert "./test.sh" in (ROOT / ".ci" / "run").read_text()
