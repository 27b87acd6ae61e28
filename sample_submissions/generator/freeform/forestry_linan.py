"""临安区·智慧林业装备：正文写“总投入9000万元”，经费表各来源之和与表中“合计”都是9500万元——所写总额与表不符，
标注取正文写明的总额（9000），funding.consistent=warn；一级标题为 Word 标题样式“1.背景与意义”。LibreOffice PDF。"""

from __future__ import annotations

from .blind_parts import goals, indicators, management, mechanism, prospects, risks, safeguards, yearly
from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省智慧林业装备创新联合体"
LEAD = "杭州临安林机智能装备有限公司"
UNIV = "浙江农林大学"
INST = "中国林业科学研究院亚热带林业研究所"
DRONE = "杭州天目无人机技术有限公司"
SENSOR = "杭州森感物联科技有限公司"
TEST = "浙江省林业机械质量检测站有限公司"

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 20),
    Para("申报类型：类型二", indent=False),
    Para("所属领域：生物育种与现代农业", indent=False),
    Para("推荐单位：临安区科学技术局", indent=False),
    PageBreak(),
    Head("1.背景与意义", look="word"),
    Para(f"{LEAD}是省科技小巨人企业，位于临安区锦北街道，主营山地林业机械。山区林业作业机械化率不足20%，"
         "采伐、抚育和病虫害监测装备缺乏，是制约林业现代化的瓶颈。在研省“领雁”研发攻关计划项目1项。"),
    Para("浙江省山地丘陵占全省面积的七成以上，林地面积大、坡度陡、作业条件差，传统的轮式农机难以进入林区，采伐、集材、抚育和病虫害防治主要依靠人工，劳动强度大、安全风险高。随着林区劳动力老龄化，用工难、用工贵的问题日益突出。与此同时，松材线虫病等重大林业有害生物防控任务艰巨，传统的人工巡查方式效率低、漏检率高，亟需发展无人机遥感监测和林区物联网技术。临安区是全国著名的山核桃和竹笋产区，林业产业基础雄厚，具备开展智慧林业装备研发和示范应用的良好条件。"),
    Head("2.目标与主要研发任务", look="word"),
    *goals("山地林业作业机械化率提高到45%，病虫害无人机监测覆盖面积达到100万亩，装备故障率降低30%，"
           "申请发明专利25项",
           "山地履带式作业平台、林业无人机监测、林区物联网、装备检测评价"),
    indicators("山地履带式作业平台爬坡能力不小于30度，作业效率为人工的8倍以上；林业无人机单架次巡查面积不小于5000亩，松材线虫病疫木识别准确率达到95%；林区物联网节点在无公网条件下的通信距离达到10公里，电池续航一年以上；装备平均无故障工作时间达到500小时；形成地方标准2项。"),
    prospects("智慧林业装备"),
    Head("3.组织架构与运行机制", look="word"),
    Table((
        ("序号", "单位名称", "单位性质", "分工"),
        ("1", LEAD, "企业（牵头单位）", "作业平台"),
        ("2", UNIV, "高校", "林业机器人"),
        ("3", INST, "科研院所", "林业作业工艺"),
        ("4", DRONE, "企业", "监测无人机"),
        ("5", SENSOR, "企业", "林区物联网"),
        ("6", TEST, "检验检测机构", "装备检测"),
    )),
    Para("联合体设理事会，理事会由各成员单位负责人组成，理事长由林机智能董事长担任；设专家咨询委员会，首席科学家"
         "由浙江农林大学教授担任。"),
    mechanism(0),
    management(),
    Head("4.经费投入与保障措施", look="word"),
    Para("联合体三年总投入9000万元，以企业自筹为主，各来源和年度安排如下表。"),
    Table((
        ("资金来源（万元）", "2023年", "2024年", "2025年", "合计"),
        ("企业自筹", "1800", "1900", "1800", "5500"),
        ("省级财政", "400", "400", "400", "1200"),
        ("市级财政", "300", "300", "300", "900"),
        ("区级财政", "300", "300", "300", "900"),
        ("其他", "300", "300", "400", "1000"),
        ("合计", "3100", "3200", "3200", "9500"),
    )),
    risks(),
    safeguards("临安区科学技术局"),
    Head("5.进度安排", look="word"),
    *yearly("完成作业平台和监测无人机样机", "在临安山区开展示范应用", "完成全部考核指标并推广应用"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": DRONE, "kind": "enterprise", "is_lead": False},
        {"name": SENSOR, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "生物育种与现代农业",
    "district": "临安区",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 9000.0, "enterprise_wan": 5500.0, "government_wan": 3000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"funding.consistent": "warn"}),
}

PLAN = FreeformPlan(path=f"临安区/{NAME}实施方案.pdf", format="pdf", blocks=BLOCKS, truth=TRUTH)
