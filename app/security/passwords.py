"""Hash staff passwords with scrypt (a memory-hard KDF from the standard library)."""

import base64
import hashlib
import hmac
import os

DEFAULT_COST = 2**14  # scrypt N; r=8, p=1 as recommended for interactive logins


class PasswordHasher:
    """Hash and check passwords; the cost is stored in each hash, so it can change over time."""

    def __init__(self, cost: int = DEFAULT_COST):
        self.cost = cost

    def hash_password(self, password: str) -> str:
        """Return 'scrypt$n$r$p$salt$hash' for storage."""
        salt = os.urandom(16)
        digest = hashlib.scrypt(password.encode(), salt=salt, n=self.cost, r=8, p=1, dklen=32)
        encoded = [base64.b64encode(part).decode() for part in (salt, digest)]
        return f"scrypt${self.cost}$8$1${encoded[0]}${encoded[1]}"

    def check_password(self, stored: str | None, password: str) -> bool:
        """Compare in constant time; an unknown account still pays for one hash."""
        if not stored:
            self.hash_password(password)
            return False
        _scheme, n, r, p, salt, digest = stored.split("$")
        candidate = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
        return hmac.compare_digest(candidate, base64.b64decode(digest))
