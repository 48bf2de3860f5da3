"""Messages: the master workbook (refresh, safety, the notes of Nhật ký, review reasons the
merge writes into Cần kiểm tra).  See tbkl_xl.messages."""

# ---------------------------------------------------------------- Nhật ký: the "Ghi chú" column
NOTE_EDIT = "sửa của cán bộ"
NOTE_CONFLICT_KEPT = "xung đột: giữ giá trị ở trang cơ quan"
NOTE_CONFLICT_LOST = "xung đột: giá trị bị thay"
NOTE_IGNORED = "cột của thông báo: sửa tay không được giữ"
NOTE_UPDATE = "cập nhật từ thông báo"
NOTE_ADDED = "nhiệm vụ mới"
NOTE_NOTICE_NEW = "nhập thông báo mới"
NOTE_VANISHED = "không còn trong thông báo (không xóa)"
NOTE_BACK = "có lại trong thông báo"
NOTE_REIDENT = "nhận diện lại: nội dung đã sửa"
NOTE_MANUAL = "dòng thêm tay: cấp mã"
NOTE_DRAFT_IGNORED = "bản dự thảo bỏ qua: đã có bản ký"
NOTE_CORRECTION = "hiệu đính của cán bộ"
NOTE_EXTENDED = "hiệu đính của cán bộ: gia hạn (thời hạn theo thông báo: {original})"
NOTE_UNDO = "bỏ hiệu đính: trở lại giá trị của thông báo"
NOTE_CONFLICT_PARSE = "xung đột: thông báo mới đổi giá trị cán bộ đã hiệu đính (giữ giá trị của cán bộ)"
NOTE_REVIEWED = "cán bộ đã kiểm tra"
NOTE_UNREVIEWED = "bỏ dấu đã kiểm tra"
NOTE_REVIEW_TEXT = "cột Cần kiểm tra chỉ nhận 'Đã kiểm tra': nội dung gõ vào không được giữ"
NOTE_DUPLICATE_ID = "mã NV trùng (dòng chép): dòng chép được giữ thành dòng thêm tay"
NOTE_ID_RESTORED = "ô Mã NV bị xóa: nhận lại nhiệm vụ theo nội dung"
NOTE_ID_MISMATCH = ("Mã NV của dòng không khớp nội dung dòng (sắp xếp thiếu các cột ẩn?): dòng được "
                    "nhận là nhiệm vụ có nội dung đó, giá trị gõ trên dòng đi theo nhiệm vụ này")
NOTE_RETIRED = "dòng thêm tay đã bị xóa ở mọi trang: bỏ khỏi sổ"
NOTE_ROW_DELETED = ("nhiệm vụ bị xóa khỏi mọi trang nhưng vẫn có trong thông báo: đã ghi lại; "
                    "muốn bỏ nhiệm vụ thì chọn Trạng thái 'Không thực hiện'")
NOTE_WRONG_SHEET = ("dòng nằm ở trang của cơ quan không chủ trì: nội dung đã nhận, dòng về đúng "
                    "trang; muốn giao cho cơ quan khác thì sửa cột Cơ quan chủ trì")
NOTE_SETTING = "thiết lập"
NOTE_SETTING_NOT_NUMBER = "thiết lập không phải số: đã ghi lại bằng số"

# ---------------------------------------------------------------- Cần kiểm tra: reasons of the merge
REVIEW_UNKNOWN_AGENCY = "cơ quan '{name}' chưa có trong danh mục (trang Cơ quan)"
REVIEW_BAD_DATE = "{column} '{text}' không đọc được là ngày (gõ dd/mm/yyyy)"
REVIEW_HAND_NO_TEXT = ("dòng thêm tay không có nội dung nhiệm vụ (dòng tổng cộng, tiêu đề nhóm?): gõ "
                       "nội dung nhiệm vụ, hoặc xóa dòng nếu không phải nhiệm vụ")
REVIEW_FORMULA_DATE = "{column} là công thức: sổ không tính được ngày để theo dõi (gõ ngày dd/mm/yyyy)"
REVIEW_CONFLICT = "{column}: cán bộ sửa {staff}; thông báo mới ghi {parser}"

# ---------------------------------------------------------------- warnings of a refresh
WARN_DRAFT_IGNORED = "bản dự thảo của thông báo {number} bỏ qua: đã có bản ký trong sổ"
WARN_SHEET_NO_HEADER = ("trang '{sheet}' không còn dòng tiêu đề của sổ (Mã NV, Nội dung nhiệm vụ…): "
                        "được giữ nguyên như trang riêng của cán bộ, không đọc và không ghi lại")
WARN_SUMMARY_RENAMED = "trang '{sheet}' là trang Tổng hợp bị đổi tên: đã đọc và đặt lại tên 'Tổng hợp'"
WARN_SHEET_RENAMED = "trang của {agency} đã được đổi tên thành '{sheet}': giữ tên mới"
WARN_HEADER_RENAMED = ("trang '{sheet}': cột '{label}' được nhận là cột '{column}' (theo vị trí và "
                       "nội dung); tiêu đề chuẩn được ghi lại")
