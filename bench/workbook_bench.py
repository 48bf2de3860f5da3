"""Master workbook benchmark: 10,000 tasks over 90 agencies from synthetic notices.

    .venv/bin/python bench/workbook_bench.py [--small] [--workdir DIR] [--seed N]

Times, each in a fresh Python process so that its peak memory is its own:
  build     refresh() of a new workbook from 400 notices x 25 tasks (Notice objects, no parsing)
  nochange  refresh() again with the same notices
  edits     refresh() after 500 staff edits (Trạng thái + Ghi chú of 500 tasks, half typed on
            Tổng hợp and half on the agency sheets; typed with openpyxl, not timed)
  xlsxwriter  the baseline: the same cells (every sheet, same rows, as the built workbook holds
            them) written with XlsxWriter in constant_memory mode
and prints seconds, peak RSS of the process and its growth during the timed step, and the
ratio of each refresh to the XlsxWriter baseline.  --small: 40 notices x 25 tasks, 50 edits.
No assertion on time.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tbkl_xl.model import COMMUNE, DEPARTMENT, DL_DATE, Agency, Deadline, Notice, Task  # noqa: E402

TODAY = date(2026, 6, 1)
N_AGENCIES = 90
BOOK = "bench_master.xlsx"

DEPARTMENTS = [
    ("Sở Tài chính", "STC"), ("Sở Xây dựng", "SXD"), ("Sở Nội vụ", "SNV"), ("Sở Y tế", "SYT"),
    ("Sở Công Thương", "SCT"), ("Sở Tư pháp", "STP"), ("Sở Ngoại vụ", "SNgV"),
    ("Sở Giáo dục và Đào tạo", "SGDĐT"), ("Sở Nông nghiệp và Môi trường", "SNNMT"),
    ("Sở Khoa học và Công nghệ", "SKHCN"), ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
    ("Sở Dân tộc và Tôn giáo", "SDTTG"), ("Thanh tra tỉnh", "TTT"), ("Văn phòng UBND tỉnh", "VPUBND"),
    ("Công an tỉnh", "CAT"), ("Bộ Chỉ huy Quân sự tỉnh", "BCHQS"), ("Thuế tỉnh", "Thuế"),
    ("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "BQLKKT"),
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh", "BQLDA"), ("Đài Phát thanh và Truyền hình tỉnh", "PTTH"),
]
SYLLABLES = ["Tràng", "Định", "Thất", "Khê", "Lộc", "Bình", "Cao", "Lộc", "Chi", "Lăng", "Hữu",
             "Lũng", "Bắc", "Sơn", "Văn", "Quan", "Đình", "Lập", "Na", "Dương", "Xuân", "Hoa",
             "Thám", "Mẫu", "Khánh", "Khuê", "Tân", "Thành", "Kỳ", "Lừa", "Đông", "Kinh", "Tam",
             "Thanh", "Hoàng", "Đồng", "Vân", "Nham", "Yên", "Phúc", "Thiện", "Hòa", "Minh"]
WORDS = ("rà soát tổng hợp tham mưu đề xuất hướng dẫn triển khai kiểm tra đôn đốc hoàn thiện hồ sơ "
         "thủ tục dự án đầu tư công giải ngân vốn kế hoạch năm phương án bồi thường giải phóng mặt "
         "bằng tái định cư xây dựng nông thôn mới chuyển đổi số cải cách hành chính báo cáo kết quả "
         "thực hiện theo quy định pháp luật đảm bảo chất lượng tiến độ an toàn vệ sinh môi trường "
         "phòng chống thiên tai sạt lở đất rừng phòng cháy chữa cháy đất đai khoáng sản cửa khẩu "
         "xuất nhập khẩu hàng hóa giáo dục y tế văn hóa du lịch chính sách hỗ trợ người dân").split()


def agencies(rng: random.Random) -> list:
    out = [Agency(name, written=name, code=code, kind=DEPARTMENT) for name, code in DEPARTMENTS]
    seen = {a.name for a in out}
    while len(out) < N_AGENCIES:
        place = " ".join(rng.sample(SYLLABLES, 2))
        kind = rng.choice(["xã", "xã", "xã", "phường"])
        name = f"UBND {kind} {place}"
        if name in seen:
            continue
        seen.add(name)
        out.append(Agency(name, written=name, kind=COMMUNE))
    return out


def sentence(rng: random.Random, lo: int, hi: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
    return (" ".join(words)).capitalize() + "."


def synthetic_notices(n_notices: int, per_notice: int, seed: int) -> list:
    """Deterministic for a given seed: every process of a run builds the same notices."""
    rng = random.Random(seed)
    pool = agencies(rng)
    out = []
    for n in range(n_notices):
        issued = date(2024, 1, 1) + timedelta(days=rng.randint(0, 880))
        tasks = []
        for k in range(per_notice):
            lead = [rng.choice(pool)] if rng.random() < 0.9 else rng.sample(pool, 2)
            support = rng.sample([a for a in pool if a not in lead], rng.choice([0, 0, 1, 2]))
            dl = None
            if rng.random() < 0.85:
                when = issued + timedelta(days=rng.randint(7, 400))
                dl = Deadline(when, DL_DATE, f"trước ngày {when:%d/%m/%Y}")
            text = f"{lead[0].name} chủ trì, " + sentence(rng, 20, 70)
            tasks.append(Task(id=f"B{seed}-{n:04d}-{k:02d}", section=f"{k // 5 + 1}.{k % 5 + 1}",
                              lead=lead, support=support, text=text, deadline=dl,
                              section_title=sentence(rng, 3, 8), order=k + 1))
        out.append(Notice(
            id=f"B{seed}-{n:04d}", source=f"synthetic/tb_{n:04d}.docx", number=f"{n + 1}/TB-UBND",
            doc_type="THÔNG BÁO", place="Lạng Sơn", issued=issued,
            issued_text=f"ngày {issued.day} tháng {issued.month} năm {issued.year}",
            issued_month=(issued.year, issued.month),
            title="Kết luận của Chủ tịch UBND tỉnh tại " + sentence(rng, 6, 14).lower(),
            leader="Chủ tịch UBND tỉnh", meeting_date=issued - timedelta(days=rng.randint(1, 10)),
            signer="Chánh Văn phòng", content_hash=f"bench-{seed}-{n}", tasks=tasks))
    return out


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0     # KiB on Linux


# ---------------------------------------------------------------- phases (child processes)
def phase_refresh(book: Path, notices: list) -> dict:
    from tbkl_xl import refresh
    before = maxrss_mb()
    t0 = time.perf_counter()
    s = refresh(book, notices, today=TODAY)
    secs = time.perf_counter() - t0
    return {"seconds": secs, "peak_mb": maxrss_mb(), "growth_mb": maxrss_mb() - before,
            "info": f"{s.tasks_total} tasks, {s.agency_sheets} agency sheets, "
                    f"{s.tasks_added} added, {s.tasks_updated} updated, "
                    f"{s.edits_kept} edits kept, {s.conflicts} conflicts"}


def phase_edit(book: Path, n_edits: int, seed: int) -> dict:
    """Staff edits typed into the file (openpyxl), half on Tổng hợp, half on agency sheets."""
    from openpyxl import load_workbook
    from tbkl_xl.master import layout as L
    rng = random.Random(seed + 1)
    t0 = time.perf_counter()
    wb = load_workbook(book)
    rows_of = {}                                     # sheet -> {task id: row}
    for ws in wb.worksheets:
        if ws.sheet_state != "visible" or ws.title in L.FIXED_SHEETS and ws.title != L.SUMMARY:
            continue
        h = next((r for r in range(1, 12) if ws.cell(r, 1).value == L.C_STT), 1)   # below the title
        head = {c.value: c.column for c in ws[h]}
        if L.C_ID not in head:
            continue
        ids = {ws.cell(r, head[L.C_ID]).value: r for r in range(h + 1, ws.max_row + 1)}
        rows_of[ws.title] = (head, {k: v for k, v in ids.items() if k})
    summary_ids = sorted(rows_of[L.SUMMARY][1])
    picked = rng.sample(summary_ids, n_edits)
    home = {}                                        # task id -> an agency sheet holding it
    for sheet, (_, ids) in rows_of.items():
        if sheet != L.SUMMARY:
            for tid in ids:
                home.setdefault(tid, sheet)
    done = 0
    for i, tid in enumerate(picked):
        sheet = L.SUMMARY if i % 2 == 0 or tid not in home else home[tid]
        head, ids = rows_of[sheet]
        ws, r = wb[sheet], ids[tid]
        ws.cell(r, head[L.C_STATUS]).value = rng.choice([L.ST_DOING, L.ST_DONE, L.ST_DROPPED])
        ws.cell(r, head[L.C_NOTE]).value = f"Ghi chú của cán bộ theo dõi số {i + 1}"
        done += 1
    wb.save(book)
    return {"seconds": time.perf_counter() - t0, "peak_mb": maxrss_mb(), "growth_mb": 0.0,
            "info": f"{done} rows edited (status + note) on {len(rows_of)} task sheets"}


def phase_xlsxwriter(book: Path, out: Path) -> dict:
    """The same cells as ``book`` holds (every sheet, same rows), written by XlsxWriter."""
    import xlsxwriter
    from openpyxl import load_workbook
    wb = load_workbook(book, read_only=True)
    sheets = [(ws.title, ws.sheet_state, [list(r) for r in ws.iter_rows(values_only=True)])
              for ws in wb.worksheets]
    wb.close()
    n_cells = sum(1 for _, _, rows in sheets for row in rows for v in row if v is not None)
    before = maxrss_mb()
    t0 = time.perf_counter()
    xb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    dfmt = xb.add_format({"num_format": "dd/mm/yyyy", "font_name": "Times New Roman"})
    tfmt = xb.add_format({"text_wrap": True, "font_name": "Times New Roman"})
    for name, state, rows in sheets:
        ws = xb.add_worksheet(name)
        if state != "visible":
            ws.hide()
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, str):
                    if v.startswith("="):
                        ws.write_formula(r, c, v)
                    else:
                        ws.write_string(r, c, v, tfmt)
                elif isinstance(v, (datetime, date)):
                    ws.write_datetime(r, c, v, dfmt)
                elif isinstance(v, bool):
                    ws.write_boolean(r, c, v)
                else:
                    ws.write_number(r, c, v)
    xb.close()
    secs = time.perf_counter() - t0
    return {"seconds": secs, "peak_mb": maxrss_mb(), "growth_mb": maxrss_mb() - before,
            "info": f"{n_cells} cells on {len(sheets)} sheets"}


def child(a) -> dict:
    work = Path(a.workdir)
    book = work / BOOK
    if a.phase == "edit":
        return phase_edit(book, a.edits, a.seed)
    if a.phase == "xlsxwriter":
        return phase_xlsxwriter(book, work / "baseline_xlsxwriter.xlsx")
    notices = synthetic_notices(a.notices, a.per_notice, a.seed)
    if a.phase == "build" and book.exists():
        book.unlink()
    return phase_refresh(book, notices)


# ---------------------------------------------------------------- driver
def run_phase(a, phase: str, work: Path) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--workdir", str(work),
           "--notices", str(a.notices), "--per-notice", str(a.per_notice),
           "--edits", str(a.edits), "--seed", str(a.seed)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"workbook_bench: phase {phase} failed (exit {r.returncode})\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="quick run: 40 notices, 50 edits")
    ap.add_argument("--notices", type=int, default=None, help="synthetic notices (400)")
    ap.add_argument("--per-notice", type=int, default=25, help="tasks per notice (25)")
    ap.add_argument("--edits", type=int, default=None, help="staff-edited tasks (500)")
    ap.add_argument("--seed", type=int, default=20260601)
    ap.add_argument("--workdir", default=None, help="keep the workbooks here (default: temp)")
    ap.add_argument("--phase", default=None, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    a.notices = a.notices or (40 if a.small else 400)
    a.edits = a.edits or (50 if a.small else 500)
    if a.phase:
        print(json.dumps(child(a)))
        return 0

    tmp = None
    if a.workdir:
        work = Path(a.workdir)
        work.mkdir(parents=True, exist_ok=True)
    else:
        work = Path(tmp := tempfile.mkdtemp(prefix="tbkl_wb_bench_"))
    try:
        print(f"workbook_bench: {a.notices} notices x {a.per_notice} tasks = "
              f"{a.notices * a.per_notice} tasks over {N_AGENCIES} agencies, {a.edits} edits, "
              f"today {TODAY}, python {sys.version.split()[0]}")
        res = {}
        for phase in ("build", "nochange", "edit", "edits", "xlsxwriter"):
            res[phase] = run_phase(a, "refresh" if phase in ("nochange", "edits") else phase, work)
            print(f"  {phase:10} {res[phase]['seconds']:7.2f} s  peak RSS "
                  f"{res[phase]['peak_mb']:6.0f} MB (+{res[phase]['growth_mb']:.0f} MB)  "
                  f"{res[phase]['info']}", flush=True)
        base = res["xlsxwriter"]["seconds"]
        size = (work / BOOK).stat().st_size / 1e6
        print(f"workbook {size:.1f} MB")
        print(f"ratio to XlsxWriter ({base:.2f} s): build {res['build']['seconds'] / base:.1f}x, "
              f"refresh no change {res['nochange']['seconds'] / base:.1f}x, "
              f"refresh after {a.edits} edits {res['edits']['seconds'] / base:.1f}x "
              f"(issue 3 aims for refresh within 3x)")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
