"""Messages of fees and the payment gateway, in zh-CN, zh-HK and en."""

MESSAGES = {
    "payments.no_fee": {
        "zh-CN": "该办件无需缴费",
        "zh-HK": "該辦件無需繳費",
        "en": "This case has no fee",
    },
    "payments.not_due": {
        "zh-CN": "该订单当前状态为 {state}，无需支付",
        "zh-HK": "該訂單目前狀態為 {state}，無需支付",
        "en": "The order is {state}; there is nothing to pay",
    },
    "payments.signature_invalid": {
        "zh-CN": "支付通知签名无效",
        "zh-HK": "支付通知簽名無效",
        "en": "The payment notification's signature is not valid",
    },
    "payments.notification_stale": {
        "zh-CN": "支付通知已过期，不予处理",
        "zh-HK": "支付通知已過期，不予處理",
        "en": "The payment notification is too old to accept",
    },
    "payments.order_mismatch": {
        "zh-CN": "支付通知与订单不符",
        "zh-HK": "支付通知與訂單不符",
        "en": "The payment notification does not match an order",
    },
}
