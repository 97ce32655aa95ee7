"""Turn an account document into what its holder may see: masked, decrypted only to mask."""

from identity.masking import mask_document, mask_name, mask_phone


def present_account(account: dict, pii) -> dict:
    """Return the profile with phone, document and name masked."""
    real_name = account.get("real_name")
    return {
        "id": str(account["_id"]),
        "phone": mask_phone(pii.decrypt(account["phone_enc"], "phone")),
        "level": account["level"],
        "nickname": account.get("nickname", ""),
        "language": account.get("language", "zh-CN"),
        "elderly_mode": account.get("elderly_mode", False),
        "real_name": real_name
        and {
            "doc_type": real_name["doc_type"],
            "doc_number": mask_document(pii.decrypt(real_name["doc_number_enc"], "document")),
            "name": mask_name(pii.decrypt(real_name["name_enc"], "name")),
            "verified_at": real_name["verified_at"],
        },
        "face_verified_at": account.get("face_verified_at"),
        "wechat_linked": bool(account.get("wechat_openid")),
        "created_at": account["created_at"],
    }


def present_sessions(sessions: list[dict], current_id: str) -> list[dict]:
    """List the devices logged in, marking the one asking."""
    return [
        {
            "id": s["_id"],
            "device": s.get("device", ""),
            "created_at": s["created_at"],
            "last_used_at": s["last_used_at"],
            "current": s["_id"] == current_id,
        }
        for s in sessions
    ]
