"""The clerk's workbench: their department only, every move, reasons, illegal moves, races."""

from concurrent.futures import ThreadPoolExecutor

from tests.factories import login_staff
from tests.services_factories import VISIT, act, clerk, resident, submitted

QUEUE = "/api/v1/workbench/cases"


def test_a_clerk_sees_only_their_departments_queue(client, container):
    case = submitted(client, resident(client), VISIT)
    health = clerk(client, container, "health")
    police = clerk(client, container, "public_security")
    assert [c["id"] for c in client.get(QUEUE, headers=health).json["items"]] == [case["id"]]
    assert client.get(QUEUE, headers=police).json["total"] == 0
    assert client.get(f"{QUEUE}/{case['id']}", headers=police).status_code == 404
    assert act(client, police, case["id"], "accept").status_code == 404


def test_a_clerk_without_a_department_is_told_so(client, container):
    headers = login_staff(client, container, "clerk", "clerk-nowhere")
    response = client.get(QUEUE, headers=headers)
    assert response.status_code == 403
    assert response.json["error"] == "services.clerk_without_department"


def test_residents_and_other_roles_cannot_use_the_workbench(client, container):
    assert client.get(QUEUE, headers=resident(client)).status_code == 403
    assert client.get(QUEUE, headers=login_staff(client, container, "issuer")).status_code == 403


def test_the_whole_path_with_reasons_on_the_residents_timeline(client, container, wiring):
    headers = resident(client)
    case = submitted(client, headers, VISIT)
    health = clerk(client, container, "health")
    asked = act(client, health, case["id"], "request_correction", note="请补充联系地址")
    assert asked.json["status"] == 6
    resent = client.post(f"/api/v1/cases/{case['id']}/resubmission", json={}, headers=headers)
    assert resent.status_code == 200 and resent.json["status"] == 1
    accepted = act(client, health, case["id"], "accept").json
    assert accepted["status"] == 3 and accepted["due_day"]
    assert act(client, health, case["id"], "process").json["status"] == 8
    special = act(client, health, case["id"], "start_special", note="需现场核查")
    assert special.json["status"] == 9
    wiring.clock.move(days=3)
    ended = act(client, health, case["id"], "end_special").json
    assert ended["status"] == 10 and ended["paused_days"] >= 1
    assert ended["due_day"] > accepted["due_day"]
    done = act(client, health, case["id"], "complete", outcome="approved").json
    assert done["status"] == 11 and done["outcome"] == "approved"

    seen = client.get(f"/api/v1/cases/{case['id']}", headers=headers).json
    events = [(e["event"], e["note"]) for e in seen["timeline"]]
    assert ("correction_requested", "请补充联系地址") in events
    assert ("special_started", "需现场核查") in events
    assert seen["timeline"][-1]["name"]["zh-CN"] == "已办结"


def test_refusing_needs_a_reason(client, container):
    case = submitted(client, resident(client), VISIT)
    health = clerk(client, container, "health")
    bare = act(client, health, case["id"], "refuse")
    assert bare.status_code == 422 and bare.json["error"] == "services.case_note_required"
    refused = act(client, health, case["id"], "refuse", note="不符合受理条件")
    assert refused.status_code == 200 and refused.json["status"] == 4


def test_an_illegal_transition_is_a_409_envelope(client, container):
    case = submitted(client, resident(client), VISIT)
    health = clerk(client, container, "health")
    response = act(client, health, case["id"], "complete", outcome="approved")
    assert response.status_code == 409
    assert response.json["error"] == "services.case_transition"
    assert "1" in response.json["message"] and "11" in response.json["message"]


def test_two_clerks_acting_at_once_one_wins(app, client, container):
    case = submitted(client, resident(client), VISIT)
    clerks = [clerk(client, container, "health", f"clerk-health-{n}") for n in range(6)]

    def accept(headers):
        with app.test_client() as own:
            return act(own, headers, case["id"], "accept")

    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(accept, clerks))
    codes = sorted(answer.status_code for answer in answers)
    assert codes.count(200) == 1 and codes.count(409) == 5
    stored = client.get(f"{QUEUE}/{case['id']}", headers=clerks[0]).json
    assert [e["event"] for e in stored["timeline"]].count("accepted") == 1


def test_overdue_cases_are_flagged_and_queued(client, container, wiring):
    case = submitted(client, resident(client), VISIT)
    health = clerk(client, container, "health")
    act(client, health, case["id"], "accept")
    assert client.get(QUEUE, query_string={"queue": "overdue"}, headers=health).json["total"] == 0
    wiring.clock.move(days=60)
    overdue = client.get(QUEUE, query_string={"queue": "overdue"}, headers=health).json
    assert overdue["total"] == 1 and overdue["items"][0]["overdue"] is True


def test_a_clerk_downloads_a_cases_upload_as_an_attachment(client, container):
    case = submitted(client, resident(client), VISIT)
    upload_id = next(iter(case["materials"]["uploads"].values()))[0]
    health = clerk(client, container, "health")
    got = client.get(f"/api/v1/workbench/uploads/{upload_id}", headers=health)
    assert got.status_code == 200 and got.headers["X-Content-Type-Options"] == "nosniff"
    police = clerk(client, container, "public_security")
    assert client.get(f"/api/v1/workbench/uploads/{upload_id}", headers=police).status_code == 404
