"""Parse notices: file -> text -> sections -> tasks.

``parse_notice(path_or_text, today=None) -> Notice`` for one notice;
``parse_paths(paths, today=None) -> ParseBatch`` for files and folders, where a bad file is
reported by name and skipped, never crashing the batch.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Optional, Union

from ..errors import TbklError
from ..model import COLLECTIVE, Notice, RawDocument, Task
from ..read.limits import DEFAULT_LIMITS, Limits
from ..text import norm_key
from .clean import clean_document
from .header import read_header

NOTICE_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".doc")

__all__ = ["parse_notice", "parse_paths", "parse_document", "ParseBatch", "notice_to_json",
           "NOTICE_SUFFIXES", "Limits"]

_CONCLUDES = re.compile(r"kết luận\s*(?:như sau)?\s*:\s*$|thống nhất kết luận như sau|kết luận như sau",
                        re.I)
_COMMUNE_LIST = re.compile(r"(?:tại|của)\s+các\s+xã\s*:\s*((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)*\s*,\s*)+"
                           r"(?:và\s+)?[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)*)")


@dataclass
class ParseBatch:
    notices: list[Notice] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)


def _short_hash(*parts: str, n: int = 8) -> str:
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:n]


def _notice_id(title: str, meeting: Optional[date], body: list[str]) -> str:
    """Stable across re-parses and across draft -> signed version (number/day filled in)."""
    basis = norm_key(title) if title else norm_key(" ".join(body[:3]))[:400]
    return "TB" + _short_hash(basis, meeting.isoformat() if meeting else "")


def _fingerprint(text: str) -> str:
    """Task text without digits and punctuation: dates and numbers do not enter task ids."""
    t = norm_key(text)
    t = re.sub(r"[\d\W_]+", " ", t)
    return " ".join(t.split()[:40])


def _commune_context(title: str, paragraphs: list[str]) -> tuple[str, ...]:
    """Communes a notice is about ('… tại các xã: Tràng Định, Đoàn Kết, …')."""
    for p in [title] + paragraphs[:3]:
        m = _COMMUNE_LIST.search(p)
        if m:
            names = [x.strip() for x in re.split(r",|\svà\s", m.group(1)) if x.strip()]
            return tuple(f"UBND xã {n}" for n in names)
    return ()


def _unit_context(title: str, on: Optional[date], directory) -> dict:
    """The single huyện / xã a notice is about ('… trên địa bàn huyện Hữu Lũng'): what a generic
    'UBND huyện' or 'xã' in its body refers to."""
    from ..model import COMMUNE, LEGACY_UNIT
    found: dict[str, list] = {}
    for m in directory.find_mentions(title, on):
        if m.agency.kind in (COMMUNE, LEGACY_UNIT):
            unit = norm_key(m.agency.name).split(" ")[1] if norm_key(m.agency.name).startswith("ubnd ") else ""
            if unit:
                found.setdefault(unit, [])
                if m.agency not in found[unit]:
                    found[unit].append(m.agency)
    return {u: v[0] for u, v in found.items() if len(v) == 1}


# "Ban Quản lý dự án đầu tư xây dựng tỉnh (sau đây gọi tắt là BQLDA)": a short name for this notice
_DEFINED_SHORT = re.compile(r"\(\s*(?:sau đây\s+)?(?:gọi|viết)\s+tắt\s+(?:là\s+)?[:“\"]?\s*"
                            r"(?P<abbr>[^()“”\";,]{2,40}?)\s*[”\"]?\s*\)", re.I)


def _with_local_abbreviations(paragraphs: list, directory, on):
    """The directory with the short names a notice defines for itself ("X (sau đây gọi tắt là
    BQLDA)"), for this notice only; a short name that already names another body is ignored."""
    from bisect import bisect_right
    short: dict[str, tuple[str, dict]] = {}        # name -> (kind, aliases)
    for p in paragraphs:
        if "tắt" not in p:
            continue
        found = None
        for m in _DEFINED_SHORT.finditer(p):
            if found is None:
                found = directory.find_mentions(p, on)
            k = bisect_right(found, m.start(), key=lambda x: x.end)   # mentions ending before it
            if k and m.start() - found[k - 1].end <= 2:
                a = found[k - 1].agency
                short.setdefault(a.name, (a.kind, {}))[1][m.group("abbr").strip()] = None
    rows = [{"name": name, "aliases": list(aliases), "kind": kind} for name, (kind, aliases) in short.items()]
    return directory.with_extra(rows) if rows else directory


