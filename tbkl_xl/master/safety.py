"""Safe handling of the master workbook file: Excel lock files, our schema marker, backups,
atomic replacement."""
from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Callable, Optional

from ..errors import WorkbookError, WorkbookLockedError
from . import layout as L

BACKUP_DIR = "backup"
KEEP_BACKUPS = 10
SUFFIXES = (".xlsx",)


def lock_files(path: Path) -> list:
    """Lock files Excel (``~$name``) or LibreOffice (``.~lock.name#``) keep beside an open book."""
    path = Path(path)
    names = ["~$" + path.name, ".~lock." + path.name + "#"]
    if len(path.name) > 2:
        names.append("~$" + path.name[2:])     # Office's form for long names
    return [path.parent / n for n in dict.fromkeys(names) if (path.parent / n).exists()]


def check_not_open(path: Path) -> None:
    locks = lock_files(path)
    if locks:
        raise WorkbookLockedError(
            f"{Path(path).name} is open in Excel (lock file {locks[0].name} beside it): "
            f"close it in Excel and run again; if Excel is not running, delete {locks[0].name}")


def check_suffix(path: Path) -> None:
    suf = Path(path).suffix.lower()
    if suf == ".xlsm":
        raise WorkbookError(f"{path}: .xlsm workbooks are not supported yet; use a .xlsx name")
    if suf not in SUFFIXES:
        raise WorkbookError(f"{path}: the master workbook must be an .xlsx file")


def check_marker(path: Path, meta: Optional[dict]) -> None:
    """Refuse a workbook that is not ours or comes from a newer schema.  ``meta`` is the
    key/value content of the hidden marker sheet, or None when there is none."""
    if not meta or meta.get("app") != L.APP:
        raise WorkbookError(
            f"{path} is not a tbkl-xl master workbook (no hidden '{L.META}' marker sheet): "
            f"refusing to change it; give a new file name to create a master workbook")
    try:
        schema = int(meta.get("schema"))
    except (TypeError, ValueError):
        raise WorkbookError(f"{path}: the hidden '{L.META}' sheet has no valid schema number "
                            f"({meta.get('schema')!r}); restore the workbook from {BACKUP_DIR}/")
    if schema > L.SCHEMA:
        raise WorkbookError(
            f"{path} was written by a newer tbkl-xl (workbook schema {schema}; this version "
            f"understands up to {L.SCHEMA}): update tbkl-xl before refreshing it")


def check_readable(path: Path) -> None:
    if not zipfile.is_zipfile(path):
        raise WorkbookError(f"{path} is not an .xlsx workbook (not a zip file): refusing to change "
                            f"it; give a new file name to create a master workbook")


def make_backup(path: Path, keep: int = KEEP_BACKUPS, now: Optional[datetime] = None) -> Optional[Path]:
    """Copy ``path`` into ``backup/`` beside it; keep the newest ``keep`` backups of it."""
    path = Path(path)
    if not path.exists() or keep <= 0:
        return None
    bdir = path.parent / BACKUP_DIR
    bdir.mkdir(exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    dest = bdir / f"{path.stem}.{stamp}{path.suffix}"
    shutil.copy2(path, dest)
    mine = sorted(p for p in bdir.glob(f"{path.stem}.*{path.suffix}")
                  if p.name[len(path.stem) + 1:len(path.stem) + 2].isdigit())
    for old in mine[:-keep]:
        try:
            old.unlink()
        except OSError:
            pass
    return dest


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` for a temporary file beside ``path``, then replace ``path`` by it."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix="." + path.stem + ".", suffix=".tmp" + path.suffix,
                               dir=str(path.parent))
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
