"""Resident accounts: created on first login, raised to L2 by real name and L3 by face."""

from accounts.consents import FACE
from core.errors import Duplicate, ServiceError
from identity.documents import DocumentError, normalise_document
from identity.masking import mask_name
from providers.identity import ProviderUnavailable

LEVELS = ("L1", "L2", "L3")


def level_at_least(current: str, required: str) -> bool:
    """Say whether an assurance level meets a minimum (L1 < L2 < L3)."""
    return LEVELS.index(current) >= LEVELS.index(required)


class ResidentService:
    def __init__(self, accounts, pii, identity_provider, face_provider, audit, clock, *, consents):
        self.accounts, self.pii = accounts, pii
        self.identity_provider, self.face_provider = identity_provider, face_provider
        self.audit, self.clock = audit, clock
        self.consents = consents  # face verification needs its own consent

    def login_by_phone(self, phone: str, actor, method: str = "sms") -> dict:
        """Return the account of this phone, creating it at L1 on first login."""
        index = self.pii.blind_index(phone, "phone")
        fields = {
            "phone_enc": self.pii.encrypt(phone, "phone"),
            "level": "L1",
            "nickname": "",
            "language": "zh-CN",
            "elderly_mode": False,
            "created_at": self.clock(),
        }
        account = self.accounts.create_or_get(index, fields)
        self.audit.record("resident.login", "ok", actor, subject=str(account["_id"]), method=method)
        return account

    def get(self, account_id: str) -> dict:
        """Return the account; one being deleted, or deleted, is gone (like a revoked token)."""
        account = self.accounts.find_by_id(account_id)
        if not account or account.get("deletion"):
            raise ServiceError("auth.revoked_token", "unauthorized")
        return account

    def phone(self, account: dict) -> str:
        """Open the account's phone number (for a code sent to it, or its holder's export)."""
        return self.pii.decrypt(account["phone_enc"], "phone")

    def update_profile(self, account_id: str, changes: dict) -> dict:
        """Change nickname, language or elderly mode."""
        account = self.get(account_id)
        return self.accounts.update(account["_id"], changes) if changes else account

    def verify_real_name(
        self, account_id: str, doc_type: str, doc_number: str, name: str, actor
    ) -> dict:
        """Check the document's own rule, then the identity provider; bind it and raise to L2."""
        account = self.get(account_id)
        try:
            document = normalise_document(doc_type, doc_number)
        except DocumentError as exc:
            self._audit_real_name(account, "rejected_format", actor, doc_type, exc.reason)
            raise ServiceError(
                "identity.document_invalid",
                "invalid",
                detail=exc.reason,
                errors={"doc_number": [f"identity.document_invalid.{exc.reason}"]},
            ) from None
        person_index = self.pii.blind_index(f"{doc_type}:{document.person_key}", "document")
        self._refuse_taken_or_changed(account, person_index, actor, doc_type)
        if account.get("real_name"):
            return account
        self._ask_provider(account, document, name, actor)
        real_name = {
            "doc_type": doc_type,
            "person_index": person_index,
            "doc_number_enc": self.pii.encrypt(document.number, "document"),
            "name_enc": self.pii.encrypt(name, "name"),
            "verified_at": self.clock(),
        }
        if document.birth_date:
            real_name["birth_date"] = document.birth_date.isoformat()
        try:
            updated = self.accounts.bind_real_name(account["_id"], real_name, "L2")
        except Duplicate:
            self._audit_real_name(account, "document_taken", actor, doc_type)
            raise ServiceError("identity.document_taken", "conflict") from None
        self._audit_real_name(account, "ok", actor, doc_type)
        return updated or self.get(account_id)

    def _refuse_taken_or_changed(self, account, person_index, actor, doc_type) -> None:
        bound = account.get("real_name")
        if bound and bound["person_index"] != person_index:
            self._audit_real_name(account, "already_verified", actor, doc_type)
            raise ServiceError("identity.already_verified", "conflict")
        holder = self.accounts.find_by_person_index(person_index)
        if holder and holder["_id"] != account["_id"]:
            self._audit_real_name(account, "document_taken", actor, doc_type)
            raise ServiceError("identity.document_taken", "conflict")

    def _ask_provider(self, account, document, name, actor) -> None:
        try:
            check = self.identity_provider.check(document.doc_type, document.number, name)
        except ProviderUnavailable:
            self._audit_real_name(account, "provider_unavailable", actor, document.doc_type)
            raise ServiceError("identity.provider_unavailable", "unavailable") from None
        if not check.matched:
            self._audit_real_name(account, "name_mismatch", actor, document.doc_type)
            raise ServiceError(
                "identity.name_mismatch",
                "invalid",
                errors={"name": ["identity.name_mismatch"]},
            )

    def _audit_real_name(self, account, outcome, actor, doc_type, reason=None) -> None:
        self.audit.record(
            "resident.real_name",
            outcome,
            actor,
            subject=str(account["_id"]),
            doc_type=doc_type,
            reason=reason,
        )

    def holder_identity(self, account_id: str) -> tuple[str, str] | None:
        """Return (person index, masked name) of a real-named account, else None."""
        account = self.accounts.find_by_id(account_id)
        if not account or not account.get("real_name"):
            return None
        real_name = account["real_name"]
        return real_name["person_index"], mask_name(self.pii.decrypt(real_name["name_enc"], "name"))

    def account_of_person(self, person_index: str) -> dict | None:
        """Return the account real-named with this person's document, if they have one."""
        return self.accounts.find_by_person_index(person_index)

    def person_index(self, doc_type: str, doc_number: str) -> str:
        """Return the blind index that names the holder of a document (raises if invalid)."""
        document = normalise_document(doc_type, doc_number)
        return self.pii.blind_index(f"{doc_type}:{document.person_key}", "document")

    def verify_face(self, account_id: str, liveness_token: str, actor) -> dict:
        """Raise a real-named account to L3 when the liveness capture matches the person."""
        account = self.get(account_id)
        if not account.get("real_name"):
            raise ServiceError("identity.needs_real_name", "forbidden")
        self.consents.require(account_id, FACE)
        check = self.face_provider.verify(account["real_name"]["person_index"], liveness_token)
        outcome = "ok" if check.live and check.matched else "failed"
        self.audit.record("resident.face", outcome, actor, subject=account_id, score=check.score)
        if outcome != "ok":
            raise ServiceError(
                "identity.face_mismatch",
                "invalid",
                errors={"liveness_token": ["identity.face_mismatch"]},
            )
        return self.accounts.update(
            account["_id"], {"level": "L3", "face_verified_at": self.clock()}
        )

    def forget_face(self, account_id: str, actor) -> None:
        """Drop the face check's result when its consent is withdrawn: L3 becomes L2 again.

        L3 says "a face check of this person stands"; relying on it after the resident
        withdrew consent to face processing would keep using that processing's result.
        """
        account = self.accounts.find_by_id(account_id)
        if account and (account.get("face_verified_at") or account.get("level") == "L3"):
            self.accounts.forget_face(account["_id"], "L2" if account.get("real_name") else "L1")
            self.audit.record("resident.face_forgotten", "ok", actor, subject=account_id)

    def link_wechat(self, account: dict, openid: str, actor) -> dict:
        """Attach a WeChat openid to the account; one openid belongs to one account.

        Proving the phone again may move the account to a new WeChat identity (a new
        phone or WeChat account); the audit trail records that the link was replaced.
        """
        if account.get("wechat_openid") == openid:
            return account
        try:
            linked = self.accounts.link_wechat(account["_id"], openid)
        except Duplicate:
            raise ServiceError("auth.wechat_linked_elsewhere", "conflict") from None
        self.audit.record(
            "resident.wechat_linked",
            "ok",
            actor,
            subject=str(account["_id"]),
            replaced=bool(account.get("wechat_openid")),
        )
        return linked

    def login_by_wechat(self, openid: str, actor) -> dict | None:
        """Return the account linked to this WeChat identity, or None if there is none yet."""
        account = self.accounts.find_by_wechat(openid)
        if account:
            self.audit.record(
                "resident.login", "ok", actor, subject=str(account["_id"]), method="wechat"
            )
        return account
