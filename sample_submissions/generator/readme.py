"""Writes sample_submissions/README.md: the labelling rules, then one row per plan saying what it varies."""

from __future__ import annotations

from pathlib import Path

from .model import PlanSpec

RULES = """# 样例申报材料（sample_submissions/）

杭州各区县报送的浙江省创新联合体实施方案样例（虚构的联合体与企业），按区县分文件夹存放；`truth/` 下是逐份人工标注的
期望结果，`_bad/` 下是无法读取的文件。全部内容由 `make_samples.py` 生成（固定随机种子，可重复运行）：

    .venv/bin/python sample_submissions/make_samples.py

每份方案的事实（成员、经费、治理结构、违规点……）都以字面量写在 `generator/plans.py` 的一份规格里，正文和标注都从这份规格生成。

## 标注规则（检查实现应遵循同样的判定）

状态含义见 `contract/checks.md`。标注时采用下列判定：

1. **一般规则**：条件满足 → `pass`；违反“应/须”类硬性条件（checks.md 中 severity 为 error）→ `fail`；违反“一般/原则上”或数据一致性类条件（severity 为 warning）→ `warn`；不适用 → `n/a`。
2. **鼓励项**（severity 为 info：专家咨询委员会、首席科学家）：方案写明 → `pass`；未写 → `warn`。
3. `lead.active_projects`：方案写明在研省“尖兵”“领雁”项目数且不超过3项 → `pass`；超过3项 → `warn`；方案未提及 → `manual`。
4. `lead.qualification`：方案中称牵头单位为科技领军企业、科技小巨人（企业）或创新型领军企业 → `pass`；只称高新技术企业等其他身份 → `fail`。
5. `type.declared`：明示“申报类型：类型X”，或可由措辞确定（揭榜2023年度“尖兵”“领雁”创新联合体攻关任务榜单 → 类型一；已获省科技厅支持的项目型创新联合体 → 类型三）→ `pass`。
6. `type.eligibility`：类型一需写明揭榜上述榜单；类型二需牵头单位被描述为科技领军企业/科技小巨人；类型三需牵头单位在附件3名单中。不符 → `fail`。
7. `members.min_count`：成员单位（含牵头单位）少于5家 → `fail`。`members.academic`：成员中无高校、无科研院所（实验室、研究所、研究院均算科研院所；医院不算）→ `fail`。
8. 成员类别按方案对单位的描述（单位性质栏或正文），不只看名称后缀：被描述为检验检测、成果转化、科技金融服务机构的单位为 `service`（即使名为“有限公司”或“研究院”）；医院为 `other`。
9. 未设理事会（只有“管理办公室”之类）：`org.council` → `fail`，`org.council_chair` → `fail`，`org.council_members`（warning）→ `warn`。理事长由非牵头单位负责人担任 → `org.council_chair` `fail`。
10. `members.intent_letter`、`mechanism.ip_sharing`：未写组建意向书 / 未写“共建共享”知识产权制度 → `fail`。
11. `goals.three_year`：写明“到2025年”的目标即 `pass`；`goals.measurable`：目标没有任何量化指标 → `warn`。
12. `schedule.yearly`：进度安排只覆盖一个年度，或整份方案没有进度安排 → `warn`；缺“五、进度安排”一节同时使 `outline.schedule` 为 `fail`。`outline.order` 只看已有各节的先后。
13. `field.strategic`：领域不在15个战略领域内 → `fail`，此时汇总表“15个战略领域”一栏无法填写，`summary.complete` → `warn`。
14. 经费：`funding.total` 有明确总额 → `pass`。`funding.enterprise_main` 以“企业自筹 ÷ 总额”计，不超过50% → `fail`。`funding.consistent`：分年度（或分来源）之和与所写总额不符 → `warn`。标注中的 `budget.total_wan` 取方案写明的总额，`government_wan` = 省级 + 市级 + 区县财政，单位一律换算为万元。
15. 区县：正文写明（推荐单位、所在区县、地址）→ `district_source: "text"`；只能由文件夹得知 → `"folder"`。重复提交的副本与原件标注相同（区县仍取正文）。
16. 批量检查（`batch.*`）不在单份标注里；样例中安排了一份逐字节相同的重复提交，以及两份同一牵头单位、成员部分重叠的方案。

## 批量检查可发现的情况

- `临平区/高端数控装备创新联合体实施方案（转报）.docx` 与 `余杭区/浙江省高端数控装备创新联合体实施方案.docx` 逐字节相同 → `batch.duplicate`。
- 杭州精工数控科技股份有限公司同时牵头“高端数控装备”和“工业机器人核心部件”两个联合体，两者共有成员杭州恒锐伺服电机有限公司、
  杭州衡正检测技术有限公司 → `batch.lead_multiple`、`batch.member_overlap`。浙江大学、之江实验室、杭州钱江科创投资管理有限公司等也出现在多份方案中。

## 值得留意的细节

- 名称含“与”的成员：中国科学院宁波材料技术与工程研究所（表格中会折行）、浙江省检验检测与认证研究院、杭州市科技成果转化与服务中心等。
- 名为“有限公司”但被描述为检验检测或科技金融服务机构的成员（如杭州衡正检测技术有限公司、杭州钱江科创投资管理有限公司）标为 `service`；
  名为“研究院”但被描述为检验检测机构的浙江省检验检测与认证研究院也标为 `service`。
- Word 自动编号的方案（钱塘区·微创介入医疗器械）中，“一、”只在 numbering.xml（chineseCounting，`%1、`）里，段落文字中没有。
- 扫描件为 150 dpi 灰度 JPEG 图像（轻微倾斜与噪点，末页有红色圆形公章），没有文字层。
- `.wps` 样例不是 OLE、zip 或 PDF，按内容无法识别 → `unsupported_format`。两个加密文件每次生成的字节不同（加密盐随机），其余文件重复生成时逐字节不变。

## 各样例的差异

"""

