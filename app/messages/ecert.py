"""Messages: e-certificates — issuance, presentation (亮证), verification, authorised use.

Every ServiceError key, field error and verification reason the `ecert` engine produces.
"""


def _m(zh_cn: str, zh_hk: str, en: str) -> dict:
    return {"zh-CN": zh_cn, "zh-HK": zh_hk, "en": en}


MESSAGES = {
    # Catalogue and issuance
    "ecert.unknown_type": _m(
        "没有这种电子证照（{type}）",
        "沒有這種電子證照（{type}）",
        "There is no certificate type {type}",
    ),
    "ecert.content_invalid": _m(
        "证照内容未通过校验，请检查标出的项目",
        "證照內容未通過檢查，請查看標示的項目",
        "Some certificate data is invalid; see errors",
    ),
    "ecert.identifier_check": _m(
        "证照标识的校验位不正确，请核对",
        "證照標識的校驗碼不正確，請核對",
        "The certificate identifier's check character is wrong",
    ),
    "ecert.identifier_malformed": _m(
        "证照标识格式不正确",
        "證照標識格式不正確",
        "The certificate identifier is not well-formed",
    ),
    "ecert.certificate_not_found": _m(
        "找不到该电子证照", "找不到該電子證照", "No such certificate"
    ),
    "ecert.certificate_revoked": _m(
        "该电子证照已注销", "該電子證照已註銷", "This certificate has been revoked"
    ),
    "ecert.certificate_expired": _m(
        "该电子证照已过有效期", "該電子證照已過有效期", "This certificate has expired"
    ),
    "ecert.version_exists": _m(
        "该证照的这一版本已签发，请刷新后重试",
        "該證照的這一版本已簽發，請重新整理後再試",
        "This version was already issued; reload and try again",
    ),
    "ecert.revocation_reason": _m(
        "请选择注销原因", "請選擇註銷原因", "Choose a reason for the revocation"
    ),
    # Presentation (亮证)
    "ecert.not_disclosable": _m(
        "以下项目不能出示：{names}",
        "以下項目不能出示：{names}",
        "These items cannot be shown: {names}",
    ),
    "ecert.audience_invalid": _m(
        "请指明向谁出示证照", "請指明向誰出示證照", "Say whom the certificate is shown to"
    ),
    "ecert.purpose_invalid": _m(
        "请填写用证事由（60 字以内）",
        "請填寫用證事由（60 字以內）",
        "Give a purpose (60 characters at most)",
    ),
    "ecert.wallet_key_retired": _m(
        "该证照需要重新签发后才能出示，请稍后再试",
        "該證照需要重新簽發後才能出示，請稍後再試",
        "This certificate must be re-issued before it can be shown; try again later",
    ),
    # Authorised use (授权使用)
    "ecert.grant_invalid": _m(
        "授权内容不完整，请检查标出的项目",
        "授權內容不完整，請查看標示的項目",
        "The authorisation is incomplete; see errors",
    ),
    "ecert.grantee_invalid": _m(
        "被授权方信息不正确", "被授權方資料不正確", "The grantee is not valid"
    ),
    "ecert.grant_not_found": _m("找不到该授权", "找不到該授權", "No such authorisation"),
    "ecert.grant_withdrawn": _m(
        "持证人已撤回该授权", "持證人已撤回該授權", "The holder withdrew this authorisation"
    ),
    "ecert.grant_expired": _m("该授权已过期", "該授權已過期", "This authorisation has expired"),
    "ecert.grant_purpose": _m(
        "用证事由与授权不符",
        "用證事由與授權不符",
        "The purpose differs from the one authorised",
    ),
    # What is wrong with one field (errors beside the field, batch rows included)
    "ecert.field.required": _m("此项必填", "此項必須填寫", "This field is required"),
    "ecert.field.unknown": _m(
        "此类证照没有这一项", "此類證照沒有這一項", "This certificate type has no such field"
    ),
    "ecert.field.not_text": _m("应为文字", "應為文字", "Enter text"),
    "ecert.field.too_long": _m("内容过长", "內容過長", "This is too long"),
    "ecert.field.not_printable": _m(
        "含有不能显示的字符", "含有不能顯示的字元", "This contains characters that cannot be shown"
    ),
    "ecert.field.not_a_name": _m(
        "姓名格式不正确（50 字以内）",
        "姓名格式不正確（50 字以內）",
        "Enter a name of 50 characters at most",
    ),
    "ecert.field.date_format": _m(
        "日期格式应为 YYYY-MM-DD", "日期格式應為 YYYY-MM-DD", "Enter the date as YYYY-MM-DD"
    ),
    "ecert.field.date_invalid": _m("没有这一天", "沒有這一天", "There is no such day"),
    "ecert.field.before_valid_from": _m(
        "有效期截止日早于起始日",
        "有效期截止日早於起始日",
        "The end of validity is before its start",
    ),
    "ecert.field.not_a_choice": _m(
        "请从给定选项中选择", "請從給定選項中選擇", "Choose one of the given options"
    ),
    "ecert.field.not_integer": _m("应为整数", "應為整數", "Enter a whole number"),
    "ecert.field.not_decimal": _m(
        "应为数字（最多两位小数）",
        "應為數字（最多兩位小數）",
        "Enter a number with at most two decimals",
    ),
    "ecert.field.not_area_code": _m(
        "应为 6 位行政区划代码",
        "應為 6 位行政區劃代碼",
        "Enter a six-digit administrative division code",
    ),
    "ecert.field.not_address": _m(
        "地址应包括行政区划代码和详细地址",
        "地址應包括行政區劃代碼和詳細地址",
        "An address needs an area code and a street address",
    ),
    "ecert.field.not_photo_reference": _m(
        "照片编号不正确", "相片編號不正確", "Not a photo reference"
    ),
    "ecert.field.code_type_not_allowed": _m(
        "此类证照不能以该证件类型签发",
        "此類證照不能以該證件類型簽發",
        "This certificate cannot be issued to this kind of document",
    ),
    "ecert.field.not_an_object": _m(
        "该行不是一条记录", "該行不是一條記錄", "This row is not a record"
    ),
    "ecert.field.duplicate_row": _m(
        "与前面某行完全相同", "與前面某行完全相同", "This row repeats an earlier one"
    ),
    "ecert.field.too_many_rows": _m(
        "一次最多导入 5000 行", "一次最多匯入 5000 行", "At most 5,000 rows at a time"
    ),
    "ecert.field.revocation_reason": _m(
        "请从给定原因中选择", "請從給定原因中選擇", "Choose one of the given reasons"
    ),
    "ecert.field.not_disclosable": _m(
        "包含不能出示的项目", "包含不能出示的項目", "Some items cannot be shown"
    ),
    "ecert.field.audience": _m(
        "请指明核验方（64 字以内）",
        "請指明核驗方（64 字以內）",
        "Name the verifier (64 characters at most)",
    ),
    "ecert.field.purpose": _m(
        "请填写用证事由（60 字以内）",
        "請填寫用證事由（60 字以內）",
        "Give a purpose (60 characters at most)",
    ),
    "ecert.field.grantee": _m(
        "被授权方应为核验单位或办事应用，并有编号和名称",
        "被授權方應為核驗單位或辦事應用，並有編號和名稱",
        "The grantee is a verifier or an application, with an id and a name",
    ),
    "ecert.field.not_readable": _m(
        "请选择可授权的证照项目",
        "請選擇可授權的證照項目",
        "Choose items of this certificate that can be shared",
    ),
    "ecert.field.grant_expiry": _m(
        "授权期限应在现在之后、一年以内",
        "授權期限應在現在之後、一年以內",
        "The authorisation must end after now and within a year",
    ),
    # Verification results (核验结果)
    "ecert.verify.ok": _m("核验通过", "核驗通過", "Verified"),
    "ecert.verify.malformed": _m(
        "无法识别的电子证照二维码", "無法識別的電子證照二維碼", "Not a certificate presentation"
    ),
    "ecert.verify.identifier_check": _m(
        "证照标识校验位错误（证照可能被篡改）",
        "證照標識校驗碼錯誤（證照可能被篡改）",
        "Wrong identifier check character: the certificate may be altered",
    ),
    "ecert.verify.wrong_issuer": _m(
        "签发单位无权签发此类证照",
        "簽發單位無權簽發此類證照",
        "The issuer does not issue this type of certificate",
    ),
    "ecert.verify.unknown_key": _m(
        "签名密钥未知，请更新验证密钥",
        "簽名金鑰未知，請更新驗證金鑰",
        "Unknown signing key: update the verification keys",
    ),
    "ecert.verify.key_retired": _m(
        "签名密钥已停用", "簽名金鑰已停用", "The signing key has been retired"
    ),
    "ecert.verify.bad_signature": _m(
        "发证机关签章无效（证照可能被伪造或篡改）",
        "發證機關簽章無效（證照可能被偽造或篡改）",
        "Invalid issuer seal: the certificate is forged or altered",
    ),
    "ecert.verify.tampered_disclosure": _m(
        "出示的内容被篡改", "出示的內容被篡改", "A shown item was altered"
    ),
    "ecert.verify.bad_key_binding": _m(
        "出示签名无效（二维码可能被篡改）",
        "出示簽名無效（二維碼可能被篡改）",
        "Invalid presentation signature: the code was altered",
    ),
    "ecert.verify.audience_mismatch": _m(
        "该二维码是出示给其他单位的",
        "該二維碼是出示給其他單位的",
        "This code was shown to another verifier",
    ),
    "ecert.verify.presentation_not_yet_valid": _m(
        "二维码时间异常（生成时间在未来）",
        "二維碼時間異常（產生時間在未來）",
        "Code made in the future: check the device clock",
    ),
    "ecert.verify.presentation_expired": _m(
        "二维码已过期，请持证人刷新后重新出示",
        "二維碼已過期，請持證人重新整理後再出示",
        "Code expired: ask the holder to show a fresh one",
    ),
    "ecert.verify.certificate_not_yet_valid": _m(
        "该证照尚未生效", "該證照尚未生效", "The certificate is not valid yet"
    ),
    "ecert.verify.certificate_expired": _m(
        "该证照已过有效期", "該證照已過有效期", "The certificate has expired"
    ),
    "ecert.verify.unknown_certificate": _m(
        "证照库中没有该证照", "證照庫中沒有該證照", "The register has no such certificate"
    ),
    "ecert.verify.revoked": _m("该证照已注销", "該證照已註銷", "The certificate has been revoked"),
    "ecert.verify.replayed": _m(
        "该二维码已被使用过，请持证人重新出示",
        "該二維碼已被使用過，請持證人重新出示",
        "This code was already used: ask for a fresh one",
    ),
    # The wallet, presentations and the usage log (API)
    "ecert.presentation_not_found": _m(
        "找不到该出示二维码", "找不到該出示二維碼", "No such presentation"
    ),
    "ecert.presentation_expired": _m(
        "该出示二维码已过期，请重新出示",
        "該出示二維碼已過期，請重新出示",
        "This presentation has expired; show the certificate again",
    ),
    "ecert.image_unavailable": _m(
        "暂时无法生成证照图片，请稍后再试",
        "暫時無法產生證照圖片，請稍後再試",
        "Certificate images cannot be made right now; try again later",
    ),
    "ecert.claim.holder_name": _m("持证人姓名", "持證人姓名", "Holder's name"),
    "ecert.claim.holder_code": _m("持证人证件号码", "持證人證件號碼", "Holder's document number"),
    "ecert.claim.age_over_18": _m("年满18周岁", "年滿18歲", "Aged 18 or over"),
    "ecert.claim.age_over_60": _m("年满60周岁", "年滿60歲", "Aged 60 or over"),
    "ecert.claim.household_in_guangdong": _m(
        "户籍在广东省", "戶籍在廣東省", "Household registered in Guangdong"
    ),
    "ecert.usage.presented": _m("已生成出示二维码", "已產生出示二維碼", "Presentation made"),
    "ecert.usage.verified": _m("核验通过", "核驗通過", "Verified"),
    "ecert.usage.granted": _m("已授权", "已授權", "Authorised"),
    "ecert.usage.withdrawn": _m("已撤回授权", "已撤回授權", "Authorisation withdrawn"),
    "ecert.usage.used": _m("已按授权使用", "已按授權使用", "Used under an authorisation"),
    "ecert.usage.viewed": _m("已查看完整信息", "已查看完整資料", "Shown in full"),
    "ecert.usage.refused": _m("请求被拒绝", "請求被拒絕", "Refused"),
    # Registered verifiers (核验单位)
    "ecert.verifier_not_found": _m(
        "找不到该核验单位", "找不到該核驗單位", "No such registered verifier"
    ),
    "ecert.verifier_not_registered": _m(
        "您的账号未登记在任何核验单位，不能核验证照",
        "您的帳號未登記在任何核驗單位，不能核驗證照",
        "Your account is not registered with a verifier organisation",
    ),
    "ecert.verifier_invalid": _m(
        "核验单位登记信息不正确，请检查标出的项目",
        "核驗單位登記資料不正確，請查看標示的項目",
        "The verifier registration is invalid; see errors",
    ),
    "ecert.verifier_code_taken": _m(
        "该核验单位代码已被使用", "該核驗單位代碼已被使用", "That verifier code is taken"
    ),
    "ecert.verifier_staff_taken": _m(
        "有工作人员已登记在其他核验单位",
        "有工作人員已登記在其他核驗單位",
        "Some staff are registered with another verifier",
    ),
    "ecert.purpose_not_registered": _m(
        "该核验单位未登记此用途", "該核驗單位未登記此用途", "The verifier has no such purpose"
    ),
    "ecert.beyond_registration": _m(
        "该核验单位无权查看：{names}",
        "該核驗單位無權查看：{names}",
        "The verifier is not registered to see: {names}",
    ),
    # Issuing in batches
    "ecert.batch_rejected": _m(
        "有 {rejected} 行未通过校验，整批未签发",
        "有 {rejected} 行未通過檢查，整批未簽發",
        "{rejected} rows were refused; nothing was issued",
    ),
    "ecert.field.unknown_type": _m(
        "没有这种电子证照", "沒有這種電子證照", "There is no such certificate type"
    ),
    "ecert.field.not_shareable": _m(
        "包含此类证照没有的项目",
        "包含此類證照沒有的項目",
        "Some items are not in this certificate type",
    ),
    "ecert.field.purpose_repeated": _m(
        "用途代码重复", "用途代碼重複", "A purpose code is repeated"
    ),
    "ecert.field.not_verifier_staff": _m(
        "须为具有核验或窗口角色的工作人员账号",
        "須為具有核驗或窗口角色的工作人員帳號",
        "Staff must exist and have the verifier or clerk role",
    ),
    "ecert.field.staff_elsewhere": _m(
        "已登记在其他核验单位", "已登記在其他核驗單位", "Registered with another verifier"
    ),
    "ecert.field.purpose_not_registered": _m(
        "请选择该单位登记的用途",
        "請選擇該單位登記的用途",
        "Choose one of the verifier's registered purposes",
    ),
    "ecert.field.beyond_registration": _m(
        "超出该单位登记可查看的范围",
        "超出該單位登記可查看的範圍",
        "More than the verifier is registered to see",
    ),
    "ecert.field.code_format": _m(
        "代码格式不正确（小写字母、数字）",
        "代碼格式不正確（小寫字母、數字）",
        "Use lower-case letters and digits",
    ),
    "ecert.field.credit_code": _m(
        "统一社会信用代码不正确",
        "統一社會信用代碼不正確",
        "Not a valid unified social credit code",
    ),
    "ecert.field.not_an_id": _m("编号格式不正确", "編號格式不正確", "Not a valid id"),
}
