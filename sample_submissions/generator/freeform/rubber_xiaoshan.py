"""萧山区·特种橡胶（第八组）：正文“拟按第三类申报”，牵头单位浙江杭化新材料科技有限公司在附件3名单中（“拟按”说的是
申报方式，不是未取得的资格）；成员逐行“成员一：X（高校）”；经费表两列“来源/金额（元）”，千分位。LibreOffice PDF。"""

from __future__ import annotations

from .blind_parts import goals, indicators, management, mechanism, prospects, risks, safeguards, yearly
from .model import FreeformPlan, Head, PageBreak, Para, Table, Title, expected_checks

NAME = "浙江省特种橡胶材料创新联合体"
LEAD = "浙江杭化新材料科技有限公司"
UNIV = "浙江工业大学"
INST = "中国科学院宁波材料技术与工程研究所"
TIRE = "杭州中策特种轮胎有限公司"
SEAL = "杭州萧山密封件有限公司"
TEST = "浙江省化工产品质量检验站有限公司"

BLOCKS = (
    Title(NAME, 20),
    Title("实施方案", 20),
    Para("牵头单位：浙江杭化新材料科技有限公司", indent=False),
    Para("推荐单位：萧山区科学技术局", indent=False),
    Para("所属领域：精细化工与复合材料", indent=False),
    PageBreak(),
    Head("一、背景与意义"),
    Para(f"{LEAD}位于萧山区临江街道，是省科技小巨人企业，2022年度已获得省科技厅支持组建项目型创新联合体，本次拟按第三类申报。"
         "氢化丁腈橡胶、氟橡胶等特种橡胶是航空、汽车和油气装备密封件的关键材料，国内产品耐温和耐介质性能不足。"),
    Para("萧山区橡胶制品和汽车零部件产业集聚，特种橡胶的下游需求旺盛。由于原料和催化剂受制于人，国内企业多停留在混炼加工，"
         "缺乏从聚合、加氢到制品验证的完整技术链。组建创新联合体可以把材料企业、制品企业和检测机构连成一条链。"),
    Para("从全球看，特种橡胶市场由少数跨国企业主导，氢化丁腈橡胶和高端氟橡胶的产能高度集中，价格和供应周期受国际形势"
         "影响大。国内航空发动机、新能源汽车热管理系统、页岩气压裂装备对耐高温、耐油、耐腐蚀密封材料的需求每年增长"
         "15%以上，国产替代空间巨大。牵头单位已建成百吨级加氢试验装置，积累了催化剂制备和聚合工艺的经验，具备牵头开展"
         "全链条攻关的条件。"),
    Head("二、目标与主要研发任务"),
    *goals("氢化丁腈橡胶加氢度达到99%，氟橡胶耐温达到250℃，密封件寿命提高1倍，申请发明专利28项",
           "加氢催化剂、连续加氢工艺、特种橡胶配方、密封件台架验证"),
    indicators("氢化丁腈橡胶门尼黏度偏差不超过±3；氟橡胶压缩永久变形（200℃×70h）不大于15%；轮胎胎面耐磨指数提高20%；"
               "密封件在油气装备上完成5000小时台架考核；建成千吨级中试线1条。"),
    prospects("特种橡胶"),
    Head("三、组织架构与运行机制"),
    Para("联合体成员共6家："),
    Para(f"成员一：{LEAD}（企业，牵头单位）", indent=False),
    Para(f"成员二：{UNIV}（高校）", indent=False),
    Para(f"成员三：{INST}（科研院所）", indent=False),
    Para(f"成员四：{TIRE}（企业）", indent=False),
    Para(f"成员五：{SEAL}（企业）", indent=False),
    Para(f"成员六：{TEST}（检验检测机构）", indent=False),
    Para("联合体设理事会，理事会由各成员单位负责人组成，理事长由杭化新材料董事长担任；设专家咨询委员会，首席科学家"
         "由宁波材料所研究员担任。牵头单位在研省“领雁”项目2项。"),
    mechanism(2),
    management(),
    Head("四、经费投入与保障措施"),
    Table((
        ("来源", "金额（元）"),
        ("企业自筹", "60,000,000"),
        ("省级财政", "8,000,000"),
        ("市级财政", "6,000,000"),
        ("区级财政", "6,000,000"),
        ("合计", "80,000,000"),
    )),
    risks(),
    safeguards("萧山区科学技术局"),
    Para("联合体每年召开一次成果发布会，向省内橡胶制品企业推广特种橡胶新牌号和加工工艺；牵头单位开放中试线，"
         "为中小制品企业提供小批量试料和配方调试服务，推动国产特种橡胶在汽车、航空和油气装备领域的首批次应用。"),
    Head("五、进度安排"),
    *yearly("完成加氢催化剂筛选", "建成中试线", "完成密封件台架验证和批量供货"),
)

TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": UNIV, "kind": "university", "is_lead": False},
        {"name": INST, "kind": "institute", "is_lead": False},
        {"name": TIRE, "kind": "enterprise", "is_lead": False},
        {"name": SEAL, "kind": "enterprise", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},
    ],
    "strategic_field": "精细化工与复合材料",
    "district": "萧山区",
    "district_source": "text",
    "application_type": "类型三",
    "budget": {"total_wan": 8000.0, "enterprise_wan": 6000.0, "government_wan": 2000.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({}),
}

PLAN = FreeformPlan(path=f"萧山区/{NAME}实施方案.pdf", format="pdf", blocks=BLOCKS, truth=TRUTH)
