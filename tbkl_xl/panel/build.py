"""Build the control workbook ``Bảng điều khiển.xlsm`` (``tbkl-xl panel``).

The workbook is made from source every time, never edited by hand and never rewritten by
openpyxl: XlsxWriter writes the sheets, the form buttons and the VBA project of ``vba.py``.
"""
from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Optional

from ..errors import TbklError, UsageError, WorkbookError
from ..messages import xl as M
from . import layout as P
from .vba import BUTTONS, vba_project_bin

FONT = "Times New Roman"
DEFAULT_OUT_DIR = "Báo cáo"
DEFAULT_REPLIES_DIR = "Phản hồi"


@dataclass
class PanelSummary:
    path: str
    master: str
    master_exists: bool
    notices: str
    out_dir: str
    replies_dir: str
    interpreter: str = ""
    counts: dict = field(default_factory=dict)

    def lines(self) -> list:
        out = [M.PANEL_BUILT.format(path=self.path),
               (M.PANEL_MASTER if self.master_exists else M.PANEL_MASTER_NEW).format(path=self.master),
               M.PANEL_NOTICES.format(path=self.notices),
               M.PANEL_OUT_DIR.format(path=self.out_dir),
               M.PANEL_REPLIES_DIR.format(path=self.replies_dir)]
        out.append(M.PANEL_PYTHON.format(path=self.interpreter) if self.interpreter
                   else M.PANEL_PYTHON_PATH)
        return out


# ---------------------------------------------------------------- paths in the cells
def stored_path(target, panel_dir) -> str:
    """How a path is written in a settings cell: relative to the control workbook's folder
    when it lies inside it (the folder can then be moved or synced as a whole), else absolute."""
    target = Path(os.path.abspath(target))
    base = Path(os.path.abspath(panel_dir))
    try:
        rel = target.relative_to(base)
    except ValueError:
        return str(target)
    return str(rel) if str(rel) != "." else "."


def resolve_setting(value, panel_dir) -> Optional[Path]:
    """A settings cell's path, relative ones resolved against the control workbook's folder;
    None for an empty cell."""
    if value is None:
        return None
    text = str(value).strip().strip('"').strip()
    if not text:
        return None
    p = Path(os.path.expandvars(os.path.expanduser(text)))
    return p if p.is_absolute() else Path(panel_dir) / p


# ---------------------------------------------------------------- xlwings.conf
def interpreter_settings(platform: str = sys.platform, executable: str = sys.executable) -> list:
    """(key, value) rows of the ``xlwings.conf`` sheet for the machine that builds the panel:
    the full path of this environment's ``pythonw.exe`` on Windows (no console window), of
    its python on a Mac; empty elsewhere (xlwings then runs ``python`` from the PATH)."""
    win = mac = ""
    if platform == "win32":
        exe = Path(executable)
        pyw = exe.with_name("pythonw.exe")
        win = str(pyw if pyw.exists() else exe)
    elif platform == "darwin":
        mac = executable
    return [("Interpreter_Win", win), ("Interpreter_Mac", mac),
            ("Show Console", False), ("Use UDF Server", False)]


# ---------------------------------------------------------------- counts shown at build time
def count_values(counts: dict, today: date) -> list:
    """The counts block of the dashboard, top to bottom (one column)."""
    return [today.strftime(P.DATE_FORMAT)] + [counts.get(k) for k in P.COUNT_KEYS[1:]]


def master_counts(master: Path, today: date) -> dict:
    from ..master.view import read_tasks
    from ..reports.counting import dashboard_counts
    return dashboard_counts(read_tasks(master, today).tasks, today)


# ---------------------------------------------------------------- the workbook
def _check_panel_path(path: Path) -> None:
    from ..master.safety import lock_files
    if path.suffix.lower() != ".xlsm":
        raise UsageError(M.PANEL_NOT_XLSM.format(path=path))
    if not path.parent.is_dir():
        raise WorkbookError(M.PANEL_FOLDER_MISSING.format(path=path, folder=path.parent))
    locks = lock_files(path)
    if locks:
        raise WorkbookError(M.PANEL_OPEN.format(path=path, lock=locks[0].name))


def build_panel(path, master, notices, out_dir=None, replies_dir=None, *,
                today: Optional[date] = None, platform: str = sys.platform,
                executable: str = sys.executable) -> PanelSummary:
    """Write the control workbook ``path`` (.xlsm) whose buttons work on ``master`` with the
    notices of folder ``notices``.  Relative arguments are taken from the current folder (as
    any command-line path); in the cells they are written relative to the panel's folder when
    they lie inside it.  ``out_dir``/``replies_dir`` default to ``Báo cáo``/``Phản hồi`` beside
    the panel.  Returns a summary with ``.lines()``."""
    path = Path(path)
    today = today or date.today()
    _check_panel_path(path)
    panel_dir = path.parent
    master = Path(master)
    if master.suffix.lower() != ".xlsx":
        raise UsageError(M.PANEL_MASTER_NOT_XLSX.format(path=master))
    if Path(notices).is_file():
        raise UsageError(M.PANEL_NOTICES_FILE.format(path=notices, folder=Path(notices).parent))
    if not Path(notices).is_dir():
        raise UsageError(M.PANEL_NOTICES_MISSING.format(path=notices))
    out_dir = Path(out_dir) if out_dir else panel_dir / DEFAULT_OUT_DIR
    replies_dir = Path(replies_dir) if replies_dir else panel_dir / DEFAULT_REPLIES_DIR
    settings = {"master": stored_path(master, panel_dir), "notices": stored_path(notices, panel_dir),
                "out_dir": stored_path(out_dir, panel_dir),
                "replies_dir": stored_path(replies_dir, panel_dir)}
    conf = interpreter_settings(platform, executable)
    summary = PanelSummary(path=str(path), master=settings["master"], master_exists=master.is_file(),
                           notices=settings["notices"], out_dir=settings["out_dir"],
                           replies_dir=settings["replies_dir"],
                           interpreter=conf[0][1] or conf[1][1])
    if master.is_file():
        try:
            summary.counts = master_counts(master, today)
        except TbklError:
            summary.counts = {}         # the first button click says what is wrong with it
    for folder in (out_dir, replies_dir):      # where the clerk finds and puts the files
        if not folder.exists() and folder.parent.is_dir():
            folder.mkdir()
    vba = vba_project_bin()
    from ..master import safety            # atomic, with the usual mode (not the temp file's)
    safety.atomic_write(path, lambda tmp: _write(tmp, vba, settings, conf, summary.counts, today,
                                                 log_name=path.stem + P.LOG_SUFFIX))
    return summary


