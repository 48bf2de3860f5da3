"""Table-driven tests of the pure merge over plain rows."""
from datetime import date, datetime

import pytest

from tbkl_xl.master import layout as L
from tbkl_xl.master import merge as M
from tbkl_xl.master.merge import Incoming, SheetView, merge

WHEN = datetime(2026, 5, 9, 8, 0)
TODAY = date(2026, 5, 9)
H = list(L.TASK_COLUMNS)
MISSING = object()


def rec(tid="T1", **kw):
    r = {c: None for c in M.RECORD_FIELDS}
    r.update({L.C_ID: tid, L.C_NOTICE_ID: "N1", L.C_SECTION: "1", L.C_TEXT: f"Nhiệm vụ {tid}",
              L.C_LEAD: "Sở Tài chính", L.C_STATUS: L.ST_TODO, "_order": 1, "_targets": "Sở Tài chính",
              "_lead": "sở tài chính", "_extra": {}})
    r.update(kw)
    return r


def row(r: dict, headers=H, **over):
    d = dict(r)
    d.update(over)
    return [d.get(h) for h in headers]


def notice_rec(nid="N1", number="12/TB-UBND", issued=date(2026, 4, 10)):
    n = {k: None for k in L.NOTICE_STORE_COLUMNS}
    n.update({L.N_ID: nid, L.N_NUMBER: number, L.N_ISSUED: issued, L.N_SOURCE: f"{nid}.docx",
              L.N_FIRST: date(2026, 4, 20)})
    return n


def incoming_task(tid="T1", text=None, section="1", lead="Sở Tài chính", **kw):
    t = {L.C_ID: tid, L.C_NOTICE_ID: "N1", L.C_SECTION: section, L.C_TEXT: text or f"Nhiệm vụ {tid}",
         L.C_LEAD: lead, L.C_NUMBER: "12/TB-UBND", L.C_ISSUED: date(2026, 4, 10),
         "_order": 1, "_targets": lead, "_lead": L.lead_key([lead])}
    t.update(kw)
    return t


def notes(res):
    return [(e[1], e[2], e[6]) for e in res.log]


# (base, Tổng hợp value, agency sheet value) -> (kept value, conflicts, log notes)
STAFF_CASES = [
    ("nothing typed", L.ST_TODO, L.ST_TODO, L.ST_TODO, L.ST_TODO, 0, []),
    ("typed on Tổng hợp", L.ST_TODO, L.ST_DOING, L.ST_TODO, L.ST_DOING, 0, [M.NOTE_EDIT]),
    ("typed on agency sheet", L.ST_TODO, L.ST_TODO, L.ST_DONE, L.ST_DONE, 0, [M.NOTE_EDIT]),
    ("same value typed on both", L.ST_TODO, L.ST_DONE, L.ST_DONE, L.ST_DONE, 0, [M.NOTE_EDIT]),
    ("different values: agency wins", L.ST_TODO, L.ST_DOING, L.ST_DONE, L.ST_DONE, 1,
     [M.NOTE_CONFLICT_KEPT, M.NOTE_CONFLICT_LOST]),
    ("cleared on agency sheet", L.ST_DOING, L.ST_DOING, None, None, 0, [M.NOTE_EDIT]),
    ("row deleted from agency sheet", L.ST_TODO, L.ST_DOING, MISSING, L.ST_DOING, 0, [M.NOTE_EDIT]),
    ("first value ever", None, None, "Đang làm", "Đang làm", 0, [M.NOTE_EDIT]),
]


@pytest.mark.parametrize("label,base,summ,agency,expected,conflicts,lognotes", STAFF_CASES,
                         ids=[c[0] for c in STAFF_CASES])
