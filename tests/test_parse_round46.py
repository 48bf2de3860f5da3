"""Round 46 (issue 11's forty-fifth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZQ … ZZZZZZZZZZZZZZZZZZZZF and left from the last round, one test each on text
written for these tests."""
from __future__ import annotations

from parse_helpers import NB_SIGNED as SIGNED, dated as _dated, dates as _dates, letter as _letter, names as _names, \
    notice as _notice, tasks as _tasks
from tbkl_xl.parse.agencies import default_directory


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


def test_days_before_the_event_counted_from_its_day():
    # "trước 05 ngày so với ngày khai mạc" in the plan of a festival held "từ ngày 14/8/2027 đến ngày 16/8/2027";
    # "trước 03 ngày so với ngày tổ chức chương trình" in a permit whose "Thời gian:" field gives the night
    festival = _letter("Lễ hội diễn ra trong 03 đêm, từ ngày 14/8/2027 đến ngày 16/8/2027 tại Quảng trường trung tâm.\n"
                       "1. Sở Y tế bố trí đội cấp cứu lưu động, hoàn thành trước 05 ngày so với ngày khai mạc.")
    assert ("Sở Y tế", "2027-08-09") in _dated(festival)
    permit = _letter("1. Chấp thuận cho Công ty TNHH Sự kiện Phương Nam tổ chức biểu diễn nghệ thuật:\n"
                     "- Thời gian: từ 20h00 đến 23h00 ngày 29/8/2027.\n"
                     "2. Công ty TNHH Sự kiện Phương Nam gửi danh sách người biểu diễn về Sở Y tế trước 03 ngày so với "
                     "ngày tổ chức chương trình.")
    assert ("Công ty TNHH Sự kiện Phương Nam", "2027-08-26") in _dated(permit)


def test_a_full_line_cut_by_a_page_break_goes_on_after_it():
    # "… về Thường trực Ban" / "1" / "\fTổ chức (qua …) trước ngày …": one sentence, its date the closing's
    lines = ["     %d. Sở Y tế rà soát danh sách cơ sở khám chữa bệnh tư nhân trên địa bàn, hoàn thành trước ngày %02d/5/2027."
             % (k, k + 1) for k in range(1, 20)]
    body = "\n".join(lines) + ("\n     20. Các thành viên Ban Chỉ đạo nêu trên báo cáo tiến độ thực hiện nhiệm vụ về Thường trực Ban"
                               "\n\n                                            1\n\fChỉ đạo (qua Phòng Nghiệp vụ Y) trước ngày "
                               "28/5/2027.\n")
    tasks = _tasks(_notice(body))
    last = [t for t in tasks if "báo cáo tiến độ" in t[2]]
    assert last and all(t[1] == "2027-05-28" for t in last) and "Phòng Nghiệp vụ Y" in last[0][2]


def test_the_members_of_an_organising_board_are_the_bodies_named_before():
    # "Các thành viên Ban Tổ chức nêu trên báo cáo …": each body whose holder the items named
    text = _notice("1. Đồng chí Phó Giám đốc Sở Y tế - Phó Trưởng ban: hoàn thiện kịch bản trước ngày 03/5/2027.\n"
                   "2. Đồng chí Phó Giám đốc Công an tỉnh - Ủy viên: hoàn thiện kế hoạch bảo đảm an ninh trước ngày "
                   "05/5/2027.\n"
                   "3. Các thành viên Ban Tổ chức nêu trên báo cáo tiến độ về Thường trực Ban Tổ chức trước ngày 18/5/2027.")
    assert {("Sở Y tế", "2027-05-18"), ("Công an tỉnh", "2027-05-18")} <= _dated(text)


def test_a_purchase_or_a_cross_reference_ends_a_name_outside_the_directory():
    assert _names("4. Phòng Tổ chức - Hành chính mua bảo hiểm cho người lao động.") == ["Phòng Tổ chức - Hành chính"]
    assert _names("Trung tâm Dịch vụ mua sắm công tổ chức đấu thầu.") == ["Trung tâm Dịch vụ mua sắm công"]


