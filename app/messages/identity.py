"""Messages: identity documents and assurance levels."""

MESSAGES = {
    "identity.document_invalid": {
        "zh-CN": "证件号码不正确",
        "zh-HK": "證件號碼不正確",
        "en": "The document number is not valid",
    },
    "identity.document_invalid.format": {
        "zh-CN": "证件号码格式不正确",
        "zh-HK": "證件號碼格式不正確",
        "en": "The document number has the wrong format",
    },
    "identity.document_invalid.check_digit": {
        "zh-CN": "证件号码校验位不正确，请核对",
        "zh-HK": "證件號碼校驗碼不正確，請核對",
        "en": "The document number's check digit is wrong",
    },
    "identity.document_invalid.birth_date": {
        "zh-CN": "证件号码中的出生日期不正确",
        "zh-HK": "證件號碼中的出生日期不正確",
        "en": "The birth date in the document number is not valid",
    },
    "identity.document_invalid.region": {
        "zh-CN": "证件号码的地区代码与证件类型不符",
        "zh-HK": "證件號碼的地區代碼與證件類型不符",
        "en": "The region code does not fit this document type",
    },
    "identity.document_invalid.unknown_type": {
        "zh-CN": "不支持的证件类型",
        "zh-HK": "不支援的證件類型",
        "en": "Unsupported document type",
    },
    "identity.document_taken": {
        "zh-CN": "该证件已绑定其他账号",
        "zh-HK": "該證件已綁定其他帳號",
        "en": "This document is already bound to another account",
    },
    "identity.already_verified": {
        "zh-CN": "已完成实名认证，证件不可更换",
        "zh-HK": "已完成實名認證，證件不可更換",
        "en": "Real name already verified with another document",
    },
    "identity.name_mismatch": {
        "zh-CN": "证件号码与姓名不一致",
        "zh-HK": "證件號碼與姓名不一致",
        "en": "The name does not match the document",
    },
    "identity.provider_unavailable": {
        "zh-CN": "身份核验服务暂不可用，请稍后再试",
        "zh-HK": "身分核驗服務暫不可用，請稍後再試",
        "en": "Identity verification is unavailable; try again later",
    },
    "identity.needs_real_name": {
        "zh-CN": "请先完成实名认证",
        "zh-HK": "請先完成實名認證",
        "en": "Verify your real name first",
    },
    "identity.face_mismatch": {
        "zh-CN": "人脸核验未通过",
        "zh-HK": "人臉核驗未通過",
        "en": "Face verification failed",
    },
}
