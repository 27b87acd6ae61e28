"""Turns a plan spec into ordered blocks of formal text; layout (fonts, numbering, tables) is docx_writer's job."""

from __future__ import annotations

from dataclasses import dataclass

from .model import SOURCES, YEARS, Budget, Member, PlanSpec

CN_DIGITS = "一二三四五六七八九十"
OUTLINE = {1: "背景与意义", 2: "目标与主要研发任务", 3: "组织架构与运行机制", 4: "经费投入与保障措施", 5: "进度安排"}


@dataclass(frozen=True)
class Heading:
    level: int
    index: int  # 1-based position among its siblings, for the visible numbering
    title: str


@dataclass(frozen=True)
class Para:
    text: str
    lead_in: str = ""  # bold words that open the paragraph (任务一：…)


@dataclass(frozen=True)
class TableBlock:
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""


@dataclass(frozen=True)
class ListBlock:
    items: tuple[str, ...]


Block = Heading | Para | TableBlock | ListBlock


def money(wan: float, unit: str) -> str:
    """An amount in the plan's own unit: 万元 as written, 元 with thousands separators, 亿元 as a decimal."""
    if unit == "元":
        return f"{wan * 10000:,.0f}元"
    if unit == "亿元":
        return f"{wan / 10000:.4f}".rstrip("0").rstrip(".") + "亿元"
    return (f"{wan:.0f}" if wan == int(wan) else f"{wan:g}") + "万元"


def _cell(wan: float, unit: str) -> str:
    return money(wan, unit).removesuffix(unit)


def _percent(part: float, whole: float) -> str:
    return f"{part / whole * 100:.1f}".rstrip("0").rstrip(".") + "%"


def section_title(spec: PlanSpec, number: int) -> str:
    return spec.style.titles.get(number, OUTLINE[number])


SIGNIFICANCE = (
    "组建本联合体，是贯彻落实省委、省政府关于“315”科技创新体系建设工程部署的具体举措。通过龙头企业出题、高校院所答题、"
    "产业链上下游协同解题，有利于集中优势力量攻克{field}领域关键核心技术，推动创新链、产业链、资金链、人才链深度融合，"
    "为我省打造三大科创高地提供有力支撑。",
    "当前，{field}领域技术迭代加快，国际竞争日趋激烈，单个企业难以独立承担系统性、长周期的攻关任务。以创新联合体形式整合产学研用各方资源，"
    "实行任务共商、资源共享、风险共担、成果共用，是破解“卡脖子”难题、提升产业链供应链韧性和安全水平的有效途径。",
    "从产业基础看，联合体成员在{field}领域已形成较好的合作基础，前期联合承担了多项省市科技计划项目。本联合体的组建将进一步固化合作关系、"
    "明确分工协作，推动重大攻关成果在省内率先转化应用，对带动区域产业转型升级具有重要示范意义。",
)


def _variant(spec: PlanSpec, options: tuple[str, ...]) -> str:
    """Picks one wording per plan, so shared paragraphs do not repeat verbatim across the corpus."""
    return options[int(spec.key[1:]) % len(options)]


def background(spec: PlanSpec) -> list[Block]:
    blocks: list[Block] = [Para(p) for p in spec.background]
    blocks.append(Para(_variant(spec, SIGNIFICANCE).format(field=spec.field_phrase)))
    if not spec.type_statement.startswith("申报类型"):
        blocks.append(Para(spec.type_statement))
    return blocks


ROUTES = (
    "在技术路线上，联合体坚持“需求牵引、问题导向、迭代验证”，由牵头企业梳理{field}产业链上的“卡脖子”环节和用户需求，"
    "高校院所负责前沿机理和共性技术研究，骨干企业负责工程化开发和产品验证，专业服务机构提供检测评价和转化服务，形成接力攻关的闭环。",
    "联合体将以终端产品和重大应用场景为牵引，按照“基础研究—关键技术—工程化—产业化”的链条布局{field}攻关任务，"
    "实行“赛马”与择优支持相结合的组织方式，对关键节点设置里程碑考核，确保目标可达、进度可控、成果可用。",
)


