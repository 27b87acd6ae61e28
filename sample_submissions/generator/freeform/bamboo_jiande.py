"""建德市·竹木纤维新材料：区县只能由文件夹得知（正文不出现任何区县名）；申报类型写作“第二类”；
成员以“(1)…(6)”在一段正文中列举，类别在单位名后括号中；所属领域只在正文一句中；经费在正文里以元计、带千分位逗号
（“人民币52,000,000元”）。"""

from __future__ import annotations

from .blind_parts import goals, mechanism, yearly
from .model import FreeformPlan, Head, Para, Title, expected_checks

NAME = "浙江省竹木纤维新材料创新联合体"
LEAD = "浙江新竹材料科技股份有限公司"
UNIV = "浙江农林大学"
INST = "中国林业科学研究院林产化学工业研究所"
RESIN = "浙江绿胶新材料有限公司"
MACH = "杭州森工装备有限公司"
TRANS = "浙江省林业科技成果转化服务中心"

BLOCKS = (
    Title(NAME, 22),
    Title("实施方案", 22),
    Para("申报类型：第二类", indent=False),
    Para("牵头单位：浙江新竹材料科技股份有限公司", indent=False),
    Head("一、背景与意义"),
    Para("以竹代塑、以竹代木是绿色低碳发展的重要方向。竹木纤维复合材料在家居建材、汽车内饰和包装领域需求快速增长，"
         "但竹纤维改性、低醛胶黏剂和连续化成形装备是行业短板。本联合体的技术方向属于精细化工与复合材料领域。"),
    Para(f"{LEAD}是省科技小巨人企业，竹纤维复合板材产能居全国前列。"),
    Head("二、目标与主要研发任务"),
    *goals("竹纤维复合材料弯曲强度提高40%，甲醛释放量达到无醛级，连续化生产线效率提高2倍，申请发明专利30项",
           "竹纤维高效分离与改性、生物基无醛胶黏剂、连续平压成形装备、成果转化与示范推广"),
    Head("三、组织架构与运行机制"),
    Para(f"联合体成员单位包括：(1){LEAD}（牵头单位，企业）；(2){UNIV}（高校）；(3){INST}（科研院所）；"
         f"(4){RESIN}（企业）；(5){MACH}（企业）；(6){TRANS}（成果转化服务机构）。"),
    Para("联合体设理事会，理事会由各成员单位负责人组成，理事长由新竹材料董事长担任；设专家咨询委员会，"
         "首席科学家由浙江农林大学教授担任。"),
    mechanism(1),
    Head("四、经费投入与保障措施"),
    Para("联合体三年总投入人民币52,000,000元，其中企业自筹36,000,000元，省级财政补助4,000,000元，市、县财政配套"
         "6,000,000元，社会资本6,000,000元。"),
    Head("五、进度安排"),
    *yearly("完成竹纤维改性和无醛胶黏剂小试", "建成连续平压中试线", "实现规模化生产和示范推广"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": RESIN, "kind": "enterprise", "is_lead": False},
        {"name": MACH, "kind": "enterprise", "is_lead": False},
        {"name": TRANS, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "精细化工与复合材料",
    "district": "建德市",
    "district_source": "folder",
    "application_type": "类型二",
    "budget": {"total_wan": 5200.0, "enterprise_wan": 3600.0, "government_wan": 1000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({"lead.active_projects": "manual"}),
}

PLAN = FreeformPlan(path=f"建德市/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
