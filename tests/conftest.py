"""Shared fixtures (kept small)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# xlwings' remote engine (tests/xl_remote.py; xlwings/pro, PolyForm Noncommercial) runs with this
# key, checked offline.  xlwings reads it once, when it is first imported, so it is set here,
# before any test imports xlwings; the library and the buttons never use it.
os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")

REPO = Path(__file__).resolve().parents[1]
SHARED_NOTICES = REPO.parent / "shared" / "notices"


@pytest.fixture(scope="session")
def real_notices() -> list[Path]:
    """The real notices beside the repository (../shared/notices).  Missing is a failure, not a skip."""
    assert SHARED_NOTICES.is_dir(), f"real notices folder missing: {SHARED_NOTICES}"
    files = sorted(p for p in SHARED_NOTICES.iterdir() if p.is_file())
    assert files, f"no notice in {SHARED_NOTICES}"
    return files


def require_soffice() -> str:
    """Path of LibreOffice's soffice; fails under CI when missing, skips otherwise."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        msg = "LibreOffice (soffice) is missing: apt-get install libreoffice-writer-nogui"
        if os.environ.get("CI"):
            pytest.fail(msg)
        pytest.skip(msg)
    return exe
