"""Messages: reports (see tbkl_xl.messages).

The weekly report, the per-agency files, importing the replies and the reminder letters: what
the documents say, what the clerk reads in the CLI and the Excel panel, the notes of
``Nhật ký``.  Texts with ``{…}`` are filled with ``.format``.
"""
from __future__ import annotations

# ---------------------------------------------------------------- the office (defaults)
PROVINCE_DEFAULT = "Lạng Sơn"
PARENT = "UBND TỈNH {province}"
ISSUER = "VĂN PHÒNG"
OFFICE = "Văn phòng UBND tỉnh"
SIGNER = "CHÁNH VĂN PHÒNG"
REPORT_NUMBER = "Số:          /BC-VP"
LETTER_NUMBER = "Số:          /VP-TH"

# ---------------------------------------------------------------- master: sheet and log
REPORT_SHEET = "Báo cáo tuần"
LOG_REPLY = "phản hồi của cơ quan"
LOG_REPLY_CONFLICT = ("xung đột: giá trị trong bảng đã sửa sau khi xuất tệp, được giữ; giá trị "
                      "cơ quan gửi lại ghi ở cột Giá trị mới, chưa nhập")
LOG_REPLY_HELD = ("chưa nhập: Trạng thái và Ngày hoàn thành của dòng này đi cùng nhau, mà cột kia "
                  "đang xung đột; giá trị cơ quan gửi lại ghi ở cột Giá trị mới")
MASTER_WRITE_FAILED = ("{path}: không ghi được sổ theo dõi ({error}); kiểm tra thư mục có cho "
                       "ghi và ổ đĩa còn chỗ, rồi chạy lại")
SHEET_NOT_OURS = ("không thể thay trang tính '{name}': đó là trang của sổ theo dõi hoặc tên "
                  "không hợp lệ")

# ---------------------------------------------------------------- weekly report: words
NOTICE_DRAFT = "Dự thảo"
NOTICE_DRAFT_MEETING = "Dự thảo (họp ngày {day})"
NO_DEADLINE_CELL = "Không có thời hạn"
EXTENDED_FROM = "(gia hạn, hạn cũ {date})"
ON_TIME = "Đúng hạn"
LATE_BY = "Quá hạn {n} ngày"
NEWLY_OVERDUE = "Mới quá hạn"
NEWLY_DONE = "Mới hoàn thành"
TOTAL_ROW = "Tổng cộng"
AGENCY_COUNT = "{agency}: {n} nhiệm vụ"

COL_AGENCY = "Cơ quan chủ trì"
COL_TOTAL = "Tổng số"
COL_TEXT = "Nội dung nhiệm vụ"
COL_NOTICE = "Văn bản giao"
COL_DEADLINE = "Thời hạn"
COL_DAYS_OVERDUE = "Số ngày quá hạn"
COL_DAYS_LEFT = "Còn (ngày)"
COL_DONE_DATE = "Ngày hoàn thành"
COL_JUDGE = "Đánh giá"
COL_CHANGE = "Thay đổi"
COL_FLAG = "Cần bổ sung"
COL_ON_TIME_RATE = "Tỷ lệ đúng hạn (%)"
COL_DONE_RATE = "Tỷ lệ hoàn thành (%)"
COL_ID = "Mã nhiệm vụ"

# column headers of the per-agency table, by counting category
SHORT = {"done_on_time": "Hoàn thành đúng hạn", "done_late": "Hoàn thành quá hạn",
         "done_undated": "Hoàn thành, chưa ghi ngày", "open_in_time": "Đang thực hiện trong hạn",
         "open_overdue": "Quá hạn chưa hoàn thành", "no_deadline": "Không có thời hạn",
         "dropped": "Không thực hiện"}

# the same, short, for the narrow columns of the report's .docx table (explained under it)
TINY = {"done_on_time": "HT đúng hạn", "done_late": "HT quá hạn", "done_undated": "HT chưa ghi ngày",
        "open_in_time": "Đang làm trong hạn", "open_overdue": "Quá hạn chưa HT",
        "no_deadline": "Không có hạn", "dropped": "Không thực hiện"}
