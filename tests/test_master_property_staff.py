"""Property (issues 8 and 13): whatever staff do — edit parsed and staff columns on any sheet
(a corrected lead moves the task), insert title rows, leave a space after a header, clear an id,
copy a row, keep their own sheet — interleaved with refreshes (two at once, too) and re-parsed notices, the latest
person's value of every cell they edited is on every sheet that shows the task (or logged as the
losing side of a conflict), no task is on a sheet twice, and their own sheet is untouched."""
from datetime import date, datetime

from hypothesis import HealthCheck, given, settings, strategies as st
from openpyxl import load_workbook

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import header_row, sample, table
from tbkl_xl.master import layout as L
from tbkl_xl.master import refresh
from tbkl_xl.messages import master as MSG

TODAY = date(2026, 5, 9)
TASKS = ("T1", "T2", "T3", "T4")
OWN = "Theo dõi của phòng"          # the office's own sheet: formulas, a merged title
VALUES = {
    L.C_STATUS: st.sampled_from([L.ST_TODO, L.ST_DOING, L.ST_DONE, L.ST_DROPPED]),
    L.C_NOTE: st.sampled_from(["a", "b", "chờ ý kiến", "'=> đã gửi báo cáo", "= 3 tỷ đồng"]),
    L.C_DONE_DATE: st.sampled_from([date(2026, 5, 1), date(2026, 5, 20)]),
    "Người theo dõi": st.sampled_from(["An", "Bình"]),
    L.C_LEAD: st.sampled_from(["Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ"]),
    L.C_DEADLINE: st.sampled_from([date(2026, 6, 30), date(2026, 7, 15)]),
    L.C_TEXT: st.sampled_from(["Nội dung cán bộ sửa A.", "Nội dung cán bộ sửa B."]),
    L.C_SECTION: st.sampled_from(["9", "9.a"]),
}


def _variant(k):
    n = sample() if k != 1 else sample(
        text2="Hướng dẫn chủ đầu tư hoàn thiện hồ sơ điều chỉnh dự án khu dân cư (bổ sung).")
    if k == 2:
        n.tasks[0].deadline = None
    if k == 3:
        n.tasks[2].text = "Tham mưu sắp xếp bộ máy các đơn vị sự nghiệp công lập trực thuộc."
    return n


edit = st.tuples(st.sampled_from(TASKS), st.integers(0, 3), st.sampled_from(sorted(VALUES))).flatmap(
    lambda t: st.tuples(st.just(t[0]), st.just(t[1]), st.just(t[2]), VALUES[t[2]]))
structural = st.sampled_from(["title_row", "header_space", "clear_id", "copy_row", None])
rounds = st.lists(st.tuples(st.lists(edit, max_size=5), st.lists(structural, max_size=2),
                            st.sampled_from([0, 1, 2, 3, None]), st.booleans()),
                  min_size=1, max_size=3)


