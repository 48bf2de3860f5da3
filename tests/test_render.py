"""Rendering test of the master workbook (issue 3): what a person sees when the workbook is
opened or printed, not what openpyxl reads back.

A workbook is built through ``refresh`` from Notice objects, a task is marked done on its
agency sheet the way staff do (edit the file, refresh again), then LibreOffice (headless)
prints that agency sheet to PDF, pdftoppm turns the PDF into PNG pages, and the colour
bands down the page must be: the overdue row red, the done row green, nothing between.

LibreOffice evaluates the conditional formats' TODAY() as the real date, while ``refresh``
gets a fixed ``today``: the task dates are chosen around both, so that every task has the
same class whichever of the two dates is "today".
"""
from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tbkl_xl import refresh
from tbkl_xl.master import layout as L
from tbkl_xl.master.highlight import COLOURS, DONE_ON_TIME, OPEN, OVERDUE, highlight
from tbkl_xl.model import DEPARTMENT, DL_DATE, Agency, Deadline, Notice, Task

FIXED_TODAY = date(2026, 5, 15)          # what refresh is told
REAL_TODAY = date.today()                # what LibreOffice's TODAY() gives
LO, HI = min(FIXED_TODAY, REAL_TODAY), max(FIXED_TODAY, REAL_TODAY)

ISSUED = LO - timedelta(days=60)
OVERDUE_BY = LO - timedelta(days=30)     # passed under both dates
FAR = HI + timedelta(days=120)           # far beyond "due soon" under both dates
DONE_BY = HI + timedelta(days=60)        # deadline of the task that gets done ...
DONE_ON = LO - timedelta(days=5)         # ... on this day, before it

TOLERANCE = 8        # per RGB channel, for anti-aliasing and PDF colour rounding
MIN_PIXELS = 40      # fill pixels in one pixel row for that row to count as coloured
MIN_BAND = 2         # pixel rows for a band (a one-line table row fitted to A4 width at 50 dpi
                     # is ~3 px high)


def _tool(*names: str) -> str:
    for n in names:
        p = shutil.which(n)
        if p:
            return p
    msg = f"{' / '.join(names)} not found: install it (.ci/run does, with apt-get)"
    if os.environ.get("CI"):
        pytest.fail(msg)
    pytest.skip(msg)


def _notice() -> Notice:
    stf = Agency(name="Sở Tài chính", written="Sở Tài chính", code="STC", kind=DEPARTMENT)
    snv = Agency(name="Sở Nội vụ", written="Sở Nội vụ", code="SNV", kind=DEPARTMENT)

    def task(i, text, when, phrase):
        return Task(id=f"RENDER-T{i}", section=str(i), lead=[stf], support=[snv], text=text,
                    deadline=Deadline(date=when, kind=DL_DATE, text=phrase), order=i)

    return Notice(
        id="RENDER-TB1", source="render_test.txt", number="99/TB-UBND", doc_type="THÔNG BÁO",
        place="Lạng Sơn", issued=ISSUED, issued_text=ISSUED.strftime("ngày %d tháng %m năm %Y"),
        issued_month=(ISSUED.year, ISSUED.month),
        title="Kết luận của Chủ tịch UBND tỉnh tại buổi kiểm tra tiến độ giải ngân vốn đầu tư công",
        leader="Chủ tịch UBND tỉnh", signer="Chánh Văn phòng", content_hash="render-test-1",
        tasks=[
            task(1, "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát, tổng hợp nhu cầu "
                    "kinh phí, báo cáo UBND tỉnh.", OVERDUE_BY, "chậm nhất ngày " + OVERDUE_BY.strftime("%d/%m/%Y")),
            task(2, "Sở Tài chính hướng dẫn các xã, phường hoàn thiện hồ sơ quyết toán dự án "
                    "hoàn thành.", FAR, "trước ngày " + FAR.strftime("%d/%m/%Y")),
            task(3, "Sở Tài chính tham mưu phân bổ vốn đầu tư công năm sau cho các dự án "
                    "chuyển tiếp.", DONE_BY, "trong ngày " + DONE_BY.strftime("%d/%m/%Y")),
        ])


def _header_index(values) -> int:
    return next(i for i, r in enumerate(values) if L.C_ID in r and L.C_TEXT in r)


def _task_sheet_rows(ws) -> tuple[list, list]:
    values = list(ws.iter_rows(values_only=True))
    h = _header_index(values)
    headers = [str(x) if x is not None else "" for x in values[h]]
    rows = [dict(zip(headers, r)) for r in values[h + 1:] if r and r[headers.index(L.C_ID)]]
    return headers, rows


def _agency_sheet(path: Path, ids: set) -> str:
    """The agency sheet (not Tổng hợp, not a fixed sheet) that lists the given task ids."""
    wb = load_workbook(path, read_only=True)
    try:
        for name in wb.sheetnames:
            if name in L.FIXED_SHEETS:
                continue
            _, rows = _task_sheet_rows(wb[name])
            if ids <= {r[L.C_ID] for r in rows}:
                return name
    finally:
        wb.close()
    raise AssertionError(f"no agency sheet lists {sorted(ids)} in {path}")


def _mark_done(path: Path, sheet: str, task_id: str, when: date) -> None:
    """What a staff member does in Excel: pick 'Đã hoàn thành' and type the day it was done."""
    wb = load_workbook(path)
    ws = wb[sheet]
    h = _header_index([[c.value for c in row] for row in ws.iter_rows(max_row=12)]) + 1
    headers = [c.value for c in ws[h]]
    id_col, st_col, dd_col = (headers.index(x) + 1 for x in (L.C_ID, L.C_STATUS, L.C_DONE_DATE))
    for r in range(h + 1, ws.max_row + 1):
        if ws.cell(r, id_col).value == task_id:
            ws.cell(r, st_col).value = L.ST_DONE
            ws.cell(r, dd_col).value = when
            break
    else:
        raise AssertionError(f"{task_id} not on sheet {sheet}")
    wb.save(path)


