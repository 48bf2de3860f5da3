"""Plain-text rendering of parsed notices for the terminal (``tbkl-xl parse`` without --json).
Its words are in the catalogue ``tbkl_xl.messages.cli`` (``TABLE_…``)."""
from __future__ import annotations

from .messages import cli as M
from .model import Notice


def _cut(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def format_notice_table(n: Notice, width: int = 110) -> str:
    issued = n.issued.strftime("%d/%m/%Y") if n.issued else (n.issued_text or M.TABLE_UNKNOWN)
    meeting = n.meeting_date.strftime("%d/%m/%Y") if n.meeting_date else M.TABLE_UNKNOWN
    lines = [
        f"{n.source}",
        f"  {M.TABLE_NUMBER}: {n.number or M.TABLE_NO_NUMBER}   {M.TABLE_ISSUED}: {issued}   "
        f"{M.TABLE_MEETING}: {meeting}   {M.TABLE_ID}: {n.id}",
        f"  {_cut(n.title, width - 2)}",
        f"  {M.TABLE_LEADER}: {n.leader or M.TABLE_UNKNOWN}   {M.TABLE_SIGNER}: {n.signer or M.TABLE_UNKNOWN}   "
        f"{M.TABLE_TASKS}: {len(n.tasks)}",
    ]
    if n.tasks:
        lines.append(f"  {M.TABLE_SECTION:<10} {M.TABLE_LEAD:<34} {M.TABLE_DEADLINE:<10} {M.TABLE_TEXT}")
    for t in n.tasks:
        lead = ", ".join(a.name for a in t.lead) or M.TABLE_NO_LEAD
        dl = t.deadline.date.strftime("%d/%m/%Y") if t.deadline and t.deadline.date else "-"
        flag = M.TABLE_REVIEW if t.needs_review else ""
        lines.append(f"  {_cut(t.section or '-', 10):<10} {_cut(lead, 34):<34} {dl:<10} "
                     f"{_cut(t.text, max(20, width - 60))}{flag}")
    for w in n.warnings:
        lines.append(M.TABLE_WARNING.format(message=w))
    return "\n".join(lines)
