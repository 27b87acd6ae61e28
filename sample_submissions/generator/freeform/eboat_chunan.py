"""淳安县·电动船舶与内河绿色动力（第二十组R，违规）：从 PDF 复制粘贴进 Word 的方案——全文没有任何格式，PDF 的每一行
都成了一个硬回车段落（约28个汉字宽，句子、简称和“万元”在行尾断开），标题只是单独的一行字，成员表粘贴成以空格分隔的
文字行，PDF 页脚的页码“— 2 —”夹在句子中间；日期写作两位数年份“22年11月16日”。刻意问题：牵头单位在封面写作
“浙江省科技小巨人企业（培育）”，正文写明是“2022年列入浙江省科技小巨人企业培育名单，力争2023年通过认定”——列入
培育名单不是已认定的科技小巨人企业，国家高新技术企业也不是资格依据（lead.qualification=fail；类型二的
type.eligibility=fail）。粗心的读者看到封面上的“科技小巨人企业”就会打勾。"""

from __future__ import annotations

from .model import FreeformPlan, Para, expected_checks

NAME = "浙江省电动船舶与内河绿色动力创新联合体"
LEAD = "浙江千岛湖新能源船舶科技股份有限公司"
MOTOR = "杭州湖电推进系统有限公司"
YARD = "浙江舟越船艇制造有限公司"
ZJOU = "浙江海洋大学"
ZJTRI = "浙江省交通运输科学研究院"
TEST = "浙江华船检测技术有限公司"

# Truth first: the facts this plan is written to carry.
TRUTH = {
    "consortium_name": NAME,
    "lead_unit": LEAD,
    "members": [
        {"name": LEAD, "kind": "enterprise", "is_lead": True},
        {"name": MOTOR, "kind": "enterprise", "is_lead": False},
        {"name": YARD, "kind": "enterprise", "is_lead": False},
        {"name": ZJOU, "kind": "university", "is_lead": False},
        {"name": ZJTRI, "kind": "institute", "is_lead": False},
        {"name": TEST, "kind": "service", "is_lead": False},  # 单位性质“第三方检验检测机构”
    ],
    "strategic_field": "新能源开发与利用",
    "district": "淳安县",
    "district_source": "text",
    "application_type": "类型二",
    # 8600万元：成员企业自筹 千岛湖新能源3200＋湖电推进1500＋舟越船艇1100＝5800万元（67.4%）；省级800＋杭州市级400＋
    # 淳安县配套600＝1800万元；高校院所自筹 浙江海洋大学300＋省交通运输科学研究院200＝500万元；淳安县文旅产业基金500万元
    # （社会资本，不计入企业与财政）；分年度2600＋3400＋2600＝8600万元
    "budget": {"total_wan": 8600.0, "enterprise_wan": 5800.0, "government_wan": 1800.0},
    "sections_present": [1, 2, 3, 4, 5],
    "expected_checks": expected_checks({
        "lead.qualification": "fail",  # 只是列入科技小巨人企业培育名单（尚未认定）的国家高新技术企业
        "type.eligibility": "fail",  # 类型二须由省科技领军企业或科技小巨人牵头
    }),
}

LINE_WIDTH = 28  # a 公文 line: 28 汉字; digits and Latin letters take half a place
PAGE_LINES = 27  # lines between two page numbers of the PDF the text was copied from

