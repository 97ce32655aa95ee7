"""Messages: health codes, appeals, conversions, scans, venues, family codes, code cards."""

MESSAGES = {
    "health_code.travel_in_future": {
        "zh-CN": "离开时间不能晚于现在",
        "zh-HK": "離開時間不能晚於現在",
        "en": "A departure time cannot be in the future",
    },
    "appeal.colour_green": {
        "zh-CN": "当前为绿码，无需申诉",
        "zh-HK": "目前為綠碼，無需申訴",
        "en": "Your code is green: there is nothing to appeal",
    },
    "appeal.already_open": {
        "zh-CN": "您已有一宗申诉正在处理，请等待结果",
        "zh-HK": "您已有一宗申訴正在處理，請等待結果",
        "en": "You already have an appeal in progress; wait for its decision",
    },
    "appeal.not_found": {
        "zh-CN": "找不到该申诉",
        "zh-HK": "找不到該申訴",
        "en": "No such appeal",
    },
    "appeal.already_decided": {
        "zh-CN": "该申诉已有决定",
        "zh-HK": "該申訴已有決定",
        "en": "This appeal was already decided",
    },
    "partner.malformed": {
        "zh-CN": "无法识别的其他地区健康码",
        "zh-HK": "無法識別的其他地區健康碼",
        "en": "Not a partner region's health code",
    },
    "partner.unknown_region": {
        "zh-CN": "暂不支持该地区（{region}）的健康码转码",
        "zh-HK": "暫不支援該地區（{region}）的健康碼轉碼",
        "en": "Codes of this region ({region}) cannot be converted",
    },
    "partner.unknown_key": {
        "zh-CN": "该地区健康码的签名密钥未知，请稍后再试或联系该地区",
        "zh-HK": "該地區健康碼的簽名金鑰未知，請稍後再試或聯絡該地區",
        "en": "The partner code's signing key is unknown",
    },
    "partner.key_retired": {
        "zh-CN": "该地区健康码的签名密钥已停用",
        "zh-HK": "該地區健康碼的簽名金鑰已停用",
        "en": "The partner code's signing key has been retired",
    },
    "partner.bad_signature": {
        "zh-CN": "健康码签名无效（可能被伪造或篡改）",
        "zh-HK": "健康碼簽名無效（可能被偽造或篡改）",
        "en": "Invalid signature: the code is forged or altered",
    },
    "partner.not_yet_valid": {
        "zh-CN": "健康码时间异常（签发时间在未来）",
        "zh-HK": "健康碼時間異常（簽發時間在未來）",
        "en": "The code was issued in the future: check the device clock",
    },
    "partner.expired": {
        "zh-CN": "该健康码已过期，请在原地区刷新后再提交",
        "zh-HK": "該健康碼已過期，請在原地區重新整理後再提交",
        "en": "The code has expired: refresh it in its region and submit it again",
    },
    "partner.too_old": {
        "zh-CN": "请提交 {minutes} 分钟内生成的健康码",
        "zh-HK": "請提交 {minutes} 分鐘內產生的健康碼",
        "en": "Submit a code issued within the last {minutes} minutes",
    },
    "partner.not_green": {
        "zh-CN": "只能转换绿码；如对颜色有异议，请向原地区申诉",
        "zh-HK": "只能轉換綠碼；如對顏色有異議，請向原地區申訴",
        "en": "Only a green code can be converted; appeal the colour instead",
    },
    "partner.name_mismatch": {
        "zh-CN": "该健康码不属于您（姓名不符）",
        "zh-HK": "該健康碼不屬於您（姓名不符）",
        "en": "This code is not yours (the name differs)",
    },
    "partner.already_converted": {
        "zh-CN": "该健康码已转换过",
        "zh-HK": "該健康碼已轉換過",
        "en": "This code was already converted",
    },
    "partner.region_invalid": {
        "zh-CN": "地区代码应为两个大写字母，如 MO",
        "zh-HK": "地區代碼應為兩個大寫字母，如 MO",
        "en": "A region code is two capital letters, e.g. MO",
    },
    "partner.keys_invalid": {
        "zh-CN": "公钥集无效：{detail}",
        "zh-HK": "公鑰集無效：{detail}",
        "en": "The public key set is not valid: {detail}",
    },
    "scan.ok": {
        "zh-CN": "绿码，请通行",
        "zh-HK": "綠碼，請通行",
        "en": "Green code: pass",
    },
    "scan.colour_yellow": {
        "zh-CN": "黄码，请引导至核酸检测点",
        "zh-HK": "黃碼，請引導至核酸檢測點",
        "en": "Yellow code: direct to testing",
    },
    "scan.colour_red": {
        "zh-CN": "红码，禁止通行，请联系防疫人员",
        "zh-HK": "紅碼，禁止通行，請聯絡防疫人員",
        "en": "Red code: do not admit; call the health officer",
    },
    "scan.malformed": {
        "zh-CN": "无法识别的二维码",
        "zh-HK": "無法識別的二維碼",
        "en": "Not a health code",
    },
    "scan.bad_signature": {
        "zh-CN": "二维码签名无效（可能被伪造或篡改）",
        "zh-HK": "二維碼簽名無效（可能被偽造或篡改）",
        "en": "Invalid signature: forged or altered code",
    },
    "scan.expired": {
        "zh-CN": "二维码已过期，请刷新后重新出示",
        "zh-HK": "二維碼已過期，請重新整理後再出示",
        "en": "Code expired: ask the holder to refresh it",
    },
    "scan.not_yet_valid": {
        "zh-CN": "二维码时间异常（签发时间在未来）",
        "zh-HK": "二維碼時間異常（簽發時間在未來）",
        "en": "Code issued in the future: check the device clock",
    },
    "scan.unknown_key": {
        "zh-CN": "签名密钥未知，请更新验证密钥",
        "zh-HK": "簽名金鑰未知，請更新驗證金鑰",
        "en": "Unknown signing key: update the verification keys",
    },
    "scan.key_retired": {
        "zh-CN": "签名密钥已停用",
        "zh-HK": "簽名金鑰已停用",
        "en": "The signing key has been retired",
    },
    "scan.unknown_subject": {
        "zh-CN": "找不到该健康码的持有人",
        "zh-HK": "找不到該健康碼的持有人",
        "en": "No holder for this code",
    },
    "scan.card_revoked": {
        "zh-CN": "该离线码卡已作废",
        "zh-HK": "該離線碼卡已作廢",
        "en": "This printed code card was revoked",
    },
    "venue.not_found": {
        "zh-CN": "找不到该场所",
        "zh-HK": "找不到該場所",
        "en": "No such venue",
    },
    "venue.deactivated": {
        "zh-CN": "该场所码已停用",
        "zh-HK": "該場所碼已停用",
        "en": "This venue code has been deactivated",
    },
    "venue_code.malformed": {
        "zh-CN": "无法识别的场所码",
        "zh-HK": "無法識別的場所碼",
        "en": "Not a venue code",
    },
    "venue_code.bad_signature": {
        "zh-CN": "场所码签名无效（可能被伪造或篡改）",
        "zh-HK": "場所碼簽名無效（可能被偽造或篡改）",
        "en": "Invalid signature: forged or altered venue code",
    },
    "venue_code.unknown_key": {
        "zh-CN": "场所码签名密钥未知",
        "zh-HK": "場所碼簽名金鑰未知",
        "en": "The venue code was signed with an unknown key",
    },
    "venue_code.key_retired": {
        "zh-CN": "场所码签名密钥已停用，请场所重新打印场所码",
        "zh-HK": "場所碼簽名金鑰已停用，請場所重新列印場所碼",
        "en": "The venue code's signing key was retired; the venue must print it again",
    },
    "family.self": {
        "zh-CN": "不能把本人添加为亲友",
        "zh-HK": "不能把本人加入為親友",
        "en": "You cannot add yourself",
    },
    "family.already_added": {
        "zh-CN": "该亲友已在您的列表中",
        "zh-HK": "該親友已在您的列表中",
        "en": "This person is already on your list",
    },
    "family.too_many_dependants": {
        "zh-CN": "最多可添加 {limit} 位亲友",
        "zh-HK": "最多可加入 {limit} 位親友",
        "en": "You can look after at most {limit} people",
    },
    "family.too_many_guardians": {
        "zh-CN": "该亲友已由 {limit} 位家人添加，无法再添加",
        "zh-HK": "該親友已由 {limit} 位家人加入，無法再加入",
        "en": "This person already has {limit} guardians",
    },
    "family.dependant_not_found": {
        "zh-CN": "找不到该亲友",
        "zh-HK": "找不到該親友",
        "en": "No such dependant",
    },
    "code_card.not_found": {
        "zh-CN": "找不到该离线码卡",
        "zh-HK": "找不到該離線碼卡",
        "en": "No such code card",
    },
    "code_card.revoked": {
        "zh-CN": "该离线码卡已作废",
        "zh-HK": "該離線碼卡已作廢",
        "en": "This code card has been revoked",
    },
    "family.awaiting_consent": {
        "zh-CN": "对方尚未同意您的添加请求",
        "zh-HK": "對方尚未同意您的加入請求",
        "en": "They have not accepted your request yet",
    },
    "family.relation_age": {
        "zh-CN": "关系与证件上的年龄不符",
        "zh-HK": "關係與證件上的年齡不符",
        "en": "The relation does not fit the ages on the documents",
    },
    "family.request_not_found": {
        "zh-CN": "找不到该请求或关系",
        "zh-HK": "找不到該請求或關係",
        "en": "No such request or link",
    },
}
