"""桐庐县·医用高分子耗材（第十三组J）：全文数字为全角（２０２５年、４２００万元、１２００万元）；三年目标写成三列表格
（指标名称/现状值/２０２５年目标值）；落款“２０２２年１１月２３日”晚于通知的报送截止日11月18日（submission.deadline=warn）；
全文未提在研省“尖兵”“领雁”项目（lead.active_projects=manual）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省医用高分子耗材创新联合体"
LEAD = "浙江富春江医疗器械股份有限公司"
ZJUT = "浙江工业大学"
HMC = "杭州医学院"
IMM = "浙江省医疗器械研究所"
RESIN = "杭州桐君高分子材料有限公司"
MOLD = "桐庐精塑模具有限公司"
TEST = "浙江省医疗器械检验研究院"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJUT, "kind": "university", "is_lead": False},
        {"name": HMC, "kind": "university", "is_lead": False},
        {"name": IMM, "kind": "institute", "is_lead": False},
        {"name": RESIN, "kind": "enterprise", "is_lead": False},
        {"name": MOLD, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "新药创制与高端医疗器械",
    "district": "桐庐县",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 6800.0, "enterprise_wan": 4200.0, "government_wan": 1200.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "lead.active_projects": "manual",  # 全文未提在研省“尖兵”“领雁”项目
    }),
}

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("推荐单位：桐庐县科学技术局", indent=False),
    Para("编制日期：２０２２年１１月２３日", indent=False),
    PageBreak(),
    Head("一、背景与意义"),
    Para("一次性输注器、血液透析管路、介入导管等医用高分子耗材用量巨大，医用级聚氯乙烯替代材料、热塑性聚氨酯和"
         "医用硅胶长期依赖进口，高端导管的精密挤出与表面改性技术受制于人。"),
    Para(f"{LEAD}位于桐庐县富春江镇，是浙江省科技小巨人企业，年产各类医用耗材３０亿支，建有省级企业研究院。"
         "联合体所属领域为新药创制与高端医疗器械。"),
    Head("二、目标与主要研发任务"),
    Para("到２０２５年，联合体在医用高分子材料与高端耗材领域形成国内领先优势。三年战略目标的主要指标如下："),
    Table((
        ("指标名称", "现状值", "２０２５年目标值"),
        ("医用级非邻苯增塑材料国产化率", "２０％", "８０％"),
        ("精密挤出导管壁厚公差", "±０．０５ｍｍ", "±０．０１ｍｍ"),
        ("取得第三类医疗器械注册证", "—", "５个"),
        ("申请发明专利", "—", "３０项"),
        ("新增产值", "—", "８亿元"),
    )),
    Para("凝练四项重大攻关任务，形成项目群：任务一，医用级非邻苯增塑聚氯乙烯与热塑性聚氨酯材料；任务二，多腔"
         "精密导管挤出与模具；任务三，抗凝血、抗菌表面改性；任务四，生物相容性评价与注册检验。"),
    Head("三、组织架构与运行机制"),
    Table((
        ("序号", "单位名称", "单位类别", "承担任务"),
        ("１", LEAD, "企业（牵头单位）", "任务二、总体集成"),
        ("２", ZJUT, "高校", "任务一"),
        ("３", HMC, "高校", "任务三"),
        ("４", IMM, "科研院所", "任务三"),
        ("５", RESIN, "企业", "任务一材料中试"),
        ("６", MOLD, "企业", "任务二精密模具"),
        ("７", TEST, "检验检测机构", "任务四"),
    )),
    Para("各成员单位已签订组建意向书，明确任务分工、权利和义务。联合体设理事会，由７家成员单位负责人组成，理事长由"
         "牵头单位董事长方建平担任。设专家咨询委员会，聘请高分子材料、临床医学和医疗器械监管领域专家７名；设首席"
         "科学家岗，由浙江工业大学材料科学与工程学院教授担任。"),
    Para("建立“共建共享”的知识产权管理制度，成员单位签订知识产权管理协议，共同研发成果归参与各方共有，联合体内"
         "优先、免费实施。"),
    Head("四、经费投入与保障措施"),
    Para("联合体三年总投入６８００万元，其中企业自筹４２００万元，省级财政资金５００万元，市级配套资金４００万元，"
         "县级配套资金３００万元，高校院所自筹１４００万元。分年度投入：２０２３年２２００万元，２０２４年２４００万元，"
         "２０２５年２２００万元。经费专账管理、专款专用。"),
    Head("五、进度安排"),
    Para("２０２３年：完成医用级非邻苯增塑材料配方开发和多腔导管模具设计。"),
    Para("２０２４年：完成材料中试和表面改性工艺，导管产品完成型式检验。"),
    Para("２０２５年：取得第三类医疗器械注册证，实现规模化生产，全面完成考核指标。"),
    Para("", indent=False),
    Para(f"{LEAD}", indent=False),
    Para("２０２２年１１月２３日", indent=False),
)

PLAN = FreeformPlan(path=f"桐庐县/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
