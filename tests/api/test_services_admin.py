"""Catalogue maintenance (versioned guides), staff departments, reform figures from cases."""

from core.clock import utcnow
from models.migrations import migrate
from tests.factories import STAFF_PASSWORD, login_staff, run_cli
from tests.services_factories import (
    INSTANT,
    SERVICES,
    UNEMPLOYMENT,
    VISIT,
    act,
    clerk,
    item,
    resident,
    submitted,
)

ADMIN = "/api/v1/admin/services"


def test_an_edit_is_a_new_guide_version_and_cases_keep_theirs(client, container):
    admin = login_staff(client, container, "admin")
    headers = resident(client)
    before = submitted(client, headers, INSTANT)
    chosen = item(client, INSTANT)
    edited = client.patch(
        f"{ADMIN}/{chosen['id']}",
        json={"guide_version": 1, "changes": {"keywords": ["社保证明", "参保证明", "打印社保"]}},
        headers=admin,
    )
    assert edited.status_code == 200, edited.json
    assert edited.json["guide_version"] == 2
    assert (
        client.get(SERVICES, query_string={"q": "打印社保"}).json["items"][0]["id"] == chosen["id"]
    )
    stale = client.patch(
        f"{ADMIN}/{chosen['id']}",
        json={"guide_version": 1, "changes": {"fee_fen": 100}},
        headers=admin,
    )
    assert stale.status_code == 409 and stale.json["error"] == "services.item_version_moved"
    after = submitted(client, headers, INSTANT)
    assert (before["guide_version"], after["guide_version"]) == (1, 2)
    versions = client.get(f"{ADMIN}/{chosen['id']}/versions", headers=admin).json
    assert [v["guide_version"] for v in versions["items"]] == [2, 1]


def test_an_edit_breaking_the_item_rules_is_refused(client, container):
    admin = login_staff(client, container, "admin")
    chosen = item(client, INSTANT)
    bad = client.patch(
        f"{ADMIN}/{chosen['id']}",
        json={
            "guide_version": 1,
            "changes": {"time_limits": {"legal_days": 1, "promised_days": 9}},
        },
        headers=admin,
    )
    assert bad.status_code == 422 and bad.json["error"] == "services.item_invalid"
    fixed = client.patch(
        f"{ADMIN}/{chosen['id']}",
        json={"guide_version": 1, "changes": {"implementation_code": "x"}},
        headers=admin,
    )
    assert fixed.status_code == 422 and "implementation_code" in fixed.json["errors"]


def test_a_withdrawn_item_disappears_for_residents_until_published(client, container):
    admin = login_staff(client, container, "admin")
    chosen = item(client, INSTANT)
    client.post(f"{ADMIN}/{chosen['id']}/withdraw", headers=admin)
    assert client.get(f"{SERVICES}/{chosen['id']}").status_code == 404
    names = [
        i["name"]["zh-CN"] for i in client.get(SERVICES, query_string={"q": INSTANT}).json["items"]
    ]
    assert INSTANT not in names
    assert client.post(f"{ADMIN}/{chosen['id']}/publish", headers=admin).status_code == 200
    assert client.get(f"{SERVICES}/{chosen['id']}").status_code == 200


def test_residents_and_clerks_cannot_maintain_the_catalogue(client, container):
    chosen = item(client, INSTANT)
    for headers in (resident(client), clerk(client, container, "health")):
        assert client.post(f"{ADMIN}/{chosen['id']}/withdraw", headers=headers).status_code == 403


def test_admins_place_staff_in_departments(client, container):
    admin = login_staff(client, container, "admin")
    made = client.post(
        "/api/v1/admin/staff",
        json={
            "username": "clerk-hr",
            "password": STAFF_PASSWORD,
            "roles": ["clerk"],
            "department": "human_resources",
        },
        headers=admin,
    )
    assert made.status_code == 201 and made.json["department"] == "human_resources"
    moved = client.put(
        "/api/v1/admin/staff/clerk-hr/department", json={"department": "health"}, headers=admin
    )
    assert moved.json["department"] == "health"
    unknown = client.put(
        "/api/v1/admin/staff/clerk-hr/department", json={"department": "mars"}, headers=admin
    )
    assert unknown.status_code == 422


def test_the_cli_creates_a_clerk_with_a_department(app, container):
    result = run_cli(
        app,
        "create-staff",
        "clerk-cli",
        "--role",
        "clerk",
        "--department",
        "health",
        "--password",
        STAFF_PASSWORD,
    )
    assert result.exit_code == 0, result.output
    assert container.staff.repository.find_by_username("clerk-cli")["department"] == "health"
    moved = run_cli(app, "set-staff-department", "clerk-cli", "education")
    assert moved.exit_code == 0
    assert container.staff.repository.find_by_username("clerk-cli")["department"] == "education"


def test_clerks_from_before_departments_get_an_empty_one(db):
    db.staff.insert_one({"username": "old-clerk", "roles": ["clerk"], "password_hash": "x"})
    db.schema_migrations.delete_many({"_id": 3})
    applied = migrate(db, utcnow())
    assert [(step.version, step.changed) for step in applied] == [(3, 1)]
    assert db.staff.find_one({"username": "old-clerk"})["department"] is None


def test_reform_figures_come_from_real_cases(client, container):
    headers = resident(client)
    submitted(client, headers, INSTANT)
    submitted(client, headers, UNEMPLOYMENT)
    visit = submitted(client, headers, VISIT)
    health = clerk(client, container, "health")
    act(client, health, visit["id"], "accept")
    act(client, health, visit["id"], "complete", outcome="approved")
    container.reform._cached = (0.0, None)  # the figures are cached for a minute
    figures = client.get("/api/v1/stats/reform").json
    assert figures["cases"] == 3
    assert figures["instant_approvals"]["count"] == 2
    assert figures["instant_approvals"]["total"] == 3
    assert figures["online_completion"] == {"count": 2, "total": 3, "share": 0.6667}
    assert figures["prefilled_fields"]["count"] > 0
    assert figures["visits"]["required"] == 1
    assert figures["zero_visit_services"]["total"] == 146
    assert figures["departments"] is None
    admin = login_staff(client, container, "admin")
    detailed = client.get("/api/v1/admin/stats/reform", headers=admin).json
    assert {d["department"] for d in detailed["departments"]} == {"human_resources", "health"}


def test_the_demo_seed_has_department_clerks_and_finished_cases(app, container, db):
    result = run_cli(app, "seed-demo")
    assert result.exit_code == 0, result.output
    assert db.staff.find_one({"username": "clerk"})["department"] == "human_resources"
    assert db.staff.find_one({"username": "clerk-health"})["department"] == "health"
    finished = list(db.cases.find({"status": 11}))
    assert len(finished) == 2
    assert run_cli(app, "seed-demo").output.startswith("seeded nothing new")
    assert db.cases.count_documents({}) == 2
