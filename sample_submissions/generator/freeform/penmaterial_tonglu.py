"""桐庐县·高端书写工具关键材料（第十五组M，违规）：.doc；一级标题为 Word 标题样式的大写数字加括号“（壹）背景与意义”…
“（伍）进度安排”，二级“一、”；申报类型没有栏目，只在正文一句“按照通知‘申报对象’第2项申报，即由省科技小巨人企业
牵头组建的杭州市企业创新联合体”（第2项即类型二）；成员在（叁）下逐行编号“1．单位名称——类别，分工”；经费只在正文，
万元，含“桐庐县制笔产业基金”（社会资本）、“银行贷款”（均不算企业自筹、不算财政）与“县级配套”（财政）。刻意问题：
所属领域写作“现代轻工（制笔）”，正文也称“立足现代轻工领域”——不是15个战略领域之一（内容虽多讲不锈钢线材和墨水
材料，方案并未声称功能材料等领域）：field.strategic=fail，汇总表“15个战略领域”一栏无法填写，summary.complete=warn。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省高端书写工具关键材料创新联合体"
LEAD = "桐庐华宇笔业科技股份有限公司"
ZJUT = "浙江工业大学"
CJLU = "中国计量大学"
METAL = "浙江省冶金研究院有限公司"
STEEL = "杭州恒亮精密不锈钢有限公司"
INK = "桐庐墨彩新材料有限公司"
QC = "浙江省轻工业品质量检验研究院"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJUT, "kind": "university", "is_lead": False},
        {"name": CJLU, "kind": "university", "is_lead": False},
        {"name": METAL, "kind": "institute", "is_lead": False},
        {"name": STEEL, "kind": "enterprise", "is_lead": False},
        {"name": INK, "kind": "enterprise", "is_lead": False},
        {"name": QC, "kind": "service", "is_lead": False},
    ],
    "strategic_field": None,
    "district": "桐庐县",
    "district_source": "text",
    "application_type": "类型二",
    # 产业基金500万元、银行贷款500万元既非企业自筹也非财政
    "budget": {"total_wan": 5000.0, "enterprise_wan": 2900.0, "government_wan": 800.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "field.strategic": "fail",  # “现代轻工（制笔）”不在15个战略领域内
        "summary.complete": "warn",  # 汇总表“15个战略领域”一栏无法填写
    }),
}

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 24),
    Para("", indent=False),
    Table((
        ("联合体名称", NAME),
        ("牵头单位", LEAD),
        ("所属领域", "现代轻工（制笔）"),
        ("推荐单位", "桐庐县科学技术局"),
        ("联系人", "方志远（华宇笔业技术中心主任）"),
    ), header=False),
    PageBreak(),
    Head("（壹）背景与意义", look="word"),
    Para("桐庐县分水镇是“中国制笔之乡”，年产各类笔60余亿支，占全国产量的三分之一以上。但高端中性笔、走珠笔所用的"
         "易切削不锈钢笔头线材、碳化钨球珠和低黏度环保墨水长期依赖日本和瑞士供应，国产笔头书写寿命和出墨均匀性与"
         "进口产品差距明显，行业利润率不足5%。"),
    Para(f"{LEAD}（以下简称“华宇笔业”）位于桐庐县分水镇工业功能区，是浙江省科技小巨人企业，建有省级企业技术中心，"
         "年产笔头12亿支，在研省“领雁”研发攻关计划项目2项。本联合体立足现代轻工领域，联合上游线材、墨水企业和"
         "高校院所，攻克书写工具“卡脖子”材料，推动分水制笔产业由“做笔”向“做材料”升级。"),
    Para("本联合体按照通知“申报对象”第2项申报，即由省科技小巨人企业牵头组建的杭州市企业创新联合体。"),
    Head("（贰）目标与主要研发任务", look="word"),
    Head("一、三年目标", level=2, look="word"),
    Para("到2025年：国产易切削不锈钢笔头线材切削性能达到进口同类产品水平，笔头书写长度由800米提高到1500米以上；"
         "碳化钨球珠圆度误差小于0.25微米；低黏度水性墨水实现无溶剂化，VOCs排放下降90%；高端笔头国内市场占有率由"
         "8%提高到30%，新增产值5亿元；申请发明专利25项，制定行业标准3项。"),
    Head("二、重大攻关任务（项目群）", level=2, look="word"),
    Para("任务1：易切削不锈钢笔头线材成分设计与连续拉拔工艺（冶金研究院、恒亮不锈钢）；任务2：碳化钨球珠精密研磨与"
         "在线检测（华宇笔业、中国计量大学）；任务3：低黏度环保墨水配方与流变控制（墨彩新材料、浙江工业大学）；任务4："
         "笔头—墨水匹配性与书写性能评价（轻工业品质检院、华宇笔业）。四项任务组成项目群，分年度滚动推进。"),
    Head("（叁）组织架构与运行机制", look="word"),
    Head("一、成员单位", level=2, look="word"),
    Para("联合体由以下7家单位组成：", indent=False),
    Para(f"1．{LEAD}——企业（牵头单位），负责总体设计、球珠加工与笔头产业化；", indent=False),
    Para(f"2．{ZJUT}——高校，负责墨水流变学与界面化学研究；", indent=False),
    Para(f"3．{CJLU}——高校，负责微米级精密测量方法；", indent=False),
    Para(f"4．{METAL}——科研院所（省属转制院所），负责不锈钢线材成分设计；", indent=False),
    Para(f"5．{STEEL}——企业，负责线材冶炼与拉拔；", indent=False),
    Para(f"6．{INK}——企业，负责环保墨水研制与量产；", indent=False),
    Para(f"7．{QC}——检验检测机构，负责书写性能检测与标准验证。", indent=False),
    Para("各成员单位已签订组建意向书，明确了各方任务分工、权利和义务。"),
    Head("二、组织架构", level=2, look="word"),
    Para("联合体设理事会，由7家成员单位负责人组成，是联合体重大事项的商议与决策机构，理事长由华宇笔业董事长钟国华担任。"
         "设专家咨询委员会，聘请金属材料、精细化工和精密制造领域专家7名；设首席科学家岗，由浙江工业大学化学工程学院"
         "教授担任。"),
    Head("三、运行机制", level=2, look="word"),
    Para("建立“共建共享”的知识产权管理制度，成员单位签订知识产权管理协议：联合研发成果由参与单位共有，成员单位可在"
         "联合体内优先、无偿实施，对外许可收益按投入比例分享。联合体共同申报国家和省科技计划项目，实行任务负责人制。"),
    Head("（肆）经费投入与保障措施", look="word"),
    Para("联合体三年总投入5000万元，其中成员企业自筹2900万元，占58%；省级财政资金300万元，市级财政资金200万元，"
         "桐庐县县级配套资金300万元；桐庐县制笔产业基金（社会资本）投入500万元；华宇笔业申请银行贷款500万元；高校院所"
         "自筹300万元。分年度：2023年1500万元，2024年2000万元，2025年1500万元。"),
    Para("保障措施：设立联合体专账，专款专用；理事会每半年审议一次经费执行情况；桐庐县对笔头材料产业化项目给予用地和"
         "技改补助支持。"),
    Head("（伍）进度安排", look="word"),
    Para("2023年：完成线材成分设计和小批量试制，墨水配方筛选完成，建立书写性能评价方法。"),
    Para("2024年：线材实现连续拉拔中试，球珠研磨线改造完成，环保墨水通过第三方检测，制定行业标准草案。"),
    Para("2025年：高端笔头和墨水批量供货，完成行业标准报批，全面完成三年目标。"),
    Para("", indent=False),
    Para(f"{LEAD}", indent=False),
    Para("2022年11月16日", indent=False),
)

PLAN = FreeformPlan(path=f"桐庐县/{NAME}实施方案.doc", format="doc", blocks=BLOCKS, truth=TRUTH)
