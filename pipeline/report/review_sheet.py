"""The 审查情况 sheet: beside each 汇总表 row, what the review found and why a cell of that row is empty.

附件4 itself has no room for this; the city reads the 汇总表, the district reads both before sending it.
"""

from __future__ import annotations

from typing import Any

from pipeline.report.excerpt import clip
from pipeline.report.labels import location_label, role_label
from pipeline.report.problems import main_problems, status_counts
from pipeline.report.verdict import verdict
from pipeline.rulepack import RulePack
from pipeline.submission import Submission
from pipeline.summary_row import summary_fields
from pipeline.wording import say

REVIEW_SHEET = "审查情况"
REVIEW_HEADER = ("序号", "创新联合体名称", "方案文件", "审查结论", "主要问题（不符合项）", "不符合", "存疑", "需人工复核",
                 "重复提交", "随附材料", "汇总表空格及待核对格说明")
NUMBER_COLUMNS = (1, 6, 7, 8)  # 1-based columns holding numbers
QUOTE_CHARS = 60
NONE = say("report.review_sheet.none")


def _where(evidence: Any) -> str:
    return " ".join(filter(None, [evidence.file, location_label(evidence.loc.model_dump() if evidence.loc else None)]))


def empty_cell_reasons(result: dict[str, Any], pack: RulePack) -> dict[str, str]:
    """Why each empty 汇总表 cell of the plan is empty, by column: what the plan wrote instead, or that it says
    nothing of it."""
    row = result.get("summary_row") or {}
    fields = summary_fields(Submission.model_validate(result["extracted"]), pack)
    reasons = {}
    for column, field in fields.items():
        if row.get(column):
            continue
        if field.evidence:
            quote = field.evidence[0]
            reasons[column] = say("report.review_sheet.not_a_name", column=column,
                                  quote=clip(quote.text, QUOTE_CHARS), where=_where(quote))
        else:
            reasons[column] = say("report.review_sheet.not_found", column=column)
    return reasons


def cell_notes(result: dict[str, Any], pack: RulePack) -> list[str]:
    """Why each empty 汇总表 cell of the plan is empty, and which filled ones came off a scanned page."""
    notes = list(empty_cell_reasons(result, pack).values())
    row = result.get("summary_row") or {}
    ocr = [c for c in result.get("summary_row_from_ocr") or [] if row.get(c)]
    if ocr:
        notes.append(say("report.review_sheet.from_ocr", columns="、".join(ocr)))
    return notes


def _attachments(result: dict[str, Any]) -> str:
    listed = [say("report.review_sheet.attachment", role=role_label(a["kind"]), file=a["file"])
              for a in result.get("attachments") or []]
    unread = [say("report.review_sheet.unread", file=u["file"]) for u in (result.get("package") or {}).get("unread") or []]
    return "\n".join([*listed, *unread]) or NONE


def review_row(number: int, result: dict[str, Any], pack: RulePack, duplicate: str | None) -> list[Any]:
    """The plan's 审查情况 row; ``number`` is its 序号 in the 汇总表."""
    counts = status_counts(result)
    problems = main_problems(result)
    return [
        number,
        result["summary_row"].get(pack.summary_table.columns[1]) or "",
        result["source"]["file"],
        verdict(result),
        "\n".join(f"{n}. {title}" for n, title in enumerate(problems, 1)) or NONE,
        counts["fail"],
        counts["warn"],
        counts["manual"],
        duplicate or NONE,
        _attachments(result),
        "\n".join(cell_notes(result, pack)) or NONE,
    ]
