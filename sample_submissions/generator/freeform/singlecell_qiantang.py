"""钱塘区·单细胞多组学（第十三组K）：类型三只由措辞确定（“2022年度已获得省科技厅支持的项目型创新联合体”），牵头单位
领航基因科技（杭州）有限公司在附件3名单中；年份一律写作汉字“二〇二三年”“到二〇二五年”；成员表另有“联合体职务”列
（理事长、理事），理事长只见于表中；成员含医院（other）、名为“实验室有限公司”的第三方医学检验机构（service）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省单细胞多组学检测创新联合体"
LEAD = "领航基因科技（杭州）有限公司"
WESTLAKE = "西湖大学"
ZJU = "浙江大学"
HOSP = "浙江大学医学院附属第一医院"
IBMC = "中国科学院杭州医学研究所"
CHIP = "杭州钱塘微流控芯片有限公司"
LAB = "浙江格致医学检验实验室有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": WESTLAKE, "kind": "university", "is_lead": False},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": HOSP, "kind": "other", "is_lead": False},
        {"name": IBMC, "kind": "institute", "is_lead": False},
        {"name": CHIP, "kind": "enterprise", "is_lead": False},
        {"name": LAB, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "组学与精准医学",
    "district": "钱塘区",
    "district_source": "text",
    "application_type": "类型三",
    "budget": {"total_wan": 10000.0, "enterprise_wan": 6500.0, "government_wan": 2000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 22),
    Para("（完善稿）", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("推荐单位：杭州市钱塘区科技局", indent=False),
    Para("二〇二二年十一月十二日", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para("单细胞多组学技术能在单个细胞水平同时解析基因组、转录组和表观组，是肿瘤早诊、免疫治疗伴随诊断和细胞药物"
         "质控的前沿工具。单细胞测序仪器、微流控芯片和配套试剂几乎全部依赖进口，检测成本高，临床应用受限。"),
    Para(f"本联合体是2022年度已获得省科技厅支持的项目型创新联合体，由{LEAD}（以下简称“领航基因”）牵头，此次在原有"
         "基础上重新完善实施方案。领航基因注册地址为杭州市钱塘区白杨街道，是浙江省科技领军企业，数字PCR和单细胞"
         "检测平台已进入300余家医院，在研省“尖兵”研发攻关计划项目1项、省“领雁”研发攻关计划项目1项。联合体所属"
         "领域为组学与精准医学。"),
    Head("二、目标与主要研发任务", look="word"),
    Para("到二〇二五年，建成自主可控的单细胞多组学检测技术体系：单细胞捕获通量达到每次2万个细胞、捕获效率大于65%，"
         "单细胞建库成本下降到进口产品的40%；取得第二类、第三类医疗器械注册证各2个；完成5000例临床样本验证；"
         "新增产值8亿元；申请发明专利45项。"),
    Para("凝练四项重大攻关任务，形成项目群：任务一，高通量微流控单细胞捕获芯片；任务二，单细胞多组学建库试剂与"
         "酶；任务三，单细胞数据分析算法与数据库；任务四，肿瘤免疫治疗伴随诊断的临床验证。"),
    Head("三、组织架构与运行机制", look="word"),
    Table((
        ("序号", "单位名称", "单位性质", "负责人", "联合体职务"),
        ("1", LEAD, "企业（牵头单位）", "董事长 于振宇", "理事长"),
        ("2", WESTLAKE, "高校", "副校长 周立", "理事"),
        ("3", ZJU, "高校", "副校长 陈峰", "理事"),
        ("4", HOSP, "医院", "院长 郑华", "理事"),
        ("5", IBMC, "科研院所", "所长 王洪", "理事"),
        ("6", CHIP, "企业", "总经理 孙涛", "理事"),
        ("7", LAB, "第三方医学检验机构", "总经理 刘敏", "理事"),
    )),
    Para("联合体设理事会，由上表7家成员单位负责人组成，负责重大事项的商议与决策。各成员单位已签订组建意向书，明确"
         "任务分工、权利和义务。设立专家咨询委员会，聘请基因组学、临床检验和医疗器械领域专家9名；设首席科学家岗，"
         "由西湖大学生命科学学院讲席教授担任。"),
    Para("知识产权实行“共建共享”：成员单位签订知识产权管理协议，联合攻关成果由参与各方共有，成员在联合体内优先、"
         "无偿使用，成果转化收益按贡献分享。"),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体三年总投入10000万元，其中企业自筹6500万元，省级财政资金800万元，市级配套资金700万元，区级配套资金"
         "500万元，高校院所及医院自筹1500万元。二〇二三年投入3000万元，二〇二四年投入3800万元，二〇二五年投入3200万元。"
         "经费专账管理、专款专用。"),
    Head("五、进度安排", look="word"),
    Para("二〇二三年：完成微流控捕获芯片设计和多组学建库试剂原型，建立单细胞分析流程。"),
    Para("二〇二四年：完成仪器、芯片、试剂的集成验证，启动多中心临床样本验证，提交注册申请。"),
    Para("二〇二五年：完成5000例临床验证，取得注册证，实现产业化，全面完成考核指标。"),
    Para("", indent=False),
    Para(f"{LEAD}", indent=False),
    Para("二〇二二年十一月十二日", indent=False),
)

PLAN = FreeformPlan(path=f"钱塘区/{NAME}实施方案（完善稿）.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
