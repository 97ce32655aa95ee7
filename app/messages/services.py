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
        "zh-CN": "办件当前状态不允许此操作（{status} → {target}），请刷新后查看最新进度",
        "zh-HK": "辦件目前狀態不容許此操作（{status} → {target}），請重新整理後查看最新進度",
        "en": "The case cannot move from status {status} to {target}; refresh to see where it is",
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
}
