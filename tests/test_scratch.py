"""A reader killed outright leaves its temporary folder, a copy of a plan in it; the next run removes it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pipeline.scratch import remove_orphaned_scratch

MAKE_SCRATCH = (
    "import os, sys, tempfile; from pathlib import Path; from pipeline.scratch import scratch_dir\n"
    "tempfile.tempdir = sys.argv[1]; scratch = scratch_dir('doc'); folder = scratch.name\n"
    "(Path(folder) / '实施方案.docx').write_bytes(b'plan'); print(folder, flush=True); os.kill(os.getpid(), 9)\n"
)


def _killed_readers_folder(root: Path) -> Path:
    run = subprocess.run([sys.executable, "-c", MAKE_SCRATCH, str(root)], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert run.returncode == -9
    return Path(run.stdout.strip())


def test_a_killed_processs_scratch_folder_is_removed_and_a_living_ones_kept(tmp_path):
    orphan = _killed_readers_folder(tmp_path)
    assert (orphan / "实施方案.docx").exists()  # what kill -9 leaves behind
    living = tmp_path / f"consortium-doc-{os.getpid()}-abc"
    living.mkdir()
    stranger = tmp_path / "consortium-notes"  # not a scratch folder of ours: never touched
    stranger.mkdir()
    assert remove_orphaned_scratch(tmp_path) == 1
    assert not orphan.exists() and living.exists() and stranger.exists()
