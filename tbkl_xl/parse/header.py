"""Notice metadata: number, place and date, type, title, leader, meeting date, signer, recipients.

Works on the cleaned paragraphs.  The two-column header that converters flatten onto one line
("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …", "Số: 12/TB-UBND Lạng Sơn, ngày …") or into ``|`` table
rows is read by searching, not by position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from ..text import fold

_NUMBER = re.compile(r"Số\s*:\s*([0-9]*)\s*/\s*([A-ZĐ][A-ZĐ0-9\-]*(?:-[A-ZĐ0-9]+)*)")
_PLACE_DATE = re.compile(
    r"(?P<place>[A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*){0,3})\s*,\s*ngày\s*(?P<d>\d{1,2})?\s*"
    r"tháng\s*(?P<m>\d{1,2})\s*năm\s*(?P<y>\d{4})")
_DOC_TYPES = ("THÔNG BÁO", "KẾT LUẬN", "BÁO CÁO", "CÔNG VĂN")
_DATE_NUM = r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})"
_DATE_WORDS = r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
_MEETING = re.compile(r"(?:^|[;.]\s+)(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Vv]ào)\s+)?"
                      r"(?:(?:[Hh]ồi|[Ll]úc)\s+\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?\s*)?"
                      r"(?:(?:sáng|chiều|tối|trưa)\s+)?[Nn]gày\s+(?:"
                      + _DATE_NUM + "|" + _DATE_WORDS + r")\s*,")
_MEETING_NO_YEAR = re.compile(r"^(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Vv]ào)\s+)?[Nn]gày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*,")
# any "ngày <date>" that is not the date of a cited document ("Quyết định số … ngày …")
_ANY_DAY = re.compile(r"(?:(?<=\s)|^)(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s+(?:(\d{1,2})\s*(?:-|–|và|,)\s*)?(?:"
                      + _DATE_NUM + "|" + _DATE_WORDS + r")", re.I)
_CITED = re.compile(r"(?:số\s+\S+|của\s+\S+)\s*,?\s*$|/[A-ZĐ][\w-]*\s*,?\s*$")
_TITLE_MEETING = re.compile(r"ngày\s+(?:" + _DATE_NUM + "|" + _DATE_WORDS + r")")
_SIGN_ROLE = re.compile(r"^(TL\.|KT\.|TM\.|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|"
                        r"GIÁM ĐỐC|PHÓ GIÁM ĐỐC)")
_PERSON = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4}$")
_LEADER_IN_TITLE = re.compile(
    r"(?:Kết luận|Ý kiến chỉ đạo|Ý kiến kết luận)\s+của\s+(?:đồng chí\s+)?(?P<who>.+?)\s+(?:tại|về|khi|trong)\s",
    re.S)
_CHAIR = re.compile(r"[đĐ]ồng chí\s+(?P<name>[A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*){1,4}),\s*"
                    r"(?P<role>(?:Phó\s+)?Chủ tịch[^,;.]*?)(?:\s*,\s*(?:Trưởng|Phó Trưởng|Chủ tịch|Bí thư)[^,;.]{0,60}?)?"
                    r"\s*,?\s*(?:(?:đã|đồng thời)\s+)?chủ trì")


def _mk_date(d, m, y) -> Optional[date]:
    try:
        return date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


@dataclass
class Header:
    number: str = ""
    doc_type: str = ""
    place: str = ""
    issued: Optional[date] = None
    issued_text: str = ""
    issued_month: Optional[tuple[int, int]] = None
    title: str = ""
    leader: str = ""
    meeting_date: Optional[date] = None
    signer: str = ""
    recipients: list[str] = field(default_factory=list)
    body_start: int = 0          # index of the first paragraph after the title
    body_end: int = 0            # index of "Nơi nhận" (or len)


def read_header(paragraphs: list[str]) -> Header:
    h = Header()
    head_zone = paragraphs[:12]
    for p in head_zone:
        for cell in p.split("|"):
            if not h.number:
                m = _NUMBER.search(cell)
                if m:
                    h.number = f"{m.group(1)}/{m.group(2)}" if m.group(1) else ""
                    if not m.group(1):
                        h.number = ""
            m = _PLACE_DATE.search(cell)
            if m and not h.issued_text:
                h.place = m.group("place").strip()
                h.issued_text = m.group(0)[m.group(0).index("ngày"):].strip()
                y, mo = int(m.group("y")), int(m.group("m"))
                h.issued_month = (y, mo)
                if m.group("d"):
                    h.issued = _mk_date(m.group("d"), mo, y)
    # document type and title: the paragraph after the type line
    type_idx = None
    for i, p in enumerate(paragraphs[:15]):
        if p.strip().upper() in _DOC_TYPES or p.strip() in _DOC_TYPES:
            type_idx = i
            h.doc_type = p.strip().upper()
            break
    if type_idx is not None:
        title_parts = []
        j = type_idx + 1
        while j < len(paragraphs) and len(title_parts) < 3:
            p = paragraphs[j]
            if _MEETING.search(p) or p.startswith(("Ngày ", "Thực hiện ", "Sau khi ", "Căn cứ ")):
                break
            title_parts.append(p)
            j += 1
            if not p.rstrip().endswith(("tại", "về", "của", ",")):
                break
        h.title = " ".join(title_parts).strip()
        h.body_start = j
    else:
        for i, p in enumerate(paragraphs[:15]):
            if p.startswith(("Kết luận", "Ý kiến chỉ đạo", "Ý kiến kết luận")):
                h.title = p
                h.body_start = i + 1
                break
    # meeting date: "Ngày 22/4/2026, đồng chí …" in the first body paragraphs, else the title
    for p in paragraphs[h.body_start:h.body_start + 4]:
        m = _MEETING.search(p)
        if m:
            g = [x for x in m.groups() if x is not None]
            h.meeting_date = _mk_date(*g[:3])
            break
    if h.meeting_date is None:
        # "Chiều ngày 20-21/4/2026 …", "… số 28/CTr-UBND ngày 27/3/2025 …; ngày 21/4/2025, …":
        # the first day named that is not the date of a cited document
        for p in paragraphs[h.body_start:h.body_start + 2]:
            for m in _ANY_DAY.finditer(p):
                if _CITED.search(p[max(0, m.start() - 40):m.start()]):
                    continue
                if re.search(r"(?<!\w)(?:đến|từ|trước|sau|hết|hạn|nhất|tới)\s*$", p[max(0, m.start() - 12):m.start()], re.I):
                    continue            # "(tính đến ngày 09/6/2026, …)": a cut-off date, not the meeting
                first, *rest = m.groups()
                g = [x for x in rest if x is not None]
                d = _mk_date(first or g[0], g[1], g[2])
                if d:
                    h.meeting_date = d
                    break
            if h.meeting_date:
                break
    if h.meeting_date is None and h.issued_month:
        # "Ngày 03/11, đồng chí … chủ trì": the year is the notice's (the one before if later)
        for p in paragraphs[h.body_start:h.body_start + 2]:
            m = _MEETING_NO_YEAR.search(p)
            if m:
                y, mo = h.issued_month
                d = _mk_date(m.group(1), m.group(2), y)
                if d and (d.month, d.day) > ((h.issued.month, h.issued.day) if h.issued else (mo, 31)):
                    d = _mk_date(m.group(1), m.group(2), y - 1)
                h.meeting_date = d
                break
    if h.meeting_date is None and h.title:
        m = _TITLE_MEETING.search(h.title)
        if m:
            g = [x for x in m.groups() if x is not None]
            h.meeting_date = _mk_date(*g[:3])
    # presiding leader
    m = _LEADER_IN_TITLE.search(h.title)
    if m:
        who = m.group("who").strip().rstrip(",")
        h.leader = who
    for p in paragraphs[h.body_start:h.body_start + 3]:
        mc = _CHAIR.search(p)
        if mc and (not h.leader or "," not in h.leader):
            h.leader = f"{mc.group('name')}, {mc.group('role').strip()}"
            break
    if h.leader and "," not in h.leader:
        # "Kết luận của Chủ tịch UBND tỉnh": look for the name in the meeting paragraph
        for p in paragraphs[h.body_start:h.body_start + 3]:
            mm = re.search(r"đồng chí\s+([A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*){1,4}),\s*" + re.escape(h.leader), p)
            if mm:
                h.leader = f"{mm.group(1)}, {h.leader}"
                break
    # recipients and signer
    h.body_end = len(paragraphs)
    for i, p in enumerate(paragraphs):
        if i > h.body_start and fold(p).startswith("nơi nhận"):
            h.body_end = i
            break
    tail = paragraphs[h.body_end:]
    if any(" | " in p for p in tail):
        # "Nơi nhận" beside the signature (a two-column table, or columns set by tabs): the left
        # column, then the right one
        cols = [p.split(" | ", 1) for p in tail]
        tail = [c[0].strip() for c in cols if c[0].strip()] + [c[1].strip() for c in cols if len(c) > 1 and c[1].strip()]
    rest = re.sub(r"^nơi nhận\s*:?\s*", "", tail[0], flags=re.I) if tail else ""
    items = ([rest] if rest else []) + tail[1:]
    for p in items:
        if _SIGN_ROLE.match(p) or _PERSON.match(p.strip()):
            break
        for part in re.split(r"\s*(?:^|;)\s*-\s*", p):
            part = part.strip(" -;.")
            if part and not part.lower().startswith("lưu"):
                h.recipients.append(part)
    for p in reversed(tail):
        s = p.strip()
        if _PERSON.match(s) and not s.isupper():
            h.signer = s
            break
    return h
