"""Messages: xl — the Excel control workbook ``Bảng điều khiển.xlsm`` (see tbkl_xl.messages).

Everything the clerk reads on the dashboard sheet, in its alerts and in the output of
``tbkl-xl panel``.  The VBA module itself stays ASCII (code page 1252): every Vietnamese text
is here and reaches Excel as cell values, button captions or alerts written from Python.
"""
from __future__ import annotations

# ---------------------------------------------------------------- the dashboard sheet
TITLE = "THEO DÕI NHIỆM VỤ THEO THÔNG BÁO KẾT LUẬN"
SUBTITLE = ("Bảng điều khiển: bấm một nút bên trái. Các đường dẫn ở cột E sửa được; "
            "đường dẫn tương đối tính từ thư mục chứa tệp này.")

# button captions (the VBA macro each one runs is in tbkl_xl/panel/vba.py)
CAPTION_REFRESH = "Cập nhật từ thông báo"
CAPTION_HIGHLIGHT = "Tô màu thời hạn"
CAPTION_EXPORT = "Xuất báo cáo"
CAPTION_IMPORT = "Nhập phản hồi"

HEAD_SETTINGS = "Đường dẫn (sửa được)"
LABEL_MASTER = "Tệp theo dõi nhiệm vụ (.xlsx)"
LABEL_NOTICES = "Thư mục thông báo kết luận"
LABEL_OUT_DIR = "Thư mục xuất báo cáo"
LABEL_REPLIES_DIR = "Thư mục phản hồi của các cơ quan"

HEAD_COUNTS = "Số liệu"
LABEL_AS_OF = "Tính đến ngày"
LABEL_OVERDUE = "Nhiệm vụ quá hạn"
LABEL_DUE_THIS_WEEK = "Đến hạn trong tuần này (chưa xong)"
LABEL_DONE_THIS_WEEK = "Hoàn thành trong tuần này"
LABEL_NEEDS_REVIEW = "Cần kiểm tra lại"

HEAD_RUN = "Lần chạy gần nhất"
LABEL_WHEN = "Thời điểm"
LABEL_BUTTON = "Nút đã bấm"
LABEL_STATUS = "Kết quả"
LABEL_DETAILS = "Chi tiết"

HEAD_HELP = "Hướng dẫn"
INSTRUCTIONS = (
    "1. Chép các thông báo kết luận mới (.docx, .pdf, .txt) vào thư mục thông báo ở ô {notices_cell}.",
    "2. Bấm «Cập nhật từ thông báo»: nhiệm vụ mới vào tệp theo dõi; những gì đã nhập trong tệp "
    "được giữ nguyên. Nếu tệp theo dõi đang mở, chương trình tự lưu, cập nhật rồi mở lại.",
    "3. Bấm «Tô màu thời hạn» để tô cột «Còn lại (ngày)»: đỏ quá hạn, vàng sắp đến hạn, xanh đã "
    "xong đúng hạn, tím xong trễ hạn.",
    "4. «Xuất báo cáo» tạo tệp gửi từng cơ quan vào thư mục ở ô {out_cell}; tệp các cơ quan gửi lại "
    "để vào thư mục ở ô {replies_cell} rồi bấm «Nhập phản hồi».",
    "5. Kết quả và lỗi hiện ở mục «Lần chạy gần nhất»; chi tiết lỗi ghi trong tệp «{log}» cùng "
    "thư mục với tệp này.",
)

STATUS_READY = "Chưa chạy lần nào"
BUTTON_BUILD = "Tạo bảng điều khiển (tbkl-xl panel)"

# ---------------------------------------------------------------- the xlwings.conf sheet
CONF_NOTES = {
    "Interpreter_Win": "Đường dẫn pythonw.exe trên máy Windows này; để trống: dùng python trên PATH",
    "Interpreter_Mac": "Đường dẫn python trên máy Mac; để trống: dùng python trên PATH",
    "Show Console": "FALSE: không hiện cửa sổ đen khi bấm nút",
    "Use UDF Server": "FALSE: mỗi lần bấm chạy một Python mới",
}

# ---------------------------------------------------------------- status cell and alerts
ALERT_TITLE = "Bảng điều khiển"
STATUS_OK = "Đã xong"
STATUS_OK_WITH_ERRORS = "Đã xong, nhưng {n} tệp thông báo không đọc được (xem chi tiết)"
STATUS_ERROR = "Lỗi: {message}"

SETTING_EMPTY = "Ô {cell} ({label}) đang để trống: nhập đường dẫn vào ô đó rồi bấm lại nút."
MASTER_MISSING = ("Không tìm thấy tệp theo dõi «{path}» (ô {cell}). Kiểm tra lại đường dẫn, hoặc "
                  "bấm «Cập nhật từ thông báo» để tạo tệp mới.")
MASTER_FOLDER_MISSING = ("Không có thư mục «{path}» để tạo tệp theo dõi (ô {cell}). Tạo thư mục đó "
                         "hoặc sửa đường dẫn rồi bấm lại nút.")
MASTER_NOT_XLSX = ("Tệp theo dõi «{path}» (ô {cell}) phải là tệp .xlsx. Sửa đường dẫn rồi bấm lại "
                   "nút.")
FOLDER_MISSING = ("Không tìm thấy thư mục «{path}» ({label}, ô {cell}). Kiểm tra lại đường dẫn, "
                  "hoặc tạo thư mục đó rồi bấm lại nút.")
