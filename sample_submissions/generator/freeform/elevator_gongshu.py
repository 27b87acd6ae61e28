"""拱墅区·智能电梯安全：Word 修订模式稿，成员表末行为修订插入（w:ins），理事长和经费总额的旧句被修订删除（w:del）；
标注取接受全部修订后的文字（删除的文字不算）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, Revised, Table, Title, expected_checks

LEAD = "杭州运河智梯科技股份有限公司"
NAME = "浙江省智能电梯安全监测创新联合体"
LATE_MEMBER = "杭州城市安全技术研究院"

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案（修订稿）", 20),
    Para("推荐单位：拱墅区科学技术局    申报类型：类型二    所属领域：智能控制与先进技术", indent=False),
    Head("一、背景与意义", look="word"),
    Para("全省在用电梯超过40万台，老旧电梯占比逐年上升，困人、剪切等事故时有发生，传统定期检验难以及时发现隐患。"
         "牵头单位是省科技领军企业，在研省“尖兵”“领雁”项目2项，组建联合体旨在突破电梯状态感知、故障预测和按需维保技术。"),
    Head("二、目标与主要研发任务", look="word"),
    Para("到2025年，研制电梯多源状态感知终端，故障预警准确率达到90%，困人事故下降30%；建成按需维保平台，接入电梯2万台以上；"
         "申请发明专利20项，制定地方标准1项。"),
    Para(f"主要任务：（1）电梯多源状态感知终端；（2）故障预测与健康管理算法；（3）按需维保平台；（4）城市电梯安全风险评估"
         f"（由{LATE_MEMBER}承担）。各任务组成项目群，任务（2）拟申报省“领雁”研发攻关计划。"),
    Head("三、组织架构与运行机制", look="word"),
    Revised((
        ("keep", "联合体成员单位如下。"),
        ("ins", "各成员单位已签订组建意向书，明确任务分工、权利和义务。"),
    )),
    Table((
        ("序号", "单位名称", "单位性质", "承担任务"),
        ("1", LEAD, "企业（牵头）", "感知终端与示范应用"),
        ("2", "浙江大学", "高校", "故障预测算法"),
        ("3", "杭州运河电梯部件有限公司", "企业", "曳引与制动部件"),
        ("4", "杭州数梯物联科技有限公司", "企业", "按需维保平台"),
        ("5", LATE_MEMBER, "科研院所", "城市电梯安全风险评估"),
    ), inserted_rows=(5,)),
    Revised((
        ("keep", "联合体设立理事会，由各成员单位负责人组成。"),
        ("del", "理事长由浙江大学李明远教授担任。"),
        ("ins", "理事长由牵头单位董事长周海峰担任。"),
        ("keep", "设专家咨询委员会，首席科学家由浙江大学李明远教授担任。"
                 "知识产权实行“共建共享”，联合研发成果由参与方共有，成员单位可无偿使用。"),
    )),
    Head("四、经费投入与保障措施", look="word"),
    Revised((
        ("del", "联合体三年总投入4000万元，其中企业自筹1800万元。"),
        ("ins", "联合体三年总投入6000万元，其中企业自筹4200万元、省级财政800万元、市级财政600万元、"
                "拱墅区财政200万元、高校院所自筹200万元。"),
    )),
    Table((
        ("年度", "2023年", "2024年", "2025年", "合计"),
        ("投入（万元）", "1800", "2200", "2000", "6000"),
    )),
    Head("五、进度安排", look="word"),
    Para("2023年：完成感知终端样机和故障数据库建设。"),
    Para("2024年：故障预测算法上线，平台接入电梯5000台。"),
    Para("2025年：平台接入电梯2万台以上，完成全部考核指标。"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": "浙江大学", "kind": "university", "is_lead": False},
        {"name": "杭州运河电梯部件有限公司", "kind": "enterprise", "is_lead": False},
        {"name": "杭州数梯物联科技有限公司", "kind": "enterprise", "is_lead": False},
        {"name": LATE_MEMBER, "kind": "institute", "is_lead": False},
    ],
    "strategic_field": "智能控制与先进技术",
    "district": "拱墅区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 6000.0, "enterprise_wan": 4200.0, "government_wan": 1600.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

PLAN = FreeformPlan(path=f"拱墅区/{NAME}实施方案（修订稿）.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
