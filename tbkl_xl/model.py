"""Plain data that flows through tbkl_xl: file -> text -> sections -> tasks -> workbook.

Every class here is a dataclass with no behaviour beyond small conveniences, so that the
core (parsing, merging, highlighting, reports) stays a set of pure functions over plain data.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from datetime import date
from typing import Optional

# Agency kinds
DEPARTMENT = "department"      # sở, ban, ngành, đơn vị of the province (in the directory)
COMMUNE = "commune"            # UBND xã/phường in force (from 1/7/2025)
LEGACY_UNIT = "legacy_unit"    # huyện / old xã / thị trấn (before 1/7/2025)
COLLECTIVE = "collective"      # "Các sở, ban, ngành", "UBND các xã, phường"
EXTERNAL = "external"          # well-formed but not in the directory (Bộ Tài chính, UBND tỉnh Phú Thọ)

# Deadline kinds
DL_DATE = "date"               # a calendar day (chậm nhất ngày, trước ngày, trong ngày …)
DL_MONTH = "month"             # trong tháng 5/2026 -> last day of the month
DL_QUARTER = "quarter"         # Quý III/2024 -> last day of the quarter
DL_HALF = "half_year"          # 6 tháng đầu năm 2025 -> 30/6
DL_YEAR = "year"               # trong năm 2025 -> 31/12
DL_RECURRING = "recurring"     # hằng năm / định kỳ hằng quý -> next occurrence
DL_WORKING_DAYS = "working_days"  # trong 10 ngày làm việc kể từ ngày ký
DL_RELATIVE = "relative"       # trong 15 ngày kể từ … (calendar days)


@dataclass(frozen=True)
class Agency:
    """An addressee as resolved against the directory.

    ``name`` is the canonical name (full official name without "tỉnh Lạng Sơn") when the
    agency is known, else the name as written.  ``written`` keeps the text as it appeared.
    """
    name: str
    written: str = ""
    code: str = ""                       # short code fit for a sheet name ("" when unknown)
    kind: str = DEPARTMENT
    successor: Optional[str] = None      # canonical successor when ``name`` is a predecessor
    members: tuple[str, ...] = ()        # named members of a collective ("UBND xã Tràng Định", …)
    confidence: float = 1.0              # 1.0 exact / alias; < 1 for fuzzy matches
    canonical: str = ""                  # the directory's name of a collective kept in the text's words

    @property
    def current(self) -> str:
        """The agency that carries the task today (successor if any, else the name)."""
        return self.successor or self.name


@dataclass(frozen=True)
class Deadline:
    date: Optional[date]
    kind: str
    text: str                            # the verbatim phrase it came from
    start: int = -1                      # offsets of ``text`` in the text it was found in
    end: int = -1
    inferred: bool = False               # True when the date was inferred, not stated
    note: str = ""                       # e.g. "year taken from the notice date"


@dataclass
class Task:
    id: str
    section: str                         # section path, e.g. "3.b" or "II.1.1.a"
    lead: list[Agency]
    support: list[Agency]
    text: str                            # verbatim text of the directive (display form)
    deadline: Optional[Deadline] = None
    section_title: str = ""
    needs_review: list[str] = field(default_factory=list)
    order: int = 0                       # position in the notice (for a stable row order)


@dataclass
class Notice:
    id: str
    source: str
    number: str = ""                     # "123/TB-UBND"; "" for a draft
    doc_type: str = ""                   # "THÔNG BÁO"
    place: str = ""
    issued: Optional[date] = None        # None when the day is blank (draft)
    issued_text: str = ""                # as written: "ngày tháng 4 năm 2026"
    issued_month: Optional[tuple[int, int]] = None  # (year, month) even when the day is blank
    title: str = ""
    leader: str = ""                     # presiding leader
    meeting_date: Optional[date] = None
    signer: str = ""
    issuer: str = ""                     # the header's left column: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    recipients: list[str] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)      # footnote bodies
    warnings: list[str] = field(default_factory=list)
    content_hash: str = ""

    @property
    def reference_date(self) -> Optional[date]:
        """Best known date of the notice: issue date, else meeting date."""
        return self.issued or self.meeting_date


def to_jsonable(obj):
    """dataclass -> plain JSON-able structure (dates as ISO strings)."""
    if hasattr(obj, "__dataclass_fields__"):
        return {k: to_jsonable(v) for k, v in asdict(obj).items()}
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(v) for v in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    return obj


@dataclass
class RawDocument:
    """What a reader gives back: text of the body and footnote bodies kept apart.

    ``text``: paragraphs separated by a blank line; a paragraph may still be hard-wrapped
    over several lines (PDF, text exports); ``parse.clean`` joins those back.
    """
    source: str
    text: str
    footnotes: list[str] = field(default_factory=list)
    format: str = "txt"                  # txt | md | docx | pdf
