"""What one hand-written plan is: its blocks of text in order, where and how it is submitted, and its truth label."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..deadline import deadline_label


@dataclass(frozen=True)
class Title:
    """A centred line in large type (cover title, subtitle)."""

    text: str
    size: float = 22


@dataclass(frozen=True)
class Head:
    """A heading, laid out as a district office really lays it out.

    ``look``: ``word`` = a Word "Heading N" style; ``bold`` = a bold 黑体 body paragraph;
    ``boxed`` = a one-column shaded table holding the heading text; ``autonum`` = a Word "Heading N" style
    paragraph numbered by Word's multilevel list (一、/（一）/1.), so the number is in numbering.xml, not the text;
    ``big`` = a Normal-style body paragraph told apart only by its large bold 宋体 type.
    """

    text: str
    level: int = 1
    look: Literal["word", "bold", "boxed", "autonum", "big"] = "bold"


@dataclass(frozen=True)
class Para:
    """A body paragraph; ``indent=False`` for cover lines and signature lines."""

    text: str
    indent: bool = True
    bold: bool = False


@dataclass(frozen=True)
class RunIn:
    """A run-in heading: bold heading text and colon, then the section's text in the same paragraph."""

    head: str
    text: str


@dataclass(frozen=True)
class Bullets:
    """Items of a Word bulleted list (the "List Bullet" style, • from numbering.xml, not in the text)."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Footnoted:
    """A body paragraph with Word footnotes: ``(text, note)`` pieces, each note ("" for none) a real footnote
    (footnotes.xml) whose reference mark follows its piece."""

    pieces: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Revised:
    """A paragraph with Word tracked changes: ``(kind, text)`` pieces, kind ``keep``, ``ins`` or ``del``."""

    pieces: tuple[tuple[Literal["keep", "ins", "del"], str], ...]


@dataclass(frozen=True)
class Table:
    """A ruled table; the first row is the header (bold) unless ``header`` is off.

    A cell is a text (each line of it a paragraph of its own) or a tuple of texts and tables, as a form-style plan
    nests its member table inside the cell of 三、. ``inserted_rows``: row indexes added with Word's track changes on
    (w:ins), as a reviser adds a late member. ``merges``: ``(top, left, bottom, right)`` spans of merged cells (the
    text stays in the top-left cell, the others are left ""), as a form's two-row header has them; ``header_rows``: how
    many rows from the top are bold header rows.
    """

    rows: tuple[tuple[Cell, ...], ...]
    header: bool = True
    inserted_rows: tuple[int, ...] = ()
    merges: tuple[tuple[int, int, int, int], ...] = ()
    header_rows: int = 1


Cell = str | tuple["str | Table", ...]


@dataclass(frozen=True)
class PageBreak:
    """A hard page break (after a cover page)."""


@dataclass(frozen=True)
class NewSection:
    """A new Word section on a new page, landscape or portrait, as a clerk turns one page sideways for a wide table."""

    landscape: bool


Block = Title | Head | Para | RunIn | Bullets | Footnoted | Revised | Table | PageBreak | NewSection


@dataclass(frozen=True)
class Scan:
    """How a ``pdf-ocr`` plan is scanned: seal text, where the seal lands, skew range in degrees, random seed, and
    ``grey`` (JPEG) or ``bw`` (a copier's one-bit black-and-white mode, the seal printed black)."""

    stamp_text: str
    seed: int
    stamp_page: int = -1
    stamp_at: tuple[float, float] = (0.68, 0.36)
    skew: tuple[float, float] = (1.0, 2.0)
    colour: Literal["grey", "bw"] = "grey"


@dataclass(frozen=True)
class FreeformPlan:
    """One plan: ``path`` under sample_submissions/, the format it is submitted in, its blocks and its truth.

    ``rtf`` is LibreOffice's Rich Text; ``wps`` is a Word 97 binary under a .wps name, as WPS Office saves a
    document whose user kept its own extension. ``header``: running header text repeated at the top of every page
    (Word's page header, header1.xml), as an office template puts the plan's name and recommender there; "" for none."""

    path: str
    format: Literal["docx", "pdf", "doc", "pdf-ocr", "rtf", "wps"]
    blocks: tuple[Block, ...]
    truth: dict = field(default_factory=dict)
    scan: Scan | None = None
    header: str = ""

    def truth_record(self) -> dict:
        """The truth file's content: the hand-written label plus the file and format it labels."""
        checks = {**self.truth["expected_checks"], "submission.deadline": deadline_label(self.truth["consortium_name"])}
        return {"file": self.path, "format": self.format, **self.truth, "expected_checks": checks}


CHECK_IDS = (
    "outline.background", "outline.goals_tasks", "outline.organization", "outline.funding", "outline.schedule",
    "outline.order", "outline.substance", "lead.qualification", "lead.active_projects", "members.min_count",
    "members.academic", "members.intent_letter", "org.council", "org.council_chair", "org.council_members",
    "org.expert_committee", "org.chief_scientist", "mechanism.ip_sharing", "goals.three_year", "goals.tasks",
    "goals.measurable", "schedule.yearly", "field.strategic", "funding.total", "funding.enterprise_main",
    "funding.consistent", "type.declared", "type.eligibility", "summary.complete",
)


def expected_checks(deviations: dict[str, str]) -> dict[str, str]:
    """Every per-plan check of contract/checks.md: ``pass`` unless the plan's label says otherwise."""
    unknown = set(deviations) - set(CHECK_IDS)
    if unknown:
        raise ValueError(f"unknown check ids: {sorted(unknown)}")
    return {check: deviations.get(check, "pass") for check in CHECK_IDS}
