"""Round 47 (issue 11's forty-sixth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZZZZZZG … ZZZZZZZZZZZZZZZZZZZZZD and left from the last round, one test each on text
written for these tests."""
from __future__ import annotations

from parse_helpers import dated as _dated, dates as _dates, letter as _letter, names as _names, notice as _notice, \
    tasks as _tasks


# --- names of bodies ---------------------------------------------------------------------------------------------

def test_an_associations_branches_listed_after_its_plural_head_in_lower_case():
    # "Các chi hội: A, B và C" names one branch each, as "Các Chi hội: …" did
    assert _dated(_letter("2. Các chi hội: Tân Văn, Hồng Phong và Yên Trạch cập nhật sổ hội viên, gửi Văn phòng Hội "
                          "chậm nhất ngày 30/6/2027.")) == {
        ("Chi hội Tân Văn", "2027-06-30"), ("Chi hội Hồng Phong", "2027-06-30"), ("Chi hội Yên Trạch", "2027-06-30")}


def test_the_rest_of_a_group_of_parties_is_the_subject_of_its_verb():
    # "Các chi hội còn lại tiếp tục …": the other branches, a group as written (no task lost)
    assert _tasks(_letter("3. Các chi hội còn lại tiếp tục vận động hộ trồng hồi tham gia Hội.")) == [
        (["Các chi hội còn lại"], None, "Các chi hội còn lại tiếp tục vận động hộ trồng hồi tham gia Hội.")]


def test_the_other_communes_are_not_the_ones_named_just_before():
    # "UBND các xã, phường khác …" after an item for four communes: the others, a group of its own
    tasks = _tasks(_letter("4. UBND các xã: Tân Văn, Hồng Phong và Yên Trạch rà soát số hộ trồng hồi trước ngày 31/8/2027.\n"
                           "5. UBND các xã, phường khác có diện tích hồi chủ động phối hợp với Sở Y tế kiểm tra."))
    assert tasks[-1][0] == ["UBND các xã, phường khác"]


def test_a_banks_branch_office_by_its_bank_and_place():
    assert _names("Phòng giao dịch Ngân hàng Chính sách xã hội Cao Lộc giải ngân trước ngày 15/10/2027") == [
        "Phòng giao dịch Ngân hàng Chính sách xã hội Cao Lộc"]


def test_a_banks_branch_offices_in_the_plural_are_one_group_as_written():
    # "Các Phòng giao dịch … trực thuộc": not "Các Phòng" and the bank
    assert _names("Các Phòng giao dịch Ngân hàng Chính sách xã hội trực thuộc giải ngân trước ngày 15/10/2027") == [
        "Các Phòng giao dịch Ngân hàng Chính sách xã hội trực thuộc"]


def test_mass_organisations_listed_after_their_shared_head():
    # "các Hội: Cựu chiến binh, Liên hiệp Phụ nữ, Nông dân tỉnh và Tỉnh đoàn": each union (the women's by its full name)
    assert _dated(_letter("6. Đề nghị các Hội: Cựu chiến binh, Liên hiệp Phụ nữ, Nông dân tỉnh và Tỉnh đoàn chỉ đạo cơ sở "
                          "hội vận động hội viên, hoàn thành trong Quý III/2027.")) == {
        ("Hội Cựu chiến binh", "2027-09-30"), ("Hội Liên hiệp Phụ nữ", "2027-09-30"), ("Hội Nông dân tỉnh", "2027-09-30"),
        ("Tỉnh đoàn", "2027-09-30")}


def test_a_body_assigning_its_own_members_keeps_its_task():
    # "Hội Cựu chiến binh phường phân công hội viên … (Chi hội Khối 3) kèm cặp …": the association's, not its branch's
    tasks = _tasks(_letter("7. Hội Cựu chiến binh phường phân công hội viên Lý Văn Sơn (Chi hội Khối 3) kèm cặp, giúp đỡ "
                           "người được đặc xá."))
    assert [t[0] for t in tasks] == [["Hội Cựu chiến binh phường"]]


