"""Messages: step-up (加强认证) — a fresh SMS code or face check before a sensitive action."""

MESSAGES = {
    "auth.step_up_required": {
        "zh-CN": "为保护您的信息安全，请先完成身份验证",
        "zh-HK": "為保護您的資料安全，請先完成身分驗證",
        "en": "Confirm it is you first (a fresh verification is needed)",
    },
}
