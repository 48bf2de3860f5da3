"""The real batch in tests/data/real is whole: a gold file for every notice and the reverse,
gold in the format of ../shared/eval/README.md, dates that are real ISO dates.
No score threshold here: the parser's first-run score is recorded in tests/data/real/README.md."""
import datetime
import json
import re
from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parent / "data" / "real"
NOTICES = REAL / "notices"
GOLD = REAL / "gold"
NOTICE_FILES = sorted(NOTICES.glob("*.txt"))
GOLD_FILES = sorted(GOLD.glob("*.json"))


def _iso(value):
    assert isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    datetime.date.fromisoformat(value)


def test_the_batch_is_there():
    assert len(NOTICE_FILES) >= 20
    assert (REAL / "SOURCES.md").is_file() and (REAL / "README.md").is_file()


def test_every_notice_has_gold_and_every_gold_a_notice():
    assert {p.stem for p in NOTICE_FILES} == {p.stem for p in GOLD_FILES}


def test_every_notice_is_named_in_sources():
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    missing = [p.name for p in NOTICE_FILES if f"| {p.name} |" not in sources]
    assert missing == []


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_has_the_required_keys_and_iso_dates(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert set(gold) <= {"notice", "meeting_date", "deadlines", "assignments"}
    assert {"notice", "deadlines", "assignments"} <= set(gold)
    assert gold["notice"] == path.stem + ".txt"
    if "meeting_date" in gold:
        _iso(gold["meeting_date"])
    for item in gold["deadlines"]:
        assert set(item) <= {"lead", "date", "kw", "optional"}
        assert {"lead", "date", "kw"} <= set(item)
        _iso(item["date"])
        assert item.get("optional", True) is True
    for item in gold["assignments"]:
        assert set(item) == {"lead", "kw"}
    for item in gold["deadlines"] + gold["assignments"]:
        assert isinstance(item["lead"], list) and item["lead"]
        assert all(isinstance(name, str) and name.strip() for name in item["lead"])
        assert isinstance(item["kw"], str) and item["kw"].strip()


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_key_phrase_is_words_of_the_notice(path):
    """kw must be words of the task text, so at least words of the notice (spaces collapsed)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = " ".join((NOTICES / gold["notice"]).read_text(encoding="utf-8").split()).casefold()
    for item in gold["deadlines"] + gold["assignments"]:
        assert " ".join(item["kw"].split()).casefold() in text, item["kw"]
