"""Task tables: the header row of a table of tasks, and tables a converter wrote one cell per line.

A plan's appendix often holds its tasks as a table (``TT | Nội dung | Cơ quan chủ trì | Cơ quan
phối hợp | Thời gian thực hiện``).  Converters give it as ``|`` rows, or, from a PDF, one cell per
line: the header (as a row or a cell per line), then for each row its number on a line of its own
("1", "a)", "II") and its cells below it in the header's order; a cell left empty is simply not
there, a row broken by a page goes on after the page with the rest of its cells in the same order.

``table_columns(cells)`` says which column holds what (the words are the ``table_headers`` of
``data/directive_cues.yaml``); ``rebuild_cell_tables(lines)`` turns a table written one cell per
line back into ``|`` rows before paragraphs are rebuilt (``parse/clean.py``), so that the task
extractor reads it like any other table (``parse/tasks.py``, one task per row).
"""
from __future__ import annotations

import csv
import io
import re
from typing import Optional

from ..text import fold
from .cues import directive_cues, words_alternation
from .quick import quick_compile

__all__ = ["is_table_row", "table_cells", "table_columns", "note_columns", "units_leading_instead", "sending_time_columns", "rebuild_cell_tables", "rebuild_tab_tables", "rebuild_block_tables", "normalize_pipe_tables", "table_time",
           "rebuild_layout_tables", "capitals_group_row", "is_a_programme", "slip_directions",
           "ROLES"]

_CUES = directive_cues()
ROLES = ("number", "support", "deadline", "lead", "text")
# a column of the firms, facilities or persons each row is about, as the whole header cell ("Cơ sở", "Tổ chức vi phạm")
# (… with a note in brackets: "Cửa hàng (thương nhân)")
_LEAD_AS_WHOLE_CELL = quick_compile(r"^" + words_alternation(_CUES["table_headers.lead_whole_cell"]) + r"(?:\s*\([^()]{1,30}\))?"
                                    # (… or what they ask or were given: "Tổ chức, cá nhân đề nghị cấp quyền")
                                    r"(?:\s+(?:đề nghị|được|đăng ký|có)\s[^()]{1,40})?$")
# header cells, tried in this order ("Cơ quan phối hợp" is the co-operating column before it is a body)
_ROLE_RES = (("number", quick_compile(r"^" + words_alternation(_CUES["table_headers.number"]) + r"\.?$")),) + tuple(
    (role, quick_compile(r"(?<!\w)" + words_alternation(_CUES["table_headers." + role]) + r"(?!\w)"))
    for role in ("status", "support", "deadline", "lead", "text")) + (
    ("text", quick_compile(r"^" + words_alternation(_CUES["table_headers.text_whole_cell"]) + r"$")),
    ("deadline", quick_compile(r"^" + words_alternation(_CUES["table_headers.deadline_whole_cell"]) + r"$")),
    ("lead", _LEAD_AS_WHOLE_CELL),)
# a time column the table replaces by another ("Thời hạn đã giao" before "Thời hạn mới")
_SUPERSEDED = quick_compile(r"(?<!\w)" + words_alternation(_CUES["table_headers.superseded"]) + r"(?!\w)")
_RENEWED = quick_compile(r"(?<!\w)" + words_alternation(_CUES["table_headers.renewed"]) + r"(?!\w)")
# header cells of what each row is about ("Công trình", "Dự án"): read before the task's words
_CONTEXT = quick_compile(words_alternation(_CUES["table_headers.context"]))
# header cells the extractor does not read ("Ghi chú", "Sản phẩm"): still cells of the header
_OTHER = quick_compile(r"^(?:" + words_alternation(_CUES["table_headers.other"]) + r")(?!\w)"
                       r"|^(?:" + words_alternation(_CUES["table_headers.source"]) + r")\s*(?:$|,)")
# … of them, where each row's matter was raised ("Cơ quan báo chí, ngày đăng"): no role, though a role's word opens it
# (the whole cell, or before a comma: not "Tên báo cáo", a report's title)
_SOURCE = quick_compile(r"^(?:" + words_alternation(_CUES["table_headers.source"]) + r")\s*(?:$|,)")
# a column of the health station of each commune or ward ("| Trạm Y tế xã |" over the communes' names; not a body a
# row names, "| Công an xã |", which a data row may hold) (folded)
_BODY_OF_EACH_UNIT = quick_compile(r"trạm\s+y\s+tế\s+(?:xã|phường|xã,\s*phường)")
# a column of when each task starts (folded)
_START_HEADER = quick_compile(r"(?<!\w)(?:bắt đầu|khởi công)(?!\w)")
# … or of when each row is expected to be held ("| Xã, phường | Đơn vị thực hiện | Thời gian dự kiến |" over "Từ ngày
# 11/5 đến ngày 15/5/2026": a schedule of rounds; not "Thời gian dự kiến hoàn thành") (folded)
_EXPECTED_HEADER = quick_compile(r"^(?:thời gian|thời điểm|ngày)\s+dự kiến(?:\s+(?:tổ chức|thực hiện|triển khai)(?:\s+[^\W\d_]+){0,3})?$")
# a row's number on a line of its own: "1", "2.", "a)", "b.", "II", "IV."
_ROW_NUMBER = quick_compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|[a-zđ][).]|\(\w{1,4}\))$")
# a cell that gives a time ("Quý III, IV/2026", "Thường xuyên", "Năm 2026", "30/6/2026")
_TIME_CELL = quick_compile(r"(?i)^(?:(?:hoàn thành|trước|trong|chậm nhất|xong)\s+)?(?:quý|năm|tháng|thường xuyên|hằng|hàng|"
                           r"định kỳ|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}|(?:19|20)\d\d|ngày)")
_MAX_HEADER_CELL = 60
_MAX_HEADER_TEXT = 70
_DATE_IN = quick_compile(r"\d{1,2}\s*/\s*\d{4}|\d{1,2}/\d{1,2}/\d{2,4}")
_LEAD_WORDS = tuple((quick_compile(r"(?<!\w)" + re.escape(fold(w)) + r"(?!\w)"), w) for w in _CUES["table_headers.lead"])
# months of a programme without their year: "Tháng 4 và tháng 5", "Tháng 7, 8"
_MONTHS_WITHOUT_YEAR = quick_compile(r"(?i)^tháng\s+\d{1,2}(?:\s*(?:,|và|-|–)\s*(?:tháng\s+)?\d{1,2})*"
                                     r"\s*(?:,|và|-|–)\s*(?:tháng\s+)?(?P<last>\d{1,2})$")
# a time cell that is a bare month or month range ("11/2019", "10-11/2019", "01-4/2021")
_BARE_MONTHS = quick_compile(r"^(?:\d{1,2}\s*[-–]\s*)?\d{1,2}\s*/\s*(?:19|20)\d\d$")


# a header cell that counts ("Số nhiệm vụ quá hạn", "Tổng số hộ"): a column of numbers, no task's words
_COUNT_HEADER = quick_compile(r"^(?:tổng\s+)?số\s+(?:nhiệm vụ|lượng|hộ|văn bản|dự án|lượt|người|doanh nghiệp)(?!\w)")


# a header cell that opens with a completion word and names the work it times, words only ("Hoàn thành
# sửa chữa, bảo dưỡng"; not "Hoàn thành (%)", "Hoàn thành năm 2025", "Khối lượng hoàn thành") (folded)
_FINISH_WORDS_FIRST = quick_compile(r"^(?:" + words_alternation(_CUES["table_headers.deadline_first"]) + r")"
                                    r"(?:[\s,]+(?!năm\b|tháng\b|quý\b)[^\W\d_]+){1,6}$")


def _cell_role(cell: str) -> Optional[str]:
    fc = " ".join(fold(cell).split())
    if _COUNT_HEADER.match(fc) or _SOURCE.match(fc):
        return None                     # (nor "Cơ quan báo chí, ngày đăng": where the matter was raised, no body acting)
    if _TASK_WORDS_FIRST.match(fc):
        return "text"                   # "Nội dung chưa thực hiện": the task's words, not who carries it out
    if _START_HEADER.search(fc) or _EXPECTED_HEADER.match(fc):
        return None                     # "Thời gian bắt đầu", "Khởi công": when it starts, no time limit (nor "Thời gian
                                        # dự kiến", when it is expected)
    for role, rx in _ROLE_RES:
        if rx.search(fc):
            return role
    if _BODY_OF_EACH_UNIT.fullmatch(fc):
        return "text"                   # "| STT | Trạm Y tế xã | Số trẻ | Thời hạn hoàn thành |": the communes each row
                                        # names, a body of each (parse/tasks.py reads "Trạm Y tế xã Mẫu Sơn")
    return None


def _lead_rank(cell: str) -> int:
    """How surely a header cell names the lead column: the place of its first word in the
    ``table_headers.lead`` list ("chủ trì" before "cơ quan"), so that "Đơn vị chủ trì" wins over
    "Cơ quan chịu trách nhiệm quản lý nhà nước" in the same header."""
    fc = " ".join(fold(cell).split())
    for k, (rx, _w) in enumerate(_LEAD_WORDS):
        if rx.search(fc):
            return k
    return len(_LEAD_WORDS)


def _data_cell(cell: str) -> bool:
    """A cell no header holds: a row's number, a date, a list or a sentence."""
    s = cell.strip()
    # (a header's own day in brackets is no data: "Đã bàn giao (đến 20/6/2021)")
    dated = _DATE_IN.search(_HEADER_BRACKET.sub("", s) if s[:1].isalpha() else s)
    return bool(_ROW_NUMBER.match(s) or dated) or len(s) > _MAX_HEADER_TEXT or ";" in s


# (… in brackets or closing the cell: "Giải ngân đến 31/5/2024", "Lũy kế đến ngày 31/5/2024")
# (… also before the unit the figures are in: "Số dư tạm ứng quá hạn đến 31/5/2026 (triệu đồng)")
_HEADER_BRACKET = quick_compile(r"\((?:đến|tính đến|đến ngày|tại)\s[^()]{0,30}\)"
                                r"|(?<=\s)(?:đến|tính đến)(?:\s+ngày)?\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*(?:\([^()]{1,20}\)\s*)?$")


