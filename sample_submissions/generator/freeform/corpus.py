"""The held-out style plans, in the order they are written."""

from __future__ import annotations

from . import hydrogen_gongshu
from .model import FreeformPlan

FREEFORM_PLANS: tuple[FreeformPlan, ...] = (
    hydrogen_gongshu.PLAN,
)
