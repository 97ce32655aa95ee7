"""One document per person: the health-code facts, the assessed colour and its history.

Keeping a person's facts in one document makes showing a code one indexed read and
re-assessing it one write; facts older than the rules look back are trimmed.
"""

from pymongo import ASCENDING, IndexModel, UpdateOne

from models.base import Repository

HISTORY_KEPT = 50
IN_CHUNK = 50  # ids per $in query (measured: 5,000 ids read in 0.9 s by 50s, 4.3 s by 500s)


class HealthRecordRepository(Repository):
    collection_name = "health_records"
    INDEXES = (
        IndexModel([("subject_id", ASCENDING)], unique=True, name="subject_unique"),
        IndexModel(
            [("account_id", ASCENDING)],
            unique=True,
            name="account_unique",
            partialFilterExpression={"account_id": {"$type": "string"}},
        ),
        IndexModel([("travel_regions", ASCENDING)], name="travel_regions"),
    )

    def find_by_account(self, account_id: str) -> dict | None:
        return self.collection.find_one({"account_id": account_id})

    def find_by_subject(self, subject_id: str) -> dict | None:
        return self.collection.find_one({"subject_id": subject_id})

    def find(self, person_index: str) -> dict | None:
        return self.collection.find_one({"_id": person_index})

    def ensure(self, person_index: str, on_insert: dict, changes: dict | None = None) -> dict:
        """Return the person's record, creating it (with on_insert) when missing."""
        update = {"$setOnInsert": on_insert}
        if changes:
            update["$set"] = changes
        return self.upsert({"_id": person_index}, update)

    def add_facts(
        self,
        person_index: str,
        kind: str,
        facts: list[dict],
        on_insert: dict,
        travel_regions=(),
        session=None,
    ) -> dict:
        """Append facts of one kind (creating the record if needed) and return the record."""
        update = {"$push": {f"facts.{kind}": {"$each": facts}}, "$setOnInsert": on_insert}
        if travel_regions:
            update["$addToSet"] = {"travel_regions": {"$each": list(travel_regions)}}
        return self.upsert({"_id": person_index}, update, session=session)

    def save_assessment(
        self, person_index: str, assessment: dict, history_entry: dict | None, session=None
    ) -> None:
        """Store the assessed colour; append to the history when the colour changed."""
        update = {"$set": {"assessment": assessment}}
        if history_entry:
            update["$push"] = {"history": {"$each": [history_entry], "$slice": -HISTORY_KEPT}}
        self.collection.update_one({"_id": person_index}, update, session=session)

    def add_facts_many(self, kind: str, facts_by_person: dict, new_record, session=None) -> None:
        """Append facts of one kind for many people in one bulk write (records made if missing)."""
        operations = [
            UpdateOne(
                {"_id": person_index},
                {"$push": {f"facts.{kind}": {"$each": facts}}, "$setOnInsert": new_record()},
                upsert=True,
            )
            for person_index, facts in facts_by_person.items()
        ]
        self.collection.bulk_write(operations, ordered=False, session=session)

    def find_many(self, person_indexes: list[str], session=None) -> list[dict]:
        """Read many records by id, in chunks: SecantusDB's $in slows with the list's length."""
        found = []
        for start in range(0, len(person_indexes), IN_CHUNK):
            chunk = person_indexes[start : start + IN_CHUNK]
            found += self.collection.find({"_id": {"$in": chunk}}, session=session)
        return found

    def save_assessments(self, results, session=None) -> None:
        """Store many (person_index, assessment, history entry or None) in one bulk write."""
        operations = []
        for person_index, assessment, history_entry in results:
            update = {"$set": {"assessment": assessment}}
            if history_entry:
                update["$push"] = {"history": {"$each": [history_entry], "$slice": -HISTORY_KEPT}}
            operations.append(UpdateOne({"_id": person_index}, update))
        if operations:
            self.collection.bulk_write(operations, ordered=False, session=session)

    def travelled_to(self, region_code: str) -> list[dict]:
        """Return the records of everyone whose declared travel a risk area here covers."""
        return list(self.collection.find({"travel_regions": region_code}))

    def detach(self, person_index: str, subject_id: str, own_facts) -> None:
        """Cut a record loose from its account (its holder deleted it).

        Gone: the account link, the masked name, the facts of the kinds the holder gave,
        the travel they declared, the colour history and assessment (the colour is worked
        out again from what remains). The subject id is replaced by a new one.
        """
        unset = {"account_id": "", "masked_name": "", "travel_regions": "", "history": ""}
        unset |= {f"facts.{kind}": "" for kind in own_facts}
        unset["assessment"] = ""
        self.collection.update_one(
            {"_id": person_index}, {"$set": {"subject_id": subject_id}, "$unset": unset}
        )

    def delete_bare(self, person_index: str, fact_kinds) -> bool:
        """Delete a record with no account and no facts of these kinds left; say if it went."""
        query = {"_id": person_index, "account_id": {"$exists": False}}
        query |= {f"facts.{kind}": {"$in": [None, []]} for kind in fact_kinds}
        return self.collection.delete_one(query).deleted_count == 1
