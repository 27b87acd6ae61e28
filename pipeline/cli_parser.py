"""An argparse parser that speaks Chinese: usage, section titles, help and every error a clerk can provoke.

argparse builds its messages in English; they are translated here, pattern by pattern, at the one place
they are shown (``error``), so a missing argument or a typo reads in the same language as the rest.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

USAGE_PREFIX = "用法："
# argparse's English messages (Python 3.11–3.13) and their Chinese; each group is a name or a value, kept as is.
ERRORS: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (.+)", r"缺少必需的参数：\1"),
    (r"unrecognized arguments: (.+)", r"无法识别的参数：\1"),
    (r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)", r"参数 \1 的取值 \2 无效（可选：\3）"),
    (r"argument (.+?): invalid (\w+) value: (.+)", r"参数 \1 的取值 \3 无效（应为\2）"),
    (r"argument (.+?): expected one argument", r"参数 \1 后面需要一个值"),
    (r"argument (.+?): expected at most one argument", r"参数 \1 后面至多一个值"),
    (r"argument (.+?): expected at least one argument", r"参数 \1 后面至少需要一个值"),
    (r"argument (.+?): expected (\d+) arguments?", r"参数 \1 后面需要 \2 个值"),
    (r"argument (.+?): ignored explicit argument (.+)", r"参数 \1 不接受取值 \2"),
    (r"argument (.+?): not allowed with argument (.+)", r"参数 \1 不能与 \2 同时使用"),
    (r"ambiguous option: (.+?) could match (.+)", r"选项 \1 不明确，可能是：\2"),
    (r"one of the arguments (.+) is required", r"以下参数须给出其一：\1"),
    (r"unknown parser (.+?) \(choices: (.+)\)", r"未知的命令 \1（可选：\2）"),
)
TYPE_NAMES = {"int": "整数", "float": "数字"}


def translate(message: str) -> str:
    """argparse's message in Chinese; a message not known here is shown as it is."""
    for pattern, chinese in ERRORS:
        if match := re.fullmatch(pattern, message, flags=re.DOTALL):
            text = match.expand(chinese)
            return next((text.replace(f"（应为{en}）", f"（应为{zh}）") for en, zh in TYPE_NAMES.items()
                         if f"（应为{en}）" in text), text)
    return message


class ChineseHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)


class ChineseArgumentParser(argparse.ArgumentParser):
    """``-h/--help`` says what it does in Chinese, sections are 位置参数 and 选项, errors end in 错误：…"""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="显示本帮助并退出")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{translate(message)}\n（查看帮助：{self.prog} --help）\n")
