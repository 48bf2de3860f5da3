"""What the parser tests of each round read off a parsed text: (leads, deadline) per task."""
from __future__ import annotations

from datetime import date

from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.agencies import default_directory
from tbkl_xl.parse.deadlines import find_deadlines

PRESS_OPENING = "Tin hoạt động\n\n"       # a press item's opening: no header, no issuer
# a province's letter to departments and communes, a meeting's conclusion notice and a signature (the
# rounds' tests from the thirty-first on write their bodies under these)
NB_LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 915/UBND-KT\nV/v thực hiện các nhiệm vụ\n"
             "Ninh Bình, ngày 14 tháng 4 năm 2027\n"
             "Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n- Sở Y tế;\n- UBND các xã: Gia Viễn, Nho Quan.\n")
NB_NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 88/TB-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
             "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về xây dựng trường học\n"
             "Ngày 10/4/2027, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Chủ tịch "
             "UBND tỉnh kết luận như sau:\n")
NB_SIGNED = ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Văn Hùng\n")


def leads_and_dates(text: str, opening: str = "") -> list:
    """``[([lead names], "YYYY-MM-DD" or None), …]``, one per task of ``opening + text``."""
    n = parse_notice(opening + text)
    return [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
            for t in n.tasks]


def has(found: list, lead: str, date) -> bool:
    """A task of ``lead`` with deadline ``date`` (None: none) among ``found``."""
    return any(lead in leads and d == date for leads, d in found)


def leads_by_date(text: str) -> dict:
    """``{"YYYY-MM-DD" or None: {lead names}}``: every task's leads, gathered by deadline."""
    out: dict = {}
    for leads, d in leads_and_dates(text):
        out.setdefault(d, set()).update(leads)
    return out


# --- what the rounds' tests from the forty-fourth on read off a parse, on the bodies above ----------------------------

ISSUED = date(2027, 4, 14)      # the day of NB_LETTER and NB_NOTICE


def letter(body: str) -> str:
    """The province's letter to departments and communes with ``body``."""
    return NB_LETTER + "\n" + body + "\n\n" + NB_SIGNED


def notice(body: str) -> str:
    """The province's conclusion notice with ``body``."""
    return NB_NOTICE + body + "\n\n" + NB_SIGNED


def names(text: str) -> list:
    """The names of the bodies the directory and the grammar read in ``text``, in order."""
    return [m.agency.name for m in default_directory().find_mentions(text)]


def tasks(text: str) -> list:
    """(leads, date or None, text) of each task."""
    return [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None, t.text)
            for t in parse_notice(text).tasks]


def dated(text: str) -> set:
    """{(lead, date)} of the dated tasks."""
    return {(a, d) for leads, d, _t in tasks(text) if d for a in leads}


def dates(text: str) -> list:
    """The days of the deadlines ``text`` gives, read on ISSUED."""
    return [d.date.isoformat() for d in find_deadlines(text, ISSUED) if d.date]


def leads_on(text: str, day: str) -> set:
    """The leads of the tasks ``text`` dates ``day``."""
    return {a for a, d in dated(text) if d == day}


def plan_row(plan: str, task: str, lead: str, when: str) -> set:
    """{(lead, date)} of ``plan`` (a plan's opening up to its task table's rule) with one row: ``task``, its lead,
    'Sở Tài chính' as the co-operating body and ``when`` in the time cell."""
    return dated(plan + f"| 1 | {task} | {lead} | Sở Tài chính | {when} |\n\n" + NB_SIGNED)
