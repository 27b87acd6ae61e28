"""The check registry: every check of the catalogue (checks.md) as a small documented unit.

A check is one entry of ``catalogue.yaml`` (id, Chinese title, clause of the
notice, severity, message templates) and one function decorated with
:func:`register` under that id; its docstring says what it checks and why. An
entry without a function, or a function without an entry, stops the package
from loading. Running the catalogue never crashes: a check that raises is
reported as ``manual`` with the error, so a reviewer still sees every id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from checks.catalogue import Catalogue, CatalogueError, Messages, Scope, load_catalogue
from pipeline.check_result import CheckResult, Severity, Status
from pipeline.rulepack import RulePack
from pipeline.submission import Evidence, Submission
from pipeline.wording import say

CheckFunction = Callable[..., "Outcome"]

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
    function: CheckFunction

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
            return self.result(Outcome("manual", messages("registry")("crashed", error=f"{type(exc).__name__}: {exc}")))
        if outcome.status in NEEDS_EVIDENCE and not outcome.evidence:
            return self.result(
                Outcome("manual", messages("registry")("no_evidence", message=outcome.message), [],
                        outcome.observed, outcome.expected)
            )
        return self.result(outcome)


FUNCTIONS: dict[str, CheckFunction] = {}
# Filled by :func:`complete` once every family has registered, in the catalogue's order.
REGISTRY: dict[str, Check] = {}


def register(check_id: str) -> Callable[[CheckFunction], CheckFunction]:
    """The function of the catalogue entry ``check_id``; an id the catalogue lacks fails here, at import."""
    load_catalogue().entry(check_id)

    def decorate(function: CheckFunction) -> CheckFunction:
        if check_id in FUNCTIONS:
            raise CatalogueError(say("loading.catalogue.registered_twice", check=check_id))
        FUNCTIONS[check_id] = function
        return function

    return decorate


def messages(name: str) -> Messages:
    """The message templates of a check (by id) or shared by a family (by its name)."""
    return load_catalogue().messages(name)


def assemble(catalogue: Catalogue, functions: dict[str, CheckFunction]) -> dict[str, Check]:
    """The checks in catalogue order, each entry with its function; both must name the same ids."""
    listed = [e.id for e in catalogue.checks]
    if unwritten := [i for i in listed if i not in functions]:
        raise CatalogueError(say("loading.catalogue.no_function", ids=", ".join(unwritten)))
    if unlisted := [i for i in functions if i not in listed]:
        raise CatalogueError(say("loading.catalogue.unlisted", ids=", ".join(unlisted)))
    return {
        e.id: Check(e.id, e.title, e.clause, e.severity, e.scope, functions[e.id]) for e in catalogue.checks
    }


def complete() -> None:
    """Build the registry once every family module has registered its functions."""
    REGISTRY.clear()
    REGISTRY.update(assemble(load_catalogue(), FUNCTIONS))


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
