"""Layout of the master workbook: sheet names, exact column headers, who owns which column,
and the one function that turns an agency into a legal, unique sheet name.

Everything here is plain data and pure functions; ``workbook.py`` renders it with openpyxl and
``merge.py`` works on rows keyed by these headers.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Iterable, Optional

from ..text import nfc, norm_key

APP = "tbkl_xl"
SCHEMA = 2                      # bump when the hidden sheets change incompatibly
# 1: header in row 1, Trích yếu on task sheets; 2: title rows, STT, corrections (read both)

# ---------------------------------------------------------------- sheets
SUMMARY = "Tổng hợp"
NOTICES = "Thông báo"
AGENCIES = "Cơ quan"
CONFIG = "Cấu hình"
LOG = "Nhật ký"
META = "_tbkl"                  # hidden: app/schema marker, sheet -> agency map, notice store
SNAPSHOT = "_tbkl_snapshot"     # hidden: last-seen value of every task cell
NOTICE_STORE = "_tbkl_notices"  # hidden: notice records (incl. file hashes)
REPORT_PREFIX = "_tbkl_rep"     # hidden registers of the reports (exports, report history)

FIXED_SHEETS = (SUMMARY, NOTICES, AGENCIES, CONFIG, LOG, META, SNAPSHOT, NOTICE_STORE)
# Excel refuses "History" as a sheet name; our own names must not be taken by an agency.
RESERVED_SHEET_NAMES = FIXED_SHEETS + ("History",)

# ---------------------------------------------------------------- task columns
C_STT = "STT"
C_ID = "Mã NV"
C_NUMBER = "Số TB"
C_ISSUED = "Ngày TB"
C_TITLE = "Trích yếu"            # of the notice: on the Thông báo sheet, not on task sheets
C_SECTION = "Mục"
C_TEXT = "Nội dung nhiệm vụ"
C_LEAD = "Cơ quan chủ trì"
C_SUPPORT = "Cơ quan phối hợp"
C_DEADLINE = "Thời hạn"
C_DEADLINE_TEXT = "Thời hạn (nguyên văn)"
C_STATUS = "Trạng thái"
C_DONE_DATE = "Ngày hoàn thành"
C_RESULT = "Kết quả thực hiện"
C_NOTE = "Ghi chú"
C_REVIEW = "Cần kiểm tra"
C_LEFT = "Còn lại (ngày)"
C_NOTICE_ID = "Mã TB"
C_ORIGIN = "Tình trạng nguồn"

# The columns of a task sheet, in the order a new sheet shows them: first what is printed for a
# department (STT … Ghi chú), then the tool's working columns, then the internal ids (grouped
# and hidden).  Staff may move, hide, add and (but Mã NV) delete columns: a refresh keeps their
# order and reads every column by its header.
PRINT_COLUMNS = (C_STT, C_NUMBER, C_ISSUED, C_SECTION, C_TEXT, C_LEAD, C_SUPPORT, C_DEADLINE,
                 C_STATUS, C_DONE_DATE, C_RESULT, C_NOTE)
WORK_COLUMNS = (C_LEFT, C_DEADLINE_TEXT, C_REVIEW)
INTERNAL_COLUMNS = (C_ID, C_NOTICE_ID, C_ORIGIN)
TASK_COLUMNS = PRINT_COLUMNS + WORK_COLUMNS + INTERNAL_COLUMNS
# headers of earlier layouts still recognised on a sheet (read, then dropped on the next write)
LEGACY_TASK_COLUMNS = (C_TITLE,)

STAFF_COLUMNS = (C_STATUS, C_DONE_DATE, C_RESULT, C_NOTE)
COMPUTED_COLUMNS = (C_STT, C_LEFT)
# parser columns a person may correct (issue 8): the correction wins over every later parse
CORRECTABLE_COLUMNS = (C_SECTION, C_TEXT, C_LEAD, C_SUPPORT, C_DEADLINE, C_DEADLINE_TEXT)
# notice-level values copied on each task row (corrected on the notice, not on a task)
NOTICE_ON_TASK = (C_NUMBER, C_ISSUED, C_TITLE, C_NOTICE_ID)
PARSER_COLUMNS = CORRECTABLE_COLUMNS + (C_REVIEW,) + NOTICE_ON_TASK
# what a task record holds (the computed columns are not stored)
RECORD_FIELDS = (C_ID, C_NUMBER, C_ISSUED, C_TITLE, C_SECTION, C_TEXT, C_LEAD, C_SUPPORT,
                 C_DEADLINE, C_DEADLINE_TEXT, C_STATUS, C_DONE_DATE, C_RESULT, C_NOTE, C_REVIEW,
                 C_NOTICE_ID, C_ORIGIN)
# On a row a person added by hand every column is theirs except these:
MANUAL_LOCKED = (C_ID, C_LEFT, C_STT, C_ORIGIN, C_REVIEW)
DATE_COLUMNS = (C_ISSUED, C_DEADLINE, C_DONE_DATE)

ORIGIN_VANISHED = "Không còn trong TB"
ORIGIN_MANUAL = "Thêm thủ công"

ST_TODO = "Chưa thực hiện"
ST_DOING = "Đang thực hiện"
ST_DONE = "Đã hoàn thành"
ST_DROPPED = "Không thực hiện"
STATUSES = (ST_TODO, ST_DOING, ST_DONE, ST_DROPPED)
# what a person writes in "Cần kiểm tra" once they have checked a flagged task
REVIEWED = "Đã kiểm tra"

WIDTHS = {C_STT: 4.5, C_ID: 13, C_NUMBER: 13, C_ISSUED: 11, C_TITLE: 32, C_SECTION: 5,
          C_TEXT: 38, C_LEAD: 15, C_SUPPORT: 13, C_DEADLINE: 10.5, C_DEADLINE_TEXT: 22,
          C_STATUS: 12, C_DONE_DATE: 10.5, C_RESULT: 17, C_NOTE: 12, C_REVIEW: 26, C_LEFT: 8,
          C_NOTICE_ID: 11, C_ORIGIN: 14}
EXTRA_WIDTH = 18
TITLE_ROWS = 2                  # a new task sheet: title row, legend row, then the header row

# ---------------------------------------------------------------- other sheets
N_ID, N_NUMBER, N_ISSUED, N_TITLE, N_LEADER, N_MEETING, N_SOURCE, N_COUNT, N_FIRST, N_CHANGED = (
    "Mã TB", "Số TB", "Ngày TB", "Trích yếu", "Người chủ trì", "Ngày họp", "Tệp nguồn",
    "Số nhiệm vụ", "Nhập lần đầu", "Thay đổi lần cuối")
NOTICE_COLUMNS = (N_ID, N_NUMBER, N_ISSUED, N_TITLE, N_LEADER, N_MEETING, N_SOURCE, N_COUNT,
                  N_FIRST, N_CHANGED)
NOTICE_WIDTHS = (11, 14, 11, 50, 26, 11, 40, 10, 12, 12)
# hidden notice store: the visible columns plus what the refresh needs
N_HASH, N_ISSUED_MONTH, N_CONTENT_HASH = "_file_hash", "_issued_month", "_content_hash"
# the notice's fields a clerk corrects on Thông báo (a number given after the draft, a misread
# date): column -> {"parser": the notice's value, "when"} as JSON; the store holds what is shown
N_CORR = "_corr"
NOTICE_STORE_COLUMNS = NOTICE_COLUMNS + (N_HASH, N_ISSUED_MONTH, N_CONTENT_HASH, N_CORR)
NOTICE_CORRECTABLE = (N_NUMBER, N_ISSUED, N_TITLE, N_LEADER, N_MEETING)
NOTICE_DATES = (N_ISSUED, N_MEETING)
# the notice's fields shown on each of its task rows
NOTICE_ON_TASK_FROM = {N_NUMBER: C_NUMBER, N_ISSUED: C_ISSUED, N_TITLE: C_TITLE}

A_NAME, A_CODE, A_ALIASES, A_KIND, A_SUCCESSOR, A_COUNT, A_NOTE = (
    "Tên cơ quan", "Mã trang tính", "Tên gọi khác (cách nhau bởi ;)", "Loại", "Cơ quan kế nhiệm",
    "Số nhiệm vụ", "Ghi chú")
AGENCY_COLUMNS = (A_NAME, A_CODE, A_ALIASES, A_KIND, A_SUCCESSOR, A_COUNT, A_NOTE)
AGENCY_WIDTHS = (40, 16, 40, 14, 30, 10, 30)

CFG_FOLDER, CFG_DUE_SOON, CFG_PROVINCE = "Thư mục thông báo", "Số ngày sắp đến hạn", "Tỉnh"
CONFIG_COLUMNS = ("Thiết lập", "Giá trị", "Giải thích")
CONFIG_DEFAULTS = ((CFG_FOLDER, "", "Thư mục chứa các thông báo kết luận (.docx, .pdf, .txt, .md)"),
                   (CFG_DUE_SOON, 7, "Nhiệm vụ còn từ 0 đến số ngày này thì tô màu vàng"),
                   (CFG_PROVINCE, "Lạng Sơn", "Tỉnh ban hành thông báo"))
DUE_SOON_CELL = "$B$3"          # row of CFG_DUE_SOON in CONFIG_DEFAULTS (row 1 is the header)
DUE_SOON_NAME = "tbkl_due_soon"  # defined name used by the conditional formats

L_WHEN, L_TASK, L_FIELD, L_OLD, L_NEW, L_SOURCE, L_NOTE = (
    "Thời điểm", "Nhiệm vụ", "Trường", "Giá trị cũ", "Giá trị mới", "Nguồn", "Ghi chú")
LOG_COLUMNS = (L_WHEN, L_TASK, L_FIELD, L_OLD, L_NEW, L_SOURCE, L_NOTE)
LOG_WIDTHS = (18, 14, 22, 40, 40, 22, 30)

FONT_NAME = "Times New Roman"
FONT_SIZE = 12
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"

# ---------------------------------------------------------------- sheet names
_ILLEGAL = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
MAX_SHEET = 31


def sheet_key(name: str) -> str:
    """How Excel compares sheet names: case-insensitively."""
    return nfc(name).casefold()


def _short_form(name: str) -> str:
    """A readable short form of an agency name when it has no code."""
    s = nfc(name).strip()
    s = re.sub(r"^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+", "", s, flags=re.I)
    return s[:1].upper() + s[1:] if s else s


def clean_sheet_name(text: str) -> str:
    """Make ``text`` legal as a sheet name (not yet unique)."""
    s = _ILLEGAL.sub("-", nfc(text)).strip().strip("'").strip()
    s = re.sub(r"\s+", " ", s)
    if len(s) > MAX_SHEET:
        s = s[:MAX_SHEET].rstrip().rstrip("'")
    return s or "Cơ quan khác"


def sheet_name_for(agency_name: str, code: str = "", taken: Iterable[str] = ()) -> str:
    """The sheet name of an agency: its short code when it has one, else a short form of its
    name; legal (≤ 31 chars, none of []:*?/\\, no leading/trailing apostrophe), and unique
    ignoring case among ``taken`` and the workbook's own sheets."""
    base = clean_sheet_name(code or _short_form(agency_name))
    used = {sheet_key(t) for t in taken} | {sheet_key(t) for t in RESERVED_SHEET_NAMES}
    if sheet_key(base) not in used:
        return base
    n = 2
    while True:
        suffix = f" ({n})"
        cand = base[:MAX_SHEET - len(suffix)].rstrip() + suffix
        if sheet_key(cand) not in used:
            return cand
        n += 1


