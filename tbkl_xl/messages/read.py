"""The exact messages of ``NoticeReadError`` raised by the readers.

Each names the problem and says what to do, in Vietnamese.  Tests assert them exactly, so
change them here and nowhere else.  Messages with ``{…}`` are filled with ``.format``.
"""
from __future__ import annotations

import errno as _errno

NOT_FOUND = ("không tìm thấy: đường dẫn này không tồn tại; kiểm tra lại tên tệp hoặc thư mục "
             "(và thư mục chứa nó)")
IS_FOLDER = ("đây là một thư mục, không phải một tệp; hãy chỉ ra tệp thông báo trong thư mục đó "
             "(lệnh 'tbkl-xl parse' và 'tbkl-xl refresh' nhận cả thư mục)")
UNREADABLE = ("không mở được tệp ({error}); kiểm tra quyền đọc tệp và xem có chương trình nào "
              "khác đang giữ tệp không, rồi chạy lại")
EMPTY = ("tệp rỗng (không có chữ nào); kiểm tra xem có đúng tệp không và tệp đã được lưu "
         "đầy đủ chưa")
EMPTY_DOCUMENT = ("văn bản không có chữ nào (trống hoặc chỉ có hình ảnh); kiểm tra xem có đúng "
                  "tệp không, hoặc dùng bản .docx có chữ của thông báo")
BINARY = ("đây không phải tệp văn bản: tệp chứa dữ liệu nhị phân ({kind}); hãy dùng thông báo "
          "dạng .docx, .pdf hoặc .txt (UTF-8)")
DOC = ("đây là tệp Word 97-2003 (.doc) kiểu cũ, chương trình không đọc được; mở tệp bằng Word, "
       "lưu lại dạng .docx (File > Save As > Word Document), rồi chạy lại")
UNKNOWN_EXT = ("không đọc được tệp '{ext}'; hãy dùng thông báo dạng .docx, .pdf, .txt "
               "hoặc .md")
NO_EXT = ("tên tệp không có phần đuôi nên không biết tệp thuộc loại nào; đổi tên cho tệp kết "
          "thúc bằng .docx, .pdf, .txt hoặc .md theo đúng nội dung của nó")
CORRUPT_DOCX = ("tệp .docx bị hỏng hoặc không phải văn bản Word (không phải gói .docx hợp lệ); "
                "mở tệp bằng Word và lưu lại dạng .docx, hoặc đề nghị nơi gửi gửi lại bản khác")
DOCX_OLD_OR_LOCKED = ("tệp có đuôi .docx nhưng là văn bản Word 97-2003 kiểu cũ hoặc có đặt mật "
                      "khẩu; mở tệp bằng Word, bỏ mật khẩu (nếu có) và lưu lại dạng .docx "
                      "(File > Save As > Word Document)")
CORRUPT_PDF = ("tệp PDF bị hỏng hoặc không phải PDF; mở bằng chương trình đọc PDF để kiểm tra, "
               "hoặc đề nghị nơi gửi gửi lại bản khác")
PDF_PASSWORD = ("tệp PDF có đặt mật khẩu; mở tệp, lưu một bản không có mật khẩu (hoặc in ra "
                "PDF), rồi chạy lại")
SCANNED_PDF = ("tệp PDF không có lớp chữ (là ảnh quét các trang); cần nhận dạng chữ (OCR) "
               "trước, ví dụ ocrmypdf -l vie vao.pdf ra.pdf, hoặc lấy bản .docx của thông báo")
PDF_NO_UNICODE = ("không lấy được chữ từ tệp PDF (phông chữ không có bảng mã Unicode); lấy "
                  "bản .docx của thông báo, hoặc nhận dạng chữ (OCR) cho tệp PDF, ví dụ "
                  "ocrmypdf -l vie --force-ocr vao.pdf ra.pdf")
LEGACY = ("văn bản gõ bằng bảng mã cũ {encoding} (phông {font}), không phải Unicode; chuyển "
          "sang Unicode trước (ví dụ bằng Unikey: Công cụ chuyển mã, Nguồn: {encoding}, "
          "Đích: Unicode), lưu lại rồi chạy lại")
UNDECODABLE = ("tệp văn bản không ở bảng mã UTF-8 hay UTF-16 và không nhận ra bảng mã của nó; "
               "mở bằng trình soạn thảo văn bản và lưu lại dạng UTF-8 (Notepad: File > Save As > "
               "Encoding: UTF-8)")

# legacy encodings: name shown in the message, and the font that goes with it
TCVN3 = ("TCVN3 (ABC)", ".VnTime")
VNI = ("VNI Windows", "VNI-Times")

# what a file holding binary data looks like, by its first bytes
BINARY_KINDS = (
    (b"\x89PNG\r\n\x1a\n", "ảnh PNG"),
    (b"\xff\xd8\xff", "ảnh JPEG"),
    (b"GIF87a", "ảnh GIF"),
    (b"GIF89a", "ảnh GIF"),
    (b"II*\x00", "ảnh TIFF"),
    (b"MM\x00*", "ảnh TIFF"),
    (b"%PDF-", "văn bản PDF: đổi đuôi tệp thành .pdf"),
    (b"PK\x03\x04", "tệp nén zip, ví dụ .docx hay .xlsx: nếu là tệp Word thì đổi đuôi thành .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "văn bản Office kiểu cũ, ví dụ Word .doc: lưu lại dạng .docx"),
    (b"\x1f\x8b", "tệp nén gzip"),
    (b"Rar!", "tệp nén RAR"),
    (b"7z\xbc\xaf\x27\x1c", "tệp nén 7-Zip"),
    (b"\x7fELF", "một chương trình"),
)
UNKNOWN_BINARY = "không rõ loại"

# why the system refused a file, by errno (the system's own text is English)
OS_ERRORS = {
    _errno.EACCES: "không có quyền đọc",
    _errno.EPERM: "không được phép",
    _errno.ENOENT: "không tồn tại",
    _errno.EISDIR: "là một thư mục",
    _errno.EBUSY: "đang bị chương trình khác dùng",
    _errno.EIO: "lỗi đọc ổ đĩa",
    _errno.ENAMETOOLONG: "tên tệp quá dài",
    _errno.ENOSPC: "ổ đĩa đã đầy",
    _errno.EROFS: "ổ đĩa chỉ cho đọc",
}


def os_error(e: OSError) -> str:
    """Why the system refused a file, in Vietnamese when the error number is a known one."""
    return OS_ERRORS.get(e.errno) or e.strerror or type(e).__name__


def legacy(kind: tuple[str, str]) -> str:
    return LEGACY.format(encoding=kind[0], font=kind[1])
