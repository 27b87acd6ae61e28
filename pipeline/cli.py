"""The ``consortium-review`` command: run | parse | serve."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.rulepack import DEFAULT_PACK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consortium-review", description="审查创新联合体实施方案，生成审查报告和汇总表。"
    )
    verbs = parser.add_subparsers(dest="verb", required=True)

    run = verbs.add_parser("run", help="审查文件夹中的全部方案，写出审查意见、汇总表和总览")
    run.add_argument("input_dir", type=Path, help="存放各单位方案的文件夹（可按区县分子文件夹）")
    run.add_argument("--out", type=Path, required=True, help="输出文件夹")
    run.add_argument("--rules", default=DEFAULT_PACK, help="规则包 id 或 YAML 路径")
    run.add_argument("--overrides", type=Path, default=None, help="复核意见文件（默认为 输出文件夹/overrides.yaml）")

    parse = verbs.add_parser("parse", help="读取方案并打印其结构（调试用）")
    parse.add_argument("path", type=Path, help="一个文件或一个文件夹")
    parse.add_argument("--json", action="store_true", help="以 JSON 输出文档块")
    parse.add_argument("--extract", action="store_true", help="打印抽取结果及证据")
    parse.add_argument("--rules", default=None, help="规则包 id 或 YAML 路径")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.verb == "run":
        from pipeline.batch import run_command

        return run_command(args.input_dir, args.out, args.rules, args.overrides)
    if args.verb == "parse":
        from pipeline.inspect import parse_command

        return parse_command(args.path, as_json=args.json, extract=args.extract, rules=args.rules)
    return 2


if __name__ == "__main__":
    sys.exit(main())