def goals_and_tasks(spec: PlanSpec) -> list[Block]:
    blocks: list[Block] = [Heading(2, 1, "战略目标"), Para(spec.goal)]
    if spec.indicators:
        blocks.append(ListBlock(tuple(f"{i}.{text}" for i, text in enumerate(spec.indicators, 1))))
    blocks.append(Para(_variant(spec, ROUTES).format(field=spec.field_phrase)))
    blocks += [
        Heading(2, 2, "主要研发任务"),
        Para(
            f"围绕上述目标，联合体聚焦{spec.field_phrase}产业链关键环节，按照“整体设计、分步实施、协同攻关”的思路，"
            f"对标谋划“项目群”，凝练形成{CN_DIGITS[len(spec.tasks) - 1]}项重大攻关任务，每项任务明确牵头单位、参与单位和阶段性考核节点。"
        ),
    ]
    for i, task in enumerate(spec.tasks):
        blocks.append(Para(f"{task.content}（承担单位：{task.units}）", lead_in=f"任务{CN_DIGITS[i]}：{task.title}。"))
    blocks.append(Para(
        "上述任务相互衔接、梯次推进，共同构成联合体的攻关“项目群”。联合体将依托“关键核心技术攻关在线”重大应用，"
        "对各项任务实行清单化管理、节点化考核，并积极争取将相关任务列入省“尖兵”“领雁”研发攻关计划。"
    ))
    return blocks


def _member_blocks(spec: PlanSpec) -> list[Block]:
    members = spec.members
    if spec.style.members == "prose":
        others = "、".join(m.name for m in members[1:-1]) + f"和{members[-1].name}"
        text = f"联合体由{spec.lead.name}牵头，联合{others}共同组建，成员单位共{len(members)}家。"
        text += "".join(f"{m.name}（{m.nature}）主要负责{m.task}；" for m in members).rstrip("；") + "。"
        return [Para(text)]
    if spec.style.members == "list":
        intro = Para(f"联合体由{spec.lead.name}牵头组建，成员单位共{len(members)}家，具体如下：")
        items = tuple(f"{i}. {m.name}（{m.nature}，{m.place}）：{m.task}。" for i, m in enumerate(members, 1))
        return [intro, ListBlock(items)]
    header = ("序号", "单位名称", "单位性质", "所在地", "任务分工")
    rows = tuple((str(i), m.name, m.nature, m.place, m.task) for i, m in enumerate(members, 1))
    return [
        Para(f"联合体由{spec.lead.name}牵头，成员单位共{len(members)}家，涵盖产业链上下游骨干企业、高校院所和专业化服务机构。"),
        TableBlock((header, *rows), caption="表1 创新联合体成员单位及任务分工"),
    ]


def _head(member: Member) -> str:
    return f"{member.name}{member.title}{member.head}"


