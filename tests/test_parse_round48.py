"""Round 48 (issue 11's forty-seventh round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZZZE … ZZZZZZZZZZZZZZZZZZZZZL, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import NB_SIGNED, dated as _dated, dates as _dates, letter as _letter, tasks as _tasks

# a station's and a school's own plans: no addressees, the tasks go to its own office holders
STATION_PLAN = ("UBND XÃ GIA VIỄN\nTRẠM Y TẾ\nSố: 21/KH-TYT\nGia Viễn, ngày 14 tháng 4 năm 2027\n"
                "KẾ HOẠCH\nTiêm chủng mở rộng cho trẻ em năm 2027\n\nII. PHÂN CÔNG THỰC HIỆN\n\n")
SCHOOL_PLAN = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO NINH BÌNH\nTRƯỜNG THPT NHO QUAN A\nSố: 45/KH-THPT\n"
               "Nho Quan, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\nCông tác y tế trường học năm học 2027 - 2028\n\n"
               "II. NHIỆM VỤ CỤ THỂ\n\n")


# --- office holders named by their role -----------------------------------------------------------------------------

def test_a_stations_head_in_a_bold_label_leads_the_task_and_keeps_its_date():
    found = _tasks(STATION_PLAN + "**1. Trạm trưởng** chỉ đạo chung; ký hợp đồng cung ứng vắc xin trước ngày 20/5/2027.\n\n"
                   "**2. Bộ phận Tiêm chủng** lập danh sách trẻ trước ngày 25/5/2027.\n\n" + NB_SIGNED)
    assert found[0][:2] == (["Trạm trưởng"], "2027-05-20")


def test_a_school_nurse_in_a_heading_with_her_name_in_brackets_leads_the_dashes_below():
    found = _dated(SCHOOL_PLAN + "1. Nhân viên y tế trường học (đồng chí Lê Thị Hoa):\n"
                   "- Phối hợp với Trạm Y tế xã khám sức khỏe cho học sinh lớp 10, hoàn thành trước ngày 30/9/2027.\n"
                   "- Bổ sung cơ số thuốc tủ thuốc phòng y tế trong tháng 9/2027.\n\n" + NB_SIGNED)
    assert found == {("Nhân viên y tế trường học", "2027-09-30")}


def test_form_teachers_opening_a_numbered_item_before_their_verb_lead_it():
    found = _dated(SCHOOL_PLAN + "1. Tổ Văn phòng bố trí kinh phí mua thuốc trong tháng 9/2027.\n"
                   "2. Giáo viên chủ nhiệm các lớp phối hợp với nhân viên y tế đo chiều cao, cân nặng cho học sinh, "
                   "gửi kết quả chậm nhất ngày 10/10/2027.\n\n" + NB_SIGNED)
    assert ("Giáo viên chủ nhiệm các lớp", "2027-10-10") in found


def test_a_centres_director_in_its_own_plan_leads_his_task():
    plan = ("SỞ Y TẾ NINH BÌNH\nTRUNG TÂM CÔNG TÁC XÃ HỘI\nSố: 12/KH-TTCTXH\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "KẾ HOẠCH\nTiếp nhận người lang thang dịp Tết\n\nIII. PHÂN CÔNG\n\n")
    found = _dated(plan + "**1. Giám đốc Trung tâm** chỉ đạo chung; ký quy chế phối hợp với Bệnh viện Đa khoa tỉnh "
                   "trước ngày 15/12/2027.\n\n**2. Phòng Hành chính - Tổng hợp** sửa chữa khu tiếp nhận trước ngày "
                   "05/12/2027.\n\n" + NB_SIGNED)
    assert found == {("Giám đốc Trung tâm", "2027-12-15"), ("Phòng Hành chính - Tổng hợp", "2027-12-05")}


# --- times ------------------------------------------------------------------------------------------------------------


def test_the_days_of_the_week_are_no_limit():
    # "… từ 7 giờ 30 đến 17 giờ các ngày trong tuần": the hours of work, not "within this week"
    assert _dates("công khai thời gian làm việc từ 7 giờ 30 đến 17 giờ các ngày trong tuần.") == []
    assert _dates("báo cáo UBND tỉnh trong tuần này.") == ["2027-04-16"]


def test_a_month_opening_a_dash_before_putting_a_work_into_use_is_its_limit():
    found = _dated(_letter("1. Sở Xây dựng:\n- Trong tháng 10/2027, đưa vào vận hành trạm cân tự động tại cửa khẩu.\n"
                           "- Chậm nhất ngày 20/10/2027, báo cáo UBND tỉnh."))
    assert found == {("Sở Xây dựng", "2027-10-31"), ("Sở Xây dựng", "2027-10-20")}


# --- leads ------------------------------------------------------------------------------------------------------------

def test_a_team_named_with_the_office_it_belongs_to_is_the_subject_of_its_verb():
    # "Đội X thuộc Phòng Y tổng hợp …": the team (not the letter's addressees)
    found = _dated(_letter("4. Đội Quản lý cư trú người nước ngoài thuộc Phòng Quản lý xuất nhập cảnh tổng hợp danh sách "
                           "người nước ngoài, gửi Ban Giám đốc chậm nhất ngày 10/7/2027."))
    assert found == {("Đội Quản lý cư trú người nước ngoài", "2027-07-10")}
