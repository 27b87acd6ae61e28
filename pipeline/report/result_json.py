"""result.json text: UTF-8, readable Chinese, stable key order for diffing between runs."""

from __future__ import annotations

import json
from typing import Any


def dump_result(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"
