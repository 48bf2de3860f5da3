"""The real batches in tests/data/real (R1), tests/data/real2 (R2), tests/data/real3 (R3),
tests/data/real4 (R4), tests/data/real5 (R5), tests/data/real6 (R6), tests/data/real7 (R7),
tests/data/real8 (R8), tests/data/real9 (R9), tests/data/real10 (R10), tests/data/real11 (R11), tests/data/real12 (R12),
tests/data/real13 (R13), tests/data/real14 (R14), tests/data/real15 (R15) and tests/data/real16 (R16) are whole: a gold file for every notice and the reverse, gold
in the format of ../shared/eval/README.md, dates that are real ISO dates, every notice named in the batch's
SOURCES.md.
No score threshold here: the parser's first-run score is recorded in each batch's README.md."""
import datetime
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
BATCHES = {"R1": DATA / "real", "R2": DATA / "real2", "R3": DATA / "real3", "R4": DATA / "real4",
           "R5": DATA / "real5", "R6": DATA / "real6", "R7": DATA / "real7",
           "R8": DATA / "real8", "R9": DATA / "real9",
           "R10": DATA / "real10", "R11": DATA / "real11", "R12": DATA / "real12",
           "R13": DATA / "real13", "R14": DATA / "real14", "R15": DATA / "real15",
           "R16": DATA / "real16"}
MIN_NOTICES = {"R1": 20, "R2": 20, "R3": 15, "R4": 15, "R5": 15, "R6": 14, "R7": 12, "R8": 12,
               "R9": 10, "R10": 15, "R11": 15, "R12": 15, "R13": 12, "R14": 11, "R15": 15, "R16": 12}


def _notices(batch):
    return sorted((BATCHES[batch] / "notices").glob("*.txt"))


def _golds(batch):
    return sorted((BATCHES[batch] / "gold").glob("*.json"))


GOLD_FILES = [(batch, path) for batch in BATCHES for path in _golds(batch)]


def _gold_id(item):
    return item[0] + "-" + item[1].stem if isinstance(item, tuple) else str(item)


def _iso(value):
    assert isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    datetime.date.fromisoformat(value)


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_the_batch_is_there(batch):
    assert len(_notices(batch)) >= MIN_NOTICES[batch]
    assert (BATCHES[batch] / "SOURCES.md").is_file() and (BATCHES[batch] / "README.md").is_file()


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_every_notice_has_gold_and_every_gold_a_notice(batch):
    assert {p.stem for p in _notices(batch)} == {p.stem for p in _golds(batch)}


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_every_notice_is_named_in_sources(batch):
    sources = (BATCHES[batch] / "SOURCES.md").read_text(encoding="utf-8")
    missing = [p.name for p in _notices(batch) if f"| {p.name} |" not in sources]
    assert missing == []


def test_the_batches_share_no_notice():
    """A document scored in one batch is not scored again in another (same file name or text)."""
    seen = {}
    for batch in BATCHES:
        for path in _notices(batch):
            text = " ".join(path.read_text(encoding="utf-8").split())
            assert text not in seen, (path, seen.get(text))
            seen[text] = path
    names = [p.name for batch in BATCHES for p in _notices(batch)]
    assert len(names) == len(set(names))


# The document's own number in its header ("Số: 1153/BNNMT-QLĐĐ", "Số: 232/QĐ-TTg"); portal pages
# and OCR-garbled headers have none and are compared by text only.
_OWN_NUMBER = re.compile(r"Số[:\s]*([0-9][0-9 ]{0,6})\s*/\s*([A-ZĐ][\wĐđ.&]*(?:-[\wĐđ.&]+)*)")


def _own_number(path):
    match = _OWN_NUMBER.search(path.read_text(encoding="utf-8")[:1500])
    return (match.group(1).replace(" ", ""), match.group(2)) if match else None


def test_no_document_number_is_in_two_batches():
    """The same document taken again from another source (other line breaks, other noise) is
    caught by its number and symbol, which the text comparison above would miss."""
    seen = {}
    for batch in BATCHES:
        for path in _notices(batch):
            number = _own_number(path)
            if number is None:
                continue
            assert number not in seen, (path, seen.get(number))
            seen[number] = path
    assert len(seen) >= 30


@pytest.mark.parametrize("batch_path", GOLD_FILES, ids=_gold_id)
def test_gold_file_has_the_required_keys_and_iso_dates(batch_path):
    _, path = batch_path
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


@pytest.mark.parametrize("batch_path", GOLD_FILES, ids=_gold_id)
def test_every_key_phrase_is_words_of_the_notice(batch_path):
    """kw must be words of the task text, so at least words of the notice (spaces collapsed)."""
    batch, path = batch_path
    gold = json.loads(path.read_text(encoding="utf-8"))
    notice = BATCHES[batch] / "notices" / gold["notice"]
    text = " ".join(notice.read_text(encoding="utf-8").split()).casefold()
    for item in gold["deadlines"] + gold["assignments"]:
        assert " ".join(item["kw"].split()).casefold() in text, item["kw"]
