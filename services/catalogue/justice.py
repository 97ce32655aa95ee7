"""Legal aid, notarisation, lawyers and mediation (司法行政)."""

from functools import partial

from services.catalogue import fields as f
from services.catalogue import materials as m
from services.catalogue.build import service, t
from services.catalogue.fields import field, select

_item = partial(service, "justice")

ITEMS = (
    _item(
        1,
        item_type="benefit",
        name=t("法律援助申请", "法律援助申請", "Apply for legal aid"),
        keywords=("法律援助", "免费律师", "请不起律师"),
        themes=("legal", "hardship"),
        conditions=(
            t(
                "经济困难且没有委托代理人，或属于法定免予经济困难审查的情形",
                "經濟困難且沒有委託代理人，或屬於法定免予經濟困難審查的情形",
                "Unable to afford a lawyer, or in a case exempt from the means test",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.HOUSEHOLD_INCOME,
            m.upload(
                "case_documents",
                t("案件相关材料", "案件相關材料", "Documents about the case"),
                max_files=20,
            ),
        ),
        form=(
            *f.APPLICANT,
            select(
                "matter",
                t("案件类别", "案件類別", "Kind of matter"),
                (
                    ("wages", t("追索劳动报酬", "追索勞動報酬", "Unpaid wages")),
                    ("injury", t("人身损害赔偿", "人身損害賠償", "Personal injury")),
                    ("family", t("婚姻家庭", "婚姻家庭", "Family")),
                    ("criminal", t("刑事辩护", "刑事辯護", "Criminal defence")),
                    ("other", t("其他", "其他", "Other")),
                ),
            ),
            f.REASON,
        ),
        legal_days=7,
        promised_days=5,
    ),
    _item(
        2,
        item_type="public_service",
        name=t("公证申办", "公證申辦", "Apply for a notarisation"),
        keywords=("公证", "出生公证", "学历公证", "办公证"),
        themes=("legal", "documents", "travel"),
        conditions=(
            t(
                "当事人申请办理与本人有关的公证事项",
                "當事人申請辦理與本人有關的公證事項",
                "Notarising matters about yourself",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload(
                "documents_to_notarise",
                t("需公证的文书", "需公證的文書", "Documents to notarise"),
                max_files=10,
            ),
        ),
        form=(
            *f.APPLICANT,
            select(
                "notarial_matter",
                t("公证事项", "公證事項", "What to notarise"),
                (
                    ("birth", t("出生", "出生", "Birth")),
                    ("education", t("学历学位", "學歷學位", "Education")),
                    ("no_criminal_record", t("无犯罪记录", "無犯罪記錄", "No criminal record")),
                    ("marital_status", t("婚姻状况", "婚姻狀況", "Marital status")),
                    ("kinship", t("亲属关系", "親屬關係", "Kinship")),
                ),
            ),
            f.DELIVERY_ADDRESS,
        ),
        legal_days=15,
        promised_days=10,
        fee_fen=20000,
        delivery=("express", "electronic"),
    ),
    _item(
        3,
        item_type="licensing",
        name=t("律师执业许可", "律師執業許可", "Licence to practise as a lawyer"),
        keywords=("律师证", "律师执业证", "申请律师执业"),
        themes=("employment", "legal"),
        conditions=(
            t(
                "取得法律职业资格证书，在律师事务所实习满一年且表现合格",
                "取得法律職業資格證書，在律師事務所實習滿一年且表現合格",
                "A legal professional qualification and a year's satisfactory traineeship",
            ),
        ),
        materials=(
            m.ID_CARD,
            m.upload(
                "legal_qualification",
                t("法律职业资格证书", "法律職業資格證書", "Legal professional qualification"),
            ),
            m.upload(
                "internship_assessment",
                t("实习考核合格意见", "實習考核合格意見", "Traineeship assessment"),
            ),
        ),
        form=(
            *f.APPLICANT,
            field(
                "law_firm",
                "text",
                t("拟执业律师事务所", "擬執業律師事務所", "Law firm"),
                validation={"max_length": 40},
            ),
        ),
        legal_days=20,
        promised_days=15,
        visits=1,
        online_depth=3,
        delivery=("pickup",),
        result="lawyer_licence",
    ),
    _item(
        4,
        item_type="public_service",
        name=t("人民调解申请", "人民調解申請", "Ask for people's mediation"),
        keywords=("调解", "邻里纠纷", "纠纷调解"),
        themes=("legal",),
        conditions=(
            t(
                "民间纠纷当事人自愿申请调解",
                "民間糾紛當事人自願申請調解",
                "Parties to a civil dispute who want mediation",
            ),
        ),
        materials=(m.ID_CARD,),
        form=(
            *f.APPLICANT,
            field(
                "other_party",
                "text",
                t("对方当事人", "對方當事人", "The other party"),
                validation={"max_length": 80},
            ),
            f.REASON,
        ),
        legal_days=30,
        promised_days=15,
        min_level="L1",
    ),
)