TINY_RATE = "Tỷ lệ đúng hạn (%)"
TINY_NOTE = "Ghi chú: HT: hoàn thành."

REPORT_TITLE = "BÁO CÁO"
REPORT_SUBJECT_1 = "Tình hình thực hiện nhiệm vụ do Chủ tịch, các Phó Chủ tịch UBND tỉnh giao"
REPORT_SUBJECT_2 = "tại các thông báo kết luận (tuần từ ngày {start} đến ngày {end})"
REPORT_OPENING = ("Thực hiện nhiệm vụ theo dõi, đôn đốc việc thực hiện kết luận của Chủ tịch, các "
                  "Phó Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh báo cáo tình hình thực hiện các "
                  "nhiệm vụ được giao, số liệu tính đến ngày {today}, như sau:")
REPORT_CLOSING = "Văn phòng UBND tỉnh báo cáo Chủ tịch, các Phó Chủ tịch UBND tỉnh./."
REPORT_RECIPIENTS = ("Chủ tịch, các PCT UBND tỉnh (b/c)", "CVP, các PCVP UBND tỉnh",
                     "Các phòng chuyên môn thuộc VP", "Lưu: VT, TH")

S_GENERAL = "TÌNH HÌNH CHUNG"
S_BY_AGENCY = "KẾT QUẢ THỰC HIỆN THEO CƠ QUAN CHỦ TRÌ"
S_OVERDUE = "NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH"
S_DUE = "NHIỆM VỤ ĐẾN HẠN TỪ NGÀY {start} ĐẾN NGÀY {end}"
S_DONE_WEEK = "NHIỆM VỤ HOÀN THÀNH TRONG TUẦN (TỪ NGÀY {start} ĐẾN NGÀY {end})"
S_NEW_WEEK = "NHIỆM VỤ MỚI GIAO TRONG TUẦN"
S_VS_PREVIOUS = "SO VỚI BÁO CÁO TUẦN TRƯỚC"
S_FLAGGED = "NHIỆM VỤ CẦN BỔ SUNG THÔNG TIN"
S_PROPOSAL = "KIẾN NGHỊ"

GENERAL_TOTAL = ("Tổng số nhiệm vụ đang theo dõi: {n} nhiệm vụ, giao tại {notices} thông báo kết "
                 "luận; trong đó:")
B_DONE = ("Đã hoàn thành: {n} nhiệm vụ (đúng hạn: {on_time}; quá hạn: {late}; chưa ghi ngày hoàn "
          "thành: {undated}; không có thời hạn: {nd})")
B_OPEN_IN_TIME = "Đang thực hiện, còn trong hạn: {n} nhiệm vụ"
B_OVERDUE = "Quá hạn, chưa hoàn thành: {n} nhiệm vụ"
B_NO_DEADLINE = "Không có thời hạn, chưa hoàn thành: {n} nhiệm vụ"
B_DROPPED = "Không thực hiện (tính riêng, không tính vào tỷ lệ): {n} nhiệm vụ"
RATE_ON_TIME = ("Tỷ lệ hoàn thành đúng hạn: {rate}% (số nhiệm vụ hoàn thành đúng hạn / số nhiệm "
                "vụ đã đến hạn, tức đã hoàn thành hoặc đã quá hạn: {done}/{due}).")
RATE_DONE = ("Tỷ lệ hoàn thành: {rate}% (số nhiệm vụ đã hoàn thành / tổng số nhiệm vụ, không tính "
             "nhiệm vụ không thực hiện: {done}/{base}).")
WEEK_LINE = ("Trong tuần: hoàn thành {done} nhiệm vụ (đúng hạn {on_time}, quá hạn {late}); giao mới "
             "{new} nhiệm vụ; {due} nhiệm vụ đến hạn từ nay đến hết tuần sau.")
