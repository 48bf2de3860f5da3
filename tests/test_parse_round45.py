"""Round 45 (issue 11's forty-fourth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZA … ZZZZZZZZZZZZZZZZZZZP, one test each on text written for these tests."""
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


# "dự kiến" before a noun is what a report projects ("báo cáo tình hình … và dự kiến nhu cầu Quý III"), not a planned
# event: the report's own limit stands; a time opening its sentence before whose plan it is ("Trong Quý III/2027, UBND
# tỉnh dự kiến sơ kết …") is when the plan is, no one's limit.
def test_a_projection_reported_and_a_plan_after_its_time():
    assert _dates("Các đơn vị báo cáo tình hình sử dụng thuốc Quý I/2027 và dự kiến nhu cầu Quý III/2027 về Sở Y tế "
                  "trước ngày 30/4/2027.") == ["2027-04-30"]
    assert _dates("Trong Quý III/2027, UBND tỉnh dự kiến sơ kết công tác phòng, chống thuốc giả.") == []
    assert _dates("Trong Quý III/2027, các xã tổ chức sơ kết công tác phòng, chống thuốc giả.") == ["2027-09-30"]


# When the things a group has expire is no limit of its task ("Các doanh nghiệp có giấy phép hết hạn trong năm 2027
# nộp hồ sơ … chậm nhất 30 ngày trước ngày giấy phép hết hạn"), and such a group, by what it has, is the subject of
# its verb.
def test_a_group_by_what_it_has_and_when_that_expires():
    assert _dates("Các doanh nghiệp có giấy phép hết hạn trong năm 2027 nộp hồ sơ gia hạn chậm nhất 30 ngày trước ngày "
                  "giấy phép hết hạn.") == []
    got = _tasks(_notice("1. Các cơ sở bán lẻ thuốc có Giấy chứng nhận đạt GPP sắp hết hiệu lực nộp hồ sơ đề nghị đánh "
                         "giá lại trước ngày 30/6/2027.\n"
                         "2. Các cơ sở bán lẻ thuốc hoàn thành kết nối liên thông dữ liệu trước ngày 31/7/2027."))
    assert [(leads, d) for leads, d, _t in got] == [(["Các cơ sở bán lẻ thuốc"], "2027-06-30"),
                                                    (["Các cơ sở bán lẻ thuốc"], "2027-07-31")]


# A division by its capitalised name ("Bộ phận Tổng hợp"), teams by their number ("Đoàn kiểm tra số 1"), a school's
# subject groups listed after their noun with a name in lower case ("Các tổ chuyên môn: Toán, Ngữ văn, Tiếng Anh").
def test_divisions_numbered_teams_and_listed_subject_groups():
    assert _names("Bộ phận Tổng hợp theo dõi tiến độ") == ["Bộ phận Tổng hợp"]
    assert _names("Đoàn kiểm tra số 1, Đoàn kiểm tra số 2 nộp hồ sơ") == ["Đoàn kiểm tra số 1", "Đoàn kiểm tra số 2"]
    assert _names("Đoàn kiểm tra đề nghị Sở Y tế bổ sung hồ sơ") == ["Sở Y tế"]
    assert _names("các bộ phận, đơn vị báo cáo") == ["Các bộ phận, đơn vị"]
    assert _names("Các tổ chuyên môn: Toán, Ngữ văn, Tiếng Anh đăng ký danh sách") == [
        "Tổ chuyên môn Toán", "Tổ chuyên môn Ngữ văn", "Tổ chuyên môn Tiếng Anh"]
    assert _names("Các tổ chuyên môn đăng ký danh sách") == ["Các tổ chuyên môn"]


# A team the paper sets up, named by its head alone ("thành lập Đoàn kiểm tra liên ngành của xã"), does not cut the
# longer name the paper gives it later ("3. Đoàn kiểm tra liên ngành xã:").
def test_a_team_set_up_keeps_its_longer_name():
    body = ("1. Phòng Văn hóa - Xã hội tham mưu Chủ tịch UBND xã thành lập Đoàn kiểm tra liên ngành của xã, trình "
            "trước ngày 20/5/2027.\n"
            "2. Đoàn kiểm tra liên ngành xã:\n"
            "- Lập biên bản, báo cáo kết quả kiểm tra về UBND xã chậm nhất ngày 10/8/2027.")
    assert ("Đoàn kiểm tra liên ngành xã", "2027-08-10") in _dated(_notice(body))


