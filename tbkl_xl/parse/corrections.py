"""A notice that corrects an earlier one ("Đính chính thời hạn tại Thông báo số 71/TB-UBND …"):
its paragraphs rewritten so the corrected text is what is read for tasks.

- "1. Tại điểm 2 Mục II đã ghi: “<old>”." / "Nay sửa lại là: “<new>”." → "1. <new>" (the old
  text sets nothing: its time limit was replaced);
- "… đã ghi: “<old>”, nay sửa lại là: “<new>”." → "<number> <new>";
- "3. Tại điểm 5, cụm từ “A” trong câu “<sentence>” được sửa thành “B”." → "3. <sentence with B
  for A>";
- a table "| TT | Vị trí | Đã ghi | Nay sửa lại |": each row → "<TT>. <the corrected text>".

Paragraphs without such quotations come back unchanged (run before the header is read: the
list may be shorter).  The phrases live in
data/directive_cues.yaml (``correction_old``, ``correction_new``).
"""
from __future__ import annotations

import functools
import re

from ..text import fold
from .quick import quick_compile
from .tables import is_table_row, table_cells
from .cues import directive_cues, words_alternation

__all__ = ["apply_corrections"]

_QUOTED = r"[“\"](?P<{name}>[^“”\"]{{3,1500}})[”\"]"
# a row's number cell: "1", "2.", "a)"
_ROW_NUMBER = re.compile(r"\d{1,3}\.?|[a-zđ]\)")
# the number or letter opening the paragraph: "1. ", "b) ", "- "
_MARK = r"(?P<mark>(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|[-–+])\s+)?"


# words every correction phrase holds (data/directive_cues.yaml's correction_new)
_CORRECTING_WORDS = ("sửa lại", "sửa thành", "sửa là", "đính chính", "điều chỉnh lại")


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple:
    c = directive_cues()
    old = words_alternation(c["correction_old"])
    new = words_alternation(c["correction_new"])
    old_re = quick_compile(r"(?i)^" + _MARK + r".{0,200}?(?<!\w)(?:" + old + r")\s*:?\s*" + _QUOTED.format(name="old")
                           + r"(?:[\s.,;]*(?:(?:" + new + r")\s*:?\s*" + _QUOTED.format(name="new") + r"))?[\s.;,]*$")
    new_re = quick_compile(r"(?i)^" + _MARK + r"(?:" + new + r")\s*:?\s*" + _QUOTED.format(name="new") + r"[\s.;,]*$")
    phrase_re = quick_compile(r"(?i)^" + _MARK + r".{0,200}?cụm\s+từ\s+" + _QUOTED.format(name="a")
                              + r"\s*(?:trong|tại)\s+(?:câu|đoạn|nội dung)\s*:?\s*" + _QUOTED.format(name="sentence")
                              + r"\s*(?:" + new + r")\s*:?\s*" + _QUOTED.format(name="b") + r"[\s.;,]*$")
    header_re = quick_compile(r"^(?:" + new + r")$")
    return old_re, new_re, phrase_re, header_re


def apply_corrections(paras: list[str]) -> list[str]:
    """``paras`` with a correction's quoted texts read as the text they give (see the module)."""
    low = "\n".join(paras).lower()
    if not any(w in low for w in _CORRECTING_WORDS):
        return paras                    # (a quick look: most notices correct nothing)
    old_re, new_re, phrase_re, header_re = _patterns()
    out: list[str] = []
    pending = None                      # the index in out of an "đã ghi: “…”" paragraph awaiting its new text
    column = None                       # the corrected text's column of a correcting table being read
    for p in paras:
        if is_table_row(p):
            cells = table_cells(p)
            if not cells:
                out.append(p)           # |---|---|
                continue
            if column is None:
                column = next((i for i, c in enumerate(cells) if header_re.match(fold(c).strip(" *:"))), None)
                out.append(p)
                continue
            if column < len(cells) and cells[column].strip():
                number = cells[0].strip(" .") if column and _ROW_NUMBER.fullmatch(cells[0].strip()) else ""
                out.append((number + ". " if number else "") + cells[column].strip())
                continue                # "| 1 | Điểm 1 Mục II | <old> | <new> |" → "1. <new>"
            out.append(p)
            continue
        column = None
        m = phrase_re.match(p)
        if m is not None:
            sentence = m.group("sentence").replace(m.group("a"), m.group("b"), 1)
            out.append((m.group("mark") or "") + sentence.strip())
            pending = None
            continue
        m = old_re.match(p)
        if m is not None:
            out.append((m.group("mark") or "") + (m.group("new") or "").strip())
            pending = None if m.group("new") else len(out) - 1
            continue
        m = new_re.match(p)
        if m is not None and pending is not None:
            out[pending] = out[pending] + m.group("new").strip()
            pending = None
            continue
        pending = None
        out.append(p)
    return out
