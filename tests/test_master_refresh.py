"""End-to-end refresh semantics on real files (openpyxl read back, staff edits made with openpyxl)."""
from datetime import date

import pytest

import master_factory as F
from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import wb  # noqa: F401 (fixture)
from master_factory import edit, add_row, row_of, table, all_cells, sample, header_row
from tbkl_xl.master import refresh
from tbkl_xl.master import layout as L

TODAY = date(2026, 5, 9)


def test_second_refresh_with_same_input_changes_no_cell(wb):
    before = all_cells(wb)
    s = refresh(wb, [sample()], today=TODAY)
    assert all_cells(wb) == before
    assert (s.tasks_added, s.tasks_updated, s.tasks_vanished, s.edits_kept) == (0, 0, 0, 0)
    s = refresh(wb, [sample()], today=date(2026, 7, 1))      # another day: still nothing changes
    assert all_cells(wb) == before


def test_staff_edits_survive_refresh_and_reimport(wb):
    edit(wb, "Tổng hợp", "T1", "Trạng thái", "Đang thực hiện")
    edit(wb, "STC", "T1", "Kết quả thực hiện", "Đã trình UBND tỉnh")
    edit(wb, "SXD", "T2", "Ghi chú", "chờ hồ sơ")
    edit(wb, "Xã Tràng Định", "T4", "Người theo dõi", "chị Lan")     # column added at the right
    s = refresh(wb, [sample(text2="Hướng dẫn chủ đầu tư hoàn thiện hồ sơ điều chỉnh dự án khu dân cư mới.")],
                today=TODAY)
    assert s.edits_kept == 4 and s.conflicts == 0
    t1 = row_of(wb, "Tổng hợp", "T1")
    assert (t1["Trạng thái"], t1["Kết quả thực hiện"]) == ("Đang thực hiện", "Đã trình UBND tỉnh")
    assert row_of(wb, "STC", "T1")["Trạng thái"] == "Đang thực hiện"
    assert row_of(wb, "SXD", "T2")["Ghi chú"] == "chờ hồ sơ"
    assert row_of(wb, "Xã Tràng Định", "T4")["Người theo dõi"] == "chị Lan"
    assert "Người theo dõi" not in table(wb, "Tổng hợp")[0]
    # staff columns are never overwritten by a later refresh with an updated notice
    s = refresh(wb, [sample(number="12/TB-UBND")], today=TODAY)
    assert row_of(wb, "STC", "T1")["Kết quả thực hiện"] == "Đã trình UBND tỉnh"


def test_conflict_agency_sheet_wins_and_both_logged(wb):
    edit(wb, "Tổng hợp", "T2", "Trạng thái", "Đang thực hiện")
    edit(wb, "SXD", "T2", "Trạng thái", "Đã hoàn thành")
    s = refresh(wb, [], today=TODAY)
    assert s.conflicts == 1
    assert row_of(wb, "Tổng hợp", "T2")["Trạng thái"] == "Đã hoàn thành"
    log = [(r["Nhiệm vụ"], r["Giá trị mới"], r["Nguồn"]) for r in table(wb, "Nhật ký")
           if r["Trường"] == "Trạng thái"]
    assert log == [("T2", "Đã hoàn thành", "SXD"), ("T2", "Đang thực hiện", "Tổng hợp")]


def test_vanished_task_marked_and_kept(wb):
    n = sample()
    n.tasks = [t for t in n.tasks if t.id != "T3"]
    s = refresh(wb, [n], today=TODAY)
    assert s.tasks_vanished == 1
    assert row_of(wb, "Tổng hợp", "T3")["Tình trạng nguồn"] == L.ORIGIN_VANISHED
    assert row_of(wb, "SNV", "T3")["Tình trạng nguồn"] == L.ORIGIN_VANISHED
    assert [r["Số nhiệm vụ"] for r in table(wb, "Thông báo")] == [3]


def test_reworded_task_keeps_its_edits_under_the_new_id(wb):
    edit(wb, "SXD", "T2", "Ghi chú", "chờ hồ sơ")
    n = sample(text2="Hướng dẫn chủ đầu tư hoàn thiện hồ sơ điều chỉnh các dự án khu dân cư.")
    n.tasks[1].id = "T2b"
    s = refresh(wb, [n], today=TODAY)
    assert (s.tasks_reidentified, s.tasks_vanished, s.tasks_added) == (1, 0, 0)
    assert [r["Mã NV"] for r in table(wb, "Tổng hợp")] == ["T1", "T2b", "T3", "T4"]
    assert row_of(wb, "SXD", "T2b")["Ghi chú"] == "chờ hồ sơ"
    assert any(r["Giá trị cũ"] == "T2" and r["Giá trị mới"] == "T2b" for r in table(wb, "Nhật ký"))


