"""Drive the xlwings entry points through xlwings' remote engine, as Excel's VBA client would.

``payload(path)`` reads a built control workbook with openpyxl and makes the JSON that xlwings'
VBA client (``addin/Remote.bas``) sends: the book's name, the active sheet, each sheet's values
from A1 to the last used cell (empty cells null, dates ISO).  ``xw.Book(json=payload)`` then
builds a real ``Book`` whose writes come back as actions (``book.json()``).

The remote engine is in ``xlwings/pro`` (PolyForm Noncommercial; a government office may use
it); it needs ``XLWINGS_LICENSE_KEY=noncommercial``, checked offline, set by the tests only.
"""
from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

LICENSE_ENV = {"XLWINGS_LICENSE_KEY": "noncommercial"}


def _json_value(v):
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if isinstance(v, date):
        return v.strftime("%Y-%m-%dT00:00:00.000Z")
    return v


def payload(path, active_sheet_index: int = 0) -> dict:
    import xlwings as xw
    from openpyxl import load_workbook
    wb = load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        rows = [[_json_value(v) for v in r] for r in ws.iter_rows(
            min_row=1, max_row=max(ws.max_row, 1), max_col=max(ws.max_column, 1), values_only=True)]
        sheets.append({"name": ws.title, "values": rows or [[None]], "pictures": [], "tables": []})
    return {"client": "VBA", "version": xw.__version__,
            "book": {"name": Path(path).name, "active_sheet_index": active_sheet_index,
                     "selection": "E5"},
            "names": [], "sheets": sheets}


def remote_book(path, env=os.environ):
    """A remote-engine ``Book`` of the control workbook at ``path`` (the licence variable must
    be set, e.g. by ``monkeypatch.setenv``)."""
    import xlwings as xw
    assert env.get("XLWINGS_LICENSE_KEY") == "noncommercial"
    return xw.Book(json=payload(path))


def actions(book) -> list:
    return book.json()["actions"]


def set_values(book, sheet_position: int = 0) -> dict:
    """{A1 address of the first cell: values} of every setValues action on one sheet."""
    from openpyxl.utils import get_column_letter
    out = {}
    for a in actions(book):
        if a["func"] == "setValues" and a["sheet_position"] == sheet_position:
            out[f"{get_column_letter(a['start_column'] + 1)}{a['start_row'] + 1}"] = a["values"]
    return out


def alerts(book) -> list:
    """(prompt, title, buttons, mode) of every alert action."""
    return [tuple(a["args"][:4]) for a in actions(book) if a["func"] == "alert"]
