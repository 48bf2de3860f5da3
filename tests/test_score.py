"""The parser's score on the five real notices, against the gold annotations in ../shared/eval.

Runs the CLI exactly as a user would (`python -m tbkl_xl parse NOTICES --json`), then the
project's scorer with the thresholds of issue 2.  In CI a missing ../shared file is a failure.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NOTICES = SHARED / "notices"
GOLD = SHARED / "eval" / "gold"
SCORER = SHARED / "eval" / "score.py"
THRESHOLDS = ["--min-deadline-f1", "0.95", "--min-assign-recall", "0.9", "--min-meeting", "1"]


def _need(path: Path) -> None:
    if path.exists():
        return
    msg = f"{path} is missing: the shared folder must sit beside the clone (../shared)"
    if os.environ.get("CI"):
        pytest.fail(msg)
    pytest.skip(msg)


def test_real_notices_meet_the_gold_thresholds(tmp_path):
    for p in (NOTICES, GOLD, SCORER):
        _need(p)
    notices = sorted(NOTICES.glob("*.txt"))
    gold = sorted(GOLD.glob("*.json"))
    assert notices, f"no .txt notice in {NOTICES}"
    assert gold, f"no gold annotation in {GOLD}"

    parse = subprocess.run(
        [sys.executable, "-m", "tbkl_xl", "parse", *map(str, notices), "--json"],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)
    if parse.returncode != 0:
        pytest.fail(f"tbkl-xl parse exited {parse.returncode}\n--- stderr\n{parse.stderr[-4000:]}",
                    pytrace=False)
    data = json.loads(parse.stdout)
    assert data["errors"] == [], f"tbkl-xl parse reported errors: {data['errors']}"
    assert len(data["notices"]) == len(notices)
    out = tmp_path / "parsed.json"
    out.write_text(parse.stdout, encoding="utf-8")

    score = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(out), *THRESHOLDS],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)
    if score.returncode != 0:
        pytest.fail(f"score.py exited {score.returncode} (thresholds {' '.join(THRESHOLDS)})\n"
                    f"{score.stdout}\n{score.stderr}", pytrace=False)


REAL = SHARED / "eval" / "real"
REAL_THRESHOLDS = ["--min-deadline-f1", "0.95", "--min-assign-recall", "0.9"]


def test_documents_of_other_issuers_meet_the_issue_11_thresholds(tmp_path):
    """The 24 real documents of other issuers (../shared/eval/real, issue 11's development set):
    deadline F1 >= 0.95 and assignment recall >= 0.90, run as a user would."""
    notices, gold = REAL / "notices", REAL / "gold"
    for p in (notices, gold, SCORER):
        _need(p)
    files = sorted(notices.glob("*.txt"))
    assert files and sorted(gold.glob("*.json")), f"no document or gold in {REAL}"
    parse = subprocess.run(
        [sys.executable, "-m", "tbkl_xl", "parse", str(notices), "--json"],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)
    data = json.loads(parse.stdout)
    assert data["errors"] == [], f"tbkl-xl parse reported errors: {data['errors']}"
    assert len(data["notices"]) == len(files)
    out = tmp_path / "parsed.json"
    out.write_text(parse.stdout, encoding="utf-8")
    score = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(out), *REAL_THRESHOLDS],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)
    if score.returncode != 0:
        pytest.fail(f"score.py exited {score.returncode} (thresholds {' '.join(REAL_THRESHOLDS)})\n"
                    f"{score.stdout}\n{score.stderr}", pytrace=False)
