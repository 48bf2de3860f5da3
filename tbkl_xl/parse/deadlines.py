"""Deadlines in the text of a conclusion notice.

``find_deadlines(text, notice_date, *, year_hint=None) -> list[Deadline]`` finds every deadline
phrase of a paragraph or sentence, left to right, with its offsets in ``text``.  It is pure:
nothing reads the clock; relative and recurring deadlines count from ``notice_date``.

A date is a deadline only when a deadline cue stands immediately before it (spaces, line breaks
and ``**`` bold marks may stand between): *chậm nhất ngày 05/5/2026*, *trước 14 giờ, ngày …*,
*hoàn thành trong Quý III/2024*, *đến năm 2025 đạt 30%*.  A bare date is never a deadline, so
reference dates of documents and meetings (*Quyết định số 339/QĐ-UBND ngày 28/02/2026*,
*Ngày 22/4/2026, đồng chí …*) are left alone; reference cues (*đã*, *dự ước*, *kế hoạch*,
*Trong quý I/2026,* opening a clause …) veto the weaker cues.  The cue phrases live in
``tbkl_xl/data/deadline_cues.yaml``; matching runs on ``fold(text)``, which keeps offsets.

``add_working_days(start, n)`` and ``is_working_day(d)`` use the Vietnamese public holidays of
the ``holidays`` package (Saturday and Sunday off, swapped working Saturdays on).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from dateutil.relativedelta import relativedelta

from ..messages import parse as M
from .cues import directive_cues, load_phrases, words_alternation
from ..model import (DL_DATE, DL_HALF, DL_MONTH, DL_QUARTER, DL_RECURRING, DL_RELATIVE,
                     DL_WORKING_DAYS, DL_YEAR, Deadline)
from ..text import fold, tone_style
from .quick import quick_compile

__all__ = ["find_deadlines", "add_working_days", "is_working_day", "load_cues", "DeadlineFinder", "is_programme_span",
           "valid_date", "session_opening_day", "CUES_PATH"]

CUES_PATH = Path(__file__).resolve().parent.parent / "data" / "deadline_cues.yaml"

# ---------------------------------------------------------------------------------------------
# working days

_VN_HOLIDAYS = None


def _vn():
    global _VN_HOLIDAYS
    if _VN_HOLIDAYS is None:
        import holidays
        _VN_HOLIDAYS = holidays.country_holidays("VN")
    return _VN_HOLIDAYS


def is_working_day(d: date) -> bool:
    """True on a Vietnamese working day: not Saturday/Sunday (unless a swapped working day),
    not a public holiday or a day off given in exchange."""
    return bool(_vn().is_working_day(d))


def days_counted(start: date, n: int, working: bool) -> tuple:
    """(the day ``n`` days after ``start`` — working days when ``working``, before it when ``n`` is
    negative —, the rule's words for a deadline's note: "10 ngày", "05 ngày làm việc")."""
    rule = (M.N_WORKING_DAYS if working else M.N_CALENDAR_DAYS).format(n=abs(n))
    return (add_working_days(start, n) if working else start + timedelta(days=n)), rule


def add_working_days(start: date, n: int) -> date:
    """The ``n``-th working day after ``start`` (``start`` itself is not counted; n=0 gives
    ``start``).  Negative ``n`` counts backwards."""
    d = start
    step = 1 if n >= 0 else -1
    left = abs(n)
    while left:
        d += timedelta(days=step)
        if is_working_day(d):
            left -= 1
    return d


# ---------------------------------------------------------------------------------------------
# cue file

_KEYS = ("date_cues", "date_cue_joiners", "period_cues.strong", "period_cues.weak",
         "period_cues.before", "time_change_verbs", "target_lead", "target_after", "recurring.every_year",
         "recurring.every_quarter", "recurring.every_month", "recurring.every_half_year",
         "recurring.cues", "event_cues", "event_completion", "event_day_cues", "event_day_nouns", "relative_cues", "relative_event_days", "kept_for_days", "relative_from_issue", "reference.document_types",
         "reference.past_or_estimate", "reference.past_unless", "reference.period_blockers",
         "reference.target_blockers", "reference.period_after", "reference.period_passive",
         "reference.relative_after", "reference.topic_before", "reference.schedule_parenthesis",
         "reference.after", "reference.document_made", "reference.term_of_right", "reference.cutoff_before",
         "reference.permitted_until", "reference.kept_up_until", "reference.duty_on_the_day", "reference.planned_orders", "reference.own_plan_heads",
         "reference.described_term", "parenthesis_date_cues", "on_day_cues", "on_day_verbs", "on_day_meetings",
         "purpose_after_order", "day_prefixes", "day_parts", "period_cues.yearless_after", "period_cues.completion",
         "period_cues.report_after_block", "change_verbs", "change_cues", "change_asked", "change_askers", "change_refused",
         "change_granted", "change_decisions", "refused_changes",
         "reference.rule_year_after", "reference.missed_but", "reference.missed_not_yet",
         "reference.missed_overdue", "reference.per_case_after", "reference.per_case_objects",
         "reference.per_case_verbs", "reference.per_case_conditions", "reference.duration_of", "reference.suspended_for", "reference.planned", "reference.expiring_in",
         "reference.planned_nouns", "reference.planned_unless", "reference.forecast", "reference.forecast_unless", "reference.rule_openings",
         "reference.completed_works", "limit_before_parenthesis", "reference.other_document_signed", "reference.statutory_time")


@dataclass(frozen=True)
class Cues:
    """Validated cue phrases (folded, single-spaced), one tuple per key of the YAML file."""
    path: str
    phrases: dict

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return self.phrases[key]


def load_cues(path=None) -> Cues:
    """Read and validate a cue file; a malformed file raises ``DataFileError`` naming the file
    and the key."""
    path = Path(path) if path is not None else CUES_PATH
    return Cues(str(path), load_phrases(path, _KEYS, what="deadline cue file"))


# ---------------------------------------------------------------------------------------------
# grammar

SP = r"[\s*]+"          # white space, line breaks, bold marks
SP0 = r"[\s*]*"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_BOUNDARY = ",;:.()!?…"
_DIGITS = quick_compile(r"\d+|q(?:uý|úy)\s+(?:iv|i{1,3})(?!\w)")   # numbers, and quarters in Roman numerals
_BACK, _AHEAD = 80, 120        # a cue starts at most _BACK chars before its number
_WORD = quick_compile(r"[^\W\d_]+|\d+", re.UNICODE)
# "… 05 ngày làm việc sau khi nhận được văn bản", "kể từ ngày nhận đủ hồ sơ": counted from a receipt
_RECEIPT = quick_compile(r"[\s*,]+(?:sau khi|kể từ (?:ngày|khi)|tính từ (?:ngày|khi)|từ khi) nhận(?: được| đủ)?")
# "ban hành kế hoạch trong tháng 4/2026": the document is the task, the period its deadline
_MAKES_THE_DOCUMENT = quick_compile(r"(?:ban hành|xây dựng|trình|phê duyệt|hoàn thành|hoàn thiện|lập|sửa đổi|điều chỉnh)"
                                    r" (?:kế hoạch|chương trình|đề án|dự toán|phương án)$|"
                                    r"(?<!\w)(?:báo cáo|trình|gửi)(?:(?! đã | đạt ).)*"
                                    r"(?:kết quả|tình hình|số liệu|dự toán|kế hoạch|phương án)|"
                                    # "(giao Sở X) tham mưu tổ chức Hội nghị tổng kết trong Quý II/2026": the
                                    # meeting to hold by then (not "dự kiến tổ chức …": planned)
                                    r"(?<!dự kiến )tổ chức (?:hội nghị|hội thảo|phiên họp|kỳ họp|cuộc họp)(?: \S+){0,3}$")
# (not the days of a week: "làm việc từ 7 giờ 30 đến 17 giờ các ngày trong tuần", "mọi ngày trong tuần", "các ngày làm việc
# trong tuần")
_WEEK = quick_compile(r"(?<!\w)(?<!ngày )(?<!làm việc )trong\s+tuần(?:\s+này)?(?!\w)(?!\s+(?:qua|trước|tới|sau|đầu|cuối|tra|tự|thứ|lễ|văn hóa|sinh hoạt|hành động|cao điểm|học|hưởng ứng|quốc gia|thi|\d))")
# a weekday each week as a limit: "trước 16 giờ ngày thứ Năm hằng tuần", "hằng tuần, trước 15 giờ thứ Sáu" (not the day
# a report is sent on, "vào thứ Năm hằng tuần", read with the sentence's other times)
_WEEKDAY_NAMED = r"thứ\s+(?P<wd{n}>hai|ba|tư|năm|sáu|bảy)"
_HOUR = r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s+(?:sáng|chiều))?\s*,?\s*)?"
_WEEKLY = quick_compile(r"(?<!\w)(?:trước|chậm nhất)\s+" + _HOUR + r"(?:ngày\s+)?" + _WEEKDAY_NAMED.format(n=1)
                        + r"\s*,?\s*(?:hằng|hàng)\s+tuần(?!\w)"
                        r"|(?<!\w)(?:hằng|hàng)\s+tuần\s*,?\s*(?:trước|chậm nhất)\s+" + _HOUR + r"(?:ngày\s+)?"
                        + _WEEKDAY_NAMED.format(n=2) + r"(?!\w)")
# "trong nửa đầu tháng 8/2026" (by the 15th), "trong tuần thứ 2 của tháng 9/2026" (by its 7th day times n)
_PART_OF_MONTH = quick_compile(r"(?<!\w)(?P<cue>trong|trước|xong trong|hoàn thành trong|chậm nhất trong)\s+(?:(?P<half>nửa\s+đầu)|"
                               r"tuần\s+(?:thứ\s+)?(?P<n>[1-4]|hai|ba|tư|bốn|nhất|một))\s+(?:của\s+)?tháng\s+(?P<m>\d{1,2})"
                               r"(?:\s*[/\-]\s*|\s+năm\s+)(?P<y>(?:19|20)\d\d)(?!\d)")
_ORDINALS = {"1": 1, "nhất": 1, "một": 1, "2": 2, "hai": 2, "3": 3, "ba": 3, "4": 4, "tư": 4, "bốn": 4}
# what may follow a bare day/month ("xong trước 31/8.") for it to be a day, not a ratio ("3/4 số hộ")
_CLAUSE_END = quick_compile(r"[\s*]*(?:$|[.;,)\n]|(?:để|và|theo|nhằm|bảo đảm|đảm bảo)(?!\w))")


# a duty to finish right after an opening period: "…; trong tháng 12/2025 phải hoàn thành phần móng",
# or a paper to hand in: "…; trong tháng 6/2026 trình UBND tỉnh phương án phân bổ"
_MUST_AFTER_OPENING = quick_compile(r"(?:[ \t*]*,)?[ \t*]+(?:phải\s+|cần\s+)?(?:hoàn thành|hoàn tất|xong|bàn giao|phải"
                                    r"|trình|ban hành|báo cáo|gửi|tham mưu|tổ chức|triển khai|rà soát|xây dựng|hoàn thiện|kiểm tra"
                                    r"|hướng dẫn|chỉ đạo|đôn đốc|thẩm định|tổng hợp|đề xuất|chủ trì|cập nhật|phối hợp"
                                    # (works to be done by then: "- Trong năm 2026, bố trí phòng học thay thế …")
                                    r"|bố trí|sửa chữa|lắp đặt|thay thế|cải tạo|nâng cấp"
                                    # (… or cases to settle: "- Trong tháng 10/2026, xử lý dứt điểm các điểm ô nhiễm …")
                                    r"|xử lý dứt điểm|giải quyết dứt điểm|khắc phục|di dời|thu hồi|giải phóng mặt bằng|nộp"
                                    # (… or works to put into use or to trial: "- Trong tháng 10/2026, đưa vào vận hành cổng kiểm
                                    # soát …", "…; trong tháng 8/2026, thử nghiệm nhắn tin …")
                                    r"|đưa vào vận hành|đưa vào sử dụng|đưa vào hoạt động|thử nghiệm|vận hành thử"
                                    # (… or a case to investigate: "Công an tỉnh: trong Quý II/2026, điều tra, làm rõ …")
                                    r"|điều tra|làm rõ|xác minh)(?!\w)")
# (also after the opening's comma, the body's duty under its heading: "- Trong tháng 10/2026, tham mưu
# UBND tỉnh ban hành …", "c) Trong tháng 12/2026, tổ chức tập huấn …")
# a named subject right after an opening period: "Trong tháng 12/2026, Sở X …"
# … or any duty a directive opens with (`imperatives` in directive_cues.yaml) after the opening's comma: "- Trong tháng
# 11/2026, công bố danh sách …"; not the adverbs and amounts among them (`not_a_duty_after_a_period`)
_DUTY_AFTER_OPENING = quick_compile(r"[ \t*]*,[ \t*]+" + words_alternation(
    [v for v in directive_cues()["imperatives"] if v not in set(directive_cues()["not_a_duty_after_a_period"])]) + r"(?!\w)")
_SUBJECT_AFTER_OPENING = quick_compile(r"[\s*]*,[\s*]*(?:[A-ZĐÀ-Ỹ]|(?:các\s+)?(?:chủ đầu tư|nhà đầu tư|nhà thầu|đơn vị tư vấn)(?!\w)"
                                       r"|các\s+(?:sở|ngành|địa phương|đơn vị|cơ quan|xã|phường|huyện)(?!\w))")


def _alt(phrases) -> str:
    """Regex alternation of phrases, longest first; a space matches any run of white space."""
    ps = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ps) + ")"


_YEAR = r"(?:19|20)\d\d"
# a year may carry a glued footnote number: 15/12/20257 = 15/12/2025 + footnote 7
_FN = r"(?:\d{1,2}(?!\d))?"
# (a dotted date may lack its second dot: "25.2 2023")
_DMY = (rf"(?P<d>\d{{1,2}})\s*(?P<sep>[/.\-])\s*(?P<m>\d{{1,2}})(?:\s*(?P=sep)\s*|(?<=\.\d)\s+|(?<=\.\d\d)\s+)"
        rf"(?P<y>{_YEAR})(?=\d{{0,2}}(?!\d))")
_DMY_TEXT = (rf"(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})"
             rf"(?:\s*,?\s*năm\s+(?P<y2>{_YEAR})(?=\d{{0,2}}(?!\d))|(?![\d/]))")
_DM = r"(?P<d3>\d{1,2})\s*/\s*(?P<m3>\d{1,2})(?![\d/.]\d)"
# "trước ngày 3-12", "trước ngày 3.12" (the press writes day and month with a dash or a dot):
# only after "ngày"
_DM_DASH = r"(?P<d4>\d{1,2})[-.](?P<m4>\d{1,2})(?![\d/.\-]?\d)"
_DAY = rf"(?:{_DMY}|{_DMY_TEXT}|{_DM}|{_DM_DASH})"
# the time a change moves ("thời hạn", "thời gian hoàn thành", "tiến độ")
_TIME_NOUN = quick_compile(r"(?<!\w)(?:thời\s+hạn|thời\s+gian|tiến\s+độ)(?!\w)")
# what ends the sentence a change verb must stand in, before the new time
_CLAUSE_BREAK_BEFORE = quick_compile(r"[.;:](?:\s|$)")
# the least time before the first of a recurring report's days ("trước ngày 05/6 và 05/12 hằng năm")
_LEAD_TIME = timedelta(days=14)
# a day joined to the one before it: "… và ngày 15/12/2024", "…, ngày 15/9 và ngày 15/12"
_AND_DAY = quick_compile(rf"[\s*]*(?:,\s*(?:và\s+)?(?=ngày)|\s+(?:và|hoặc)\s+)(?P<day>(?:(?P<ngay>ngày){SP0})?\**{_DAY})")
# "thứ Sáu" before the day it names: "trước 17 giờ thứ Sáu ngày 14/6/2024"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)"
# "14 giờ", "14h30", "11g00" (an office's short form), "11h00’"
_TIME = r"\d{1,2}\s*(?:giờ|h|g(?=\d))(?:\s*\d{1,2}\s*(?:phút|'|’)?)?"

# "tháng 10/2026", "tháng 9-10/2026", "tháng 11, 12/2026" (the last month named), "tháng 10.2014"
_MONTH = (rf"tháng\s*(?:\d{{1,2}}\s*(?:,|và|-|–)\s*(?:tháng\s+)?)*(?P<mm>\d{{1,2}})(?:\s*[/\-]\s*|\.|\s+năm\s+)"
          rf"(?P<my>{_YEAR})(?=\d{{0,2}}(?!\d))"
          rf"|tháng\s+(?P<mm0>\d{{1,2}})(?![\d/])")
# "Quý III/2026", "Quý III, IV/2026" (the last quarter named), "Quý IV/2026, 2027" (into the next
# year: its end)
_QUARTER = (rf"q(?:uý|úy)\s+(?:(?:iv|i{{1,3}}|[1-4])\s*(?:,|và|-|–)\s*(?:q(?:uý|úy)\s+)?)*"
            rf"(?P<q>iv|i{{1,3}}|[1-4])(?:(?:\s*[/\-]\s*|\s+năm\s+)(?P<qy>{_YEAR})(?=\d{{0,2}}(?!\d))"
            rf"(?:\s*(?:,|-|–|và)\s*(?:năm\s+)?(?P<qy2>{_YEAR})(?!\d))?)?"
            r"(?!\w)")
# each month of a list written with its own "tháng" ("tháng 5 và tháng 11/2026")
_A_MONTH_NAMED = quick_compile(r"tháng\s*(\d{1,2})(?!\d)")
_HALF = rf"(?:6|06|sáu)\s+tháng\s+(?P<h>đầu|cuối)\s+năm(?:\s+(?P<hy>{_YEAR})(?=\d{{0,2}}(?!\d)))?(?!\w)"
_YEARP = rf"năm\s+(?P<yy>{_YEAR})(?!\d)(?!\s*[-–]\s*(?:19|20)\d\d)"
_PERIOD = rf"(?:{_MONTH}|{_QUARTER}|{_HALF}|{_YEARP})"


# "đối với" opening a clause (folded)
_TOPIC_OPENING_CLAUSE = quick_compile(r"(?:^|[.;:]\s*|\n)\s*(?:[-–+]\s*)?(?:riêng\s+)?đối với\s")
# the subject after an opening period and what it did in it: "Trong năm 2026, Chủ tịch, các Phó Chủ tịch
# UBND tỉnh đã giao …" (folded): "đã" right after words of a body's name or title
# a target in brackets before a period ("tìm kiếm đối tác … (mục tiêu tiêu thụ 120.000 tấn trong năm 2026)", folded)
# a share striven for right before a weak cue's period ("phấn đấu … đạt 80%| trong tháng 6/2026") (folded)
_STRIVEN_SHARE_BEFORE = quick_compile(r"(?<!\w)phấn đấu(?![^.;:]{0,120}?(?:hoàn thành|xong)\s)[^.;:]{0,120}?\sđạt\s+(?:trên\s+|tối thiểu\s+|ít nhất\s+)?"
                                      r"\d{1,3}(?:[.,]\d+)?\s*%\s*$")
_TARGET_IN_BRACKET = quick_compile(r"\(\s*(?:mục tiêu|chỉ tiêu|phấn đấu)(?!\s+(?:hoàn thành|xong))[^()]{0,100}$")
_DONE_AFTER_OPENING = quick_compile(r"\s*,\s*(?P<subject>[^;.:]{2,80}?)\s(?:đã|đang|vừa)\s")
_NAME_WORDS = frozenset("chủ tịch phó các ủy ban nhân dân ubnd tỉnh xã phường huyện thành phố và sở ban ngành đơn vị "
                        "cơ quan địa phương lãnh đạo giám đốc thường trực hđnd toàn trên bàn".split())


def _done_after_opening(f: str, end: int) -> bool:
    m = _DONE_AFTER_OPENING.match(f, end)
    if m is None:
        return False
    words = re.findall(r"[^\W\d_]+", m.group("subject"))
    return 0 < len(words) <= 10 and all(w in _NAME_WORDS for w in words)


# a sentence telling what was done or asked before (its day already past): "đã có Văn bản …"
# the starting point of a period written before it ("Kể từ ngày công bố Quyết định này. … không quá 10 ngày")
_ANCHOR_BEFORE = quick_compile(r"(?<!\w)(?:kể|tính)\s+từ\s+(?:ngày|khi)\s+(?P<aw>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})")
# an event the clause counts from, named before a period without "kể từ" ("kết thúc mỗi đợt kiểm
# tra, báo cáo … chậm nhất 05 ngày làm việc", "sau khi kết thúc lễ hội, … trong 10 ngày")
_EVENT_BEFORE = quick_compile(r"(?<!\w)(?:(?:ngay\s+)?sau\s+(?:khi|mỗi|từng)|kết\s+thúc\s+(?:mỗi|từng)|khi\s+kết\s+thúc"
                              # (… or a case that may arise: "trường hợp vướng mắc báo cáo UBND tỉnh trong 05 ngày làm việc")
                              r"|trường\s+hợp\s+(?:có\s+)?(?:vướng mắc|khó khăn|phát sinh|vượt thẩm quyền))(?!\w)")
_PAST_IN_SENTENCE = quick_compile(r"(?<!\w)đã\s+(?:có|ban hành|gửi|đề nghị|yêu cầu|giao|chỉ đạo)(?!\w)")


# a share to reach, short of the whole ("cho 95% diện tích", "đạt 80%")
_SHARE = quick_compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d+)?)\s*%")
# the whole of something right after the time ("phấn đấu đến hết năm 2026, 100% thôn …")
_WHOLE_RIGHT_AFTER = quick_compile(r"\s*,?\s*100\s*%")
# "phấn đấu đến| ngày …", "phấn đấu| đến hết năm …": a time right after striving
_STRIVE_UNTIL = quick_compile(r"(?<!\w)phấn đấu\s+(?:từ nay\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:ngày\s+)?\S?$")
_STRIVE_UNTIL_AT = quick_compile(r"phấn đấu\s+(?:từ nay\s+)?(?:đến|tới)\s")
_A_YEAR_WORD = quick_compile(r"(?:19|20)\d\d")
# "phấn đấu |đến năm 2030 có 50 hộ …": the time right after striving, read from its "đến"
_STRIVE_RIGHT_BEFORE = quick_compile(r"(?<!\w)phấn đấu\s+$")
_UNTIL_AT = quick_compile(r"(?:đến|tới)\s")
_STRIVE_BEFORE = quick_compile(r"(?<!\w)phấn đấu(?:\s+\S+){0,2}\s*$")


# a bracket quoting a superior's requirement: "(Chính phủ yêu cầu cơ bản hoàn thành trước ngày …)"
_SUPERIORS_REQUIREMENT = quick_compile(r"\(\s*(?:chính phủ|thủ tướng(?: chính phủ)?|trung ương|ban bí thư|bộ(?:\s+[^\s,;()]+){1,4}?)"
                                       r"\s+(?:đã\s+)?(?:yêu cầu|đề nghị|chỉ đạo)(?!\w)")


def _in_a_superiors_bracket(f: str, pos: int) -> bool:
    """The time at ``pos`` stands in a bracket quoting a superior's requirement (the cited
    document's time, not this letter's)."""
    k = f.rfind("(", max(0, pos - 200), pos)
    return k >= 0 and ")" not in f[k:pos] and _SUPERIORS_REQUIREMENT.match(f, k) is not None


def _a_share_to_reach(f: str, c) -> bool:
    """"phấn đấu đến cuối năm 2023 hoàn thành cấp giấy cho 95% diện tích": a target, no time limit (a
    share short of 100 % to reach by then, after "phấn đấu")."""
    if not (_STRIVE_BEFORE.search(f, max(0, c.start - 30), c.start) or f.startswith("phấn đấu", c.start)):
        return False
    if _WHOLE_RIGHT_AFTER.match(f, c.end):
        return True                 # "phấn đấu đến hết năm 2026 100% thôn, tổ dân phố có mô hình": a state to reach
    stop = min([k for k in (f.find(".", c.end), f.find(";", c.end), f.find("\n", c.end)) if k >= 0] or [len(f)])
    return _SHARE.search(f, c.end, stop) is not None


# "từ trước ngày …", "từ trước tháng …": a starting point in the past, not a time limit
# an event's time after a change verb ("lùi thời gian tổ chức Hội chợ …", "dời ngày tổ chức …"; folded)
_EVENT_TIME = quick_compile(r"\s+(?:thời gian|thời điểm|ngày|lịch)\s+(?:tổ chức|khai mạc|diễn ra)(?!\w)")
_SINCE_BEFORE = quick_compile(r"(?<!\w)từ\s+trước(?!\w)")
# the days of an event right after its length ("…trong 03 ngày|, từ ngày 09/6 đến ngày 11/6/2026")
_DAYS_SPAN_AFTER = quick_compile(r"\s*[,(]?\s*(?:bắt đầu\s+)?từ\s+ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s+(?:đến|tới)\s")
# what must not be done before a day ("không gieo mạ| trước ngày …"; not "không quá", "không để chậm")
_NOT_DONE_BEFORE = quick_compile(r"(?<!\w)không\s+(?:được\s+)?(?:gieo|cấy|gieo cấy|gieo sạ|sạ|xuống giống|thu hoạch|khai thác|đốt|thả|"
                                  r"khởi công|mở cửa|vận chuyển|xuất bán)(?:\s+[^\s,;.:]+){0,2}\s+$")
# a rule of law recited: "Theo quy định (tại …), thời hạn … là …" (folded)
_THE_RULE_IS = quick_compile(r"\s*theo quy định(?:\s+(?:tại|của)\s+[^,;:]{1,150})?\s*,\s*(?:thì\s+)?thời hạn\s")


# a body's term or a text's force before the day it runs to ("Nhiệm kỳ của Ban Chỉ đạo| đến hết ngày …")
# (… or a permit's validity, an extension granted: "Văn bản chấp thuận này có giá trị| đến hết ngày 30/8/2026", "được gia
# hạn| đến ngày 30/6/2027")
_A_TERM_BEFORE = quick_compile(r"(?<!\w)(?:(?:nhiệm kỳ|hoạt động|có hiệu lực|hiệu lực thi hành|có giá trị)(?:\s+[^\s.;,:]+){0,8}?"
                               # (an extension granted right before its day, or of the land's use: not "Sở Y tế được gia hạn
                               # báo cáo … đến hết ngày …", a task's new time)
                               r"|(?<!đề nghị )được gia hạn(?:\s+(?:tiến độ\s+)?sử dụng đất(?:\s+\d{1,3}\s+tháng)?)?)\s*$")
# … but a task's time extended is its new time limit ("riêng nhiệm vụ tại mục 6 được gia hạn đến hết Quý III/2026") (folded)
_A_TASK_EXTENDED = quick_compile(r"(?<!\w)(?:nhiệm vụ|thời hạn|thời gian thực hiện|việc)(?!\w)[^.;:]*$")
# what is not done in the period right after it ("Chưa xem xét| trong năm 2026", "không bố trí vốn| trong năm 2027")
_NOT_WITHIN = quick_compile(r"(?<!\w)(?:chưa|không)\s+(?:xem xét|bố trí(?:\s+vốn)?|đầu tư|đưa vào)\s*$")
# a limit rewritten: "từ “trước ngày 15/9/2026” thành “…”" (folded), the words before and after the old one
_CHANGED_FROM = quick_compile(r"(?<!\w)từ\s*[“\"]\s*$")
_CHANGED_INTO = quick_compile(r"\s*[”\"]\s*(?:thành|sang)\s")
# "(ngay) trong tháng này", "trong quý này", "trong năm nay", "hết tháng này" (folded)
# "trước ngày 25 tháng này", "chậm nhất ngày 10 tháng tới" (folded)
_DAY_OF_THIS_MONTH = quick_compile(r"(?<!\w)(?:(?:trước|chậm nhất|hạn chót|xong trước|hoàn thành trước)\s+)?ngày\s+(?P<day>\d{1,2})\s+"
                                   r"(?:của\s+)?tháng\s+(?P<which>này|tới|sau)(?!\w)")
_THIS_PERIOD = quick_compile(r"(?<!\w)(?:(?:ngay\s+)?trong|hết|cuối|trước\s+khi\s+hết)\s+(?P<unit>tháng|quý|năm)\s+(?:này|nay)(?!\w)"
                             r"(?!\s*(?:,\s*)?(?:đã|tình hình|kết quả|toàn tỉnh|trên địa bàn))")


# a plan's time-limit field line ("Thời gian: bố trí chỗ ở tạm cho các hộ trong tháng 5"): its
# periods are time limits, with or without a year
TIME_FIELD_AT = quick_compile(r"[\s*\-–+]*" + words_alternation(directive_cues()["time_limit_labels"]) + r"\s*:")


def _sentence_before(f: str, pos: int) -> str:
    """The words before ``pos`` back to the start of its sentence (at most 200 characters)."""
    return f[max(max(f.rfind(ch, 0, pos) for ch in ".;:!?\n"), pos - 200, 0):pos]


# a bracket describing the bodies before it by what they have or had (folded): "(các xã có vụ việc …", "(nơi xảy ra …"
_DESCRIBING_BRACKET = quick_compile(r"\(\s*(?:các|những|nơi)(?:\s+[^\s(),;:]+){0,3}?\s+(?:có|đã có|đã xảy ra|xảy ra|bị)\s[^()]*$")


# the days a count of days is, named right after it (folded): "(trong 02 ngày) 14 và 15/10/2026", "… 14, 15/10"
_THE_DAYS_NAMED = quick_compile(r"[\s*]+(?:ngày\s+)?\d{1,2}(?:\s*(?:,|và|-|–)\s*\d{1,2})+\s*/\s*\d{1,2}")


def _clause_before(f: str, pos: int, back: int, stops: str = ",;:.()!?…\n") -> str:
    """The text of the clause that ``pos`` is in, from its start up to ``pos`` (at most ``back``
    characters; ``stops``: the marks that end a clause — without the comma and brackets, the
    sentence's part before ``pos``: "hoàn thành sửa chữa mặt đường, hệ thống thoát nước … (xã
    Đồng Đăng) trong tháng 10")."""
    k = pos
    lo = max(0, pos - back)
    while k > lo and f[k - 1] not in stops:
        k -= 1
    return f[k:pos]


