"""Clean the artefacts that converters leave in notice text and rebuild paragraphs.

Input: a ``RawDocument`` (body text, footnote bodies).  Output: a ``CleanDocument`` holding
the body as a list of paragraphs (NFC, markdown marks and footnote marks gone, hard-wrapped
lines joined back) and the footnote bodies as notes.

Artefacts handled (all seen in real notices):
- markdown from converters: ``## heading``, ``**bold**``, ``***x***``, ``*italic*``, ``<sup>1</sup>``,
  ``~~struck out~~`` (a tracked deletion: the words go),
  trailing double-space line breaks, backslash escapes;
- footnote marks: ``<sup>1</sup>``, ``¹``, numbers glued to a word or a year (``cùng kỳ1``,
  ``ngày 15/12/20257`` = 15/12/2025 + footnote 7), footnote bodies in the running text
  (after ``---``, a run of spaces standing for the separator rule, or starting with ``¹``);
- hard-wrapped lines (PDF exports: one visual line per paragraph, blank lines between);
- paragraphs split by page breaks and footnote blocks (``… các Chương trình mục tiêu quốc`` /
  ``gia còn …``, ``Chỉ thị số 02/CT-`` / ``UBND ngày …``).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..model import RawDocument
from ..text import fold, nfc
from .bodies import body_grammar
from .cues import directive_cues, words_alternation
from .header import PAGE_END, PRESS_LEAD
from .tables import (is_table_row, normalize_pipe_tables, rebuild_block_tables, rebuild_cell_tables, rebuild_layout_tables,
                     rebuild_tab_tables, slip_directions, unbox_one_cell_lines)
from .syllables import is_solid_word, split_glued_words
from .quick import quick_compile

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_TO_DIGIT = {c: str(i) for i, c in enumerate(SUPERSCRIPTS)}

_SUP_TAG = quick_compile(r"<sup>\s*(\d{1,3})\s*</sup>")
_HEADING_HASHES = quick_compile(r"^\s{0,3}#{1,6}\s+", re.M)
_BOLD = quick_compile(r"\*{2,3}")
# emphasis marks glued to the words around them in a cell whose lines a converter joined
# ("**ĐẢNG BỘ TỈNH NINH BÌNH****ĐẢNG ỦY …**Số 245-CV/ĐU*V/v …*"): two runs and the text after them
# (each looks first at the star it stands at or after: a letter's class is slow to test at every place)
_GLUED_EMPHASIS = quick_compile(r"(?=\*)(?:(?<=[^\W_])\*{4}(?=[^\W_])|(?<=[^\W_])(?=\*[^\W\d_][^*\n|]*\*(?!\w)))"
                                r"|(?<=\*)(?<=[^\W_]\*\*)(?=[^\W\d_])")


def _spaced_emphasis(m) -> str:
    return "** **" if m.group(0) == "****" else " "


# a reader's note in a draft, in square brackets after the one who wrote it ("[Sở Xây dựng: đề nghị
# thống nhất mốc này …]"; not "[1]", a reference, nor a chat's stamp "[15/08/2027 06:52]", no word before its colon)
_EDITORS_NOTE = quick_compile(r"[ \t]?\[(?=[^\[\]\n:]*[^\W\d_])[^\[\]\n:]{2,60}:[^\[\]\n]{2,400}\]")
# markdown strikethrough, a tracked deletion kept by a converter (with the space before it)
_STRUCK = quick_compile(r"[ \t]?~~[^~\n]{1,600}?~~")
_ITALIC = quick_compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ESCAPES = quick_compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
# a list item's start: a bullet (also "*" of a Markdown list), a number, a letter ("a)", "A."), an
# article, an ordinal word ("Thứ hai, …", "Ba là, …", data/directive_cues.yaml)
_LIST_MARKER = quick_compile(
    r"^(?:[-–—•+*]\s|(?:[IVXLC]+|[A-HJKM-UWYZĐ]|\d{1,2}(?:\.\d{1,2})*|Điều\s+\d{1,2})\.\s|\d{1,2}(?:\.\d{1,2})+\s|\d{1,2}\)\s|[a-zđ]\)\s|[a-zđ]\.\d{1,2}\)\s|(?:ii|iii|iv|vi|vii|viii|ix)\)\s|[a-zđ]\.\s(?=[A-ZĐÀ-Ỹ])|"
    r"\((?:[a-zđ]|[ivx]{1,4}|\d{1,2})\)\.?\s|"
    r"(?i:" + words_alternation(directive_cues()["ordinal_items"]) + r")\s*[,:.]\s"
    r"(?!\s*(?:ngày\s+)?\d{1,2}\s*[/.\-]\s*\d))")   # ("… trước" / "thứ Năm, ngày 03/9/2026": a weekday, no item)
# a letter far down the alphabet as a list's marker ("y) …"), which a wrapped word's last letter looks like
_LATE_LETTER_MARKER = quick_compile(r"[p-y]\)\s")
# a plan's field line ("Cơ quan chủ trì: Sở X.", "Thời hạn: trước ngày …", "Cơ quan phối hợp: …"):
# a paragraph of its own, as a dash would make it (data/directive_cues.yaml's labels)
_FIELD_LABELS = [p for k in ("lead_labels", "support_labels", "time_limit_labels") for p in directive_cues()[k]
                 if len(p) > 6]
_FIELD_LINE = quick_compile(r"^(?i:" + words_alternation(_FIELD_LABELS) + r")\s*:")
_TERMINAL = tuple(".;:!?…")
# a span of years wrapped before its dash ("… giai đoạn 2016" / "- 2020; tình hình …"): no list item
_WRAPPED_SPAN = quick_compile(r"^[-–]\s*(?:19|20)\d\d(?!\d)")
# words a sentence cannot end on: a paragraph ending on one continues on the next line
_DANGLING = quick_compile(r"(?<!\w)(của|và|với|các|những|về|cho|tại|theo|trong|được|là|để|từ|đến|do|bởi|"
                          r"thuộc|(?:định|văn|quyết|thông|hoạch|bản|trình|cáo|thị|tư|luật)\s+số|ngày|tháng|năm|quý|như|hoặc|nhằm|trên|dưới|giữa|"
                          r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:xã|phường|huyện|thị trấn)|"
                          r"UBND|Sở|Bộ|Ủy ban|Uỷ ban|đồng chí)$", re.I)


@dataclass
class CleanDocument:
    source: str
    paragraphs: list[str]
    notes: list[str] = field(default_factory=list)
    format: str = "txt"
    # the word pairs a converter glued with a comma ("hoàn thành,trình"): cleaning spaces them for
    # reading; restore_glued_commas() puts the text shown back as it was written
    glued_commas: frozenset = frozenset()


def _sup_digits(s: str) -> str:
    return "".join(_SUP_TO_DIGIT.get(c, c) for c in s)


_NOTE_START = quick_compile(r"^(<sup>\s*\d+\s*</sup>|[" + SUPERSCRIPTS + r"]+|\d{1,3}\s)")


# a footnote line: "<sup>3</sup> Văn bản …", "³ Văn bản …"
_FOOTNOTE_LINE = quick_compile(r"^\s*(?:<sup>\s*(\d{1,3})\s*</sup>|([" + SUPERSCRIPTS + r"]+))\s*(\S.*)$")


# a plain-figure note line: "   1 Văn bản số 6115/BNNMT-QLĐĐ …" (a number, a space, a capital)
# the gaps between cells of a row laid out in columns: two runs of three spaces or more
_COLUMN_GAPS = quick_compile(r"\S {3,}\S.*\S {3,}\S")
_PLAIN_NOTE_LINE = quick_compile(r"^\s*(\d{1,2}) +[A-ZĐÀ-Ỹ]")
# a page number alone on its line
_PAGE_NUMBER_LINE = quick_compile(r"^\s*\d{1,3}\s*$|^\f")
# the recipients' block that follows a body's notes ("Nơi nhận:", "**Nơi nhận:**", "| Nơi nhận: …")
_RECIPIENTS_NEXT = quick_compile(r"^[|*\s]*Nơi nhận\b")


def _glued_above(body: list, number: str) -> bool:
    """Is footnote ``number`` glued to a word or a year in the last lines above ("sử dụng1;")?"""
    pat = quick_compile(r"(?:(?<=[^\W\d_])|(?<=\b(?:19|20)\d\d))" + number + r"(?=[\s,.;:)\]]|$)")
    return any(pat.search(x) for x in body[-60:])


def _split_footnote_blocks(text: str) -> tuple[str, list[str]]:
    """Take footnote bodies out of the running text.  Returns (body, notes)."""
    notes: list[str] = []
    lines = text.split("\n")
    body: list[str] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        stripped = line.strip()
        # "---" rule (markdown export) or a long run of spaces (PDF export of the rule)
        is_rule = stripped in ("---", "***", "___") or bool(_RULE_LINE.fullmatch(stripped)) or (not stripped and len(line) >= 20)
        if is_rule and stripped and body and _COLUMN_GAPS.search(body[-1].strip()) and lines[i + 1:i + 2] \
                and _COLUMN_GAPS.search(lines[i + 1].strip()):
            is_rule = False             # the rule under a table's header laid out in columns, rows below
        if is_rule:
            j = i + 1
            block: list[str] = []
            last_entry = ""              # the last non-blank line of the block
            # (a page laid out by pdftotext -layout indents the rule and its notes alike)
            indent = len(line) - len(line.lstrip(" ")) if stripped else 0
            while j < n:
                nxt = lines[j]
                s = nxt.strip()
                if not s:
                    block.append("")
                    j += 1
                    continue
                if s.isdigit() and len(s) <= 2 and j + 1 < n and lines[j + 1].strip()[:1].isupper() \
                        and not lines[j + 1].strip().isupper():
                    # (not the page's number over an appendix's title: "2" / "PHỤ LỤC")
                    block.append(s + " " + lines[j + 1].strip())      # "1" / "   Chỉ thị yêu cầu …": the
                    last_entry = block[-1]                            # note's number on a line of its own
                    j += 2
                    continue
                # a footnote entry or its continuation
                if _NOTE_START.match(s) and (not nxt.startswith(" ") or
                                             (indent and len(nxt) - len(nxt.lstrip(" ")) <= indent + 2)):
                    block.append(s)
                    last_entry = s
                    j += 1
                    continue
                if block and block[-1] == "" and s[:1].islower() and last_entry.rstrip("*_ ").endswith((".", ";")):
                    break                # the body going on after the notes ("… trên" / notes / "địa bàn, …")
                if block and block[-1] == "" and last_entry and body and body[-1].strip() and not _NOTE_START.match(s) \
                        and not body[-1].rstrip("*_ ").endswith(_TERMINAL) and not body[-1].rstrip().endswith(":") \
                        and not _LIST_MARKER.match(s):
                    break                # the line cut above the notes going on after a page break ("… chậm nhất ngày" /
                                         # notes / "" / "31/12/2026.")
                if last_entry and not nxt.startswith(" ") and not _LIST_MARKER.match(s) \
                        and (s[:1].islower() or s[:1].isdigit() or s[:1] in "(“\""):
                    block.append(s)      # continuation line of a footnote body
                    last_entry = s
                    j += 1
                    continue
                if last_entry and len(last_entry) >= 75 and not last_entry.rstrip("*_ ").endswith(_TERMINAL) \
                        and not nxt.startswith(" ") and not _LIST_MARKER.match(s):
                    block.append(s)      # a full-width note line wrapped before a capital ("… và Trường" / "Tiểu học …")
                    last_entry = s
                    j += 1
                    continue
                break
            entries = _footnote_entries(block)
            if entries:
                notes.extend(entries)
                i = j
                continue
            if not last_entry:
                # only blank lines followed: each would find the same nothing again; the wide
                # ones are rules too (dropped), the others stay
                body.extend(x for x in lines[i + 1:j] if len(x) < 20)
                i = j
                continue
            i += 1
            continue
        # a page-foot note in plain figures after a blank line ("   1 Văn bản số … yêu cầu …"),
        # its number glued to a word or a year above it ("… chậm đưa đất vào sử dụng1;")
        # (the notes run to the page's number or the end of the text, through no list item)
        # (also right under a line cut mid-sentence when a page break ends the notes: "… trước ngày" /
        # "1 Theo Báo cáo số …" / "\f2" / "15/5/2021.")
        if stripped.isdigit() and len(stripped) <= 2 and i + 1 < n and (i + 2 == n or not lines[i + 2].strip()) \
                and (note := lines[i + 1].strip()).startswith(stripped + " ") and note[len(stripped) + 1:][:1].isupper() \
                and len(note) >= 30 and note.rstrip().endswith("."):
            # the note's mark on a line of its own above its one-line note, a page break after them ("1" / "1 Văn bản
            # số … về đề nghị hỗ trợ đất ở." / "" / "- Miễn tiền …"): a footnote, the list going on after it
            notes.append(note)
            i += 2
            continue
        m = _PLAIN_NOTE_LINE.match(line)
        if m and _COLUMN_GAPS.search(line.strip()[m.end() - m.start() + 1:]):
            m = None                    # a table row laid out in columns (" 1   Tổ chức …   Sở X   Tháng 3/2024")
        if m and i > 0 and _glued_above(body, m.group(1)):
            j = i + 1
            while j < n and j - i <= 12 and not _PAGE_NUMBER_LINE.match(lines[j]) \
                    and not _LIST_MARKER.match(lines[j].strip()):
                j += 1
            ends = (j == n and not lines[i - 1].strip()) or (j < n and _PAGE_NUMBER_LINE.match(lines[j]))
            if not ends and lines[i - 1].strip() in ("", "|"):
                # (a docx text's notes between its body and "Nơi nhận", after a lone bar or a blank line: "…/." / "|" /
                # "1 Quyết định phê duyệt …" / "|" / "Nơi nhận: | CHI CỤC TRƯỞNG")
                k = i + 1
                while k < n and lines[k].strip() not in ("", "|") and k - i <= 12:
                    k += 1
                after = next((x.strip() for x in lines[k:k + 4] if x.strip() not in ("", "|")), "")
                if k < n and k - i <= 12 and _RECIPIENTS_NEXT.match(after):
                    j, ends = k, True
            if ends:
                entries = _footnote_entries([x.strip() for x in lines[i:j]])
                if entries:
                    notes.extend(entries)
                    while body and not body[-1].strip():
                        body.pop()      # (the blank line above the notes: the text goes on after the page break)
                    i = j
                    continue
        # a paragraph that is a footnote body: "¹ Quý I/2026 …" or "<sup>1</sup> Cụ thể: …"
        m = _FOOTNOTE_LINE.match(line)
        if m and (i == 0 or not lines[i - 1].strip()):
            para = [m.group(3)]
            j = i + 1
            while j < n and lines[j].strip():
                para.append(lines[j].strip())
                j += 1
            num = m.group(1) or _sup_digits(m.group(2))
            notes.append(f"{num} " + " ".join(para))
            i = j
            continue
        body.append(line)
        i += 1
    return "\n".join(body), notes


# one footnote of a block, by its number (marked or plain)
_FOOTNOTE_ENTRY = quick_compile(r"^(?:<sup>\s*(\d+)\s*</sup>|([" + SUPERSCRIPTS + r"]+)|(\d{1,3}))\s+(.*)$")


def _footnote_entries(block: list[str]) -> list[str]:
    """Footnote entries of a block; a line starting with a number that is not the next
    footnote number ("01 xã đạt chuẩn …") continues the previous entry."""
    entries: list[str] = []
    last = None
    for s in block:
        if not s:
            continue
        m = _FOOTNOTE_ENTRY.match(s)
        if m and last is not None and m.group(3) and (m.group(3).startswith("0") or int(m.group(3)) != last + 1):
            m = None
        if m:
            last = int(m.group(1) or (m.group(2) and _sup_digits(m.group(2))) or m.group(3))
            num = m.group(1) or (m.group(2) and _sup_digits(m.group(2))) or m.group(3)
            entries.append(f"{num} {m.group(4).strip()}")
        elif entries:
            entries[-1] += " " + s
        else:
            return []
    return entries


# the number opening a footnote
_LEADING_NUMBER = quick_compile(r"(\d{1,3})\s")


def _note_numbers(notes: list[str]) -> list[int]:
    nums = []
    for note in notes:
        m = _LEADING_NUMBER.match(note)
        if m:
            nums.append(int(m.group(1)))
    return nums


_CODE_BEFORE = quick_compile(r"(?<![^\W\d_])[A-ZĐ]{2,}$")


def _strip_glued_marks(text: str, numbers: list[int]) -> str:
    """Remove footnote numbers glued to a word or a year, in footnote order."""
    pos = 0
    cuts: list[tuple[int, int]] = []
    for num in sorted(set(numbers)):
        k = str(num)
        pat = quick_compile(
            r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,)])|(?<=\b(?:19|20)\d\d)|(?<=%))" + k + r"(?=[\s,.;:)\]]|$)")
        # not the digit of a code in capitals ("tòa nhà CT1", "QL1"): a mark follows a word or a year
        m = next((x for x in pat.finditer(text, pos)
                  if not _CODE_BEFORE.search(text, max(0, x.start() - 40), x.start())), None)
        if not m:
            continue
        cuts.append((m.start(), m.end()))
        pos = m.end()
    if not cuts:
        return text
    out, last = [], 0
    for a, b in cuts:                   # one pass: a long text is not copied once per mark
        out.append(text[last:a])
        last = b
    out.append(text[last:])
    return "".join(out)


_LOWER_LETTERS = "".join(sorted({c for c in map(chr, range(0x61, 0x1EF9)) if c.islower() and c.isalpha()}))
_UPPER_LETTERS = "".join(sorted({c for c in map(chr, range(0x41, 0x1EF9)) if c.isupper() and c.isalpha()}))
# a space lost by a converter between two words: "BộCông Thương", "thường trựcChính phủ" (a
# lower-case letter never comes right before a capital inside a Vietnamese word)
_GLUED_WORD = quick_compile(r"(?<=[" + re.escape(_UPPER_LETTERS + _LOWER_LETTERS) + r"][" + re.escape(_LOWER_LETTERS)
                            + r"])(?=[" + re.escape(_UPPER_LETTERS) + r"][" + re.escape(_LOWER_LETTERS) + r"])")
# a comma a converter glued to the next word: "tổng hợp,tham mưu", "sở,nhà đất"
_GLUED_COMMA = quick_compile(r"(?<=[" + re.escape(_UPPER_LETTERS + _LOWER_LETTERS) + r"]),(?=["
                             + re.escape(_UPPER_LETTERS + _LOWER_LETTERS) + r"])")
# a sentence (or a clause) glued to the one before: after a date's year ("14/12/2026.Riêng", "Quý III/2026,làm") or a
# word of small letters ("thực hiện.Riêng"; not "TP.Hồ Chí Minh", "P.VHXH", a web address in small letters)
_GLUED_SENTENCE = quick_compile(r"(?:(?<=/(?:19|20)\d\d)[.,;](?=[" + re.escape(_UPPER_LETTERS + _LOWER_LETTERS) + r"])"
                                r"|(?<=[" + re.escape(_LOWER_LETTERS) + r"]{3})\.(?=[" + re.escape(_UPPER_LETTERS) + r"]["
                                + re.escape(_LOWER_LETTERS) + r"]))")
# a word, and the letters of a word ending at a place
_WORD_RUN = quick_compile(r"[^\W\d_]+")
_WORD_START = quick_compile(r"[^\W\d_]*$")
_LOWER_THEN_UPPER = quick_compile(r"[" + re.escape(_LOWER_LETTERS) + r"][" + re.escape(_UPPER_LETTERS) + r"]")
_YEAR_AND_MORE = quick_compile(r"(?:19|20)\d\d\d")
_GLUED_YEAR = quick_compile(r"(\b\d{1,2}/\d{1,2}/(?:19|20)\d\d|(?<!\w)(?:năm|tháng \d{1,2}/|[Qq]uý [IV]{1,3}/)\s*(?:19|20)\d\d)"
                            r"(\d{1,2})(?=[\s,.;:)]|$)")


# spaces ending a line (Markdown hard breaks)
_TRAILING_SPACES = quick_compile(r"[ \t]+\n")


def _strip_markup(text: str) -> str:
    # (each pass only where its mark occurs: a plain text is scanned once per mark, not rewritten)
    if "<sup" in text:
        text = _SUP_TAG.sub("", text)
    if "~~" in text:
        text = _STRUCK.sub("", text)            # words struck out in a draft ("~~trước ngày 30/6/2026~~"): deleted
    if "[" in text:
        text = _EDITORS_NOTE.sub("", text)      # a draft's note from who read it ("[Sở Xây dựng: đề nghị …]"): no text
    if any(c in text for c in SUPERSCRIPTS):
        text = _SUPERSCRIPT_RUN.sub("", text)
    if "#" in text:
        text = _HEADING_HASHES.sub("", text)
    if "*" in text:
        if "**" in text:
            text = _GLUED_EMPHASIS.sub(_spaced_emphasis, text)
        text = _BOLD.sub("", text)
        text = _ITALIC.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPES.sub(r"\1", text)
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_SPACES.sub("\n", text)  # trailing spaces (markdown hard breaks)
    if "\t" in text:
        text = rebuild_tab_tables(text).replace("\t", " ")     # (a table pasted from a spreadsheet)
    text = text.replace("\u00a0", " ")
    if "." in text and _GLUED_ITEM_NUMBER.search(text):
        text = _GLUED_ITEM_NUMBER.sub(r"\1 ", text)     # "2.1.Sở Văn hóa …": the item's number and its text
    if any(c in text for c in _GLYPH_CHARS):
        text = text.translate(_GLYPHS)
    if "," in text:
        text = _GLUED_COMMA.sub(", ", text)
    if _GLUED_SENTENCE.search(text):
        text = _GLUED_SENTENCE.sub(lambda m: m.group(0) + " ", text)     # "… trước ngày 14/12/2026.Riêng UBND các xã: …", "trong Quý III/2026,làm …"
    if _LETTER_IN_A_MONTH.search(text) and _SCANNED_TEXT_DATE.search(text):
        text = _SCANNED_TEXT_DATE.sub(_digits_of_a_text_date, text)     # "ngày 2l tháng l0 năm 2025"
    if "/" not in text:
        return text
    text = _SPACED_DATE.sub(r"\1/\2/\3", text) if _A_SPACED_SLASH.search(text) else text
    if _LETTER_AT_SLASH.search(text):
        text = _SCANNED_DATE.sub(_digits_of_a_date, text)
        if _LETTER_IN_A_MONTH.search(text):
            text = _SCANNED_MONTH.sub(_digits_of_a_month, text)
        text = _SCANNED_QUARTER.sub(lambda m: m.group(1) + m.group(2).replace("l", "I"), text)
    # "Ngay 15/7/2025" (the "à" lost) before a date the scan read: "Ngày"
    if _MONTH_WORD_QUICK.search(text):
        text = _MONTH_WORD_LOST.sub(lambda m: m.group(1) + "háng", text)     # "trong thang 7/2026": "tháng"
    return _DAY_WORD_LOST.sub(lambda m: m.group(1) + "gày", text) if _DAY_WORD_QUICK.search(text) else text


# an item's number glued to its first word at the start of a line: "1.1.UBND 05 phường …", "2.Sở …"
# (a word, not a code in capitals: "18.KLTW75.DOC 5" is a page's footer)
_GLUED_ITEM_NUMBER = quick_compile(r"(?m)^([ \t]*\d{1,2}(?:\.\d{1,2})*\.)(?=UBND|HĐND|[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
# "tháng 1l/2025", "Quý lII/2025": a month or a quarter a scan wrote with letters for digits
_SCANNED_MONTH = quick_compile(r"(?<=[Tt]háng )(?=[0-9OoIl]*[OoIl])([0-9OoIl]{1,2})/([0-9OoIl]{4})(?![\w/])")
_SCANNED_QUARTER = quick_compile(r"([Qq]u[ýỳ] )(l[IVl]{0,2}|I?l[IVl]?|IIl|lV)(?=/|\s|,)")
_DAY_WORD_LOST = quick_compile(r"(?<!\w)([Nn])gay(?=\s+\d{1,2}/\d{1,2}/(?:19|20)\d\d)")


# (a quick look before the slower patterns: a date in words or a month with a letter for a digit has
# one in its month: "tháng l0", "tháng 1l/2025")
_LETTER_IN_A_MONTH = quick_compile(r"áng \d?[OoIl]")
_DAY_WORD_QUICK = quick_compile(r"gay \d")
# … and "thang 7/2026" (the "á" lost) before a month of a year: "tháng"
_MONTH_WORD_LOST = quick_compile(r"(?<!\w)([Tt])hang(?=\s+\d{1,2}/(?:19|20)\d\d(?!\d))")
_MONTH_WORD_QUICK = quick_compile(r"hang \d")
# "ngày 2l tháng l0 năm 2025": a date in words with letters for digits
_SCANNED_TEXT_DATE = quick_compile(r"(?<=ngày )(?=[0-9OoIl\s]*[OoIl])([0-9OoIl]{1,2}) tháng ([0-9OoIl]{1,2}) năm ([0-9OoIl]{4})(?!\w)")


def _in_solid_word(text: str, at: int) -> bool:
    """Whether ``at`` is inside a word written with a capital inside on purpose ("MobiFone"; or any word of no
    Vietnamese letter, a brand or a loanword: "GeneXpert", "TikTok" — the words a converter glues are Vietnamese)."""
    start = _WORD_START.search(text, max(0, at - 30), at).start()
    word = text[start:_WORD_RUN.match(text, at).end()]
    return word.isascii() or is_solid_word(word)


def _digits_of_a_text_date(m) -> str:
    """"2l tháng l0 năm 2025" read as "21 tháng 10 năm 2025" when it then is a date."""
    got = _as_digits(*m.groups())
    return "{} tháng {} năm {}".format(*got) if got else m.group(0)


def _digits_of_a_month(m) -> str:
    """"1l/2025" read as "11/2025" when it then is a month of a year 19xx/20xx; else as written."""
    got = _as_digits(*m.groups())
    return "/".join(got) if got else m.group(0)


_SUPERSCRIPT_RUN = quick_compile("[" + SUPERSCRIPTS + "]+")
# a date a scan wrote with letters for digits ("3O/6/2026", "l5/7/2026", "30/6/2O26")
_SCANNED_DATE = quick_compile(r"(?<![\w/])(?=[0-9OoIl/]*[OoIl])([0-9OoIl]{1,2})/([0-9OoIl]{1,2})/([0-9OoIl]{4})(?![\w/])")
_AS_DIGITS = str.maketrans("OoIl", "0011")
_LETTER_AT_SLASH = quick_compile(r"[OoIl]/|/[0-9]?[OoIl]")      # (a quick look before the slower pattern)


def _as_digits(*parts: str) -> tuple:
    """Day (or none), month and year with a scan's letters read as digits, when they then make a
    date (day 1-31, month 1-12, a year 19xx/20xx); () otherwise."""
    *day, mo, y = (p.translate(_AS_DIGITS) for p in parts)
    if not all(x.isdigit() for x in (*day, mo, y)) or not 1 <= int(mo) <= 12 or not y.startswith(("19", "20")) \
            or (day and not 1 <= int(day[0]) <= 31):
        return ()
    return (*day, mo, y)


def _digits_of_a_date(m) -> str:
    """The date with its letters read as digits, when it then is a date; else as written."""
    got = _as_digits(*m.groups()) if sum(c.isdigit() for c in m.group(0)) >= 4 else ()
    return "/".join(got) if got else m.group(0)


# glyphs a scan or a font gives for others: slashes for "/" (fraction slash, division slash,
# full-width solidus); "ƣ", "Ƣ" (never Vietnamese) for "ư", "Ư" from pdftotext on some fonts
_GLYPHS = str.maketrans({"\u2044": "/", "\u2215": "/", "\uff0f": "/", "\u01a3": "ư", "\u01a2": "Ư"})
_GLYPH_CHARS = "\u2044\u2215\uff0f\u01a3\u01a2"
# a date a scan spaced ("10/ 5/2026", "10 /5/ 2026"): written together again (a day, a month, a year)
# a slash with a space beside it between figures: where a date may be spaced ("15 /6/2026")
_A_SPACED_SLASH = quick_compile(r"\d ?/ \d|\d / ?\d")
_SPACED_DATE = quick_compile(r"(?<![\d/])(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?((?:19|20)\d\d)(?![\d/])")


def _is_wrapped(chunks: list[tuple[str, int]]) -> bool:
    """A hard-wrapped export: most visual lines are of similar, page-like width."""
    if len(chunks) < 10:
        return False
    # a blank line after (nearly) every visual line, not only between paragraphs
    if sum(1 for _, gap in chunks if gap) / len(chunks) < 0.7:
        return False
    lens = [len(c) for c, _ in chunks]
    mid = sum(1 for x in lens if 45 <= x <= 110)
    return mid / len(lens) > 0.6


def _should_join(prev: str, nxt: str, gap: int, wrapped: bool) -> bool:
    if _LATE_LETTER_MARKER.match(nxt) and prev[-1:].islower():
        return True                              # "… Chi cục Chăn nuôi và Thú" / "y) trước ngày 25/10/2026 …": a word's
                                                 # last letter wrapped, no item of a list that far down the alphabet
    if _LIST_MARKER.match(nxt):
        return False
    if prev.endswith("-") and not prev.endswith(" -") and nxt[:1].isalnum():
        return True                              # "02/CT-" + "UBND ngày …"
    ends_terminal = prev.rstrip("*_ )\"”").endswith(_TERMINAL) or prev.endswith("./.")
    starts_lower = nxt[:1].islower() or nxt[:1] in "(“\"" and nxt[1:2].islower()
    if starts_lower and not prev.endswith("./."):
        return True                              # a line never starts a paragraph in lower case
    if _LIST_CUT_IN_A_NAME.search(prev) and _NAME_GOES_ON.match(nxt):
        return True                              # "đ) UBND các xã: Gio Linh, Cồn Tiên, Vĩnh" / "Linh, Hải Lăng rà soát …"
    short_heading = bool(_LIST_MARKER.match(prev)) and len(prev) <= 50 and nxt[:1].isupper()
    if not ends_terminal and _DANGLING.search(prev) and not _starts_block(nxt) and not _MEETING_START.match(nxt) \
            and not short_heading:      # (not "1. Kết quả đạt được" / "Phường Tam Thanh …")
        return True                              # "… thuộc phạm vi quản lý của" / "Bộ Y tế. …"
    if _is_topic_heading(prev) and _ORDER_OPENING.match(nxt):
        return False                             # "4. Đối với Công ty X" / "Đề nghị Công ty …": a heading
    if wrapped and gap <= 1:
        if ends_terminal:
            return False
        return len(prev) >= 45 and not prev.isupper()
    return False


# a list of names after a colon cut after a name's first word ("UBND các xã: Gio Linh, Cồn Tiên, Vĩnh"), and
# the next line going on with the name's second word and the list ("Linh, Hải Lăng rà soát …")
_LIST_CUT_IN_A_NAME = quick_compile(r":[^:;.]*,\s*[A-ZĐÀ-Ỹ][a-zđà-ỹ]*$")
_NAME_GOES_ON = quick_compile(r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]*(?:,\s|\s+và\s|\s+[a-zđà-ỹ])")


# a line opening with an order ("Đề nghị Công ty …", "Giao Sở …"): under a numbered topic heading
# ("4. Đối với Công ty CP Cao su Chư Sê", "b) Về dự án …"), never one paragraph with it
_ORDER_OPENING = quick_compile(r"^(?i:" + words_alternation(directive_cues()["order_openings"]) + r")\s+\S")


# the patterns of clean_document(), compiled once at import
_WHITESPACE = quick_compile(r"\s+")
# the spaces _WHITESPACE.sub(" ", …) would change: a run of two or more, or one that is not " "
# (the same result, without rewriting every single space of a line)
_SPACES_TO_SQUASH = quick_compile(r"\s{2,}|[^\S ]")


# a line of a letter quoted in an e-mail ("> 1. Sở Y tế chỉ đạo …", ">> Kính gửi:"): its quote marks
_QUOTE_MARKS = quick_compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


def _unquoted(text: str) -> str:
    """A letter pasted into an e-mail or a reply chain, every line opening with "> " or ">> ": the
    letter's lines without their quote marks (three quoted lines at least; a lone "> 50%" stays)."""
    if len(_QUOTE_MARKS.findall(text)) < 3:
        return text
    return _QUOTE_MARKS.sub("", text)


