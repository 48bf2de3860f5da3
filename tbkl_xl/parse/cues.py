"""Word lists of the parser, read from the data files by one loader.

| file | what | used by |
|---|---|---|
| ``data/directive_cues.yaml`` | assignment cues, subject verbs, imperatives, roles (co-operating, recipient, monitor), heading cues, table headers, field and time-limit labels, the words around a cue or a body that decide a subject, issuer kinds, section titles | ``parse/tasks.py``, ``parse/scope.py``, ``parse/header.py``, ``parse/sections.py`` |
| ``data/deadline_cues.yaml`` | deadline phrases | ``parse/deadlines.py`` |
| ``data/bodies.yaml`` | the grammar of public bodies | ``parse/bodies.py`` |
| ``data/ocr_fixes.yaml`` | misreadings of scanned documents and what was printed (``load_fixes``) | ``parse/clean.py`` |
| ``data/syllables.yaml`` | the shape of a Vietnamese syllable, for glued words (``syllables.load_syllables``, same file checks) | ``parse/syllables.py`` |

``load_phrases(path, keys, what=…)`` reads a file, checks ``version: 1`` and that every key
(dotted for nested ones: ``period_cues.strong``) is a non-empty list of plain phrases, and
returns ``{key: tuple of phrases}``; lists marked ``fold`` are folded (lower case, one tone
style, single spaces) for matching on ``fold(text)``, the others are kept as written (heads of
bodies, whose capitals matter).  A bad file raises ``DataFileError`` naming the file and the key.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Iterable

import yaml

from ..errors import DataFileError
from ..text import fold

__all__ = ["DATA", "DIRECTIVE_CUES_PATH", "BODIES_PATH", "OCR_FIXES_PATH", "load_phrases", "load_fixes",
           "load_directive_cues", "directive_cues", "alternation", "words_alternation"]

DATA = Path(__file__).resolve().parent.parent / "data"
DIRECTIVE_CUES_PATH = DATA / "directive_cues.yaml"
BODIES_PATH = DATA / "bodies.yaml"
OCR_FIXES_PATH = DATA / "ocr_fixes.yaml"

_REGEX_CHARS = re.compile(r"[\\()\[\]|?+*^$]")

# keys of directive_cues.yaml (all folded)
DIRECTIVE_KEYS = ("subject_verbs", "strong_subject_verbs", "imperatives", "opening_imperatives", "not_a_duty_after_a_period", "assignment_cues", "cue_compounds", "order_openings",
                  "heading_cues", "support_cues", "recipient_cues", "report_nouns", "monitor_verbs",
                  "table_headers.number", "table_headers.support", "table_headers.deadline",
                  "table_headers.lead", "table_headers.text", "table_headers.text_first", "table_headers.text_whole_cell", "table_headers.deadline_whole_cell", "table_headers.deadline_first", "table_headers.lead_whole_cell", "table_headers.status", "table_headers.superseded", "table_headers.renewed", "table_headers.other", "table_headers.source", "table_headers.context", "table_headers.receipt_time", "table_headers.roster", "time_limit_labels", "lead_labels",
                  "support_labels", "content_labels", "answer_table_headers", "ordinal_items", "plan_purpose_titles", "title_words", "decision_acts",
                  "execution_formulas", "addressee_nouns", "connectives", "subject_quantifiers",
                  "reported_order_verbs", "reported_order_documents", "reported_order_cues", "issuer_subjects",
                  "issuer_order_adverbs", "issuer_past_adverbs", "press_order_cues", "page_end_labels", "minutes_signature_titles", "page_stamps", "page_chrome_labels", "forward_verbs", "forward_to",
                  "meeting_nouns", "closing_report_openings", "noun_before_cue", "given_before_cue",
                  "not_addressee_gap_words", "verbs_between_cue_and_body", "pursued_documents", "past_order_verbs",
                  "past_order_documents", "topic_openings", "condition_openings", "agent_verbs", "vague_bodies",
                  "bare_heads", "event_deadlines", "object_before_body", "not_verbs_after_body", "lead_in_cues",
                  "urging_adverbs", "apposition_roles", "issuer_kinds.peoples_committee", "issuer_kinds.council", "issuer_kinds.party",
                  "issuer_kinds.central", "item_verbs", "evaluation_titles", "opinion_titles", "directive_titles",
                  "instance_send_verbs", "superior_bodies", "superior_asks", "correction_old", "correction_new", "event_nouns", "held_on_days", "duties_over_days", "recurring_work", "data_of_a_period", "recommend_cues",
                  "directing_verbs", "directed_objects", "party_roles", "summary_labels", "petitioners", "answer_labels",
                  "issuer_acknowledges", "work_handed_in", "work_made", "mass_organisation_names")


def _fail(path, key, msg) -> DataFileError:
    return DataFileError(f"{path}: key '{key}': {msg}; fix the cue file (see its header comment)")


def _read_version_1(path: Path, what: str, not_mapping: str = "") -> dict:
    """A cue file as a mapping with ``version: 1``; anything else raises ``DataFileError`` naming
    the file (``not_mapping``: the message for a file that is no mapping, else the version's)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise DataFileError(f"{path}: cannot read the {what} ({e})") from e
    except yaml.YAMLError as e:
        raise DataFileError(f"{path}: not valid YAML ({e})") from e
    if not isinstance(data, dict) and not_mapping:
        raise DataFileError(f"{path}: {not_mapping}")
    version = data.get("version") if isinstance(data, dict) else None
    if version != 1:
        raise _fail(path, "version", f"must be 1, got {version!r}")
    return data


def load_phrases(path, keys: Iterable[str], *, what: str, keep_case: Iterable[str] = ()) -> dict:
    """Read and validate a phrase file: ``{key: tuple of phrases}`` (see the module doc)."""
    path = Path(path)
    data = _read_version_1(path, what, f"the {what} must be a mapping of keys to phrase lists")
    keep = set(keep_case)
    out = {}
    for key in keys:
        node = data
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, list) or not node:
            raise _fail(path, key, f"must be a non-empty list of phrases, got {node!r}")
        phrases = []
        for x in node:
            if not isinstance(x, str) or not x.strip():
                raise _fail(path, key, f"must hold only non-empty strings, got {x!r}")
            if _REGEX_CHARS.search(x):
                raise _fail(path, key, f"phrase {x!r} holds a regex character; write plain words")
            phrases.append(" ".join(x.split()) if key in keep else " ".join(fold(x).split()))
        out[key] = tuple(dict.fromkeys(phrases))
    return out


