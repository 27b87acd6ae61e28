"""Private temporary folders that a later run can clear if the process owning them is killed.

Readers copy plans into temporary folders (LibreOffice conversions, unpacked chunks, archive members). A
process killed outright cannot remove them, and each holds a copy of someone's plan. So every folder is named
after the process that made it, and a run removes those whose process is gone.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import psutil

PREFIX = "consortium-"
_OWNED = re.compile(rf"{PREFIX}[a-z]+-(\d+)-")


def scratch_dir(purpose: str) -> tempfile.TemporaryDirectory[str]:
    """A private (0700) temporary folder for ``purpose`` (a lower-case word), named after this process."""
    return tempfile.TemporaryDirectory(prefix=f"{PREFIX}{purpose}-{os.getpid()}-")


def remove_orphaned_scratch(root: Path | None = None) -> int:
    """Remove the scratch folders of processes that no longer exist; how many were removed."""
    removed = 0
    for path in Path(root or tempfile.gettempdir()).glob(f"{PREFIX}*"):
        owner = _OWNED.match(path.name)
        if owner and path.is_dir() and not psutil.pid_exists(int(owner.group(1))):
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
    return removed
