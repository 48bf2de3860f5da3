"""The control workbook `Bảng điều khiển.xlsm` as built by `tbkl-xl panel` (issue 10): the chain
button -> macro -> RunPython -> Python callable, read back from the built file with oletools and
pyopenvba; the committed macros/ against the built panel; the sheets and the xlwings.conf
settings; the command's output and errors; and the panel rendered by LibreOffice."""
from __future__ import annotations

import importlib
import inspect
import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tbkl_xl.cli import main
from tbkl_xl.messages import xl as M
from tbkl_xl.panel import BUTTONS, MODULE_NAME, build_panel, module_source, resolve_setting, stored_path
from tbkl_xl.panel import layout as P
from tbkl_xl.panel.build import interpreter_settings

from conftest import require_soffice

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 5, 4)


@pytest.fixture
def built(tmp_path):
    (tmp_path / "tb").mkdir()
    panel = tmp_path / P.PANEL_NAME
    build_panel(panel, tmp_path / "theo_doi.xlsx", tmp_path / "tb", today=TODAY)
    return panel


# ---------------------------------------------------------------- reading the built file back
def vba_modules(path) -> dict:
    """{module name: code} as oletools' olevba extracts them."""
    import warnings
    with warnings.catch_warnings():          # oletools uses pyparsing's old names
        warnings.simplefilter("ignore", DeprecationWarning)
        from oletools.olevba import VBA_Parser
    parser = VBA_Parser(str(path))
    try:
        assert parser.detect_vba_macros(), f"{path}: no VBA project"
        return {name.rsplit(".", 1)[0]: code for _, _, name, code in parser.extract_macros()}
    finally:
        parser.close()