def table_columns(cells: list) -> Optional[dict]:
    """{role: column} when ``cells`` is the header row of a task table (it names the lead agency
    and either the task or the deadline column, or the task and the deadline columns), else None.  A row of data ("| 3 |
    Quản lý … | Bộ X | Các bộ, cơ quan liên quan | Thực hiện thường xuyên |") is no header."""
    if any(_data_cell(c) for c in cells):
        return None
    cols: dict = {}
    for i, c in enumerate(cells):
        fc = " ".join(fold(c).split())
        role = _cell_role(c)
        if role is not None and (role not in cols or (role == "lead" and _lead_rank(c) < _lead_rank(cells[cols[role]]))
                                 or (role == "deadline" and _replaces(fc, " ".join(fold(cells[cols[role]]).split())))):
            cols[role] = i
    if "deadline" not in cols:
        # "| Trạm bơm | Đơn vị quản lý, vận hành | Lịch bơm luân phiên | Hoàn thành sửa chữa, bảo dưỡng |": with no
        # other time column, the one headed by the completion of a work (not beside "Thời hạn nộp hồ sơ")
        finish = next((i for i, c in enumerate(cells) if i not in cols.values()
                       and _FINISH_WORDS_FIRST.match(" ".join(fold(c).split()))), None)
        if finish is not None:
            cols["deadline"] = finish
    if "lead" in cols and "deadline" not in cols and len(steps := sending_time_columns(cells)) >= 2:
        # "| Tên dự thảo | Cơ quan soạn thảo | Gửi Sở Tư pháp thẩm định | Trình UBND tỉnh |": the steps of sending each row's
        # work on, each its time (the last the row's own; the work named in the first column left)
        cols["deadline"] = steps[-1]
        if "text" not in cols:
            work = next((i for i, c in enumerate(cells) if i not in cols.values() and i not in steps and c.strip()
                         and i > cols.get("number", -1)), None)
            if work is not None:
                cols["text"] = work
    prep = next((i for i, c in enumerate(cells) if _PREPARES_HEADER.fullmatch(" ".join(fold(c).split()).strip(" *"))), None)
    if prep is not None:
        cols["lead"] = prep             # "| Thời gian | Nội dung | Chủ trì | Cơ quan chuẩn bị |": a schedule's leader
                                        # presides, the body preparing each item acts
    if "lead" not in cols and "text" in cols and _PLACE_HEADER.fullmatch(" ".join(fold(cells[cols["text"]]).split()).strip(" *")):
        task = next((i for i, c in enumerate(cells) if i != cols["text"] and i not in cols.values() and TASK_HEADER.search(fold(c))), None)
        if task is not None:
            # "| STT | Địa phương | Nội dung | Thời hạn |": beside the task's own column, the locality of
            # each row is who does it ("| 1 | UBND tỉnh Lạng Sơn | Phê duyệt phương án … |")
            cols["lead"], cols["text"] = cols["text"], task
    if "lead" in cols and "deadline" not in cols and "text" not in cols:
        stages = stage_columns(cells)
        if len(stages) >= 2:
            cols["deadline"] = stages[0]    # "| Đơn vị | Đợt 1: hồ sơ chuyển nguồn | Đợt 2: thuyết minh … |": a
                                            # time per stage, each stage a task of the row's body
    if "status" not in cols and any(_ASKED_TIME_HEADER.search(fold(c)) for c in cells):
        # "| Thời hạn đã giao | Thời hạn đề nghị | Ý kiến của Chủ tịch UBND tỉnh |": beside a time asked
        # for, the issuer's opinion decides each row's time ("Đồng ý gia hạn đến ngày …"); elsewhere
        # ("| Kiến nghị | Ý kiến xử lý | Đơn vị thực hiện |") the answer is the task
        opinion = next((i for i, c in enumerate(cells) if i not in cols.values()
                        and OPINION_HEADER.match(" ".join(fold(c).split()).strip(" *"))), None)
        if opinion is not None:
            cols["status"] = opinion
    if "lead" not in cols and any(_VENUE_HEADER.fullmatch(" ".join(fold(c).split()).strip(" *")) for c in cells):
        return None                 # "| Thời gian | Nội dung | Địa điểm |": a programme of events, where and when, no tasks
                                    # (or who takes part: "| Nội dung | Thời gian dự kiến | Thành phần |")
    if "text" not in cols and "deadline" in cols and cols["deadline"] < len(cells) \
            and _WHEN_HELD.fullmatch(" ".join(fold(cells[cols["deadline"]]).split()).strip(" *")) \
            and any(_PLACE_OF_EVENT.match(" ".join(fold(c).split()).strip(" *")) for c in cells):
        return None                 # "| Điểm giao nhận quân | Thời gian | Đơn vị nhận quân | Số công dân |":
                                    # where and when each event is held and who attends, no task column
    if "deadline" not in cols and sum(bool(_ROSTER.fullmatch(" ".join(fold(c).split()).strip(" *"))) for c in cells) >= 2:
        return None                 # "| STT | Họ và tên | Chức vụ, đơn vị | Nhiệm vụ trong Tổ |": a team's members, no tasks
    if "text" not in cols and "deadline" in cols and cols["deadline"] < len(cells) \
            and _RECEIPT_TIME.fullmatch(" ".join(fold(cells[cols["deadline"]]).split()).strip(" *")):
        return None                 # "| STT | Đơn vị nhận | Hóa chất (lít) | Vôi bột (tấn) | Thời gian nhận |": who
                                    # receives what and when, a schedule of handing out, no tasks
    if "lead" in cols and _UNIT_OF_MEASURE.fullmatch(" ".join(fold(cells[cols["lead"]]).split()).strip(" *")) \
            and any(_QUANTITY_HEADER.match(" ".join(fold(c).split()).strip(" *")) for c in cells):
        del cols["lead"]                # "| Hạng mục | Đơn vị | Khối lượng |": the unit of measure, no body
    if "lead" in cols and "deadline" not in cols and _INVESTOR_HEADER.search(fold(cells[cols["lead"]])):
        return None                 # "| Dự án | Chủ đầu tư | Tình hình thực hiện |": where works stand, no tasks
    if "lead" in cols and "deadline" in cols and _INVESTOR_HEADER.search(fold(cells[cols["lead"]])) \
            and _SUPERSEDED.search(" ".join(fold(cells[cols["deadline"]]).split())) \
            and any(_WHERE_IT_STANDS_HEADER.fullmatch(" ".join(fold(c).split()).strip(" *")) for c in cells):
        return None                 # "| Dự án | Chủ đầu tư | Tiến độ được duyệt | Tình hình |": the approved schedule and
                                    # where each work stands, no time set now
    if "lead" in cols and "deadline" in cols and _INVESTOR_HEADER.search(fold(cells[cols["lead"]])) \
            and _EXECUTION_PERIOD.fullmatch(" ".join(fold(cells[cols["deadline"]]).split()).strip(" *")) \
            and any(_TOTAL_INVESTMENT.search(fold(c)) for c in cells):
        return None                 # "| Tên dự án | Tổng mức đầu tư | Thời gian thực hiện | Chủ đầu tư |": a list of
                                    # approved projects and their periods, no tasks
    if "text" not in cols and "lead" not in cols and "deadline" in cols and cols["deadline"] < len(cells) \
            and _FINISH_HEADER.search(" ".join(fold(cells[cols["deadline"]]).split())):
        work = next((i for i, c in enumerate(cells) if _CONTEXT.fullmatch(" ".join(fold(c).split()).strip(" *"))), None)
        if work is not None:
            # "| STT | Công trình | Quy mô | Khởi công | Hoàn thành | Ghi chú |" under group rows of the
            # investors ("| I | UBND PHƯỜNG HẠ LONG |"): each work to finish by its time, a task
            cols["text"] = cols["work"] = work
    if "text" not in cols and "lead" in cols and "deadline" in cols:
        work = next((i for i, c in enumerate(cells) if i not in cols.values()
                     and _CONTEXT.fullmatch(" ".join(fold(c).split()).strip(" *"))), None)
        if work is not None:
            # "| STT | Dự án | Chủ đầu tư | Giải ngân | Nhà thầu thi công | Thời hạn hoàn thành |": no column of the
            # task's words, each row's work is its task (the investor finishing it by its time)
            cols["text"] = cols["work"] = work
    if "lead" not in cols and "text" in cols and "deadline" in cols \
            and _EXPECTED_HEADER.fullmatch(" ".join(fold(cells[cols["deadline"]]).split()).strip(" *")):
        return None                 # "| STT | Hạng mục | Tiến độ dự kiến |": a project's expected milestones, no body's
                                    # time limits
    if "lead" not in cols and "text" in cols and "deadline" in cols and "support" in cols \
            and _UNITS_HEADER.fullmatch(" ".join(fold(cells[cols["text"]]).split()).strip(" *")) \
            and " ".join(fold(cells[cols["deadline"]]).split()).strip(" *") == "thời gian" \
            and not any(TASK_HEADER.search(fold(c)) for c in cells):
        return None                 # "| Thời gian | Đoạn tuyến | Xã, phường | Đơn vị phối hợp |": when a team visits each
                                    # commune with whom, a schedule (no task's words, no time limit)
    if ("lead" in cols and ("text" in cols or "deadline" in cols)) or ("text" in cols and "deadline" in cols):
        return cols                 # (with no lead column the rows are the tasks of the section's body)
    return None


# a schedule's column of the body preparing each item (folded)
_PREPARES_HEADER = quick_compile(r"(?:cơ quan|đơn vị|cơ quan, đơn vị)\s+chuẩn bị(?:\s+nội dung)?")
# a time column of when each work is to be finished ("Hoàn thành", "Thời hạn hoàn thành", "Mốc hoàn
# thành", "Tiến độ"), not when it is carried out ("Thời gian thực hiện")
_FINISH_HEADER = quick_compile(r"(?<!\w)(?:hoàn thành|thời hạn|mốc|tiến độ)(?!\w)")
# a column of the localities each row is about (folded), and a column of the task's words
_PLACE_HEADER = quick_compile(r"(?:địa phương|tỉnh, thành phố|tỉnh)")   # (not "| Xã | Nội dung |": the communes' names
                                                                      # under the body of the item, who acts there)
# a list of projects' columns: the period they are carried out in, and their cost (folded)
_EXECUTION_PERIOD = quick_compile(r"thời gian thực hiện|thời gian khởi công\s*-\s*hoàn thành|thời gian thực hiện dự án")
_TOTAL_INVESTMENT = quick_compile(r"(?<!\w)(?:tổng mức đầu tư|tổng vốn|mức vốn|tmđt)(?!\w)")
TASK_HEADER = quick_compile(r"(?<!\w)(?:nội dung|nhiệm vụ|công việc)(?!\w)")


def stage_columns(cells: list) -> list:
    """The columns of a header that name the stages of one task, each its time ("Đợt 1: hồ sơ
    chuyển nguồn", "Đợt 2: …", "Giai đoạn 1", "Lần 2")."""
    return [i for i, c in enumerate(cells) if _STAGE_HEADER.match(" ".join(fold(c).split()).strip(" *"))]


_STAGE_HEADER = quick_compile(r"(?:đợt|giai đoạn|lần|bước)\s+(?:\d{1,2}|[ivx]{1,4})(?!\w)")


def sending_time_columns(cells: list) -> list:
    """The time columns of a header that each time a step of sending the row's work on ("| … | Thời gian gửi Sở
    Tư pháp thẩm định | Thời gian gửi Văn phòng UBND tỉnh |"), when there are two or more: each its own limit."""
    out = [i for i, c in enumerate(cells) if _SENDING_TIME_HEADER.match(" ".join(fold(c).split()).strip(" *"))]
    return out if len(out) >= 2 else []


# (folded; the step alone too: "| Cơ quan soạn thảo | Lấy ý kiến góp ý | Gửi Sở Tư pháp thẩm định | Trình UBND tỉnh |")
_SENDING_TIME_HEADER = quick_compile(r"(?:(?:thời gian|thời hạn|hạn)\s+)?(?:gửi|trình|nộp)(?!\w)")


def _replaces(new: str, old: str) -> bool:
    """Does the time column ``new`` (folded) replace the one before it, ``old``: "Thời hạn mới"
    after "Thời hạn đã giao", "Đề xuất thời hạn mới" after "Thời hạn giao"."""
    if _SUPERSEDED.search(new) or _RENEWED.search(old):
        return False
    if _SPAN_HEADER.fullmatch(old) and _FINISH_HEADER.search(new):
        return True                     # "| Thời gian thực hiện | … | Mốc hoàn thành |": the finish, not the span
    return bool(_SUPERSEDED.search(old) or _RENEWED.search(new))


# a column of where each work stands ("Tình hình", "Tình hình thực hiện", "Hiện trạng"; folded)
_WHERE_IT_STANDS_HEADER = quick_compile(r"(?:tình hình|hiện trạng|kết quả)(?:\s+(?:thực hiện|triển khai|hiện nay))?")
# a time column of the span a work is carried out in ("2024 - 2027") (folded)
_SPAN_HEADER = quick_compile(r"thời gian(?:\s+thực hiện)?")


# the issuer's opinion on each row (also read by parse/tasks.py), and a column of the time a body asked for (folded)
OPINION_HEADER = quick_compile(r"(?:ý kiến|kết quả xem xét)(?!\w)")
_ASKED_TIME_HEADER = quick_compile(r"(?:thời hạn|thời gian|tiến độ)[^|]{0,20}(?:đề nghị|đề xuất|xin)|(?:đề nghị|đề xuất|xin)[^|]{0,20}(?:thời hạn|gia hạn)")
# a column of the venue of each event of a programme, or of who takes part in it (folded)
_VENUE_HEADER = quick_compile(r"địa điểm(?:\s+(?:tổ chức|đến))?|thành phần(?:\s+(?:tham gia|tham dự|dự))?")
# a column of the place of each event ("Điểm giao nhận quân", "Địa điểm") (folded)
_PLACE_OF_EVENT = quick_compile(r"(?:địa\s+)?điểm(?!\w)")
# … beside a column of when each is held, not of a time limit ("Thời gian", "Thời gian tổ chức"; not
# "Thời gian hoàn thành") (folded)
_WHEN_HELD = quick_compile(r"thời gian(?:\s+(?:tổ chức|diễn ra|giao nhận|dự kiến))?|ngày,? giờ|giờ,? ngày")   # (… "| Đoàn ra |
                                                                                                     # Địa điểm đến | Thời gian dự kiến |")
