"""Parse notices: file -> text -> sections -> tasks.

``parse_notice(path_or_text, today=None) -> Notice`` for one notice;
``parse_paths(paths, today=None) -> ParseBatch`` for files and folders, where a bad file is
reported by name and skipped, never crashing the batch.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Iterable, Optional, Union

from ..errors import TbklError
from ..model import COLLECTIVE, DL_RECURRING, EXTERNAL, Agency, Notice, RawDocument, Task
from ..read.limits import DEFAULT_LIMITS, Limits
from ..text import fold, norm_key
from ..messages import parse as M
from .clean import clean_document, restore_glued_commas
from .corrections import apply_corrections
from .context import NoticeContext
from .header import read_header
from .tables import table_cells, table_columns
from .tasks import bodies_given_the_lead, bodies_named_in_the_appendix, extract
from .quick import quick_compile
from .cues import directive_cues, words_alternation

NOTICE_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".doc")

__all__ = ["parse_notice", "parse_paths", "parse_document", "ParseBatch", "notice_to_json",
           "NOTICE_SUFFIXES", "Limits"]

_CONCLUDES = quick_compile(r"kết luận\s*(?:như sau)?\s*:\s*$|thống nhất kết luận như sau|kết luận như sau",
                           re.I)


@dataclass
class ParseBatch:
    notices: list[Notice] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


def _short_hash(*parts: str, n: int = 8) -> str:
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:n]


def _notice_id(title: str, meeting: Optional[date], body: list[str], province: Optional[str] = None) -> str:
    """Stable across re-parses and across draft -> signed version (number/day filled in).
    ``province``: the province whose name a key drops ("… tỉnh Lạng Sơn"; default: the configured one)."""
    basis = norm_key(title, province) if title else norm_key(" ".join(body[:3]), province)[:400]
    return "TB" + _short_hash(basis, meeting.isoformat() if meeting else "")


# the words of a task's fingerprint: its runs of letters (digits, punctuation and spaces left out)
_LETTERS = quick_compile(r"[^\W\d_]+")


def _fingerprint(text: str, province: Optional[str] = None) -> str:
    """Task text without digits and punctuation: dates and numbers do not enter task ids (its
    first 40 words, read from the text's head when that holds well over 40 of them)."""
    if len(text) > 1200:
        words = _LETTERS.findall(norm_key(text[:1200], province))
        if len(words) >= 45:
            return " ".join(words[:40])
    return " ".join(_LETTERS.findall(norm_key(text, province))[:40])


# "Ban Quản lý dự án đầu tư xây dựng tỉnh (sau đây gọi tắt là BQLDA)": a short name for this notice
_DEFINED_SHORT = quick_compile(r"\(\s*(?:sau đây\s+)?(?:gọi|viết)\s+(?:tắt\s+)?(?:là\s+)?[:“\"]?\s*"
                               r"(?P<abbr>[^()“”\";,]{2,40}?)\s*[”\"]?\s*\)", re.I)


def _with_local_abbreviations(paragraphs: list, directory, on, addressees: tuple = (), parties: Optional[dict] = None,
                              bold_labels: tuple = ()):
    """The directory with the short names a notice defines for itself ("X (sau đây gọi tắt là
    BQLDA)") and the teams it sets up ("Thành lập Tổ công tác …"), for this notice only; a short
    name that already names another body is ignored.  ``bold_labels``: the bold labels of items as
    the source wrote them (``_bold_labels``; cleaning drops the marks)."""
    from bisect import bisect_right
    from .bodies import body_grammar
    g = body_grammar()
    short: dict[str, tuple[str, dict]] = {}        # name -> (kind, aliases)
    for p in paragraphs:
        if "tắt" not in p and "gọi là" not in p:
            continue                    # ("(sau đây gọi tắt là BQLDA)", "(sau đây gọi là Công ty)")
        found = None
        for m in _DEFINED_SHORT.finditer(p):
            if found is None:
                found = directory.find_mentions(p, on)
            k = bisect_right(found, m.start(), key=lambda x: x.end)   # mentions ending before it
            if k and m.start() - found[k - 1].end <= 2:
                a = found[k - 1].agency
                abbr = m.group("abbr").strip()
                if g.head_re.match(abbr) and (a.kind == COLLECTIVE or a.members) \
                        and fold(abbr).split()[0] != fold(a.name).split()[0]:
                    continue            # "… tại các huyện A, B (sau đây gọi tắt là Đoàn kiểm tra)": the
                                        # team's short name, not the districts'
                if "tắt" not in m.group(0).lower() and fold(abbr).split()[0] != fold(a.name).split()[0]:
                    continue            # "(sau đây gọi là Công ty)" after the firm's name: its head; not
                                        # "… đoạn Chợ Đồn - Nam Cường (sau đây gọi là Tổ công tác)"
                short.setdefault(a.name, (a.kind, {}))[1][abbr] = None
    for label, a in (_parties(paragraphs, directory, on) if parties is None else parties).items():
        short.setdefault(a.name, (a.kind, {}))[1][label] = None
    rows = [{"name": name, "aliases": list(aliases), "kind": kind} for name, (kind, aliases) in short.items()]
    rows += [{"name": team, "aliases": [], "kind": "external"} for team in _teams(paragraphs)
             if team not in short and not directory.find_mentions(team, on)]
    rows += [{"name": name, "aliases": [], "kind": "external"} for name in _addressed_by_role(addressees, directory, on)]
    rows += [{"name": name, "aliases": [], "kind": "external"}
             for name in _addressed_by_name(tuple(addressees) + _attendees_as_written(paragraphs[:3]), directory, on)]
    known = {r["name"] for r in rows}
    rows += [{"name": name, "aliases": [], "kind": "external"} for name in _named_whole(paragraphs, directory, on, bold_labels)
             if name not in known]
    return directory.with_extra(rows) if rows else directory


# a heading that is a body's name and nothing else: "**1. Phòng Giám sát, kiểm tra và xử lý sau thanh tra**",
# "2. Đội Hướng dẫn, kiểm tra an toàn PCCC:"; or its bold label before the task on its line
# ("**2. Cơ sở điều trị Methadone** liên hệ …")
_NAME_HEADING = quick_compile(r"\s*(?P<b>\*\*)?\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+(?(b)|(?:\*\*)?)\s*"
                              r"(?P<name>[^*:;.()\n]{6,120}?)\s*(?:\([^()\n]{1,80}\)\s*(?=:))?:?\s*(?:\*\*\s*:?\s*(?P<after>\S.*)?|$)")
# (a heading over dashes may name the person in brackets: "1. Nhân viên y tế trường học (đồng chí Hoàng Thị Mai):")
# a team named by its work in lower case, maybe numbered ("Tổ xác minh", "Tổ thu gom số 1", "Đội kiểm đếm số 2"; never
# "Tổ chức …", "Tổ quốc", "Đội ngũ …") …
_TEAM_BY_ITS_WORK = r"(?:Tổ(?![ \t]+(?:chức|quốc)(?!\w))|Đội(?![ \t]+ngũ(?!\w))|Nhóm)[ \t]+[a-zà-ỹđ]+(?:[ \t]+[a-zà-ỹđ]+){0,3}"
_A_TEAM_BY_ITS_WORK = quick_compile(_TEAM_BY_ITS_WORK + r"(?:[ \t]+số[ \t]+\d{1,2})?")
# … numbered, anywhere in the text
_A_NUMBERED_TEAM = quick_compile(r"(?<![\w-])" + _TEAM_BY_ITS_WORK + r"[ \t]+số[ \t]+\d{1,2}(?![\d/.,]\d)")
# an item opening with an office holder named by the role before the task's verb: "2. Giáo viên chủ nhiệm các lớp phối
# hợp với …" (folded)
_ROLE_ITEM = quick_compile(r"\s*(?:\d{1,2}|[a-zđ])[.)]\s+")
# a bold label opening an item before its task, in the source: "**2. Giáo viên chủ nhiệm khối 12** thu đơn …"
_BOLD_ITEM_LABEL = quick_compile(r"(?m)^[ \t>*-]*\*\*[ \t]*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)][ \t]+(?P<name>[^*:;.()\n]{3,100}?)[ \t]*:?[ \t]*\*\*"
                                 r"(?=[ \t]*:?[ \t]*[a-zđà-ỹ])")
# the number of an item in a row of its own ("| 1. | Trạm Y tế xã: |")
_ITEM_NUMBER_CELL = quick_compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]?\s*")
# … and a body named in brackets as the way to it: "(qua Đội Hướng dẫn, kiểm tra an toàn PCCC)"
_THROUGH_A_BODY = quick_compile(r"\(\s*qua\s+(?P<name>[^()\n;:.]{6,120}?)\s*\)")
# a day and month: no name holds one
_A_DAY_MONTH = quick_compile(r"\d{1,2}/\d{1,2}")


