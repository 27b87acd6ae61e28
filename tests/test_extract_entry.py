"""extract() on a Word file written by python-docx and read by the real reader."""

from __future__ import annotations

from docx import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from extractors import extract
from pipeline.plan_text import PlanText
from pipeline.readers import read
from tests.extract_docs import PACK
from tests.reader_pdf_samples import to_pdf

LEAD = "杭州精工数控科技股份有限公司"
MEMBERS = [(LEAD, "牵头单位"), ("浙江大学", "成员单位"), ("杭州恒锐伺服电机有限公司", "成员单位"),
           ("浙江博远精密轴承有限公司", "成员单位"), ("杭州衡正检测技术有限公司", "成员单位")]


def _write_plan(path) -> None:
    doc = WordDocument()
    doc.add_paragraph("浙江省高端数控装备创新联合体实施方案")
    doc.add_paragraph(f"牵头单位：{LEAD}")
    doc.add_paragraph("推荐单位：余杭区科学技术局")
    doc.add_heading("一、项目背景及意义", level=1)
    doc.add_paragraph(f"{LEAD}是省科技领军企业，数控系统是高端装备的核心。")
    doc.add_heading("二、目标与主要研发任务", level=1)
    doc.add_paragraph("到2025年，建成国内领先的数控装备创新高地，申请发明专利50件，新增产值10亿元。")
    doc.add_heading("任务一：高精度伺服驱动技术", level=2)
    doc.add_heading("三、组织架构与运行机制", level=1)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "单位名称", "角色"
    for name, role in MEMBERS:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = name, role
    doc.add_paragraph(f"设立理事会，理事长由{LEAD}董事长王建国担任，理事会由各成员单位负责人组成。")
    doc.add_heading("四、经费投入及保障措施", level=1)
    doc.add_paragraph("联合体计划总投入12000万元，其中企业投入9000万元。")
    doc.add_heading("五、实施进度安排", level=1)
    doc.add_paragraph("2023年：完成关键技术攻关。")
    doc.add_paragraph("2024年—2025年：完成样机与产业化。")
    doc.save(path)


def test_extract_a_word_plan(tmp_path):
    path = tmp_path / "余杭区" / "plan.docx"
    path.parent.mkdir()
    _write_plan(path)
    sub = extract(PlanText(read(path), PACK), "余杭区/plan.docx")
    assert sub.consortium_name.value == "浙江省高端数控装备创新联合体"
    assert sub.lead_unit.value == LEAD
    assert [m.name for m in sub.members if m.is_lead] == [LEAD]
    assert (sub.district.value, sub.district.source) == ("余杭区", "text")
    assert sub.lead_qualification.value == "科技领军企业"
    assert [s.present for s in sub.sections] == [True] * 5
    assert sub.governance.council and sub.governance.council_chair == "王建国"
    assert [t.title for t in sub.tasks] == ["任务一：高精度伺服驱动技术"]
    assert [(p.start_year, p.end_year) for p in sub.schedule] == [(2023, 2023), (2024, 2025)]
    assert sub.strategic_field.value == "智能控制与先进技术"


def test_district_named_only_by_its_science_city_or_development_zone(tmp_path):
    """推荐单位 and the lead's address name 青山湖科技城, not 临安区: the district still comes from the text."""
    doc = WordDocument()
    doc.add_paragraph("浙江省精密电驱动与运动控制创新联合体实施方案")
    doc.add_paragraph("牵头单位：杭州青山湖电驱科技股份有限公司")
    doc.add_paragraph("推荐单位：青山湖科技城管理委员会")
    doc.add_heading("一、背景与意义", level=1)
    doc.add_paragraph("杭州青山湖电驱科技股份有限公司注册地址为杭州市青山湖科技城大园路1188号。")
    path = tmp_path / "临安区" / "plan.docx"
    path.parent.mkdir()
    doc.save(path)
    sub = extract(PlanText(read(path), PACK), "临安区/plan.docx")
    assert (sub.district.value, sub.district.source) == ("临安区", "text")
    assert "青山湖科技城" in sub.district.evidence[0].text


def test_word_plan_typed_with_full_width_digits_and_spread_out_names(tmp_path):
    """A clerk's full-width digits (２０２５年) and the spaces that spread short names out (浙 江 大 学) read as
    in a PDF: the type label, the member's name and the goal year are found."""
    doc = WordDocument()
    doc.add_paragraph("浙江省细胞治疗药物创新联合体实施方案")
    doc.add_paragraph(f"牵 头 单 位：{LEAD}")
    doc.add_paragraph("申 报 类 型：类型二")
    doc.add_heading("二、目标与主要研发任务", level=1)
    doc.add_paragraph("到２０２５年，推动３个细胞治疗药物进入Ⅱ期临床试验，申请发明专利４０项。")
    doc.add_heading("三、组织架构与运行机制", level=1)
    table = doc.add_table(rows=3, cols=2)
    for row, (name, kind) in enumerate([("单位名称", "单位类别"), (LEAD, "企业（牵头）"), ("浙 江 大 学", "高校")]):
        table.cell(row, 0).text, table.cell(row, 1).text = name, kind
    path = tmp_path / "钱塘区" / "plan.docx"
    path.parent.mkdir()
    doc.save(path)
    sub = extract(PlanText(read(path), PACK), "钱塘区/plan.docx")
    assert sub.application_type.value == "类型二"
    assert {m.name: m.kind for m in sub.members}["浙江大学"] == "university"
    assert any(t.year == 2025 for t in sub.targets)


def test_cover_title_broken_over_two_lines_of_a_pdf(tmp_path):
    """A long title in large type wraps on the PDF cover: "…创新联合" | "体"; the name is read whole."""
    name = "浙江省工业CT与智能无损检测装备创新联合体"
    doc = WordDocument()
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(name)
    run.bold, run.font.size = True, Pt(22)
    doc.add_paragraph(f"牵头单位：{LEAD}")
    doc.add_heading("一、背景与意义", level=1)
    doc.add_paragraph("工业计算机断层成像是高端制造领域内部缺陷检测和尺寸测量的核心装备。")
    source = tmp_path / "plan.docx"
    doc.save(source)
    pdf = read(to_pdf(source, tmp_path))
    assert name not in [b.text for b in pdf.blocks], "the title no longer fits one line"
    sub = extract(PlanText(pdf, PACK), "余杭区/plan.pdf")
    assert sub.consortium_name.value == name
