"""The ``consortium-review`` command: run | parse | serve."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="consortium-review", description="审查创新联合体实施方案，生成审查报告和汇总表。"
    )
    verbs = parser.add_subparsers(dest="verb", required=True)

    parse = verbs.add_parser("parse", help="读取方案并打印其结构（调试用）")
    parse.add_argument("path", type=Path, help="一个文件或一个文件夹")
    parse.add_argument("--json", action="store_true", help="以 JSON 输出文档块")
    parse.add_argument("--extract", action="store_true", help="打印抽取结果及证据")
    parse.add_argument("--rules", default=None, help="规则包 id 或 YAML 路径")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.verb == "parse":
        from pipeline.inspect import parse_command

        return parse_command(args.path, as_json=args.json, extract=args.extract, rules=args.rules)
    return 2


if __name__ == "__main__":
    sys.exit(main())