def _bold_labels(raw_text: str) -> tuple:
    """The bold labels that open items in the source, before the item's task ("**2. Giáo viên chủ nhiệm khối 12** thu
    đơn …", "**6. Đoàn trường** duy trì …"): the words in bold without the item's number, as written."""
    if "**" not in raw_text:
        return ()
    return tuple(m.group("name") for m in _BOLD_ITEM_LABEL.finditer(raw_text))


def _named_whole(paragraphs: list, directory, on, bold_labels: tuple = ()) -> list:
    """Bodies a notice names whole where nothing but the name stands, whose name the grammar would end at
    a comma or a word of work read as a verb: a heading that is only a name with a comma in it ("1. Phòng Giám
    sát, kiểm tra và xử lý sau thanh tra"), a bold heading before its task ("**2. Cơ sở điều trị Methadone**
    liên hệ …"), a body in brackets after "qua" ("(qua Đội Hướng dẫn, kiểm tra an toàn PCCC)"), a task
    table's lead cell ("| Phòng Quản lý xây dựng và Vật liệu xây dựng |").  Also, where such a place holds it, an office holder of the
    paper's own body named by the role ("Phó Hiệu trưởng phụ trách chuyên môn", `role_titles`) and a head alone ("Đoàn
    trường").  ``bold_labels``: the source's bold labels (``_bold_labels``).  Names of this notice, so that where
    the text names them again before a verb they are read whole."""
    from .bodies import body_grammar
    g = body_grammar()
    out: list = []

    def consider(name: str, bold: bool, alone: bool = False) -> None:
        name = " ".join(name.split()).strip(" ,")
        if name in out or _A_DAY_MONTH.search(name):
            return
        if (bold or alone) and name[:1].isupper() and len(name) <= 80 and g.role_title_re.match(fold(name)) \
                and not directory.find_mentions(name, on):
            out.append(name)            # "Phó Hiệu trưởng phụ trách chuyên môn", "Giáo viên chủ nhiệm khối 12": an office
            return                      # holder of the paper's own body, named by the role
        if (bold or alone) and (title := g.office_title_re.match(fold(name))) is not None \
                and [m.start for m in directory.find_mentions(name, on)] == [title.end()]:
            out.append(name)            # "| Chỉ huy phó Ban CHQS xã |": the office holder of the body after the title
            return
        if (bold or alone) and _A_TEAM_BY_ITS_WORK.fullmatch(name) and not directory.find_mentions(name, on):
            out.append(name)            # "1. Tổ xác minh:" over its dashes: a team of the paper's own, named by its work
            return
        if not g.head_re.match(name):
            return
        found = directory.find_mentions(name, on)
        if not found and bold and g.head_re.fullmatch(name):
            out.append(name)            # "**6. Đoàn trường**": a head alone, the paper's own body of that kind
            return
        if found and found[0].start == 0 and found[0].end >= len(name) and bold and found[0].agency.kind == EXTERNAL \
                and _AND_AFTER_A_COMMA.search(name):
            out.append(name)            # "| Phòng Lao động, Tiền lương và Bảo hiểm xã hội |": read whole where it stands
            return                      # alone, not before a verb ("… và Bảo hiểm xã hội| là đầu mối …")
        if not found or found[0].start != 0 or found[0].end >= len(name):
            return                      # the directory or the grammar reads it whole (or not as a body)
        rest = name[found[0].end:]
        if len(found) > 1 or ";" in rest:
            return                      # a list of bodies, not one name
        if not bold and not rest.startswith(","):
            return                      # "1. Sở Y tế chủ trì": a heading that is a task
        if rest.startswith(",") and not rest[1:].lstrip()[:1].islower() and (
                found[0].agency.kind != EXTERNAL or g.head_re.match(rest[1:].lstrip())):
            return                      # "Sở A, Sở B", "Sở Tài chính, Xây dựng" (not "Phòng Báo chí, Xuất bản")
        if rest.startswith(",") and fold(rest[1:].lstrip()).startswith(("các ", "những ")):
            return                      # "Trường Phổ thông Dân tộc nội trú tỉnh, các trường trung học phổ thông trực thuộc
                                        # Sở": a body and a group, not one name
        out.append(name)

    for label in bold_labels:
        consider(label, True)
    for p in paragraphs:
        if "số" in p:
            for t in _A_NUMBERED_TEAM.finditer(p):
                if not directory.find_mentions(t.group(0), on):
                    consider(t.group(0), True)  # "Tổ thu gom số 2 thu gom rác …", "Tổ kiểm đếm số 1, Tổ kiểm đếm số 2":
                                                # teams named by their work, their number closing the name
    lead_col = None
    for p in paragraphs:
        if p.lstrip().startswith("|"):
            cells = table_cells(p)
            cols = table_columns(cells) if cells else None
            if cols is not None:
                lead_col = cols.get("lead")
            elif lead_col is not None and lead_col < len(cells) and "(" not in cells[lead_col]:
                consider(cells[lead_col].replace("*", ""), True)     # a row's lead cell: a name and nothing else
            elif cells and len(cells) == 2 and _ITEM_NUMBER_CELL.fullmatch(cells[0]) and cells[1].rstrip(" *").endswith(":"):
                consider(cells[1].replace("*", "").rstrip(" :"), True)   # "| 1. | Phó Hiệu trưởng phụ trách chuyên môn: |"
            continue
        lead_col = None
        if len(p) <= 400:
            h = _NAME_HEADING.match(p)
            if h is not None and (h.group("b") or h.group("after") is None):
                consider(h.group("name"), bool(h.group("b")), h.group("after") is None)     # (bold: a name before its
                                                                                            # task; or a whole heading)
            elif h is None and (r := _ROLE_ITEM.match(p)) is not None and g.role_title_re.match(fp := fold(p), r.end()):
                role = _role_before_its_verb(p, fp, r.end(), g)
                if role and (_whole_title(role, p, p.index(role, r.end()), g) or not any(
                        g.head_re.match(role, w.start()) or role[w.start()].isupper() for w in _WORD_AT.finditer(role) if w.start())):
                    # (a role in lower-case words only, not the head of a body named in it: "Tổ trưởng các Tổ tiết
                    # kiệm và vay vốn"; or a role's whole title: "Tổng phụ trách Đội")
                    consider(role, False, True)
        if "qua" in p and "(" in p:
            for b in _THROUGH_A_BODY.finditer(p):
                consider(b.group("name"), False)
    return out