def is_a_programme(cells: list, cols: dict) -> bool:
    """A programme's header: when each item is held ("Thời gian") beside where ("Địa điểm"), its
    times the days of events, not time limits ("| Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện |")."""
    if "deadline" not in cols or cols["deadline"] >= len(cells):
        return False
    when = " ".join(fold(cells[cols["deadline"]]).split()).strip(" *")
    heads = [" ".join(fold(c).split()).strip(" *") for c in cells]
    # (… or a leaders' working calendar: who presides each item beside the body preparing it, "| Thời gian | Nội
    # dung | Chủ trì | Cơ quan chuẩn bị |")
    return _WHEN_HELD.fullmatch(when) is not None and (any(_VENUE_HEADER.fullmatch(h) for h in heads) or (
        "chủ trì" in heads and any(_PREPARES_HEADER.fullmatch(h) for h in heads)))


# a column of the unit each quantity is counted in, beside the quantities (folded)
# … nor a team's roster ("Họ và tên", "Chức vụ, đơn vị") (folded)
_ROSTER = quick_compile(words_alternation(_CUES["table_headers.roster"]))
# … nor a column of the day each row receives what is handed out ("Thời gian nhận") (folded)
_RECEIPT_TIME = quick_compile(words_alternation(_CUES["table_headers.receipt_time"]))
_UNIT_OF_MEASURE = quick_compile(r"đơn vị(?: tính)?|đvt")
_QUANTITY_HEADER = quick_compile(r"(?:khối lượng|số lượng|quy mô)(?!\w)")
# a lead column named by the investor of each work
_INVESTOR_HEADER = quick_compile(r"(?<!\w)(?:chủ|nhà) đầu tư(?!\w)")


# a time column of expected milestones ("Tiến độ dự kiến", "Thời gian dự kiến hoàn thành") (folded)
_EXPECTED_HEADER = quick_compile(r"(?:tiến độ|thời gian|mốc thời gian)(?:\s+(?:thực hiện|hoàn thành))?\s+dự kiến(?:\s+(?:thực hiện|hoàn thành))?")
# the communes or wards a table is about, as its whole header cell ("Xã", "Xã, phường"; folded)
_UNITS_HEADER = quick_compile(r"(?:xã|phường|đặc khu)(?:\s*,\s*(?:xã|phường|đặc khu))*")
# a sentence before a table giving its rows to the units of a column ("UBND các xã, phường nơi có cơ sở chủ trì
# thực hiện nhiệm vụ tại bảng dưới đây"; folded)
_UNITS_LEAD_THE_TABLE = quick_compile(r"(?:ubnd|ủy ban nhân dân)\s+các\s+(?:xã|phường|đặc khu)(?!\w)[^.;:]{0,80}?(?<!\w)chủ trì"
                                      r"(?!\w)[^.;]{0,80}?(?<!\w)bảng\s+(?:dưới đây|sau)(?!\w)")


def units_leading_instead(cells: list, cols: dict, before: str) -> Optional[dict]:
    """The columns of a task table whose sentence before (``before``, folded) gives its rows to the communes of
    its unit column, though the header's lead is what each row is about ("UBND các xã, phường nơi có cơ sở chủ
    trì thực hiện nhiệm vụ tại bảng dưới đây" over "| STT | Cơ sở | Xã, phường | Nhiệm vụ | Thời gian |": the
    commune leads, the facility is a note); else None."""
    lead = cols.get("lead")
    if lead is None or lead >= len(cells) or not _UNITS_LEAD_THE_TABLE.search(before):
        return None
    head = " ".join(fold(cells[lead]).split()).strip(" *")
    if any(rx.search(head) for rx, _w in _LEAD_WORDS) or not _LEAD_AS_WHOLE_CELL.search(head):
        return None                     # (a column of bodies by its own name: "Cơ quan chủ trì", "Đơn vị thực hiện")
    heads = [" ".join(fold(c).split()).strip(" *") for c in cells]
    unit = next((i for i, h in enumerate(heads) if i != lead and _UNITS_HEADER.fullmatch(h)), None)
    task = next((i for i, h in enumerate(heads) if i not in (lead, unit) and TASK_HEADER.search(h)), None)
    if unit is None or task is None:
        return None
    return dict(cols, lead=unit, text=task)


def note_columns(cells: list, cols: dict) -> tuple:
    """The columns of a task table's header ``cells`` that hold notes on the task rather than
    its context: a column the extractor does not read ("Ghi chú", "Sản phẩm") or a second
    column of a role already taken ("Cá nhân phụ trách chỉ đạo" beside "Cơ quan chủ trì")."""
    used = set(cols.values())
    out = []
    for i, c in enumerate(cells):
        if i in used or not c.strip():
            continue
        if _cell_role(c) is not None or _OTHER.match(" ".join(fold(c).split())):
            out.append(i)
    return tuple(out)


def is_table_row(line: str) -> bool:
    """A table flattened to text: "| 1 | Dự án X | Sở Xây dựng | 30/6/2026 |" or, from .docx,
    "1 | Dự án X | Sở Xây dựng | 30/6/2026"."""
    s = line.strip()
    return s.count("|") >= 2 and (s.startswith("|") or s.count(" | ") >= 2)


# a separator cell of a Markdown table ("---", ":--:") or an empty one
_SEPARATOR_CELL = quick_compile(r":?-{2,}:?|")


def table_cells(line: str) -> list:
    """The cells of a table row, without the outer pipes; [] for a separator row (|---|---|)."""
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") else s
    cells = [c.strip() for c in s.split("|")]
    return [] if all(_SEPARATOR_CELL.fullmatch(c) for c in cells) else cells


def _header_cell(line: str, taken: set, cells: tuple = ()) -> bool:
    """A line that is one more cell of a header: short, and a column the header does not have (or
    a time column replacing the one before it: "Thời hạn giao" / "Thời hạn điều chỉnh")."""
    s = line.strip()
    if not s or len(s) > _MAX_HEADER_CELL or _ROW_NUMBER.match(s) or is_table_row(s) or s.endswith(":"):
        return False                # (nor the sentence announcing the table: "… một số nhiệm vụ như sau:")
    role = _cell_role(s)
    if role == "deadline" and role in taken:
        old = next((c for c in reversed(cells) if _cell_role(c) == "deadline"), None)
        return old is not None and _replaces(" ".join(fold(s).split()), " ".join(fold(old).split()))
    if role is not None:
        return role not in taken
    return _other_column(s)


def _other_column(cell: str) -> bool:
    """A header cell of a column the extractor does not read ("Ghi chú", "Sản phẩm")."""
    return bool(_OTHER.match(" ".join(fold(cell).split())))


def _names_a_column(cell: str) -> bool:
    cell = cell.rstrip(",")             # (a header cell wrapped after its comma: "Hoàn thành," / "bàn giao")
    return _cell_role(cell) is not None or _other_column(cell) or _CONTEXT.fullmatch(" ".join(fold(cell).split())) is not None


def _past_one_blank(lines: list, j: int) -> int:
    """``j``, or the line after it when ``j`` is one blank line a reader put between paragraphs
    (a .docx read one paragraph per cell: "STT" / "" / "Nội dung" / "" / …)."""
    if not lines[j].strip() and j + 1 < len(lines) and lines[j + 1].strip():
        return j + 1
    return j


# a numbered heading ("I. NHIỆM VỤ …", "1. Nhiệm vụ cụ thể", "a) Nhiệm vụ chung"): no header cell
_NUMBERED_HEADING = quick_compile(r"^(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđA-HĐ])[.)]\s+\S")


def _header_at(lines: list, i: int) -> Optional[tuple]:
    """(header cells, index after the header) when a task table's header starts at line ``i``:
    a ``|`` row naming the columns, with the cells a converter put on the lines below it; or one
    header cell per line."""
    s = lines[i].strip()
    if is_table_row(s):
        cells = table_cells(s)
        cols = table_columns(cells) if cells else None
        if cols is None:
            return None
        j = i + 1
        if j < len(lines) and is_table_row(lines[j]) and not table_cells(lines[j]):
            j += 1                                          # the separator row "| --- | --- |"
        while j < len(lines):
            k = _past_one_blank(lines, j)
            if not _header_cell(lines[k], {r for r, _k in _roles(cells)}):
                break
            cells.append(lines[k].strip())
            j = k + 1
        return cells, j
    if not s or _ROW_NUMBER.match(s) or len(s) > _MAX_HEADER_CELL or _cell_role(s) is None or s.endswith(":") \
            or _NUMBERED_HEADING.match(s):
        return None                 # (not the part's heading over the table: "I. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN")
    cells, j = [], i
    while j < len(lines) and len(cells) < 8:
        k = _past_one_blank(lines, j) if cells else j
        if not _header_cell(lines[k], {r for r, _k in _roles(cells)}, tuple(cells)):
            break
        cells.append(lines[k].strip())
        j = k + 1
    if len(cells) < 3 or table_columns(cells) is None:
        return None
    return cells, j


def _roles(cells: list):
    for k, c in enumerate(cells):
        r = _cell_role(c)
        if r is not None:
            yield r, k


def _row_cells(parts: list, ncols: int, deadline_col: Optional[int]) -> list:
    """The cells of one row (its number first) from the lines after its number: in the header's
    order; a time left alone at the end goes to the time column when cells are missing; lines
    beyond the columns go on the cells in the same order (a row broken by a page)."""
    rest = ncols - 1
    cells = [""] * rest
    if len(parts) <= rest:
        if len(parts) < rest and len(parts) >= 2 and deadline_col is not None \
                and _TIME_CELL.match(parts[-1]) and deadline_col - 1 >= len(parts) - 1:
            for k, p in enumerate(parts[:-1]):
                cells[k] = p
            cells[deadline_col - 1] = parts[-1]
        else:
            for k, p in enumerate(parts):
                cells[k] = p
        return cells
    for k, p in enumerate(parts):
        c = k % rest
        cells[c] = (cells[c] + " " + p).strip()
    return cells


# the recipients, an appendix or a signature: the table has ended
_TABLE_END_LINE = quick_compile(r"(?i)(?:nơi nhận|phụ lục|kt\.|tm\.|tl\.)")


def _ends_table(line: str) -> bool:
    s = line.strip()
    return bool(_TABLE_END_LINE.match(s)) or is_table_row(s) or \
        (len(s) > 3 and s.isupper() and not _ROW_NUMBER.match(s))


# a group row of a table written one cell per line, in capitals: "I. NHIỆM VỤ CHUNG"
_GROUP_ROW_HEAD = quick_compile(r"^(?:[IVX]{1,5}|[A-HĐ])\.\s+(?P<title>.{3,80})$")      # (… "A. HẠ TẦNG VÀ DỮ LIỆU")


def _group_row_line(s: str) -> bool:
    m = _GROUP_ROW_HEAD.match(s)
    return m is not None and m.group("title").isupper()


# … or its number and its title on two lines: "II" / "NHIỆM VỤ CỤ THỂ"
_GROUP_ROW_NUMBER = quick_compile(r"^[IVX]{1,5}\.?$")


def _group_row_lines(lines: list, k: int) -> int:
    """How many lines a group row takes at ``lines[k]`` ("I. NHIỆM VỤ CHUNG": 1; "I" / "NHIỆM VỤ CHUNG": 2); 0
    when none starts there."""
    s = lines[k].strip()
    if _group_row_line(s):
        return 1
    if _GROUP_ROW_NUMBER.match(s) and k + 1 < len(lines):
        title = lines[k + 1].strip()
        if len(title) > 3 and title.isupper() and not _ROW_NUMBER.match(title) and not _TABLE_END_LINE.match(title):
            return 2
    return 0


# a time cell cut after its first words: "Trước ngày" / "05/11/2021"
_DANGLING_TIME = quick_compile(r"(?i)(?:^|\s)(?:trước|chậm nhất|trong|hoàn thành)(?:\s+(?:ngày|tháng))?$")
_WRAP_WIDTH = 55          # a line this long that ends mid-sentence was wrapped, not a cell of its own


_NUMBERED_LINE = quick_compile(r"^(?:\d{1,3}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s")


def _starts_a_body(line: str) -> bool:
    from .bodies import body_grammar
    return body_grammar().starts_a_body(line)


# a cell opening with a commune or ward by name ("Phường Thục Phán, phường Nùng Trí Cao," after "Cụm I")
_UNIT_OPENS = quick_compile(r"(?:Xã|Phường|Thị trấn|Đặc khu)\s+[A-ZĐÀ-Ỹ]")


