"""Materials (申请材料): each one an upload, or a certificate type an e-certificate stands in for.

A material mapped to a certificate keeps an upload fallback for residents who do not
hold that e-certificate yet; which way each material came is recorded per case.
"""

from services.catalogue.build import t
from services.catalogue.certificates import certificate_name

UPLOAD_TYPES = ("jpg", "png", "pdf")


def upload(material_id: str, name: dict, *, required=True, types=UPLOAD_TYPES, max_files=3) -> dict:
    """Return a material the applicant uploads (scan or photo)."""
    return {
        "id": material_id,
        "name": name,
        "required": required,
        "certificate": None,
        "upload": {"types": list(types), "max_files": max_files},
    }


def certificate(slug: str, *, required=True, material_id: str | None = None) -> dict:
    """Return a material an e-certificate of this type satisfies (upload as the fallback)."""
    return {
        "id": material_id or slug,
        "name": certificate_name(slug),
        "required": required,
        "certificate": slug,
        "upload": {"types": list(UPLOAD_TYPES), "max_files": 2},
    }


ID_CARD = certificate("resident_id_card")
HOUSEHOLD_REGISTER = certificate("household_register")
PHOTO = upload(
    "photo",
    t("数码证件照回执", "數碼證件相回執", "Digital ID photo receipt"),
    types=("jpg", "png"),
    max_files=1,
)
BANK_CARD = upload(
    "bank_card",
    t("本人银行卡", "本人銀行卡", "Your bank card"),
    types=("jpg", "png"),
    max_files=1,
)
RENTAL_CONTRACT = upload("rental_contract", t("房屋租赁合同", "房屋租賃合約", "Tenancy agreement"))
PURCHASE_CONTRACT = upload(
    "purchase_contract",
    t("房屋买卖合同", "房屋買賣合同", "Home purchase contract"),
    max_files=10,
)
LOAN_CONTRACT = upload(
    "loan_contract", t("住房贷款合同", "住房貸款合同", "Home loan contract"), max_files=10
)
EMPLOYMENT_ENDED = upload(
    "employment_ended",
    t("解除或终止劳动关系证明", "解除或終止勞動關係證明", "Proof that the employment ended"),
)
MEDICAL_RECORDS = upload(
    "medical_records",
    t(
        "病历、诊断证明或出院小结",
        "病歷、診斷證明或出院小結",
        "Medical records, diagnosis or discharge summary",
    ),
    max_files=10,
)
MEDICAL_BILLS = upload(
    "medical_bills",
    t("医疗费用票据及费用明细", "醫療費用票據及費用明細", "Medical receipts and itemised bills"),
    max_files=20,
)
HOUSEHOLD_INCOME = upload(
    "household_income",
    t(
        "家庭收入和财产情况声明",
        "家庭收入和財產情況聲明",
        "Statement of household income and assets",
    ),
)
POWER_OF_ATTORNEY = upload(
    "power_of_attorney",
    t(
        "授权委托书及代理人身份证明",
        "授權委託書及代理人身份證明",
        "Power of attorney and the agent's ID",
    ),
    required=False,
)
DEATH_PROOF = upload(
    "death_proof",
    t("居民死亡医学证明（推断）书", "居民死亡醫學證明（推斷）書", "Medical certificate of death"),
)