def test_a_permits_validity_and_an_extension_granted_are_no_time_limits():
    text = _letter("1. Văn bản chấp thuận này có giá trị đến hết ngày 30/8/2027.\n"
                   "2. Công ty Cổ phần Kho vận Na Dương đã được gia hạn tiến độ sử dụng đất 24 tháng theo Quyết định số "
                   "71/QĐ-UBND ngày 14/3/2027, được gia hạn đến ngày 30/6/2028. Đề nghị Công ty nộp tiền thuê đất bổ "
                   "sung trong tháng 6/2027.")
    assert _dated(text) == {("Công ty Cổ phần Kho vận Na Dương", "2027-06-30")}


def test_a_closing_for_bodies_and_people_named_above_reaches_each_addressee():
    # "Các cơ quan, đơn vị, cá nhân nêu trên báo cáo …" in a letter to a firm, offices and heads of groups
    text = ("UBND PHƯỜNG ĐÔNG KINH\nSố: 418/UBND-VHXH\nV/v bảo đảm trật tự\nĐông Kinh, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi:\n- Công ty TNHH Sự kiện Đồng Đăng Xanh;\n- Công an phường Đông Kinh;\n"
            "- Tổ trưởng các tổ dân phố khu vực Quảng trường.\n"
            "UBND phường Đông Kinh đề nghị:\n"
            "**1. Công ty TNHH Sự kiện Đồng Đăng Xanh** tháo dỡ sân khấu chậm nhất ngày 03/5/2027.\n"
            "**2. Công an phường Đông Kinh** bố trí lực lượng tuần tra khu vực sân khấu.\n"
            "**3. Tổ trưởng các tổ dân phố** thông báo lịch chạy thử âm thanh đến từng hộ gia đình.\n"
            "Các cơ quan, đơn vị, cá nhân nêu trên báo cáo kết quả thực hiện về UBND phường trước ngày 06/5/2027.\n"
            + SIGNED)
    closing = {a for a, d in _dated(text) if d == "2027-05-06"}
    assert {"Công ty TNHH Sự kiện Đồng Đăng Xanh", "Công an phường Đông Kinh"} <= closing


def test_hospitals_listed_after_their_shared_head():
    # "Các Bệnh viện: Y học cổ truyền, Phổi …": one hospital per name (not "Bệnh viện Y")
    assert _names("Các Bệnh viện: Y học cổ truyền, Phổi và các Trung tâm Y tế khu vực rà soát danh mục kỹ thuật.")[:2] \
        == ["Bệnh viện Y học cổ truyền", "Bệnh viện Phổi"]


def test_a_closing_for_divisions_and_stations_named_above_reaches_those_only():
    # "Các khoa, phòng và trạm y tế nêu trên báo cáo …": the departments, offices and stations of the items,
    # not the communes asked in the item before
    text = _letter("1. Khoa Khám bệnh - Cấp cứu xây dựng phương án tiếp nhận tai nạn hàng loạt trước ngày 15/5/2027.\n"
                   "2. Trạm Y tế các xã: Gia Viễn, Nho Quan bố trí túi cấp cứu xong trước ngày 10/5/2027.\n"
                   "3. Phòng Kế hoạch - Nghiệp vụ tổ chức tập huấn sơ cấp cứu trong tháng 8/2027.\n"
                   "4. Đề nghị UBND các xã: Gia Viễn, Nho Quan bố trí địa điểm tập kết người bị nạn.\n"
                   "III. TỔ CHỨC THỰC HIỆN\n"
                   "Các khoa, phòng và trạm y tế nêu trên báo cáo kết quả thực hiện trước ngày 20/12/2027.")
    closing = {a for a, d in _dated(text) if d == "2027-12-20"}
    assert closing == {"Khoa Khám bệnh - Cấp cứu", "Trạm Y tế xã Gia Viễn", "Trạm Y tế xã Nho Quan",
                       "Phòng Kế hoạch - Nghiệp vụ"}


def test_a_merged_stations_service_point_is_named_with_its_word():
    assert _names("Điểm Trạm Y tế Bảo Lâm, Điểm Trạm Y tế Thụy Hùng rà soát danh sách.") == \
        ["Điểm Trạm Y tế Bảo Lâm", "Điểm Trạm Y tế Thụy Hùng"]


