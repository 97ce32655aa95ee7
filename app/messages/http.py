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
    "server.database_unavailable": {
        "zh-CN": "服务暂时无法访问数据，请 {retry_after} 秒后再试",
        "zh-HK": "服務暫時無法存取資料，請 {retry_after} 秒後再試",
        "en": "Our database cannot be reached right now; try again in {retry_after} s",
    },
    "request.json_too_deep": {
        "zh-CN": "请求体的 JSON 嵌套层次过深",
        "zh-HK": "請求內容的 JSON 巢狀層次過深",
        "en": "The JSON body is nested too deeply",
    },
    "request.uri_too_long": {
        "zh-CN": "请求地址过长",
        "zh-HK": "請求地址過長",
        "en": "The request URL is too long",
    },
    "request.headers_too_large": {
        "zh-CN": "请求头过多或过大",
        "zh-HK": "請求標頭過多或過大",
        "en": "The request headers are too many or too large",
    },
}