VS_PREVIOUS = ("So với báo cáo tuần {week} (số liệu ngày {day}): {overdue} nhiệm vụ mới quá hạn, "
               "{done} nhiệm vụ mới hoàn thành.")
NO_PREVIOUS = "Chưa có báo cáo tuần trước để so sánh."
VANISHED_NOTE = ("{n} nhiệm vụ không còn trong thông báo (thông báo đã được thay thế hoặc sửa) "
                 "không được tính.")
BY_AGENCY_NOTE = ("Nhiệm vụ giao chung cho nhiều cơ quan được tính cho từng cơ quan; dòng Tổng "
                  "cộng tính mỗi nhiệm vụ một lần. Tỷ lệ đúng hạn = hoàn thành đúng hạn / nhiệm vụ "
                  "đã đến hạn.")
OVERDUE_INTRO = ("Có {n} nhiệm vụ quá hạn chưa hoàn thành, xếp theo cơ quan chủ trì, nhiệm vụ "
                 "quá hạn lâu nhất trước:")
NONE_OVERDUE = "Không có nhiệm vụ quá hạn chưa hoàn thành."
NONE_DUE = "Không có nhiệm vụ đến hạn trong thời gian này."
NONE_DONE_WEEK = "Trong tuần không có nhiệm vụ hoàn thành."
NONE_NEW_WEEK = "Trong tuần không có nhiệm vụ mới được giao."
FLAGGED_INTRO = ("Các nhiệm vụ sau thiếu thông tin để đánh giá; đề nghị cán bộ theo dõi bổ sung "
                 "trên sổ theo dõi:")
FLAG_UNDATED = "Đã hoàn thành nhưng chưa ghi ngày hoàn thành"
FLAG_TYPED_DEADLINE = "Thời hạn ghi là \"{text}\", không phải ngày"
PROPOSAL = ("Đề nghị Chủ tịch UBND tỉnh chỉ đạo các cơ quan có nhiệm vụ quá hạn ({list}) khẩn "
            "trương thực hiện, báo cáo kết quả về UBND tỉnh (qua Văn phòng UBND tỉnh); Văn phòng "
            "UBND tỉnh tiếp tục theo dõi, đôn đốc.")
PROPOSAL_NONE = ("Văn phòng UBND tỉnh tiếp tục theo dõi, đôn đốc các cơ quan thực hiện các "
                 "nhiệm vụ đúng thời hạn.")

# report sheet (master) and standalone workbook
SHEET_TITLE = "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ - TUẦN {week}"
SHEET_SUBTITLE = "Từ ngày {start} đến ngày {end}; số liệu tính đến ngày {today}"
CHART_OVERDUE = "Nhiệm vụ quá hạn chưa hoàn thành theo cơ quan"
CHART_STATUS = "Tình hình thực hiện theo cơ quan"
CHART_AXIS_TASKS = "Số nhiệm vụ"
CHART_NONE = "Không có nhiệm vụ quá hạn."

# ---------------------------------------------------------------- per-agency files
EXPORT_SHEET = "Nhiệm vụ"
EXPORT_TITLE = "DANH MỤC NHIỆM VỤ DO UBND TỈNH GIAO - {agency}"
EXPORT_SUBTITLE = "Nhiệm vụ theo dõi đến ngày {today} (kèm theo tệp của Văn phòng UBND tỉnh)"
EXPORT_HOWTO = (
    "Hướng dẫn: đơn vị chỉ cập nhật 4 cột có nền vàng: Trạng thái (chọn trong danh sách), "
    "Ngày hoàn thành (dd/mm/yyyy), Kết quả thực hiện, Ghi chú. Không sửa các cột khác, không "
    "thêm, xóa, di chuyển dòng hoặc cột, không đổi tên trang tính. Lưu tệp và gửi lại Văn phòng "
    "UBND tỉnh{by}.")
