"""Regexes that skip quickly the places where they cannot match.

Python's ``re`` jumps over the places where a pattern cannot start only when the pattern opens
with a literal or a character set.  The scanners of this parser mostly open with a look-behind
("(?<!\\w)") or an optional group ("(?:UBND\\s+)?các …"), so each of them is tried in full at
every character of a notice.  :func:`quick_compile` reads the pattern, works out the characters
a match can start with and puts a look-ahead on them in front ("(?=[uủc])(?:…)"): the same
matches, found several times faster when that set is small.  When it cannot tell (a pattern
that may match the empty string, or open with "\\w", ".", a negated set, a back-reference …)
the pattern is compiled as it is.

It also makes the shorthand ranges of Vietnamese letters exact: in a set, "À-Ỹ" means the
capitals with marks and "à-ỹ" the small letters with marks.  Taken as code-point ranges they
would hold both cases ("Đ", "Ư", "Ấ" lie inside "à-ỹ"), and "Long Đức" would read as a name
followed by a word in lower case.
"""
from __future__ import annotations

import functools
import re
import unicodedata

try:                                    # Python 3.11+
    from re import _compiler, _constants as _c, _parser as _p
except ImportError:                     # Python 3.10
    import sre_compile as _compiler     # type: ignore[no-redef]
    import sre_constants as _c          # type: ignore[no-redef]
    import sre_parse as _p              # type: ignore[no-redef]

__all__ = ["quick_compile", "first_characters", "exact_letters"]

# the most items a guard's class holds
_MAX_FIRSTS = 400
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT} if hasattr(_c, "POSSESSIVE_REPEAT") else set())


class _Unknown(Exception):
    """The first characters cannot be told from the pattern."""


def _cases(ch: str, fold_case: bool) -> set:
    """The characters a literal matches: itself, or under IGNORECASE every character ``re`` takes
    for it (``re`` compares simple lower cases, and knows a few more pairs: "K" and the Kelvin sign,
    "i" and "ı")."""
    if not fold_case:
        return {ch}
    extra = getattr(_compiler, "_EXTRA_CASES", None)
    if extra is None:                   # another Python's re: not guessed
        raise _Unknown
    low = _simple_lower(ch)
    out = {ch, low} | set(_by_lower().get(low, ()))
    for cp in extra.get(ord(low), ()):
        out |= {chr(cp)} | set(_by_lower().get(chr(cp), ()))
    return out


def _simple_lower(ch: str) -> str:
    low = ch.lower()
    return low[0] if low else ch        # ("İ" lowers to "i" and a dot above; re takes "i")


@functools.lru_cache(maxsize=1)
def _by_lower() -> dict:
    """{lower case: the characters whose lower case it is}, once, when a pattern first asks."""
    out: dict = {}
    for cp in range(0x1F000):           # (no cased letter lies above)
        ch = chr(cp)
        low = _simple_lower(ch)
        if low != ch:
            out.setdefault(low, []).append(ch)
    return out


# classes a guard may hold as they are: digits and white space (not "\w": it starts everything)
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"}