def test_a_division_of_the_issuer_named_with_its_bare_head_leads():
    # "Khoa Cấp cứu của Bệnh viện tổ chức …" in the hospital's letter: the department's task (not dropped, nor
    # given to the addressees)
    text = ("SỞ Y TẾ LẠNG SƠN\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 1187/BVĐK-KHTH\nLạng Sơn, ngày 14 tháng 4 năm 2027\n"
            "V/v phối hợp chuyển người bệnh\nKính gửi: Các Trung tâm Y tế khu vực: Cao Lộc, Văn Lãng.\n"
            "Bệnh viện Đa khoa tỉnh đề nghị các đơn vị phối hợp thực hiện:\n"
            "1. Khoa Cấp cứu của Bệnh viện tổ chức giao ban chuyển tuyến trực tuyến trước ngày 30/6/2027.\n"
            "Nơi nhận:\n- Như trên;\nGIÁM ĐỐC\nNguyễn Văn An\n")
    assert _dated(text) == {("Khoa Cấp cứu", "2027-06-30")}


def test_a_school_named_after_the_schools_of_a_kind_is_a_body_of_its_own():
    # "Các trường THPT, Trường Phổ thông Dân tộc nội trú tỉnh:": the schools of a kind and one school
    assert _names("1. Các trường THPT, Trường Phổ thông Dân tộc nội trú tỉnh:") == \
        ["Các trường THPT", "Trường Phổ thông Dân tộc nội trú tỉnh"]


def test_driving_schools_as_a_group_by_their_trade():
    assert _names("Các cơ sở đào tạo lái xe lắp đặt cabin học lái xe ô tô.") == ["Các cơ sở đào tạo lái xe"]


def test_a_time_cells_bracket_gives_its_day_after_an_event_in_words():
    tasks = _tasks(_letter("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
                           "| 1 | Kiểm tra xe ô tô đưa đón học sinh | Sở Xây dựng | Trước khi năm học mới bắt đầu "
                           "(trước ngày 05/9/2027) |"))
    assert [(t[0], t[1]) for t in tasks] == [(["Sở Xây dựng"], "2027-09-05")]


def test_a_team_named_by_two_fields_and_its_owner_in_a_bracket():
    # "Đội Sát hạch, cấp giấy phép lái xe (thuộc Phòng) cấp …": the team, not the bodies named above
    assert _names("4. Đội Sát hạch, cấp giấy phép lái xe (thuộc Phòng) cấp giấy phép lái xe cho học viên.") == \
        ["Đội Sát hạch, cấp giấy phép lái xe"]


def test_a_body_making_its_traders_act_leads_its_task():
    # "Ban Quản lý chợ X yêu cầu các hộ kinh doanh ký cam kết …" in the ward's letter: the board's task
    text = _letter("4. Ban Quản lý chợ Gia Viễn yêu cầu các hộ kinh doanh ký cam kết không thu đổi ngoại tệ "
                   "trái phép trước ngày 30/5/2027.")
    assert _dated(text) == {("Ban Quản lý chợ Gia Viễn", "2027-05-30")}


def test_a_group_addressed_as_such_keeps_its_heading_with_what_some_of_them_have():
    # "1. Các doanh nghiệp, hộ kinh doanh vàng bạc, đá quý chưa sử dụng hóa đơn điện tử …:" in a letter to that group
    # and one firm: the group, not the firm
    text = ("THUẾ TỈNH LẠNG SƠN\nTHUẾ CƠ SỞ 1 TỈNH LẠNG SƠN\nSố: 318/TCS1-QLHKD\nLạng Sơn, ngày 14 tháng 4 năm 2027\n"
            "V/v triển khai hóa đơn điện tử\nKính gửi:\n- Công ty TNHH Vàng bạc Kim Phát Lạng Sơn;\n"
            "- Các doanh nghiệp, hộ kinh doanh vàng bạc, đá quý trên địa bàn.\n"
            "Thuế cơ sở 1 tỉnh Lạng Sơn đề nghị:\n"
            "1. Các doanh nghiệp, hộ kinh doanh vàng bạc, đá quý chưa sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền:\n"
            "- Đăng ký sử dụng hóa đơn điện tử, hoàn thành chậm nhất ngày 30/4/2027.\n"
            "2. Công ty TNHH Vàng bạc Kim Phát Lạng Sơn đối chiếu số liệu hóa đơn trước ngày 25/4/2027.\n"
            "Nơi nhận:\n- Như trên;\nKT. TRƯỞNG THUẾ CƠ SỞ\nVi Thị Thu Hà\n")
    first = [t for t in _tasks(text) if t[1] == "2027-04-30"]
    assert len(first) == 1 and first[0][0][0].startswith("Các doanh nghiệp, hộ kinh doanh vàng bạc, đá quý")


