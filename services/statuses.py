"""Case statuses (办件状态): the national codes seen in the field, and withdrawal."""

from services.catalogue.build import t

RECEIVED = 1  # 已接件
ACCEPTED = 3  # 已受理
NOT_ACCEPTED = 4  # 不受理
CORRECTION = 6  # 补正 (the applicant is asked for more)
PROCESSING = 8  # 部门办理
SPECIAL_STARTED = 9  # 特别程序开始 (hearing, testing, public notice: the clock stops)
SPECIAL_ENDED = 10  # 特别程序结束
COMPLETED = 11  # 办结
WITHDRAWN = 99  # the applicant withdrew; ours, outside the national code list

ENDED = frozenset({NOT_ACCEPTED, COMPLETED, WITHDRAWN})
OUTCOMES = ("approved", "refused")

STATUS_NAMES = {
    RECEIVED: t("已接件", "已接件", "Received"),
    ACCEPTED: t("已受理", "已受理", "Accepted"),
    NOT_ACCEPTED: t("不予受理", "不予受理", "Not accepted"),
    CORRECTION: t("待补正", "待補正", "More information needed"),
    PROCESSING: t("部门办理中", "部門辦理中", "Being processed"),
    SPECIAL_STARTED: t("特别程序中", "特別程序中", "In a special procedure"),
    SPECIAL_ENDED: t("特别程序结束", "特別程序結束", "Special procedure finished"),
    COMPLETED: t("已办结", "已辦結", "Completed"),
    WITHDRAWN: t("已撤回", "已撤回", "Withdrawn"),
}
