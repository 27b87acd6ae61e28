"""Goal, task and schedule checks (指引 四(四), 四(五)): a 3-year goal, a task group, yearly phases.

The horizon (3 years) comes from the rule pack. A horizon is accepted when a
target says it in words ("3年", "三年"), names the horizon's last year (the
call's year plus 3, e.g. "到2025年"), or the targets and schedule span it;
anything else goes to a reviewer rather than being guessed.
"""

from __future__ import annotations

from checks.common import pick
from checks.outline import heading_evidence
from checks.registry import Outcome, messages, register
from pipeline.numerals import count_value
from pipeline.rulepack import RulePack
from pipeline.submission import Submission, Target
from pipeline.terms import term

_SEEN = messages("observed")

MIN_TASKS_FOR_GROUP = 2  # a “项目群” is more than one project


def _span(years: list[int]) -> int:
    return max(years) - min(years) + 1 if years else 0


def horizon_end(pack: RulePack) -> int:
    """The last year of the strategic goal: the call's year plus the goal's length."""
    return int(pack.deadline[:4]) + pack.thresholds.strategic_goal_years


def _goal_years(sub: Submission) -> list[int]:
    """Years the goals run over: target years, from the schedule's first year on."""
    years = [t.year for t in sub.targets if t.year]
    starts = [p.start_year for p in sub.schedule if p.start_year]
    return [*years, *starts[:1]] if years else []


def _stated_years(target: Target) -> list[int]:
    """The lengths a goal gives itself in words ("两年目标：到2024年…", "三年内形成…"), in order."""
    found = term("goals.stated_horizon").finditer(target.text)
    return [years for m in found if (years := count_value(m.group("years"))) is not None]


def _stated_horizon(targets: list[Target]) -> tuple[int, Target] | None:
    """The first length a goal gives itself in words, with that goal."""
    return next(((stated[0], t) for t in targets if (stated := _stated_years(t))), None)


@register("goals.three_year")
def three_year(sub: Submission, pack: RulePack) -> Outcome:
    """方案是否明确3年战略目标（年限取自规则包 strategic_goal_years）；指引 四(四) 要求“明确3年战略目标”。
    只写更长期目标（“五年建设目标”）、且每条目标都在3年之后的，不算明确了3年目标。"""
    say = messages("goals.three_year")
    years = pack.thresholds.strategic_goal_years
    expected = say("expected", years=years)
    if not sub.targets:
        return Outcome("fail", say("none"), observed=_SEEN("not_found"), expected=expected)
    end = horizon_end(pack)
    worded = [t for t in sub.targets if t.year == end or years in _stated_years(t)]
    span = _span(_goal_years(sub))
    evidence = pick(ev for t in (worded or sub.targets) for ev in t.evidence[:1])
    if worded:
        return Outcome("pass", say("worded", years=years, end=end, target=worded[0].text), evidence,
                       _SEEN("years", years=years), expected)
    if span == years:
        first, last = min(_goal_years(sub)), max(_goal_years(sub))
        return Outcome("pass", say("spanned", span=span, first=first, last=last), evidence, _SEEN("years", years=span), expected)
    reach = [t.year for t in sub.targets if t.year] + [p.end_year for p in sub.schedule if p.end_year]
    stated, last = _stated_horizon(sub.targets), max(reach, default=end)
    if stated is not None and stated[0] < years and last < end:
        short, target = stated
        say_short = say("shorter", stated=short, target=target.text, last=last, years=years, end=end)
        return Outcome("fail", say_short, pick(target.evidence[:1]), _SEEN("years", years=short), expected)
    dated = [t for t in sub.targets if t.year]
    if dated and all(t.year > end for t in dated) and span > years:
        first = min(dated, key=lambda t: t.year)
        say_longer = say("longer", span=span, target=first.text, first=first.year, years=years, end=end)
        return Outcome("fail", say_longer, pick(first.evidence[:1]), _SEEN("years", years=span), expected)
    observed = _SEEN("years", years=span) if span else _SEEN("unstated_years")
    return Outcome("manual", say("unclear", count=len(sub.targets), observed=observed, years=years),
                   evidence, observed, expected)


@register("goals.tasks")
def tasks(sub: Submission, pack: RulePack) -> Outcome:
    """是否凝练出重大攻关任务并谋划由多个项目组成的“项目群”；指引 四(四) 的要求。"""
    say = messages("goals.tasks")
    expected = say("expected", minimum=MIN_TASKS_FOR_GROUP)
    if not sub.tasks:
        return Outcome("fail", say("none"), observed=_SEEN("items", count=0), expected=expected)
    observed = _SEEN("items", count=len(sub.tasks))
    evidence = pick(ev for t in sub.tasks for ev in t.evidence[:1])
    titles = "；".join(t.title for t in sub.tasks[:5])
    if len(sub.tasks) >= MIN_TASKS_FOR_GROUP:
        return Outcome("pass", say("pass", observed=observed, titles=titles), evidence, observed, expected)
    if deferred := sub.tasks_deferred.value:
        return Outcome("fail", say("deferred", said=deferred), sub.tasks_deferred.evidence, observed, expected)
    return Outcome("manual", say("single", titles=titles), evidence, observed, expected)


@register("goals.measurable")
def measurable(sub: Submission, pack: RulePack) -> Outcome:
    """目标是否含可考核的量化指标（数值与单位）；指引 四(五) 以战略目标完成情况作年度评价，需可考核。"""
    say = messages("goals.measurable")
    expected = say("expected")
    if not sub.targets:
        return Outcome("fail", say("none"), observed=_SEEN("not_found"), expected=expected)
    numeric = [t for t in sub.targets if t.value is not None]
    if numeric:
        observed = _SEEN("measurable", count=len(numeric))
        sample = "；".join(t.text for t in numeric[:3])
        return Outcome("pass", say("pass", observed=observed, sample=sample),
                       pick(ev for t in numeric for ev in t.evidence[:1]), observed, expected)
    return Outcome("warn", say("unmeasured", count=len(sub.targets)),
                   pick(ev for t in sub.targets for ev in t.evidence[:1]), _SEEN("unmeasured"), expected)


@register("schedule.yearly")
def yearly(sub: Submission, pack: RulePack) -> Outcome:
    """进度安排是否分阶段、分年度并覆盖3年（年限取自规则包）；指引 四(四) 要求“分阶段、分年度推进攻关”。"""
    say = messages("schedule.yearly")
    years = pack.thresholds.strategic_goal_years
    expected = say("expected", years=years)
    if not sub.schedule:
        where = [ev for s in sub.sections for ev in heading_evidence(s)[:1]]
        return Outcome("warn", say("none"), pick(where), _SEEN("not_found"), expected)
    covered = sorted({
        y for p in sub.schedule if p.start_year
        for y in range(p.start_year, (p.end_year or p.start_year) + 1)
    })
    evidence = pick((ev for p in sub.schedule for ev in p.evidence[:1]), limit=len(sub.schedule))
    if not covered:
        return Outcome("manual", say("no_years", count=len(sub.schedule)), evidence, _SEEN("unstated_year"), expected)
    observed = _SEEN("schedule_span", first=covered[0], last=covered[-1], years=len(covered), phases=len(sub.schedule))
    if len(covered) >= years:
        return Outcome("pass", say("pass", observed=observed), evidence, observed, expected)
    return Outcome("warn", say("short", observed=observed, expected=expected), evidence, observed, expected)
