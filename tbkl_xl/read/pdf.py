"""Read .pdf notices with pdfplumber.

Per page, characters are grouped into visual lines; then
- footnote marks (glyphs noticeably smaller than the body font and raised above the line)
  are dropped from the body;
- page numbers (a line that is only a number, at the top or bottom of the page) and running
  headers/footers (the same line, digits aside, at the top or bottom of several pages) are dropped;
- the footnote area (a trailing block of small-font lines at the page bottom that starts with a
  footnote number or sits below a short rule) becomes ``RawDocument.footnotes``, one entry per
  footnote, its number dropped; a footnote running on to the next page is joined back;
- a ruled table of the body (a task table) becomes one line per row, "cell | cell | cell", as
  the .docx reader gives it;
- a line whose words are split by a wide gap (the two-column header of a notice) becomes
  "left | right".
One line per visual line; a blank line between paragraphs where one is seen (vertical gap
larger than the line spacing, or a first-line indent after a short line).  The parser's
cleaner joins hard-wrapped lines back.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NoticeReadError
from ..model import RawDocument
from . import messages as M
from .common import check_text, normalise

_PAGE_NUMBER = re.compile(r"^[-–—(]?\s*(?:[Tt]rang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?\s*[-–—)]?$")
_NOTE_NUMBER = re.compile(r"^(\d{1,3})[.)]?$")
_MARK_TEXT = re.compile(r"^(?:[\d*,†‡]|[ivx])$")      # endnote marks are roman (i, ii, …) by default
_TEXT_RULE = re.compile(r"^[_\-–—‐]{5,}$")
_TERMINAL = tuple(".;:!?…")


@dataclass
class _Line:
    words: list[dict]
    top: float
    bottom: float
    page: int
    marks: list[dict] = field(default_factory=list)
    struck: list[dict] = field(default_factory=list)   # struck-through glyphs dropped from the line
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    cells: list | None = None           # a table row: its cells
    first_row: bool = False             # … and it is the first row of its table on the page

    def finish(self, header_zone: bool = False):
        self.words.sort(key=lambda w: w["x0"])
        self.x0 = self.words[0]["x0"]
        self.x1 = max(w["x1"] for w in self.words)
        sizes = Counter()
        for w in self.words:
            sizes[round(w["size"], 1)] += len(w["text"])
        self.size = sizes.most_common(1)[0][0]
        # the two columns of the notice header (top of page 1) can sit close together
        gap_split = max(2.5 * self.size, 25.0) if header_zone else max(4 * self.size, 40.0)
        gaps = [b["x0"] - a["x1"] for a, b in zip(self.words, self.words[1:])]
        big = [g for g in gaps if g > gap_split]
        if not header_zone and len(big) >= 2 and max(big) < 1.5 * min(big) and len(big) >= 0.5 * len(gaps):
            gap_split = float("inf")            # a justified line stretched by a line break, not columns
        parts, cur = [], self.words[0]["text"]
        for a, b in zip(self.words, self.words[1:]):
            gap = b["x0"] - a["x1"]
            if gap > gap_split and not any(a["x1"] - 1 <= m["x0"] and m["x1"] <= b["x0"] + 1 for m in self.struck):
                parts.append(cur)
                cur = b["text"]
            elif any(a["x1"] - 1 <= m["x0"] and m["x1"] <= b["x0"] + 1
                     and gap <= m["x1"] - m["x0"] + 1.5 for m in self.marks):
                cur += b["text"]                 # a footnote mark sat between: "2026²." -> "2026."
            else:
                cur += " " + b["text"]
        parts.append(cur)
        self.text = " | ".join(parts)

    @property
    def starts_with_mark(self) -> bool:
        return any(m["x1"] <= self.x0 + 1 for m in self.marks)


def _overlap(a_top, a_bottom, b_top, b_bottom) -> float:
    inter = min(a_bottom, b_bottom) - max(a_top, b_top)
    smaller = max(min(a_bottom - a_top, b_bottom - b_top), 0.1)
    return inter / smaller


def _body_size(pages) -> float:
    sizes = Counter()
    for page in pages:
        for c in page.chars:
            if c["text"].strip():
                sizes[round(c["size"], 1)] += 1
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _mark_ids(chars: list[dict], body: float) -> set[int]:
    """ids of footnote-mark glyphs: small, raised above a bigger neighbour on the same line."""
    marks = set()
    for c in chars:
        if not _MARK_TEXT.match(c["text"]) or c["size"] > 0.8 * body:
            continue
        for n in chars:
            if n is c or n["size"] < 1.2 * c["size"]:
                continue
            if abs(n["x0"] - c["x0"]) > 4 * body:
                continue
            if _overlap(c["top"], c["bottom"], n["top"], n["bottom"]) <= 0.3:
                continue
            if c["bottom"] < n["bottom"] - 0.2 * c["size"]:
                marks.add(id(c))
                break
    return marks


def _struck_ids(page) -> set[int]:
    """ids of glyphs with a thin horizontal line through their middle: text struck through, as
    a draft printed with its tracked deletions shows it (an underline runs below the glyphs)."""
    strikes = sorted(((e["top"] + e["bottom"]) / 2, e["x0"], e["x1"]) for e in list(page.lines) + list(page.rects)
                     if abs(e["bottom"] - e["top"]) <= 1.5 and e["x1"] - e["x0"] > 2)
    if not strikes:
        return set()
    ys = [y for y, _, _ in strikes]
    out = set()
    for c in page.chars:
        h = c["bottom"] - c["top"]
        mx = (c["x0"] + c["x1"]) / 2
        lo, hi = bisect_left(ys, c["top"] + 0.4 * h), bisect_right(ys, c["bottom"] - 0.12 * h)
        if any(x0 - 0.5 <= mx <= x1 + 0.5 for _, x0, x1 in strikes[lo:hi]):
            out.add(id(c))
    return out


def _group_lines(items: list[dict], page_no: int) -> list[_Line]:
    lines: list[_Line] = []
    for w in sorted(items, key=lambda w: (w["top"], w["x0"])):
        for ln in reversed(lines[-3:]):
            if _overlap(w["top"], w["bottom"], ln.top, ln.bottom) >= 0.5:
                ln.words.append(w)
                if w["bottom"] - w["top"] > ln.bottom - ln.top:
                    ln.top, ln.bottom = w["top"], w["bottom"]
                break
        else:
            lines.append(_Line(words=[w], top=w["top"], bottom=w["bottom"], page=page_no))
    return lines


def _inside(o: dict, box) -> bool:
    x, y = (o["x0"] + o["x1"]) / 2, (o["top"] + o["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _table_rows(page, page_no: int, body: float) -> tuple[list, list[_Line]]:
    """Ruled tables of the body (a task table: STT | Nội dung | Đơn vị chủ trì | Thời hạn) as one
    line per row, "cell | cell | cell", like the .docx reader gives them.  The borderless
    two-column header of a notice is not a ruled table and is left to the line grouping."""
    boxes, rows = [], []
    try:
        tables = page.find_tables()
    except Exception:                   # pdfplumber's table finder on an odd page: read it as text
        return [], []
    for t in tables:
        cells = t.extract()
        # one row is enough at the top of a page: the end of a row that began on the page before
        if not cells or max(len(r) for r in cells) < 3 or (len(cells) < 2 and t.bbox[1] > 0.25 * page.height):
            continue
        boxes.append(t.bbox)
        above: list = []
        for r, row in zip(t.rows, cells):
            if row and row[0] and all(c is None for c in row[1:]):
                parts = [re.sub(r"\s+", " ", row[0]).strip()]       # a row spanning the table
            else:
                # None: a cell merged with the one above (or to its left): the same value
                parts = [re.sub(r"\s+", " ", c).strip() if c is not None else
                         (above[i] if i < len(above) else "") for i, c in enumerate(row)]
                above = parts
            if not any(parts):
                continue
            x0, top, x1, bottom = r.bbox
            w = {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "size": body,
                 "text": "| " + " | ".join(parts) + " |"}
            ln = _Line(words=[w], top=top, bottom=bottom, page=page_no, cells=parts,
                       first_row=not any(x.cells is not None and x.page == page_no and x.top >= t.bbox[1]
                                         for x in rows))
            ln.finish()
            rows.append(ln)
    return boxes, rows


def _page_lines(page, page_no: int, body: float) -> list[_Line]:
    struck_ids = _struck_ids(page)
    struck = [c for c in page.chars if id(c) in struck_ids and c["text"].strip()]
    if struck_ids:
        page = page.filter(lambda o: id(o) not in struck_ids)
    boxes, table_lines = _table_rows(page, page_no, body)
    chars = [c for c in page.chars if c["text"].strip() and not any(_inside(c, b) for b in boxes)]
    mark_ids = _mark_ids(chars, body)
    marks = [c for c in chars if id(c) in mark_ids]
    filtered = page.filter(lambda o: o.get("object_type") != "char" or (
        id(o) not in mark_ids and not any(_inside(o, b) for b in boxes)))
    words = filtered.extract_words(keep_blank_chars=False, use_text_flow=False, return_chars=True)
    for w in words:
        sizes = Counter(round(c["size"], 1) for c in w["chars"])
        w["size"] = sizes.most_common(1)[0][0]
    lines = _group_lines(words, page_no)
    for m in marks:
        best = max(lines, key=lambda ln: _overlap(m["top"], m["bottom"], ln.top, ln.bottom), default=None)
        if best is not None and _overlap(m["top"], m["bottom"], best.top, best.bottom) > 0:
            best.marks.append(m)
    for m in struck:
        best = max(lines, key=lambda ln: _overlap(m["top"], m["bottom"], ln.top, ln.bottom), default=None)
        if best is not None and _overlap(m["top"], m["bottom"], best.top, best.bottom) > 0:
            best.struck.append(m)
    for ln in lines:
        ln.finish(header_zone=page_no == 0 and ln.top < 0.35 * page.height)
    lines += table_lines
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def _rules(page) -> list[tuple[float, float, float]]:
    """Horizontal rules (y, x0, x1) drawn on the page (lines and thin rectangles)."""
    out = []
    for e in list(page.lines) + list(page.rects):
        if abs(e["bottom"] - e["top"]) <= 2 and e["x1"] - e["x0"] > 20:
            out.append(((e["top"] + e["bottom"]) / 2, e["x0"], e["x1"]))
    return out


def _band(ln: _Line, height: float) -> bool:
    return ln.top < 0.12 * height or ln.bottom > 0.88 * height


def _edge_lines(lines: list[_Line], height: float) -> list[_Line]:
    """The first two and last two lines of a page, when they lie in its top or bottom band."""
    return [ln for ln in lines[:2] + lines[-2:] if _band(ln, height)]


def _running_key(ln: _Line) -> tuple[str, int]:
    """Same text (digits aside) at the same height: a running header or footer."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", ln.text)).strip().lower(), round(ln.top / 6)