def test_an_offices_own_teams_and_desks_in_its_minutes():
    names = _names("1. Tổ nghiệp vụ số 2 rà soát hồ sơ. 2. Bộ phận lưu trữ số hóa hồ sơ. 3. Bộ phận tiếp nhận hồ sơ đối "
                   "chiếu căn cước. 4. Bộ phận hành chính - kế toán dự thảo báo cáo.")
    assert names == ["Tổ nghiệp vụ số 2", "Bộ phận lưu trữ", "Bộ phận tiếp nhận hồ sơ", "Bộ phận hành chính - kế toán"]


def test_the_teams_and_desks_named_above_are_those_of_the_minutes():
    tasks = _tasks(_letter("1. Tổ nghiệp vụ số 1 rà soát các hợp đồng ủy quyền trước ngày 20/6/2027.\n"
                           "2. Bộ phận lưu trữ số hóa hồ sơ năm 2021 trong tháng 8/2027.\n"
                           "3. Các tổ, bộ phận nêu trên báo cáo kết quả với Trưởng phòng trước ngày 30/9/2027."))
    assert {a for leads, d, _t in tasks if d == "2027-09-30" for a in leads} == {"Tổ nghiệp vụ số 1", "Bộ phận lưu trữ"}


def test_an_associations_standing_members_over_their_dashes():
    assert _dated(_letter("1. Thường trực Hội:\n- Hoàn thiện quy chế phối hợp trước ngày 30/7/2027.")) == {
        ("Thường trực Hội", "2027-07-30")}


def test_a_notary_office_by_its_name_and_the_notary_offices_in_the_plural():
    assert _names("Văn phòng công chứng Hoàng Long tạm dừng tiếp nhận hồ sơ") == ["Văn phòng công chứng Hoàng Long"]
    assert _dated(_letter("2. Đề nghị Phòng Công chứng số 1 và các Văn phòng công chứng:\n- Rà soát hợp đồng ủy quyền "
                          "trước ngày 30/8/2027.")) == {("Phòng Công chứng số 1", "2027-08-30"),
                                                       ("Các Văn phòng công chứng", "2027-08-30")}


def test_the_notary_offices_named_back_by_their_kind():
    tasks = _tasks(_letter("1. Văn phòng công chứng Mẫu Sơn số hóa hồ sơ trước ngày 31/7/2027.\n"
                           "2. Văn phòng công chứng Kỳ Lừa niêm yết phí trước ngày 15/7/2027.\n"
                           "3. Các tổ chức hành nghề công chứng nêu trên báo cáo về Sở Tư pháp trước ngày 10/8/2027."))
    assert {a for leads, d, _t in tasks if d == "2027-08-10" for a in leads} == {
        "Văn phòng công chứng Mẫu Sơn", "Văn phòng công chứng Kỳ Lừa"}


def test_a_field_after_and_in_sentence_case_goes_on_the_name():
    assert _names("Đề nghị Bệnh viện Lao và Bệnh phổi Cao Bằng tiếp nhận người bệnh") == ["Bệnh viện Lao và Bệnh phổi Cao Bằng"]


def test_an_infirmary_and_a_prisons_sub_camps_by_number():
    assert _names("Bệnh xá Trại giam chụp X-quang cho phạm nhân") == ["Bệnh xá Trại giam"]
    assert _dated(_letter("2. Các Phân trại số 1, số 2 và số 3 lập danh sách phạm nhân nghi lao, gửi Bệnh xá trước ngày "
                          "25/8/2027.")) == {("Phân trại số 1", "2027-08-25"), ("Phân trại số 2", "2027-08-25"),
                                             ("Phân trại số 3", "2027-08-25")}


def test_medical_facilities_named_back_by_their_kind_are_the_hospitals_and_centres():
    # not the insurance office's own division named in the item just before
    tasks = _tasks(_letter("1. Bệnh viện Đa khoa tỉnh hoàn thiện hồ sơ trước ngày 05/9/2027.\n"
                           "2. Trung tâm Kiểm soát bệnh tật tỉnh chuyển dữ liệu trong tháng 9/2027.\n"
                           "3. Phòng Giám định bảo hiểm y tế thẩm định hồ sơ.\n"
                           "Các cơ sở khám, chữa bệnh nêu trên báo cáo số người bệnh trước ngày 15/10/2027."))
    assert {a for leads, d, _t in tasks if d == "2027-10-15" for a in leads} == {
        "Bệnh viện Đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh"}


