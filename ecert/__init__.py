"""The e-certificate engine (电子证照): catalogue, identifiers, seals, issuance, 亮证, grants.

Framework-free: no Flask, no pymongo, no `models`. Repositories and the clock come in
through constructors; docs/ecert.md describes the parts, the token format and the
interfaces the API layer and the services engine use.

Public entry points:

- catalogue: `TYPES`, `get_type(slug)`, `type_for_code(code)`
- identifiers: `build_identifier`, `parse_identifier`, `check_character`
- seals and keys: `IssuerSeals` (per-issuer KeyRing, "eck1"), `IssuerKeys` (the published
  document), `WalletKeys` (the custodial wallet's key-binding keys, "ewk1")
- issuance: `Issuance` (issue, reissue, revoke, refresh_derived), `validate_rows` (batch),
  `stale_derived_claims`, `next_age_change`, `metadata`, `status_at`
- presentation: `Presenter.present` → `Presentation`
- verification: `verify_presentation` → `Verification` with a `Reason`; status from
  `online_status(certificates)` or a saved `RevocationList` (`revocation_list(...)`)
- grants and usage: `Grants`, `usage_entry`, `presentation_entry`
- services engine: `CertificateWallet` (protocol), `ServicesWallet`
"""

from ecert.batch import BatchReport, validate_rows
from ecert.catalogue import TYPES, get_type, type_for_code
from ecert.derived import next_age_change, stale_derived_claims
from ecert.grants import GrantRepository, Grants, grant_state
from ecert.holdings import CertificateWallet, ServicesWallet
from ecert.identifiers import (
    Identifier,
    IdentifierError,
    build_identifier,
    check_character,
    parse_identifier,
)
from ecert.issuance import CertificateRepository, Issuance
from ecert.metadata import REVOCATION_REASONS, metadata, status_at
from ecert.presentation import Presentation, Presenter
from ecert.revocations import RevocationList, online_status, revocation_list
from ecert.seals import IssuerKeys, IssuerSeals, KeyRepository
from ecert.usage import UsageLog, presentation_entry, usage_entry
from ecert.verification import Reason, Verification, verify_presentation
from ecert.wallet_keys import WalletKeys, wallet_keys_from_dict

__all__ = [
    "REVOCATION_REASONS",
    "TYPES",
    "BatchReport",
    "CertificateRepository",
    "CertificateWallet",
    "GrantRepository",
    "Grants",
    "Identifier",
    "IdentifierError",
    "Issuance",
    "IssuerKeys",
    "IssuerSeals",
    "KeyRepository",
    "Presentation",
    "Presenter",
    "Reason",
    "RevocationList",
    "ServicesWallet",
    "UsageLog",
    "Verification",
    "WalletKeys",
    "build_identifier",
    "check_character",
    "get_type",
    "grant_state",
    "metadata",
    "next_age_change",
    "online_status",
    "parse_identifier",
    "presentation_entry",
    "revocation_list",
    "stale_derived_claims",
    "status_at",
    "type_for_code",
    "usage_entry",
    "validate_rows",
    "verify_presentation",
    "wallet_keys_from_dict",
]
