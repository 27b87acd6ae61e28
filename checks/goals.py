"""Goal, task and schedule checks (指引 四(四), 四(五)): a 3-year goal, a task group, yearly phases.

The horizon (3 years) comes from the rule pack. A horizon is accepted when a
target says it in words ("3年", "三年"), names the horizon's last year (the
call's year plus 3, e.g. "到2025年"), or the targets and schedule span it;
anything else goes to a reviewer rather than being guessed.
"""

from __future__ import annotations

import cn2an

from checks.common import pick
from checks.outline import heading_evidence
from checks.registry import Outcome, register
from pipeline.rulepack import RulePack
from pipeline.submission import Submission, Target

MIN_TASKS_FOR_GROUP = 2  # a “项目群” is more than one project


def _span(years: list[int]) -> int:
    return max(years) - min(years) + 1 if years else 0


def _horizon_words(years: int) -> tuple[str, str]:
    return f"{years}年", f"{cn2an.an2cn(years)}年"


def horizon_end(pack: RulePack) -> int:
    """The last year of the strategic goal: the call's year plus the goal's length."""
    return int(pack.deadline[:4]) + pack.thresholds.strategic_goal_years


def _goal_years(sub: Submission) -> list[int]:
    """Years the goals run over: target years, from the schedule's first year on."""
    years = [t.year for t in sub.targets if t.year]
    starts = [p.start_year for p in sub.schedule if p.start_year]
    return [*years, *starts[:1]] if years else []


@register("goals.three_year")
def three_year(sub: Submission, pack: RulePack) -> Outcome:
    """方案是否明确3年战略目标（年限取自规则包 strategic_goal_years）；指引 四(四) 要求“明确3年战略目标”。"""
    years = pack.thresholds.strategic_goal_years
    expected = f"明确{years}年战略目标"
    if not sub.targets:
        return Outcome("fail", "未识别出任何战略目标或指标（检索：目标与主要研发任务部分的目标表述）。",
                       observed="未找到", expected=expected)
    end = horizon_end(pack)
    worded: list[Target] = [
        t for t in sub.targets if t.year == end or any(w in t.text for w in _horizon_words(years))
    ]
    span = _span(_goal_years(sub))
    evidence = pick(ev for t in (worded or sub.targets) for ev in t.evidence[:1])
    if worded:
        return Outcome("pass", f"方案明确了{years}年（至{end}年）目标（“{worded[0].text}”）。", evidence,
                       f"{years}年", expected)
    if span == years:
        return Outcome("pass", f"目标覆盖{span}年（{min(_goal_years(sub))}–{max(_goal_years(sub))}年）。",
                       evidence, f"{span}年", expected)
    observed = f"{span}年" if span else "未写明年限"
    return Outcome("manual", f"已识别{len(sub.targets)}条目标，但目标期为{observed}，请核对是否明确{years}年战略目标。",
                   evidence, observed, expected)


@register("goals.tasks")
def tasks(sub: Submission, pack: RulePack) -> Outcome:
    """是否凝练出重大攻关任务并谋划由多个项目组成的“项目群”；指引 四(四) 的要求。"""
    expected = f"重大攻关任务（项目群，不少于{MIN_TASKS_FOR_GROUP}项）"
    if not sub.tasks:
        return Outcome("fail", "未识别出重大攻关任务（检索：目标与主要研发任务部分的任务、课题、项目列表）。",
                       observed="0项", expected=expected)
    observed = f"{len(sub.tasks)}项"
    evidence = pick(ev for t in sub.tasks for ev in t.evidence[:1])
    titles = "；".join(t.title for t in sub.tasks[:5])
    if len(sub.tasks) >= MIN_TASKS_FOR_GROUP:
        return Outcome("pass", f"凝练攻关任务{observed}：{titles}。", evidence, observed, expected)
    return Outcome("manual", f"仅识别出1项攻关任务（{titles}），请核对是否谋划了“项目群”。", evidence, observed, expected)


@register("goals.measurable")
def measurable(sub: Submission, pack: RulePack) -> Outcome:
    """目标是否含可考核的量化指标（数值与单位）；指引 四(五) 以战略目标完成情况作年度评价，需可考核。"""
    expected = "至少1项量化指标"
    if not sub.targets:
        return Outcome("fail", "未识别出任何目标或指标（检索：目标与主要研发任务部分的目标表述）。",
                       observed="未找到", expected=expected)
    numeric = [t for t in sub.targets if t.value is not None]
    if numeric:
        observed = f"量化指标{len(numeric)}项"
        sample = "；".join(t.text for t in numeric[:3])
        return Outcome("pass", f"{observed}，如：{sample}。", pick(ev for t in numeric for ev in t.evidence[:1]),
                       observed, expected)
    return Outcome("warn", f"已识别{len(sub.targets)}条目标，均无量化数值，难以考核。",
                   pick(ev for t in sub.targets for ev in t.evidence[:1]), "无量化指标", expected)


@register("schedule.yearly")
def yearly(sub: Submission, pack: RulePack) -> Outcome:
    """进度安排是否分阶段、分年度并覆盖3年（年限取自规则包）；指引 四(四) 要求“分阶段、分年度推进攻关”。"""
    years = pack.thresholds.strategic_goal_years
    expected = f"分年度覆盖{years}年"
    if not sub.schedule:
        where = [ev for s in sub.sections for ev in heading_evidence(s)[:1]]
        return Outcome("warn", "未识别出进度安排的阶段或年度（检索：进度安排部分的年份、阶段；引文为已检索的各部分）。",
                       pick(where), "未找到", expected)
    covered = sorted({
        y for p in sub.schedule if p.start_year
        for y in range(p.start_year, (p.end_year or p.start_year) + 1)
    })
    evidence = pick((ev for p in sub.schedule for ev in p.evidence[:1]), limit=len(sub.schedule))
    if not covered:
        return Outcome("manual", f"识别出{len(sub.schedule)}个阶段，但未写明年份，请核对是否分年度推进。",
                       evidence, "未写明年份", expected)
    observed = f"{covered[0]}–{covered[-1]}年（{len(covered)}年，{len(sub.schedule)}个阶段）"
    if len(covered) >= years:
        return Outcome("pass", f"进度安排覆盖{observed}。", evidence, observed, expected)
    return Outcome("warn", f"进度安排仅覆盖{observed}，要求{expected}。", evidence, observed, expected)
