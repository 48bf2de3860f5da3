"""Paint the deadline colours into a closed master workbook (button «Tô màu thời hạn»).

What is coloured: only the tool's computed column ``Còn lại (ngày)`` of every task sheet
(``Tổng hợp`` and the agency sheets), one fill and font colour per deadline class of
``tbkl_xl.master.highlight`` — the same rules and colours as the conditional formats that
colour whole rows in Excel.  Nothing else is touched: fills, comments, fonts and values staff
put anywhere else stay as they are.

How: the ``.xlsx`` package is edited in place rather than rebuilt.  Only ``xl/styles.xml``
(a fill, a font and a cell format per colour, added once and reused) and the ``s`` attribute
of those cells change; every other part of the file is copied byte for byte.  The file is
replaced atomically after a backup, and not at all when the colours are already right.
"""
from __future__ import annotations

import copy
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from ..errors import WorkbookError
from ..master import layout as L
from ..master import safety
from ..master.highlight import COLOURS, classify
from ..messages import cli as MC
from ..messages import xl as M

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
HEADER_SEARCH_ROWS = 10        # the header row is looked for in the first rows of a sheet
PLAIN = "plain"                # a task row whose class has no colour (open, no deadline)
_REF = re.compile(r"^([A-Z]+)(\d+)$")
_FONT_AFTER_COLOR = ("name", "family", "charset", "scheme")


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


@dataclass
class PaintSummary:
    workbook: str
    sheets: int = 0
    rows: int = 0
    classes: dict = field(default_factory=lambda: {c: 0 for c in (*COLOURS, PLAIN)})
    cells_changed: int = 0
    backup: Optional[str] = None
    written: bool = False

    def lines(self) -> list:
        c = self.classes
        out = [M.PAINT_LINES[0].format(column=L.C_LEFT, sheets=self.sheets, rows=self.rows),
               M.PAINT_LINES[1].format(plain=c[PLAIN], **{k: c[k] for k in COLOURS})]
        if self.backup:
            out.append(M.PAINT_BACKUP.format(path=self.backup))
        if not self.written:
            out.append(M.PAINT_UNCHANGED)
        return out


# ---------------------------------------------------------------- reading cells
def _col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _text(el) -> str:
    return "".join(t.text or "" for t in el.iter(_q("t")))


def _cell_value(c, sst: list):
    t = c.get("t")
    if t == "inlineStr":
        is_ = c.find(_q("is"))
        return _text(is_) if is_ is not None else None
    v = c.find(_q("v"))
    raw = v.text if v is not None else None
    if raw is None:
        return None
    if t == "s":
        try:
            return sst[int(raw)]
        except (ValueError, IndexError):
            return None
    if t in ("str", "e"):
        return raw
    if t == "b":
        return raw == "1"
    try:
        return float(raw)
    except ValueError:
        return raw


def _rows(root):
    """(row number, {column number: <c> element}) of a sheet, in order."""
    data = root.find(_q("sheetData"))
    if data is None:
        return
    last_row = 0
    for row in data.iterfind(_q("row")):
        r = row.get("r")
        last_row = int(r) if r else last_row + 1
        cells, col = {}, 0
        for c in row.iterfind(_q("c")):
            m = _REF.match(c.get("r") or "")
            col = _col_number(m.group(1)) if m else col + 1
            cells[col] = c
        yield last_row, cells


def _as_date(v, epoch: date):
    """A cell value of a date column: serial numbers are dates; text stays text."""
    if isinstance(v, float) and not isinstance(v, bool):
        return epoch + timedelta(days=int(v))
    return v


def _key(v) -> str:
    return str(v).strip().casefold() if isinstance(v, str) else ""


