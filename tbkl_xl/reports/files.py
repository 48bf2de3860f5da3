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


def _clean(text: str) -> str:
    s = _BAD.sub("-", nfc(text))
    return re.sub(r"\s+", " ", s).strip().strip(".").strip()


def safe_name(text: str, limit: int = 90) -> str:
    """A file name safe on Windows, macOS and Linux that keeps the Vietnamese name readable."""
    s = _clean(text)
    if len(s) > limit:
        s = s[:limit].rstrip(" .-")
    if s.split(".")[0].upper() in _RESERVED:
        s = "_" + s
    return s or "tep"


def agency_stem(kind: str, agency: str, day, limit: int = 90) -> str:
    """``Nhiệm vụ - Sở Tài chính - 2026-06-10``: a safe file name that always ends with the day
    and, for a name too long for ``limit``, keeps the agency's first and last words around a
    ``…`` (two long names that differ at the end stay two names a clerk can tell apart)."""
    head, tail = safe_name(kind) + " - ", " - " + day.isoformat()
    name = _clean(agency) or "-"
    room = limit - len(head) - len(tail)
    if len(name) > room:
        words = name.split(" ")
        left, right = [], []
        i, j, from_left = 0, len(words) - 1, True
        while i <= j:
            w = words[i] if from_left else words[j]
            l2, r2 = (left + [w], right) if from_left else (left, [w] + right)
            if len(" ".join(l2 + ["…"] + r2)) > room:
                break
            left, right = l2, r2
            i, j = (i + 1, j) if from_left else (i, j - 1)
            from_left = not from_left
        name = " ".join(left + ["…"] + right) if left else name[:room - 1] + "…"
    return safe_name(head + name + tail, limit)


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


def check_writable(*paths: Path, master: bool = True) -> None:
    """Refuse, before anything is written (the master included), when an output file cannot
    be replaced: open in Excel or Word (Windows locks it), a folder of that name, no right to
    write.  The clerk is told which file and what to do, never given a traceback."""
    for p in paths:
        try:
            if p.is_dir():
                raise IsADirectoryError(21, "là một thư mục")
            if p.exists():
                with open(p, "ab"):
                    pass
        except OSError as e:
            raise_busy(p, e, M.OUT_BUSY_NOTHING_WRITTEN if master else "")


def raise_busy(path: Path, e: Exception, note: str = ""):
    from ..errors import UsageError
    raise UsageError(M.OUT_FILE_BUSY.format(path=path, error=getattr(e, "strerror", None) or e, note=note))


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
