"""The 组建意向书 the members sign, as a Word document.

The letter names its signatories three ways, as districts' letters do: a signature table (序号 / 单位名称 /
法定代表人（签字） / 盖章), contract-style parties (甲方、乙方 … each with its 盖章 line), or one 盖章 line per
unit. A member the letter leaves out is named nowhere in it.
"""

from __future__ import annotations

from docx.document import Document as DocumentObject
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

from .model import Consortium, Letter, Member
from .office import BODY_FONT, docx_bytes, line, new_document, set_font, title

TABLE_COLUMNS = (("序号", 1.3), ("单位名称", 7.4), ("法定代表人或授权代表（签字）", 3.9), ("盖章", 3.0))
PARTY_NAMES = "甲乙丙丁戊己庚辛壬癸"
NUMERALS = "一二三四五六七八九十"
DUTIES = {
    "lead": "作为牵头单位，负责联合体的组织协调和重大攻关任务的总体设计，承担主要研发投入和成果产业化",
    "enterprise": "承担产业链相关环节的技术开发、工程化验证和示范应用，按约定投入研发经费",
    "university": "发挥学科和人才优势，承担基础研究和关键共性技术攻关，参与人才联合培养",
    "institute": "承担关键技术研究与中试验证，向联合体成员开放共享科研平台",
    "service": "为联合体提供检验检测、成果转化或科技金融等专业化科技服务",
    "other": "提供应用场景和用户验证，参与产品评价与推广应用",
}


def signatories(consortium: Consortium, letter: Letter) -> tuple[Member, ...]:
    """The units that sign: every member, lead first, except the one the letter leaves out."""
    if letter.missing and letter.missing not in {m.name for m in consortium.members}:
        raise ValueError(f"{letter.missing} is no member of {consortium.name}")
    return tuple(m for m in consortium.members if m.name != letter.missing)


def _duty(member: Member, consortium: Consortium) -> str:
    return DUTIES["lead" if member.name == consortium.lead else member.kind]


def _body(document: DocumentObject, consortium: Consortium, units: tuple[Member, ...]) -> None:
    others = "、".join(m.name for m in units if m.name != consortium.lead)
    line(document, "为贯彻落实《浙江省创新联合体建设工作指引（试行）》，发挥企业在技术创新中的主体作用，"
         f"经友好协商，{consortium.lead}与{others}共{len(units)}家单位自愿组建{consortium.name}，"
         "共同开展关键核心技术攻关，达成如下意向：")
    line(document, f"一、联合体名称为“{consortium.name}”，由{consortium.lead}牵头组建，"
         "理事长由牵头单位负责人担任，各成员单位负责人为理事会成员。")
    line(document, "二、各方任务分工如下：")
    for number, member in enumerate(units):
        line(document, f"（{NUMERALS[number]}）{member.name}：{_duty(member, consortium)}。")
    line(document, "三、各方按照实施方案确定的目标任务和进度安排开展工作，共同申报承担国家和省科技计划项目，"
         "共享研发平台、仪器设备和数据资源。")
    line(document, "四、联合体实行“共建共享”的知识产权管理制度，各方另行签订知识产权管理协议，"
         "约定联合攻关成果的归属、使用和收益分配。")
    line(document, "五、各方应当保守在合作中知悉的其他方商业秘密和技术秘密。成员单位调整须经理事会商议，"
         "并报省科技厅备案。")
    line(document, f"六、本意向书一式{NUMERALS[len(units) - 1]}份，各方各执一份，自各方签字盖章之日起生效。")


def _signature_table(document: DocumentObject, units: tuple[Member, ...], date: str) -> None:
    line(document, "签署单位：", indent=False, bold=True, space_after=6)
    table = document.add_table(rows=len(units) + 1, cols=len(TABLE_COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, (_, width) in zip(table.columns, TABLE_COLUMNS, strict=True):
        column.width = Cm(width)  # the grid LibreOffice lays out by
    for row_index, row in enumerate(table.rows):
        texts = [name for name, _ in TABLE_COLUMNS] if row_index == 0 else [
            str(row_index), units[row_index - 1].name, "", ""]
        if row_index:
            row.height = Cm(2.2)
        for cell, text, (_, width) in zip(row.cells, texts, TABLE_COLUMNS, strict=True):
            cell.width = Cm(width)
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = cell.paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(paragraph.add_run(text), BODY_FONT, 12, bold=row_index == 0)
    line(document, f"签订日期：{date}", indent=False, align="right")


def _parties(document: DocumentObject, consortium: Consortium, units: tuple[Member, ...], date: str) -> None:
    """The parties two to a row in a borderless table, each with its 盖章, 签字 and 日期 lines."""
    table = document.add_table(rows=(len(units) + 1) // 2, cols=2)
    for index, member in enumerate(units):
        cell = table.cell(index // 2, index % 2)
        role = "（牵头单位）" if member.name == consortium.lead else ""
        texts = (f"{PARTY_NAMES[index]}方{role}：", f"{member.name}（盖章）", "法定代表人或授权代表（签字）：",
                 f"日期：{date}")
        for number, text in enumerate(texts):
            paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(4 if number < 3 else 30)
            set_font(paragraph.add_run(text), BODY_FONT, 13)


def _parties_header(document: DocumentObject, consortium: Consortium, units: tuple[Member, ...]) -> None:
    for party, member in zip(PARTY_NAMES, units, strict=False):
        role = "（牵头单位）" if member.name == consortium.lead else ""
        line(document, f"{party}方{role}：{member.name}", indent=False)
    document.add_paragraph()


def _seal_lines(document: DocumentObject, consortium: Consortium, units: tuple[Member, ...], date: str) -> None:
    for member in units:
        label = "牵头单位" if member.name == consortium.lead else "成员单位"
        line(document, f"{label}（盖章）：{member.name}", indent=False, space_after=72)
    line(document, date, indent=False, align="right")


def letter_docx(consortium: Consortium, letter: Letter) -> bytes:
    """The 组建意向书 as a .docx; the signatures start on a page of their own."""
    units = signatories(consortium, letter)
    document = new_document()
    title(document, f"{consortium.name}组建意向书")
    if letter.style == "parties":
        _parties_header(document, consortium, units)
    _body(document, consortium, units)
    line(document, "（以下无正文，为签署页）", indent=False, align="center")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if letter.style == "table":
        _signature_table(document, units, letter.date)
    elif letter.style == "parties":
        _parties(document, consortium, units, letter.date)
    else:
        _seal_lines(document, consortium, units, letter.date)
    return docx_bytes(document)
