"""The one error a reader raises: a stable code plus a message a clerk can act on."""

from __future__ import annotations

from typing import Literal

from pipeline.wording import say, templates

ErrorCode = Literal[
    "encrypted",
    "corrupt",
    "empty",
    "unsupported_format",
    "too_large",
    "timeout",
    "no_text",
    "converter_missing",
    "system_file",
    "link_outside",
    "dangling_link",
    "unsafe_path",
    "archive_link",
    "archive_too_deep",
    "unsupported_archive",
    "not_material",
    "no_plan",
]

# What each code asks the clerk to do, and its meaning in a few words (``wording.yaml``: errors.message, errors.name).
MESSAGES: dict[str, str] = templates("errors.message")
CODE_NAMES: dict[str, str] = templates("errors.name")


def code_label(code: str) -> str:
    """The code with its Chinese meaning, ``文件已损坏（corrupt）``; an unknown code is shown as it is."""
    name = CODE_NAMES.get(code)
    return say("errors.label", name=name, code=code) if name else code


def error_message(code: str, detail: str = "") -> str:
    """What the clerk reads for a code, with the detail in brackets; a code not known reads as an internal error."""
    message = MESSAGES.get(code, MESSAGES["internal_error"])
    return say("errors.with_detail", message=message, detail=detail) if detail else message


class ReadError(Exception):
    """A submitted file could not be turned into a Document."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)

    @property
    def message(self) -> str:
        return error_message(self.code, self.detail)
