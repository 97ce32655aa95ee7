"""Published keys and revocations, verified offline with them; the catalogue; the CLI tasks."""

import json
from datetime import timedelta

from core.clock import CHINA_STANDARD_TIME
from ecert import verify_cli
from ecert.catalogue import TYPES, get_type
from tests.ecert_api_factories import (
    issued,
    issuer,
    presented,
    register_verifier,
    resident,
)
from tests.factories import run_cli, valid_resident_id


def saved(client, tmp_path) -> dict:
    """Save the three public documents as an offline verifier does; return their paths."""
    paths = {}
    for name in ("issuer-keys", "wallet-keys", "revocations"):
        response = client.get(f"/.well-known/ecert-{name}.json")
        assert response.status_code == 200 and response.headers["Cache-Control"].startswith(
            "public"
        )
        paths[name] = tmp_path / f"{name}.json"
        paths[name].write_text(json.dumps(response.json), encoding="utf-8")
    return paths


def offline(paths, token, capsys) -> tuple[int, str]:
    status = verify_cli.main(
        [
            token,
            "--issuer-keys",
            str(paths["issuer-keys"]),
            "--wallet-keys",
            str(paths["wallet-keys"]),
            "--revocations",
            str(paths["revocations"]),
            "--audience",
            "v:icbc-th",
        ]
    )
    return status, capsys.readouterr().out


def test_a_presentation_verifies_offline_against_the_published_documents(
    client, container, tmp_path, capsys
):
    staff = issuer(client, container)
    licence = issued(client, staff, "driving_licence")
    _desk, bank = register_verifier(client, container)
    token = presented(
        client, resident(client), licence["id"], bank["id"], disclose=["holder_name"]
    )["token"]
    paths = saved(client, tmp_path)
    status, out = offline(paths, token, capsys)
    assert status == 0 and "mode: offline" in out and "holder_name: 陈小明" in out
    client.post(
        f"/api/v1/issuer/certificates/{licence['id']}/revoke",
        json={"reason": "withdrawn"},
        headers=staff,
    )
    status, out = offline(saved(client, tmp_path), token, capsys)
    assert status == 1 and "reason: revoked" in out


def test_the_issuer_key_set_names_every_issuing_department(client):
    issuers = client.get("/.well-known/ecert-issuer-keys.json").json["issuers"]
    assert set(issuers) == {certificate_type.issuer_code for certificate_type in TYPES}
    traffic = issuers[get_type("driving_licence").issuer_code]
    assert traffic["name"]["en"] == "Guangdong Traffic Police Bureau"
    assert {key["alg"] for key in traffic["keys"]} == {"EdDSA"}


def test_the_revocation_list_carries_identifiers_reasons_and_times(client, container):
    staff = issuer(client, container)
    certificate = issued(client, staff, "degree_certificate")
    client.post(
        f"/api/v1/issuer/certificates/{certificate['id']}/revoke",
        json={"reason": "other"},
        headers=staff,
    )
    (entry,) = client.get("/.well-known/ecert-revocations.json").json["revoked"]
    assert (entry["identifier"], entry["reason"]) == (certificate["identifier"], "other")


def test_the_catalogue_lists_every_type_in_the_readers_language(client):
    types = client.get("/api/v1/ecert/types", headers={"Accept-Language": "en"}).json
    assert len(types) == len(TYPES) >= 30
    licence = next(t for t in types if t["slug"] == "driving_licence")
    assert licence["name"] == "Motor Vehicle Driving Licence"
    assert {"name": "age_over_18", "label": "Aged 18 or over"} in licence["disclosable"]
    birth = next(field for field in licence["fields"] if field["name"] == "birth_date")
    assert (birth["label"], birth["personal"], birth["kind"]) == ("Date of birth", True, "date")


def test_the_cli_exports_what_offline_verifiers_need(app, tmp_path):
    result = run_cli(app, "export-ecert-keys", str(tmp_path))
    assert result.exit_code == 0, result.output
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["issuer-keys.json", "revocations.json", "wallet-keys.json"]
    assert json.loads((tmp_path / "wallet-keys.json").read_text())["keys"]


def test_a_rotated_issuer_key_signs_new_certificates_and_the_old_still_verifies(
    app, client, container
):
    code = get_type("driving_licence").issuer_code
    staff = issuer(client, container)
    first = issued(client, staff, "driving_licence", 1)
    assert run_cli(app, "rotate-ecert-key", "--issuer", code).exit_code == 0
    second = issued(client, staff, "driving_licence", 2)
    keys = client.get("/.well-known/ecert-issuer-keys.json").json["issuers"][code]["keys"]
    assert len(keys) == 2
    desk, bank = register_verifier(client, container)
    for n, certificate in ((1, first), (2, second)):
        token = presented(client, resident(client, n), certificate["id"], bank["id"])["token"]
        result = client.post("/api/v1/ecert/verifications", json={"token": token}, headers=desk)
        assert result.json["valid"], result.json


def test_the_daily_sweep_reissues_certificates_whose_age_claims_changed(
    app, client, container, db, wiring
):
    today = wiring.clock().astimezone(CHINA_STANDARD_TIME).date()
    eighteenth = today + timedelta(days=1)
    born = eighteenth.replace(year=eighteenth.year - 18)
    staff = issuer(client, container)
    issued(
        client,
        staff,
        "driving_licence",
        holder_code=valid_resident_id(f"440304{born:%Y%m%d}555"),
        birth_date=born.isoformat(),
        valid_until=None,
    )
    assert "re-issued 0 certificates" in run_cli(app, "refresh-derived-claims").output
    wiring.clock.move(days=1)
    assert "re-issued 1 certificates" in run_cli(app, "refresh-derived-claims").output
    current = db.certificates.find_one({"version": 2})
    assert current["derived"] == {"age_over_18": True, "age_over_60": False}


def test_every_field_kind_answered_is_one_the_document_names(client):
    spec = client.get("/openapi.json").json
    documented = spec["components"]["schemas"]["FieldDefinition"]["properties"]["kind"]["enum"]
    types = client.get("/api/v1/ecert/types").json

    answered = {field["kind"] for kind in types for field in kind["fields"]}

    assert "photo" in answered
    assert answered <= set(documented)
