"""The `panel` subcommand: build the control workbook `Bảng điều khiển.xlsm`; `cli.py` plugs it in."""
from __future__ import annotations


def cmd_panel(args) -> int:
    from .panel import build_panel
    summary = build_panel(args.panel, args.master, args.notices, args.out_dir, args.replies_dir,
                          today=args.today)
    for line in summary.lines():
        print(line)
    return 0


def add_command(sub, date_arg) -> None:
    sp = sub.add_parser(
        "panel", help="tạo bảng điều khiển Excel (.xlsm) có các nút chạy tbkl-xl",
        description="Tạo tệp Excel có macro (.xlsm) với các nút Cập nhật từ thông báo, Tô màu "
                    "thời hạn, Xuất báo cáo, Nhập phản hồi. Đường dẫn nằm trong thư mục của tệp "
                    ".xlsm được ghi dạng tương đối.")
    sp.add_argument("panel", metavar="PANEL.xlsm", help="tệp bảng điều khiển sẽ tạo (ghi đè nếu đã có)")
    sp.add_argument("--master", required=True, metavar="WORKBOOK.xlsx",
                    help="tệp theo dõi nhiệm vụ (có thể chưa có: nút Cập nhật sẽ tạo)")
    sp.add_argument("--notices", required=True, metavar="DIR", help="thư mục thông báo kết luận")
    sp.add_argument("--out-dir", default=None, metavar="DIR",
                    help="thư mục xuất báo cáo (mặc định: 'Báo cáo' cạnh bảng điều khiển)")
    sp.add_argument("--replies-dir", default=None, metavar="DIR",
                    help="thư mục phản hồi của các cơ quan (mặc định: 'Phản hồi' cạnh bảng điều khiển)")
    from .messages import cli as C
    sp.add_argument("--today", type=date_arg, default=None, metavar=C.METAVAR_DATE, help=C.HELP_TODAY)
    sp.set_defaults(func=cmd_panel)