# ---------------------------------------------------------------- styles
class _Styles:
    """The fonts, fills and cell formats of ``xl/styles.xml``; finds or adds the variant of a
    cell format with a class's colours (or without them)."""

    def __init__(self, root):
        from lxml import etree
        self._etree = etree
        self.root = root
        self.fonts = self._section("fonts")
        self.fills = self._section("fills")
        self.xfs = self._section("cellXfs")
        self._index = {}
        self._variants = {}
        self.changed = False

    def _section(self, name):
        el = self.root.find(_q(name))
        if el is None:
            raise WorkbookError(M.PAINT_BROKEN.format(path="styles.xml", error=f"no <{name}>"))
        return el

    def _c14n(self, el) -> bytes:
        return self._etree.tostring(el, method="c14n", exclusive=True)

    def _find_or_add(self, parent, el) -> int:
        """Index of an element equal to ``el`` in ``parent``, appending ``el`` when none is.
        (Compared inside the document, so that namespace prefixes compare alike.)"""
        index = self._index.get(id(parent))
        if index is None:
            index = {}
            for i, e in enumerate(parent):
                index.setdefault(self._c14n(e), i)
            self._index[id(parent)] = index
        if el.getparent() is not parent:
            parent.append(el)
        key = self._c14n(el)
        if key in index and index[key] != len(parent) - 1:
            parent.remove(el)
            return index[key]
        parent.set("count", str(len(parent)))
        index[key] = len(parent) - 1
        self.changed = True
        return index[key]

    def _font(self, font_id: int, colour: Optional[str]) -> int:
        fonts = list(self.fonts)
        font = copy.deepcopy(fonts[font_id] if font_id < len(fonts) else fonts[0])
        for c in font.findall(_q("color")):
            font.remove(c)
        if colour:
            after = next((i for i, ch in enumerate(font)
                          if self._etree.QName(ch).localname in _FONT_AFTER_COLOR), None)
            el = self._etree.SubElement(font, _q("color"), rgb="FF" + colour)
            if after is not None:
                font.insert(after, el)          # schema order: ... sz, color, name, family ...
        return self._find_or_add(self.fonts, font)

    def _fill(self, colour: str) -> int:
        E = self._etree
        fill = E.SubElement(self.fills, _q("fill"))     # made in place: the document's prefixes
        pattern = E.SubElement(fill, _q("patternFill"), patternType="solid")
        E.SubElement(pattern, _q("fgColor"), rgb="FF" + colour)
        E.SubElement(pattern, _q("bgColor"), rgb="FF" + colour)
        return self._find_or_add(self.fills, fill)

    def variant(self, style: int, cls: str) -> int:
        """The cell format like ``style`` coloured for ``cls`` (no colour for a plain class)."""
        key = (style, cls)
        if key in self._variants:
            return self._variants[key]
        xfs = list(self.xfs)
        xf = copy.deepcopy(xfs[style] if style < len(xfs) else xfs[0])
        colours = COLOURS.get(cls)
        fill_id = self._fill(colours[0]) if colours else 0
        font_id = self._font(int(xf.get("fontId", "0")), colours[1] if colours else None)
        xf.set("fillId", str(fill_id))
        xf.set("fontId", str(font_id))
        xf.set("applyFill", "1")
        xf.set("applyFont", "1")
        self._variants[key] = self._find_or_add(self.xfs, xf)
        return self._variants[key]


# ---------------------------------------------------------------- the package
class _Package:
    def __init__(self, path: Path):
        from lxml import etree
        self.etree = etree
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
            self.names = set(self.zip.namelist())
            wb = etree.fromstring(self.zip.read("xl/workbook.xml"))
            rels = etree.fromstring(self.zip.read("xl/_rels/workbook.xml.rels"))
        except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError) as e:
            raise WorkbookError(M.PAINT_BROKEN.format(path=path, error=e)) from e
        targets, self.styles_part, sst_part = {}, "xl/styles.xml", "xl/sharedStrings.xml"
        for rel in rels.iterfind(f"{{{PKG_REL_NS}}}Relationship"):
            target = rel.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join("xl", target))
            targets[rel.get("Id")] = part
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            if kind == "styles":
                self.styles_part = part
            elif kind == "sharedStrings":
                sst_part = part
        pr = wb.find(_q("workbookPr"))
        self.epoch = date(1904, 1, 1) if pr is not None and pr.get("date1904") in ("1", "true") \
            else date(1899, 12, 30)
        self.sheets = []                    # (name, part)
        sheets = wb.find(_q("sheets"))
        for s in (sheets if sheets is not None else ()):
            part = targets.get(s.get(f"{{{REL_NS}}}id"))
            if part in self.names:
                self.sheets.append((s.get("name"), part))
        self.sst = []
        if sst_part in self.names:
            for si in etree.fromstring(self.zip.read(sst_part)).iterfind(_q("si")):
                self.sst.append(_text(si))

    def xml(self, part: str):
        try:
            return self.etree.fromstring(self.zip.read(part))
        except (self.etree.XMLSyntaxError, KeyError) as e:
            raise WorkbookError(M.PAINT_BROKEN.format(path=self.path, error=e)) from e

    def sheet_values(self, name: str) -> list:
        part = dict(self.sheets).get(name)
        if part is None:
            return []
        return [[_cell_value(c, self.sst) for _, c in sorted(cells.items())]
                for _, cells in _rows(self.xml(part))]

    def write(self, dest: Path, replaced: dict) -> None:
        with zipfile.ZipFile(dest, "w") as out:
            for info in self.zip.infolist():
                data = replaced.get(info.filename)
                out.writestr(info, data if data is not None else self.zip.read(info.filename))

    def close(self):
        self.zip.close()


