"""Authorised use (授权用证) from the holder's side: grant, list, withdraw.

A grant lets one registered verifier (for one of its registered purposes, no more fields
than that purpose may see) or one service application (the services engine reads it
through `ecert.holdings`) read chosen fields of one certificate until it expires or the
holder withdraws it. Making and withdrawing a grant are logged for the holder beside
every use.
"""

from __future__ import annotations

from ecert.usage import GRANT, usage_entry

VERIFIER, APPLICATION = "verifier", "application"


class HolderGrants:
    def __init__(self, holders, wallet, registry, grants, usage_log, clock) -> None:
        self.holders, self.wallet, self.registry = holders, wallet, registry
        self.grants, self.usage_log, self.clock = grants, usage_log, clock

    def grant(self, account_id: str, request: dict) -> dict:
        """Grant {certificate_id, grantee {kind, id, name}, purpose, fields, expires_at}."""
        holder = self.holders.resolve(account_id)
        record = self.wallet.one(holder, request["certificate_id"])
        grantee, purpose_name = self._grantee(request, record)
        granted = self.grants.grant(
            holder.person_index,
            record["identifier"],
            grantee,
            purpose=request["purpose"],
            fields=request["fields"],
            expires_at=request["expires_at"],
        )
        self._log(holder, granted, "granted")
        return {**granted, "state": "active", "purpose_name": purpose_name}

    def withdraw(self, account_id: str, grant_id) -> dict:
        """Withdraw one of the holder's grants; its grantee can no longer read anything."""
        holder = self.holders.resolve(account_id)
        withdrawn = self.grants.withdraw(holder.person_index, str(grant_id))
        self._log(holder, withdrawn, "withdrawn")
        return {**withdrawn, "state": "withdrawn", "purpose_name": None}

    def of_holder(self, account_id: str, limit: int, offset: int) -> tuple[list, int]:
        """Return (the holder's grants newest first with their state, the total)."""
        holder = self.holders.resolve(account_id)
        page = self.grants.for_holder(holder.person_index, limit, offset)
        return self._named(page["items"]), page["total"]

    def _grantee(self, request: dict, record: dict) -> tuple[dict, str | None]:
        grantee = request["grantee"]
        if grantee["kind"] == APPLICATION:
            return grantee, None
        organisation = self.registry.active(grantee["id"])
        names = request["fields"] if isinstance(request["fields"], list) else []
        purpose = self.registry.permitted(organisation, request["purpose"], record["type"], names)
        named = {"kind": VERIFIER, "id": str(organisation["_id"]), "name": organisation["name"]}
        return named, purpose["name"]

    def _named(self, grants: list[dict]) -> list[dict]:
        """Give each grant to a verifier the registered name of its purpose."""
        organisations: dict[str, dict | None] = {}
        named = []
        for grant in grants:
            purpose_name = None
            if grant["grantee"]["kind"] == VERIFIER:
                key = grant["grantee"]["id"]
                if key not in organisations:
                    organisations[key] = self.registry.find(key)
                purposes = (organisations[key] or {}).get("purposes", ())
                purpose_name = next(
                    (p["name"] for p in purposes if p["code"] == grant["purpose"]), None
                )
            named.append({**grant, "purpose_name": purpose_name})
        return named

    def _log(self, holder, grant: dict, action: str) -> None:
        entry = usage_entry(
            person_index=holder.person_index,
            identifier=grant["identifier"],
            type_slug=grant["type"],
            channel=GRANT,
            actor=grant["grantee"],
            at=self.clock(),
            fields=grant["fields"],
            purpose=grant["purpose"],
            result="ok",
            reference=grant["id"],
            action=action,
        )
        self.usage_log.record({**entry, "by": holder.guardian})