def _whole_title(role: str, p: str, at: int, g) -> bool:
    """``role`` (at ``at`` in ``p``) is a role's whole title with a capital in it ("Tổng phụ trách Đội| phối hợp …"), its verb
    next; not a head of a team that runs on past it ("Trưởng Đoàn kiểm tra| báo cáo …": the team's head)."""
    if not g.role_title_re.fullmatch(fold(role)) or not p[at + len(role):].lstrip()[:1].islower():
        return False
    return not any(" ".join(fold(p[at + w.start():at + w.start() + 40]).split()).startswith(g.team_key_prefixes)
                   for w in _WORD_AT.finditer(role) if w.start() and role[w.start()].isupper())


def _role_before_its_verb(p: str, f: str, start: int, g) -> str:
    """The words of a role at ``start`` up to the first verb or stop word after it ("Giáo viên chủ nhiệm các
    lớp| phối hợp với …"), at most eight words and no punctuation; "" when none follows."""
    for m in _WORD_AT.finditer(p, start):
        if m.start() > start and g.stop_re.match(f, m.start()):
            return p[start:m.start()].strip()
        if p[m.end():m.end() + 1] in ",;:.(" or len(p[start:m.end()].split()) > 8:
            return ""
    return ""


_WORD_AT = quick_compile(r"[^\W\d_]+")
# a name's fields listed with a comma, the last after "và" ("Phòng Lao động, Tiền lương và Bảo hiểm xã hội")
_AND_AFTER_A_COMMA = quick_compile(r",[^,;()]*\svà\s")