_FULL_DATE = quick_compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?P<sep>[/.\-])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<y>{_YEAR})(?!\d)")
_NEARBY = 600      # how far a full date may stand from a day-month that takes its year


def _year_nearby(f: str, pos: int, d: int, mo: int):
    """(date, note) for a day-month without a year in a text with no issue date: the year of the
    nearest full date written around it ("từ ngày 1-9 đến hết ngày 31-12-2018. Trước ngày 25-10,
    …"), the one before it first; a referenced document's date ("Chỉ thị số 27/CT-TTg ngày
    19/11/2019") tells nothing of the task's year."""
    finder = default_finder()
    near = [m for m in _FULL_DATE.finditer(f, max(0, pos - _NEARBY), min(len(f), pos + _NEARBY))
            if not finder._is_reference(f, m.start(), m.end())]
    before = [m for m in near if m.start() < pos]
    after = [m for m in near if m.start() >= pos]
    near = before[-1] if before else after[0] if after else None
    if near is None:
        return None, M.N_YEAR_UNKNOWN
    written = " ".join(near.group(0).split())
    return _valid(int(near.group("y")), mo, d), M.N_YEAR_FROM_NEARBY.format(date=written)


_SENTENCE_YEAR = quick_compile(rf"(?<![\d/.,]){_YEAR}(?![\d.,]\d|\d)")


def _has_phrase(words: list, phrases: list) -> bool:
    """One of ``phrases`` (each a list of words) stands among ``words``."""
    return any(words[i:i + len(p)] == p for p in phrases for i in range(len(words)))


# nouns whose second word is "ước" (an agreement, a treaty, a village's rules), no estimate: "ký kết thỏa ước mới trước ngày …"
_AGREEMENT_FIRST_WORDS = ("thỏa", "thoả", "quy", "hương", "công", "điều")


def _without_agreements(words: list) -> list:
    """The words before a date without the nouns of agreements ("thỏa ước", "quy ước", "hương ước", "công ước"), whose "ước"
    is no estimate."""
    return [w for i, w in enumerate(words) if not (w == "ước" and i and words[i - 1] in _AGREEMENT_FIRST_WORDS)]


# what is sent to a body right before a period ("truyền số liệu về Sở| trong Quý III/2026"): the time it is due by, not
# the data's period (folded)
_SENT_TO_A_BODY_BEFORE = quick_compile(r"(?<!\w)(?:gửi|truyền|chuyển|nộp)(?:\s+[^\s,;.]+){1,4}?\s+về\s+(?:sở|ubnd|ủy ban|bộ|ban|cục"
                                      r"|chi cục|trung tâm|phòng|văn phòng)(?:\s+[^\s,;.()]+){0,6}?\s*$")


def _without_phase_labels(words: list) -> list:
    """The words before a period without a phase's name ("giai đoạn 1", "giai đoạn II"): a phase
    names the work, it does not make the period after it a description ("… đường nội bộ giai đoạn
    1 trong Quý II năm 2018")."""
    out, i = [], 0
    while i < len(words):
        if words[i:i + 2] == ["giai", "đoạn"] and i + 2 < len(words) and re.fullmatch(r"\d{1,2}|[ivx]{1,4}", words[i + 2]):
            i += 3
            continue
        out.append(words[i])
        i += 1
    return out


def _next_day_in_months(ref: date, day: int, month: int, step: int) -> Optional[date]:
    """The first ``day`` after ``ref`` in ``month`` of ``ref``'s year or every ``step`` months after
    it (a month's day: step 1; a quarter's last month: step 3), the day kept within the month."""
    y, mo = ref.year, month
    for _ in range(5):
        x = _valid(y, mo, min(day, calendar.monthrange(y, mo)[1]))
        if x is not None and x > ref:
            return x
        y, mo = (y + 1, mo + step - 12) if mo + step > 12 else (y, mo + step)
    return None


# "trước ngày 15 của tháng cuối quý", "chậm nhất ngày 20 tháng cuối mỗi quý"
_QUARTER_DAY = quick_compile(r"(?<!\w)(?:trước|chậm nhất(?:\s+là)?)\s+ngày\s+(?P<d>\d{1,2})\s+(?:của\s+)?tháng\s+cuối\s+"
                             r"(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?quý(?!\s+[ivx\d])")


# what ends a sentence after a time: "…, trong quý IV/2026." / "… (Sở X chủ trì)." / the end
_CLOSES_SENTENCE = quick_compile(r"\s*(?:[.;!]|\((?:[^()]{0,200})\)\s*[.;]|$)")
# … or the bracket it opens, closing the sentence: "nộp trả ngân sách … đúng thời hạn (trong tháng 10/2026)."
# a completion asked for before a term in brackets (folded)
_TO_BE_DONE = quick_compile(r"(?<!\w)(?:hoàn thành|hoàn thiện|xong|chậm nhất|dứt điểm)(?!\w)")
# between a time limit and a ceremony's day set beside it: ", trước Lễ khai giảng ngày " (folded)
_CEREMONY_AFTER_A_LIMIT = quick_compile(r"\s*,\s*(?:tức là\s+|là\s+)?(?:trước|kịp|phục vụ)\s+(?:các\s+)?lễ\s+[^,;.()\d]{2,40}?\s+(?:ngày\s+)?")
# … the ceremony's words opening the time found ("trước Lễ khai giảng ngày 05/9/2026"), after a comma (folded)
_CEREMONY_AT = quick_compile(r"(?:trước|kịp|phục vụ)\s+(?:các\s+)?lễ\s")
_COMMA_ONLY_BETWEEN = quick_compile(r"\s*,\s*")
# an age right before a period: the period is when people turn it ("người sinh năm 1951 (đủ 75 tuổi trong năm
# 2026)", "… trên 100 tuổi trong năm 2027"), no time limit (folded)
_AN_AGE_BEFORE = quick_compile(r"(?<!\w)\d{1,3}\s+tuổi(?:\s+trở lên)?\s*$")
# … an age group ("từ 14 tuổi trở lên", "dưới 2 tuổi", "từ 13 đến 17 tuổi") (folded)
_AN_AGE_GROUP_BEFORE = quick_compile(r"(?<!\w)(?:từ|dưới)\s+\d{1,3}(?:\s+tuổi)?(?:\s+(?:đến|-|–)\s+\d{1,3})?\s+tuổi(?:\s+trở lên)?\s*$")
# … the ages people turn, listed before it in its clause ("tròn 70, 75, 80 tuổi và từ 100 tuổi trở lên") (folded)
_AGES_TURNED_BEFORE = quick_compile(r"(?<!\w)(?:tròn|đủ)\s+\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,?\s*…)?[^;.()]{0,60}?tuổi[^;.()]*$")
# a completion's words in the clause before a day (folded)
_DONE_BY = quick_compile(r"(?<!\w)(?:hoàn thành|hoàn tất|xong|kết thúc)(?!\w)")
# the month or the year a span starts in, right after it (folded): "… trong thời gian 03 tháng| kể từ tháng 8/2026"
_FROM_A_MONTH_AFTER = quick_compile(r"\s*,?\s*(?:kể|tính)\s+từ\s+(?:tháng|quý|năm)\s+[\divx]")
# a limit counted from an event right after a period (folded): "… trong tháng 12/2026 trong 15 ngày kể từ ngày …"
_RELATIVE_LIMIT_NEXT = quick_compile(r"\s*,?\s*(?:trong|chậm nhất|không quá)\s+(?:thời hạn\s+|vòng\s+)?\d{1,3}\s+ngày(?:\s+làm việc)?\s+kể từ(?!\w)")
_CLOSES_BRACKET_AND_SENTENCE = quick_compile(r"\s*\)\s*(?:[.;!]|$)")


def _one_year_of_sentence(f: str, start: int, end: int) -> Optional[int]:
    """The year the sentence around ``f[start:end]`` names, when it names exactly one (in a
    full date or as "năm 2022"); else None."""
    lo = max(f.rfind(". ", 0, start), f.rfind("\n", 0, start), 0)
    hi = [k for k in (f.find(". ", end), f.find("\n", end)) if k >= 0]
    hi = min(hi) if hi else len(f)
    years = {int(m.group(0)) for m in _SENTENCE_YEAR.finditer(f, lo, hi)}
    years |= {int(m.group("y")) for m in _FULL_DATE.finditer(f, lo, hi)}
    return years.pop() if len(years) == 1 else None


_DAY_MONTH_END = quick_compile(r"(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\W*$")


def with_nearby_years(found: list, whole: str, at: int) -> list:
    """The deadlines of a text at ``at`` in ``whole`` (a text without issue date), where a
    day-month with no year takes the year of the nearest full date written around it."""
    if not any(d.date is None and d.note == M.N_YEAR_UNKNOWN for d in found):
        return found
    f = fold(whole)
    out = []
    for d in found:
        m = _DAY_MONTH_END.search(d.text) if d.date is None and d.note == M.N_YEAR_UNKNOWN else None
        if m is not None:
            dt, note = _year_nearby(f, at + d.start, int(m.group("d")), int(m.group("m")))
            if dt is not None:
                d = replace(d, date=dt, note=note)
        out.append(d)
    return out


_OPEN_QUOTES, _CLOSE_QUOTES = "“«", "”»"


def _in_quotation(f: str, pos: int) -> bool:
    """``pos`` stands inside a quotation: an opening quote before it (in the text given) that
    is not closed, or a closing quote after it before any opening one (a clause read alone)."""
    before = f[max(0, pos - 1500):pos]
    o = max(before.rfind(q) for q in _OPEN_QUOTES)
    if o >= 0 and max(before.rfind(q) for q in _CLOSE_QUOTES) < o:
        return True
    after = f[pos:pos + 1500]
    c = min((k for k in (after.find(q) for q in _CLOSE_QUOTES) if k >= 0), default=-1)
    if c < 0:
        return False
    return all(k < 0 or k > c for k in (after.find(q) for q in _OPEN_QUOTES))


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _valid(y, m, d) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


valid_date = _valid          # (the same, for the table cells read in parse/tasks.py)


class _Shifted:
    """A match read as if it started at ``start`` (inside it): what the date grammar needs of it."""

    def __init__(self, m, start: int):
        self._m, self._start = m, start

    def start(self, *g):
        return self._start if not g else self._m.start(*g)

    def __getattr__(self, name):
        return getattr(self._m, name)


class _Chained(_Shifted):
    """A day joined to the one a cue stands before ("trước ngày 15 tháng 6 và ngày 15 tháng 12 năm
    2024"): read as if that cue stood before it too."""

    def __init__(self, m, cue):
        super().__init__(m, m.start("day"))
        self._cue = cue

    def group(self, *g):
        return self._cue if g == ("cue",) else self._m.group(*g)


@dataclass
class _Cand:
    start: int
    end: int
    dl: Deadline
    rank: int          # lower wins among candidates of the same span
    rhythm: str = ""   # a recurring deadline's period: year, half_year, quarter, month
    day_given: bool = False     # … with its day ("trước ngày 25 hằng tháng")


