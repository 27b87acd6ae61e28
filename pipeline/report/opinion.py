"""The framing of a 形式审查意见: its title, who signs it, and the paragraph that sums the review up."""

from __future__ import annotations

from collections import Counter
from pathlib import PurePosixPath
from typing import Any

from pipeline.errors import code_label
from pipeline.report.labels import status_label
from pipeline.report.problems import main_problems
from pipeline.report.verdict import tally, verdict
from pipeline.rulepack import RulePack
from pipeline.wording import say

UNKNOWN_DISTRICT = say("report.opinion.unknown_district")


def _extracted(result: dict[str, Any], key: str) -> str | None:
    return ((result.get("extracted") or {}).get(key) or {}).get("value")


def consortium_name(result: dict[str, Any]) -> str:
    """The consortium's name as the plan gives it; the file's name when the plan does not say."""
    return _extracted(result, "consortium_name") or PurePosixPath(result["source"]["file"]).stem


def opinion_title(result: dict[str, Any]) -> str:
    """《浙江省某某创新联合体实施方案》形式审查意见."""
    name = _extracted(result, "consortium_name")
    plan = say("report.opinion.plan", name=name) if name else PurePosixPath(result["source"]["file"]).stem
    return say("report.opinion.title", plan=plan)


def reviewing_office(result: dict[str, Any], pack: RulePack) -> str:
    """The office the pack (or ``run --office``) names, else the plan's district 科技局."""
    district = _extracted(result, "district")
    return pack.office.name or (f"{district}{pack.office.district_suffix}" if district else pack.office.unknown)


def summary_paragraph(result: dict[str, Any]) -> str:
    """What the review found, in one paragraph: counts by conclusion, the verdict, and the failed checks."""
    if result["status"] != "ok":
        error = result["error"]
        return say("report.opinion.unread", code=code_label(error["code"]), message=error["message"])
    checks = result.get("checks") or []
    counts = Counter(c["status"] for c in checks)
    errors = tally(checks).errors
    hard = {"fail": say("report.opinion.hard", count=errors) if errors else ""}
    parts = "，".join(say("report.opinion.count", status=status_label(s), count=counts[s], hard=hard.get(s, ""))
                     for s in ("pass", "fail", "warn", "manual", "n/a") if counts[s])
    problems = main_problems(result)
    found = say("report.opinion.problems", problems="；".join(f"{n}. {t}" for n, t in enumerate(problems, 1))) \
        if problems else say("report.opinion.no_problems")
    return say("report.opinion.summary", count=len(checks), parts=parts, verdict=verdict(result), found=found)


def opinion_context(result: dict[str, Any], pack: RulePack, date_text: str) -> dict[str, Any]:
    return {
        "title": opinion_title(result),
        "consortium": consortium_name(result),
        "district": _extracted(result, "district") or UNKNOWN_DISTRICT,
        "office": reviewing_office(result, pack),
        "date": date_text,
        "summary": summary_paragraph(result),
    }
