"""``make demo`` on a machine without LibreOffice, run by a user who may not install it: it stops before building
anything and names, in one line, the command that would."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.flow_plans import REPO

NOBODY = 65534


def test_demo_without_libreoffice_names_the_install_command_and_builds_nothing() -> None:
    folder = Path(tempfile.mkdtemp(prefix="demo-setup-"))
    try:
        shutil.copy(REPO / "Makefile", folder / "Makefile")
        shutil.copy(REPO / "pyproject.toml", folder / "pyproject.toml")
        tools = folder / "bin"  # a PATH with `id` and nothing else: no soffice
        tools.mkdir()
        (tools / "id").symlink_to(shutil.which("id") or "/usr/bin/id")
        folder.chmod(0o755)
        as_user = [shutil.which("setpriv") or "setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"] if os.geteuid() == 0 else []
        done = subprocess.run([*as_user, shutil.which("make"), "-s", "-C", str(folder), "demo"],
                              env={"PATH": str(tools), "LANG": "C.UTF-8"}, capture_output=True, text=True, timeout=60)
        built = (folder / ".venv").exists()
    finally:
        shutil.rmtree(folder)

    assert done.returncode != 0
    [line] = done.stdout.splitlines()
    assert "LibreOffice" in line and "apt-get install -y --no-install-recommends libreoffice-writer-nogui" in line
    assert not built
