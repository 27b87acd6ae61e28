"""The house flows one way: pipeline ← extractors ← checks ← flows; no module imports a layer above its own.

A reader that imported a check, or a check that imported the batch driver, would
tie the foundation to what is built on it: a change to a check could then break
reading a file. The imports are read from the source, so a lazy import inside a
function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("pipeline", "extractors", "checks", "flows")


def _imported_packages(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
        elif (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "__import__" and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.add(node.args[0].value.split(".")[0])
    return found


@pytest.mark.parametrize("layer", LAYERS[:-1])
def test_no_import_runs_back_up(layer: str):
    above = set(LAYERS[LAYERS.index(layer) + 1:])
    upward = {
        str(path.relative_to(ROOT)): sorted(_imported_packages(path) & above)
        for path in sorted((ROOT / layer).rglob("*.py"))
    }
    assert {file: pkgs for file, pkgs in upward.items() if pkgs} == {}
