"""Section structure of a notice body: ``Điều 2.`` (a decision's article, at the rank of ``I.``), ``I.``, ``1.``, ``1.1.``, ``a)``, ``đ)``, ``-``, ``+``, and
items numbered in words (*Một là, …*, *Thứ hai, …*: the ordinals of the directive cue file).

Every paragraph becomes a ``Block`` that knows its marker, the node it belongs to and the
path of section labels from the root.  A marked paragraph opens a node; an unmarked paragraph
continues the node above it.  Ranks are by marker kind (roman < number < number.number <
letter < dash < plus < bracketed "(i)", the deepest enumeration), so a ``-`` bullet after ``a)``
nests under it and the next ``b)`` closes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..text import fold
from .cues import alternation, directive_cues, words_alternation
from .deadlines import TIME_FIELD_AT
from .quick import quick_compile

_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
BULLET_RANK = 6                 # "- …", "• …", "* …" (and "+ …", one below)
_STAR_UNDER_DASH = BULLET_RANK + 0.5    # "* …" right under a "- …:" that introduces it
_MARKERS = [
    # a part above the Roman sections ("A. NHIỆM VỤ CHUNG", "B. Sở Tài chính …"): not I, V, X, L, C
    (0.5, quick_compile(r"^([A-HJKM-UWYZĐ])\.\s+(?=[A-ZĐÀ-Ỹ])")),        # (_PART_RANK)
    (1, quick_compile(r"^(Điều\s+\d{1,2})\.\s+(?=\S)")),                               # a decision's article
    (1, quick_compile(r"^(" + _ROMAN + r")\.\s+(?=\S)")),
    (4, quick_compile(r"^(\d{1,2}\.\d{1,2}\.\d{1,2})\.?\s+(?=\S)")),
    (3, quick_compile(r"^(\d{1,2}\.\d{1,2})\.?\s+(?=\S)")),
    (2, quick_compile(r"^(\d{1,2})[.)](?:\s+(?=\S)|(?=[A-ZĐÀÁẢÃẠĂÂÈÉÊÌÍÒÓÔƠÙÚƯỲÝ][a-zà-ỹđ]))")),   # also "1.Sở …"
    (5, quick_compile(r"^([a-zđ])\)\s+(?=\S)")),
    (5, quick_compile(r"^((?:ii|iii|iv|vi|vii|viii|ix))\)\s+(?=\S)")),                    # "ii)", "iii)" after "i)"
    (5, quick_compile(r"^([a-zđ])\.\s+(?=[A-ZĐÀ-Ỹ])")),                               # "a. Thu thập …"
    (5.5, quick_compile(r"^([a-zđ]\.\d{1,2})\)\s+(?=\S)")),                               # "a.1) …" under "a)"
    (8, quick_compile(r"^\(((?:[a-zđ]|[ivx]{1,4}|\d{1,2}))\)\.?\s+(?=\S)")),             # "(i). Chỉ đạo …", "(2) …"
    (BULLET_RANK, quick_compile(r"^([-–—•])\s*(?=\S)")),
    (BULLET_RANK, quick_compile(r"^(\*)\s+(?=\S)")),                                   # a Markdown list's "* "
    (BULLET_RANK + 1, quick_compile(r"^(\+)\s*(?=\S)")),
]


@dataclass
class Node:
    id: int
    rank: int
    label: str
    title: str
    parent: Optional[int]
    path: tuple[str, ...]
    addressees: list = field(default_factory=list)   # set by the task extractor (parse/scope.py)
    scope: object = None                              # scope.Scope: the addressees and their words
    last_leads: list = field(default_factory=list)   # leads of the last task in its own body
    last_scope: object = None                         # … the scope they were inherited from, if so
    last_bullet_leads: list = field(default_factory=list)  # leads of the last task of a bullet child
    evaluation: bool = False                          # "Đánh giá chung": no implicit tasks
    opinions: bool = False                            # "Ý kiến các đại biểu" in minutes: no tasks at all
    purpose: bool = False                             # a plan's "Mục đích, yêu cầu": targets, no tasks
    deadline: object = None                           # a time limit its introduction sets for the list below


@dataclass
class Block:
    index: int            # paragraph index in the document
    node: int             # node this paragraph belongs to
    marked: bool          # True when this paragraph opened the node
    text: str             # paragraph text without its marker
    marker: str = ""
    is_heading: bool = False


_PART_RANK = 0.5
_BODY_HEADING_STEP = 0.375              # a body's name alone as a heading, below the item it stands in
_PART_BELOW_RANK = 1.5
# a person's name after an initial ("N. Minh", "T. Văn Hùng"): words with a capital, no more
_A_NAME = quick_compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s*){1,4}$")
_ORDINAL_RANK = 3
_ORDINALS = directive_cues()["ordinal_items"]
_ORDINAL_RE = quick_compile(r"^(" + words_alternation(_ORDINALS) + r")\s*[,:.]\s+(?=\S)(?!ngày)")  # not "Thứ hai, ngày …"


def _match_marker(p: str) -> tuple[int, str, str]:
    for rank, rx in _MARKERS:
        m = rx.match(p)
        if m and m.group(1):
            if rank == 1 and not m.group(1):
                continue
            if rank == _PART_RANK and _A_NAME.match(p[m.end():]):
                continue                    # "N. Minh": a press item's byline, no part
            return rank, m.group(1), p[m.end():]
    m = _ORDINAL_RE.match(fold(p[:30]))
    if m:                                   # "Một là, UBND xã …" is item 1
        word = " ".join(m.group(1).split())
        return _ORDINAL_RANK, str(_ORDINALS.index(word) % 10 + 1), p[m.end():]
    return 0, "", p


def opens_with_marker(p: str) -> bool:
    """Does the paragraph open with a section marker ("1.", "a)", "-", "Một là, ")?"""
    return _match_marker(p)[0] != 0


def _looks_heading(text: str) -> bool:
    t = text.rstrip()
    if not t:
        return True
    if t.endswith(":"):
        # (a body's role in brackets is no length of a sentence: "1. Sở X (Cơ quan thường trực Ban Chỉ
        # huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh):")
        return len(_BRACKETED.sub("", t) if "(" in t else t) < 120
    if t.endswith((".", ";", "!", "?", "./.", "…")):
        return False
    field = TIME_FIELD_AT.match(fold(t))
    if field and t[field.end():].strip():
        return False                    # "- Thời hạn: Quý III/2026": a plan's field line with its value, no heading
    return len(t) < 220


_BRACKETED = quick_compile(r"\s*\([^()]*\)")
_EVAL = quick_compile(r"^(?:về\s+)?" + alternation(directive_cues()["evaluation_titles"]) + r"|đánh giá chung", re.I)
_OPINIONS = quick_compile(r"^(?:[a-zđ0-9ivx]{1,4}[.)]\s*)?(?:" + words_alternation(directive_cues()["opinion_titles"])
                          # (… and a body's proposal put to the leader: "2. Đề xuất của Sở Y tế:")
                          + r"|đề xuất của\s+[^:;.]{3,80}?)\s*:?\s*$")
_DIRECTIVE_TITLE = quick_compile(alternation(directive_cues()["directive_titles"]), re.I)


_PURPOSE = quick_compile(r"^(?:" + words_alternation(directive_cues()["plan_purpose_titles"]) + r")\s*$")


def describes(title: str) -> bool:
    """A section's title that opens on what is told, not asked ("I. TÌNH HÌNH VÀ KIẾN NGHỊ CỦA NHÀ ĐẦU TƯ", "Kết quả …"),
    whatever else it names."""
    return bool(_EVAL.search(title or ""))


def _is_evaluation_title(title: str) -> bool:
    """'I. ĐÁNH GIÁ CHUNG', '1.1. Đánh giá chung tình hình thực hiện nhiệm vụ …', 'Kết quả đạt được',
    a plan's 'I. MỤC ĐÍCH, YÊU CẦU': a section that describes, where only an explicit 'Giao/Yêu
    cầu X' is a task."""
    if _PURPOSE.match(" ".join(fold(title or "").split()).rstrip(" :.")):
        return True
    return bool(_EVAL.search(title or "")) and not _DIRECTIVE_TITLE.search(title or "")


