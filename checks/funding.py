"""Funding checks (附件2 四, 指引 五(一)): a total, enterprises pay most, the numbers add up.

Amounts are 万元 as the Submission holds them. Sums are compared with a small
tolerance, because plans round each line of a budget table.
"""

from __future__ import annotations

from checks.common import pick
from checks.registry import Outcome, messages, register
from pipeline.rulepack import RulePack
from pipeline.submission import Budget, Submission

_SEEN = messages("observed")
_FUNDING = messages("funding")

ABS_TOLERANCE_WAN = 0.5
REL_TOLERANCE = 0.005
SHARE_PRECISION_WAN = 2  # decimals of 万元 (100元) below which a share sits AT the threshold, not above it
# OCR scores a misread digit as highly as a right one; below this the figure is a reviewer's to read.
DOUBTFUL_OCR_SCORE = 0.9


def _wan(amount: float) -> str:
    return _FUNDING("wan", amount=f"{amount:,.2f}".rstrip("0").rstrip("."))


def _total(budget: Budget) -> float | None:
    return budget.total_wan if budget.total_wan is not None else budget.stated_total_wan


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(ABS_TOLERANCE_WAN, REL_TOLERANCE * max(abs(a), abs(b)))


@register("funding.total")
def total(sub: Submission, pack: RulePack) -> Outcome:
    """经费投入是否写明总额；附件2 第四部分要求说明经费投入，没有总额无法评估投入规模与结构。"""
    say = messages("funding.total")
    amount = _total(sub.budget)
    if amount is None:
        return Outcome("fail", say("none"), observed=_SEEN("not_found"), expected=say("expected"))
    return Outcome("pass", say("pass", amount=_wan(amount)), pick(sub.budget.evidence), _wan(amount), say("expected"))


@register("funding.enterprise_main")
def enterprise_main(sub: Submission, pack: RulePack) -> Outcome:
    """企业投入占总投入的比例是否超过规则包 enterprise_share_min；指引 五(一) 要求成员企业承担主要投入责任。"""
    say = messages("funding.enterprise_main")
    threshold = pack.thresholds.enterprise_share_min
    expected = say("expected", threshold=threshold)
    amount, enterprise = _total(sub.budget), sub.budget.enterprise_wan
    evidence = pick(sub.budget.evidence)
    if amount is None or enterprise is None or amount <= 0:
        missing = say("total") if amount is None or amount <= 0 else say("enterprise")
        return Outcome("manual", say("unknown", missing=missing, expected=expected), evidence, _SEEN("cannot_compute"), expected)
    share = enterprise / amount
    observed = say("observed", enterprise=_wan(enterprise), amount=_wan(amount), share=share)
    doubt = _doubtful_reading(sub.budget, amount)
    if doubt:
        return Outcome("manual", say("doubtful", observed=observed, doubt=doubt, expected=expected),
                       evidence, observed, expected)
    # Compared in 万元, rounded: 0.3亿+0.25亿+0.25亿 read as 8000.000000001 of 16000 is exactly half, not more.
    message = say("verdict", observed=observed, expected=expected)
    if round(enterprise - threshold * amount, SHARE_PRECISION_WAN) > 0:
        return Outcome("pass", message, evidence, observed, expected)
    return Outcome("fail", message, evidence, observed, expected)


def _doubtful_reading(budget: Budget, amount: float) -> str | None:
    """Why the figures cannot carry a verdict on their own: enterprise money beyond the whole (a subtotal and
    its items both counted); read from a scan, a low OCR score, or parts that do not add up to the total (one
    misread digit shows there). None when nothing casts doubt on them."""
    enterprise = budget.enterprise_wan
    if enterprise is not None and enterprise > amount and not _close(enterprise, amount):
        return _FUNDING("over_total")
    if budget.confidence is None:
        return None
    if budget.confidence < DOUBTFUL_OCR_SCORE:
        return _FUNDING("low_confidence", score=budget.confidence)
    comparisons = _comparisons(budget)
    mismatched = [what for what, value in comparisons if not _close(value, amount)]
    # Parts (enterprise, government, other) adding up to the total vouch for the figures the share is made of;
    # a year split that misses it then puts only the split in doubt, which funding.consistent reports.
    if comparisons and comparisons[0][0] == _PARTS and _PARTS not in mismatched:
        mismatched = [what for what in mismatched if what != _BY_YEAR]
    if mismatched:
        return _FUNDING("mismatched", parts="、".join(mismatched))
    return None


_PARTS, _BY_YEAR = _FUNDING("parts"), _FUNDING("by_year")


def _comparisons(budget: Budget) -> list[tuple[str, float]]:
    """(what, sum) pairs that should equal the total."""
    pairs: list[tuple[str, float]] = []
    parts = [p for p in (budget.enterprise_wan, budget.government_wan, budget.other_wan) if p is not None]
    if len(parts) >= 2:
        pairs.append((_PARTS, sum(parts)))
    if budget.by_year:
        pairs.append((_BY_YEAR, sum(budget.by_year.values())))
    if budget.total_wan is not None and budget.stated_total_wan is not None:
        pairs.append((_FUNDING("stated_total"), budget.stated_total_wan))
    return pairs


def _has_figures(budget: Budget) -> bool:
    return bool(budget.by_year) or any(
        v is not None for v in (budget.total_wan, budget.stated_total_wan, budget.enterprise_wan,
                                budget.government_wan, budget.other_wan))


@register("funding.consistent")
def consistent(sub: Submission, pack: RulePack) -> Outcome:
    """经费分项之和、分年度之和、表中合计是否与总额一致（允许微小舍入误差）；数字不自洽说明预算有误。

    A plan without a single figure has nothing to add up (n/a; funding.total already fails it); a total
    without parts is a reviewer's to judge from the budget table.
    """
    say = messages("funding.consistent")
    budget = sub.budget
    if not _has_figures(budget):
        return Outcome("n/a", say("no_figures"),
                       observed=_SEEN("no_figures"), expected=_SEEN("adds_up"))
    amount = _total(budget)
    evidence = pick(budget.evidence)
    pairs = _comparisons(budget) if amount is not None else []
    if amount is None or not pairs:
        return Outcome("manual", say("single"),
                       evidence, _SEEN("nothing_to_compare"), _SEEN("adds_up"))
    expected = _SEEN("equals_total", amount=_wan(amount))
    mismatched = [(what, value) for what, value in pairs if not _close(value, amount)]
    observed = "；".join(f"{what}{_wan(value)}" for what, value in pairs)
    if mismatched:
        wrong = "；".join(_FUNDING("sum_is", what=what, amount=_wan(value)) for what, value in mismatched)
        return Outcome("warn", say("mismatch", wrong=wrong, amount=_wan(amount)), evidence, observed, expected)
    return Outcome("pass", say("pass", observed=observed, amount=_wan(amount)), evidence, observed, expected)
