"""What the e-certificate side publishes for everyone: keys, revocations, the catalogue.

Offline verifiers (`python -m ecert.verify_cli`) save the issuer key set, the wallet key
set and the revocation list; the catalogue tells screens and issuers what each type holds.
"""

from __future__ import annotations

from ecert.catalogue import TYPES
from ecert.revocations import revocation_list
from ecert.usecases.verifying import ISSUER_CODES


class EcertPublishing:
    def __init__(self, seals, wallet_keys, certificates, clock) -> None:
        self.seals, self.wallet_keys = seals, wallet_keys
        self.certificates, self.clock = certificates, clock

    def issuer_keys(self) -> dict:
        """Return the issuers' key-set document (/.well-known/ecert-issuer-keys.json)."""
        return self.seals.public_keys(ISSUER_CODES).to_dict()

    def wallet_keys_document(self) -> dict:
        """Return the wallet's key-binding keys ({"keys": [JWK…]})."""
        return self.wallet_keys.to_dict()

    def revocations(self) -> dict:
        """Return the revocation list as of now (revoked.json for offline verifiers)."""
        return revocation_list(self.certificates, self.clock()).to_dict()

    def catalogue(self) -> list:
        """Return every certificate type the wallet knows."""
        return list(TYPES)