def _header(rows, sst) -> Optional[tuple]:
    """(header row number, {column name: column number}) of a task sheet, or None.  Names
    are compared trimmed and case-folded."""
    need = {_key(L.C_ID), _key(L.C_LEFT), _key(L.C_DEADLINE)}
    for n, (rnum, cells) in enumerate(rows):
        if n >= HEADER_SEARCH_ROWS:
            return None
        names = {}
        for col, c in cells.items():
            k = _key(_cell_value(c, sst))
            if k:
                names.setdefault(k, col)
        if need <= set(names):
            return rnum, names
    return None


def _config_due_soon(pkg: _Package) -> int:
    for row in pkg.sheet_values(L.CONFIG):
        if row and row[0] == L.CFG_DUE_SOON and len(row) > 1:
            try:
                return int(row[1])
            except (TypeError, ValueError):
                break
    return 7


def _check_marker(pkg: _Package) -> None:
    meta = {}
    for row in pkg.sheet_values(L.META):
        if len(row) >= 2 and isinstance(row[0], str) and row[0] not in meta:
            meta[row[0]] = row[1]
    if meta.get("app") != L.APP:
        from ..messages import master as MSG
        raise WorkbookError(MSG.NOT_OURS.format(path=pkg.path, marker=L.META))
    safety.check_marker(pkg.path, meta)


def paint_deadlines(workbook, today: Optional[date] = None, due_soon: Optional[int] = None,
                    *, keep_backups: int = safety.KEEP_BACKUPS) -> PaintSummary:
    """Colour the ``Còn lại (ngày)`` cells of every task sheet of the closed master
    ``workbook`` by deadline class on ``today`` (``due_soon``: the days of the workbook's
    ``Cấu hình`` unless given).  Returns a summary with ``.lines()``."""
    path = Path(workbook)
    safety.check_suffix(path)
    safety.check_not_open(path)
    if not path.exists():
        raise WorkbookError(MC.NO_WORKBOOK.format(path=path))
    with safety.refresh_lock(path):          # one writer at a time, refreshes included
        return _paint(path, today or date.today(), due_soon, keep_backups)


def _paint(path: Path, today: date, due_soon: Optional[int], keep_backups: int) -> PaintSummary:
    safety.check_readable(path)
    before = path.stat()
    summary = PaintSummary(workbook=str(path))
    pkg = _Package(path)
    try:
        _check_marker(pkg)
        days = _config_due_soon(pkg) if due_soon is None else due_soon
        styles = _Styles(pkg.xml(pkg.styles_part))
        replaced = {}
        for name, part in pkg.sheets:
            root = pkg.xml(part)
            rows = list(_rows(root))
            found = _header(rows, pkg.sst)
            if found is None:
                continue
            hrow, cols = found
            summary.sheets += 1
            c_id, c_left = cols[_key(L.C_ID)], cols[_key(L.C_LEFT)]
            c_dl, c_st = cols[_key(L.C_DEADLINE)], cols.get(_key(L.C_STATUS))
            c_dd, c_text = cols.get(_key(L.C_DONE_DATE)), cols.get(_key(L.C_TEXT))
            changed = False
            for rnum, cells in rows:
                if rnum <= hrow:
                    continue
                val = (lambda col: _cell_value(cells[col], pkg.sst) if col in cells else None)
                if all(val(c) in (None, "") for c in (c_id, c_dl, c_text) if c):
                    continue
                cell = cells.get(c_left)
                if cell is None:
                    continue
                cls = classify(_as_date(val(c_dl), pkg.epoch), val(c_st) if c_st else None,
                               _as_date(val(c_dd), pkg.epoch) if c_dd else None, today, days)
                summary.rows += 1
                summary.classes[cls if cls in COLOURS else PLAIN] += 1
                style = styles.variant(int(cell.get("s", "0")), cls)
                if int(cell.get("s", "0")) != style:
                    cell.set("s", str(style))
                    summary.cells_changed += 1
                    changed = True
            if changed:
                replaced[part] = pkg.etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                                    standalone=True)
        if not summary.sheets:
            raise WorkbookError(M.PAINT_NO_TASK_SHEET.format(path=path, id=L.C_ID, left=L.C_LEFT))
        if not replaced:
            return summary
        replaced[pkg.styles_part] = pkg.etree.tostring(styles.root, xml_declaration=True,
                                                       encoding="UTF-8", standalone=True)
        safety.check_not_open(path)
        now = path.stat()
        if (now.st_mtime_ns, now.st_size) != (before.st_mtime_ns, before.st_size):
            raise WorkbookError(M.PAINT_CHANGED_MEANWHILE.format(path=path))
        backup = safety.make_backup(path, keep=keep_backups)
        summary.backup = str(backup) if backup else None

        def write(tmp):
            pkg.write(tmp, replaced)
            pkg.close()             # Windows cannot replace a file that is still open
        safety.atomic_write(path, write)
        summary.written = True
        return summary
    finally:
        pkg.close()

