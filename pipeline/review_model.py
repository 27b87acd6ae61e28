"""The review of one plan, as result.json holds it (shared/contract/result.schema.json).

result.json is this model dumped. Besides the contract's keys it carries what the reports need and the batch
reuses: the 汇总表 columns read by OCR, the text's signature for duplicate detection, the plan's text around
each quote, the package's other files, and the notes on reviewer decisions.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, SerializerFunctionWrapHandler, field_serializer

from pipeline.check_result import CheckResult
from pipeline.document import Format
from pipeline.submission import Submission
from pipeline.unwritten import Unset, written_when_set

SCHEMA_VERSION = "1"
AttachmentKind = Literal["intent_letter", "commitment", "plan_copy", "attachment"]


class Source(BaseModel):
    """The file reviewed: path relative to the input folder, its bytes' sha256, what it was read as."""

    file: str
    sha256: str
    format: Format
    pages: int | None = None


class ReviewError(BaseModel):
    """Why a file could not be reviewed: a stable code, and what a reviewer reads (what is wrong, what to do)."""

    code: str
    message: str


class ContextBlock(BaseModel):
    """The plan's own text around a quote: a long table keeps only some ``rows`` (by row number) of its
    ``row_count``, anything else its ``text``; ``ocr`` when a recogniser read it, and how sure it was."""

    kind: str
    page: int | None = None
    ocr: bool | Unset = written_when_set()
    ocr_confidence: float | Unset = written_when_set()
    rows: dict[str, str] | Unset = written_when_set()
    row_count: int | Unset = written_when_set()
    text: str | Unset = written_when_set()


class Attachment(BaseModel):
    """Another file of the plan's package; an intent letter lists who signed it, a file placed by its content
    says why (``reason``)."""

    file: str
    kind: AttachmentKind
    sha256: str
    signatories: list[str] | Unset = written_when_set()
    reason: str | Unset = written_when_set()


class UnreadFile(BaseModel):
    """A file of the package that was not reviewed: its role (failed, unsupported) and, when known, why."""

    file: str
    role: str
    code: str | Unset = written_when_set()
    message: str | Unset = written_when_set()


class PackageNote(BaseModel):
    """The package a plan came in: its folder and what else it held (a package without a plan lists its
    ``files``; a plan's package its ``unread`` files and where its other copies read differently)."""

    folder: str | None
    files: list[str] | Unset = written_when_set()
    unread: list[UnreadFile] | Unset = written_when_set()
    copy_differences: dict[str, list[str]] | Unset = written_when_set()


class Review(BaseModel):
    """One plan's review: ``ok`` with what was extracted and every check, or ``failed`` with the error."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    rule_pack: str
    source: Source
    status: Literal["ok", "failed"] = "ok"
    error: ReviewError | None = None
    extracted: Submission = Field(default_factory=Submission)
    checks: list[CheckResult] = Field(default_factory=list)
    summary_row: dict[str, str | None]
    summary_row_from_ocr: list[str] = Field(default_factory=list)
    signature: list[int] | None = None
    context_blocks: dict[str, ContextBlock] | Unset = written_when_set()
    attachments: list[Attachment] | Unset = written_when_set()
    package: PackageNote | Unset = written_when_set()
    override_notes: list[str] | Unset = written_when_set()

    @field_serializer("extracted", mode="wrap")
    def _empty_when_failed(self, value: Submission, handler: SerializerFunctionWrapHandler):
        """The contract's ``extracted`` is an empty object for a plan that could not be read.

        No return annotation: the JSON Schema then keeps Submission's shape for ``extracted``."""
        return {} if self.status == "failed" else handler(value)

    def dump(self) -> dict[str, Any]:
        """The JSON value of result.json."""
        return self.model_dump(mode="json")