def _set_of(items, fold_case: bool) -> set:
    """A character set's items as items of a guard's class: characters, ranges, digits, spaces."""
    out: set = set()
    for op, av in items:
        if op is _c.LITERAL:
            out |= {re.escape(ch) for ch in _cases(chr(av), fold_case)}
        elif op is _c.RANGE and not fold_case:
            out.add(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:                           # NEGATE, "\w", a range under IGNORECASE: not guessed
            raise _Unknown
    return out


def _firsts(seq, fold_case: bool) -> tuple:
    """(characters a match of ``seq`` can start with, whether ``seq`` can match nothing)."""
    out: set = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue                    # a look-around or an anchor consumes nothing
        if op is _c.LITERAL:
            return out | {re.escape(ch) for ch in _cases(chr(av), fold_case)}, False
        if op is _c.IN:
            return out | _set_of(av, fold_case), False
        if op is _c.BRANCH:
            empty = False
            for branch in av[1]:
                chars, branch_empty = _firsts(branch, fold_case)
                out |= chars
                empty = empty or branch_empty
            if not empty:
                return out, False
            continue
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            fc = (fold_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            chars, empty = _firsts(sub, fc)
            out |= chars
            if not empty:
                return out, False
            continue
        if op in _REPEATS:
            low, _high, sub = av
            chars, empty = _firsts(sub, fold_case)
            out |= chars
            if low > 0 and not empty:
                return out, False
            continue
        if hasattr(_c, "ATOMIC_GROUP") and op is _c.ATOMIC_GROUP:
            chars, empty = _firsts(av, fold_case)
            out |= chars
            if not empty:
                return out, False
            continue
        raise _Unknown                  # ANY, NOT_LITERAL, GROUPREF, CATEGORY …
    return out, True


def _opens_plainly(seq) -> bool:
    """Does the pattern open with a literal or a set, which ``re`` already skips to by itself?"""
    if not len(seq):
        return False
    op, av = seq[0]
    if op in (_c.LITERAL, _c.IN):
        return True
    if op is _c.SUBPATTERN and not av[1] and not av[2]:
        return _opens_plainly(av[3])
    if op is _c.BRANCH:
        return all(_opens_plainly(b) for b in av[1])
    return False


def _first_items(parsed):
    try:
        items, empty = _firsts(parsed, bool(parsed.state.flags & re.IGNORECASE))
    except _Unknown:
        return None
    if empty or not items or len(items) > _MAX_FIRSTS:
        return None
    return items


def first_characters(pattern: str, flags: int = 0):
    """The items of a character class ("a", "\\d", "A-Z") holding the first character of every
    match of ``pattern``, or None when the pattern does not tell (it may match the empty string,
    or open with "\\w", ".", a negated set …)."""
    return _first_items(_p.parse(pattern, flags))


def _letters_with_marks(lower: bool) -> str:
    out = []
    for cp in range(0xC0, 0x1EFA):
        ch = chr(cp)
        if ch.isalpha() and (ch.islower() if lower else ch.isupper()) and "LATIN" in unicodedata.name(ch, ""):
            out.append(ch)
    return "".join(out)


_SMALL_WITH_MARKS = _letters_with_marks(lower=True)
_CAPITALS_WITH_MARKS = _letters_with_marks(lower=False)


def exact_letters(pattern: str) -> str:
    """``pattern`` with the ranges "à-ỹ" and "À-Ỹ" written as the small letters and the capitals
    they are meant to be."""
    return pattern.replace("à-ỹ", _SMALL_WITH_MARKS).replace("À-Ỹ", _CAPITALS_WITH_MARKS)


@functools.lru_cache(maxsize=1024)
def quick_compile(pattern: str, flags: int = 0) -> "re.Pattern":
    """``re.compile(pattern, flags)``, with a look-ahead on the characters a match starts with
    when the pattern tells them and ``re`` would not skip to them by itself: the same matches
    (groups, names, spans) found sooner.  Kept: patterns built per notice (a footnote's
    number) are parsed once."""
    pattern = exact_letters(pattern)
    try:
        parsed = _p.parse(pattern, flags)
    except re.error:
        return re.compile(pattern, flags)      # re's own message
    items = None if _opens_plainly(parsed) else _first_items(parsed)
    if items is None:
        return re.compile(pattern, flags)
    opening = _GLOBAL_FLAGS.match(pattern)      # "(?i)" must stay at the very start
    head, body = (opening.group(0), pattern[opening.end():]) if opening else ("", pattern)
    guard = "".join(sorted(items))
    verbose = parsed.state.flags & re.VERBOSE
    return re.compile(head + "(?=[" + guard + "])(?:" + body + ("\n)" if verbose else ")"), flags)


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
