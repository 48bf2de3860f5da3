"""Round 52 (issue 11's fifty-first round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZZZZZZZU … ZZZZZZZZZZZZZZZZZZZZZZZZZZZ, one test each on text written for these tests."""
from __future__ import annotations

from functools import partial

from parse_helpers import plan_row, leads_on as _leads_on, NB_SIGNED, dated as _dated, dates as _dates, letter as _letter, names as _names, \
    tasks as _tasks

# a province's plan with a task table
PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 152/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
        "Triển khai các nhiệm vụ năm 2027\n\nII. NHIỆM VỤ CỤ THỂ\n\n"
        "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n")
# a department's letter to two schools' kinds and two communes
SCHOOLS_LETTER = ("UBND TỈNH NINH BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 598/SGDĐT-GDPT\nV/v kiểm tra tiền sử tiêm chủng\n"
                  "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Trường Phổ thông Dân tộc nội trú tỉnh;\n"
                  "- Các trường trung học phổ thông trực thuộc Sở;\n- UBND các xã: Gia Viễn, Nho Quan.\n"
                  "Để bảo đảm an toàn cho học sinh, Sở Giáo dục và Đào tạo đề nghị:\n"
                  "1. UBND các xã: Gia Viễn, Nho Quan chỉ đạo các trường mầm non trên địa bàn:\n"
                  "- Kiểm tra phiếu tiêm chủng, gửi Trạm Y tế xã trước ngày 30/4/2027.\n"
                  "2. Trường Phổ thông Dân tộc nội trú tỉnh, các trường trung học phổ thông trực thuộc Sở:\n"
                  "- Rà soát tiền sử tiêm vắc xin sởi của học sinh, gửi danh sách về Sở chậm nhất ngày 03/5/2027.\n"
                  "3. Phòng Giáo dục mầm non phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh hướng dẫn các trường vệ sinh "
                  "lớp học.\n")
# a social insurance office's letter to the firms its table lists
ARREARS = ("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH NINH BÌNH\nSố: 512/BHXH-QLT\nV/v đôn đốc đơn vị nợ đóng\n"
           "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi: Các đơn vị sử dụng lao động có tên tại danh sách dưới đây.\n"
           "Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024, đơn vị chậm đóng phải nộp số tiền bằng 0,03%/ngày. "
           "Bảo hiểm xã hội tỉnh đề nghị các đơn vị nộp đủ số tiền nợ theo thời hạn sau:\n"
           "| STT | Đơn vị | Số tháng nợ | Số tiền nợ (đồng) | Thời hạn nộp |\n|---|---|---|---|---|\n"
           "| 1 | Công ty TNHH May mặc Hoa Lư | 10 | 1.935.200.000 | Trước ngày 31/5/2027 |\n"
           "| 2 | Hợp tác xã Vận tải An Phú | 06 | 187.340.000 | Trong tháng 6/2027 |\n\n")


_plan_row = partial(plan_row, PLAN)


# --- task tables ------------------------------------------------------------------------------------------------------

def test_a_rows_body_is_named_in_its_text_when_the_table_has_no_task_column():
    found = _tasks(ARREARS + NB_SIGNED)
    row = next(t for leads, d, t in found if leads == ["Công ty TNHH May mặc Hoa Lư"])
    assert "Công ty TNHH May mặc Hoa Lư" in row and "Căn cứ Luật" not in row
    assert ("Hợp tác xã Vận tải An Phú", "2027-06-30") in _dated(ARREARS + NB_SIGNED)


def test_bodies_named_in_the_list_are_the_tables_rows():
    text = ARREARS + "Các đơn vị có tên tại danh sách gửi phương án trả nợ về Bảo hiểm xã hội tỉnh trước ngày 20/5/2027.\n\n" \
        + NB_SIGNED
    assert _leads_on(text, "2027-05-20") == {"Công ty TNHH May mặc Hoa Lư", "Hợp tác xã Vận tải An Phú"}


