"""What a district sends, end to end: package folders, a Windows zip holding two consortia, a plan sent twice,
a folder without its plan, a cover note and OS clutter — every file accounted for, only plans rowed, and the
组建意向书 checked against the plan's members."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from docx import Document as WordDocument

from flows.packages import reads_best
from flows.planner import review_folder
from pipeline.rulepack import load_rulepack
from tests.archive_builders import RawMember, gbk, raw_zip
from tests.letter_docs import LEAD, MEMBERS, commitment_letter, cover_note, signature_table_letter, to_pdf
from tests.review_samples import PlanText, write_plan
from tests.shared_paths import VALIDATE

CONSORTIUM = "浙江省脑机接口创新联合体"
KINDS = ["企业", "高校", "科研院所", "医院", "企业", "企业"]
UNSIGNED = "之江实验室"
UNSTRUCTURED = "浙江省工业软件创新联合体"
ZIPPED = {
    "浙江省智能传感创新联合体": ("杭州感知芯科技有限公司", "推荐单位：西湖区科技局"),
    "浙江省绿色涂料创新联合体": ("杭州青山涂料股份有限公司", "推荐单位：西湖区科技局"),
}


def _members(lead: str) -> list[tuple[str, str, str]]:
    names = [lead, *MEMBERS[1:]]
    return [(name, kind, "联合攻关") for name, kind in zip(names, KINDS, strict=True)]


def _plan(path: Path, name: str, lead: str, district_line: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_plan(path, PlanText(name=name, lead=lead, district_line=district_line, members=_members(lead)))


def _untitled_sections(path: Path, title: str, paragraphs: list[str]) -> None:
    """A document titled as a plan whose text has none of the outline's headings."""
    doc = WordDocument()
    doc.add_paragraph(title)
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(path)


def _build(root: Path, work: Path) -> None:
    package = root / "余杭区" / "脑机接口联合体材料"
    _plan(package / "实施方案.docx", CONSORTIUM, LEAD, "推荐单位：余杭区科技局")
    signature_table_letter(package / "组建意向书.docx", signed=[m for m in MEMBERS if m != UNSIGNED])
    commitment_letter(package / "诚信承诺书.docx")
    (package / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (root / "余杭区" / "空材料包").mkdir()
    signature_table_letter(root / "余杭区" / "空材料包" / "组建意向书.docx")
    cover_note(root / "余杭区" / "关于报送2022年度省级创新联合体实施方案的说明.docx")

    copies = root / "滨江区" / "智算联合体"
    plan = _plan(copies / "浙江省多模态智算创新联合体实施方案.docx", "浙江省多模态智算创新联合体",
                 "杭州云图智算科技有限公司", "推荐单位：滨江区科技局")
    shutil.copy(to_pdf(plan, work), copies / "浙江省多模态智算创新联合体实施方案（盖章版）.pdf")
    _untitled_sections(copies / "实施方案封面.docx", "浙江省多模态智算创新联合体实施方案", [
        "牵头单位：杭州云图智算科技有限公司", "推荐单位：滨江区科技局", "2022年11月"])
    _untitled_sections(root / "余杭区" / f"{UNSTRUCTURED}实施方案.docx", f"{UNSTRUCTURED}实施方案", [
        "联合体由杭州无纲科技有限公司牵头，联合浙江大学等5家单位组建，围绕工业软件开展联合攻关。",
        "到2025年，联合体突破关键技术10项，申请发明专利30项，形成行业标准2项。",
        "联合体三年总投入6000万元，其中成员企业自筹4000万元。"])

    members = []
    for name, (lead, district_line) in ZIPPED.items():
        plan = _plan(work / name / "实施方案.docx", name, lead, district_line)
        letter = signature_table_letter(work / name / "组建意向书.docx", signed=[lead, *MEMBERS[1:]], title=(name, "组建意向书"))
        members += [RawMember(gbk(f"{name}/{p.name}"), p.read_bytes()) for p in (plan, letter)]
    (root / "西湖区").mkdir()
    raw_zip(root / "西湖区" / "西湖区申报材料.zip", members)


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Path, int]:
    base = tmp_path_factory.mktemp("packages")
    _build(base / "in", base / "work")
    status = review_folder(base / "in", base / "out", load_rulepack())
    return base / "out", status


def _files(out: Path) -> dict[str, dict]:
    return {f["file"]: f for f in json.loads((out / "batch.json").read_text("utf-8"))["files"]}


def _result(out: Path, rel: str) -> dict:
    plans = json.loads((out / "batch.json").read_text("utf-8"))["plans"]
    entry = next(p for p in plans if p["file"] == rel)
    return json.loads((out / entry["result"]).read_text("utf-8"))


