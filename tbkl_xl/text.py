"""Vietnamese text normalisation used for matching (the original text is kept for display)."""
from __future__ import annotations

import functools
import re
import unicodedata
from functools import lru_cache

# old-style tone placement -> the style used for matching (hoà -> hòa, uỷ -> ủy)
_OLD_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
              "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
              "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_OLD_TONES.update({k.upper(): v.upper() for k, v in list(_OLD_TONES.items())})
_OLD_TONES.update({k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in list(_OLD_TONES.items()) if k.islower()})
# "qu" is one consonant: "quý", "quỳ" are already in the one style; "uý" -> "úy" applies elsewhere.
# One character class instead of an alternation of the pairs: this runs on every paragraph.
_OLD_RE = re.compile(r"(?<![qQ])[oOuU][" + "".join(sorted({k[1] for k in _OLD_TONES})) + r"](?!\w)")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s or "")


def tone_style(s: str) -> str:
    """One tone-mark style: hoà -> hòa, Uỷ -> Ủy.  Length-preserving on NFC text."""
    return _OLD_RE.sub(lambda m: _OLD_TONES.get(m.group(0), m.group(0)), s)


@lru_cache(maxsize=8192)
def fold(s: str) -> str:
    """Matching form of NFC text: tone style unified and lower-cased.

    Length-preserving on NFC input, so offsets found in ``fold(t)`` are offsets in ``t``.
    """
    return tone_style(nfc(s)).lower()


def strip_accents(s: str) -> str:
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


_UBND_RE = re.compile(r"ủy ban nhân dân")


@functools.lru_cache(maxsize=65536)
def norm_key(s: str) -> str:
    """Dictionary key for names: NFC, one tone style, case-folded, spaces collapsed,
    'Ủy ban nhân dân' -> 'ubnd', trailing 'tỉnh Lạng Sơn' dropped."""
    s = fold(s)
    s = re.sub(r"\s+", " ", s).strip()
    s = _UBND_RE.sub("ubnd", s)
    s = re.sub(r"\s*tỉnh lạng sơn$", "", s)
    return s
