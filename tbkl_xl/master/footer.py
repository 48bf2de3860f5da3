"""What staff write below a task table that is not a task: a total (``Tổng cộng`` with
``=COUNTA(…)``), a note on the figures, a signature line.  It is read apart from the task rows
(never a task, never counted in a report) and written again below the table wherever the
table now ends, with its values, formats, comments, links, heights and merges; its formulas
follow the table as Excel would move them: a range that ended on the table's last row grows
or shrinks with the table, a reference to the footer's own cells moves with the footer."""
from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass, field
from typing import Optional

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils import get_column_letter

from . import layout as L
from .book_style import put_cell


@dataclass
class FooterCell:
    offset: int                     # rows below the footer's first row
    column: int                     # 1-based
    value: object
    style: object                   # openpyxl StyleArray (same workbook)
    hyperlink: object = None
    comment: object = None


@dataclass
class Footer:
    """Rows staff wrote below the last task row."""
    gap: int                        # blank rows between the table and the footer
    first: int                      # sheet row the footer started on when read
    table_first: int                # first task row (header row + 1)
    table_last: int                 # last task row when read (header row when no task)
    tool_last: int                  # last row holding a task id (rows below it: typed by hand)
    cells: list = field(default_factory=list)       # FooterCell
    heights: dict = field(default_factory=dict)     # offset -> height a person fixed
    merges: list = field(default_factory=list)      # (row offset, min col, rows, max col)
    height: int = 0                 # rows the footer spans


def _is_task_like(vals: list, names: list) -> bool:
    """A row that holds a task or what is left of one: an id, the task's text or its lead."""
    for name in (L.C_ID, L.C_TEXT, L.C_LEAD):
        if name in names:
            i = names.index(name)
            v = L.norm_value(vals[i]) if i < len(vals) else None
            if v is not None and not (name != L.C_ID and isinstance(v, L.Formula)):
                return True
    return False


def take_footer(ws, rows: list, numbers: list, names: list, header_row: int) -> Optional[Footer]:
    """The footer of a task sheet, taken off its rows: the longest run at the bottom in which
    no row holds an id, a task text or a lead (None when there is none).  ``rows``: the sheet's
    non-blank rows under the header (lists of values, shortened in place), ``numbers`` their
    sheet rows (likewise), ``names`` the recognised column names."""
    if not any(name in names for name in (L.C_ID, L.C_TEXT, L.C_LEAD)):
        return None
    k = len(rows)
    while k > 0 and not _is_task_like(rows[k - 1], names):
        k -= 1
    if k == len(rows):
        return None
    table_last = numbers[k - 1] if k else header_row
    idc = names.index(L.C_ID) if L.C_ID in names else None
    with_id = [r for vals, r in zip(rows[:k], numbers)
               if idc is not None and idc < len(vals) and L.norm_value(vals[idc]) is not None]
    foot = read_footer(ws, numbers[k], header_row, table_last, max(with_id, default=table_last))
    del rows[k:], numbers[k:]
    return foot


def read_footer(ws, first: int, header_row: int, table_last: int, tool_last: int) -> Footer:
    """The footer of ``ws`` from sheet row ``first`` down (values as stored, formulas as
    typed), before the sheet's rows are cleared for the write."""
    foot = Footer(gap=max(0, first - table_last - 1), first=first, table_first=header_row + 1,
                  table_last=table_last, tool_last=tool_last)
    last = first
    for (r, c), cell in ws._cells.items():
        if r < first:
            continue
        if cell.value is None and cell.comment is None and cell.hyperlink is None and not cell.has_style:
            continue
        foot.cells.append(FooterCell(r - first, c, L.cell_value(cell), copy(cell._style),
                                     copy(cell.hyperlink) if cell.hyperlink else None,
                                     copy(cell.comment) if cell.comment else None))
        if cell.value is not None:
            last = max(last, r)
    foot.cells = [fc for fc in foot.cells if fc.offset <= last - first]
    for r, dim in ws.row_dimensions.items():
        if first <= r <= last and dim.customHeight and dim.ht:
            foot.heights[r - first] = dim.ht
    for mr in ws.merged_cells.ranges:
        if mr.min_row >= first:
            foot.merges.append((mr.min_row - first, mr.min_col, mr.max_row - mr.min_row, mr.max_col))
            last = max(last, mr.max_row)
    foot.height = last - first + 1
    return foot


def footer_ranges(foot: Optional[Footer]) -> set:
    """The merged ranges of a footer as they stood when read (not lost: written again)."""
    if foot is None:
        return set()
    col = get_column_letter
    return {f"{col(c1)}{foot.first + r}:{col(c2)}{foot.first + r + n}" for r, c1, n, c2 in foot.merges}


_REF = re.compile(r"(\$?[A-Z]{1,3}\$?)(\d+)")


def move_formula(formula: str, foot: Footer, new_first: int, new_last: int) -> str:
    """A footer formula as it reads once the footer starts on ``new_first`` and the table's
    last task row is ``new_last``.  Only references to this sheet are moved (those naming a
    sheet are left as typed); a formula the tokenizer cannot read is kept as typed."""
    delta = new_first - foot.first
    old_last = foot.table_last

    def row(r: int, end: bool) -> int:
        if r > old_last:                    # the blank rows above the footer, the footer
            return r + delta
        if end and foot.tool_last <= r and old_last >= foot.table_first:
            return max(new_last, foot.table_first)      # a range to the table's end
        return r

    try:
        tok = Tokenizer(formula)
    except Exception:
        return formula
    out = []
    for t in tok.items:
        v = t.value
        if t.type == Token.OPERAND and t.subtype == Token.RANGE and "!" not in v:
            parts = v.split(":")
            if len(parts) == 2 and all(_REF.fullmatch(p) for p in parts):
                a, b = (_REF.fullmatch(p) for p in parts)
                v = f"{a.group(1)}{row(int(a.group(2)), False)}:{b.group(1)}{row(int(b.group(2)), True)}"
            elif len(parts) == 1 and _REF.fullmatch(v):
                m = _REF.fullmatch(v)
                v = f"{m.group(1)}{row(int(m.group(2)), False)}"
        out.append(v)
    return "=" + "".join(out)


def write_footer(ws, foot: Footer, table_last: int) -> int:
    """Write ``foot`` below the task table that now ends on ``table_last``; returns the
    sheet's last row (the footer's)."""
    first = table_last + 1 + foot.gap
    for fc in foot.cells:
        v = fc.value
        if isinstance(v, L.Formula):
            v = L.Formula(move_formula(v, foot, first, table_last))
        c = put_cell(ws, first + fc.offset, fc.column, v, fc.style)
        if fc.hyperlink is not None:
            c.hyperlink = copy(fc.hyperlink)
            c.hyperlink.ref = c.coordinate
        if fc.comment is not None:
            c.comment = copy(fc.comment)
    for off, ht in foot.heights.items():
        ws.row_dimensions[first + off].height = ht
    for r, c1, n, c2 in foot.merges:
        ws.merge_cells(start_row=first + r, start_column=c1, end_row=first + r + n, end_column=c2)
    return first + foot.height - 1
