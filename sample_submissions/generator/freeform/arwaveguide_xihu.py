"""西湖区·AR光波导显示模组（第十六组N，违规）：Word 标题样式“一、”，二级“（一）”；成员只在一句“由A牵头，联合B、C、
D、E、F和G共同组建”中出现，类别只能由名称得知（眼科医院 other、产业联盟 other）；重大攻关任务以“一是…四是…”写在一段
里；经费只在正文，万元，没有分年度数。刻意问题：（1）牵头单位只是“国家高新技术企业、浙江省专精特新中小企业”，科技
小巨人企业还“正在申报”——正文虽出现“浙江省科技小巨人企业”字样，但那是尚未取得的认定，不是资格（lead.qualification=
fail；按类型二申报而牵头单位不是科技领军企业或科技小巨人，type.eligibility=fail）；（2）全文五节中第五节是“五、预期成效”，
没有“进度安排”一节，全文也没有分年度的进度（outline.schedule=fail，schedule.yearly=warn；outline.order 只看已有四节的
先后，为 pass）；落款只写到“2022年11月”（submission.deadline=manual）。"""

from __future__ import annotations

from .model import FreeformPlan, Head, PageBreak, Para, Title, expected_checks

NAME = "浙江省AR光波导显示模组创新联合体"
LEAD = "杭州视界光子科技有限公司"
ZJU = "浙江大学"
WESTLAKE = "西湖大学"
NIL = "杭州微纳压印装备有限公司"
GLASS = "杭州镜像光学玻璃有限公司"
HOSP = "杭州明眸眼科医院"
ALLIANCE = "浙江省增强现实产业联盟"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": ZJU, "kind": "university", "is_lead": False},
        {"name": WESTLAKE, "kind": "university", "is_lead": False},
        {"name": NIL, "kind": "enterprise", "is_lead": False},
        {"name": GLASS, "kind": "enterprise", "is_lead": False},
        {"name": HOSP, "kind": "other", "is_lead": False},
        {"name": ALLIANCE, "kind": "other", "is_lead": False},
    ],
    "strategic_field": "微电子与光电子",
    "district": "西湖区",
    "district_source": "text",
    "application_type": "类型二",
    # 8000万元：成员企业自筹3200＋800＋800＝4800；省级800＋西湖区配套600＝1400；高校及医院自筹1800
    "budget": {"total_wan": 8000.0, "enterprise_wan": 4800.0, "government_wan": 1400.0},
    "sections_present": [1, 2, 3, 4],
    "expected_checks": expected_checks({
        "lead.qualification": "fail",  # 科技小巨人企业“正在申报”，尚未认定
        "type.eligibility": "fail",  # 类型二须由科技领军企业或科技小巨人牵头
        "outline.schedule": "fail",  # 第五节为“预期成效”，无进度安排
        "schedule.yearly": "warn",  # 全文没有分年度进度
    }),
}

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 24),
    Para("", indent=False),
    Para(f"牵头单位：{LEAD}", indent=False),
    Para("申报类型：类型二", indent=False),
    Para("所属领域：微电子与光电子", indent=False),
    Para("推荐单位：杭州市西湖区科学技术局", indent=False),
    Para("2022年11月", indent=False),
    PageBreak(),
    Head("一、背景与意义", look="word"),
    Para("增强现实（AR）眼镜被普遍视为继智能手机之后的下一代计算终端，光波导显示模组是其中价值最高、技术难度最大的部件。"
         "衍射光波导需要高折射率光学玻璃晶圆、纳米压印母版与量产设备、微型显示光机和光学检测等环节协同，目前高折射率"
         "玻璃晶圆和纳米压印设备主要从日本、美国和奥地利进口，国产模组在视场角、亮度均匀性和彩虹纹控制上与国际领先水平"
         "仍有明显差距。"),
    Para(f"{LEAD}（以下简称“视界光子”）成立于2016年，位于杭州市西湖区三墩镇，是国家高新技术企业、浙江省专精特新中小企业，"
         "衍射光波导模组年出货量超过20万片。公司已通过西湖区科技局推荐，正在申报2022年度浙江省科技小巨人企业，目前在研"
         "省“领雁”研发攻关计划项目1项。组建本联合体，对补齐我省光电子产业链、抢占新一代显示终端制高点具有重要意义。"),
    Head("二、目标与主要研发任务", look="word"),
    Head("（一）三年战略目标", level=2, look="word"),
    Para("到2025年，建成国内领先的AR光波导研发与制造体系：衍射光波导模组对角线视场角达到50度，入眼亮度超过1500尼特，"
         "彩色均匀性提升40%；折射率2.0的光学玻璃晶圆实现国产化；建成12英寸纳米压印量产线1条，模组年产能达到200万片；"
         "申请发明专利50项，制定团体标准2项，新增产值10亿元。"),
    Head("（二）重大攻关任务", level=2, look="word"),
    Para("联合体围绕“AR光波导”项目群部署四项重大攻关任务：一是大视场角衍射光波导设计与仿真，由视界光子、浙江大学承担；"
         "二是高折射率光学玻璃晶圆制备，由杭州镜像光学玻璃有限公司和西湖大学承担；三是12英寸纳米压印母版与量产装备，"
         "由杭州微纳压印装备有限公司和视界光子承担；四是AR显示视觉健康评价与应用推广，由杭州明眸眼科医院和浙江省增强"
         "现实产业联盟承担。"),
    Head("三、组织架构与运行机制", look="word"),
    Head("（一）成员单位", level=2, look="word"),
    Para(f"联合体由视界光子牵头，联合{ZJU}、{WESTLAKE}、{NIL}、{GLASS}、{HOSP}和{ALLIANCE}共同组建，共7家单位。"
         "各成员单位已签订组建意向书，明确了各方的任务分工、权利和义务。"),
    Head("（二）组织架构", level=2, look="word"),
    Para("联合体设理事会，由7家成员单位负责人组成，负责重大事项的商议与决策，理事长由牵头单位董事长何思远担任。设专家"
         "咨询委员会，聘请光学工程、微纳制造和眼视光学领域专家7名，为技术路线选择、任务分解和攻关方案设计提供咨询；"
         "设首席科学家岗，由浙江大学光电科学与工程学院教授担任。"),
    Head("（三）运行机制", level=2, look="word"),
    Para("实行“共建共享”的知识产权管理制度：成员单位签订知识产权管理协议，联合研发形成的专利和技术秘密由参与单位共有，"
         "成员单位在联合体内可无偿实施，对外许可和转让收益按投入比例分享。建立季度例会和任务考核制度，共同申报国家和省"
         "科技计划项目。"),
    Head("四、经费投入与保障措施", look="word"),
    Para("联合体计划总投入8000万元。其中，视界光子自筹3200万元，杭州微纳压印装备有限公司、杭州镜像光学玻璃有限公司各自筹"
         "800万元，成员企业自筹合计4800万元，占60%；申请省级财政资金800万元，西湖区财政配套资金600万元；浙江大学、西湖大学"
         "和杭州明眸眼科医院自筹1800万元。"),
    Para("保障措施：设立联合体专账，经费专款专用；西湖区在人才引进、场地租金和首批应用场景方面给予支持。"),
    Head("五、预期成效", look="word"),
    Para("联合体建成后，将形成从高折射率玻璃晶圆、纳米压印装备到光波导模组的自主可控产业链，带动上下游企业30家以上，"
         "使我省成为国内主要的AR光学模组研发和制造基地；同时培养光学设计和微纳制造专业人才200名以上，为消费电子、工业"
         "巡检和医疗辅助等领域提供国产AR显示解决方案。"),
    Para("", indent=False),
    Para(LEAD, indent=False),
    Para("2022年11月", indent=False),
)

PLAN = FreeformPlan(path=f"西湖区/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
