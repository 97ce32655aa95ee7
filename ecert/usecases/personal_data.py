"""The e-certificate wallet's personal-data sources (see accounts/personal_data.py).

Certificates are the issuing departments' records, not the account's: a deletion leaves them
in the register, filed under the keyed hash of the document number, managed and revoked by
their issuers (they are in the wallet again if the person verifies a real name with that
document later). What the wallet itself kept goes: the log of uses, the presentations still
scannable, the guardian's name on a dependant's log; grants still in force are withdrawn and
kept withdrawn, so the verifier or application sees that they ended.
"""

from __future__ import annotations

from ecert.usecases.views import certificate_view


class CertificateData:
    name = "ecert_certificates"
    erases = None
    keeps = {
        "zh-CN": "各发证部门为您签发的电子证照：这是发证部门的证照记录，由其管理、变更和注销，"
        "只以证件号码的密钥散列归档，不关联账号；您日后以同一证件实名后会重新显示在卡包中。",
        "zh-HK": "各發證部門為您簽發的電子證照：這是發證部門的證照記錄，由其管理、變更和註銷，"
        "只以證件號碼的密鑰散列歸檔，不關聯帳號；您日後以同一證件實名後會重新顯示在卡包中。",
        "en": "E-certificates the issuing departments issued to you: their records, managed, "
        "re-issued and revoked by them, filed under a keyed hash of your document number and "
        "linked to no account; they are in the wallet again if you verify your real name "
        "with the same document later.",
    }

    def __init__(self, certificates, clock) -> None:
        self.certificates, self.clock = certificates, clock

    def export(self, subject) -> list[dict] | None:
        if not subject.person_index:
            return None
        now = self.clock()
        return [
            {**certificate_view(record, now, unmasked=True), "issuer_name": record["issuer_name"]}
            for record in self.certificates.for_holder(subject.person_index)
        ]

    def erase(self, subject) -> int:
        return 0


class UsageData:
    name = "ecert_usage"
    erases = {
        "zh-CN": "电子证照的用证记录（出示、核验、授权使用）；您代家人操作时记录中的姓名",
        "zh-HK": "電子證照的用證記錄（出示、核驗、授權使用）；您代家人操作時記錄中的姓名",
        "en": "The log of uses of your e-certificates (presentations, verifications, "
        "authorised uses); your name where you acted for a family member",
    }
    keeps = None

    def __init__(self, usage_log) -> None:
        self.usage_log = usage_log

    def export(self, subject) -> list[dict] | None:
        if not subject.person_index:
            return None
        return self.usage_log.all_of_holder(subject.person_index)

    def erase(self, subject) -> int:
        forgotten = self.usage_log.forget_guardian(subject.account_id)
        if not subject.person_index:
            return forgotten
        return forgotten + self.usage_log.delete_of_holder(subject.person_index)


class GrantData:
    name = "ecert_grants"
    erases = {
        "zh-CN": "仍在有效期内的证照授权即行撤回",
        "zh-HK": "仍在有效期內的證照授權即行撤回",
        "en": "Authorisations to use your e-certificates still in force are withdrawn",
    }
    keeps = {
        "zh-CN": "您作出的授权以“已撤回”状态保留，使被授权的核验单位或办事应用知道授权已终止。",
        "zh-HK": "您作出的授權以「已撤回」狀態保留，使被授權的核驗單位或辦事應用知道授權已終止。",
        "en": "The authorisations you made are kept as withdrawn, so the verifier or "
        "application they were made to sees that they ended.",
    }

    def __init__(self, grants, clock) -> None:
        self.grants, self.clock = grants, clock

    def export(self, subject) -> list[dict] | None:
        if not subject.person_index:
            return None
        return self.grants.all_of_holder(subject.person_index)

    def erase(self, subject) -> int:
        if not subject.person_index:
            return 0
        return self.grants.withdraw_all_of_holder(subject.person_index, self.clock())


class PresentationData:
    name = "ecert_presentations"
    erases = {
        "zh-CN": "尚可扫码的证照出示二维码",
        "zh-HK": "尚可掃碼的證照出示二維碼",
        "en": "Certificate presentation QR codes that could still be scanned",
    }
    keeps = None

    def __init__(self, presentations) -> None:
        self.presentations = presentations

    def export(self, subject) -> None:
        return None  # live for three minutes, and the log already says each was made

    def erase(self, subject) -> int:
        return self.presentations.delete_of(subject.account_id, subject.person_index)
