"""The `refresh` and `status` subcommands (master workbook); `cli.py` plugs them in."""
from __future__ import annotations

import sys

from .messages import cli as M

PROG = M.PROG


def _progress_bar(stream):
    """A one-line progress bar on a terminal; nothing when output is redirected."""
    if not getattr(stream, "isatty", lambda: False)():
        return None

    def show(done: int, total: int, source: str) -> None:
        if total < 2:
            return
        width = 30
        fill = int(width * done / total)
        stream.write(f"\r[{'#' * fill}{'.' * (width - fill)}] {done}/{total}")
        if done == total:
            stream.write("\n")
        stream.flush()
    return show


def cmd_refresh(args) -> int:
    from .cli import empty_folders, print_problems
    from .master import refresh
    summary = refresh(args.workbook, args.notices, today=args.today, due_soon=args.due_soon,
                      province=args.province, progress=_progress_bar(sys.stderr))
    print_problems(empty_folders(args.notices) + list(summary.warnings), summary.errors, args.verbose)
    for line in summary.lines():
        print(line)
    return 1 if summary.errors else 0


def cmd_status(args) -> int:
    from .master import status
    report = status(args.workbook, today=args.today, due_soon=args.due_soon)
    for line in report.lines():
        print(line)
    return 0


def add_commands(sub, date_arg=None) -> None:
    from .cli import add_today, add_verbose, days_arg
    from .messages import parse as PM
    sp = sub.add_parser("refresh", help=M.HELP_REFRESH, description=M.DESCRIPTION_REFRESH)
    sp.add_argument("workbook", metavar=M.METAVAR_WORKBOOK, help=M.HELP_WORKBOOK_NEW)
    sp.add_argument("--notices", nargs="+", metavar=M.METAVAR_NOTICES, default=None, help=M.HELP_NOTICES)
    add_today(sp)
    sp.add_argument("--due-soon", type=days_arg, default=None, metavar=M.METAVAR_DAYS,
                    help=M.HELP_DUE_SOON_SET)
    sp.add_argument("--province", default=None, metavar=PM.METAVAR_PROVINCE, help=M.HELP_PROVINCE_SET)
    add_verbose(sp)
    sp.set_defaults(func=cmd_refresh)

    sp = sub.add_parser("status", help=M.HELP_STATUS, description=M.DESCRIPTION_STATUS)
    sp.add_argument("workbook", metavar=M.METAVAR_WORKBOOK, help=M.HELP_WORKBOOK)
    add_today(sp)
    sp.add_argument("--due-soon", type=days_arg, default=None, metavar=M.METAVAR_DAYS,
                    help=M.HELP_DUE_SOON)
    sp.set_defaults(func=cmd_status)
