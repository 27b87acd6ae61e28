"""report.html: one plan's review as a self-contained page a reviewer acts on and prints (inline CSS and
images, no scripts, no network).

The page opens with the verdict and the list of what failed, then what is doubtful, then what to look at,
each linked to its evidence; checks that pass follow as a compact table. Every piece of plan text goes
through Jinja's autoescaping, so a member name such as ``<script>`` is shown as text and never runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from pipeline.report.batch_view import plan_findings
from pipeline.report.crops import PageCrops
from pipeline.report.excerpt import CONTEXT_CHARS, NEIGHBOURS, clip, excerpt, table_excerpt
from pipeline.report.facts import MISSING, member_rows, plan_facts
from pipeline.report.labels import location_label, role_label, severity_label, status_label
from pipeline.report.quotes import find_span, in_sentence, table_row, table_rows
from pipeline.report.times import now_local
from pipeline.report.verdict import problem_group, problems, tally, verdict
from pipeline.rulepack import RulePack
from pipeline.submission import Submission
from pipeline.summary_row import summary_evidence
from pipeline.wording import say

TEMPLATES = Path(__file__).parent / "templates"
CELL_SEPARATOR = " │ "  # table blocks are tab-separated text; a visible bar reads better in context
# What one report shows at most, so its size stays bounded whatever the plan (result.json keeps the rest):
REPORT_MEMBERS = 200  # member rows
REPORT_QUOTE_CHARS = 400_000  # quotes and their context, all checks together
QUOTE_CHARS = 2000  # one quote
SHORT_QUOTE_CHARS = 200  # a check's first quote once that room is used up
TEXT_CHARS = 1000  # a message, an observed or expected value, a fact
MEMBER_CHARS = 300  # a member's name or task
PAGED_FORMATS = ("pdf", "pdf-ocr")  # whose quotes stand on a page that can be shown
CHECK_CROPS = 3  # quotes of one check shown on their page (a check quoting every member would fill pages)
FACTS_SHOWN = (say("report.facts.label.members"), say("report.facts.label.budget"), say("report.facts.label.outline"))  # the others are in the header and the 汇总表 part


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True
    )


@dataclass
class Room:
    """Characters of quotes and context a report may still show. A normal plan uses a small part of it; a plan
    of thousands of quotes gets the first of them, so the report stays a few megabytes whatever the plan."""

    left: int = REPORT_QUOTE_CHARS


@dataclass
class Sources:
    """What the evidence of one plan is shown from: its quoted blocks, its pages, whether it is a scan."""

    context: dict[str, dict[str, Any]]
    crops: PageCrops | None = None
    scanned: bool = False


def _block_text(block: dict[str, Any], quote: str | None, row: int | None) -> str:
    if "rows" in block:
        return table_excerpt(block["rows"], block["row_count"], row)
    return excerpt(block["text"], [quote] if quote else [], CONTEXT_CHARS)


def _neighbours(loc: dict[str, Any], quote: str, context: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The quoted block and the blocks beside it, as text (the "查看原文上下文" part)."""
    around = []
    row = (loc.get("table") or {}).get("row")
    for index in range(loc["block"] - NEIGHBOURS, loc["block"] + NEIGHBOURS + 1):
        block = context.get(str(index))
        if block:
            quoted = index == loc["block"]
            text = _block_text(block, quote if quoted else None, row if quoted else None)
            around.append({"text": text.replace("\t", CELL_SEPARATOR), "quoted": quoted,
                           "where": location_label({"page": block.get("page"), "block": index})})
    return around