def test_a_contractor_selection_plans_columns_are_no_lead_and_no_limit():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1042/QĐ-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
            "Phê duyệt kế hoạch lựa chọn nhà thầu\n**Điều 1.** Phê duyệt kế hoạch lựa chọn nhà thầu như sau:\n"
            "| STT | Tên gói thầu | Giá gói thầu | Hình thức lựa chọn nhà thầu | Loại hợp đồng | Thời gian thực hiện hợp đồng |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Gói thầu số 01: Khảo sát, lập thiết kế | 1.850 | Chỉ định thầu | Trọn gói | 60 ngày |\n"
            "| 2 | Gói thầu số 02: Thi công xây dựng | 68.420 | Đấu thầu rộng rãi qua mạng | Đơn giá cố định | 540 ngày |\n"
            "**Điều 2.** Ban Quản lý dự án đầu tư xây dựng tỉnh đăng tải kế hoạch lựa chọn nhà thầu trước ngày 25/4/2027.\n\n"
            + NB_SIGNED)
    assert _dated(text) == {("Ban Quản lý dự án đầu tư xây dựng tỉnh", "2027-04-25")}
    assert not any("Chỉ định thầu" in leads for leads, _d, _t in _tasks(text))


def test_a_vaccination_rounds_days_have_no_limit():
    assert not _plan_row("Tổ chức tiêm Đợt 1 tại 05 xã có dịch", "Sở Y tế", "Từ ngày 01/5/2027 đến ngày 30/5/2027")


def test_a_campaigns_days_have_no_limit():
    assert not _plan_row("Chiến dịch truyền thông rửa tay sạch tại trường mầm non", "Sở Y tế",
                         "Từ ngày 04/5/2027 đến ngày 17/5/2027")


def test_a_programmes_sales_over_a_season_have_no_limit():
    assert not _plan_row("Tổ chức bán hàng bình ổn giá 12 nhóm hàng thiết yếu", "Sở Công Thương",
                         "Từ ngày 01/12/2027 đến hết ngày 28/02/2028")


def test_an_escort_over_a_deliverys_days_has_no_limit():
    assert not _plan_row("Dẫn đường, bảo vệ xe vận chuyển phiếu bầu về các xã", "Công an tỉnh",
                         "Từ ngày 02/5 đến ngày 06/5/2027")


def test_polling_days_work_and_guard_have_no_limit():
    assert not _plan_row("Tổ chức bỏ phiếu, kiểm phiếu tại các khu vực bỏ phiếu", "UBND xã Gia Viễn", "Ngày 16/5/2027")
    assert not _plan_row("Bảo vệ an toàn các khu vực bỏ phiếu, hòm phiếu", "Công an tỉnh", "Ngày 16/5/2027")


def test_a_duty_kept_from_now_to_a_day_has_no_limit():
    assert not _plan_row("Tuyên truyền về cuộc bầu cử trên hệ thống thông tin cơ sở", "Sở Văn hóa, Thể thao và Du lịch",
                         "Từ nay đến ngày 16/5/2027")
    assert _plan_row("Rà soát danh sách cử tri", "Sở Nội vụ", "Trước ngày 16/5/2027") == {("Sở Nội vụ", "2027-05-16")}


def test_a_day_before_a_bracket_naming_the_season_is_the_limit():
    assert _plan_row("Sửa chữa, thay cáp các cầu treo xuống cấp", "Sở Xây dựng",
                     "Trước ngày 15/5/2027 (trước mùa mưa lũ)") == {("Sở Xây dựng", "2027-05-15")}


def test_a_row_of_a_place_goes_to_the_commune_it_stands_in():
    text = ("UBND TỈNH NINH BÌNH\nSỞ DÂN TỘC VÀ TÔN GIÁO\nSố: 388/SDTTG-TG\nV/v cấp giấy chứng nhận đất cơ sở tôn giáo\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- UBND các xã, phường;\n- Phòng Quản lý tôn giáo.\n"
            "Sở Dân tộc và Tôn giáo đề nghị:\n"
            "1. UBND các xã, phường nơi có cơ sở thờ tự nêu tại Bảng dưới đây chỉ đạo, hướng dẫn cơ sở hoàn thiện hồ sơ, "
            "gửi Văn phòng Đăng ký đất đai tỉnh theo thời hạn tại Bảng:\n"
            "| STT | Cơ sở | Địa chỉ | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Chùa Diên Khánh | Thôn Nà Pò, xã Gia Viễn | Trước ngày 31/7/2027 |\n"
            "| 2 | Nhà thờ giáo họ Bản Chắt | Thôn Bản Chắt, xã Nho Quan | Trước ngày 15/9/2027 |\n\n" + NB_SIGNED)
    assert _dated(text) == {("UBND xã Gia Viễn", "2027-07-31"), ("UBND xã Nho Quan", "2027-09-15")}