# an item quoted whole in a notice that amends another ("“2. Sở X chủ trì … trước ngày 30/9/2026.”",
# "“7. UBND các đặc khu: A, B:" … "c) … Ban Chỉ huy.”"): the quotation marks around it
_QUOTED_ITEM_OPEN = quick_compile(r"^[“\"](?=\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)])\s)")
_QUOTED_ITEM_CLOSE = quick_compile(r"[”\"](?=\s*[.;]?\s*$)")


def _unquoted_item(p: str) -> str:
    """Paragraph ``p`` without the quotation marks that hold a quoted item (the new wording of an
    amended notice is its task)."""
    m = _QUOTED_ITEM_OPEN.match(p)
    if m is not None:
        p = p[m.end():]
    if p.count("“") == 0 and _QUOTED_ITEM_CLOSE.search(p):
        p = _QUOTED_ITEM_CLOSE.sub("", p)
    return p


def clean_document(raw: RawDocument, budget=None) -> CleanDocument:
    """``budget`` (``tbkl_xl.read.limits.Budget``): checked between the cleaning passes and
    every few thousand lines."""
    check = budget.check if budget is not None else _no_check
    text = nfc(raw.text).replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if ">" in text:
        text = _unquoted(text)
    body, notes = _split_footnote_blocks(text)
    check()
    notes = list(raw.footnotes) + notes
    # numbers whose mark is still glued to the text: not those marked <sup>n</sup> or ¹ in the body
    marked = {int(x) for x in _SUP_TAG.findall(body)} | \
        {int(_sup_digits(x)) for x in _SUPERSCRIPT_RUN.findall(body)}
    numbers = [k for k in _note_numbers(notes) if k not in marked]
    glued = _glued_commas(body) if "," in body else frozenset()
    body = _strip_markup(body)
    if numbers:
        body = _strip_glued_marks(body, numbers)
    if _YEAR_AND_MORE.search(body):              # (only then can a footnote number be glued to a year)
        body = _GLUED_YEAR.sub(r"\1", body)
    if _LOWER_THEN_UPPER.search(body):          # (a quick look before the slower pattern)
        body = _GLUED_WORD.sub(lambda m: "" if _in_solid_word(body, m.start()) else " ", body)
    body = split_glued_words(body)              # "cơquan", "cácsở": syllables a converter glued
    body = fix_ocr(body)
    check()
    paragraphs = _join_lines(body, check)
    if "“" in body or '"' in body:
        paragraphs = [_unquoted_item(p) for p in paragraphs]     # (also in straight quotes: "\"2. Sở X …\"")
    notes = [_WHITESPACE.sub(" ", _strip_markup(n)).strip() for n in notes]
    return CleanDocument(source=raw.source, paragraphs=paragraphs, notes=notes, format=raw.format,
                         glued_commas=glued)


