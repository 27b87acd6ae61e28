"""The ``consortium-review`` command: run | parse | serve."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.cli_parser import ChineseArgumentParser
from pipeline.rulepack import DEFAULT_PACK
from pipeline.wording import say

DEFAULT_CRON = "0 2 * * *"
DEFAULT_TIMEZONE = "Asia/Shanghai"


def _add_rules(verb: argparse.ArgumentParser, default: str | None = DEFAULT_PACK) -> None:
    verb.add_argument("--rules", default=default, metavar=say("cli.metavar.rules"), help=say("cli.help.rules"))


def _add_out(verb: argparse.ArgumentParser) -> None:
    verb.add_argument("--out", type=Path, required=True, metavar=say("cli.metavar.out"), help=say("cli.help.out"))


def _add_overrides_and_cache(verb: argparse.ArgumentParser) -> None:
    """Where the reviewers' decisions and the cache are: the same for run and serve."""
    verb.add_argument("--overrides", type=Path, default=None, metavar=say("cli.metavar.overrides"),
                      help=say("cli.help.overrides"))
    verb.add_argument("--cache", type=Path, default=None, metavar=say("cli.metavar.cache"), help=say("cli.help.cache"))


def build_parser() -> ChineseArgumentParser:
    parser = ChineseArgumentParser(prog="consortium-review", description=say("cli.description"))
    verbs = parser.add_subparsers(dest="verb", required=True, title=say("cli.verbs.title"),
                                  metavar=say("cli.verbs.title"), help=say("cli.verbs.help"))

    run = verbs.add_parser("run", help=say("cli.verbs.run"))
    run.add_argument("input_dir", type=Path, metavar=say("cli.metavar.input_dir"), help=say("cli.help.run_input_dir"))
    _add_out(run)
    _add_rules(run)
    run.add_argument("--office", default=None, metavar=say("cli.metavar.office"), help=say("cli.help.office"))
    _add_overrides_and_cache(run)
    run.add_argument("--runner", choices=["thread", "dask"], default="thread", help=say("cli.help.runner"))
    run.add_argument("--dask-address", default=None, metavar=say("cli.metavar.dask_address"),
                     help=say("cli.help.dask_address"))
    run.add_argument("--dask-workers", type=int, default=None, metavar=say("cli.metavar.dask_workers"),
                     help=say("cli.help.dask_workers"))

    serve = verbs.add_parser("serve", help=say("cli.verbs.serve"))
    serve.add_argument("input_dir", type=Path, metavar=say("cli.metavar.input_dir"),
                       help=say("cli.help.serve_input_dir"))
    _add_out(serve)
    serve.add_argument("--cron", default=DEFAULT_CRON, metavar=say("cli.metavar.cron"),
                       help=say("cli.help.cron", cron=DEFAULT_CRON))
    serve.add_argument("--timezone", default=DEFAULT_TIMEZONE, metavar=say("cli.metavar.timezone"),
                       help=say("cli.help.timezone", timezone=DEFAULT_TIMEZONE))
    _add_rules(serve)
    _add_overrides_and_cache(serve)

    parse = verbs.add_parser("parse", help=say("cli.verbs.parse"))
    parse.add_argument("path", type=Path, metavar=say("cli.metavar.path"), help=say("cli.help.path"))
    parse.add_argument("--json", action="store_true", help=say("cli.help.json"))
    parse.add_argument("--extract", action="store_true", help=say("cli.help.extract"))
    _add_rules(parse, default=None)
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
