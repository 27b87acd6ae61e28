"""Scores a review run against the hand-written truth of the sample plans it reviewed, group by group.

    .venv/bin/python bench/score_group.py stage DIR [--group eighth]   # copy a sample group (seventh) into DIR
    consortium-review run DIR --out OUT
    .venv/bin/python bench/score_group.py score OUT        # fields, members, budget, checks, wrong passes

Only the run's outputs (batch.json and each result.json) are read, as a reviewer would read them; a plan is
matched to its truth file by its path relative to the input folder. An input with a truth file but no
result.json (taken for an attachment, or never reviewed) is named and counted with every item wrong.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_submissions"
SCALARS = ("consortium_name", "lead_unit", "strategic_field", "district", "application_type")
BUDGET = ("total_wan", "enterprise_wan", "government_wan")


def _key(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


def _groups() -> dict[str, tuple]:
    """The corpus's blind groups by their lower-case name (``SEVENTH_GROUP`` → seventh)."""
    sys.path.insert(0, str(SAMPLES))
    from generator.freeform import corpus

    return {name.removesuffix("_GROUP").lower(): plans for name, plans in vars(corpus).items()
            if name.endswith("_GROUP") and name.isupper()}


def stage(target: Path, group: str) -> None:
    plans = _groups()[group]
    for plan in plans:
        (target / plan.path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SAMPLES / plan.path, target / plan.path)
    print(f"{len(plans)} plans staged in {target}")


def _truths() -> dict[str, dict]:
    records = (json.loads(p.read_text("utf-8")) for p in (SAMPLES / "truth").glob("*.json") if not p.name.startswith("_"))
    return {r["file"]: r for r in records}


def _close(got: float | None, want: float | None) -> bool:
    if got is None or want is None:
        return got is None and want is None
    return abs(got - want) <= 0.01 * max(abs(want), 1e-9)


def _missed(truth: dict, tally: dict[str, Counter]) -> None:
    """A plan the run gave no result for: every field, member, amount and check it should have had is wrong,
    so a plan left unreviewed lowers the score instead of leaving it out."""
    tally["fields"].update(total=len(SCALARS))
    tally["members"].update(fn=len(truth["members"]))
    tally["budget"].update(total=len(BUDGET))
    tally["checks"].update(total=len(truth["expected_checks"]))


def score(out: Path) -> dict[str, Counter]:
    truths = _truths()
    batch = json.loads((out / "batch.json").read_text("utf-8"))
    tally: dict[str, Counter] = {k: Counter() for k in ("fields", "members", "kinds", "budget", "checks")}
    notes: list[str] = []
    results = {entry["file"]: entry.get("result") for entry in batch["plans"]}
    inputs = [*results, *(f["file"] for f in batch.get("files", []) if f["file"] not in results)]
    for file in inputs:
        truth = truths.get(file)
        if truth is None:
            continue
        plan = file.split("/")[-1]
        result_file = out / results[file] if results.get(file) else None
        if result_file is None or not result_file.is_file():
            _missed(truth, tally)
            notes.append(f"{plan}: no result.json, every item counted wrong")
            continue
        result = json.loads(result_file.read_text("utf-8"))
        got = result.get("extracted", {})
        for name in SCALARS:
            value = (got.get(name) or {}).get("value")
            ok = value == truth[name]
            tally["fields"].update(right=ok, total=1)
            if not ok:
                notes.append(f"{plan}: {name} {value!r} ≠ {truth[name]!r}")
        want = {_key(m["name"]): m["kind"] for m in truth["members"]}
        have = {_key(m["name"]): m["kind"] for m in got.get("members", [])}
        tally["members"].update(tp=len(want.keys() & have.keys()), fp=len(have.keys() - want.keys()),
                                fn=len(want.keys() - have.keys()))
        if want.keys() != have.keys():
            notes.append(f"{plan}: members extra {sorted(have.keys() - want.keys())} missing "
                         f"{sorted(want.keys() - have.keys())}")
        for key in want.keys() & have.keys():
            tally["kinds"].update(right=have[key] == want[key], total=1)
            if have[key] != want[key]:
                notes.append(f"{plan}: kind of {key} {have[key]} ≠ {want[key]}")
        budget = got.get("budget") or {}
        for name in BUDGET:
            ok = _close(budget.get(name), truth["budget"][name])
            tally["budget"].update(right=ok, total=1)
            if not ok:
                notes.append(f"{plan}: {name} {budget.get(name)} ≠ {truth['budget'][name]}")
        statuses = {c["id"]: c["status"] for c in result.get("checks", [])}
        for check, expected in truth["expected_checks"].items():
            status = statuses.get(check)
            tally["checks"].update(right=status == expected, total=1, pass_on_fail=status == "pass" and expected == "fail",
                                   pass_on_other=status == "pass" and expected in ("warn", "manual"))
            if status != expected:
                notes.append(f"{plan}: {check} {status} ≠ {expected}")
    members = tally["members"]
    f1 = 2 * members["tp"] / max(1, 2 * members["tp"] + members["fp"] + members["fn"])
    print("\n".join(notes))
    print(f"fields {tally['fields']['right']}/{tally['fields']['total']}  members F1 {f1:.3f} "
          f"(tp {members['tp']} fp {members['fp']} fn {members['fn']})  kinds {tally['kinds']['right']}/"
          f"{tally['kinds']['total']}  budget {tally['budget']['right']}/{tally['budget']['total']}  checks "
          f"{tally['checks']['right']}/{tally['checks']['total']}  pass-on-fail {tally['checks']['pass_on_fail']}  "
          f"pass-on-warn/manual {tally['checks']['pass_on_other']}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("verb", choices=("stage", "score"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--group", choices=sorted(_groups()), default="seventh")
    args = parser.parse_args()
    stage(args.folder, args.group) if args.verb == "stage" else score(args.folder)


if __name__ == "__main__":
    main()
