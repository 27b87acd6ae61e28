"""YAML files that people edit by hand: every mistake is named by its line and column, in one line.

A reviewer who mistypes an indent should learn where, not read a parser's
traceback. ``read_yaml`` keeps the node tree beside the data so a later
complaint about a value (a bad status, a wrong shape) can point at the place
it was written, too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.reader import ReaderError

# What the commonest parser complaints mean to someone editing the file; the parser's own words follow in brackets.
_HINTS = (
    ("found character '\\t'", "不能用制表符（Tab）缩进，请改用空格"),
    ("mapping values are not allowed here", "此处多了一个冒号（内容中含冒号时请用引号括起来）"),
    ("expected <block end>", "缩进与上文不一致"),
    ("could not find expected ':'", "缺少冒号"),
    ("found unexpected end of stream", "引号或括号没有闭合"),
    ("expected ',' or", "括号没有闭合或缺少逗号"),
)


class YamlProblem(Exception):
    """The file cannot be read as YAML; the message (one line) says where and why."""


def where(line: int, column: int) -> str:
    """A 1-based position as a person reads it."""
    return f"第 {line} 行第 {column} 列"


def read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """The file's data and its node tree (None for an empty file)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise YamlProblem(f"第 {line} 行不是 UTF-8 编码，请在编辑器中另存为 UTF-8 后重试") from None
    try:
        return _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        place = where(mark.line + 1, mark.column + 1) if mark else ""
        problem = " ".join(str(exc.problem or exc.context).split())
        hint = next((meaning for start, meaning in _HINTS if problem.startswith(start)), "格式有误")
        raise YamlProblem(f"{place}不是有效的 YAML：{hint}（{problem}）") from None
    except ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - text.rfind("\n", 0, exc.position)
        raise YamlProblem(f"{where(line, column)}含有不可见的控制字符（U+{exc.character:04X}），请删去后重试") from None


def _compose(text: str) -> tuple[Any, yaml.Node | None]:
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        return (loader.construct_document(root) if root is not None else None), root
    finally:
        loader.dispose()


def position_of(root: yaml.Node | None, keys: tuple[Any, ...]) -> str:
    """Where the value the mapping keys lead to was written; the nearest enclosing value when a key is absent."""
    node = root
    for key in keys:
        child = _child(node, str(key))
        if child is None:
            break
        node = child
    return where(node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else ""


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    # The last of repeated keys wins, as it does in the loaded data.
    return next((value for k, value in reversed(node.value) if isinstance(k, yaml.ScalarNode) and k.value == key), None)
