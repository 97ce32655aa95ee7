"""Real-name checks of someone acted for (a dependant, a card holder) who has no account here."""

from dataclasses import dataclass

from core.errors import ServiceError
from identity.documents import DocumentError, ValidDocument, normalise_document
from identity.masking import mask_name
from providers.identity import ProviderUnavailable


@dataclass(frozen=True)
class Person:
    """A document checked by its own rule, with the blind index that names its holder."""

    document: ValidDocument
    person_index: str
    name: str

    @property
    def masked_name(self) -> str:
        return mask_name(self.name)


def identify(residents, doc_type: str, doc_number: str, name: str) -> Person:
    """Validate the document by its rule and return the person it names (not yet name-checked)."""
    try:
        document = normalise_document(doc_type, doc_number)
    except DocumentError as exc:
        raise ServiceError(
            "identity.document_invalid",
            "invalid",
            detail=exc.reason,
            errors={"doc_number": [f"identity.document_invalid.{exc.reason}"]},
        ) from None
    return Person(document, residents.person_index(doc_type, document.number), name.strip())


def confirm_name(identity_provider, person: Person) -> None:
    """Ask the identity provider whether the document belongs to a person of this name."""
    document = person.document
    try:
        check = identity_provider.check(document.doc_type, document.number, person.name)
    except ProviderUnavailable:
        raise ServiceError("identity.provider_unavailable", "unavailable") from None
    if not check.matched:
        raise ServiceError(
            "identity.name_mismatch", "invalid", errors={"name": ["identity.name_mismatch"]}
        )
