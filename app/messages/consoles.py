"""Messages: staff passwords and accounts, ending risk areas, and imports from CSV files."""

MESSAGES = {
    "auth.password_change_required": {
        "zh-CN": "管理员已重置您的密码：请用一次性密码登录并设置新密码（至少 12 个字符）",
        "zh-HK": "管理員已重設您的密碼：請用一次性密碼登入並設定新密碼（至少 12 個字元）",
        "en": "An administrator reset your password: log in with the one-time password "
        "and choose a new one (12 characters or more)",
    },
    "auth.password_unchanged": {
        "zh-CN": "新密码不能与当前密码相同",
        "zh-HK": "新密碼不能與目前密碼相同",
        "en": "The new password must differ from the current one",
    },
    "staff.cannot_disable_self": {
        "zh-CN": "不能停用自己的账号",
        "zh-HK": "不能停用自己的帳號",
        "en": "You cannot disable your own account",
    },
    "risk_area.not_found": {
        "zh-CN": "找不到该风险地区",
        "zh-HK": "找不到該風險地區",
        "en": "No such risk area",
    },
    "risk_area.already_ended": {
        "zh-CN": "该风险地区已经结束",
        "zh-HK": "該風險地區已經結束",
        "en": "This risk area has already ended",
    },
    "import.csv_encoding": {
        "zh-CN": "无法读取文件：请保存为 UTF-8 或 GB18030 编码的 CSV 文件",
        "zh-HK": "無法讀取檔案：請儲存為 UTF-8 或 GB18030 編碼的 CSV 檔案",
        "en": "The file cannot be read: save it as CSV in UTF-8 or GB 18030",
    },
    "import.csv_malformed": {
        "zh-CN": "文件不是有效的 CSV（可能有未闭合的引号）",
        "zh-HK": "檔案不是有效的 CSV（可能有未閉合的引號）",
        "en": "The file is not valid CSV (perhaps a quote is left open)",
    },
    "import.csv_empty": {
        "zh-CN": "文件没有数据：第 1 行应为表头，其后每行一条记录",
        "zh-HK": "檔案沒有資料：第 1 行應為表頭，其後每行一項記錄",
        "en": "The file has no data: row 1 is the header, then one record per row",
    },
    "import.csv_too_many_rows": {
        "zh-CN": "一次最多导入 5000 行，请分成几个文件",
        "zh-HK": "一次最多匯入 5000 行，請分成幾個檔案",
        "en": "At most 5,000 rows at a time: split the file",
    },
    "import.csv_extra_cells": {
        "zh-CN": "此行的单元格比表头多",
        "zh-HK": "此行的儲存格比表頭多",
        "en": "This row has more cells than the header",
    },
    "import.column_missing": {
        "zh-CN": "表头缺少此列",
        "zh-HK": "表頭缺少此欄",
        "en": "The header lacks this column",
    },
    "import.column_unknown": {
        "zh-CN": "不认识的列",
        "zh-HK": "無法識別的欄",
        "en": "This column is not part of this import",
    },
    "import.column_repeated": {
        "zh-CN": "此列在表头中出现了不止一次",
        "zh-HK": "此欄在表頭中出現了不止一次",
        "en": "This column appears more than once in the header",
    },
}
