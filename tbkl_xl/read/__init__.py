"""Readers: one module per file type, each giving a ``RawDocument``.

``read_document(path)`` dispatches by extension (.txt/.md, .docx, .pdf); ``read_text_input(s)``
takes text given directly.  Anything that cannot be read raises ``NoticeReadError`` with one of
the messages of ``tbkl_xl.read.messages``, which names the problem and says what to do.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from ..errors import NoticeReadError
from ..model import RawDocument
from . import messages
from .limits import DEFAULT_LIMITS, Budget, Limits, check_file_size
from .text import read_text_file, text_document

__all__ = ["read_document", "read_text_input", "messages", "READABLE_SUFFIXES", "Limits", "DEFAULT_LIMITS"]

READABLE_SUFFIXES = (".txt", ".md", ".docx", ".pdf")


def read_document(path: Union[str, Path], limits: Optional[Limits] = None,
                  budget: Optional[Budget] = None) -> RawDocument:
    """Read a notice file into a ``RawDocument`` (text NFC, paragraphs split by a blank line).
    ``limits``: per-file bounds (``tbkl_xl.read.limits``; the defaults when None), checked
    before the file is read; ``budget``: the time left for this file (checked per PDF page)."""
    limits = limits or DEFAULT_LIMITS
    path = Path(path)
    # a path that is not there is reported as such, whatever its name looks like
    if not path.exists():
        raise NoticeReadError(path, messages.NOT_FOUND)
    if path.is_dir():
        raise NoticeReadError(path, messages.IS_FOLDER)
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise NoticeReadError(path, messages.DOC)
    if not suffix:
        raise NoticeReadError(path, messages.NO_EXT)
    if suffix not in READABLE_SUFFIXES:
        raise NoticeReadError(path, messages.UNKNOWN_EXT.format(ext=suffix))
    try:
        size = path.stat().st_size
        check_file_size(path, size, limits)
        if suffix in (".txt", ".md"):
            return read_text_file(path)
        if size == 0:
            raise NoticeReadError(path, messages.EMPTY)
        if suffix == ".docx":
            from .docx import read_docx
            return read_docx(path, limits)
        from .pdf import read_pdf
        return read_pdf(path, budget)
    except OSError as e:
        raise NoticeReadError(path, messages.UNREADABLE.format(error=messages.os_error(e))) from None


def read_text_input(s: str, source: str = "<text>", limits: Optional[Limits] = None) -> RawDocument:
    """Text given directly (pasted, piped) -> ``RawDocument``, with the same checks as a file
    (its UTF-8 size counts against ``limits.max_file_bytes``)."""
    limits = limits or DEFAULT_LIMITS
    if len(s) * 4 > limits.max_file_bytes:           # only then is the exact size worth counting
        check_file_size(source, len(s.encode("utf-8", "surrogatepass")), limits)
    return text_document(source, s, "txt")
