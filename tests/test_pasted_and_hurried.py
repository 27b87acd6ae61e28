"""Plans as offices hand them in under a deadline: text pasted out of a PDF line by line with its page numbers,
a member table typed with the space bar, a lead only on a 培育 list, a two-digit year, a five-year plan's goals."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument

from checks import run_plan_checks
from extractors import extract
from pipeline.document import Paragraph, Table
from pipeline.orgnames import classify_kind
from pipeline.plan_text import PlanText
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from pipeline.submission import Target
from tests.check_builders import ev, good_plan

PACK = load_rulepack()
LEAD = "浙江千岛湖新能源船舶科技股份有限公司"
# A paragraph as a PDF printed it, 28 characters a line, with the page number between two of its lines.
PRINTED = [
    "内河航运是综合交通运输体系的重要组成部分。我国内河船舶保",
    "有量约12万艘，绝大多数以柴油机为动力，单船排放强度高，湖",
    "泊、水库等饮用水源地和风景名胜区对船舶“零排放”的要求日",
    "益严格，国家有关部门已提出加快新能源清洁能源船舶的推广应",
    "— 1 —",
    "用。电动船舶以锂电池为动力，具有零排放、低噪声和运维简单",
    "等优点，但船用大容量电池系统的热失控防护、电力推进系统的",
    "效率与可靠性、换电基础设施等仍是制约规模应用的突出短板，",
    "船用动力电池系统和永磁推进电机的关键部件主要依赖进口或由",
    "陆用产品改装。",
]
SECOND = [
    "千岛湖是国家级风景名胜区和长三角重要的战略水源地，湖区现",
    "有游船、渡船、执法船和环保作业船只500余艘。淳安县提出到",
    "2025年千岛湖湖区客运船舶全面实现电动化，为电动船舶技术提",
    "供了难得的应用场景。",
]
ROWS = [
    "序号 单位名称 单位性质 承担任务",
    f"1 {LEAD} 企业（牵头单位） 任务一、任务三",
    "2 杭州湖电推进系统有限公司 企业 任务二",
    "3 浙江海洋大学 高校 任务一",
    "4 浙江省交通运输科学研究院 科研院所 任务二",
    "5 浙江华船检测技术有限公司 第三方检验检测机构 任务二",
]


def _pasted_plan(path: Path) -> PlanText:
    doc = WordDocument()
    doc.add_paragraph("浙江省电动船舶与内河绿色动力创新联合体实施方案")
    doc.add_paragraph(f"牵头单位：{LEAD}")
    doc.add_paragraph("编制日期：22年11月16日")
    doc.add_paragraph("一、背景与意义")
    for line in PRINTED + SECOND:
        doc.add_paragraph(line)
    doc.add_paragraph("三、组织架构与运行机制")
    doc.add_paragraph("联合体由千岛湖新能源牵头，共5家单位组建，成员单位如下：")
    for row in ROWS:
        doc.add_paragraph(row)
    doc.save(path)
    return PlanText(read(path), PACK)


def test_lines_pasted_from_a_pdf_are_joined_into_their_paragraph_and_its_page_number_set_apart(tmp_path):
    plan = _pasted_plan(tmp_path / "plan.docx")
    texts = [b.text for b in plan.blocks if isinstance(b, Paragraph)]
    assert "".join(line for line in PRINTED if "—" not in line) in texts
    assert "".join(SECOND) in texts  # a short last line ends its paragraph
    assert not any("— 1 —" in t or "—1—" in t for t in texts)
    assert any(f.text.replace(" ", "") == "—1—" for f in plan.doc.furniture)
    assert "编制日期：22年11月16日" in texts  # a labelled cover line stays a line of its own


def test_a_member_table_typed_with_spaces_is_read_as_a_table(tmp_path):
    plan = _pasted_plan(tmp_path / "plan.docx")
    table = next(b for b in plan.blocks if isinstance(b, Table))
    assert table.grid()[2] == ["2", "杭州湖电推进系统有限公司", "企业", "任务二"]
    members = {m.name: m.kind for m in extract(plan, "淳安县/plan.docx").members}
    assert members == {LEAD: "enterprise", "杭州湖电推进系统有限公司": "enterprise", "浙江海洋大学": "university",
                       "浙江省交通运输科学研究院": "institute", "浙江华船检测技术有限公司": "service"}


def test_a_two_digit_year_is_read_as_this_century(tmp_path):
    sub = extract(_pasted_plan(tmp_path / "plan.docx"), "淳安县/plan.docx")
    assert sub.submission_date.value == "2022-11-16"


def _lead_qualification_status(tmp_path: Path, standing: str) -> str:
    doc = WordDocument()
    doc.add_paragraph("浙江省电动船舶与内河绿色动力创新联合体实施方案")
    doc.add_paragraph(f"牵头单位：{LEAD}")
    doc.add_paragraph("一、背景与意义")
    doc.add_paragraph(f"{LEAD}注册于淳安县千岛湖镇，{standing}")
    doc.save(tmp_path / "plan.docx")
    sub = extract(PlanText(read(tmp_path / "plan.docx"), PACK), "淳安县/plan.docx")
    return next(r.status for r in run_plan_checks(sub, PACK) if r.id == "lead.qualification")


def test_a_lead_only_on_the_list_of_those_groomed_for_the_title_does_not_hold_it(tmp_path):
    assert _lead_qualification_status(tmp_path, "是国家高新技术企业，2022年列入浙江省科技小巨人企业培育名单，力争2023年通过认定。") == "fail"
    assert _lead_qualification_status(tmp_path, "是国家高新技术企业、浙江省科技小巨人企业（培育）。") == "fail"
    assert _lead_qualification_status(tmp_path, "是国家高新技术企业，2021年被认定为浙江省科技小巨人企业。") == "pass"


def test_goals_of_a_five_year_plan_are_no_three_year_goal():
    sub = good_plan()
    sub.targets = [Target(text="到2027年，建成国内领先的健康照明技术创新平台", year=2027, evidence=ev("到2027年，建成…", 25))]
    result = next(r for r in run_plan_checks(sub, PACK) if r.id == "goals.three_year")
    assert result.status == "fail" and "2027" in result.message
    sub.targets.append(Target(text="到2025年，研制样机3台", year=2025, evidence=ev("到2025年，研制样机3台", 26)))
    assert next(r.status for r in run_plan_checks(sub, PACK) if r.id == "goals.three_year") == "pass"


def test_a_medical_testing_laboratory_is_a_service_not_an_institute():
    assert classify_kind("杭州正诺医学检验实验室有限公司", "第三方医学检验实验室", None, PACK) == "service"
    assert classify_kind("浙江省先进材料重点实验室", "科研院所", None, PACK) == "institute"


def test_what_a_unit_is_said_in_a_long_phrase_ending_in_its_kind():
    said = "是经浙江省市场监督管理局资质认定（CMA）并通过CNAS认可的第三方检验检测机构，承担计量校准与性能检测。"
    assert classify_kind("杭州西溪计量检测技术有限公司", None, said, PACK) == "service"