EXPORT_HOWTO_BY = " trước ngày {date}"
EXPORT_FOOTER = "Trang &P/&N"
COL_STT = "STT"
COL_SUPPORT = "Cơ quan phối hợp"
COL_DEADLINE_TEXT = "Thời hạn theo thông báo"
COL_SITUATION = "Tình hình (đến {today})"
SITUATION_OVERDUE = "Quá hạn {n} ngày"
SITUATION_LEFT = "Còn {n} ngày"
SITUATION_TODAY = "Đến hạn hôm nay"
SITUATION_DONE = "Đã hoàn thành"
SITUATION_DROPPED = "Không thực hiện"
STATUS_PROMPT_TITLE = "Trạng thái"
STATUS_PROMPT = "Chọn trong danh sách"
STATUS_ERROR = "Chọn một giá trị trong danh sách: Chưa thực hiện, Đang thực hiện, Đã hoàn thành, Không thực hiện"
DATE_PROMPT_TITLE = "Ngày hoàn thành"
DATE_PROMPT = "Nhập ngày dạng dd/mm/yyyy, ví dụ 05/06/2026"
DATE_ERROR = "Nhập một ngày dạng dd/mm/yyyy, ví dụ 05/06/2026"

# ---------------------------------------------------------------- importing replies
R_NOT_FOUND = "không có tệp này; kiểm tra đường dẫn và tên tệp"
R_NOT_XLSX = ("không phải tệp Excel .xlsx (hoặc tệp bị hỏng); dùng đúng tệp đã gửi cho đơn vị, "
              "nếu đơn vị lưu dạng khác thì mở tệp và lưu lại dạng .xlsx")
R_OTHER_FORMAT = ("tệp dạng {ext}, không phải .xlsx (đơn vị đã lưu tệp dạng khác): mở tệp bằng Excel "
                  "hoặc LibreOffice, chọn Lưu thành (Save As) dạng Excel Workbook (.xlsx), rồi "
                  "nhập tệp .xlsx đó")
R_NOT_OURS = ("không phải tệp phản hồi do sổ theo dõi xuất ra (không có phần nhận dạng ẩn); "
              "chỉ nhập được tệp đã gửi cho đơn vị bằng lệnh xuất")
R_OTHER_MASTER = ("tệp được xuất từ một sổ theo dõi khác (mã {theirs}, sổ này mã {ours}); "
                  "nhập tệp vào đúng sổ theo dõi đã xuất ra nó")
R_UNKNOWN_EXPORT = ("sổ theo dõi không có lần xuất ngày {day} ghi trong tệp (có thể bảng đã "
                    "được khôi phục từ bản sao lưu cũ hơn); xuất lại tệp cho {agency} và gửi lại")
R_OLDER = ("tệp xuất ngày {day} cho {agency} đã có tệp mới hơn (xuất ngày {newer}): vẫn nhận những ô "
           "đơn vị đã sửa mà sổ chưa đổi kể từ ngày xuất; ô sổ đã đổi được giữ và ghi là xung đột")
SUM_OLDER = "Tệp cũ {file}: {note}"
R_SUPERSEDED = ("tệp xuất ngày {day} cho {agency} đã quá cũ (sau nó đã có nhiều lần xuất mới hơn, mới nhất "
                "ngày {newer}): sổ không còn giữ những gì tệp này đã gửi; đề nghị đơn vị cập nhật vào tệp mới "
                "rồi gửi lại")
EXPORT_AT = "{day} lúc {time}"
R_NO_SHEET = ("không tìm thấy trang tính '{sheet}' (tệp có: {have}); đổi tên trang tính lại "
              "thành '{sheet}' hoặc dùng tệp gốc")
R_COLUMNS = ("cột {col} phải là '{want}' nhưng là '{got}': các cột đã bị thêm, xóa hoặc di "
             "chuyển; dùng tệp gốc và chỉ điền các cột có nền vàng")
R_MERGED = ("có ô gộp {cells} trong bảng nhiệm vụ; bỏ gộp ô (Merge & Center) rồi gửi lại, "
            "mỗi nhiệm vụ một dòng")
