"""Prepare a .docx package for docx2python so that what Word shows is what we read.

docx2python renders Word's automatic numbering its own way (every number as ``1)``, every bullet
as ``--``, ``%1.%2.`` lost, numbering that comes from a paragraph style or a start override
ignored) and reads text Word does not show.  Before handing the package over we rewrite
``word/document.xml``:

- automatic numbering becomes literal text: the marker Word displays (``1.``, ``1.1.``, ``a)``,
  ``I.``), computed from ``numbering.xml`` (level text, number format, start, start overrides,
  restarts) and from the paragraph's style; bullets become ``-`` (the list's first bullet level)
  or ``+`` (deeper ones) unless the bullet glyph is itself ``-`` or ``+``;
- text Word hides is dropped: hidden runs (``w:vanish``), text moved away by a tracked move
  (``w:moveFrom``), tracked deletions (``w:del``), text struck through by hand (``w:strike``,
  ``w:dstrike``: a drafter's way of marking a deletion; the PDF reader drops it too), the VML fallback copy of text boxes
  (``mc:Fallback``), which would otherwise be read twice, and text boxes that do not hold part of
  the header (a reviewer's margin note, a "DỰ THẢO" stamp);
- a non-breaking hyphen (``w:noBreakHyphen``) becomes ``-``, a soft hyphen disappears;
- switched-off formatting toggles (``<w:b w:val="0"/>``) are removed (docx2python reads them as on).

Pure function over bytes: ``prepare(package_bytes) -> package_bytes``.
"""
from __future__ import annotations

import io
import re
import zipfile
from typing import Optional

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = "{%s}" % W
NS = {"w": W, "mc": MC}

# a toggle switched off (<w:b w:val="0"/>) that docx2python would read as switched on
_OFF_TOGGLE = re.compile(rb'<w:(?:b|bCs|i|iCs|u|strike|dstrike|caps|smallCaps|vertAlign)\s+w:val="(?:0|false|off|none|baseline)"\s*/>')
_TOGGLE_PARTS = ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "word/styles.xml")
_DASHES = {"-", "–", "—", "‐", "\uf02d"}
# text boxes are dropped unless they hold part of the notice's header
_HEADER_TEXT = re.compile(r"Số\s*:|ngày\s.*tháng\s.*năm|ỦY BAN|UỶ BAN|CỘNG HÒA|CỘNG HOÀ")
_PLUSES = {"+", "\uf02b"}


