"""Messages: HTTP-level answers every endpoint can give."""

MESSAGES = {
    "error.unknown": {
        "zh-CN": "请求未能完成",
        "zh-HK": "請求未能完成",
        "en": "The request could not be completed",
    },
    "request.bad_request": {
        "zh-CN": "请求有误",
        "zh-HK": "請求有誤",
        "en": "The request is malformed",
    },
    "request.malformed_json": {
        "zh-CN": "请求体不是合法的 JSON",
        "zh-HK": "請求內容不是有效的 JSON",
        "en": "The request body is not valid JSON",
    },
    "request.invalid": {
        "zh-CN": "请求数据校验未通过，请检查标出的字段",
        "zh-HK": "請求資料未通過檢查，請查看標示的欄位",
        "en": "Some fields are invalid; see errors",
    },
    "request.too_large": {
        "zh-CN": "请求体过大（上限 {limit} 字节）",
        "zh-HK": "請求內容過大（上限 {limit} 位元組）",
        "en": "The request body is too large (limit {limit} bytes)",
    },
    "request.not_found": {
        "zh-CN": "请求的地址不存在",
        "zh-HK": "請求的地址不存在",
        "en": "No such endpoint",
    },
    "request.method_not_allowed": {
        "zh-CN": "该地址不支持此请求方法",
        "zh-HK": "該地址不支援此請求方法",
        "en": "This method is not allowed on this endpoint",
    },
    "request.unsupported_media_type": {
        "zh-CN": "请以 application/json 提交",
        "zh-HK": "請以 application/json 提交",
        "en": "Send the body as application/json",
    },
    "request.rate_limited": {
        "zh-CN": "请求过于频繁，请 {retry_after} 秒后再试",
        "zh-HK": "請求過於頻繁，請 {retry_after} 秒後再試",
        "en": "Too many requests; try again in {retry_after} s",
    },
    "server.error": {
        "zh-CN": "服务器开小差了，请稍后再试（请求编号 {request_id}）",
        "zh-HK": "伺服器暫時出錯，請稍後再試（請求編號 {request_id}）",
        "en": "Something went wrong on our side; try again later (request {request_id})",
    },
    "server.unavailable": {
        "zh-CN": "服务暂不可用",
        "zh-HK": "服務暫不可用",
        "en": "The service is unavailable",
    },
}