R_EMPTY_SOURCE = "không có tệp .xlsx nào trong thư mục"
ROW_UNKNOWN_ID = "mã nhiệm vụ không có trong lần xuất này (dòng bị thêm hoặc mã bị sửa)"
ROW_DUPLICATE = ("nhiệm vụ có ở nhiều dòng của tệp (dòng {rows}: dòng đã bị chép); ghi kết quả vào "
                 "một dòng, xóa dòng chép rồi gửi lại: không nhập các dòng này")
ROW_NO_ID = "dòng không có mã nhiệm vụ ẩn (dòng bị thêm vào): không nhập"
ROW_TAMPERED = "nội dung các cột khóa đã bị sửa sau khi xuất ({cols}): không nhập dòng này"
ROW_BAD_DATE = "Ngày hoàn thành '{text}' không đọc được thành ngày (dùng dd/mm/yyyy): không nhập dòng này"
ROW_FUTURE_DATE = ("Ngày hoàn thành {text} sau ngày nhập {today} (gõ nhầm năm, hoặc là ngày dự kiến: "
                   "ghi ngày dự kiến vào cột Ghi chú): không nhập dòng này")
ROW_BAD_STATUS = ("Trạng thái '{text}' không có trong danh sách ({allowed}): không nhập dòng này")
ROW_GONE = "nhiệm vụ không còn trong sổ theo dõi: không nhập"

SUM_FILES = "Tệp đã đọc: {n}; bị từ chối cả tệp: {bad}"
SUM_ROWS = "Nhiệm vụ được cập nhật: {tasks} ({cells} ô); không đổi: {same}"
SUM_CONFLICTS = "Xung đột (giữ giá trị trong sổ theo dõi, ghi vào Nhật ký): {n}"
SUM_CONFLICT = ("  - {id} ({file}), cột {col}: sổ theo dõi '{master}', đơn vị gửi '{reply}', "
                "lúc xuất '{shown}'")
SUM_REJECTED = "Dòng hoặc tệp không nhập: {n}"
SUM_REJECT_FILE = "  - {file}: {reason}"
SUM_REJECT_ROW = "  - {file}, dòng {row}, nhiệm vụ {id}: {reason}"
SUM_BACKUP = "Bản sao lưu: {path}"
SUM_NOTHING = "Không có thay đổi nào: sổ theo dõi giữ nguyên"

# ---------------------------------------------------------------- reminder letters
LETTER_SUBJECT = "V/v đôn đốc thực hiện nhiệm vụ được giao"
LETTER_OPENING = "Tại {refs}, Chủ tịch, các Phó Chủ tịch UBND tỉnh đã giao {agency} chủ trì thực hiện một số nhiệm vụ."
# how the letter's opening cites the notices that gave the tasks
CITE_NUMBER = "Thông báo số {number}"
CITE_ISSUED = " ngày {day}"
CITE_DRAFT = "Thông báo kết luận (dự thảo)"
CITE_DRAFT_MEETING = "Thông báo kết luận (dự thảo) cuộc họp ngày {day}"
CITE_DRAFT_TITLE = "Thông báo kết luận (dự thảo) «{title}»"
CITE_PART = "{what}{when} ({n} nhiệm vụ)"
CITE_ALL = "{parts} của UBND tỉnh"
LETTER_COUNT = ("Theo dõi của Văn phòng UBND tỉnh, đến ngày {today}, {agency} còn {overdue} nhiệm "
                "vụ đã quá thời hạn nhưng chưa báo cáo kết quả thực hiện{soon} (chi tiết tại bảng "
                "kèm theo).")
LETTER_SOON = " và {n} nhiệm vụ sắp đến hạn trong {days} ngày tới"
LETTER_COUNT_SOON_ONLY = ("Theo dõi của Văn phòng UBND tỉnh, đến ngày {today}, {agency} có {n} "
                          "nhiệm vụ sắp đến hạn trong {days} ngày tới (chi tiết tại bảng kèm theo).")
