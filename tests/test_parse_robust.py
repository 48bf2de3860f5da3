"""The parser reads a document the same whatever the way its text was written down: Unicode form,
line ends, tone-mark style, "UBND" or "Ủy ban nhân dân", and paragraphs hard-wrapped the way a
PDF converter wraps them (also inside a table written one cell per line).

The real sets are re-parsed after each change of form and must score what the unchanged text
scores (issue 11: documents never seen come from other converters, not only other issuers)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
import unicodedata

import pytest

from scoring import ROOT, SCORER, SHARED, need
from tbkl_xl.parse import parse_notice

OLD_STYLE = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé",
             "ủy": "uỷ", "úy": "uý", "ùy": "uỳ", "ụy": "uỵ", "Ủy": "Uỷ"}


def _old_tones(text: str) -> str:
    for new, old in OLD_STYLE.items():
        text = text.replace(new, old)
    return text


def _hard_wrap(text: str, width: int = 80) -> str:
    """Every line longer than ``width`` cut at spaces, as a converter of a PDF page does (table rows
    written with "|" are kept: a converter keeps a row on one line)."""
    return "\n".join(textwrap.fill(line, width) if len(line) > width and "|" not in line else line
                     for line in text.split("\n"))


FORMS = {
    "NFD": lambda t: unicodedata.normalize("NFD", t),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "old tone marks": _old_tones,
    "UBND for Ủy ban nhân dân": lambda t: t.replace("Ủy ban nhân dân", "UBND").replace("ỦY BAN NHÂN DÂN", "UBND"),
    "hard-wrapped at 80": _hard_wrap,
}

SETS = {
    "dev": (SHARED / "eval" / "real" / "notices", SHARED / "eval" / "real" / "gold"),
    "R2": (ROOT / "tests" / "data" / "real2" / "notices", ROOT / "tests" / "data" / "real2" / "gold"),
}


def _score(folder, gold, tmp_path, name) -> dict:
    parse = subprocess.run([sys.executable, "-m", "tbkl_xl", "parse", str(folder), "--json"],
                           capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)
    assert parse.returncode == 0, parse.stderr[-2000:]
    out = tmp_path / f"{name}.json"
    out.write_text(parse.stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(SCORER), str(gold), str(out)],
                           capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)
    line = [x for x in score.stdout.splitlines() if x.startswith("SCORE")][-1]
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", line)}


@pytest.mark.parametrize("which", sorted(SETS))
def test_a_set_scores_the_same_in_every_written_form(which, tmp_path):
    folder, gold = SETS[which]
    for p in (folder, gold, SCORER):
        need(p)
    files = sorted(folder.glob("*.txt"))
    assert files
    base = _score(folder, gold, tmp_path, "as-published")
    for form, change in FORMS.items():
        changed = tmp_path / re.sub(r"\W+", "-", form)
        changed.mkdir()
        for f in files:
            (changed / f.name).write_bytes(change(f.read_text(encoding="utf-8")).encode("utf-8"))
        got = _score(changed, gold, tmp_path, changed.name)
        for key in ("deadline_f1", "assignment_recall"):
            assert got[key] >= base[key] - 0.03, (form, key, got[key], base[key])


def test_a_wrapped_cell_of_a_table_written_one_cell_per_line_stays_one_cell():
    rows = [
        ("1", "Tổ chức tập huấn nghiệp vụ quản lý kho dữ liệu dùng chung cho cán bộ các xã, phường "
              "trên địa bàn tỉnh.", "Sở Khoa học và Công nghệ", "Các sở, ngành liên quan", "Quý III/2027"),
        ("2", "Rà soát, bổ sung danh mục cơ sở dữ liệu cần kết nối với nền tảng chia sẻ dữ liệu "
              "của tỉnh.", "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ", "Trong tháng 10/2027"),
    ]
    lines = ["KẾ HOẠCH", "Triển khai kho dữ liệu dùng chung năm 2027", "",
             "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    for row in rows:
        for cell in row:
            lines.extend(textwrap.wrap(cell, 60))
    n = parse_notice("\n".join(lines))
    got = [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None,
            t.text) for t in n.tasks]
    assert [(g[0], g[1]) for g in got] == [(["Sở Khoa học và Công nghệ"], "2027-09-30"),
                                           (["Văn phòng UBND tỉnh"], "2027-10-31")]
    assert got[0][2].startswith("Tổ chức tập huấn") and "trên địa bàn tỉnh" in got[0][2]


def test_a_table_written_one_paragraph_per_cell_with_blank_lines_between_reads_the_same(tmp_path):
    """A .docx whose table was flattened to one paragraph per cell: the reader puts a blank line
    between paragraphs ("STT" / "" / "Nội dung" / "" / …); the tasks are those of the table."""
    import docx
    cells = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm",
             "1", "Rà soát danh mục cơ sở dữ liệu cần kết nối với nền tảng chia sẻ dữ liệu của tỉnh.",
             "Văn phòng UBND tỉnh", "Sở Khoa học và Công nghệ", "31/10/2027", "Danh mục",
             "2", "Tổ chức tập huấn nghiệp vụ quản lý kho dữ liệu dùng chung.", "Sở Khoa học và Công nghệ",
             "Các sở, ngành liên quan", "30/9/2027", "Lớp tập huấn"]
    d = docx.Document()
    for p in ["Phụ lục", "PHÂN CÔNG NHIỆM VỤ", "(Kèm theo Kế hoạch số /KH-UBND của UBND tỉnh)"] + cells:
        d.add_paragraph(p)
    path = tmp_path / "ke-hoach.docx"
    d.save(path)
    n = parse_notice(path)
    assert [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
            for t in n.tasks if t.lead] == [(["Văn phòng UBND tỉnh"], "2027-10-31"),
                                            (["Sở Khoa học và Công nghệ"], "2027-09-30")]
