"""The whole sample corpus: every plan spec, plus the byte-identical copies re-submitted from another district."""

from __future__ import annotations

from .model import PlanSpec
from .plans_a import P01, P02, P03, P04, P05, P06, P07, P08, P09
from .plans_b import P10, P11, P12, P13, P14, P15, P16, P17, P18

PLANS: tuple[PlanSpec, ...] = (P01, P02, P03, P04, P05, P06, P07, P08, P09,
                               P10, P11, P12, P13, P14, P15, P16, P17, P18)

# {path of the copy: key of the original}; the copy's truth is the original's, under the copy's path.
COPIES: dict[str, str] = {"临平区/高端数控装备创新联合体实施方案（转报）.docx": "P01"}