def _evidence_view(evidence: dict[str, Any], sources: Sources, with_crop: bool, value: str | None = None
                   ) -> dict[str, Any]:
    """A quote where it stands; ``value`` (a 汇总表 cell read from it) is what is marked when it is in the
    quote, else the quote itself."""
    loc = evidence.get("loc")
    elsewhere = evidence.get("file")  # a quote from another file of the package or batch
    text = clip(evidence["text"], QUOTE_CHARS)
    mark = value if value and find_span(text, value) else text
    view: dict[str, Any] = {
        "text": text,
        "where": " ".join(filter(None, [elsewhere, location_label(loc)])),
        "by_reviewer": evidence.get("source") == "reviewer",
        "context": [],
        "pieces": in_sentence(text, mark),
        "row": None,
        "crop": None,
        "ocr": False,
        "ocr_confidence": None,
    }
    block = sources.context.get(str(loc["block"])) if loc and isinstance(loc.get("block"), int) else None
    if block is None or elsewhere:
        return view
    table = loc.get("table")
    view["context"] = _neighbours(loc, evidence["text"], sources.context)
    view["ocr"] = bool(block.get("ocr")) or sources.scanned
    view["ocr_confidence"] = block.get("ocr_confidence")
    if table and block.get("kind") == "table":
        view["row"] = table_row(block, table["row"], table.get("col"))
    elif "text" in block:
        view["pieces"] = in_sentence(block["text"], evidence["text"], mark, evidence.get("start"))
    if with_crop and sources.crops is not None:
        view["crop"] = sources.crops.crop(loc.get("page"), evidence["text"], mark, bool(table))
    return view


def _evidence_views(evidence: list[dict[str, Any]], sources: Sources, room: Room, with_crops: bool,
                    value: str | None = None) -> list[dict[str, Any]]:
    """The quotes shown while there is room; once there is none, a check still shows its first quote, short
    and without context. The first CHECK_CROPS quotes get a crop of their page, when asked for."""
    views: list[dict[str, Any]] = []
    for e in _distinct(evidence):
        view = _evidence_view(e, sources, with_crops and len(views) < CHECK_CROPS, value)
        size = len(view["text"]) + sum(len(b["text"]) for b in view["context"])
        if size > room.left:
            if views:
                break
            short = clip(view["text"], SHORT_QUOTE_CHARS)
            view = {**view, "text": short, "pieces": in_sentence(short, short), "row": None, "context": []}
            size = len(short)
        room.left -= size
        views.append(view)
    return views


