"""富阳区·光储直柔建筑能源：申报类型只写在标题后缀“（类型二）”里；成员表转置（每列一家单位，行为单位名称/单位性质/
承担任务）；经费表年度为行、来源为列，金额以元计（千分位逗号、两位小数），含“银行贷款”（不算企业自筹）；
领域只在正文一句话里；标题为 Word 标题样式、无编号。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省光储直柔建筑能源创新联合体"
LEAD = "杭州富春光储能源科技有限公司"
UNIV = "浙江工业大学"
INST = "浙江省建筑科学设计研究院有限公司"
INV = "杭州恒源逆变技术有限公司"
TEST = "浙江方圆电气设备检测有限公司"

BLOCKS = (
    Title(f"{NAME}实施方案（类型二）", 20),
    Para("牵头单位：杭州富春光储能源科技有限公司", indent=False),
    Para("推荐单位：杭州市富阳区科学技术局", indent=False),
    Para("二〇二二年十一月", indent=False),
    PageBreak(),
    Head("背景与意义", look="word"),
    Para("建筑运行碳排放约占全社会碳排放的两成。光伏建筑一体化、建筑储能、直流配电和柔性用电（“光储直柔”）是建筑"
         "领域实现碳达峰的关键路径，但直流配电设备、双向变换器和柔性调控平台仍缺乏成套技术和标准。"),
    Para(f"{LEAD}是省科技小巨人企业，位于富阳区银湖街道，主营建筑光伏与储能变流系统。本联合体属于新能源开发与利用领域，"
         "面向富春湾新城低碳园区建设需求组建。"),
    Head("目标与主要研发任务", look="word"),
    *goals("建成光储直柔示范建筑20栋，直流配电系统效率达到97%，建筑柔性可调负荷比例达到30%，申请发明专利30项，"
           "制定团体标准2项",
           "（1）建筑直流配电成套设备；（2）高效双向储能变流器；（3）建筑柔性用电调控平台；（4）系统检测评价方法"),
    Head("组织架构与运行机制", look="word"),
    Para("联合体由以下5家单位组成："),
    Table((
        ("单位名称", LEAD, UNIV, INST, INV, TEST),
        ("单位性质", "企业（牵头）", "高校", "科研院所（转制院所）", "企业", "检验检测机构"),
        ("承担任务", "系统集成与示范", "调控算法", "建筑设计与标准", "储能变流器", "检测评价"),
    ), header=False),
    Para("联合体设立理事会，理事会由各成员单位负责人组成，理事长由牵头单位董事长孙立伟担任；理事会下设专家咨询委员会，"
         "聘请浙江工业大学教授任首席科学家。"),
    mechanism(0),
    Head("经费投入与保障措施", look="word"),
    Para("联合体三年计划总投入80,000,000.00元，分年度、分来源如下表（单位：元）。"),
    Table((
        ("年度", "企业自筹", "省级财政", "市级财政", "区级财政", "银行贷款", "合计"),
        ("2023年", "15,000,000.00", "2,000,000.00", "1,000,000.00", "1,000,000.00", "5,000,000.00",
         "24,000,000.00"),
        ("2024年", "17,000,000.00", "2,000,000.00", "1,500,000.00", "1,500,000.00", "5,000,000.00",
         "27,000,000.00"),
        ("2025年", "18,000,000.00", "2,000,000.00", "1,500,000.00", "1,500,000.00", "6,000,000.00",
         "29,000,000.00"),
        ("合计", "50,000,000.00", "6,000,000.00", "4,000,000.00", "4,000,000.00", "16,000,000.00",
         "80,000,000.00"),
    )),
    Para("牵头单位承诺自筹资金按年度足额到位，联合体经费实行专账管理。"),
    Head("进度安排", look="word"),
    *yearly("完成直流配电设备和储能变流器样机，建成示范建筑3栋",
            "调控平台上线运行，示范建筑累计达到10栋",
            "完成全部考核指标，示范建筑达到20栋，发布团体标准"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": INV, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "新能源开发与利用",
    "district": "富阳区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 8000.0, "enterprise_wan": 5000.0, "government_wan": 1400.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"lead.active_projects": "manual"}),
}

PLAN = FreeformPlan(path=f"富阳区/{NAME}实施方案（类型二）.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