def _wrapped_on(parts: list, line: str, cells_left: int = 1) -> bool:
    """``line`` goes on the cell before (``cells_left``: cells the row still lacks): a time cut
    after "Trước ngày"; a capitalised line that starts no body, no time and no item, while the
    row lacks cells ("… chống dịch" / "COVID-19 đối với …"); a line in lower case after a cell
    that stops mid-sentence — on a comma, a hanging word, a capital, or when it is long ("… về
    lâm" / "nghiệp ở trung ương, địa phương.")."""
    if parts and _DANGLING_TIME.search(parts[-1]) and _TIME_CELL.match("ngày " + line) and line[:1].isdigit():
        return True                     # "Trước ngày" / "05/11/2021"
    if parts and cells_left > 0 and parts[-1].rstrip().endswith(";") and _starts_a_body(line):
        return True                     # "Công ty TNHH MTV Sông Chu;" / "Công ty TNHH MTV Sông Mã": one cell's list
    if parts and cells_left > 0 and line[:1].isupper() and parts[-1][-1:] not in ".;:!?)" and not _TIME_CELL.match(line) \
            and not _TIME_CELL.match(parts[-1]) and not _starts_a_body(line) and not _NUMBERED_LINE.match(line) \
            and not (_UNIT_OPENS.match(line) and parts[-1][-1:] != ","):
        # a cell going on in a capital: "… phòng, chống dịch" / "COVID-19 đối với …", "Sở Du lịch;
        # Hiệp hội" / "Du lịch tỉnh", "…, các huyện: Phù Cát, Tuy" / "Phước"
        return True
    if not parts or not line[:1].islower():
        return False
    last = parts[-1]
    if last[-1:] in ",-–" or _HANGING_END.search(last) or (last.split() and last.split()[-1][:1].isupper()
                                                            and last[-1:] not in ".;:!?)" and not _TIME_CELL.match(line)):
        return True                     # "… trên địa bàn," / "đề xuất …"; "… và Môi" / "trường"
    return len(last) >= (_WRAP_WIDTH if _TIME_CELL.match(line) else 30) and last[-1:] not in ".;:!?)"


# the first words of a header cell, in capitals: where a header written on one line is cut
# ("STT Nội dung công việc Cơ quan chủ trì Cơ quan phối hợp Thời gian Ghi chú")
_HEADER_CELL_START = quick_compile(r"(?<=\S)\s+(?=(?:Nội dung|Nhiệm vụ|Công việc|Giải pháp|Cơ quan|Đơn vị|Thời gian|Thời hạn|Tiến độ"
                                   r"|Ghi chú|Sản phẩm|Dự kiến sản phẩm|Kết quả|Kinh phí|Nguồn kinh phí|Hình thức|Văn bản|Cấp trình|Địa phương"
                                   r"|Trách nhiệm|Phụ trách)(?!\w))")


def _header_in_one_line(line: str) -> Optional[list]:
    """The cells of a task table's header a converter wrote on one line ("STT Nội dung công việc Cơ
    quan chủ trì Cơ quan phối hợp Thời gian Ghi chú"), else None."""
    s = line.strip()
    if not _ONE_LINE_HEADER_START.match(s) or len(s) > 160:
        return None
    cells = [c.strip() for c in _HEADER_CELL_START.split(s) if c.strip()]
    first = _ONE_LINE_HEADER_START.match(cells[0]) if cells else None
    if first is not None and first.end() < len(cells[0]):
        cells = [cells[0][:first.end()].strip(), cells[0][first.end():].strip()] + cells[1:]
    if len(cells) < 4 or not all(_names_a_column(c) for c in cells):
        return None
    return cells if table_columns(cells) is not None else None


_ONE_LINE_HEADER_START = quick_compile(r"(?:STT|TT|Số TT)\.?(?=\s)")


# a row's number with its first cell on one line, as a PDF reader writes a table without its
# layout: "1 Rà soát, khoanh định vùng trồng …" (a bare number, no item's dot; not a line laid out
# in columns, "1     Hoàn thiện hồ sơ …   Sở X", read by rebuild_layout_tables)
_NUMBER_AND_CELL = quick_compile(r"^(?P<n>\d{1,3}) (?P<cell>[^\W\d_](?:(?![ \t]{2}).)*)$")


def _row_number_and_cell(s: str, last_num: Optional[int]) -> Optional[tuple]:
    """("2", "Xây dựng cơ sở dữ liệu …") for the line "2 Xây dựng cơ sở dữ liệu …" when 2 is the
    next row's number (1 for the first row, ``last_num`` None)."""
    m = _NUMBER_AND_CELL.match(s)
    if m is None or int(m.group("n")) != (last_num or 0) + 1:
        return None
    return m.group("n"), m.group("cell")


def rebuild_tab_tables(text: str) -> str:
    """``text`` with every task table pasted as tab-separated values (from a spreadsheet or a web
    page: a header line of tab-separated column names, then a line per row, a cell in quotes when
    it holds a line break or a quote) written as ``|`` rows; other lines are left as they are."""
    lines = text.split("\n")
    out: list = []
    i, n = 0, len(lines)
    while i < n:
        cells = lines[i].split("\t")
        if len(cells) < 3 or table_columns([c.strip() for c in cells]) is None:
            out.append(lines[i])
            i += 1
            continue
        j, open_quote = i + 1, False
        while j < n and (open_quote or "\t" in lines[j]):
            open_quote = open_quote != (lines[j].count('"') % 2 == 1)
            j += 1
        rows = list(csv.reader(io.StringIO("\n".join(lines[i:j])), delimiter="\t"))
        for r in rows:
            out.append("| " + " | ".join(" ".join(c.split()) for c in r) + " |")
        i = j
    return "\n".join(out)


def rebuild_cell_tables(lines: list) -> list:
    """``lines`` with every task table written one cell per line turned into ``|`` rows (see the
    module doc); other lines are left as they are."""
    if not any(_ROW_NUMBER.match(x.strip()) or _NUMBER_AND_CELL.match(x.strip()) for x in lines) \
            and not any(len(x.strip()) <= 30 and x.strip().lower().startswith(("thời hạn", "thời gian")) for x in lines):
        return lines                    # (no row number, nor a time column's header opening a table of unnumbered rows)
    if any(_ONE_LINE_HEADER_START.match(x.strip()) for x in lines):
        lines = [c for x in lines for c in (_header_in_one_line(x) or [x])]
    out: list = []
    i, n = 0, len(lines)
    while i < n:
        head = _header_at(lines, i) if lines[i].strip() else None
        if head is None:
            out.append(lines[i])
            i += 1
            continue
        cells, j = head
        k = j
        while k < n and (not lines[k].strip() or (group := _group_row_lines(lines, k))):
            k += group if lines[k].strip() else 1           # (a group row "I. NHIỆM VỤ CHUNG" before the first row)
        if k < n and _row_number_and_cell(lines[k].strip(), None) is not None:
            lines = lines[:k] + list(_row_number_and_cell(lines[k].strip(), None)) + lines[k + 1:]
            n = len(lines)
        cols = table_columns(cells)
        if k < n and not _ROW_NUMBER.match(lines[k].strip()) and cols is not None and cols.get("deadline") == 0 \
                and "number" not in cols and (_TIME_CELL.match(lines[k].strip()) or _DANGLING_TIME.search(lines[k].strip())):
            rows, end = _rows_led_by_time(lines, k, len(cells))
            if len(rows) >= 2:
                # "Thời hạn" / "Nội dung" / "Cơ quan chủ trì" / … then "Trước ngày" / "15/12/2026" / "Trình HĐND …":
                # a table with no numbers whose rows open with their time
                out.append("| " + " | ".join(cells) + " |")
                out.extend("| " + " | ".join(r) + " |" for r in rows)
                i = end
                continue
        if k >= n or not _ROW_NUMBER.match(lines[k].strip()):
            out.extend(lines[i:j])                          # a header of | rows, or no table at all
            i = j
            continue
        ncols = len(cells)
        rows, number, parts, at, last_num = [], None, [], [], None
        while k < n:
            s = lines[k].strip()
            if not s:
                k += 1
                continue
            group = _group_row_lines(lines, k) if parts else 0
            if group and _ROW_NUMBER.match(lines[_past_one_blank(lines, k + group)].strip() if k + group < n else ""):
                k += group                                  # a group row between rows: "II. NHIỆM VỤ CỤ THỂ" (or "II" /
                continue                                    # "NHIỆM VỤ CỤ THỂ")
            if _ends_table(s):
                break
            glued = _row_number_and_cell(s, last_num) if parts else None
            if glued is not None:
                lines = lines[:k] + list(glued) + lines[k + 1:]     # "2 Xây dựng cơ sở dữ liệu …": the
                n, s = len(lines), glued[0]                         # number and the row's first cell
            if _ROW_NUMBER.match(s) and (number is None or parts):
                if s.isdigit() and last_num is not None and int(s) != last_num + 1:
                    k += 1                                  # a page number between two rows
                    continue
                if number is not None:
                    rows.append([number] + _row_cells(parts, ncols, cols.get("deadline")))
                number, parts, at = s, [], []
                last_num = int(s.rstrip(".")) if s.rstrip(".").isdigit() else last_num
            elif _wrapped_on(parts, s, ncols - 1 - len(parts)):
                parts[-1] += " " + s                        # a cell's text wrapped onto the next line
            elif len(parts) >= 2 * (ncols - 1):
                break                                       # no cell of this table any more
            else:
                parts.append(s)
                at.append(k)
            k += 1
        if number is not None:
            if len(parts) > ncols - 1:
                k = at[ncols - 1]                           # the last row: what goes beyond its cells
                parts = parts[:ncols - 1]                   # is the text after the table
            rows.append([number] + _row_cells(parts, ncols, cols.get("deadline")))
        out.append("| " + " | ".join(cells) + " |")
        out.extend("| " + " | ".join(r) + " |" for r in rows)
        i = k
    return out


def _rows_led_by_time(lines: list, k: int, ncols: int) -> tuple:
    """(rows, index after the table) of a table written one cell per line with no row numbers, its time
    column first: each row opens with a time ("Trước ngày" / "15/12/2026", "Quý I/2027"), then its other
    cells, a cell's words wrapped in lower case going on ("Giải ngân hết kế hoạch vốn đầu tư" / "công năm
    2026").  The table ends at a blank line, an item or a heading."""
    rows: list = []
    parts: list = []
    n = len(lines)
    while k < n:
        s = lines[k].strip()
        if not s or _ends_table(s) or _NUMBERED_LINE.match(s) or _GROUP_ROW_HEAD.match(s):
            break
        opens = (_TIME_CELL.match(s) or _DANGLING_TIME.search(s)) and len(parts) >= 3 and not _wrapped_on(parts, s, 0)
        if not parts or opens:
            if parts:
                rows.append(parts)
            parts = [s]
        elif _wrapped_on(parts, s, ncols - len(parts)) or (len(parts) == 1 and _DANGLING_TIME.search(parts[0])):
            parts[-1] += " " + s                # "Trước ngày" / "15/12/2026"; "… vốn đầu tư" / "công năm 2026"
        elif len(parts) < ncols:
            parts.append(s)
        else:
            break
        k += 1
    if parts:
        rows.append(parts)
    if not rows or any(len(r) < 3 or len(r) > ncols for r in rows):
        return [], k
    return [r + [""] * (ncols - len(r)) for r in rows], k


# ---------------------------------------------------------------- tables of "|" rows
_SPAN_END = quick_compile(r"(?i)\s+đến(?:\s+hết)?\s+|(?<=\d{4})\s*[-–]\s*(?=(?:năm\s+|tháng\s+)?(?:\d{1,2}/)?\d{4})"
                          r"|(?<=\d)\s*[-–]\s*(?=\d{1,2}/\d{1,2}/\d{4})")
# "Cuối năm 2026": by the end of that year
_END_OF_YEAR = quick_compile(r"(?i)^cuối\s+(?=năm\s+(?:19|20)\d\d$)")
_BARE_YEAR = quick_compile(r"(?:19|20)\d\d")


def table_time(cell: str) -> str:
    """The words of a time cell as a deadline finder reads them: a span ends where its last part
    ends ("Từ tháng 7/2026 đến tháng 12/2026", "Năm 2026 - 2027", "Tháng 10/2026 - 12/2026",
    "Từ 01/7 - 30/9/2026"); a bare year is that year ("2026", "Cuối năm 2026"); a bare month or
    month range is that month ("11/2019", "10-11/2019")."""
    end = _SPAN_END.split(cell)[-1].strip() if _SPAN_END.search(cell) else cell.strip()
    end = _END_OF_YEAR.sub("", end)
    if _BARE_YEAR.fullmatch(end):
        return "năm " + end
    if _BARE_MONTHS.match(end):
        return "tháng " + end
    months = _MONTHS_WITHOUT_YEAR.match(end)
    if months:                          # "Tháng 4 và tháng 5": the last month named
        return "tháng " + months.group("last")
    return end