def _comma_context(text: str, at: int, width: int) -> tuple:
    """(two words before, two words after) the comma at ``at`` whose mark and spaces are
    ``width`` characters long: what tells one comma of a text from another."""
    before = _WORD_RUN.findall(text, max(0, at - 60), at)[-2:]
    after = _WORD_RUN.findall(text, at + width, at + width + 60)[:2]
    return tuple(before), tuple(after)


def _glued_commas(body: str) -> frozenset:
    """The contexts (_comma_context) of the commas glued to the next word in ``body``, each
    with "glued" or "spaced": a context the document writes both ways is left spaced."""
    glued = {_comma_context(body, m.start(), 1) for m in _GLUED_COMMA.finditer(body)}
    glued = {c for c in glued if c[0] and c[1]}
    if not glued:
        return frozenset()
    # (only the spaced commas between the same two words can be told from a glued one)
    pairs = {(b[-1], a[0]) for b, a in glued}
    rights = {a for _b, a in pairs}
    spaced = set()
    for at in _spaced_commas(body):
        if _WORD_RUN.match(body, at + 2).group() in rights:
            c = _comma_context(body, at, 2)
            if c[0] and c[1] and (c[0][-1], c[1][0]) in pairs:
                spaced.add(c)
    return frozenset([(c, "glued") for c in glued] + [(c, "spaced") for c in spaced])