def test_a_verb_after_a_dashed_division_name_ends_it():
    assert _names("Phòng Kiểm định - Hiệu chuẩn bố trí kiểm định viên.") == ["Phòng Kiểm định - Hiệu chuẩn"]
    assert _names("Phòng Kỹ thuật - Đầu tư hiệu chỉnh cột đo.") == ["Phòng Kỹ thuật - Đầu tư"]
    assert _names("Trung tâm Kiểm định chất lượng xây dựng kiểm định công trình.") == \
        ["Trung tâm Kiểm định chất lượng xây dựng"]


def test_a_commune_making_its_hamlets_heads_act_keeps_its_task():
    # "3. UBND các xã: A, B:" / "- Thống kê …; yêu cầu trưởng thôn, tổ trưởng tổ dân phố lập sổ …, hoàn thành trước …"
    text = _letter("3. UBND các xã: Gia Viễn, Nho Quan:\n"
                   "- Thống kê tổng đàn chó, mèo, số hộ nuôi; yêu cầu trưởng thôn, tổ trưởng tổ dân phố lập sổ theo dõi, "
                   "hoàn thành trước ngày 25/5/2027.\n"
                   "- Chậm nhất ngày 31/5/2027, hoàn thành thống kê đàn chó đến từng hộ, giao trưởng bản theo dõi, quản lý.")
    tasks = _tasks(text)
    assert {(a, d) for leads, d, _t in tasks for a in leads} == {
        ("UBND xã Gia Viễn", "2027-05-25"), ("UBND xã Nho Quan", "2027-05-25"),
        ("UBND xã Gia Viễn", "2027-05-31"), ("UBND xã Nho Quan", "2027-05-31")}
    assert all("Thống kê tổng đàn chó" in t[2] for t in tasks if t[1] == "2027-05-25")


def test_private_clinics_are_no_offices_divisions():
    # "Các phòng khám tư nhân …": clinics, not "Các phòng" of an office
    assert not any(n == "Các phòng" for n in _names("Các phòng khám tư nhân thuộc Cụm 3 ký hợp đồng thu gom chất thải."))
    assert _names("Các phòng, ban chuyên môn báo cáo kết quả.") == ["Các phòng, ban chuyên môn"]


def test_a_closing_before_the_contact_line_reaches_the_addressees():
    # "Đề nghị các đơn vị nêu trên phản hồi … trước ngày …" / "Mọi thông tin xin liên hệ: …": the letter's addressees,
    # not the issuer's own division named in the item above
    text = ("CÔNG TY TNHH MÔI TRƯỜNG XANH KỲ LỪA\nSố: 47/2027/CV-MTX\nLạng Sơn, ngày 14 tháng 4 năm 2027\n"
            "V/v thông báo lịch thu gom chất thải\nKính gửi:\n- Trạm Y tế xã Na Sầm;\n- Phòng khám đa khoa An Phúc.\n"
            "Để thực hiện lịch thu gom nêu trên, Công ty đề nghị:\n1. Trạm Y tế xã Na Sầm bố trí người giao nhận chất thải.\n"
            "2. Phòng khám đa khoa An Phúc ký phụ lục hợp đồng trước ngày 30/4/2027.\n"
            "3. Phòng Kinh doanh của Công ty gửi dự thảo phụ lục hợp đồng cho các đơn vị trong 05 ngày làm việc kể từ ngày "
            "nhận được đề nghị; Đội Thu gom - Vận chuyển số 2 thực hiện thu gom theo lịch mới.\n"
            "Đề nghị các đơn vị nêu trên phản hồi ý kiến về lịch thu gom bằng văn bản trước ngày 31/5/2027 để Công ty hoàn "
            "chỉnh, báo cáo Sở Y tế.\n"
            "Mọi thông tin xin liên hệ: bà Hoàng Thị Thu, Phòng Kinh doanh, điện thoại 0205 3871 246.\n"
            "Nơi nhận:\n- Như trên;\nGIÁM ĐỐC\nLý Thị Hằng\n")
    assert {a for a, d in _dated(text) if d == "2027-05-31"} == {"Trạm Y tế xã Na Sầm", "Phòng khám đa khoa An Phúc"}