def _row_line(line: str) -> bool:
    """A line of a table of "|" rows: cells joined by " | " (one join is enough inside a table:
    "1 | Lập nhiệm vụ"), or a row in outer pipes."""
    s = line.strip()
    return "|" in s and (s.startswith("|") or s.endswith("|") or " | " in s)


def _docx_cells(line: str, outer: bool) -> list:
    """Cells of a row: a Markdown row (``outer``) drops its outer pipes; a row a .docx reader
    joined with " | " keeps a leading empty cell (" | Xây dựng …" is a row whose first cell is
    empty, a cell merged with the one above it)."""
    if outer:
        return table_cells(line)
    s = line.strip()
    cells = [c.strip() for c in s.split("|")]
    return [] if all(_SEPARATOR_CELL.fullmatch(c) for c in cells) else cells


def _sub_header(cells: list, top: Optional[list] = None) -> bool:
    """The second row of a two-row header: the names of the columns a cell of the first row
    spans ("Thực hiện" over "Đơn vị chủ trì | Đơn vị phối hợp"), empty below the others (under a
    time column of ``top``, also the versions of the time: "Thời hạn" over "Theo Kế hoạch số
    45/KH-UBND | Điều chỉnh")."""
    named = [c for c in cells if c]
    timed = top is not None and any(_cell_role(c) == "deadline" for c in top if c)
    return bool(named) and len(named) < len(cells) and not any(_data_cell(c) for c in named) and \
        all(_cell_role(c) is not None or _OTHER.match(" ".join(fold(c).split())) or (timed and _time_version(c))
            for c in named)


def _time_version(cell: str) -> bool:
    """A sub-header's name of one version of a time ("Theo Kế hoạch số 45", "Điều chỉnh", "Ban đầu")."""
    fc = " ".join(fold(cell).split()).strip(" *")
    return len(fc) <= 40 and _cell_role(cell) is None and (_SUPERSEDED.match(fc) is not None or _RENEWED.match(fc) is not None)


def _under(parent: str, cell: str) -> str:
    """A sub-header's cell named with the time column above it: "Thời hạn Điều chỉnh"."""
    return f"{parent} {cell}" if parent and _time_version(cell) and _cell_role(parent) == "deadline" else cell


def _merge_headers(top: list, below: list) -> list:
    """One header from two rows: an empty cell below keeps the cell above it; a run of named
    cells below replaces the one cell above that spans them (rows of one width: cell by cell; a
    version of a time keeps the time's name: "Thời hạn" over "Theo Kế hoạch | Điều chỉnh")."""
    if len(top) == len(below):
        out, parent = [], ""
        for t, b in zip(top, below):
            parent = t or parent
            out.append(_under(parent, b) if b else t)
        return out
    out, p, k = [], 0, 0
    while k < len(below):
        if below[k]:
            parent = top[p] if p < len(top) else ""
            while k < len(below) and below[k]:
                out.append(_under(parent, below[k]))
                k += 1
        else:
            out.append(top[p] if p < len(top) else "")
            k += 1
        p += 1
    out.extend(top[p:])
    return out


# a column's number under the header: "(1)", "2"
_COLUMN_NUMBER = quick_compile(r"\(?\d{1,2}\)?")


def _column_numbers(cells: list) -> bool:
    """The row under a header that numbers its columns ("| (1) | (2) | (3) |"): no task."""
    named = [c for c in cells if c]
    return len(named) >= 3 and all(_COLUMN_NUMBER.fullmatch(c) for c in named)


# a line of a one-column box drawn with bars ("| 1. Sở Tài chính |", "| - Chủ trì … sự" / "nghiệp …
# 30/6/2026. |"): a bar at its start, its end or both, and none inside
_ONE_CELL_LINE = quick_compile(r"^\s*(?:\|\s*(?P<a>[^|]*?)\s*\|?|(?P<b>[^|]*?)\s+\|)\s*$")


# a row of two cells whose first is only an item's number: "| 1. | Sở X: hoàn thiện … |"
_NUMBERED_ROW = quick_compile(r"^\s*\|\s*(?P<mark>\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|[a-zđ][.)]|[IVX]{1,4}\.?|[-–—•+])\s*\|\s*(?P<text>[^|]+?)\s*\|?\s*$")
# … or a row of three cells: the mark, a body before its colon, its task in lower case
_NUMBERED_HEADING_ROW = quick_compile(r"^\s*\|\s*(?P<mark>\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|[a-zđ][.)])\s*\|\s*(?P<head>[A-ZĐÀ-Ỹ*][^|:]{2,120}:)"
                                      r"[*\s]*\|\s*(?P<text>[a-zđà-ỹ][^|]*?)\s*\|?\s*$")
# … or the body without its colon, when the grammar reads it as one ("| 3. | Ban Huấn luyện Đội tuyển Bóng đá tỉnh |
# hoàn thành danh sách … |")
_NUMBERED_BODY_ROW = quick_compile(r"^\s*\|\s*(?P<mark>\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|[a-zđ][.)])\s*\|\s*(?P<head>[A-ZĐÀ-Ỹ][^|:;.]{2,100}?)"
                                   r"[*\s]*\|\s*(?P<text>[a-zđà-ỹ][^|]*?)\s*\|?\s*$")
# (… or a bullet's: "| – | Ra quân lập lại trật tự vỉa hè … chậm nhất ngày |" / "|  | 03/6/2026; |")
_BULLET_MARKS = frozenset("-–—•+")


def _a_body_row(line: str):
    """The match of a row "| 3. | Ban X | hoàn thành … |" whose middle cell opens with a body's head (the grammar's), a
    name and nothing else, else None."""
    from .bodies import body_grammar
    m = _NUMBERED_BODY_ROW.match(line)
    return m if m is not None and body_grammar().starts_a_body(m.group("head")) else None


def _unnumbered_rows(lines: list) -> list:
    """Rows "| 1. | Sở X: … |" of a table with no header written as the items they are ("1. Sở X:
    …"), when no row of the run has a header the task tables know."""
    out = []
    unboxed = False                     # the line before was such a row (or its continuation)
    for x in lines:
        three_cells = x.lstrip().startswith("|") and x.count("|") in (3, 4)
        headed = (_NUMBERED_HEADING_ROW.match(x) or _a_body_row(x)) if three_cells else None
        if headed is not None:
            # "| 3. | Phòng Hành chính - Tổng hợp: | bố trí kinh phí, … trước ngày 15/01/2027. |": the item's mark, its
            # body before a colon and its task, one item ("3. Phòng Hành chính - Tổng hợp: bố trí …")
            mark = headed.group("mark")
            mark = mark if mark[-1] in ".)" else mark + "."
            out.append(f"{mark} {headed.group('head')} {headed.group('text')}")
            unboxed = True
            continue
        m = _NUMBERED_ROW.match(x) if x.lstrip().startswith("|") and x.count("|") <= 3 else None
        if m is not None and m.group("mark") in _BULLET_MARKS and not unboxed and ":" in m.group("text")[:80]:
            m = None                    # (a bullet's row only inside a run of numbered ones: "| 3. | Công an …: |" /
                                        # "| – | Xử lý …; |"; not "Ý kiến tại cuộc họp:" / "| - | Sở Nội vụ: đề nghị … |";
                                        # but a sentence of its own: "Về phía Viettel:" / "| - | Trung tâm Hạ tầng hoàn
                                        # thành … |")
        labelled = _LABELLED_ROW.match(x) if m is None and x.lstrip().startswith("|") and x.count("|") <= 3 else None
        if labelled is not None:
            # "| a) Sở Tài chính: | thẩm định dự toán … |": the item's mark and body in one cell, its
            # words in the next ("| 2. Nhiệm vụ: | |": a heading)
            out.append(f"{labelled.group('label')} {labelled.group('text')}".rstrip())
            unboxed = True
            continue
        form = _form_field(x) if m is None and labelled is None else None
        if form is not None:
            # "| Thời hạn xử lý: | UBND xã Lạc Sơn báo cáo … trước ngày 29/5/2026." in a slip's box: the field
            # and its value, one line as the form reads
            out.append(f"{form.group('label')} {form.group('text')}")
            unboxed = True
            continue
        item = _EMPTY_THEN_ITEM.match(x) if m is None and labelled is None and x.count("|") <= 3 else None
        if item is not None:
            # "| | 3. Vườn quốc gia Ba Bể rà soát … |": an item in the second cell of a form's box whose
            # first cell an instruction's title spans ("| Ý kiến chỉ đạo của …: |" above)
            out.append(item.group("text"))
            unboxed = True
            continue
        if m is None:
            more = _CONTINUED_ROW.match(x) if unboxed else None
            # "| | vùng trũng thấp, trình UBND xã trước ngày … |" under "| 1. | Phòng Kinh tế … |":
            # the item's sentence going on in the next row
            out.append(more.group("text") if more else x)
            # (… or a row's words wrapped out of its bars: "| | - Bố trí … trước ngày" / "31/8/2026." / "| | - …")
            # (… and past a lone bar, a blank row of the box: "|" / "| | Các cơ quan, đơn vị nêu trên báo cáo … |")
            unboxed = more is not None or (unboxed and "|" not in x and (x.strip()[:1].isdigit() or x.strip()[:1].islower())) \
                or (unboxed and x.strip() == "|")
            continue
        mark = m.group("mark")
        mark = mark if mark[-1] in ".)-–—•+" else mark + "."
        out.append(f"{mark} {m.group('text')}")
        unboxed = True
    return out


# a row of a form's box: a field's label ending in a colon, then its value, a sentence ("| Thời hạn xử lý: |
# UBND xã X báo cáo … trước ngày 29/5/2026. |")
_FIELD_ROW = quick_compile(r"^\s*\|\s*(?P<label>[A-ZĐÀ-Ỹ][^|:]{1,80}:)\s*\|\s*(?P<text>[^|\s][^|]{19,}?\.)\s*\|?\s*$")
# (a value that ends its sentence; a label in sentence case, not a minutes' parties: "| BÊN GIAO: | UBND xã X - Ông …")
# … but not a letter's own fields, which the header and the signature read as they stand
_NOT_A_FIELD = quick_compile(r"(?i)(?:nơi nhận|kính gửi|kính chuyển|số|v/v)\s*:")


def _form_field(line: str):
    """The match of a form's field row (its label in sentence case, not a letter's own field), else None."""
    form = _FIELD_ROW.match(line) if line.count("|") <= 3 else None
    if form is None or _NOT_A_FIELD.match(form.group("label")) or form.group("label").isupper():
        return None
    return form
# a row of two cells whose first is empty and whose second is a numbered item: "| | 1. Giao Sở X … |"
_EMPTY_THEN_ITEM = quick_compile(r"^\s*\|\s*\|\s*(?P<text>(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ]\))\s+[^|]+?)\s*\|?\s*$")
# a form's field that gives a leader's instruction: "| Ý kiến chỉ đạo của đ/c …: |", "| Bút phê: |"
_INSTRUCTION_FIELD = quick_compile(r"^\s*\|\s*(?i:ý kiến(?:\s+(?:chỉ đạo|kết luận|giải quyết))?\s+của|ý kiến chỉ đạo|"
                                   r"bút phê|nội dung chỉ đạo)(?!\w)")
# a row of two cells whose first is empty: "| | hoàn thành trước ngày 14/10/2025. |"
_CONTINUED_ROW = quick_compile(r"^\s*\|\s*\|\s*(?P<text>[^|\s][^|]*?)\s*\|?\s*$")


# a row of two cells, the first an item's mark and its label ending in a colon: "| a) Sở Tài
# chính: | thẩm định … |", "| 2. Nhiệm vụ: | |"
_LABELLED_ROW = quick_compile(r"^\s*\|\s*(?P<label>(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]|[a-zđ][.)]|[IVX]{1,4}\.)\s+[^|]{2,120}?:)"
                              r"\s*\|\s*(?P<text>[^|]*?)\s*\|?\s*$")


# the two columns of a slip's table (folded): the leader's directions ("Ý kiến chỉ đạo của đ/c PCT UBND tỉnh", "Ý kiến của
# lãnh đạo UBND tỉnh", "Bút phê") beside what they answer ("Tóm tắt nội dung, đề xuất", "Ý kiến đề xuất của Văn phòng")
_DIRECTIONS_HEADER = quick_compile(r"(?:ý kiến|nội dung)\s+(?:chỉ đạo|kết luận|giải quyết|phê duyệt)(?!\w)"
                                   r"|ý kiến\s+(?:của\s+)?(?:lãnh đạo|đ/c|đồng chí|chủ tịch|phó chủ tịch|pct|ct)(?!\w)|bút phê|kết luận của")
