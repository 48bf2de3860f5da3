"""Plain-text rendering of parsed notices for the terminal (``tbkl-xl parse`` without --json)."""
from __future__ import annotations

import textwrap

from .model import Notice


def _cut(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def format_notice_table(n: Notice, width: int = 110) -> str:
    issued = n.issued.strftime("%d/%m/%Y") if n.issued else (n.issued_text or "?")
    meeting = n.meeting_date.strftime("%d/%m/%Y") if n.meeting_date else "?"
    lines = [
        f"{n.source}",
        f"  Số: {n.number or '(chưa có số)'}   Ngày: {issued}   Họp/kiểm tra: {meeting}   Mã: {n.id}",
        f"  {_cut(n.title, width - 2)}",
        f"  Chủ trì: {n.leader or '?'}   Ký: {n.signer or '?'}   Nhiệm vụ: {len(n.tasks)}",
    ]
    if n.tasks:
        lines.append(f"  {'Mục':<10} {'Chủ trì':<34} {'Thời hạn':<10} Nội dung")
    for t in n.tasks:
        lead = ", ".join(a.name for a in t.lead) or "(chưa rõ)"
        dl = t.deadline.date.strftime("%d/%m/%Y") if t.deadline and t.deadline.date else "-"
        flag = " [!]" if t.needs_review else ""
        lines.append(f"  {_cut(t.section or '-', 10):<10} {_cut(lead, 34):<34} {dl:<10} "
                     f"{_cut(t.text, max(20, width - 60))}{flag}")
    for w in n.warnings:
        lines.append(f"  ! {w}")
    return "\n".join(lines)
