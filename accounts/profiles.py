"""What a resident sees of their own account: personal data decrypted only to be masked."""

from identity.masking import mask_document, mask_name, mask_phone


class Profiles:
    def __init__(self, residents, pii):
        self.residents, self.pii = residents, pii

    def show(self, account_id: str) -> dict:
        """Return the resident's profile with phone, document and name masked."""
        return self.masked(self.residents.get(account_id))

    def update(self, account_id: str, changes: dict) -> dict:
        """Change nickname, language or elderly mode; return the masked profile."""
        return self.masked(self.residents.update_profile(account_id, changes))

    def verify_real_name(self, account_id: str, document: dict, actor) -> dict:
        """Verify a real name with a document {doc_type, doc_number, name}; raise to L2."""
        account = self.residents.verify_real_name(
            account_id, document["doc_type"], document["doc_number"], document["name"], actor
        )
        return self.masked(account)

    def verify_face(self, account_id: str, liveness_token: str, actor) -> dict:
        """Verify the real person by a liveness capture; raise to L3."""
        return self.masked(self.residents.verify_face(account_id, liveness_token, actor))

    def masked(self, account: dict) -> dict:
        """Return an account as its holder may see it."""
        real_name = account.get("real_name")
        # Sealed values and the WeChat identity never leave the engine, masked or not.
        visible = {k: v for k, v in account.items() if not k.endswith("_enc")}
        visible.pop("wechat_openid", None)
        return {
            **visible,
            "phone": mask_phone(self.pii.decrypt(account["phone_enc"], "phone")),
            "real_name": real_name and self._masked_real_name(real_name),
            "wechat_linked": bool(account.get("wechat_openid")),
        }

    def in_full(self, account: dict) -> dict:
        """Return an account as its holder's data export shows it: nothing masked, no secrets."""
        real_name = account.get("real_name")
        profile = {k: v for k, v in account.items() if not k.endswith(("_enc", "_index"))}
        profile.pop("real_name", None)
        profile["phone"] = self.pii.decrypt(account["phone_enc"], "phone")
        if real_name:
            profile["real_name"] = {
                "doc_type": real_name["doc_type"],
                "doc_number": self.pii.decrypt(real_name["doc_number_enc"], "document"),
                "name": self.pii.decrypt(real_name["name_enc"], "name"),
                "birth_date": real_name.get("birth_date"),
                "verified_at": real_name["verified_at"],
            }
        return profile

    def _masked_real_name(self, real_name: dict) -> dict:
        return {
            "doc_type": real_name["doc_type"],
            "doc_number": mask_document(self.pii.decrypt(real_name["doc_number_enc"], "document")),
            "name": mask_name(self.pii.decrypt(real_name["name_enc"], "name")),
            "verified_at": real_name["verified_at"],
        }