# the patterns of class DeadlineFinder, compiled once at import
# the rest of a clause, and the mark that ends it (group 1)
_REST_OF_CLAUSE = quick_compile(r"[^.;:]*(.?)")
_TU = quick_compile(r"(?<!\w)từ(?!\w)")
# "… để triển khai", "… nhằm bảo đảm": a purpose ending the text
_PURPOSE_AT_END = quick_compile(r"(?<!\w)(?:để|nhằm)\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*$")
# … a purpose complete in its verb ("để thực hiện", "để triển khai") and a submission or a report after its comma
# (… or compiling what is sent: "gửi Sở X trước ngày 30/10 để tổng hợp, báo cáo UBND tỉnh trong tháng 11/2026", the
# report due then)
# (… or samples taken to test, the results told: "lấy mẫu nước giếng để xét nghiệm, thông báo kết quả cho Nhân dân trong
# tháng 6/2026")
_A_WHOLE_PURPOSE = quick_compile(r"(?:để|nhằm)\s+(?:thực hiện|triển khai|tổ chức thực hiện|triển khai thực hiện|tổng hợp"
                                 r"|xét nghiệm|phân tích|kiểm nghiệm)")
_SUBMITTED_AFTER = quick_compile(r"\s*(?:trình|báo cáo|gửi|thông báo)(?!\w)")
# "để …", "- nhằm …", "2. Để …": a purpose opening the clause
_PURPOSE_OPENING = quick_compile(r"[\s*\-–+]*(?:\d+(?:\.\d+)*\.?\s+|[a-zđ]\)\s+)?(?:để|nhằm)(?!\w)"
                              r"(?!\s+(?:sở|ban|cục|chi cục|phòng|trung tâm)\s+[^\W\d_])")   # (not "để sở thẩm định …")
# "ký cam kết phòng cháy rừng trong Quý I/2026": signing is the act due then (not "cam kết" as a noun)
_SIGNING = quick_compile(r"(?<!\w)ký(?:\s+kết)?\s+(?:bản\s+)?(?:cam kết|kế hoạch|chương trình)(?!\w)")
# "…, làm cơ sở nhân rộng trong năm 2026": what the task's result serves, no time limit of it
_AS_A_BASIS = quick_compile(r"(?:^|[,;(])[\s*\-–+]*(?:làm|là|tạo)\s+(?:cơ sở|căn cứ|tiền đề)(?!\w)[^.;:]*$")
# a list marker alone: "-", "a)", "2.1.", "iv."
_LIST_MARKER_ONLY = quick_compile(r"\s*(?:[-–+•]|[a-zđ]\)|\d+(?:\.\d+)*\.?|[ivxlc]+\.)")
_ASTERISKS = quick_compile(r"\*{1,3}")
_DMY_DATE = quick_compile(_DMY)
_CLOSING_BRACKET = quick_compile(r"[\s*]*\)")
# only an opening bracket (and spaces, asterisks) between two dates
_BRACKET_OPENS_GAP = quick_compile(r"[\s*]*\(\s*")