_ANSWERED_HEADER = quick_compile(r"(?:tóm tắt|nội dung|ý kiến đề xuất|ý kiến tham mưu|đề xuất|kiến nghị|tình hình|vấn đề)(?!\w)")


def slip_directions(lines: list) -> list:
    """``lines`` with each two-column table of a slip ("| Tóm tắt nội dung, đề xuất | Ý kiến chỉ đạo của đ/c PCT |")
    given as the leader's directions alone, a paragraph per row: the other column is what they answer (a
    summary, the office's proposal), no task of its own."""
    if not any("|" in x for x in lines):
        return lines
    out: list = []
    i, n = 0, len(lines)
    while i < n:
        cells = table_cells(lines[i]) if is_table_row(lines[i]) else []
        heads = [" ".join(fold(c.strip(" *")).split()) for c in cells]
        said = [k for k, h in enumerate(heads) if _DIRECTIONS_HEADER.match(h)]
        if len(cells) != 2 or len(said) != 1 or not _ANSWERED_HEADER.match(heads[1 - said[0]]):
            out.append(lines[i])
            i += 1
            continue
        k, j = said[0], i + 1
        while j < n and is_table_row(lines[j]):
            row = table_cells(lines[j])
            if len(row) == 2 and row[k].strip():
                out.extend(["", row[k].strip(), ""])
            j += 1
        i = j
    return out


def unbox_one_cell_lines(lines: list) -> list:
    """``lines`` with the bars of a one-column box taken off (a .pdf converter draws the frame of
    a one-column table so): its text is read as paragraphs.  Only when two lines or more open
    with such a bar; lines with a bar inside (rows of a real table, a two-column header) stay."""
    fields = [x for x in lines if _form_field(x)]
    if any(_NUMBERED_ROW.match(x) or _LABELLED_ROW.match(x) or _EMPTY_THEN_ITEM.match(x) for x in lines if x.count("|") <= 3) \
            or any(_NUMBERED_HEADING_ROW.match(x) for x in lines if x.count("|") in (3, 4)) \
            or len(fields) >= 3 or any(_INSTRUCTION_FIELD.match(x) for x in fields):
        # (one field that gives a leader's instruction is enough: a forwarding slip's "| Ý kiến chỉ
        # đạo của đ/c …: | "Giao Sở X …" |", its sentences going on in the rows below)
        lines = _unnumbered_rows(lines)
    if sum(1 for x in lines if x.lstrip().startswith("|") and x.count("|") <= 2
           and _ONE_CELL_LINE.match(x) and not set(x.strip()) <= set("|-: ")) < 2:
        # (a lone bar at the end of a line with no other is a converter's stray: "… để tổng hợp. |";
        # a section's heading in a box of its own, "| II. NHIỆM VỤ CỤ THỂ |", is that heading)
        return [_without_stray_bars(x) for x in lines]
    out = []
    for x in lines:
        m = _ONE_CELL_LINE.match(x) if "|" in x and x.count("|") <= 2 and not set(x.strip()) <= set("|-: ") else None
        out.append(m.group("a") if m is not None and m.group("a") is not None else
                   m.group("b") if m is not None else x)
    return out


def _without_stray_bars(line: str) -> str:
    """A line of a text with no one-column box: a lone bar at its end taken off, a numbered
    heading boxed alone unboxed."""
    if line.count("|") == 1 and line.rstrip().endswith(" |") and not line.lstrip().startswith("|"):
        return line.rstrip()[:-1].rstrip()
    if line.count("|") == 1 and line.lstrip().startswith("| ") and line.strip() != "|":
        return line.replace("|", " ", 1)        # "|    2. Sở Xây dựng …": the frame's left side, a stray
    if line.count("|") == 1 and _STRAY_INSIDE.search(line):
        return _STRAY_INSIDE.sub(" ", line)     # "… Truyền hình Hải Phòng | tăng cường …": a frame's line
    boxed = _BOXED_HEADING.match(line) if line.count("|") == 2 else None
    return boxed.group(1) if boxed else line


# a lone bar inside a sentence, the sentence going on in lower case after it
_STRAY_INSIDE = quick_compile(r"(?<=\w)\s+\|\s+(?=[a-zđà-ỹ])")


# a numbered section heading boxed by a converter: "| II. NHIỆM VỤ CỤ THỂ |"
_BOXED_HEADING = quick_compile(r"^\s*\|\s*((?:[IVX]{1,5}|\d{1,2})\.\s+[A-ZĐÀ-Ỹ][^|]*?)\s*\|\s*$")
_HANGING_END = quick_compile(r"(?:(?<!\w)(?:và|của|cho|với|các|thuộc)|[,–-])\s*$")


def capitals_group_row(cells: list) -> bool:
    """"|  | UBND CÁC XÃ VEN BIỂN |  |  |": a group row in capitals without a number, no wrapped words."""
    filled = [c.strip(" *") for c in cells if c.strip(" *")]
    return len(filled) == 1 and filled[0].isupper() and len(filled[0].split()) >= 2 and not cells[0].strip(" *")


def _hanging_cell(last: list, cells: list, cols: dict) -> Optional[int]:
    """The column of the one cell of the row above that ends on a word left hanging ("Phòng Quản lý
    công nghệ và"), when this row has no number and a single cell ("| | Đổi mới sáng tạo | | |");
    None otherwise."""
    if "number" in cols and cols["number"] < len(cells) and cells[cols["number"]].strip():
        return None
    filled = [c for c in cells if c.strip()]
    if len(filled) != 1:
        return None
    hanging = [k for k, c in enumerate(last) if c.strip() and _HANGING_END.search(c)]
    return hanging[0] if len(hanging) == 1 else None


# a cell naming a table's row of totals (folded)
_TOTAL_CELL = quick_compile(r"tổng cộng|tổng số|tổng|cộng|cộng chung")


def _wrapped_row(cells: list, cols: dict) -> bool:
    """A row that only continues the one above it on the page: no number of its own, and its task
    cell empty or going on in lower case or with a figure ("| | của các xã … | thôn mới tỉnh | | |",
    "| | 20 mô hình … | Môi trường | … |"); in a table without a task column (the bodies' rows of
    the sentence before it), a row with no number nor body of its own ("| | | … | 31/3/2026 |")."""
    if "number" not in cols or cols["number"] >= len(cells) or cells[cols["number"]].strip():
        return False
    if any(_TOTAL_CELL.fullmatch(" ".join(fold(c).split()).strip(" *:")) for c in cells):
        return False                    # "| | Tổng cộng | 3.285 hộ | 114.870 | |": the table's totals, a row of its own
    if "text" not in cols and "lead" in cols and cols["lead"] < len(cells):
        return not cells[cols["lead"]].strip() and any(c.strip() for c in cells)
    if "text" not in cols or cols["text"] >= len(cells):
        return False
    text = cells[cols["text"]].strip()
    return (not text or text[:1].islower() or text[:1].isdigit()) and any(c.strip() for c in cells)


def _goes_on_unnumbered(last: list, cells: list, cols: dict) -> bool:
    """In a table of bodies and their tasks with no number column, a row that goes on with the task
    of the row above, which has no time yet: "| Sở Xây dựng | Nâng cấp … (Km 3+200 - Km 4+850), |  |"
    over "|  | bảo đảm thông xe trước cao điểm Tết | Trước ngày 15/01/2027 |" (its lead cell empty,
    its words in lower case)."""
    if "number" in cols or any(r not in cols or cols[r] >= len(cells) or cols[r] >= len(last)
                               for r in ("lead", "text", "deadline")):
        return False
    text = cells[cols["text"]].strip()
    return not cells[cols["lead"]].strip() and text[:1].islower() and not last[cols["deadline"]].strip() \
        and bool(last[cols["text"]].strip())


_ANSWER_HEADER = quick_compile(r"^(?:" + "|".join(re.escape(w) for w in sorted(_CUES["answer_table_headers"], key=len, reverse=True))
                               + r")$")


def _answer_column(head: list) -> Optional[tuple]:
    """(number column, petition column, answer column) of a header "| STT | Nội dung kiến nghị |
    Ý kiến kết luận |", else None."""
    if any(_data_cell(c) for c in head):
        return None
    folded = [" ".join(fold(c).split()).strip(" *:") for c in head]
    answer = next((k for k, c in enumerate(folded) if _ANSWER_HEADER.match(c)), None)
    if answer is None or answer == 0:
        return None
    number = next((k for k, c in enumerate(folded) if _cell_role(head[k]) == "number"), None)
    asked = [k for k in range(answer) if k != number]
    return (number, asked, answer) if asked else None


def _answer_rows(lines: list, j: int, outer: bool, answer: tuple, out: list) -> int:
    """The rows of a table of petitions and answers from line ``j`` as bullets "- Về <petition>:
    <answer>" of the item the table stands in (the answer gives the tasks); the line after the
    table."""
    _number, asked, col = answer
    n = len(lines)
    while j < n and _row_line(lines[j]):
        cells = _docx_cells(lines[j], outer)
        if cells and len(cells) > col and not _column_numbers(cells):
            petition = "; ".join(cells[a].strip() for a in asked if cells[a].strip())
            text = cells[col].strip()
            if text:
                out.append(f"- Về {petition}: {text}" if petition else f"- {text}")
        j += 1
    return j


# a row a .docx reader wrote without its outer bars: "1 | Tổ chức …", "(1) | (2) | …", "I | GIAI ĐOẠN 1"
_ROW_OPENING = quick_compile(r"^\s*(?:\(?\d{1,3}[.)]?|[IVX]{1,5}\.?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?/\d{4})\s+\|")


def _rows_broken_over_lines(lines: list) -> list:
    """Rows of a ``|`` table whose cells a converter broke over lines ("| 1 | Phân bổ … cho" / "các dự án
    thành phần | Sở Kế hoạch và Đầu tư, Sở Tài" / "chính | … | Trước 31/7/2022 |") joined back, each
    into one line: a line opening a row without closing it takes the lines up to the one that does."""
    out, i, n = [], 0, len(lines)
    while i < n:
        s = lines[i].strip()
        if s.startswith("|") and not s.endswith("|") and s.count("|") >= 2:
            j = i + 1
            while j < n and j - i <= 8 and lines[j].strip() and not lines[j].strip().startswith("|") \
                    and not lines[j].strip().endswith("|") and not _ROW_OPENING.match(lines[j]):
                j += 1
            if j < n and j - i <= 8 and lines[j].strip().endswith("|") and not lines[j].strip().startswith("|") \
                    and not _ROW_OPENING.match(lines[j]):
                if s.count("|") == 2 and _BOXED_ITEM_OPENING.match(s) \
                        and not any("|" in x for x in lines[i + 1:j]) and lines[j].count("|") == 1:
                    # "| 2. | UBND các quận: A, B" / "- Tháo dỡ …" / "- Gửi danh sách … |": an item of the
                    # notice boxed with its bullets, its lines kept (their wraps are joined as text's are)
                    out.append(s + " |")
                    out.extend(lines[i + 1:j])
                    out.append(lines[j].rstrip()[:-1].rstrip())
                else:
                    out.append(" ".join(x.strip() for x in lines[i:j + 1]))
                i = j + 1
                continue
        out.append(lines[i])
        i += 1
    return out


# the opening of a notice's item boxed in two cells: "| 2. | UBND các quận: …"
_BOXED_ITEM_OPENING = quick_compile(r"\|\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]?\s*\|\s*\S")


# a line of cells joined by bars without spaces: "TT|Nội dung nhiệm vụ|Cơ quan chủ trì|…"
_BARE_BAR = quick_compile(r"(?<=\S)\|(?=\S)|(?<=\S)\|$|^\|(?=\S)")


def _spaced_bare_bars(lines: list) -> list:
    """A table whose cells a converter joined with bare bars ("1|Rà soát …|Sở Xây dựng|Tháng
    7/2026") written with spaced bars, as a .docx reader writes them; a line without bars inside
    it (the rest of a row's last cell: "Trước ngày" / "20/11/2026", "- Giai đoạn 2: …") goes on
    that cell.  Bars already spaced are left alone."""
    out: list = []
    width = 0                           # the bars of the table's header while inside such a table
    for line in lines:
        s = line.strip()
        bare = len(_BARE_BAR.findall(s)) if "|" in s and " | " not in s else 0
        if bare >= 2 or (width and bare >= 1):
            width = max(width, s.count("|"))
            out.append(" | ".join(c.strip() for c in s.split("|")))
            continue
        if width and s and "|" not in s and not s.isdigit() and out and out[-1].count("|") >= width and len(s) <= 60:
            out[-1] = out[-1] + (" <br> " if s.startswith(("-", "–", "+")) else " ") + s
            continue
        width = 0
        out.append(line)
    return out