def test_staff_cell_resolution(label, base, summ, agency, expected, conflicts, lognotes):
    r = rec(**{L.C_STATUS: base})
    sheets = [SheetView(L.SUMMARY, None, H, [row(r, **{L.C_STATUS: summ})])]
    sheets.append(SheetView("STC", "Sở Tài chính", H,
                            [] if agency is MISSING else [row(r, **{L.C_STATUS: agency})]))
    res = merge([r], [notice_rec()], sheets, [], when=WHEN, today=TODAY)
    out = {t[L.C_ID]: t for t in res.tasks}["T1"]
    assert out[L.C_STATUS] == expected
    assert res.conflicts == conflicts
    assert [n for _, f, n in notes(res) if f == L.C_STATUS] == lognotes
    if conflicts:
        kept = [e for e in res.log if e[6] == M.NOTE_CONFLICT_KEPT][0]
        lost = [e for e in res.log if e[6] == M.NOTE_CONFLICT_LOST][0]
        assert (kept[3], kept[4], kept[5]) == (base, agency, "STC")
        assert (lost[3], lost[4], lost[5]) == (base, summ, L.SUMMARY)


def test_two_agency_sheets_disagree_first_agency_sheet_wins_and_both_logged():
    r = rec(_targets="A\nB")
    sheets = [SheetView(L.SUMMARY, None, H, [row(r)]),
              SheetView("A", "A", H, [row(r, **{L.C_NOTE: "từ A"})]),
              SheetView("B", "B", H, [row(r, **{L.C_NOTE: "từ B"})])]
    res = merge([r], [notice_rec()], sheets, [], when=WHEN, today=TODAY)
    assert res.tasks[0][L.C_NOTE] == "từ A"
    assert [(e[4], e[5], e[6]) for e in res.log] == [
        ("từ A", "A", M.NOTE_CONFLICT_KEPT), ("từ B", "B", M.NOTE_CONFLICT_LOST)]


def test_edit_of_a_notice_column_on_a_task_row_is_logged_and_not_kept():
    r = rec(**{L.C_NUMBER: "12/TB-UBND"})
    sheets = [SheetView(L.SUMMARY, None, H, [row(r, **{L.C_NUMBER: "13/TB-UBND"})])]
    res = merge([r], [notice_rec()], sheets, [], when=WHEN, today=TODAY)
    assert res.tasks[0][L.C_NUMBER] == "12/TB-UBND"
    assert res.ignored_edits == 1
    assert notes(res) == [("T1", L.C_NUMBER, M.NOTE_IGNORED)]


def test_edit_of_a_parser_column_is_a_correction_that_is_kept():
    r = rec()
    sheets = [SheetView(L.SUMMARY, None, H, [row(r, **{L.C_TEXT: "sửa tay"})])]
    res = merge([r], [notice_rec()], sheets, [], when=WHEN, today=TODAY)
    assert res.tasks[0][L.C_TEXT] == "sửa tay" and res.corrections == 1
    assert res.tasks[0]["_parser"][L.C_TEXT] == "Nhiệm vụ T1" and L.C_TEXT in res.tasks[0]["_corr"]
    assert notes(res) == [("T1", L.C_TEXT, M.MSG.NOTE_CORRECTION)]


def test_extra_staff_column_is_kept_per_sheet():
    r = rec()
    heads = H + ["Người theo dõi"]
    sheets = [SheetView(L.SUMMARY, None, H, [row(r)]),
              SheetView("STC", "Sở Tài chính", heads, [row(r, heads, **{"Người theo dõi": "An"})])]
    res = merge([r], [notice_rec()], sheets, [], when=WHEN, today=TODAY)
    assert res.tasks[0]["_extra"] == {"Người theo dõi": "An"}
    assert res.sheet_extras == {L.SUMMARY: [], "Sở Tài chính": ["Người theo dõi"]}


def test_done_date_typed_as_text_becomes_a_date():
    r = rec()
    sheets = [SheetView(L.SUMMARY, None, H, [row(r, **{L.C_DONE_DATE: "07/05/2026"})])]
    res = merge([r], [notice_rec()], sheets, [], when=WHEN, today=TODAY)
    assert res.tasks[0][L.C_DONE_DATE] == date(2026, 5, 7)


