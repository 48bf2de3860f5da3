"""Excel buttons benchmark: the Python side of each entry point of tbkl_xl/xl.py on a master of
10,000 tasks, driven through xlwings' remote engine with the JSON of the real built panel.

    .venv/bin/python bench/xl_bench.py [--small] [--workdir DIR] [--seed N]

For masters of 1,000 and 10,000 tasks (--small: 500 and 1,000), built from the synthetic notices
of workbook_bench.py, it times each button with the core call alone as the baseline of the same
run, and counts the xlwings actions each button returns (`book.json()`): the count must be the
same for both sizes (one write per dashboard range, never one per cell or row).

  refresh, nothing new   button «Cập nhật từ thông báo» with an empty notices folder
                         (reads, merges, finds nothing changed; then counts)
  refresh, one notice    the same with one sample notice in the folder (the workbook is rewritten)
  highlight, first       button «Tô màu thời hạn» (colours written into the package)
  highlight, again       the same date again (nothing to change: not rewritten)
  export / import        buttons of issue 9 (until those functions exist: the alert only)
Baseline: the same core calls (refresh / paint_deadlines, then read_tasks + dashboard_counts)
without xlwings.  No assertion on time.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")   # remote engine, noncommercial use

import tbkl_xl.xl as x  # noqa: E402
from tbkl_xl import refresh as core_refresh  # noqa: E402
from tbkl_xl.master.view import read_tasks  # noqa: E402
from tbkl_xl.panel import build_panel, paint_deadlines  # noqa: E402
from tbkl_xl.panel import layout as P  # noqa: E402
from tbkl_xl.reports.counting import dashboard_counts  # noqa: E402
from workbook_bench import TODAY, synthetic_notices  # noqa: E402
from xl_remote import actions, remote_book  # noqa: E402

SAMPLE = ROOT / "samples" / "06_ha_tang_cua_khau_dong_dang.txt"


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def button(folder: Path, entry, today: date):
    """Seconds of one click's Python side (payload -> Book -> entry point) and its actions."""
    def click():
        book = remote_book(folder / P.PANEL_NAME)
        entry(book, today=today)
        return book
    secs, book = timed(click)
    return secs, actions(book)


def counts(master: Path, today: date) -> dict:
    return dashboard_counts(read_tasks(master, today).tasks, today)


def one_size(work: Path, n_notices: int, per_notice: int, seed: int) -> list:
    folder = work / f"n{n_notices * per_notice}"
    folder.mkdir()
    master, notices = folder / "theo_doi.xlsx", folder / "tb"
    notices.mkdir()
    core_refresh(master, synthetic_notices(n_notices, per_notice, seed), today=TODAY)
    core_refresh(master, [notices], today=TODAY)    # the folder is recorded in Cấu hình (untimed)
    base_master = folder / "base.xlsx"
    build_panel(folder / P.PANEL_NAME, master, notices, today=TODAY)
    os.chdir(folder)                    # the remote engine gives only the panel's name
    rows = []

    # refresh, nothing new
    shutil.copy(master, base_master)
    b, _ = timed(lambda: (core_refresh(base_master, [notices], today=TODAY), counts(base_master, TODAY)))
    s, acts = button(folder, x.refresh, TODAY)
    rows.append(("refresh, nothing new", s, b, acts))
    # refresh, one new notice (rewrites the workbook)
    shutil.copy(SAMPLE, notices)
    shutil.copy(master, base_master)
    b, _ = timed(lambda: (core_refresh(base_master, [notices], today=TODAY), counts(base_master, TODAY)))
    s, acts = button(folder, x.refresh, TODAY)
    rows.append(("refresh, one notice", s, b, acts))
    # highlight, first and again
    shutil.copy(master, base_master)
    b, _ = timed(lambda: (paint_deadlines(base_master, TODAY), counts(base_master, TODAY)))
    s, acts = button(folder, x.highlight_deadlines, TODAY)
    rows.append(("highlight, first", s, b, acts))
    b, _ = timed(lambda: (paint_deadlines(base_master, TODAY), counts(base_master, TODAY)))
    s, acts = button(folder, x.highlight_deadlines, TODAY)
    rows.append(("highlight, again", s, b, acts))
    for name, entry in (("export", x.export_reports), ("import", x.import_replies)):
        s, acts = button(folder, entry, TODAY)
        rows.append((name, s, None, acts))
    os.chdir(ROOT)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    sizes = [(20, 25), (40, 25)] if a.small else [(40, 25), (400, 25)]
    work = Path(tempfile.mkdtemp(prefix="xl_bench_", dir=a.workdir))
    import platform
    import xlwings
    print(f"xl_bench: tasks {', '.join(str(n * k) for n, k in sizes)}, today {TODAY}, "
          f"python {platform.python_version()}, xlwings {xlwings.__version__} (remote engine)")
    from tbkl_xl import parse_notice
    parse_notice(SAMPLE)                # warm-up: imports, agency directory, cue tables
    try:
        results = {n * k: one_size(work, n, k, a.seed) for n, k in sizes}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    names = [r[0] for r in next(iter(results.values()))]
    print(f"{'button':22} {'tasks':>6} {'button s':>9} {'core s':>8} {'ratio':>6} {'actions':>8}  kinds")
    for i, name in enumerate(names):
        for n, rows in results.items():
            _, s, b, acts = rows[i]
            kinds = ",".join(a["func"] for a in acts)
            core = f"{b:8.2f}" if b is not None else f"{'-':>8}"
            ratio = f"{s / b:5.2f}x" if b else f"{'-':>6}"
            print(f"{name:22} {n:6d} {s:9.2f} {core} {ratio} {len(acts):8d}  {kinds}")
    same = all(len({len(rows[i][3]) for rows in results.values()}) == 1 for i in range(len(names)))
    print("actions per click the same for every size: " + ("yes" if same else "NO"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
