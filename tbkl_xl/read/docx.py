"""Read .docx notices with docx2python.

- Each Word paragraph becomes one paragraph (paragraphs separated by a blank line); a manual
  line break inside a paragraph stays a line break.
- Bold runs become ``**…**`` (the parser strips them); superscript digits stay ``<sup>n</sup>``
  (the cleaner's footnote-mark form); other formatting is dropped and HTML entities decoded.
- Footnote and endnote marks (``----footnote1----``) are taken out of the body; their bodies go
  to ``RawDocument.footnotes`` in order, without their number.
- Tables keep their place in the document; a row becomes one line with its cells joined by
  `` | `` (a table of three columns or more, a task table, as "| a |  | c |" with empty cells
  kept).  When the cells of a row hold several paragraphs (the usual two-column header:
  "ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN / Số: …" beside "CỘNG HÒA … / Độc lập … / Lạng Sơn, ngày …")
  the paragraphs are paired line by line: "ỦY BAN NHÂN DÂN | CỘNG HÒA …", "TỈNH LẠNG SƠN | Độc lập …".
- Numbering that Word generates becomes the text Word shows ("1.", "1.1.", "a)", "-", "+"), and
  text Word does not show (hidden runs, tracked deletions and moves, the fallback copy of a text
  box) is dropped: see ``docx_prep``.
"""
from __future__ import annotations

import html
import io
import re
import zipfile
from pathlib import Path
from typing import Optional

from ..errors import NoticeReadError
from ..model import RawDocument
from . import messages as M
from .common import check_text, normalise
from .docx_prep import prepare
from .limits import DEFAULT_LIMITS, Limits, check_expanded_size

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NOTE_MARK = re.compile(r"----(?:footnote|endnote)\d+----")
_MEDIA = re.compile(r"----media/[^\s]*?----|----Image alt text---->.*?<----", re.S)
_NOTE_PREFIX = re.compile(r"^\s*(?:footnote|endnote)\d+\)\s*")
_SUP_DIGITS = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>")
_TAG = re.compile(r"<[^>]*>")
_OTHER_TAG = re.compile(r"<(?!/?(?:b|sup)>)[^>]*>")


def _clean_html(s: str) -> str:
    """docx2python html -> text: bold as **…**, superscript digits as <sup>n</sup>, rest dropped."""
    s = _OTHER_TAG.sub("", s)
    s = re.sub(r"</b>(\s*)<b>", r"\1", s)
    s = re.sub(r"<b>(\s*)(.*?)(\s*)</b>", lambda m: f"{m.group(1)}**{m.group(2)}**{m.group(3)}" if m.group(2) else m.group(1) + m.group(3), s, flags=re.S)
    s = _SUP_DIGITS.sub(lambda m: f"\x01{m.group(1)}\x02", s)
    s = _TAG.sub("", s)
    s = html.unescape(s)
    s = s.replace("\x01", "<sup>").replace("\x02", "</sup>")
    return s


def _par_text(s: str) -> str:
    s = _NOTE_MARK.sub("", s)
    s = _MEDIA.sub("", s)
    s = _clean_html(s)
    s = re.sub(r"\t{2,}", " | ", s)             # columns set by tabs ("Nơi nhận:⇥⇥TL. CHỦ TỊCH")
    s = s.replace("\t", " ").replace("\u00a0", " ")
    lines = [re.sub(r" {2,}", " ", ln).strip() for ln in s.split("\n")]
    return "\n".join(ln for ln in lines if ln.strip("* "))


def _is_table(pars_block) -> bool:
    for row in pars_block:
        for cell in row:
            for par in cell:
                return len(par.lineage) > 1 and par.lineage[1] == "tbl"
    return False


def _table_lines(block) -> list[str]:
    if max((len(row) for row in block), default=0) >= 3:
        return _grid_lines(block)
    out: list[str] = []
    for row in block:
        cells = [[t for t in (_par_text(p) for p in cell) if t] for cell in row]
        # merged cells come duplicated: keep one copy of runs of equal cells
        dedup = []
        for c in cells:
            if not dedup or c != dedup[-1] or not c:
                dedup.append(c)
        cells = [c for c in dedup if c]
        if not cells:
            continue
        height = max(len(c) for c in cells)
        for i in range(height):
            parts = [c[i].replace("\n", " ") for c in cells if i < len(c)]
            out.append(" | ".join(parts))
    return out


