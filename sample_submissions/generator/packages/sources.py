"""The plans packages take in, found wherever they are now.

make_samples.py (and make_freeform.py) write every plan loose in its district folder; this generator moves some
into packages and archives. So a plan's bytes and truth come from its loose original when a fresh run has put it
back, else from the package or archive the last run of this generator put it in: reruns are idempotent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .archives import read_member
from .model import Archive, Consortium, Member


def truth_name(rel: str) -> str:
    """The truth file of an input: its path with "/" as "__", plus .json (an archive's path included)."""
    return rel.replace("/", "__") + ".json"


@dataclass(frozen=True)
class PlanSource:
    """A plan to move: where it was (``origin``), where it goes (``target``), its bytes and its truth."""

    origin: str
    target: str
    data: bytes
    truth: dict

    def consortium(self) -> Consortium:
        """The consortium as the plan's truth lists it, lead first."""
        members = sorted(self.truth["members"], key=lambda m: not m["is_lead"])
        return Consortium(self.truth["consortium_name"], self.truth["lead_unit"],
                          tuple(Member(m["name"], m["kind"]) for m in members))


def load_plan(root: Path, origin: str, target: str, archive: Archive | None) -> PlanSource:
    loose = root / origin
    if loose.exists():
        data = loose.read_bytes()
    elif archive is None:
        data = (root / target).read_bytes()
    else:
        data = read_member(root / archive.rel, archive.kind, target[len(archive.rel) + 1:])
    truth_dir = root / "truth"
    truth_file = truth_dir / truth_name(origin)
    if not truth_file.exists():
        truth_file = truth_dir / truth_name(target)
    return PlanSource(origin, target, data, json.loads(truth_file.read_text("utf-8")))
