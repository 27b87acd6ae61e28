"""The name a submitted file is reported under: its path below the input folder, as readable text.

Linux keeps file names as bytes. A batch unzipped from a Windows archive often
carries names in GBK, which Python can only hold as lone surrogates; such a
string cannot be written to JSON, a hash, a workbook or a Word file, and one
of them must not stop the batch. Each path component that is not UTF-8 is
read as GB18030 (what Windows wrote), else its bad bytes are shown as \\xNN, so
the name stays unique and the clerk can still find the file.
"""

from __future__ import annotations

import os
from pathlib import Path

WINDOWS_CHINESE = "gb18030"


def _readable(component: str) -> str:
    try:
        component.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(component)
        try:
            return raw.decode(WINDOWS_CHINESE)
        except UnicodeDecodeError:
            return raw.decode("utf-8", "backslashreplace")
    return component


def source_name(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` with forward slashes, every component valid Unicode."""
    return "/".join(_readable(part) for part in path.relative_to(root).parts)
