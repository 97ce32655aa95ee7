from datetime import datetime, timedelta

import pytest

from ecert.catalogue import TYPES, get_type
from ecert.identifiers import build_identifier
from ecert.revocations import RevocationList, online_status, revocation_list
from ecert.sd_jwt import (
    KB_TYP,
    b64url,
    compact_json,
    join,
    make_disclosure,
    presentation_hash,
    read_jwt,
    sign_jwt,
    split,
)
from ecert.seals import IssuerKeys
from ecert.verification import Reason, verify_presentation
from ecert.wallet_keys import wallet_keys_from_dict
from tests.ecert_factories import AUDIENCE, NOW, issue_sample, make_engine, present

ALL_ISSUERS = sorted({t.issuer_code for t in TYPES})


def published(engine):
    """Return (issuer keys, wallet keys) as a verifier loads them from the documents."""
    issuers = engine.seals.public_keys(ALL_ISSUERS).to_dict()
    return IssuerKeys.from_dict(issuers), wallet_keys_from_dict(engine.wallet_keys.to_dict())


def verify(engine, token, at=NOW, seen=None, **options):
    """Verify online: register lookup and a replay memory (a set of seen nonces)."""
    seen = set() if seen is None else seen

    def nonce_used(nonce):
        used = nonce in seen
        seen.add(nonce)
        return used

    options.setdefault("status_lookup", online_status(engine.certificates))
    options.setdefault("audience", AUDIENCE)
    issuers, wallet = published(engine)
    return verify_presentation(token, issuers, wallet, at, nonce_used=nonce_used, **options)


def rebuilt(engine, token, change=lambda payload: None, disclosures=None, kb_key=None):
    """Return the token with its issuer payload changed and re-signed by the real keys."""
    issuer_jwt, shown, kb_jwt = split(token)
    header, payload = read_jwt(issuer_jwt)
    change(payload)
    issuer_code = payload["id"].split(".")[6]
    issuer_key = engine.seals.signing_key(issuer_code)
    new_issuer_jwt = sign_jwt({"kid": issuer_key.kid, "typ": header["typ"]}, payload, issuer_key)
    shown = shown if disclosures is None else disclosures
    binding = read_jwt(kb_jwt)[1] | {"sd_hash": presentation_hash(new_issuer_jwt, shown)}
    key = kb_key or engine.wallet_keys.key_for(payload["cnf"]["kid"])
    return join(new_issuer_jwt, shown, sign_jwt({"typ": KB_TYP}, binding, key))


@pytest.fixture
def engine():
    return make_engine()


@pytest.fixture
def licence(engine):
    return issue_sample(engine, "driving_licence")


def test_valid_presentation_shows_only_what_was_shared(engine, licence):
    shown = present(engine, licence, ("holder_name", "age_over_18"))

    result = verify(engine, shown.token)

    assert (result.valid, result.reason, result.offline) == (True, Reason.OK, False)
    assert result.type == "driving_licence"
    assert result.identifier == licence["identifier"]
    assert result.issuer_name == "广东省公安厅交通管理局"
    assert result.status == "valid" and result.valid_until == "2030-07-01"
    assert result.presentation_id == shown.presentation_id
    assert result.fields == {
        "holder_name": "王小明",
        "age_over_18": True,
        "licence_class": "A1",
        "first_issued_on": "2020-07-01",
    }


def test_holder_code_comes_back_with_its_type(engine, licence):
    result = verify(engine, present(engine, licence, ("holder_code",)).token)

    assert result.fields["holder_code"] == {"type": "resident_id", "number": licence["holder_code"]}


@pytest.mark.parametrize("token", [None, "", "abc", "a.b.c~", "~~", "x" * 5000])
def test_garbage_is_malformed(engine, token):
    assert verify(engine, token).reason == Reason.MALFORMED


def test_presentation_without_key_binding_is_malformed(engine, licence):
    issuer_jwt, shown, _ = split(present(engine, licence).token)

    assert verify(engine, join(issuer_jwt, shown)).reason == Reason.MALFORMED


