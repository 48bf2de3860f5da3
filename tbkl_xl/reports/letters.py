"""Reminder letters (*văn bản đôn đốc*): one Decree 30 công văn per agency with overdue tasks
(or due within N days).  ``letter_tasks`` is the pure core; ``write_letter`` the python-docx
adapter."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Optional

from ..messages import reports as M
from . import counting as C
from . import decree30 as D
from .files import Office
from .weekly_text import deadline_cell, notice_ref


@dataclass
class Letter:
    agency: str
    today: date
    reply_by: date
    overdue: list = field(default_factory=list)     # TrackedTask, oldest deadline first
    soon: list = field(default_factory=list)        # TrackedTask due within ``due_within`` days
    due_within: Optional[int] = None

    @property
    def tasks(self) -> list:
        return self.overdue + self.soon


def letter_tasks(tasks: Iterable, agencies: Iterable[str], today: date, reply_by: date,
                 due_within: Optional[int] = None) -> list:
    """One ``Letter`` per agency (in ``agencies`` order) with unfinished tasks past their
    deadline on ``today`` (and, with ``due_within``, those due in that many days)."""
    tasks = [t for t in tasks if not t.vanished]
    out = []
    for a in agencies:
        mine = [t for t in tasks if a in t.targets]
        overdue = sorted((t for t in mine if C.category(t, today) == C.OPEN_OVERDUE),
                         key=lambda t: (t.deadline, t.id))
        soon = []
        if due_within is not None:
            soon = sorted((t for t in mine if C.category(t, today) == C.OPEN_IN_TIME
                           and (t.deadline - today).days <= due_within), key=lambda t: (t.deadline, t.id))
        if overdue or soon:
            out.append(Letter(agency=a, today=today, reply_by=reply_by, overdue=overdue, soon=soon,
                              due_within=due_within))
    return out


def _short_date(d: Optional[date]) -> str:
    return f"{d.day}/{d.month}/{d.year}" if d else ""


def notice_citation(letter: Letter, notices: Optional[dict] = None) -> str:
    """``Thông báo số 87/TB-UBND ngày 16/5/2024 (2 nhiệm vụ), Thông báo số … của UBND tỉnh``.
    A notice without a number (a draft) is told apart by its meeting's day, else its title
    (``notices``: notice id -> ``NoticeInfo``), never cited as one more identical draft."""
    notices = notices or {}
    seen: dict = {}
    for t in letter.tasks:
        key = (t.notice_issued or date.max, t.notice_number, t.notice_id)
        seen[key] = seen.get(key, 0) + 1
    parts = []
    def order(item):
        (issued, number, nid), _n = item
        meeting = getattr(notices.get(nid), "meeting", None)
        return (issued if issued != date.max else (meeting or date.max), number, nid)
    for (issued, number, nid), n in sorted(seen.items(), key=order):
        when = M.CITE_ISSUED.format(day=_short_date(issued)) if issued != date.max else ""
        if number:
            what = M.CITE_NUMBER.format(number=number)
        else:
            info = notices.get(nid)
            meeting = getattr(info, "meeting", None)
            title = " ".join(str(getattr(info, "title", "") or "").split())
            if meeting is not None:
                what = M.CITE_DRAFT_MEETING.format(day=_short_date(meeting))
            elif title:
                what = M.CITE_DRAFT_TITLE.format(title=title)
            else:
                what = M.CITE_DRAFT
        parts.append(M.CITE_PART.format(what=what, when=when, n=n))
    return M.CITE_ALL.format(parts=", ".join(parts))


def write_letter(letter: Letter, office: Office, path: Path, notices: Optional[dict] = None) -> Path:
    doc = D.new_document(M.LETTER_SUBJECT)
    D.letterhead(doc, D.Letterhead(parent=office.parent, issuer=office.issuer, number=M.LETTER_NUMBER,
                                   place=office.place, day=letter.today, subject=M.LETTER_SUBJECT))
    D.addressee(doc, [letter.agency])
    D.para(doc, M.LETTER_OPENING.format(refs=notice_citation(letter, notices), agency=letter.agency))
    if letter.overdue:
        soon = (M.LETTER_SOON.format(n=len(letter.soon), days=letter.due_within) if letter.soon else "")
        D.para(doc, M.LETTER_COUNT.format(today=_short_date(letter.today), agency=letter.agency,
                                          overdue=len(letter.overdue), soon=soon))
    else:
        D.para(doc, M.LETTER_COUNT_SOON_ONLY.format(today=_short_date(letter.today), agency=letter.agency,
                                                    n=len(letter.soon), days=letter.due_within))
    D.para(doc, M.LETTER_REQUEST.format(agency=letter.agency, by=_short_date(letter.reply_by)))
    D.para(doc, M.LETTER_CLOSING.format(agency=letter.agency))
    rows = []
    for i, t in enumerate(letter.tasks, 1):
        days = C.days_overdue(t, letter.today)
        rows.append([i, t.text, notice_ref(t), deadline_cell(t),
                     days if days else M.DUE_IN.format(n=(t.deadline - letter.today).days)])
    D.closing(doc, M.LETTER_RECIPIENTS, M.SIGNER)
    D.para(doc, M.LETTER_TABLE_TITLE, bold=True, indent=False, align=D.WD_ALIGN_PARAGRAPH.CENTER,
           keep_next=True)
    D.para(doc, M.LETTER_TABLE_SUBTITLE.format(number=M.LETTER_NUMBER.replace("Số:", "số").strip(),
                                               today=_short_date(letter.today)),
           italic=True, indent=False, align=D.WD_ALIGN_PARAGRAPH.CENTER, keep_next=True)
    D.table(doc, ["TT", M.COL_TEXT, M.COL_NOTICE, M.COL_DEADLINE, M.COL_LETTER_DAYS], rows,
            [1.0, 8.4, 3.0, 2.4, 1.7], align=["c", "j", "c", "c", "c"])
    doc.save(str(path))
    return path