def test_regional_medical_centres_in_the_plural_with_their_capital():
    assert _dated(_letter("7. Các Trung tâm Y tế khu vực trong tỉnh khám sàng lọc cho người tiếp xúc, hoàn thành trước "
                          "ngày 30/9/2027.")) == {("Các Trung tâm Y tế khu vực trong tỉnh", "2027-09-30")}


def test_the_youth_unions_of_schools_of_a_kind_beside_those_of_communes():
    assert _dated(_letter("4. Đoàn thanh niên các xã, phường và Đoàn trường các trường THPT báo cáo kết quả về Tỉnh đoàn "
                          "trước ngày 15/9/2027.")) == {("Đoàn thanh niên các xã, phường", "2027-09-15"),
                                                       ("Đoàn trường các trường THPT", "2027-09-15")}


def test_teams_named_by_their_work_in_lower_case():
    assert _names("Tổ tư vấn tâm lý học đường tổ chức tư vấn") == ["Tổ tư vấn tâm lý học đường"]
    # "Trưởng các thôn, Tổ truyền thông cộng đồng báo cáo …": two bodies, not the heads and a bare "Tổ"
    assert _names("Trưởng các thôn, Tổ truyền thông cộng đồng báo cáo kết quả") == ["Trưởng các thôn",
                                                                                     "Tổ truyền thông cộng đồng"]


def test_a_bus_companys_stations_under_their_heads_by_side():
    assert _dated(_letter("2. Trưởng các bến xe: phía Bắc, phía Nam và Đồng Đăng:\n- Lắp đặt hộp thư góp ý trước ngày "
                          "15/5/2027.")) == {("Trưởng bến xe phía Bắc", "2027-05-15"), ("Trưởng bến xe phía Nam", "2027-05-15"),
                                             ("Trưởng bến xe Đồng Đăng", "2027-05-15")}


def test_fields_whose_words_alone_would_be_an_adverb_or_a_verb():
    assert _names("Khoa Hồi sức tích cực - Chống độc tiếp nhận người bệnh") == ["Khoa Hồi sức tích cực - Chống độc"]
    assert _names("Đội Tuần tra kiểm soát số 2 tổ chức tuần tra") == ["Đội Tuần tra kiểm soát số 2"]
    assert _names("Các Tiểu ban: Nội dung, Lễ tân, Hậu cần rà soát nội dung chi")[-1] == "Tiểu ban Hậu cần"


def test_a_unit_numbered_under_a_roman_numeral_and_a_verb_after_a_body():
    assert _names("Chi cục Quản lý đường bộ I.2 tháo dỡ biển quảng cáo") == ["Chi cục Quản lý đường bộ I.2"]
    assert _names("Phòng Kinh tế chỉnh trang cổng chào, biển hiệu") == ["Phòng Kinh tế"]


def test_a_household_by_the_word_family_and_its_head():
    assert _dated(_letter("2. Gia đình ông Hoàng Văn Pắn bàn giao 120 m2 đất đồi cho nhà mạng trước ngày 31/7/2027.")) == {
        ("Gia đình ông Hoàng Văn Pắn", "2027-07-31")}


def test_a_group_and_its_members_by_their_brands_before_the_verb():
    assert _dated(_letter("b) Các doanh nghiệp viễn thông: Viettel, VNPT, MobiFone hoàn thành lắp đặt trạm phát sóng chậm "
                          "nhất ngày 30/9/2027.")) == {("Viettel", "2027-09-30"), ("VNPT", "2027-09-30"),
                                                      ("MobiFone", "2027-09-30")}


