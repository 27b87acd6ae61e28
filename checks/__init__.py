"""The review's check catalogue (shared/contract/checks.md), one module per family.

Importing the package registers every family's functions, then pairs them with
the entries of ``catalogue.yaml``, whose order is the order results are reported in.
"""

from checks import outline, lead, members, org, goals, field, funding, eligibility, summary, submission, batch  # noqa: F401, I001
from checks.registry import BatchPlan, Check, CheckResult, complete, run_batch_checks, run_plan_check, run_plan_checks

complete()

__all__ = ["BatchPlan", "Check", "CheckResult", "run_batch_checks", "run_plan_check", "run_plan_checks"]
