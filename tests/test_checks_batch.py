"""Batch checks, the 汇总表 row and the near-duplicate signature."""

import random
import subprocess
from pathlib import Path

import docx
import pytest

from checks import BatchPlan, run_batch_checks
from pipeline.fingerprint import signature, similar_pairs, similarity
from pipeline.readers import read
from pipeline.rulepack import load_rulepack
from pipeline.submission import TextField
from pipeline.summary_row import summary_row
from tests.check_builders import LEAD, ev, good_plan, member

PACK = load_rulepack()


def plan(file, sub=None, sha="a" * 64, text=None):
    return BatchPlan(plan_id=file, file=file, sha256=sha, signature=signature(text or file * 20), submission=sub or good_plan())


def other_plan():
    sub = good_plan()
    sub.consortium_name = TextField(value="浙江省示例新材料创新联合体", evidence=ev("浙江省示例新材料创新联合体"))
    sub.lead_unit = TextField(value="杭州丁材料有限公司", evidence=ev("牵头单位：杭州丁材料有限公司"))
    sub.members = [member("杭州丁材料有限公司", is_lead=True), member("浙江工业大学", "university")]
    return sub


def results(plans):
    return {r.id: r for r in run_batch_checks(plans, PACK)}


def test_one_plan_has_nothing_to_compare():
    assert {r.status for r in run_batch_checks([plan("a.docx")], PACK)} == {"n/a"}


def test_distinct_plans_pass_with_one_quote_per_plan():
    r = results([plan("余杭区/a.docx", sha="a" * 64), plan("滨江区/b.pdf", other_plan(), sha="b" * 64)])
    for cid in ["batch.duplicate", "batch.lead_multiple", "batch.member_overlap"]:
        assert r[cid].status == "pass", (cid, r[cid].message)
        assert len(r[cid].evidence) == 2 and "余杭区/a.docx" in r[cid].message


def test_same_file_twice_warns_naming_both_files():
    r = results([plan("a.docx"), plan("copy/a.docx", other_plan())])
    assert r["batch.duplicate"].status == "warn"
    assert "a.docx 与 copy/a.docx" in r["batch.duplicate"].message and "完全相同" in r["batch.duplicate"].message


def test_same_lead_twice_warns_with_each_plans_quote():
    second = good_plan()
    second.lead_unit = TextField(value=f" {LEAD} ", evidence=ev(f"牵头单位： {LEAD}", 7))
    r = results([plan("a.docx"), plan("b.docx", second, sha="b" * 64)])
    assert r["batch.lead_multiple"].status == "warn"
    assert "牵头2个" in r["batch.lead_multiple"].message and len(r["batch.lead_multiple"].evidence) == 2


def test_shared_member_is_listed_with_its_plans():
    third = other_plan()
    third.members.append(member("浙江大学", "university"))
    r = results([plan("a.docx"), plan("c.docx", third, sha="c" * 64)])["batch.member_overlap"]
    assert r.status == "warn" and r.severity == "info"
    assert "浙江大学（a.docx、c.docx）" in r.message and len(r.evidence) == 2


def test_summary_row_uses_the_exact_headers_and_leaves_unknowns_empty():
    row = summary_row(good_plan(), PACK)
    assert list(row) == PACK.summary_table.columns[1:]
    assert row["成员单位"] == "浙江大学、之江实验室、杭州甲科技有限公司、杭州乙检测技术有限公司"
    assert row["牵头单位"] == LEAD and row["区县"] == "滨江区"
    sub = good_plan()
    sub.district = TextField()
    assert summary_row(sub, PACK)["区县"] is None


PLAN_TEXT = [
    "一、背景与意义",
    "人工智能产业链细分领域的关键核心技术受制于人，本联合体由牵头企业联合高校院所组建。",
    "二、目标与主要研发任务",
    "到2025年突破智能芯片、训练框架等关键技术10项，申请发明专利50件，制定标准3项，实现销售收入20亿元。",
    "三、组织架构与运行机制",
    "联合体设立理事会，理事长由牵头单位董事长担任，成员包括各成员单位负责人；设立专家咨询委员会。",
    "四、经费投入与保障措施",
    "三年总投入10000万元，其中企业自筹7000万元，省市区财政支持2000万元，其他1000万元。",
    "五、进度安排",
    "2023年完成样机研制，2024年完成中试验证，2025年实现规模化应用并通过验收。",
]


def write_docx(path, paragraphs):
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)


@pytest.mark.slow
def test_the_same_plan_as_docx_and_as_its_pdf_is_a_near_duplicate(tmp_path):
    write_docx(tmp_path / "plan.docx", PLAN_TEXT)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "plan.docx")], check=True, capture_output=True, timeout=120)
    edited = [t.replace("申请发明专利50件", "申请发明专利60件") for t in PLAN_TEXT]
    write_docx(tmp_path / "edited.docx", edited)
    write_docx(tmp_path / "other.docx", [t[::-1] for t in PLAN_TEXT])
    sig = {name: signature(read(tmp_path / name).text) for name in ["plan.docx", "plan.pdf", "edited.docx", "other.docx"]}
    assert similarity(sig["plan.docx"], sig["plan.pdf"]) >= 0.9
    assert similarity(sig["plan.docx"], sig["edited.docx"]) >= 0.9
    assert similarity(sig["plan.docx"], sig["other.docx"]) < 0.3
    plans = [BatchPlan(n, n, str(i) * 64, sig[n], good_plan()) for i, n in enumerate(["plan.docx", "plan.pdf", "other.docx"])]
    r = results(plans)["batch.duplicate"]
    assert r.status == "warn" and "plan.docx 与 plan.pdf" in r.message and "other.docx 与" not in r.message


def test_every_retyped_copy_of_a_sample_plan_is_found_as_a_near_duplicate():
    """A plan re-typed with a few dozen characters changed scores about 0.9; each such copy must be caught, not a
    third of them (the banding's recall at the threshold)."""
    sample = Path(__file__).resolve().parents[1] / "sample_submissions/余杭区/浙江省mRNA疫苗递送系统创新联合体实施方案.docx"
    text = read(sample).text
    rng = random.Random(3)

    def retyped():
        chars = list(text)
        for _ in range(len(text) // 130):  # each change alters 5 shingles: 0.85–0.95 similar
            chars[rng.randrange(len(chars))] = chr(0x4E00 + rng.randrange(2000))
        return "".join(chars)

    signatures = [signature(text)] + [signature(retyped()) for _ in range(40)]
    close = {(0, j) for j in range(1, len(signatures)) if similarity(signatures[0], signatures[j]) >= 0.9}
    found = {(i, j) for i, j, _ in similar_pairs(signatures, 0.9) if i == 0}
    assert len(close) >= 20 and found == close


def test_a_threshold_below_what_the_banding_finds_is_refused() -> None:
    """At 0.5 the LSH banding would find a similar pair only 6% of the time: a lowered threshold must fail loudly,
    not report "no duplicates"."""
    with pytest.raises(ValueError, match=r"0\.5"):
        similar_pairs([signature("甲乙丙丁戊己庚辛壬癸" * 20)] * 2, 0.5)