def _open(path: Path):
    import pdfplumber
    try:
        return pdfplumber.open(path)
    except Exception as e:                      # pdfminer raises many kinds on a broken file
        if "password" in (type(e).__name__ + repr(e)).lower() or "PDFPassword" in repr(e.__cause__ or ""):
            raise NoticeReadError(path, M.PDF_PASSWORD) from None
        raise NoticeReadError(path, M.CORRUPT_PDF) from None


def read_pdf(path, budget=None) -> RawDocument:
    """Read a text PDF; ``budget`` (``tbkl_xl.read.limits.Budget``) is checked page by page."""
    path = Path(path)
    check = budget.check if budget is not None else (lambda: None)
    with open(path, "rb") as f:
        if b"%PDF" not in f.read(1024):
            raise NoticeReadError(path, M.CORRUPT_PDF)
    pdf = _open(path)
    try:
        try:
            pages = list(pdf.pages)
            body = _body_size(pages)
        except Exception as e:
            if "password" in repr(e).lower():
                raise NoticeReadError(path, M.PDF_PASSWORD) from None
            raise NoticeReadError(path, M.CORRUPT_PDF) from None
        if not pages:
            raise NoticeReadError(path, M.CORRUPT_PDF)
        if not body:
            raise NoticeReadError(path, M.SCANNED_PDF)
        per_page = []
        for i, p in enumerate(pages):
            check()
            per_page.append((_page_lines(p, i, body), p.width, p.height, _rules(p)))
    finally:
        pdf.close()
    all_words = [w for lines, *_ in per_page for ln in lines for w in ln.text.split()]
    if all_words and sum("(cid:" in w for w in all_words) > 0.3 * len(all_words):
        raise NoticeReadError(path, M.PDF_NO_UNICODE)

    # running headers / footers: the same line (digits aside) in the page bands of several pages
    seen = Counter()
    for lines, _w, h, _r in per_page:
        seen.update({_running_key(ln) for ln in _edge_lines(lines, h) if ln.cells is None})
    n_pages = len(per_page)
    running = {t for t, k in seen.items() if n_pages >= 2 and k >= max(2, (n_pages + 1) // 2)}

    body_lines: list[_Line] = []
    notes: list[str] = []
    for lines, width, height, rules in per_page:
        kept = []
        edge = {id(ln) for ln in _edge_lines(lines, height)}
        for ln in lines:
            if id(ln) in edge and ln.cells is None and (_PAGE_NUMBER.match(ln.text) or _running_key(ln) in running):
                continue
            kept.append(ln)
        # footnote area: trailing small-font lines, starting with a number or below a short rule
        k = len(kept)
        while k > 0 and kept[k - 1].size <= 0.88 * body:
            k -= 1
        start = None
        for i in range(k, len(kept)):
            ln = kept[i]
            first = ln.text.split(" ", 1)[0]
            above = kept[i - 1].bottom if i > 0 else 0
            ruled = any(above <= y <= ln.top and x1 - x0 < 0.6 * width for y, x0, x1 in rules) \
                or (i > 0 and _TEXT_RULE.match(kept[i - 1].text))
            if ln.starts_with_mark or (_NOTE_NUMBER.match(first) and ln.bottom > 0.5 * height) or ruled:
                start = i
                break
        if start is None:                            # typed notes: a "_____" line, then marked lines
            rule = max((i for i, ln in enumerate(kept) if _TEXT_RULE.match(ln.text)), default=None)
            if rule is not None and rule + 1 < len(kept) and kept[rule + 1].starts_with_mark:
                start = rule + 1
        if start is not None:
            area, kept = kept[start:], kept[:start]
            if kept and _TEXT_RULE.match(kept[-1].text):
                kept.pop()                           # "____________" typed as the separator
            for ln in area:
                first, _, rest = ln.text.partition(" ")
                if ln.starts_with_mark:
                    notes.append(ln.text)
                elif _NOTE_NUMBER.match(first) and rest:
                    notes.append(rest)
                elif notes:                      # continuation, also of a note from the last page
                    notes[-1] += " " + ln.text
                else:
                    notes.append(ln.text)
        body_lines.extend(kept)
    notes = [normalise(re.sub(r"\s+", " ", n).strip()) for n in notes if n.strip()]
    body_lines = _join_split_rows(body_lines)
    text = normalise(_layout(body_lines, body, per_page))
    check_text(path, text, M.SCANNED_PDF)
    check_text(path, text + "\n" + "\n".join(notes), M.SCANNED_PDF)
    return RawDocument(source=str(path), text=text, footnotes=notes, format="pdf")


def _join_split_rows(lines: list[_Line]) -> list[_Line]:
    """A table row that a page break cut in two comes back as one row: the header row Word
    repeats on the new page is dropped, and a first row with no number (its STT cell stayed on
    the page before) is added cell by cell to the last row of the page before."""
    out: list[_Line] = []
    head: list | None = None            # the header row of the table being read
    for ln in lines:
        prev = out[-1] if out else None
        if ln.cells is None:
            out.append(ln)
            continue
        across = prev is not None and prev.cells is not None and ln.page > prev.page \
            and len(ln.cells) == len(prev.cells)
        if across and ln.first_row and head is not None and ln.cells == head:
            continue                    # the repeated header row; the next row is the first one
        if across and not ln.cells[0] and any(ln.cells[1:]):
            prev.cells = [(a + " " + b).strip() if b and b != a else a for a, b in zip(prev.cells, ln.cells)]
            prev.words[0]["text"] = "| " + " | ".join(prev.cells) + " |"
            prev.text = prev.words[0]["text"]
            continue
        if ln.first_row and not across:
            head = ln.cells
        out.append(ln)
    return out


_SYMBOL_BULLET = re.compile(r"^(?:[\uf0b7\uf02d\uf0a7\uf0d8\uf0fc\u2022\u25cf\u25aa]|(?P<plus>[\uf02b]|o(?=\s+[A-ZĐÀ-Ỹ])))\s*")


def _bullet(text: str) -> str:
    """Word's bullets in Symbol/Wingdings fonts ("\uf0b7", "\uf02d", "o") as "-" / "+"."""
    m = _SYMBOL_BULLET.match(text)
    if not m:
        return text
    return ("+ " if m.group("plus") else "- ") + text[m.end():]


def _layout(lines: list[_Line], body: float, per_page) -> str:
    """Visual lines -> text, with a blank line where a paragraph break is seen."""
    if not lines:
        return ""
    for ln in lines:
        ln.text = _bullet(ln.text)
    widths = {i: w for i, (_l, w, _h, _r) in enumerate(per_page)}
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.bottom]
    usual = _quantile(gaps, 0.25) if gaps else body * 0.3
    left = _quantile([ln.x0 for ln in lines], 0.1)
    right = _quantile([ln.x1 for ln in lines], 0.9)
    out = [lines[0].text]
    for a, b in zip(lines, lines[1:]):
        width = widths.get(b.page, right)
        centred_a = abs((a.x0 + a.x1) / 2 - width / 2) < 0.04 * width and a.x0 > left + body
        centred_b = abs((b.x0 + b.x1) / 2 - width / 2) < 0.04 * width and b.x0 > left + body
        same_page = a.page == b.page
        gap = b.top - a.bottom
        big_gap = same_page and gap > usual + max(2.5, 0.25 * body)
        short_a = a.x1 < right - 2 * body or a.text.rstrip().endswith(_TERMINAL)
        indented = left + 0.8 * body < b.x0 < left + 6 * body
        if big_gap:
            brk = True
        elif centred_a and centred_b:
            brk = False
        elif centred_a != centred_b:
            brk = short_a
        else:
            brk = indented and short_a
        out.append(("\n" if brk else "") + b.text)
    return "\n".join(out) + "\n"


def _quantile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, int(q * len(xs))))]