def test_the_issuers_division_by_the_bare_head_of_a_station():
    # "Bộ phận Dân số - Truyền thông của Trạm lập …" in the health station's own plan
    text = ("UBND XÃ MẪU SƠN\nTRẠM Y TẾ\nSố: 21/KH-TYT\nMẫu Sơn, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\nTruyền thông phòng, "
            "chống ngộ độc\nIII. TỔ CHỨC THỰC HIỆN\n1. Bộ phận Dân số - Truyền thông của Trạm lập sổ theo dõi hộ gia đình, "
            "hoàn thành trước ngày 15/7/2027.\nNơi nhận:\n- UBND xã;\n- Lưu: VT.\nTRẠM TRƯỞNG\nLộc Thị Hạnh")
    assert _dated(text) == {("Bộ phận Dân số - Truyền thông", "2027-07-15")}


def test_a_team_that_writes_its_own_minutes_leads_its_own_report():
    text = ("UBND XÃ XUÂN DƯƠNG\nĐOÀN KIỂM TRA LIÊN NGÀNH\nXuân Dương, ngày 14 tháng 4 năm 2027\nBIÊN BẢN\nKiểm tra an toàn "
            "thực phẩm\nHôm nay, ngày 14/4/2027, tại nhà văn hóa thôn Nà Thâm, Đoàn kiểm tra liên ngành thành lập theo "
            "Quyết định số 31/QĐ-UBND ngày 10/4/2027 của UBND xã tiến hành kiểm tra.\nIII. KIẾN NGHỊ\n1. Trạm Y tế xã "
            "theo dõi sức khỏe người bệnh.\nĐoàn kiểm tra hoàn thiện báo cáo kết quả kiểm tra, trình Chủ tịch UBND xã "
            "trước ngày 20/4/2027.\nBiên bản kết thúc hồi 11 giờ cùng ngày./.\nTRƯỞNG ĐOÀN\nHoàng Văn Thắng")
    assert ("Đoàn kiểm tra", "2027-04-20") in _dated(text)


def test_a_bullets_row_of_its_own_after_a_heading_is_an_item():
    # "Về phía Viettel:" / "| - | Trung tâm Hạ tầng hoàn thành … |": each row's own body, not the item above
    tasks = _tasks(_letter("3. Công an tỉnh cho ý kiến về vị trí trạm trong 10 ngày kể từ ngày nhận được văn bản.\n"
                           "Về phía Viettel Lạng Sơn:\n| - | Trung tâm Hạ tầng hoàn thành thi công trong tháng 9/2027. |\n"
                           "| - | Phòng Kinh doanh phối hợp với UBND các xã tổ chức đổi máy, hoàn thành trước ngày 30/9/2027. |"))
    assert {(t[0][0], t[1]) for t in tasks if t[1]} == {("Trung tâm Hạ tầng", "2027-09-30"), ("Phòng Kinh doanh", "2027-09-30")}


def test_an_item_opened_by_the_day_it_answers():
    # "Hưởng ứng Ngày …, <body> tổ chức …": the body's task, not a lost item
    assert _tasks(_letter("4. Hưởng ứng Ngày Gia đình Việt Nam 28/6, Ban Gia đình - Xã hội tổ chức tọa đàm về phòng, "
                          "chống tảo hôn."))[0][0] == ["Ban Gia đình - Xã hội"]


# --- times ---------------------------------------------------------------------------------------------------------

def test_two_quarters_in_one_time_cell_each_a_time_of_the_task():
    tasks = _tasks(_letter("| STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian |\n|---|---|---|---|---|\n"
                           "| 1 | Lấy mẫu mật ong kiểm tra dư lượng | Sở Y tế | UBND các xã | Quý II/2027 và Quý IV/2027 |"))
    assert sorted(t[1] for t in tasks) == ["2027-06-30", "2027-12-31"]


def test_a_column_of_expected_times_gives_no_time_limit():
    tasks = _tasks(_letter("| STT | Xã, phường | Đơn vị thực hiện | Thời gian dự kiến |\n|---|---|---|---|\n"
                           "| 1 | Xã Thụy Hùng | Bệnh viện Phổi tỉnh | Từ ngày 11/5 đến ngày 15/5/2027 |"))
    assert [t[1] for t in tasks] == [None]