def _spaced_commas(text: str):
    """The places of ", " between two letters in ``text``."""
    at = text.find(", ")
    while at >= 0:
        if at and text[at - 1].isalpha() and text[at + 2:at + 3].isalpha():
            yield at
        at = text.find(", ", at + 2)


def restore_glued_commas(text: str, glued: frozenset) -> str:
    """``text`` with the commas a converter glued to the next word written as in the document
    ("hoàn thành, trình" → "hoàn thành,trình" where the document had it so): the verbatim text.
    A comma is known by the two words on either side of it (fewer at the ends of ``text``); one
    whose words the document also writes with a spaced comma stays spaced."""
    if not glued or ", " not in text:
        return text
    out, pos = [], 0
    for at in _spaced_commas(text):
        before, after = _comma_context(text, at, 2)
        if len(before) + len(after) < 3:
            continue
        ways = {how for (b, a), how in glued if b[-len(before):] == before and a[:len(after)] == after}
        if ways == {"glued"}:
            out.append(text[pos:at] + ",")
            pos = at + 2
    return "".join(out) + text[pos:]


@functools.lru_cache(maxsize=1)
def _ocr_fixes() -> tuple:
    from .cues import load_fixes, words_alternation
    fixes = load_fixes()
    capitalised = load_fixes(key="fixes_when_capitalised")
    return ({**fixes, **capitalised}, quick_compile(r"(?<!\w)" + words_alternation(list(fixes) + list(capitalised)) + r"(?!\w)"),
            frozenset(capitalised))