def _attendees_as_written(paragraphs: list) -> tuple:
    """The items of a meeting's attendance sentence, between its semicolons ("Tham dự có …; Công ty TNHH MTV
    Chiếu sáng và Thiết bị đô thị; UBND các phường: …"): whole names of this notice, as a letter's addressees are."""
    from .context import _ATTENDED_BY, _SENTENCE_END
    for p in paragraphs:
        m = _ATTENDED_BY.search(fold(p))
        if m is not None and ";" in p:
            end = _SENTENCE_END.search(p, m.end())
            return tuple(p[m.end():end.start() if end else len(p)].split(";"))
    return ()


def _parties(paragraphs: list, directory, on) -> dict:
    """The parties of minutes defined by their bodies, {role as written, capitalised: body}: "BÊN NHẬN:
    Công ty Cổ phần X (nhà thầu thi công): Ông …", then "1. Bên nhận: - Quản lý …"; "2. Chủ đầu tư
    (Ban Quản lý dự án …): Ông …", the role before the body in brackets.  In this notice the role's
    words name that body."""
    out: dict = {}
    for p in paragraphs:
        if not _A_PARTY_ROLE.search(p):
            continue
        for party in _PARTY_DEFINED.finditer(p):
            found = []
            # (the bracket may be the role's other name, the body after the colon: "Bên giao (Bên A): UBND xã …")
            for at in ([party.start("body")] if party.group("body") is not None else []) + [party.end()]:
                found = [m for m in directory.find_mentions(p[at:at + 300], on) if m.agency.kind != COLLECTIVE]
                if found and found[0].start <= 2:
                    break
            if found and found[0].start <= 2:
                label = " ".join(party.group("party").split())
                other = party.group("body")
                if other is not None and _A_PARTY_ROLE_ALONE.fullmatch(other.strip()):
                    out.setdefault(other.strip()[:1].upper() + other.strip()[1:].lower(), found[0].agency)
                label = label[:1].upper() + label[1:].lower()
                a = found[0].agency
                person = _PERSON_AFTER_NAME.search(a.name)
                if person is not None:          # "Trường Mầm non X - Bà Lê Thị Y": the school, not its head
                    a = replace(a, name=a.name[:person.start()], written=a.name[:person.start()])
                if fold(label).startswith("liên danh") and party.group("body") is None:
                    # "Liên danh nhà thầu Công ty A - Công ty B: …": the joint venture, named as written
                    a = replace(a, name=f"{label} {found[0].written}", written=f"{label} {found[0].written}",
                                canonical="", code="", members=())
                out.setdefault(label, a)
        for party in _PARTY_AFTER_BODY.finditer(p):
            # "- Bệnh viện đa khoa khu vực Phúc Yên (đơn vị quản lý, sử dụng): Bà …"
            lo = max(0, party.start() - 200)
            found = [m for m in directory.find_mentions(p[lo:party.start()], on)
                     if m.agency.kind != COLLECTIVE and lo + m.end >= party.start() - 1]
            if found:
                label = " ".join(party.group("party").split())
                out.setdefault(label[:1].upper() + label[1:].lower(), found[-1].agency)
    return out


def _sides_of_minutes(paragraphs: list, directory, on, parties: dict) -> dict:
    """Minutes of a meeting between bodies, each a numbered item of its "THÀNH PHẦN" ("1. Văn phòng Đăng ký đất
    đai tỉnh: Ông …", "2. UBND phường Đông Kinh: Bà …"): the sides the text then names together, {"Hai bên": the
    two, "Các bên": all of them} (as a group of its members); {} when fewer than two bodies are named so, or the
    minutes define parties of their own ("Bên giao", "Bên nhận")."""
    if parties:
        return {}
    sides: list = []
    inside = False
    for p in paragraphs:
        line = p.strip(" |*")
        if _ATTENDANCE_HEADING.match(line):
            inside = True
            continue
        if not inside:
            continue
        item = _SIDE_ITEM.match(line)
        if item is None:
            if sides and _A_PART_HEADING.match(line):
                break                           # "II. NỘI DUNG LÀM VIỆC": the sides are all named
            continue
        found = directory.find_mentions(item.group("body"), on)
        if len(found) == 1 and found[0].start == 0 and found[0].agency.kind != COLLECTIVE \
                and found[0].end >= len(item.group("body").rstrip(" *")) - 1 and found[0].agency.name not in sides:
            sides.append(found[0].agency.name)
    if len(sides) < 2:
        return {}
    group = tuple(sides)
    out = {"Các bên": Agency(name="Các bên", written="Các bên", code="", kind=COLLECTIVE, members=group)}
    if len(sides) == 2:
        out["Hai bên"] = Agency(name="Hai bên", written="Hai bên", code="", kind=COLLECTIVE, members=group)
    return out


# the heading of who attends a meeting ("I. THÀNH PHẦN", "Thành phần tham dự:", "THÀNH PHẦN LÀM VIỆC GỒM:")
_ATTENDANCE_HEADING = quick_compile(r"(?i)^(?:[IVX]{1,4}[.)]\s*|[A-Z][.)]\s*)?thành phần(?:\s+(?:làm việc|tham dự|tham gia|dự họp))?"
                                    r"(?:\s+gồm(?:\s+có)?)?\s*:?$")
