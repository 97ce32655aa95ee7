import pytest

from core.errors import ServiceError
from ecert.catalogue import TYPES
from ecert.qr import build_qr, render_png
from ecert.sd_jwt import presentation_hash, read_disclosure, read_jwt, split
from tests.ecert_factories import AUDIENCE, NOW, issue_sample, make_engine, present
from tests.qr_reader import qr_texts

MAX_TOKEN_CHARS = 1200


def test_presentation_carries_only_the_chosen_disclosures_and_a_key_binding():
    engine = make_engine()
    record = issue_sample(engine, "resident_id_card")

    shown = present(engine, record, ("holder_name", "age_over_18"))

    issuer_jwt, disclosures, kb_jwt = split(shown.token)
    assert sorted(read_disclosure(d).name for d in disclosures) == ["n", "o18"]
    header, binding = read_jwt(kb_jwt)
    assert header == {"alg": "EdDSA", "typ": "kb+jwt"}
    assert binding == {
        "iat": int(NOW.timestamp()),
        "aud": AUDIENCE,
        "nonce": shown.presentation_id,
        "sd_hash": presentation_hash(issuer_jwt, disclosures),
    }
    assert len(shown.presentation_id) == 16
    assert shown.expires_at - shown.issued_at == engine.presenter.lifetime


def test_each_presentation_has_its_own_nonce():
    engine = make_engine()
    record = issue_sample(engine, "passport")

    ids = {present(engine, record).presentation_id for _ in range(20)}

    assert len(ids) == 20


@pytest.mark.parametrize("certificate_type", TYPES, ids=lambda t: t.slug)
def test_typical_presentation_fits_a_phone_screen_qr(certificate_type):
    engine = make_engine()
    record = issue_sample(engine, certificate_type.slug)

    shown = present(engine, record, certificate_type.typical)

    assert len(shown.token) <= MAX_TOKEN_CHARS


def test_presentation_qr_decodes_back_to_the_token():
    engine = make_engine()
    record = issue_sample(engine, "resident_id_card")
    shown = present(engine, record, ("holder_name", "age_over_18", "household_in_guangdong"))

    (found,) = qr_texts(render_png(shown.token))

    assert found == shown.token
    assert build_qr(shown.token).version <= 25


def test_undisclosable_or_absent_names_are_refused():
    engine = make_engine()
    driving = issue_sample(engine, "driving_licence")
    lawyer = issue_sample(engine, "lawyer_licence")

    for record, names in ((driving, ["licence_class"]), (lawyer, ["age_over_18"])):
        with pytest.raises(ServiceError) as refused:
            present(engine, record, names)
        assert refused.value.key == "ecert.not_disclosable"


@pytest.mark.parametrize(("audience", "purpose"), [("", "核验"), ("v1", ""), ("x" * 65, "核验")])
def test_audience_and_purpose_are_required(audience, purpose):
    engine = make_engine()
    record = issue_sample(engine, "passport")

    with pytest.raises(ServiceError) as refused:
        engine.presenter.present(record, ["holder_name"], audience=audience, purpose=purpose)

    assert refused.value.kind == "invalid"


def test_revoked_or_expired_certificates_are_not_presented():
    engine = make_engine()
    revoked = issue_sample(engine, "passport")
    engine.issuance.revoke(revoked["identifier"], "replaced")
    expired = issue_sample(engine, "passport", valid_until="2025-02-28")

    for record, key in (
        (engine.certificates.find(revoked["identifier"]), "ecert.certificate_revoked"),
        (expired, "ecert.certificate_expired"),
    ):
        with pytest.raises(ServiceError) as refused:
            present(engine, record)
        assert refused.value.key == key


def test_retired_wallet_key_means_the_certificate_must_be_reissued():
    engine = make_engine()
    record = issue_sample(engine, "passport")
    engine.wallet_keys.retire(record["wallet_kid"])

    with pytest.raises(ServiceError) as refused:
        present(engine, record)
    assert refused.value.key == "ecert.wallet_key_retired"

    engine.wallet_keys.rotate()
    rebound = engine.issuance.reissue(record["identifier"])
    assert present(engine, rebound).token
