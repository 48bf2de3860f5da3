"""Messages: parse (see tbkl_xl.messages).

What the parser tells a clerk: the reasons written into a task's ``needs_review`` (the
``Cần kiểm tra`` column), the warnings on a notice, and the per-file limits.  Tests assert
them exactly, so change a wording here and nowhere else.  Messages with ``{…}`` are filled with
``.format``.
"""
from __future__ import annotations

# ---------------------------------------------------------------- per-file limits
FILE_TOO_LARGE = ("tệp quá lớn ({size}, giới hạn {limit}), một thông báo thường chỉ vài trăm KB; "
                  "kiểm tra đây có đúng là tệp thông báo không, nếu tệp gộp nhiều văn bản thì tách "
                  "thành từng văn bản rồi thử lại")
DOCX_TOO_LARGE = ("tệp .docx khi giải nén lên tới {size} (giới hạn {limit}) nên không được mở, "
                  "có thể tệp bị hỏng hoặc không phải văn bản Word thông thường; mở tệp bằng Word, "
                  "lưu lại thành .docx (bỏ bớt hình ảnh nếu có) rồi thử lại, hoặc xin bản khác từ nơi gửi")
TIME_LIMIT = ("đọc tệp quá {limit} giây nên đã dừng để các tệp khác được xử lý tiếp; kiểm tra đây có "
              "đúng là một thông báo không, nếu tệp gộp nhiều văn bản thì tách thành từng văn bản rồi thử lại")

# ---------------------------------------------------------------- province setting
PROVINCE_UNKNOWN = ("'{name}' không phải tên một tỉnh, thành phố của Việt Nam; ghi tên tỉnh đúng như "
                    "danh sách tỉnh, thành phố (ví dụ: {example}); các tỉnh đã có danh mục cơ quan: {have}")

# ---------------------------------------------------------------- review reasons (Cần kiểm tra)
NO_LEAD = "chưa xác định được cơ quan chủ trì"
EVENT_DEADLINE = "thời hạn gắn với một sự kiện ('{event}'), không có ngày cụ thể: nhập ngày bằng tay"
RECURRING_WITHOUT_DAY = "báo cáo định kỳ '{text}' không ghi ngày gửi: nhập hạn bằng tay nếu cần"
DEADLINE_NEEDS_ISSUE_DATE = "thời hạn '{text}' tính từ ngày ban hành, nhưng văn bản chưa ghi ngày ban hành"
DEADLINE_FROM_AN_EVENT = ("thời hạn '{text}' tính từ một mốc mà văn bản không ghi ngày: nhập ngày bằng tay khi "
                          "biết mốc đó")
DEADLINE_INFERRED = "thời hạn được suy ra: {why}"
DEADLINE_WITHOUT_LEAD = ("thời hạn '{text}' ({date}) chưa gắn với cơ quan chủ trì nào: xác định cơ quan rồi "
                         "nhập ngày bằng tay")
DEADLINE_BEFORE_NOTICE = "thời hạn {date} sớm hơn ngày của văn bản"
# the reasons above that are about a task's time (a task split off its dated clause keeps none of them)
TIME_REASONS = (EVENT_DEADLINE, RECURRING_WITHOUT_DAY, DEADLINE_NEEDS_ISSUE_DATE, DEADLINE_FROM_AN_EVENT,
                DEADLINE_INFERRED, DEADLINE_WITHOUT_LEAD, DEADLINE_BEFORE_NOTICE)


def is_time_reason(reason: str) -> bool:
    """Whether a review reason is one of TIME_REASONS, filled in ("thời hạn gắn với một sự kiện (…)…")."""
    return reason.startswith(tuple(m.split("{", 1)[0] for m in TIME_REASONS))


LOW_CONFIDENCE = "cơ quan '{written}' được hiểu là '{name}', chưa chắc chắn"
LEAD_FROM_HEADING = "cơ quan chủ trì lấy theo đề mục: «{words}»"
LEAD_FROM_INTRODUCTION = "cơ quan chủ trì lấy theo câu dẫn: «{words}»"
LEAD_FROM_LETTER = "cơ quan chủ trì lấy theo phần Kính gửi của văn bản: «{words}»"
LEAD_FROM_ITEMS = "cơ quan chủ trì là các cơ quan được giao ở các mục trên"
LEAD_FROM_NAMED_BEFORE = "cơ quan chủ trì là các đơn vị nêu ở đoạn trên: «{words}»"

# ---------------------------------------------------------------- notice warnings
NO_TASK = "không tìm thấy nhiệm vụ nào trong văn bản này"