# … a side of it, a numbered item naming a body before a colon ("1. UBND phường Đông Kinh: Ông …", "2. Đại diện Sở X:")
_SIDE_ITEM = quick_compile(r"^(?:\d{1,2}[.)]|[a-d][)])\s*[*]*(?:(?i:đại diện)\s+)?(?P<body>[A-ZĐÀ-Ỹ][^:]{2,120}?)[*]*\s*:")
# … and the next part's heading ("II. NỘI DUNG LÀM VIỆC")
_A_PART_HEADING = quick_compile(r"^(?:[IVX]{1,4}|[A-Z])[.)]\s+\S")


# a person's name after a body's, across a dash: "… - Ông Trần Văn A", "… – Bà Lê Thị B"
_PERSON_AFTER_NAME = quick_compile(r"\s+[-–]\s+(?:Ông|Bà|Đồng chí|Đ/c)\s")
# a party of a handover's minutes defined by its body: "BÊN GIAO: Ban Quản lý dự án …", "Bên nhận: Công ty …"
_PARTY_ROLES = words_alternation(directive_cues()["party_roles"])
_PARTY_DEFINED = quick_compile(r"(?:^|(?<=[.;]\s))[\s|*]*(?:[-–+]\s*|\d{1,2}[.)]\s*)?(?:(?i:đại diện)\s+)?(?P<party>(?i:" + _PARTY_ROLES + r"))"
                               r"(?:\s*(?:\((?P<body>[^()]{3,160})\)|\([^()]{0,60}\))?\s*:[\s*]*(?:\|\s*)?|\s+(?=[A-ZĐ][^:]{3,200}:))")
# (also in a table's row: "| BÊN GIAO: | UBND xã Gio Linh (chủ đầu tư) - Ông … |")
_A_PARTY_ROLE = quick_compile(r"(?i:" + _PARTY_ROLES + r")(?:\s*[(:)]|\s+[A-ZĐ])")
# … a role alone, the other name a bracket gives it: "(Bên A)"
_A_PARTY_ROLE_ALONE = quick_compile(r"(?i:" + _PARTY_ROLES + r")")
# … the role in brackets after the body: "Bệnh viện X (đơn vị quản lý, sử dụng): …"
_PARTY_AFTER_BODY = quick_compile(r"\(\s*(?P<party>(?i:" + _PARTY_ROLES + r"))\s*\)\s*:")
# the short name a notice gives a body right after its full name: "(Ban QLDA)", "(sau đây gọi tắt
# là BQL KKT)"
_SHORT_NAME = quick_compile(r"\s*\(\s*(?:sau đây\s+)?(?:(?:gọi|viết)\s+tắt\s+(?:là\s+)?)?"
                            r"(?P<short>[A-ZĐ][^\s()]*(?:\s+[^\s()]+){0,3})\s*\)")
# … written in capitals, as an abbreviation is ("QLDA", "KH&CN")
_CAPITALS = quick_compile(r"(?<!\w)[A-ZĐ][A-ZĐ&-]+(?!\w)")


def _short_names(paragraphs: list, directory, on) -> dict:
    """The short names a notice gives bodies the directory knows under another name ("Ban Quản lý
    dự án đầu tư xây dựng các công trình giao thông tỉnh (Ban QLDA)" where "Ban QLDA" is the
    province's other board), by key: what they mean in this notice (``NoticeContext.mentions``).
    Short names no body has yet join the directory instead (``_with_local_abbreviations``)."""
    out: dict = {}
    for p in paragraphs:
        if "(" not in p:
            continue
        for s in _SHORT_NAME.finditer(p):
            short = s.group("short")
            if not _CAPITALS.search(short):
                continue
            lo = max(0, s.start() - 200)        # the name the bracket follows, read only there
            m = next((x for x in directory.find_mentions(p[lo:s.start()], on) if lo + x.end == s.start()), None)
            if m is not None and fold(short[:1]) == fold(m.written[:1]) and norm_key(short) != norm_key(m.written):
                out[norm_key(short)] = m.agency
    return out


def _addressee_names(addressees, lo: int, hi: int):
    """The "Kính gửi" items as names (spaces collapsed, list punctuation off), ``lo``–``hi`` long."""
    for item in addressees or ():
        name = " ".join(item.split()).strip(" ,;.")
        if lo <= len(name) <= hi:
            yield name


# the province or city after a known body's name: "Sở Công Thương| tỉnh Lào Cai"
_PLACE_TAIL = quick_compile(r"\s+(?:tỉnh|thành phố|TP\.?)\s+[A-ZĐÀ-Ỹ]\w*(?:[ -][A-ZĐÀ-Ỹ]\w*){0,3}")


# what stands between the bodies of a list: "Sở A|, |Sở B| và |UBND …"
_LIST_GAP = quick_compile(r"\s*(?:[,;]\s*|\s+và\s+|\s*-\s+)")


def _addressed_by_name(addressees, directory, on) -> list:
    """A letter's addressees the directory does not know, each a whole name on its line ("Ban
    Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh", "Trung tâm Xúc tiến Đầu
    tư, Thương mại và Du lịch", "Công ty TNHH MTV Xổ số kiến thiết"): names of this letter, so that
    the body, which names them again before their verb, gives them their tasks under the whole name."""
    from .bodies import body_grammar
    g = body_grammar()
    out = []
    for name in _addressee_names(addressees, 6, 120):
        if any(c in name for c in "():") or not g.head_re.match(name) or name in out:
            continue
        found = directory.find_mentions(name, on)
        if len(found) == 1 and found[0].start == 0 and found[0].agency.kind != EXTERNAL \
                and (found[0].end == len(name) or _PLACE_TAIL.fullmatch(name, found[0].end)):
            continue                            # the directory knows it (in its province: "Sở X tỉnh Y")
        if len(found) >= 2 and found[0].start == 0 and all(
                _LIST_GAP.fullmatch(name, a.end, b.start) for a, b in zip(found, found[1:])):
            continue                            # a list of bodies on one line: "Sở A, Sở B, UBND các xã"
        out.append(name)
    return out


