"""Regenerates the whole sample corpus: plans by district folder, truth labels, bad inputs and README.

The held-out style plans of make_freeform.py are written last, so one command rebuilds everything.

Run from the repository root: ``.venv/bin/python sample_submissions/make_samples.py``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from generator.bad_inputs import write_bad_inputs, write_bad_truth  # noqa: E402
from generator.convert import pin_pdf_dates, scan_pdf, soffice_convert  # noqa: E402
from generator.corpus import COPIES, PLANS  # noqa: E402
from generator.docx_writer import write_docx  # noqa: E402
from generator.model import PlanSpec  # noqa: E402
from generator.readme import write_readme  # noqa: E402
from generator.truth import truth_record, write_truth  # noqa: E402
from make_freeform import FREEFORM_README  # noqa: E402
from make_freeform import main as write_freeform  # noqa: E402

KEEP = {"generator", "make_samples.py", "make_freeform.py", "make_packages.py"}
SEED = 20221118


def _clear(root: Path) -> None:
    for entry in root.iterdir():
        if entry.name in KEEP or entry.name.startswith((".", "__")):
            continue
        shutil.rmtree(entry) if entry.is_dir() else entry.unlink()


def _build(spec: PlanSpec, index: int, work: Path) -> Path:
    """Writes one plan in its submitted format at its path; returns the path."""
    target = ROOT / spec.path
    target.parent.mkdir(parents=True, exist_ok=True)
    docx = work / f"{Path(spec.path).stem}.docx"
    write_docx(spec, docx)
    if spec.format == "docx":
        shutil.copyfile(docx, target)  # a docx may be submitted under a .pdf name
    elif spec.format == "doc":
        shutil.move(soffice_convert(docx, "doc", work / "doc"), target)
    elif spec.format == "pdf":
        shutil.move(soffice_convert(docx, "pdf", work / "pdf"), target)
    else:
        pdf = soffice_convert(docx, "pdf", work / "pdf")
        scan_pdf(pdf, target, stamp_text=spec.lead.name, seed=SEED + index)
    if spec.format in ("pdf", "pdf-ocr"):
        pin_pdf_dates(target)
    return target


def main() -> None:
    _clear(ROOT)
    truth_dir = ROOT / "truth"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        built = {spec.key: _build(spec, i, work) for i, spec in enumerate(PLANS)}
        for spec in PLANS:
            write_truth(truth_record(spec), truth_dir)
        by_key = {spec.key: spec for spec in PLANS}
        for path, key in COPIES.items():
            (ROOT / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(built[key], ROOT / path)
            write_truth(truth_record(by_key[key], path), truth_dir)
        good_docx = next(work.glob("*.docx"))
        good_pdf = next(built[spec.key] for spec in PLANS if spec.format == "pdf")
        bad = write_bad_inputs(ROOT, good_docx, good_pdf)
        write_bad_truth(bad, truth_dir)
    write_readme(ROOT, PLANS, COPIES, bad)
    write_freeform([])
    with (ROOT / "README.md").open("a", encoding="utf-8") as readme:
        readme.write("\n" + FREEFORM_README.read_text("utf-8"))
    print(f"{len(PLANS)} plans, {len(COPIES)} duplicate(s), {len(bad)} bad inputs written to {ROOT}")


if __name__ == "__main__":
    main()
