"""Messages: the privacy notice and consents (export and deletion reuse the SMS code's)."""

MESSAGES = {
    "consent.unknown_purpose": {
        "zh-CN": "没有这项授权",
        "zh-HK": "沒有這項授權",
        "en": "There is no such consent",
    },
    "consent.version_outdated": {
        "zh-CN": "隐私政策已更新为 {current} 版，请阅读新版本后再同意",
        "zh-HK": "私隱政策已更新為 {current} 版，請閱讀新版本後再同意",
        "en": "The privacy notice is now version {current}; read it before agreeing",
    },
    "consent.required_purpose": {
        "zh-CN": "同意隐私政策是使用省事的前提，无法单独撤回；如不再同意，可以注销账号",
        "zh-HK": "同意私隱政策是使用省事的前提，無法單獨撤回；如不再同意，可以註銷帳號",
        "en": "Agreeing to the privacy notice is needed to use Shengshi and cannot be "
        "withdrawn on its own; to stop, delete your account",
    },
    "consent.face_verification_required": {
        "zh-CN": "人脸识别需要您单独同意：请先开启人脸识别授权",
        "zh-HK": "人臉識別須經您單獨同意：請先開啟人臉識別授權",
        "en": "Face verification needs your separate consent: turn it on first",
    },
}