def _addressed_by_role(addressees, directory, on) -> list:
    """A letter's addressees named by their role ("Chủ dự án/cơ sở phải thực hiện kiểm kê khí nhà
    kính", "Chủ các công trình phải tổ chức quan trắc …"): names of this letter only, so that the
    body, which names them again, gives them their tasks."""
    from .bodies import body_grammar
    g = body_grammar()
    return [name for name in _addressee_names(addressees, 12, 160)
            if name[:1].isupper() and g.names_a_role(name) and not directory.find_mentions(name, on)]


def _teams(paragraphs: list) -> list:
    """The teams the document sets up ("Thành lập Tổ công tác …"), each once, its head's spelling
    as first written with a capital."""
    from .bodies import body_grammar
    g = body_grammar()
    out: dict = {}
    for p in paragraphs:
        if "lập" in p or "định số" in p:      # (… or named after the decision that set it up: "Quyết định số …")
            for t in g.teams_set_up(p):
                out.setdefault(fold(t), t[:1].upper() + t[1:])
    return list(out.values())


def parse_document(raw: RawDocument, today: Optional[date] = None, directory=None, budget=None) -> Notice:
    """Parse a document already read into text.  ``directory``: the agency directory to match
    against (default: the shipped one of the default province; ``refresh`` passes one with the
    aliases staff added); ``budget``: the time left for this file
    (``tbkl_xl.read.limits.Budget``), checked as the text is cleaned and read."""
    from .agencies import default_directory
    directory = directory or default_directory()
    doc = clean_document(raw, budget)
    paras = apply_corrections(doc.paragraphs)
    h = read_header(paras)
    notice = Notice(id="", source=raw.source, number=h.number, doc_type=h.doc_type, place=h.place,
                    issued=h.issued, issued_text=h.issued_text, issued_month=h.issued_month,
                    title=h.title, leader=h.leader, meeting_date=h.meeting_date, signer=h.signer, issuer=h.issuer,
                    recipients=h.recipients, notes=doc.notes)
    directory = _directory_for(h, paras, directory)
    province = directory.province.name
    notice.id = _notice_id(h.title, h.meeting_date, paras[h.body_start:], province)
    notice.content_hash = _short_hash(raw.text, n=16)
    ctx = NoticeContext.of(h, paras, directory, today=today, budget=budget)
    parties = _parties(paras[h.body_start:h.body_end], directory, ctx.on)
    if (h.doc_type or "").startswith("BIÊN BẢN"):
        parties.update(_sides_of_minutes(paras[h.body_start:h.body_end], directory, ctx.on, parties))
    ctx.directory = _with_local_abbreviations(paras[h.body_start:h.body_end], directory, ctx.on, h.addressees,
                                              parties=parties, bold_labels=_bold_labels(raw.text))
    ctx.short_names = _short_names(paras, directory, ctx.on)
    ctx.groups_of_the_opening(paras[h.body_start:h.body_start + 2])
    ctx.groups_of_the_body(paras[h.body_start:h.body_end])
    ctx.attendees_of_the_opening(paras[h.body_start:h.body_start + 5])     # (also under a heading: "I. THÀNH PHẦN")
    # ("Chủ đầu tư" in minutes that say which board it is, though it names any investor elsewhere)
    ctx.parties = parties
    ctx.short_names.update((norm_key(k), a) for k, a in parties.items())
    if ctx.directory is not directory and h.addressees:
        ctx.addressees = ctx.letter_addressees(h.addressees)   # (under the names this letter adds)
    order = 0
    seen: dict[str, int] = {}
    parts = [(prefix, *extract(paras, start, end, ctx)) for prefix, start, end in _parts(h, paras)]
    bodies_given_the_lead([d for _p, _n, drafts in parts for _b, d in drafts], ctx)
    if h.appendix_start is not None:
        dropped = bodies_named_in_the_appendix([d for p, _n, drafts in parts if not p for _b, d in drafts],
                                               paras[h.appendix_start:], ctx,
                                               [d for p, _n, drafts in parts if p for _b, d in drafts])
        if dropped:
            parts = [(p, n, [(b, d) for b, d in drafts if id(d) not in dropped]) for p, n, drafts in parts]
    report = ctx.local_issuer and (h.doc_type or "").startswith("BÁO CÁO")
    for prefix, nodes, drafts in parts:
        for _block, d in drafts:
            for copy in _one_per_lead(d):
                if report and copy.lead and all(_CENTRAL_BODY.match(fold(a.name)) for a in copy.lead):
                    continue            # "Kiến nghị Bộ Tài chính xem xét bổ sung …" in a province's report: what
                                        # the province asks of the State, no task it follows up (a letter of
                                        # request to a ministry is the ministry's task, as the letter asks)
                order += 1
                notice.tasks.append(_task(notice, copy, nodes, prefix, order, h.issued or h.meeting_date, seen,
                                          province, doc.glued_commas))
    if not notice.tasks:
        notice.warnings.append(M.NO_TASK)
    return notice


def _parts(h, paras: list) -> list:
    """(section prefix, start, end) of the parts read for tasks: the body (after "… kết luận như
    sau:") and an appendix after the signature ("PHỤ LỤC" with its task table)."""
    start = h.body_start
    for i in range(h.body_start, min(h.body_end, h.body_start + 10)):
        if _CONCLUDES.search(paras[i]):
            start = i + 1
            break
    parts = [("", start, h.body_end)]
    if h.appendix_start is not None:
        parts.append(("PL", h.appendix_start, len(paras)))
    return parts


