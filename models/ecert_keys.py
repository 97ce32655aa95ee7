"""Sealed Ed25519 keys of the e-certificate issuers (one ring each) and of the wallet.

Implements `ecert.seals.KeyRepository` for one owner: an issuer's unified social credit
code, or "wallet". Kids are unique per owner only, so the stored `_id` is "<owner>/<kid>"
and the documents a key ring reads carry the kid alone as their `_id`.
"""

from pymongo import ASCENDING, IndexModel
from pymongo.errors import DuplicateKeyError

from core.errors import Duplicate
from models.base import Repository

WALLET_OWNER = "wallet"


class EcertKeyRepository(Repository):
    collection_name = "ecert_keys"
    INDEXES = (IndexModel([("owner", ASCENDING), ("created_at", ASCENDING)], name="owner"),)

    def __init__(self, db, owner: str):
        super().__init__(db)
        self.owner = owner

    def all(self) -> list[dict]:
        """Return every key document of this owner, oldest first, `_id` being the kid."""
        found = self.collection.find({"owner": self.owner}).sort("created_at", ASCENDING)
        return [{**document, "_id": document["kid"]} for document in found]

    def insert(self, document: dict) -> None:
        """Store a new key; raise Duplicate when the owner already has this kid."""
        kid = document["_id"]
        stored = {**document, "_id": f"{self.owner}/{kid}", "owner": self.owner, "kid": kid}
        try:
            self.collection.insert_one(stored)
        except DuplicateKeyError:
            raise Duplicate(self.collection_name, ("owner", "kid")) from None

    def retire(self, kid: str, at) -> bool:
        """Set retired_at on an unretired key; return whether one was changed."""
        result = self.collection.update_one(
            {"_id": f"{self.owner}/{kid}", "retired_at": None}, {"$set": {"retired_at": at}}
        )
        return result.modified_count == 1
