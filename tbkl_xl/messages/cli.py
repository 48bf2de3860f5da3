"""Messages of the command line (``tbkl-xl``): help, argparse's own words, errors and warnings,
the refresh summary, the status table and the parse table.

Vietnamese, as everything a clerk reads.  Tests assert these texts exactly, so a wording changes
here and nowhere else.  Messages with ``{…}`` are filled with ``.format``; the entries of
``ARGPARSE`` keep argparse's ``%`` placeholders.
"""
from __future__ import annotations

PROG = "tbkl-xl"

# ---------------------------------------------------------------- line prefixes (stderr)
ERROR = PROG + ": lỗi: {message}"
WARNING = PROG + ": cảnh báo: {message}"
INTERRUPTED = PROG + ": đã dừng theo yêu cầu (Ctrl+C)"
# a fault of the program itself (its details, in English, are printed above this line)
INTERNAL = (PROG + ": lỗi của chương trình, không phải của dữ liệu ({error}); gửi toàn bộ nội dung "
            "ở trên cho người phụ trách tbkl-xl")
# a warning about one file (or sheet) and an error about one file
ABOUT = "{source}: {message}"

# ---------------------------------------------------------------- grouped warnings
# Warnings of one kind (the same text, or a kind below) are shown as one line with their count;
# ``-v`` lists the files under it.
GROUP = "{count} tệp: {message}"
GROUP_DETAIL = "  {source}"
GROUP_DETAIL_MESSAGE = "  {source}: {message}"
SEE_DETAILS = PROG + ": chạy lại với -v (--verbose) để xem từng tệp"
# the refresh: another file (.docx, .pdf, .txt) of a notice read from a file before it
DUPLICATE_NOTICE = "cùng một thông báo với {first}; đã bỏ qua"
DUPLICATE_GROUP = "{count} tệp là bản khác (.docx, .pdf, .txt) của một thông báo đã đọc từ tệp khác; đã bỏ qua"
# a folder given on the command line that holds no notice file
EMPTY_FOLDER = "thư mục không có tệp thông báo nào (.docx, .pdf, .txt, .md)"

# ---------------------------------------------------------------- help
DESCRIPTION = ("Đọc thông báo kết luận (TB-UBND) và lập sổ theo dõi nhiệm vụ trong Excel: "
               "mỗi nhiệm vụ với cơ quan chủ trì, cơ quan phối hợp, thời hạn.")
EPILOG = """\
Ví dụ:
  tbkl-xl refresh theo_doi.xlsx --notices "Thong bao ket luan"
  tbkl-xl status theo_doi.xlsx --today 09/05/2026
  tbkl-xl parse thong_bao.docx

Hướng dẫn của từng lệnh: tbkl-xl LỆNH -h"""
COMMANDS_TITLE = "lệnh"
COMMANDS_METAVAR = "LỆNH"
HELP_VERSION = "in số phiên bản rồi thoát"
VERSION = PROG + " {version}"

HELP_PARSE = "đọc thông báo và liệt kê nhiệm vụ (không ghi vào sổ theo dõi)"
DESCRIPTION_PARSE = ("Đọc thông báo (.docx, .pdf, .txt, .md) và in từng nhiệm vụ: mục, cơ quan chủ "
                     "trì, thời hạn, nội dung. Không ghi gì vào sổ theo dõi.")
METAVAR_PATHS = "TỆP_HOẶC_THƯ_MỤC"
HELP_PATHS = "tệp thông báo, hoặc thư mục chứa thông báo (đọc cả thư mục con)"
HELP_JSON = "in kết quả dạng JSON thay cho bảng"

HELP_REFRESH = "lập hoặc cập nhật sổ theo dõi từ các thông báo"
DESCRIPTION_REFRESH = ("Lập sổ theo dõi (tệp .xlsx) hoặc cập nhật sổ đã có từ các thông báo. "
                       "Những gì cán bộ đã ghi vào sổ (trạng thái, kết quả, ghi chú) luôn được "
                       "giữ; trước khi ghi, sổ cũ được sao lưu vào thư mục backup/ bên cạnh.")
METAVAR_WORKBOOK = "SỔ_THEO_DÕI"
HELP_WORKBOOK_NEW = "tệp .xlsx của sổ theo dõi (chưa có thì tạo mới)"
HELP_WORKBOOK = "tệp .xlsx của sổ theo dõi"
METAVAR_NOTICES = "ĐƯỜNG_DẪN"
HELP_NOTICES = ("tệp hoặc thư mục thông báo (mặc định: thư mục ghi ở trang tính 'Cấu hình' "
                "của sổ)")
METAVAR_DAYS = "SỐ_NGÀY"
HELP_DUE_SOON_SET = ("còn từ 0 đến SỐ_NGÀY ngày là 'sắp đến hạn' (ghi vào trang tính 'Cấu hình'; "
                     "mặc định: 7)")
