"""The parser's score on the five real notices, against the gold annotations in ../shared/eval.

Runs the CLI exactly as a user would (`python -m tbkl_xl parse NOTICES --json`), then the
project's scorer with the thresholds of issue 2.  In CI a missing ../shared file is a failure.
"""
from __future__ import annotations

from scoring import SCORER, SHARED, need, parse_and_score

NOTICES = SHARED / "notices"
GOLD = SHARED / "eval" / "gold"
THRESHOLDS = ["--min-deadline-f1", "0.95", "--min-assign-recall", "0.9", "--min-meeting", "1"]


def test_real_notices_meet_the_gold_thresholds(tmp_path):
    for p in (NOTICES, GOLD, SCORER):
        need(p)
    notices = sorted(NOTICES.glob("*.txt"))
    gold = sorted(GOLD.glob("*.json"))
    assert notices, f"no .txt notice in {NOTICES}"
    assert gold, f"no gold annotation in {GOLD}"

    parse_and_score(notices, GOLD, THRESHOLDS, len(notices), tmp_path)


REAL = SHARED / "eval" / "real"
REAL_THRESHOLDS = ["--min-deadline-f1", "0.95", "--min-assign-recall", "0.9"]


def test_documents_of_other_issuers_meet_the_issue_11_thresholds(tmp_path):
    """The 24 real documents of other issuers (../shared/eval/real, issue 11's development set):
    deadline F1 >= 0.95 and assignment recall >= 0.90, run as a user would."""
    notices, gold = REAL / "notices", REAL / "gold"
    for p in (notices, gold, SCORER):
        need(p)
    files = sorted(notices.glob("*.txt"))
    assert files and sorted(gold.glob("*.json")), f"no document or gold in {REAL}"
    parse_and_score([notices], gold, REAL_THRESHOLDS, len(files), tmp_path)