def test_wrong_identifier_check_character_is_its_own_reason(engine, licence):
    token = present(engine, licence).token

    def wrong_check(payload):
        payload["id"] = payload["id"][:-1] + ("A" if payload["id"][-1] != "A" else "B")

    result = verify(engine, rebuilt(engine, token, wrong_check))

    assert result.reason == Reason.IDENTIFIER_CHECK and not result.valid
    assert result.fields == {}


def test_certificate_signed_by_a_department_that_does_not_issue_it(engine, licence):
    lawyer = get_type("lawyer_licence")
    token = present(engine, licence).token

    def claim_other_issuer(payload):
        payload["id"] = build_identifier(
            get_type("driving_licence").type_code, lawyer.issuer_code, "00000001", 1
        )

    assert verify(engine, rebuilt(engine, token, claim_other_issuer)).reason == Reason.WRONG_ISSUER


def test_unknown_issuer_key(engine, licence):
    token = present(engine, licence).token
    other = make_engine()  # a verifier holding another deployment's keys
    issuers, _ = published(other)
    _, wallet = published(engine)

    result = verify_presentation(
        token, issuers, wallet, NOW, status_lookup=online_status(engine.certificates)
    )

    assert (result.reason, result.key_owner) == (Reason.UNKNOWN_KEY, "issuer")


def test_unknown_wallet_key(engine, licence):
    token = present(engine, licence).token
    issuers, _ = published(engine)
    _, other_wallet = published(make_engine())

    result = verify_presentation(
        token, issuers, other_wallet, NOW, status_lookup=online_status(engine.certificates)
    )

    assert (result.reason, result.key_owner) == (Reason.UNKNOWN_KEY, "wallet")


def test_retired_issuer_key(engine, licence):
    token = present(engine, licence).token
    issuer_code = licence["issuer_code"]
    engine.seals.retire(issuer_code, engine.seals.signing_key(issuer_code).kid)

    result = verify(engine, token, NOW + timedelta(seconds=1))

    assert (result.reason, result.key_owner) == (Reason.KEY_RETIRED, "issuer")


def test_retired_wallet_key(engine, licence):
    token = present(engine, licence).token
    engine.wallet_keys.retire(licence["wallet_kid"])

    result = verify(engine, token, NOW + timedelta(seconds=1))

    assert (result.reason, result.key_owner) == (Reason.KEY_RETIRED, "wallet")


@pytest.mark.parametrize("claim", ["cls", "vu", "id", "cnf"])
def test_changed_issuer_claims_break_the_issuer_signature(engine, licence, claim):
    issuer_jwt, shown, kb_jwt = split(present(engine, licence).token)
    header_part, _, signature = issuer_jwt.split(".")
    payload = read_jwt(issuer_jwt)[1]
    another_serial = build_identifier(licence["type_code"], licence["issuer_code"], "00000002")
    forged_values = {"cls": "A2", "vu": "2099-01-01", "cnf": {"kid": "kzzz"}, "id": another_serial}
    payload[claim] = forged_values[claim]
    forged = f"{header_part}.{b64url(compact_json(payload))}.{signature}"
    binding = read_jwt(kb_jwt)[1] | {"sd_hash": presentation_hash(forged, shown)}
    kb = sign_jwt({"typ": KB_TYP}, binding, engine.wallet_keys.key_for(licence["wallet_kid"]))

    result = verify(engine, join(forged, shown, kb))

    assert (result.reason, result.key_owner) == (Reason.BAD_SIGNATURE, "issuer")


def test_disclosure_with_a_changed_value_is_tampered(engine, licence):
    issuer_jwt, shown, kb_jwt = split(present(engine, licence, ("holder_name",)).token)
    forged = make_disclosure("n", "李四").encoded

    result = verify(engine, join(issuer_jwt, [forged], kb_jwt))

    assert result.reason == Reason.TAMPERED_DISCLOSURE


def test_disclosure_from_another_certificate_is_tampered(engine, licence):
    other = issue_sample(engine, "driving_licence", person_index="p-li", holder_name="李四")
    issuer_jwt, _, kb_jwt = split(present(engine, licence, ("age_over_18",)).token)
    _, borrowed, _ = split(present(engine, other, ("holder_name",)).token)

    result = verify(engine, join(issuer_jwt, borrowed, kb_jwt))

    assert result.reason == Reason.TAMPERED_DISCLOSURE


