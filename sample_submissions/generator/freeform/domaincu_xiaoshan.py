"""萧山区·智能网联汽车域控制器（第十一组F）：复印机黑白模式（1位）的盖章扫描件，公章压在封面牵头单位名称上；8列成员表作为附表单独占末页横向页面；
在研省“尖兵”“领雁”项目只写作一个合计数“4项”——lead.active_projects=warn；其余为常见写法。"""

from __future__ import annotations

from .model import FreeformPlan, Head, NewSection, Para, Scan, Table, Title, expected_checks

NAME = "浙江省智能网联汽车域控制器创新联合体"
LEAD = "杭州驰域智能汽车电子股份有限公司"
UNIV = "杭州电子科技大学"
INST = "浙江省机电设计研究院有限公司"
CHIP = "杭州萧芯半导体有限公司"
V2X = "浙江钱塘车联网科技有限公司"
TEST = "杭州湾汽车电子检测技术有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": CHIP, "kind": "enterprise", "is_lead": False},
        {"name": V2X, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "智能控制与先进技术",
    "district": "萧山区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 13600.0, "enterprise_wan": 9600.0, "government_wan": 3200.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "lead.active_projects": "warn",  # “在研省‘尖兵’‘领雁’研发攻关计划项目4项”，超过3项
    }),
}

BLOCKS = (
    Title(f"{NAME}实施方案", 16),
    Para(f"牵头单位（盖章）：{LEAD}", indent=False),
    Para("推荐单位：萧山区科学技术局        编制日期：2022年11月15日", indent=False),
    Para("申报类型：类型二        所属领域：智能控制与先进技术", indent=False),
    Head("一、背景与意义", look="bold"),
    Para("域控制器的主控芯片、实时操作系统和功能安全工具链仍依赖国外。"
         f"{LEAD}是省科技领军企业，注册地址为杭州市萧山区建设四路，组建联合体打通“芯片—控制器—整车”链条。"),
    Head("二、目标与主要研发任务", look="bold"),
    Para("到2025年，形成自主可控的域控制器产品平台，国产主控芯片装车比例达到50%以上，功能安全达到ASIL-D等级，"
         "申请发明专利40项。重大攻关任务组成项目群：车规级主控芯片、实时操作系统、整车验证平台、车路协同模组、"
         "功能安全检测认证。"),
    Head("三、组织架构与运行机制", look="bold"),
    Para("联合体成员单位共6家（见附表），各成员单位已签订组建意向书，明确任务分工、权利和义务。联合体设理事会，"
         "由全体成员单位负责人组成，理事长由牵头单位董事长钟立新担任；设专家咨询委员会和首席科学家岗（孙浩教授）。"
         "牵头单位目前在研省“尖兵”“领雁”研发攻关计划项目4项。知识产权实行"
         "“共建共享”：联合攻关成果由参与单位共有，成员单位在联合体内优先、优惠实施。"),
    Head("四、经费投入与保障措施", look="bold"),
    Para("三年计划总投入13600万元，其中成员企业自筹9600万元，占70.6%。"),
    Table((
        ("来源（万元）", "2023年", "2024年", "2025年", "合计"),
        ("企业自筹", "3000", "3600", "3000", "9600"),
        ("省级财政", "400", "400", "400", "1200"),
        ("市级财政", "300", "400", "300", "1000"),
        ("区级财政", "300", "400", "300", "1000"),
        ("高校院所自筹", "200", "200", "400", "800"),
        ("合计", "4200", "5000", "4400", "13600"),
    )),
    Head("五、进度安排", look="bold"),
    Para("2023年完成芯片流片和操作系统内核；2024年完成样机、整车验证和功能安全认证；2025年量产装车，完成全部指标。"),
    NewSection(landscape=True),
    Para("附表：联合体成员单位一览表", indent=False, bold=True),
    Table((
        ("序号", "单位名称", "单位性质", "统一社会信用代码", "法定代表人", "所在地", "承担任务", "联系人"),
        ("1", LEAD, "企业（牵头）", "91330109MA2B7C1X4K", "钟立新", "萧山区", "总体设计、操作系统、量产", "陈婷"),
        ("2", UNIV, "高等院校", "12330000470116538F", "—", "钱塘区", "芯片架构与安全岛", "孙浩"),
        ("3", INST, "省属转制科研院所", "913300004700308871", "林卫东", "西湖区", "硬件在环与整车验证", "吴佳"),
        ("4", CHIP, "企业", "91330109MA2H3K9N2P", "赵光明", "萧山区", "车规级主控芯片", "何琳"),
        ("5", V2X, "企业", "91330114MA2CX5D07R", "许建平", "钱塘区", "车路协同通信模组", "徐蕾"),
        ("6", TEST, "第三方检验检测机构", "91330109MA28TQ6L5M", "方静", "萧山区", "电磁兼容与功能安全检测", "潘磊"),
    )),
)

PLAN = FreeformPlan(
    path=f"萧山区/{NAME}实施方案（盖章扫描件）.pdf", format="pdf-ocr", blocks=BLOCKS, truth=TRUTH,
    scan=Scan(stamp_text=LEAD, seed=2301, stamp_page=0, stamp_at=(0.5, 0.19), colour="bw"),
)