class DeadlineFinder:
    """The cue grammar compiled once; ``find`` is ``find_deadlines`` for these cues."""

    def __init__(self, cues: Cues):
        c = cues
        self.cues = cues
        date_cue = _alt(c["date_cues"])
        join = _alt(c["date_cue_joiners"])
        self._date_re = quick_compile(
            rf"(?<!\w)(?P<cue>{date_cue})(?:{SP}{join})?{SP}(?:(?P<time>{_TIME})[\s*,]*)?(?:{_alt(c['day_parts'])}[\s*,]+)?(?:{_WEEKDAY}[\s*,]*"
            # (… "thứ Năm tuần này (22/10)", "thứ Sáu (23/10)": the weekday's date in brackets)
            rf"(?:(?:tuần{SP}(?:này|sau|tới){SP0})?\(\s*(?=(?:ngày\s+)?\d{{1,2}}\s*/\s*\d))?)?"
            rf"(?:(?P<ngay>ngày){SP0})?\**(?:{_alt(c['day_prefixes'])}{SP})?{_DAY}")
        # "hoàn thành trong thời gian từ ngày 20/01 đến ngày 10/02/2026": a span to finish in, its last day
        self._finish_span_re = quick_compile(
            rf"(?<!\w){_alt(c['event_completion'])}(?:{SP}(?:trong|trong khoảng|trong thời gian|trong khoảng thời gian))?{SP}từ{SP}"
            rf"(?:ngày{SP0})?\d{{1,2}}\s*[/.-]\s*\d{{1,2}}(?:\s*[/.-]\s*\d{{4}})?{SP}(?P<cue>đến(?:{SP}hết)?){SP}"
            rf"(?:(?P<ngay>ngày){SP0})?\**{_DAY}")
        # "(đến ngày 31.1.2021)": a parenthesis holding only the day that closes the action
        self._paren_date_re = quick_compile(
            rf"\(\s*(?P<cue>{_alt(c['parenthesis_date_cues'])}){SP}(?P<ngay>ngày){SP0}(?:{_DMY}|{_DMY_TEXT}|{_DM}|{_DM_DASH})"
            rf"(?=\s*\))")
        # "… đúng thời hạn (ngày 29/8/2026)": the limit's own day in brackets after its name
        self._limit_paren_re = quick_compile(
            rf"(?<!\w){_alt(c['limit_before_parenthesis'])}{SP0}\(\s*(?:là{SP})?(?P<cue>)(?P<ngay>ngày){SP0}"
            rf"(?:{_DMY}|{_DMY_TEXT}|{_DM}|{_DM_DASH})(?=\s*\))")
        # "báo cáo kết quả … vào ngày 15.8.2018"
        self._on_day_re = quick_compile(
            rf"(?<!\w)(?P<cue>{_alt(c['on_day_cues'])}){SP}(?P<ngay>ngày){SP0}(?:{_DMY}|{_DMY_TEXT}|{_DM}|{_DM_DASH})")
        self._on_day_verbs = set(c["on_day_verbs"])
        self._on_day_meetings = set(c["on_day_meetings"])
        self._order_before_purpose = quick_compile(rf"(?<!\w){_alt(c['purpose_after_order'])}(?!\w)")
        self._event_re = quick_compile(
            rf"(?<!\w)(?P<cue>{_alt(c['event_cues'])})(?P<event>(?:{SP}[^\W\d_]+){{1,10}}?){SP}(?:vào{SP})?"
            rf"ngày{SP0}\**{_DMY}")
        # "trước ngày khai giảng 05/9/2026", "trước ngày khai mạc (20/8/2026)", "trước kỳ họp ngày …",
        # "trước Tết Nguyên đán Nhâm Dần 2022 (ngày 01/02/2022)", a day of the lunar calendar "trước
        # ngày 20 tháng Chạp năm Bính Ngọ (tức ngày 27/01/2027)"
        self._event_day_re = quick_compile(
            rf"(?<!\w)(?P<cue>{_alt(c['event_day_cues'])}){SP}(?:ngày{SP})?(?:(?:{_alt(c['day_prefixes'])}){SP})?(?:\d{{1,2}}{SP})?"
            rf"(?P<event>{_alt(c['event_day_nouns'])})(?!\w)"
            # (… a grade's number among the words: "Trước ngày tựu trường khối 10 (20/8/2026)")
            rf"(?P<gap>(?:{SP}(?:[^\W\d_]+|\d{{1,2}}(?![\d/.,])))"
            rf"{{0,6}}?(?:{SP}{_YEAR})?)[\s*]*(?:\(\s*)?(?:(?:vào|là|trước|tức){SP})?(?:ngày{SP0})?\**"
            rf"(?:{_DMY}|(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})\s*,?\s*năm\s+(?P<y2>{_YEAR})(?=\d{{0,2}}(?!\d)))")
        # "… trước 30/5/2026 nhưng đến nay chưa thực hiện", "…, đã quá hạn": a missed time limit
        self._missed_after = quick_compile(
            rf"[\s*,]*(?:{_alt(c['reference.missed_but'])}(?:{SP}[^\W\d_]+){{0,8}}?{SP}"
            rf"{_alt(c['reference.missed_not_yet'])}|{_alt(c['reference.missed_overdue'])})(?!\w)")
        # "(Công văn số 955/UBND-VX ngày 02/5/2026, hạn trước ngày 31/5/2026)": a document cited
        self._cited_doc = quick_compile(rf"(?<!\w){_alt(c['reference.document_types'])}\s+số\s+\S")
        self._doc_words = quick_compile(rf"(?<!\w){_alt(c['reference.document_types'])}(?!\w)")
        self._event_done = quick_compile(rf"(?<!\w){_alt(c['event_completion'])}(?!\w)")
        strong, weak, before = (_alt(c["period_cues.strong"]), _alt(c["period_cues.weak"]),
                                _alt(c["period_cues.before"]))
        # a month or a quarter without its year is a time limit after one of these words in its
        # clause ("hoàn thành … trong tháng 12", "báo cáo UBND tỉnh trong quý III")
        self._yearless_after = quick_compile(rf"(?<!\w){_alt(c['period_cues.yearless_after'])}(?!\w)")
        self._period_re = quick_compile(
            rf"(?<!\w)(?:(?P<before>{before})|(?P<strong>{strong})|(?P<weak>{weak})){SP}\**(?:{_PERIOD})")
        # "điều chỉnh thời hạn … sang ngày 30/11/2020": the new time limit of a change
        self._change_re = quick_compile(
            rf"(?<!\w)(?P<cue>{_alt(c['change_cues'])}){SP}\**(?P<when>(?:ngày{SP0})?\**{_DAY}|{_PERIOD})")
        self._change_verb_re = quick_compile(rf"(?<!\w){_alt(c['change_verbs'])}(?!\w)")
        self._change_words = tuple(c["change_verbs"])
        self._change_asked = set(c["change_asked"])
        self._asked_by_a_firm = quick_compile(rf"(?<!\w){_alt(c['change_askers'])}(?!\w)(?:\s+\S+){{0,12}}?\s+"
                                              rf"{_alt(c['change_asked'])}(?!\w)")
        self._change_refused = quick_compile(rf"(?<!\w){_alt(c['change_refused'])}(?!\w)")
        # "Không đồng ý kéo dài thời gian thực hiện dự án đến hết Quý IV/2026 như đề xuất": a time refused
        self._refused_change = quick_compile(rf"(?<!\w){_alt(c['change_refused'])}(?!\w)[^;.\n]{{0,200}}?"
                                             rf"(?<!\w){_alt(c['refused_changes'])}(?!\w)[^;.\n]*$")
        self._change_decided = quick_compile(rf"(?<!\w){_alt(c['change_decisions'])}(?!\w)")
        self._change_granted = quick_compile(rf"(?<!\w)(?<!không )(?:{_alt(c['change_granted'])})(?!\w)")
        self._time_change_verb_re = quick_compile(rf"{_alt(c['time_change_verbs'])}(?!\w)")
        self._target_re = quick_compile(
            rf"(?<!\w)(?P<cue>{_alt(c['target_lead'])}){SP}năm{SP}(?P<yy>{_YEAR})(?!\d){SP}"
            rf"(?P<after>{_alt(c['target_after'])})(?!\w)")
        every = {k: _alt(c["recurring." + k]) for k in
                 ("every_year", "every_quarter", "every_month", "every_half_year")}
        self._recurring_word = quick_compile(rf"(?<!\w)(?:định{SP}kỳ|{every['every_year']}|{every['every_quarter']}|"
                                             rf"{every['every_month']})(?!\w)")
        self._every_year_after = quick_compile(rf"^{SP0},?{SP0}(?P<ev>{every['every_year']})(?!\w)"
                                               rf"(?:{SP0},?{SP0}(?:kể\s+từ|bắt\s+đầu\s+từ|từ){SP}năm{SP}(?P<from>{_YEAR})(?!\d))?")
        rcue = _alt(c["recurring.cues"])
        self._recur_re = quick_compile(
            rf"(?<!\w)(?P<cue>{rcue}(?:{SP}{rcue})*){SP}(?:(?P<q>{every['every_quarter']})|"
            rf"(?P<mo>{every['every_month']})|(?P<y>{every['every_year']})|"
            rf"(?P<h>{every['every_half_year']})(?!\s+tháng)(?!\s+(?:đầu|cuối)))(?!\w)")
        self._recur_half_cue = quick_compile(r"định\s+kỳ")
        self._monthly_re = quick_compile(
            rf"(?<!\w)(?:(?P<ev1>{every['every_month']})[\s*,]*(?:\(\s*|[\s*,]){SP0}(?P<c1>{date_cue}){SP}ngày{SP}(?P<d1>\d{{1,2}})"
            rf"|(?P<c2>{date_cue}){SP}ngày{SP}(?P<d2>\d{{1,2}}){SP}(?P<ev2>{every['every_month']}))(?![\d/\w])")
        self._relative_re = quick_compile(
            rf"(?<!\w)(?P<cue>{_alt(c['relative_cues'])}){SP}(?P<n>\d{{1,3}}){SP}"
            rf"(?:(?P<days>ngày)(?P<wd>{SP}làm{SP}việc)?|(?P<months>tháng)(?={SP}(?:kể|tính)\s+từ))(?!\w)"
            rf"(?!{SP}{_alt(c['relative_event_days'])}(?!\w))"
            rf"(?P<anchor>[\s*,]+(?:(?:kể|tính)\s+từ\s+(?:ngày|khi)|sau\s+khi|từ\s+khi)"
            rf"(?:\s+(?P<adate>{_DMY})|(?P<aw>(?:\s+[^\W\d_]+){{1,4}})))?")
        self._term_re = quick_compile(rf"(?<!\w){_alt(c['reference.term_of_right'])}(?!\w)")
        self._permitted_re = quick_compile(rf"(?<!\w){_alt(c['reference.permitted_until'])}(?!\w)")
        self._kept_up_re = quick_compile(rf"(?<!\w){_alt(c['reference.kept_up_until'])}(?!\w)")
        self._duty_re = quick_compile(rf"(?<!\w)(?<!thường ){_alt(c['reference.duty_on_the_day'])}(?!\w)(?!\s+(?:tuyến|thuộc|tiếp|quan))")
        self._kept_for_re = quick_compile(rf"(?<!\w){_alt(c['kept_for_days'])}(?!\w)")
        self._described_re = quick_compile(rf"(?<!\w){_alt(c['reference.described_term'])}[\s*]*$")
        self._from_issue = quick_compile(rf"\s+{_alt(c['relative_from_issue'])}(?!\w)")
        self._statutory = quick_compile(rf"(?<!\w){_alt(c['reference.statutory_time'])}(?!\w)")
        # "kể từ ngày ký Quyết định phê duyệt …", "… ký Giấy phép": another document, signed later (not "ký Quyết
        # định này", "ký Kết luận thanh tra này")
        self._other_signed = quick_compile(rf"\s+(?:ký|ban hành)\s+{_alt(c['reference.other_document_signed'])}(?!\w)"
                                           rf"(?![^,.;:()|\n]{{0,40}}?(?<!\w)này(?!\w))")
        self._docref_before = quick_compile(rf"(?<!\w){_alt(c['reference.document_types'])}\s+số\s+\S+\s*,?\s*$")
        self._doc_made_before = quick_compile(rf"(?<!\w){_alt(c['reference.document_made'])}\s+(?:(?:\S+\s+){{0,3}}?)"
                                              rf"{_alt(c['reference.document_types'])}\s+số\s+\S+\s*$")
        self._rule_year = quick_compile(rf"[\s*,]*{_alt(c['reference.rule_year_after'])}(?!\w)")
        self._after_re = quick_compile(rf"^[\s*,]*{_alt(c['reference.after'])}(?!\w)")
        self._period_after = quick_compile(rf"^[\s*,]*{_alt(c['reference.period_after'])}(?!\w)")
        # the span of a programme ("Năm 2026 và các năm tiếp theo", "từ năm 2026 trở đi")
        self._span_words = quick_compile(r"(?<!\w)" + _alt([p for p in c["reference.period_after"]
                                                         if p.startswith("và ") or p == "trở đi"]) + r"(?!\w)")
        self._recur_words = tuple(p for k in ("every_year", "every_quarter", "every_month", "every_half_year")
                                  for p in c["recurring." + k])
        self._paren_re = quick_compile(rf"[\s*]*{_alt(c['reference.schedule_parenthesis'])}(?!\w)")
        self._topic = set(c["reference.topic_before"])
        self._weak = set(c["period_cues.weak"])
        self._before_cues = set(c["period_cues.before"])
        self._passive = set(c["reference.period_passive"])
        self._rel_after = quick_compile(rf"^[\s*]+{_alt(c['reference.relative_after'])}(?!\w)")
        self._per_case_after = quick_compile(rf"[\s*,]+{_alt(c['reference.per_case_after'])}(?!\w)")
        self._per_case_objects = quick_compile(rf"(?<!\w){_alt(c['reference.per_case_objects'])}(?!\w)")
        self._per_case_verbs = quick_compile(rf"(?<!\w){_alt(c['reference.per_case_verbs'])}(?!\w)")
        self._per_case_condition = quick_compile(rf"(?<!\w)(?<!trước )(?<!sau ){_alt(c['reference.per_case_conditions'])}(?!\w)")
        self._duration_of = quick_compile(rf"(?<!\w){_alt(c['reference.duration_of'])}(?!\w)")
        self._suspended_for = quick_compile(rf"(?<!\w){_alt(c['reference.suspended_for'])}(?!\w)")
        self._past = set(c["reference.past_or_estimate"])
        self._past_phrases = {p for p in self._past if " " in p}
        self._past_unless = set(c["reference.past_unless"])
        self._planned = [p.split() for p in c["reference.planned"]]
        self._planned_orders = set(c["reference.planned_orders"])
        self._planned_nouns = [p.split() for p in c["reference.planned_nouns"]]
        self._expiring_re = quick_compile(rf"(?<!\w){_alt(c['reference.expiring_in'])}\s*$")
        self._own_plan_re = quick_compile(r"[\s*+–-]*(?:\d{1,2}[.)]\s*)?" + _alt(c["reference.own_plan_heads"]) + r"\s+sẽ\s")
        self._own_plan_after_re = quick_compile(r"(?<=[,:])\s*" + _alt(c["reference.own_plan_heads"]) + r"\s+sẽ\s")
        self._planned_unless = set(c["reference.planned_unless"])
        # the leader's own plans among them ("chủ tịch ubnd tỉnh sẽ"), opening a sentence (a vice-chair's too)
        self._leaders_plan = quick_compile(r"\s*(?:[-–+]\s*)?(?:phó\s+)?"
                                           + _alt([p for p in c["reference.planned"] if p.endswith(" sẽ")]) + r"\s")
        self._forecast = tuple(c["reference.forecast"])
        self._forecast_unless = set(c["reference.forecast_unless"]) | self._planned_unless
        self._rule_openings = tuple(c["reference.rule_openings"])
        self._period_block = set(c["reference.period_blockers"])
        self._period_block_words = [p.split() for p in c["reference.period_blockers"]]
        self._share_block_re = quick_compile(rf"(?P<share>\d{{1,3}}(?:[.,]\d+)?)\s?%\s+(?:{_alt(c['reference.period_blockers'])})(?!\w)")
        self._completion = [p.split() for p in c["period_cues.completion"]]
        self._reported = [p.split() for p in c["period_cues.report_after_block"]]
        self._target_block = set(c["reference.target_blockers"])
        self._completed_works = set(c["reference.completed_works"])

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _digit_windows(f: str) -> list[tuple[int, int]]:
        """Stretches of ``f`` around its numbers (a quarter's Roman numeral counts as one: "trong
        quý III").  Every form but the bare recurring ones holds a number within a few words
        after its cue, so the grammar only scans these."""
        out: list[tuple[int, int]] = []
        for m in _DIGITS.finditer(f):
            lo, hi = max(0, m.start() - _BACK), min(len(f), m.end() + _AHEAD)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return out

    @staticmethod
    def _scan(rx, f: str, wins):
        for lo, hi in wins:
            yield from rx.finditer(f, lo, hi)

    @staticmethod
    def _words_before(f: str, pos: int, n: int, stops: str = _BOUNDARY) -> list[str]:
        """Up to ``n`` words before ``pos`` in the same clause (stopping at ``stops``)."""
        k = pos
        lo = max(0, pos - 200)
        while k > lo and f[k - 1] not in stops:
            k -= 1
        return _WORD.findall(f[k:pos])[-n:]

    @staticmethod
    def _has(words: list[str], phrases) -> bool:
        s = " " + " ".join(words) + " "
        return any(" " + p + " " in s for p in phrases)

    def _is_past(self, f: str, pos: int, passive: bool = False) -> bool:
        """A past fact or an estimate ("đã …", "dự ước …"); with ``passive`` also "được …"
        (periods: "vốn được bổ sung trong năm 2026")."""
        w = _without_agreements(self._words_before(f, pos, 4))[-3:]
        # a phrase of several words may start a little further back ("dự kiến tổ chức trong …")
        hit = self._has(w, self._past) or self._has(self._words_before(f, pos, 5), self._past_phrases)
        if not hit and passive and self._has(w, self._passive):
            # "vốn được bổ sung trong năm 2026": what was done then (not "hoàn thành kế hoạch tăng trưởng dư nợ
            # được giao trong Quý III/2026": the plan's completion is due then)
            hit = not self._done_before_passive(f, pos)
        if hit and w[-2:] in (["phê", "duyệt"], ["được", "duyệt"]) and self._done_before_passive(f, pos):
            hit = False                 # "hoàn thành sắp xếp … theo phương án đã được phê duyệt trong Quý II/2026": the
                                        # approved plan's, the completion due then
        if hit and "đã" in w and not self._has(self._words_before(f, pos, 5), self._past_phrases) \
                and self._done_before_past(f, pos):
            hit = False                 # "hoàn thành giải phóng mặt bằng các dự án đã có vốn trong tháng
                                        # 3/2026": "đã" of the projects, the completion due then
        return (hit and not self._has(w, self._past_unless)) or self._planned_event(f, pos) or self._forecast_at(f, pos) \
            or self._rule_at(f, pos)

    def _done_before_passive(self, f: str, pos: int) -> bool:
        """A completion verb, itself not after a past word, opens the clause (no comma between) of the
        "được giao" right before ``pos`` ("hoàn thành kế hoạch … được giao trong …"): the time limits the
        completion."""
        clause = _CLAUSE_BREAK_BEFORE.split(f[max(0, pos - 160):pos])[-1].rsplit(",", 1)[-1]
        words = _WORD.findall(clause)[-12:]
        if words[-2:] != ["được", "giao"] and words[-3:] != ["được", "phê", "duyệt"] and words[-2:] != ["được", "duyệt"]:
            # (only the plan "được giao", the one assigned, or "được phê duyệt", the one approved: not "vốn được bổ
            # sung"; or any passive describing the object of a completion that opens the clause, a few words before
            # it: "hoàn thành việc niêm yết công khai danh sách hộ được hỗ trợ trong tháng 5/2026")
            whole = _WORD.findall(clause)
            passive = len(whole) - 1 - whole[::-1].index("được") if "được" in whole[-3:] else None
            return passive is not None and passive >= 5 and any(whole[:len(p)] == p for p in self._completion)
        own = 3 if words[-3:] == ["được", "phê", "duyệt"] else 2      # (the passive's own words are no completion)
        done = next((i for i in range(len(words) - own) if any(words[i:i + len(p)] == p for p in self._completion)), None)
        if done is None and words[-2:] != ["được", "giao"]:
            # (… or before a list of verbs: "hoàn thành sắp xếp, bố trí công chức … theo phương án đã được phê duyệt
            # trong Quý II/2026")
            whole = _CLAUSE_BREAK_BEFORE.split(f[max(0, pos - 160):pos])[-1]
            head = _WORD.findall(whole.rsplit(",", 1)[0])[-4:] if "," in whole else []
            return any(head[i:i + len(p)] == p for i in range(len(head)) for p in self._completion) \
                and not self._has(head[:2], self._past)
        return done is not None and done < len(words) - 3 and not self._has(words[max(0, done - 2):done], self._past)

    def _done_before_past(self, f: str, pos: int) -> bool:
        """A completion verb stands in the clause before its "đã", itself not after a past word:
        the "đã" describes the object ("… các dự án đã có vốn …"), the clause is still to do."""
        words = self._words_before(f, pos, 24)
        past = max(i for i, x in enumerate(words) if x == "đã")
        done = next((i for i in range(past) if any(words[i:i + len(p)] == p for p in self._completion)), None)
        return done is not None and not self._has(words[max(0, done - 2):done], self._past)

    def _forecast_at(self, f: str, pos: int) -> bool:
        """A time the sentence forecasts ("theo dự báo …, đỉnh mặn xuất hiện từ ngày 18/02 đến ngày
        22/02/2026 và đợt tiếp theo trong tháng 3/2026"): no time limit, unless an order or a
        completion stands between the forecast and the time."""
        at = max(f.rfind(p, max(0, pos - 300), pos) for p in self._forecast)
        if at < 0 or _SENTENCE_MARK.search(f, at, pos):
            return False                # (no forecast in the sentence: the usual case, found fast)
        return not self._has(_WORD.findall(f[at:pos]), self._forecast_unless)

    def _rule_at(self, f: str, pos: int) -> bool:
        """A time a rule sets for a thing, the sentence opening with the rule's words and the thing done in the passive
        ("Theo quy định, kế hoạch vốn năm 2026 được thực hiện và giải ngân đến hết ngày 31/01/2027"): no body's time limit,
        unless an order stands between."""
        at = max(f.rfind(p, max(0, pos - 200), pos) for p in self._rule_openings)
        if at < 0 or _SENTENCE_MARK.search(f, at, pos) or (at and f[at - 1].isalnum()):
            return False
        words = _WORD.findall(f[at:pos])
        return "được" in words and not self._has(words, self._forecast_unless) and not self._has(words, ("phải",))

    def _planned_event(self, f: str, pos: int) -> bool:
        """An event the clause plans further back ("Hội nghị sơ kết dự kiến tổ chức tại tỉnh X trong
        tháng 7/2026", "Bộ dự kiến tổ chức đoàn kiểm tra liên ngành tại các địa phương trong tháng
        10"), with no completion or report between the plan and the time ("dự kiến ..., hoàn thành
        trong …" stays a time limit)."""
        w = self._words_before(f, pos, 16)
        at = self._plan_at(w)
        if at is not None and f.startswith(("trước", "chậm nhất"), pos) and _PLANS_OWN_TIME.search(" ".join(w[at:])):
            return False                # "cung cấp danh sách trường học dự kiến lắp đặt năm 2026 trước 17 giờ ngày 30/4/2026":
                                        # the plan has its own time, the limit after it is the list's
        if at is not None:
            if at and self._has(w[:at], self._planned_unless) and not self._has(w[:at], ("dự kiến",)):
                return False            # "Báo cáo số lượng cơ sở dự kiến đăng ký về Sở Công Thương trước ngày 15/7/2026":
                                        # what is expected describes what is reported, the report is due
            return not self._has(w[at:], self._planned_unless)
        start = max(f.rfind(". ", 0, pos) + 1, f.rfind("\n", 0, pos) + 1, f.rfind(";", 0, pos) + 1, pos - 200, 0)
        # (a leader's own plan opening the sentence, its commas before the time: "Chủ tịch UBND tỉnh sẽ
        # kiểm tra thực tế công tác chống hạn, mặn tại xã Kim Sơn trong tháng 02/2027")
        lead = self._leaders_plan.match(f, start)
        if lead is not None and lead.end() <= pos:
            return not self._has(_WORD.findall(f[lead.end():pos]), self._planned_unless)
        if " sẽ " in f[start:pos] and (self._own_plan_re.match(f, start, pos) is not None
                                       or self._own_plan_after_re.search(f, start, pos) is not None):
            return True                 # the issuer's own plan, itself named by its bare head opening a clause of the
                                        # sentence ("Sau khi tiếp nhận, Trung tâm sẽ lập phương án đấu giá …, trình Sở Tài
                                        # chính thẩm định trong Quý III/2026")
        if "dự kiến" in f[start:pos] and f.startswith(("trong ", "vào "), pos):
            # (… across the commas of a list in the sentence, when the time says when, not by when: "Đoàn kiểm tra dự
            # kiến kiểm tra việc quản lý, sử dụng xe ô tô tại một số xã trong tháng 11/2026"; not when an order stands
            # after the plan, nor "… các vùng nuôi dự kiến, trước ngày 25/7/2016", the planned areas' limit)
            w = self._words_before(f, pos, 20, stops=".;:!?\n()")
            at = self._plan_at(w)
            return at is not None and not self._has(w[at:], self._planned_unless) \
                and not self._has(w[at:], self._planned_orders)
        return False

    def _plan_at(self, words: list):
        """The index of the last plan's words ("dự kiến", "Chủ tịch UBND tỉnh sẽ") among ``words``, or None (not
        "dự kiến" after what is reported: "báo cáo dự kiến nhu cầu giáo viên …", the projected needs; nor before
        a noun: "… và dự kiến nhu cầu Quý III/2026")."""
        at = next((i for i in range(len(words) - 1, -1, -1) if any(words[i:i + len(p)] == p for p in self._planned)), None)
        if at is not None and (words[max(0, at - 2):at] == ["báo", "cáo"] or (at and words[at - 1] in ("trình", "gửi", "lập"))
                               or (words[at:at + 2] == ["dự", "kiến"]
                                   and any(words[at + 2:at + 2 + len(p)] == p for p in self._planned_nouns))):
            return None
        return at

    def _completion_before_block(self, words: list[str]) -> bool:
        """A completion verb among the words before a period, ahead of the noun that would make
        the period a description ("hoàn thành thủ tục giao nhiệm vụ trong quý IV/2026": the period
        is when the completion is due); not after a past word ("đã hoàn thành …")."""
        def at(i, phrases):
            return any(words[i:i + len(p)] == p for p in phrases)
        n = len(words)
        block = next((i for i in range(max(0, n - 6), n) if at(i, self._period_block_words)), None)
        if block is None:
            return False
        if any(at(i, self._reported) for i in range(block + 1, n)):
            return True                 # "kết quả báo cáo UBND tỉnh trong Quý I năm 2026"
        done = next((i for i in range(block - 1, -1, -1) if at(i, self._completion)), None)
        return done is not None and not self._has(words[max(0, done - 2):done], self._past)

    def _completion_before_the_comma(self, f: str, pos: int) -> bool:
        """A completion verb closing the clause before the comma, the verbs it completes going on after it ("hoàn
        thành tổng hợp, đánh giá kết quả làm sạch dữ liệu trong Quý III/2026": the completion is due then)."""
        before = _clause_before(f, pos, 120)
        k = pos - len(before)
        if k <= 0 or f[k - 1] != "," or len(before.split()) > 10:
            return False
        prev = self._words_before(f, k - 1, 6)
        for i in range(max(0, len(prev) - 4), len(prev)):
            p = next((p for p in self._completion if prev[i:i + len(p)] == p), None)
            if p is not None and len(prev) - (i + len(p)) <= 2:
                return not self._has(prev[max(0, i - 2):i], self._past)     # (not "đã hoàn thành …")
        return False

    def _share_of_block(self, f: str, pos: int) -> bool:
        """A share of the plan or the estimate before the period ("giải ngân đạt tối thiểu 60% kế
        hoạch vốn được giao trong Quý III/2026", "phấn đấu thu tiền sử dụng đất đạt 100% dự toán
        trong năm 2026"): the share to reach by then, a time limit (not after a past word: "đã giải
        ngân 60% …"; nor a share short of the whole striven for)."""
        before = _clause_before(f, pos, 120)
        m = None
        for m in self._share_block_re.finditer(before):
            pass
        if m is None or self._has(self._words_before(f, pos - len(before) + m.start(), 4), self._past):
            return False
        share = float(m.group("share").replace(",", "."))
        # (striving for a share short of the whole is a target: "phấn đấu giải ngân đạt trên 30% kế
        # hoạch vốn đến hết Quý II/2026", as _a_share_to_reach)
        return share >= 100 or "phấn đấu" not in before[:m.start()]

    def _is_topic(self, f: str, pos: int, end: int) -> bool:
        """"Đối với dự án hoàn thành trong năm 2026: …" names a group, it sets no deadline."""
        if f[end:end + 4].lstrip("* ").startswith(":"):
            return True
        if not self._has(self._words_before(f, pos, 12), self._topic):
            return False
        rest = _REST_OF_CLAUSE.match(f[end:end + 200])
        if rest.group(1) == ":":
            return True                         # "Đối với …, <phrase> …: <the directive>"
        # "…; đối với các dự án chuyển tiếp hoàn thành trong năm 2026, nộp hồ sơ …": the topic opening its
        # clause names the group, its comma ends it
        opening = _TOPIC_OPENING_CLAUSE.search(f, max(0, pos - 120), pos)
        return f[end:end + 3].lstrip("* ").startswith(",") and opening is not None \
            and not _CLAUSE_BREAK_BEFORE.search(f, opening.end(), pos) and "," not in f[opening.end():pos]

    def _in_schedule_note(self, f: str, pos: int) -> bool:
        """Inside a parenthesis of a document title that opens with "trình …": "(trình Ban
        Thường vụ Tỉnh ủy trong tháng 6/2026)" schedules the document, it is no task deadline."""
        k = f.rfind("(", max(0, pos - 200), pos)
        if k < 0 or ")" in f[k:pos]:
            return False
        return bool(self._paren_re.match(f, k + 1))

    @staticmethod
    def _in_range(f: str, pos: int, cue: str) -> bool:
        """"từ nay đến hết năm 2026", "từ chiều 20/7 đến hết ngày 22/7/2026": the end of a span
        of time (when something happens), not a time limit."""
        if not cue.startswith("đến"):
            return False
        return bool(_TU.search(_clause_before(f, pos, 120)))

    def _cutoff(self, f: str, pos: int, cue: str) -> bool:
        """"cập nhật đến hết ngày 31 tháng 12 hàng năm": the date data run up to; "các đơn vị được tiếp
        tục sử dụng hợp đồng hiện có đến hết ngày 31/12/2026": how long a permission runs; "duy trì các
        lớp dạy bơi … đến hết ngày 20/8/2026": how long work is kept up."""
        return cue.startswith("đến") and (self._has(self._words_before(f, pos, 3), self.cues["reference.cutoff_before"])
                                          or bool(self._permitted_re.search(_clause_before(f, pos, 80)))
                                          or bool(self._kept_up_re.search(_sentence_before(f, pos))))

    def _duty_day(self, f: str, pos: int, cue: str) -> bool:
        """"bố trí lực lượng bảo đảm an ninh, trật tự tại địa điểm tổ chức đấu giá trong ngày 16/5/2026": the one day a duty
        is kept, no time limit (not "hoàn thành … trong ngày 16/5/2026")."""
        return cue in ("trong ngày", "vào ngày", "trong") and bool(self._duty_re.search(_sentence_before(f, pos))) \
            and not _DONE_BY.search(_clause_before(f, pos, 60))    # (not "… bố trí người trực …, hoàn thành ngay trong ngày …")

    def _described_term(self, f: str, pos: int, period: bool = False) -> bool:
        """"các nhiệm vụ … có thời hạn hoàn thành trong năm 2025": the term of the tasks a
        relative clause describes, not a time limit of this one (with ``period``, also when they expire: "giấy
        phép hết hạn trong năm 2026")."""
        if self._described_re.search(f, max(0, pos - 30), pos):
            return True
        if period and self._expiring_re.search(f, max(0, pos - 30), pos):
            return True
        # "UBND các xã: A, B, C (các xã có vụ việc trong năm 2026):": a bracket saying which bodies are
        # meant, by what they had then
        k = f.rfind("(", max(0, pos - 120), pos)
        return k >= 0 and ")" not in f[k:pos] and _DESCRIBING_BRACKET.match(f, k, pos) is not None

    def _term_of_right(self, f: str, pos: int) -> bool:
        """"Thời hạn thuê đất đến hết ngày 19/10/2034": how long a right or a permit runs (also in a bracket after
        it: "đang trong thời hạn bảo hành 24 tháng (đến ngày 30/9/2027)")."""
        before = _clause_before(f, pos, 80)
        if not before.strip() and f[:pos].rstrip().endswith("("):
            before = _clause_before(f, len(f[:pos].rstrip()) - 1, 80)
            if _TO_BE_DONE.search(before):
                return False            # ("hoàn thành trong thời gian chỉnh lý quyết toán (đến hết ngày 31/01/2027)": the
                                        # term is the time limit)
        return bool(self._term_re.search(before))

    def _in_purpose(self, f: str, pos: int) -> bool:
        """Inside a purpose clause ("Để hoàn thành mục tiêu … trong năm 2026, …", "nhằm …"):
        a goal, not the deadline of a task; but a purpose clause after an order in its sentence
        ("yêu cầu các đơn vị phải vào cuộc quyết liệt, để hoàn thành bàn giao trước 30/4/2029") is
        what the order asks, by that day."""
        before = _clause_before(f, pos, 300)
        if not self._purpose_at(before):
            return False
        k = pos - len(before)
        if k and f[k - 1] == ")" and "(" in f[max(0, k - 200):k]:
            # "hoàn thiện hạ tầng khu tái định cư (đường, điện, nước) để bố trí đất ở … trong Quý I/2019":
            # a bracket inside the clause; the completion before it is what is due then
            opened = f.rfind("(", 0, k)
            words = _clause_before(f, opened, 200).split()
            if _has_phrase(words, self._completion):
                return False
        if k == 0 or f[k - 1] != ",":
            return True                         # opening its sentence, or after "yêu cầu:"
        opening = f[max(f.rfind(". ", 0, k), f.rfind("\n", 0, k), 0):k]
        return not self._order_before_purpose.search(opening)

    def _in_purpose_of_verbs(self, f: str, pos: int) -> bool:
        """A purpose of two verbs joined by a comma, inside its sentence ("đề xuất giải pháp để cải
        thiện, nâng cao chỉ số trong năm 2026"): the period is what the result is for, not when the
        task is due (only after a weak cue: "để phê duyệt, hoàn thành trong …" stays a time limit)."""
        before = _clause_before(f, pos, 120)
        k = pos - len(before)
        if k == 0 or f[k - 1] != ",":
            return False
        prev = _clause_before(f, k - 1, 120)
        purpose = _PURPOSE_AT_END.search(prev)
        if purpose is None:
            return False
        if _A_WHOLE_PURPOSE.fullmatch(purpose.group(0).strip()) and _SUBMITTED_AFTER.match(before):
            return False                # "… bố trí kinh phí để thực hiện, trình UBND tỉnh trong tháng 6/2026": the purpose
                                        # closed ("to carry it out"), then the submission due
        j = k - 1 - len(prev) + purpose.start()
        return not self._order_before_purpose.search(f[max(f.rfind(". ", 0, j), f.rfind("\n", 0, j), 0):j])

    @staticmethod
    def _purpose_at(before: str) -> bool:
        return bool(_PURPOSE_OPENING.match(before))

    @staticmethod
    def _clause_start(f: str, pos: int) -> bool:
        k = pos
        while k > 0 and (f[k - 1].isspace() or f[k - 1] == "*"):
            k -= 1
        if k == 0 or (f[k - 1] in _BOUNDARY and f[k - 1] != ")"):
            return True                        # (a closing parenthesis does not open a clause)
        line = f[:k].rsplit("\n", 1)[-1]
        return bool(_LIST_MARKER_ONLY.fullmatch(line))

    def _is_reference(self, f: str, cue_start: int, end: int, cue: str = "") -> bool:
        """A date that belongs to a cited document: right after its number ("Kế hoạch số 12/KH-UBND
        trong tháng …"; not after a firm cue: "thực hiện Thông báo số 318/TB-UBND trước ngày 20/12"
        is a time limit, nor after the verb of finishing: "theo Kế hoạch số 96/KH-SKHCN, hoàn thành
        trong quý II/2027"), or before words that say so."""
        before = f[max(0, cue_start - 90):cue_start]
        return bool(((not cue or cue in self._weak) and not _FINISHED_AT.match(f, cue_start)
                     and self._docref_before.search(before) and not self._doc_made_before.search(before))
                    or self._after_re.match(f[end:end + 12])
                    or (_PLAN_AFTER_OPENING.match(f, end) is not None and self._clause_start(f, cue_start)))

    @staticmethod
    def _extend_bold(text: str, start: int, end: int) -> int:
        """Take a closing ``**`` right after the phrase when the phrase holds an opening one."""
        if text.count("*", start, end) % 2 == 1 or text[start:end].count("**") % 2 == 1:
            m = _ASTERISKS.match(text[end:end + 3])
            if m:
                return end + m.end()
        return end

    @staticmethod
    def _year_for(d: int, m: int, notice_date: Optional[date], year_hint: Optional[int], same_day: bool = False):
        """(date, note) for a day-month without a year (``same_day``: the notice's own day may be meant, its
        hour given: "xong trước 18h ngày 15/8" in a message of 15/8)."""
        if notice_date is not None:
            x = _valid(notice_date.year, m, d)
            if x is not None and (x < notice_date or (x == notice_date and not same_day)):
                # "trước ngày 10/7" in a notice of 10/7: next year
                x = _valid(notice_date.year + 1, m, d)
                return x, M.N_YEAR_AFTER_NOTICE
            return x, M.N_YEAR_FROM_NOTICE
        if year_hint is not None:
            return _valid(year_hint, m, d), M.N_YEAR_FROM_NOTICE_YEAR
        return None, M.N_YEAR_UNKNOWN

    # -- matchers --------------------------------------------------------------------------
    def _dates(self, text, f, nd, yh, out, wins, floor=None):
        for m in self._day_matches(f, wins):
            s = m.start()
            end = m.end("y") if m.group("y") else m.end("y2") if m.group("y2") else m.end()
            if m.group("d4") and not m.group("ngay"):
                continue                       # "trước 3-12" without "ngày": not sure to be a day
            if not (m.group("y") or m.group("y2")) and not m.group("ngay") and not (
                    m.group("d3") and " ".join(m.group("cue").split()) not in self._weak
                    and (_CLAUSE_END.match(f, m.end()) or self._clause_start(f, s)
                         or " ".join(m.group("cue").split()) in self._before_cues)):
                continue                       # "trong 9/10 xã": a ratio, not a day ("trước 31/8." is,
                                               # "Trước 25/01 gửi danh sách …", "… và trước 16/11 báo cáo …")
            if self._is_reference(f, s, end, " ".join(m.group("cue").split())) or self._is_topic(f, s, end) or \
                    self._in_range(f, s, " ".join(m.group("cue").split())) or self._term_of_right(f, s) \
                    or self._cutoff(f, s, " ".join(m.group("cue").split())) or self._described_term(f, s) \
                    or self._duty_day(f, s, " ".join(m.group("cue").split())):
                continue
            if self._is_past(f, s) and not self._still_to_come(f, s, m, nd or floor) \
                    and not self._expected_limit(f, s, " ".join(m.group("cue").split())):
                continue                       # "đã … trước ngày X": a past fact
            weak = " ".join(m.group("cue").split()) in self._weak
            opening = weak and self._clause_start(f, s) and f[end:end + 3].lstrip("* ").startswith(",")
            inferred, note = False, ""
            if m.group("d"):
                dt = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            elif m.group("d2") and m.group("y2"):
                dt = _valid(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
            else:
                d = int(m.group("d2") or m.group("d3") or m.group("d4"))
                mo = int(m.group("m2") or m.group("m3") or m.group("m4"))
                if not 1 <= mo <= 12 or not 1 <= d <= 31:
                    continue
                days, at = self._yearly_days(f, end, d, mo)
                ev = self._every_year_after.match(f[at:at + 60])
                if ev:
                    rend = at + ev.end()
                    dt, note = self._first_yearly(days, nd or floor, yh)
                    if ev.group("from") and dt is not None and dt.year < int(ev.group("from")):
                        dt = _valid(int(ev.group("from")), mo, d)      # "… hằng năm kể từ năm 2027"
                    if nd is None and floor is not None and dt is not None:
                        note = note.replace(M.N_NEXT_AFTER_NOTICE, M.N_NEXT_AFTER_DATE.format(date=f"{floor:%d/%m/%Y}"))
                    out.append(_Cand(s, rend, Deadline(dt, DL_RECURRING, "", s, rend, dt is None or nd is None,
                                                       note), 0, rhythm="year", day_given=True))
                    continue
                if self._rule_year.match(f, end) and _in_quotation(f, s):
                    continue                   # "“… trước ngày 1/8 năm sau”": a quoted rule's day
                dt, note = self._year_for(d, mo, nd or floor, yh, same_day=bool(_AN_HOUR.search(m.group(0))))
                if dt is None and nd is None and floor is None and yh is None:
                    dt, note = _year_nearby(f, s, d, mo)
                if nd is None and floor is not None and dt is not None:
                    note = {M.N_YEAR_FROM_NOTICE: M.N_YEAR_FROM_DATE, M.N_YEAR_AFTER_NOTICE: M.N_YEAR_AFTER_DATE}.get(
                        note, note).format(date=f"{floor:%d/%m/%Y}")
                inferred = True
            if dt is None and not inferred:
                continue                       # 31/02/2026: not a date
            ref = nd or floor
            written = dt if not inferred else (_valid(ref.year, mo, d) if ref is not None else None)
            if self._missed(f, s, end, written, ref):
                continue                       # "… trước 30/5/2026 nhưng đến nay chưa thực hiện"
            if not inferred and dt is not None:
                if weak and (dt < ref if ref is not None else opening):
                    continue                   # "Trong ngày 22/4/2026, đoàn …": when it happened
                if ref is not None and dt < ref and ("đã" in self._words_before(f, s, 12) or _PAST_IN_SENTENCE.search(
                        f, max(0, f.rfind(". ", 0, s), f.rfind("; ", 0, s), s - 400), s)):
                    continue                   # "Sở đã báo cáo UBND tỉnh trước ngày 15/4/2026", "Cục X đã
                                               # có Văn bản số … đề nghị Cục Y ban hành … trước ngày …"
            if self._in_purpose(f, s):
                continue
            if "time" in m.re.groupindex and m.group("time"):
                note = (note + "; " if note else "") + M.N_TIME_OF_DAY.format(time=" ".join(m.group("time").split()))
            out.append(_Cand(s, end, Deadline(dt, DL_DATE, "", s, end, inferred, note), 2))

    def _day_matches(self, f: str, wins):
        """Matches of a cue before a calendar day: the date cues, a parenthesis holding only
        the closing day ("(đến ngày 31.1.2021)": its match starts at the cue, inside), and "vào
        ngày …" after a report or hand-over verb of its clause."""
        for m in self._scan(self._date_re, f, wins):
            yield m
            chain = []
            while (nxt := _AND_DAY.match(f, (chain[-1] if chain else m).end())) is not None:
                chain.append(nxt)       # "… và ngày 15 tháng 12 năm 2024"
            if chain and not self._recurring_near(f, m.start(), chain[-1].end()):
                yield from (_Chained(x, m.group("cue")) for x in chain)
        if "từ" in f:
            yield from self._scan(self._finish_span_re, f, wins)
        if "(" in f:
            for m in self._scan(self._paren_date_re, f, wins):
                yield _Shifted(m, m.start("cue"))
            if "hạn" in f:
                for m in self._scan(self._limit_paren_re, f, wins):
                    yield _Shifted(m, m.start("cue"))
        if "vào" in f:
            for m in self._scan(self._on_day_re, f, wins):
                w = self._words_before(f, m.start(), 12)
                if self._has(w, self._on_day_verbs) and not self._has(w, self._past) \
                        and not self._has(w, self._on_day_meetings):
                    yield m             # (not "đã bàn giao hồ sơ vào ngày …": done; nor "Ban Chỉ đạo sẽ họp nghe
                                        # báo cáo … vào ngày 22/9/2026": the day of the meeting that hears it)

    def _changed(self, text, f, nd, yh, out, wins, floor=None):
        """"… điều chỉnh đến ngày 30/9/2020", "gia hạn … đến hết Quý III/2026", "… từ ngày 31/8/2020 sang
        ngày 30/11/2020": a time limit moved, whose new day or period is read as a time limit."""
        if not any(w in f for w in self._change_words):
            return
        for m in self._scan(self._change_re, f, wins):
            sentence = _CLAUSE_BREAK_BEFORE.split(f[max(0, m.start() - 300):m.start()])[-1]
            verbs = list(self._change_verb_re.finditer(sentence))
            if not verbs or not (_TIME_NOUN.search(sentence) or self._time_change_verb_re.match(sentence, verbs[-1].start())):
                continue                # (what is moved must be a time: not "điều chỉnh quy hoạch … đến năm 2030")
            verb = verbs[-1]
            if _EVENT_TIME.match(sentence, verb.end()):
                continue                # "lùi thời gian tổ chức Hội chợ … sang tháng 3/2027": an event moved, held
                                        # then (no time limit)
            if self._has(_WORD.findall(sentence[:verb.start()])[-3:], self._past):
                continue                # "Dự án đã được điều chỉnh thời gian hoàn thành đến …": done before
            if self._change_refused.search(sentence, 0, verb.start()) or (
                    self._has(_WORD.findall(sentence[:verb.start()])[-2:], self._change_asked)
                    and not self._change_granted.search(sentence, 0, verb.start())
                    and (self._change_decided.search(f) or self._date_re.search(f, m.end())
                         or self._period_re.search(f, m.end()))):
                continue                # "(Công an tỉnh đề nghị gia hạn đến ngày 30/5/2026): yêu cầu …",
                                        # "Không đồng ý gia hạn đến …": asked for where the text decides, or
                                        # refused, or before the time limit set instead ("(UBND xã X đề
                                        # nghị gia hạn đến tháng 7/2026): … hoàn thành trong tháng 4/2026"),
                                        # no time limit (not "Đồng ý đề nghị gia hạn … đến …":
                                        # granted; nor a reminder's status "Quá hạn; UBND X đề nghị gia hạn
                                        # sang Quý IV/2023", the time the body now works to)
            if self._asked_by_a_firm.search(sentence, 0, verb.start()) and not self._change_granted.search(sentence, 0, verb.start()):
                continue                # "Công ty đề nghị gia hạn tiến độ … đến ngày 30/6/2027", "Nhà đầu tư đề
                                        # nghị được tách Dự án … và gia hạn … đến tháng 12/2028": what a firm asks
                                        # of the issuer, no time limit until granted
            if m.group("cue") == "là" and (not verb.group(0).startswith("giữ") or "(" in f[verb.end():m.start()]):
                continue                # "là ngày …" tells the day kept ("Giữ nguyên thời hạn … là ngày …"),
                                        # not the present one ("gia hạn … (hiện là ngày 31/12/2013)")
            when = m.group("when")
            probe = ("hoàn thành trước " if when[:1].isdigit() or when.startswith("ngày") else "hoàn thành trong ") + when
            found = self.find(probe, nd, year_hint=yh, floor=floor)
            if len(found) != 1 or found[0].date is None:
                continue
            s, e = m.start("cue"), m.end()
            d = found[0]
            out.append(_Cand(s, e, Deadline(d.date, d.kind, "", s, e, d.inferred, d.note), 1))

    def _recurring_near(self, f: str, start: int, end: int) -> bool:
        """Days of a recurring report ("định kỳ 6 tháng (trước ngày 20/6 và ngày 20/12)", "trước ngày
        05/6 và 05/12 hằng năm"): the recurring deadline stands for them, they add no task."""
        before = _SENTENCE_BREAK.split(f[max(0, start - 120):start])[-1]
        return self._recurring_word.search(before) is not None or \
            self._recurring_word.match(f[end:end + 30].lstrip(" *,)")) is not None

    def _events(self, text, f, nd, yh, out, wins, floor=None):
        """"bảo đảm hoàn thành … kịp phục vụ khai giảng năm học mới ngày 05/9/2026": ready by
        the day of the event; "trước ngày khai giảng 05/9/2026", "trước kỳ họp (ngày 10/7/2026)":
        before the day of the event named."""
        # "… hoàn thành trước ngày khai mạc 10 ngày", "… trước 03 ngày so với ngày tổ chức chương trình": counted back
        # from the event the notice gives elsewhere (parse/context.py finds its day)
        counted_back = ((OPENING_THEN_DAYS,) if "khai" in f or any(e in f for e in EVENTS_COUNTED_FROM[2:]) else ()) \
            + ((DAYS_BEFORE_THE_EVENT,) if "so với" in f or "tính đến" in f else ())
        for rx in counted_back:
            for m in rx.finditer(f):
                kind = DL_WORKING_DAYS if m.group("wd") else DL_RELATIVE
                out.append(_Cand(m.start(), m.end(), Deadline(None, kind, "", m.start(), m.end(), True, M.N_FROM_EVENT), 1))
        for m in self._scan(self._event_re, f, wins):
            s, end = m.start(), m.end("y")
            sentence = _SENTENCE_BREAK.split(f[max(0, s - 250):s])[-1]
            if not self._event_done.search(sentence):
                continue
            dt = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            ref = nd or floor
            if dt is None or (ref is not None and dt < ref) or self._in_purpose(f, s):
                continue
            out.append(_Cand(s, end, Deadline(dt, DL_DATE, "", s, end, False, M.N_EVENT_DAY), 2))
        for m in self._scan(self._event_day_re, f, wins):
            s = m.start()
            end = m.end("y") if m.group("y") else m.end("y2")
            if self._doc_words.search(m.group("gap")):
                continue                       # "trước kỳ họp … theo Kế hoạch ngày …": a document's date
            dt = _valid(int(m.group("y") or m.group("y2")), int(m.group("m") or m.group("m2")),
                        int(m.group("d") or m.group("d2")))
            ref = nd or floor
            if dt is None or (ref is not None and dt < ref) or self._is_past(f, s) or self._in_purpose(f, s):
                continue                       # (an event already held is no time limit)
            if "(" in m.group(0):
                close = _CLOSING_BRACKET.match(f, end)
                end = close.end() if close else end
            out.append(_Cand(s, end, Deadline(dt, DL_DATE, "", s, end, False, M.N_EVENT_DAY), 2))

    def _missed(self, f: str, s: int, end: int, written: Optional[date], ref: Optional[date]) -> bool:
        """A time limit cited as already missed, not one this notice sets: followed by "nhưng …
        chưa …" or "đã quá hạn" ("phải hoàn thành trước 30/5/2026 nhưng đến nay chưa thực hiện"),
        or, a day before the notice's, inside a bracket that cites the document that set it
        ("(Công văn số 955/UBND-VX ngày 02/5/2026, hạn trước ngày 31/5/2026)" in a reminder).
        ``written``: the day as written (a day-month in the notice's year)."""
        if written is not None and ref is not None and written >= ref:
            return False                       # still to come
        if self._missed_after.match(f, end):
            return True
        if written is None or ref is None:
            return False
        k = f.rfind("(", max(0, s - 200), s)
        return k >= 0 and ")" not in f[k:s] and self._cited_doc.search(f, k, s) is not None

    def _expected_limit(self, f: str, s: int, cue: str) -> bool:
        """"Thời gian thực hiện: Dự kiến trước ngày 01/7/2026": an expected time limit is still a
        time limit (not "dự kiến tổ chức trong tháng 10", a planned event)."""
        if cue not in self._before_cues and not cue.startswith("chậm nhất"):
            return False
        words = self._words_before(f, s, 3)
        return words[-2:] == ["dự", "kiến"] and not self._has(words[:-2], self._past)

    def _still_to_come(self, f: str, s: int, m, ref: Optional[date]) -> bool:
        """"hoàn thành 04 trường đã khởi công trước ngày 15/8/2026" in a notice of May 2026: the
        'đã' belongs to a noun phrase, a day still to come is no past fact (estimates stay out)."""
        if ref is None or not m.group("y"):
            return False
        words = self._words_before(f, s, 3)
        if "đã" not in words or any(w in ("ước", "dự", "kiến") for w in words):
            return False
        x = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        return x is not None and x > ref

    @staticmethod
    def _yearly_days(f: str, end: int, d: int, mo: int):
        """The day a cue stands before and the yearless days joined to it ("trước ngày 15 tháng 6
        và ngày 15 tháng 12 hằng năm"), with where the last ends: "hằng năm" after the last day makes
        each of them yearly, and the nearest one to come is the deadline."""
        days, at = [(d, mo)], end
        while (nxt := _AND_DAY.match(f, at)) is not None and not (nxt.group("y") or nxt.group("y2")):
            x = int(nxt.group("d2") or nxt.group("d3") or nxt.group("d4"))
            y = int(nxt.group("m2") or nxt.group("m3") or nxt.group("m4"))
            if not 1 <= y <= 12 or not 1 <= x <= 31:
                break
            days.append((x, y))
            at = nxt.end()
        return days, at

    def _first_yearly(self, days, nd, yh):
        """The first of several yearly days to come: the nearest one the units have two weeks to
        meet ("ban hành ngày 02/12/2019 … trước ngày 05/6 và 05/12 hằng năm": 05/6/2020)."""
        found = sorted((self._next_yearly(x, y, nd, yh) for x, y in days),
                       key=lambda r: (r[0] is None, r[0] or date.min))
        if len(found) > 1 and nd is not None:
            return next((r for r in found if r[0] is not None and r[0] >= nd + _LEAD_TIME), found[0])
        return found[0]

    def _next_yearly(self, d, mo, nd, yh):
        rule = M.N_YEARLY_BY.format(day=f"{d:02d}/{mo:02d}")
        if nd is not None:
            x = _valid(nd.year, mo, d)
            if x is None or x < nd:
                x = _valid(nd.year + 1, mo, d)
            return x, rule + "; " + M.N_NEXT_AFTER_NOTICE
        if yh is not None:
            return _valid(yh, mo, d), rule + "; " + M.N_NEXT_IN_NOTICE_YEAR
        return None, rule + "; " + M.N_NOTICE_DATE_UNKNOWN

    def _periods(self, text, f, nd, yh, out, wins, floor=None, in_time_field=False):
        for m in self._scan(self._period_re, f, wins):
            s = m.start()
            strong, weak, before = m.group("strong"), m.group("weak"), m.group("before")
            year_given = m.group("my") or m.group("qy") or m.group("hy") or m.group("yy")
            # yearless periods only after a completion or a report phrase (also one earlier in the
            # clause: "hoàn thành đấu giá các khu đất … trong tháng 12", "báo cáo UBND tỉnh trong quý III")
            if not year_given and not strong and not before and not (
                    weak and ("tháng" in m.group(0) or m.group("q"))
                    and (self._yearless_after.search(_clause_before(f, s, 120, stops=";:.!?…\n")) or in_time_field
                         or TIME_FIELD_AT.match(f)
                         # (… or opening a duty: "- Trong quý III, tổ chức trợ giúp pháp lý lưu động …")
                         or (self._clause_start(f, s) and _MUST_AFTER_OPENING.match(f, m.end())))):
                continue
            if self._is_past(f, s, passive=not (weak and self._share_of_block(f, s))) \
                    or self._is_reference(f, s, m.end()) \
                    or self._is_topic(f, s, m.end()) or self._in_schedule_note(f, s) or self._described_term(f, s, period=True) \
                    or self._in_range(f, s, " ".join((strong or weak or before).split())) \
                    or self._cutoff(f, s, " ".join((strong or weak or before).split())) \
                    or (strong and (m.group("yy") or m.group("q")) and " ".join(strong.split()) == "hoàn thành"
                        and self._has(self._words_before(f, s, 3), self._completed_works)):
                continue                       # (also "quyết toán dự án hoàn thành năm 2026", "… các công trình cầu
                                               # hoàn thành năm 2026": the works completed that year, not a time to
                                               # complete them; "thanh toán khối lượng hoàn thành quý II/2026")
            if weak:
                if self._clause_start(f, s) and (not _SUBJECT_AFTER_OPENING.match(text, m.end())
                                                 or _done_after_opening(f, m.end())) \
                        and not _CLOSES_SENTENCE.match(f, m.end()) and not _MUST_AFTER_OPENING.match(f, m.end()) \
                        and not _DUTY_AFTER_OPENING.match(f, m.end()) \
                        and not (f[:s].rstrip(" *").endswith("(") and _CLOSES_BRACKET_AND_SENTENCE.match(f, m.end())):
                    continue                   # "Trong quý I/2026, tình hình …": a period (also "Trong năm 2026,
                                               # Chủ tịch, các Phó Chủ tịch UBND tỉnh đã giao …": what was done)
                                               # (not "Trong tháng 12/2026, Trung tâm X hoàn thành …",
                                               # nor "…, trong quý IV/2026 (Sở X chủ trì)." closing the task)
                wb = self._words_before(f, s, 10)
                # (the noun's own time written before the cue: "… năm 2025 trong tháng 9/2026", "Quy chế
                # … nhiệm kỳ 2025 - 2030 trong tháng 01/2026")
                own_year = len(wb) >= 2 and wb[-1] != year_given and (
                    wb[-2] == "năm" or bool(_A_YEAR_WORD.fullmatch(wb[-1]) and _A_YEAR_WORD.fullmatch(wb[-2])))
                if self._has(_without_phase_labels(wb[-6:]), self._period_block) and not own_year and \
                        not _SIGNING.search(" ".join(wb[-6:])) and \
                        not _MAKES_THE_DOCUMENT.search(" ".join(self._words_before(f, s, 16))) and \
                        not self._completion_before_block(self._words_before(f, s, 16)) and \
                        not self._completion_before_the_comma(f, s) and \
                        not self._share_of_block(f, s) and \
                        not _SENT_TO_A_BODY_BEFORE.search(f, max(0, s - 80), s):
                    continue                   # "kế hoạch … trong năm 2025": a description
                                               # (not "dự toán năm 2027 trong tháng 9/2026", nor "báo cáo
                                               # Ủy ban nhân dân tỉnh kết quả … trong tháng 12/2023", nor
                                               # "hoàn thành thủ tục giao nhiệm vụ trong quý IV/2026")
                if self._period_after.match(f[m.end():m.end() + 40]):
                    continue                   # "… của huyện trong Quý I năm 2025 cơ bản đạt"
                if _TARGET_IN_BRACKET.search(f, max(0, s - 120), s):
                    continue                   # "(mục tiêu tiêu thụ 120.000 tấn trong năm 2026)": the target's year
                if _STRIVEN_SHARE_BEFORE.search(f, max(0, s - 160), s):
                    continue                   # "phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 80% trong tháng 6/2026": a
                                               # target's month, no time limit
                if _AN_AGE_BEFORE.search(f, max(0, s - 30), s) and (not _AN_AGE_GROUP_BEFORE.search(f, max(0, s - 40), s)
                                                                    or _AGES_TURNED_BEFORE.search(f, max(0, s - 120), s)):
                    continue                   # "(đủ 75 tuổi trong năm 2026)", "tròn 70, 75, … 95 tuổi và từ 100 tuổi
                                               # trở lên trong năm 2026": the year one turns that age (not the
                                               # people of an age group the task is for: "hoàn thành tiêm … cho
                                               # người dân từ 14 tuổi trở lên trong năm 2026", "… cho bà mẹ có con
                                               # dưới 2 tuổi trong Quý III/2026")
                if _RELATIVE_LIMIT_NEXT.match(f, m.end()):
                    continue                   # "… các lớp kết thúc trong tháng 12/2026 trong 15 ngày kể từ …": the
                                               # period says which cases, the limit is the one after it
            y = int(year_given) if year_given else (nd.year if nd else yh)
            inferred = not year_given
            note = "" if year_given else (M.N_YEAR_FROM_NOTICE if nd else M.N_YEAR_FROM_NOTICE_YEAR)
            if y is None and floor is None:
                # a text with no date of its own: the one year its sentence names ("Chậm nhất đến
                # cuối tháng 12, Ban X phải giải ngân 100% kế hoạch vốn … của năm 2022")
                y = _one_year_of_sentence(f, s, m.end())
                note = M.N_YEAR_FROM_SENTENCE.format(year=y) if y is not None else note
            if y is None:
                continue
            if m.group("mm") or m.group("mm0"):
                mo = int(m.group("mm") or m.group("mm0"))
                if not 1 <= mo <= 12:
                    continue
                kind, first = DL_MONTH, date(y, mo, 1)
                last = _last_day(y, mo)
            elif m.group("q"):
                q = _ROMAN[m.group("q")]
                kind, first = DL_QUARTER, date(y, 3 * q - 2, 1)
                last = _last_day(y, 3 * q)
                if m.group("qy2") and int(m.group("qy2")) > y:
                    kind, last = DL_YEAR, date(int(m.group("qy2")), 12, 31)
            elif m.group("h"):
                kind = DL_HALF
                first = date(y, 1, 1) if m.group("h") == "đầu" else date(y, 7, 1)
                last = date(y, 6, 30) if m.group("h") == "đầu" else date(y, 12, 31)
            else:
                kind, first, last = DL_YEAR, date(y, 1, 1), date(y, 12, 31)
            if before:
                last = first - timedelta(days=1)
                note = (note + "; " if note else "") + M.N_BEFORE_PERIOD
            ref = nd or floor
            if self._missed(f, s, m.end(), last, ref):
                continue                       # "hoàn thành trong tháng 5/2026 nhưng đến nay chưa …"
            if inferred and nd is not None and last < nd:
                last = last + relativedelta(years=1)
                note = M.N_YEAR_AFTER_NOTICE
            if year_given and ref is not None and (last < ref if weak else last < ref - timedelta(days=31)):
                continue                       # "(bàn giao … trong tháng 10/2017)" quoted in a later notice;
                                               # "quyết toán các công trình hoàn thành năm 2011" in 2012
            if self._in_purpose(f, s) or (weak and self._in_purpose_of_verbs(f, s)) \
                    or (weak and _AS_A_BASIS.search(f, max(0, s - 150), s)):
                continue                       # "Để hoàn thành mục tiêu … trong năm 2026, …"
            end = m.end()
            if kind == DL_MONTH and m.group("mm") and not before:
                # "trong tháng 5 và tháng 11/2026": each month its own time (not "tháng 9, 10/2026",
                # months in a row: one span to the last)
                earlier = [x for x in _A_MONTH_NAMED.finditer(f, s, m.start("mm")) if 1 <= int(x.group(1)) < mo]
                if earlier and any(mo - int(x.group(1)) > 1 for x in earlier) \
                        and not any(c in f[s:m.start("mm")] for c in "-–"):     # ("tháng 6 - 12/2026": a span)
                    for x in earlier:
                        out.append(_Cand(s if x is earlier[0] else x.start(), x.end(), Deadline(
                            _last_day(y, int(x.group(1))), kind, "", s, x.end(), inferred, note), 3))
                    own = _A_MONTH_NAMED.search(f, earlier[-1].end(), end)      # the last month's own "tháng"
                    s = own.start() if own else earlier[-1].end()
            out.append(_Cand(s, end, Deadline(last, kind, "", s, end, inferred, note), 3))

    def _targets(self, text, f, nd, yh, out, wins, floor=None):
        for m in self._scan(self._target_re, f, wins):
            s = m.start()
            if self._is_past(f, s) or self._has(self._words_before(f, s, 6), self._target_block):
                continue
            end = m.end("yy")
            y = int(m.group("yy"))
            out.append(_Cand(s, end, Deadline(date(y, 12, 31), DL_YEAR, "", s, end, False,
                                              M.N_TARGET_YEAR.format(what=" ".join(m.group("after").split()))), 3))

    def _recurring(self, text, f, nd, yh, out, wins, floor=None):
        ref = nd if nd is not None else floor if floor is not None else (date(yh, 1, 1) if yh else None)
        base_note = "" if nd is not None else (
            "; " + M.N_COUNTED_FROM_ISSUE_UNKNOWN.format(date=f"{floor:%d/%m/%Y}") if floor is not None else
            "; " + (M.N_COUNTED_FROM_YEAR_START if yh else M.N_NOTICE_DATE_UNKNOWN))
        self._quarter_day(f, ref, base_note, out)
        self._weekday_each_week(f, out)
        if not any(w in f for w in self._recur_words):
            return
        for m in self._recur_re.finditer(f):
            s, end = m.start(), m.end()
            if m.group("h") and not self._recur_half_cue.search(m.group("cue")):
                continue                       # "báo cáo 6 tháng …" is a period report
            if self._is_past(f, s):
                continue
            # a rhythm without its day ("định kỳ hằng tháng báo cáo …", "định kỳ 6 tháng …") sets no
            # date of its own: the clerk enters the day the report is due when it is known
            dt = None
            rule = M.N_EVERY["quarter" if m.group("q") else "month" if m.group("mo")
                             else "year" if m.group("y") else "half_year"]
            note = M.N_RECURRING_NO_DAY.format(rule=rule)
            out.append(_Cand(s, end, Deadline(dt, DL_RECURRING, "", s, end, True, note), 1,
                             rhythm="quarter" if m.group("q") else "month" if m.group("mo")
                             else "year" if m.group("y") else "half_year"))
        for m in self._scan(self._monthly_re, f, wins):
            s, end = m.start(), m.end()
            if "(" in m.group(0):              # "hằng tháng (trước ngày 25)": the bracket closes the phrase
                close = _CLOSING_BRACKET.match(f, end)
                end = close.end() if close else end
            day = int(m.group("d1") or m.group("d2"))
            if not 1 <= day <= 31 or self._is_past(f, s):
                continue
            # "trước ngày 10 hằng tháng" in a notice of the 10th: the next month's 10th, as "trước ngày
            # 10/7" in a notice of 10/7 is next year's
            dt = _next_day_in_months(ref, day, ref.month if ref else 1, 1) if ref is not None else None
            note = M.N_MONTHLY_BY.format(day=day) + base_note
            out.append(_Cand(s, end, Deadline(dt, DL_RECURRING, "", s, end, nd is None, note), 0,
                             rhythm="month", day_given=True))

    def _weekday_each_week(self, f, out) -> None:
        """"trước 16 giờ ngày thứ Năm hằng tuần": a weekly time, with no date of its own."""
        if "tuần" not in f or "thứ" not in f:
            return
        for m in _WEEKLY.finditer(f):
            s, end = m.start(), m.end()
            if self._is_past(f, s):
                continue
            # (a report every week sets no date the tracker follows: the clerk enters the week's day when needed,
            # as for a rhythm without its day; it still names the rhythm the span before it runs over)
            name = m.group("wd1") or m.group("wd2")
            note = M.N_WEEKLY_BY.format(day="thứ " + name.capitalize())
            out.append(_Cand(s, end, Deadline(None, DL_RECURRING, "", s, end, True, note), 0,
                             rhythm="week", day_given=True))

    def _quarter_day(self, f, ref, base_note, out) -> None:
        """"trước ngày 15 của tháng cuối quý" (also "… tháng cuối mỗi quý"): the next such day of
        a quarter's last month (March, June, September, December)."""
        if "cuối" not in f or "quý" not in f:
            return
        for m in _QUARTER_DAY.finditer(f):
            s, end = m.start(), m.end()
            day = int(m.group("d"))
            if not 1 <= day <= 31 or self._is_past(f, s):
                continue
            dt = _next_day_in_months(ref, day, 3 * ((ref.month - 1) // 3 + 1), 3) if ref is not None else None
            note = M.N_QUARTERLY_BY.format(day=day) + base_note
            out.append(_Cand(s, end, Deadline(dt, DL_RECURRING, "", s, end, ref is None, note), 0,
                             rhythm="quarter", day_given=True))

    def _this_period(self, text, f, nd, yh, out, wins, floor=None):
        """"hoàn thành trong tháng này", "ngay trong quý này", "trong năm nay": by the end of the
        month, quarter or year of the notice date."""
        if "này" not in f and "nay" not in f and " tới" not in f and " sau" not in f:
            return
        for m in _DAY_OF_THIS_MONTH.finditer(f):
            # "trước ngày 25 tháng này", "trước ngày 10 tháng tới": a day of the notice's month or the next
            s, end = m.start(), m.end()
            if self._is_past(f, s):
                continue
            day, which = int(m.group("day")), m.group("which")
            which_vn = "này" if which == "này" else "sau"
            if nd is None:
                out.append(_Cand(s, end, Deadline(None, DL_RELATIVE, "", s, end, True,
                                                  M.N_DAY_THIS_MONTH_UNKNOWN.format(day=day, which=which_vn)), 0))
                continue
            y, mo = (nd.year, nd.month) if which == "này" else ((nd.year + nd.month // 12), nd.month % 12 + 1)
            if not 1 <= day <= _last_day(y, mo).day:
                continue
            out.append(_Cand(s, end, Deadline(date(y, mo, day), DL_DATE, "", s, end, True,
                                              M.N_DAY_THIS_MONTH.format(day=day, which=which_vn)), 0))
        if "này" not in f and "nay" not in f:
            return
        for m in _THIS_PERIOD.finditer(f):
            s, end = m.start(), m.end()
            if self._is_past(f, s) or self._clause_start(f, s) and f[end:end + 3].lstrip("* ").startswith(","):
                continue                       # "Trong tháng này, đã có 5 vụ …"
            unit = m.group("unit")
            period = {"tháng": "tháng", "quý": "quý", "năm": "năm"}[unit]
            if nd is None:
                out.append(_Cand(s, end, Deadline(None, DL_RELATIVE, "", s, end, True,
                                                  M.N_THIS_PERIOD_UNKNOWN.format(period=period)), 1))
                continue
            if unit == "tháng":
                kind, dt = DL_MONTH, _last_day(nd.year, nd.month)
            elif unit == "quý":
                kind, dt = DL_QUARTER, _last_day(nd.year, 3 * ((nd.month - 1) // 3 + 1))
            else:
                kind, dt = DL_YEAR, date(nd.year, 12, 31)
            out.append(_Cand(s, end, Deadline(dt, kind, "", s, end, False,
                                              M.N_THIS_PERIOD.format(period=period)), 1))

    def _week(self, text, f, nd, yh, out, wins, floor=None):
        """"trong tuần (này)": by the end of the working week (Friday) of the notice date."""
        if "tuần" not in f:
            return
        for m in _WEEK.finditer(f):
            s, end = m.start(), m.end()
            if self._is_past(f, s) or self._clause_start(f, s) and f[end:end + 3].lstrip("* ").startswith(","):
                continue                       # "Trong tuần, đã có 5 ổ dịch …"
            if nd is None:
                out.append(_Cand(s, end, Deadline(None, DL_RELATIVE, "", s, end, True,
                                                  M.N_WEEK_UNKNOWN), 1))
                continue
            dt = nd + timedelta(days=max(0, 4 - nd.weekday()))
            out.append(_Cand(s, end, Deadline(dt, DL_RELATIVE, "", s, end, False,
                                              M.N_WEEK), 1))

    def _part_of_month(self, text, f, nd, yh, out, wins, floor=None):
        """"trình trong nửa đầu tháng 8/2026" → 15/8/2026; "báo cáo trong tuần thứ 2 của tháng 9/2026" →
        14/9/2026 (the last day of that week counted from the 1st)."""
        if "tháng" not in f or ("nửa" not in f and "tuần" not in f):
            return
        for m in self._scan(_PART_OF_MONTH, f, wins):
            s = m.start()
            if self._is_past(f, s) or self._is_reference(f, s, m.end()):
                continue
            day = 15 if m.group("half") else 7 * _ORDINALS[m.group("n")]
            dt = _valid(int(m.group("y")), int(m.group("m")), day)
            if dt is None:
                continue
            note = M.N_HALF_MONTH if m.group("half") else M.N_WEEK_OF_MONTH.format(n=_ORDINALS[m.group("n")], day=day)
            out.append(_Cand(s, m.end(), Deadline(dt, DL_DATE, "", s, m.end(), False, note), 0))

    def _relative(self, text, f, nd, yh, out, wins, floor=None):
        for m in self._scan(self._relative_re, f, wins):
            s = m.start()
            unit_end = m.end("wd") if m.group("wd") else m.end("days") if m.group("days") else m.end("months")
            if self._is_past(f, s) or self._rel_after.match(f[unit_end:unit_end + 20]) \
                    or (m.group("days") and _THE_DAYS_NAMED.match(f, unit_end)) \
                    or (not m.group("anchor") and self._kept_for_re.search(f, max(0, s - 60), s)
                        and not _SENTENCE_BREAK.search(f, max(0, s - 60), s)) \
                    or (not m.group("anchor") and _EACH_UNIT_BEFORE.search(f, max(0, s - 40), s)):
                continue                       # "trong 05 ngày nghỉ Tết", "trong 10 ngày qua", "trong 02 ngày 14 và
                                               # 15/10/2026" (the days an event is held); "lưu mẫu từng lô xi măng
                                               # trong 90 ngày" (how long a thing is kept); "(mỗi cơ sở không quá 01
                                               # ngày)" (how long each takes)
            n = int(m.group("n"))
            end = m.end()
            base, note = nd, ""
            if m.group("adate"):
                am = _DMY_DATE.match(m.group("adate"))
                base = _valid(int(am.group("y")), int(am.group("m")), int(am.group("d")))
                end = m.start("adate") + am.end("y")
                note = M.N_FROM_DATE_STATED
            kind = DL_WORKING_DAYS if m.group("wd") else DL_RELATIVE
            receipt = _RECEIPT.match(f, unit_end)
            if receipt or (m.group("anchor") and "nhận" in m.group("anchor")):
                end = max(end, receipt.end() if receipt else end)
                out.append(_Cand(s, end, Deadline(None, kind, "", s, end, True,
                                                  M.N_FROM_RECEIPT), 1))
                continue
            before = None if m.group("anchor") else anchor_before(f[:s])
            event = None if before is not None or m.group("anchor") or m.group("adate") else \
                _EVENT_BEFORE.search(f, max(f.rfind(".", 0, s), f.rfind(";", 0, s), f.rfind("\n", 0, s), s - 200, 0), s)
            if event is not None and not self._from_issue.match(f, event.end()):   # (not "sau khi ký")
                out.append(_Cand(s, end, Deadline(None, kind, "", s, end, True, M.N_FROM_EVENT), 1))
                continue
            counted_back = not m.group("anchor") and _COUNTED_BACK.match(f, unit_end) is not None
            event_day = _EVENT_DAY_AFTER.match(f, _COUNTED_BACK.match(f, unit_end).end()) if counted_back else None
            ev = _valid(int(event_day.group("y")), int(event_day.group("m")), int(event_day.group("d"))) \
                if event_day is not None else None
            if ev is not None:
                # "chậm nhất 10 ngày trước lễ khai giảng năm học mới (ngày 05/9/2026)": counted from the
                # event's day the sentence gives
                back = "trước" in f[unit_end:unit_end + 20]
                dt, rule = days_counted(ev, -n if back else n, kind == DL_WORKING_DAYS)
                end = event_day.end()
                close = _CLOSING_BRACKET.match(f, end)
                end = close.end() if close else end
                out.append(_Cand(s, end, Deadline(dt, kind, "", s, end, False, M.N_COUNTED_BACK.format(
                    rule=rule, way="trước" if back else "sau", date=f"{ev:%d/%m/%Y}")), 1))
                continue
            if (m.group("aw") and (not self._from_issue.match(m.group("aw")) or self._other_signed.match(f, m.start("aw")))) \
                    or counted_back or \
                    (before is not None and not self._from_issue.match(before)):
                end = m.end()
                out.append(_Cand(s, end, Deadline(None, kind, "", s, end, True,
                                                  M.N_FROM_EVENT), 1))
                continue
            if (not m.group("anchor") and not m.group("adate") and before is None and self._per_case(f, s, unit_end)) \
                    or self._lasts(f, s):
                # (how long an activity lasts also when counted from a day: "bảo hành công trình trong thời
                # gian 12 tháng kể từ ngày ký biên bản")
                out.append(_Cand(s, end, Deadline(None, kind, "", s, end, True, M.N_PER_CASE), 1))
                continue
            if base is None:
                out.append(_Cand(s, end, Deadline(None, kind, "", s, end, True, M.N_ISSUE_DATE_UNKNOWN), 1))
                continue
            if m.group("months"):
                dt = base + relativedelta(months=n)
                rule = M.N_MONTHS.format(n=n)
            else:
                dt, rule = days_counted(base, n, kind == DL_WORKING_DAYS)
            note = M.N_COUNTED.format(rule=rule, date=f"{base:%d/%m/%Y}") + ("; " + note if note else "")
            out.append(_Cand(s, end, Deadline(dt, kind, "", s, end, False, note), 1))

    def _per_case(self, f: str, s: int, unit_end: int) -> bool:
        """A period that no one date starts: the time allowed for each file or each step ("không
        quá 10 ngày làm việc đối với mỗi hồ sơ", "giải quyết thủ tục giao đất … không quá 05 ngày
        làm việc", "thanh toán kịp thời hồ sơ … trong 01 ngày làm việc") or how long an activity
        lasts ("thời gian kiểm tra tại cơ sở không quá 15 ngày"), not a limit counted from the
        notice's day."""
        if self._per_case_after.match(f, unit_end) or _STARTS_ON_A_DAY.search(f, max(0, s - 40), s) \
                or _FROM_A_MONTH_AFTER.match(f, unit_end):
            return True             # (… or its first day: "niêm yết … từ ngày 22/10/2025, trong 07 ngày làm việc"; or the
                                    # month it starts: "cấp phát gạo … trong thời gian 03 tháng kể từ tháng 8/2026", how long)
        clause = _sentence_before(f, s)
        if self._duration_of.search(clause):
            return True
        if f.startswith("không quá", s) and self._statutory.search(clause):
            return True             # "(thời hạn giải quyết khiếu nại lần hai không quá 45 ngày …)": the law's time for each case
        opened = f.rfind("(", max(0, s - 200), s)
        if opened >= 0 and ")" not in f[opened:s] and _TIME_LIMITS_LISTED.search(f, max(0, opened - 30), opened + 1):
            return True             # "… đúng thời hạn (đăng ký khai sinh giải quyết trong ngày; xác nhận tình trạng hôn nhân
                                    # trong 03 ngày làm việc)": the times the law gives each procedure, in a bracket
        if self._per_case_condition.search(clause):
            return True             # "Trường hợp phát hiện giấy tờ giả mạo, lập biên bản … trong 03 ngày làm việc"
        if self._suspended_for.search(_clause_before(f, s, 160)):
            return True             # "tạm dừng chứng thực … trong 10 ngày làm việc để xác minh": how long it is suspended
        return bool(self._per_case_objects.search(clause) and self._per_case_verbs.search(clause))

    def _lasts(self, f: str, s: int) -> bool:
        """The sentence before ``s`` says how long an activity lasts ("thời gian kiểm tra", "bảo hành …")."""
        return self._duration_of.search(_sentence_before(f, s)) is not None

    def _time_of_the_object(self, f: str, c: _Cand, nxt: _Cand) -> bool:
        """A period after no completion verb, followed in its sentence by a day before the period
        starts ("đăng ký danh mục dịch vụ công … cung cấp trong năm 2018, gửi Sở X trước ngày
        20/10/2017"): the period is when the thing listed happens, the day is the time limit (not
        "hoàn thành dự án trong năm 2027, báo cáo tiến độ trước ngày 30/6/2026")."""
        d = c.dl
        if d.kind == DL_YEAR and nxt.dl.kind in (DL_DATE, DL_MONTH) and f.startswith("trong", c.start) \
                and nxt.dl.date is not None and d.date is not None and nxt.dl.date.year == d.date.year \
                and _COMPLETION_AFTER_COMMA.match(f, c.end, nxt.start + 12) \
                and not _has_phrase(self._words_before(f, c.start, 12), self._completion):
            return True                 # "cập nhật hộ tách, nhập trong năm 2026, hoàn thành trong tháng 10/2026": the year
                                        # the households split, the completion after the comma its time limit
        if d.kind not in (DL_YEAR, DL_QUARTER, DL_HALF) or nxt.dl.kind != DL_DATE or not f.startswith("trong", c.start):
            return False
        months = {DL_YEAR: 12, DL_QUARTER: 3, DL_HALF: 6}[d.kind]
        first = (d.date.replace(day=1) - relativedelta(months=months - 1))
        between = f[c.end:nxt.start]
        if nxt.dl.date is None or nxt.start - c.end > 120 or any(ch in between for ch in ".;:"):
            return False
        # (or a day after the period, in the same clause: "cung cấp danh sách doanh nghiệp đăng ký mới
        # trong 6 tháng đầu năm 2019 cho Bảo hiểm xã hội tỉnh trước ngày 15/7/2019": the period's data)
        if nxt.dl.date >= first and not (nxt.dl.date > d.date and "," not in between):
            return False
        wb = self._words_before(f, c.start, 12)
        return not _has_phrase(wb, self._completion) \
            and not self._is_past(f, c.start)

    def _scope_up_to(self, f: str, c: _Cand, nxt: _Cand) -> bool:
        """A period "đến hết …" closing a thing's own measure ("rà soát … khả năng giải ngân của từng
        dự án đến hết năm 2026, … gửi Sở Tài chính trước ngày 20/9/2026"), followed in its sentence
        by a day before the period ends: how far the thing looked at runs, the day is the time limit
        (not "hoàn thành … đến hết năm 2026, báo cáo tiến độ trước ngày 20/9/2026")."""
        if not f.startswith("đến", c.start) or c.dl.kind not in (DL_YEAR, DL_QUARTER, DL_HALF, DL_MONTH) \
                or nxt.dl.kind != DL_DATE or f.startswith("đến", nxt.start):
            return False
        if c.dl.date is None or nxt.dl.date is None or nxt.dl.date >= c.dl.date or _SENTENCE_MARK.search(f, c.end, nxt.start):
            return False
        wb = self._words_before(f, c.start, 12)
        return "của" in wb[-6:] and not _has_phrase(wb, self._completion) and not self._is_past(f, c.start)

    @staticmethod
    def _narrowed_in_parenthesis(f: str, c: _Cand, nxt: _Cand) -> bool:
        """"hoàn thành trong tháng 6/2026 (trước ngày 20/6/2026)": a period followed by a
        parenthesis holding a precise day inside that period; the day is the time limit.  So is
        the day of a recurring report's bracket: "định kỳ 6 tháng (trước ngày 15/6)"."""
        recurring = c.dl.kind == DL_RECURRING and c.rhythm and not c.day_given
        if not recurring and (c.dl.kind not in (DL_MONTH, DL_QUARTER, DL_HALF, DL_YEAR) or c.dl.date is None):
            return False
        if nxt.dl.kind != DL_DATE or nxt.dl.date is None or (not recurring and nxt.dl.date > c.dl.date):
            return False
        between = f[c.end:nxt.start]
        return bool(_BRACKET_OPENS_GAP.fullmatch(between))

    # -- entry point -----------------------------------------------------------------------
    def find(self, text: str, notice_date: Optional[date], *, year_hint: Optional[int] = None,
             floor: Optional[date] = None, in_time_field: bool = False) -> list[Deadline]:
        if not text:
            return []
        f = fold(text)
        if len(f) != len(text):                # a character whose lower case is longer (İ)
            f = "".join(c.lower() if len(c.lower()) == 1 else c for c in tone_style(text))
        shown = text                           # (the words each deadline keeps, as written)
        if "tháng" in f and _SPELLED_DAY_HINT.search(f):
            text, f = _spelled_days_as_digits(text, f)
        wins = self._digit_windows(f)
        if not wins and not any(w in f for w in self._recur_words) and "tuần" not in f and " nay" not in f \
                and " này" not in f:
            return []                          # no number, no recurring word, no week: nothing to find
        yh = year_hint if year_hint is not None else (notice_date.year if notice_date else None)
        cands: list[_Cand] = []
        for fn in (self._recurring, self._relative, self._dates, self._targets, self._week,
                   self._this_period, self._events, self._changed, self._part_of_month):
            fn(text, f, notice_date, yh, cands, wins, floor)
        self._periods(text, f, notice_date, yh, cands, wins, floor, in_time_field)
        if "không" in f or "chưa" in f:
            # "Không đồng ý kéo dài thời gian thực hiện dự án đến hết Quý IV/2026 như đề xuất": the time
            # refused is none (the clause's own, up to its semicolon or full stop)
            cands = [c for c in cands if not self._refused_change.search(f, max(0, c.start - 240), c.start)]
        if "từ trước" in f:                    # "hồ sơ tồn đọng từ trước ngày 01/7/2025": since, not by
            cands = [c for c in cands if not _SINCE_BEFORE.search(f, max(0, c.start - 8), c.start + 6)]
        if "không" in f:
            # "chỉ đạo gieo cấy đúng khung thời vụ, không gieo mạ trước ngày 20/01/2027": a day not to start before
            cands = [c for c in cands if not (f.startswith("trước", c.start)
                                              and _NOT_DONE_BEFORE.search(f, max(0, c.start - 40), c.start))]
        if "trong đêm" in f:
            # "bảo đảm an ninh … khu vực nhà thờ trong đêm 24/12/2026": the night something is done in, no limit
            cands = [c for c in cands if not f.startswith("trong đêm", c.start)]
        if "từ ngày" in f:
            # "tập huấn trong 03 ngày, từ ngày 09/6 đến ngày 11/6/2026": how long an event lasts, its days after it
            cands = [c for c in cands if not (c.dl.kind in (DL_RELATIVE, DL_WORKING_DAYS) and _DAYS_SPAN_AFTER.match(f, c.end))]
        if "theo quy định" in f:
            # "Theo quy định, thời hạn HĐND cấp xã phê chuẩn quyết toán … là trước ngày 31/12 hằng năm.": the law's
            # time limit, recited (no task's)
            cands = [c for c in cands if not _THE_RULE_IS.match(_sentence_before(f, c.start).lstrip(".;:!?\n"))]
        if "nhiệm kỳ" in f or "hoạt động" in f or "hiệu lực" in f or "giá trị" in f or "gia hạn" in f:
            # "Nhiệm kỳ của Ban Chỉ đạo đến hết ngày 31/12/2030", "Tổ công tác hoạt động đến hết ngày …": a term
            cands = [c for c in cands if not (f.startswith(("đến", "tới"), c.start)
                                              and (t := _A_TERM_BEFORE.search(f, max(0, c.start - 80), c.start)) is not None
                                              and not (t.group(0).startswith("được gia hạn")
                                                       and _A_TASK_EXTENDED.search(f, max(0, t.start() - 60), t.start())))]
        if "chưa" in f or "không" in f:
            # "Chưa xem xét trong năm 2026; xã tiếp tục rà soát …": a period something is not done in, no limit
            cands = [c for c in cands if not _NOT_WITHIN.search(f, max(0, c.start - 40), c.start)]
        if "từ" in f and ("thành" in f or "sang" in f):
            # "điều chỉnh thời hạn … từ “trước ngày 15/9/2026” thành “trước ngày 05/10/2026”": the limit
            # replaced is none, the new one stands
            cands = [c for c in cands if not (_CHANGED_FROM.search(f, max(0, c.start - 8), c.start)
                                              and _CHANGED_INTO.match(f, c.end))]
        if "(" in f and ("chính phủ" in f or "bộ " in f or "trung ương" in f):
            cands = [c for c in cands if not _in_a_superiors_bracket(f, c.start)]
        if "%" in f and "phấn đấu" in f:
            cands = [c for c in cands if not _a_share_to_reach(f, c)]
        if "phấn đấu" in f:
            # "phấn đấu đến ngày 31/01/2025 giải ngân đạt 100%", "phấn đấu đến hết năm 2026 …": a target
            # set by its time (not "phấn đấu giải ngân hết kế hoạch vốn trước ngày 31/01/2017")
            cands = [c for c in cands if not (_STRIVE_UNTIL.search(f, max(0, c.start - 30), c.start + 1)
                                              or _STRIVE_UNTIL_AT.match(f, c.start)
                                              or (_STRIVE_RIGHT_BEFORE.search(f, max(0, c.start - 12), c.start)
                                                  and _UNTIL_AT.match(f, c.start)))]
        if "lễ" in f and len(cands) > 1:
            # "… trước ngày 03/9/2026, trước Lễ khai giảng ngày 05/9/2026": the ceremony's day, set beside the limit
            # given right before it (no second limit)
            cands = [c for c in cands if not any(
                d.end <= c.start and d.dl.date is not None and c.dl.date is not None and d.dl.date <= c.dl.date
                and (_CEREMONY_AFTER_A_LIMIT.fullmatch(f, d.end, c.start)
                     or (_COMMA_ONLY_BETWEEN.fullmatch(f, d.end, c.start) and _CEREMONY_AT.match(f, c.start)))
                for d in cands)]
        # "định kỳ hằng tháng trước ngày 15": the day given wins over the bare period it overlaps
        dayed = [c for c in cands if c.day_given and c.rhythm]
        if dayed:
            # "Trong thời gian đến hết ngày 30/9/2026, báo cáo … trước 16 giờ ngày thứ Năm hằng tuần": how long the
            # rhythm runs, no time limit of its own
            cands = [c for c in cands if c.rhythm or not _RHYTHM_RUNS_UNTIL.search(f, max(0, c.start - 30), c.start + 4)
                     or not any(d.start > c.end and not _SENTENCE_BREAK.search(f, c.end, d.start) for d in dayed)]
        if dayed:
            cands = [c for c in cands if c.day_given or not c.rhythm or not any(
                d.rhythm == c.rhythm and d.start < c.end and c.start < d.end for d in dayed)]
        cands.sort(key=lambda c: (c.start, -(c.end - c.start), c.rank))
        kept: list[_Cand] = []
        last_end = -1
        for c in cands:
            if c.start < last_end:
                continue
            kept.append(c)
            last_end = self._extend_bold(text, c.start, c.end)
        kept = [c for i, c in enumerate(kept) if not (i + 1 < len(kept) and (self._time_of_the_object(f, c, kept[i + 1])
                                                                        or self._scope_up_to(f, c, kept[i + 1])
                                                                        or _data_up_to(f, c, kept[i + 1])
                                                                        or _moved_after(f, c, kept[i + 1])))]
        # "Định kỳ hằng tháng …, báo cáo trước ngày 25 hằng tháng": the day given wins over the
        # bare period of the same rhythm
        specific = {c.rhythm for c in kept if c.day_given}
        out: list[Deadline] = []
        for i, c in enumerate(kept):
            if c.rhythm and not c.day_given and c.rhythm in specific:
                continue
            if i + 1 < len(kept) and self._narrowed_in_parenthesis(f, c, kept[i + 1]):
                continue
            end = self._extend_bold(text, c.start, c.end)
            d = c.dl
            if c.rhythm and d.date is not None and "từ" in f:
                d = _from_its_start(f, c, d)
            out.append(Deadline(d.date, d.kind, shown[c.start:end], c.start, end, d.inferred, d.note))
        return out


# where a rhythm starts, in its sentence: "Từ năm 2027, các sở … báo cáo trước ngày 15 tháng 12 hằng
# năm", "từ quý IV/2026, định kỳ trước ngày 20 của tháng cuối quý", "kể từ tháng 3/2027" (folded)
_RHYTHM_FROM = quick_compile(r"(?<!\w)(?:kể\s+|bắt\s+đầu\s+)?từ\s+(?:năm\s+(?P<y>\d{4})|quý\s+(?P<q>iv|iii|ii|i)(?:\s*/\s*|\s+năm\s+)(?P<qy>\d{4})"
                             r"|tháng\s+(?P<m>\d{1,2})(?:(?:\s*/\s*|\s+năm\s+)(?P<my>\d{4})"
                             # (… the year written once, after the span's last month: "từ tháng 8 đến tháng 10/2026")
                             r"|\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+(?P<m2>\d{1,2})(?:\s*/\s*|\s+năm\s+)(?P<my2>\d{4})))(?!\w)")
# an hour written before the day ("trước 18h ngày 15/8", "trước 17 giờ 00 ngày 15/8") (folded)
_AN_HOUR = quick_compile(r"(?<!\d)\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?!\w)")
_RHYTHM_MONTHS = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}
# the span a rhythm runs over, before its end (folded): "trong thời gian đến hết ngày …", "từ nay đến ngày …"
_RHYTHM_RUNS_UNTIL = quick_compile(r"(?:trong\s+thời\s+gian|từ\s+nay|từ\s+ngày\s+\S+)\s+(?=(?:đến|tới)\s)")
# a time a plan's words give the planned thing ("dự kiến lắp đặt năm 2026") (folded, words joined by spaces)
_PLANS_OWN_TIME = quick_compile(r"(?<!\w)(?:năm|tháng|quý)\s+[\divx]{1,4}(?:\s*/\s*\d{4})?(?!\w)")
# a completion right after a period's comma, with its own time ("…, hoàn thành trong tháng 10/2026") (folded)
_COMPLETION_AFTER_COMMA = quick_compile(r"\s*,\s*(?:hoàn thành|xong|chậm nhất)(?!\w)")
# the time limits a bracket lists for each procedure, after their word ("đúng thời hạn (…", "thẩm quyền, thời hạn (…")
# (folded)
_TIME_LIMITS_LISTED = quick_compile(r"(?<!\w)thời hạn\s*\($")
# each of the units a span is for, right before it ("(mỗi cơ sở không quá 01 ngày)", "mỗi đợt trong 05 ngày"): how long
# each takes, no time limit (folded)
_EACH_UNIT_BEFORE = quick_compile(r"(?<!\w)mỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*$")
_SENTENCE_BREAK = quick_compile(r"[.;\n](?!\d)")


def _from_its_start(f: str, c, d: Deadline) -> Deadline:
    """A recurring time's next instance, not before the start its sentence gives the rhythm ("Từ
    năm 2027, … trước ngày 15 tháng 12 hằng năm": 15/12/2027, not 15/12/2026)."""
    left = max([m.end() for m in _SENTENCE_BREAK.finditer(f, max(0, c.start - 200), c.start)] or [max(0, c.start - 200)])
    right = _SENTENCE_BREAK.search(f, c.end)
    starts = [m for m in _RHYTHM_FROM.finditer(f, left, right.start() if right else len(f))
              if m.end() <= c.start or m.start() >= c.end]
    if len(starts) != 1 or c.rhythm not in _RHYTHM_MONTHS:
        return d
    m = starts[0]
    if m.group("y"):
        first = date(int(m.group("y")), 1, 1)
    elif m.group("q"):
        first = date(int(m.group("qy")), 3 * _ROMAN[m.group("q")] - 2, 1)
    elif 1 <= int(m.group("m")) <= 12 and (m.group("my") or int(m.group("m")) <= int(m.group("m2"))):
        first = date(int(m.group("my") or m.group("my2")), int(m.group("m")), 1)
    else:
        return d
    dt, step, n = d.date, _RHYTHM_MONTHS[c.rhythm], 0
    while dt < first and n < 200:
        n += 1
        dt = d.date + relativedelta(months=step * n)
    if dt == d.date:
        return d
    return replace(d, date=dt, note=(d.note + "; " if d.note else "") + M.N_RHYTHM_FROM.format(start=f"{first:%d/%m/%Y}"))


# days and months written in words ("ngày mười lăm tháng Sáu năm 2026", "ngày mồng hai tháng Bảy"):
# the numbers a date pattern reads, written over the words in the same places (folded)
_NUMBER_WORDS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
                 "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mươi": 10}
_UNIT_WORD = r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)"
_DAY_WORDS = (r"(?:(?:hai|ba)\s+mươi(?:\s+(?:mốt|hai|ba|bốn|tư|lăm|nhăm|sáu|bảy|tám|chín))?"
              r"|mười(?:\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?|" + _UNIT_WORD + r")")
_MONTH_WORDS = r"(?:mười\s+(?:một|hai)|giêng|chạp|mười|một|hai|ba|tư|bốn|năm(?=\s+năm)|sáu|bảy|tám|chín)"
_SPELLED_DAY = quick_compile(r"(?<!\w)ngày\s+(?:(?P<p>mồng|mùng)\s+)?(?P<d>" + _DAY_WORDS + r")\s+tháng\s+(?P<m>"
                             + _MONTH_WORDS + r")(?!\w)")
_SPELLED_DAY_HINT = quick_compile(r"ngày\s+(?:(?:mồng|mùng)\s+)?(?:mười|hai|ba|một|bốn|năm|sáu|bảy|tám|chín)\s")


def _spoken_number(words: str) -> int:
    """The number "mười lăm", "hai mươi mốt", "chín" say (folded words)."""
    ws = words.split()
    if "mươi" in ws:
        tens = _NUMBER_WORDS[ws[0]]
        return tens * 10 + (_NUMBER_WORDS[ws[2]] if len(ws) > 2 else 0)
    if ws[0] == "mười":
        return 10 + (_NUMBER_WORDS[ws[1]] if len(ws) > 1 else 0)
    return _NUMBER_WORDS[ws[0]]


# the day an event opens, as a notice gives it: "khai mạc lúc 20 giờ 00 ngày 12/6/2026", "Lễ hội
# khai mạc vào 20 giờ ngày 18/5/2026", "Đại hội diễn ra từ ngày 01/11 đến ngày 05/11/2026", "khai
# giảng năm học mới (ngày 05/9/2026)" (folded)
_OPENS_ON = quick_compile(r"(?<!\w)(?P<event>khai mạc|khai giảng)(?!\w)[^.;:]{0,40}?(?:ngày|\()\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})"
                          r"(?:\s*/\s*(?P<y>(?:19|20)\d\d))?")
# the events a time limit may be counted back from (the openings first, then those dated by their holding)
EVENTS_COUNTED_FROM = ("khai mạc", "khai giảng", "kỳ họp", "hội nghị", "diễn tập", "tựu trường", "bầu cử")
# the day a meeting, a drill or a school's first day is held, where the notice gives it (folded)
_EVENT_HELD_ON = quick_compile(r"(?<!\w)(?P<event>" + "|".join(EVENTS_COUNTED_FROM[2:]) + r")(?!\w)[^.;:()]{0,60}?"
                               r"(?:(?:tổ chức|diễn ra|khai mạc|tựu trường|họp)\s+(?:vào\s+|trong\s+)?(?:(?:sáng|chiều|tối)\s+)?ngày|\((?:ngày\s+)?)\s*"
                               r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})"
                               r"(?:\s*/\s*(?P<y>(?:19|20)\d\d))?")
# … or "vào ngày" after where, nothing else between ("tổ chức diễn tập … tại xã Đồng Đăng vào ngày 15/11/2026"; not
# "tựu trường ngày 28/8, Lễ khai giảng … vào ngày 05/9") (folded)
# (nor a trial run expected on a day: "buổi diễn tập thử dự kiến vào ngày 10/11/2026")
_EVENT_HELD_ON_THE_DAY = quick_compile(r"(?<!\w)(?P<event>" + "|".join(EVENTS_COUNTED_FROM[2:]) + r")(?!\w)"
                                       r"(?:(?!dự kiến|thử)[^.;:(),\d]){0,60}?"
                                       r"\svào\s+(?:(?:sáng|chiều|tối)\s+)?ngày\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})"
                                       r"(?:\s*/\s*(?P<y>(?:19|20)\d\d))?")
_REHEARSAL_BEFORE = quick_compile(r"(?<!\w)(?:tổng duyệt|tổng dượt|duyệt|chạy thử)(?!\w)[^.;:]{0,40}$")
# (… a ceremony: "Lễ kỷ niệm tổ chức vào 07h30 ngày 02/9/2026 tại Quảng trường 17/10")
_HELD_FROM = quick_compile(r"(?<!\w)(?:lễ hội|đại hội|hội chợ|liên hoan|tuần văn hóa|festival|hội thi|hội diễn|giải|chương trình|lễ)(?!\w)"
                           r"[^.;:]{0,60}?(?:diễn ra|tổ chức|được tổ chức)\s+(?:(?:an toàn|thành công|trang trọng),?\s+)?(?:vào\s+|trong\s+)?(?:\d+\s+(?:ngày|đêm),?\s+)?(?:từ\s+)?"
                           r"(?:\d{1,2}\s*(?:h|giờ)\s*(?:\d{2})?(?:\s*phút)?\s+)?ngày\s+"
                           r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>(?:19|20)\d\d))?"
                           r"(?:\s+đến\s+(?:hết\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<y2>(?:19|20)\d\d))?")

