"""What a batch run shows in Prefect: a name an operator can find, its outcome in a line, the batch at a glance.

The flow run is named by the date in Beijing time and the input folder, a task
run by the district folder and the file, so the UI's run list reads like the
clerk's own folders. Each finished batch leaves two artifacts on its run: a
markdown summary (counts, every file that could not be read and why, where the
outputs are) and a table with one row per plan and its verdict counts. Plan
text is shown as plain text: markdown and HTML in it are escaped.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from flows.outputs import BATCH_NAME, INDEX_NAME, SUMMARY_NAME, BatchContents, shown_result
from flows.planner import Publisher
from pipeline.overrides import Overrides
from pipeline.report.labels import STATUS_LABELS
from pipeline.report.summary_table import district_of
from pipeline.report.verdict import verdict
from pipeline.wording import say

log = logging.getLogger(__name__)

RUN_TIMEZONE = ZoneInfo("Asia/Shanghai")  # the clerks' and the schedule's day, whatever the server's zone
SUMMARY_KEY = "review-batch-summary"
PLANS_KEY = "review-batch-plans"
UNREAD_IN_MESSAGE = 20  # files named in the run's state message; the artifact lists them all
NAME_COLUMN = "创新联合体名称"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~-])")
_HTML_SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def run_name(input_dir: str, when: datetime | None = None) -> str:
    """``2026-12-06 申报材料``: the Beijing date of the run and the input folder's name."""
    day = (when or datetime.now(RUN_TIMEZONE)).astimezone(RUN_TIMEZONE).date().isoformat()
    return f"{day} {Path(input_dir).name or input_dir}"


def current_run_name() -> str:
    """The name of the flow run about to start, from its own parameters (Prefect calls this)."""
    from prefect.runtime import flow_run

    return run_name(str(flow_run.parameters.get("input_dir", "")))


def task_label(rel: str, districts: set[str]) -> str:
    """``余杭区 · 方案.docx`` when the file lies in a district's folder, else its path in the input folder."""
    first, _, rest = rel.partition("/")
    return f"{first} · {rest}" if rest and first in districts else rel


def unread_message(record: dict[str, Any], out_dir: Path) -> str:
    """The failed run's state message: how many inputs could not be read, and the first of them with their codes."""
    unread = record["unread"]
    named = "；".join(say("run_report.unread_file", file=u["file"], code=u["code"]) for u in unread[:UNREAD_IN_MESSAGE])
    more = say("run_report.unread_more", count=len(unread) - UNREAD_IN_MESSAGE) if len(unread) > UNREAD_IN_MESSAGE else ""
    return say("run_report.unread", count=len(unread), named=named, more=more, index=out_dir / INDEX_NAME)


def plain(text: object) -> str:
    """Text from a plan or a file name, safe in markdown: no markup, no HTML, no line breaks."""
    flat = "".join(_HTML_SPECIAL.get(c, c) for c in " ".join(str(text).split()))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", flat)


def summary_markdown(record: dict[str, Any], out_dir: Path) -> str:
    """The batch in a few lines: counts, every unread input with its reason, and where the outputs are."""
    counts = {
        say("run_report.summary.files"): record["files"],
        say("run_report.summary.plans"): record["plans"],
        say("run_report.summary.attachments"): record["attachments"],
        say("run_report.summary.failed"): record["failed"],
        say("run_report.summary.unsupported"): record["unsupported"],
        say("run_report.summary.reprocessed"): len(record["reprocessed"]),
    }
    lines = [say("run_report.summary.title"), "", say("run_report.summary.head"), "| --- | --- |"]
    lines += [f"| {label} | {count} |" for label, count in counts.items()]
    lines += ["", say("run_report.summary.unread_title", count=len(record["unread"])), ""]
    if record["unread"]:
        lines += [say("run_report.summary.unread_head"), "| --- | --- | --- |"]
        lines += [f"| {plain(u['file'])} | {plain(u['code'])} | {plain(u['message'])} |" for u in record["unread"]]
    else:
        lines.append(say("run_report.summary.none"))
    lines += [
        "",
        say("run_report.summary.outputs_title"),
        "",
        say("run_report.summary.index", path=out_dir / INDEX_NAME),
        say("run_report.summary.summary", path=out_dir / SUMMARY_NAME),
        say("run_report.summary.batch", path=out_dir / BATCH_NAME),
    ]
    return "\n".join(lines) + "\n"


def plan_rows(results: list[dict[str, Any]], overrides: Overrides) -> list[dict[str, Any]]:
    """One row per plan read: file, consortium, district, the verdict index.html shows and how many checks came
    out each way (reviewer decisions applied, as in the reports)."""
    rows = []
    for result in results:
        if result["status"] != "ok":
            continue
        shown = shown_result(result, overrides)
        counts = dict.fromkeys(STATUS_LABELS.values(), 0)
        for check in shown["checks"]:
            label = STATUS_LABELS.get(check["status"], check["status"])
            counts[label] = counts.get(label, 0) + 1
        rows.append({
            say("run_report.plans.file"): result["source"]["file"],
            NAME_COLUMN: (shown.get("summary_row") or {}).get(NAME_COLUMN) or "",
            say("run_report.plans.district"): district_of(shown) or "",
            say("run_report.plans.verdict"): verdict(shown),
            **counts,
        })
    return rows


def publish_batch(out_dir: Path) -> Publisher:
    """The planner's publisher for a flow run: both artifacts on the run, and the run's name in its record."""

    def publish(record: dict[str, Any], contents: BatchContents, overrides: Overrides) -> None:
        from prefect.artifacts import create_markdown_artifact, create_table_artifact
        from prefect.runtime import flow_run

        record["flow_run"] = {"id": flow_run.id, "name": flow_run.name}
        try:
            create_markdown_artifact(
                summary_markdown(record, out_dir), key=SUMMARY_KEY, description=say("run_report.summary.description", out_dir=out_dir)
            )
            create_table_artifact(
                plan_rows(contents.results, overrides), key=PLANS_KEY, description=say("run_report.plans.description", out_dir=out_dir)
            )
        except Exception:  # the outputs are written; a server that fails to take the summary must not undo that
            log.warning(say("run_report.not_published"), exc_info=True)

    return publish