HEADER = "| 文件 | 格式 | 区县（来源） | 类型 | 标题样式 | 成员呈现 | 经费呈现 | 其他版式 | 刻意问题（非 pass 的检查） |\n|---|---|---|---|---|---|---|---|---|\n"


def _row(spec: PlanSpec, path: str, note: str = "") -> str:
    style = spec.style
    layout = [name for name, on in (("封面", style.cover), ("目录", style.toc), ("页眉页脚", style.header_footer),
                                    ("签字盖章页", spec.signature_page)) if on]
    headings = {"word": "Word 标题样式", "bold": "加粗段落", "heiti": "黑体段落", "autonum": "Word 自动编号"}[style.headings]
    numbering = "自动“一、”" if style.headings == "autonum" else (style.numbering or "无编号")
    budget = f"{ {'table': '来源×年度表', 'transposed': '年度×来源表（转置）', 'prose': '正文'}[spec.budget.layout]}，{spec.budget.unit}"
    issues = "；".join(f"{k}={v}" for k, v in spec.expected.items()) or "无"
    source = "正文" if spec.district_statement else "仅文件夹"
    kind = spec.application_type or "—"
    if not spec.type_statement.startswith("申报类型"):
        kind += "（措辞判断）"
    return (f"| {path} | {spec.format}{note} | {spec.district}（{source}） | {kind} | {headings}，{numbering} | "
            f"{ {'table': '表格', 'prose': '正文叙述', 'list': '编号列表'}[style.members]} | {budget} | "
            f"{'、'.join(layout) or '—'} | {issues} |\n")


def write_readme(root: Path, plans: tuple[PlanSpec, ...], copies: dict[str, str], bad: dict[str, str]) -> None:
    rows = "".join(_row(spec, spec.path, "（内容为 docx，扩展名为 .pdf）" if spec.format == "docx" and spec.path.endswith(".pdf") else "")
                   for spec in plans)
    by_key = {spec.key: spec for spec in plans}
    rows += "".join(_row(by_key[key], path, f"（与 {by_key[key].path} 逐字节相同）") for path, key in copies.items())
    bad_rows = "".join(f"| {path} | `{code}` |\n" for path, code in bad.items())
    text = RULES + HEADER + rows + "\n## 无法读取的文件（truth/_bad.json）\n\n| 文件 | 期望错误码 |\n|---|---|\n" + bad_rows
    (root / "README.md").write_text(text, encoding="utf-8")