# … or the time field of the event a notice permits or plans, its hours on one day (folded)
_TIME_FIELD_OF_THE_EVENT = quick_compile(r"(?m)^[\s*|+-]*(?:\d{1,2}[.)]\s*)?thời gian(?:\s+tổ chức|\s+biểu diễn)?\s*:\s*(?:từ\s+)?"
                                         r"\d{1,2}\s*(?:h|giờ)\s*(?:\d{2})?(?:\s*phút)?(?:\s*(?:-|–|đến)\s*\d{1,2}\s*(?:h|giờ)\s*(?:\d{2})?)?"
                                         r"\s*,?\s*(?:(?:sáng|chiều|tối)\s+)?(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?ngày\s+"
                                         r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>(?:19|20)\d\d))?")
# … or a session held over days, its first day the opening: "kỳ họp dự kiến từ ngày 08 đến 10/12/2026", "Từ ngày
# 08/12 đến ngày 10/12/2026: kỳ họp thường lệ …" (folded)
_SESSION_SPAN = quick_compile(
    r"(?<!\w)(?:kỳ họp|đại hội|hội nghị)(?!\w)[^.;:()]{0,60}?(?:dự kiến\s+)?(?:(?:diễn ra|tổ chức|họp)\s+)?(?:trong\s+\d+\s+ngày,?\s+)?"
    r"từ\s+ngày\s+(?P<d>\d{1,2})(?:\s*/\s*(?P<m1>\d{1,2}))?\s+đến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*/\s*(?P<m>\d{1,2})"
    r"\s*/\s*(?P<y>(?:19|20)\d\d)"
    r"|(?<!\w)từ\s+ngày\s+(?P<d_>\d{1,2})\s*/\s*(?P<m_>\d{1,2})\s+đến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}"
    r"\s*/\s*(?P<y_>(?:19|20)\d\d)\s*:\s*(?:tổ chức\s+)?(?:kỳ họp|đại hội|hội nghị)(?!\w)")

