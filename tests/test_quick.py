"""quick_compile: a look-ahead on a pattern's first characters finds the same matches sooner.

The table checks what it reads from patterns of each shape; the last test takes every guarded
regex the parser holds, compiles its pattern again without the guard and compares the matches
(spans and groups) on the real notices, as written and folded."""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import tbkl_xl.parse as parse_pkg
from tbkl_xl.parse.agencies import default_directory
from tbkl_xl.parse.bodies import body_grammar
from tbkl_xl.parse.quick import first_characters, quick_compile
from tbkl_xl.read import read_document
from tbkl_xl.text import fold


@pytest.mark.parametrize("pattern, firsts", [
    (r"(?<!\w)(?:ubnd\s+)?các\s+xã", {"u", "c"}),                 # an optional group, then what follows
    (r"(?<!\w)\d{1,2}\s+xã|(?<!\w)các", {r"\d", "c"}),            # digits stay a class
    (r"^(?=[A-Z])[A-ZĐ]\w+", {"A-Z", "Đ"}),                        # anchors and look-aheads consume nothing
    (r"(?:a|b?)c", {"a", "b", "c"}),                              # a branch that may be empty lets the next in
    (r"(?<!\w)x*y+", {"x", "y"}),
    (r"(?<!\w)\-z", {r"\-"}),                                      # escaped as a class item
    (r"(?<!\w)a?", None),                                          # may match nothing
    (r"(?<!\w)[^a]x", None),                                       # a negated set: too wide
    (r"(?<!\w)\w+", None),
    (r"(?<!\w).x", None),
    (r"(?i)(?<!\w)abc", {"a", "A"}),                               # under IGNORECASE, every case re takes
    (r"(?<!\w)(?i:đ)bc", {"đ", "Đ"}),
    (r"(?i)(?<!\w)k", {"k", "K", "\u212a"}),                       # (the Kelvin sign, which re folds to "k")
    (r"(?i)(?<!\w)i", {"i", "I", "\u0130", "\u0131"}),              # ("İ" and "ı", re's extra pairs)
    (r"(?i)(?<!\w)[a-c]x", None),                                  # a range under IGNORECASE: not guessed
    (r"(a)(?<!\w)\1", {"a"}),
    (r"(a)?(?<!\w)\1", None),                                      # a back-reference may come first
])
def test_first_characters(pattern, firsts):
    assert first_characters(pattern) == firsts


@pytest.mark.parametrize("pattern, guarded", [
    (r"(?<!\w)(?:ubnd\s+)?các", r"(?=[cu])(?:(?<!\w)(?:ubnd\s+)?các)"),
    (r"(?i)(?<!\w)x", r"(?i)(?=[Xx])(?:(?<!\w)x)"),               # both cases under IGNORECASE
    (r"(?i)(?<!\w)\w", r"(?i)(?<!\w)\w"),                          # nothing known: as it is
    (r"các|ubnd", r"các|ubnd"),                                    # re skips to literals by itself
    ("(?x) (?<!\\w) a  # the a\n", "(?x)(?=[a])(?: (?<!\\w) a  # the a\n\n)"),   # a comment cannot eat the ")"
])
def test_quick_compile_pattern(pattern, guarded):
    assert quick_compile(pattern).pattern == guarded


def test_a_guard_under_ignorecase_holds_every_character_re_matches():
    # every character of the planes that hold cased letters, against re's own case-insensitive literal
    for letter in "aAđĐkKiIsSyYưƯ":
        guard = re.compile("[" + "".join(sorted(first_characters("(?i)(?<!\\w)" + re.escape(letter)))) + "]")
        lit = re.compile("(?i)" + re.escape(letter))
        assert all(guard.fullmatch(c) for cp in range(0x1F000) if lit.fullmatch(c := chr(cp)))


def test_quick_compile_keeps_groups_and_errors():
    rx = quick_compile(r"(?<!\w)(?P<ubnd>UBND\s+)?(?P<type>xã|phường)\s+(\w+)")
    m = rx.search("Giao UBND xã Hữu Lũng và phường Tam Thanh")
    assert (m.group("ubnd"), m.group("type"), m.group(3), m.span()) == ("UBND ", "xã", "Hữu", (5, 16))
    assert [x.group(3) for x in rx.finditer("UBND xã A, phường B")] == ["A", "B"]
    with pytest.raises(re.error, match="missing \\)"):
        quick_compile(r"(?<!\w)(ab")


_GUARDED = re.compile(r"(\(\?[aiLmsux]+\))?\(\?=\[.*?\]\)\(\?:(.*)\)\Z", re.S)


def _parser_patterns() -> list:
    """Every compiled regex reachable from the parser's modules, its body grammar and directory."""
    found: dict = {}

    def visit(obj, depth=0):
        if isinstance(obj, re.Pattern):
            found[id(obj)] = obj
        elif depth > 2:
            return
        elif isinstance(obj, dict):
            for v in obj.values():
                visit(v, depth + 1)
        elif isinstance(obj, (list, tuple)):
            for v in obj:
                visit(v, depth + 1)
        elif hasattr(obj, "__dict__") and not isinstance(obj, type) \
                and type(obj).__module__.startswith("tbkl_xl"):
            for v in vars(obj).values():
                visit(v, depth + 1)

    for info in pkgutil.iter_modules(parse_pkg.__path__):
        for v in vars(importlib.import_module("tbkl_xl.parse." + info.name)).values():
            visit(v)
    visit(body_grammar())
    visit(default_directory())
    return list(found.values())


def test_every_guarded_regex_of_the_parser_finds_what_it_did_without_the_guard(real_notices):
    texts = [read_document(p).text for p in real_notices]
    texts += [fold(t) for t in texts]
    guarded = [rx for rx in _parser_patterns() if _GUARDED.match(rx.pattern)]
    assert len(guarded) > 100                   # the scanners are guarded
    for rx in guarded:
        flags_head, body = _GUARDED.match(rx.pattern).groups()
        plain = re.compile((flags_head or "") + body.removesuffix("\n"), rx.flags)
        for text in texts:
            got = [(m.span(), m.groups()) for m in rx.finditer(text)]
            want = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert got == want, (rx.pattern[:120], got[:3], want[:3])