def test_hand_added_row_gets_a_stable_id_and_the_sheet_agency():
    r = rec()
    new = {L.C_TEXT: "Việc thêm tay", L.C_STATUS: L.ST_DOING}
    sheets = [SheetView(L.SUMMARY, None, H, [row(r)]),
              SheetView("STC", "Sở Tài chính", H, [row(r), [new.get(h) for h in H]])]
    res1 = merge([r], [notice_rec()], sheets, [], when=WHEN, today=TODAY)
    res2 = merge([r], [notice_rec()], sheets, [], when=WHEN, today=TODAY)
    man = [t for t in res1.tasks if t.get("_manual")]
    assert len(man) == 1 and res1.manual_added == 1
    m = man[0]
    assert m[L.C_ID].startswith("TC-") and m[L.C_ID] == [t for t in res2.tasks if t.get("_manual")][0][L.C_ID]
    assert (m[L.C_TEXT], m[L.C_STATUS], m[L.C_LEAD], m[L.C_ORIGIN]) == (
        "Việc thêm tay", L.ST_DOING, "Sở Tài chính", L.ORIGIN_MANUAL)
    assert m["_targets"] == "Sở Tài chính"
    assert res1.tasks[-1] is m                    # hand rows come after the notices' rows


# incoming notices: (label, stored tasks, incoming tasks) -> counts and final ids
def test_new_task_added_with_default_status_and_logged_when_notice_known():
    r = rec()
    inc = Incoming(notice_rec(), [incoming_task("T1"), incoming_task("T2", section="2", _order=2)])
    res = merge([r], [notice_rec()], [], [inc], when=WHEN, today=TODAY)
    assert [t[L.C_ID] for t in res.tasks] == ["T1", "T2"]
    assert res.tasks[1][L.C_STATUS] == L.ST_TODO
    assert (res.added, res.updated, res.vanished) == (1, 0, 0)
    assert notes(res) == [("T2", L.C_TEXT, M.NOTE_ADDED)]


def test_changed_deadline_updates_parser_cells_not_staff_cells():
    r = rec(**{L.C_STATUS: L.ST_DOING, L.C_RESULT: "đã họp"})
    inc = Incoming(notice_rec(), [incoming_task("T1", **{L.C_DEADLINE: date(2026, 6, 1),
                                                         L.C_STATUS: "ignored"})])
    res = merge([r], [notice_rec()], [], [inc], when=WHEN, today=TODAY)
    t = res.tasks[0]
    assert (t[L.C_DEADLINE], t[L.C_STATUS], t[L.C_RESULT]) == (date(2026, 6, 1), L.ST_DOING, "đã họp")
    assert res.updated == 1
    assert [(e[2], e[3], e[4], e[6]) for e in res.log] == [
        (L.C_DEADLINE, None, date(2026, 6, 1), M.NOTE_UPDATE)]


def test_vanished_task_is_marked_not_deleted_once():
    r1, r2 = rec("T1"), rec("T2", **{L.C_SECTION: "2", L.C_TEXT: "Một việc hoàn toàn khác"})
    inc = Incoming(notice_rec(), [incoming_task("T1")])
    res = merge([r1, r2], [notice_rec()], [], [inc], when=WHEN, today=TODAY)
    assert [t[L.C_ID] for t in res.tasks] == ["T1", "T2"]
    assert res.tasks[1][L.C_ORIGIN] == L.ORIGIN_VANISHED and res.vanished == 1
    res2 = merge(res.tasks, res.notices, [], [inc], when=WHEN, today=TODAY)
    assert res2.vanished == 0 and res2.log == []
    assert res.notices[0][L.N_COUNT] == 1


REIDENT = [
    ("small rewording, same section and lead", "1", "Sở Tài chính",
     "Rà soát, tham mưu bố trí vốn cho dự án đường tỉnh 230 năm 2026.", True),
    ("other section", "2", "Sở Tài chính",
     "Rà soát, tham mưu bố trí vốn cho dự án đường tỉnh 230 năm 2026.", False),
    ("other lead", "1", "Sở Xây dựng",
     "Rà soát, tham mưu bố trí vốn cho dự án đường tỉnh 230 năm 2026.", False),
    ("different text", "1", "Sở Tài chính", "Tổ chức kiểm tra an toàn thực phẩm dịp Tết.", False),
]


