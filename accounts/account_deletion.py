"""Account deletion (注销): erase or anonymise everything the resident's account holds.

The steps are ordered so that running them again finishes an interrupted deletion:
1. confirm with a fresh SMS code, then mark the account: from here it is gone for every
   read (`ResidentService.get`), and its phone number and WeChat identity are released at
   once, so the number can open a new account even if a later step fails;
2. end every session (tokens are refused from the next request);
3. run every personal-data source's eraser, in registration order (each is idempotent);
4. replace the account document by a tombstone: its id, when it was opened and deleted.
A deletion left at step 2 or 3 (the database failed midway) is finished by `finish`, which
the resident's retry, `flask finish-deletions` and every app start run.
"""

from accounts.data_export import subject_of
from core.errors import ServiceError

DELETION_EVENT = "resident.deletion"
ACCOUNT_ERASES = {
    "zh-CN": "账号本身：手机号、昵称和设置、实名信息（证件号码和姓名）、人脸认证结果、微信绑定。"
    "注销后该手机号可以重新注册新账号。",
    "zh-HK": "帳號本身：手機號碼、暱稱和設定、實名資料（證件號碼和姓名）、人臉認證結果、微信綁定。"
    "註銷後該手機號碼可以重新註冊新帳號。",
    "en": "The account itself: phone number, nickname and settings, real-name details "
    "(document number and name), the face check's result, the WeChat link. The phone "
    "number can open a new account afterwards.",
}


class AccountDeletion:
    def __init__(self, accounts, residents, sessions, personal_data, confirmation, audit, clock):
        self.accounts, self.residents, self.sessions = accounts, residents, sessions
        self.personal_data, self.confirmation = personal_data, confirmation
        self.audit, self.clock = audit, clock

    def plan(self) -> dict:
        """Say, before the resident confirms, what is erased and what is kept and why."""
        plan = self.personal_data.plan()
        return {
            "erased": [{"source": "account", "text": ACCOUNT_ERASES}, *plan["erased"]],
            "kept": plan["kept"],
        }

    def delete(self, account_id: str, code: str, actor) -> dict:
        """Confirm with the code sent to the account's phone, then delete the account."""
        account = self.accounts.find_by_id(account_id)
        if account is None or _state(account) == "done":
            raise ServiceError("auth.revoked_token", "unauthorized")
        if _state(account) is None:
            self.confirmation.confirm(account, code)
            self.accounts.mark_for_deletion(account["_id"], self.clock())
            self.audit.record(DELETION_EVENT, "requested", actor, subject=account_id)
        # Marked already: the resident confirmed before and this retry finishes the job.
        return self.finish(account_id, actor)

    def finish(self, account_id: str, actor) -> dict:
        """Carry a marked deletion through to the end; a finished one is left as it is."""
        account = self.accounts.find_by_id(account_id)
        if account is None or _state(account) is None:
            raise ValueError(f"account {account_id} is not being deleted")
        if _state(account) == "done":
            return _receipt(account, {}, self.plan())
        self.sessions.close_all(account_id, "account_deleted")
        subject = subject_of(account, self.residents.phone(account), actor)
        erased = self.personal_data.erase(subject)
        # None when a concurrent finish got there first: read the tombstone it left.
        done = self.accounts.anonymise(account["_id"], self.clock()) or self.accounts.find_by_id(
            account_id
        )
        self.audit.record(DELETION_EVENT, "done", actor, subject=account_id, erased=erased)
        return _receipt(done, erased, self.plan())

    def finish_pending(self, actor) -> list[str]:
        """Finish every deletion that was interrupted; return the accounts finished."""
        finished = []
        for account in self.accounts.being_deleted():
            self.finish(str(account["_id"]), actor)
            finished.append(str(account["_id"]))
        return finished


def _state(account: dict) -> str | None:
    return (account.get("deletion") or {}).get("state")


def _receipt(account: dict, erased: dict, plan: dict) -> dict:
    deletion = account["deletion"]
    return {
        "requested_at": deletion["requested_at"],
        "deleted_at": deletion["finished_at"],
        "erased": erased,
        "kept": plan["kept"],
    }
