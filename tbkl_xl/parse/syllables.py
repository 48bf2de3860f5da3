"""Words a converter glued together ("cơquan", "cácsở", "Kếhoạch", "BANHÀNH") split back into
their syllables, by the shape of a Vietnamese syllable (``data/syllables.yaml``).

A Vietnamese syllable is one run of vowels between consonants, so a "word" with two runs of
vowels is a candidate; it is split only when it is not a syllable itself, every piece is one, and
each piece keeps one case (lower, capitalised or upper).  Of the ways to split, the one of fewest
pieces wins, then the one with more syllables common in these texts ("tế trước", not "tết
rước"), then the one whose pieces all start with a consonant ("Hà nội mới", not "Hàn ội mới"),
then the one whose first piece is longest (a final consonant belongs to the syllable before it:
"các hộ").  Words with no Vietnamese letter (abbreviations, "video", "online") are never touched.
"""
from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

from ..errors import DataFileError
from .cues import DATA, _read_version_1
from .quick import quick_compile

__all__ = ["SYLLABLES_PATH", "load_syllables", "is_syllable", "is_solid_word", "split_glued", "split_glued_words"]

SYLLABLES_PATH = DATA / "syllables.yaml"

_TONES = {"\u0300": "huyền", "\u0301": "sắc", "\u0303": "ngã", "\u0309": "hỏi", "\u0323": "nặng"}
_STOP_TONES = {"sắc", "nặng"}
_PLAIN = quick_compile(r"[a-zđăâêôơư]+")
_MAX_PIECES = 4


def load_syllables(path=None) -> dict:
    """Read and validate ``data/syllables.yaml``: {"initials", "rhymes", "stop_finals",
    "solid_words", "common_syllables": tuple of lower-case strings}."""
    path = Path(path if path is not None else SYLLABLES_PATH)
    data = _read_version_1(path, "syllable file", "the syllable file must be a mapping of keys to lists")
    out = {}
    for key in ("initials", "rhymes", "stop_finals", "solid_words", "common_syllables"):
        items = data.get(key)
        if not isinstance(items, list) or not items:
            raise DataFileError(f"{path}: key '{key}': must be a non-empty list, got {items!r}; "
                                "fix the syllable file (see its header comment)")
        words = []
        for x in items:
            x = unicodedata.normalize("NFC", x).lower() if isinstance(x, str) else x
            if not isinstance(x, str) or (key not in ("solid_words", "common_syllables") and not _PLAIN.fullmatch(x)) \
                    or (key in ("solid_words", "common_syllables") and not x.isalpha()):
                raise DataFileError(f"{path}: key '{key}': {x!r} is not a word of plain lower-case letters; "
                                    "fix the syllable file (see its header comment)")
            words.append(x)
        out[key] = tuple(dict.fromkeys(words))
    return out


@functools.lru_cache(maxsize=1)
def _shape() -> tuple:
    d = load_syllables()
    return (tuple(sorted(d["initials"], key=len, reverse=True)), frozenset(d["rhymes"]),
            tuple(d["stop_finals"]), frozenset(d["solid_words"]), frozenset(d["common_syllables"]))


def is_solid_word(word: str) -> bool:
    """True when ``word`` is written solid on purpose (``solid_words``: "cácbon", "MobiFone")."""
    return word.lower() in _shape()[3]


def _toneless(word: str) -> tuple:
    """(the word in lower case without its tone marks, its tones)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [_TONES[c] for c in decomposed if c in _TONES]
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES)), tones


@functools.lru_cache(maxsize=8192)
def is_syllable(word: str) -> bool:
    """True when ``word`` has the shape of one Vietnamese syllable ("quyết", "nghiêng", "ủy")."""
    initials, rhymes, stops, _solid, _common = _shape()
    base, tones = _toneless(word)
    if len(tones) > 1:
        return False
    for initial in ("",) + tuple(i for i in initials if base.startswith(i)):
        rhyme = base[len(initial):]
        if rhyme in rhymes and (not rhyme.endswith(stops) or (tones and tones[0] in _STOP_TONES)):
            return True
    return False


def _one_case(piece: str) -> bool:
    return piece.islower() or piece.isupper() or (piece[0].isupper() and piece[1:].islower())


def _splits(word: str, pieces: int):
    """Every way to cut ``word`` into at most ``pieces`` syllables of one case each."""
    if is_syllable(word) and _one_case(word):
        yield [word]
    if pieces == 1:
        return
    for i in range(len(word) - 1, 0, -1):
        head = word[:i]
        if is_syllable(head) and _one_case(head):
            for rest in _splits(word[i:], pieces - 1):
                yield [head] + rest


def _consonant_start(piece: str) -> bool:
    return _toneless(piece)[0][0] not in "aăâeêioôơuưy"


@functools.lru_cache(maxsize=4096)
def split_glued(word: str) -> str:
    """``word`` with spaces where glued syllables meet ("cơquan" → "cơ quan"), else unchanged."""
    if word.isascii() or is_syllable(word) or word.lower() in _shape()[3]:
        return word
    ways = [w for w in _splits(word, _MAX_PIECES) if len(w) > 1]
    if not ways:
        return word
    common = _shape()[4]
    best = max(ways, key=lambda w: (-len(w), sum(p.lower() in common for p in w),
                                    all(_consonant_start(p) for p in w[1:]), len(w[0])))
    if len(best[0]) == 1 and best[0].isupper() and not word.isupper():
        return word                     # a name opening with a lone vowel ("Avương", "Atiêng"), no glued word
    return " ".join(best)


_VOWELS = "".join(sorted({c for c in map(chr, range(0x41, 0x1EFA))
                          if c.isalpha() and unicodedata.normalize("NFD", c)[0].lower() in "aeiouy"}))
_CONSONANTS = "bcdđfghjklmnpqrstvwxz"
# two runs of vowels inside a word (one syllable has one run): where a glued word may be
_TWO_VOWEL_RUNS = quick_compile("[" + _VOWELS + "][" + _CONSONANTS + _CONSONANTS.upper() + "]+[" + _VOWELS + "]")
_WORD_START = quick_compile(r"[^\W\d_]*$")
_WORD_END = quick_compile(r"[^\W\d_]*")


def split_glued_words(text: str) -> str:
    """``text`` with every glued word split (see the module doc)."""
    out, last = [], 0
    for m in _TWO_VOWEL_RUNS.finditer(text):
        if m.start() < last:
            continue                    # (a second pair of runs in a word already read)
        start = _WORD_START.search(text, max(last, m.start() - 40), m.start()).start()
        end = _WORD_END.match(text, m.end()).end()
        word = text[start:end]
        fixed = split_glued(word)
        if fixed is not word:
            out.append(text[last:start])
            out.append(fixed)
        else:
            out.append(text[last:end])
        last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