def test_disclosure_dropped_after_binding_breaks_the_key_binding(engine, licence):
    issuer_jwt, shown, kb_jwt = split(
        present(engine, licence, ("holder_name", "age_over_18")).token
    )

    result = verify(engine, join(issuer_jwt, shown[:1], kb_jwt))

    assert (result.reason, result.key_owner) == (Reason.BAD_KEY_BINDING, "wallet")


def test_key_binding_signed_by_another_key(engine, licence):
    token = present(engine, licence).token
    stranger = make_engine().wallet_keys
    stranger_key = stranger.key_for(stranger.binding_kid())

    result = verify(engine, rebuilt(engine, token, kb_key=stranger_key))

    assert result.reason == Reason.BAD_KEY_BINDING


def test_audience_mismatch(engine, licence):
    token = present(engine, licence, audience="v:shop-42").token

    assert verify(engine, token).reason == Reason.AUDIENCE_MISMATCH
    assert verify(engine, token, audience="v:shop-42").valid


@pytest.mark.parametrize(
    ("offset", "reason"),
    [
        (timedelta(seconds=181), Reason.PRESENTATION_EXPIRED),
        (timedelta(seconds=-31), Reason.PRESENTATION_NOT_YET_VALID),
        (timedelta(seconds=179), Reason.OK),
    ],
)
def test_presentation_lifetime(engine, licence, offset, reason):
    token = present(engine, licence).token

    assert verify(engine, token, NOW + offset).reason == reason


def test_certificate_expired_after_its_last_day_in_china(engine):
    record = issue_sample(engine, "passport", valid_until="2025-03-01")
    engine.clock.move(hours=13, minutes=59)  # 23:59 in China
    token = present(engine, record).token

    result = verify(engine, token, datetime.fromisoformat("2025-03-02T00:00:30+08:00"))

    assert (result.reason, result.status) == (Reason.CERTIFICATE_EXPIRED, "expired")


def test_certificate_not_yet_valid(engine):
    record = issue_sample(engine, "passport", valid_from="2025-03-02")

    assert verify(engine, present(engine, record).token).reason == Reason.CERTIFICATE_NOT_YET_VALID


def test_revoked_online(engine, licence):
    token = present(engine, licence).token
    engine.issuance.revoke(licence["identifier"], "withdrawn")

    result = verify(engine, token)

    assert (result.reason, result.status) == (Reason.REVOKED, "revoked")
    assert result.revocation == {"reason": "withdrawn", "revoked_at": NOW.isoformat()}


def test_superseded_version_is_revoked(engine, licence):
    token = present(engine, licence).token
    engine.issuance.reissue(licence["identifier"], {"birth_date": "1990-05-18"})

    assert verify(engine, token).reason == Reason.REVOKED


def test_unknown_certificate_online(engine, licence):
    token = present(engine, licence).token

    result = verify(engine, token, status_lookup=lambda identifier: None)

    assert result.reason == Reason.UNKNOWN_CERTIFICATE


def test_revoked_offline_from_a_saved_list(engine, licence):
    token = present(engine, licence).token
    engine.issuance.revoke(licence["identifier"], "replaced")
    saved = RevocationList.from_dict(revocation_list(engine.certificates, NOW).to_dict())
    issuers, wallet = published(engine)

    result = verify_presentation(token, issuers, wallet, NOW, revocations=saved)

    assert (result.reason, result.offline) == (Reason.REVOKED, True)


def test_second_use_online_is_a_replay(engine, licence):
    token = present(engine, licence).token
    seen = set()

    assert verify(engine, token, seen=seen).valid
    assert verify(engine, token, seen=seen).reason == Reason.REPLAYED


def test_offline_verification_cannot_detect_replay(engine, licence):
    token = present(engine, licence).token
    issuers, wallet = published(engine)
    empty = RevocationList({}, NOW)

    results = [verify_presentation(token, issuers, wallet, NOW, revocations=empty) for _ in "ab"]

    assert all(result.valid and result.offline for result in results)


def test_status_source_is_required():
    with pytest.raises(ValueError):
        verify_presentation("x", None, None, NOW)
