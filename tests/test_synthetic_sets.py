"""The synthetic sets in tests/data/synthetic_j … synthetic_zd are whole and their gold is well
formed: a gold file for every notice and the reverse, gold in the format of
../shared/eval/README.md, real ISO dates, leads that are lists of distinct names, and every key
phrase words of its notice (white space collapsed, never across markdown bold marks).
The real batches are checked the same way in test_real_batch_data.py; the scores of every set are
guarded in test_score_batches.py."""
import datetime
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
SETS = sorted(p for p in DATA.glob("synthetic_*") if p.is_dir())
GOLD_FILES = [path for folder in SETS for path in sorted((folder / "gold").glob("*.json"))]


def _iso(value):
    assert isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    return datetime.date.fromisoformat(value)


def _collapse(text):
    return " ".join(text.split())


def test_the_sets_are_there():
    assert [p.name for p in SETS] == [f"synthetic_{c}" for c in "jklmnopqrstuvwxyz"] + [f"synthetic_z{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] + [f"synthetic_zzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"] \
        + [f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "ab"]


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_notice_has_gold_and_every_gold_a_notice(folder):
    notices = {p.stem for p in (folder / "notices").iterdir() if p.is_file()}
    golds = {p.stem for p in (folder / "gold").glob("*.json")}
    assert notices and notices == golds
    assert (folder / "README.md").is_file()


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_gold_is_well_formed(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) <= {"notice", "meeting_date", "deadlines", "assignments"}
    assert {"notice", "deadlines", "assignments"} <= set(gold)
    notice = path.parent.parent / "notices" / gold["notice"]
    assert notice.is_file() and notice.stem == path.stem
    if "meeting_date" in gold:
        _iso(gold["meeting_date"])
    for item in gold["deadlines"]:
        assert set(item) <= {"lead", "date", "kw", "optional"} and {"lead", "date", "kw"} <= set(item)
        _iso(item["date"])
        assert item.get("optional", True) is True
    for item in gold["assignments"]:
        assert set(item) == {"lead", "kw"}
    for item in gold["deadlines"] + gold["assignments"]:
        lead = item["lead"]
        assert isinstance(lead, list) and lead and len(set(lead)) == len(lead), lead
        assert all(isinstance(name, str) and name.strip() for name in lead), lead


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_every_key_phrase_is_words_of_the_notice(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = _collapse((path.parent.parent / "notices" / gold["notice"]).read_text(encoding="utf-8"))
    for item in gold["deadlines"] + gold["assignments"]:
        kw = _collapse(item["kw"])
        assert kw in text, kw
        assert "*" not in kw, kw


def _issued(text):
    """The document's own date: the first "ngày D tháng M năm Y" of its header."""
    match = re.search(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", "\n".join(text.splitlines()[:10]))
    return datetime.date(int(match.group(3)), int(match.group(2)), int(match.group(1))) if match else None


# Sets N, P, Q, R, S and T were annotated under stricter rules (key phrases of 2-10 syllables, no repeated
# deadline item, no deadline before the document's own date); the older sets quote longer phrases.
STRICT = {f"synthetic_{c}" for c in "npqrstuvwxyz"} | {f"synthetic_z{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} | {f"synthetic_zzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "abcdefghijklmnopqrstuvwxyz"} \
    | {f"synthetic_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz{c}" for c in "ab"}


@pytest.mark.parametrize("path", [p for p in GOLD_FILES if p.parent.parent.name in STRICT],
                         ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_key_phrases_are_short_and_no_deadline_repeats_or_precedes_the_document(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    issued = _issued((path.parent.parent / "notices" / gold["notice"]).read_text(encoding="utf-8"))
    if issued and "meeting_date" in gold:
        assert _iso(gold["meeting_date"]) <= issued, (gold["meeting_date"], issued)
    seen = set()
    for item in gold["deadlines"] + gold["assignments"]:
        assert 2 <= len(item["kw"].split()) <= 10, item["kw"]
    for item in gold["deadlines"]:
        key = (item["lead"][0], item["date"], _collapse(item["kw"]).casefold(), bool(item.get("optional")))
        assert key not in seen, key
        seen.add(key)
        assert issued is None or _iso(item["date"]) >= issued, (item["date"], issued)
