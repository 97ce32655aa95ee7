"""Message catalogue: stable machine key → zh-CN, zh-HK and en text."""


def _m(zh_cn: str, zh_hk: str, en: str) -> dict:
    return {"zh-CN": zh_cn, "zh-HK": zh_hk, "en": en}


MESSAGES = {
    # Generic HTTP
    "error.unknown": _m("请求未能完成", "請求未能完成", "The request could not be completed"),
    "request.bad_request": _m("请求有误", "請求有誤", "The request is malformed"),
    "request.malformed_json": _m(
        "请求体不是合法的 JSON", "請求內容不是有效的 JSON", "The request body is not valid JSON"
    ),
    "request.invalid": _m(
        "请求数据校验未通过，请检查标出的字段",
        "請求資料未通過檢查，請查看標示的欄位",
        "Some fields are invalid; see errors",
    ),
    "request.too_large": _m(
        "请求体过大（上限 {limit} 字节）",
        "請求內容過大（上限 {limit} 位元組）",
        "The request body is too large (limit {limit} bytes)",
    ),
    "request.not_found": _m("请求的地址不存在", "請求的地址不存在", "No such endpoint"),
    "request.method_not_allowed": _m(
        "该地址不支持此请求方法",
        "該地址不支援此請求方法",
        "This method is not allowed on this endpoint",
    ),
    "request.unsupported_media_type": _m(
        "请以 application/json 提交",
        "請以 application/json 提交",
        "Send the body as application/json",
    ),
    "request.rate_limited": _m(
        "请求过于频繁，请 {retry_after} 秒后再试",
        "請求過於頻繁，請 {retry_after} 秒後再試",
        "Too many requests; try again in {retry_after} s",
    ),
    "server.error": _m(
        "服务器开小差了，请稍后再试（请求编号 {request_id}）",
        "伺服器暫時出錯，請稍後再試（請求編號 {request_id}）",
        "Something went wrong on our side; try again later (request {request_id})",
    ),
    "server.unavailable": _m("服务暂不可用", "服務暫不可用", "The service is unavailable"),
    "server.database_unavailable": _m(
        "服务暂时无法访问数据，请 {retry_after} 秒后再试",
        "服務暫時無法存取資料，請 {retry_after} 秒後再試",
        "Our database cannot be reached right now; try again in {retry_after} s",
    ),
    "request.json_too_deep": _m(
        "请求体的 JSON 嵌套层次过深",
        "請求內容的 JSON 巢狀層次過深",
        "The JSON body is nested too deeply",
    ),
    "request.uri_too_long": _m("请求地址过长", "請求地址過長", "The request URL is too long"),
    "request.headers_too_large": _m(
        "请求头过多或过大", "請求標頭過多或過大", "The request headers are too many or too large"
    ),
    # Authentication
    "auth.missing_token": _m("请先登录", "請先登入", "Log in first"),
    "auth.invalid_token": _m("登录凭证无效", "登入憑證無效", "The token is invalid"),
    "auth.expired_token": _m(
        "登录已过期，请重新登录", "登入已逾時，請重新登入", "The token has expired; log in again"
    ),
    "auth.revoked_token": _m(
        "登录已失效，请重新登录",
        "登入已失效，請重新登入",
        "The token has been revoked; log in again",
    ),
    "auth.wrong_token_type": _m(
        "凭证类型不符", "憑證類型不符", "Wrong kind of token for this call"
    ),
    "auth.forbidden_role": _m(
        "当前账号无权进行此操作", "目前帳號無權進行此操作", "Your account's role may not do this"
    ),
    "auth.resident_only": _m(
        "此操作仅限居民账号", "此操作僅限居民帳號", "Only residents may do this"
    ),
    "auth.refresh_reused": _m(
        "刷新凭证已被使用，为安全起见该设备已退出登录",
        "重新整理憑證已被使用，為安全起見該裝置已登出",
        "This refresh token was already used; the session has been revoked",
    ),
    "auth.phone_invalid": _m(
        "请输入正确的中国大陆手机号",
        "請輸入正確的中國內地手機號碼",
        "Enter a valid mainland China mobile number",
    ),
    "auth.sms_cooldown": _m(
        "验证码已发送，请 {retry_after} 秒后再试",
        "驗證碼已發送，請 {retry_after} 秒後再試",
        "A code was just sent; try again in {retry_after} s",
    ),
    "auth.sms_daily_cap": _m(
        "该手机号今日验证码次数已达上限",
        "此手機號碼今日驗證碼次數已達上限",
        "This phone has reached today's limit of codes",
    ),
    "auth.code_invalid": _m(
        "验证码错误，还可尝试 {remaining} 次",
        "驗證碼錯誤，尚可嘗試 {remaining} 次",
        "Wrong code; {remaining} tries left",
    ),
    "auth.code_expired": _m(
        "验证码已失效，请重新获取",
        "驗證碼已失效，請重新取得",
        "The code has expired or been used up; request a new one",
    ),
    "auth.staff_credentials": _m(
        "用户名或密码错误", "用戶名稱或密碼錯誤", "Wrong username or password"
    ),
    "staff.notice.failed_logins": _m(
        "自上次登录以来，有 {count} 次以您的账号名输入错误密码的登录尝试；"
        "如非本人操作，请联系管理员",
        "自上次登入以來，有 {count} 次以您的帳號名稱輸入錯誤密碼的登入嘗試；"
        "如非本人操作，請聯絡管理員",
        "Since your last login there were {count} failed login attempts on your username; "
        "if they were not yours, tell an administrator",
    ),
    "staff.notice.locked_out": _m(
        "自上次登录以来，您的账号因多次密码错误被暂时锁定 {count} 次",
        "自上次登入以來，您的帳號因多次密碼錯誤被暫時鎖定 {count} 次",
        "Since your last login, repeated wrong passwords locked your account {count} time(s)",
    ),
    "auth.staff_disabled": _m(
        "该工作人员账号已停用", "該工作人員帳號已停用", "This staff account is disabled"
    ),
    "auth.wechat_code_invalid": _m(
        "微信登录凭证无效或已使用",
        "微信登入憑證無效或已使用",
        "The WeChat login code is invalid or already used",
    ),
    "auth.wechat_needs_phone": _m(
        "首次微信登录请同时提供手机号和验证码",
        "首次微信登入請同時提供手機號碼和驗證碼",
        "First WeChat login needs a phone number and SMS code",
    ),
    "auth.wechat_linked_elsewhere": _m(
        "该微信已绑定其他账号",
        "該微信已綁定其他帳號",
        "This WeChat identity is linked to another account",
    ),
    # Identity
    "identity.document_invalid": _m(
        "证件号码不正确", "證件號碼不正確", "The document number is not valid"
    ),
    "identity.document_invalid.format": _m(
        "证件号码格式不正确", "證件號碼格式不正確", "The document number has the wrong format"
    ),
    "identity.document_invalid.check_digit": _m(
        "证件号码校验位不正确，请核对",
        "證件號碼校驗碼不正確，請核對",
        "The document number's check digit is wrong",
    ),
    "identity.document_invalid.birth_date": _m(
        "证件号码中的出生日期不正确",
        "證件號碼中的出生日期不正確",
        "The birth date in the document number is not valid",
    ),
    "identity.document_invalid.region": _m(
        "证件号码的地区代码与证件类型不符",
        "證件號碼的地區代碼與證件類型不符",
        "The region code does not fit this document type",
    ),
    "identity.document_invalid.unknown_type": _m(
        "不支持的证件类型", "不支援的證件類型", "Unsupported document type"
    ),
    "identity.document_taken": _m(
        "该证件已绑定其他账号",
        "該證件已綁定其他帳號",
        "This document is already bound to another account",
    ),
    "identity.already_verified": _m(
        "已完成实名认证，证件不可更换",
        "已完成實名認證，證件不可更換",
        "Real name already verified with another document",
    ),
    "identity.name_mismatch": _m(
        "证件号码与姓名不一致", "證件號碼與姓名不一致", "The name does not match the document"
    ),
    "identity.provider_unavailable": _m(
        "身份核验服务暂不可用，请稍后再试",
        "身分核驗服務暫不可用，請稍後再試",
        "Identity verification is unavailable; try again later",
    ),
    "identity.needs_real_name": _m(
        "请先完成实名认证", "請先完成實名認證", "Verify your real name first"
    ),
    "identity.face_mismatch": _m("人脸核验未通过", "人臉核驗未通過", "Face verification failed"),
    "identity.level_required": _m(
        "该事项需要 {required} 级认证，当前为 {current}",
        "該事項需要 {required} 級認證，目前為 {current}",
        "This needs assurance level {required}; you have {current}",
    ),
    # Health code
    "health_code.travel_in_future": _m(
        "离开时间不能晚于现在", "離開時間不能晚於現在", "A departure time cannot be in the future"
    ),
    # Appeals (申诉)
    "appeal.colour_green": _m(
        "当前为绿码，无需申诉",
        "目前為綠碼，無需申訴",
        "Your code is green: there is nothing to appeal",
    ),
    "appeal.already_open": _m(
        "您已有一宗申诉正在处理，请等待结果",
        "您已有一宗申訴正在處理，請等待結果",
        "You already have an appeal in progress; wait for its decision",
    ),
    "appeal.not_found": _m("找不到该申诉", "找不到該申訴", "No such appeal"),
    "appeal.already_decided": _m(
        "该申诉已有决定", "該申訴已有決定", "This appeal was already decided"
    ),
    # Cross-region recognition (转码)
    "partner.malformed": _m(
        "无法识别的其他地区健康码", "無法識別的其他地區健康碼", "Not a partner region's health code"
    ),
    "partner.unknown_region": _m(
        "暂不支持该地区（{region}）的健康码转码",
        "暫不支援該地區（{region}）的健康碼轉碼",
        "Codes of this region ({region}) cannot be converted",
    ),
    "partner.unknown_key": _m(
        "该地区健康码的签名密钥未知，请稍后再试或联系该地区",
        "該地區健康碼的簽名金鑰未知，請稍後再試或聯絡該地區",
        "The partner code's signing key is unknown",
    ),
    "partner.key_retired": _m(
        "该地区健康码的签名密钥已停用",
        "該地區健康碼的簽名金鑰已停用",
        "The partner code's signing key has been retired",
    ),
    "partner.bad_signature": _m(
        "健康码签名无效（可能被伪造或篡改）",
        "健康碼簽名無效（可能被偽造或篡改）",
        "Invalid signature: the code is forged or altered",
    ),
    "partner.not_yet_valid": _m(
        "健康码时间异常（签发时间在未来）",
        "健康碼時間異常（簽發時間在未來）",
        "The code was issued in the future: check the device clock",
    ),
    "partner.expired": _m(
        "该健康码已过期，请在原地区刷新后再提交",
        "該健康碼已過期，請在原地區重新整理後再提交",
        "The code has expired: refresh it in its region and submit it again",
    ),
    "partner.too_old": _m(
        "请提交 {minutes} 分钟内生成的健康码",
        "請提交 {minutes} 分鐘內產生的健康碼",
        "Submit a code issued within the last {minutes} minutes",
    ),
    "partner.not_green": _m(
        "只能转换绿码；如对颜色有异议，请向原地区申诉",
        "只能轉換綠碼；如對顏色有異議，請向原地區申訴",
        "Only a green code can be converted ({colour} given); appeal the colour instead",
    ),
    "partner.name_mismatch": _m(
        "该健康码不属于您（姓名不符）",
        "該健康碼不屬於您（姓名不符）",
        "This code is not yours (the name differs)",
    ),
    "partner.already_converted": _m(
        "该健康码已转换过", "該健康碼已轉換過", "This code was already converted"
    ),
    "partner.region_invalid": _m(
        "地区代码应为两个大写字母，如 MO",
        "地區代碼應為兩個大寫字母，如 MO",
        "A region code is two capital letters, e.g. MO",
    ),
    "partner.keys_invalid": _m(
        "公钥集无效：{detail}", "公鑰集無效：{detail}", "The public key set is not valid: {detail}"
    ),
    "scan.ok": _m("绿码，请通行", "綠碼，請通行", "Green code: pass"),
    "scan.colour_yellow": _m(
        "黄码，请引导至核酸检测点", "黃碼，請引導至核酸檢測點", "Yellow code: direct to testing"
    ),
    "scan.colour_red": _m(
        "红码，禁止通行，请联系防疫人员",
        "紅碼，禁止通行，請聯絡防疫人員",
        "Red code: do not admit; call the health officer",
    ),
    "scan.malformed": _m("无法识别的二维码", "無法識別的二維碼", "Not a health code"),
    "scan.bad_signature": _m(
        "二维码签名无效（可能被伪造或篡改）",
        "二維碼簽名無效（可能被偽造或篡改）",
        "Invalid signature: forged or altered code",
    ),
    "scan.expired": _m(
        "二维码已过期，请刷新后重新出示",
        "二維碼已過期，請重新整理後再出示",
        "Code expired: ask the holder to refresh it",
    ),
    "scan.not_yet_valid": _m(
        "二维码时间异常（签发时间在未来）",
        "二維碼時間異常（簽發時間在未來）",
        "Code issued in the future: check the device clock",
    ),
    "scan.unknown_key": _m(
        "签名密钥未知，请更新验证密钥",
        "簽名金鑰未知，請更新驗證金鑰",
        "Unknown signing key: update the verification keys",
    ),
    "scan.key_retired": _m("签名密钥已停用", "簽名金鑰已停用", "The signing key has been retired"),
    "scan.unknown_subject": _m(
        "找不到该健康码的持有人", "找不到該健康碼的持有人", "No holder for this code"
    ),
    "scan.card_revoked": _m(
        "该离线码卡已作废", "該離線碼卡已作廢", "This printed code card was revoked"
    ),
    # Venue codes (场所码)
    "venue.not_found": _m("找不到该场所", "找不到該場所", "No such venue"),
    "venue.deactivated": _m(
        "该场所码已停用", "該場所碼已停用", "This venue code has been deactivated"
    ),
    "venue_code.malformed": _m("无法识别的场所码", "無法識別的場所碼", "Not a venue code"),
    "venue_code.bad_signature": _m(
        "场所码签名无效（可能被伪造或篡改）",
        "場所碼簽名無效（可能被偽造或篡改）",
        "Invalid signature: forged or altered venue code",
    ),
    "venue_code.unknown_key": _m(
        "场所码签名密钥未知", "場所碼簽名金鑰未知", "The venue code was signed with an unknown key"
    ),
    "venue_code.key_retired": _m(
        "场所码签名密钥已停用，请场所重新打印场所码",
        "場所碼簽名金鑰已停用，請場所重新列印場所碼",
        "The venue code's signing key was retired; the venue must print it again",
    ),
    # Family codes (亲友码) and printed code cards
    "family.self": _m("不能把本人添加为亲友", "不能把本人加入為親友", "You cannot add yourself"),
    "family.already_added": _m(
        "该亲友已在您的列表中", "該親友已在您的列表中", "This person is already on your list"
    ),
    "family.too_many_dependants": _m(
        "最多可添加 {limit} 位亲友",
        "最多可加入 {limit} 位親友",
        "You can look after at most {limit} people",
    ),
    "family.too_many_guardians": _m(
        "该亲友已由 {limit} 位家人添加，无法再添加",
        "該親友已由 {limit} 位家人加入，無法再加入",
        "This person already has {limit} guardians",
    ),
    "family.dependant_not_found": _m("找不到该亲友", "找不到該親友", "No such dependant"),
    "code_card.not_found": _m("找不到该离线码卡", "找不到該離線碼卡", "No such code card"),
    "code_card.revoked": _m(
        "该离线码卡已作废", "該離線碼卡已作廢", "This code card has been revoked"
    ),
    # Staff
    "staff.username_taken": _m("用户名已存在", "用戶名稱已存在", "That username is taken"),
    "staff.not_found": _m("找不到该工作人员", "找不到該工作人員", "No such staff member"),
    # Development
    "dev.sms_not_found": _m(
        "该手机号没有已发送的短信",
        "此手機號碼沒有已發送的短訊",
        "No message was sent to this phone",
    ),
}
