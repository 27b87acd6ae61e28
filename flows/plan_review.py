"""One plan in, one result out: the per-plan review and its written outputs.

``review_plan`` is pure (a path in, the machine's ``Review`` out) so a batch
runner can cache it on the file's sha256; reviewer overrides are applied to a
copy only when writing, so a cached result can be re-rendered with new ones.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from pathlib import Path, PurePosixPath
from typing import Any

from checks import run_plan_checks
from extractors import extract
from pipeline.atomic import write_text
from pipeline.check_result import CheckResult
from pipeline.document import Block, Document, Table
from pipeline.errors import MESSAGES, ReadError
from pipeline.filenames import source_name
from pipeline.fingerprint import signature
from pipeline.inventory import file_digest
from pipeline.isolation import read_isolated
from pipeline.overrides import Overrides, apply_overrides
from pipeline.plan_text import PlanText
from pipeline.report.docx_report import write_report_docx
from pipeline.report.excerpt import CONTEXT_CHARS, LONG_TABLE_ROWS, NEIGHBOURS, clip, excerpt, rows_kept
from pipeline.report.html import render_report_html
from pipeline.report.result_json import dump_result
from pipeline.review_model import ContextBlock, Review, ReviewError, Source
from pipeline.rulepack import RulePack, load_rulepack
from pipeline.spans import anchor_quotes
from pipeline.submission import Submission
from pipeline.summary_row import columns_read_by_ocr, summary_row
from pipeline.wording import say

log = logging.getLogger(__name__)

NOT_SUBMISSIONS = {".py", ".pyc", ".md", ".yaml", ".yml"}
SYSTEM_FILES = {"thumbs.db", "desktop.ini"}
SKIPPED_FOLDERS = {"truth"}
INTERNAL_ERROR = "internal_error"
INTERNAL_MESSAGE = MESSAGES[INTERNAL_ERROR]
_MAGIC_FORMATS = ((b"%PDF", "pdf"), (b"PK\x03\x04", "docx"), (b"\xd0\xcf\x11\xe0", "doc"))
_SUFFIX_FORMATS = {".pdf": "pdf", ".doc": "doc", ".wps": "doc"}
_UNSAFE_ID_CHARS = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff_-]+")
ID_SLUG_MAX = 40
# Characters XML 1.0 cannot hold (tab, newline and carriage return it can); a file name may carry them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CONTROL_PICTURES = 0x2400  # U+2400.. show each control character as a visible symbol (␇ for BEL)
_XML_NONCHARACTERS = re.compile("[\ufffe\uffff\ud800-\udfff]")  # also refused; shown as U+FFFD


def discover_plans(root: Path) -> list[Path]:
    """Every candidate submission under ``root``, sorted; unsupported files stay in so they get reported."""
    found = []
    for path in root.rglob("*"):
        rel_parts = path.relative_to(root).parts
        if not path.is_file() or any(p.startswith((".", "~$")) for p in rel_parts):
            continue
        if any(p.lower() in SKIPPED_FOLDERS for p in rel_parts[:-1]):
            continue
        name = path.name.lower()
        if path.suffix.lower() in NOT_SUBMISSIONS or name.startswith("readme") or name in SYSTEM_FILES:
            continue
        found.append(path)
    return sorted(found, key=lambda p: source_name(p, root))


def plan_id(rel_path: str) -> str:
    """A folder name for a plan: readable slug of its path plus a hash of the exact path (unique, stable)."""
    slug = _UNSAFE_ID_CHARS.sub("_", rel_path).strip("_-")[:ID_SLUG_MAX] or "plan"
    digest = hashlib.sha256(rel_path.encode("utf-8")).hexdigest()[:10]
    return f"{slug}-{digest}"


def sha256_or_empty(path: Path) -> str:
    """The file's sha256, or that of no bytes when it cannot be opened (it is then reported as unreadable)."""
    return file_digest(path)[1]


