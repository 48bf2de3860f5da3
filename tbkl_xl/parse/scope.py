"""Addressee scope: who a directive is for, decided in one place.

A notice is a tree: document (the letter's "Kính gửi" list) → heading → item → sentence →
clause (``parse/sections.py`` builds the headings and items).  A node may name addressees:

- a **heading** ("2.1. Đối với UBND xã X:", "Chỉ đạo Sở Y tế:", "7. Ủy ban nhân dân các tỉnh …");
- an **introduction** ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương:", "Giao các sở …
  gồm:" followed by the bodies in bullets);
- the **document**: the "Kính gửi" list of a letter;
- a **task** of the node itself (its sentences after the first go on with the same lead).

A directive without a subject of its own takes the nearest addressees up its path, never those
of a sibling item.  Each ``Scope`` keeps the words the addressees came from, so the task can say
why it got its lead.  Addressees named by words that stand for the bodies addressed ("các cơ
quan, đơn vị") take the addressees of their scope the same way, and the task is then one task
per body: each of them must do it.

Roles other than the lead (co-operating, recipient of a report, monitor of a plan) never become
a scope's addressees: they are read from the clause (``parse/tasks.py``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from . import sections as S

__all__ = ["Scope", "Inherited", "name_addressees", "inherited", "enclosing_leads"]

WHERE_HEADING = "heading"
WHERE_INTRODUCTION = "introduction"
WHERE_LETTER = "letter"
WHERE_ITEM = "item"
WHERE_NAMED_BEFORE = "named before"     # "đơn vị nêu trên": the bodies the paragraph before named
WHERE_PARAGRAPH = "paragraph"           # "Giao A, B …. Các đơn vị báo cáo …": the bodies of the paragraph's order


@dataclass
class Scope:
    """Addressees a node names, with the words they came from."""
    agencies: list
    words: str
    where: str                     # WHERE_*
    distributive: bool = False     # each body acts on its own (a letter's addressees)


@dataclass
class Inherited:
    leads: list = field(default_factory=list)
    scope: Optional[Scope] = None  # where they came from (None: nothing found)


def name_addressees(node: S.Node, agencies: list, words: str, where: str, distributive: bool = False) -> None:
    """Set the addressees a heading, an introduction or a letter names for ``node``."""
    if agencies:
        node.scope = Scope(list(agencies), " ".join(words.split()), where, distributive)
        node.addressees = list(agencies)


def inherited(nodes: list, node_id: int) -> Inherited:
    """Leads for a directive without a subject: the lead of the task before it in its own item,
    else the addressees of the nearest node up its path that names some."""
    for n in S.ancestors(nodes, node_id):
        if n.last_leads:
            return Inherited(list(n.last_leads), n.last_scope)
        if n.scope is not None and n.scope.agencies:
            return Inherited(list(n.scope.agencies), n.scope)
    return Inherited()


def addressed(nodes: list, node_id: int) -> Optional[Scope]:
    """The nearest scope up the path that names addressees (heading, introduction, letter)."""
    for n in S.ancestors(nodes, node_id):
        if n.scope is not None and n.scope.agencies:
            return n.scope
    return None


def enclosing_leads(nodes: list, node_id: int, drafts: list) -> list:
    """The bodies that lead tasks in the section enclosing ``node_id`` (its parent's subtree):
    what "các cơ quan, đơn vị" in a sentence closing a list of items refers to (not the body told
    to follow them up: "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc …")."""
    node = nodes[node_id]
    top = node.parent if node.parent is not None else node.id
    out: list = []
    for _block, d in drafts:
        if not d.monitors and any(a.id == top for a in S.ancestors(nodes, d.node)):
            for a in d.lead:
                if a.name not in {x.name for x in out}:
                    out.append(a)
    return out
