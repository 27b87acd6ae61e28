"""The last run of an output folder in a few lines: which inputs could not be read and why, from its run.json.

    python -m flows.last_run OUT_DIR [--expected FILE ...]

``--expected`` names JSON files that list inputs known to be unreadable — a map
of file to error code, or ``{"packages_without_plan": [folder, ...]}`` — as the
sample corpus's ``truth/`` does. Those are reported as expected; any other
unread input is reported apart and makes the exit status 1, so ``make demo``
says plainly when this machine (not the samples) is the problem.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from flows.outputs import INDEX_NAME, SUMMARY_NAME
from flows.planner import RUN_RECORD
from pipeline.wording import say

NO_PLAN = "no_plan"


def expected_failures(paths: list[Path]) -> dict[str, str]:
    """File (or package folder) → the error code it is expected to fail with."""
    expected: dict[str, str] = {}
    for path in paths:
        listed = json.loads(path.read_text("utf-8"))
        expected.update({folder: NO_PLAN for folder in listed.pop("packages_without_plan", [])})
        expected.update({file: code for file, code in listed.items() if isinstance(code, str)})
        # A file list (truth/_files.json) gives each file's role; those marked failed carry their code.
        expected.update({file: entry["code"] for file, entry in listed.items()
                         if isinstance(entry, dict) and entry.get("role") == "failed" and entry.get("code")})
    return expected


def _line(item: dict[str, Any]) -> str:
    return say("last_run.item", file=item["file"], code=item["code"], message=item["message"])


def summary_lines(record: dict[str, Any], out_dir: Path, expected: dict[str, str]) -> tuple[list[str], bool]:
    """The closing lines, and whether every unread input was one that was expected to be unreadable."""
    unread = record["unread"]
    known = [u for u in unread if expected.get(u["file"]) == u["code"]]
    other = [u for u in unread if expected.get(u["file"]) != u["code"]]
    lines = [say("last_run.counts", plans=record["plans"], unread=len(unread), summary=out_dir / SUMMARY_NAME)]
    if known:
        lines.append(say("last_run.expected", count=len(known)))
        lines += [_line(u) for u in known]
    if other:
        others = say("last_run.more_others", count=len(other)) if known else say("last_run.others", count=len(other))
        lines.append(others)
        lines += [_line(u) for u in other]
    lines.append(say("last_run.outputs", index=out_dir / INDEX_NAME, summary=out_dir / SUMMARY_NAME))
    return lines, not other or not expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=say("last_run.description"))
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--expected", type=Path, nargs="*", default=[])
    args = parser.parse_args(argv)
    try:
        record = json.loads((args.out_dir / RUN_RECORD).read_text("utf-8"))
    except (OSError, ValueError):
        print(say("last_run.no_record", path=args.out_dir / RUN_RECORD), file=sys.stderr)
        return 1
    lines, as_expected = summary_lines(record, args.out_dir, expected_failures(args.expected))
    print("\n".join(lines))
    return 0 if as_expected else 1


if __name__ == "__main__":
    sys.exit(main())
