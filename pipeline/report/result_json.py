"""result.json text: UTF-8, readable Chinese, stable key order for diffing between runs."""

from __future__ import annotations

import json

from pipeline.review_model import Review


def dump_result(review: Review) -> str:
    """The review in the model's field order, indented, Chinese left as written."""
    return json.dumps(review.dump(), ensure_ascii=False, indent=2) + "\n"
