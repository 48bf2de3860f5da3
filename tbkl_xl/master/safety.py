"""Safe handling of the master workbook file: Excel lock files and our own refresh lock, the
schema marker, backups, and the atomic, compare-before-replace write that keeps the file's
mode and group and never overwrites what a colleague saved meanwhile."""
from __future__ import annotations

import getpass
import hashlib
import json
import os
import shutil
import socket
import stat
import tempfile
import time
import uuid
import zipfile
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Callable, Optional

from ..errors import WorkbookError, WorkbookLockedError
from ..messages import cli as MC
from ..messages import master as MSG
from ..messages.read import os_error
from . import layout as L

BACKUP_DIR = "backup"
KEEP_BACKUPS = 10
SUFFIXES = (".xlsx",)
LOCK_WAIT = 60.0                # seconds a refresh waits for another one to finish
STALE_LOCK = 30 * 60            # a lock older than this is stale whoever holds it


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
        raise WorkbookLockedError(MSG.LOCKED_BY_EXCEL.format(name=Path(path).name, lock=locks[0].name))


def check_suffix(path: Path) -> None:
    suf = Path(path).suffix.lower()
    if suf == ".xlsm":
        raise WorkbookError(MSG.XLSM.format(path=path))
    if suf not in SUFFIXES:
        raise WorkbookError(MSG.NOT_XLSX_NAME.format(path=path))


def newest_backup(path: Path) -> Optional[Path]:
    path = Path(path)
    bdir = path.parent / BACKUP_DIR
    if not bdir.is_dir():
        return None
    mine = sorted(p for p in bdir.glob(f"{path.stem}.*{path.suffix}")
                  if p.name[len(path.stem) + 1:len(path.stem) + 2].isdigit())
    return mine[-1] if mine else None


def restore_hint(path: Path) -> str:
    """What to do about a workbook that cannot be read: the newest backup to restore."""
    b = newest_backup(path)
    if b is not None:
        return MSG.RESTORE_HINT.format(backup=b)
    return MSG.NO_BACKUP_HINT.format(folder=Path(path).parent / BACKUP_DIR)


def check_marker(path: Path, meta: Optional[dict]) -> None:
    """Refuse a workbook that comes from a newer schema or whose marker is damaged."""
    try:
        schema = int(meta.get("schema"))
    except (TypeError, ValueError):
        raise WorkbookError(MSG.SCHEMA_BAD.format(path=path, marker=L.META, value=meta.get("schema"))
                            + restore_hint(path))
    if schema > L.SCHEMA:
        raise WorkbookError(MSG.SCHEMA_NEWER.format(path=path, schema=schema, ours=L.SCHEMA))


def check_readable(path: Path) -> None:
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except OSError as e:
        raise WorkbookError(MSG.UNREADABLE.format(path=path, cause=e.strerror) + restore_hint(path))
    if not mode & (stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH) or not os.access(path, os.R_OK):
        raise WorkbookError(MSG.NO_PERMISSION.format(path=path) + restore_hint(path))
    if not zipfile.is_zipfile(path):
        raise WorkbookError(MSG.NOT_ZIP.format(path=path) + restore_hint(path))
    try:
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        raise WorkbookError(MSG.UNREADABLE.format(path=path, cause=e) + restore_hint(path))
    if bad is not None:
        raise WorkbookError(MSG.UNREADABLE.format(path=path, cause=f"phần {bad} bị hỏng")
                            + restore_hint(path))


def check_writable(path: Path) -> None:
    """A read-only workbook or folder is refused before anything is done."""
    path = Path(path)
    if path.exists():
        mode = path.stat().st_mode
        if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
            raise WorkbookError(MSG.READ_ONLY_FILE.format(path=path))
    folder = path.parent
    if not os.access(folder, os.W_OK) or not folder.stat().st_mode & stat.S_IWUSR:
        raise WorkbookError(MSG.READ_ONLY_FOLDER.format(folder=folder, cause="chỉ đọc"))


def _folder_error(folder: Path, e: OSError) -> WorkbookError:
    return WorkbookError(MSG.READ_ONLY_FOLDER.format(folder=folder, cause=e.strerror or type(e).__name__))


def make_backup(path: Path, keep: int = KEEP_BACKUPS, now: Optional[datetime] = None) -> Optional[Path]:
    """Copy ``path`` into ``backup/`` beside it (mode kept); keep the newest ``keep`` backups."""
    path = Path(path)
    if not path.exists() or keep <= 0:
        return None
    bdir = path.parent / BACKUP_DIR
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    dest = bdir / f"{path.stem}.{stamp}{path.suffix}"
    try:
        bdir.mkdir(exist_ok=True)
        shutil.copy2(path, dest)
        _same_owner(path, dest)
    except OSError as e:
        raise _folder_error(bdir, e) from None
    mine = sorted(p for p in bdir.glob(f"{path.stem}.*{path.suffix}")
                  if p.name[len(path.stem) + 1:len(path.stem) + 2].isdigit())
    for old in mine[:-keep]:
        try:
            old.unlink()
        except OSError:
            pass
    return dest


