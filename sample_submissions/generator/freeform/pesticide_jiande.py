"""建德市·绿色农药：前两节标题为加粗“一、背景与意义：”后接同段正文（接排标题），其余为黑体段落标题；
仅4家成员、未写组建意向书（违规）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, Para, RunIn, Table, Title, expected_checks

LEAD = "浙江严州绿色农药股份有限公司"
NAME = "浙江省绿色农药创制创新联合体"

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 20),
    Para("推荐单位：建德市科学技术局    申报类型：类型二    所属领域：精细化工与复合材料", indent=False),
    RunIn("一、背景与意义",
          "当前我国高毒农药退出步伐加快，绿色高效农药原药和制剂需求快速增长，但新化合物创制能力弱、连续化合成工艺落后，"
          "三废排放大。建德是全省重要的农药化工基地，牵头单位是省科技领军企业，建有省级重点企业研究院，"
          "在研省“尖兵”“领雁”项目1项。组建联合体旨在突破绿色农药分子设计和微通道连续化合成技术。"),
    RunIn("二、目标与主要研发任务",
          "到2025年，创制具有自主知识产权的新农药化合物2个并完成登记试验，建成微通道连续化合成示范线2条，"
          "单位产品废水排放下降50%、收率提高10个百分点；申请发明专利20项。主要任务包括：（1）基于靶标结构的绿色农药分子设计；"
          "（2）微通道连续化合成工艺；（3）水基化环保制剂开发；（4）产业化示范。各任务组成项目群，任务（1）拟申报省“领雁”研发攻关计划。"),
    Head("三、组织架构与运行机制", look="bold"),
    Para("联合体由以下单位组成："),
    Table((
        ("单位名称", "单位性质", "分工"),
        (LEAD, "企业（牵头）", "工艺开发与产业化"),
        ("浙江工业大学", "高校", "分子设计与活性筛选"),
        ("浙江省化工研究院有限公司", "科研院所", "连续化合成工艺"),
        ("建德新安化工助剂有限公司", "企业", "制剂助剂"),
    )),
    Para("联合体设理事会，由4家成员单位负责人组成，理事长由牵头单位董事长何振华担任；设专家咨询委员会，"
         "首席科学家由浙江工业大学教授刘晓峰担任。知识产权实行“共建共享”，共同研发成果由参与方共有，成员优先实施。"),
    Head("四、经费投入与保障措施", look="bold"),
    Para("三年总投入5000万元，其中企业自筹3500万元、省级财政600万元、杭州市财政400万元、建德市财政300万元、"
         "高校院所自筹200万元；2023年、2024年、2025年分别投入1600万元、1800万元、1600万元。"),
    Head("五、进度安排", look="bold"),
    Para("2023年：完成先导化合物设计合成与活性筛选，微通道工艺小试。"),
    Para("2024年：候选化合物开展登记试验，连续化工艺完成中试。"),
    Para("2025年：建成2条示范线，水基化制剂上市，完成全部考核指标。"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": "浙江工业大学", "kind": "university", "is_lead": False},
        {"name": "浙江省化工研究院有限公司", "kind": "institute", "is_lead": False},
        {"name": "建德新安化工助剂有限公司", "kind": "enterprise", "is_lead": False},
    ],
    "strategic_field": "精细化工与复合材料",
    "district": "建德市",
    "district_source": "text",
    "application_type": "类型二",
    "budget": {"total_wan": 5000.0, "enterprise_wan": 3500.0, "government_wan": 1300.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"members.min_count": "fail", "members.intent_letter": "fail"}),
}

PLAN = FreeformPlan(path=f"建德市/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
