"""The ``consortium-review`` command: run | parse | serve."""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.cli_parser import ChineseArgumentParser
from pipeline.rulepack import DEFAULT_PACK


def build_parser() -> ChineseArgumentParser:
    parser = ChineseArgumentParser(
        prog="consortium-review", description="审查创新联合体实施方案，生成审查报告和汇总表。"
    )
    verbs = parser.add_subparsers(dest="verb", required=True, title="命令", metavar="命令",
                                  help="run（审查）、serve（定时复审）或 parse（查看读取结果）")

    run = verbs.add_parser("run", help="审查文件夹中的全部方案，写出审查意见、汇总表和总览")
    run.add_argument("input_dir", type=Path, metavar="输入文件夹", help="存放各单位方案的文件夹（可按区县分子文件夹）")
    run.add_argument("--out", type=Path, required=True, metavar="输出文件夹", help="输出文件夹")
    run.add_argument("--rules", default=DEFAULT_PACK, metavar="规则包", help="规则包 id 或 YAML 路径")
    run.add_argument("--office", default=None, metavar="审查单位",
                     help="审查单位，写在审查意见（report.docx）的落款和作者中（默认取规则包的设置，未设置时为方案所在区县的科技局）")
    run.add_argument("--overrides", type=Path, default=None, metavar="复核意见文件", help="复核意见文件（默认为 输出文件夹/overrides.yaml）")
    run.add_argument("--cache", type=Path, default=None, metavar="缓存文件夹", help="审查结果缓存文件夹（默认为 输出文件夹/.cache）")
    run.add_argument("--runner", choices=["thread", "dask"], default="thread", help="并行方式：本机线程（默认）或 Dask")
    run.add_argument("--dask-address", default=None, metavar="地址", help="已有 Dask 集群的地址，如 tcp://10.0.0.5:8786")
    run.add_argument("--dask-workers", type=int, default=None, metavar="进程数", help="在本机启动 Dask 集群的工作进程数")

    serve = verbs.add_parser("serve", help="按 cron 定时复审文件夹（需要常驻的 Prefect 服务器）")
    serve.add_argument("input_dir", type=Path, metavar="输入文件夹", help="存放各单位方案的文件夹")
    serve.add_argument("--out", type=Path, required=True, metavar="输出文件夹", help="输出文件夹")
    serve.add_argument("--cron", default="0 2 * * *", metavar="定时表达式", help="定时表达式（默认每天凌晨 2 点：\"0 2 * * *\"）")
    serve.add_argument(
        "--timezone", default="Asia/Shanghai", metavar="时区", help="定时表达式所用的时区（IANA 时区名称，默认 Asia/Shanghai，即北京时间）"
    )
    serve.add_argument("--rules", default=DEFAULT_PACK, metavar="规则包", help="规则包 id 或 YAML 路径")
    serve.add_argument("--overrides", type=Path, default=None, metavar="复核意见文件", help="复核意见文件（默认为 输出文件夹/overrides.yaml）")
    serve.add_argument("--cache", type=Path, default=None, metavar="缓存文件夹", help="审查结果缓存文件夹（默认为 输出文件夹/.cache）")

    parse = verbs.add_parser("parse", help="读取方案并打印其结构（调试用）")
    parse.add_argument("path", type=Path, metavar="路径", help="一个文件或一个文件夹")
    parse.add_argument("--json", action="store_true", help="以 JSON 输出文档块")
    parse.add_argument("--extract", action="store_true", help="打印抽取结果及证据")
    parse.add_argument("--rules", default=None, metavar="规则包", help="规则包 id 或 YAML 路径")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.verb == "run":
        from flows.stopping import stop_at_once_while_starting

        stop_at_once_while_starting()  # before the seconds of imports below
        from flows.commands import run_command

        return run_command(
            args.input_dir,
            args.out,
            args.rules,
            args.overrides,
            args.cache,
            args.runner,
            args.dask_address,
            args.dask_workers,
            args.office,
        )
    if args.verb == "serve":
        from flows.commands import serve_command

        return serve_command(
            args.input_dir, args.out, args.cron, args.timezone, args.rules, args.overrides, args.cache
        )
    if args.verb == "parse":
        from flows.inspect import parse_command

        return parse_command(args.path, as_json=args.json, extract=args.extract, rules=args.rules)
    return 2


if __name__ == "__main__":
    sys.exit(main())