# The plan as the PDF shows it: ``("line", text)`` keeps a line as it is (cover lines, headings, table rows, the date);
# ``("para", text)`` is a paragraph that the PDF wrapped into lines of LINE_WIDTH.
SOURCE: tuple[tuple[str, str], ...] = (
    ("line", NAME),
    ("line", "实施方案"),
    ("line", f"牵头单位：{LEAD}"),
    ("line", "牵头单位资质：浙江省科技小巨人企业（培育）、国家高新技术企业"),
    ("line", "申报类型：类型二"),
    ("line", "所属领域：新能源开发与利用"),
    ("line", "推荐单位：淳安县科学技术局"),
    ("line", "编制日期：22年11月16日"),
    ("line", "一、背景与意义"),
    ("para", "内河航运是综合交通运输体系的重要组成部分。我国内河船舶保有量约12万艘，绝大多数以柴油机为动力，单船排放"
             "强度高，湖泊、水库等饮用水源地和风景名胜区对船舶“零排放”的要求日益严格，国家有关部门已提出加快新能源"
             "清洁能源船舶的推广应用。电动船舶以锂电池为动力，具有零排放、低噪声和运维简单等优点，但船用大容量电池系统"
             "的热失控防护、电力推进系统的效率与可靠性、换电基础设施等仍是制约规模应用的突出短板，船用动力电池系统和"
             "永磁推进电机的关键部件主要依赖进口或由陆用产品改装。"),
    ("para", "千岛湖是国家级风景名胜区和长三角重要的战略水源地，湖区现有游船、渡船、执法船和环保作业船只500余艘。"
             "淳安县提出到2025年千岛湖湖区客运船舶全面实现电动化，为电动船舶技术提供了难得的应用场景。"),
    ("para", f"{LEAD}（以下简称“千岛湖新能源”）注册于淳安县千岛湖镇，是国家高新技术企业，2022年列入浙江省科技"
             "小巨人企业培育名单，力争2023年通过认定。公司主要从事船用锂电池动力系统和电动船舶整船集成，已交付纯电动"
             "游船和渡船86艘，拥有授权发明专利19项，建有杭州市级企业研发中心，目前在研省“领雁”研发攻关计划项目1项。"),
    ("para", "组建本联合体，把船用电池、电力推进、船艇制造、高校院所和检验检测机构组织起来，打通“电池系统—推进系统—"
             "整船集成—检测认证—示范运营”的创新链，对推动我省内河船舶绿色转型、守护千岛湖一湖秀水具有重要意义。"),
    ("line", "二、目标与主要研发任务"),
    ("line", "（一）三年目标"),
    ("para", "到2025年，联合体突破船用大容量锂电池系统热失控防护、高效永磁电力推进、整船能量管理和快速换电等关键技术，"
             "实现以下目标：船用电池系统能量密度不低于160Wh/kg，通过船级社型式认可；永磁推进电机系统效率不低于95%；"
             "研制50—300客位纯电动客船系列船型3个，示范运营电动船舶100艘以上；建成船用电池换电站2座；申请发明专利"
             "40项，制定团体标准2项，新增销售收入5亿元。"),
    ("line", "（二）主要研发任务"),
    ("para", "围绕上述目标，联合体谋划“内河电动船舶”项目群，部署四项攻关任务：任务一，船用大容量锂电池系统热失控"
             f"防护技术，由千岛湖新能源牵头，{ZJOU}参与；任务二，高效永磁电力推进系统，由{MOTOR}（以下简称“湖电推进”）"
             f"牵头，{ZJTRI}参与；任务三，电动客船整船集成与能量管理，由{YARD}（以下简称“舟越船艇”）牵头，千岛湖"
             f"新能源参与；任务四，电动船舶安全检测与评价方法，由{TEST}（以下简称“华船检测”）牵头，{ZJTRI}参与。"),
    ("line", "三、组织架构与运行机制"),
    ("para", "联合体由千岛湖新能源牵头，联合上下游企业、高校、科研院所和检验检测机构共6家单位组建，成员单位如下："),
    ("line", "序号 单位名称 单位性质 承担任务"),
    ("line", f"1 {LEAD} 企业（牵头单位） 任务一、任务三"),
    ("line", f"2 {MOTOR} 企业 任务二"),
    ("line", f"3 {YARD} 企业 任务三"),
    ("line", f"4 {ZJOU} 高校 任务一"),
    ("line", f"5 {ZJTRI} 科研院所 任务二、任务四"),
    ("line", f"6 {TEST} 第三方检验检测机构 任务四"),
    ("para", "联合体设理事会，负责联合体发展规划、重大攻关任务、经费安排和成员调整等重大事项的商议与决策。理事会由"
             "6家成员单位负责人组成，理事长由千岛湖新能源董事长方建国担任。理事会下设专家咨询委员会，由7名船舶、"
             "电池和电机领域专家组成，作为决策咨询机构，为攻关项目技术路线选择、任务分解和攻关方案设计提供咨询。"
             f"联合体设首席科学家岗，由{ZJOU}船舶与海运学院教授担任，对攻关任务的总体技术路线负责。"),
    ("para", "6家成员单位已于2022年10月共同签订组建意向书，明确各方任务分工、权利和义务。联合体建立“共建共享”的"
             "知识产权管理制度，成员单位签订知识产权管理协议，联合攻关形成的知识产权由参与完成的单位共有，成员单位在"
             "联合体任务范围内无偿使用，对外转让和许可收益按各方贡献分享。联合体实行任务负责人制，按季度检查进度，"
             "共同申报国家和省科技计划项目，成员根据任务需要经理事会审议调整。"),
    ("line", "四、经费投入与保障措施"),
    ("para", "联合体三年总投入8600万元，其中成员企业自筹5800万元（千岛湖新能源3200万元、湖电推进1500万元、舟越船艇"
             "1100万元），占总投入的67.4%；申请省级财政资金800万元、杭州市级财政资金400万元，淳安县配套资金600万元；"
             f"高校院所自筹500万元（{ZJOU}300万元、{ZJTRI}200万元）；淳安县文旅产业基金投入500万元。分年度投入"
             "为2023年2600万元、2024年3400万元、2025年2600万元。"),
    ("para", "保障措施：一是淳安县将电动船舶纳入千岛湖湖区船舶更新计划，在同等条件下优先采购联合体产品；二是成员单位"
             "设立联合体专账，专款专用，财政资金单独核算；三是华船检测的检测平台和千岛湖新能源的试验水域向成员单位开放"
             "共享；四是依托成员单位引进和培养船舶电动化领域的专业人才。"),
    ("line", "五、进度安排"),
    ("para", "2023年：完成船用电池系统热失控防护方案和永磁推进电机样机，签订知识产权管理协议，50客位电动客船完成设计"
             "送审。"),
    ("para", "2024年：电池系统通过船级社型式认可，推进系统完成装船试验，建成第一座换电站，示范运营电动船舶50艘。"),
    ("para", "2025年：完成3个系列船型定型，建成第二座换电站，示范运营电动船舶100艘以上，全面完成三年目标。"),
    ("line", f"牵头单位：{LEAD}（盖章）"),
    ("line", "22年11月16日"),
)