def load_fixes(path=None, key: str = "fixes") -> dict:
    """Read and validate ``data/ocr_fixes.yaml``: {folded misreading: folded reading}."""
    path = Path(path if path is not None else OCR_FIXES_PATH)
    data = _read_version_1(path, "OCR fixes file")
    pairs = data.get(key)
    if not isinstance(pairs, dict) or not pairs:
        raise _fail(path, key, f"must be a non-empty mapping of misreadings to readings, got {pairs!r}")
    out = {}
    for wrong, right in pairs.items():
        if not isinstance(wrong, str) or not isinstance(right, str) or not wrong.strip() or not right.strip():
            raise _fail(path, key, f"{wrong!r}: both the misreading and the reading must be non-empty words")
        if _REGEX_CHARS.search(wrong) or _REGEX_CHARS.search(right):
            raise _fail(path, key, f"{wrong!r}: holds a regex character; write plain words")
        if len(wrong.split()) != len(right.split()):
            raise _fail(path, key, f"{wrong!r}: the reading must have as many words as the misreading")
        out[" ".join(fold(wrong).split())] = " ".join(fold(right).split())
    return out


def load_directive_cues(path=None) -> dict:
    """Read and validate ``data/directive_cues.yaml``: {key: tuple of folded phrases}."""
    return load_phrases(path if path is not None else DIRECTIVE_CUES_PATH, DIRECTIVE_KEYS,
                        what="directive cue file")


def alternation(phrases) -> str:
    """Regex alternation of phrases, longest first (as a trie: the same matches, tried sooner)."""
    return _trie_alternation([[re.escape(c) for c in p] for p in set(phrases)])


def words_alternation(phrases) -> str:
    """Regex alternation of phrases, longest first, a space matching any run of white space (as a
    trie: the same matches, tried sooner)."""
    return _trie_alternation([[tok for i, w in enumerate(p.split())
                               for tok in ([r"\s+"] if i else []) + [re.escape(c) for c in w]]
                              for p in set(phrases)])


def _trie_alternation(phrases: list) -> str:
    r"""``(?:p1|p2|…)`` over phrases given as lists of regex atoms, written as a trie: "nhà thầu thi
    công", "nhà thầu" → ``nhà\s+thầu(?:\s+thi\s+công)?``.  A flat alternation tried longest first
    and the trie find the same match: phrases that both match at one place are a prefix of one
    another, and the trie, too, tries the longer first.  Where two atoms at one place differ only by
    their case (which an ``(?i)`` around it would match alike) the flat alternation is kept."""
    flat = "(?:" + "|".join("".join(p) for p in sorted(phrases, key=lambda p: len("".join(p)),
                                                            reverse=True)) + ")"
    root: dict = {}
    for p in phrases:
        node = root
        for atom in p:
            node = node.setdefault(atom, {})
        node[""] = {}
    def emit(node: dict):
        atoms = [a for a in node if a]
        if len({a.casefold() for a in atoms}) != len(atoms):
            return None
        parts = []
        for a in sorted(atoms):
            rest = emit(node[a])
            if rest is None:
                return None
            parts.append(a + rest)
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" in node:
            return (body if len(parts) > 1 else "(?:" + body + ")") + "?"
        return body
    out = emit(root)
    return flat if out is None else "(?:" + out + ")"


@functools.lru_cache(maxsize=1)
def directive_cues() -> dict:
    """The shipped directive cue file, loaded once."""
    return load_directive_cues()