HELP_PROVINCE_SET = ("tỉnh của sổ: danh mục cơ quan, xã phường của tỉnh này được dùng (ghi vào trang "
                     "tính 'Cấu hình', dòng 'Tỉnh'; mặc định: tỉnh đã ghi ở đó)")
HELP_VERBOSE = "liệt kê từng tệp của mỗi cảnh báo (mặc định: mỗi loại một dòng, kèm số tệp)"

HELP_STATUS = "đếm nhiệm vụ theo cơ quan và theo hạn, cơ quan nhiều việc quá hạn lên đầu"
DESCRIPTION_STATUS = ("Đếm nhiệm vụ trong sổ theo dõi theo cơ quan chủ trì và theo hạn (quá hạn, "
                      "sắp đến hạn, …), tính cả những gì cán bộ vừa sửa. Không thay đổi sổ.")
HELP_DUE_SOON = ("còn từ 0 đến SỐ_NGÀY ngày là 'sắp đến hạn' (mặc định: số ngày ghi ở trang "
                 "tính 'Cấu hình')")

METAVAR_DATE = "NGÀY"
HELP_TODAY = "ngày dùng để tính hạn, dạng dd/mm/yyyy hoặc yyyy-mm-dd (mặc định: hôm nay)"

# ---------------------------------------------------------------- option values
DATE_INVALID = ("ngày không hợp lệ '{value}': ghi theo dạng dd/mm/yyyy (ví dụ 09/05/2026) "
                "hoặc yyyy-mm-dd (ví dụ 2026-05-09)")
DATE_NOT_IN_CALENDAR = ("ngày không có thật '{value}' ({reason}): ghi theo dạng dd/mm/yyyy "
                        "(ví dụ 09/05/2026) hoặc yyyy-mm-dd (ví dụ 2026-05-09)")
DATE_NO_MONTH = "không có tháng {month}"
DATE_NO_DAY = "tháng {month}/{year} không có ngày {day}"
DAYS_INVALID = "số ngày không hợp lệ '{value}': ghi một số nguyên, ví dụ 7"
DAYS_NEGATIVE = "số ngày không hợp lệ '{value}': ghi 0 hoặc số lớn hơn"

# ---------------------------------------------------------------- errors of the refresh
NO_NOTICES = ("chưa chỉ ra thông báo nào: ghi tệp hoặc thư mục thông báo sau --notices, hoặc "
              "ghi thư mục vào ô '{key}' ở trang tính '{sheet}' của {workbook}")
NO_WORKBOOK = "{path}: không có sổ theo dõi này; chạy 'tbkl-xl refresh' để lập sổ"
NO_FOLDER = "{path}: thư mục {folder} không tồn tại; tạo thư mục trước"
CANNOT_WRITE = ("{path}: không ghi được sổ theo dõi ({error}); kiểm tra quyền ghi vào thư mục "
                "và chỗ trống trên ổ đĩa")
CANNOT_HASH = ("không đọc được tệp ({error}); kiểm tra quyền đọc tệp và xem có chương trình nào "
               "khác đang giữ tệp không")

# ---------------------------------------------------------------- the refresh summary
SUM_WORKBOOK = "Sổ theo dõi: {path}"
SUM_WORKBOOK_CREATED = "Sổ theo dõi: {path} (tạo mới)"
SUM_FILES = "Tệp thông báo: {count} tệp ({parts})"
SUM_FILES_NONE = "Tệp thông báo: không có tệp nào"
SUM_FILES_READ = "{n} tệp đã đọc"
SUM_FILES_DUPLICATE = "{n} tệp là bản khác của một thông báo đã đọc, bỏ qua"
SUM_FILES_UNCHANGED = "{n} tệp không đổi từ lần cập nhật trước, không đọc lại"
SUM_FILES_FAILED = "{n} tệp lỗi, không đọc được"
SUM_NOTICES = "Thông báo: {n} thông báo mới hoặc có thay đổi đã đưa vào sổ"
SUM_NOTICES_NONE = "Thông báo: không có thông báo mới hoặc có thay đổi"
SUM_TASKS = "Nhiệm vụ: {total} nhiệm vụ trong sổ ({parts})"
SUM_TASKS_ADDED = "{n} thêm mới"
SUM_TASKS_UPDATED = "{n} cập nhật"
SUM_TASKS_VANISHED = "{n} không còn trong thông báo (vẫn giữ, đánh dấu '{mark}')"
SUM_TASKS_BY_HAND = "{n} do cán bộ thêm tay"
SUM_TASKS_RETIRED = "{n} dòng thêm tay đã bị xóa ở mọi trang, bỏ khỏi sổ"
SUM_TASKS_UNCHANGED = "lần này không thay đổi"
SUM_AGENCIES = "Cơ quan: {n} cơ quan có trang tính riêng"
SUM_EDITS = "Ô cán bộ đã sửa: {parts}"
SUM_EDITS_KEPT = "{n} ô được ghi nhận"
SUM_EDITS_CONFLICTS = ("{n} ô sửa khác nhau ở hai nơi (giữ giá trị ở trang cơ quan, xem trang "
                       "tính '{log}')")