def test_a_ceremonys_rehearsal_day_and_days_at_it_give_no_time_limit():
    tasks = _tasks(_letter("| STT | Nhiệm vụ | Chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
                           "| 1 | Bảo đảm an ninh, trật tự, an toàn giao thông | Công an tỉnh | Từ ngày 01/9 đến ngày 03/9/2027 |\n"
                           "| 2 | Bố trí khối chào cờ, đội danh dự | Bộ Chỉ huy Quân sự tỉnh | Tổng duyệt ngày 30/8/2027 |\n"
                           "| 3 | Bảo đảm y tế, cấp cứu tại buổi Lễ | Sở Y tế | Ngày 02/9/2027 |\n"
                           "| 4 | Thẩm định dự toán kinh phí | Sở Tài chính | Trước ngày 31/7/2027 |"))
    assert [t[1] for t in tasks] == [None, None, None, "2027-07-31"]


def test_days_before_a_ceremony_held_at_an_hour_of_its_day():
    assert _dated(_notice("Lễ kỷ niệm tổ chức vào 07h30 ngày 02/9/2027 tại Quảng trường 17/10.\n"
                          "1. Tiểu ban Nội dung hoàn thiện dự thảo diễn văn, gửi Trưởng Ban Tổ chức chậm nhất trước 05 ngày "
                          "so với ngày tổ chức Lễ.")) == {("Tiểu ban Nội dung", "2027-08-28")}


def test_a_month_for_the_report_the_compiled_replies_go_into():
    # "gửi Sở X trước ngày … để tổng hợp, báo cáo UBND tỉnh trong tháng 11/2027": the department's report due then
    assert ("Sở Văn hóa, Thể thao và Du lịch", "2027-11-30") in _dated(_letter(
        "1. UBND các xã, phường rà soát, gửi Sở Văn hóa, Thể thao và Du lịch trước ngày 30/10/2027 để tổng hợp, báo cáo "
        "UBND tỉnh trong tháng 11/2027."))


def test_a_completion_before_the_comma_times_the_verbs_after_it():
    assert _dates("Phòng X hoàn thành tổng hợp, đánh giá kết quả làm sạch dữ liệu trong Quý III/2027.") == ["2027-09-30"]
    assert _dates("Phòng X đã hoàn thành tổng hợp, đánh giá kết quả làm sạch dữ liệu trong Quý III/2027.") == []


def test_periods_for_each_request_each_stay_and_each_suspension_are_no_limits():
    assert _dates("Khi tiếp nhận yêu cầu cấp giấy xác nhận tình trạng hôn nhân, trả kết quả trong 03 ngày làm việc.") == []
    assert _dates("Trung tâm bố trí nơi tạm trú; thời gian hỗ trợ tại Trung tâm không quá 60 ngày.") == []
    assert _dates("Bộ phận một cửa tạm dừng chứng thực hợp đồng nghi vấn trong 10 ngày làm việc để xác minh.") == []
    # (but a remedy after a suspension keeps its limit)
    assert _dates("Công ty tạm dừng thi công, hoàn thành khắc phục trong 10 ngày.") == ["2027-04-24"]


def test_a_schools_youth_union_by_its_head_alone_and_a_boards_whole_body():
    # "2. Đoàn trường:" over its dashes in the school's own plan; "Ban Thường vụ Tỉnh đoàn| quyết định …": the board
    # of a whole name, no verb on it
    assert _dated(_letter("2. Đoàn trường:\n- Tổ chức diễn đàn phòng, chống bắt nạt, hoàn thành trước ngày 15/10/2027.")) == {
        ("Đoàn trường", "2027-10-15")}
    assert _names("Ban Thường vụ Tỉnh đoàn quyết định thành lập đội hình tình nguyện") == ["Ban Thường vụ Tỉnh đoàn"]


# --- the third wave (ZZZZZZZZZZZZZZZZZZZZW … ZZZZZZZZZZZZZZZZZZZZZD) -----------------------------------------------

