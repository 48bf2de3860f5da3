"""The master as plain read-only data for reports, exports and the Excel buttons.

``read_tasks(path, today)`` reads the workbook (with the edits staff made since the last
refresh, exactly as a refresh would take them) and gives one ``TrackedTask`` per task and one
``NoticeInfo`` per notice.  Nothing is written.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Optional

from . import layout as L


@dataclass(frozen=True)
class NoticeInfo:
    id: str
    number: str = ""
    issued: Optional[date] = None
    title: str = ""
    leader: str = ""
    meeting: Optional[date] = None
    source: str = ""


@dataclass(frozen=True)
class TrackedTask:
    """One task as the master holds it now (parser fields with staff corrections applied)."""
    id: str
    notice_id: str = ""
    notice_number: str = ""
    notice_issued: Optional[date] = None
    notice_title: str = ""
    notice_meeting: Optional[date] = None   # the meeting the notice concludes (tells drafts apart)
    section: str = ""
    text: str = ""
    lead: tuple = ()                     # lead agency labels as shown in ``Cơ quan chủ trì``
    support: tuple = ()
    targets: tuple = ()                  # agencies whose sheet shows the task (communes of a collective)
    deadline: Optional[date] = None
    deadline_text: str = ""
    deadline_typed: str = ""             # text a person typed in Thời hạn that is not a date
    original_deadline: Optional[date] = None  # the notice's deadline when a person changed it
    status: str = ""
    done_date: Optional[date] = None
    done_date_typed: str = ""            # text typed in Ngày hoàn thành that is not a date
    result: str = ""
    note: str = ""
    review: str = ""
    origin: str = ""                     # "" | layout.ORIGIN_VANISHED | layout.ORIGIN_MANUAL
    corrected: tuple = ()                # parser columns a person corrected
    manual: bool = False
    extra: dict = field(default_factory=dict)   # columns staff added: header -> value

    @property
    def extended(self) -> bool:
        """The deadline was moved later by a person (a deadline extension)."""
        return (self.original_deadline is not None and self.deadline is not None
                and self.deadline > self.original_deadline)

    @property
    def vanished(self) -> bool:
        return self.origin == L.ORIGIN_VANISHED


@dataclass
class MasterView:
    path: str
    today: date
    tasks: list                          # TrackedTask, display order
    notices: list                        # NoticeInfo, display order
    agencies: list                       # (sheet name, agency name) in display order
    due_soon: int = 7
    meta: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)     # sheet Cấu hình: setting -> value
    # how a name a person types is read (``refresh.name_resolver``: the Cơ quan sheet's names
    # and aliases, the directory's aliases, predecessors and typos) -> ``Resolution``
    resolve: Optional[Callable] = field(default=None, repr=False, compare=False)

    def notice(self, notice_id: str) -> Optional[NoticeInfo]:
        return next((n for n in self.notices if n.id == notice_id), None)


def _s(v) -> str:
    return "" if v is None else str(v)


def _names(v) -> tuple:
    return tuple(p.strip() for p in _s(v).replace("\n", ";").split(";") if p.strip())


def _date_or_text(v) -> tuple:
    d = L.as_date(v)
    if d is not None:
        return d, ""
    return None, _s(v).strip()


def tracked_task(rec: dict, targets: tuple = ()) -> TrackedTask:
    """A merged record (``merge.MergeResult.tasks``) as a ``TrackedTask``."""
    deadline, deadline_typed = _date_or_text(rec.get(L.C_DEADLINE))
    done, done_typed = _date_or_text(rec.get(L.C_DONE_DATE))
    corr = rec.get("_corr") or {}
    original = None
    if L.C_DEADLINE in corr:
        original = L.as_date((rec.get("_parser") or {}).get(L.C_DEADLINE))
    status = _s(rec.get(L.C_STATUS)).strip()
    return TrackedTask(
        id=_s(rec.get(L.C_ID)), notice_id=_s(rec.get(L.C_NOTICE_ID)),
        notice_number=_s(rec.get(L.C_NUMBER)), notice_issued=L.as_date(rec.get(L.C_ISSUED)),
        notice_title=_s(rec.get(L.C_TITLE)), section=_s(rec.get(L.C_SECTION)),
        text=_s(rec.get(L.C_TEXT)), lead=_names(rec.get(L.C_LEAD)),
        support=_names(rec.get(L.C_SUPPORT)), targets=tuple(targets),
        deadline=deadline, deadline_text=_s(rec.get(L.C_DEADLINE_TEXT)),
        deadline_typed=deadline_typed, original_deadline=original, status=status,
        done_date=done, done_date_typed=done_typed, result=_s(rec.get(L.C_RESULT)),
        note=_s(rec.get(L.C_NOTE)), review=_s(rec.get(L.C_REVIEW)), origin=_s(rec.get(L.C_ORIGIN)),
        corrected=tuple(sorted(corr)), manual=bool(rec.get("_manual")),
        extra=dict(rec.get("_extra") or {}))


def notice_info(n: dict) -> NoticeInfo:
    return NoticeInfo(id=_s(n.get(L.N_ID)), number=_s(n.get(L.N_NUMBER)),
                      issued=L.as_date(n.get(L.N_ISSUED)), title=_s(n.get(L.N_TITLE)),
                      leader=_s(n.get(L.N_LEADER)), meeting=L.as_date(n.get(L.N_MEETING)),
                      source=_s(n.get(L.N_SOURCE)))


def read_tasks(path, today: Optional[date] = None) -> MasterView:
    """Read the master workbook ``path`` as plain data (staff edits since the last refresh
    included, as a refresh would take them).  Changes nothing."""
    from .refresh import load_state
    path = Path(path)
    return view_of(load_state(path), path, today or date.today())


def view_of(st, path, today: date) -> MasterView:
    """The ``MasterView`` of a workbook already read (``refresh.load_state``)."""
    from .refresh import _parser_directory, name_resolver, plan
    p = plan(st, [], today, when=datetime.now().replace(microsecond=0))
    cache: dict = {}

    def directory():
        if "d" not in cache:
            cache["d"] = _parser_directory(st)
        return cache["d"]
    targets: dict = {}
    for _sheet, agency, recs in p.sheets:
        for r in recs:
            targets.setdefault(r[L.C_ID], []).append(agency)
    notices = [notice_info(n) for n in p.result.notices]
    meeting = {n.id: n.meeting for n in notices}
    tasks = [tracked_task(r, tuple(targets.get(r[L.C_ID], ()))) for r in p.result.tasks]
    tasks = [replace(t, notice_meeting=meeting.get(t.notice_id)) if meeting.get(t.notice_id) else t
             for t in tasks]
    return MasterView(path=str(path), today=today, tasks=tasks,
                      notices=notices,
                      agencies=[(s, a) for s, a, _ in p.sheets], due_soon=p.due_soon,
                      meta=dict(st.meta or {}),
                      settings={str(r[0]): r[1] for r in st.config[1:] if r and r[0] is not None},
                      resolve=name_resolver(p.agencies, directory))
