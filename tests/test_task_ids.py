"""Ids of notices and tasks stay what they are: a refresh finds a task's row by its id, so a
changed id would be a new row and the old one's staff notes an orphan.  tests/data/task_ids.json
holds the ids the parser gave the five real Lạng Sơn notices (../shared/notices) and the samples
when ids started to drop the configured province's name by data (``text.norm_key``) instead of a
name in the code; every later change to the parser must keep them."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tbkl_xl.parse import parse_notice

ROOT = Path(__file__).resolve().parents[1]
IDS = json.loads((ROOT / "tests" / "data" / "task_ids.json").read_text(encoding="utf-8"))


def _path(key: str) -> Path:
    if key.startswith("shared/"):
        return ROOT.parent / key
    return ROOT / key


@pytest.mark.parametrize("key", sorted(IDS))
def test_ids_of_real_notices_and_samples_stay(key):
    path = _path(key)
    if not path.exists():
        msg = f"{path} is missing: the shared folder must sit beside the clone (../shared)"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    n = parse_notice(path)
    assert n.id == IDS[key]["notice"]
    assert [t.id for t in n.tasks] == IDS[key]["tasks"]
