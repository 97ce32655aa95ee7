"""SECURITY.md cites tests by name: each one it names exists, so a rename cannot orphan it."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CITED = set(re.findall(r"`(test_[a-z0-9_]+)`", (ROOT / "SECURITY.md").read_text(encoding="utf-8")))
DEFINED = {
    name
    for path in (ROOT / "tests").rglob("test_*.py")
    for name in re.findall(r"^def (test_[a-z0-9_]+)\(", path.read_text(encoding="utf-8"), re.M)
}


def test_security_md_cites_tests_that_exist():
    assert len(CITED) > 20
    assert sorted(CITED - DEFINED) == []