SUM_EDITS_PARSE_CONFLICTS = ("{n} ô cán bộ đã hiệu đính nhưng thông báo mới ghi khác (giữ giá trị của "
                             "cán bộ, đánh dấu ở cột 'Cần kiểm tra')")
SUM_EDITS_COPIED = ("{n} dòng chép trùng Mã NV của một nhiệm vụ (giữ thành dòng thêm tay, xem trang "
                    "tính '{log}')")
SUM_EDITS_CORRECTED = "trong đó {n} ô hiệu đính cột do máy đọc (giữ giá trị của cán bộ qua mọi lần cập nhật)"
SUM_EDITS_IGNORED = "{n} ô sửa ở cột của thông báo hoặc ô Cần kiểm tra, không được giữ (xem trang tính '{log}')"
SUM_REREAD = "Sổ được người khác lưu trong lúc cập nhật: đã đọc lại và gộp lại {n} lần (không mất gì)"
SUM_BACKUP = "Bản sao lưu: {path}"
SUM_NOT_WRITTEN = "Không có gì thay đổi: sổ theo dõi không phải ghi lại"
PARTS = "; "

# ---------------------------------------------------------------- the status table
STATUS_HEAD = ("{workbook}: {total} nhiệm vụ, tính đến ngày {today} ('sắp đến hạn' = còn từ 0 "
               "đến {days} ngày)")
STATUS_AGENCY = "Cơ quan"
STATUS_TOTAL = "Tổng"
STATUS_ALL = "Tổng cộng"
STATUS_STATES = "Trạng thái: {states}"
STATUS_STATE = "{state}: {n}"
STATUS_NO_STATES = "Trạng thái: -"
STATUS_VANISHED = "{n} nhiệm vụ không còn trong thông báo (vẫn giữ, đánh dấu '{mark}')"

# ---------------------------------------------------------------- the parse table
TABLE_NUMBER = "Số"
TABLE_NO_NUMBER = "(chưa có số)"
TABLE_ISSUED = "Ngày"
TABLE_MEETING = "Họp/kiểm tra"
TABLE_ID = "Mã"
TABLE_LEADER = "Chủ trì"
TABLE_SIGNER = "Ký"
TABLE_TASKS = "Nhiệm vụ"
TABLE_SECTION = "Mục"
TABLE_LEAD = "Chủ trì"
TABLE_DEADLINE = "Thời hạn"
TABLE_TEXT = "Nội dung"
TABLE_NO_LEAD = "(chưa rõ)"
TABLE_UNKNOWN = "?"
TABLE_REVIEW = " [!]"
TABLE_WARNING = "  ! {message}"

# ---------------------------------------------------------------- argparse's own words
# Every text argparse passes through gettext (Python 3.10 to 3.13), in Vietnamese.  The test
# reads argparse's source and checks that each of its texts has an entry here.
ARGPARSE = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": HELP_VERSION,
    "subcommands": COMMANDS_TITLE,
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn %(option)s chưa rõ: có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng được với %s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị (%r)",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "option %(option)s is deprecated": "tùy chọn %(option)s sắp bỏ",
    "argument %(argument_name)s is deprecated": "tham số %(argument_name)s sắp bỏ",
    "command '%(parser_name)s' is deprecated": "lệnh '%(parser_name)s' sắp bỏ",
    # mistakes in the program itself, never caused by what a user types
    ".__call__() not defined": ".__call__() chưa được định nghĩa",
    "conflicting subparser: %s": "trùng lệnh con: %s",
    "conflicting subparser alias: %s": "trùng tên khác của lệnh con: %s",
    'argument "-" with mode %r': 'tham số "-" với chế độ %r',
    "cannot merge actions - two groups are named %r": "không gộp được: hai nhóm cùng tên %r",
    "'required' is an invalid argument for positionals": "'required' không dùng cho tham số vị trí",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "tùy chọn %(option)r không hợp lệ: phải bắt đầu bằng ký tự %(prefix_chars)r",
    "dest= is required for options like %r": "cần dest= cho tùy chọn như %r",
    "invalid conflict_resolution value: %r": "giá trị conflict_resolution không hợp lệ: %r",
    "conflicting option string: %s": "trùng tùy chọn: %s",
    "conflicting option strings: %s": "trùng tùy chọn: %s",
    "mutually exclusive arguments must be optional": "tham số loại trừ nhau phải là tùy chọn",
    "cannot have multiple subparser arguments": "không thể có nhiều nhóm lệnh con",
    "%r is not callable": "%r không gọi được",
}
