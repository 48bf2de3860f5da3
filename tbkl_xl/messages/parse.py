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
DEADLINE_NEEDS_ISSUE_DATE = "thời hạn '{text}' tính từ ngày ban hành, nhưng văn bản chưa ghi ngày ban hành"
DEADLINE_INFERRED = "thời hạn được suy ra: {why}"
DEADLINE_BEFORE_NOTICE = "thời hạn {date} sớm hơn ngày của văn bản"
LOW_CONFIDENCE = "cơ quan '{written}' được hiểu là '{name}', chưa chắc chắn"
LEAD_FROM_HEADING = "cơ quan chủ trì lấy theo đề mục: «{words}»"
LEAD_FROM_INTRODUCTION = "cơ quan chủ trì lấy theo câu dẫn: «{words}»"
LEAD_FROM_LETTER = "cơ quan chủ trì lấy theo phần Kính gửi của văn bản: «{words}»"
LEAD_FROM_ITEMS = "cơ quan chủ trì là các cơ quan được giao ở các mục trên"

# ---------------------------------------------------------------- notice warnings
NO_TASK = "không tìm thấy nhiệm vụ nào trong văn bản này"
