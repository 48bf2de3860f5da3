"""What the parser tests of each round read off a parsed text: (leads, deadline) per task."""
from __future__ import annotations

from tbkl_xl.parse import parse_notice

PRESS_OPENING = "Tin hoạt động\n\n"       # a press item's opening: no header, no issuer


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
