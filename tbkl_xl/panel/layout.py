"""Layout of the control workbook ``Bảng điều khiển.xlsm``: sheet names, code names, and the
cells the builder writes and the xlwings entry points read and write back.

The builder (``build.py``) and the entry points (``tbkl_xl/xl.py``) both take every address
from here, so the two cannot drift apart.  Texts are in ``tbkl_xl/messages/xl.py``.
"""
from __future__ import annotations

from ..messages import xl as M

PANEL_NAME = "Bảng điều khiển.xlsm"     # the file name the README and the docs use
SHEET = "Bảng điều khiển"               # first sheet: buttons, paths, counts, last run
CONF_SHEET = "xlwings.conf"             # read by xlwings' VBA (keys from A1, no blank row)
# VBA code names: they must be the document modules of the VBA project (xlwings' template)
WORKBOOK_CODE_NAME = "ThisWorkbook"
SHEET_CODE_NAME = "Sheet1"
CONF_CODE_NAME = "Sheet2"

LOG_SUFFIX = ".log"                     # "Bảng điều khiển.log" beside the control workbook

# ---------------------------------------------------------------- columns
BUTTON_COL, LABEL_COL, VALUE_COL = "B", "D", "E"
WIDTHS = {"A": 2.5, "B": 36, "C": 2.5, "D": 34, "E": 78}

TITLE_ROW, SUBTITLE_ROW = 1, 2

# ---------------------------------------------------------------- settings (read by every button)
SETTINGS_HEAD_ROW = 4
SETTING_ROWS = {"master": 5, "notices": 6, "out_dir": 7, "replies_dir": 8}
SETTING_LABELS = {"master": M.LABEL_MASTER, "notices": M.LABEL_NOTICES, "out_dir": M.LABEL_OUT_DIR,
                  "replies_dir": M.LABEL_REPLIES_DIR}
SETTINGS = f"{VALUE_COL}{SETTING_ROWS['master']}:{VALUE_COL}{SETTING_ROWS['replies_dir']}"

# ---------------------------------------------------------------- counts (written back, one range)
COUNTS_HEAD_ROW = 10
COUNT_KEYS = ("as_of", "overdue", "due_this_week", "done_this_week", "needs_review")
COUNT_LABELS = (M.LABEL_AS_OF, M.LABEL_OVERDUE, M.LABEL_DUE_THIS_WEEK, M.LABEL_DONE_THIS_WEEK,
                M.LABEL_NEEDS_REVIEW)
COUNTS_FIRST_ROW = 11
COUNTS = f"{VALUE_COL}{COUNTS_FIRST_ROW}:{VALUE_COL}{COUNTS_FIRST_ROW + len(COUNT_KEYS) - 1}"

# ---------------------------------------------------------------- last run (written back, one range)
RUN_HEAD_ROW = 17
RUN_FIRST_ROW = 18                      # time, button, status, then the detail lines
DETAIL_LINES = 6
RUN_ROWS = 3 + DETAIL_LINES
RUN = f"{VALUE_COL}{RUN_FIRST_ROW}:{VALUE_COL}{RUN_FIRST_ROW + RUN_ROWS - 1}"
STATUS_CELL = f"{VALUE_COL}{RUN_FIRST_ROW + 2}"
RUN_LABELS = (M.LABEL_WHEN, M.LABEL_BUTTON, M.LABEL_STATUS, M.LABEL_DETAILS)

# ---------------------------------------------------------------- instructions
HELP_HEAD_ROW = 28
HELP_FIRST_ROW = 29

# ---------------------------------------------------------------- buttons: top-left cell of each
BUTTON_CELLS = ("B5", "B8", "B11", "B14")
BUTTON_WIDTH, BUTTON_HEIGHT = 250, 44   # pixels

DATE_FORMAT = "%d/%m/%Y"
DATETIME_FORMAT = "%d/%m/%Y %H:%M:%S"


def setting_cell(key: str) -> str:
    return f"{VALUE_COL}{SETTING_ROWS[key]}"


def instructions(log_name: str) -> tuple:
    """The five instruction lines, with the cells and the log file they name."""
    return tuple(line.format(notices_cell=setting_cell("notices"), out_cell=setting_cell("out_dir"),
                             replies_cell=setting_cell("replies_dir"), log=log_name)
                 for line in M.INSTRUCTIONS)