def test_hand_added_rows_get_an_id_and_are_kept(wb):
    add_row(wb, "STC", {"Nội dung nhiệm vụ": "Báo cáo thêm về vốn đầu tư công", "Trạng thái": "Đang thực hiện"})
    add_row(wb, "Tổng hợp", {"Nội dung nhiệm vụ": "Việc của Sở Xây dựng", "Cơ quan chủ trì": "SXD"})
    s = refresh(wb, [], today=TODAY)
    assert s.rows_added_by_hand == 2
    rows = table(wb, "Tổng hợp")
    hand = [r for r in rows if r["Tình trạng nguồn"] == L.ORIGIN_MANUAL]
    # hand rows follow the notices' rows, in the order of the sheets they were typed on
    assert [r["Nội dung nhiệm vụ"] for r in hand] == ["Việc của Sở Xây dựng", "Báo cáo thêm về vốn đầu tư công"]
    assert all(r["Mã NV"].startswith("TC-") for r in hand)
    assert [r["Mã NV"] for r in table(wb, "STC")] == ["T1", hand[1]["Mã NV"]]
    assert [r["Mã NV"] for r in table(wb, "SXD")] == ["T2", hand[0]["Mã NV"]]   # code resolved via Cơ quan
    before = all_cells(wb)
    refresh(wb, [sample()], today=TODAY)
    assert all_cells(wb) == before


def test_draft_then_signed_is_the_same_notice(tmp_path):
    p = tmp_path / "m.xlsx"
    refresh(p, [sample(number="", issued=None)], today=TODAY)
    assert row_of(p, "Tổng hợp", "T1")["Số TB"] is None
    edit(p, "STC", "T1", "Ghi chú", "theo dõi")
    s = refresh(p, [sample()], today=TODAY)
    assert s.tasks_added == 0
    r = row_of(p, "STC", "T1")
    assert (r["Số TB"], r["Ghi chú"]) == ("12/TB-UBND", "theo dõi")
    assert [n["Số TB"] for n in table(p, "Thông báo")] == ["12/TB-UBND"]


def test_aliases_and_codes_from_the_agency_sheet_are_used(wb):
    from openpyxl import load_workbook
    b = load_workbook(wb)
    ws = b["Cơ quan"]
    for r in ws.iter_rows(min_row=2):
        if r[0].value == "Sở Nội vụ":
            r[1].value = "Nội vụ"
        if r[0].value == "Sở Tài chính":
            r[2].value = "Sở Kế hoạch và Đầu tư"
    b.save(wb)
    n = sample()
    n.tasks.append(F.task("T5", "4", [F.Agency("Sở Kế hoạch và Đầu tư")], "Tổng hợp báo cáo đầu tư công.",
                          order=5))
    refresh(wb, [n], today=TODAY)
    names = load_workbook(wb).sheetnames
    assert "Nội vụ" in names and "SNV" not in names
    assert [r["Mã NV"] for r in table(wb, "STC")] == ["T1", "T5"]


def test_due_soon_setting(wb):
    refresh(wb, [], today=TODAY, due_soon=3)
    assert row_of_cfg(wb) == 3
    refresh(wb, [], today=TODAY)
    assert row_of_cfg(wb) == 3


def row_of_cfg(p):
    return {r["Thiết lập"]: r["Giá trị"] for r in table(p, "Cấu hình")}["Số ngày sắp đến hạn"]


# ------------------------------------------------------------ files: hashes, bad notices
@pytest.fixture
def fake_parser(monkeypatch):
    """Stand-in for the parser: a .txt file names a factory notice ('sample' / 'sample2' / 'bad')."""
    import tbkl_xl.parse as P
    calls = []

    def parse_paths(paths, today=None, directory=None):
        batch = P.ParseBatch()
        for f in P.iter_notice_files(paths):
            calls.append(f.name)
            kind = f.read_text(encoding="utf-8").strip()
            if kind == "bad":
                batch.errors.append((str(f), "no notice header found; is this a notice?"))
                continue
            n = sample() if kind == "sample" else F.notice(
                "N2", "20/TB-UBND", date(2026, 4, 20),
                [F.task("U1", "1", [F.SXD], "Kiểm tra công trình trọng điểm.", date(2026, 5, 30), order=1)])
            n.source = str(f)
            batch.notices.append(n)
        return batch
    monkeypatch.setattr(P, "parse_paths", parse_paths)
    return calls