def normalize_pipe_tables(lines: list) -> list:
    """``lines`` with each task table of "|" rows written as Markdown rows of the header's
    width: a two-row header made one, rows a .docx reader joined with " | " (a merged first cell
    left as a leading " | ", a row of a single join such as "I | GIAI ĐOẠN 1") given their
    outer pipes.  Other lines are left as they are."""
    if not any("|" in x for x in lines):
        return lines
    lines = _rows_broken_over_lines(_spaced_bare_bars(lines))
    out: list = []
    i, n = 0, len(lines)
    while i < n:
        s = lines[i].strip()
        outer = s.startswith("|")
        head = _docx_cells(s, outer) if is_table_row(s) else []
        cols = table_columns(head) if head else None
        if cols is None and head and len(head) >= 3 and not any(_data_cell(c) for c in head):
            # "| STT | Công trình | Quy mô | Thời gian | | Ghi chú |" over "| | | | Khởi công | Hoàn
            # thành | |": a header whose columns only the second row names
            j = i + 1
            while j < n and ((_row_line(lines[j]) and not _docx_cells(lines[j], outer)) or _TEXT_RULE.fullmatch(lines[j].strip())):
                j += 1
            if j < n and _row_line(lines[j]) and _sub_header(_docx_cells(lines[j], outer), head) \
                    and table_columns(_merge_headers(head, _docx_cells(lines[j], outer))) is not None:
                cols = {}
        answer = _answer_column(head) if head and cols is None else None
        if answer is not None:
            i = _answer_rows(lines, i + 1, outer, answer, out)
            continue
        if cols is None:
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < n and ((_row_line(lines[j]) and not _docx_cells(lines[j], outer)) or _TEXT_RULE.fullmatch(lines[j].strip())):
            j += 1                                          # the separator row "| --- | --- |" (or "----+----")
        if j < n and _row_line(lines[j]) and _sub_header(_docx_cells(lines[j], outer), head):
            head = _merge_headers(head, _docx_cells(lines[j], outer))
            j += 1
        out.append("| " + " | ".join(head) + " |")
        cols = table_columns(head) or {}
        last: Optional[list] = None
        while j < n and _row_line(lines[j]):
            if outer and _TEXT_WITH_A_STRAY_BAR.match(lines[j]):
                break                   # "|" / "Chủ tịch UBND tỉnh yêu cầu … trước ngày 20/3/2026; |": the
                                        # text after the table, a bar left at its end (the lone bar: no row)
            cells = _docx_cells(lines[j], outer)
            if len(head) >= 3 and (_ITEM_AFTER_TABLE.match(lines[j]) or _HEADING_ITEM_AFTER_TABLE.match(lines[j])) \
                    and len(cells) == 2:
                break                   # "| 3. | Sở X chủ trì … |" (or "| 2. | Sở Công Thương:" over its items) under a
                                        # table of four columns: the notice's next item, boxed as its items are; the
                                        # table ended
            if cells and not _column_numbers(cells):
                cells = cells + [""] * (len(head) - len(cells))
                hanging = _hanging_cell(last, cells, cols) if last is not None and not capitals_group_row(cells) else None
                if hanging is not None:
                    # "| 3 | … | Phòng Quản lý công nghệ và | … |" / "| | Đổi mới sáng tạo | | | |": the
                    # words of the one cell above left hanging, whatever column the page put them in
                    last[hanging] = last[hanging].rstrip() + " " + " ".join(c.strip() for c in cells if c.strip())
                    out[-1] = "| " + " | ".join(last) + " |"
                elif last is not None and (_wrapped_row(cells, cols) or _goes_on_unnumbered(last, cells, cols)) \
                        and not capitals_group_row(cells):
                    # "| | của các xã theo Bộ tiêu chí … | thôn mới tỉnh | các xã | |": the row above,
                    # wrapped on the page
                    last[:] = [(a + " " + b).strip() if b else a for a, b in zip(last, cells)]
                    out[-1] = "| " + " | ".join(last) + " |"
                else:
                    lead = cols.get("lead")
                    if last is not None and lead is not None and lead < len(cells) and last[lead].strip() \
                            and cells[lead][:1].islower() and not _ends_a_name(last[lead]) \
                            and not _LOWER_CASE_BODY.match(cells[lead].strip()):
                        # "Sở Nông nghiệp / và Phát triển" over "nông thôn": a lead cell merged over
                        # two rows, its words written across both
                        last[lead] = cells[lead] = last[lead].rstrip() + " " + cells[lead].strip()
                        out[-1] = "| " + " | ".join(last) + " |"
                    last = cells
                    out.append("| " + " | ".join(cells) + " |")
            j += 1
        i = j
    return out


# a line of text after a table of rows in outer pipes, with one bar left at its end
_TEXT_WITH_A_STRAY_BAR = quick_compile(r"^\s*[^|\s][^|]*\|\s*$")
# a numbered item of the notice boxed in two cells, a sentence of its own: "| 3. | Sở Kế hoạch và Đầu tư
# chủ trì, phối hợp … |"
# (its closing bar may be missing: "| 2. | Sở Xây dựng hướng dẫn … hợp lệ.")
_ITEM_AFTER_TABLE = quick_compile(r"^\s*\|\s*\d{1,2}\.\s*\|\s*[A-ZĐÀ-Ỹ][^|]*?(?:\s+[^\s|]+){7,}(?:\s*\|)?\s*$")


# … or a heading of items below it, ending in its colon: "| 2. | Sở Công Thương:"
_HEADING_ITEM_AFTER_TABLE = quick_compile(r"^\s*\|\s*\d{1,2}\.\s*\|\s*[A-ZĐÀ-Ỹ][^|]{2,120}:\s*(?:\|\s*)?$")


# a body's name written in lower case opening a lead cell ("sở Xây dựng", "phường Cầu Giấy"): a body of its own,
# not the words of the cell above going on
_LOWER_CASE_BODY = quick_compile(r"(?:sở|ban|phòng|chi cục|trung tâm|công an|thanh tra|ubnd|ủy ban nhân dân|phường|xã|đặc khu)"
                                 r"\s+[A-ZĐÀ-Ỹ]")


def _ends_a_name(cell: str) -> bool:
    """A lead cell whose last word closes a body's name ("… tỉnh", "… huyện Sơn Động", a
    capitalised or numbered word): what follows it is no more of that name."""
    last = cell.rstrip(" ;,.").rsplit(None, 1)[-1] if cell.strip(" ;,.") else ""
    return not last or last[:1].isupper() or last[:1].isdigit() or fold(last) in ("tỉnh", "huyện", "xã", "phường")


# ---------------------------------------------------------------- tables of blank-separated cells
# a group row of a table ("I Các nhiệm vụ cần làm ngay", "II.1 Hoàn thiện thể chế"): no task
_TIME_HEADER_WORD = quick_compile(r"(?i)^\s*(?:" + "|".join(re.escape(w) for w in _CUES["table_headers.deadline"]) + r")")
_GROUP_ROW = quick_compile(r"^[IVX]{1,5}(?:\.\d{1,2})?\.?\s+\S")
_BARE_NUMBER = quick_compile(r"^\d{1,3}\.?$")
_MAX_TIME_CELL = 45


def _blocks(lines: list) -> list:
    """(first line, end line, text) of each run of non-blank lines."""
    out, k, n = [], 0, len(lines)
    while k < n:
        if not lines[k].strip():
            k += 1
            continue
        j = k
        while j < n and lines[j].strip():
            j += 1
        out.append((k, j, " ".join(" ".join(x.split()) for x in lines[k:j])))
        k = j
    return out


def _block_header(blocks: list, b: int) -> Optional[tuple]:
    """(header cells, index of the first block after the header) when a header whose cells are
    blocks of their own (a PDF's table, each cell wrapped on its lines) starts at block ``b``; a
    group row caught among the header's cells is skipped."""
    cells, k = [], b
    while k < len(blocks) and len(cells) < 8:
        text = blocks[k][2]
        if _GROUP_ROW.match(text) and cells:
            k += 1
            continue
        if len(text) > _MAX_HEADER_CELL or _data_cell(text) or not (
                _cell_role(text) is not None or _OTHER.match(" ".join(fold(text).split()))):
            break
        cells.append(text)
        k += 1
    if len(cells) < 3 or table_columns(cells) is None or "deadline" not in table_columns(cells):
        return None
    return cells, k


# "UBND", "Ủy ban nhân dân" opening a cell
_UBND_WORD = quick_compile(r"(?:ubnd|ủy ban nhân dân)(?!\w)")


def _names_a_body(text: str) -> bool:
    """A cell that starts with a body's head ("Đảng ủy …", "Sở …") or a collective ("Các cấp
    ủy, tổ chức đảng"): what a lead cell holds, never a task's."""
    from .bodies import body_grammar
    g = body_grammar()
    t = text.strip()
    f = fold(t)
    m = g.head_re.match(t)
    if m is not None and g.name_end(t, f, m.end(), m.group(0)) is not None:
        return True                                 # ("Ban hành Kế hoạch …" is no body)
    return bool(g.collective_re.match(f) or _UBND_WORD.match(f))


def _is_time_block(text: str) -> bool:
    return len(text) <= _MAX_TIME_CELL and bool(_TIME_CELL.match(text))


def rebuild_block_tables(lines: list) -> list:
    """``lines`` with a task table whose cells are blocks of lines between blank lines (a PDF's
    table converted without its grid, each cell wrapped) turned into ``|`` rows.  The time
    column closes each row: the blocks since the last row are its cells in the header's order
    (row numbers and page numbers on lines of their own, and group rows, are left out, as they
    may stand anywhere); a run of blocks that does not make one row (cells out of order) is
    dropped rather than guessed."""
    if sum(1 for x in lines if not x.strip()) < 6 or not any(
            len(x) <= _MAX_HEADER_CELL and _TIME_HEADER_WORD.search(x) for x in lines):
        return lines                                 # (no header cell of a time column: no such table)
    blocks = _blocks(lines)
    out: list = []
    done = 0                                         # lines already copied or replaced
    b = 0
    while b < len(blocks):
        head = _block_header(blocks, b) if len(blocks[b][2]) <= _MAX_HEADER_CELL else None
        if head is None:
            b += 1
            continue
        cells, k = head
        cols = table_columns(cells)
        if "text" not in cols:
            b += 1
            continue
        wanted = len(cells) - (1 if "number" in cols else 0)
        rows, pending, end = [], [], k
        while k < len(blocks):
            text = blocks[k][2]
            if _BARE_NUMBER.match(text) or _GROUP_ROW.match(text):
                k += 1
                continue
            if _ends_table(text):
                break
            pending.append(text)
            k += 1
            if _is_time_block(text):
                row = ([""] if "number" in cols else []) + pending
                if len(pending) == wanted and _names_a_body(row[cols["lead"]]) and not _names_a_body(row[cols["text"]]):
                    rows.append(row)
                pending = []
                end = k
            elif len(pending) > 2 * wanted:
                break                                # no row of this table any more
        if not rows:
            b += 1
            continue
        first, last = blocks[b][0], blocks[end - 1][1]
        out.extend(lines[done:first])
        out.append("| " + " | ".join(cells) + " |")
        out.extend("| " + " | ".join(r) + " |" for r in rows)
        done, b = last, end
    out.extend(lines[done:])
    return out


# ---------------------------------------------------------------- tables laid out in columns
# (pdftotext -layout: each row's cells side by side, separated by runs of spaces, wrapped within
# their column onto the lines below)
_GAP = quick_compile(r"\S+(?: \S+)*")
_LAYOUT_ROW_NUMBER = quick_compile(r"^(?:\d{1,3}\.?|[IVX]{1,5}\.?)$")
# the letter of a table's part: "A", "B." (its row's text in capitals)
_LAYOUT_GROUP_LETTER = quick_compile(r"^[A-H]\.?$")


