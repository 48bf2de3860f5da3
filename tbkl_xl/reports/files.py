"""File edges of the reports: the office's names, safe file names, PDF through LibreOffice."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..master import layout as L
from ..messages import reports as M
from ..text import nfc


@dataclass(frozen=True)
class Office:
    """Who issues the documents (from the master's ``Cấu hình``: ``Tỉnh``)."""
    province: str = M.PROVINCE_DEFAULT

    @property
    def parent(self) -> str:
        return M.PARENT.format(province=self.province.upper())

    @property
    def issuer(self) -> str:
        return M.ISSUER

    @property
    def place(self) -> str:
        return self.province

    @classmethod
    def of(cls, view) -> "Office":
        p = (getattr(view, "settings", {}) or {}).get(L.CFG_PROVINCE)
        p = nfc(str(p)).strip() if p else ""
        return cls(province=p or M.PROVINCE_DEFAULT)


_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(1, 10)} | {f"LPT{i}" for i in range(1, 10)}


def safe_name(text: str, limit: int = 90) -> str:
    """A file name safe on Windows, macOS and Linux that keeps the Vietnamese name readable."""
    s = _BAD.sub("-", nfc(text))
    s = re.sub(r"\s+", " ", s).strip().strip(".").strip()
    if len(s) > limit:
        s = s[:limit].rstrip(" .-")
    if s.split(".")[0].upper() in _RESERVED:
        s = "_" + s
    return s or "tep"


def unique_path(folder: Path, stem: str, suffix: str, taken: set) -> Path:
    """``folder/stem.suffix``, with `` (2)``… when another file of this run has that name."""
    cand, n = stem, 2
    while (cand + suffix).casefold() in taken:
        cand, n = f"{stem} ({n})", n + 1
    taken.add((cand + suffix).casefold())
    return folder / (cand + suffix)


def out_dir(path) -> Path:
    from ..errors import UsageError
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise UsageError(M.OUT_NOT_DIR.format(path=p))
    p.mkdir(parents=True, exist_ok=True)
    return p


def soffice() -> Optional[str]:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(src: Path, *, timeout: int = 180) -> tuple:
    """Convert ``src`` (.docx or .xlsx) to a PDF beside it with LibreOffice (headless, its own
    throw-away profile).  Returns ``(pdf path or None, reason when None)``."""
    exe = soffice()
    if not exe:
        return None, M.NO_SOFFICE
    src = Path(src)
    profile = tempfile.mkdtemp(prefix="tbkl_lo_")
    try:
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(src.parent), str(src)]
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                               env={**os.environ, "HOME": profile})
        except (OSError, subprocess.TimeoutExpired) as e:
            return None, M.SOFFICE_FAILED.format(detail=type(e).__name__)
        pdf = src.with_suffix(".pdf")
        if r.returncode != 0 or not pdf.exists():
            detail = (r.stderr or r.stdout or f"mã {r.returncode}").strip().splitlines()
            return None, M.SOFFICE_FAILED.format(detail=detail[-1] if detail else r.returncode)
        return pdf, ""
    finally:
        shutil.rmtree(profile, ignore_errors=True)
