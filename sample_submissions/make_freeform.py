"""Writes the held-out style plans of generator/freeform/ in their submitted formats, with their truth files.

Run from the repository root: ``.venv/bin/python sample_submissions/make_freeform.py``. It only adds or
overwrites its own files; the main corpus (make_samples.py) is left as it is.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from generator.convert import pin_pdf_dates, scan_pdf, soffice_convert  # noqa: E402
from generator.freeform.corpus import FREEFORM_PLANS  # noqa: E402
from generator.freeform.model import FreeformPlan  # noqa: E402
from generator.freeform.writer import write_docx  # noqa: E402
from generator.packages.specs import packaged_plans  # noqa: E402

FREEFORM_README = ROOT / "generator" / "freeform" / "readme_section.md"


def _build(plan: FreeformPlan, work: Path) -> Path:
    """Writes one plan at its path in its format: python-docx, then LibreOffice for .pdf, .doc, .wps and .rtf, then a
    scanner's images for ``pdf-ocr``."""
    target = ROOT / plan.path
    target.parent.mkdir(parents=True, exist_ok=True)
    docx = write_docx(plan, work / f"{Path(plan.path).stem}.docx")
    if plan.format == "docx":
        shutil.copyfile(docx, target)
    elif plan.format == "pdf-ocr":
        scan = plan.scan
        scan_pdf(soffice_convert(docx, "pdf", work / "pdf"), target, stamp_text=scan.stamp_text, seed=scan.seed,
                 stamp_page=scan.stamp_page, stamp_at=scan.stamp_at, skew=scan.skew, colour=scan.colour)
    else:
        binary = "doc" if plan.format == "wps" else plan.format  # WPS Office writes Word 97 bytes under .wps
        shutil.move(soffice_convert(docx, binary, work / binary), target)
    if plan.format in ("pdf", "pdf-ocr"):
        pin_pdf_dates(target)
    return target


def _write_truth(plan: FreeformPlan) -> None:
    path = ROOT / "truth" / (plan.path.replace("/", "__") + ".json")
    path.write_text(json.dumps(plan.truth_record(), ensure_ascii=False, indent=2) + "\n", "utf-8")


def main(only: list[str]) -> None:
    plans = [p for p in FREEFORM_PLANS if not only or any(word in p.path for word in only)]
    if only:  # a packaged plan rebuilt alone would reappear loose beside its package, with a second truth file
        for plan in (p for p in plans if p.path in packaged_plans()):
            print(f"{plan.path}: 已移入材料包，跳过；请不带参数运行本脚本，再运行 make_packages.py")
        plans = [p for p in plans if p.path not in packaged_plans()]
    with tempfile.TemporaryDirectory() as tmp:
        for plan in plans:
            _build(plan, Path(tmp))
            _write_truth(plan)
            print(plan.path)


if __name__ == "__main__":
    main(sys.argv[1:])