# a final consonant cluster standing alone after a syllable ("chí nh", "Quả ng"): never a word
_SPLIT_FINAL = quick_compile(r"(?<=[^\W\d_]) (nh|ng|ch)(?=[ \t,.;:)]|$)", re.M)
_SPLIT_FINAL_QUICK = quick_compile(r" (?:nh|ng|ch)(?:[ \t,.;:)]|$)", re.M)


def fix_ocr(text: str) -> str:
    """The misreadings of a scanned document that are never Vietnamese ("Uy ban nhân dân", "thành
    phô") replaced by what was printed (``data/ocr_fixes.yaml``), the first letter's case kept."""
    if _SPLIT_FINAL_QUICK.search(text):
        text = _SPLIT_FINAL.sub(r"\1", text)     # "Sở Tài chí nh": a syllable's final split off by the scan
    fixes, rx, capitalised = _ocr_fixes()
    f = fold(text)
    out, last = [], 0
    for m in rx.finditer(f):
        words = text[m.start():m.end()].split()
        if " ".join(m.group(0).split()) in capitalised and not words[0][:1].isupper():
            continue                    # "lập hồ sơ xây dựng …": Vietnamese as written
        right = " ".join(r[:1].upper() + r[1:] if w[:1].isupper() else r      # each word keeps its case
                         for w, r in zip(words, fixes[" ".join(m.group(0).split())].split()))
        out.append(text[last:m.start()])
        out.append(right)
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _no_check() -> None:
    return None


# the patterns of _join_lines(), compiled once at import
_YEAR_AT_END = quick_compile(r"(?:19|20)\d\d$")
_SPACED_HYPHEN_AT_END = quick_compile(r"\s-$")
# a word (or number) broken at its hyphen: "… Đắk-" / "Lắk"
_WORD_HYPHEN_AT_END = quick_compile(r"[A-Za-zĐđ0-9/]-$")


def _button_row(line: str) -> bool:
    """A web page's row of buttons or links: three short capitalised labels or more, spaced apart
    ("Chia sẻ   Facebook   Zalo   In bài"), no sentence."""
    labels = _BUTTON_GAP.split(line.strip())
    return len(labels) >= 3 and all(len(x) <= 15 and x[:1].isupper() and not any(ch in x for ch in ".,;:|()") for x in labels)


_BUTTON_GAP = quick_compile(r"\s{3,}")


def _ends_its_paragraph(line: str, last_line: str, paras: list, full: int, unwrapped: bool) -> bool:
    """Whether ``last_line`` ended its paragraph though ``line`` could run on from it (no blank line, no list
    marker, no block between them); ``paras`` the paragraphs so far (one at least), ``full`` a full line's width (0:
    unknown), ``unwrapped`` a text with one paragraph per line."""
    short_end = bool(full) and len(last_line) < 0.6 * full and not _DANGLING.search(last_line) \
        and not last_line.endswith((",", "-")) and line[:1].isupper()
    # a text with one paragraph per line: a line longer than any page line that ends its
    # sentence ends its paragraph
    short_end = short_end or ((len(last_line) >= _LONGER_THAN_A_PAGE_LINE or unwrapped) and line[:1].isupper()
                              and last_line.rstrip("*_ )\"”").endswith(tuple(".!?…")))
    # an article's title on a line of its own ("Điều 3. Nhiệm vụ của Đoàn kiểm tra" / "Đoàn kiểm
    # tra thực hiện …"): short of a full line, it ends its paragraph
    short_end = short_end or (len(paras[-1]) == 1 and line[:1].isupper() and (
        (_ARTICLE_TITLE.match(last_line) is not None and (not full or len(last_line) < 0.85 * full))
        # a numbered section's title on a line of its own in a short text ("1. Đánh giá chung" /
        # "Thời gian qua, …"), where no page width tells a short line
        or (not full and len(last_line) <= _SHORT_TITLE and _SECTION_TITLE.match(last_line) is not None
            and not _DANGLING.search(last_line))
        # a one-line bullet that ends its sentence ("- Văn bản hợp nhất số 49/… ." / "Sở Nông
        # nghiệp và Môi trường đề nghị …"), short of a full line when the page's width is known
        or (last_line.startswith(("- ", "– ", "+ ")) and last_line.rstrip("*_ )\"”").endswith(".")
            and not _LIST_MARKER.match(line) and (not full or len(last_line) < 0.9 * full))))
    # a quotation opening a line after a line that does not run on ("Audio thời sự 07-12-2021" /
    # "“Sở X phối hợp …”"): a paragraph of its own
    short_end = short_end or (line[:1] in "“\"" and line[1:2].isupper() and not _DANGLING.search(last_line)
                              and not last_line.endswith((",", "-"))
                              and (not full or len(last_line) < 0.9 * full))   # (not a full line wrapped
                                                                               # before a quoted name)
    # the addressees written on the "Kính gửi:" line end with its full stop ("Kính gửi: Sở X; Sở
    # Y; UBND các xã." / "Để …"): the letter's body starts on the next line
    short_end = short_end or (last_line.rstrip().endswith(".") and (
        paras[-1][0].startswith("Kính gửi")
        or (len(paras) >= 2 and paras[-2][0].startswith("Kính gửi") and paras[-2][-1].rstrip().endswith(":"))))
    # … and an addressee on the "Kính gửi:" line without its full stop ("Kính gửi: Sở Nội vụ" /
    # "Ủy ban nhân dân tỉnh nhận được …"): a line longer than a page line is no wrap of it
    short_end = short_end or (len(paras[-1]) == 1 and paras[-1][0].startswith("Kính gửi")
                              and not last_line.rstrip().endswith(":") and len(line) >= _LONGER_THAN_A_PAGE_LINE
                              and line[:1].isupper() and not _DANGLING.search(last_line)
                              and not last_line.endswith((",", ";", "-")))
    short_end = short_end or (_FIELD_LINE.match(line) is not None and (
        last_line.rstrip().endswith(_TERMINAL)
        # (or after a line without its full stop that a sentence cannot run on from: "1. Rà soát,
        # cắm biển cảnh báo" / "Cơ quan thực hiện: UBND các xã" / "Thời gian: hoàn thành trước …")
        or (line[:1].isupper() and not _DANGLING.search(last_line) and not last_line.rstrip().endswith((",", "-")))))
    # a sentence ending a line the next word would have fitted on, well short of the page's
    # width (fonts vary a line's count of letters): the paragraph ended there
    short_end = short_end or (bool(full) and line[:1].isupper() and last_line.rstrip("*_ )\"”").endswith(".")
                              and len(last_line) + 1 + len(line.split(" ", 1)[0]) < 0.9 * full)
    # a numbered heading that only names a body ("5. Ban Quản lý dự án xây dựng dân dụng và công
    # nghiệp tỉnh" / "Chỉ đạo nhà thầu thi công …"): the body's tasks start on the next line
    # (or several: "4. Sở Giao thông vận tải, Bộ Chỉ huy Bộ đội Biên phòng tỉnh" / "Phối hợp với …")
    short_end = short_end or (len(paras[-1]) == 1 and line[:1].isupper()
                              and (_names_only_a_body(last_line)
                                   or ((not full or len(last_line) < 0.8 * full) and _names_only_bodies(last_line))))
                              # (a list filling the page's line may go on: "…, UBND các xã: Vạn Tường, Bình" / "Sơn báo cáo …")
    # "4. Đối với Công ty X" / "Đề nghị Công ty …": a topic heading, then its order
    short_end = short_end or (len(paras[-1]) == 1 and _is_topic_heading(last_line)
                              and (_ORDER_OPENING.match(line) is not None
                                   # … or a body opening its own sentence ("3. Về kiến nghị của ông X về
                                   # việc chậm cấp phép xây dựng" / "Sở Xây dựng kiểm tra, làm rõ …")
                                   or (line[:1].isupper() and not _DANGLING.search(last_line)
                                       and not last_line.rstrip().endswith((",", ";", "-"))
                                       and body_grammar().starts_a_body(line))))
    # a web page's "Tin cùng chuyên mục:" line ends the article: a paragraph of its own
    short_end = short_end or (len(line) < 40 and PAGE_END.match(fold(line)) is not None)
    # a web page's date stamp on a line of its own ("Thứ Sáu, 16/01/2026 - 15:40") ends its paragraph
    short_end = short_end or _STAMP_LINE.match(last_line) is not None
    # a press item's lead paragraph opened by its agency's tag ("(QTO) - Văn phòng UBND tỉnh vừa …")
    # under its headline: a paragraph of its own
    short_end = short_end or (PRESS_LEAD.match(line) is not None and not _DANGLING.search(last_line)
                              and not last_line.endswith((",", "-", "(")))
    # a headline over an unwrapped paragraph ("Quảng Ngãi: Dự án … của năm 2022" / "Chậm nhất đến
    # cuối tháng 12, BQL DA … phải giải ngân …"): a line longer than any page line wraps nothing,
    # so the short line of its own before it is a title
    short_end = short_end or (len(paras[-1]) == 1 and len(line) >= _LONGER_THAN_A_PAGE_LINE
                              and len(last_line) < _LONGER_THAN_A_PAGE_LINE and line[:1].isupper()
                              and not _DANGLING.search(last_line)
                              and not last_line.rstrip("*_ )\"”").endswith((",", ";", "-", ":", ".", "!", "?", "…")))
    return short_end