LETTER_REQUEST = ("Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh đề nghị "
                  "{agency} khẩn trương triển khai thực hiện các nhiệm vụ nêu trên, báo cáo kết "
                  "quả thực hiện bằng văn bản về UBND tỉnh (qua Văn phòng UBND tỉnh) trước ngày "
                  "{by}; trường hợp chưa hoàn thành, nêu rõ nguyên nhân, khó khăn, vướng mắc và "
                  "đề xuất thời hạn hoàn thành.")
LETTER_CLOSING = "Văn phòng UBND tỉnh thông báo để {agency} biết, thực hiện./."
LETTER_TABLE_TITLE = "DANH MỤC NHIỆM VỤ CHƯA HOÀN THÀNH"
LETTER_TABLE_SUBTITLE = "(Kèm theo Công văn {number} ngày {today} của Văn phòng UBND tỉnh)"
LETTER_RECIPIENTS = ("Như trên", "Chủ tịch, các PCT UBND tỉnh (b/c)", "CVP, các PCVP UBND tỉnh",
                     "Lưu: VT, TH")
COL_LETTER_DAYS = "Số ngày quá hạn"
DUE_IN = "Còn {n} ngày"

# ---------------------------------------------------------------- summaries (CLI, Excel panel)
OUT_WORKBOOK = "Sổ theo dõi: {path}"
OUT_SHEET = "Đã ghi trang '{sheet}' vào sổ theo dõi"
OUT_FILE = "Đã ghi: {path}"
OUT_NO_PDF = "Không tạo được bản PDF: {reason}"
NO_SOFFICE = "máy không có LibreOffice (soffice); cài LibreOffice để có bản PDF"
SOFFICE_FAILED = "LibreOffice không chuyển được tệp ({detail})"
WEEK_FIGURES = ("Tuần {week}: {total} nhiệm vụ; quá hạn {overdue}; đến hạn đến hết tuần sau {due}; "
                "hoàn thành trong tuần {done}; tỷ lệ đúng hạn {on_time}, tỷ lệ hoàn thành {rate}")
RATE_PCT = "{x}%"
RATE_NONE = "chưa tính được (chưa có nhiệm vụ)"
RATE_NONE_DUE = "chưa tính được (chưa có nhiệm vụ đến hạn)"
EXPORT_LINE = "Tệp cho {n} cơ quan trong thư mục {dir}"
EXPORT_NONE = "Không có cơ quan nào có nhiệm vụ để xuất"
EXPORT_UNKNOWN_AGENCY = ("không có cơ quan '{name}' trong sổ theo dõi; các cơ quan có nhiệm vụ: "
                         "{known}")
EXPORT_UNKNOWN_AGENCY_GUESS = ("không có cơ quan '{name}' trong sổ theo dõi; có phải '{guess}'? "
                               "Ghi lại tên đó; các cơ quan có nhiệm vụ: {known}")
REMIND_LINE = "Văn bản đôn đốc: {n} cơ quan ({tasks} nhiệm vụ) trong thư mục {dir}"
REMIND_NONE = "Không có cơ quan nào có nhiệm vụ quá hạn{soon}: không có văn bản đôn đốc"
REMIND_NOT_NEEDED = "Không có văn bản cho {agency}: cơ quan không có nhiệm vụ quá hạn{soon}"
REMIND_NONE_SOON = " hoặc đến hạn trong {days} ngày"
BAD_WEEK = "tuần '{text}' không đúng dạng: ghi dạng 2026-W23 (năm, W, số tuần)"
WEEK_OUT_OF_RANGE = ("tuần {week} (từ {start} đến {end}) không lập được vào ngày {today}: số liệu là "
                     "của sổ theo dõi hiện nay, tính vào ngày --today, nên chỉ lập được báo cáo "
                     "của tuần chứa ngày đó hoặc của tuần liền trước; bỏ --week để báo cáo tuần "
                     "này, hoặc ghi --today là một ngày từ {start} đến {last}")
