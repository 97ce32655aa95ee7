"""Messages: logging in, tokens, staff accounts, the development outbox."""

MESSAGES = {
    "auth.missing_token": {
        "zh-CN": "请先登录",
        "zh-HK": "請先登入",
        "en": "Log in first",
    },
    "auth.invalid_token": {
        "zh-CN": "登录凭证无效",
        "zh-HK": "登入憑證無效",
        "en": "The token is invalid",
    },
    "auth.expired_token": {
        "zh-CN": "登录已过期，请重新登录",
        "zh-HK": "登入已逾時，請重新登入",
        "en": "The token has expired; log in again",
    },
    "auth.revoked_token": {
        "zh-CN": "登录已失效，请重新登录",
        "zh-HK": "登入已失效，請重新登入",
        "en": "The token has been revoked; log in again",
    },
    "auth.forbidden_role": {
        "zh-CN": "当前账号无权进行此操作",
        "zh-HK": "目前帳號無權進行此操作",
        "en": "Your account's role may not do this",
    },
    "auth.resident_only": {
        "zh-CN": "此操作仅限居民账号",
        "zh-HK": "此操作僅限居民帳號",
        "en": "Only residents may do this",
    },
    "auth.refresh_reused": {
        "zh-CN": "刷新凭证已被使用，为安全起见该设备已退出登录",
        "zh-HK": "重新整理憑證已被使用，為安全起見該裝置已登出",
        "en": "This refresh token was already used; the session has been revoked",
    },
    "auth.phone_invalid": {
        "zh-CN": "请输入正确的中国大陆手机号",
        "zh-HK": "請輸入正確的中國內地手機號碼",
        "en": "Enter a valid mainland China mobile number",
    },
    "auth.sms_cooldown": {
        "zh-CN": "验证码已发送，请 {retry_after} 秒后再试",
        "zh-HK": "驗證碼已發送，請 {retry_after} 秒後再試",
        "en": "A code was just sent; try again in {retry_after} s",
    },
    "auth.sms_daily_cap": {
        "zh-CN": "该手机号今日验证码次数已达上限",
        "zh-HK": "此手機號碼今日驗證碼次數已達上限",
        "en": "This phone has reached today's limit of codes",
    },
    "auth.code_invalid": {
        "zh-CN": "验证码错误，还可尝试 {remaining} 次",
        "zh-HK": "驗證碼錯誤，尚可嘗試 {remaining} 次",
        "en": "Wrong code; {remaining} tries left",
    },
    "auth.code_expired": {
        "zh-CN": "验证码已失效，请重新获取",
        "zh-HK": "驗證碼已失效，請重新取得",
        "en": "The code has expired or been used up; request a new one",
    },
    "auth.staff_credentials": {
        "zh-CN": "用户名或密码错误",
        "zh-HK": "用戶名稱或密碼錯誤",
        "en": "Wrong username or password",
    },
    "auth.staff_disabled": {
        "zh-CN": "该工作人员账号已停用",
        "zh-HK": "該工作人員帳號已停用",
        "en": "This staff account is disabled",
    },
    "auth.wechat_code_invalid": {
        "zh-CN": "微信登录凭证无效或已使用",
        "zh-HK": "微信登入憑證無效或已使用",
        "en": "The WeChat login code is invalid or already used",
    },
    "auth.wechat_needs_phone": {
        "zh-CN": "首次微信登录请同时提供手机号和验证码",
        "zh-HK": "首次微信登入請同時提供手機號碼和驗證碼",
        "en": "First WeChat login needs a phone number and SMS code",
    },
    "auth.wechat_linked_elsewhere": {
        "zh-CN": "该微信已绑定其他账号",
        "zh-HK": "該微信已綁定其他帳號",
        "en": "This WeChat identity is linked to another account",
    },
    "staff.username_taken": {
        "zh-CN": "用户名已存在",
        "zh-HK": "用戶名稱已存在",
        "en": "That username is taken",
    },
    "staff.not_found": {
        "zh-CN": "找不到该工作人员",
        "zh-HK": "找不到該工作人員",
        "en": "No such staff member",
    },
    "dev.sms_not_found": {
        "zh-CN": "该手机号没有已发送的短信",
        "zh-HK": "此手機號碼沒有已發送的短訊",
        "en": "No message was sent to this phone",
    },
    "staff.notice.failed_logins": {
        "zh-CN": "自上次登录以来，有 {count} 次以您的账号名输入错误密码的登录尝试；"
        "如非本人操作，请联系管理员",
        "zh-HK": "自上次登入以來，有 {count} 次以您的帳號名稱輸入錯誤密碼的登入嘗試；"
        "如非本人操作，請聯絡管理員",
        "en": "Since your last login there were {count} failed login attempts on your username; "
        "if they were not yours, tell an administrator",
    },
    "staff.notice.locked_out": {
        "zh-CN": "自上次登录以来，您的账号因多次密码错误被暂时锁定 {count} 次",
        "zh-HK": "自上次登入以來，您的帳號因多次密碼錯誤被暫時鎖定 {count} 次",
        "en": "Since your last login, repeated wrong passwords locked your account {count} time(s)",
    },
    "staff.department_unknown": {
        "zh-CN": "没有这个部门",
        "zh-HK": "沒有這個部門",
        "en": "No such department",
    },
}
