"""Per-file limits: one bad file is reported and skipped, it never stalls a batch.

``Limits`` holds three bounds, checked for every notice file:

- ``max_file_bytes``: the size of the file on disk, checked before anything is read;
- ``max_expanded_bytes``: a .docx is a zip package; the sum of its members' uncompressed sizes
  is checked from the package's directory before any member is read (a small file that would
  expand to gigabytes is refused, not unpacked).  ``zipfile`` never reads more than a member's
  stated size, so the check also bounds what is read;
- ``max_seconds``: reading and parsing one file.  The check is cooperative: ``Budget.check()``
  is called between steps (pages, lines, paragraphs, clauses), so it works the same on every
  platform (no signal, no thread) and the file stops at the next step after the time is up.

Parsing is linear in the input (see ``bench/parse_bench.py``), so the time limit is a safety net
for files that are not notices at all.  Every refusal is a ``NoticeLimitError`` (a
``NoticeReadError``): it names the file and says what to do; ``parse_paths`` records it and goes
on with the next file.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

from ..errors import NoticeLimitError
from ..messages import parse as M

__all__ = ["Limits", "DEFAULT_LIMITS", "Budget", "check_file_size", "check_expanded_size"]

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds for one notice file.  The defaults are far above any real notice (a notice is
    10-100 KB of text; a .docx with pictures a few MB) and far below what would stall a batch."""
    max_file_bytes: int = 25 * MB
    max_expanded_bytes: int = 200 * MB
    max_seconds: float = 30.0
    clock: Callable[[], float] = field(default=time.monotonic, compare=False, repr=False)

    def budget(self, source) -> "Budget":
        """A fresh time budget for one file."""
        return Budget(source, self.max_seconds, self.clock)


DEFAULT_LIMITS = Limits()


class Budget:
    """Time left for one file.  ``check()`` raises ``NoticeLimitError`` once it is spent."""

    __slots__ = ("source", "seconds", "clock", "deadline")

    def __init__(self, source, seconds: float, clock: Callable[[], float] = time.monotonic):
        self.source = str(source)
        self.seconds = seconds
        self.clock = clock
        self.deadline = clock() + seconds

    def check(self) -> None:
        if self.clock() > self.deadline:
            raise NoticeLimitError(self.source, M.TIME_LIMIT.format(limit=_num(self.seconds)))


def check_file_size(path, size: int, limits: Limits) -> None:
    """Refuse a file larger than ``limits.max_file_bytes`` (before reading it)."""
    if size > limits.max_file_bytes:
        raise NoticeLimitError(path, M.FILE_TOO_LARGE.format(size=size_text(size), limit=size_text(limits.max_file_bytes)))


def check_expanded_size(path, infos, limits: Limits) -> None:
    """Refuse a zip package (.docx) whose members would expand beyond
    ``limits.max_expanded_bytes``; ``infos``: its ``ZipInfo`` list, read from the central
    directory without decompressing anything."""
    total = sum(max(0, i.file_size) for i in infos)
    if total > limits.max_expanded_bytes:
        raise NoticeLimitError(path, M.DOCX_TOO_LARGE.format(size=size_text(total),
                                                             limit=size_text(limits.max_expanded_bytes)))


def size_text(n: int) -> str:
    """A size as a clerk reads it: '75 MB', '1,5 MB', '12 KB'."""
    if n >= MB:
        return _num(n / MB) + " MB"
    return _num(max(1, round(n / 1024))) + " KB"


def _num(x: float) -> str:
    """A number as a clerk writes it: '0,5', '12', '1.536' (Vietnamese separators)."""
    if x >= 10 or float(x).is_integer():
        s = f"{round(x):,}".replace(",", ".")
    else:
        s = f"{x:.1f}".replace(".", ",")
        if s == "0,0":
            s = f"{x:.3f}".rstrip("0").replace(".", ",")
    return s
