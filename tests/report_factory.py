"""A master with tasks in every category of the counting rule (issue 9), built from notices made
in code and the edits staff make in Excel."""
from __future__ import annotations

from datetime import date

from master_factory import SNV, STC, SXD, edit, notice, sample, task
from tbkl_xl.master import layout as L, refresh

TODAY = date(2026, 6, 10)              # a Wednesday: week 2026-W24 is 08/06 - 14/06


def second_notice():
    return notice("N2", "31/TB-UBND", date(2026, 6, 9), [
        task("T5", "1", [STC], "Hoàn thiện phương án phân bổ vốn đầu tư công năm 2027.", date(2026, 6, 12), order=1),
        task("T6", "2", [SXD], "Rà soát quy hoạch chung đô thị Đồng Đăng.", date(2026, 6, 19), order=2),
        task("T7", "3", [SNV], "Trình phương án sắp xếp các trường học.", date(2026, 6, 1), order=3),
        task("T8", "4", [STC], "Quyết toán vốn dự án đường tỉnh 230.", date(2026, 7, 30), order=4),
        task("T9", "5", [SXD], "Điều chỉnh cục bộ quy hoạch khu dân cư Mai Pha.", date(2026, 5, 20), order=5),
        task("T10", "6", [SNV], "Báo cáo biên chế năm 2026.", date(2026, 5, 30), order=6),
        task("T11", "7", [SNV], "Kiện toàn tổ công tác cải cách hành chính.", date(2026, 6, 5), order=7),
    ], title="Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng 6/2026")


def build(path, *, done: bool = True):
    """The master at ``path``; with ``done`` the departments' progress typed in as staff do."""
    refresh(path, [sample(), second_notice()], today=date(2026, 4, 20))
    if done:
        edit(path, "SNV", "T7", L.C_STATUS, L.ST_DONE)
        edit(path, "SNV", "T7", L.C_DONE_DATE, "09/06/2026")          # late
        edit(path, "STC", "T8", L.C_STATUS, L.ST_DONE)
        edit(path, "STC", "T8", L.C_DONE_DATE, date(2026, 6, 8))      # on time
        edit(path, "SXD", "T9", L.C_STATUS, L.ST_DROPPED)
        edit(path, "SNV", "T10", L.C_STATUS, L.ST_DONE)               # no completion date
        edit(path, L.SUMMARY, "T3", L.C_STATUS, L.ST_DONE)            # no deadline, done
        edit(path, L.SUMMARY, "T3", L.C_DONE_DATE, date(2026, 5, 2))
        refresh(path, [sample(), second_notice()], today=TODAY)
    return path