BAD_REPLY_BY = "hạn báo cáo {date} đã qua: chọn một ngày từ hôm nay trở đi"
DIR_AGENCY_FILES = "Gửi cơ quan"
FILE_TASKS = "Nhiệm vụ"                 # file names: "Nhiệm vụ - <cơ quan> - 2026-06-10.xlsx"
FILE_REMINDER = "Đôn đốc"
DIR_LETTERS = "Đôn đốc"
# command-line help
METAVAR_WEEK = "TUẦN"
METAVAR_DIR = "THƯ_MỤC"
METAVAR_AGENCY = "CƠ_QUAN"
HELP_REPORT = "báo cáo tuần: trang 'Báo cáo tuần' trong sổ, tệp .xlsx có biểu đồ, .docx, .pdf"
DESCRIPTION_REPORT = ("Tính số liệu của sổ theo dõi cho tuần chứa ngày --today (hoặc tuần --week), "
                      "ghi trang 'Báo cáo tuần' vào sổ; với --out ghi thêm tệp .xlsx có biểu đồ, "
                      "báo cáo .docx theo Nghị định 30 và bản .pdf.")
HELP_WEEK = "tuần báo cáo, dạng 2026-W23 (mặc định: tuần chứa ngày --today)"
HELP_REPORT_OUT = "thư mục ghi .xlsx, .docx, .pdf (không có: chỉ ghi trang trong sổ)"
HELP_REPORT_JSON = "in số liệu dạng JSON; không ghi gì vào sổ"
HELP_EXPORT = "mỗi cơ quan một tệp .xlsx để in và điền kết quả gửi lại"
DESCRIPTION_EXPORT = ("Ghi mỗi cơ quan chủ trì một tệp .xlsx gồm các nhiệm vụ của cơ quan, in vừa "
                      "khổ A4; cơ quan chỉ điền được các cột Trạng thái, Ngày hoàn thành, Kết quả "
                      "thực hiện, Ghi chú rồi gửi lại để nhập bằng lệnh import-replies.")
HELP_OUT = "thư mục ghi các tệp"
HELP_AGENCY = ("chỉ các cơ quan này (tên cơ quan, tên trang tính, tên viết tắt; gõ sai dấu hoặc "
               "không dấu vẫn nhận ra)")
HELP_EXPORT_REPLY_BY = "hạn gửi lại tệp, ghi trong phần hướng dẫn của tệp"
HELP_IMPORT = "nhập các tệp cơ quan gửi lại vào sổ theo dõi"
DESCRIPTION_IMPORT = ("Đọc các tệp cơ quan gửi lại (tệp hoặc thư mục), kiểm tra từng tệp và từng "
                      "dòng, ghi các cột phản hồi vào sổ; giá trị trong sổ đã sửa sau khi xuất tệp "
                      "không bị ghi đè. Mã thoát 1 khi có tệp hoặc dòng không nhập được.")
HELP_REPLY_FILES = "tệp .xlsx cơ quan gửi lại, hoặc thư mục chứa chúng"
HELP_REMIND = "văn bản đôn đốc (.docx) cho cơ quan có nhiệm vụ quá hạn"
DESCRIPTION_REMIND = ("Ghi mỗi cơ quan có nhiệm vụ quá hạn một công văn đôn đốc (.docx) theo Nghị "
                      "định 30; số văn bản và người ký để trống cho Văn phòng điền.")
HELP_REMIND_REPLY_BY = "hạn báo cáo bằng văn bản (mặc định: sau 5 ngày làm việc)"
HELP_DUE_WITHIN = "gồm cả nhiệm vụ đến hạn trong số ngày này"
OUT_FILE_BUSY = ("không ghi được tệp {path} ({error}): tệp đang mở trong Excel hoặc Word, hoặc "
                 "có thư mục trùng tên; đóng tệp (hoặc đổi tên thư mục) rồi chạy lại{note}")
OUT_BUSY_NOTHING_WRITTEN = ". Chưa ghi gì vào sổ theo dõi"
OUT_NOT_DIR = "{path}: không phải thư mục; chọn một thư mục để ghi tệp"
