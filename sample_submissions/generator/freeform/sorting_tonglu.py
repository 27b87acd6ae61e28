"""桐庐县·快递分拣装备：扫描件（无文字层，倾斜1—2°），成员表全框线，红色公章盖在封面牵头单位名称上。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Scan, Table, Title, expected_checks

LEAD = "浙江通达智能分拣装备股份有限公司"
NAME = "浙江省快递物流智能分拣装备创新联合体"

BLOCKS = (
    Para("", indent=False),
    Para("", indent=False),
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("", indent=False),
    Para("", indent=False),
    Para("", indent=False),
    Para(f"牵头单位（盖章）：{LEAD}", indent=False),
    Para("推荐单位：桐庐县科学技术局", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("所属领域：智能控制与先进技术", indent=False),
    Para("二〇二二年十一月", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="bold"),
    Para("桐庐是“中国快递之乡”，快递物流装备产业链较为完整。当前高速交叉带分拣机、柔性供包机器人等核心装备的"
         "伺服驱动、视觉识别和调度软件仍依赖进口，单套设备国产化率不足六成。牵头单位是省科技领军企业，"
         "在研省“尖兵”“领雁”项目2项，拥有省级企业研究院，组建联合体旨在突破分拣装备“卡脖子”环节。"),
    Head("二、目标与主要研发任务", look="bold"),
    Para("到2025年，研制分拣效率每小时3万件以上的高速交叉带分拣系统，错分率低于万分之一，核心部件国产化率达到90%；"
         "申请发明专利25项，制定团体标准2项，在10个以上快递转运中心示范应用。"),
    Para("主要任务：（1）高速交叉带分拣机整机设计；（2）包裹视觉识别与柔性供包机器人；（3）分拣中心智能调度软件；"
         "（4）整机可靠性检测与标准研制。四项任务组成项目群，其中任务（2）拟申报省“尖兵”研发攻关计划。"),
    Head("三、组织架构与运行机制", look="bold"),
    Para("联合体由以下6家单位组成，各方已签订组建意向书，明确任务分工、权利和义务："),
    Table((
        ("序号", "单位名称", "单位性质", "承担任务"),
        ("1", LEAD, "企业（牵头）", "整机设计、示范应用"),
        ("2", "浙江理工大学", "高校", "视觉识别算法"),
        ("3", "浙江省机电设计研究院有限公司", "省属科研院所", "伺服驱动与控制"),
        ("4", "桐庐捷运输送设备有限公司", "企业", "输送线与供包机构"),
        ("5", "杭州视源智联科技有限公司", "企业", "调度软件"),
        ("6", "浙江方圆物流装备检测有限公司", "检验检测机构", "可靠性检测与标准"),
    )),
    Para("联合体设理事会，由各成员单位负责人组成，理事长由牵头单位董事长叶建华担任；设专家咨询委员会，"
         "首席科学家由浙江理工大学许文彬教授担任。知识产权实行“共建共享”，联合研发成果由参与方共有，成员单位优先无偿使用。"),
    Head("四、经费投入与保障措施", look="bold"),
    Para("联合体三年总投入9000万元，其中企业自筹6300万元，占70%。分来源、分年度安排如下（单位：万元）："),
    Table((
        ("资金来源", "2023年", "2024年", "2025年", "合计"),
        ("企业自筹", "2000", "2200", "2100", "6300"),
        ("省级财政", "400", "300", "300", "1000"),
        ("市级财政", "300", "300", "200", "800"),
        ("县级财政", "200", "200", "200", "600"),
        ("高校院所自筹", "100", "100", "100", "300"),
        ("合计", "3000", "3100", "2900", "9000"),
    )),
    Para("保障措施：设立联合体专账，专款专用；县财政配套资金与企业投入同步到位。"),
    Head("五、进度安排", look="bold"),
    Para("2023年：完成联合体组建和整机方案设计，视觉识别算法完成实验室验证。"),
    Para("2024年：样机完成中试，调度软件在2个转运中心试运行。"),
    Para("2025年：整机定型并在10个以上转运中心示范应用，完成全部考核指标。"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": "浙江理工大学", "kind": "university", "is_lead": False},
        {"name": "浙江省机电设计研究院有限公司", "kind": "institute", "is_lead": False},
        {"name": "桐庐捷运输送设备有限公司", "kind": "enterprise", "is_lead": False},
        {"name": "杭州视源智联科技有限公司", "kind": "enterprise", "is_lead": False},
        {"name": "浙江方圆物流装备检测有限公司", "kind": "service", "is_lead": False},
    ],
    "strategic_field": "智能控制与先进技术",
    "district": "桐庐县",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 9000.0, "enterprise_wan": 6300.0, "government_wan": 2400.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

PLAN = FreeformPlan(
    path=f"桐庐县/{NAME}实施方案（扫描件）.pdf", format="pdf-ocr", blocks=BLOCKS, truth=TRUTH,
    scan=Scan(stamp_text=LEAD, seed=2201, stamp_page=0, stamp_at=(0.5, 0.36)),
)