def _refresh_concurrently(path, notices):
    """Two writers at once (the panel's button and a colleague's command): both must land."""
    import threading
    errors = []

    def run(n):
        try:
            refresh(path, n, today=TODAY, keep_backups=0)
        except Exception as e:          # noqa: BLE001 - reported below
            errors.append(e)
    threads = [threading.Thread(target=run, args=(n,)) for n in (notices, [])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


def _task_sheets(wb):
    return [ws for ws in wb.worksheets if ws.sheet_state == "visible" and ws.title != OWN
            and header_row(ws) > 1 or ws.title == "Tổng hợp"]


def _places(wb) -> dict:
    out = {}
    for ws in _task_sheets(wb):
        h = header_row(ws)
        heads = [str(c.value).strip() if c.value is not None else None for c in ws[h]]
        if "Mã NV" not in heads:
            continue
        for r in range(h + 1, ws.max_row + 1):
            tid = ws.cell(r, heads.index("Mã NV") + 1).value
            if tid in TASKS:
                out.setdefault(tid, []).append(ws.title)
    return out


def _row(ws, tid):
    h = header_row(ws)
    heads = [str(c.value).strip() if c.value is not None else None for c in ws[h]]
    for r in range(h + 1, ws.max_row + 1):
        if ws.cell(r, heads.index("Mã NV") + 1).value == tid:
            return h, heads, r
    raise AssertionError((ws.title, tid))


def _typed(v):
    return v[1:] if isinstance(v, str) and v.startswith("'") else v


def _apply(path, edits, ops, rnd):
    wb = load_workbook(path)
    places = _places(wb)
    last = {}
    start = {}                               # what a cell showed before its first edit
    for tid, k, fld, val in edits:
        sheet = places[tid][k % len(places[tid])]
        ws = wb[sheet]
        h, heads, r = _row(ws, tid)
        if fld not in heads:
            heads.append(fld)
            ws.cell(h, len(heads), fld)
        c = ws.cell(r, heads.index(fld) + 1)
        before = c.value.date() if isinstance(c.value, datetime) else c.value
        if before == _typed(val):
            continue                         # typing what a cell shows is no edit
        start.setdefault((tid, fld, sheet), before)
        c.value = _typed(val)
        if isinstance(val, str) and val.startswith(("=", "'")):
            c.data_type = "s"                # typed as text, as Excel keeps it
        last[(tid, fld, sheet)] = _typed(val)
    for i, op in enumerate(ops):
        ws = wb[sorted(s.title for s in _task_sheets(wb))[(rnd + i) % len(_task_sheets(wb))]]
        h = header_row(ws)
        if op == "title_row":
            ws.insert_rows(1)
            ws.cell(1, 1, f"Bảng của phòng, vòng {rnd}")
        elif op == "header_space":
            for c in ws[h]:
                if c.value == L.C_STATUS:
                    c.value = L.C_STATUS + " "
        elif op == "copy_row" and ws.max_row > h:
            src = h + 1                       # a task row copied and pasted below the table
            dest = ws.max_row + 1
            for c in ws[src]:
                ws.cell(dest, c.column).value = c.value
        elif op == "clear_id" and ws.title != "Tổng hợp":
            heads = [c.value for c in ws[h]]
            if "Mã NV" in heads and ws.max_row > h:
                ws.cell(h + 1, heads.index("Mã NV") + 1).value = None
    wb.save(path)
    # a cell typed over and back ('9' then '9.a' where '9.a' was) holds no edit of the round
    return {key: v for key, v in last.items() if v != start[key]}


def _own_sheet(path):
    wb = load_workbook(path)
    ws = wb.create_sheet(OWN)
    ws["A1"] = "Theo dõi riêng"
    ws.merge_cells("A1:C1")
    ws["A2"], ws["B2"] = "Số nhiệm vụ", "=COUNTA('Tổng hợp'!P:P)-1"
    ws["A3"], ws["B3"] = "Cộng", "=SUM(B2:B2)"
    wb.save(path)
    return _own_values(path)


def _own_values(path):
    wb = load_workbook(path)
    ws = wb[OWN]
    return ([[c.value for c in row] for row in ws.iter_rows()], sorted(map(str, ws.merged_cells.ranges)))


def _value(path, sheet, tid, fld):
    wb = load_workbook(path)
    ws = wb[sheet]
    h, heads, r = _row(ws, tid)
    v = ws.cell(r, heads.index(fld) + 1).value
    return v.date() if isinstance(v, datetime) else v


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(rounds)
def test_whatever_staff_do_nothing_they_made_is_lost(tmp_path_factory, plan):
    path = tmp_path_factory.mktemp("prop8") / "m.xlsx"
    refresh(path, [sample()], today=TODAY, keep_backups=0)
    own = _own_sheet(path)
    expected = {}
    for rnd, (edits, ops, variant, together) in enumerate(plan):
        last = _apply(path, edits, ops, rnd)
        notices = [] if variant is None else [_variant(variant)]
        if together:
            _refresh_concurrently(path, notices)
        else:
            refresh(path, notices, today=TODAY, keep_backups=0)
        wb = load_workbook(path)
        places = _places(wb)
        # no task twice on a sheet, every task on Tổng hợp
        for tid, sheets in places.items():
            assert len(sheets) == len(set(sheets)), (tid, sheets)
        assert all("Tổng hợp" in places[t] for t in TASKS), places
        lost = {(r["Nhiệm vụ"], r["Trường"], r["Giá trị mới"].date() if isinstance(r["Giá trị mới"], datetime)
                 else r["Giá trị mới"]) for r in table(path, "Nhật ký")
                if r["Ghi chú"] == MSG.NOTE_CONFLICT_LOST}
        cells = {}
        for (tid, fld, sheet), val in last.items():
            cells.setdefault((tid, fld), {})[sheet] = val
        for (tid, fld), by_sheet in cells.items():
            shown_on = places[tid] if fld != "Người theo dõi" else [
                s for s in places[tid] if s in by_sheet or s != "Tổng hợp"]
            shown = set()
            for s in shown_on:
                try:
                    shown.add(_value(path, s, tid, fld))
                except ValueError:               # the staff column is not on that sheet
                    continue
            assert len(shown) == 1, (tid, fld, shown)
            final = shown.pop()
            agency_vals = [v for s, v in by_sheet.items() if s != "Tổng hợp"]
            if agency_vals:
                assert final in agency_vals, (tid, fld, by_sheet, final)   # agency sheet wins
            for s, v in by_sheet.items():
                assert v == final or (tid, fld, v) in lost, (tid, fld, s, v, final)
            expected[(tid, fld)] = final
        for (tid, fld), val in expected.items():                 # older edits are still there
            if fld != "Người theo dõi" and (tid, fld) not in cells:
                assert _value(path, "Tổng hợp", tid, fld) == val, (tid, fld)
        assert _own_values(path) == own                          # their own sheet, untouched
        for (tid, fld), val in expected.items():                 # text stays text
            if isinstance(val, str) and val.startswith("="):
                wb = load_workbook(path)
                ws = wb["Tổng hợp"]
                h, heads, r = _row(ws, tid)
                assert ws.cell(r, heads.index(fld) + 1).data_type == "s"
