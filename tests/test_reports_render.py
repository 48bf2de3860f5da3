"""Rendering of what leaves the office (issue 9): the weekly report .docx, one reminder letter
and one agency file, printed by LibreOffice to PDF and then to PNG.

The checks are what a reader of the page sees: A4 (portrait for the documents, landscape for the
agency file), the header lines of Nghị định 30 on the first page, Times New Roman (or its metric
twin Liberation Serif where Times is not installed), page numbers, the title and the tables.
Set ``TBKL_RENDER_DIR`` to keep the PNGs for a person to look at.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import require_soffice
from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from report_factory import TODAY, build
from tbkl_xl.reports import export_all
from tbkl_xl.reports.files import to_pdf


def _tool(name):
    p = shutil.which(name)
    if not p:
        if os.environ.get("CI"):
            pytest.fail(f"{name} missing: apt-get install poppler-utils")
        pytest.skip(f"{name} missing")
    return p


def _pdf_info(pdf: Path) -> dict:
    out = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def _fonts(pdf: Path) -> str:
    return subprocess.run([_tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout


def _text(pdf: Path, page: int = 1) -> str:
    return subprocess.run([_tool("pdftotext"), "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def _png(pdf: Path, keep: Path, name: str) -> list:
    subprocess.run([_tool("pdftoppm"), "-png", "-r", "80", str(pdf), str(keep / name)], check=True)
    pngs = sorted(keep.glob(name + "*.png"))
    assert pngs and all(p.stat().st_size > 10_000 for p in pngs)      # not blank pages
    return pngs


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    require_soffice()
    tmp = tmp_path_factory.mktemp("render")
    with pytest.MonkeyPatch.context() as mp:          # what master_factory's autouse fixture does
        import importlib
        from tbkl_xl.master import layout
        mp.setattr(importlib.import_module("tbkl_xl.master.refresh"), "_default_agency_rows", lambda province=None: [])
        mp.setattr(layout, "directory_sheet_code", lambda a: a.code)
        book = build(tmp / "theo_doi.xlsx")
        s = export_all(book, tmp / "out", today=TODAY)
    keep = Path(os.environ.get("TBKL_RENDER_DIR") or tmp / "png")
    keep.mkdir(parents=True, exist_ok=True)
    report_pdf = next(Path(f) for f in s.weekly.files if f.endswith(".pdf"))
    letter = Path(s.reminders.files[0])
    agency = Path(s.export.files[0])
    out = {"report": report_pdf}
    for key, src in (("letter", letter), ("agency", agency)):
        work = tmp / key
        work.mkdir()
        copy = work / (key + src.suffix)
        shutil.copy(src, copy)
        pdf, why = to_pdf(copy)
        assert pdf is not None, why
        out[key] = pdf
    for key, pdf in out.items():
        _png(pdf, keep, key)
    return out


def _a4(info: dict, landscape: bool) -> None:
    w, h = (float(x) for x in info["Page size"].split("pts")[0].split("x"))
    if landscape:
        w, h = h, w
    assert abs(w - 595.3) < 2 and abs(h - 841.9) < 2, info["Page size"]


def test_report_docx_prints_as_a_decree_30_report(rendered):
    pdf = rendered["report"]
    info = _pdf_info(pdf)
    _a4(info, landscape=False)
    assert int(info["Pages"]) >= 2
    fonts = _fonts(pdf)
    assert "Times" in fonts or "LiberationSerif" in fonts
    first = _text(pdf, 1)
    for words in ("UBND TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VĂN PHÒNG",
                  "Độc lập - Tự do - Hạnh phúc", "/BC-VP", "Lạng Sơn, ngày 10 tháng 6 năm 2026", "BÁO CÁO",
                  "I. TÌNH HÌNH CHUNG"):
        assert words in first, words
    # the motto and the place/date share a line with the issuing body and the number
    line = next(ln for ln in first.splitlines() if "CỘNG HÒA" in ln)
    assert "UBND TỈNH LẠNG SƠN" in line
    assert _text(pdf, 2).strip().splitlines()[0].strip() == "2"          # page number from page 2
    last = _text(pdf, int(info["Pages"]))
    assert "Nơi nhận:" in last and "CHÁNH VĂN PHÒNG" in last


def test_reminder_letter_prints_as_a_cong_van(rendered):
    pdf = rendered["letter"]
    info = _pdf_info(pdf)
    _a4(info, landscape=False)
    first = _text(pdf, 1)
    for words in ("VĂN PHÒNG", "/VP-TH", "V/v đôn đốc thực hiện nhiệm vụ", "Kính gửi: Sở Tài chính.",
                  "CHÁNH VĂN PHÒNG", "Nơi nhận:"):
        assert words in first, words


def test_agency_file_prints_landscape_with_title_and_page_numbers(rendered):
    pdf = rendered["agency"]
    info = _pdf_info(pdf)
    _a4(info, landscape=True)
    first = _text(pdf, 1)
    assert "DANH MỤC NHIỆM VỤ DO UBND TỈNH GIAO - SỞ TÀI CHÍNH" in first
    assert "Trang 1/" in first
    assert "Mã NV" not in first and "T1" not in first.split()                 # ids stay hidden