# "Về …", "Đối với …": an item whose title runs to its colon
_TOPIC_TITLE_OPENING = quick_compile(r"^(Về|Đối với)\b")


def build_sections(paragraphs: list[str], body_headings: frozenset = frozenset()) -> tuple[list[Node], list[Block]]:
    """``body_headings``: indices of unmarked paragraphs that are a body's name alone over the
    paragraphs after it (a bold "**Sở Giáo dục và Đào tạo**" line whose number was never there):
    headings one level below the item they stand in, siblings of one another."""
    nodes = [Node(id=0, rank=0, label="", title="", parent=None, path=())]
    blocks: list[Block] = []
    stack = [0]
    roman_seen = parts_below = False
    bracket_top = None
    opinion_open = None                 # the node of the participants' words being read, if any
    body_nodes: set = set()             # the nodes body_headings opened
    for i, p in enumerate(paragraphs):
        rank, label, rest = _match_marker(p)
        if not rank and i in body_headings:
            # (its rank: just below the item it stands in, the same for every one of them in that item)
            while len(stack) > 1 and stack[-1] in body_nodes:
                stack.pop()
            rank = nodes[stack[-1]].rank + _BODY_HEADING_STEP
            body_nodes.add(len(nodes))
        if rank == 1 and not label.startswith("Điều"):
            roman_seen = True
        elif rank == _PART_RANK and roman_seen:
            # "I. CÁC NỘI DUNG TRÌNH …" / "A. THÁNG 4 NĂM 2026" / "1. …": lettered parts that first
            # come inside a Roman section are its subsections, not parts above it
            parts_below = True
        if rank == _PART_RANK and parts_below:
            rank = _PART_BELOW_RANK
        if rank == 8 and label.isdigit() and p.lstrip().startswith("(") and (
                bracket_top is not None or (i + 1 < len(paragraphs) and _match_marker(paragraphs[i + 1])[0] == 5)):
            # "(1) Sở Nông nghiệp và Môi trường:" over "i) …", "ii) …": a list above the lettered one (and
            # "(2) …" after them), at the level it first came at
            if bracket_top is None:
                bracket_top = max(nodes[stack[-1]].rank + 0.5, 1.5) if nodes[stack[-1]].rank < 5 else 8
            rank = bracket_top
        if rank == BULLET_RANK and label == "*" and blocks and (
                nodes[blocks[-1].node].rank == _STAR_UNDER_DASH or (
                    blocks[-1].marked and nodes[blocks[-1].node].rank == BULLET_RANK
                    and nodes[blocks[-1].node].label != "*" and blocks[-1].text.rstrip().endswith(":"))):
            rank = _STAR_UNDER_DASH     # "- UBND các xã có điểm du lịch:" / "  * Rà soát …": a Markdown list nested
                                        # under the dash (its indent lost), as "+ …" is
        if rank < BULLET_RANK:        # (a paragraph that is no bullet ends the participants' words)
            opinion_open = _close_opinions(nodes, stack, opinion_open)
        if rank == 0 and _SAID_OPENING.match(" ".join(fold(p).split()).lstrip("*")) is not None:
            # "**Ý kiến của các thành viên:**" over dashes, "Ý kiến của nhà thầu: đề nghị …" in minutes:
            # what the participants said, under a node of its own (closed at the next paragraph that is
            # no bullet of it)
            parent = nodes[stack[-1]]
            node = Node(id=len(nodes), rank=parent.rank + 0.25, label="", title="", parent=parent.id,
                        path=parent.path, opinions=True)
            nodes.append(node)
            stack.append(node.id)
            opinion_open = node.id
            blocks.append(Block(index=i, node=node.id, marked=False, text=p))
            continue
        if rank:
            while len(stack) > 1 and nodes[stack[-1]].rank >= rank:
                stack.pop()
            parent = nodes[stack[-1]]
            heading = _looks_heading(rest)
            title = rest.split(":", 1)[0].strip() if (heading or _TOPIC_TITLE_OPENING.match(rest)) else ""
            if not label:
                title = rest.strip().rstrip(":").strip()       # (a body heading: "UBND các xã: A, B" whole)
            if rank in (6, 7) or not label:
                seg = parent.path
            elif rank in (3, 4) and parent.path and label.startswith(parent.path[-1] + "."):
                seg = parent.path[:-1] + (label,)
            else:
                seg = parent.path + (label,)
            node = Node(id=len(nodes), rank=rank, label=label, title=title, parent=parent.id, path=seg,
                        evaluation=parent.evaluation or bool(heading and _is_evaluation_title(title)),
                        purpose=parent.purpose or bool(heading and _PURPOSE.match(
                            " ".join(fold(title).split()).rstrip(" :."))),
                        opinions=parent.opinions or bool(heading and _OPINIONS.match(" ".join(fold(rest).split()))))
            if rank <= 2 and heading and _DIRECTIVE_TITLE.search(title) and not _PURPOSE.match(
                    " ".join(fold(title).split()).rstrip(" :.")):
                node.evaluation = False
            nodes.append(node)
            stack.append(node.id)
            blocks.append(Block(index=i, node=node.id, marked=True, text=rest, marker=label,
                                is_heading=heading))
        else:
            blocks.append(Block(index=i, node=stack[-1], marked=False, text=p))
    return nodes, blocks