def _roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _letters(n: int) -> str:
    # Word: a..z, then aa..zz, …
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats."""
    if fmt in ("lowerLetter",):
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _val(el, path: str) -> Optional[str]:
    if el is None:
        return None
    x = el.find(path, NS)
    return x.get(_W + "val") if x is not None else None


class _Level:
    def __init__(self, fmt="decimal", text="%1.", start=1, restart=None):
        self.fmt, self.text, self.start, self.restart = fmt, text, start, restart


def _level(el) -> _Level:
    start = _val(el, "w:start")
    restart = _val(el, "w:lvlRestart")
    return _Level(_val(el, "w:numFmt") or "decimal", _val(el, "w:lvlText") or "",
                  int(start) if start and start.lstrip("-").isdigit() else 1,
                  int(restart) if restart and restart.isdigit() else None)


class Numbering:
    """numbering.xml and the numbering of paragraph styles, with Word's running counters."""

    def __init__(self, numbering_xml: Optional[bytes], styles_xml: Optional[bytes]):
        self.abstract: dict = {}        # abstractNumId -> {ilvl: _Level}
        self.nums: dict = {}            # numId -> (abstractNumId, {ilvl: start override}, {ilvl: _Level})
        self.styles: dict = {}          # styleId -> (numId, ilvl)
        self.counters: dict = {}        # abstractNumId -> {ilvl: current number}
        self.started: set = set()       # numIds already used (their start overrides applied)
        if numbering_xml:
            root = etree.fromstring(numbering_xml)
            for a in root.findall("w:abstractNum", NS):
                lv = {int(l.get(_W + "ilvl", "0")): _level(l) for l in a.findall("w:lvl", NS)}
                self.abstract[a.get(_W + "abstractNumId")] = lv
            for n in root.findall("w:num", NS):
                starts, levels = {}, {}
                for o in n.findall("w:lvlOverride", NS):
                    il = int(o.get(_W + "ilvl", "0"))
                    so = _val(o, "w:startOverride")
                    if so and so.isdigit():
                        starts[il] = int(so)
                    lvl = o.find("w:lvl", NS)
                    if lvl is not None:
                        levels[il] = _level(lvl)
                self.nums[n.get(_W + "numId")] = (_val(n, "w:abstractNumId"), starts, levels)
        if styles_xml:
            root = etree.fromstring(styles_xml)
            based, own = {}, {}
            for st in root.findall("w:style", NS):
                sid = st.get(_W + "styleId")
                based[sid] = _val(st, "w:basedOn")
                np_ = st.find("w:pPr/w:numPr", NS)
                if np_ is not None:
                    own[sid] = (_val(np_, "w:numId"), _val(np_, "w:ilvl"))
            for sid in based:
                cur, seen = sid, set()
                while cur and cur not in own and cur not in seen:
                    seen.add(cur)
                    cur = based.get(cur)
                if cur in own:
                    self.styles[sid] = own[cur]

    def numbering_of(self, ppr) -> tuple[Optional[str], int]:
        """(numId, ilvl) of a paragraph: its own numPr, else its style's; numId None if none."""
        num_id, ilvl = None, None
        if ppr is not None:
            np_ = ppr.find("w:numPr", NS)
            if np_ is not None:
                num_id, ilvl = _val(np_, "w:numId"), _val(np_, "w:ilvl")
            if num_id is None:
                style = _val(ppr, "w:pStyle")
                if style in self.styles:
                    s_num, s_ilvl = self.styles[style]
                    num_id = s_num
                    ilvl = ilvl if ilvl is not None else s_ilvl
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None, 0
        return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0

    def marker(self, num_id: str, ilvl: int) -> Optional[str]:
        """The text Word shows before this paragraph, advancing the counters."""
        abs_id, starts, over = self.nums[num_id]
        levels = dict(self.abstract.get(abs_id, {}))
        levels.update(over)
        if ilvl not in levels:
            return None
        counters = self.counters.setdefault(abs_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for il, st in starts.items():
                counters[il] = st - 1           # the next number of that level is the override
                for deeper in [k for k in counters if k > il]:
                    del counters[deeper]
        lvl = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, lvl.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            lv = levels.get(deeper)
            if lv is None or lv.restart is None or lv.restart > ilvl:
                del counters[deeper]
        if lvl.fmt == "bullet":
            glyph = lvl.text.strip()
            if glyph in _DASHES:
                return "-"
            if glyph in _PLUSES:
                return "+"
            bullets = sorted(k for k, lv in levels.items() if lv.fmt == "bullet")
            return "-" if bullets and bullets[0] == ilvl else "+"

        def sub(m):
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            n = counters.get(k, lv.start)
            return format_number(n, lv.fmt)
        text = re.sub(r"%(\d)", sub, lvl.text).strip()
        return text or None


def _drop(el) -> None:
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def prepare_document(document_xml: bytes, numbering_xml: Optional[bytes], styles_xml: Optional[bytes]) -> bytes:
    root = etree.fromstring(document_xml)
    for el in root.xpath("//mc:AlternateContent/mc:Fallback", namespaces=NS):
        _drop(el)
    for el in root.xpath("//w:moveFrom | //w:del", namespaces=NS):
        _drop(el)
    for box in root.xpath("//w:txbxContent", namespaces=NS):
        text = "".join(box.itertext())
        if not _HEADER_TEXT.search(text):
            for p in box.findall("w:p", NS):
                box.remove(p)           # a reviewer's note or a "DỰ THẢO" stamp, not the notice
            etree.SubElement(box, _W + "p")
    for r in root.xpath("//w:r[w:rPr/w:vanish[not(@w:val='0' or @w:val='false')]]"
                        " | //w:r[w:rPr/w:strike[not(@w:val='0' or @w:val='false')]]"
                        " | //w:r[w:rPr/w:dstrike[not(@w:val='0' or @w:val='false')]]", namespaces=NS):
        _drop(r)
    for el in root.xpath("//w:noBreakHyphen", namespaces=NS):
        t = etree.Element(_W + "t")
        t.text = "-"
        el.getparent().replace(el, t)
    for el in root.xpath("//w:softHyphen", namespaces=NS):
        _drop(el)
    numbering = Numbering(numbering_xml, styles_xml)
    for p in root.iter(_W + "p"):
        ppr = p.find("w:pPr", NS)
        num_id, ilvl = numbering.numbering_of(ppr)
        if num_id is None:
            continue
        mark = numbering.marker(num_id, ilvl)
        # numbering off for docx2python: an explicit numId 0 also overrides a style's numbering
        if ppr is None:
            ppr = etree.SubElement(p, _W + "pPr")
            p.insert(0, ppr)
        np_ = ppr.find("w:numPr", NS)
        if np_ is None:
            np_ = etree.SubElement(ppr, _W + "numPr")
        for child in list(np_):
            np_.remove(child)
        etree.SubElement(np_, _W + "numId").set(_W + "val", "0")
        if not mark:
            continue
        run = etree.Element(_W + "r")
        t = etree.SubElement(run, _W + "t")
        t.text = mark + " "
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        ppr.addnext(run)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def prepare(package: bytes) -> bytes:
    """The .docx package with numbering made literal and hidden text removed (see module doc)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        names = set(zin.namelist())
        numbering = zin.read("word/numbering.xml") if "word/numbering.xml" in names else None
        styles = zin.read("word/styles.xml") if "word/styles.xml" in names else None
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                try:
                    data = prepare_document(data, numbering, styles)
                except etree.XMLSyntaxError:
                    pass                        # leave it to docx2python to report
            if item.filename in _TOGGLE_PARTS:
                data = _OFF_TOGGLE.sub(b"", data)
            zout.writestr(item, data)
    return buf.getvalue()
