"""Other forms of the same Word document, as offices produce them: a .docm or .dotx package, a Strict Open XML
save, or LibreOffice's .odt, .rtf and Word 97 exports. Each must read as the .docx it came from.

Strict Open XML is the transitional markup under other namespace names; LibreOffice does not write it, so it
is made here the way it is defined, by renaming every transitional namespace to its Strict twin. LibreOffice
conversions are slow (seconds each), so they are cached by the source's content hash in one folder per test
session.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from pipeline.readers.ooxml import CONTENT_TYPES, DOCX_MAIN, STRICT_TO_TRANSITIONAL

DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
SOFFICE_TIMEOUT_S = 180


def rezip(source: Path, target: Path, transform: Callable[[str, bytes], bytes]) -> Path:
    """Copy a package member by member, each member's bytes passed through ``transform(name, data)``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, transform(info.filename, src.read(info)))
    return target


def with_main_type(source: Path, target: Path, main_type: str) -> Path:
    """The same document declared as another kind of Word package (.docm, .dotx)."""
    def retype(name: str, data: bytes) -> bytes:
        return data.replace(DOCX_MAIN.encode(), main_type.encode()) if name == CONTENT_TYPES else data

    return rezip(source, target, retype)


def as_strict(source: Path, target: Path) -> Path:
    """The same document saved as Strict Open XML."""
    def to_strict(name: str, data: bytes) -> bytes:
        if name.endswith((".xml", ".rels")):
            for strict, transitional in STRICT_TO_TRANSITIONAL:
                data = data.replace(transitional.encode(), strict.encode())
        return data

    return rezip(source, target, to_strict)


def converted(source: Path, fmt: str, cache: Path) -> Path:
    """``source`` converted by LibreOffice to ``fmt`` ("odt", "rtf", "doc", or "docx" to bring one back),
    made once per content and kept in ``cache``."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache / f"{digest}.{fmt}"
    if target.exists():
        return target
    with tempfile.TemporaryDirectory() as work:
        staged = Path(work) / f"{digest}{source.suffix}"
        shutil.copyfile(source, staged)
        subprocess.run(
            ["soffice", "--headless", "--norestore", f"-env:UserInstallation={(Path(work) / 'profile').as_uri()}",
             "--convert-to", fmt, "--outdir", str(Path(work) / "out"), str(staged)],
            check=True, capture_output=True, timeout=SOFFICE_TIMEOUT_S,
        )
        shutil.move(Path(work) / "out" / f"{digest}.{fmt}", target)
    return target
