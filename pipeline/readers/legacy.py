"""Reads what python-docx cannot by converting it to .docx with LibreOffice: Word 97–2003 (.doc, and the same
format saved by WPS as .wps), RTF, OpenDocument text (.odt), Word 2003 XML and web pages (.html).

Each conversion gets its own LibreOffice profile: two soffice processes sharing
a profile block each other, so concurrent reviews would stall.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

from pipeline.document import Document
from pipeline.errors import ReadError
from pipeline.readers.docx import read_docx
from pipeline.scratch import scratch_dir
from pipeline.wording import say

CONVERT_TIMEOUT_S = 120
SOFFICE = "soffice"
TO_DOCX = "docx:MS Word 2007 XML"  # named: without it a web page finds no .docx export filter
# Import filters soffice does not pick by itself (a web page opens in Writer/Web, which cannot save .docx).
IMPORT_FILTERS = {".html": ["--infilter=HTML (StarWriter)"]}


def convert_to_docx(path: Path, workdir: Path, timeout_s: float = CONVERT_TIMEOUT_S, suffix: str = ".doc") -> Path:
    """Convert ``path`` into ``workdir`` and return the .docx; raises ``ReadError`` on any failure.

    ``suffix`` is the sniffed format's own (.doc, .rtf, .odt, .xml, .html): LibreOffice picks its import
    filter by content, but an .odt must also be named one for the filter that reads it to be tried."""
    soffice = shutil.which(SOFFICE)
    if soffice is None:
        raise ReadError("converter_missing")
    source = workdir / f"input{suffix}"  # a neutral name: never the clerk's, which may be anything
    shutil.copyfile(path, source)
    profile = workdir / "profile"
    command = [
        soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
        *IMPORT_FILTERS.get(suffix, []), "--convert-to", TO_DOCX, "--outdir", str(workdir), str(source),
    ]
    # A group of its own, so a timeout (or a stopped run) ends oosplash and soffice.bin together; still in the
    # run's session, where whoever stops the run looks for what it started.
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               process_group=0)
    try:
        output, _ = process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired as exc:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise ReadError("timeout", say("errors.detail.conversion_timeout", seconds=timeout_s)) from exc
    converted = workdir / "input.docx"
    if process.returncode != 0 or not converted.exists() or converted.stat().st_size == 0:
        reason = output.decode("utf-8", "replace").strip().splitlines()[-1:] or [say("errors.detail.no_output")]
        raise ReadError("corrupt", say("errors.detail.not_converted", reason=reason[0][:120]))
    return converted


def read_doc(path: Path, timeout_s: float = CONVERT_TIMEOUT_S, suffix: str = ".doc") -> Document:
    """A document LibreOffice converts (``suffix`` as for ``convert_to_docx``), read as the .docx it becomes."""
    with scratch_dir("doc") as tmp:
        converted = convert_to_docx(path, Path(tmp), timeout_s, suffix)
        document = read_docx(converted, reader="doc")
    document.source = str(path)
    return document
