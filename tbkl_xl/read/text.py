"""Read .txt and .md notices: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one
when the NUL bytes say so), Windows-1258 as a fallback.  Legacy 8-bit Vietnamese encodings
(TCVN3, VNI) and binary files are refused with a message that says what to do."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import NoticeReadError
from ..model import RawDocument
from . import messages as M
from .common import binary_kind, check_text, control_share, normalise
from .legacy import detect_legacy

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# letters Windows-1258 text of Vietnamese shows (ă â đ ê ô ơ ư, combining tone marks)
_CP1258_SIGNS = set("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323")


def _sniff_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16: NUL bytes in one byte position of most pairs and almost never in the other."""
    n = len(data) // 2
    if n < 4:
        return None
    even = data[0:2 * n:2].count(0)
    odd = data[1:2 * n:2].count(0)
    if odd >= 0.3 * n and even <= 0.02 * n:
        return "utf-16-le"
    if even >= 0.3 * n and odd <= 0.02 * n:
        return "utf-16-be"
    return None


def decode_bytes(source, data: bytes) -> str:
    """Bytes of a text file -> str, or ``NoticeReadError`` saying what is wrong."""
    if not data.strip(b" \t\r\n\x00") or not data.strip():
        raise NoticeReadError(source, M.EMPTY)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc)
            except UnicodeDecodeError:
                raise NoticeReadError(source, M.BINARY.format(kind=M.UNKNOWN_BINARY)) from None
    kind = binary_kind(data)
    if kind:
        raise NoticeReadError(source, M.BINARY.format(kind=kind))
    enc = _sniff_utf16(data)
    if enc:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    as_latin = data.decode("latin-1")
    if b"\x00" in data or control_share(as_latin) > 0.01:
        raise NoticeReadError(source, M.BINARY.format(kind=M.UNKNOWN_BINARY))
    legacy = detect_legacy(data.decode("cp1252", errors="replace"))
    if legacy:
        raise NoticeReadError(source, M.legacy(legacy))
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    if text and sum(1 for c in text if c in _CP1258_SIGNS) >= 3:
        return text
    raise NoticeReadError(source, M.UNDECODABLE)


def text_document(source, text: str, fmt: str = "txt") -> RawDocument:
    """Checked and normalised text -> ``RawDocument``."""
    text = normalise(text)
    if "\x00" in text or control_share(text) > 0.01:
        raise NoticeReadError(source, M.BINARY.format(kind=M.UNKNOWN_BINARY))
    check_text(source, text)
    return RawDocument(source=str(source), text=text, footnotes=[], format=fmt)


def read_text_file(path) -> RawDocument:
    path = Path(path)
    data = path.read_bytes()
    fmt = "md" if path.suffix.lower() == ".md" else "txt"
    return text_document(path, decode_bytes(path, data), fmt)
