"""The parser against the expected tasks of the bundled samples (samples/expected.json), and the
same notice as .txt, .docx and .pdf giving the same tasks and deadlines."""
import json
from pathlib import Path

import pytest

from tbkl_xl import parse_notice

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))["samples"]


def _iso(d):
    return d.isoformat() if d else None


def _signature(n):
    return [n.id] + [(t.id, t.section, tuple(a.name for a in t.lead), _iso(t.deadline.date) if t.deadline else None,
             t.deadline.kind if t.deadline else None) for t in n.tasks]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_metadata(name):
    exp = EXPECTED[name]
    n = parse_notice(SAMPLES / name)
    got = {"number": n.number, "issued": _iso(n.issued), "meeting_date": _iso(n.meeting_date),
           "leader": n.leader, "signer": n.signer}
    assert got == {k: exp[k] for k in got}


CASES = [(name, i) for name in sorted(EXPECTED) for i in range(len(EXPECTED[name]["tasks"]))]


@pytest.mark.parametrize("name,i", CASES)
def test_sample_task(name, i):
    exp = EXPECTED[name]["tasks"][i]
    n = parse_notice(SAMPLES / name)
    hits = [t for t in n.tasks if exp["kw"] in t.text]
    assert hits, f"no task holds {exp['kw']!r}"
    t = hits[0]
    # a dated task given to several bodies is one task per body: the copies hold all the leads
    copies = [x for x in hits if x.deadline is not None and (x.text, x.deadline) == (t.text, t.deadline)] or [t]
    assert sorted(a.name for x in copies for a in x.lead) == sorted(exp["lead"]), t.text
    assert (_iso(t.deadline.date) if t.deadline else None) == exp["deadline"], t.text
    assert (t.deadline.kind if t.deadline else None) == exp["deadline_kind"]
    assert set(exp["support"]) <= {a.name for a in t.support}


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if not EXPECTED[n]["tasks"]))
def test_notice_without_task_is_a_warning(name):
    n = parse_notice(SAMPLES / name)
    assert n.tasks == [] and n.warnings == ["không tìm thấy nhiệm vụ nào trong văn bản này"]


FORMATS = sorted(name for name, e in EXPECTED.items()
                 if any(f.endswith(".docx") for f in e["files"]) and any(f.endswith(".pdf") for f in e["files"]))


@pytest.mark.parametrize("name", FORMATS)
def test_same_tasks_from_txt_docx_and_pdf(name):
    stem = Path(name).stem
    txt = _signature(parse_notice(SAMPLES / name))
    assert _signature(parse_notice(SAMPLES / f"{stem}.docx")) == txt
    assert _signature(parse_notice(SAMPLES / f"{stem}.pdf")) == txt
