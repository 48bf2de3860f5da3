"""Issue 12: every task sheet prints as a list a department head would accept — LibreOffice
renders the master built from the samples to PDF; on every page of every task sheet the body
text is at least 9 pt and the page carries the title and its page number; long notice titles
are printed whole (rows tall enough); page 1 of an agency sheet is kept as PNG to look at."""
from __future__ import annotations

import re
import subprocess
from collections import defaultdict
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from conftest import REPO, require_soffice
from tbkl_xl.master import layout as L
from tbkl_xl.master import refresh

TODAY = date(2026, 5, 9)
MIN_PT = 9.0
FOOTER_PT = 40                   # the footer (sheet name, page number) sits in the bottom margin


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    soffice = require_soffice()
    out = tmp_path_factory.mktemp("print")
    book = out / "theo_doi.xlsx"
    refresh(book, [REPO / "samples"], today=TODAY)
    profile = (out / "lo_profile").resolve().as_uri()
    r = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                        "--convert-to", "pdf", "--outdir", str(out), str(book)],
                       capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    pdf = out / "theo_doi.pdf"
    assert r.returncode == 0 and pdf.exists(), r.stderr
    pages = defaultdict(list)            # sheet name (left of the footer) -> pdfplumber pages
    doc = pdfplumber.open(pdf)
    for page in doc.pages:
        lines = page.extract_text().splitlines()
        sheet = re.sub(r"\s*Trang \d+/\d+\s*$", "", lines[-1]).strip()
        pages[sheet].append(page)
    yield book, pages, pdf, out
    doc.close()


def _task_sheets(book):
    wb = load_workbook(book)
    return [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"
            and ws.title not in (L.NOTICES, L.AGENCIES, L.CONFIG, L.LOG)]


def test_every_task_sheet_prints_with_title_page_numbers_and_body_at_least_9pt(printed):
    book, pages, _, _ = printed
    sheets = _task_sheets(book)
    assert len(sheets) > 10 and set(sheets) <= set(pages), set(sheets) - set(pages)
    wb = load_workbook(book)
    for sheet in sheets:
        ws = wb[sheet]
        h = next(r for r in range(1, 12) if ws.cell(r, 1).value == L.C_STT)
        heads = [c.value for c in ws[h]]
        words = {w for r in ws.iter_rows(min_row=h + 1, values_only=True)
                 for w in str(r[heads.index(L.C_TEXT)] or "").split() if len(w) >= 5}
        total = len(pages[sheet])
        for n, page in enumerate(pages[sheet], 1):
            text = page.extract_text()
            assert "nhiệm vụ theo dõi đến ngày" in text, (sheet, n)
            assert re.search(r"Trang \d+/\d+", text), (sheet, n, text[-80:])
            body = [w for w in page.extract_words(extra_attrs=["size"]) if w["text"] in words
                    and w["bottom"] < page.height - FOOTER_PT]              # not the footer
            assert body, (sheet, n)
            small = [(w["text"], round(w["size"], 1)) for w in body if w["size"] < MIN_PT]
            assert not small, (sheet, n, small[:5])
        assert total >= 1


def test_the_internal_columns_are_not_printed(printed):
    _, pages, _, _ = printed
    text = "\n".join(p.extract_text() for p in pages["Tổng hợp"])
    assert "Mã NV" not in text and "Tình trạng nguồn" not in text and "Cần kiểm tra" not in text
    assert "Nội dung nhiệm vụ" in text and "Kết quả thực hiện" in text and "Ghi chú" in text


def test_long_notice_titles_print_whole(printed):
    book, pages, _, _ = printed
    wb = load_workbook(book)
    ws = wb[L.NOTICES]
    titles = [r[3] for r in ws.iter_rows(min_row=2, values_only=True) if r[3]]
    printed_text = " ".join(" ".join(p.extract_text().split()) for p in pages[L.NOTICES])
    for t in titles:
        last_words = " ".join(t.split()[-3:])
        assert last_words in printed_text, (t, "cut off: the row is not tall enough")


def test_page_one_of_an_agency_sheet_as_png(printed):
    """Kept beside the PDF for a person to look at (tests cannot judge looks)."""
    book, pages, pdf, out = printed
    agency = next(s for s in _task_sheets(book) if s != "Tổng hợp" and len(pages[s]) >= 1)
    number = pages[agency][0].page_number
    r = subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(number), "-l", str(number), str(pdf),
                        str(out / "agency_page1")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0
    png = next(out.glob("agency_page1*.png"))
    assert png.stat().st_size > 10_000