NOT_A_FOLDER = "«{path}» ({label}, ô {cell}) là một tệp, không phải thư mục. Sửa lại đường dẫn."
MASTER_LOCKED = ("Tệp theo dõi «{name}» đang được mở ở nơi khác (máy khác hoặc một cửa sổ Excel "
                 "khác). Đóng tệp đó rồi bấm lại nút. Nếu không ai mở, xóa tệp «{lock}» nằm cạnh nó.")
RELATIVE_ON_WEB = ("Bảng điều khiển đang được mở qua địa chỉ web (OneDrive/SharePoint), nên đường dẫn "
                   "tương đối «{path}» ({label}, ô {cell}) không dùng được. Mở tệp từ thư mục đồng "
                   "bộ trên máy (File Explorer), hoặc nhập đường dẫn đầy đủ, ví dụ D:\\Theo doi\\...")
CORE_ERROR = "Không thực hiện được: {error}"
UNEXPECTED = ("Có lỗi không lường trước khi chạy «{button}». Dữ liệu không bị thay đổi thêm. Chi "
              "tiết đã ghi vào tệp «{log}»; gửi tệp này cho bộ phận công nghệ thông tin.")
NOTICES_FAILED = "{n} tệp thông báo không đọc được:\n{files}"
REPLIES_REJECTED = ("Không nhập được {what} phản hồi (lý do ở mục «Lần chạy gần nhất» và tệp "
                    "«{log}»).")
REPLIES_FILES = "{n} tệp"
REPLIES_ROWS = "{n} dòng"
REPLIES_AND = " và "
REPLIES_NONE = ("Thư mục phản hồi «{path}» (ô {cell}) chưa có tệp .xlsx nào. Chép các tệp cơ quan "
                "gửi lại vào thư mục đó rồi bấm lại nút.")

# detail lines of a run
DETAIL_ERROR = "Lỗi: {source}: {message}"
DETAIL_MORE = "… và {n} dòng nữa (xem tệp «{log}»)"

# ---------------------------------------------------------------- the paint of «Tô màu thời hạn»
PAINT_LINES = (
    "Đã tô cột «{column}» trên {sheets} trang tính, {rows} dòng nhiệm vụ:",
    "quá hạn {overdue}, sắp đến hạn {due_soon}, xong đúng hạn {done_on_time}, xong trễ hạn "
    "{done_late}; không tô {plain}",
)
PAINT_BACKUP = "bản sao lưu: {path}"
PAINT_UNCHANGED = "màu đã đúng từ trước: tệp không bị ghi lại"
PAINT_NO_TASK_SHEET = ("«{path}» không có trang tính nhiệm vụ nào (không thấy dòng tiêu đề có «{id}» "
                       "và «{left}»): không có gì để tô.")
PAINT_CHANGED_MEANWHILE = ("«{path}» vừa được lưu bởi người khác trong lúc tô màu: chưa ghi gì. "
                           "Bấm lại nút.")
PAINT_BROKEN = ("«{path}» không đọc được như một tệp .xlsx ({error}); khôi phục tệp mới nhất trong "
                "thư mục backup/ cạnh nó.")

# ---------------------------------------------------------------- tbkl-xl panel (command line)
PANEL_BUILT = "Đã tạo bảng điều khiển: {path}"
PANEL_MASTER = "tệp theo dõi: {path}"
PANEL_MASTER_NEW = "tệp theo dõi: {path} (chưa có: bấm «Cập nhật từ thông báo» để tạo)"
PANEL_NOTICES = "thư mục thông báo: {path}"
PANEL_OUT_DIR = "thư mục xuất báo cáo: {path}"
PANEL_REPLIES_DIR = "thư mục phản hồi: {path}"
PANEL_PYTHON = "Python của các nút: {path}"
PANEL_PYTHON_PATH = "Python của các nút: python trên PATH (tạo lại bảng điều khiển trên máy Windows để ghi đường dẫn pythonw.exe)"
PANEL_NOT_XLSM = "{path}: bảng điều khiển phải là tệp .xlsm (có macro); đặt tên kết thúc bằng .xlsm"
PANEL_OPEN = ("{path} đang mở trong Excel (có tệp khóa {lock} bên cạnh): đóng nó rồi chạy lại lệnh; "
              "nếu Excel không chạy, xóa {lock}")
PANEL_FOLDER_MISSING = "{path}: thư mục {folder} không tồn tại; tạo thư mục đó trước"
PANEL_NOTICES_MISSING = "--notices {path}: không có thư mục này; kiểm tra lại đường dẫn"
PANEL_NOTICES_FILE = ("--notices {path}: đây là một tệp; --notices là thư mục chứa các thông báo "
                      "(ví dụ --notices \"{folder}\")")
PANEL_MASTER_NOT_XLSX = "--master {path}: tệp theo dõi phải là tệp .xlsx"
PANEL_TEMPLATE_MISSING = ("không tìm thấy {path} của xlwings {version}: cài lại xlwings "
                          "(pip install --force-reinstall xlwings=={version})")
PANEL_VERSION_MISMATCH = ("mô-đun VBA của xlwings có phiên bản {vba}, gói xlwings đã cài là {version}: "
                          "cài đúng phiên bản ghi trong setup.cfg")
