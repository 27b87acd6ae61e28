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

from flows.planner import RUN_RECORD

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
    return f"  {item['file']}（{item['code']}）：{item['message']}"


def summary_lines(record: dict[str, Any], out_dir: Path, expected: dict[str, str]) -> tuple[list[str], bool]:
    """The closing lines, and whether every unread input was one that was expected to be unreadable."""
    unread = record["unread"]
    known = [u for u in unread if expected.get(u["file"]) == u["code"]]
    other = [u for u in unread if expected.get(u["file"]) != u["code"]]
    lines = [f"已审查方案 {record['plans']} 份；未能读取 {len(unread)} 项（详见 {out_dir / '汇总表.xlsx'} 的“未能读取”页）。"]
    if known:
        lines.append(f"其中 {len(known)} 项是样例中按设计无法读取的文件或缺少实施方案的材料包：")
        lines += [_line(u) for u in known]
    if other:
        lines.append(f"{'另有' if known else '其中'} {len(other)} 项未能读取，原因如下（请按提示处理后重新运行）：")
        lines += [_line(u) for u in other]
    lines.append(f"审查结果：{out_dir / 'index.html'}，汇总表：{out_dir / '汇总表.xlsx'}")
    return lines, not other or not expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="上一次审查运行的结果摘要（读取 run.json）")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--expected", type=Path, nargs="*", default=[])
    args = parser.parse_args(argv)
    try:
        record = json.loads((args.out_dir / RUN_RECORD).read_text("utf-8"))
    except (OSError, ValueError):
        print(f"{args.out_dir / RUN_RECORD} 不存在或无法读取：审查没有完成。", file=sys.stderr)
        return 1
    lines, as_expected = summary_lines(record, args.out_dir, expected_failures(args.expected))
    print("\n".join(lines))
    return 0 if as_expected else 1


if __name__ == "__main__":
    sys.exit(main())
