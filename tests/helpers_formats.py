"""Make .docx and .pdf files from plain text, for reader tests.

Text conventions understood by ``make_docx``:
- paragraphs are separated by a blank line; lines inside a paragraph are joined by a space;
- consecutive lines holding `` | `` form a table, one row per line, cells split on `` | ``;
- ``**bold**`` becomes a bold run;
- ``[^1]`` in the body is a real Word footnote reference, and a paragraph ``[^1]: text``
  gives that footnote's body (python-docx cannot make footnotes: the part is added by hand).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

_FN_DEF = re.compile(r"^\[\^(\d+)\]:\s*(.*)$", re.S)
_FN_REF = re.compile(r"\[\^(\d+)\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def split_blocks(text: str) -> list[list[str]]:
    """Blocks of non-blank lines."""
    blocks, cur = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            cur.append(line.strip())
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def _add_runs(par, text: str, footnote_ids: set[int]):
    """Bold marks -> bold runs; [^n] -> a placeholder run replaced by a footnote reference."""
    pos = 0
    for m in _BOLD.finditer(text):
        _add_plain(par, text[pos:m.start()], False, footnote_ids)
        _add_plain(par, m.group(1), True, footnote_ids)
        pos = m.end()
    _add_plain(par, text[pos:], False, footnote_ids)


def _add_plain(par, text: str, bold: bool, footnote_ids: set[int]):
    pos = 0
    for m in _FN_REF.finditer(text):
        if m.start() > pos:
            par.add_run(text[pos:m.start()]).bold = bold or None
        par.add_run(f"@@FN{m.group(1)}@@")
        footnote_ids.add(int(m.group(1)))
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:]).bold = bold or None


def make_docx(text: str, path, font: str = "Times New Roman", running_header: str = "",
              page_numbers: bool = False) -> Path:
    """Write ``text`` as a Word document at ``path`` (see the module doc for the conventions).

    ``running_header``: a line printed at the top of every page; ``page_numbers``: the page
    number centred at the bottom of every page."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    path = Path(path)
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(14)
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(f"{{{_W}}}rFonts")
    if rfonts is not None:                       # east-asian / complex-script slots too
        for k in ("eastAsia", "cs", "hAnsi", "ascii"):
            rfonts.set(f"{{{_W}}}{k}", font)
    footnotes: dict[int, str] = {}
    used: set[int] = set()
    for block in split_blocks(text):
        m = _FN_DEF.match(" ".join(block))
        if m:
            footnotes[int(m.group(1))] = m.group(2)
            continue
        i = 0
        while i < len(block):
            if " | " in block[i]:
                rows = []
                while i < len(block) and " | " in block[i]:
                    rows.append([c.strip() for c in block[i].split(" | ")])
                    i += 1
                ncol = max(len(r) for r in rows)
                table = d.add_table(rows=len(rows), cols=ncol)
                table.autofit = False
                widths = [Cm(6.5), Cm(9.5)] if ncol == 2 else [Cm(16 / ncol)] * ncol
                for c in range(ncol):
                    table.columns[c].width = widths[c]
                for r, cells in enumerate(rows):
                    for c, cell_text in enumerate(cells):
                        table.cell(r, c).width = widths[c]
                        p = table.cell(r, c).paragraphs[0]
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        _add_runs(p, cell_text, used)
                        for run in p.runs:
                            run.font.size = Pt(12)
                continue
            lines = []
            while i < len(block) and " | " not in block[i]:
                lines.append(block[i])
                i += 1
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.27)
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(0)
            _add_runs(p, " ".join(lines), used)
    section = d.sections[0]
    if running_header:
        hp = section.header.paragraphs[0]
        hp.text = running_header
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_numbers:
        from docx.oxml import parse_xml
        fp = section.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp._p.append(parse_xml(f'<w:fldSimple xmlns:w="{_W}" w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    d.save(path)
    if used:
        _inject_footnotes(path, {k: footnotes.get(k, "") for k in sorted(used)})
    return path


def _inject_footnotes(path: Path, notes: dict[int, str]):
    """Add word/footnotes.xml and turn the @@FNn@@ placeholder runs into footnote references."""
    ns = (f'xmlns:w="{_W}" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    sup = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    parts = [f'<w:footnotes {ns}>',
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for n, body in notes.items():
        parts.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:pPr>'
                     f'<w:r>{sup[:-8]}<w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {escape(body)}</w:t></w:r>'
                     f'</w:p></w:footnote>')
    parts.append('</w:footnotes>')
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                s = data.decode("utf-8")
                s = re.sub(r'<w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t>@@FN(\d+)@@</w:t></w:r>',
                           lambda m: f'<w:r>{sup}<w:footnoteReference w:id="{m.group(1)}"/></w:r>', s)
                data = s.encode("utf-8")
            elif item.filename == "word/_rels/document.xml.rels":
                s = data.decode("utf-8")
                s = s.replace("</Relationships>",
                              '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                              'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                              "</Relationships>")
                data = s.encode("utf-8")
            elif item.filename == "[Content_Types].xml":
                s = data.decode("utf-8")
                s = s.replace("</Types>",
                              '<Override PartName="/word/footnotes.xml" ContentType="application/'
                              'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
                data = s.encode("utf-8")
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", "".join(parts))
    os.replace(tmp, path)


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def make_pdf(docx_paths, out_dir) -> list[Path]:
    """Convert one or more .docx files to PDF with LibreOffice headless (one soffice run)."""
    if isinstance(docx_paths, (str, Path)):
        docx_paths = [docx_paths]
    docx_paths = [Path(p) for p in docx_paths]
    exe = soffice_path()
    if not exe:
        raise RuntimeError("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.gettempdir()) / f"lo_profile_{os.getpid()}"
    cmd = [exe, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
           "--outdir", str(out_dir), *map(str, docx_paths)]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=240)
    outs = [out_dir / (p.stem + ".pdf") for p in docx_paths]
    missing = [str(o) for o in outs if not o.exists()]
    if missing:
        raise RuntimeError(f"soffice did not produce {missing}: {res.stdout} {res.stderr}")
    return outs


# --- legacy 8-bit Vietnamese encodings, to build test files -------------------------------

_TCVN3 = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}


def to_tcvn3(text: str) -> bytes:
    """Unicode -> TCVN3 (ABC) bytes.  Upper-case toned letters have no code of their own in
    TCVN3 (the .VnTimeH font draws the lower-case codes as capitals): they are lower-cased."""
    import unicodedata
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in _TCVN3:
            out.append(_TCVN3[ch])
        elif ch.lower() in _TCVN3:
            out.append(_TCVN3[ch.lower()])
        else:
            raise ValueError(f"no TCVN3 code for {ch!r}")
    return bytes(out)


# VNI Windows: base letter + a mark byte (shown as the cp1252 letter)
_VNI_MARK = {  # (shape, tone) -> mark suffix; shape: '' plain, '^' circumflex, '(' breve
    ("", "\u0301"): "ù", ("", "\u0300"): "ø", ("", "\u0309"): "û", ("", "\u0303"): "õ", ("", "\u0323"): "ï",
    ("^", ""): "â", ("^", "\u0301"): "á", ("^", "\u0300"): "à", ("^", "\u0309"): "å", ("^", "\u0303"): "ã",
    ("^", "\u0323"): "ä",
    ("(", ""): "ê", ("(", "\u0301"): "é", ("(", "\u0300"): "è", ("(", "\u0309"): "ú", ("(", "\u0303"): "ü",
    ("(", "\u0323"): "ë",
}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def to_vni(text: str) -> bytes:
    """Unicode -> VNI Windows bytes (as used with the VNI-Times font)."""
    import unicodedata
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 0x80:
            out.append(ch)
            continue
        upper = ch.isupper()
        d = unicodedata.normalize("NFD", ch.lower())
        base, marks = d[0], d[1:]
        if ch.lower() == "đ":
            out.append("Ñ" if upper else "ñ")
            continue
        tone = next((m for m in marks if m in "\u0301\u0300\u0309\u0303\u0323"), "")
        shape = "^" if "\u0302" in marks else "(" if "\u0306" in marks else ""
        horn = "\u031b" in marks
        if base == "i" and not shape:
            s = _VNI_I[tone] if tone else "i"
        elif base == "y" and tone:
            s = "y" + {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "î"}[tone]
        elif horn:
            s = ("ô" if base == "o" else "ö") + (_VNI_MARK[("", tone)] if tone else "")
        elif shape:
            s = base + _VNI_MARK[(shape, tone)]
        else:
            s = base + (_VNI_MARK[("", tone)] if tone else "")
        out.append(s.upper() if upper else s)
    return "".join(out).encode("cp1252")


def to_cp1258(text: str) -> bytes:
    """Unicode -> Windows-1258 bytes (letters with ^, breve, horn precomposed; tones combining)."""
    import unicodedata
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in d if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out.append(base + tone)
    return "".join(out).encode("cp1258")