def _join_lines(body: str, check=_no_check) -> list[str]:
    """Rebuild paragraphs from lines, deciding at each break whether it is a wrap."""
    # lines inside one chunk (no blank line between) are joined unless the next one starts a
    # new list item, heading or is clearly a new paragraph.
    # a table written one cell per line or one cell per block of lines, or rows a .docx reader
    # joined with " | ": Markdown rows
    raw_lines = normalize_pipe_tables(rebuild_cell_tables(rebuild_block_tables(rebuild_layout_tables(body.split("\n")))))
    if "|" in body:
        raw_lines = unbox_one_cell_lines(slip_directions(raw_lines))
    items: list[tuple[str, int]] = []   # (visual line, blank-line weight before it)
    indents: list[int] = []             # the spaces before each visual line (text laid out as on the page)
    blanks = 0
    paged = False                       # a page's number or a form feed since the last line of text
    after_page: set = set()             # the items right after a page break
    running = _running_headers(raw_lines)
    for k, line in enumerate(raw_lines):
        if running and _page_header_key(line) in running:
            blanks += 1                 # "CÔNG BÁO/Số 45/Ngày 10-3-2024   3": a page's running header
            continue
        if _PAGE_NUMBER.match(line):
            blanks += 1                 # "- 2 -" between the halves of a paragraph split by a page break
            paged = True
            continue
        if "\f" in line:
            paged = True
        if _RULE_LINE.match(line):
            blanks += 2                 # "-----" under a title: a break, never a wrap
            continue
        if _STRAY_BARS.match(line) and (line.strip() == "|" or (not (k and is_table_row(raw_lines[k - 1]))
                                                                 and not (k + 1 < len(raw_lines) and is_table_row(raw_lines[k + 1])))):
            blanks += 1                 # "  |" left of a frame's border, outside any table (or one bar
            continue                    # alone, never a row, before the signature's table): no text
        if line.strip() and line.isupper() and items and _is_running_header(items[-1][0], raw_lines, k + 1):
            blanks += 1                 # the running header of the next page, inside a paragraph
            continue
        if " | " in line and line.count("|") == 1:
            head, _bar, rest = line.partition(" | ")
            if _is_topic_heading(head.strip()) and rest.strip()[:1].isupper():
                line = head + ": " + rest  # "2.3. Đối với Sở X | Chủ trì rà soát …": a row of two cells, the
                                           # topic and its task, as "2.3. Đối với Sở X: Chủ trì …"
        if line.strip():
            if paged:
                after_page.add(len(items))
            items.append((line.strip(), blanks))
            indents.append(len(line) - len(line.lstrip(" ")))
            blanks, paged = 0, False
        else:
            blanks += 2 if line else 1
    starts = _indented_starts(items, indents)
    wrapped = _is_wrapped(items)
    # width of a full visual line: a line well short of it ended its paragraph (PDF text)
    lens = sorted(len(x) for x, g in items if g == 0)
    prose = [x for x, g in items if g == 0 and not x.startswith("| ")]
    if len(prose) >= 20 and len(prose) < len(lens):
        lens = sorted(len(x) for x in prose)        # (a table's rows, one line each, say nothing of a page line)
    full = lens[int(len(lens) * 0.8)] if len(lens) >= 20 else 0
    # a text with one paragraph per line (a .docx's, an unwrapped export): several lines of prose
    # longer than any page line, a fifth of them or more, or one twice as long as a page line
    prose_lengths = [len(x) for x, _g in items if not x.startswith("| ") and "   " not in x]
    long_lines = sum(1 for n in prose_lengths if n >= _LONGER_THAN_A_PAGE_LINE)
    unwrapped = (long_lines >= 3 and long_lines >= 0.2 * len(items)) \
        or (long_lines >= 2 and max(prose_lengths) >= 2 * _LONGER_THAN_A_PAGE_LINE)
    paras: list[list[str]] = []        # the parts of each paragraph, joined once at the end
    last_line = ""
    last_buttons = False                # the line before was a web page's row of buttons
    for k, (line, gap) in enumerate(items):
        if not k % 2000:
            check()
        # a web page's row of buttons ("Chia sẻ   Facebook   Zalo   In bài"): words spaced apart, no sentence
        buttons = "   " in line and len(line) < 80 and not wrapped and _button_row(line)
        if "  " in line or not line.isprintable():
            line = _SPACES_TO_SQUASH.sub(" ", line)     # (a space other than " " is never printable)
        # (a paragraph's end read only where the line would otherwise run on)
        runs_on = bool(paras) and gap == 0 and not wrapped and not _LIST_MARKER.match(line) and not _starts_block(line) \
            and not _ends_block(last_line)
        if runs_on and not _ends_its_paragraph(line, last_line, paras, full, unwrapped) and not _MEETING_START.match(line) \
                and not (_PREAMBLE_START.match(line) and not _DANGLING.search(last_line)):
            join = True
        else:
            join = bool(paras) and _should_join(last_line, line, gap, wrapped)
        if paras and gap == 0 and full and line.startswith(("- ", "– ")) and len(last_line) >= 0.85 * full \
                and not last_line.rstrip("*_ )\"”").endswith(_TERMINAL) and line[2:3].isupper() and k not in starts \
                and not _LABEL_LINE.match(line) and not (len(paras[-1]) == 1 and _names_only_bodies(
                    _ROLE_IN_BRACKETS_AT_END.sub("", last_line))):
            join = True                 # "… huyện Tràng Định" / "- Văn Quan …": a full line wrapped before a dash
                                        # (not a field line: "- Chủ trì thực hiện: Sở X.", nor the bullets under
                                        # "1. UBND các xã: A, B và UBND các phường: C, D")
        if paras and not join and gap == 0 and _WRAPPED_SPAN.match(line) and _YEAR_AT_END.search(last_line):
            join = True                 # "… giai đoạn 2016" / "- 2020; …": a span of years
        if paras and not join and gap <= 1 and _dash_in_name(last_line, line):
            join = True                 # "… Sở Lao động" / "- Thương binh và Xã hội …": the dash of a name
        if paras and not join and k in after_page and full and len(last_line) >= 0.85 * full \
                and not last_line.rstrip("*_ )\"”").endswith(_TERMINAL + (":",)) and not _LIST_MARKER.match(line) \
                and not _starts_block(line) and not _MEETING_START.match(line) and not is_table_row(line):
            join = True                 # "… về Thường trực Ban" / "1" / "\fTổ chức (qua …) trước ngày 18/12/2026": a full
                                        # line cut by a page break goes on on the next page
        if join and starts.get(k) and not (paras and paras[-1][0].startswith("Kính gửi") and last_line.rstrip().endswith(",")):
            join = False                # a first line indented like the page's paragraphs: a new paragraph (not the
                                        # "Kính gửi:" list going on after its comma, aligned under its first item)
        if is_table_row(line) or (paras and is_table_row(last_line)):
            join = False                # a table row is a paragraph of its own
        if buttons or last_buttons:
            join = False                # a page's row of buttons, between its headline and its lead
        if join:
            sep = "" if last_line.endswith("-") and not last_line.endswith(" -") and line[:1].isalnum() \
                and not _SPACED_HYPHEN_AT_END.search(last_line) and _WORD_HYPHEN_AT_END.search(last_line) else " "
            paras[-1].extend((sep, line))
        else:
            paras.append([line])
        last_line, last_buttons = line, buttons
    joined = ("".join(p).strip() for p in paras)
    return [q for p in joined if p for q in ([p] if is_table_row(p) else _split_inline_fields(p))
            for q in _split_inline_items(q) if q]


