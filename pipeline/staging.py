"""Outputs written beside the previous ones and swapped in only when the run has finished.

A run that fails or is stopped half-way must leave the last complete 汇总表,
index and reports in place. So a run writes into ``OUT_DIR/.next``; outputs
of plans that did not change are hard-linked there from the current folder
(no copy, no re-render); at the end each top-level output is moved into
place with ``os.replace`` and the old ones are removed. Files a run does not
write (overrides.yaml, the cache, the lock) are never touched.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

NEXT_NAME = ".next"
PREVIOUS_NAME = ".previous"


class StagedOutputs:
    """The output folder being written: ``root`` is where a run writes, ``out`` where readers look."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.root = out / NEXT_NAME
        self._previous = out / PREVIOUS_NAME
        for leftover in (self.root, self._previous):  # what a killed run left behind
            shutil.rmtree(leftover, ignore_errors=True)
        self.root.mkdir(parents=True)

    def keep(self, rel_folder: str, names: tuple[str, ...] | frozenset[str]) -> bool:
        """Carry a folder of the current outputs over unchanged (hard links, else copies); False when any is missing."""
        current, staged = self.out / rel_folder, self.root / rel_folder
        if not all((current / name).is_file() for name in names):
            return False
        staged.mkdir(parents=True, exist_ok=True)
        for name in names:
            try:
                os.link(current / name, staged / name)
            except OSError:
                shutil.copy2(current / name, staged / name)
        return True

    def commit(self) -> None:
        """Move every staged top-level output into place; the replaced ones go, the rest of ``out`` stays."""
        self._previous.mkdir()
        for staged in sorted(self.root.iterdir()):
            target = self.out / staged.name
            if target.exists():
                os.replace(target, self._previous / staged.name)
            os.replace(staged, target)
        shutil.rmtree(self._previous, ignore_errors=True)
        shutil.rmtree(self.root, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