def test_an_items_own_work_serving_a_row_keeps_its_lead_and_time():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1210/QĐ-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
            "Phê duyệt danh mục nhiệm vụ khoa học và công nghệ\n**Điều 1.** Phê duyệt danh mục nhiệm vụ:\n"
            "| STT | Tên nhiệm vụ | Phương thức | Thời gian thực hiện |\n|---|---|---|---|\n"
            "| 1 | Nghiên cứu chọn lọc giống hồi | Tuyển chọn | 36 tháng (2028 - 2030) |\n"
            "| 2 | Ứng dụng trí tuệ nhân tạo giải quyết thủ tục hành chính | Giao trực tiếp | 24 tháng (2028 - 2029) |\n"
            "**Điều 2.** Tổ chức thực hiện\n"
            "1. Văn phòng UBND tỉnh phối hợp với Sở Khoa học và Công nghệ xây dựng dữ liệu đặc tả quy trình phục vụ "
            "nhiệm vụ số 2, hoàn thành trong tháng 12/2027.\n\n" + NB_SIGNED)
    assert ("Văn phòng UBND tỉnh", "2027-12-31") in _dated(text)


# --- names --------------------------------------------------------------------------------------------------------------

def test_a_count_after_a_team_is_no_number_of_its_name():
    assert _names("Các Tổ bầu cử báo cáo nhanh số cử tri đã đi bỏ phiếu về Ủy ban bầu cử xã.")[0] == "Các Tổ bầu cử"
    assert _names("Tổ bầu cử khu vực bỏ phiếu số 11 báo cáo.") == ["Tổ bầu cử khu vực bỏ phiếu số 11"]


def test_a_team_named_after_the_decision_that_set_it_up_leads():
    text = ("UBND TỈNH NINH BÌNH\nTHANH TRA TỈNH\nSố: 318/TTr-NV\nV/v thanh tra việc siêu âm thai\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Sở Y tế;\n- UBND phường Hoa Lư.\n"
            "Thực hiện Quyết định số 95/QĐ-TTr ngày 10/4/2027 của Chánh Thanh tra tỉnh, Đoàn thanh tra (07 thành viên) "
            "sẽ thanh tra tại các cơ sở khám bệnh trên địa bàn phường Hoa Lư.\n"
            "1. Sở Y tế cung cấp danh sách các cơ sở siêu âm, gửi Đoàn thanh tra trước ngày 05/5/2027.\n"
            "2. Đoàn thanh tra xây dựng kế hoạch tiến hành thanh tra, trình Chánh Thanh tra tỉnh phê duyệt trước ngày "
            "10/5/2027.\n\n" + NB_SIGNED)
    assert _leads_on(text, "2027-05-10") == {"Đoàn thanh tra"}


def test_editing_after_a_board_is_its_verb():
    assert _names("Ban Tuyên giáo biên tập, đăng tải tin, bài hằng tuần.") == ["Ban Tuyên giáo"]
    assert _names("Ban Biên tập Cổng thông tin điện tử tỉnh kiểm tra.") == ["Ban Biên tập Cổng thông tin điện tử tỉnh"]


def test_a_procurement_room_named_with_a_comma():
    assert _names("Giao Phòng Đấu thầu, thẩm định và giám sát đầu tư tổng hợp ý kiến.") == \
        ["Phòng Đấu thầu, thẩm định và giám sát đầu tư"]


def test_a_room_whose_last_field_is_also_a_verb():
    assert _names("Giao Phòng Quản lý quy hoạch và xây dựng tổng hợp ý kiến.") == ["Phòng Quản lý quy hoạch và xây dựng"]
    assert _names("Phòng Kinh tế và xây dựng kế hoạch") == ["Phòng Kinh tế"]


def test_listed_firms_are_read_whole():
    assert _names("Các công ty: Cổ phần Logistics Kim Đồng, TNHH Vận tải đa phương thức Hoa Lư kết nối dữ liệu.") == \
        ["Công ty Cổ phần Logistics Kim Đồng", "Công ty TNHH Vận tải đa phương thức Hoa Lư"]


