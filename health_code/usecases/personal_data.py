"""The health-code engine's personal-data sources (see accounts/personal_data.py).

A deletion detaches the health record from the account rather than deleting it: the facts
the health authority recorded about the person (tests, isolation orders, close contacts,
its own decisions) are its records under the Law on the Prevention and Control of
Infectious Diseases, and they stay keyed by the person index (a keyed hash of the document
number) for as long as the authority decides. What the resident gave through the
account goes: their declarations and travel, their converted partner codes, the colour
history, the account link and the masked name. The record's subject id is replaced, so
checkpoint passages and old codes no longer lead to it; the passages lose their names.
A record left with nothing from the authority and no printed card is deleted outright.
"""

from health_code.rules.records import new_subject_id

OWN_FACTS = ("declarations", "partner_codes")
AUTHORITY_FACTS = ("tests", "isolation_orders", "close_contacts", "overrides")


class HealthRecordData:
    name = "health_code"
    erases = {
        "zh-CN": "您的健康申报和行程、转码记录、健康码颜色历史，健康档案与账号的关联和姓名；"
        "卡口通行记录中的姓名",
        "zh-HK": "您的健康申報和行程、轉碼記錄、健康碼顏色歷史，健康檔案與帳號的關聯和姓名；"
        "關卡通行記錄中的姓名",
        "en": "Your health declarations and travel, converted codes and colour history; the "
        "link between your health record and the account, and your name on it; your name on "
        "checkpoint passages",
    }
    keeps = {
        "zh-CN": "卫生健康部门记录的检测结果、隔离、密接信息及其人工判定："
        "这是该部门依《传染病防治法》履职形成的记录，只以证件号码的密钥散列保存，"
        "不再关联账号、手机号或姓名，保存期限由该部门确定。"
        "卡口通行记录（时间、地点、颜色）作为卡口的记录保留，但不含姓名，也无法再关联到您。",
        "zh-HK": "衞生健康部門記錄的檢測結果、隔離、密切接觸資料及其人工判定："
        "這是該部門依《傳染病防治法》履職形成的記錄，只以證件號碼的密鑰散列保存，"
        "不再關聯帳號、手機號碼或姓名，保存期限由該部門確定。"
        "關卡通行記錄（時間、地點、顏色）作為關卡的記錄保留，但不含姓名，亦無法再關聯到您。",
        "en": "Test results, isolation orders, close-contact notices and decisions the health "
        "authority recorded: its records under the Law on the Prevention and Control of "
        "Infectious Diseases, kept only under a keyed hash of your document number, linked "
        "to no account, phone or name, for as long as the authority decides. "
        "Checkpoint passages (time, place, colour) stay as the checkpoint's records, without "
        "a name and no longer traceable to you.",
    }

    def __init__(self, records, scans, cards):
        self.records, self.scans, self.cards = records, scans, cards

    def export(self, subject) -> dict | None:
        record = self._record(subject)
        if record is None:
            return None
        facts = record.get("facts", {})
        return {
            "subject_id": record["subject_id"],
            "current_colour": (record.get("assessment") or {}).get("colour"),
            "code_history": record.get("history", []),
            "declarations": facts.get("declarations", []),
            "conversions": facts.get("partner_codes", []),
            "from_the_health_authority": {kind: facts.get(kind, []) for kind in AUTHORITY_FACTS},
            "checkpoint_passages": [
                _passage(scan) for scan in self.scans.of_subject(record["subject_id"])
            ],
        }

    def erase(self, subject) -> int:
        record = self._record(subject)
        if record is None:
            return 0
        # Names off the passages first: once the subject id is replaced they cannot be found.
        changed = self.scans.unname_subject(record["subject_id"])
        self.records.detach(record["_id"], new_subject_id(), OWN_FACTS)
        if not self.cards.any_of_person(record["_id"]):
            # Nothing left to hold it for (no authority facts, no printed card): delete it.
            self.records.delete_bare(record["_id"], AUTHORITY_FACTS)
        return changed + 1

    def _record(self, subject) -> dict | None:
        if subject.person_index:
            record = self.records.find(subject.person_index)
            if record is not None:
                return record
        return self.records.find_by_account(subject.account_id)


class CheckinData:
    name = "venue_checkins"
    erases = {"zh-CN": "场所扫码记录", "zh-HK": "場所掃碼記錄", "en": "Your venue check-ins"}
    keeps = None

    def __init__(self, checkins):
        self.checkins = checkins

    def export(self, subject) -> list[dict]:
        keys = ("venue_id", "venue_name", "at", "colour", "expires_at")
        return [
            {key: c.get(key) for key in keys}
            for c in self.checkins.all_of_account(subject.account_id)
        ]

    def erase(self, subject) -> int:
        return self.checkins.delete_of_account(subject.account_id)


class AppealData:
    name = "appeals"
    erases = {
        "zh-CN": "申诉中您写的理由；尚未处理的申诉即行撤回",
        "zh-HK": "申訴中您寫的理由；尚未處理的申訴即行撤回",
        "en": "The reasons you wrote in appeals; an appeal not yet decided is withdrawn",
    }
    keeps = {
        "zh-CN": "申诉的处理结论（申诉的颜色、结果、时间和卫生健康部门的答复）：这是行政机关的"
        "处理记录，须依法归档；保留时不含您的姓名、理由和联系方式。",
        "zh-HK": "申訴的處理結論（申訴的顏色、結果、時間和衞生健康部門的答覆）：這是行政機關的"
        "處理記錄，須依法歸檔；保留時不含您的姓名、理由和聯絡方式。",
        "en": "The outcome of each appeal (the colour appealed, the decision, its time and the "
        "health authority's answer): an administrative record that must be archived; it is "
        "kept without your name, your reasons or any contact data.",
    }
    SHOWN = ("colour_appealed", "rule_ids", "reason", "status", "created_at", "decided_at")
    SHOWN += ("decision_reason", "lifted_until")

    def __init__(self, appeals, clock):
        self.appeals, self.clock = appeals, clock

    def export(self, subject) -> list[dict]:
        appeals = self.appeals.all_of_account(subject.account_id)
        return [{"id": a["_id"], **{key: a.get(key) for key in self.SHOWN}} for a in appeals]

    def erase(self, subject) -> int:
        return self.appeals.anonymise_of_account(subject.account_id, self.clock())


class CodeCardData:
    name = "code_cards"
    erases = None
    keeps = {
        "zh-CN": "卫生健康部门为您签发的离线码卡（如有）："
        "由该部门为没有手机的人签发，不关联账号，由签发部门管理和吊销。",
        "zh-HK": "衞生健康部門為您簽發的離線碼卡（如有）："
        "由該部門為沒有手機的人簽發，不關聯帳號，由簽發部門管理和吊銷。",
        "en": "Printed code cards the health authority issued to you, if any: issued for people "
        "without a phone, linked to no account, and managed and revoked by the authority.",
    }

    def __init__(self, cards):
        self.cards = cards

    def export(self, subject) -> list[dict] | None:
        if not subject.person_index:
            return None
        keys = ("masked_name", "issued_at", "expires_at", "revoked_at", "reason")
        return [
            {"id": card["_id"], **{key: card.get(key) for key in keys}}
            for card in self.cards.of_person(subject.person_index)
        ]

    def erase(self, subject) -> int:
        return 0


def _passage(scan: dict) -> dict:
    keys = ("at", "checkpoint", "kind", "token_colour", "colour", "passed", "reason")
    return {key: scan.get(key) for key in keys}