def _same_owner(src: Path, dest: Path) -> None:
    """Give ``dest`` the group of ``src`` where the system lets us (a shared folder's group)."""
    try:
        st = src.stat()
        os.chown(dest, -1, st.st_gid)
    except (OSError, AttributeError):
        pass


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def fingerprint(path: Path) -> Optional[tuple]:
    """What says the file is the one that was read: size, time, inode and content hash."""
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return (st.st_size, st.st_mtime_ns, st.st_ino, h.hexdigest())


def temp_files(path: Path) -> list:
    path = Path(path)
    return sorted(path.parent.glob(f".{path.stem}.*.tmp{path.suffix}"))


def clean_temp_files(path: Path) -> int:
    """Remove temp files a killed write left beside the workbook (call under the refresh lock)."""
    n = 0
    for p in temp_files(path):
        try:
            p.unlink()
            n += 1
        except OSError:
            pass
    return n


def replace_if_unchanged(path: Path, read_fp: Optional[tuple], write: Callable[[Path], None],
                         keep_backups: int = KEEP_BACKUPS):
    """Write a temp file beside ``path`` with ``write(tmp)``, give it the workbook's mode and
    group, and replace the workbook by it, unless the workbook changed since it was read
    (``read_fp``): then nothing is replaced and False is returned.  Returns the backup made
    (or None) when replaced."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix="." + path.stem + ".", suffix=".tmp" + path.suffix,
                                   dir=str(path.parent))
        os.close(fd)
    except OSError as e:
        raise _folder_error(path.parent, e) from None
    tmp = Path(tmp)
    try:
        write(tmp)
        if path.exists():
            os.chmod(tmp, stat.S_IMODE(path.stat().st_mode))
            _same_owner(path, tmp)
        else:
            os.chmod(tmp, _default_mode())
        if fingerprint(path) != read_fp:
            tmp.unlink()
            return False
        backup = make_backup(path, keep=keep_backups) if path.exists() else None
        os.replace(tmp, path)
        return backup
    except BaseException as e:
        try:
            tmp.unlink()
        except OSError:
            pass
        if isinstance(e, PermissionError):
            raise _folder_error(path.parent, e) from None
        if isinstance(e, OSError) and not isinstance(e, WorkbookError):
            raise WorkbookError(MC.CANNOT_WRITE.format(path=path, error=os_error(e))) from None
        raise


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` for a temporary file beside ``path``, then replace ``path`` by it
    (the file's mode and group are kept)."""
    replace_if_unchanged(path, fingerprint(path), write, keep_backups=0)


# ---------------------------------------------------------------- one refresh at a time
def lock_path(path: Path) -> Path:
    path = Path(path)
    return path.parent / f".~tbkl.{path.name}.lock"


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":
        return True                  # cannot tell cheaply: only age makes a lock stale there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _holder(lp: Path) -> Optional[dict]:
    try:
        return json.loads(lp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _stale(info: Optional[dict], lp: Path) -> bool:
    try:
        age = time.time() - lp.stat().st_mtime
    except OSError:
        return True
    if age > STALE_LOCK:
        return True
    if not info:
        return age > 5                # a lock being written, or garbage
    return info.get("host") == socket.gethostname() and not _pid_alive(int(info.get("pid") or 0))


@contextmanager
def refresh_lock(path: Path, wait: float = LOCK_WAIT):
    """Hold the workbook's refresh lock (a file beside it) while refreshing: a second refresh
    waits up to ``wait`` seconds, then stops with a message naming who holds it.  A lock left
    by a refresh that died (its process is gone, or it is older than 30 minutes) is taken over."""
    lp = lock_path(path)
    me = {"host": socket.gethostname(), "pid": os.getpid(), "user": _user(),
          "started": datetime.now().strftime("%d/%m/%Y %H:%M:%S"), "token": uuid.uuid4().hex}
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(lp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            info = _holder(lp)
            if _stale(info, lp):
                try:
                    lp.unlink()
                except OSError:
                    pass
                continue
            if time.monotonic() >= deadline:
                info = info or {}
                raise WorkbookLockedError(MSG.BUSY.format(
                    name=Path(path).name, host=info.get("host", "?"), user=info.get("user", "?"),
                    started=info.get("started", "?"), lock=lp.name))
            time.sleep(0.2)
            continue
        except OSError as e:
            raise _folder_error(lp.parent, e) from None
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(me, f, ensure_ascii=False)
        break
    try:
        yield lp
    finally:
        if (_holder(lp) or {}).get("token") == me["token"]:
            try:
                lp.unlink()
            except OSError:
                pass


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "?"