# a limit written as the event, then the days before it: "trước ngày khai mạc 10 ngày" (folded)
OPENING_THEN_DAYS = quick_compile(r"(?<!\w)trước\s+(?:ngày\s+)?(?:lễ\s+)?(?P<event>" + "|".join(EVENTS_COUNTED_FROM) + r")"
                                  r"(?:\s+(?:hđnd|hội đồng nhân dân)(?:\s+tỉnh)?)?\s+(?P<n>\d{1,3})\s+ngày(?P<wd>\s+làm việc)?(?!\w)")


# … or the days first, then the event they are counted back from: "trước 05 ngày so với ngày khai mạc", "chậm
# nhất trước 03 ngày so với ngày tổ chức chương trình" (the notice's own event: its opening day) (folded)
DAYS_BEFORE_THE_EVENT = quick_compile(r"(?<!\w)trước\s+(?P<n>\d{1,3})\s+ngày(?P<wd>\s+làm việc)?\s+(?:so với|tính đến)\s+"
                                      r"(?:ngày\s+)?(?:lễ\s+)?(?P<event>" + "|".join(EVENTS_COUNTED_FROM) + r"|tổ chức|diễn ra)(?!\w)")


# the day of an election the document gives: "Ngày bầu cử là Chủ nhật, ngày 15/3/2026", "ngày bầu cử bổ sung là …",
# "… quyết định bầu cử thêm vào Chủ nhật, ngày 29/3/2026", "Cuộc bầu cử bổ sung ngày 16/8/2026" (folded)
# (also with the election's name between: "ngày bầu cử đại biểu Quốc hội khóa XVI … nhiệm kỳ 2026 - 2031 là Chủ nhật, ngày …")
_ELECTION_ON = quick_compile(r"(?<!\w)(?:ngày\s+bầu cử|cuộc\s+bầu cử|quyết định\s+bầu cử)(?:\s+(?:bổ sung|thêm))?"
                             r"(?:\s*(?:là|:|vào|được tổ chức vào)?|[^.;:()]{0,120}?\s(?:là|vào|được tổ chức vào))\s*"
                             r"(?:chủ nhật\s*,?\s*)?(?:ngày\s+)?(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>(?:19|20)\d\d))?")