def directory_sheet_code(agency) -> str:
    """The directory's sheet code of a model ``Agency`` (a cleaned name for one outside it)."""
    from ..parse.agencies import sheet_code
    return sheet_code(agency) or getattr(agency, "code", "") or ""


# ---------------------------------------------------------------- values
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_CELL = 32767


def clean_text(s: str) -> str:
    """Text fit for a cell: NFC, no control characters, at most 32,767 characters."""
    s = _CTRL.sub("", nfc(s))
    return s if len(s) <= MAX_CELL else s[:MAX_CELL - 1] + "…"


class Formula(str):
    """A cell's formula (``=SUM(A1:A3)``), kept apart from text that begins with ``=``: a formula
    is written back as a formula, text is always written back as text."""
    __slots__ = ()


_TYPED_DATE = re.compile(
    r"^\s*(?:ngày\s*)?(\d{1,2})\s*(?:[/.\-]|\s+tháng\s+)\s*(\d{1,2})"
    r"(?:\s*(?:[/.\-]|\s+năm\s+)\s*(\d{4}|\d{2}))?\s*$", re.I)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def typed_date(text, year: Optional[int] = None) -> Optional[date]:
    """A date typed as text, read day-first the Vietnamese way: ``15/7/2026``, ``15-07-2026``,
    ``15.7.2026``, ``15/7/26``, ``ngày 15 tháng 7 năm 2026``, ``2026-07-15``; ``15/7`` takes
    ``year`` (the notice's).  None when it is not a date: never a guess."""
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    if not isinstance(text, str):
        return None
    m = _ISO_DATE.match(text)
    if m:
        y, mo, d = (int(x) for x in m.groups())
    else:
        m = _TYPED_DATE.match(text)
        if not m:
            return None
        d, mo = int(m.group(1)), int(m.group(2))
        if m.group(3) is None:
            if year is None:
                return None
            y = year
        else:
            y = int(m.group(3))
            if y < 100:
                y += 2000
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def cell_value(c):
    """A cell's value, a formula as ``Formula`` (text that begins with '=' stays text)."""
    v = c.value
    if c.data_type == "f":
        return Formula(v if isinstance(v, str) else getattr(v, "text", "") or "")
    return v