def test_councils_choosing_products_and_their_secretariat_are_bodies():
    assert _names("d) Hội đồng bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh tổ chức bình chọn.") == \
        ["Hội đồng bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh"]
    assert _names("1. Tổ thư ký Hội đồng hoàn thiện biên bản.") == ["Tổ thư ký Hội đồng"]


def test_a_month_opening_a_dash_before_settling_cases_is_its_limit():
    # "- Trong tháng 10/2027, xử lý dứt điểm các điểm ô nhiễm …" under the communes' heading
    assert _dates("Trong tháng 10/2027, xử lý dứt điểm các điểm ô nhiễm môi trường làng nghề.") == ["2027-10-31"]


def test_what_is_expected_in_a_report_leaves_the_report_due():
    # "Báo cáo số lượng cơ sở dự kiến đăng ký về Sở … trước ngày …": the expected number is what is reported
    assert _dates("- Báo cáo số lượng cơ sở dự kiến đăng ký về Sở Công Thương trước ngày 15/7/2027.") == ["2027-07-15"]
    assert _dates("Hội nghị sơ kết dự kiến tổ chức tại tỉnh trong tháng 7/2027.") == []


def test_a_merged_wards_number_stays_with_its_name_in_a_list():
    # "UBND các xã: A, B và UBND phường Hà Giang 1": the ward's number is its name's
    found = default_directory().find_mentions("UBND các xã: Hàm Yên, Chiêm Hóa, Na Hang và UBND phường Hà Giang 1 "
                                              "(địa phương có tỷ lệ dưới 50%):")
    assert "UBND phường Hà Giang 1" in [n for m in found for n in (m.agency.members or (m.agency.name,))]


def test_a_period_between_a_body_and_its_verb():
    # "Liên minh Hợp tác xã tỉnh trong 30 ngày kể từ ngày ký Thông báo này xây dựng …; tổ chức … trước ngày …"
    tasks = _tasks(_letter("3. Liên minh Hợp tác xã tỉnh trong 30 ngày kể từ ngày nhận được Thông báo này xây dựng "
                           "chương trình đào tạo; tổ chức 05 lớp tập huấn trước ngày 15/12/2027."))
    assert [(t[0], t[1]) for t in tasks] == [(["Liên minh Hợp tác xã tỉnh"], None),
                                             (["Liên minh Hợp tác xã tỉnh"], "2027-12-15")]


def test_border_posts_listed_by_their_gates_and_the_last_after_and():
    assert _names("Các đồn Biên phòng: cửa khẩu quốc tế Hữu Nghị, cửa khẩu Tân Thanh, Na Hình và Bảo Lâm chỉ đạo.") == \
        ["Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị", "Đồn Biên phòng cửa khẩu Tân Thanh", "Đồn Biên phòng Na Hình",
         "Đồn Biên phòng Bảo Lâm"]


def test_a_division_of_the_issuing_fund_leads():
    # "Phòng Nghiệp vụ của Quỹ phối hợp với … hoàn thành thẩm định … trong tháng 7/2027" in the Fund's letter
    text = ("LIÊN MINH HỢP TÁC XÃ TỈNH LẠNG SƠN\nQUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ\nSố: 37/QHT-NV\n"
            "Lạng Sơn, ngày 14 tháng 4 năm 2027\nV/v bổ sung hồ sơ vay vốn\nKính gửi:\n- Hợp tác xã Chè Mẫu Sơn;\n"
            "- Hợp tác xã Hồi Tân Tiến.\nQuỹ đề nghị:\n1. Các hợp tác xã bổ sung hồ sơ vay vốn trước ngày 30/5/2027.\n"
            "2. Phòng Nghiệp vụ của Quỹ phối hợp với Liên minh Hợp tác xã tỉnh hoàn thành thẩm định, trình Hội đồng quản "
            "lý Quỹ phê duyệt trong tháng 7/2027.\nNơi nhận:\n- Như trên;\nGIÁM ĐỐC\nNguyễn Văn An\n")
    assert ("Phòng Nghiệp vụ", "2027-07-31") in _dated(text)