def _claimed_format(path: Path | None, rel: str) -> str:
    """The contract format an input that could not be read claims to be (by content, then by name)."""
    try:
        with path.open("rb") if path else io.BytesIO() as fh:
            head = fh.read(8)
    except OSError:
        head = b""
    for magic, fmt in _MAGIC_FORMATS:
        if head.startswith(magic):
            return fmt
    return _SUFFIX_FORMATS.get(PurePosixPath(rel).suffix.lower(), "docx")


def review_plan(path: Path, root: Path, pack: RulePack) -> Review:
    """The machine's result.json for one file on its own; a file that cannot be read gives a failed result."""
    rel, sha256 = source_name(path, root), sha256_or_empty(path)  # hash first: the result describes what was read
    try:
        doc = read_isolated(path)  # a child process: a file that hangs or floods memory fails alone
    except OSError as exc:  # moved or deleted while the batch ran, or no permission
        return unreadable_result(rel, sha256, path, pack, exc)
    except ReadError as exc:
        return unreadable_result(rel, sha256, path, pack, exc)
    return review_document(PlanText(doc, pack), rel, sha256, path)


def unreadable_result(rel: str, sha256: str, path: Path | None, pack: RulePack, exc: Exception) -> Review:
    """The failed result of a file a reader refused (``ReadError``) or the system could not open (``OSError``)."""
    if isinstance(exc, ReadError):
        log.warning(say("run.log.unread", file=rel, code=exc.code))
        return failed_result(rel, sha256, path, pack, exc.code, exc.message)
    log.warning(say("run.log.not_opened", file=rel, reason=getattr(exc, "strerror", exc)))
    error = ReadError("corrupt", say("errors.detail.cannot_open", reason=getattr(exc, "strerror", "") or exc))
    return failed_result(rel, sha256, path, pack, error.code, error.message)


def review_document(plan: PlanText, rel: str, sha256: str, path: Path | None = None) -> Review:
    """Extract and check a read plan; a bug on one plan gives a failed result, never an exception (contract)."""
    doc, pack = plan.doc, plan.pack
    try:
        submission = extract(plan, rel)
        checks = run_plan_checks(submission, pack)
    except Exception:
        log.exception(say("run.log.review_failed", file=rel))
        return failed_result(rel, sha256, path, pack, INTERNAL_ERROR, INTERNAL_MESSAGE)
    # Quotes are anchored in the JSON form, where every evidence object is a dict to walk to.
    extracted, checked = submission.model_dump(mode="json"), [c.model_dump(mode="json") for c in checks]
    for lost in anchor_quotes([extracted, checked], doc):
        log.warning(say("run.log.quote_lost", file=rel, quote=lost["text"][:40]))
    return Review(
        rule_pack=pack.id,
        source=Source(file=rel, sha256=sha256, format=doc.format, pages=doc.pages),
        extracted=Submission.model_validate(extracted),
        checks=[CheckResult.model_validate(c) for c in checked],
        summary_row=summary_row(submission, pack),
        summary_row_from_ocr=columns_read_by_ocr(submission, pack, ocr_pages(doc)),
        signature=signature(doc.text),
        context_blocks=context_blocks(doc, [extracted, checked]),
    )


def failed_result(rel: str, sha256: str, path: Path | None, pack: RulePack, code: str, message: str) -> Review:
    """The result of an input that could not be reviewed: its source, the error code and what to do."""
    return Review(
        rule_pack=pack.id,
        source=Source(file=rel, sha256=sha256, format=_claimed_format(path, rel)),
        status="failed",
        error=ReviewError(code=code, message=message),
        summary_row=dict.fromkeys(pack.summary_table.columns[1:]),
    )


