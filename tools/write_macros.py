"""Write macros/TbklButtons.bas, the committed copy of the control workbook's VBA module.

    .venv/bin/python tools/write_macros.py

The module is made from the button table in tbkl_xl/panel/vba.py; tests/test_panel.py fails
when this file and the module inside a built panel differ.
"""
from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tbkl_xl.panel.vba import MODULE_NAME, module_source  # noqa: E402

out = ROOT / "macros" / f"{MODULE_NAME}.bas"
out.parent.mkdir(exist_ok=True)
out.write_bytes(module_source().encode("ascii"))
print(out)
