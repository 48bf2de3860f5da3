"""Checks and normalisation shared by the readers."""
from __future__ import annotations

import re
import unicodedata

from ..errors import NoticeReadError
from . import messages as M
from .legacy import detect_legacy

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def normalise(text: str) -> str:
    """Line endings to \\n, BOM and NUL dropped, form feeds and Unicode separators to newlines,
    NFC (decomposed letters composed)."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\f", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0b", "\n")
    return unicodedata.normalize("NFC", text)


def control_share(text: str) -> float:
    """Share of control characters other than tab, newline, carriage return and form feed."""
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def check_text(source, text: str, empty_message: str = M.EMPTY) -> str:
    """Raise ``NoticeReadError`` for text that is empty or typed in a legacy encoding."""
    if not text.strip():
        raise NoticeReadError(source, empty_message)
    kind = detect_legacy(text)
    if kind:
        raise NoticeReadError(source, M.legacy(kind))
    return text


def binary_kind(data: bytes) -> str | None:
    """What a file's first bytes say it is, when they are a known binary signature."""
    for magic, kind in M.BINARY_KINDS:
        if data.startswith(magic):
            return kind
    return None
