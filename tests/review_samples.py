"""Small but realistic plans written with python-docx, and one reviewed batch of them, for the output tests."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import docx

from flows.planner import review_folder
from pipeline.rulepack import load_rulepack

PLANTED_SCRIPT = "<script>window.__planted=1</script>杭州脚本科技有限公司"
PLANTED_IMG = '<img src=x onerror="window.__planted=2">杭州图片科技有限公司'


@dataclass
class PlanText:
    name: str
    lead: str
    district_line: str
    members: list[tuple[str, str, str]] = field(default_factory=list)  # (单位名称, 单位性质, 任务分工)


def default_members(lead: str) -> list[tuple[str, str, str]]:
    return [
        (lead, "企业", "牵头总体设计与产业化"),
        ("浙江大学", "高校", "基础理论与关键算法研究"),
        ("之江实验室", "科研院所", "算力平台与测试验证"),
        ("杭州钱塘精密机械有限公司", "企业", "核心部件研制"),
        ("杭州滨江电子股份有限公司", "企业", "系统集成与示范应用"),
        ("浙江省检验检测研究院有限公司", "专业化科技服务机构", "检验检测服务"),
    ]


def write_plan(path: Path, plan: PlanText) -> Path:
    """A plan following 附件2's five-part outline, with a member table and a budget paragraph."""
    document = docx.Document()
    document.add_heading(f"{plan.name}实施方案", level=0)
    document.add_paragraph(f"创新联合体名称：{plan.name}")
    document.add_paragraph(f"牵头单位：{plan.lead}（省科技领军企业）")
    document.add_paragraph("牵头企业在研省“尖兵”“领雁”研发攻关计划项目2项。")
    document.add_paragraph(plan.district_line)
    document.add_paragraph("申报类型：类型二（省科技领军企业牵头组建的杭州市企业创新联合体）")
    document.add_paragraph("所属领域：智能计算与人工智能")
    document.add_heading("一、背景与意义", level=1)
    document.add_paragraph("人工智能是新一轮科技革命的核心驱动力。联合体面向智能计算芯片与大模型训练的关键瓶颈，"
                           "整合产学研力量协同攻关，对提升我省数字经济核心竞争力具有重要意义。")
    document.add_heading("二、目标与主要研发任务", level=1)
    document.add_paragraph("3年战略目标：到2025年，突破智能计算关键核心技术5项，申请发明专利30件，"
                           "制定行业标准2项，实现新增销售收入10亿元。")
    document.add_paragraph("围绕上述目标，凝练以下重大攻关任务，构成“项目群”协同推进：")
    document.add_paragraph("任务一：面向大模型的智能计算芯片研发。")
    document.add_paragraph("任务二：分布式训练框架与编译工具链研发。")
    document.add_paragraph("任务三：行业大模型示范应用。")
    document.add_heading("三、组织架构与运行机制", level=1)
    document.add_paragraph(f"联合体成立理事会，理事会由各成员单位负责人组成，理事长由牵头单位{plan.lead}董事长担任。"
                           "设立专家咨询委员会，设置首席科学家岗。")
    document.add_paragraph("各方已签订组建意向书，明确任务分工、权利和义务。建立“共建共享”的知识产权管理制度，"
                           "签订知识产权管理协议。")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["序号", "单位名称", "单位性质", "任务分工"], strict=True):
        cell.text = text
    for n, (name, kind, role) in enumerate(plan.members or default_members(plan.lead), 1):
        for cell, text in zip(table.add_row().cells, [str(n), name, kind, role], strict=True):
            cell.text = text
    document.add_heading("四、经费投入与保障措施", level=1)
    document.add_paragraph("联合体3年总投入10000万元，其中成员企业自筹8000万元，申请省级财政资金2000万元。"
                           "2023年投入3000万元，2024年投入3500万元，2025年投入3500万元。")
    document.add_heading("五、进度安排", level=1)
    document.add_paragraph("第一阶段（2023年1月—2023年12月）：完成芯片架构设计与训练框架原型。")
    document.add_paragraph("第二阶段（2024年1月—2024年12月）：完成芯片流片与系统联调。")
    document.add_paragraph("第三阶段（2025年1月—2025年12月）：完成行业示范应用并形成标准。")
    document.add_paragraph(f"{plan.lead}（盖章）")
    document.add_paragraph("2022年11月10日")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


def make_input(root: Path) -> Path:
    """Three plans in district folders (one with hostile text), one unsupported file, one corrupt file."""
    write_plan(root / "余杭区" / "智算联合体实施方案.docx", PlanText(
        name="浙江省智能计算创新联合体", lead="杭州余杭智算科技有限公司", district_line="推荐单位：余杭区科技局"))
    hostile_members = [*default_members("杭州滨江视觉技术有限公司")[:4], (PLANTED_SCRIPT, "企业", "测试"),
                       (PLANTED_IMG, "企业", "测试")]
    write_plan(root / "滨江区" / "视觉联合体.docx", PlanText(
        name="浙江省视觉感知创新联合体", lead="杭州滨江视觉技术有限公司", district_line="所在区县：滨江区",
        members=hostile_members))
    write_plan(root / "上城区" / "数据联合体.docx", PlanText(
        name="浙江省数据智能创新联合体", lead="杭州上城数据有限公司", district_line="推荐单位：上城区科技局"))
    (root / "其他" / "说明.txt").parent.mkdir(parents=True, exist_ok=True)
    (root / "其他" / "说明.txt").write_text("这不是实施方案", "utf-8")
    (root / "损坏方案.docx").write_bytes(b"PK\x03\x04 truncated upload")
    (root / "README.md").write_text("not a plan", "utf-8")
    return root


def results(out_dir: Path) -> dict[str, dict]:
    """The written result.json of every plan of a batch, by file."""
    plans = json.loads((out_dir / "batch.json").read_text("utf-8"))["plans"]
    return {p["file"]: json.loads((out_dir / p["result"]).read_text("utf-8")) for p in plans}


def reviewed_batch(tmp: Path) -> tuple[Path, Path, int]:
    """Review the sample input folder once; returns (input, output, exit status)."""
    input_dir = make_input(tmp / "input")
    out_dir = tmp / "out"
    status = review_folder(input_dir, out_dir, load_rulepack())
    return input_dir, out_dir, status


_NAME_PLACES = ("杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水", "义乌")
_NAME_WORDS = ("启明", "恒远", "星河", "青山", "海川", "云帆", "瑞丰", "嘉禾", "宏图", "安和", "华章", "致远",
               "睿智", "天成", "博源", "新锐", "精工", "同创", "卓越", "鼎盛", "立信", "汇通", "明德", "长风", "锦程")
_NAME_TRADES = ("科技", "电子", "智能", "材料", "信息", "精密", "数据", "能源", "装备", "生物")


def many_members(lead: str, count: int) -> list[tuple[str, str, str]]:
    """``count`` member rows, the lead first: distinct company names as plans write them (place, name, trade)."""
    rows = [(lead, "企业", "牵头总体设计与产业化")]
    for n in range(count - 1):
        place = _NAME_PLACES[n % len(_NAME_PLACES)]
        word = _NAME_WORDS[n // len(_NAME_PLACES) % len(_NAME_WORDS)]
        cycle, trade = divmod(n // (len(_NAME_PLACES) * len(_NAME_WORDS)), len(_NAME_TRADES))
        second = _NAME_WORDS[cycle % len(_NAME_WORDS)] if cycle else ""  # past 3,000 names: a two-word name
        rows.append((f"{place}{word}{second}{_NAME_TRADES[trade]}有限公司", "企业", f"配套任务{n + 1}"))
    return rows
