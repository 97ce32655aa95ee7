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
}