def event_days(body: str, ref: Optional[date]) -> dict:
    """{"khai mạc": day, "khai giảng": day}: the days a notice's event opens, where it says so (the
    first day of a festival held "từ ngày … đến ngày …" is its opening); none before ``ref``."""
    out: dict = {}
    f = fold(body)
    if "khai" not in f and "ngày" not in f:
        return out
    if "bầu cử" in f:
        days = {d for m in _ELECTION_ON.finditer(f) if (d := _day_not_before(m, m.group("y"), ref)) is not None}
        if len(days) == 1:
            out["bầu cử"] = days.pop()  # (one election day: a by-election's letter naming two is left alone)
    for m in _OPENS_ON.finditer(f):
        if _REHEARSAL_BEFORE.search(f, max(0, m.start() - 40), m.start()):
            continue                    # "tổng duyệt chương trình Lễ khai mạc vào … ngày 08/12": the rehearsal's day
        day = _day_not_before(m, m.group("y"), ref)
        if day is not None:
            out.setdefault(m.group("event"), day)
    if "khai mạc" in out and "kỳ họp" in f:
        out.setdefault("kỳ họp", out["khai mạc"])      # "kỳ họp dự kiến khai mạc ngày 08/12/2026"
    for m in [*_EVENT_HELD_ON.finditer(f), *_EVENT_HELD_ON_THE_DAY.finditer(f)]:
        if m.group("event") in out or _REHEARSAL_BEFORE.search(f, max(0, m.start() - 40), m.start()):
            continue
        day = _day_not_before(m, m.group("y"), ref)
        if day is not None:
            out[m.group("event")] = day     # "Hội nghị … tổ chức ngày 18/11/2026", "tựu trường ngày 25/8/2026"
    if "khai mạc" not in out:
        for m in _SESSION_SPAN.finditer(f):
            if m.group("d_"):
                d, mo, y = m.group("d_"), m.group("m_"), m.group("y_")
            else:
                d, mo, y = m.group("d"), m.group("m1") or m.group("m"), m.group("y")
            day = _on_or_after(_valid(int(y), int(mo), int(d)), ref)
            if day is not None:
                out["khai mạc"] = day
                if "kỳ họp" in m.group(0):
                    out.setdefault("kỳ họp", day)
                break
    if "khai mạc" not in out:
        for m in _HELD_FROM.finditer(f):
            day = _day_not_before(m, m.group("y") or m.group("y2"), ref)
            if day is not None:
                out["khai mạc"] = day
                break
    if "khai mạc" not in out:
        m = _TIME_FIELD_OF_THE_EVENT.search(f)
        day = _day_not_before(m, m.group("y"), ref) if m is not None else None
        if day is not None:
            out["khai mạc"] = day       # a permit's or a plan's field: "- Thời gian: từ 20h00 đến 23h00 ngày 29/8/2026"
    return out


