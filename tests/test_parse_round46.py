"""Round 46 (issue 11's forty-fifth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZQ … ZZZZZZZZZZZZZZZZZZZZF and left from the last round, one test each on text
written for these tests."""
from __future__ import annotations

from parse_helpers import NB_LETTER as LETTER, NB_NOTICE as NOTICE, NB_SIGNED as SIGNED
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.agencies import default_directory
from tbkl_xl.parse.deadlines import find_deadlines
from datetime import date

ISSUED = date(2027, 4, 14)


def _letter(body: str) -> str:
    """The province's letter to departments and communes with ``body``."""
    return LETTER + "\n" + body + "\n\n" + SIGNED


def _notice(body: str) -> str:
    """The province's conclusion notice with ``body``."""
    return NOTICE + body + "\n\n" + SIGNED


def _names(text: str) -> list:
    return [m.agency.name for m in default_directory().find_mentions(text)]


def _tasks(text: str) -> list:
    """(leads, date or None, text) of each task."""
    return [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline and t.deadline.date else None, t.text)
            for t in parse_notice(text).tasks]


def _dated(text: str) -> set:
    """{(lead, date)} of the dated tasks."""
    return {(a, d) for leads, d, _t in _tasks(text) if d for a in leads}


def _dates(text: str) -> list:
    return [d.date.isoformat() for d in find_deadlines(text, ISSUED) if d.date]


def test_a_second_time_for_other_places_keeps_the_work_and_its_co_operators():
    # "…; hoàn thành tại các phường chậm nhất ngày …, tại các xã trước ngày …": the same work by the
    # second time in the other places (its text the work's, not "tại các xã trước ngày …" alone)
    tasks = _tasks(_letter("1. Trung tâm Dữ liệu tỉnh:\n"
                           "a) Chủ trì, phối hợp với UBND các xã, phường số hóa sổ hộ tịch lưu trữ; hoàn thành tại "
                           "các phường chậm nhất ngày 31/7/2027, tại các xã trước ngày 30/11/2027.\n"
                           "b) Báo cáo tiến độ về Sở Tư pháp trước ngày 05 hằng tháng."))
    second = next(t for t in tasks if t[1] == "2027-11-30")
    assert "số hóa sổ hộ tịch" in second[2] and second[0] == ["Trung tâm Dữ liệu tỉnh"]


def test_the_capitals_of_minutes_signatures_end_the_body_and_name_no_task():
    # minutes with no "Nơi nhận": "ĐẠI DIỆN CÔNG TY      TRƯỞNG ĐOÀN KIỂM TRA" is their signature, no task
    text = ("SỞ TÀI CHÍNH\nĐOÀN KIỂM TRA\nLạng Sơn, ngày 14 tháng 4 năm 2027\nBIÊN BẢN\nKiểm tra công tác quản lý đại lý\n"
            "Hôm nay, ngày 14/4/2027, tại trụ sở Công ty TNHH MTV Xổ số kiến thiết Lạng Sơn (sau đây gọi là Công "
            "ty), Đoàn kiểm tra tiến hành kiểm tra.\nII. YÊU CẦU\n1. Công ty ký lại hợp đồng với các đại lý trước "
            "ngày 31/5/2027.\nBiên bản kết thúc vào hồi 11 giờ cùng ngày, các bên đã đọc lại và ký tên dưới đây./.\n"
            "ĐẠI DIỆN CÔNG TY            TRƯỞNG ĐOÀN KIỂM TRA\nGIÁM ĐỐC            PHÓ GIÁM ĐỐC SỞ TÀI CHÍNH\n"
            "Lý Văn Thắng            Hoàng Minh Tuấn\n")
    tasks = _tasks(text)
    assert [t[1] for t in tasks] == ["2027-05-31"]
    assert not any("ĐẠI DIỆN" in t[2] for t in tasks)


def test_a_seasons_months_in_a_time_cell_are_no_time_limit():
    # "| … | Vụ hồi chính vụ (từ tháng 8 đến tháng 10/2027) |": the work is done through the season
    tasks = _tasks(_letter("| STT | Nhiệm vụ | Đơn vị chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
                           "| 1 | Chỉ đạo thu hái quế đúng độ tuổi, không bóc vỏ cây non | UBND xã Gia Viễn | "
                           "Vụ quế chính vụ (từ tháng 8 đến tháng 10/2027) |\n"
                           "| 2 | Tập huấn kỹ thuật sơ chế quế | UBND xã Nho Quan | Trong tháng 6/2027 |"))
    assert [(t[0], t[1]) for t in tasks] == [(["UBND xã Gia Viễn"], None), (["UBND xã Nho Quan"], "2027-06-30")]
