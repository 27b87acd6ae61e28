"""The README's main job on sample_submissions/: contract-valid outputs and verdicts that agree with the truth.

Runs ``consortium-review run sample_submissions --out DIR`` once (through Prefect,
as a clerk would), then checks the folder with the contract's validator, every
unreadable file's error code, the 汇总表 rows, and each plan's check statuses
against its hand-written truth file. The agreement table is printed per check.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from rapidfuzz import fuzz

from tests.sample_corpus import SAMPLES, plan_truths, sample_inventory, truth_of
from tests.shared_paths import VALIDATE

ROOT = Path(__file__).parents[1]
AGREEMENT_BAR = 0.95
OCR_NAME_SIMILARITY = 90


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample_batch") / "out"
    done = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", str(SAMPLES), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=1500,
    )
    assert done.returncode == 1, f"bad inputs are in the corpus, so the run must say 1\n{done.stderr[-3000:]}"
    return out


def _results(out: Path) -> dict[str, dict]:
    batch = json.loads((out / "batch.json").read_text("utf-8"))
    return {p["file"]: json.loads((out / p["result"]).read_text("utf-8")) for p in batch["plans"]}


def _plan_truths() -> dict[str, dict]:
    return plan_truths()


def _unreadable() -> dict[str, str]:
    """Every input the truth says cannot be read, with its code: whole bad files and failed package members."""
    failed = {rel: t["code"] for rel, t in truth_of("files").items() if t["role"] == "failed"}
    return {**truth_of("bad"), **failed}


@pytest.mark.slow
def test_output_folder_honours_the_contract(batch_out):
    done = subprocess.run([sys.executable, str(VALIDATE), str(batch_out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


@pytest.mark.slow
def test_every_file_is_reported_and_bad_ones_carry_their_code(batch_out):
    results = _results(batch_out)
    bad = _unreadable()
    without_plan = set(truth_of("packages")["packages_without_plan"])
    assert set(results) == set(_plan_truths()) | set(bad) | without_plan
    for file, code in bad.items():
        assert results[file]["status"] == "failed" and results[file]["error"]["code"] == code, file
    assert {f for f, r in results.items() if (r.get("error") or {}).get("code") == "no_plan"} == without_plan
    failed_sheet = pd.read_excel(batch_out / "汇总表.xlsx", sheet_name="未能读取", dtype=str)
    assert set(failed_sheet.iloc[:, 0]) == set(bad) | without_plan


@pytest.mark.slow
def test_every_input_has_the_role_and_plan_of_its_truth(batch_out):
    files = {f["file"]: f for f in json.loads((batch_out / "batch.json").read_text("utf-8"))["files"]}
    assert set(files) == {e.rel for e in sample_inventory().files}  # nothing silently dropped
    for rel, truth in truth_of("files").items():
        plan = None if truth["role"] == "plan" else truth["plan"]
        assert (files[rel]["role"], files[rel]["plan"], files[rel].get("code")) == (truth["role"], plan, truth["code"]), rel
    for rel in _plan_truths():
        assert files[rel]["role"] == "plan", rel


@pytest.mark.slow
def test_attachments_and_unsigned_members_match_the_truth(batch_out):
    results = _results(batch_out)
    for rel, truth in _plan_truths().items():
        listed = sorted((a["file"], a["kind"]) for a in results[rel].get("attachments") or [])
        assert listed == sorted((a["file"], a["kind"]) for a in truth.get("attachments") or []), rel
        letter = next(c for c in results[rel]["checks"] if c["id"] == "members.intent_letter")
        for name in truth.get("intent_letter_unsigned") or []:
            assert letter["status"] == "fail" and name in letter["message"], (rel, letter["message"])


@pytest.mark.slow
def test_summary_table_rows_match_the_truth(batch_out):
    truths = _plan_truths()
    table = pd.read_excel(batch_out / "汇总表.xlsx", sheet_name="汇总表", header=1, dtype=str).fillna("")
    assert list(table["序号"]) == [str(n) for n in range(1, len(truths) + 1)]
    rows = [(r["创新联合体名称"], r["牵头单位"], r["区县"]) for _, r in table.iterrows()]
    unmatched = [t["file"] for t in truths.values() if not any(_row_matches(row, t) for row in rows)]
    assert not unmatched, f"no 汇总表 row for: {unmatched}"


@pytest.mark.slow
def test_summary_cells_read_off_scans_are_marked_for_checking(batch_out):
    """A clerk must confirm what OCR read before the 汇总表 goes out; cells from a text layer carry no mark.
    An empty cell carries the reason it is empty instead, on any plan."""
    formats = {r["summary_row"]["创新联合体名称"]: r["source"]["format"] for r in _results(batch_out).values() if r["status"] == "ok"}
    sheet = openpyxl.load_workbook(batch_out / "汇总表.xlsx")["汇总表"]
    header = [c.value for c in sheet[2]]
    notes: dict[str, dict[str, str]] = {}
    for row in sheet.iter_rows(min_row=3):
        name = row[header.index("创新联合体名称")].value
        for cell in row:
            column = header[cell.column - 1]
            if cell.value is None:
                assert cell.comment is not None and cell.comment.text.startswith(f"{column}空"), (name, column)
            elif cell.comment is not None:
                notes.setdefault(name, {})[column] = cell.comment.text
    scanned = [name for name, fmt in formats.items() if fmt == "pdf-ocr"]
    assert len(scanned) == len({t["consortium_name"] for t in _plan_truths().values() if t["format"] == "pdf-ocr"})
    for name in scanned:
        assert {"创新联合体名称", "牵头单位"} <= set(notes[name]), name
        assert all("OCR" in text and "核对" in text for text in notes[name].values())
    for name in formats:  # a text plan's filled cells carry a note only when it was submitted twice
        if name not in scanned:
            assert all("疑似重复提交" in text for text in notes.get(name, {}).values()), name


@pytest.mark.slow
def test_budgets_read_off_scans_carry_their_ocr_score(batch_out):
    """The funding verdict of a scan rests on OCR'd digits; result.json says how sure the reading was."""
    scores: dict[bool, list] = {True: [], False: []}
    for result in _results(batch_out).values():
        if result["status"] == "ok" and result["extracted"].get("budget", {}).get("evidence"):
            scores[result["source"]["format"] == "pdf-ocr"].append(result["extracted"]["budget"].get("confidence"))
    scans_with_a_budget = [t for t in _plan_truths().values()
                           if t["format"] == "pdf-ocr" and (t.get("budget") or {}).get("total_wan") is not None]
    assert len(scores[True]) == len(scans_with_a_budget) and all(0 < s < 1 for s in scores[True]), scores[True]
    assert scores[False] and all(s is None for s in scores[False])


