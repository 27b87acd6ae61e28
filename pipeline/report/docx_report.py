"""report.docx: the 审查意见 as a Word document a clerk can print or forward."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from pipeline.atomic import atomic_target
from pipeline.report.facts import member_rows, plan_facts
from pipeline.report.html import check_view
from pipeline.report.verdict import tally, verdict
from pipeline.rulepack import RulePack

FONT = "宋体"
CHECK_HEADER = ("检查项", "条款", "结论", "说明")
# Column widths (cm) that fit an A4 page with Word's default margins.
FACT_WIDTHS = (3.2, 12.8)
MEMBER_WIDTHS = (1.2, 5.6, 2.6, 1.4, 5.2)
CHECK_WIDTHS = (4.2, 1.8, 2.8, 7.2)
STYLE_NAMES = ("Title", "Heading 1", "Table Grid", "List Bullet", "Quote")


def _use_chinese_font(document: docx.document.Document) -> None:
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def _style_ids(document: docx.document.Document) -> dict[str, str]:
    """Style ids by name, looked up once: python-docx resolves a style *name* by scanning every style, on each use."""
    return {name: document.styles[name].style_id for name in STYLE_NAMES}


def _table(
    document: docx.document.Document,
    header: tuple[str, ...],
    rows: list[tuple[str, ...]],
    widths_cm: tuple[float, ...],
    style_id: str,
) -> None:
    table = document.add_table(rows=1, cols=len(header))
    table._tbl.tblStyle_val = style_id
    table.autofit = False
    widths = [Cm(w) for w in widths_cm]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid LibreOffice reads; each row added below copies it into its cells, which Word reads
    for cell, text, width in zip(table.rows[0].cells, header, widths, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
        cell.width = width
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _styled(document: docx.document.Document, text: str, style_id: str) -> Paragraph:
    """``add_paragraph(text, style=name)`` and ``add_heading``, but with the style id already resolved."""
    paragraph = document.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def _conclusion(check: dict[str, Any]) -> str:
    text = f"{check['status_label']}（{check['severity_label']}）"
    if check["machine_label"]:
        text += f"\n审查人{check['override']['reviewer']}复核；机器结论：{check['machine_label']}"
    if check["stale"]:
        text += f"\n复核意见已失效（方案已变更）：{check['stale']['reviewer']}曾改为{check['stale_label']}"
    return text


def _explanation(check: dict[str, Any]) -> str:
    lines = [check["message"]]
    if check.get("override") and check["override"].get("note"):
        lines.append(f"复核说明：{check['override']['note']}")
    return "\n".join(lines)


def build_report_docx(result: dict[str, Any], pack: RulePack) -> docx.document.Document:
    document = docx.Document()
    _use_chinese_font(document)
    styles = _style_ids(document)
    title = _styled(document, "创新联合体实施方案审查意见", styles["Title"])
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    outcome = document.add_paragraph()
    outcome.add_run(f"审查结论：{verdict(result)}").bold = True
    if result["status"] == "ok":
        counts = tally(result["checks"])
        outcome.add_run(
            f"（硬性条件不符合 {counts.errors} 项，一般要求不符合或存疑 {counts.warnings} 项，需人工复核 {counts.manual} 项）"
        )
    for note in result.get("override_notes") or []:
        document.add_paragraph(note)

    _styled(document, "一、方案概况", styles["Heading 1"])
    _table(document, ("项目", "内容"), plan_facts(result, pack), FACT_WIDTHS, styles["Table Grid"])
    if result["status"] != "ok":
        _styled(document, "二、读取失败", styles["Heading 1"])
        document.add_paragraph(f"错误代码：{result['error']['code']}")
        document.add_paragraph(result["error"]["message"])
        return document

    _styled(document, "二、成员单位", styles["Heading 1"])
    members = [(str(i), m["name"], m["kind"], m["lead"], m["role"]) for i, m in enumerate(member_rows(result, pack), 1)]
    _table(document, ("序号", "单位名称", "类别", "牵头", "任务分工"), members, MEMBER_WIDTHS, styles["Table Grid"])

    checks = [check_view(c, result.get("context_blocks") or {}) for c in result["checks"]]
    _styled(document, "三、逐项审查", styles["Heading 1"])
    rows = [(c["title"], c.get("clause") or "", _conclusion(c), _explanation(c)) for c in checks]
    _table(document, CHECK_HEADER, rows, CHECK_WIDTHS, styles["Table Grid"])

    _styled(document, "四、原文依据", styles["Heading 1"])
    for check in checks:
        quotes = [e for e in check["evidence_views"] if not e["by_reviewer"]]
        if not quotes:
            continue
        _styled(document, check["title"], styles["List Bullet"])
        for quote in quotes:
            where = f"（{quote['where']}）" if quote["where"] else ""
            _styled(document, f"“{quote['text']}”{where}", styles["Quote"])
    return document


def write_report_docx(result: dict[str, Any], pack: RulePack, path: Path) -> None:
    with atomic_target(path) as tmp:
        build_report_docx(result, pack).save(tmp)
