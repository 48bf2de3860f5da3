"""Detect text typed in a legacy 8-bit Vietnamese encoding (TCVN3/ABC, VNI Windows).

Such text reaches us as Unicode characters of the Windows-1252 range: a .docx in the font
.VnTime stores "Th«ng b¸o kÕt luËn", and a .txt saved in TCVN3 decodes (as cp1252) to the same.
VNI puts a base letter and a mark letter side by side: "Thoâng baùo keát luaän".

Signatures, chosen so that Unicode Vietnamese never shows them inside a word:
- TCVN3: the symbols U+00A1..U+00BE (``¸ µ ¶ · ¹ « ¬ ® ª © ¨`` …) next to a letter;
- VNI (and TCVN3 too): letters that Vietnamese never uses (``ø û ï ö ñ æ ä å ë ü`` …) next to
  an ASCII letter.
A text is flagged when such words make at least 5 % of its words (and at least two words).
"""
from __future__ import annotations

import re
from typing import Optional

from . import messages as M

_TCVN3_SYMBOLS = "".join(chr(c) for c in range(0xA1, 0xBF) if c not in (0xAD, 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xBA))
# letters of Latin-1 that Vietnamese never uses (Vietnamese: à á â ã è é ê ì í ò ó ô õ ù ú ý)
_FOREIGN_LETTERS = "øûïöñæäåëüØÛÏÖÑÆÄÅËÜ"

_WORD = re.compile(r"\S+")
_TCVN3_IN_WORD = re.compile(
    rf"[A-Za-z{_FOREIGN_LETTERS}][{_TCVN3_SYMBOLS}]|[{_TCVN3_SYMBOLS}][A-Za-z]")
_VNI_IN_WORD = re.compile(rf"[A-Za-z][{_FOREIGN_LETTERS}]|[{_FOREIGN_LETTERS}][a-z]")
_HAS_LETTER = re.compile(r"[A-Za-z]")
_ANY_SIGNATURE = re.compile(rf"[{_TCVN3_SYMBOLS}{_FOREIGN_LETTERS}]")


def _share(words: list[str], pat: re.Pattern) -> tuple[int, float]:
    hits = 0
    for w in words:
        w = w.strip("«»\"'“”()[],.;:!?")     # quotes around a word are not a signature
        if pat.search(w):
            hits += 1
    return hits, (hits / len(words) if words else 0.0)


def detect_legacy(text: str) -> Optional[tuple[str, str]]:
    """``messages.TCVN3`` or ``messages.VNI`` when ``text`` looks typed in that encoding, else None."""
    if not _ANY_SIGNATURE.search(text):
        return None                      # the common case: not one suspicious character
    # each signature word holds a suspicious character: too few of them for 5 % of the words
    # (at least half the white-space tokens hold a letter) settles it without a word-by-word look
    sig = len(_ANY_SIGNATURE.findall(text))
    if sig < 2 or sig < 0.025 * len(text.split()):
        return None
    words = [w for w in _WORD.findall(text) if _HAS_LETTER.search(w)]
    if not words:
        return None
    hits, share = _share(words, _TCVN3_IN_WORD)
    if hits >= 2 and share >= 0.05:
        return M.TCVN3
    hits, share = _share(words, _VNI_IN_WORD)
    if hits >= 2 and share >= 0.05:
        return M.VNI
    return None