def buttons(path) -> list:
    """(caption, macro, anchor row) of every form button in the workbook's VML drawings."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(n for n in z.namelist() if n.endswith(".vml")):
            vml = z.read(name).decode("utf-8")
            for shape in re.findall(r"<v:shape .*?</v:shape>", vml, re.S):
                if 'ObjectType="Button"' not in shape:
                    continue
                caption = re.sub(r"<[^>]+>", "", re.search(r"<v:textbox.*?</v:textbox>", shape, re.S).group(0))
                macro = re.search(r"<x:FmlaMacro>(.*?)</x:FmlaMacro>", shape).group(1)
                out.append((caption.strip(), macro))
    return out


SUB = re.compile(r'^\s*(?:Public\s+)?Sub\s+(\w+)\s*\(\s*\)\s*:\s*RunPython\s+"([^"]*)"\s*:\s*End Sub\s*$',
                 re.I | re.M)
RUN_PYTHON = re.compile(r"^import ([\w.]+) as (\w+); \2\.(\w+)\(\)$")


def test_every_button_runs_a_macro_that_calls_an_existing_python_function(built):
    modules = vba_modules(built)
    subs = {}
    for name, code in modules.items():
        for sub, command in SUB.findall(code):
            subs[sub] = command
    found = buttons(built)
    assert [c for c, _ in found] == [M.CAPTION_REFRESH, M.CAPTION_HIGHLIGHT, M.CAPTION_EXPORT,
                                     M.CAPTION_IMPORT]
    for caption, macro in found:
        name = macro.split("!")[-1]
        assert name in subs, f"button {caption!r} is bound to {macro!r}, which no module defines"
        m = RUN_PYTHON.match(subs[name])
        assert m, f"{name}: RunPython {subs[name]!r} is not 'import M as x; x.f()'"
        module = importlib.import_module(m.group(1))
        fn = getattr(module, m.group(3), None)
        assert callable(fn), f"{name}: {m.group(1)}.{m.group(3)} does not exist"
        params = inspect.signature(fn).parameters
        assert all(p.default is not inspect.Parameter.empty for p in params.values()), \
            f"{m.group(3)} cannot be called with no argument"
    assert set(subs) == {b.macro for b in BUTTONS}


def test_vba_module_version_equals_installed_xlwings(built):
    import xlwings
    code = vba_modules(built)["xlwings"]
    m = re.search(r'XLWINGS_VERSION As String = "([^"]+)"', code)
    assert m and m.group(1) == xlwings.__version__
    # and the pin in setup.cfg is that version
    assert f"xlwings=={xlwings.__version__}" in (ROOT / "setup.cfg").read_text()


def test_template_sample_module_is_gone_and_runpython_is_there(built):
    modules = vba_modules(built)
    assert "Module1" not in modules
    assert {"ThisWorkbook", "Sheet1", "Sheet2", "xlwings", "Dictionary", MODULE_NAME} <= set(modules)
    assert re.search(r"^Public Function RunPython\(", modules["xlwings"], re.M)


def test_committed_macros_equal_the_module_in_the_built_panel(built):
    """Fails when macros/ and the panel disagree: run tools/write_macros.py after changing the
    buttons in tbkl_xl/panel/vba.py."""
    from pyopenvba import ExcelFile
    committed = {p.stem: p.read_bytes() for p in (ROOT / "macros").iterdir()}
    assert set(committed) == {MODULE_NAME}, f"macros/ holds {sorted(committed)}"
    source = ExcelFile(built).vba_project().get_module(MODULE_NAME).source
    assert committed[MODULE_NAME] == source.encode("ascii")
    assert committed[MODULE_NAME] == module_source().encode("ascii")
    assert b"\r\n" in committed[MODULE_NAME] and b"\n" not in committed[MODULE_NAME].replace(b"\r\n", b"")


def test_sheets_code_names_match_the_vba_project(built):
    with zipfile.ZipFile(built) as z:
        wbxml = z.read("xl/workbook.xml").decode()
        names = re.findall(r'<sheet name="([^"]+)"', wbxml)
        assert names == [P.SHEET, P.CONF_SHEET]
        assert f'codeName="{P.WORKBOOK_CODE_NAME}"' in wbxml
        assert f'<sheetPr codeName="{P.SHEET_CODE_NAME}"' in z.read("xl/worksheets/sheet1.xml").decode()
        assert f'<sheetPr codeName="{P.CONF_CODE_NAME}"' in z.read("xl/worksheets/sheet2.xml").decode()
        assert "xl/vbaProject.bin" in z.namelist()
    assert {P.SHEET_CODE_NAME, P.CONF_CODE_NAME, P.WORKBOOK_CODE_NAME} <= set(vba_modules(built))


def test_dashboard_cells(built, tmp_path):
    ws = load_workbook(built)[P.SHEET]
    assert ws["B1"].value == M.TITLE
    assert [ws[f"D{r}"].value for r in P.SETTING_ROWS.values()] == [
        M.LABEL_MASTER, M.LABEL_NOTICES, M.LABEL_OUT_DIR, M.LABEL_REPLIES_DIR]
    assert [c.value for (c,) in ws[P.SETTINGS]] == ["theo_doi.xlsx", "tb", "Báo cáo", "Phản hồi"]
    assert (tmp_path / "Báo cáo").is_dir() and (tmp_path / "Phản hồi").is_dir()
    assert [ws[f"D{P.COUNTS_FIRST_ROW + i}"].value for i in range(5)] == list(P.COUNT_LABELS)
    assert [c.value for (c,) in ws[P.COUNTS]] == [None] * 5          # no master yet
    assert ws[P.STATUS_CELL].value == M.STATUS_READY
    help_lines = [ws[f"B{P.HELP_FIRST_ROW + i}"].value for i in range(5)]
    assert help_lines == list(P.instructions("Bảng điều khiển.log"))
    assert "ô E6" in help_lines[0] and "«Bảng điều khiển.log»" in help_lines[4]


def test_xlwings_conf_keys_from_a1_without_blank_rows(built):
    ws = load_workbook(built)[P.CONF_SHEET]
    keys = [ws.cell(r, 1).value for r in range(1, ws.max_row + 2)]
    assert keys == ["Interpreter_Win", "Interpreter_Mac", "Show Console", "Use UDF Server", None]
    assert [ws.cell(r, 2).value for r in range(1, 5)] == [None, None, False, False]
    assert all(ws.cell(r, 3).value for r in range(1, 5))     # a Vietnamese note beside each key


def test_interpreter_is_pythonw_of_the_building_windows_environment(tmp_path):
    scripts = tmp_path / "venv" / "Scripts"
    scripts.mkdir(parents=True)
    (scripts / "python.exe").write_bytes(b"")
    (scripts / "pythonw.exe").write_bytes(b"")
    rows = dict(interpreter_settings("win32", str(scripts / "python.exe")))
    assert rows["Interpreter_Win"] == str(scripts / "pythonw.exe") and rows["Interpreter_Mac"] == ""
    assert dict(interpreter_settings("darwin", "/opt/py/bin/python3"))["Interpreter_Mac"] == "/opt/py/bin/python3"
    assert dict(interpreter_settings("linux", "/usr/bin/python3"))["Interpreter_Win"] == ""


def test_paths_in_cells_are_relative_inside_the_panel_folder(tmp_path):
    assert stored_path(tmp_path / "a" / "b.xlsx", tmp_path) == str(Path("a") / "b.xlsx")
    assert stored_path(tmp_path, tmp_path) == "."
    other = tmp_path.parent / "elsewhere"
    assert stored_path(other, tmp_path) == str(other)
    assert resolve_setting("a/b.xlsx", tmp_path) == tmp_path / "a" / "b.xlsx"
    assert resolve_setting(' "/x/y" ', tmp_path) == Path("/x/y")
    assert resolve_setting("  ", tmp_path) is None and resolve_setting(None, tmp_path) is None


# ---------------------------------------------------------------- the command
def test_panel_command_output(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tb").mkdir()
    rc = main(["panel", "Bảng điều khiển.xlsm", "--master", "theo_doi.xlsx", "--notices", "tb",
               "--today", "2026-05-04"])
    out = capsys.readouterr().out.splitlines()
    assert rc == 0
    assert out == [M.PANEL_BUILT.format(path="Bảng điều khiển.xlsm"),
                   M.PANEL_MASTER_NEW.format(path="theo_doi.xlsx"),
                   M.PANEL_NOTICES.format(path="tb"), M.PANEL_OUT_DIR.format(path="Báo cáo"),
                   M.PANEL_REPLIES_DIR.format(path="Phản hồi"), M.PANEL_PYTHON_PATH]


@pytest.mark.parametrize("args, message", [
    (["x.xlsx", "--master", "m.xlsx", "--notices", "tb"], M.PANEL_NOT_XLSM.format(path="x.xlsx")),
    (["p.xlsm", "--master", "m.xlsx", "--notices", "nope"], M.PANEL_NOTICES_MISSING.format(path="nope")),
    (["p.xlsm", "--master", "m.xls", "--notices", "tb"], M.PANEL_MASTER_NOT_XLSX.format(path="m.xls")),
    (["p.xlsm", "--master", "m.xlsx", "--notices", "tb/12-TB.docx"],
     M.PANEL_NOTICES_FILE.format(path="tb/12-TB.docx", folder="tb")),
    (["no/p.xlsm", "--master", "m.xlsx", "--notices", "tb"],
     M.PANEL_FOLDER_MISSING.format(path="no/p.xlsm", folder="no")),
])
def test_panel_command_errors(tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tb").mkdir()
    (tmp_path / "tb" / "12-TB.docx").write_bytes(b"PK")
    assert main(["panel"] + args) == 2
    assert capsys.readouterr().err == f"tbkl-xl: lỗi: {message}\n"
    assert not list(tmp_path.glob("*.xlsm"))


def test_panel_open_in_excel_is_not_overwritten(built, capsys):
    before = built.read_bytes()
    (built.parent / ("~$" + built.name)).write_bytes(b"lock")
    assert main(["panel", str(built), "--master", "m.xlsx", "--notices", str(built.parent / "tb")]) == 2
    assert capsys.readouterr().err == "tbkl-xl: lỗi: " + M.PANEL_OPEN.format(
        path=built, lock="~$" + built.name) + "\n"
    assert built.read_bytes() == before


def test_counts_are_filled_when_the_master_exists(tmp_path):
    from tbkl_xl import refresh
    notices = tmp_path / "tb"
    notices.mkdir()
    shutil.copy(ROOT / "samples" / "06_ha_tang_cua_khau_dong_dang.txt", notices)
    refresh(tmp_path / "theo_doi.xlsx", [notices], today=TODAY)
    later = date(2027, 1, 4)             # the notice's deadlines have passed
    summary = build_panel(tmp_path / "p.xlsm", tmp_path / "theo_doi.xlsx", notices, today=later)
    ws = load_workbook(tmp_path / "p.xlsm")[P.SHEET]
    got = [c.value for (c,) in ws[P.COUNTS]]
    assert got[0] == "04/01/2027"
    assert got[1:] == [summary.counts[k] for k in P.COUNT_KEYS[1:]]
    assert summary.master_exists and sum(got[1:]) > 0


# ---------------------------------------------------------------- what a clerk sees
def test_panel_rendered_by_libreoffice_shows_the_four_buttons(built, tmp_path):
    """LibreOffice prints the dashboard to PDF, pdftoppm makes a PNG of it (look at it:
    tmp_path/png/panel-1.png).  Form buttons are non-printing objects (XlsxWriter writes
    PrintObject False), so the copy rendered here has that one flag turned on."""
    soffice = require_soffice()
    pdftoppm, pdftotext = shutil.which("pdftoppm"), shutil.which("pdftotext")
    if not (pdftoppm and pdftotext):
        pytest.fail("pdftoppm/pdftotext missing: apt-get install poppler-utils")
    printable = tmp_path / "printable.xlsm"
    with zipfile.ZipFile(built) as src, zipfile.ZipFile(printable, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".vml"):
                assert data.count(b"<x:PrintObject>False</x:PrintObject>") == 4
                data = data.replace(b"<x:PrintObject>False</x:PrintObject>", b"<x:PrintObject>True</x:PrintObject>")
            out.writestr(info, data)
    outdir = tmp_path / "png"
    r = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(printable)],
                       capture_output=True, text=True, timeout=180)
    pdf = outdir / "printable.pdf"
    assert pdf.exists(), f"LibreOffice made no PDF: {r.stderr}"
    subprocess.run([pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(outdir / "panel")],
                   check=True, timeout=120)
    assert list(outdir.glob("panel-*.png"))
    text = subprocess.run([pdftotext, "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", " ", text)
    for caption in (M.CAPTION_REFRESH, M.CAPTION_HIGHLIGHT, M.CAPTION_EXPORT, M.CAPTION_IMPORT):
        assert caption in flat, f"button {caption!r} not on the rendered page:\n{text}"
    assert M.TITLE in flat and M.LABEL_MASTER in flat


def test_readme_first_command_builds_the_panel_beside_the_master(tmp_path, monkeypatch, capsys):
    """The README's first command ends with `tbkl-xl panel …`: run that part as written (the
    refresh part is the same as before and is tested elsewhere)."""
    import shlex
    first = next(l.strip() for l in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
                 if l.startswith("    "))
    steps = [shlex.split(s) for s in first.split(" && ")]
    assert steps[0][:3] == ["python3", "-m", "venv"] and len(steps) == 4
    assert steps[2][:2] == [".venv/bin/tbkl-xl", "refresh"]
    panel = steps[3]
    assert panel[:2] == [".venv/bin/tbkl-xl", "panel"]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "workbook").mkdir()
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    assert main(panel[1:]) == 0
    capsys.readouterr()
    ws = load_workbook(tmp_path / "workbook" / "Bảng điều khiển.xlsm")[P.SHEET]
    assert [c.value for (c,) in ws[P.SETTINGS]] == [
        "theo_doi_nhiem_vu.xlsx", str(tmp_path / "samples"), "Báo cáo", "Phản hồi"]
