"""The control workbook ``Bảng điều khiển.xlsm``: buttons in Excel that run the library through
xlwings ``RunPython`` (issue 10).

- ``build_panel`` writes it (``tbkl-xl panel``); ``layout`` holds its cells, ``vba`` its buttons
  and VBA module (committed copy: ``macros/TbklButtons.bas``);
- ``paint_deadlines`` colours the deadline column of a closed master (button «Tô màu thời hạn»);
- the entry points the buttons call are in ``tbkl_xl/xl.py``.
"""
from .build import PanelSummary, build_panel, resolve_setting, stored_path
from .paint import PaintSummary, paint_deadlines
from .vba import BUTTONS, MODULE_NAME, module_source

__all__ = ["build_panel", "PanelSummary", "paint_deadlines", "PaintSummary", "BUTTONS",
           "MODULE_NAME", "module_source", "resolve_setting", "stored_path"]