# ---------------------------------------------------------------- how a deadline was read
# (Deadline.note; shown after DEADLINE_INFERRED when the date was inferred)
N_YEAR_FROM_NOTICE = "không ghi năm: lấy năm của ngày ban hành"
N_DATE_REPLACED = "hai ngày liền nhau ({old} {new}, bản dự thảo bị mất dấu gạch bỏ): lấy ngày sau"
N_YEAR_AFTER_NOTICE = "không ghi năm: lấy năm sau (ngày đó đã qua khi ban hành)"
N_YEAR_FROM_DATE = "không ghi năm: lấy năm của ngày {date} (văn bản chưa ghi ngày ban hành)"
N_YEAR_AFTER_DATE = "không ghi năm: lấy năm sau ngày {date} (văn bản chưa ghi ngày ban hành)"
N_YEAR_FROM_NOTICE_YEAR = "không ghi năm: lấy năm ghi trên văn bản"
N_YEAR_FROM_SENTENCE = "không ghi năm: lấy năm {year} mà câu nêu (văn bản chưa ghi ngày ban hành)"
N_YEAR_FROM_NEARBY = "không ghi năm: lấy năm của ngày {date} ghi gần đó (văn bản chưa ghi ngày ban hành)"
N_YEAR_UNKNOWN = "không ghi năm và văn bản chưa có ngày ban hành"
N_TIME_OF_DAY = "giờ: {time}"
N_EVENT_DAY = "ngày diễn ra sự kiện mà nhiệm vụ phải kịp phục vụ"
N_YEARLY_BY = "hằng năm trước ngày {day}"
N_NEXT_AFTER_NOTICE = "lần tới sau ngày ban hành"
N_NEXT_AFTER_DATE = "lần tới sau ngày {date} (văn bản chưa ghi ngày ban hành)"
N_NEXT_IN_NOTICE_YEAR = "chưa có ngày ban hành, lấy trong năm ghi trên văn bản"
N_NOTICE_DATE_UNKNOWN = "văn bản chưa có ngày ban hành"
N_BEFORE_PERIOD = "trước kỳ đó: hạn là ngày cuối của kỳ liền trước"
N_TARGET_YEAR = "năm mục tiêu: {what}"
N_EVERY = {"quarter": "hằng quý", "month": "hằng tháng", "year": "hằng năm", "half_year": "định kỳ 6 tháng"}
N_RECURRING_NO_DAY = "{rule}: văn bản không ghi ngày gửi, nhập hạn bằng tay nếu cần"
N_QUARTERLY_BY = "hằng quý trước ngày {day} của tháng cuối quý: lần tới"
N_MONTHLY_BY = "hằng tháng trước ngày {day}: lần tới"
N_WEEKLY_BY = "hằng tuần vào {day}: nhập hạn bằng tay nếu cần"
N_RHYTHM_FROM = "văn bản ghi bắt đầu từ {start}: lần đầu từ ngày đó"
N_COUNTED_FROM_ISSUE_UNKNOWN = "văn bản chưa có ngày ban hành: tính từ ngày {date}"
N_COUNTED_FROM_YEAR_START = "văn bản chưa có ngày ban hành: tính từ 1/1 của năm ghi trên văn bản"
N_WEEK_UNKNOWN = "cuối tuần ban hành văn bản: văn bản chưa có ngày ban hành"
N_WEEK = "cuối tuần làm việc của ngày ban hành"
N_HALF_MONTH = "nửa đầu tháng: ngày 15"
N_WEEK_OF_MONTH = "tuần thứ {n} của tháng: ngày {day}"
N_THIS_PERIOD = "hết {period} ban hành văn bản"
N_THIS_PERIOD_UNKNOWN = "hết {period} ban hành văn bản: văn bản chưa có ngày ban hành"
N_DAY_THIS_MONTH = "ngày {day} của tháng {which} (tính từ ngày ban hành văn bản)"
N_DAY_THIS_MONTH_UNKNOWN = "ngày {day} của tháng {which}: văn bản chưa có ngày ban hành"
N_FROM_DATE_STATED = "tính từ ngày ghi trong câu"
N_FROM_RECEIPT = "tính từ khi nhận được văn bản: không có ngày cố định"
N_FROM_EVENT = "tính từ một sự việc, không phải từ ngày ban hành: không có ngày cố định"
N_ISSUE_DATE_UNKNOWN = "văn bản chưa có ngày ban hành"
N_PER_CASE = "thời gian cho từng hồ sơ, từng việc (hoặc độ dài một hoạt động): không có ngày cố định"
N_MONTHS = "{n} tháng"
N_WORKING_DAYS = "{n} ngày làm việc"
N_CALENDAR_DAYS = "{n} ngày"
N_COUNTED = "{rule} kể từ ngày {date}"
N_COUNTED_BACK = "{rule} {way} ngày {date} của sự kiện nêu trong câu"

# ---------------------------------------------------------------- the Cơ quan sheet (names staff add)
SHEET_MAY_NAME = "Sheet Cơ quan, dòng {row}: '{name}' có thể là {names}; bỏ qua dòng này"
SHEET_ALIAS_TAKEN = "Sheet Cơ quan, dòng {row}: tên '{alias}' đã là tên của '{owner}'; bỏ qua"
SHEET_CODE_TAKEN = "Sheet Cơ quan, dòng {row}: mã '{code}' đã dùng cho '{owner}'; bỏ qua"
SHEET_SUCCESSOR_UNKNOWN = "Sheet Cơ quan, dòng {row}: cơ quan kế thừa '{successor}' không có trong danh mục; bỏ qua"
SHEET_CODE_BAD = "Sheet Cơ quan, dòng {row}: mã '{code}' {problem}"
SHEET_KEPT = "giữ mã cũ '{code}'"
SHEET_SKIPPED = "bỏ qua"
CODE_TOO_LONG = "dài quá {n} ký tự (tên sheet Excel tối đa {n} ký tự)"
CODE_BAD_CHAR = "có ký tự '{ch}', không dùng được trong tên sheet"
CODE_EDGES = "bắt đầu hoặc kết thúc bằng dấu cách hoặc dấu nháy"

# ---------------------------------------------------------------- command line (tbkl-xl parse --province)
METAVAR_PROVINCE = "TỈNH"
HELP_PROVINCE = "tỉnh ban hành văn bản, ví dụ \"Hòa Bình\" (không ghi: tỉnh mặc định đã cài đặt)"
