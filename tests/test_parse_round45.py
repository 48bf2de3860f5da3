"""Round 45 (issue 11's forty-fourth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZA … ZZZZZZZZZZZZZZZZZZZP, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import NB_NOTICE as NOTICE, NB_SIGNED as SIGNED, dated as _dated, dates as _dates, names as _names, \
    notice as _notice, tasks as _tasks


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


# How long a pilot runs ("thí điểm trong 06 tháng kể từ ngày 01/7/2027") and a contract annex not yet signed ("trong 30
# ngày kể từ ngày ký phụ lục hợp đồng") give no date; nor a standing duty's time for each case in a table's time cell
# ("Thường xuyên, không quá 03 ngày làm việc").
def test_a_pilots_run_an_annex_to_come_and_a_standing_duty():
    assert _dates("Tổ chức thí điểm tuyến phố đi bộ (hoạt động từ 18 giờ, thí điểm trong 06 tháng kể từ ngày 01/7/2027), "
                  "trình UBND tỉnh trước ngày 20/6/2027.") == ["2027-06-20"]
    assert _dates("Trang bị xe thu gom, hoàn thành trong 30 ngày kể từ ngày ký phụ lục hợp đồng.") == []
    assert _dates("Thường xuyên, không quá 03 ngày làm việc") == []


# Names: a title opening the next of a list after "và" ("Trạm Y tế phường và| Trưởng các khối, thôn"), a compound of a
# name that reads as a verb elsewhere ("Trông giữ xe", "Bệnh không lây nhiễm"), a verb ending a division's name ("Phòng
# Nghiệp vụ| biên soạn"), an office's car team, a parents' board, hamlet heads by number with "các" in their title.
def test_names_ended_by_a_title_a_verb_and_kept_over_compounds():
    assert _names("Văn phòng HĐND và UBND phường, Trạm Y tế phường và Trưởng các khối, thôn báo cáo") == [
        "Văn phòng HĐND và UBND phường", "Trạm Y tế phường", "Trưởng các khối, thôn"]
    assert _names("Tổ Thu phí - Trông giữ xe bố trí lại bãi xe") == ["Tổ Thu phí - Trông giữ xe"]
    assert _names("Khoa Bệnh không lây nhiễm tổng hợp số liệu") == ["Khoa Bệnh không lây nhiễm"]
    assert _names("Phòng Nghiệp vụ biên soạn 04 thư mục chuyên đề") == ["Phòng Nghiệp vụ"]
    assert _names("Đội xe Văn phòng UBND tỉnh kiểm tra tình trạng kỹ thuật") == ["Đội xe Văn phòng UBND tỉnh"]
    assert _names("Đề nghị Ban đại diện cha mẹ trẻ em các trường tham gia giám sát") == ["Ban đại diện cha mẹ trẻ em"]
    assert _names("Tổ trưởng các tổ dân phố: số 3, số 5 và số 8 vận động") == [
        "Tổ trưởng tổ dân phố số 3", "Tổ trưởng tổ dân phố số 5", "Tổ trưởng tổ dân phố số 8"]


# Groups: of producers ("Các hợp tác xã, doanh nghiệp"), of households by what they need, then their verb; a heading
# that is a group with a comma in its trade; institutions asked in lower case ("Đề nghị các trung tâm Giáo dục …") or
# named second in a list opened by another group.
def test_groups_of_producers_households_trades_and_institutions():
    got = _tasks(_notice("1. Các hợp tác xã, doanh nghiệp có nhu cầu tham gia hoàn thiện Phiếu đăng ký, gửi Sở Công "
                         "Thương trước ngày 31/7/2027.\n"
                         "2. Các hộ kinh doanh có nhu cầu chuyển sang khu tập kết tạm đăng ký với Ban Quản lý chợ trước "
                         "ngày 15/6/2027.\n"
                         "3. Các doanh nghiệp kinh doanh vận tải bằng xe taxi, xe ô tô hợp đồng điện tử:\n"
                         "- Gửi danh sách lái xe về Phòng Cảnh sát giao thông trước ngày 10/6/2027."))
    assert [(leads, d) for leads, d, _t in got] == [
        (["Các hợp tác xã, doanh nghiệp"], "2027-07-31"), (["Các hộ kinh doanh"], "2027-06-15"),
        (["Các doanh nghiệp kinh doanh vận tải bằng xe taxi, xe ô tô hợp đồng điện tử"], "2027-06-10")]
    assert _names("Đề nghị các trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên báo cáo") == [
        "Các trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"]
    assert _names("1. Các trường trung học phổ thông, các trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên:") == [
        "Các trường trung học phổ thông", "Các trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"]


# Closings by the kind of unit: "Các tổ trực thuộc" (the issuer's teams given tasks above), "Các khoa, phòng nêu tại Mục
# 1, 2 và 3" (the leads of those items).
def test_closings_for_the_issuers_teams_and_the_items_cited():
    body = ("1. Tổ Bảo vệ - Trật tự kiểm tra, nhắc nhở hằng ngày.\n"
            "2. Tổ Thu phí - Trông giữ xe niêm yết giá vé, hoàn thành trong tháng 6/2027.\n"
            "3. Khoa Dược lập dự trù thuốc.\n"
            "Các tổ trực thuộc báo cáo kết quả thực hiện về Ban Quản lý chợ trước ngày 05/7/2027.")
    got = _dated(_notice(body))
    assert {("Tổ Bảo vệ - Trật tự", "2027-07-05"), ("Tổ Thu phí - Trông giữ xe", "2027-07-05")} <= got
    assert ("Khoa Dược", "2027-07-05") not in got
    body = ("1. Khoa Truyền thông - Giáo dục sức khỏe in tờ rơi.\n2. Khoa Bệnh không lây nhiễm tổ chức tư vấn.\n"
            "3. Phòng Kế hoạch - Nghiệp vụ tổng hợp kết quả.\n4. Phòng Tổ chức - Hành chính bảo đảm kinh phí.\n"
            "5. Các khoa, phòng nêu tại Mục 1, 2 và 3 gửi dự trù kinh phí về Phòng Tổ chức - Hành chính trước ngày "
            "16/5/2027.")
    got = _dated(_notice(body))
    assert {(a, "2027-05-16") for a in ("Khoa Truyền thông - Giáo dục sức khỏe", "Khoa Bệnh không lây nhiễm",
                                        "Phòng Kế hoạch - Nghiệp vụ")} <= got
    assert ("Phòng Tổ chức - Hành chính", "2027-05-16") not in got


# Leads: a chief's heading over dashes ("5. Chánh Văn phòng UBND tỉnh:"), a role with its body in brackets ("Cơ quan
# thường trực (Sở …)"); a ban in a body's task ("…, không yêu cầu công dân nộp hồ sơ, xong chậm nhất ngày …") keeps the
# task's date.
def test_a_chiefs_heading_a_role_in_brackets_and_a_ban_in_a_task():
    body = ("1. Chánh Văn phòng UBND tỉnh:\n- Công khai danh sách cơ quan có phản ánh quá hạn trước ngày 30/5/2027.\n"
            "2. Cơ quan thường trực (Sở Văn hóa, Thể thao và Du lịch) hoàn thiện dự thảo Đề án trước ngày 28/8/2027.\n"
            "3. Công an xã:\n- Cập nhật thông tin cư trú, không yêu cầu công dân nộp hồ sơ, xong chậm nhất ngày 31/8/2027.")
    got = _dated(_notice(body))
    assert {("Văn phòng UBND tỉnh", "2027-05-30"), ("Sở Văn hóa, Thể thao và Du lịch", "2027-08-28"),
            ("Công an xã", "2027-08-31")} <= got


# A year opening a work's item is its limit ("- Trong năm 2027, bố trí phòng học thay thế …"); the day of a ceremony a
# row holds is no limit ("| Tổ chức Lễ khai giảng … | … | Ngày 05/9/2027 |", "| Thắp nến tri ân … | … | Tối 26/7/2027 |").
def test_a_year_opening_a_work_and_the_days_of_ceremonies():
    assert _dates("- Trong năm 2027, bố trí phòng học thay thế cho 57 phòng học tạm.") == ["2027-12-31"]
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tổ chức Lễ khai giảng năm học 2027-2028 | Các trường mầm non | Ngày 05/9/2027 |\n"
            "| 2 | Thắp nến tri ân tại các phần mộ liệt sĩ | Đoàn Thanh niên xã | Tối 26/7/2027 |\n"
            "| 3 | Sửa chữa phòng học | Phòng Văn hóa - Xã hội | Trước ngày 20/8/2027 |")
    got = _tasks(_notice(body))
    assert [d for _l, d, _t in got] == [None, None, "2027-08-20"]


# Footnotes: a note between a line cut mid-sentence and its end on the next page ("… chậm nhất ngày" / notes / page
# break / "31/12/2027.") leaves the date to the sentence.
def test_a_note_between_a_cut_line_and_its_date_on_the_next_page():
    text = (NOTICE + "1. UBND phường Đông Kinh:\n"
            "- Hoàn thành bố trí khu tập kết chất thải nhựa tại các chợ trên địa bàn chậm nhất ngày\n"
            "____________________\n1 Hội nghị do UBND tỉnh tổ chức tại phường Đông Kinh.\n\f31/12/2027.\n"
            "- Định kỳ hằng quý, báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 15 của tháng cuối quý.\n"
            + SIGNED)
    got = _tasks(text)
    assert (["UBND phường Đông Kinh"], "2027-12-31") in [(leads, d) for leads, d, _t in got]


# A table of cases (no task column) whose bodies a sentence after it asks to act by a date: each row's task holds the
# sentence's words too (what to do), not only the case.
def test_a_table_of_cases_and_the_sentence_that_gives_them_their_task():
    body = ("| STT | Mã phản ánh | Nội dung phản ánh | Đơn vị xử lý | Số ngày quá hạn |\n|---|---|---|---|---|\n"
            "| 1 | PA-2027-0871 | Xe khách dừng đỗ sai quy định | UBND phường Sa Pa | 12 |\n"
            "| 2 | PA-2027-0955 | Đèn chiếu sáng hỏng kéo dài | Sở Xây dựng | 6 |\n"
            "1. UBND phường Sa Pa và Sở Xây dựng xử lý, trả lời dứt điểm các phản ánh quá hạn tại bảng trên trước ngày "
            "25/9/2027.")
    got = [(leads, d, t) for leads, d, t in _tasks(_notice(body)) if d]
    assert {(leads[0], d) for leads, d, _t in got} == {("UBND phường Sa Pa", "2027-09-25"), ("Sở Xây dựng", "2027-09-25")}
    assert all("trả lời dứt điểm" in t for _l, _d, t in got)


# The receiver's next step after what a body sends ("gửi Sở Nội vụ để tổng hợp, đề nghị Sở Tài chính bổ sung dự
# toán") gives no one else the task; a body of each unit listed keeps the type of the last one ("Công an các xã: A, B
# và phường C"); a condition with its own list opening the sentence ("Khi xảy ra dông, lốc, mưa đá, Trưởng các thôn
# thống kê …") leaves the subject after it.
def test_a_receivers_next_step_a_units_type_and_a_condition_with_a_list():
    got = _tasks(_notice("1. UBND các xã, phường:\n"
                         "c) Chậm nhất ngày 31/7/2027, hoàn thành việc tổng hợp nhu cầu kinh phí tăng thêm, gửi Sở Nội vụ "
                         "để tổng hợp, đề nghị Sở Tài chính bổ sung dự toán.\n"
                         "2. Khi xảy ra dông, lốc, mưa đá, Trưởng các thôn thống kê thiệt hại, báo cáo nhanh về UBND xã."))
    assert [leads for leads, _d, _t in got] == [["UBND các xã, phường"], ["Trưởng các thôn"]]
    assert got[0][1] == "2027-07-31"
    assert _names("Công an các xã: Đồng Đăng, Cao Lộc và phường Kỳ Lừa xây dựng") == [
        "Công an xã Đồng Đăng", "Công an xã Cao Lộc", "Công an phường Kỳ Lừa"]


# "trong tuần" naming a week of its own ("trong tuần sinh hoạt công dân đầu năm học") is not this week; things that
# expire by a day limit their renewal ("gia hạn các chứng thư số sắp hết hạn trước ngày …").
def test_a_named_week_and_a_renewal_before_expiry():
    assert _dates("Tổ chức truyền thông cho học sinh trong tuần sinh hoạt công dân đầu năm học.") == []
    assert _dates("Báo cáo trong tuần.") == ["2027-04-16"]
    assert _dates("Gia hạn các chứng thư số sắp hết hạn trước ngày 15/8/2027.") == ["2027-08-15"]


# Groups listed before the items they were given ("các bộ phận, Trưởng các thôn được giao nhiệm vụ tại Mục II"): both
# stand for the bodies of those items.
def test_groups_listed_before_the_part_that_gave_them_tasks():
    body = ("I. MỤC ĐÍCH\nBảo đảm an toàn.\nII. NHIỆM VỤ\n1. Ban Chỉ huy quân sự xã rà soát vũ khí.\n"
            "2. Phòng Kinh tế kiểm tra kho vật liệu nổ.\n3. Trưởng các thôn tuyên truyền người dân giao nộp vũ khí.\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Văn phòng HĐND và UBND xã bố trí kinh phí.\n"
            "2. Chậm nhất ngày 10/6/2027, các bộ phận, Trưởng các thôn được giao nhiệm vụ tại Mục II báo cáo kết quả về "
            "UBND xã.")
    got = _dated(_notice(body))
    assert {("Ban Chỉ huy quân sự xã", "2027-06-10"), ("Phòng Kinh tế", "2027-06-10"),
            ("Trưởng các thôn", "2027-06-10")} <= got
    assert ("Các bộ phận", "2027-06-10") not in got


# Minutes: "Các đơn vị dự họp" are those the attendance line lists (under its heading "I. THÀNH PHẦN", a list of
# communes ended by a semicolon before another body), not the bodies of the table above; a body's representative
# undertakes for it ("Đại diện Sở … ghi nhận …, báo cáo Lãnh đạo Sở …").
def test_minutes_attendees_and_a_representatives_undertaking():
    text = ("UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\nSố: 58/BB-SNV\nLạng Sơn, ngày 14 tháng 4 năm 2027\nBIÊN BẢN HỌP\n"
            "Về hỗ trợ nhà ở cho người có công\n"
            "Hôm nay, ngày 14/4/2027, tại Sở Nội vụ, Phó Giám đốc Sở Nội vụ chủ trì cuộc họp.\n"
            "I. THÀNH PHẦN\n"
            "Dự họp có đại diện: Sở Xây dựng, UBND các xã: Bình Gia, Văn Quan; Phòng Người có công (Sở Nội vụ).\n"
            "II. CÁC NỘI DUNG THỐNG NHẤT\n"
            "| STT | Nội dung | Đơn vị thực hiện | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Khởi công các hộ còn lại | UBND các xã: Bình Gia, Văn Quan | Trước ngày 30/9/2027 |\n"
            "| 2 | Hướng dẫn thiết kế mẫu nhà | Sở Xây dựng | Tháng 9/2027 |\n"
            "Đại diện Sở Tài chính ghi nhận kiến nghị, báo cáo Lãnh đạo Sở xem xét bổ sung kinh phí.\n"
            "Các đơn vị dự họp thống nhất báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 20/12/2027.\n"
            "THƯ KÝ\nHoàng Thu Trang\nCHỦ TRÌ\nLương Thị Hằng\n")
    got = _tasks(text)
    closing = {leads[0] for leads, d, _t in got if d == "2027-12-20"}
    assert closing == {"Sở Xây dựng", "UBND xã Bình Gia", "UBND xã Văn Quan", "Phòng Người có công"}
    assert any(leads == ["Sở Tài chính"] for leads, _d, _t in got)


# A producer's name with its product's word in lower case between capitals ("Hợp tác xã Chè Shan tuyết Mẫu Sơn"); a
# group asked in a heading in lower case ("2. Đề nghị các trung tâm ngoại ngữ, tin học, cơ sở dạy thêm trên địa bàn phường:"); a permit's term
# in a bracket after it ("có thời hạn 05 năm (đến ngày 10/6/2027)") no limit.
def test_a_producers_name_an_asked_heading_and_a_permits_term():
    assert _names("Hợp tác xã Chè Shan tuyết Mẫu Sơn bổ sung hồ sơ") == ["Hợp tác xã Chè Shan tuyết Mẫu Sơn"]
    got = _tasks(_notice("2. Đề nghị các trung tâm ngoại ngữ, tin học, cơ sở dạy thêm trên địa bàn phường:\n"
                         "- Niêm yết công khai giấy phép tại trụ sở chậm nhất ngày 30/6/2027."))
    assert [(leads, d) for leads, d, _t in got] == [
        (["Các trung tâm ngoại ngữ, tin học, cơ sở dạy thêm trên địa bàn phường"], "2027-06-30")]
    assert _dates("Quyết định cho phép hoạt động giáo dục số 1520/QĐ-SGDĐT ngày 10/6/2021 có thời hạn 05 năm (đến ngày "
                  "10/6/2027); đề nghị Trung tâm cung cấp hồ sơ.") == []