# a group of bodies named by their kinds opening a sentence ("Các cơ quan, đơn vị", "Các sở, ngành,
# địa phương", "Thủ trưởng các sở, ban, ngành"): the subject of a standing report
_GROUP_KINDS = r"(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|đoàn thể|hội)"
_GROUP_WORDS = (r"(?i)^\s*(?:thủ trưởng\s+)?(các\s+" + _GROUP_KINDS + r"(?:\s*,\s*(?:và\s+)?" + _GROUP_KINDS
                + r")*(?:\s+được\s+giao\s+(?:nhiệm vụ\s+)?chủ\s+trì(?!\s+(?:(?:các\s+)?nhiệm vụ\s+)?(?:tại|ở|nêu)(?!\w))"
                + r"(?:\s+(?:các\s+)?nhiệm vụ)?)?)")
_GROUP_SUBJECT = quick_compile(_GROUP_WORDS + r"(?=\s+[a-zđà-ỹ])")
# … or the words naming it in a table's lead cell ("Các đơn vị được giao chủ trì")
_GROUP_CELL = quick_compile(_GROUP_WORDS + r"\s*$")


# a body of the State above a province (folded): a ministry, the Government, the Prime Minister
_CENTRAL_BODY = quick_compile(r"(?:bộ\s+(?!chỉ huy|đội|phận|tư lệnh)|thủ tướng|phó thủ tướng|chính phủ|văn phòng chính phủ)")


def _one_per_lead(d) -> list:
    """A task given to bodies that each do it on their own (the addressees of a letter, "các cơ
    quan, đơn vị") is one task per body; co-leads named together stay one task."""
    if len(d.lead) < 2 or (not d.distributive and d.deadline is None):
        return [d]
    given = _GROUP_CELL.match(d.lead_words or "") if "được giao" in (d.lead_words or "") else None
    group = given or ((_GROUP_SUBJECT.match(d.text) or _GROUP_CELL.match(d.lead_words or ""))
                      if d.deadline is not None and d.deadline.kind == DL_RECURRING else None)
    if group and d.distributive:
        # "Các cơ quan, đơn vị báo cáo kết quả … trước ngày 20 hằng tháng": a standing report of the
        # group as a whole, one task of the group (its members listed), not a copy per body; so is
        # any task of "Các cơ quan được giao chủ trì", the notice's leading bodies as one group
        written = " ".join(group.group(1).split())
        members = tuple(dict.fromkeys(m for a in d.lead for m in (a.members or (a.name,))))
        lead = Agency(name=written[:1].upper() + written[1:], written=written, kind=COLLECTIVE, members=members)
        return [replace(d, lead=[lead], support=list(d.support), needs_review=list(d.needs_review))]
    return [replace(d, lead=[a], support=list(d.support), needs_review=list(d.needs_review)) for a in d.lead]


def _directory_for(h, paras: list, directory):
    """The directory a notice is read with: the one given, unless the notice's header names
    another province (then that province's own, or the national and common data for a notice
    of the State): a notice of Lào Cai is never read with Lạng Sơn's communes and names."""
    from .agencies import directory_of
    from .context import notice_province
    own = notice_province(h, paras)
    if own is None or own.key == directory.province.key:
        return directory
    return directory_of(own)


def _task(notice: Notice, d, nodes, prefix: str, order: int, ref: Optional[date], seen: dict,
          province: Optional[str] = None, glued_commas: frozenset = frozenset()) -> Task:
    from . import sections as S
    section = S.section_path(nodes, d.node)
    if prefix:
        section = prefix + ("." + section if section else "")
    review = list(d.needs_review)
    if d.lead and d.lead_scope is not None:
        review.append(_lead_reason(d.lead_scope))
    dl = d.deadline
    if dl is not None and not d.lead and dl.date is not None:
        dl = _without_date(dl, review)
    elif dl is not None:
        if dl.date is None and dl.kind == DL_RECURRING:
            review.append(M.RECURRING_WITHOUT_DAY.format(text=dl.text))
        elif dl.date is None and notice.issued is None:
            review.append(M.DEADLINE_NEEDS_ISSUE_DATE.format(text=dl.text))
        elif dl.date is None:
            # "trong thời hạn 05 ngày làm việc kể từ ngày hòa giải thành", "chậm nhất 07 ngày trước ngày biểu diễn" in a
            # dated letter: counted from a day the letter cannot know
            review.append(M.DEADLINE_FROM_AN_EVENT.format(text=dl.text))
        elif dl.inferred:
            review.append(M.DEADLINE_INFERRED.format(why=dl.note or dl.text))
        if dl.date is not None and ref is not None and dl.date < ref:
            review.append(M.DEADLINE_BEFORE_NOTICE.format(date=f"{dl.date:%d/%m/%Y}"))
    for a in list(d.lead) + list(d.support):
        if a.confidence < 1.0:
            review.append(M.LOW_CONFIDENCE.format(written=a.written, name=a.name))
    leads = "|".join(sorted(a.canonical or a.name for a in d.lead))     # (ids do not change with the words)
    tid = notice.id + "-" + _short_hash(section, leads, _fingerprint(d.text, province), n=6)
    if tid in seen:
        seen[tid] += 1
        tid = f"{tid}-{seen[tid]}"
    else:
        seen[tid] = 1
    return Task(id=tid, section=section, lead=list(d.lead), support=list(d.support),
                text=restore_glued_commas(d.text, glued_commas), deadline=dl,
                section_title=S.section_title(nodes, d.node), needs_review=review, order=order)


