"""The health-code signing keys as operators handle them: publish, rotate, retire, audited."""


class HealthKeys:
    def __init__(self, keyring, audit):
        self.keyring, self.audit = keyring, audit

    def published(self) -> dict:
        """Return the key-set document offline scanners download (retired keys marked)."""
        return self.keyring.public_keys().to_dict()

    def rotate(self, actor) -> str:
        """Start signing with a new key; older keys keep verifying until retired."""
        key = self.keyring.rotate()
        self.audit.record("health_code.key_rotated", "ok", actor, subject=f"kid:{key.kid}")
        return key.kid

    def retire(self, kid: str, actor) -> bool:
        """Refuse codes signed by this key from now on; False if no such key exists."""
        retired = self.keyring.retire(kid)
        if retired:
            self.audit.record("health_code.key_retired", "ok", actor, subject=f"kid:{kid}")
        return retired