def _only_sheet(src: Path, dest: Path, sheet: str) -> None:
    """A copy of the workbook in which every sheet but ``sheet`` is hidden: LibreOffice does
    not print hidden sheets, and the other sheets stay there for names and formulas."""
    wb = load_workbook(src)
    for ws in wb.worksheets:
        if ws.title != sheet:
            ws.sheet_state = "hidden"
            ws.print_area = None           # LibreOffice prints a hidden sheet's print area
        ws.sheet_view.tabSelected = ws.title == sheet
    wb.active = wb.sheetnames.index(sheet)
    wb.save(dest)


def render_png(xlsx: Path, outdir: Path) -> list:
    """xlsx -> PDF (LibreOffice headless, own throw-away profile) -> PNG pages at 50 dpi."""
    soffice = _tool("soffice", "libreoffice")
    pdftoppm = _tool("pdftoppm")
    profile = (outdir / f"lo_render_{os.getpid()}").resolve().as_uri()
    r = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(xlsx)],
                       capture_output=True, text=True, timeout=240, stdin=subprocess.DEVNULL)
    pdf = outdir / (xlsx.stem + ".pdf")
    assert r.returncode == 0 and pdf.exists(), (
        f"LibreOffice did not make {pdf.name} (exit {r.returncode})\n{r.stdout}\n{r.stderr}")
    r = subprocess.run([pdftoppm, "-png", "-r", "50", str(pdf), str(outdir / "page")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, f"pdftoppm failed (exit {r.returncode}): {r.stderr}"
    pages = sorted(outdir.glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
    assert pages, f"pdftoppm made no page from {pdf}"
    return pages


def _rgb(hex6: str) -> tuple:
    return tuple(int(hex6[i:i + 2], 16) for i in (0, 2, 4))


def colour_bands(pages: list, fills: dict) -> list:
    """Horizontal bands of the given fill colours, top to bottom over the pages:
    [(class, first pixel row, height, widest run in px)]."""
    from PIL import Image

    targets = {cls: _rgb(hex6) for cls, hex6 in fills.items()}
    bands = []
    for page in pages:
        img = Image.open(page).convert("RGB")
        w, h = img.size
        px = img.load()
        current = None
        for y in range(h):
            counts = dict.fromkeys(targets, 0)
            for x in range(w):
                p = px[x, y]
                for cls, t in targets.items():
                    if abs(p[0] - t[0]) <= TOLERANCE and abs(p[1] - t[1]) <= TOLERANCE \
                            and abs(p[2] - t[2]) <= TOLERANCE:
                        counts[cls] += 1
                        break
            cls, n = max(counts.items(), key=lambda kv: kv[1])
            cls = cls if n >= MIN_PIXELS else None
            if current and current[0] == cls:
                current[2] += 1
                current[3] = max(current[3], n)
            else:
                if current and current[0] and current[2] >= MIN_BAND:
                    bands.append(tuple(current))
                current = [cls, y, 1, n] if cls else [None, y, 1, 0]
        if current and current[0] and current[2] >= MIN_BAND:
            bands.append(tuple(current))
    return bands


def test_agency_sheet_prints_overdue_red_and_done_green(tmp_path):
    _tool("soffice", "libreoffice")
    _tool("pdftoppm")
    book = tmp_path / "theo_doi.xlsx"
    notice = _notice()

    refresh(book, [notice], today=FIXED_TODAY)
    sheet = _agency_sheet(book, {t.id for t in notice.tasks})
    _mark_done(book, sheet, "RENDER-T3", DONE_ON)
    summary = refresh(book, [notice], today=FIXED_TODAY)
    assert summary.edits_kept >= 1, summary.lines()

    # What the sheet holds after the refresh, and the classes the Python rules give it
    wb = load_workbook(book, read_only=True)
    _, rows = _task_sheet_rows(wb[sheet])
    wb.close()
    by_id = {r[L.C_ID]: r for r in rows}
    assert by_id["RENDER-T3"][L.C_STATUS] == L.ST_DONE, "the staff edit did not survive refresh"
    assert [r[L.C_ID] for r in rows] == ["RENDER-T1", "RENDER-T2", "RENDER-T3"]
    classes = highlight(rows, today=REAL_TODAY)
    assert classes == [OVERDUE, OPEN, DONE_ON_TIME]
    assert highlight(rows, today=FIXED_TODAY) == classes

    printable = tmp_path / "render_only.xlsx"
    _only_sheet(book, printable, sheet)
    outdir = tmp_path / "out"
    outdir.mkdir()
    pages = render_png(printable, outdir)

    fills = {cls: COLOURS[cls][0] for cls in COLOURS}
    bands = colour_bands(pages, fills)
    # the colour legend under the title: one cell of each colour, each far narrower than a row
    legend = [b for b in bands if b[3] < 0.5 * max(x[3] for x in bands)]
    assert legend and legend[0][1] < min(b[1] for b in bands if b not in legend), bands
    bands = [b for b in bands if b not in legend]
    assert [b[0] for b in bands] == [OVERDUE, DONE_ON_TIME], (
        f"colour bands down the printed sheet {sheet!r} (class, y, height, px): {bands}; "
        f"expected the overdue row red ({fills[OVERDUE]}) above the done row green "
        f"({fills[DONE_ON_TIME]}); pages in {outdir}")
    # Each band is one table row: not a sliver of a cell, and about as tall as a row
    for cls, _, height, width in bands:
        assert width >= 150, f"{cls} band only {width}px wide: the row is not filled ({bands})"