NO_LINE_START = "，。、；：？！）”’》％"  # 禁则: these never begin a line, they hang at the end of the one before
NO_LINE_END = "（“‘《"  # and these never end one


def _place(piece: str) -> float:
    return sum(0.5 if char.isascii() else 1.0 for char in piece)


def _pieces(text: str) -> list[str]:
    """Characters, except that a run of Latin letters, digits and their signs stays whole, as a PDF never breaks a number."""
    pieces: list[str] = []
    for char in text:
        if pieces and char.isascii() and pieces[-1][-1].isascii():
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def _wrap(text: str) -> list[str]:
    """The lines a PDF set ``text`` in: LINE_WIDTH wide, with the 禁则 of Chinese typesetting."""
    lines, line = [], ""
    for piece in _pieces(text):
        if line and _place(line + piece) > LINE_WIDTH and piece[0] not in NO_LINE_START:
            carried = ""
            while line and line[-1] in NO_LINE_END:
                carried, line = line[-1] + carried, line[:-1]
            lines.append(line)
            line = carried
        line += piece
    return [*lines, line] if line else lines


def _pasted() -> tuple[Para, ...]:
    """Every PDF line a paragraph of its own (a hard return at its end), the PDF's page numbers pasted in between."""
    lines = [line for kind, text in SOURCE for line in ((text,) if kind == "line" else _wrap(text))]
    blocks: list[Para] = []
    for number, line in enumerate(lines, start=1):
        blocks.append(Para(line, indent=False))
        if number % PAGE_LINES == 0:
            blocks.append(Para(f"— {number // PAGE_LINES} —", indent=False))
    return tuple(blocks)


BLOCKS = _pasted()

PLAN = FreeformPlan(path=f"淳安县/{NAME}实施方案.docx", format="docx", blocks=BLOCKS, truth=TRUTH)