def test_a_day_care_group_after_a_kindergarten():
    assert _names("Trường Mầm non Hoa Ban và nhóm trẻ độc lập tư thục Bông Sen báo cáo số trẻ.") == \
        ["Trường Mầm non Hoa Ban", "nhóm trẻ độc lập tư thục Bông Sen"]
    assert _names("Các nhóm trẻ độc lập tư thục trên địa bàn phường rà soát số trẻ.") == []


def test_communes_along_a_named_river():
    assert _names("UBND các xã, phường ven sông Hoàng Long chỉ đạo các thôn tham gia.") == \
        ["UBND các xã, phường ven sông Hoàng Long"]


def test_village_heads_of_a_kind_listed():
    assert _names("Thôn đội trưởng các thôn: Nà Lay, Pắc Cáp và Khuổi Lặc rà soát.") == \
        ["Thôn đội trưởng thôn Nà Lay", "Thôn đội trưởng thôn Pắc Cáp", "Thôn đội trưởng thôn Khuổi Lặc"]
    assert _names("Người có uy tín các thôn: Nà Mò, Pác Giàng tuyên truyền.") == \
        ["Người có uy tín thôn Nà Mò", "Người có uy tín thôn Pác Giàng"]
    assert _names("Các Tổ tiết kiệm và vay vốn thôn: Nà Slảng, Khuổi Khoang rà soát.") == \
        ["Tổ tiết kiệm và vay vốn thôn Nà Slảng", "Tổ tiết kiệm và vay vốn thôn Khuổi Khoang"]


def test_a_body_outside_the_directory_as_the_standing_unit_leads():
    text = _letter("1. Trung tâm Công nghệ thông tin và Truyền thông là đơn vị thường trực; cập nhật phương án ứng cứu "
                   "sự cố, trình Giám đốc Sở trước ngày 30/11/2027.")
    assert _leads_on(text, "2027-11-30") == {"Trung tâm Công nghệ thông tin và Truyền thông"}


def test_a_heading_names_a_body_and_a_group_addressed():
    assert _leads_on(SCHOOLS_LETTER + "\n" + NB_SIGNED, "2027-05-03") == \
        {"Trường Phổ thông Dân tộc nội trú tỉnh", "Các trường trung học phổ thông trực thuộc Sở"}


def test_a_heading_names_staff_at_a_place_in_its_own_words():
    text = ("VĂN PHÒNG UBND TỈNH NINH BÌNH\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nSố: 86/TTPVHCC-TNTKQ\n"
            "V/v chấn chỉnh việc tiếp nhận hồ sơ\nNinh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n"
            "- Các sở: Xây dựng, Tư pháp;\n- Công chức, viên chức các sở, ngành làm việc tại Trung tâm.\n"
            "Giám đốc Trung tâm đề nghị:\n1. Công chức, viên chức các sở, ngành làm việc tại quầy của Trung tâm:\n"
            "- Liên hệ, hướng dẫn lại các trường hợp bị yêu cầu bổ sung hồ sơ, hoàn thành trước ngày 25/4/2027.\n\n"
            + NB_SIGNED)
    assert _leads_on(text, "2027-04-25") == {"Công chức, viên chức các sở, ngành làm việc tại quầy của Trung tâm"}


# --- closings -----------------------------------------------------------------------------------------------------------

def test_a_kind_and_a_group_named_back_together():
    text = SCHOOLS_LETTER + "Các trường và UBND các xã nêu trên báo cáo kết quả về Sở trước ngày 15/5/2027./.\n" + NB_SIGNED
    assert _leads_on(text, "2027-05-15") == {"Trường Phổ thông Dân tộc nội trú tỉnh",
                                             "Các trường trung học phổ thông trực thuộc Sở",
                                             "UBND xã Gia Viễn", "UBND xã Nho Quan"}


def test_schools_named_back_are_the_schools_addressed():
    text = SCHOOLS_LETTER + "Các trường nêu trên báo cáo kết quả về Sở trước ngày 15/5/2027./.\n" + NB_SIGNED
    assert _leads_on(text, "2027-05-15") == {"Trường Phổ thông Dân tộc nội trú tỉnh",
                                             "Các trường trung học phổ thông trực thuộc Sở"}


