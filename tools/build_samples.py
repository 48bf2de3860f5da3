"""Build samples/*.docx (python-docx) and samples/*.pdf (LibreOffice headless) from samples/*.txt.

    .venv/bin/python tools/build_samples.py            # docx + pdf for every UTF-8 sample
    .venv/bin/python tools/build_samples.py --no-pdf   # docx only
    .venv/bin/python tools/build_samples.py 01 04      # only samples whose name starts so

The .txt files are the source of truth; the .docx/.pdf are committed so the project runs
without LibreOffice.  What the Word version looks like:

* the header (agency, number | motto, place and date) is a 2-column borderless table, whatever
  its layout in the .txt (separate lines, flattened onto one line, or ``|`` rows);
* each paragraph of the .txt is a Word paragraph; a Markdown table (``| a | b |`` rows) is a
  ruled Word table (``Table Grid``), its first row bold; a hard-wrapped export (lines separated by
  blank lines, like samples/04) is joined back into paragraphs first;
* ``**x**`` becomes a bold run, ``***x***`` bold italic, markdown ``#`` heading marks go;
* footnote marks ``<sup>n</sup>`` stay as a superscript digit; footnote bodies (after ``---``
  or the ``1 …`` lines of a PDF-style export) are moved, as plain paragraphs, to the end;
* glued footnote digits (``cùng kỳ2``) and glued words are kept as they are: they are
  artefacts of the source and the parser must cope with them in every format.

The UTF-16 copy (``*_UTF16.txt``) gets no .docx/.pdf.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FONT = "Times New Roman"

_NUMBER = re.compile(r"Số:\s*[^\s|]*\s*/\s*TB-UBND")
_DATE = re.compile(r"Lạng Sơn,\s*ngày.*?năm\s+\d{4}")
_SUP = re.compile(r"<sup>(\d+)</sup>")
_MARKER = re.compile(r"^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-+]\s|Nơi nhận|TL\.|KT\.|CHÁNH|PHÓ CHÁNH|UBND tỉnh thông báo)")


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16").replace("\r\n", "\n")
    return raw.decode("utf-8").replace("\r\n", "\n")


def is_hard_wrapped(text: str) -> bool:
    """PDF-style export: no line longer than ~85 columns, yet many lines run close to that."""
    lines = [l.rstrip() for l in text.split("\n") if l.strip()]
    long = sum(1 for l in lines if len(l) >= 70)
    return len(lines) > 20 and max(map(len, lines)) <= 85 and long > len(lines) / 3


def unwrap(text: str) -> tuple[list[str], list[str]]:
    """Join hard-wrapped lines back into paragraphs; return (paragraphs, footnote bodies)."""
    paras: list[str] = []
    notes: list[str] = []
    after_gap = False
    for line in text.split("\n"):
        if not line:
            continue
        if not line.strip():
            after_gap = True
            paras.append("")            # a whitespace-only line ends the paragraph
            continue
        s = line.strip()
        if after_gap and re.match(r"^\d+ \S", s) or (notes and paras[-1:] == [""] and re.match(r"^\d+ \S", s)):
            notes.append(s)
            continue
        after_gap = False
        prev = paras[-1] if paras else ""
        starts_new = (not prev or _MARKER.match(s) or prev.endswith((":", ";", "./.", "./. "))
                      or (prev.endswith(".") and len(prev) % 80 < 60 and not re.search(r"\d$", prev[:-1]))
                      or s.isupper() or prev.isupper())
        if starts_new:
            paras.append(s)
        else:
            paras[-1] = prev + " " + s
    return [p for p in paras if p], notes


def split_paragraphs(text: str) -> tuple[list[str], list[str]]:
    """Plain sample: one paragraph per non-empty line; footnote bodies after ``---`` set apart."""
    paras, notes = [], []
    in_notes = False
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s == "---":
            in_notes = True
            continue
        if in_notes and _SUP.match(s):
            notes.append(s)
            continue
        in_notes = False
        paras.append(s)
    return paras, notes


def split_header(paras: list[str]) -> tuple[str, str, list[str]]:
    """-> (number line, date line, rest starting at THÔNG BÁO)."""
    for i, p in enumerate(paras):
        if re.sub(r"[#*\s]", "", p) == "THÔNGBÁO":
            head = " ".join(paras[:i])
            num = _NUMBER.search(head)
            dat = _DATE.search(head)
            return (num.group(0) if num else "Số:      /TB-UBND", dat.group(0) if dat else "", paras[i:])
    raise ValueError("no THÔNG BÁO line")


def _font(run, size=13, bold=None, italic=None, sup=False):
    run.font.name = FONT
    run._element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if sup:
        run.font.superscript = True


def add_rich(par, text: str, size=13, bold=False, italic=False):
    """Add ``text`` to ``par`` turning **x** / ***x*** into bold runs and <sup>n</sup> into superscript."""
    text = re.sub(r"^#+\s*", "", text)
    for tok in re.split(r"(\*\*\*.+?\*\*\*|\*\*.+?\*\*|<sup>\d+</sup>)", text):
        if not tok:
            continue
        if tok.startswith("***"):
            _font(par.add_run(tok[3:-3]), size, True, True)
        elif tok.startswith("**"):
            _font(par.add_run(tok[2:-2]), size, True, italic)
        elif tok.startswith("<sup>"):
            _font(par.add_run(_SUP.match(tok).group(1)), size, bold, italic, sup=True)
        else:
            _font(par.add_run(tok), size, bold, italic)


def _cell_lines(cell, lines, bold_first=True):
    cell.paragraphs[0].text = ""
    for i, (t, b) in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        _font(p.add_run(t), 12 if t.isupper() else 13, b, t.startswith("Lạng Sơn"))


def build_docx(txt: Path, out: Path) -> None:
    text = read_text(txt)
    if is_hard_wrapped(text):
        paras, notes = unwrap(text)
    else:
        paras, notes = split_paragraphs(text)
    number, datel, body = split_header(paras)

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = FONT, Pt(13)

    table = doc.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _cell_lines(table.cell(0, 0), [("ỦY BAN NHÂN DÂN", False), ("TỈNH LẠNG SƠN", True)])
    _cell_lines(table.cell(0, 1), [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
                                   ("Độc lập - Tự do - Hạnh phúc", True)])
    _cell_lines(table.cell(1, 0), [(re.sub(r"\s+", " ", number).replace("Số: /", "Số:        /"), False)])
    _cell_lines(table.cell(1, 1), [(re.sub(r"ngày\s+tháng", "ngày      tháng", re.sub(r"\s+", " ", datel)), False)])
    table.autofit = False
    widths = (Cm(6.0), Cm(10.0))
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w

    closing = False
    grid = None                                      # the body table being filled
    for i, p in enumerate(body):
        if p.startswith("|"):                        # a Markdown table row: a ruled Word table
            cells = [c.strip() for c in p.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                continue
            if grid is None:
                grid = doc.add_table(rows=0, cols=len(cells))
                grid.style = "Table Grid"
            row = grid.add_row()
            for cell, t in zip(row.cells, cells):
                cell.paragraphs[0].text = ""
                _font(cell.paragraphs[0].add_run(t), 12, bold=len(grid.rows) == 1)
            continue
        grid = None
        plain = re.sub(r"[#*]", "", p).strip()
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.space_after = Pt(6)
        if i == 0:                                   # THÔNG BÁO
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pf.space_before = Pt(12)
            _font(par.add_run(plain), 14, True)
            continue
        if i == 1:                                   # title
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(par.add_run(plain), 14, True)
            continue
        if plain.startswith("Nơi nhận"):
            closing = True
            pf.space_before = Pt(12)
            _font(par.add_run(plain), 12, True, True)
            continue
        if closing:
            pf.space_after = Pt(0)
            if plain.startswith("-") or not (plain.isupper() or re.match(r"^(TL|KT)\.", plain)) and len(plain) > 40 or plain.startswith(("Trung tâm", "Cơ quan", "các phòng", "Lưu")):
                _font(par.add_run(plain), 11)
            else:                                    # signature block
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _font(par.add_run(plain), 13, True)
            continue
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pf.first_line_indent = Cm(1)
        heading = p.lstrip("#").strip().startswith("**") or re.match(r"^[IVX]+\.\s", plain)
        add_rich(par, p, 13, bold=bool(re.match(r"^[IVX]+\.\s", plain)))
        if heading and plain.isupper():
            for r in par.runs:
                r.bold = True

    if notes:
        sep = doc.add_paragraph()
        _font(sep.add_run("_" * 20), 10)
        for n in notes:
            par = doc.add_paragraph()
            par.paragraph_format.space_after = Pt(0)
            m = _SUP.match(n) or re.match(r"^(\d+) ", n)
            rest = n[m.end():].strip()
            _font(par.add_run(m.group(1)), 10, sup=True)
            _font(par.add_run(" " + rest), 10)
    doc.save(out)


def build_pdf(docxs: list[Path]) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get update && apt-get install -y libreoffice-writer-nogui")
    subprocess.run([soffice, "--headless", "-env:UserInstallation=file:///tmp/lo_profile_samples",
                    "--convert-to", "pdf", "--outdir", str(SAMPLES), *map(str, docxs)],
                   check=True, stdout=subprocess.DEVNULL, timeout=600)


def main(argv: list[str]) -> None:
    pdf = "--no-pdf" not in argv
    prefixes = [a for a in argv if not a.startswith("--")]
    built = []
    for txt in sorted(SAMPLES.glob("[0-9]*.txt")):
        if txt.stem.endswith("_UTF16"):
            continue
        if prefixes and not any(txt.name.startswith(p) for p in prefixes):
            continue
        out = txt.with_suffix(".docx")
        build_docx(txt, out)
        built.append(out)
        print("built", out.relative_to(ROOT))
    if pdf and built:
        build_pdf(built)
        for d in built:
            print("built", d.with_suffix(".pdf").relative_to(ROOT))


if __name__ == "__main__":
    main(sys.argv[1:])