def office_safe(value: Any) -> Any:
    """A copy whose strings a Word or Excel file can hold: control characters become their symbols (␇),
    U+FFFE, U+FFFF and lone surrogates the replacement character.

    Linux allows them in file names; python-docx and openpyxl refuse them, and one such name must not
    cost a plan its report or the batch its 汇总表.
    """
    if isinstance(value, str):
        value = _XML_NONCHARACTERS.sub("\ufffd", value)
        return _XML_ILLEGAL.sub(lambda m: chr(_CONTROL_PICTURES + ord(m.group())), value)
    if isinstance(value, dict):
        return {k: office_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [office_safe(v) for v in value]
    return value


def _quotes_by_block(value: Any) -> dict[int, list[tuple[str, int | None]]]:
    """Every quote inside ``value`` (its text and table row) by the block its ``loc`` points at (a walk with a
    stack: results nest deeply)."""
    found: dict[int, list[tuple[str, int | None]]] = {}
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            loc = item.get("loc")
            if isinstance(loc, dict) and isinstance(loc.get("block"), int):
                row = (loc.get("table") or {}).get("row")
                found.setdefault(loc["block"], []).append((str(item.get("text") or ""), row))
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, dict | list))
    return found


def ocr_pages(doc: Document) -> set[int]:
    """The pages whose text came from OCR rather than the file's own text."""
    return {b.prov.page for b in doc.blocks if b.prov.reader == "pdf-ocr" and b.prov.page is not None}


def context_blocks(doc: Document, quoted: list[Any]) -> dict[str, ContextBlock]:
    """The plan's own text around every quoted block, so a report can show a quote in context.

    A long block keeps only what a report shows of it (pipeline/report/excerpt.py): a long table its first
    rows and the rows beside each quoted row (``rows`` by row number, with its ``row_count``), a long
    paragraph the stretches around its quotes.
    """
    by_index = doc.by_number
    quotes = _quotes_by_block(quoted)
    wanted = set()
    for block in quotes:
        wanted.update(range(block - NEIGHBOURS, block + NEIGHBOURS + 1))
    return {str(i): _context(by_index[i], quotes.get(i, [])) for i in sorted(wanted) if i in by_index}


def _context(block: Block, quotes: list[tuple[str, int | None]]) -> ContextBlock:
    entry = ContextBlock(kind=block.kind, page=block.prov.page)
    if block.prov.reader == "pdf-ocr":  # its text is OCR's reading of a scan: the report says so, and how sure
        entry.ocr, entry.ocr_confidence = True, block.prov.confidence
    if isinstance(block, Table) and block.n_rows > LONG_TABLE_ROWS:
        rows = block.rows()
        kept = rows_kept(row for _, row in quotes if row is not None)
        entry.rows = {
            str(r): clip("\t".join(c.text for c in rows[r]), CONTEXT_CHARS) for r in sorted(kept) if r < len(rows)
        }
        entry.row_count = len(rows)
        return entry
    entry.text = excerpt(block.text, dict.fromkeys(text for text, _ in quotes), CONTEXT_CHARS)
    return entry


def write_plan_outputs(
    result: Review,
    plan_dir: Path,
    overrides: Overrides | None = None,
    pack: RulePack | None = None,
    batch_checks: list[dict[str, Any]] | None = None,
    source_root: Path | None = None,
) -> Review:
    """Write result.json, report.html and report.docx (atomically) with the reviewer's overrides applied.

    The machine result passed in is left untouched; the written (overridden) copy is returned. The report
    shows the batch checks naming this plan, and crops of its pages when its file is under ``source_root``.
    The two reports read the result's JSON form, as a reviewer's tools would read result.json.
    """
    pack = pack or load_rulepack(result.rule_pack)
    shown = apply_overrides(result, overrides or Overrides())
    written = shown.dump()
    write_text(plan_dir / "result.json", dump_result(shown))
    write_text(plan_dir / "report.html", render_report_html(written, pack, batch_checks, source_root))
    write_report_docx(office_safe(written), pack, plan_dir / "report.docx")
    return shown
