"""拱墅区·高端轴承钢（违规）：企业自筹只占46%，另有银行贷款20%、社会资本10%——把贷款或社会资本算作企业投入就会
误判为企业投入为主；funding.enterprise_main=fail。一级标题编号混用：“一、”“（二）”“3.”“四、”“五、”；
经费为正文来源 + 来源×年度表。LibreOffice PDF。"""

from __future__ import annotations

from .blind_parts import goals, indicators, management, mechanism, prospects, risks, safeguards, yearly
from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省高端轴承钢材料创新联合体"
LEAD = "杭州钢研特种材料股份有限公司"
UNIV = "浙江大学"
INST = "钢铁研究总院华东分院"
BEAR = "浙江万向精工轴承有限公司"
FORGE = "杭州锻压精锻有限公司"
TEST = "浙江省冶金产品质量检验站有限公司"

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 20),
    Para("申报类型：类型二", indent=False),
    Para("所属领域：功能材料", indent=False),
    Para("推荐单位：拱墅区科学技术局", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para(f"{LEAD}是省科技小巨人企业，注册地址为杭州市拱墅区半山街道，主营轴承钢、齿轮钢等特殊钢材料。高端轴承钢的"
         "纯净度和组织均匀性与国外差距明显，风电主轴承、高铁轴承用钢依赖进口。"),
    Para("轴承被誉为装备制造的“关节”，轴承钢的质量直接决定轴承的寿命和可靠性。我国轴承钢产量已居世界第一，但高端轴承钢的氧含量、钛含量和夹杂物控制水平与国外先进企业相比仍有差距，碳化物颗粒粗大、分布不均匀，导致国产轴承的疲劳寿命只有国外产品的三分之一到二分之一。风电、高铁、航空发动机、精密机床等领域所用的高端轴承大部分依赖进口，成为产业链的“卡脖子”环节。拱墅区正在推进老工业区转型升级，发展高端特殊钢材料和精密零部件产业，组建创新联合体有利于集聚上下游企业和高校院所的创新资源。"),
    Head("（二）目标与主要研发任务", look="word"),
    *goals("轴承钢氧含量降至5ppm以下，夹杂物尺寸小于10微米，轴承疲劳寿命提高2倍，申请发明专利25项",
           "超高纯净冶炼、均质化连铸、控轧控冷、轴承全寿命验证"),
    indicators("轴承钢总氧含量不大于5ppm，钛含量不大于15ppm，D类夹杂物不大于0.5级；碳化物液析不大于1级，网状碳化物不大于2级；风电主轴承用钢通过主机厂台架考核，轴承L10疲劳寿命达到国外同类产品水平；年产高端轴承钢10万吨，新增产值15亿元；制定团体标准2项。"),
    prospects("高端轴承钢"),
    Head("3.组织架构与运行机制", look="word"),
    Table((
        ("序号", "单位名称", "单位性质", "分工"),
        ("1", LEAD, "企业（牵头单位）", "冶炼与产业化"),
        ("2", UNIV, "高校", "凝固机理"),
        ("3", INST, "科研院所", "热处理工艺"),
        ("4", BEAR, "企业", "轴承制造验证"),
        ("5", FORGE, "企业", "精锻成形"),
        ("6", TEST, "检验检测机构", "材料检测"),
    )),
    Para("联合体设理事会，理事会由各成员单位负责人组成，理事长由牵头单位董事长担任；设专家咨询委员会，首席科学家"
         "由钢铁研究总院华东分院院长担任。牵头单位在研省“尖兵”研发攻关计划项目1项。"),
    mechanism(0),
    management(),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入10000万元，其中企业自筹4600万元，银行贷款2000万元，社会资本1000万元，省级财政1000万元，"
         "市级财政800万元，区级财政600万元。"),
    Table((
        ("来源（万元）", "2023年", "2024年", "2025年", "合计"),
        ("企业自筹", "1500", "1500", "1600", "4600"),
        ("银行贷款", "1000", "1000", "0", "2000"),
        ("社会资本", "300", "300", "400", "1000"),
        ("省级财政", "400", "300", "300", "1000"),
        ("市级财政", "300", "300", "200", "800"),
        ("区级财政", "200", "200", "200", "600"),
        ("合计", "3700", "3600", "2700", "10000"),
    )),
    risks(),
    safeguards("拱墅区科学技术局"),
    Head("五、进度安排", look="word"),
    *yearly("完成超纯净冶炼工艺试验", "完成均质化连铸和控轧控冷工艺", "完成轴承全寿命验证，实现批量供货"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": BEAR, "kind": "enterprise", "is_lead": False},
        {"name": FORGE, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "功能材料",
    "district": "拱墅区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 10000.0, "enterprise_wan": 4600.0, "government_wan": 2400.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"funding.enterprise_main": "fail"}),
}

PLAN = FreeformPlan(path=f"拱墅区/{NAME}实施方案.pdf", format="pdf", blocks=BLOCKS, truth=TRUTH)
