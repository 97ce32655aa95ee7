"""Messages of appointments for counter visits, in zh-CN, zh-HK and en."""

MESSAGES = {
    "appointments.hall_not_found": {
        "zh-CN": "未找到该办事大厅",
        "zh-HK": "未找到該辦事大廳",
        "en": "No such service hall",
    },
    "appointments.already_booked": {
        "zh-CN": "该办件已有预约，可改约或取消",
        "zh-HK": "該辦件已有預約，可改約或取消",
        "en": "This case already has an appointment; reschedule or cancel it",
    },
    "appointments.not_live": {
        "zh-CN": "该预约已取消",
        "zh-HK": "該預約已取消",
        "en": "This appointment was already cancelled",
    },
    "appointments.slot_not_found": {
        "zh-CN": "未找到该时段",
        "zh-HK": "未找到該時段",
        "en": "No such time slot",
    },
    "appointments.slot_full": {
        "zh-CN": "该时段已约满，请选择其他时段",
        "zh-HK": "該時段已約滿，請選擇其他時段",
        "en": "This slot is full; choose another",
    },
    "appointments.not_needed": {
        "zh-CN": "该办件无需预约到场",
        "zh-HK": "該辦件無需預約到場",
        "en": "This case needs no visit to book",
    },
    "appointments.booking_not_found": {
        "zh-CN": "未找到该预约",
        "zh-HK": "未找到該預約",
        "en": "No such appointment",
    },
    "appointments.wrong_hall": {
        "zh-CN": "该大厅不办理此事项，请选择其他大厅",
        "zh-HK": "該大廳不辦理此事項，請選擇其他大廳",
        "en": "This hall does not handle the service; choose another hall",
    },
}