def _day_not_before(m, year: Optional[str], ref: Optional[date]) -> Optional[date]:
    """The day of match ``m`` (its "d" and "m" groups; ``year`` or ``ref``'s), None when it is no day
    or comes before ``ref``."""
    year = year or (str(ref.year) if ref else None)
    return _on_or_after(_valid(int(year), int(m.group("m")), int(m.group("d"))) if year else None, ref)


def _on_or_after(day: Optional[date], ref: Optional[date]) -> Optional[date]:
    """``day``, unless it is None or comes before ``ref``."""
    return day if day is not None and (ref is None or day >= ref) else None


def spelled_days_as_digits(text: str) -> str:
    """``text`` with every day and month written in words ("ngày mồng hai tháng Sáu năm 2026")
    written in figures, every other character in its place."""
    f = fold(text)
    if "tháng" not in f or len(f) != len(text) or not _SPELLED_DAY_HINT.search(f):
        return text
    return _spelled_days_as_digits(text, f)[0]


def _spelled_days_as_digits(text: str, f: str) -> tuple:
    """``text`` and ``f`` with every day and month written in words replaced by its number, padded
    with spaces so that every other character keeps its place."""
    chars, fchars = list(text), list(f)
    for m in _SPELLED_DAY.finditer(f):
        month = m.group("m")
        values = ((m.start("d"), m.end("d"), _spoken_number(m.group("d"))),
                  (m.start("m"), m.end("m"), 1 if month == "giêng" else 12 if month == "chạp"
                   else 4 if month == "tư" else _spoken_number(month)))
        if not 1 <= values[0][2] <= 31 or not 1 <= values[1][2] <= 12:
            continue
        if m.group("p"):
            values += ((m.start("p"), m.end("p"), ""),)     # ("mồng": a word of the spoken day only)
        for a, b, n in values:
            digits = str(n).ljust(b - a)
            chars[a:b] = digits
            fchars[a:b] = digits
    return "".join(chars), "".join(fchars)


# what ends the sentence a forecast stands in
_SENTENCE_MARK = quick_compile(r"[.;:\n]")


def _data_up_to(f: str, c, nxt) -> bool:
    """"báo cáo kết quả giải ngân đến hết ngày 31/12/2025 về Sở Tài chính trước ngày 05/01/2026": the
    day the reported data run up to, when a later day is the time limit in its clause."""
    return f.startswith("đến", c.start) and not f.startswith("đến", nxt.start) \
        and c.dl.kind == DL_DATE and nxt.dl.kind == DL_DATE and c.dl.date is not None and nxt.dl.date is not None \
        and nxt.dl.date > c.dl.date and not _CLAUSE_BREAK_BEFORE.search(f, c.end, nxt.start)


# "… với thời hạn trước ngày 30/6/2026, nay điều chỉnh thời hạn thành trước ngày 15/8/2026": the
# words that move the time limit written before them to the one after
_MOVED_NOW = quick_compile(r"(?<!\w)nay\s+(?:được\s+)?(?:điều\s+chỉnh|gia\s+hạn|lùi|dời|thay\s+đổi|sửa)(?!\w)")


def _moved_after(f: str, c, nxt) -> bool:
    """The time limit ``c`` is the one a later words of its sentence move ("nay điều chỉnh … thành
    …") to ``nxt``: no time limit any more."""
    return _MOVED_NOW.search(f, c.end, nxt.start) is not None and not _SENTENCE_MARK.search(f, c.end, nxt.start)


_DEFAULT: Optional[DeadlineFinder] = None


# a time opening its sentence, then whose plan it is ("Trong Quý III/2026, UBND tỉnh dự kiến sơ kết …", "Trong tháng 10, Sở
# sẽ tổ chức …"): when the plan is, no one's time limit (folded)
_PLAN_AFTER_OPENING = quick_compile(r"\s*,\s*(?:[^\s,;.:()]+\s+){1,6}?(?:dự kiến|sẽ)\s+(?:tổ chức|sơ kết|tổng kết|kiểm tra|làm việc"
                                    r"|họp|đối thoại|giám sát|khảo sát|thăm|phát động|khai mạc|ra quân|đi)(?!\w)")
# a period's phrase opening with the verb of finishing ("hoàn thành trong quý II/2027"; folded)
_FINISHED_AT = quick_compile(r"(?:hoàn thành|xong)(?!\w)")
# the day of the event a limit is counted back from, given in its clause: "… trước lễ khai giảng năm
# học mới (ngày 05/9/2026)", "… trước ngày khai mạc 15/9/2026" (folded)
_EVENT_DAY_AFTER = quick_compile(r"[^.;:\n()]{0,80}?(?:\(\s*(?:ngày\s+|vào\s+ngày\s+)?|(?<!\w)ngày\s+|\s)" + _DMY)
# an activity's first day right before its length ("từ ngày 22/10/2025, trong 07 ngày làm việc")
_STARTS_ON_A_DAY = quick_compile(r"(?<!\w)(?:bắt\s+đầu\s+)?từ\s+ngày\s+" + _DMY + r"\s*,?\s*$")
# "chậm nhất 03 ngày trước ngày tổ chức hội nghị", "05 ngày sau khi …", "chậm nhất 07 ngày trước Tết Nguyên
# đán": counted from an event, not from the notice's day
_COUNTED_BACK = quick_compile(r"\s*(?:làm việc\s+)?(?:trước|sau)\s+(?:ngày|khi|thời điểm|thời gian|buổi|phiên|kỳ|hội nghị|cuộc|mỗi|từng"
                              r"|lễ|khai mạc|khai giảng|đại hội|hội chợ|đợt|tết|dịp|mùa)(?!\w)")


def is_programme_span(text: str) -> bool:
    """"Năm 2026 và các năm tiếp theo": how long a programme runs, no time limit (a time
    field or a table's time cell that says so gives no deadline)."""
    return bool(default_finder()._span_words.search(fold(text)))


def default_finder() -> DeadlineFinder:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = DeadlineFinder(load_cues())
    return _DEFAULT


def anchor_before(f: str) -> Optional[str]:
    """What a period written after its starting point counts from ("Thời hạn kiểm tra: Kể từ
    ngày công bố Quyết định này. Thời hạn … không quá 10 ngày làm việc"): the words after the
    last "kể từ ngày" of the folded text ``f`` before the period (its last 160 characters), or None."""
    found = None
    for a in _ANCHOR_BEFORE.finditer(f, max(0, len(f) - 160)):
        found = a
    return " " + found.group("aw") if found is not None else None


# a task due before a council's session whose opening day a bracket gives: "Trước kỳ họp thường lệ cuối năm 2026
# (khai mạc ngày 09/12/2026), …" (folded; not "trình … tại kỳ họp … (dự kiến khai mạc ngày 12/12/2018)", the
# session it is presented at, which annotators read as an event)
_SESSION_OPENS = quick_compile(r"(?<!\w)trước\s+(?:kỳ họp|phiên họp)(?!\w)"
                               r"[^.;:()]{0,120}\(\s*(?:dự kiến\s+)?(?:khai mạc|tổ chức|họp|diễn ra)\s+(?:vào\s+)?(?:ngày\s+)?"
                               r"(?P<day>(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4}))\s*\)")


def session_opening_day(text: str, start: int = 0, end: Optional[int] = None) -> Optional[Deadline]:
    """The opening day of the council session a task in ``text[start:end]`` is due at, when a bracket
    gives it (an event's limit dated by its bracket); else None."""
    m = _SESSION_OPENS.search(fold(text), start, len(text) if end is None else end)
    if m is None:
        return None
    day = valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if day is None:
        return None
    return Deadline(date=day, kind=DL_DATE, text=text[m.start("day"):m.end("day")], start=m.start("day"), end=m.end("day"))


def counted_from_an_event_before(found: list, before: str) -> list:
    """Deadlines of a clause read alone, with a period counted from an event named in the
    sentence before it ("Kể từ ngày công bố Quyết định này. … không quá 10 ngày làm việc") left
    without a date: the event's day is not known."""
    if not before or not any(d.kind in (DL_RELATIVE, DL_WORKING_DAYS) and d.date is not None for d in found):
        return found
    aw = anchor_before(fold(before))
    finder = default_finder()
    if aw is None or finder._from_issue.match(aw):
        return found
    return [replace(d, date=None, inferred=True, note=M.N_FROM_EVENT)
            if d.kind in (DL_RELATIVE, DL_WORKING_DAYS) and d.date is not None else d for d in found]


def find_deadlines(text: str, notice_date: Optional[date], *, year_hint: Optional[int] = None,
                   floor: Optional[date] = None, in_time_field: bool = False) -> list[Deadline]:
    """Every deadline phrase in ``text`` (NFC), left to right, with offsets into ``text``.

    ``notice_date``: the issue date, the base of relative and recurring deadlines;
    ``year_hint``: the notice's year when the full date is unknown; ``floor``: when the issue
    date is unknown (a draft), the earliest day the notice can be from (its meeting date, or
    the first day of its month): recurring deadlines and a day-month without a year count from
    it (flagged as inferred), relative ones ("kể từ ngày ký") stay unknown.  ``in_time_field``:
    ``text`` is part of a plan's time-limit field line ("Thời gian: xong trước mùa mưa; bố trí chỗ
    ở tạm trong tháng 5"), where a period is a time limit with or without a year.
    """
    found = default_finder().find(text, notice_date, year_hint=year_hint, floor=floor, in_time_field=in_time_field)
    return _with_replaced_dates(text, _with_labelled_limits(text, found, notice_date, year_hint, floor))


# a full date right after another, nothing but a space or a line break between ("trước ngày 30/9/2026 15/10/2026"):
# a draft's correction whose strike-through the text lost, the second date the new one
_DATE_RIGHT_AFTER = quick_compile(r"[ \t]*\n?[ \t]*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])")
_FULL_DATE_END = quick_compile(r"\d{1,2}/\d{1,2}/\d{4}$")


def _with_replaced_dates(text: str, found: list) -> list:
    """Deadlines whose full date a second full date follows at once take the second (see _DATE_RIGHT_AFTER)."""
    out = []
    for d in found:
        nxt = _DATE_RIGHT_AFTER.match(text, d.end) if d.date is not None and d.end > 0 else None
        if nxt is not None and _FULL_DATE_END.search(text, max(0, d.end - 10), d.end) \
                and not any(x is not d and x.start <= nxt.start("d") < x.end for x in found):
            new = valid_date(int(nxt.group("y")), int(nxt.group("m")), int(nxt.group("d")))
            if new is not None:
                d = replace(d, date=new, end=nxt.end(), text=text[d.start:nxt.end()],
                            note=M.N_DATE_REPLACED.format(old=f"{d.date:%d/%m/%Y}", new=f"{new:%d/%m/%Y}"))
        out.append(d)
    return out


# "Thời hạn: trong tháng 7/2026", "Thời gian hoàn thành: 30/6/2026": after such a label the date
# or period is the time limit even without a cue of its own (or with a weak one, "trong").
_LABEL = quick_compile(r"(?<!\w)(?:(?P<limit>thời hạn(?: hoàn thành| thực hiện| mới| điều chỉnh)?|hạn mới|thời gian hoàn thành|thời gian thực hiện|"
                       r"thời (?:gian|hạn) (?:trình|gửi|nộp|ban hành|báo cáo)|"
                       r"hạn hoàn thành|hạn (?:nộp|gửi)(?:\s+[^\W\d_]+){0,4}?)|(?P<loose>thời gian|tiến độ(?: thực hiện| hoàn thành)?))\s*:\s*(?:\*\*)?", re.I)
# after a loose label ("Thời gian: Quý III/2026.", "Tiến độ: tháng 10/2026"): only a month, a
# quarter or a year (a day after "Thời gian:" is as often when a meeting is held)
_PERIOD_AFTER = quick_compile(r"(?i)\s*(?:trong\s+)?(?:tháng|quý|năm|6 tháng)")


# the patterns of _with_labelled_limits(), compiled once at import
_CLAUSE_BREAK = quick_compile(r"[.;\n]")
_TRONG_OR_NGAY_OPENING = quick_compile(r"(?i)^\s*(?:trong|ngày)\s+")


def _with_labelled_limits(text: str, found: list, notice_date, year_hint, floor=None) -> list:
    out = list(found)
    if ":" not in text:
        return out                      # (every label ends with its colon)
    for m in _LABEL.finditer(fold(text)):
        if any(d.start < m.end() + 40 and d.end > m.end() for d in found):
            continue                                   # the finder already has it
        rest = text[m.end():m.end() + 300]       # a label's date follows it closely
        if is_programme_span(_CLAUSE_BREAK.split(rest, maxsplit=1)[0]):
            continue                                   # "Thời gian thực hiện: Năm 2026 và các năm tiếp theo"
        period = _PERIOD_AFTER.match(rest) is not None
        if m.group("loose") and not period:
            continue
        cue = "hoàn thành " if period else "chậm nhất ngày "
        rest_cut = _TRONG_OR_NGAY_OPENING.sub("", rest)
        shift = len(rest) - len(rest_cut)
        probe = default_finder().find(cue + rest_cut, notice_date, year_hint=year_hint, floor=floor)
        if not probe or probe[0].start != 0:
            continue
        d = probe[0]
        end = m.end() + shift + d.end - len(cue)
        out.append(replace(d, text=text[m.start():end], start=m.start(), end=end))
    return sorted(out, key=lambda d: d.start)


default_finder()          # compile at import: a broken cue file fails loudly and early