def _governance_blocks(spec: PlanSpec) -> list[Block]:
    gov = spec.governance
    blocks: list[Block] = []
    if gov.council_chair is not None:
        chair = next(m for m in spec.members if m.name == gov.council_chair)
        text = (
            "联合体设立理事会，作为联合体的最高决策机构，负责审议发展规划、重大攻关任务设置、经费安排、成员调整等重大事项。"
            f"理事会由各成员单位主要负责人组成，理事长由{_head(chair)}担任"
        )
        if chair is not spec.lead:
            text += f"，副理事长由{_head(spec.lead)}担任"
        members = "、".join(_head(m) for m in spec.members if m is not chair)
        blocks.append(Para(text + f"。理事会成员包括：{members}。理事会原则上每半年召开一次全体会议，重大事项实行集体决策。"))
        blocks.append(Para(
            f"理事会下设{gov.office}，设在{spec.lead.name}，负责联合体日常运行、任务调度、经费统筹和绩效考核等工作。"
        ))
    else:
        blocks.append(Para(
            f"为加强统筹协调，联合体设立{gov.office}，设在{spec.lead.name}，由{_head(spec.lead)}任主任，各成员单位明确一名联络员，"
            "负责攻关任务的组织协调、进度督查和经费统筹，重大事项由牵头单位与相关成员单位协商确定。"
        ))
    if gov.expert_chair:
        blocks.append(Para(
            f"设立专家咨询委员会，作为联合体的决策咨询机构，由{gov.expert_chair}担任主任委员，聘请相关领域高校、院所和行业知名专家组成，"
            "为攻关项目技术路线选择、任务分解和攻关方案设计等提供咨询论证意见。"
        ))
    if gov.chief_scientist:
        blocks.append(Para(
            f"设置首席科学家岗，由{gov.chief_scientist}担任首席科学家，全面负责联合体技术路线把关和重大攻关任务的统筹实施。"
        ))
    return blocks


def _mechanism_blocks(spec: PlanSpec) -> list[Block]:
    gov = spec.governance
    blocks: list[Block] = []
    if gov.intent_letter:
        blocks.append(Para(
            "各成员单位已共同签订《创新联合体组建意向书》，明确各方任务分工、权利和义务，"
            "约定按照任务书分工承担攻关任务、投入配套经费、共享研究条件，并服从理事会统一调度。",
            lead_in="协同攻关机制。",
        ))
    else:
        blocks.append(Para(
            "各成员单位围绕重大攻关任务开展合作，由牵头单位统一组织技术攻关和进度调度，定期召开联席会议通报进展、协调问题。",
            lead_in="协同攻关机制。",
        ))
    if gov.ip_sharing:
        blocks.append(Para(
            "联合体成员单位签订知识产权管理协议，建立“共建共享”的知识产权管理制度：联合攻关形成的知识产权按照贡献约定归属，"
            "成员单位在联合体内享有优先、优惠使用权，对外许可和转让收益按约定比例分配。",
            lead_in="知识产权管理。",
        ))
    else:
        blocks.append(Para(
            "联合攻关形成的技术成果由各承担单位按项目合同自行管理，成果转化事宜另行协商。",
            lead_in="成果管理。",
        ))
    blocks.append(Para(
        "根据重大任务变化，经理事会审议后及时吸收优势单位加入或调整考核不合格的成员单位，保障以最优力量实施攻关任务。"
        if gov.council_chair else
        "根据任务变化，由牵头单位提出成员调整建议，经相关单位协商后实施。",
        lead_in="动态调整机制。",
    ))
    blocks.append(Para(
        "联合体建立成果优先在成员单位转化应用的机制，由牵头企业组织开展中试验证和示范应用，形成“研发—中试—应用”闭环；"
        "对成员单位实行年度绩效评价，评价结果作为经费安排和成员调整的重要依据。",
        lead_in="成果转化与考核机制。",
    ))
    if gov.active_projects is not None:
        n = gov.active_projects
        note = "，未超过3项" if n <= 3 else "，将统筹做好在研项目与联合体攻关任务的衔接"
        blocks.append(Para(f"牵头企业目前在研省“尖兵”“领雁”研发攻关计划项目{n}项{note}。"))
    return blocks


def organization(spec: PlanSpec) -> list[Block]:
    return [
        Heading(2, 1, "成员单位"), *_member_blocks(spec),
        Heading(2, 2, "组织架构"), *_governance_blocks(spec),
        Heading(2, 3, "运行机制"), *_mechanism_blocks(spec),
    ]