def _row_matches(row: tuple[str, str, str], truth: dict) -> bool:
    """Exact cells; a scan's name and lead may differ by what OCR cannot avoid (one character)."""
    name, lead, district = row
    if district != (truth["district"] or ""):
        return False
    if truth["format"] != "pdf-ocr":
        return (name, lead) == (truth["consortium_name"], truth["lead_unit"])
    return fuzz.ratio(name, truth["consortium_name"]) >= OCR_NAME_SIMILARITY and fuzz.ratio(lead, truth["lead_unit"]) >= OCR_NAME_SIMILARITY


@pytest.mark.slow
def test_check_statuses_agree_with_the_truth(batch_out):
    results, truths = _results(batch_out), _plan_truths()
    agree: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    unsafe: list[str] = []
    for file, truth in truths.items():
        statuses = {c["id"]: c["status"] for c in results[file]["checks"]}
        for check_id, expected in truth["expected_checks"].items():
            got = statuses.get(check_id)
            agree[check_id][1] += 1
            if got == expected:
                agree[check_id][0] += 1
            else:
                misses.append(f"    × {file}: {check_id} {got} ≠ {expected}")
            if got == "pass" and expected == "fail":
                unsafe.append(f"{file}: {check_id}")
    print(f"\n{'检查项':28}{'一致':>6}{'总数':>6}{'一致率':>9}")
    for check_id, (ok, total) in agree.items():
        print(f"{check_id:30}{ok:>6}{total:>6}{ok / total:>9.3f}")
    print("\n".join(misses))
    ok, total = sum(a for a, _ in agree.values()), sum(t for _, t in agree.values())
    print(f"合计 {ok}/{total} = {ok / total:.3f}")
    assert not unsafe, f"pass given where the truth says fail: {unsafe}"
    assert ok / total >= AGREEMENT_BAR