def test_every_file_has_its_role_and_attachments_their_plan(batch):
    out, status = batch
    assert status == 1  # a package came without its plan
    files = _files(out)
    pkg = "余杭区/脑机接口联合体材料"
    expected = {
        f"{pkg}/实施方案.docx": ("plan", None),
        f"{pkg}/组建意向书.docx": ("intent_letter", f"{pkg}/实施方案.docx"),
        f"{pkg}/诚信承诺书.docx": ("commitment", f"{pkg}/实施方案.docx"),
        f"{pkg}/.DS_Store": ("unsupported", None),  # listed, but no attachment of the plan
        "余杭区/空材料包/组建意向书.docx": ("intent_letter", None),
        "余杭区/关于报送2022年度省级创新联合体实施方案的说明.docx": ("attachment", None),
        "滨江区/智算联合体/浙江省多模态智算创新联合体实施方案.docx": ("plan", None),
        "滨江区/智算联合体/浙江省多模态智算创新联合体实施方案（盖章版）.pdf":
            ("plan_copy", "滨江区/智算联合体/浙江省多模态智算创新联合体实施方案.docx"),
        # a cover page titled as the plan is a copy of it, never the one reviewed in its place
        "滨江区/智算联合体/实施方案封面.docx": ("plan_copy", "滨江区/智算联合体/浙江省多模态智算创新联合体实施方案.docx"),
        # a plan whose outline cannot be found is still reviewed, not set aside as an attachment
        f"余杭区/{UNSTRUCTURED}实施方案.docx": ("plan", None),
    }
    for name in ZIPPED:
        plan = f"西湖区/西湖区申报材料.zip/{name}/实施方案.docx"
        expected[plan] = ("plan", None)
        expected[f"西湖区/西湖区申报材料.zip/{name}/组建意向书.docx"] = ("intent_letter", plan)
    assert {rel: (f["role"], f["plan"]) for rel, f in files.items()} == expected
    assert files[f"{pkg}/.DS_Store"]["code"] == "system_file"


def test_only_plans_are_rowed_and_the_package_without_a_plan_is_unread(batch):
    out, _ = batch
    workbook = openpyxl.load_workbook(out / "汇总表.xlsx")
    names = {row[1] for row in workbook["汇总表"].iter_rows(min_row=3, values_only=True)}
    assert names == {CONSORTIUM, "浙江省多模态智算创新联合体", UNSTRUCTURED, *ZIPPED}
    unstructured = _result(out, f"余杭区/{UNSTRUCTURED}实施方案.docx")
    assert next(c["status"] for c in unstructured["checks"] if c["id"] == "outline.background") == "fail"
    unread = {row[0]: row[1] for row in workbook["未能读取"].iter_rows(min_row=2, values_only=True)}
    assert unread == {"余杭区/空材料包": "no_plan"}
    done = subprocess.run([sys.executable, str(VALIDATE), str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_a_member_missing_from_the_attached_letter_fails_by_name_with_the_letter_as_evidence(batch):
    out, _ = batch
    result = _result(out, "余杭区/脑机接口联合体材料/实施方案.docx")
    check = next(c for c in result["checks"] if c["id"] == "members.intent_letter")
    assert check["status"] == "fail" and UNSIGNED in check["message"]
    assert {ev["file"] for ev in check["evidence"]} == {"余杭区/脑机接口联合体材料/组建意向书.docx"}
    kinds = {a["file"].rsplit("/", 1)[1]: a["kind"] for a in result["attachments"]}
    assert kinds == {"组建意向书.docx": "intent_letter", "诚信承诺书.docx": "commitment"}
    letter = next(a for a in result["attachments"] if a["kind"] == "intent_letter")
    assert UNSIGNED not in letter["signatories"] and LEAD in letter["signatories"]
    report = (out / "submissions").glob("*/report.html")
    assert any("组建意向书.docx" in p.read_text("utf-8") and "诚信承诺书.docx" in p.read_text("utf-8") for p in report)


def test_a_windows_zip_is_split_by_consortium_and_each_letter_checked(batch):
    out, _ = batch
    for name in ZIPPED:
        result = _result(out, f"西湖区/西湖区申报材料.zip/{name}/实施方案.docx")
        assert result["extracted"]["consortium_name"]["value"] == name
        check = next(c for c in result["checks"] if c["id"] == "members.intent_letter")
        assert check["status"] == "pass", check["message"]
        assert [a["file"] for a in result["attachments"]] == [f"西湖区/西湖区申报材料.zip/{name}/组建意向书.docx"]


def test_a_plan_sent_as_docx_and_pdf_is_reviewed_once_from_the_docx(batch):
    out, _ = batch
    rel = "滨江区/智算联合体/浙江省多模态智算创新联合体实施方案.docx"
    result = _result(out, rel)
    copy = "滨江区/智算联合体/浙江省多模态智算创新联合体实施方案（盖章版）.pdf"
    assert [a["kind"] for a in result["attachments"]] == ["plan_copy", "plan_copy"]  # the PDF and the cover page
    assert len(result["extracted"]["members"]) == len(MEMBERS)  # the Word file's member table, read whole
    # The PDF's borderless member table reads worse; the report says where the copy differs.
    assert copy in result["package"]["copy_differences"]
    plans = [p["file"] for p in json.loads((out / "batch.json").read_text("utf-8"))["plans"]]
    assert copy not in plans


def test_a_plan_without_an_attached_letter_says_so(batch):
    out, _ = batch
    result = _result(out, "滨江区/智算联合体/浙江省多模态智算创新联合体实施方案.docx")
    check = next(c for c in result["checks"] if c["id"] == "members.intent_letter")
    assert "未见组建意向书附件" in check["message"]


def test_a_copy_whose_outline_was_found_is_reviewed_before_a_cover_page_in_a_better_format():
    def profile(file: str, fmt: str, sections: int) -> dict:
        extracted = {"sections": [{"outline": n, "present": n <= sections} for n in range(1, 6)]}
        return {"file": file, "format": fmt, "chars": 100, "result": {"extracted": extracted, "summary_row": {}}}

    cover, scan = profile("实施方案封面.docx", "docx", 0), profile("实施方案（盖章版）.pdf", "pdf", 5)
    assert reads_best([cover, scan]) is scan
