"""Run the parser as a user would (`python -m tbkl_xl parse … --json`) and score its output
with ../shared/eval/score.py: the one sequence of tests/test_score.py and test_score_batches.py."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"


def need(path: Path) -> None:
    """A file of ../shared: missing is a failure in CI, a skip elsewhere."""
    if path.exists():
        return
    msg = f"{path} is missing: the shared folder must sit beside the clone (../shared)"
    if os.environ.get("CI"):
        pytest.fail(msg)
    pytest.skip(msg)


def parse_and_score(targets: list, gold: Path, thresholds: list, expected: int, tmp_path: Path,
                    label: str = "") -> None:
    """Parse ``targets`` (files or folders) with the CLI, check it read ``expected`` notices
    without an error, and fail with the scorer's report when a threshold is not met."""
    parse = subprocess.run([sys.executable, "-m", "tbkl_xl", "parse", *map(str, targets), "--json"],
                           capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)
    if parse.returncode != 0:
        pytest.fail(f"{label}tbkl-xl parse exited {parse.returncode}\n--- stderr\n{parse.stderr[-4000:]}",
                    pytrace=False)
    data = json.loads(parse.stdout)
    assert data["errors"] == [], f"tbkl-xl parse reported errors: {data['errors']}"
    assert len(data["notices"]) == expected
    out = tmp_path / "parsed.json"
    out.write_text(parse.stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(SCORER), str(gold), str(out), *thresholds],
                           capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300)
    if score.returncode != 0:
        pytest.fail(f"{label}score.py exited {score.returncode} (thresholds {' '.join(thresholds)})\n"
                    f"{score.stdout}\n{score.stderr}", pytrace=False)
