"""Keys result.json writes only when they hold something.

The contract offers no null for them (a quote without a location, a check nobody overrode), so a valid
file leaves the key out; ``Unset`` keeps null out of the model's JSON Schema for the same reason.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field
from pydantic.json_schema import SkipJsonSchema

Unset = SkipJsonSchema[None]


def _is_none(value: object) -> bool:
    return value is None


def written_when_set() -> Any:
    """A field that defaults to None and is left out of the dump while it is None."""
    return Field(default=None, exclude_if=_is_none)