def _without_date(dl, review: list):
    """The deadline of a task without a recognised lead (a request to staff and the public,
    "đề nghị các cán bộ, công chức … gửi ý kiến trước ngày …"): its words but no date, for a date
    binds a body; the clerk is told to set it once the body is known."""
    review.append(M.DEADLINE_WITHOUT_LEAD.format(text=dl.text, date=f"{dl.date:%d/%m/%Y}"))
    return replace(dl, date=None, inferred=False)


def _lead_reason(scope) -> str:
    """Why a task got its lead when it did not name one: the words it was taken from."""
    from .scope import WHERE_HEADING, WHERE_INTRODUCTION, WHERE_LETTER, WHERE_NAMED_BEFORE
    words = scope.words if len(scope.words) <= 120 else scope.words[:117].rstrip() + "…"
    if scope.where == WHERE_LETTER:
        return M.LEAD_FROM_LETTER.format(words=words)
    if scope.where == WHERE_HEADING:
        return M.LEAD_FROM_HEADING.format(words=words)
    if scope.where == WHERE_INTRODUCTION:
        return M.LEAD_FROM_INTRODUCTION.format(words=words)
    if scope.where == WHERE_NAMED_BEFORE:
        return M.LEAD_FROM_NAMED_BEFORE.format(words=words)
    return M.LEAD_FROM_ITEMS


def _looks_like_path(s: str) -> bool:
    return "\n" not in s and len(s) < 1024 and (Path(s).suffix.lower() in NOTICE_SUFFIXES or Path(s).exists())


def parse_notice(path_or_text: Union[str, Path], today: Optional[date] = None, directory=None, *,
                 province: Optional[str] = None, limits: Optional[Limits] = None) -> Notice:
    """Parse one notice: a path to .txt/.md/.docx/.pdf, or the notice text itself.

    ``province``: the province the notice comes from, any spelling ("Lạng Sơn", "tỉnh Lạng Sơn";
    default: ``data/provinces/default.yaml``); its directory is used unless ``directory`` is
    given (a directory carries its province: ``load_directory(province).with_extra(rows)``).
    ``limits`` (``tbkl_xl.read.limits.Limits``, the defaults when None): file size, expanded
    .docx size and time for this file; going beyond one raises ``NoticeLimitError``."""
    from ..read import read_document, read_text_input
    from .agencies import default_directory
    limits = limits or DEFAULT_LIMITS
    directory = directory or default_directory(province)
    is_path = isinstance(path_or_text, Path) or _looks_like_path(str(path_or_text))
    budget = limits.budget(path_or_text if is_path else "<text>")
    if is_path:
        raw = read_document(path_or_text, limits, budget)
    else:
        raw = read_text_input(str(path_or_text), limits=limits)
    budget.check()
    return parse_document(raw, today=today, directory=directory, budget=budget)


def iter_notice_files(paths: Iterable[Union[str, Path]]) -> list[Path]:
    """Files named directly, and the notice files inside folders (sorted, recursively)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in NOTICE_SUFFIXES
                              and not q.name.startswith(("~$", ".")) and q.stem.upper() != "README"))
        else:
            out.append(p)
    return out


def parse_paths(paths: Iterable[Union[str, Path]], today: Optional[date] = None, directory=None, *,
                province: Optional[str] = None, limits: Optional[Limits] = None) -> ParseBatch:
    """Parse many notices; each bad one (unreadable, or beyond a per-file ``limits``) is reported
    by name and skipped, and the batch goes on.  ``province``, ``directory``: as for
    ``parse_notice`` (an unknown province raises ``UsageError`` before any file is read)."""
    from .agencies import default_directory
    directory = directory or default_directory(province)
    batch = ParseBatch()
    for f in iter_notice_files(paths):
        try:
            n = parse_notice(f, today=today, directory=directory, limits=limits)
        except TbklError as e:
            batch.errors.append((str(f), getattr(e, "reason", str(e))))
            continue
        batch.notices.append(n)
        for w in n.warnings:
            batch.warnings.append((str(f), w))
    return batch


def _agency_json(a) -> str:
    """Name for output: an old unit is given as written ('UBND xã Xuân Dương'), without the
    district the directory adds to tell apart old units of the same name."""
    from ..model import LEGACY_UNIT
    if a.kind == LEGACY_UNIT and ", huyện " in a.name:
        return a.name.split(", huyện ")[0]
    return a.name


def notice_to_json(n: Notice) -> dict:
    """The JSON shape of ``tbkl-xl parse --json``."""
    return {
        "source": n.source, "id": n.id, "number": n.number or None,
        "issued": n.issued.isoformat() if n.issued else None,
        "meeting_date": n.meeting_date.isoformat() if n.meeting_date else None,
        "title": n.title, "issuer": n.issuer, "leader": n.leader, "signer": n.signer,
        "recipients": n.recipients,
        "tasks": [{
            "id": t.id, "section": t.section, "section_title": t.section_title,
            "lead": [_agency_json(a) for a in t.lead],
            "lead_now": [a.current for a in t.lead],
            "members": sorted({m for a in t.lead if a.kind == COLLECTIVE for m in a.members}),
            "support": [_agency_json(a) for a in t.support],
            "deadline": t.deadline.date.isoformat() if t.deadline and t.deadline.date else None,
            "deadline_text": t.deadline.text if t.deadline else None,
            "deadline_kind": t.deadline.kind if t.deadline else None,
            "text": t.text, "needs_review": t.needs_review,
        } for t in n.tasks],
        "warnings": n.warnings,
    }