def test_a_body_and_a_group_cited_by_an_item_report():
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HOA LƯ\nSố: 215/UBND-VHXH\nV/v phòng, chống bệnh tay chân miệng\n"
            "Hoa Lư, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Trạm Y tế phường;\n- Trường Mầm non Hoa Ban;\n"
            "- Trường Mầm non Quảng Lạc.\nUBND phường đề nghị:\n"
            "1. Trạm Y tế phường giám sát các ca bệnh tại trường học, báo cáo hằng tuần.\n2. Các trường mầm non:\n"
            "- Chậm nhất ngày 30/4/2027, lắp đặt bổ sung bồn rửa tay cho các lớp mẫu giáo.\n"
            "Trạm Y tế phường, các trường mầm non nêu tại mục 2 báo cáo kết quả về UBND phường trước ngày 15/5/2027.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n")
    assert _leads_on(text, "2027-05-15") == {"Trạm Y tế phường", "Trường Mầm non Hoa Ban", "Trường Mầm non Quảng Lạc"}


def test_a_water_companys_works_named_back():
    text = ("CÔNG TY CỔ PHẦN CẤP THOÁT NƯỚC NINH BÌNH\nSố: 96/CTN-KT\nV/v bảo đảm chất lượng nước sạch\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Xí nghiệp nước Hoa Lư;\n- Phòng Kỹ thuật - Kiểm nghiệm.\n"
            "1. Xí nghiệp nước Hoa Lư tăng tần suất lấy mẫu nước tại nhà máy.\n"
            "2. Phòng Kỹ thuật - Kiểm nghiệm phân tích mẫu nước, công bố kết quả trên trang thông tin của Công ty.\n"
            "Các xí nghiệp, phòng nêu trên báo cáo kết quả thực hiện về Giám đốc Công ty trước 16 giờ ngày 20/5/2027.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n")
    assert _leads_on(text, "2027-05-20") == {"Xí nghiệp nước Hoa Lư", "Phòng Kỹ thuật - Kiểm nghiệm"}


def test_a_heading_pointing_at_the_table_above_means_its_rows_bodies():
    text = ("UBND TỈNH NINH BÌNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 1388/SNNMT-QLMT\nV/v khắc phục các điểm xả thải\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Các cơ sở có tên tại bảng dưới đây;\n- UBND phường Hoa Lư;\n"
            "- Công an tỉnh.\nQua kiểm tra, Sở Nông nghiệp và Môi trường yêu cầu các cơ sở khắc phục như sau:\n"
            "| STT | Cơ sở | Vi phạm | Thời hạn khắc phục |\n|---|---|---|---|\n"
            "| 1 | Công ty TNHH Thực phẩm sạch Hoa Lư | Xả nước thải chưa qua xử lý | Trước ngày 15/6/2027 |\n"
            "| 2 | Nhà hàng Bến Sông Xanh | Không có bể tách mỡ | Trước ngày 31/7/2027 |\n\n"
            "**1. Các cơ sở có tên tại bảng trên** khắc phục đúng thời hạn; gửi hồ sơ chứng minh kết quả khắc phục về Sở.\n\n"
            + NB_SIGNED)
    heading = {a for leads, _d, t in _tasks(text) if t.startswith("Các cơ sở có tên tại bảng trên") for a in leads}
    assert heading == {"Công ty TNHH Thực phẩm sạch Hoa Lư", "Nhà hàng Bến Sông Xanh"}


def test_a_letters_closing_after_an_item_asking_block_heads_means_the_addressees():
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HOA LƯ\nSố: 1042/UBND-QS\nV/v chuẩn bị diễn tập\nHoa Lư, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi:\n- Ban Chỉ huy Quân sự phường;\n- Công an phường Hoa Lư;\n- Phòng Văn hóa - Xã hội.\n"
            "UBND phường yêu cầu:\n1. Ban Chỉ huy Quân sự phường xây dựng kế hoạch diễn tập.\n"
            "2. Công an phường Hoa Lư xây dựng phương án bảo đảm an ninh khu vực diễn tập.\n"
            "3. Phòng Văn hóa - Xã hội tuyên truyền về mục đích của diễn tập.\n"
            "4. Đề nghị Khối trưởng các khối: Đoàn Kết, Nà Cạo và Khối trưởng khối Hoàng Thượng vận động Nhân dân chấp "
            "hành quy định khu vực diễn tập.\n"
            "Các cơ quan, đơn vị nêu trên báo cáo tiến độ về UBND phường (qua Ban Chỉ huy Quân sự phường) trước ngày "
            "20/5/2027.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n")
    assert _leads_on(text, "2027-05-20") == {"Ban Chỉ huy Quân sự phường", "Công an phường Hoa Lư",
                                             "Phòng Văn hóa - Xã hội"}


