"""The `refresh` and `status` subcommands (master workbook); `cli.py` plugs them in."""
from __future__ import annotations

import sys

PROG = "tbkl-xl"


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
    from .master import refresh
    summary = refresh(args.workbook, args.notices, today=args.today, due_soon=args.due_soon,
                      progress=_progress_bar(sys.stderr))
    for source, message in summary.warnings:
        print(f"{PROG}: warning: {source}: {message}", file=sys.stderr)
    for source, message in summary.errors:
        print(f"{PROG}: error: {source}: {message}", file=sys.stderr)
    for line in summary.lines():
        print(line)
    return 1 if summary.errors else 0


def cmd_status(args) -> int:
    from .master import status
    report = status(args.workbook, today=args.today, due_soon=args.due_soon)
    for line in report.lines():
        print(line)
    return 0


def _days(s: str) -> int:
    import argparse
    try:
        n = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of days {s!r}: use a whole number, e.g. 7")
    if n < 0:
        raise argparse.ArgumentTypeError(f"invalid number of days {s!r}: use 0 or more")
    return n


def add_commands(sub, date_arg) -> None:
    sp = sub.add_parser("refresh", help="build or refresh the master workbook from notices")
    sp.add_argument("workbook", metavar="WORKBOOK", help="the master .xlsx (created if missing)")
    sp.add_argument("--notices", nargs="+", metavar="PATH", default=None,
                    help="notice files or folders (default: the folder set in sheet 'Cấu hình')")
    sp.add_argument("--today", type=date_arg, default=None, help="YYYY-MM-DD (default: today)")
    sp.add_argument("--due-soon", type=_days, default=None, metavar="DAYS",
                    help="days before a deadline that count as 'due soon' (stored in 'Cấu hình')")
    sp.set_defaults(func=cmd_refresh)

    sp = sub.add_parser("status", help="count tasks per agency and deadline class, overdue first")
    sp.add_argument("workbook", metavar="WORKBOOK")
    sp.add_argument("--today", type=date_arg, default=None, help="YYYY-MM-DD (default: today)")
    sp.add_argument("--due-soon", type=_days, default=None, metavar="DAYS")
    sp.set_defaults(func=cmd_status)
