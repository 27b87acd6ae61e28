"""Writes what districts really send, 实施方案整套材料: package folders, archives, loose attachments, refused archives.

Some loose plans written by make_samples.py are moved into packages (their truth moves with them); beside each
go its 组建意向书, 诚信承诺书 and the lead's 营业执照 scan. The truth (truth/_files.json, truth/_packages.json,
the moved plans' truth files, truth/_bad.json) is written before any sample file. Reruns give identical bytes,
except the password-protected zip (7-Zip's random encryption header).

Run from the repository root, after make_samples.py: ``.venv/bin/python sample_submissions/make_packages.py``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from generator.packages.archives import gbk_zip_bytes, seven_zip_bytes, zip_bytes  # noqa: E402
from generator.packages.bad_archives import bad_archives, bad_entries  # noqa: E402
from generator.packages.layout import Entry, Placed, package_base, package_files, plan_target  # noqa: E402
from generator.packages.loose import (  # noqa: E402
    cover_note_file,
    near_duplicate_file,
    near_duplicate_truth,
)
from generator.packages.model import Archive, Package  # noqa: E402
from generator.packages.readme import update_readme  # noqa: E402
from generator.packages.sources import PlanSource, load_plan, truth_name  # noqa: E402
from generator.packages.specs import (  # noqa: E402
    ARCHIVES,
    BAD_TRAVERSAL,
    COVER_NOTES,
    FOLDER_PACKAGES,
    NEAR_DUPLICATES,
)
from generator.packages.truth import files_truth, merge_bad, plan_truth, write_json  # noqa: E402

TRUTH = ROOT / "truth"
ARCHIVE_WRITERS = {"zip": zip_bytes, "zip-gbk": gbk_zip_bytes, "7z": seven_zip_bytes}


def _packages() -> list[tuple[Package, Archive | None]]:
    return [(p, None) for p in FOLDER_PACKAGES] + [(p, a) for a in ARCHIVES for p in a.packages]


def _load_plans() -> dict[str, PlanSource]:
    """Every plan to move, read before anything is rewritten (a rerun reads it back from its package)."""
    return {p.plan: load_plan(ROOT, p.plan, plan_target(p, a), a) for p, a in _packages() if p.plan}


def _write_truth(plans: dict[str, PlanSource], placed: list[Placed], entries: list[Entry]) -> None:
    package_entries = [p.entry for p in placed]
    for package, _ in _packages():
        if package.plan:
            plan = plans[package.plan]
            missing = package.letter.missing if package.letter else None
            write_json(TRUTH / truth_name(plan.target), plan_truth(plan, package_entries, missing))
            (TRUTH / truth_name(plan.origin)).unlink(missing_ok=True)
    for duplicate in NEAR_DUPLICATES:
        write_json(TRUTH / truth_name(duplicate.rel), near_duplicate_truth(duplicate, TRUTH))
    write_json(TRUTH / "_files.json", files_truth(entries))
    without_plan = [package_base(p, a) for p, a in _packages() if not p.plan] + [BAD_TRAVERSAL]
    write_json(TRUTH / "_packages.json", {"packages_without_plan": sorted(without_plan)})
    merge_bad(TRUTH, {e.rel: e.code for e in entries if e.role == "failed" and e.code != "unsafe_path"})


def _letter_problems(plans: dict[str, PlanSource]) -> dict[str, str]:
    """The README's note for each plan whose letter leaves a member out."""
    return {plans[p.plan].target: f"members.intent_letter=fail（组建意向书缺{p.letter.missing}，见下文材料包一节）"
            for p, _ in _packages() if p.plan and p.letter and p.letter.missing}


def _write(rel: str, data: bytes) -> None:
    path = ROOT / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _archive_bytes(archive: Archive, placed: list[Placed]) -> bytes:
    members = [(p.entry.rel[len(archive.rel) + 1:], p.make()) for p in placed]
    return ARCHIVE_WRITERS[archive.kind](members)


def main() -> None:
    plans = _load_plans()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        by_package = {id(p): package_files(p, a, plans.get(p.plan), work) for p, a in _packages()}
        loose = [cover_note_file(note, TRUTH) for note in COVER_NOTES]
        loose += [near_duplicate_file(duplicate) for duplicate in NEAR_DUPLICATES]
        placed = [f for files in by_package.values() for f in files] + loose
        entries = [p.entry for p in placed] + bad_entries()
        _write_truth(plans, placed, entries)

        for package in FOLDER_PACKAGES:
            shutil.rmtree(ROOT / package_base(package, None), ignore_errors=True)
            for file in by_package[id(package)]:
                _write(file.entry.rel, file.make())
        archives = {a.rel: _archive_bytes(a, [f for p in a.packages for f in by_package[id(p)]]) for a in ARCHIVES}
        for rel, data in archives.items():
            _write(rel, data)
        for file in loose:
            _write(file.entry.rel, file.make())
        no_plan = next(p.consortium for p in FOLDER_PACKAGES if p.consortium)
        good_zip = next(a.rel for a in ARCHIVES if a.kind == "zip")
        for rel, make in bad_archives(no_plan, lambda: archives[good_zip]).items():
            _write(rel, make())

    for plan in plans.values():
        (ROOT / plan.origin).unlink(missing_ok=True)
    moves = {p.origin: p.target for p in plans.values()}
    update_readme(ROOT / "README.md", moves, _letter_problems(plans), entries)
    print(f"{len(plans)} plans packaged, {len(entries)} files labelled in {PurePosixPath('truth/_files.json')}")


if __name__ == "__main__":
    main()
