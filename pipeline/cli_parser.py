"""An argparse parser that speaks Chinese: usage, section titles, help and every error a clerk can provoke.

argparse builds its messages in English; they are translated here, pattern by pattern, at the one place
they are shown (``error``), so a missing argument or a typo reads in the same language as the rest.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

from pipeline.wording import say, templates

# argparse's English messages (Python 3.11–3.13), each with the name of its Chinese in wording.yaml (cli.argparse);
# each group is a name or a value, kept as is.
ERRORS: tuple[tuple[str, str], ...] = (
    (r"the following arguments are required: (?P<names>.+)", "required"),
    (r"unrecognized arguments: (?P<names>.+)", "unrecognized"),
    (r"argument (?P<argument>.+?): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)", "invalid_choice"),
    (r"argument (?P<argument>.+?): invalid (?P<type>\w+) value: (?P<value>.+)", "invalid_value"),
    (r"argument (?P<argument>.+?): expected one argument", "one_value"),
    (r"argument (?P<argument>.+?): expected at most one argument", "at_most_one"),
    (r"argument (?P<argument>.+?): expected at least one argument", "at_least_one"),
    (r"argument (?P<argument>.+?): expected (?P<count>\d+) arguments?", "n_values"),
    (r"argument (?P<argument>.+?): ignored explicit argument (?P<value>.+)", "ignored_value"),
    (r"argument (?P<argument>.+?): not allowed with argument (?P<other>.+)", "not_allowed_with"),
    (r"ambiguous option: (?P<option>.+?) could match (?P<matches>.+)", "ambiguous"),
    (r"one of the arguments (?P<names>.+) is required", "one_of_required"),
    (r"unknown parser (?P<verb>.+?) \(choices: (?P<choices>.+)\)", "unknown_verb"),
)


def translate(message: str) -> str:
    """argparse's message in Chinese; a message not known here is shown as it is."""
    chinese, type_names = templates("cli.argparse"), templates("cli.argparse_type")
    for pattern, name in ERRORS:
        if match := re.fullmatch(pattern, message, flags=re.DOTALL):
            fields = match.groupdict()
            if "type" in fields:
                fields["type"] = type_names.get(fields["type"], fields["type"])
            return chinese[name].format(**fields)
    return message


class ChineseHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, say("cli.usage") if prefix is None else prefix)


class ChineseArgumentParser(argparse.ArgumentParser):
    """``-h/--help`` says what it does in Chinese, sections are 位置参数 and 选项, errors end in 错误：…"""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = say("cli.positionals")
        self._optionals.title = say("cli.optionals")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=say("cli.help_option"))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, say("cli.error", prog=self.prog, message=translate(message)))