# a list's item written on the line of the one before it, after its semicolon or full stop ("a) Sở
# X …; b) Sở Y …", "3.1.1. Sở X …. 3.1.2. Sở Y …"), and the item opening a paragraph (or its list after
# a colon): a converter joined the lines, or the writer ran them on
_INLINE_ITEM = quick_compile(r"(?<=[;.:])\s+(?P<m>[a-zđ]\)|[a-zđ]\.\d{1,2}\)|\d{1,2}(?:\.\d{1,2}){0,2}\.)\s+(?=[A-ZĐÀ-Ỹ])")
_ITEM_OPENING = quick_compile(r"^(?P<m>[a-zđ]\)|[a-zđ]\.\d{1,2}\)|\d{1,2}(?:\.\d{1,2}){0,2}\.)\s")
_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _next_items(marker: str) -> tuple:
    """The markers that may follow ``marker`` in its list: "a)" → "b)"; "a.1)" → "a.2)", "b.1)";
    "3.1.1." → "3.1.2."; "c)" → "d)" or "đ)" after "d)" ("e)" too: not every writer has "đ")."""
    if marker.endswith(")") and len(marker) == 2:
        k = _LETTERS.find(marker[0])
        nxt = {_LETTERS[k + 1]} if 0 <= k < len(_LETTERS) - 1 else set()
        if marker[0] == "d":
            nxt.add("e")
        return tuple(x + ")" for x in nxt)
    if marker.endswith(")"):
        letter, num = marker[:-1].split(".")
        k = _LETTERS.find(letter)
        after = (_LETTERS[k + 1] + ".1)",) if 0 <= k < len(_LETTERS) - 1 else ()
        return (f"{letter}.{int(num) + 1})",) + after
    parts = marker.rstrip(".").split(".")
    return (".".join(parts[:-1] + [str(int(parts[-1]) + 1)]) + ".",)


def _split_inline_items(p: str) -> list:
    """``p`` cut before each item of its list that runs on in it (_INLINE_ITEM): only the item that
    follows the one before ("a) …; b) …", never "…; d) …" after "a)"), outside brackets."""
    if ") " not in p and ". " not in p:
        return [p]
    first = _ITEM_OPENING.match(p)
    expected = _next_items(first.group("m")) if first else ()
    out, pos = [], 0
    for m in _INLINE_ITEM.finditer(p):
        marker = m.group("m")
        opens = not expected and p[m.start() - 1] == ":" and marker in ("a)", "a.1)", "1.")
        if marker[:1].isdigit() and marker.count(".") == 1 and not first and not opens and not expected:
            continue                    # ("… 30/11/2026. 6. Giao …" only after an item "5. …" opening the paragraph,
                                        # or a list opened after a colon: "… thống nhất như sau: 1. UBND xã A …")
        if (marker not in expected and not opens) or _open_brackets(p, m.start()):
            continue
        if not opens or marker == "1.":
            out.append(p[pos:m.start()])    # (an introduction ending in its colon stands apart from "1. …")
            pos = m.start("m")
        expected = _next_items(marker)
    out.append(p[pos:])
    return out


def _split_inline_fields(p: str) -> list:
    """``p`` cut before each field written on its task's line (_INLINE_FIELD), outside brackets
    ("(Sở X chủ trì, Sở Y phối hợp; thời gian: Quý III/2024)" stays whole)."""
    if ":" not in p:
        return [p]                      # (every field's label ends with its colon)
    out, pos = [], 0
    for m in _INLINE_FIELD.finditer(p):
        if _open_brackets(p, m.start()):
            continue
        out.append(p[pos:m.start()])
        pos = m.end()
    out.append(p[pos:])
    return out


def _open_brackets(p: str, end: int) -> int:
    """How many brackets are open at ``end`` of ``p`` (a list's "a)" closes none)."""
    depth = 0
    for ch in p[:end]:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth


# a plan's field written on its task's line, after a semicolon, a full stop or a bold title ("1. Kiện
# toàn Ban Chỉ đạo …; cơ quan chủ trì: Sở Y tế; thời hạn: tháng 01/2026.", "**3. Trực cháy …** Cơ quan
# chủ trì: …"): a line of its own, as the plan's other fields are
# (… or after any word when the label is capitalised: "Trực cháy 24/24 giờ trong thời kỳ cao điểm Cơ
# quan chủ trì: Chi cục Kiểm lâm", the title's bold marks gone)
_INLINE_FIELD = quick_compile(r"(?:(?:(?<=[;.])|(?<=\*\*))\s+(?=(?i:" + words_alternation(_FIELD_LABELS) + r")\s*:)"
                              r"|(?<=[^\W\d_]{2})\s+(?=(?:" + words_alternation([p[0].upper() + p[1:] for p in _FIELD_LABELS])
                              + r")\s*:))")


# the number or letter of a heading: "5. ", "II. ", "2.1. ", "b) "
_HEADING_NUMBER = quick_compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[a-zđ]\))\s+")


def _names_only_a_body(line: str) -> bool:
    """A numbered line holding nothing but one body's name ("5. Ban Quản lý dự án xây dựng dân dụng
    và công nghiệp tỉnh"), by the grammar of bodies' names."""
    m = _HEADING_NUMBER.match(line)
    if m is None or len(line) > 140:
        return False
    rest = line[_after_topic_words(line, m.end()):].rstrip(" *:")
    g = body_grammar()
    head = g.head_re.match(rest)
    if head is None:
        return False
    end = g.name_end(rest, fold(rest), head.end(), head.group(0))
    return end is not None and end >= len(rest)


# a body's role in brackets after its name, ending a heading: "1. Sở X (cơ quan thường trực …)"
_ROLE_IN_BRACKETS_AT_END = quick_compile(r"\s*\([^()]{3,120}\)\s*$")
_BETWEEN_BODIES = quick_compile(r"[\s,;:]*(?:và[\s,;:]*)?")
# "Đối với" / "Về" opening a heading that names the bodies its paragraphs are for
_TOPIC_WORDS = quick_compile(r"(?:Đối với|Về)\s+")


def _after_topic_words(line: str, pos: int) -> int:
    m = _TOPIC_WORDS.match(line, pos)
    return m.end() if m else pos


# the rest of a topic heading: no sentence's punctuation, a word (or an aside in brackets) last
_TOPIC_REST = quick_compile(r"[^.;:!?]*(?:[^\W\d_]|\))$")


def _is_topic_heading(line: str) -> bool:
    """A numbered heading of what its paragraphs are about: "4. Đối với Công ty X", "b) Về dự án …"."""
    m = _HEADING_NUMBER.match(line)
    if m is None:
        return False
    pos = _after_topic_words(line, m.end())
    return pos > m.end() and _TOPIC_REST.match(line, pos) is not None


def _names_only_bodies(line: str) -> bool:
    """A numbered line holding nothing but bodies' names ("1. UBND các xã: Tân Hiệp, Gò Quao và
    UBND các phường: Rạch Giá, Long Xuyên"), their lists and the words between them."""
    m = _HEADING_NUMBER.match(line)
    if m is None or len(line) > 200:
        return False
    from .agencies import default_directory
    base = pos = _after_topic_words(line, m.end())
    for mention in default_directory().find_mentions(line[base:]):
        if _BETWEEN_BODIES.fullmatch(line, pos, base + mention.start) is None:
            return False
        pos = base + mention.end
    return pos > base and _BETWEEN_BODIES.fullmatch(line, pos) is not None


# a bullet that is a labelled field ("- Chủ trì thực hiện: …", "- Thời gian: …"): a few words, then a colon
_LABEL_LINE = quick_compile(r"[-–]\s+[A-ZĐÀ-Ỹ][^\s:;,.()]*(?:\s+[^\s:;,.()]+){0,4}\s*:")
_ARTICLE_TITLE = quick_compile(r"Điều\s+\d{1,2}\.\s+[^.;:]{1,100}$")
_SECTION_TITLE = quick_compile(r"(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*)\.\s+[^.;:,]{1,60}$")
_SHORT_TITLE = 45


# a line ending where a day must follow ("… trước ngày", "… chậm nhất", "… trước"): its next line goes on
_WAITS_FOR_A_DAY = quick_compile(r"(?<!\w)(?:ngày|trước|chậm\s+nhất|muộn\s+nhất|đến\s+hết)\s*$", re.I)


