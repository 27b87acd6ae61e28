"""The wording file and the code agree: every key the code names is written, every written key is said,
and every template is filled with exactly the fields its callers pass."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import get_args

import pytest

from pipeline.cli_parser import ERRORS, translate
from pipeline.errors import CODE_NAMES, MESSAGES, ErrorCode, code_label, error_message
from pipeline.wording import WORDING_FILE, fields_of, phrases, say, templates

ROOT = Path(__file__).parents[1]
PRODUCT = ("pipeline", "extractors", "checks", "flows")


def _imports(tree: ast.Module, name: str) -> bool:
    return any(isinstance(node, ast.ImportFrom) and node.module == "pipeline.wording"
               and any(alias.name == name for alias in node.names) for node in ast.walk(tree))


def _calls(name: str) -> list[tuple[str, ast.Call]]:
    """Every call of ``pipeline.wording``'s ``name`` in the product code, with the place it is made."""
    found = []
    for folder in PRODUCT:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text("utf-8"))
            if _imports(tree, name):
                found += [(f"{path.relative_to(ROOT)}:{node.lineno}", node) for node in ast.walk(tree)
                          if isinstance(node, ast.Call) and getattr(node.func, "id", None) == name]
    return found


def _key(where: str, call: ast.Call) -> str:
    first = call.args[0] if call.args else None
    assert isinstance(first, ast.Constant) and isinstance(first.value, str), f"{where}: the key must be written out"
    return first.value


def test_every_key_said_is_written_with_the_fields_its_caller_passes():
    said = _calls("say")
    assert len(said) > 200  # the product's wording is said from the file, not written in the code
    for where, call in said:
        key = _key(where, call)
        assert key in phrases(), f"{where}: {key} is not in {WORDING_FILE.name}"
        assert all(k.arg for k in call.keywords), f"{where}: name each field of {key}"
        assert {k.arg for k in call.keywords} == fields_of(phrases()[key]), f"{where}: fields of {key}"


def test_every_written_key_is_said():
    used = {_key(where, call) for where, call in _calls("say")}
    groups = {_key(where, call) for where, call in _calls("templates")}
    unsaid = [k for k in phrases() if k not in used and k.rpartition(".")[0] not in groups]
    assert not unsaid


def test_a_missing_field_is_an_error_not_a_blank():
    with pytest.raises(KeyError):
        say("errors.label", name="文件已损坏")


def test_every_error_code_has_its_message_and_its_name():
    codes = set(get_args(ErrorCode)) | {"internal_error"}
    assert set(MESSAGES) == codes and set(CODE_NAMES) == codes
    assert code_label("corrupt") == "文件已损坏（corrupt）" and code_label("frobbed") == "frobbed"
    assert error_message("corrupt", "第 3 页") == MESSAGES["corrupt"] + "（第 3 页）"
    assert error_message("frobbed") == MESSAGES["internal_error"]


def test_a_group_lists_its_own_phrases_only():
    assert set(templates("errors.message")) == set(MESSAGES)
    with pytest.raises(KeyError):
        templates("errors.nothing")


def test_each_argparse_message_is_translated_with_the_parts_its_pattern_takes_apart():
    chinese = templates("cli.argparse")
    assert {name for _, name in ERRORS} == set(chinese)
    for pattern, name in ERRORS:
        assert set(re.compile(pattern).groupindex) == fields_of(chinese[name]), name
    assert translate("argument --dask-workers: invalid int value: 'many'") == "参数 --dask-workers 的取值 'many' 无效（应为整数）"
