"""samples/expected.json is well-formed and consistent with the sample texts.

Only a data check: the parser is run against this table by the parser team's own test.
"""
import codecs
import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
ENTRIES = EXPECTED["samples"]
KINDS = {"date", "month", "quarter", "half_year", "year", "recurring", "working_days", "relative"}
META_KEYS = {"number", "issued", "issued_month", "meeting_date", "leader", "signer", "files", "encoding", "tasks"}
TASK_KEYS = {"lead", "support", "deadline", "deadline_kind", "kw"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_sample(name: str, encoding: str) -> str:
    raw = (SAMPLES / name).read_bytes()
    if encoding.startswith("utf-16"):
        assert raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), f"{name}: UTF-16 sample without BOM"
        return raw.decode("utf-16")
    return raw.decode("utf-8")


def iso(value, what):
    assert isinstance(value, str) and ISO.match(value), f"{what}: {value!r} is not an ISO date"
    return date.fromisoformat(value)


def test_every_text_sample_has_an_entry_and_back():
    on_disk = {p.name for p in SAMPLES.glob("[0-9]*.txt")}
    assert on_disk, "no samples"
    assert on_disk == set(ENTRIES), f"missing entries: {on_disk - set(ENTRIES)}; stale entries: {set(ENTRIES) - on_disk}"


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_entry_metadata_is_well_formed(name):
    e = ENTRIES[name]
    assert META_KEYS <= set(e), f"{name}: missing {META_KEYS - set(e)}"
    assert isinstance(e["number"], str)
    if e["number"]:
        assert re.match(r"^\d+/TB-UBND$", e["number"]), e["number"]
    if e["issued"] is not None:
        d = iso(e["issued"], f"{name} issued")
        assert e["issued_month"] == f"{d.year:04d}-{d.month:02d}"
    assert re.match(r"^\d{4}-\d{2}$", e["issued_month"])
    iso(e["meeting_date"], f"{name} meeting_date")
    if e["issued"]:
        assert e["meeting_date"] <= e["issued"], f"{name}: meeting after issue"
    assert e["leader"] and "," in e["leader"], f"{name}: leader should be 'Name, role'"
    assert e["signer"] and e["signer"] == e["signer"].strip()


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_metadata_values_occur_in_the_text(name):
    e = ENTRIES[name]
    text = read_sample(name, e["encoding"])
    flat = re.sub(r"\s+", " ", text)
    if e["number"]:
        assert f"Số: {e['number']}" in flat
    else:
        assert re.search(r"Số:\s+/TB-UBND", flat), f"{name}: draft without a blank number"
    y, m = map(int, e["issued_month"].split("-"))
    if e["issued"]:
        d = date.fromisoformat(e["issued"])
        assert re.search(rf"ngày 0?{d.day} tháng 0?{m} năm {y}", flat), f"{name}: issue date not in header"
    else:
        assert re.search(rf"ngày\s+tháng 0?{m} năm {y}", flat), f"{name}: blank day not in header"
    name_part = e["leader"].split(",")[0]
    assert name_part in flat
    last_lines = [l.strip().strip("*") for l in text.splitlines() if l.strip()][-3:]
    assert e["signer"] in last_lines, f"{name}: signer not at the end"


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_tasks_are_well_formed_and_kw_occurs_verbatim(name):
    e = ENTRIES[name]
    text = read_sample(name, e["encoding"])
    assert unicodedata.is_normalized("NFC", text), f"{name}: not NFC"
    for i, t in enumerate(e["tasks"]):
        where = f"{name} task {i}"
        assert TASK_KEYS <= set(t), f"{where}: missing {TASK_KEYS - set(t)}"
        assert isinstance(t["lead"], list) and t["lead"], f"{where}: empty lead"
        assert isinstance(t["support"], list)
        for a in t["lead"] + t["support"] + t.get("lead_now", []):
            assert isinstance(a, str) and a == a.strip() and a
            assert "tỉnh Lạng Sơn" not in a, f"{where}: canonical names drop 'tỉnh Lạng Sơn': {a}"
        assert not set(t["lead"]) & set(t["support"]), f"{where}: an agency is both lead and support"
        if "lead_now" in t:
            assert len(t["lead_now"]) == len(t["lead"])
        if t["deadline"] is None:
            # (a rhythm without its day, "định kỳ hằng quý", keeps its kind and has no date)
            assert t["deadline_kind"] in (None, "recurring"), f"{where}: kind without a date"
        else:
            d = iso(t["deadline"], where)
            assert t["deadline_kind"] in KINDS, f"{where}: unknown kind {t['deadline_kind']!r}"
            if e["issued"]:
                assert d >= date.fromisoformat(e["issued"]), f"{where}: deadline before the issue date"
        assert isinstance(t["kw"], str) and len(t["kw"]) >= 5
        assert t["kw"] in text, f"{where}: kw {t['kw']!r} not found verbatim"
        assert text.count(t["kw"]) == 1, f"{where}: kw {t['kw']!r} is ambiguous"
    kws = [t["kw"] for t in e["tasks"]]
    assert len(kws) == len(set(kws))


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_kw_order_follows_the_document(name):
    e = ENTRIES[name]
    text = read_sample(name, e["encoding"])
    pos = [text.find(t["kw"]) for t in e["tasks"]]
    assert pos == sorted(pos), f"{name}: tasks are not in document order"


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_listed_siblings_exist(name):
    e = ENTRIES[name]
    assert name in e["files"]
    for f in e["files"]:
        p = SAMPLES / f
        assert p.exists() and p.stat().st_size > 0, f"{name}: listed file {f} is missing"
        assert Path(f).stem == Path(name).stem
    if "same_as" in e:
        other = ENTRIES[e["same_as"]]
        assert other["tasks"] == e["tasks"]
        assert read_sample(name, e["encoding"]).replace("\r\n", "\n") == read_sample(e["same_as"], other["encoding"])


def test_coverage_at_least_four_samples_in_all_three_formats_and_one_without_tasks():
    full = [n for n, e in ENTRIES.items() if {Path(f).suffix for f in e["files"]} >= {".txt", ".docx", ".pdf"}]
    assert len(full) >= 4
    assert any(not e["tasks"] for e in ENTRIES.values())
    assert any(e["encoding"].startswith("utf-16") for e in ENTRIES.values())
    kinds = {t["deadline_kind"] for e in ENTRIES.values() for t in e["tasks"]}
    assert KINDS <= kinds, f"deadline kinds never exercised: {KINDS - kinds}"


@pytest.mark.parametrize("name", sorted(n for n, e in ENTRIES.items() if any(f.endswith(".docx") for f in e["files"])))
def test_docx_sibling_holds_every_kw(name):
    docx = pytest.importorskip("docx")
    e = ENTRIES[name]
    f = next(f for f in e["files"] if f.endswith(".docx"))
    d = docx.Document(str(SAMPLES / f))
    text = " ".join(p.text for p in d.paragraphs)
    text += " ".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    flat = re.sub(r"\s+", " ", text)
    for t in e["tasks"]:
        assert t["kw"] in flat, f"{f}: kw {t['kw']!r} missing (rebuild with tools/build_samples.py)"
