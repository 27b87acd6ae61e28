"""Small but real plans for the orchestration tests, written with python-docx.

Every fact (outline titles, fields, districts) comes from the rule pack, and
each plan differs in name, members and figures so no two share a hash.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from docx import Document

from pipeline.rulepack import load_rulepack

REPO = Path(__file__).resolve().parents[1]
VALIDATE = Path("/work/shared/contract/validate.py")
COMPANIES = ["海川", "云栖", "西溪", "钱塘", "良渚", "之江", "湘湖", "富春"]


def write_plan(path: Path, n: int, extra: str = "") -> Path:
    """A five-section 实施方案 for consortium number ``n`` (extra text makes a changed version of it)."""
    pack = load_rulepack()
    field = pack.strategic_fields[n % len(pack.strategic_fields)]
    district = pack.districts[n % len(pack.districts)].name
    brand = COMPANIES[n % len(COMPANIES)]
    lead = f"杭州{brand}智能科技股份有限公司"
    members = [lead, f"浙江{brand}新材料有限公司", f"杭州{brand}电子有限公司", "浙江大学", "浙江省计量科学研究院"]
    doc = Document()
    doc.add_heading(f"{brand}{field.name}创新联合体实施方案", level=0)
    doc.add_paragraph(f"牵头单位：{lead}    所在区县：{district}    申报类型：{pack.application_types[1].name}")
    titles = [s.title for s in pack.outline]
    doc.add_heading(f"一、{titles[0]}", level=1)
    doc.add_paragraph(f"本联合体聚焦{field.name}领域，围绕{'、'.join(field.keywords[:3])}开展关键核心技术攻关。{extra}")
    doc.add_heading(f"二、{titles[1]}", level=1)
    doc.add_paragraph(f"三年内突破关键技术{3 + n}项，申请发明专利{10 + n}件，制定标准{1 + n % 3}项。")
    doc.add_heading(f"三、{titles[2]}", level=1)
    doc.add_paragraph(f"联合体由{lead}牵头，成员单位包括{'、'.join(members[1:])}，共{len(members)}家单位。")
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["序号", "单位名称", "单位性质"], strict=True):
        cell.text = text
    kinds = ["企业", "企业", "企业", "高校", "科研院所"]
    for i, (name, kind) in enumerate(zip(members, kinds, strict=True), 1):
        row = table.add_row().cells
        row[0].text, row[1].text, row[2].text = str(i), name, kind
    doc.add_paragraph("设立理事会、专家委员会和秘书处，理事会为最高决策机构。")
    doc.add_heading(f"四、{titles[3]}", level=1)
    doc.add_paragraph(f"总投入{2000 + 100 * n}万元，其中企业投入{1500 + 100 * n}万元。")
    doc.add_heading(f"五、{titles[4]}", level=1)
    doc.add_paragraph("2023年完成组建；2024年完成关键技术攻关；2025年实现成果转化。")
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    return path


def make_folder(root: Path, count: int) -> list[Path]:
    return [write_plan(root / f"方案{n}.docx", n) for n in range(1, count + 1)]


def validate(out_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(VALIDATE), str(out_dir)], capture_output=True, text=True)


def run_record(out_dir: Path) -> dict:
    return json.loads((out_dir / "run.json").read_text("utf-8"))


def summary_rows(out_dir: Path) -> list[tuple]:
    import openpyxl

    sheet = openpyxl.load_workbook(out_dir / "汇总表.xlsx")["汇总表"]
    return [row for row in sheet.iter_rows(min_row=3, values_only=True) if any(row)]
