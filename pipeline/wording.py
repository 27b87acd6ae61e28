"""What the programme says to the clerk and the operator, kept as data (``wording.yaml``) beside the code.

Messages, help texts and labels are wording a reviewing office may want to
adjust without reading Python, so the code names a phrase by its dotted key
(``errors.message.corrupt``, ``run.closing.outputs``) and fills in its
``{placeholders}``. The file is read once; a leaf that is not text or a
template with broken braces fails at load with its key named, before anything
is said. A test walks the product code and holds every key it names against
the file, both ways, with the fields each caller passes.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from string import Formatter
from typing import Any

from pipeline.yaml_source import YamlProblem, read_yaml

WORDING_FILE = Path(__file__).parent / "wording.yaml"


class WordingError(Exception):
    """The wording file cannot be used; the message names the file and the key."""


def fields_of(template: str) -> set[str]:
    """The names a template fills in (``{count}`` → ``count``)."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in Formatter().parse(template) if name}


def _flatten(node: Any, prefix: str, into: dict[str, str]) -> None:
    if isinstance(node, str):
        try:
            fields_of(node)
        except ValueError as exc:
            raise WordingError(f"{WORDING_FILE}: {prefix}: {exc}") from None
        into[prefix] = node
    elif isinstance(node, Mapping) and node:
        for key, child in node.items():
            _flatten(child, f"{prefix}.{key}" if prefix else str(key), into)
    else:
        raise WordingError(f"{WORDING_FILE}: {prefix or '(top)'}: expected text or a group, got {node!r}")


@cache
def phrases() -> dict[str, str]:
    """Every template by its dotted key, read once."""
    try:
        data, _ = read_yaml(WORDING_FILE)
    except YamlProblem as exc:
        raise WordingError(f"{WORDING_FILE}: {exc}") from None
    found: dict[str, str] = {}
    _flatten(data, "", found)
    return found


def say(key: str, **fields: object) -> str:
    """The phrase at ``key`` with its placeholders filled; a missing field raises KeyError."""
    return phrases()[key].format(**fields)


def templates(group: str) -> dict[str, str]:
    """The templates directly under ``group`` by their last key, for wording chosen by a code or a status."""
    start = f"{group}."
    found = {key[len(start):]: text for key, text in phrases().items()
             if key.startswith(start) and "." not in key[len(start):]}
    if not found:
        raise KeyError(group)
    return found