def _distinct(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each quote once: a check may quote one sentence for each of the numbers it states."""
    return list({(e["text"], e.get("file"), str(e.get("loc"))): e for e in evidence}.values())


def check_view(check: dict[str, Any], context: dict[str, dict[str, Any]], room: Room | None = None,
               sources: Sources | None = None) -> dict[str, Any]:
    """A check with its Chinese labels and its evidence located in the plan's text; ``evidence_left`` counts
    the quotes the check found but the report does not show. Checks that need attention get page crops."""
    machine = (check.get("override") or {}).get("machine_status")
    evidence = check.get("evidence") or []
    group = problem_group(check)
    views = _evidence_views(evidence, sources or Sources(context), room or Room(), group is not None)
    return {
        **check,
        "clause": check.get("clause"),
        "override": check.get("override"),
        "group": group,
        "status_label": status_label(check["status"]),
        "severity_label": severity_label(check["severity"]),
        "machine_label": status_label(machine) if machine else None,
        "stale": check.get("override_stale"),
        "stale_label": status_label((check.get("override_stale") or {}).get("status", "")),
        "observed": check.get("observed"),
        "expected": check.get("expected"),
        "evidence_views": views,
        "evidence_left": check.get("evidence_omitted", 0) + len(_distinct(evidence)) - len(views),
    }


def _short_texts(check: dict[str, Any]) -> dict[str, Any]:
    """A plan's check with its message and values cut to TEXT_CHARS (they may quote what the plan says)."""
    cut = {key: clip(check[key], TEXT_CHARS) for key in ("message", "observed", "expected") if check.get(key)}
    return {**check, **cut}


def _summary_values(result: dict[str, Any], pack: RulePack, sources: Sources, room: Room) -> list[dict[str, Any]]:
    """The 汇总表's cells of this plan, each with the quote it was read from (the first, for members)."""
    try:
        evidence = summary_evidence(Submission.model_validate(result.get("extracted") or {}), pack)
    except ValueError:  # a result of an older schema: the cells are still shown, without their quotes
        evidence = {}
    ocr = set(result.get("summary_row_from_ocr") or [])
    row = result.get("summary_row") or {}
    return [
        {
            "column": column,
            "value": clip(value or "", TEXT_CHARS),
            "ocr": column in ocr,
            "evidence": _evidence_views([e.model_dump(mode="json") for e in evidence.get(column, [])[:1]],
                                        sources, room, True, value),
        }
        for column, value in row.items()
    ]


def _budget_quotes(result: dict[str, Any], sources: Sources, room: Room) -> list[dict[str, Any]]:
    """The sentences stating the budget, and each budget table once, its quoted numbers marked in their rows
    under the column labels (a table quoted cell by cell would repeat itself twenty times)."""
    evidence = ((result.get("extracted") or {}).get("budget") or {}).get("evidence") or []
    cells: dict[int, dict[int, set[int]]] = {}
    sentences = []
    for e in evidence:
        loc, table = e.get("loc") or {}, (e.get("loc") or {}).get("table")
        if table and not e.get("file") and str(loc.get("block")) in sources.context:
            cells.setdefault(loc["block"], {}).setdefault(table["row"], set()).add(table["col"])
        else:
            sentences.append(e)
    tables = []
    for block, marked in cells.items():
        context = sources.context[str(block)]
        view = _evidence_view({"text": "", "loc": {"page": context.get("page"), "block": block}}, sources, False)
        tables.append({**view, "row": table_rows(context, marked), "context": []})
    return [*tables, *_evidence_views(sentences, sources, room, False)]


def _header(result: dict[str, Any], pack: RulePack) -> dict[str, Any]:
    extracted = result.get("extracted") or {}
    name = (extracted.get("consortium_name") or {}).get("value")
    return {
        "name": name or Path(result["source"]["file"]).stem,
        "district": (extracted.get("district") or {}).get("value") or MISSING,
        "generated": now_local(),
        "pack": f"{pack.title}（{result['rule_pack']}）",
    }


def _source_path(result: dict[str, Any], source_root: Path | None) -> Path | None:
    """The plan's own file when its quotes stand on pages and it is still where it was read."""
    if source_root is None or result["source"].get("format") not in PAGED_FORMATS:
        return None
    path = source_root / result["source"]["file"]
    return path if path.is_file() else None


def report_context(result: dict[str, Any], pack: RulePack, batch_checks: list[dict[str, Any]] | None = None,
                   crops: PageCrops | None = None) -> dict[str, Any]:
    ok = result["status"] == "ok"
    facts = [(label, clip(value, TEXT_CHARS)) for label, value in plan_facts(result, pack)]
    members = (result.get("extracted") or {}).get("members") or []
    sources = Sources(result.get("context_blocks") or {}, crops, result["source"].get("format") == "pdf-ocr")
    room = Room()
    findings = plan_findings(batch_checks or [], result["source"]["file"]) if ok else []
    checks = [check_view(_short_texts(c), sources.context, room, sources)
              for c in [*(result.get("checks") or []), *findings]]
    return {
        "result": result,
        "pack": pack,
        "header": _header(result, pack),
        "verdict": verdict(result),
        "tally": tally(result.get("checks") or []),
        "checks": checks,
        "problems": problems(checks),
        "passed": [c for c in checks if c["group"] is None],
        "summary": _summary_values(result, pack, sources, room) if ok else [],
        "budget_quotes": _budget_quotes(result, sources, room) if ok else [],
        "facts": facts,  # every fact, for the Word report
        "overview": [(label, value) for label, value in facts if label in FACTS_SHOWN],
        "members": member_rows(members[:REPORT_MEMBERS], pack, MEMBER_CHARS),
        "members_left": max(0, len(members) - REPORT_MEMBERS),
        "notes": result.get("override_notes") or [],
        "attachments": [{**a, "kind_label": role_label(a["kind"])} for a in result.get("attachments") or []],
        "package": {"folder": None, "unread": [], "copy_differences": {}, **(result.get("package") or {})},
    }


def render_report_html(result: dict[str, Any], pack: RulePack, batch_checks: list[dict[str, Any]] | None = None,
                       source_root: Path | None = None) -> str:
    """The page; ``batch_checks`` are the run's batch checks (those naming this plan are shown), and
    ``source_root`` the input folder, whose PDF pages give the crops beside the quotes."""
    with PageCrops(_source_path(result, source_root)) as crops:
        context = report_context(result, pack, batch_checks, crops)
        return environment().get_template("report.html.j2").render(**context)