def test_headmasters_of_the_schools_addressed_each_take_the_intros_items():
    # "Sở … đề nghị Hiệu trưởng các trường thực hiện một số nội dung sau:" in a letter to "Hiệu trưởng các trường THPT:
    # A, B" and "Hiệu trưởng Trường PTDTNT THPT tỉnh": each school
    text = ("UBND TỈNH LẠNG SƠN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2488/SGDĐT-GDPT\nLạng Sơn, ngày 14 tháng 4 năm 2027\n"
            "V/v phòng, chống bắt nạt trên mạng xã hội\nKính gửi:\n- Hiệu trưởng các trường THPT: Việt Bắc, Lộc Bình;\n"
            "- Hiệu trưởng Trường PTDTNT THPT tỉnh.\n"
            "Sở Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện một số nội dung sau:\n"
            "1. Đối với tất cả các trường:\n"
            "- Tổ chức cho học sinh ký cam kết sử dụng mạng xã hội an toàn, hoàn thành trước ngày 31/5/2027.\n"
            "2. Hiệu trưởng Trường THPT Lộc Bình tổ chức buổi ngoại khóa cho học sinh khối 10.\n"
            "Nơi nhận:\n- Như trên;\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An\n")
    assert {a for a, d in _dated(text) if d == "2027-05-31"} == \
        {"Trường THPT Việt Bắc", "Trường THPT Lộc Bình", "Trường PTDTNT THPT tỉnh"}


def test_a_row_of_mark_body_and_task_is_one_item():
    # "| 3. | Phòng Hành chính - Tổng hợp: | bố trí kinh phí …; hoàn thành … trước ngày …" (a .docx row, its last bar
    # lost or not): the division's item, not the addressees'
    tasks = _tasks(_letter("| 1. | Phòng Thông tin - Đào tạo: | tổ chức 05 lớp tập huấn trong tháng 5/2027. |\n"
                           "| 2. | Phòng Hành chính - Tổng hợp: | bố trí kinh phí; hoàn thành quyết toán trước ngày "
                           "15/01/2028."))
    assert [(t[0], t[1]) for t in tasks] == [(["Phòng Thông tin - Đào tạo"], "2027-05-31"),
                                             (["Phòng Hành chính - Tổng hợp"], "2028-01-15")]


def test_a_recurring_periods_days_after_its_comma_stay_with_the_report():
    # "tổng hợp, báo cáo Sở định kỳ 6 tháng, trước ngày 15/6 và 15/12.": one report, not a bare "trước ngày 15/6 …" task
    tasks = _tasks(_letter("1. Sở Y tế tổng hợp, báo cáo UBND tỉnh định kỳ 6 tháng, trước ngày 15/6 và 15/12."))
    assert all("báo cáo UBND tỉnh" in t[2] for t in tasks) and any(t[1] for t in tasks)


def test_shops_by_their_trade_and_owner_and_a_closing_for_offices_and_shops():
    assert _names("b) Cửa hàng vật tư nông nghiệp Thu Hằng thu hồi toàn bộ lô phân bón.") == \
        ["Cửa hàng vật tư nông nghiệp Thu Hằng"]
    assert _names("5. Phòng Tổ chức - Hành chính đưa nội dung chấp hành quy định vào tiêu chí thi đua.") == \
        ["Phòng Tổ chức - Hành chính"]
    text = _letter("1. Cửa hàng xăng dầu Gia Viễn kiểm tra cột đo trước ngày 20/5/2027.\n"
                   "2. Phòng Kinh doanh lấy mẫu xăng để thử nghiệm.\n"
                   "3. Các phòng, cửa hàng nêu trên báo cáo kết quả thực hiện trước ngày 25/6/2027.")
    assert {a for a, d in _dated(text) if d == "2027-06-25"} == {"Cửa hàng xăng dầu Gia Viễn", "Phòng Kinh doanh"}


