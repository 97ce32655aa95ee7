"""In what order operations are fuzzed, and which real ids their path parameters are given."""

import itertools
import re

PARAMETER = re.compile(r"\{([^}]+)\}")
# Operations that take something away (a session, a grant, a staff member's access, a
# certificate's validity): fuzzed after everything that might need that something.
TAKING = re.compile(r"/(revoke|withdraw|deactivate|disable|password|roles|end|refuse)$")
METHOD_ORDER = {"GET": 0, "POST": 1, "PUT": 2, "PATCH": 3, "DELETE": 4}
IDS_PER_PARAMETER = 3


def phase(label: str, session_enders) -> int:
    """0: no path parameters; 1: with them; 2: takes something away; 3: ends a session."""
    method, path = label.split(" ", 1)
    if label in session_enders:
        return 3
    if method == "DELETE" or TAKING.search(path):
        return 2
    return 1 if PARAMETER.search(path) else 0


def ordered(operations, session_enders) -> list:
    """Return the operations in the order they are fuzzed."""

    def key(operation):
        method, path = operation.label.split(" ", 1)
        return (phase(operation.label, session_enders), METHOD_ORDER[method], path)

    return sorted(operations, key=key)


def known_ids(client, operation, headers: dict, lists: set, protected) -> list[dict]:
    """Return path parameters naming things that exist, read from the lists above the path.

    `/api/v1/venues/{venue_id}/poster.png` takes venue ids from `GET /api/v1/venues`; nested
    parameters are filled left to right. Usernames the fuzzer logs in as are left out, so that
    it never disables or re-roles itself.
    """
    combos = [{}]
    for match in PARAMETER.finditer(operation.path):
        name = match.group(1)
        found = []
        for combo in combos:
            prefix = operation.path[: match.start() - 1].format(**combo)
            template = operation.path[: match.start() - 1]
            if template not in lists:
                continue
            values = _read_list(client, prefix, headers, name)
            found += [{**combo, name: value} for value in values if value not in protected]
        if not found:
            return []
        combos = found[:IDS_PER_PARAMETER]
    return combos


def _read_list(client, path: str, headers: dict, name: str) -> list:
    response = client.get(path, query_string={"limit": 100}, headers=headers)
    if response.status_code != 200 or not isinstance(response.json, dict):
        return []
    key = name if name in {"username", "region", "purpose", "code", "slug"} else "id"
    items = response.json.get("items") or []
    values = [item.get(key) for item in items if isinstance(item, dict)]
    return list(itertools.islice((value for value in values if value), IDS_PER_PARAMETER))