def _indented_starts(items: list, indents: list) -> dict:
    """{line index: True} for the lines that begin a paragraph by their indentation, in text laid
    out as on the page (a PDF converted with its layout): the first line of a paragraph stands
    further right than the lines of the page's left margin ("         Các cấp ủy …" after "   bộ,
    đảng bộ cơ sở").  Such a line is never joined to the line before it.  ``False`` marks a line
    indented like a paragraph's first line but right after one (a one-line heading, then a
    bullet): it is no wrap of a full line either.  Lines starting in lower case go on their
    paragraph whatever their indentation (a centred title's second line)."""
    out: dict = {}
    if not any(indents):
        return out
    n = len(items)
    for k in range(1, n):
        line, gap = items[k]
        if gap or not line[:1] or line[:1].islower():
            continue
        if line[:1].isdigit() and not _LIST_MARKER.match(line) and _WAITS_FOR_A_DAY.search(items[k - 1][0]):
            continue                    # "… trình UBND tỉnh trước ngày" / "    15/4/2026; …": the day it waits for
        lo, hi = max(0, k - 6), min(n, k + 7)
        margin = min(indents[lo:hi])
        if indents[k] < margin + 2:
            continue
        marker = _LIST_MARKER.match(items[k - 1][0])
        if marker and abs(indents[k] - indents[k - 1] - marker.end()) <= 1:
            continue                    # "- Các Sở: Nông nghiệp …," / "  Công Thương;": a hanging indent
        if _AND_AT_END.search(items[k - 1][0]):
            continue                    # "Kính gửi:    - Các Sở: …, Giáo dục và" / "   Đào tạo;": no sentence
                                        # or heading ends on "và" (a heading may on "trực thuộc")
        if indents[k] >= indents[k - 1] + 2:
            out[k] = True
        elif abs(indents[k] - indents[k - 1]) <= 1 and indents[k - 1] >= margin + 2:
            out[k] = False
    return out


# a line ending on a word that joins it to the next ("… Giáo dục và", "… hoặc")
_AND_AT_END = quick_compile(r"(?<!\w)(?:và|hoặc|với)$")


# the patterns of _dash_in_name(), compiled once at import
_DASH_TWO_WORDS = quick_compile(r"[-–]\s+(\S+\s+\S+)")
_LAST_TWO_WORDS = quick_compile(r"(\S+\s+\S+)\s*$")


def _dash_in_name(prev: str, nxt: str) -> bool:
    """A line break before the dash inside a known name ("Sở Lao động" / "- Thương binh và …")."""
    m = _DASH_TWO_WORDS.match(nxt)
    if not m or prev.rstrip("*_ )\"”").endswith(_TERMINAL):
        return False
    tail = _LAST_TWO_WORDS.search(prev)
    if not tail:
        return False
    from .agencies import default_directory    # the names live in the directory's data
    return (fold(tail.group(1)), fold(m.group(1))) in default_directory().dash_pairs()


# a line with a page's number at one end: "2      CÔNG BÁO/Số 45/Ngày 10-3-2024", "CÔNG BÁO/… 3"
_NUMBERED_PAGE_LINE = quick_compile(r"^\s*(?:(?P<a>\d{1,3})\s{2,})?(?P<head>[^\s].{4,90}?)(?:\s{2,}(?P<b>\d{1,3}))?\s*$")


def _page_header_key(line: str):
    m = _NUMBERED_PAGE_LINE.match(line)
    if m is None or not (m.group("a") or m.group("b")):
        return None
    return " ".join(m.group("head").split())


def _running_headers(lines: list) -> set:
    """The headers a converter repeats on every page with the page's number ("CÔNG BÁO/Số
    45/Ngày 10-3-2024" with "2" before it or "3" after it): those seen twice or more."""
    if len(lines) < 30:
        return set()
    seen: dict = {}
    for line in lines:
        key = _page_header_key(line) if "  " in line else None
        if key:
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n >= 2}


def _is_running_header(prev: str, lines: list, k: int) -> bool:
    """An upper-case line between a line that does not end its sentence and one that goes on
    in lower case (the first non-blank line from ``lines[k]``): a page's running header, not a
    heading."""
    nxt = next((lines[j].strip() for j in range(k, min(len(lines), k + 50)) if lines[j].strip()), "")
    return bool(nxt) and nxt[:1].islower() and not prev.rstrip("*_ )\"”").endswith(_TERMINAL) \
        and not prev.isupper() \
        and not _LIST_MARKER.match(nxt)  # (not a title's second line: "THÔNG BÁO" / "KẾT LUẬN CỦA …" / "về …";
                                        # nor a part's heading over its items "a) Sở Tài chính: …")


# a rule drawn under a title or the header's columns: "-----", "________", "* * *" is not one (spaces)
_RULE_LINE = quick_compile(r"^\s*[-_=–—]{3,}\s*$")
_STRAY_BARS = quick_compile(r"^\s*\|(?:\s+\|)*\s*$")
_LONGER_THAN_A_PAGE_LINE = 130
# a web page's date stamp alone on its line: "Thứ Sáu, 16/01/2026 - 15:40", "Chủ nhật, 05/4/2026, 08:15 (GMT+7)",
# "16/01/2026 15:40"
_STAMP_LINE = quick_compile(r"^\s*(?:" + words_alternation(directive_cues()["page_stamps"]) + r"\s*:?\s*\d{1,2}[:h]\d{2}\s*,?\s*)?(?:(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|\d)|Chủ\s+nhật|T[2-7]|CN)\s*,?\s*)?(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}"
                            r"(?:\s*[-–|,]?\s*\d{1,2}[:h]\d{2})?(?:\s*(?:[(\[]?GMT\s*\+\s*7[)\]]?|[(\[]?UTC\s*\+\s*7[)\]]?))?\s*$", re.I)
_PAGE_NUMBER = quick_compile(r"^\s*(?:[-–]\s*\d{1,3}\s*[-–]|\d{1,3}|Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|"
                             r"[=\-]{3,}\s*Trang\s+\d{1,3}\s*[=\-]{3,})\s*$")
# a document's opening that cites what it carries out ("Thực hiện Nghị quyết số …", "Căn cứ Kế hoạch
# số …"): a new paragraph, never the wrap of the title line above it
_PREAMBLE_START = quick_compile(r"^(?:Thực hiện|Căn cứ)\s+(?:\S+\s+){0,3}?(?:Nghị quyết|Chỉ thị|Kế hoạch|Thông báo|"
                                r"Công văn|Văn bản|Quyết định|Luật|Nghị định|Thông tư|Chương trình|ý kiến|chỉ đạo)(?!\w)")
# the opening of a meeting notice's first paragraph ("Ngày 05/3/2026, …", "Sáng 05-3-2026, …",
# "Chiều ngày 05/3/2026, …", "Hôm nay, ngày …"): a paragraph of its own, never the title's tail
_MEETING_START = quick_compile(r"^(?:Hôm nay\s*,\s*(?:vào\s+)?|(?:Sáng|Chiều|Tối|Trưa)\s+(?:ngày\s+)?(?=\d)|Ngày\s+)"
                               r"\d{1,2}(?:\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,"
                               r"|^Hôm nay\s*,\s*(?:vào\s+)?(?:ngày|hồi|lúc)\s")


# lines that always begin a new paragraph: header, signature, recipients
_BLOCK_OPENING = quick_compile(r"^(Số\s*:|Nơi nhận|TL\.|KT\.|THÔNG BÁO|CỘNG HÒA|CỘNG HOÀ|ỦY BAN|UỶ BAN|Độc lập|"
                              r"Kính gửi|V/v\s|"
                              # a work programme's time heading: "Tháng 3:", "Quý III:"
                              r"(?:Tháng\s+\d{1,2}|Quý\s+[IV]{1,3})(?:\s*/\s*\d{4})?\s*:|"
                              # a web page's stamp line: "Cập nhật: 13/10/2022 09:15", "Thứ Sáu, 07/07/2023 - 17:40"
                              r"(?:Cập nhật|Ngày đăng|Đăng lúc|Đăng ngày)\b|"
                              r"(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật),\s*\d{1,2}[/\-]\d{1,2}[/\-]\d{4})")


def _starts_block(line: str) -> bool:
    """Lines that always begin a new paragraph (header, signature, recipients)."""
    return bool(_BLOCK_OPENING.match(line)) or _DOC_TYPE_LINE.match(line) is not None \
        or (line.isupper() and len(line) > 3           # a heading or a signer's title in capitals,
            and not (" " not in line.strip() and any(c.isdigit() for c in line)))  # not "116/2025/NĐ-CP."


# a document's kind on a line of its own ("CHỈ THỊ", "QUYẾT ĐỊNH:", "KẾ HOẠCH"): never the tail of
# the number-and-date line before it
_DOC_TYPE_LINE = quick_compile(r"^(?:THÔNG BÁO|CHỈ THỊ|QUYẾT ĐỊNH|KẾ HOẠCH|BIÊN BẢN|CÔNG ĐIỆN|TỜ TRÌNH|BÁO CÁO|"
                               r"GIẤY MỜI|NGHỊ QUYẾT|KẾT LUẬN|CHƯƠNG TRÌNH|HƯỚNG DẪN|ĐỀ ÁN|QUY CHẾ)\s*:?\s*$")


def _ends_block(line: str) -> bool:
    return line.rstrip().endswith(("./.", ":")) or line.isupper()