# A closing run on under the last item of a plan with no "Kính gửi", whose heading named several bodies and whose own
# paragraph stands between ("6. Trưởng các thôn: A, B:" / "Tuyên truyền …" / "Các bộ phận, đơn vị nêu trên báo cáo
# …"): every item's bodies, not the last heading's only.
def test_a_closing_after_the_last_heading_of_several_bodies():
    body = ("III. TỔ CHỨC THỰC HIỆN\n"
            "1. Trạm Y tế xã:\n"
            "- Lập danh sách các cơ sở bán lẻ thuốc, hoàn thành trước ngày 25/5/2027.\n"
            "2. Công an xã:\n"
            "Xác minh nguồn gốc thuốc bán qua mạng xã hội.\n"
            "3. Trưởng các thôn: Na Hoa, Đồng Bụt:\n"
            "Tuyên truyền người dân không mua thuốc trôi nổi.\n"
            "Các bộ phận, đơn vị nêu trên báo cáo kết quả thực hiện Kế hoạch về UBND xã trước ngày 20/12/2027.")
    got = _dated(_notice(body))
    assert {("Trạm Y tế xã", "2027-12-20"), ("Công an xã", "2027-12-20"), ("Trưởng thôn Na Hoa", "2027-12-20"),
            ("Trưởng thôn Đồng Bụt", "2027-12-20")} <= got


# A "Kính gửi" group written over its members' dashes ("Kính gửi: Các cơ sở khám bệnh, chữa bệnh BHYT:" / "- Bệnh viện
# …") stands for those members where a heading names it again.
def test_a_letters_group_over_its_members_dashes():
    text = ("BẢO HIỂM XÃ HỘI TỈNH LẠNG SƠN\nSố: 415/BHXH-GĐBHYT\nV/v thanh toán chi phí thuốc\n"
            "Lạng Sơn, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi: Các cơ sở khám bệnh, chữa bệnh BHYT:\n- Bệnh viện Đa khoa tỉnh;\n"
            "- Trung tâm Y tế khu vực Lộc Bình;\n- Trung tâm Y tế khu vực Chi Lăng.\n"
            "Bảo hiểm xã hội tỉnh đề nghị:\n"
            "1. Các cơ sở khám bệnh, chữa bệnh BHYT:\n"
            "a) Rà soát danh mục thuốc trúng thầu, hoàn thành trước ngày 05/5/2027.\n"
            "2. Bệnh viện Đa khoa tỉnh giải trình 36 hồ sơ, gửi Bảo hiểm xã hội tỉnh trước ngày 30/4/2027.\n"
            + SIGNED)
    got = _dated(text)
    assert {("Bệnh viện Đa khoa tỉnh", "2027-05-05"), ("Trung tâm Y tế khu vực Lộc Bình", "2027-05-05"),
            ("Trung tâm Y tế khu vực Chi Lăng", "2027-05-05"), ("Bệnh viện Đa khoa tỉnh", "2027-04-30")} <= got
    assert not any(a.startswith("Các cơ sở") for a, _d in got)


# A school's own paper: office holders named by their role where a body would stand — a bold label before the task,
# a heading over dashes — and the school's youth union by its head alone ("**6. Đoàn trường**").
def test_roles_and_a_head_alone_as_leads_of_a_schools_paper():
    text = ("SỞ GD&ĐT LẠNG SƠN\nTRƯỜNG THPT VIỆT BẮC\nSố: 38/KH-THPTVB\nLạng Sơn, ngày 14 tháng 4 năm 2027\n"
            "KẾ HOẠCH\nDạy thêm, học thêm trong nhà trường\n"
            "**1. Giáo viên chủ nhiệm khối 12** thu đơn đăng ký học thêm, nộp về Văn phòng trước ngày 16/5/2027.\n"
            "**2. Đoàn trường** duy trì câu lạc bộ tiếng Anh, báo cáo Hiệu trưởng trước ngày 30/5/2027.\n"
            "3. Phó Hiệu trưởng phụ trách chuyên môn:\n"
            "- Xếp thời khóa biểu ôn tập hè trước ngày 18/6/2027.\n" + SIGNED)
    got = _dated(text)
    assert {("Giáo viên chủ nhiệm khối 12", "2027-05-16"), ("Đoàn trường", "2027-05-30"),
            ("Phó Hiệu trưởng phụ trách chuyên môn", "2027-06-18")} <= got
