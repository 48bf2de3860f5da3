"""Counts of tasks per agency and deadline class, overdue first (`tbkl-xl status`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Optional

from . import layout as L
from .highlight import DONE_LATE, DONE_ON_TIME, DUE_SOON, NO_DEADLINE, OPEN, OVERDUE, classify

LABELS = {OVERDUE: "Quá hạn", DUE_SOON: "Sắp đến hạn", OPEN: "Chưa đến hạn", NO_DEADLINE: "Không có hạn",
          DONE_ON_TIME: "Xong đúng hạn", DONE_LATE: "Xong trễ hạn"}
COLUMN_ORDER = (OVERDUE, DUE_SOON, OPEN, NO_DEADLINE, DONE_ON_TIME, DONE_LATE)
NO_AGENCY = "(chưa có cơ quan chủ trì)"


@dataclass
class StatusReport:
    workbook: str
    today: date
    due_soon: int
    rows: list = field(default_factory=list)       # (agency, {class: count}, total)
    total: dict = field(default_factory=dict)
    statuses: dict = field(default_factory=dict)   # Trạng thái value -> count
    vanished: int = 0

    def lines(self) -> list:
        from ..messages import cli as MC
        heads = [MC.STATUS_AGENCY] + [LABELS[c] for c in COLUMN_ORDER] + [MC.STATUS_TOTAL]
        body = [[a] + [str(c.get(k, 0)) for k in COLUMN_ORDER] + [str(t)] for a, c, t in self.rows]
        body.append([MC.STATUS_ALL] + [str(self.total.get(k, 0)) for k in COLUMN_ORDER]
                    + [str(sum(self.total.values()))])
        w = [max(len(r[i]) for r in [heads] + body) for i in range(len(heads))]
        fmt = lambda r: "  ".join([r[0].ljust(w[0])] + [v.rjust(w[i]) for i, v in enumerate(r[1:], 1)]).rstrip()
        out = [MC.STATUS_HEAD.format(workbook=self.workbook, total=sum(self.total.values()),
                                     today=self.today.strftime("%d/%m/%Y"), days=self.due_soon),
               fmt(heads)]
        out += [fmt(r) for r in body]
        st = ", ".join(MC.STATUS_STATE.format(state=k, n=v) for k, v in self.statuses.items())
        out.append(MC.STATUS_STATES.format(states=st) if st else MC.STATUS_NO_STATES)
        if self.vanished:
            out.append(MC.STATUS_VANISHED.format(n=self.vanished, mark=L.ORIGIN_VANISHED))
        return out


def status(workbook_path, today: Optional[date] = None, due_soon: Optional[int] = None) -> StatusReport:
    """Read the workbook (with the edits staff made since the last refresh) and count tasks per
    agency and deadline class; agencies with most overdue tasks first.  Changes nothing."""
    from .refresh import load_state, plan
    path = Path(workbook_path)
    today = today or date.today()
    st = load_state(path)
    p = plan(st, [], today, when=datetime.now().replace(microsecond=0), due_soon=due_soon)
    days = p.due_soon
    rep = StatusReport(workbook=str(path), today=today, due_soon=days)
    cls_of = {}
    for rec in p.result.tasks:
        cls_of[rec[L.C_ID]] = classify(rec.get(L.C_DEADLINE), rec.get(L.C_STATUS), rec.get(L.C_DONE_DATE),
                                       today, days)
        k = rec.get(L.C_STATUS) or "(trống)"
        rep.statuses[k] = rep.statuses.get(k, 0) + 1
        rep.total[cls_of[rec[L.C_ID]]] = rep.total.get(cls_of[rec[L.C_ID]], 0) + 1
        if rec.get(L.C_ORIGIN) == L.ORIGIN_VANISHED:
            rep.vanished += 1
    seen = set()
    rows = []
    for sheet, agency, recs in p.sheets:
        c = {}
        for rec in recs:
            c[cls_of[rec[L.C_ID]]] = c.get(cls_of[rec[L.C_ID]], 0) + 1
            seen.add(rec[L.C_ID])
        rows.append((agency, c, len(recs)))
    orphan = [r for r in p.result.tasks if r[L.C_ID] not in seen]
    if orphan:
        c = {}
        for rec in orphan:
            c[cls_of[rec[L.C_ID]]] = c.get(cls_of[rec[L.C_ID]], 0) + 1
        rows.append((NO_AGENCY, c, len(orphan)))
    rows.sort(key=lambda r: (-r[1].get(OVERDUE, 0), -r[1].get(DUE_SOON, 0), r[0]))
    rep.rows = rows
    order = list(L.STATUSES) + sorted(k for k in rep.statuses if k not in L.STATUSES)
    rep.statuses = {k: rep.statuses[k] for k in order if k in rep.statuses}
    return rep
