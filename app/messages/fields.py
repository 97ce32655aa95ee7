"""Messages: what is wrong with one field of a form (shown beside the field)."""

MESSAGES = {
    "field.required": {
        "zh-CN": "此项必填",
        "zh-HK": "此項必須填寫",
        "en": "This field is required",
    },
    "field.null": {
        "zh-CN": "此项不能为空",
        "zh-HK": "此項不能為空",
        "en": "This field cannot be empty",
    },
    "field.unknown": {
        "zh-CN": "不认识的字段",
        "zh-HK": "無法識別的欄位",
        "en": "This field is not expected here",
    },
    "field.invalid": {"zh-CN": "填写有误", "zh-HK": "填寫有誤", "en": "This value is not valid"},
    "field.invalid_type": {
        "zh-CN": "数据类型不正确",
        "zh-HK": "資料類型不正確",
        "en": "This value has the wrong type",
    },
    "field.not_string": {"zh-CN": "应为文字", "zh-HK": "應為文字", "en": "Enter text"},
    "field.not_integer": {"zh-CN": "应为整数", "zh-HK": "應為整數", "en": "Enter a whole number"},
    "field.not_number": {"zh-CN": "应为数字", "zh-HK": "應為數字", "en": "Enter a number"},
    "field.not_boolean": {"zh-CN": "应为是或否", "zh-HK": "應為是或否", "en": "Choose yes or no"},
    "field.not_list": {"zh-CN": "应为列表", "zh-HK": "應為列表", "en": "This should be a list"},
    "field.not_object": {
        "zh-CN": "格式不正确",
        "zh-HK": "格式不正確",
        "en": "This should be an object",
    },
    "field.not_datetime": {
        "zh-CN": "请填写正确的日期时间",
        "zh-HK": "請填寫正確的日期時間",
        "en": "Enter a valid date and time",
    },
    "field.datetime_needs_offset": {
        "zh-CN": "日期时间需带时区（如 +08:00）",
        "zh-HK": "日期時間需帶時區（如 +08:00）",
        "en": "Give the date and time with its offset (e.g. +08:00)",
    },
    "field.not_date": {
        "zh-CN": "请填写正确的日期",
        "zh-HK": "請填寫正確的日期",
        "en": "Enter a valid date",
    },
    "field.not_time": {
        "zh-CN": "请填写正确的时间",
        "zh-HK": "請填寫正確的時間",
        "en": "Enter a valid time",
    },
    "field.not_url": {
        "zh-CN": "请填写正确的网址",
        "zh-HK": "請填寫正確的網址",
        "en": "Enter a valid web address",
    },
    "field.not_email": {
        "zh-CN": "请填写正确的电子邮箱",
        "zh-HK": "請填寫正確的電郵地址",
        "en": "Enter a valid email address",
    },
    "field.pattern": {
        "zh-CN": "格式不正确",
        "zh-HK": "格式不正確",
        "en": "This is not in the expected format",
    },
    "field.one_of": {
        "zh-CN": "请从以下选项中选择：{choices}",
        "zh-HK": "請從以下選項中選擇：{choices}",
        "en": "Choose one of: {choices}",
    },
    "field.length_between": {
        "zh-CN": "长度应在 {min} 到 {max} 之间",
        "zh-HK": "長度應在 {min} 至 {max} 之間",
        "en": "Use between {min} and {max} characters",
    },
    "field.length_equal": {
        "zh-CN": "长度应为 {equal}",
        "zh-HK": "長度應為 {equal}",
        "en": "Use exactly {equal} characters",
    },
    "field.too_long": {
        "zh-CN": "最多 {max} 个字符",
        "zh-HK": "最多 {max} 個字元",
        "en": "Use at most {max} characters",
    },
    "field.too_short": {
        "zh-CN": "至少 {min} 个字符",
        "zh-HK": "至少 {min} 個字元",
        "en": "Use at least {min} characters",
    },
    "field.between": {
        "zh-CN": "应在 {min} 到 {max} 之间",
        "zh-HK": "應在 {min} 至 {max} 之間",
        "en": "Enter a value from {min} to {max}",
    },
    "field.at_least": {
        "zh-CN": "不能小于 {min}",
        "zh-HK": "不能小於 {min}",
        "en": "Enter {min} or more",
    },
    "field.at_most": {
        "zh-CN": "不能大于 {max}",
        "zh-HK": "不能大於 {max}",
        "en": "Enter {max} or less",
    },
    "field.more_than": {
        "zh-CN": "应大于 {min}",
        "zh-HK": "應大於 {min}",
        "en": "Enter more than {min}",
    },
    "field.less_than": {
        "zh-CN": "应小于 {max}",
        "zh-HK": "應小於 {max}",
        "en": "Enter less than {max}",
    },
    "field.region_code": {
        "zh-CN": "请选择正确的地区（六位行政区划代码）",
        "zh-HK": "請選擇正確的地區（六位行政區劃代碼）",
        "en": "Choose a valid region (a six-digit GB/T 2260 code)",
    },
    "field.end_before_start": {
        "zh-CN": "结束时间应晚于开始时间",
        "zh-HK": "結束時間應晚於開始時間",
        "en": "The end must be after the start",
    },
    "field.subject_or_event": {
        "zh-CN": "请填写对象或事件类型，二者选一",
        "zh-HK": "請填寫對象或事件類型，二者選一",
        "en": "Give exactly one of subject or event",
    },
    "field.until_only_when_upheld": {
        "zh-CN": "只有维持申诉时才能设置截止时间",
        "zh-HK": "只有維持申訴時才能設定截止時間",
        "en": "Only an upheld appeal lifts a colour until a time",
    },
    "field.control_characters": {
        "zh-CN": "含有无法显示的字符（如控制符、换行符），请删除",
        "zh-HK": "含有無法顯示的字元（如控制符、換行符），請刪除",
        "en": "Remove the characters that cannot be shown (control characters, line breaks)",
    },
    "field.combining_marks": {
        "zh-CN": "含有过多叠加符号，请删除",
        "zh-HK": "含有過多疊加符號，請刪除",
        "en": "Remove the stacked combining marks",
    },
    "field.markup": {
        "zh-CN": "不能包含尖括号 < >",
        "zh-HK": "不能包含尖括號 < >",
        "en": "Do not use angle brackets < >",
    },
    "field.not_digits": {"zh-CN": "只能填写数字", "zh-HK": "只能填寫數字", "en": "Use digits only"},
}
