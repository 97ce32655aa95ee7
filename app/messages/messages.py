"""Messages of the inbox, in zh-CN, zh-HK and en."""

MESSAGES = {
    "messages.not_found": {
        "zh-CN": "未找到该消息",
        "zh-HK": "未找到該訊息",
        "en": "No such message",
    },
}
