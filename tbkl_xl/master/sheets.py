"""Finding a task sheet's header wherever staff left it, and reading its columns by name.

Staff insert title rows above the header, rename a header, leave a trailing space in it, move
columns, add their own: a column is known by its header compared after trimming, case folding
and one tone style; a tool column whose header was renamed or cleared is known by where it was
and by what it holds (the values the last refresh wrote there).  Pure functions over values.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from openpyxl.utils import get_column_letter

from ..text import fold
from . import layout as L

HEADER_SCAN_ROWS = 12           # a header is looked for in the first rows of a sheet
MIN_HEADER_MATCHES = 4          # tool headers a row needs to be the header row (Mã NV counts 2)
CONTENT_MATCH = 0.6             # share of values a renamed column must hold as last written
PLACE_VETO_ROWS, PLACE_VETO_SHARE = 5, 0.3   # a column in the right place, unless its values disagree

# the layout of schema 1 (header in row 1): where columns were before this version
SCHEMA1_COLUMNS = (L.C_ID, L.C_NUMBER, L.C_ISSUED, L.C_TITLE, L.C_SECTION, L.C_TEXT, L.C_LEAD,
                   L.C_SUPPORT, L.C_DEADLINE, L.C_DEADLINE_TEXT, L.C_STATUS, L.C_DONE_DATE,
                   L.C_RESULT, L.C_NOTE, L.C_REVIEW, L.C_LEFT, L.C_NOTICE_ID, L.C_ORIGIN)
KNOWN = L.TASK_COLUMNS + L.LEGACY_TASK_COLUMNS


def header_key(v) -> str:
    """How two headers are compared: trimmed, spaces collapsed, case folded, one tone style."""
    return " ".join(fold(str(v)).split()) if v is not None else ""


_CANON = {header_key(h): h for h in KNOWN}


def canonical(v) -> Optional[str]:
    """The tool column a header cell names, or None."""
    return _CANON.get(header_key(v))


def find_header_row(rows: list) -> Optional[int]:
    """Index (0-based) of the header row among the first rows of a sheet, or None when the
    sheet is not a task sheet."""
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        found = {canonical(v) for v in row} - {None}
        score = len(found) + (1 if L.C_ID in found else 0)
        if score >= MIN_HEADER_MATCHES and (L.C_ID in found or len(found) >= MIN_HEADER_MATCHES + 1):
            return i
    return None


@dataclass
class Columns:
    """The columns of a task sheet as recognised."""
    names: list                     # per column: tool column, staff label, or None (empty)
    renamed: dict = field(default_factory=dict)   # index -> label found (a tool column renamed)
    missing: list = field(default_factory=list)   # tool columns last written and not found
    # index -> label found ("" for none): a staff column given a label of its own, because its
    # header repeats another column's or it holds values under no header
    relabelled: dict = field(default_factory=dict)


def recognise(labels: list, body: list, expected: Optional[list], snapshot: dict) -> Columns:
    """Name the columns of a task sheet.

    ``labels``: the header row's values; ``body``: the rows under it (lists of values);
    ``expected``: the headers the last refresh wrote on this sheet (None: unknown, a schema-1
    sheet is assumed); ``snapshot``: task id -> record last written.  A tool column whose
    header was renamed or cleared is recognised at its place (between the same neighbours as
    last written) or by holding the values last written there; otherwise it is missing.
    """
    names: list = []
    for v in labels:
        c = canonical(v)
        if c is not None and c not in names:
            names.append(c)
        elif v is None or not str(v).strip():
            names.append(None)
        else:
            names.append(" ".join(str(v).split()))      # a staff column: its label, trimmed
    width = max([len(names)] + [len(r) for r in body])
    names += [None] * (width - len(names))
    out = Columns(names=names)
    # a header that repeats an earlier one (a second 'Ghi chú', two 'Người theo dõi'): the later
    # column gets a label of its own, else both would be read and written as one
    seen = set()
    for i, n in enumerate(names):
        if n is None:
            continue
        if header_key(n) in seen:
            names[i] = _free_label(n, names)
            out.relabelled[i] = n
        seen.add(header_key(names[i]))
    exp = list(expected) if expected else list(SCHEMA1_COLUMNS)
    tools_exp = [h for h in exp if h in KNOWN]
    missing = [h for h in tools_exp if h not in names]
    if missing:
        _find_renamed(out, names, body, exp, missing, snapshot)
    # values typed in a column with no header: a label of its own, so they stay on their rows
    for i, n in enumerate(names):
        if n is None and any(L.norm_value(r[i]) is not None for r in body if i < len(r)):
            names[i] = _free_label(f"Cột {get_column_letter(i + 1)}", names)
            out.relabelled[i] = ""
    return out


def _free_label(label: str, names: list) -> str:
    """``label`` made unique among ``names`` ignoring case: "Ghi chú (2)", "Ghi chú (3)" …"""
    taken = {header_key(n) for n in names if n is not None}
    if header_key(label) not in taken:
        return label
    k = 2
    while header_key(f"{label} ({k})") in taken:
        k += 1
    return f"{label} ({k})"


def _find_renamed(out: Columns, names: list, body: list, exp: list, missing: list,
                  snapshot: dict) -> None:
    id_col = names.index(L.C_ID) if L.C_ID in names else None
    unknown = [i for i, n in enumerate(names) if n is None or n not in KNOWN]
    for i in unknown:
        values = [r[i] if i < len(r) else None for r in body]
        if not any(L.norm_value(v) is not None for v in values) and names[i] is None:
            continue
        best = None
        for h in missing:
            if h in names:
                continue
            share, n = _content_agreement(h, values, body, id_col, snapshot)
            place = _same_place(h, i, names, exp)
            # where it was is strong evidence (staff edit the values of their columns); what it
            # holds alone must agree clearly
            if place and (n < PLACE_VETO_ROWS or share >= PLACE_VETO_SHARE):
                best = h
                break
            if n >= 2 and share >= CONTENT_MATCH:
                best = h
        if best is not None:
            out.renamed[i] = "" if names[i] is None else names[i]
            out.relabelled.pop(i, None)
            names[i] = best
    out.missing = [h for h in missing if h not in names]


def _same_place(h: str, i: int, names: list, expected: list) -> bool:
    """Is column ``i`` where tool column ``h`` was: between the same neighbours?"""
    k = expected.index(h)
    left = expected[k - 1] if k > 0 else None
    right = expected[k + 1] if k + 1 < len(expected) else None
    left_ok = (i == 0) if left is None else (i > 0 and names[i - 1] == left)
    right_ok = (i + 1 >= len(names) or names[i + 1] is None) if right is None else (
        i + 1 < len(names) and names[i + 1] == right)
    return left_ok and right_ok


def _same(a, b) -> bool:
    a, b = L.norm_value(a), L.norm_value(b)
    da, db = L.as_date(a), L.as_date(b)
    if da is not None or db is not None:
        return da == db
    return (str(a) if a is not None else None) == (str(b) if b is not None else None)


def _content_agreement(h: str, values: list, body: list, id_col, snapshot: dict) -> tuple:
    """(share of the values that are what was last written under ``h``, how many could be
    compared)."""
    pairs = []
    for r, v in zip(body, values):
        if L.norm_value(v) is None:
            continue
        if h == L.C_ID:
            pairs.append(str(L.norm_value(v)) in snapshot)
            continue
        if id_col is None or id_col >= len(r) or L.norm_value(r[id_col]) is None:
            continue
        rec = snapshot.get(str(L.norm_value(r[id_col])))
        if rec is None or rec.get(h) is None:
            continue
        pairs.append(_same(v, rec.get(h)))
    if not pairs:
        return 0.0, 0
    return sum(pairs) / len(pairs), len(pairs)
