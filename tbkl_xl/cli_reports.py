"""The `report`, `export`, `import-replies` and `remind` subcommands; `cli.py` plugs them in.
Argument parsing only: the work is done by `tbkl_xl.reports`."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from .messages import reports as M


def week_arg(s: str) -> date:
    from .reports.counting import parse_week
    try:
        return parse_week(s)
    except ValueError:
        raise argparse.ArgumentTypeError(M.BAD_WEEK.format(text=s))


def _today(args) -> date:
    return args.today or date.today()


def cmd_report(args) -> int:
    from .reports import weekly_report
    s = weekly_report(args.workbook, today=_today(args), week_monday=args.week, out=args.out,
                      write_master=not args.json)
    if args.json:
        sys.stdout.write(json.dumps(s.as_json(), ensure_ascii=False, indent=1) + "\n")
    else:
        print("\n".join(s.lines()))
    return 0


def cmd_export(args) -> int:
    from .reports import export_agency_files
    s = export_agency_files(args.workbook, args.out, today=_today(args), agencies=args.agency,
                            reply_by=args.reply_by)
    print("\n".join(s.lines()))
    return 0


def cmd_import(args) -> int:
    from .reports import import_replies
    s = import_replies(args.workbook, args.paths, today=_today(args))
    print("\n".join(s.lines()))
    return 1 if s.rejected else 0


def cmd_remind(args) -> int:
    from .reports import remind
    s = remind(args.workbook, args.out, today=_today(args), reply_by=args.reply_by,
               due_within=args.due_within, agencies=args.agency)
    print("\n".join(s.lines()))
    return 0


def add_commands(sub) -> None:
    from .cli import add_today, date_arg, days_arg
    from .messages import cli as C
    wb = dict(metavar=C.METAVAR_WORKBOOK, help=C.HELP_WORKBOOK)

    sp = sub.add_parser("report", help=M.HELP_REPORT, description=M.DESCRIPTION_REPORT)
    sp.add_argument("workbook", **wb)
    add_today(sp)
    sp.add_argument("--week", type=week_arg, default=None, metavar=M.METAVAR_WEEK, help=M.HELP_WEEK)
    sp.add_argument("--out", default=None, metavar=M.METAVAR_DIR, help=M.HELP_REPORT_OUT)
    sp.add_argument("--json", action="store_true", help=M.HELP_REPORT_JSON)
    sp.set_defaults(func=cmd_report)

    sp = sub.add_parser("export", help=M.HELP_EXPORT, description=M.DESCRIPTION_EXPORT)
    sp.add_argument("workbook", **wb)
    sp.add_argument("--out", required=True, metavar=M.METAVAR_DIR, help=M.HELP_OUT)
    sp.add_argument("--agency", nargs="+", default=None, metavar=M.METAVAR_AGENCY, help=M.HELP_AGENCY)
    add_today(sp)
    sp.add_argument("--reply-by", type=date_arg, default=None, metavar=C.METAVAR_DATE,
                    help=M.HELP_EXPORT_REPLY_BY)
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser("import-replies", help=M.HELP_IMPORT, description=M.DESCRIPTION_IMPORT)
    sp.add_argument("workbook", **wb)
    sp.add_argument("paths", nargs="+", metavar=C.METAVAR_PATHS, help=M.HELP_REPLY_FILES)
    add_today(sp)
    sp.set_defaults(func=cmd_import)

    sp = sub.add_parser("remind", help=M.HELP_REMIND, description=M.DESCRIPTION_REMIND)
    sp.add_argument("workbook", **wb)
    sp.add_argument("--out", required=True, metavar=M.METAVAR_DIR, help=M.HELP_OUT)
    add_today(sp)
    sp.add_argument("--reply-by", type=date_arg, default=None, metavar=C.METAVAR_DATE,
                    help=M.HELP_REMIND_REPLY_BY)
    sp.add_argument("--due-within", type=days_arg, default=None, metavar=C.METAVAR_DAYS,
                    help=M.HELP_DUE_WITHIN)
    sp.add_argument("--agency", nargs="+", default=None, metavar=M.METAVAR_AGENCY, help=M.HELP_AGENCY)
    sp.set_defaults(func=cmd_remind)