def test_unchanged_files_are_not_parsed_again_and_bad_ones_skipped(tmp_path, fake_parser):
    d = tmp_path / "tb"
    d.mkdir()
    (d / "a.txt").write_text("sample", encoding="utf-8")
    (d / "b.txt").write_text("bad", encoding="utf-8")
    p = tmp_path / "m.xlsx"
    s = refresh(p, [d], today=TODAY)
    assert (s.notices_read, s.notices_failed, s.tasks_added) == (1, 1, 4)
    assert s.errors == [(str(d / "b.txt"), "no notice header found; is this a notice?")]
    assert fake_parser == ["a.txt", "b.txt"]
    assert {r["Thiết lập"]: r["Giá trị"] for r in table(p, "Cấu hình")}["Thư mục thông báo"] == str(d.resolve())
    (d / "c.txt").write_text("sample2", encoding="utf-8")
    fake_parser.clear()
    s = refresh(p, None, today=TODAY)            # folder from Cấu hình
    assert fake_parser == ["b.txt", "c.txt"]
    assert (s.notices_read, s.notices_unchanged, s.notices_failed, s.tasks_added) == (1, 1, 1, 1)
    assert [r["Mã NV"] for r in table(p, "Tổng hợp")] == ["T1", "T2", "T3", "T4", "U1"]


def test_alias_staff_add_in_the_agency_sheet_is_used_by_the_parser_on_the_next_refresh(tmp_path):
    """Staff write 'Phòng Kinh tế hạ tầng cũ' as an alias of Sở Xây dựng in 'Cơ quan': the next
    notice that names the alias gives its task to Sở Xây dựng."""
    import openpyxl
    from tbkl_xl.master import layout as L
    wb_path = tmp_path / "book.xlsx"
    n1 = tmp_path / "n1.txt"
    n1.write_text("THÔNG BÁO\n\nKết luận của đồng chí A, Chủ tịch UBND tỉnh tại cuộc họp X\n\n"
                  "Ngày 04/5/2026, đồng chí A chủ trì cuộc họp. Đồng chí kết luận như sau:\n\n"
                  "1. Giao Sở Xây dựng kiểm tra công trình, báo cáo UBND tỉnh chậm nhất ngày 20/5/2026.\n",
                  encoding="utf-8")
    refresh(wb_path, [n1], today=date(2026, 5, 9))
    wb = openpyxl.load_workbook(wb_path)
    ws = wb[L.AGENCIES]
    headers = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[headers.index(L.A_NAME)].value == "Sở Xây dựng":
            row[headers.index(L.A_ALIASES)].value = (row[headers.index(L.A_ALIASES)].value or "") + "; Tổ công tác hạ tầng"
    wb.save(wb_path)
    n2 = tmp_path / "n2.txt"
    n2.write_text("THÔNG BÁO\n\nKết luận của đồng chí A, Chủ tịch UBND tỉnh tại cuộc họp Y\n\n"
                  "Ngày 06/5/2026, đồng chí A chủ trì cuộc họp. Đồng chí kết luận như sau:\n\n"
                  "1. Giao Tổ công tác hạ tầng rà soát hồ sơ, báo cáo UBND tỉnh chậm nhất ngày 25/5/2026.\n",
                  encoding="utf-8")
    refresh(wb_path, [n1, n2], today=date(2026, 5, 9))
    wb = openpyxl.load_workbook(wb_path)
    ws = wb[L.SUMMARY]
    hr = header_row(ws)
    headers = [c.value for c in ws[hr]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=hr + 1)]
    hits = [r for r in rows if r[headers.index(L.C_TEXT)] and "rà soát hồ sơ" in r[headers.index(L.C_TEXT)]]
    assert len(hits) == 1
    assert hits[0][headers.index(L.C_LEAD)] == "Sở Xây dựng"


def test_after_a_merger_a_body_is_not_its_own_co_operator(tmp_path):
    """Issue 12: a 2024 notice gives Sở Kế hoạch và Đầu tư the lead and Sở Tài chính a share;
    both are Sở Tài chính today: it leads, and is not listed as co-operating with itself."""
    from master_factory import OLD_KHDT, STC, SXD, notice, task
    n = notice("N9", tasks=[task("K1", "1", [OLD_KHDT], "Tham mưu phân bổ vốn.", date(2026, 6, 1),
                                 support=[STC, SXD, SXD])])
    wb = tmp_path / "m.xlsx"
    refresh(wb, [n], today=date(2026, 5, 9))
    r = row_of(wb, "Tổng hợp", "K1")
    assert r["Cơ quan chủ trì"] == "Sở Tài chính" and r["Cơ quan phối hợp"] == "Sở Xây dựng"
