"""The check registry: every check of the catalogue (checks.md) as a small documented unit.

A check is a function decorated with :func:`register`, carrying its stable id,
Chinese title, clause of the notice and severity; its docstring says what it
checks and why. Running the catalogue never crashes: a check that raises is
reported as ``manual`` with the error, so a reviewer still sees every id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from pipeline.check_result import CheckResult, Severity, Status
from pipeline.rulepack import RulePack
from pipeline.submission import Evidence, Submission

Scope = Literal["plan", "batch"]

NEEDS_EVIDENCE: frozenset[str] = frozenset({"pass", "warn"})
# Quotes a check keeps: one per member of a plan that lists thousands would make every output grow with it.
MAX_CHECK_EVIDENCE = 30


@dataclass(frozen=True)
class Outcome:
    """What a check function decides; the registry adds id, title, clause and severity."""

    status: Status
    message: str
    evidence: list[Evidence] = field(default_factory=list)
    observed: str | None = None
    expected: str | None = None


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    clause: str | None
    severity: Severity
    scope: Scope
    function: Callable[..., Outcome]

    @property
    def doc(self) -> str:
        return (self.function.__doc__ or "").strip()

    def result(self, outcome: Outcome) -> CheckResult:
        return CheckResult(
            id=self.id,
            status=outcome.status,
            severity=self.severity,
            title=self.title,
            clause=self.clause,
            message=outcome.message,
            observed=outcome.observed,
            expected=outcome.expected,
            evidence=outcome.evidence[:MAX_CHECK_EVIDENCE],
            evidence_omitted=max(0, len(outcome.evidence) - MAX_CHECK_EVIDENCE),
        )

    def run(self, *args: object) -> CheckResult:
        """Run the check; an exception or an unsupported pass/warn becomes ``manual``."""
        try:
            outcome = self.function(*args)
        except Exception as exc:
            return self.result(Outcome("manual", f"自动检查出错（{type(exc).__name__}: {exc}），请人工核对。"))
        if outcome.status in NEEDS_EVIDENCE and not outcome.evidence:
            return self.result(
                Outcome("manual", f"{outcome.message}（无可引用的原文依据，请人工核对）", [],
                        outcome.observed, outcome.expected)
            )
        return self.result(outcome)


REGISTRY: dict[str, Check] = {}


def register(
    check_id: str, title: str, clause: str | None, severity: Severity, scope: Scope = "plan"
) -> Callable[[Callable[..., Outcome]], Callable[..., Outcome]]:
    """Add a check to the registry; registration order is the catalogue order."""

    def decorate(function: Callable[..., Outcome]) -> Callable[..., Outcome]:
        if check_id in REGISTRY:
            raise ValueError(f"check id registered twice: {check_id}")
        REGISTRY[check_id] = Check(check_id, title, clause, severity, scope, function)
        return function

    return decorate


def plan_checks() -> list[Check]:
    return [c for c in REGISTRY.values() if c.scope == "plan"]


def batch_checks() -> list[Check]:
    return [c for c in REGISTRY.values() if c.scope == "batch"]


def run_plan_checks(sub: Submission, pack: RulePack) -> list[CheckResult]:
    """Every per-plan check of the catalogue on one plan, in catalogue order."""
    return [check.run(sub, pack) for check in plan_checks()]


@dataclass(frozen=True)
class BatchPlan:
    """One successfully read plan of a batch, as the batch checks compare them."""

    plan_id: str
    file: str
    sha256: str
    signature: list[int]
    submission: Submission


def run_batch_checks(plans: list[BatchPlan], pack: RulePack) -> list[CheckResult]:
    """Every batch check of the catalogue across the plans of one run, in catalogue order."""
    return [check.run(plans, pack) for check in batch_checks()]


def run_plan_check(check_id: str, sub: Submission, pack: RulePack) -> CheckResult:
    """One per-plan check again, on a plan whose facts grew after its review (its package's letters)."""
    return REGISTRY[check_id].run(sub, pack)