def norm_value(v):
    """One comparable form for a cell value as written or as read back (openpyxl, xlwings):
    blank -> None, midnight datetime -> date, integral float -> int, text NFC (a ``Formula``
    stays a ``Formula``)."""
    if v is None:
        return None
    if isinstance(v, Formula):
        return v
    if isinstance(v, str):
        if not v.strip():
            return None
        return nfc(v)
    if isinstance(v, datetime):
        if v.hour == v.minute == v.second == v.microsecond == 0:
            return v.date()
        return v
    if isinstance(v, bool):
        return v
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def as_date(v) -> Optional[date]:
    """A date from a cell value: a date, a datetime, or text written day-first (``typed_date``)."""
    if isinstance(v, Formula):
        return None
    return typed_date(v)


def section_key(section: str) -> tuple:
    """Sort key of a section path such as "II.1.a" or "3.b"."""
    parts = []
    for p in re.split(r"[.\s]+", section or ""):
        if not p:
            continue
        if p.isdigit():
            parts.append((0, int(p), ""))
        else:
            parts.append((1, 0, p))
    return tuple(parts)


def agency_label(agency) -> str:
    """How an addressee appears in the Cơ quan chủ trì / phối hợp columns."""
    name = agency.current
    if agency.members:
        return f"{name} ({', '.join(agency.members)})"
    return name


def lead_key(names: Iterable[str]) -> str:
    """Comparable form of a list of lead agencies (for re-identifying a reworded task)."""
    return "|".join(sorted(norm_key(n) for n in names if n))
