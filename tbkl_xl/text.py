"""Vietnamese text normalisation used for matching (the original text is kept for display)."""
from __future__ import annotations

import functools
import re
import unicodedata
from functools import lru_cache
from typing import Optional

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


def norm_key(s: str, province: Optional[str] = None) -> str:
    """Dictionary key for names: NFC, one tone style, case-folded, spaces collapsed,
    'Ủy ban nhân dân' -> 'ubnd', a trailing 'tỉnh <province>' dropped ("Sở Y tế tỉnh Lạng Sơn"
    is "sở y tế" in Lạng Sơn).  ``province``: the province the names are of (any spelling);
    default: the configured one (``data/provinces/default.yaml``).  No province name is in the
    code: the keys of a province's notices are what they were before the setting existed."""
    return _norm_key(s, _province_tail(province if province is not None else _default_province()))


@functools.lru_cache(maxsize=65536)
def _norm_key(s: str, tail) -> str:
    s = fold(s)
    s = re.sub(r"\s+", " ", s).strip()
    s = _UBND_RE.sub("ubnd", s)
    if tail is not None:
        s = tail.sub("", s)
    return s


@functools.lru_cache(maxsize=1)
def _default_province() -> str:
    from .data import default_province_name     # the setting lives with the data files
    return default_province_name()


@functools.lru_cache(maxsize=64)
def _province_tail(province: str):
    """'tỉnh <province>' at the end of a folded key; None for no province."""
    name = " ".join(fold(re.sub(r"(?i)^\s*tỉnh\s+", "", nfc(province or ""))).split())
    if not name:
        return None
    return re.compile(r"\s*tỉnh " + re.escape(name) + "$")
