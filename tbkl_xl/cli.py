"""Command line: argument parsing only.  The work is done by the library; a TbklError becomes
a one-line message on stderr and exit code 2 (1 when some notice failed but the job was done)."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from .errors import TbklError, UsageError

PROG = "tbkl-xl"


def _date_arg(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {s!r}: use YYYY-MM-DD, e.g. 2026-05-09")


def _cmd_parse(args) -> int:
    from .parse import parse_paths, notice_to_json
    from .report_text import format_notice_table

    batch = parse_paths(args.paths, today=args.today)
    for source, message in batch.warnings:
        print(f"{PROG}: warning: {source}: {message}", file=sys.stderr)
    for source, message in batch.errors:
        print(f"{PROG}: error: {source}: {message}", file=sys.stderr)
    if args.json:
        out = {"notices": [notice_to_json(n) for n in batch.notices],
               "errors": [{"source": s, "message": m} for s, m in batch.errors]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    else:
        for n in batch.notices:
            sys.stdout.write(format_notice_table(n) + "\n")
    return 1 if batch.errors else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="Thông báo kết luận -> Excel task tracker")
    sub = p.add_subparsers(dest="command", required=True)

    sp = sub.add_parser("parse", help="parse notices into tasks")
    sp.add_argument("paths", nargs="+", metavar="FILES_OR_DIRS")
    sp.add_argument("--json", action="store_true", help="print JSON instead of a table")
    sp.add_argument("--today", type=_date_arg, default=None, help="YYYY-MM-DD (default: today)")
    sp.set_defaults(func=_cmd_parse)

    _add_master_commands(sub)
    from . import cli_panel
    cli_panel.add_command(sub, _date_arg)
    return p


def _add_master_commands(sub) -> None:
    """The refresh/status subcommands (master workbook)."""
    from . import cli_master
    cli_master.add_commands(sub, _date_arg)


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except TbklError as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # output piped into a program that stopped reading (| head): not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