# a paragraph recording what participants said: an opinions title alone ("Ý kiến của các thành viên:")
# or "Ý kiến của <someone>: …" (folded)
_SAID_OPENING = quick_compile(r"^(?:" + words_alternation(directive_cues()["opinion_titles"]) + r")\s*\**\s*:\s*\**\s*(?:$|(?=\S))"
                              r"|^ý kiến của\s+(?!(?:ubnd|ủy ban|uỷ ban|chủ tịch|phó chủ tịch|lãnh đạo|đồng chí|chủ trì|"
                              r"người chủ trì|ban chỉ đạo|trưởng ban|thường trực|tỉnh ủy|thủ tướng|bộ trưởng)(?!\w))[^:;.]{2,60}:\s*\S")
# (not the leader's or the issuer's: "Ý kiến của UBND tỉnh: … Giao Sở X …" answers with orders)


def _close_opinions(nodes: list, stack: list, open_id):
    """The participants' words end at a paragraph that is no bullet under them: off the stack."""
    if open_id is not None and open_id in stack:
        del stack[stack.index(open_id):]
    return None


def section_path(nodes: list[Node], node_id: int) -> str:
    return ".".join(nodes[node_id].path)


def section_title(nodes: list[Node], node_id: int) -> str:
    n: Optional[int] = node_id
    while n is not None:
        if nodes[n].title:
            return nodes[n].title
        n = nodes[n].parent
    return ""


def ancestors(nodes: list[Node], node_id: int):
    n: Optional[int] = node_id
    while n is not None:
        yield nodes[n]
        n = nodes[n].parent
