"""The accounts engine's personal-data sources: consents, devices, inbox, audit trail, SMS."""

from accounts.personal_data import Subject


class ConsentData:
    name = "consents"
    erases = {
        "zh-CN": "您的授权记录（同意和撤回的历史）",
        "zh-HK": "您的授權記錄（同意和撤回的歷史）",
        "en": "Your consents and their history",
    }
    keeps = None

    def __init__(self, consents):
        self.consents = consents

    def export(self, subject: Subject) -> list[dict]:
        return [
            _without(c, "_id", "account_id") for c in self.consents.of_account(subject.account_id)
        ]

    def erase(self, subject: Subject) -> int:
        return self.consents.erase_of_account(subject.account_id)


class SessionData:
    """Devices: every session ends at once; the ended sessions stay, without the device,
    until their own expiry, because every app process learns of a revocation by reading
    ended sessions (accounts/session_states.py) — a deleted one would never reach them."""

    name = "sessions"
    erases = {
        "zh-CN": "登录设备信息；所有设备立即退出登录",
        "zh-HK": "登入裝置資料；所有裝置立即登出",
        "en": "The devices you logged in on; every one is logged out at once",
    }
    keeps = {
        "zh-CN": "已失效的登录会话编号和失效时间（不含设备信息），"
        "在原有效期届满后自动删除（最长 30 天）。保留原因：每台服务器据此拒绝旧的登录凭证。",
        "zh-HK": "已失效的登入工作階段編號和失效時間（不含裝置資料），"
        "在原有效期屆滿後自動刪除（最長 30 天）。保留原因：每台伺服器據此拒絕舊的登入憑證。",
        "en": "The ended sessions' numbers and when they ended (no device), deleted by themselves "
        "when they would have expired (30 days at most). Why: every server refuses old tokens "
        "by reading them.",
    }

    def __init__(self, sessions):
        self.sessions = sessions

    def export(self, subject: Subject) -> list[dict]:
        # Session ids and refresh-token ids are secrets of the device, not data about you.
        return [
            _without(s, "_id", "account_id", "refresh_jti", "roles", "kind", "step_up")
            for s in self.sessions.all_of_account(subject.account_id)
        ]

    def erase(self, subject: Subject) -> int:
        return self.sessions.forget_devices_of_account(subject.account_id)


class NotificationData:
    name = "notifications"
    erases = {"zh-CN": "消息通知", "zh-HK": "訊息通知", "en": "Your messages"}
    keeps = None

    def __init__(self, notifications):
        self.notifications = notifications

    def export(self, subject: Subject) -> list[dict]:
        return [
            _without(n, "account_id") for n in self.notifications.all_of_account(subject.account_id)
        ]

    def erase(self, subject: Subject) -> int:
        return self.notifications.delete_of_account(subject.account_id)


class SecurityEventData:
    """The audit trail: exported, never erased (the law asks for it, and it holds no contact)."""

    name = "security_events"
    erases = None
    keeps = {
        "zh-CN": "安全审计记录（何时做了什么操作、结果和网络地址）：以账号编号保存，注销后该编号"
        "不再关联任何手机号、姓名或证件；这些记录本就不含您的手机号、姓名和证件号码。保留原因："
        "《网络安全法》第二十一条要求网络日志至少留存六个月，且如账号在注销前被盗用，这是调查的依据。",
        "zh-HK": "安全審計記錄（何時做了甚麼操作、結果和網絡地址）：以帳號編號保存，註銷後該編號"
        "不再關聯任何手機號碼、姓名或證件；這些記錄本就不含您的手機號碼、姓名和證件號碼。保留原因："
        "《網絡安全法》第二十一條要求網絡日誌至少保存六個月，且如帳號在註銷前被盜用，這是調查的依據。",
        "en": "The security audit trail (what was done when, its outcome, the network address), "
        "under the account's number, which after deletion leads to no phone, name or document; "
        "it never held your phone number, name or document number. Why: the Cybersecurity Law "
        "(Art. 21) requires network logs to be kept for at least six months, and if the account "
        "was misused before its deletion, this is the evidence.",
    }

    def __init__(self, audit_events, phone_subject):
        # phone_subject(phone) -> the subject failed logins of that number are filed under
        self.audit_events, self.phone_subject = audit_events, phone_subject

    def export(self, subject: Subject) -> list[dict]:
        events = self.audit_events.all_of_subject(subject.account_id)
        events += self.audit_events.all_of_subject(self.phone_subject(subject.phone))
        return [_event(event, subject.account_id) for event in events]

    def erase(self, subject: Subject) -> int:
        return 0


class SmsCodeData:
    name = "sms_codes"
    erases = None
    keeps = {
        "zh-CN": "短信验证码的发送记录（只有手机号的密钥散列、发送时间和当日次数，没有号码），"
        "2 天内自动删除。保留原因：限制发送频率，防止有人用您的号码滥发验证码。",
        "zh-HK": "短訊驗證碼的發送記錄（只有手機號碼的密鑰散列、發送時間和當日次數，沒有號碼），"
        "2 天內自動刪除。保留原因：限制發送頻率，防止有人用您的號碼濫發驗證碼。",
        "en": "The record of SMS codes sent (a keyed hash of the number, the time and the day's "
        "count — not the number), deleted by itself within 2 days. Why: it limits how often "
        "codes are sent, so nobody can flood your number.",
    }

    def __init__(self, codes, phone_index):
        self.codes, self.phone_index = codes, phone_index

    def export(self, subject: Subject) -> dict | None:
        sent = self.codes.find(self.phone_index(subject.phone))
        return sent and {"last_sent_at": sent["sent_at"], "sent_that_day": sent["day_count"]}

    def erase(self, subject: Subject) -> int:
        return 0


class SmsOutboxData:
    """Development only: the outbox provider keeps the messages it 'sent', number and all."""

    name = "sms_outbox"
    erases = {
        "zh-CN": "开发环境短信发件箱中发给您的短信",
        "zh-HK": "開發環境短訊發件箱中發給您的短訊",
        "en": "Messages to you in the development SMS outbox",
    }
    keeps = None

    def __init__(self, outbox):
        self.outbox = outbox

    def export(self, subject: Subject) -> None:
        return None  # the codes it holds are spent; the number is in the profile

    def erase(self, subject: Subject) -> int:
        return self.outbox.delete_of_phone(subject.phone)


def _without(document: dict, *names: str) -> dict:
    return {key: value for key, value in document.items() if key not in names}


def _event(event: dict, account_id: str) -> dict:
    shown = {key: event.get(key) for key in ("at", "event", "outcome")}
    actor = event.get("actor") or {}
    yours = actor.get("kind") == "anonymous" or (
        actor.get("kind") == "resident" and actor.get("id") == account_id
    )
    if yours:
        # Logins and your own actions, with where from; what staff or another resident did
        # is listed without their address or details.
        shown.update(address=event.get("address"), details=event.get("details"))
    return shown
