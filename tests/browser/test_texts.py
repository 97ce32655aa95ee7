"""Interface text: every key a module uses exists in zh-CN, zh-HK and en, and every key is used.

The tables are read from the running modules (i18n.js keeps a registry of them by module URL),
the uses from the sources: keys are written bare in a table and quoted where they are used.
"""

import re

import pytest

from app.miniprogram import ROOT

pytest.importorskip("playwright.sync_api", reason="in requirements-dev.txt")

SOURCES = {path.relative_to(ROOT).as_posix(): path.read_text() for path in ROOT.rglob("js/**/*.js")}
COMMON = "js/i18n.js"
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def translators(source: str) -> set[str]:
    """Names a module translates with: its own table's function and i18n's t under any name."""
    names = set(re.findall(r"const (\w+) = translator\(", source))
    for imported in re.findall(r"import \{([^}]*)\} from \"[./]*i18n\.js\"", source):
        for name in imported.split(","):
            parts = name.split(" as ")
            if parts[0].strip() == "t":
                names.add(parts[-1].strip())
    return names


@pytest.fixture
def tables(page) -> dict[str, dict]:
    """Import every module in the browser and return the text tables by module path."""
    page.goto("/mp/")
    urls = [f"/mp/{name}" for name in SOURCES]
    registered = page.evaluate(
        """async (urls) => {
          await Promise.all(urls.map((url) => import(url)));
          return (await import('/mp/js/i18n.js')).textTables();
        }""",
        urls,
    )
    return {url.split("/mp/", 1)[1]: table for url, table in registered}


def test_every_module_with_text_registers_its_table(tables):
    owners = {name for name, source in SOURCES.items() if "translator(import.meta.url" in source}
    assert set(tables) == owners | {COMMON}


def test_every_text_exists_in_all_three_languages_with_the_same_placeholders(tables):
    for module, table in tables.items():
        for key, row in table.items():
            assert len(row) == 3 and all(isinstance(text, str) and text.strip() for text in row), (
                f"{module}: {key}"
            )
            placeholders = [set(PLACEHOLDER.findall(text)) for text in row]
            assert placeholders[0] == placeholders[1] == placeholders[2], f"{module}: {key}"


def test_every_key_defined_is_used(tables):
    everywhere = "\n".join(SOURCES.values()) + (ROOT / "index.html").read_text()
    for module, table in tables.items():
        source = everywhere if module == COMMON else SOURCES[module]
        unused = [key for key in table if f'"{key}"' not in source]
        assert unused == [], f"{module} defines texts nobody shows: {unused}"


def test_every_key_used_is_defined(tables):
    for module, source in SOURCES.items():
        names = translators(source)
        if not names:
            continue
        calls = re.findall(rf"\b(?:{'|'.join(names)})\(([^)\s,]*)", source)
        dynamic = [call for call in calls if not re.fullmatch(r'"[a-z][A-Za-z0-9_]*"', call)]
        assert dynamic == [], (
            f"{module} builds keys at run time (a test cannot see them): {dynamic}"
        )
        known = set(tables.get(module, {})) | set(tables[COMMON])
        missing = sorted({call.strip('"') for call in calls} - known)
        assert missing == [], f"{module} shows texts that do not exist: {missing}"
