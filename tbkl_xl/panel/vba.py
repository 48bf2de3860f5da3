"""The VBA side of the control workbook: the buttons, the module of one-line subs they run, and
the VBA project built from xlwings' own standalone template.

Each button runs one entry point of ``tbkl_xl/xl.py`` through xlwings' ``RunPython``.  The module
text is made here from ``BUTTONS``; ``macros/TbklButtons.bas`` at the top of the repository is
the committed copy of it (a test fails when the two differ; ``tools/write_macros.py`` writes
it).  VBA source stays ASCII (code page 1252): the Vietnamese captions live in the
workbook, not in the code.
"""
from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import TbklError
from ..messages import xl as M

MODULE_NAME = "TbklButtons"
ENTRY_MODULE = "tbkl_xl.xl"
TEMPLATE = "quickstart_standalone.xlsm"   # ships with xlwings; its VBA project holds RunPython
TEMPLATE_SAMPLE_MODULE = "Module1"        # the template's sample macro, removed
XLWINGS_MODULE = "xlwings"


@dataclass(frozen=True)
class Button:
    macro: str          # VBA Sub, no arguments (LibreOffice drops a binding to one with arguments)
    caption: str        # Vietnamese, on the button
    entry_point: str    # function of tbkl_xl.xl called with no argument: it finds Book.caller()

    @property
    def command(self) -> str:
        """The Python statement ``RunPython`` executes."""
        return f"import {ENTRY_MODULE} as x; x.{self.entry_point}()"


BUTTONS = (
    Button("RefreshTasks", M.CAPTION_REFRESH, "refresh"),
    Button("HighlightDeadlines", M.CAPTION_HIGHLIGHT, "highlight_deadlines"),
    Button("ExportReports", M.CAPTION_EXPORT, "export_reports"),
    Button("ImportReplies", M.CAPTION_IMPORT, "import_replies"),
)

_HEADER = (
    f'Attribute VB_Name = "{MODULE_NAME}"',
    "' Buttons of the tbkl-xl control workbook (Bang dieu khien.xlsm), built by `tbkl-xl panel`.",
    "' Each button runs one entry point of tbkl_xl/xl.py through xlwings' RunPython (module",
    "' \"xlwings\" of this VBA project). Generated from tbkl_xl/panel/vba.py; macros/TbklButtons.bas",
    "' is the committed copy. Do not edit it in Excel: rebuild the workbook with `tbkl-xl panel`.",
    "Option Explicit",
    "",
)


def module_source() -> str:
    """The VBA module, as VBA stores it (CRLF line ends, ASCII)."""
    lines = list(_HEADER)
    for b in BUTTONS:
        lines.append(f'Sub {b.macro}(): RunPython "{b.command}": End Sub')
    text = "\r\n".join(lines) + "\r\n"
    text.encode("ascii")                       # VBA source must stay ASCII (code page 1252)
    return text


def template_path() -> Path:
    import xlwings
    return Path(xlwings.__file__).parent / TEMPLATE


_VERSION = re.compile(r'XLWINGS_VERSION\s+As\s+String\s*=\s*"([^"]+)"', re.I)


def xlwings_vba_version(source: str):
    """The ``XLWINGS_VERSION`` constant of xlwings' VBA module text (None when absent)."""
    m = _VERSION.search(source)
    return m.group(1) if m else None


def vba_project_bin() -> bytes:
    """``vbaProject.bin`` for the control workbook: xlwings' standalone template (modules
    ``xlwings`` and ``Dictionary``, no add-in needed) without its sample module, plus ours."""
    import xlwings
    from pyopenvba import ExcelFile

    src = template_path()
    if not src.is_file():
        raise TbklError(M.PANEL_TEMPLATE_MISSING.format(path=src, version=xlwings.__version__))
    with tempfile.TemporaryDirectory(prefix="tbkl_panel_") as tmp:
        work, out = Path(tmp) / "template.xlsm", Path(tmp) / "panel.xlsm"
        shutil.copyfile(src, work)
        book = ExcelFile(work)
        project = book.vba_project()
        vba_version = xlwings_vba_version(project.get_module(XLWINGS_MODULE).source)
        if vba_version != xlwings.__version__:
            raise TbklError(M.PANEL_VERSION_MISMATCH.format(vba=vba_version, version=xlwings.__version__))
        if TEMPLATE_SAMPLE_MODULE in project.module_names():
            project.delete_module(TEMPLATE_SAMPLE_MODULE)
        project.add_module(MODULE_NAME, module_source())
        book.save(out)
        return ExcelFile(out).vba_project_bytes()

