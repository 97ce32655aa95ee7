"""Housing provident fund (住房公积金) services of the Guangzhou management centre."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import rule, service, t
from services.catalogue.fields import field

_item = partial(service, "housing_fund", region="440100", item_type="benefit")

DEPOSIT_CERTIFICATE = m.certificate("housing_fund_deposit_certificate", required=False)
ACCOUNT_NUMBER = field(
    "fund_account",
    "text",
    t("公积金个人账号", "公積金個人賬號", "Provident fund account number"),
    prefill="cert.housing_fund_deposit_certificate.account_number",
    validation={"pattern": "^[0-9]{8,20}$"},
)
AMOUNT = field(
    "amount_fen",
    "number",
    t("提取金额（分）", "提取金額（分）", "Amount to draw (fen)"),
    validation={"min": 100, "max": 100_000_000},
)
_DEPOSITING = t(
    "在广州正常缴存住房公积金",
    "在廣州正常繳存住房公積金",
    "Paying into the provident fund in Guangzhou",
)
_WITHDRAW_FORM = (*f.APPLICANT, ACCOUNT_NUMBER, AMOUNT, f.BANK_NAME, f.BANK_ACCOUNT)

ITEMS = (
    _item(
        1,
        sub=1,
        name=t(
            "住房公积金提取（租赁住房）",
            "住房公積金提取（租賃住房）",
            "Draw the provident fund to pay rent",
        ),
        keywords=("公积金提取", "提取公积金", "租房提取公积金", "公积金", "取公积金"),
        themes=("housing_fund", "renting"),
        conditions=(
            _DEPOSITING,
            t(
                "本人及配偶在广州无自有住房且租房自住",
                "本人及配偶在廣州無自有住房且租房自住",
                "You and your spouse own no home in Guangzhou and rent one to live in",
            ),
        ),
        materials=(m.ID_CARD, m.RENTAL_CONTRACT, DEPOSIT_CERTIFICATE),
        form=_WITHDRAW_FORM,
        legal_days=5,
        promised_days=3,
        instant=(
            rule("holds_certificate", certificate="housing_fund_deposit_certificate"),
            rule("no_open_case"),
        ),
    ),
    _item(
        1,
        sub=2,
        name=t(
            "住房公积金提取（购买自住住房）",
            "住房公積金提取（購買自住住房）",
            "Draw the provident fund to buy your home",
        ),
        keywords=("买房提取公积金", "购房提取", "首付提取公积金"),
        themes=("housing_fund", "home_buying"),
        conditions=(
            _DEPOSITING,
            t(
                "购买自住住房，自购房合同备案或不动产登记之日起3年内申请",
                "購買自住住房，自購房合同備案或不動產登記之日起3年內申請",
                "Bought a home to live in, applying within three years",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.PURCHASE_CONTRACT,
            m.certificate("real_estate_certificate", required=False),
            DEPOSIT_CERTIFICATE,
        ),
        form=_WITHDRAW_FORM,
        legal_days=5,
        promised_days=3,
    ),
    _item(
        1,
        sub=3,
        name=t(
            "住房公积金提取（偿还住房贷款）",
            "住房公積金提取（償還住房貸款）",
            "Draw the provident fund to repay a home loan",
        ),
        keywords=("还贷提取", "公积金还房贷", "商贷提取公积金"),
        themes=("housing_fund", "home_buying"),
        conditions=(
            _DEPOSITING,
            t(
                "本人或配偶有自住住房贷款且正常还款",
                "本人或配偶有自住住房貸款且正常還款",
                "You or your spouse repay a loan on your own home",
            ),
        ),
        materials=(m.ID_CARD, m.LOAN_CONTRACT, DEPOSIT_CERTIFICATE),
        form=_WITHDRAW_FORM,
        legal_days=5,
        promised_days=3,
        instant=(
            rule("holds_certificate", certificate="housing_fund_deposit_certificate"),
            rule("no_open_case"),
        ),
    ),
    _item(
        1,
        sub=4,
        name=t(
            "住房公积金提取（离职）",
            "住房公積金提取（離職）",
            "Draw the provident fund after leaving a job",
        ),
        keywords=("离职提取公积金", "辞职取公积金", "销户提取"),
        themes=("housing_fund", "unemployment"),
        conditions=(
            t(
                "与单位终止劳动关系，账户封存满半年且未重新就业",
                "與單位終止勞動關係，賬戶封存滿半年且未重新就業",
                "Employment ended, account frozen for six months and not working again",
            ),
        ),
        materials=(m.ID_CARD, m.EMPLOYMENT_ENDED),
        form=_WITHDRAW_FORM,
        legal_days=5,
        promised_days=3,
    ),
    _item(
        1,
        sub=5,
        name=t(
            "住房公积金提取（退休）",
            "住房公積金提取（退休）",
            "Draw the provident fund on retirement",
        ),
        keywords=("退休提取公积金", "退休取公积金"),
        themes=("housing_fund", "retirement"),
        conditions=(
            t(
                "已办理退休手续",
                "已辦理退休手續",
                "You have retired",
            ),
        ),
        materials=(m.ID_CARD, m.certificate("retirement_certificate")),
        form=_WITHDRAW_FORM,
        legal_days=5,
        promised_days=3,
        instant=(
            rule("holds_certificate", certificate="retirement_certificate"),
            rule("no_open_case"),
        ),
    ),
    _item(
        2,
        item_type="public_service",
        name=t("住房公积金个人贷款", "住房公積金個人貸款", "Apply for a provident fund home loan"),
        keywords=("公积金贷款", "公积金买房贷款", "公积金组合贷"),
        themes=("housing_fund", "home_buying"),
        conditions=(
            t(
                "连续足额缴存住房公积金满6个月，购买本市自住住房",
                "連續足額繳存住房公積金滿6個月，購買本市自住住房",
                "Six months of full deposits and buying a home to live in in the city",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.PURCHASE_CONTRACT,
            m.certificate("marriage_certificate", required=False),
            m.upload("income_proof", t("收入证明", "收入證明", "Proof of income")),
        ),
        form=(
            *f.APPLICANT,
            ACCOUNT_NUMBER,
            field(
                "loan_amount_fen",
                "number",
                t("申请贷款金额（分）", "申請貸款金額（分）", "Loan amount (fen)"),
                validation={"min": 100_000, "max": 120_000_000},
            ),
            field(
                "loan_years",
                "number",
                t("贷款年限", "貸款年限", "Loan term (years)"),
                validation={"min": 1, "max": 30},
            ),
        ),
        legal_days=15,
        promised_days=10,
        visits=1,
        online_depth=3,
        appointment=True,
        delivery=("pickup",),
    ),
    _item(
        3,
        item_type="public_service",
        name=t(
            "住房公积金缴存证明打印",
            "住房公積金繳存證明打印",
            "Print a provident fund deposit certificate",
        ),
        keywords=("公积金证明", "缴存证明", "公积金缴存证明"),
        themes=("housing_fund", "home_buying"),
        conditions=(
            t(
                "在广州缴存住房公积金的职工",
                "在廣州繳存住房公積金的職工",
                "Employees paying into the fund in Guangzhou",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(*f.APPLICANT,),
        legal_days=1,
        promised_days=0,
        result="housing_fund_deposit_certificate",
    ),
    _item(
        4,
        item_type="public_service",
        name=t(
            "住房公积金异地转移接续",
            "住房公積金異地轉移接續",
            "Transfer your provident fund from another city",
        ),
        keywords=("公积金转移", "公积金转入", "公积金异地转移"),
        themes=("housing_fund", "employment"),
        conditions=(
            t(
                "在广州建立住房公积金账户并正常缴存，原缴存地账户已封存",
                "在廣州建立住房公積金賬戶並正常繳存，原繳存地賬戶已封存",
                "Now paying in Guangzhou, with the old account frozen",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            ACCOUNT_NUMBER,
            field("from_region", "region", t("转出城市", "轉出城市", "Transferring from")),
        ),
        legal_days=15,
        promised_days=5,
    ),
    _item(
        5,
        item_type="public_service",
        name=t(
            "灵活就业人员住房公积金缴存登记",
            "靈活就業人員住房公積金繳存登記",
            "Join the provident fund as a freelancer",
        ),
        keywords=("个人缴存公积金", "自由职业公积金", "灵活就业公积金"),
        themes=("housing_fund", "employment"),
        conditions=(
            t(
                "年满16周岁、在广州灵活就业的人员",
                "年滿16周歲、在廣州靈活就業的人員",
                "Aged 16 or over and working flexibly in Guangzhou",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(*f.APPLICANT, f.BANK_NAME, f.BANK_ACCOUNT),
        legal_days=5,
        promised_days=1,
        instant=(rule("age_between", min=16), rule("no_open_case")),
    ),
)