def test_a_clause_reporting_to_two_bodies_goes_on_with_its_items_room():
    text = (SCHOOLS_LETTER + "4. Phòng Kế hoạch - Tài chính theo dõi tỷ lệ tham gia bảo hiểm y tế của học sinh, báo cáo "
            "Giám đốc Sở trước ngày 05 hằng tháng; tổng hợp kết quả toàn ngành, báo cáo UBND tỉnh, Bảo hiểm xã hội tỉnh "
            "trước ngày 20/01/2028.\n" + NB_SIGNED)
    assert _leads_on(text, "2028-01-20") == {"Phòng Kế hoạch - Tài chính"}


# --- times --------------------------------------------------------------------------------------------------------------

def test_pupils_first_day_back_is_a_limit():
    assert _dates("rà soát danh sách cha mẹ học sinh trước ngày tựu trường 01/9/2027.") == ["2027-09-01"]


def test_a_quarter_opening_an_investigation_is_its_limit():
    text = _letter("5. Công an tỉnh: trong Quý II/2027, điều tra, làm rõ trách nhiệm của các tổ chức xả thải.")
    assert _dated(text) == {("Công an tỉnh", "2027-06-30")}


def test_results_told_after_a_test_are_due_in_the_month():
    assert _dates("lấy mẫu nước giếng để xét nghiệm, thông báo kết quả cho Nhân dân trong tháng 6/2027.") == ["2027-06-30"]


def test_data_sent_to_a_department_in_a_quarter_is_due_then():
    assert _dates("lắp đặt trạm quan trắc, truyền số liệu về Sở trong Quý III/2027.") == ["2027-09-30"]
    assert _dates("đánh giá số liệu quan trắc trong Quý III/2027.") == []


def test_how_long_bids_are_evaluated_or_works_take_is_no_limit():
    assert _dates("thời gian đánh giá hồ sơ dự thầu không quá 25 ngày.") == []
    assert _dates("bảo đảm thời gian thi công không quá 120 ngày.") == []


def test_a_duty_about_people_who_retired_is_kept():
    found = _tasks(_letter("2. Trung tâm Thông tin:\n- Khóa ngay tài khoản của người đã nghỉ hưu, chuyển công tác."))
    assert any(leads == ["Trung tâm Thông tin"] and t.startswith("Khóa ngay") for leads, _d, t in found)


# --- the fourth wave's forms (sets ZZZZZZZZZZZZZZZZZZZZZZZZZZS … ZZZZZZZZZZZZZZZZZZZZZZZZZZZ) ----------------------------

def test_a_column_of_bare_communes_leads_each_timed_row():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 742/QĐ-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
            "Về việc phân bổ gạo hỗ trợ dịp giáp hạt\n**Điều 1.** Phân bổ 376.000 kg gạo cho 02 xã như sau:\n\n"
            "| STT | Xã | Số hộ | Số gạo (kg) | Thời gian hoàn thành cấp phát |\n|---|---|---|---|---|\n"
            "| 1 | Gia Viễn | 1.236 | 208.350 | Trước ngày 30/4/2027 |\n| 2 | Nho Quan | 1.104 | 167.650 | Chậm nhất ngày 20/5/2027 |\n\n"
            + NB_SIGNED)
    assert _dated(text) == {("UBND xã Gia Viễn", "2027-04-30"), ("UBND xã Nho Quan", "2027-05-20")}


def test_a_warehouse_point_after_a_room_is_a_body_of_its_own():
    assert _names("Phòng Quản lý hàng dự trữ và Điểm kho Mai Pha kiểm tra chất lượng gạo.") == \
        ["Phòng Quản lý hàng dự trữ", "Điểm kho Mai Pha"]