@pytest.mark.parametrize("label,section,lead,text,same", REIDENT, ids=[c[0] for c in REIDENT])
def test_reworded_task_is_reidentified(label, section, lead, text, same):
    old = rec("T1", **{L.C_TEXT: "Rà soát, tham mưu bố trí vốn cho dự án đường tỉnh 230.",
                       L.C_STATUS: L.ST_DOING})
    inc = Incoming(notice_rec(), [incoming_task("T9", text=text, section=section, lead=lead)])
    res = merge([old], [notice_rec()], [], [inc], when=WHEN, today=TODAY)
    ids = [t[L.C_ID] for t in res.tasks]
    if same:
        assert ids == ["T9"] and res.reidentified == 1 and res.vanished == 0 and res.added == 0
        assert res.tasks[0][L.C_STATUS] == L.ST_DOING and res.tasks[0][L.C_TEXT] == text
        assert ("T9", L.C_ID, M.NOTE_REIDENT) in notes(res)
        assert [e[3:5] for e in res.log if e[2] == L.C_ID] == [("T1", "T9")]
    else:
        assert sorted(ids) == ["T1", "T9"] and res.vanished == 1 and res.added == 1


def test_draft_then_signed_keeps_edits_and_logs_the_number():
    draft = notice_rec(number=None, issued=None)
    r = rec(**{L.C_NUMBER: None, L.C_ISSUED: None, L.C_NOTE: "ghi chú"})
    inc = Incoming(notice_rec(), [incoming_task("T1")])
    res = merge([r], [draft], [], [inc], when=WHEN, today=TODAY)
    t = res.tasks[0]
    assert (t[L.C_NUMBER], t[L.C_ISSUED], t[L.C_NOTE]) == ("12/TB-UBND", date(2026, 4, 10), "ghi chú")
    assert ("N1", L.N_NUMBER, M.NOTE_UPDATE) in notes(res)
    assert res.notices[0][L.N_NUMBER] == "12/TB-UBND" and res.notices[0][L.N_CHANGED] == TODAY


def test_draft_after_signed_is_ignored():
    r = rec(**{L.C_NUMBER: "12/TB-UBND"})
    draft = Incoming(notice_rec(number=None, issued=None), [incoming_task("T1", **{L.C_NUMBER: None})])
    res = merge([r], [notice_rec()], [], [draft], when=WHEN, today=TODAY)
    assert res.tasks[0][L.C_NUMBER] == "12/TB-UBND" and res.notices[0][L.N_NUMBER] == "12/TB-UBND"
    assert len(res.warnings) == 1 and notes(res) == [("N1", L.N_NUMBER, M.NOTE_DRAFT_IGNORED)]


def test_signed_preferred_over_draft_in_the_same_batch():
    draft = Incoming(notice_rec(number=None), [incoming_task("T1", **{L.C_NUMBER: None})])
    signed = Incoming(notice_rec(), [incoming_task("T1")])
    for batch in ([draft, signed], [signed, draft]):
        res = merge([], [], [], batch, when=WHEN, today=TODAY)
        assert res.notices[0][L.N_NUMBER] == "12/TB-UBND"


def test_order_is_by_notice_date_then_task_order():
    n_old, n_new = notice_rec("A", issued=date(2026, 1, 5)), notice_rec("B", issued=date(2026, 3, 1))
    inc_b = Incoming(n_new, [incoming_task("B2", _order=2, **{L.C_NOTICE_ID: "B"}),
                             incoming_task("B1", _order=1, **{L.C_NOTICE_ID: "B"})])
    inc_a = Incoming(n_old, [incoming_task("A1", _order=1, **{L.C_NOTICE_ID: "A"})])
    res = merge([], [], [], [inc_b, inc_a], when=WHEN, today=TODAY)
    assert [t[L.C_ID] for t in res.tasks] == ["A1", "B1", "B2"]
    assert [n[L.N_ID] for n in res.notices] == ["A", "B"]


def test_merge_twice_is_a_fixed_point():
    inc = Incoming(notice_rec(), [incoming_task("T1"), incoming_task("T2", section="2", _order=2)])
    res = merge([], [], [], [inc], when=WHEN, today=TODAY)
    res2 = merge(res.tasks, res.notices, [], [inc], when=WHEN, today=date(2026, 6, 1))
    assert res2.log == [] and res2.tasks == res.tasks and res2.notices == res.notices