def test_colleges_listed_after_the_schools_plural_in_sentence_case():
    assert _names("Các trường: Cao đẳng Sư phạm Cao Bằng, Cao đẳng Y tế Cao Bằng và Cao đẳng Nghề Cao Bằng rà soát") == [
        "Trường Cao đẳng Sư phạm Cao Bằng", "Trường Cao đẳng Y tế Cao Bằng", "Trường Cao đẳng Nghề Cao Bằng"]


def test_the_last_of_an_elided_list_after_and_when_it_opens_as_the_one_before():
    # "Các Khoa: Ngữ văn, Khoa học Tự nhiên và Khoa học Xã hội": three faculties (a field with "và" stays one: "các Sở:
    # Y tế, Văn hóa, Thể thao và Du lịch")
    assert _names("Các Khoa: Ngữ văn, Khoa học Tự nhiên và Khoa học Xã hội rà soát chương trình") == [
        "Khoa Ngữ văn", "Khoa Khoa học Tự nhiên", "Khoa Khoa học Xã hội"]


def test_fields_whose_words_alone_would_be_a_verb_or_an_office():
    assert _names("2. Phòng Quản lý vận hành: bố trí phòng ở") == ["Phòng Quản lý vận hành"]
    assert _names("Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh tổng hợp kết quả") == [
        "Văn phòng thường trực Ban Chỉ huy Phòng thủ dân sự tỉnh"]


def test_a_group_of_households_by_where_they_trade_then_its_verb():
    assert _dated(_letter("5. Các hộ kinh doanh tại chợ đêm Tam Thanh thay thế mái che theo mẫu thống nhất, hoàn thành "
                          "trước ngày 30/9/2027.")) == {("Các hộ kinh doanh", "2027-09-30")}


def test_a_column_of_a_body_of_each_commune_under_the_stations_task():
    # "| STT | Trạm Y tế xã | … | Thời hạn hoàn thành |" and "Trạm Y tế các xã tại bảng trên …": each station by its row
    text = ("TRUNG TÂM KIỂM SOÁT BỆNH TẬT\nSố: 12/KSBT\nLạng Sơn, ngày 14 tháng 4 năm 2027\nKính gửi: Trạm Y tế các xã: "
            "Mẫu Sơn, Công Sơn.\nSTT | Trạm Y tế xã | Số trẻ dưới 5 tuổi | Thời hạn hoàn thành\n|\n1 | Mẫu Sơn | 612 | "
            "31/5/2027\n2 | Công Sơn | 548 | 10/6/2027\n|\nTrạm Y tế các xã tại bảng trên tổ chức cân, đo trẻ, hoàn thành "
            "trong thời hạn tại bảng trên.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nChu Văn Khánh")
    assert _dated(text) == {("Trạm Y tế xã Mẫu Sơn", "2027-05-31"), ("Trạm Y tế xã Công Sơn", "2027-06-10")}


def test_a_campaigns_two_days_in_a_time_cell_give_no_time_limit():
    tasks = _tasks(_letter("| STT | Nội dung | Chủ trì | Thời gian |\n|---|---|---|---|\n"
                           "| 1 | Tổ chức cho trẻ uống vitamin A đợt 1 tại các điểm uống | Sở Y tế | Ngày 01 - 02/6/2027 |\n"
                           "| 2 | Báo cáo kết quả đợt 1 | Sở Y tế | Trước ngày 15/6/2027 |"))
    assert [t[1] for t in tasks] == [None, "2027-06-15"]


def test_days_before_a_drill_held_on_its_day_after_where():
    assert ("Công an tỉnh", "2027-11-05") in _dated(_notice(
        "Bộ Chỉ huy Quân sự tỉnh tổ chức diễn tập phòng thủ dân sự tại xã Đồng Đăng vào ngày 15/11/2027 (tổng duyệt ngày "
        "13/11/2027).\n1. Công an tỉnh xây dựng phương án phân luồng giao thông, gửi Bộ Chỉ huy Quân sự tỉnh trước 10 ngày "
        "so với ngày diễn tập."))
