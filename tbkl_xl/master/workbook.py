"""openpyxl adapter of the master workbook: read it into plain rows, write back only what the
tool owns.

The workbook is loaded whole (openpyxl's normal mode) and written back in place: the task
sheets' task area (header row and below), the notice register, the agency directory, the
settings, the log (appended) and the hidden sheets are regenerated; everything else is the
staff's and stays as it is — their own sheets (formulas, merges, formats, charts), rows they
inserted above a header, column widths they set, and on task rows their comments, hyperlinks,
fills and fonts, which follow the task wherever its row moves.

| module | owns |
|---|---|
| ``book_read`` | the load, the tool's sheets as values, task sheets found and read by column name |
| ``snapshot`` | the hidden snapshot of every task record |
| ``book_style`` | how the tool's cells look and print (styles, formats, title and legend, print setup) |
| ``book_write`` | the in-place write (task areas, tables, log, hidden sheets, sheet order) |
"""
from .book_read import (BookState, TaskSheet, read_records, sheet_values, cell_value, load,
                        read_book, uncarried_content)
from .book_style import conditional_rules, left_formula, row_height, title_formula, wrapped_lines
from .book_write import BookOut, TaskSheetOut, write_book
from .snapshot import snapshot_row

__all__ = ["BookState", "TaskSheet", "BookOut", "TaskSheetOut", "read_book", "write_book", "load",
           "cell_value", "uncarried_content", "snapshot_row", "row_height", "wrapped_lines",
           "conditional_rules", "left_formula", "title_formula"]