def _layout_sub_header(line: str, starts: list, head: list) -> Optional[tuple]:
    """(starts, cells) of a header laid out in columns whose cells ``line`` splits: the second
    row of a two-row header naming two or more columns under one cell of the first ("Thời gian
    thực hiện" over "Bắt đầu   Hoàn thành"), else None."""
    segs = _pieces(line)
    under: dict = {}
    for st, text in segs:
        j = max((k for k, x in enumerate(starts) if x <= st + 2), default=None)
        if j is None:
            return None
        under.setdefault(j, []).append((st, text))
    if not under or any(len(v) < 2 for v in under.values()):
        return None
    for v in under.values():
        for _st, text in v:
            fc = " ".join(fold(text).split())
            if _data_cell(text) or not text[:1].isupper() or not (
                    _cell_role(text) is not None or _OTHER.match(fc) or _time_version(text)):
                return None
    new_starts, new_head = [], []
    for k, (st, cell) in enumerate(zip(starts, head)):
        if k not in under:
            new_starts.append(st)
            new_head.append(cell)
            continue
        for m, (sub_st, text) in enumerate(under[k]):
            new_starts.append(st if m == 0 else sub_st)
            new_head.append(_under(cell, text))
    return new_starts, new_head


def _pieces(line: str) -> list:
    """(start, text) of each run of words of a line laid out in columns."""
    return [(m.start(), m.group(0)) for m in _GAP.finditer(line)]


# a header cell opening with the words of a task ("Nội dung …", "Nhiệm vụ …", "Công việc …")
_TASK_WORDS_FIRST = quick_compile(words_alternation(_CUES["table_headers.text_first"])
                                  + r"(?!\w)(?!\s+(?:chủ trì|phối hợp))")


def _split_at_columns(segs: list, starts: list) -> list:
    """Pieces of a line cut where a single space stands right before a column's start (a cell
    filling its column up to the next: "… Đề Gi (giai đoạn 2) giao thông tỉnh" is two cells)."""
    out = []
    for st, text in segs:
        cut = 0
        for s in starts:
            # (at the column's start, or a capital up to two places left of it: a header centred
            # over cells that start left of it, "… chất lượng Vụ Chính quyền địa" under "Cơ quan chủ trì")
            for k in (s - st, s - st - 1, s - st - 2):
                if cut < k < len(text) and text[k - 1] == " " and text[k - 2:k - 1] != " " and k - cut > 3 \
                        and (k == s - st or text[k].isupper()):
                    out.append((st + cut, text[cut:k - 1]))
                    cut = k
                    break
        out.append((st + cut, text[cut:]))
    return out


def _under_columns(segs: list, starts: list, cells: list, numbered: bool = False) -> list:
    """``cells`` with each piece of a line added to the column it starts nearest to (with
    ``numbered``, the first column, the rows' numbers, takes nothing but a number: "  1  Biên soạn
    tài liệu …" under "  TT         Nội dung" is the number and the task's words)."""
    for st, text in _split_at_columns(segs, starts):
        # (halfway between two columns' starts: the right one, a cell running left of its centred
        # header — "  1   Hoàn thành …" under " STT       Nội dung nhiệm vụ")
        c = min(range(len(starts)), key=lambda j: (abs(starts[j] - st), -j))
        if c == 0 and numbered and len(starts) > 1 and st > starts[0] and not _LAYOUT_ROW_NUMBER.match(text) \
                and not _LAYOUT_GROUP_LETTER.match(text):
            c = 1
        cells[c] = (cells[c] + " " + text).strip()
    return cells


def _layout_header(line: str, below: str = "") -> Optional[list]:
    """(start, cell) of each cell of a task table's header laid out in columns, else None (``below``: the
    line under it, where a header cell may go on: "Thời gian" over "hoàn thành")."""
    if "  " not in line.strip():
        return None
    segs = _pieces(line)
    number = _NUMBER_HEAD_GLUED.match(segs[0][1]) if segs else None
    if number:                          # "STT Nội dung nhiệm vụ": the number's column, one space from the
        st = segs[0][0]                 # task's, whose rows start under its first word
        segs[0:1] = [(st, number.group(1)), (st + number.end(), segs[0][1][number.end():])]
    if len(segs) < 3:
        return None
    unknown = [c for _, c in segs if not _names_a_column(c)]
    cols = table_columns([c for _, c in segs])
    few_words = all(len(c.split()) <= 4 and not any(ch.isdigit() for ch in c) for c in unknown)
    if unknown and not (len(unknown) == 1 and len(segs) >= 5 and cols is not None and {"text", "deadline"} <= set(cols)
                        and few_words) \
            and not (cols is not None and {"number", "lead", "deadline"} <= set(cols) and cols["number"] == 0
                     and 2 * len(unknown) < len(segs) and few_words
                     and _LIMIT_HEADER.search(fold(segs[cols["deadline"]][1] + " " + _words_under(below, segs, cols["deadline"])))):
        return None                     # (one cell of what each row is about may be any words: "Bãi tắm, điểm"
                                        # beside "Đơn vị quản lý | Nội dung cần khắc phục | Thời hạn"; under "STT",
                                        # "Chủ đầu tư" and "Thời hạn xử lý", a few: "Tỷ lệ giải", "Vướng mắc chính")
    return segs if cols is not None else None


def _words_under(below: str, segs: list, k: int) -> str:
    """The words of line ``below`` under header cell ``k`` of ``segs`` (start, cell): a wrapped header cell's end."""
    if not below.strip() or "|" in below:
        return ""
    lo = segs[k][0] - 2
    hi = segs[k + 1][0] - 2 if k + 1 < len(segs) else len(below)
    return " ".join(t for st, t in _pieces(below) if lo <= st < hi)


# a header cell's unit in brackets on the line below it ("(triệu đồng)", "(m2)")
_UNIT_IN_BRACKETS = quick_compile(r"\([a-zđà-ỹ0-9][^()]{0,20}\)")
# a time column headed as a limit ("Thời hạn xử lý", "Hạn hoàn thành"), not a schedule's "Thời gian kiểm tra" (folded)
_LIMIT_HEADER = quick_compile(r"(?<!\w)(?:thời hạn|hạn|hoàn thành)(?!\w)")


# a number column's header glued to the next one's by a single space ("STT Nội dung nhiệm vụ")
_NUMBER_HEAD_GLUED = quick_compile(r"^(STT|TT)\s(?=\S)")


# a part's heading ("III. NHIỆM VỤ THÁNG 6/2026", "2. NHIỆM VỤ TRỌNG TÂM"): a Roman numeral, or a
# number before words in capitals
_PART_HEADING = quick_compile(r"(?:[IVX]{1,5}\.\s+\S|\d{1,2}\.\s+[A-ZĐÀ-Ỹ]{2,}\s+[A-ZĐÀ-Ỹ]{2,})")


# a rule drawn with dashes across a table of text ("-------------", "----+------+----", "=====")
_TEXT_RULE = quick_compile(r"[-=_–+─━═ ]{5,}")


def rebuild_layout_tables(lines: list) -> list:
    """``lines`` with every task table laid out in columns (a header line whose cells stand apart,
    then rows whose cells start under them, wrapped in their column) turned into ``|`` rows; other
    lines are left as they are."""
    if not any("   " in x for x in lines):
        return lines
    out: list = []
    i, n = 0, len(lines)
    while i < n:
        head = _layout_header(lines[i], lines[i + 1] if i + 1 < n else "") \
            if "   " in lines[i] and "|" not in lines[i] else None   # (a "|" table: elsewhere)
        if head is None:
            out.append(lines[i])
            i += 1
            continue
        starts = [st for st, _ in head]
        cells_of_head = [c for _, c in head]
        numbered = _cell_role(cells_of_head[0]) == "number"
        rows: list = []
        last_number = None
        k = i + 1
        while k < n and lines[k].strip() and k - i <= 3:
            # a header cell wrapped onto the line below ("Cơ quan chủ" / "trì"): words in lower case
            # under the header's cells
            segs = _pieces(lines[k])
            if not all(t[:1].islower() or _UNIT_IN_BRACKETS.fullmatch(t) for _, t in segs) or segs[0][0] < starts[1] - 1:
                break                   # (also a unit in brackets: "Kinh phí" / "(triệu đồng)")
            _under_columns(segs, starts, cells_of_head)
            k += 1
        split = _layout_sub_header(lines[k], starts, cells_of_head) if k < n and k - i <= 3 and lines[k].strip() else None
        if split is not None:
            # "Thời gian thực hiện" over "Bắt đầu     Hoàn thành": the names of the columns it spans
            starts, cells_of_head = split
            k += 1
        after_blank = False
        while k < n:
            line = lines[k]
            if not line.strip():
                k += 1
                after_blank = True
                continue
            segs = _pieces(line)
            if after_blank and rows and segs[0][0] < starts[1] and not _LAYOUT_ROW_NUMBER.match(segs[0][1]) \
                    and not _LAYOUT_GROUP_LETTER.match(segs[0][1]):
                break                               # "     Giao  Sở  Nông  nghiệp …" after a blank line: a paragraph
                                                    # after the table (justified, its words spaced apart)
            after_blank = False
            if len(segs) == 1 and segs[0][1].isdigit() and len(segs[0][1]) <= 3 \
                    and segs[0][0] > starts[1]:
                k += 1                              # a page number (at the right, or centred under the
                continue                            # table: a number alone, away from the number column)
            if _TEXT_RULE.fullmatch(line.strip()):
                k += 1                              # the rule under the header, or between rows
                continue
            if not rows and _column_numbers([t for _, t in segs]):
                k += 1                              # " (1)  (2)  (3) …" under the header: the columns'
                continue                            # numbers, no row
            first = segs[0]
            if first[0] < starts[1] - 1 and not _LAYOUT_ROW_NUMBER.match(first[1]) and not rows \
                    and not (_LAYOUT_GROUP_LETTER.match(first[1]) and len(segs) > 1 and segs[1][1].isupper()):
                break
            if first[0] <= 1 and len(segs) == 1 and not _LAYOUT_ROW_NUMBER.match(first[1]):
                break                               # a paragraph or a heading at the margin: the table ended
            if len(segs) == 1 and sum(1 for st in starts if first[0] < st < first[0] + len(first[1])) >= 2:
                break                               # a line running over the columns ("4. Các sở, ngành …
                                                    # báo cáo …"): a paragraph after the table, no cell
            if len(segs) == 1 and _PART_HEADING.match(first[1]):
                break                               # "III. NHIỆM VỤ THÁNG 6/2026": the next part of the text
            if len(segs) == 1 and first[0] < starts[1] and _NUMBERED_LINE.match(first[1]):
                break                               # "2. Sở Công Thương:" left of the task column: the
                                                    # text's next item (a row's number stands apart)
            cols = _under_columns(segs, starts, [""] * len(starts), numbered=numbered)
            if capitals_group_row(cols) and cols[1]:
                rows.append(cols)                   # "      UBND CÁC XÃ VEN BIỂN" alone in a column, no number: a
                last_number = None                  # group row, not the wrapped end of the lead cell above
                k += 1
                continue
            if cols[0] and _LAYOUT_GROUP_LETTER.match(cols[0]) and any(cols[1:]) and cols[1].isupper():
                rows.append(cols)                   # "A   SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CHỦ TRÌ": a group row,
                last_number = None                  # the body of the rows under it (tasks.py reads it)
                k += 1
                continue
            if cols[0] and _LAYOUT_ROW_NUMBER.match(cols[0]):
                if cols[0].rstrip(".").isdigit():
                    if last_number is not None and int(cols[0].rstrip(".")) != last_number + 1:
                        break                       # "2. Sở Công Thương:" after rows 1 … 4: the text's
                                                    # next item, not a row
                    last_number = int(cols[0].rstrip("."))
                    rows.append(cols)
                elif any(cols[1:]) and (cols[1].isupper() or (len(segs) == 2 and abs(segs[1][0] - starts[1]) <= 2)):
                    rows.append(None)               # a group row "II  NHIỆM VỤ CỤ THỂ", "I   Dự án 1: Giải quyết …"
                    last_number = None              # (its words one run from the task's column on)
                else:
                    break
            elif rows and rows[-1] is not None and not cols[0]:
                rows[-1] = [(a + " " + b).strip() for a, b in zip(rows[-1], cols)]
            elif not rows and not cols[0] and any(cols[1:]) and first[0] >= starts[1] - 1:
                pass                                # "(tiếp theo mục 3) trên địa bàn …" under the header
                                                    # repeated atop a page: the last row of the page before
                                                    # goes on (its words left out), the rows follow
            else:
                break
            k += 1
        rows = [r for r in rows if r is not None]
        if len(rows) < 1:
            out.append(lines[i])
            i += 1
            continue
        out.append("| " + " | ".join(cells_of_head) + " |")
        out.extend("| " + " | ".join(r) + " |" for r in rows)
        i = k
    return out