def _budget_summary(budget: Budget) -> str:
    unit = budget.unit
    rows = budget.rows
    text = f"联合体三年（2023—2025年）计划总投入{money(budget.total, unit)}，其中企业自筹{money(budget.source_total('企业自筹'), unit)}"
    if budget.total:
        text += f"，占总投入的{_percent(budget.source_total('企业自筹'), budget.total)}"
    gov = [f"{s}{money(budget.source_total(s), unit)}" for s in ("省级财政", "市级财政", "区县财政") if s in rows]
    if gov:
        text += "；申请" + "、".join(gov).replace("财政", "财政支持")
    if "其他" in rows:
        text += f"；其他渠道投入{money(budget.source_total('其他'), unit)}"
    return text + "。"


def _budget_blocks(budget: Budget) -> list[Block]:
    unit = budget.unit
    summary = Para(_budget_summary(budget))
    if budget.layout == "prose":
        years = "、".join(f"{y}年{money(budget.year_total(i), unit)}" for i, y in enumerate(YEARS))
        return [summary, Para(f"分年度投入为：{years}。经费主要用于设备购置、材料测试、人员劳务和合作研发等支出。")]
    sources = [s for s in SOURCES if s in budget.rows]
    caption = f"表2 经费投入预算表（单位：{unit}）"
    if budget.layout == "transposed":
        header = ("年度", *sources, "合计")
        rows = [
            (f"{y}年", *(_cell(budget.rows[s][i], unit) for s in sources), _cell(budget.year_total(i), unit))
            for i, y in enumerate(YEARS)
        ]
        rows.append(("合计", *(_cell(budget.source_total(s), unit) for s in sources), _cell(budget.total, unit)))
    else:
        header = ("资金来源", *(f"{y}年" for y in YEARS), "合计")
        rows = [(s, *(_cell(v, unit) for v in budget.rows[s]), _cell(budget.source_total(s), unit)) for s in sources]
        rows.append(("合计", *(_cell(budget.year_total(i), unit) for i in range(3)), _cell(budget.total, unit)))
    return [summary, TableBlock((header, *rows), caption=caption)]


SAFEGUARDS = (
    ("组织保障。", "牵头单位将联合体建设纳入企业发展战略，主要负责人亲自抓总，成立专门工作专班，确保各项任务按期推进。"),
    ("资金保障。", "成员企业按照任务分工足额落实自筹经费，设立联合体专账，实行专款专用、单独核算，积极争取省市区三级财政和产业基金支持。"),
    ("人才保障。", "依托成员单位研发平台，柔性引进海内外高层次人才，联合培养研究生和工程技术人才，完善以贡献为导向的激励机制。"),
    ("条件保障。", "成员单位开放共享大型科研仪器设备、中试线和应用场景，为联合攻关和成果验证提供条件支撑。"),
)


def funding(spec: PlanSpec) -> list[Block]:
    safeguards = [Para(text, lead_in=lead) for lead, text in SAFEGUARDS]
    return [Heading(2, 1, "经费投入"), *_budget_blocks(spec.budget), Heading(2, 2, "保障措施"), *safeguards]


def schedule(spec: PlanSpec) -> list[Block]:
    closing = Para("每年年底前，联合体对照年度计划开展自评，于次年1月向省科技厅书面报送上年度实施情况自评报告，并根据评估意见动态调整后续安排。")
    return [*(Para(work, lead_in=f"{period}：") for period, work in spec.schedule), closing]


SECTION_BUILDERS = {1: background, 2: goals_and_tasks, 3: organization, 4: funding, 5: schedule}


def info_lines(spec: PlanSpec) -> list[str]:
    """The facts a cover page (or the lines under the title) carries."""
    lines = [f"牵头单位：{spec.lead.name}"]
    if spec.district_statement:
        lines.append(spec.district_statement)
    if spec.type_statement.startswith("申报类型"):
        lines.append(spec.type_statement)
    if spec.field_claim:
        lines.append(f"所属领域：{spec.field_claim}")
    return lines


def body(spec: PlanSpec) -> list[tuple[int, str, list[Block]]]:
    """The outline sections the plan contains, in order: (number, title, blocks)."""
    return [(n, section_title(spec, n), SECTION_BUILDERS[n](spec)) for n in spec.sections]
