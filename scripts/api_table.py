"""Print the README's API overview table from docs/openapi.json (or rewrite it in README.md).

.venv/bin/python scripts/api_table.py            # print the table
.venv/bin/python scripts/api_table.py --write    # replace the table in README.md
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = "| area | method | path | what it does | who |\n| --- | --- | --- | --- | --- |\n"


def who(operation: dict) -> str:
    kinds = operation.get("x-token-kinds")
    if not kinds:
        return "public"
    if kinds == ["staff"]:
        return ", ".join(operation.get("x-roles", ["any staff"]))
    return " or ".join(kinds)


def table(spec: dict) -> str:
    rows = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            summary = operation.get("summary", "").rstrip(".")
            rows.append((operation["tags"][0], path, method.upper(), summary, who(operation)))
    rows.sort()
    return HEADER + "".join(f"| {t} | {m} | `{p}` | {s} | {w} |\n" for t, p, m, s, w in rows)


def main(argv: list[str]) -> None:
    spec = json.loads((ROOT / "docs" / "openapi.json").read_text(encoding="utf-8"))
    text = table(spec)
    if "--write" not in argv:
        sys.stdout.write(text)
        return
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(HEADER.splitlines()[0])
    end = readme.index("\n\n", start) + 1
    (ROOT / "README.md").write_text(readme[:start] + text + readme[end:], encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
