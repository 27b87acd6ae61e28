"""西湖区·脑机接口康复器械（第十一组G）：申报类型前后两次写法矛盾——封面“申报类型：类型三（项目型创新联合体）”，
正文“本联合体按类型二申报，由省科技领军企业牵头组建”；牵头单位不在附件3名单中。机器不能替审查人员选一个：
application_type 为 null，type.declared、type.eligibility 为 manual，summary.complete 为 warn。一级标题为
“第一部分 背景与意义”等，二级“（一）”；成员表带“简称”列，含医院（other）；无落款日期。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省脑机接口康复器械创新联合体"
LEAD = "杭州西脑智康医疗科技有限公司"
UNIV = "浙江大学"
UNIV2 = "杭州电子科技大学"
LAB = "浙江省脑科学与脑机融合研究院"
HOSP = "浙江省康复医学中心"
ELEC = "杭州柔电微纳传感科技有限公司"
CRO = "杭州康验医疗器械检测服务有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": UNIV2, "kind": "university", "is_lead": False},
        {"name": LAB, "kind": "institute", "is_lead": False},
        {"name": HOSP, "kind": "other", "is_lead": False},
        {"name": ELEC, "kind": "enterprise", "is_lead": False},
        {"name": CRO, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "脑科学与脑机融合",
    "district": "西湖区",
    "district_source": "text",
    "application_type": None,
    "budget": {"total_wan": 10500.0, "enterprise_wan": 6500.0, "government_wan": 3000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "type.declared": "manual",  # 封面“类型三”与正文“按类型二申报”矛盾，须引用两处原文
        "type.eligibility": "manual",  # 类型未定，无从判断资格
        "summary.complete": "warn",  # 汇总表“申报类型”一栏无法填写
    }),
}

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("申报类型：类型三（项目型创新联合体）", indent=False),
    Para("所属领域：脑科学与脑机融合", indent=False),
    Para("推荐单位：西湖区科学技术局", indent=False),
    PageBreak(),
    Head("第一部分  背景与意义", look="word"),
    Head("（一）发展形势", level=2, look="word"),
    Para("我国现有脑卒中、脊髓损伤等运动功能障碍患者超过3000万人，传统康复训练依赖治疗师手工操作，患者主动参与度低、"
         "疗效难以量化。脑机接口技术可以解码患者运动意图，驱动外骨骼或功能性电刺激完成“意念—运动”闭环，是康复"
         "医学的前沿方向。国际上已有侵入式脑机接口完成临床试验，国内非侵入式康复产品多处于样机阶段，高通量干电极、"
         "低功耗脑电采集芯片和意图解码算法受制于人。"),
    Head("（二）组建基础", level=2, look="word"),
    Para(f"{LEAD}注册于杭州市西湖区三墩镇西湖科技园，是省科技领军企业，已取得二类医疗器械注册证3项，"
         "其脑电采集设备进入省内20余家医院。本联合体按类型二申报，由省科技领军企业牵头组建，联合高校、"
         "科研院所、临床机构和检验检测机构，打通“电极—芯片—算法—器械—临床”全链条。"),
    Head("第二部分  目标与主要研发任务", look="word"),
    Head("（一）三年战略目标", level=2, look="word"),
    Para("到2025年，研制非侵入式脑机接口上肢康复机器人和下肢外骨骼2类产品，取得三类医疗器械注册证1项、二类注册证"
         "2项；运动意图解码准确率达到90%以上，单次校准时间缩短到5分钟以内；在30家医院开展临床应用，累计服务患者"
         "1万人次；申请发明专利32项。"),
    Head("（二）重大攻关任务", level=2, look="word"),
    Para("凝练四项重大攻关任务组成项目群：一是高通量柔性干电极与低功耗采集芯片（柔电微纳、杭电承担）；二是"
         "多模态运动意图解码算法（浙大、脑机院承担）；三是康复机器人与外骨骼系统集成（西脑智康承担）；四是"
         "多中心临床试验与注册检验（康复中心、康验检测承担）。"),
    Head("第三部分  组织架构与运行机制", look="word"),
    Para("联合体由7家单位组成，成员单位如下表。各方已签订组建意向书，明确任务分工、权利和义务。", indent=False),
    Table((
        ("序号", "单位名称", "简称", "单位类别", "主要任务"),
        ("1", LEAD, "西脑智康", "企业（牵头单位）", "系统集成与产品注册"),
        ("2", UNIV, "浙大", "高校", "意图解码算法"),
        ("3", UNIV2, "杭电", "高校", "采集芯片设计"),
        ("4", LAB, "脑机院", "科研院所", "脑电范式与神经机制"),
        ("5", HOSP, "康复中心", "医疗机构（三级康复医院）", "临床试验"),
        ("6", ELEC, "柔电微纳", "企业", "柔性干电极"),
        ("7", CRO, "康验检测", "检验检测机构", "注册检验与电磁兼容"),
    )),
    Para("联合体设理事会，理事会由7家成员单位负责人组成，理事长由西脑智康董事长许明哲担任。设专家咨询委员会，"
         "由神经科学、康复医学和医疗器械监管专家9名组成；设首席科学家岗，由浙大求是特聘教授担任。西脑智康在研"
         "省“尖兵”研发攻关计划项目1项。"),
    Para("知识产权实行“共建共享”：各方签订知识产权管理协议，联合研发成果由参与单位共有，成员单位在联合体内"
         "免费使用，临床数据在伦理审查和脱敏后共享。"),
    Head("第四部分  经费投入与保障措施", look="word"),
    Para("联合体三年计划总投入10500万元，其中成员企业自筹6500万元，占61.9%。", indent=True),
    Table((
        ("来源（万元）", "2023年", "2024年", "2025年", "合计"),
        ("成员企业自筹", "2000", "2300", "2200", "6500"),
        ("省级财政", "600", "600", "600", "1800"),
        ("市级财政", "300", "300", "200", "800"),
        ("区级财政", "100", "200", "100", "400"),
        ("高校院所自筹", "300", "400", "300", "1000"),
        ("合计", "3300", "3800", "3400", "10500"),
    )),
    Para("保障措施：经费专账核算；西湖区在临床转化和人才落户方面给予支持；成员单位共享动物实验和临床资源。"),
    Head("第五部分  进度安排", look="word"),
    Para("2023年：完成柔性电极和采集芯片流片，建立多中心脑电数据库。"),
    Para("2024年：完成康复机器人和外骨骼样机，启动多中心临床试验。"),
    Para("2025年：完成注册检验和临床试验，取得注册证，推广应用到30家医院。"),
)

PLAN = FreeformPlan(path=f"西湖区/{NAME}实施方案.pdf", format="pdf", blocks=BLOCKS, truth=TRUTH)