def _write(path: Path, vba: bytes, settings: dict, conf: list, counts: dict, today: date,
           log_name: str) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    wb.set_vba_name(P.WORKBOOK_CODE_NAME)
    wb.add_vba_project(io.BytesIO(vba), is_stream=True)
    base = {"font_name": FONT, "font_size": 12, "valign": "vcenter"}

    def fmt(**kw):
        return wb.add_format({**base, **kw})
    f_title = fmt(bold=True, font_size=15, font_color="1F4E79")
    f_sub = fmt(italic=True, font_color="595959")
    f_head = fmt(bold=True, bg_color="DDEBF7", bottom=1)
    f_label = fmt()
    f_path = fmt(bg_color="FFF2CC", border=1, border_color="BFBFBF")
    f_count = fmt(bold=True, align="left")
    f_value = fmt(align="left")
    f_help = fmt(text_wrap=True, valign="top")

    ws = wb.add_worksheet(P.SHEET)
    ws.set_vba_name(P.SHEET_CODE_NAME)
    ws.hide_gridlines(2)
    ws.set_landscape()
    ws.set_paper(9)                                   # A4
    ws.fit_to_pages(1, 1)
    for col, width in P.WIDTHS.items():
        ws.set_column(f"{col}:{col}", width)
    ws.set_default_row(18)
    ws.write(f"B{P.TITLE_ROW}", M.TITLE, f_title)
    ws.set_row(P.TITLE_ROW - 1, 24)
    ws.write(f"B{P.SUBTITLE_ROW}", M.SUBTITLE, f_sub)

    V, D = P.VALUE_COL, P.LABEL_COL
    ws.write(f"{D}{P.SETTINGS_HEAD_ROW}", M.HEAD_SETTINGS, f_head)
    ws.write(f"{V}{P.SETTINGS_HEAD_ROW}", None, f_head)
    for key, row in P.SETTING_ROWS.items():
        ws.write(f"{D}{row}", P.SETTING_LABELS[key], f_label)
        ws.write_string(f"{V}{row}", settings[key], f_path)

    ws.write(f"{D}{P.COUNTS_HEAD_ROW}", M.HEAD_COUNTS, f_head)
    ws.write(f"{V}{P.COUNTS_HEAD_ROW}", None, f_head)
    values = count_values(counts, today) if counts else [None] * len(P.COUNT_KEYS)
    for i, (label, value) in enumerate(zip(P.COUNT_LABELS, values)):
        row = P.COUNTS_FIRST_ROW + i
        ws.write(f"{D}{row}", label, f_label)
        ws.write(f"{V}{row}", value, f_count if i else f_value)

    ws.write(f"{D}{P.RUN_HEAD_ROW}", M.HEAD_RUN, f_head)
    ws.write(f"{V}{P.RUN_HEAD_ROW}", None, f_head)
    run = [datetime.now().strftime(P.DATETIME_FORMAT), M.BUTTON_BUILD, M.STATUS_READY]
    for i in range(P.RUN_ROWS):
        row = P.RUN_FIRST_ROW + i
        if i < len(P.RUN_LABELS):
            ws.write(f"{D}{row}", P.RUN_LABELS[i], f_label)
        ws.write(f"{V}{row}", run[i] if i < len(run) else None, f_value)

    ws.merge_range(f"B{P.HELP_HEAD_ROW}:{V}{P.HELP_HEAD_ROW}", M.HEAD_HELP, f_head)
    for i, line in enumerate(P.instructions(log_name)):
        row = P.HELP_FIRST_ROW + i
        ws.merge_range(f"B{row}:{V}{row}", line, f_help)
        ws.set_row(row - 1, 34)

    for cell, b in zip(P.BUTTON_CELLS, BUTTONS):
        ws.insert_button(cell, {"macro": b.macro, "caption": b.caption,
                                "width": P.BUTTON_WIDTH, "height": P.BUTTON_HEIGHT})
    ws.activate()
    ws.set_first_sheet()
    ws.set_selection(P.setting_cell("master"))

    cs = wb.add_worksheet(P.CONF_SHEET)
    cs.set_vba_name(P.CONF_CODE_NAME)
    cs.set_column("A:A", 18)
    cs.set_column("B:B", 50)
    cs.set_column("C:C", 70)
    for r, (key, value) in enumerate(conf):           # keys from A1, no blank row
        cs.write_string(r, 0, key)
        if isinstance(value, bool):
            cs.write_boolean(r, 1, value)
        elif value:
            cs.write_string(r, 1, value)
        cs.write_string(r, 2, M.CONF_NOTES[key])
    wb.close()
