"""The `report`, `export`, `import-replies` and `remind` subcommands; `cli.py` plugs them in.
Argument parsing only: the work is done by `tbkl_xl.reports`."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from .messages import reports as M


def date_arg(s: str) -> date:
    """A date written YYYY-MM-DD or dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy)."""
    from .reports.replies import read_date
    try:
        return date.fromisoformat(s.strip())
    except ValueError:
        pass
    d, ok = read_date(s)
    if d is None or not ok:
        raise argparse.ArgumentTypeError(M.BAD_DATE.format(text=s))
    return d


def week_arg(s: str) -> date:
    from .reports.counting import parse_week
    try:
        return parse_week(s)
    except ValueError:
        raise argparse.ArgumentTypeError(M.BAD_WEEK.format(text=s))


def days_arg(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(M.BAD_DAYS.format(text=s))
    return n


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


TODAY_HELP = "ngày tính số liệu, YYYY-MM-DD hoặc dd/mm/yyyy (mặc định: hôm nay)"


def add_commands(sub) -> None:
    sp = sub.add_parser("report", help="báo cáo tuần: trang 'Báo cáo tuần' trong bảng theo dõi, "
                                       "tệp .xlsx có biểu đồ, .docx theo Nghị định 30 và .pdf")
    sp.add_argument("workbook", metavar="WORKBOOK", help="bảng theo dõi .xlsx")
    sp.add_argument("--today", type=date_arg, default=None, help=TODAY_HELP)
    sp.add_argument("--week", type=week_arg, default=None, metavar="2026-W23",
                    help="tuần báo cáo (mặc định: tuần chứa ngày --today)")
    sp.add_argument("--out", default=None, metavar="DIR",
                    help="thư mục ghi .xlsx, .docx, .pdf (không có: chỉ ghi trang trong bảng theo dõi)")
    sp.add_argument("--json", action="store_true",
                    help="in số liệu dạng JSON; không ghi gì vào bảng theo dõi")
    sp.set_defaults(func=cmd_report)

    sp = sub.add_parser("export", help="mỗi cơ quan một tệp .xlsx để in và điền phản hồi")
    sp.add_argument("workbook", metavar="WORKBOOK", help="bảng theo dõi .xlsx")
    sp.add_argument("--out", required=True, metavar="DIR", help="thư mục ghi các tệp")
    sp.add_argument("--agency", nargs="+", default=None, metavar="NAME",
                    help="chỉ các cơ quan này (tên cơ quan hoặc tên trang tính)")
    sp.add_argument("--today", type=date_arg, default=None, help=TODAY_HELP)
    sp.add_argument("--reply-by", type=date_arg, default=None, metavar="DATE",
                    help="hạn gửi lại tệp, ghi trong phần hướng dẫn của tệp")
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser("import-replies", help="nhập các tệp phản hồi của cơ quan vào bảng theo dõi")
    sp.add_argument("workbook", metavar="WORKBOOK", help="bảng theo dõi .xlsx")
    sp.add_argument("paths", nargs="+", metavar="FILES_OR_DIRS", help="tệp .xlsx hoặc thư mục chứa chúng")
    sp.add_argument("--today", type=date_arg, default=None, help=TODAY_HELP)
    sp.set_defaults(func=cmd_import)

    sp = sub.add_parser("remind", help="văn bản đôn đốc (.docx) cho cơ quan có nhiệm vụ quá hạn")
    sp.add_argument("workbook", metavar="WORKBOOK", help="bảng theo dõi .xlsx")
    sp.add_argument("--out", required=True, metavar="DIR", help="thư mục ghi các văn bản")
    sp.add_argument("--today", type=date_arg, default=None, help=TODAY_HELP)
    sp.add_argument("--reply-by", type=date_arg, default=None, metavar="DATE",
                    help="hạn báo cáo bằng văn bản (mặc định: sau 5 ngày làm việc)")
    sp.add_argument("--due-within", type=days_arg, default=None, metavar="DAYS",
                    help="cả nhiệm vụ đến hạn trong số ngày này")
    sp.add_argument("--agency", nargs="+", default=None, metavar="NAME",
                    help="chỉ các cơ quan này (tên cơ quan hoặc tên trang tính)")
    sp.set_defaults(func=cmd_remind)