WARN_HEADER_REPEATED = ("trang '{sheet}': hai cột cùng tiêu đề '{label}': cột {column} được đặt tiêu "
                        "đề '{new}' để giữ dữ liệu của cả hai")
WARN_HEADER_NONE = ("trang '{sheet}': cột {column} có dữ liệu nhưng không có tiêu đề: được đặt tiêu "
                    "đề '{new}' để giữ dữ liệu")
WARN_EMPTY_SHEET_KEPT = ("trang '{sheet}' không còn nhiệm vụ nào nhưng có nội dung do cán bộ tạo: "
                         "được giữ lại (xóa trang nếu không cần)")
WARN_SETTING_NOT_NUMBER = ("trang '{sheet}': '{key}' là '{value}', không phải số ngày: dùng {days} và "
                           "ghi lại số {days} (màu 'sắp đến hạn' cần một số)")
WARN_COPY_SHEET = ("trang '{sheet}' là bản chép trang nhiệm vụ do cán bộ tạo: được giữ nguyên, "
                   "không cập nhật và không lấy dữ liệu từ đó")
WARN_SNAPSHOT_REBUILT = ("trang ẩn '{sheet}' bị mất: đã dựng lại từ các trang nhiệm vụ; các giá trị "
                         "đang hiện được coi là giá trị của thông báo")
WARN_MARKER_REBUILT = "trang ẩn '{sheet}' bị mất: đã dựng lại từ các trang của sổ"
WARN_NOTICE_STORE_REBUILT = ("trang ẩn '{sheet}' bị mất: đã dựng lại từ trang Thông báo; các thông "
                             "báo sẽ được đọc lại ở lần cập nhật sau")
UNCARRIED_MERGES = "ô gộp trong vùng nhiệm vụ không giữ được: {ranges}"
UNCARRIED = "nội dung không giữ được khi ghi lại (bản cũ ở thư mục backup): {what}"
UNCARRIED_KINDS = {
    "shapes": "hình vẽ, hộp chữ", "slicers": "bộ lọc slicer", "timelines": "bộ lọc thời gian",
    "sparklines": "biểu đồ thu nhỏ trong ô (sparkline)", "controls": "nút, hộp chọn (form control)",
    "threaded": "bình luận dạng hội thoại (chỉ giữ phần ghi chú)", "extensions": "định dạng mở rộng",
}

# ---------------------------------------------------------------- errors (WorkbookError)
RESTORE_HINT = "; khôi phục từ bản sao lưu mới nhất: {backup}"
NO_BACKUP_HINT = "; không có bản sao lưu trong {folder}"
LOCKED_BY_EXCEL = ("{name} đang mở trong Excel (có tệp khóa {lock} bên cạnh): hãy đóng tệp trong "
                   "Excel rồi chạy lại; nếu Excel không chạy, xóa tệp {lock}")
BUSY = ("{name} đang được cập nhật bởi một lần chạy khác (máy {host}, người dùng {user}, bắt đầu "
        "lúc {started}): chờ lần đó xong rồi chạy lại; nếu không còn lần nào chạy, xóa tệp {lock}")
CHANGED_WHILE_REFRESHING = ("{name} liên tục bị lưu bởi người khác trong lúc cập nhật: đã dừng, "
                            "không ghi gì; hãy chạy lại khi không ai đang lưu tệp")
XLSM = "{path}: chưa hỗ trợ sổ .xlsm; hãy dùng tên tệp .xlsx"
NOT_XLSX_NAME = "{path}: sổ theo dõi phải là tệp .xlsx"
NOT_OURS = ("{path} không phải sổ theo dõi của tbkl-xl (không có trang ẩn '{marker}' và các trang "
            "của sổ): không sửa tệp này; hãy đặt tên tệp mới để tạo sổ theo dõi")
SCHEMA_BAD = "{path}: trang ẩn '{marker}' không có số phiên bản hợp lệ ({value!r})"
SCHEMA_NEWER = ("{path} được ghi bởi tbkl-xl mới hơn (cấu trúc sổ {schema}; bản này hiểu đến "
                "{ours}): hãy cập nhật tbkl-xl trước khi cập nhật sổ")
NOT_ZIP = "{path} không đọc được như tệp .xlsx (không phải tệp zip: tệp hỏng, bị cắt cụt hoặc không phải Excel)"
UNREADABLE = "{path} không đọc được ({cause})"
NO_PERMISSION = "{path}: không có quyền đọc tệp (hãy xin quyền đọc hoặc chép tệp về máy)"
READ_ONLY_FILE = ("{path} đang ở chế độ chỉ đọc: không ghi được; bỏ thuộc tính chỉ đọc của tệp "
                  "(Properties > bỏ chọn Read-only) rồi chạy lại")
READ_ONLY_FOLDER = ("{folder}: không ghi được vào thư mục này ({cause}); hãy xin quyền ghi hoặc "
                    "chép sổ sang thư mục khác")
SNAPSHOT_DAMAGED = "trang ẩn '{sheet}' bị hỏng ở nhiệm vụ {task!r}"