def parse_document(raw: RawDocument, today: Optional[date] = None, directory=None, budget=None) -> Notice:
    """Parse a document already read into text.  ``directory``: the agency directory to match
    against (default: the shipped one; ``refresh`` passes one with the aliases staff added);
    ``budget``: the time left for this file (``tbkl_xl.read.limits.Budget``), checked as the
    text is cleaned and read paragraph by paragraph."""
    from .agencies import default_directory
    from .tasks import extract
    directory = directory or default_directory()
    doc = clean_document(raw, budget)
    paras = doc.paragraphs
    h = read_header(paras)
    notice = Notice(id="", source=raw.source, number=h.number, doc_type=h.doc_type, place=h.place,
                    issued=h.issued, issued_text=h.issued_text, issued_month=h.issued_month,
                    title=h.title, leader=h.leader, meeting_date=h.meeting_date, signer=h.signer,
                    recipients=h.recipients, notes=doc.notes)
    notice.id = _notice_id(h.title, h.meeting_date, paras[h.body_start:])
    notice.content_hash = _short_hash(raw.text, n=16)
    start = h.body_start
    for i in range(h.body_start, min(h.body_end, h.body_start + 10)):
        if _CONCLUDES.search(paras[i]):
            start = i + 1
            break
    ref = h.issued or h.meeting_date
    year_hint = (h.issued_month[0] if h.issued_month else None) or (ref.year if ref else None) \
        or (today.year if today else None)
    # relative deadlines count from the issue date; a draft's is unknown
    deadline_base = h.issued
    members = _commune_context(h.title, paras[h.body_start:])
    units = _unit_context(h.title, h.issued or (date(*h.issued_month, 1) if h.issued_month else None) or ref,
                          directory)
    on = h.issued or (date(*h.issued_month, 1) if h.issued_month else None) or h.meeting_date
    # a draft (issue date unknown) is from its month and after its meeting: recurring deadlines and
    # a day-month without a year count from there
    floor = None
    if h.issued is None:
        firsts = [d for d in (date(*h.issued_month, 1) if h.issued_month else None, h.meeting_date) if d]
        floor = max(firsts) if firsts else None
    directory = _with_local_abbreviations(paras[h.body_start:h.body_end], directory, on)
    nodes, drafts = extract(paras, start, h.body_end, deadline_base or None, year_hint, members, units, on=on,
                           directory=directory, floor=floor, budget=budget)
    from . import sections as S
    seen: dict[str, int] = {}
    for order, (block, d) in enumerate(drafts, start=1):
        section = S.section_path(nodes, d.node)
        review = list(d.needs_review)
        dl = d.deadline
        if dl is not None:
            if dl.date is None:
                review.append(f"deadline '{dl.text}' needs the issue date, which is blank")
            elif dl.inferred:
                review.append(f"deadline inferred: {dl.note or dl.text}")
            if dl.date is not None and ref is not None and dl.date < ref:
                review.append(f"deadline {dl.date:%d/%m/%Y} is before the notice date")
        for a in list(d.lead) + list(d.support):
            if a.confidence < 1.0:
                review.append(f"agency '{a.written}' matched to '{a.name}' with low confidence")
        leads = "|".join(sorted(a.name for a in d.lead))
        tid = notice.id + "-" + _short_hash(section, leads, _fingerprint(d.text), n=6)
        if tid in seen:
            seen[tid] += 1
            tid = f"{tid}-{seen[tid]}"
        else:
            seen[tid] = 1
        notice.tasks.append(Task(id=tid, section=section, lead=d.lead, support=d.support, text=d.text,
                                 deadline=dl, section_title=S.section_title(nodes, d.node),
                                 needs_review=review, order=order))
    if not notice.tasks:
        notice.warnings.append("no task found in this notice")
    return notice


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
        "title": n.title, "leader": n.leader, "signer": n.signer,
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
