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
    ``big`` = a Normal-style body paragraph told apart only by its large bold 宋体 type; ``stylenum`` = a Word "Heading N"
    style paragraph numbered through the style itself: the Heading 1/2 styles in styles.xml carry the list (一、/（一）),
    linked back by w:pStyle in numbering.xml, so neither the text nor the paragraph's own properties hold the number.
    ``anchor``: a bookmark around the heading (``_Toc…``), as Word sets one for each heading a table of contents points to.
    """

    text: str
    level: int = 1
    look: Literal["word", "bold", "boxed", "autonum", "big", "stylenum"] = "bold"
    anchor: str = ""


@dataclass(frozen=True)
class Para:
    """A body paragraph; ``indent=False`` for cover lines and signature lines."""

    text: str
    indent: bool = True
    bold: bool = False


@dataclass(frozen=True)
class RunIn:
    """A run-in heading: bold heading text and colon, then the section's text in the same paragraph.

    ``stop``: the mark that closes the bold heading ("。" as in "一、总体目标。" that a paragraph goes on from)."""

    head: str
    text: str
    stop: str = "："


@dataclass(frozen=True)
class Bullets:
    """Items of a Word bulleted list (the "List Bullet" style, • from numbering.xml, not in the text)."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Footnoted:
    """A body paragraph with Word footnotes: ``(text, note)`` pieces, each note ("" for none) a real footnote
    (footnotes.xml) whose reference mark follows its piece. ``endnotes``: the notes are endnotes instead (endnotes.xml,
    numbered i, ii, iii … by Word's default and printed together after the last page of text)."""

    pieces: tuple[tuple[str, str], ...]
    endnotes: bool = False


@dataclass(frozen=True)
class Remark:
    """A margin comment (批注, comments.xml): Word shows it in a balloon beside the text it is anchored to, never as
    body text. ``author`` is who wrote it (a district reviewer, or the lead's clerk answering in a comment of its own)."""

    author: str
    text: str
    date: str = "2022-11-12T09:30:00Z"


@dataclass(frozen=True)
class Revised:
    """A paragraph with Word tracked changes: ``(kind, text)`` pieces, kind ``keep``, ``ins`` or ``del``.

    ``author``: who made the revisions ("" for the default reviser). ``remarks``: ``(piece index, Remark)`` margin
    comments, each anchored on that piece, or on the pieces from ``first`` to ``last`` when the index is a pair (several
    on one piece stack like a comment and its replies). ``indent=False`` for a line in a table cell or on the cover."""

    pieces: tuple[tuple[Literal["keep", "ins", "del"], str], ...]
    author: str = ""
    remarks: tuple[tuple[int | tuple[int, int], Remark], ...] = ()
    indent: bool = True


@dataclass(frozen=True)
class Table:
    """A ruled table; the first row is the header (bold) unless ``header`` is off.

    A cell is a text (each line of it a paragraph of its own) or a tuple of texts and tables, as a form-style plan
    nests its member table inside the cell of 三、; a ``Revised`` in the tuple is a paragraph of the cell with tracked
    changes (a figure struck out and a new one put in) and margin comments. ``inserted_rows``: row indexes added with
    Word's track changes on (w:ins), as a reviser adds a late member. ``merges``: ``(top, left, bottom, right)`` spans of
    merged cells (the text stays in the top-left cell, the others are left ""), as a form's two-row header has them;
    ``header_rows``: how many rows from the top are bold header rows. ``reviser``: who signed the inserted rows ("" for
    the default reviser).
    """

    rows: tuple[tuple[Cell, ...], ...]
    header: bool = True
    inserted_rows: tuple[int, ...] = ()
    merges: tuple[tuple[int, int, int, int], ...] = ()
    header_rows: int = 1
    reviser: str = ""


Cell = str | tuple["str | Table | Revised", ...]


@dataclass(frozen=True)
class PageBreak:
    """A hard page break (after a cover page)."""


@dataclass(frozen=True)
class NewSection:
    """A new Word section on a new page, landscape or portrait, as a clerk turns one page sideways for a wide table."""

    landscape: bool


@dataclass(frozen=True)
class Box:
    """A Word text box: its lines (each a paragraph inside w:txbxContent) and its place, in cm from the anchoring
    paragraph's column (x) and top (y), and its size."""

    text: str
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Drawing:
    """A figure drawn with floating Word text boxes (an 组织架构图 of boxes), anchored to one paragraph that keeps
    ``height`` cm free below it. Each box is written as Word 2010+ saves a shape: mc:AlternateContent whose choice is a
    DrawingML text box (wps:wsp) and whose fallback is the same box in VML (v:textbox), so its text is in document.xml
    twice though Word shows it once. ``caption`` is an ordinary paragraph after the figure ("" for none)."""

    boxes: tuple[Box, ...]
    height: float
    caption: str = ""


@dataclass(frozen=True)
class Toc:
    """A table of contents as Word inserts it: a TOC field whose cached result is one paragraph per entry, each a
    hyperlink to a heading's bookmark with a dot-leader tab and a PAGEREF field for the page. ``entries`` are
    ``(level, text, anchor, page)``; ``title`` is the plain paragraph above it."""

    entries: tuple[tuple[int, str, str, int], ...]
    title: str = "目  录"


@dataclass(frozen=True)
class Control:
    """A Word content control (w:sdt) inside a line, as a district's form template has them.

    ``kind``: ``text`` (plain text), ``dropdown`` (a drop-down list whose ``items`` live only in its properties),
    ``date`` (a date picker; ``value`` is what it shows, ``iso`` the date it holds) or ``checkbox`` (Word 2010's check box
    control, showing ☒ when ``checked`` and ☐ when not). ``value`` "" leaves the control showing its grey
    ``placeholder`` (w:showingPlcHdr), as a field nobody filled in. ``alias`` is the control's title."""

    kind: Literal["text", "dropdown", "date", "checkbox"]
    alias: str
    value: str = ""
    items: tuple[str, ...] = ()
    iso: str = ""
    checked: bool = False
    placeholder: str = "单击或点击此处输入文字。"


@dataclass(frozen=True)
class Fillable:
    """A line of a form: texts and content controls in order, e.g. ("申报类型：", Control(checkbox), "类型一 ", …)."""

    pieces: tuple[str | Control, ...]
    indent: bool = False
    size: float = 14


Block = (Title | Head | Para | RunIn | Bullets | Footnoted | Revised | Table | PageBreak | NewSection | Drawing | Toc
         | Fillable)


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
    (Word's page header, header1.xml), as an office template puts the plan's name and recommender there; "" for none.
    ``footer``: running footer text (footer1.xml) in which ``{PAGE}`` and ``{NUMPAGES}`` are Word's page fields, as in
    "第 {PAGE} 页 共 {NUMPAGES} 页"; "" for none. ``lean`` (the default): saved as Word 2013 and later save a
    document, without the Word 2010 stylesWithEffects.xml and the thumbnail picture the python-docx template carries
    (about 15 KB less); off only for the plans moved into packages as first written. ``used_styles`` (the default):
    styles.xml keeps only the styles the document uses (with their basedOn/link/next chains and the defaults), without
    the latent-style table and the template's stray customXml item, rather than python-docx's template with its
    160-odd styles (about 12 KB less); off, like ``lean``, for the plans moved into packages."""

    path: str
    format: Literal["docx", "pdf", "doc", "pdf-ocr", "rtf", "wps"]
    blocks: tuple[Block, ...]
    truth: dict = field(default_factory=dict)
    scan: Scan | None = None
    header: str = ""
    footer: str = ""
    lean: bool = True
    used_styles: bool = True

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