def test_a_communes_own_going_on_in_its_report_is_no_task():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 97/BC-UBND\nGia Viễn, ngày 14 tháng 4 năm 2027\nBÁO CÁO\n"
            "Kết quả cấp phát gạo hỗ trợ\nKính gửi:\n- UBND tỉnh Ninh Bình;\n- Sở Nông nghiệp và Môi trường.\n"
            "III. NHIỆM VỤ TRỌNG TÂM\n1. Phòng Kinh tế rà soát các hộ thiếu đói, lập hồ sơ trước ngày 31/5/2027.\n"
            "2. Trung tâm Dịch vụ tổng hợp xã hướng dẫn Nhân dân gieo trồng vụ Mùa trước ngày 15/6/2027.\n"
            "UBND xã tiếp tục báo cáo tình hình đời sống Nhân dân trước ngày 20 hằng tháng.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n")
    assert _dated(text) == {("Phòng Kinh tế", "2027-05-31"), ("Trung tâm Dịch vụ tổng hợp xã", "2027-06-15")}


def test_a_public_consultations_days_are_no_limit():
    assert _dates("đăng tải trên Cổng thông tin điện tử tỉnh để lấy ý kiến Nhân dân trong 30 ngày.") == []
    assert _dates("Lấy ý kiến cộng đồng dân cư, gửi Sở Xây dựng trong thời gian 30 ngày.") == ["2027-05-14"]


def test_a_goal_named_as_such_is_no_limit():
    assert _dates("xây dựng kế hoạch (mục tiêu đến năm 2030 có 10% diện tích lúa được bảo hiểm), trình UBND tỉnh "
                  "trước ngày 31/5/2027.") == ["2027-05-31"]


def test_a_ministrys_appraisal_schedule_is_told_not_asked():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 88/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Xây dựng hồ sơ công viên địa chất\n**II. LỘ TRÌNH THẨM ĐỊNH CỦA BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH**\n\n"
            "Bộ Văn hóa, Thể thao và Du lịch tiếp nhận hồ sơ đến hết ngày 30/9/2027; thẩm định hồ sơ trong tháng "
            "10/2027.\n\n**III. NHIỆM VỤ CỤ THỂ**\n\n1. Sở Văn hóa, Thể thao và Du lịch hoàn thiện hồ sơ, trình UBND tỉnh "
            "trước ngày 15/8/2027.\n\n" + NB_SIGNED)
    assert _dated(text) == {("Sở Văn hóa, Thể thao và Du lịch", "2027-08-15")}


def test_firms_trade_unions_named_back():
    text = ("LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH\nSố: 215/LĐLĐ-CSPL\nV/v tổ chức Tháng Công nhân\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Công đoàn cơ sở Công ty TNHH May Hoa Lư;\n"
            "- Công đoàn cơ sở Công ty TNHH Giày da Tam Điệp.\n"
            "1. Công đoàn cơ sở Công ty TNHH May Hoa Lư tổ chức đối thoại với người sử dụng lao động.\n"
            "2. Công đoàn cơ sở Công ty TNHH Giày da Tam Điệp rà soát việc trả lương làm thêm giờ.\n"
            "Các công đoàn cơ sở nêu trên báo cáo kết quả về Liên đoàn Lao động tỉnh chậm nhất ngày 05/6/2027.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nNguyễn Văn An\n")
    assert {"Công đoàn cơ sở Công ty TNHH May Hoa Lư", "Công đoàn cơ sở Công ty TNHH Giày da Tam Điệp"} \
        <= _leads_on(text, "2027-06-05")


def test_a_loans_closing_day_in_brackets_is_the_limit():
    assert _dates("giải ngân hết vốn trước ngày đóng khoản vay (30/9/2027).") == ["2027-09-30"]
    assert _plan_row("Hoàn thành giải ngân vốn nước ngoài", "Sở Y tế", "Trước ngày đóng khoản vay (30/9/2027)") == \
        {("Sở Y tế", "2027-09-30")}


def test_a_missions_and_an_enrolments_days_have_no_limit():
    assert not _plan_row("Tiếp đón, làm việc với Đoàn rà soát của ADB", "Sở Tài chính", "Từ ngày 08/6 đến ngày 12/6/2027")
    assert not _plan_row("Tuyển sinh năm 2027; tư vấn hướng nghiệp tại các trường", "Sở Giáo dục và Đào tạo",
                         "Từ tháng 3/2027 đến tháng 10/2027")