def _grid_lines(block) -> list[str]:
    """A table of three columns or more (a task table): one line per row, "| a | b | c |", empty
    cells kept so the columns stay in place; a row spanning the table ("I. Dự án giao thông")
    is a one-cell row.  Horizontally merged cells come duplicated: one copy is kept."""
    out: list[str] = []
    for row in block:
        cells = [" ".join(t for t in (_par_text(p).replace("\n", " ") for p in cell) if t).strip() for cell in row]
        dedup: list[str] = []
        for c in cells:
            if not dedup or c != dedup[-1] or not c:
                dedup.append(c)
        if any(dedup):
            out.append("| " + " | ".join(dedup) + " |")
    return out


def _notes(blocks) -> list[str]:
    notes: list[str] = []
    for table in blocks:
        for row in table:
            for cell in row:
                parts = [_par_text(_NOTE_PREFIX.sub("", p)) for p in cell]
                text = " ".join(p.replace("\n", " ") for p in parts if p).strip()
                if text:
                    notes.append(text)
    return notes


_TEXT_RULE = re.compile(r"^[_\-–—‐]{5,}$")
_TYPED_NOTE = re.compile(r"^(?:\*\*)?<sup>\d{1,3}</sup>(?:\*\*)?\s*")


def _typed_footnotes(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Footnotes typed as text at the end: a rule of underscores, then "<sup>1</sup> …" paragraphs."""
    for i in range(len(paragraphs) - 1, -1, -1):
        if _TEXT_RULE.match(paragraphs[i].strip("* ")):
            tail = paragraphs[i + 1:]
            if tail and _TYPED_NOTE.match(tail[0]):
                notes: list[str] = []
                for t in tail:
                    if _TYPED_NOTE.match(t) or not notes:
                        notes.append(_TYPED_NOTE.sub("", t))
                    else:
                        notes[-1] += " " + t
                return paragraphs[:i], [n.replace("\n", " ").strip() for n in notes]
            break
    return paragraphs, []


def read_docx(path, limits: Optional[Limits] = None) -> RawDocument:
    """Read a .docx; its members' expanded size is checked against ``limits`` from the zip
    directory before any member is decompressed."""
    path = Path(path)
    limits = limits or DEFAULT_LIMITS
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(_OLE_MAGIC):
        raise NoticeReadError(path, M.DOCX_OLD_OR_LOCKED)
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "word/document.xml" not in names:
                raise NoticeReadError(path, M.CORRUPT_DOCX)
            check_expanded_size(path, z.infolist(), limits)
            if z.testzip() is not None:
                raise NoticeReadError(path, M.CORRUPT_DOCX)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise NoticeReadError(path, M.CORRUPT_DOCX) from None
    from docx2python import docx2python
    try:
        with docx2python(io.BytesIO(prepare(path.read_bytes())), html=True) as d:
            body, body_pars = d.body, d.body_pars
            notes = _notes(d.footnotes) + _notes(d.endnotes)
    except NoticeReadError:
        raise
    except Exception:                                  # docx2python on a broken package
        raise NoticeReadError(path, M.CORRUPT_DOCX) from None
    paragraphs: list[str] = []
    for block, pblock in zip(body, body_pars):
        if _is_table(pblock):
            paragraphs.extend(_table_lines(block))
            continue
        for row in block:
            for cell in row:
                for p in cell:
                    t = _par_text(p)
                    if t:
                        paragraphs.append(t)
    paragraphs, typed = _typed_footnotes(paragraphs)
    notes = notes + typed
    text = normalise("\n\n".join(paragraphs))
    notes = [normalise(n) for n in notes]
    check_text(path, text, M.EMPTY_DOCUMENT)
    check_text(path, text + "\n" + "\n".join(notes), M.EMPTY_DOCUMENT)
    return RawDocument(source=str(path), text=text + "\n", footnotes=notes, format="docx")
