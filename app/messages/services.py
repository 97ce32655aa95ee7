"""Messages of the high-frequency services engine (services/), in zh-CN, zh-HK and en."""

MESSAGES = {
    "services.form_invalid": {
        "zh-CN": "表单填写有误，请检查标出的项目",
        "zh-HK": "表格填寫有誤，請檢查標示的項目",
        "en": "Some answers on the form need fixing; see the marked fields",
    },
    "services.materials_invalid": {
        "zh-CN": "申请材料不齐全或格式不符，请检查标出的材料",
        "zh-HK": "申請材料不齊全或格式不符，請檢查標示的材料",
        "en": "Some materials are missing or in the wrong format; see the marked ones",
    },
    "services.case_transition": {
        "zh-CN": "办件当前状态不允许此操作（{current} → {target}），请刷新后查看最新进度",
        "zh-HK": "辦件目前狀態不容許此操作（{current} → {target}），請重新整理後查看最新進度",
        "en": "The case cannot move from status {current} to {target}; refresh to see where it is",
    },
    "services.case_actor": {
        "zh-CN": "您无权对该办件执行此操作",
        "zh-HK": "您無權對該辦件執行此操作",
        "en": "You may not do this to the case",
    },
    "services.case_note_required": {
        "zh-CN": "请填写告知申请人的说明",
        "zh-HK": "請填寫告知申請人的說明",
        "en": "Write a note telling the applicant why",
    },
    "services.case_note_invalid": {
        "zh-CN": "说明须为文字",
        "zh-HK": "說明須為文字",
        "en": "The note must be text",
    },
    "services.case_note_too_long": {
        "zh-CN": "说明不能超过 {limit} 个字",
        "zh-HK": "說明不能超過 {limit} 個字",
        "en": "The note can be at most {limit} characters",
    },
    "services.case_outcome": {
        "zh-CN": "办结时请选择准予或不予办理",
        "zh-HK": "辦結時請選擇准予或不予辦理",
        "en": "Choose whether the application is approved or refused",
    },
    "services.rating_not_open": {
        "zh-CN": "办件办结后才能评价",
        "zh-HK": "辦件辦結後才能評價",
        "en": "You can rate a case once it is completed",
    },
    "services.rating_exists": {
        "zh-CN": "该办件已评价，可以追加一次评论",
        "zh-HK": "該辦件已評價，可以追加一次評論",
        "en": "This case is already rated; you can add one follow-up comment",
    },
    "services.rating_period_over": {
        "zh-CN": "办结已超过 {days} 天，系统已默认评价，可以追加评论",
        "zh-HK": "辦結已超過 {days} 天，系統已預設評價，可以追加評論",
        "en": "After {days} days the default rating applies; you can still add a comment",
    },
    "services.rating_score": {
        "zh-CN": "请选择 1 到 5 级评价",
        "zh-HK": "請選擇 1 至 5 級評價",
        "en": "Choose a rating from 1 to 5",
    },
    "services.rating_missing": {
        "zh-CN": "请先评价再追评",
        "zh-HK": "請先評價再追加評論",
        "en": "Rate the case before adding a follow-up",
    },
    "services.follow_up_exists": {
        "zh-CN": "每个办件只能追评一次",
        "zh-HK": "每個辦件只能追加評論一次",
        "en": "A case takes only one follow-up comment",
    },
    "services.comment_required": {
        "zh-CN": "请填写追评内容",
        "zh-HK": "請填寫追加評論內容",
        "en": "Write your follow-up comment",
    },
    "services.comment_invalid": {
        "zh-CN": "评论须为文字",
        "zh-HK": "評論須為文字",
        "en": "The comment must be text",
    },
    "services.comment_too_long": {
        "zh-CN": "评论不能超过 {limit} 个字",
        "zh-HK": "評論不能超過 {limit} 個字",
        "en": "The comment can be at most {limit} characters",
    },
    "services.item_not_found": {
        "zh-CN": "未找到该事项",
        "zh-HK": "未找到該事項",
        "en": "No such service",
    },
    "services.favourite_not_found": {
        "zh-CN": "该事项不在您的收藏中",
        "zh-HK": "該事項不在您的收藏中",
        "en": "This service is not among your favourites",
    },
    "services.item_field_fixed": {
        "zh-CN": "这些信息不能修改",
        "zh-HK": "這些資料不能修改",
        "en": "These details cannot be changed",
    },
    "services.item_invalid": {
        "zh-CN": "办事指南不符合事项要素要求，请检查",
        "zh-HK": "辦事指南不符合事項要素要求，請檢查",
        "en": "The guide does not meet the item data rules; see the problems",
    },
    "services.item_version_moved": {
        "zh-CN": "办事指南已被他人修改（您编辑的是第 {version} 版），请刷新后再改",
        "zh-HK": "辦事指南已被他人修改（您編輯的是第 {version} 版），請重新整理後再改",
        "en": "Someone changed the guide since version {version}; reload it and edit again",
    },
    "services.dependant_not_found": {
        "zh-CN": "未找到该亲友",
        "zh-HK": "未找到該親友",
        "en": "No such dependant on your list",
    },
    "services.case_moved": {
        "zh-CN": "办件状态已变化，请刷新后查看",
        "zh-HK": "辦件狀態已變化，請重新整理後查看",
        "en": "The case has just moved on; refresh to see where it is",
    },
    "services.certificate_fields_invalid": {
        "zh-CN": "出证信息不完整或有误，请按提示补充后再办结",
        "zh-HK": "出證資料不完整或有誤，請按提示補充後再辦結",
        "en": "The certificate to issue is missing or has wrong details; complete them first",
    },
    "services.payment_required": {
        "zh-CN": "该办件尚未缴费，不能办结",
        "zh-HK": "該辦件尚未繳費，不能辦結",
        "en": "The fee has not been paid, so the case cannot be completed",
    },
    "services.idempotency_key_reused": {
        "zh-CN": "该请求标识已用于另一份申请",
        "zh-HK": "該請求標識已用於另一份申請",
        "en": "This Idempotency-Key was used for a different application",
    },
    "services.draft_not_found": {
        "zh-CN": "未找到该草稿",
        "zh-HK": "未找到該草稿",
        "en": "No such draft",
    },
    "services.case_not_found": {
        "zh-CN": "未找到该办件",
        "zh-HK": "未找到該辦件",
        "en": "No such case",
    },
    "services.clerk_without_department": {
        "zh-CN": "您的账号尚未设置所属部门，请联系管理员",
        "zh-HK": "您的帳號尚未設定所屬部門，請聯絡管理員",
        "en": "Your account has no department yet; ask an administrator",
    },
    "services.rectification_not_found": {
        "zh-CN": "未找到该整改任务",
        "zh-HK": "未找到該整改任務",
        "en": "No such rectification task",
    },
    "services.upload_too_large": {
        "zh-CN": "文件不能超过 {limit} 字节",
        "zh-HK": "檔案不能超過 {limit} 位元組",
        "en": "The file can be at most {limit} bytes",
    },
    "services.upload_empty": {
        "zh-CN": "请选择要上传的文件",
        "zh-HK": "請選擇要上載的檔案",
        "en": "Choose a file to upload",
    },
    "services.upload_type": {
        "zh-CN": "只能上传 PDF、JPG 或 PNG 文件",
        "zh-HK": "只能上載 PDF、JPG 或 PNG 檔案",
        "en": "Only PDF, JPEG or PNG files can be uploaded",
    },
    "services.upload_not_found": {
        "zh-CN": "未找到该文件",
        "zh-HK": "未找到該檔案",
        "en": "No such file",
    },
    "services.field.required": {
        "zh-CN": "此项必填",
        "zh-HK": "此項必填",
        "en": "This is required",
    },
    "services.field.unknown": {
        "zh-CN": "表单中没有此项",
        "zh-HK": "表格中沒有此項",
        "en": "This is not on the form",
    },
    "services.field.type": {
        "zh-CN": "填写的类型不对",
        "zh-HK": "填寫的類型不對",
        "en": "This is the wrong kind of value",
    },
    "services.field.characters": {
        "zh-CN": "含有不允许的字符",
        "zh-HK": "含有不容許的字元",
        "en": "This contains characters that are not allowed",
    },
    "services.field.too_long": {
        "zh-CN": "内容太长",
        "zh-HK": "內容太長",
        "en": "This is too long",
    },
    "services.field.too_short": {
        "zh-CN": "内容太短",
        "zh-HK": "內容太短",
        "en": "This is too short",
    },
    "services.field.pattern": {
        "zh-CN": "格式不正确",
        "zh-HK": "格式不正確",
        "en": "This is not in the right format",
    },
    "services.field.format": {
        "zh-CN": "格式不正确",
        "zh-HK": "格式不正確",
        "en": "This is not in the right format",
    },
    "services.field.too_small": {
        "zh-CN": "数值太小",
        "zh-HK": "數值太小",
        "en": "This is too small",
    },
    "services.field.too_large": {
        "zh-CN": "数值太大",
        "zh-HK": "數值太大",
        "en": "This is too large",
    },
    "services.field.not_an_option": {
        "zh-CN": "请从选项中选择",
        "zh-HK": "請從選項中選擇",
        "en": "Choose one of the options",
    },
    "services.field.outside_region": {
        "zh-CN": "不在本事项的办理地区内",
        "zh-HK": "不在本事項的辦理地區內",
        "en": "This is outside the service's region",
    },
    "services.field.upload_type_or_count": {
        "zh-CN": "文件类型或数量不符合要求",
        "zh-HK": "檔案類型或數量不符合要求",
        "en": "Wrong file type or too many files",
    },
    "services.field.missing": {
        "zh-CN": "缺少此项材料",
        "zh-HK": "缺少此項材料",
        "en": "This material is missing",
    },
    "services.field.fixed": {
        "zh-CN": "此项不能修改",
        "zh-HK": "此項不能修改",
        "en": "This cannot be changed",
    },
    "services.field.invalid": {
        "zh-CN": "填写有误",
        "zh-HK": "填寫有誤",
        "en": "This value is not valid",
    },
}