def test_investors_named_back_are_the_firms_of_the_items():
    # "các nhà đầu tư nêu tại mục 1, 2, 3 báo cáo …" in a letter to them; "3. Các nhà đầu tư nêu trên báo cáo …" in a
    # notice with no "Kính gửi": the firms the items named
    text = _notice("1. Công ty Cổ phần Đầu tư Phát triển Hồng Phúc hoàn thành giải phóng mặt bằng trước ngày 30/9/2027.\n"
                   "2. Tổng công ty Xây dựng Trường Sơn Bắc nộp đủ tiền sử dụng đất trong tháng 6/2027.\n"
                   "3. Các nhà đầu tư nêu trên báo cáo tiến độ thực hiện dự án về Sở Tài chính trước ngày 25/10/2027.")
    assert {a for a, d in _dated(text) if d == "2027-10-25"} == \
        {"Công ty Cổ phần Đầu tư Phát triển Hồng Phúc", "Tổng công ty Xây dựng Trường Sơn Bắc"}


def test_bodies_controlling_within_their_remit_lead():
    # "Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh theo chức năng, nhiệm vụ kiểm soát chặt chẽ …": their task
    tasks = _tasks(_letter("3. Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh theo chức năng, nhiệm vụ kiểm soát chặt chẽ "
                           "các đường mòn, lối mở."))
    assert [t[0] for t in tasks] == [["Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]]


def test_a_hamlets_own_staff_branches_and_security_team():
    assert _names("1. Nhân viên thú y thôn tổng hợp danh sách chó đã tiêm phòng.") == ["Nhân viên thú y thôn"]
    assert _names("2. Chi hội Phụ nữ thôn, Chi hội Nông dân thôn tuyên truyền đến từng hộ.") == \
        ["Chi hội Phụ nữ thôn", "Chi hội Nông dân thôn"]
    assert _names("3. Tổ bảo vệ an ninh, trật tự thôn kiểm tra, lập biên bản.") == ["Tổ bảo vệ an ninh, trật tự thôn"]


def test_a_private_clinic_by_its_kind_and_name():
    assert _names("**1. Phòng khám đa khoa An Phúc** nộp hồ sơ đề nghị cấp giấy phép môi trường.") == \
        ["Phòng khám đa khoa An Phúc"]


def test_the_heads_of_departments_and_communes_closing_a_letter_are_its_addressees():
    # "Yêu cầu Thủ trưởng các sở, ngành, đơn vị và Chủ tịch UBND các xã … báo cáo kết quả về Sở Tài chính trước …": every
    # department the letter is sent to (not the one receiving the reports) and each commune
    text = _letter("1. Sở Y tế rà soát danh sách.\n"
                   "2. Yêu cầu Thủ trưởng các sở, ngành, đơn vị và Chủ tịch UBND các xã triển khai thực hiện, báo cáo kết "
                   "quả về Sở Tài chính trước ngày 15/12/2027.")
    assert {a for a, d in _dated(text) if d == "2027-12-15"} == \
        {"Sở Xây dựng", "Sở Y tế", "UBND xã Gia Viễn", "UBND xã Nho Quan"}


def test_a_household_business_by_its_trade_and_owner_but_no_database():
    assert _names("2. Hợp tác xã Nông lâm sản Văn Quan, Cơ sở mây tre đan Hoàng Thị Lan và Cơ sở sản xuất bún khô Nguyễn "
                  "Văn Thắng:") == ["Hợp tác xã Nông lâm sản Văn Quan", "Cơ sở mây tre đan Hoàng Thị Lan",
                                    "Cơ sở sản xuất bún khô Nguyễn Văn Thắng"]
    assert _names("Công an xã cập nhật Cơ sở dữ liệu quốc gia về dân cư.") == ["Công an xã"]


def test_a_tasks_extension_stays_its_new_time_limit():
    # "riêng nhiệm vụ tại mục 6 được gia hạn đến hết Quý III/2027": unlike a project's land use extended, a new limit
    # (a guard of the narrowing of test_a_permits_validity_and_an_extension_granted_are_no_time_limits)
    assert _dates("riêng nhiệm vụ tại mục 6 được gia hạn đến hết Quý III/2027 do phải chờ ý kiến.") == ["2027-09-30"]
