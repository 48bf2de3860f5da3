"""Round 39 (issue 11's thirty-eighth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZZA … ZZZZZZZZZZZZZZZP, one test each on text written for these tests."""
from __future__ import annotations

from datetime import date

from parse_helpers import NB_LETTER as LETTER, NB_SIGNED as SIGNED, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.deadlines import find_deadlines


def _letter(addressees: str, body: str, issuer: str = "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n") -> str:
    return (issuer + "Số: 915/UBND-KT\nV/v thực hiện các nhiệm vụ\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi:\n" + addressees + "\n\n" + body + "\n\n" + SIGNED)


def _dates(text: str, on: date = date(2027, 4, 14)) -> list:
    return [(d.date.isoformat() if d.date else None) for d in find_deadlines(text, on)]


def _tasks(text: str) -> list:
    return parse_notice(text).tasks


# A registration schedule written one cell per line ("STT" / "Cụm" / "Xã, phường" / "Hạn đăng ký"): a column
# of groups, a limit named by what is due, a cell of communes right after "Cụm I"; each commune listed is due
# on its row's day, the sentence before the table its task.
def test_a_schedule_of_communes_one_cell_per_line():
    body = ("2. Đăng ký số lượng vận động viên tham dự Đại hội theo lịch tiếp nhận của từng cụm như sau:\n"
            "STT\nCụm\nXã, phường\nHạn đăng ký\n"
            "1\nCụm I\nXã Gia Viễn, xã Nho Quan\n25/4/2027\n"
            "2\nCụm II\nXã Yên Mô, phường Tam Điệp\n05/5/2027\n"
            "3\nCụm III\nCác xã còn lại\n10/5/2027\n"
            "3. Sở Văn hóa, Thể thao và Du lịch tổng hợp danh sách trước ngày 20/5/2027.\n\n" + SIGNED)
    found = leads_and_dates(_letter("- UBND các xã, phường.", body))
    assert (["UBND xã Gia Viễn"], "2027-04-25") in found
    assert (["UBND xã Nho Quan"], "2027-04-25") in found
    assert (["UBND xã Yên Mô"], "2027-05-05") in found
    assert (["UBND phường Tam Điệp"], "2027-05-05") in found
    tasks = _tasks(_letter("- UBND các xã, phường.", body))
    assert all(t.text.startswith("Đăng ký số lượng vận động viên") for t in tasks
               if t.deadline and t.deadline.date and t.deadline.date <= date(2027, 5, 10))


# A programme of contests ("| Môn thi đấu | Đơn vị đăng cai | Thời gian thi đấu | …|"): the days each contest is
# held, no time limit of its host (nor the opening ceremony written after a semicolon in the same cell).
def test_the_days_contests_are_held():
    body = ("| STT | Môn thi đấu | Đơn vị đăng cai | Thời gian thi đấu | Đơn vị tổ chức |\n|---|---|---|---|---|\n"
            "| 1 | Bóng chuyền | UBND xã Gia Viễn | 03 ngày, từ ngày 02/5 đến ngày 04/5/2027 | Sở Văn hóa, Thể thao và Du lịch |\n"
            "| 2 | Điền kinh; Lễ khai mạc | UBND xã Nho Quan | Từ ngày 14/8 đến ngày 16/8/2027; Lễ khai mạc 20 giờ ngày "
            "15/8/2027 | Sở Văn hóa, Thể thao và Du lịch |\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert not any(d for _l, d in found)


# "- UBND xã A, UBND xã B: trước ngày …;" under "2. Các xã … đăng ký các môn thi đấu … theo thời hạn:": each
# dash's task is the item's, in its words.
def test_a_dash_of_bodies_and_their_time_takes_the_items_words():
    body = ("2. Các xã tham gia Ngày hội đăng ký các môn thi đấu về Sở Văn hóa, Thể thao và Du lịch theo thời hạn:\n"
            "- UBND xã Gia Viễn, UBND xã Nho Quan: trước ngày 25/8/2027;\n"
            "- UBND xã Yên Mô: trước ngày 28/8/2027.\n\n" + SIGNED)
    tasks = _tasks(LETTER + body)
    dated = [t for t in tasks if t.deadline and t.deadline.date]
    assert {(a.name, t.deadline.date.isoformat()) for t in dated for a in t.lead} == {
        ("UBND xã Gia Viễn", "2027-08-25"), ("UBND xã Nho Quan", "2027-08-25"), ("UBND xã Yên Mô", "2027-08-28")}
    assert all(t.text.startswith("Các xã tham gia Ngày hội đăng ký các môn thi đấu") for t in dated)


# "Các xã, phường chưa tổ chức Đại hội … khẩn trương tổ chức …": the group, marked out by what it has not done,
# then told what to do, with no comma between.
def test_a_group_marked_out_by_what_it_has_not_done():
    body = ("3. Các xã, phường chưa tổ chức Đại hội Thể dục thể thao cấp xã khẩn trương tổ chức, hoàn thành "
            "trước ngày 15/5/2027.\n\n" + SIGNED)
    assert leads_by_date(_letter("- Sở Y tế;\n- UBND các xã, phường.", body))["2027-05-15"] == {"UBND các xã, phường"}


# A time cell of a planned span ("Dự kiến từ ngày 01/9 đến ngày 30/9/2027"): when it is expected to be
# held, no time limit; the row beside it keeps its own.
def test_a_planned_span_in_a_time_cell():
    body = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Chốt danh sách vận động viên | Sở Văn hóa, Thể thao và Du lịch | Trước ngày 31/7/2027 |\n"
            "| 2 | Tập huấn tăng cường cho các đội tuyển | Sở Văn hóa, Thể thao và Du lịch | Dự kiến từ ngày 01/9 "
            "đến ngày 30/9/2027 |\n\n" + SIGNED)
    assert sorted(d for _l, d in leads_and_dates(LETTER + body) if d) == ["2027-07-31"]


# "| Dự án | Chủ đầu tư | Tiến độ được chấp thuận | Yêu cầu | Thời hạn |": the approved schedule is the
# project's old one, the time limit is the column the notice sets.
def test_an_approved_schedule_beside_the_time_set_now():
    body = ("| STT | Dự án | Chủ đầu tư | Tiến độ được chấp thuận | Yêu cầu | Thời hạn |\n|---|---|---|---|---|---|\n"
            "| 1 | Khu nhà ở Gia Viễn | Công ty TNHH Phát triển Đô thị Hoa Lư | Hoàn thành Quý II/2027 | Hoàn thành "
            "nhà ở thấp tầng | Quý IV/2027 |\n\n" + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Công ty TNHH Phát triển Đô thị Hoa Lư"], "2027-12-31")]


# "Sở Nông nghiệp và Môi trường và Thuế tỉnh Ninh Bình xác định …": two bodies, the province's tax office
# one of its own.
def test_the_provinces_tax_office_after_and():
    body = "1. Sở Xây dựng và Thuế tỉnh Ninh Bình xác định số tiền sử dụng đất trước ngày 31/8/2027.\n\n" + SIGNED
    assert leads_by_date(LETTER + body)["2027-08-31"] == {"Sở Xây dựng", "Thuế tỉnh"}    # (the province's own: its name)
    body = "1. Sở Xây dựng và Thuế tỉnh Thanh Hóa xác định số tiền sử dụng đất trước ngày 31/8/2027.\n\n" + SIGNED
    assert leads_by_date(LETTER + body)["2027-08-31"] == {"Sở Xây dựng", "Thuế tỉnh Thanh Hóa"}


# "chậm nhất 60 ngày trước thời gian dự kiến đấu giá": counted back from an auction's time not given, no date.
def test_counted_back_from_an_events_time():
    assert _dates("hoàn thiện hồ sơ các khu đất, chậm nhất 60 ngày trước thời gian dự kiến đấu giá.") == [None]


# A time a condition starts ("Trường hợp phát hiện giấy tờ giả mạo, …", "khi phát hiện …"), or an incident
# fixed in its days: each time the case arises, no date counted from the letter.
def test_periods_each_case_starts():
    assert _dates("Trường hợp phát hiện giấy tờ giả mạo, lập biên bản tạm giữ và báo cáo Sở Tư pháp trong "
                  "thời hạn 03 ngày làm việc.") == [None]
    assert _dates("Khi phát hiện sổ hộ tịch bị mất, báo cáo Sở Tư pháp trong thời hạn 05 ngày làm việc.") == [None]
    assert _dates("bảo đảm đường truyền; xử lý sự cố trong thời hạn 01 ngày làm việc.") == [None]
    assert _dates("Sở Tư pháp báo cáo UBND tỉnh trong thời hạn 05 ngày làm việc.") != [None]    # (one task: counted)


# "Công chức tư pháp - hộ tịch của UBND các xã, phường hướng dẫn …": the communes' officials, the lead.
def test_officials_of_the_communes_committees():
    body = ("5. Công chức tư pháp - hộ tịch của UBND các xã, phường hướng dẫn người dân nộp hồ sơ trực tuyến "
            "trước ngày 30/6/2027.\n\n" + SIGNED)
    leads = leads_by_date(LETTER + body)["2027-06-30"]
    assert len(leads) == 1 and next(iter(leads)).lower().startswith("công chức tư pháp - hộ tịch")


# A table laid out by pdftotext -layout whose task column holds the files handed in ("Tài liệu giao nộp"),
# then "Riêng Sở X giao nộp trước …" (no "giao" order) and "1. Các cơ quan có tên tại bảng trên:" over its
# items (each body of the table).
def test_a_table_of_files_handed_in_and_the_bodies_it_names():
    body = ("   STT  Cơ quan nộp lưu           Tài liệu giao nộp                             Thời gian giao nộp\n"
            "    1   Sở Y tế                   Hồ sơ, tài liệu từ năm 2005 đến năm 2015      Tháng 8/2027\n"
            "    2   Sở Xây dựng               Phông Sở Giao thông vận tải (cũ)              Quý IV/2027\n"
            "   Đề nghị:\n"
            "   1. Các cơ quan có tên tại bảng trên:\n"
            "   a) Gửi Kế hoạch giao nộp tài liệu về Sở Nội vụ trước ngày 15/6/2027.\n"
            "   2. Riêng Sở Xây dựng giao nộp trước hồ sơ địa giới hành chính trước ngày 31/7/2027.\n\n" + SIGNED)
    by = leads_by_date(_letter("- Sở Y tế;\n- Sở Xây dựng;\n- Sở Tài chính.", body))
    assert by["2027-08-31"] == {"Sở Y tế"}
    assert by["2027-12-31"] == {"Sở Xây dựng"}
    assert by["2027-06-15"] == {"Sở Y tế", "Sở Xây dựng"}
    assert by["2027-07-31"] == {"Sở Xây dựng"}


# "Các phòng chuyên môn thuộc UBND xã …" in a commune's letter to its divisions: each division addressed.
def test_the_divisions_of_a_communes_committee():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 45/UBND-VP\nV/v lập hồ sơ công việc\n"
            "Gia Viễn, ngày 14 tháng 4 năm 2027\nKính gửi:\n- Phòng Kinh tế;\n- Phòng Văn hóa - Xã hội;\n"
            "- Văn phòng HĐND và UBND xã.\n\n"
            "1. Các phòng chuyên môn thuộc UBND xã hoàn thành lập hồ sơ công việc năm 2026, chậm nhất ngày "
            "31/5/2027.\n\n" + SIGNED)
    assert leads_by_date(text)["2027-05-31"] == {"Phòng Kinh tế", "Phòng Văn hóa - Xã hội"}


# "Các đảng ủy xã lãnh đạo, chỉ đạo cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể … nắm chắc …":
# the bodies a Party committee directs are no subject of their own.
def test_the_bodies_a_party_committee_directs():
    body = ("1. Các đảng ủy xã, phường lãnh đạo, chỉ đạo cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính "
            "trị - xã hội cơ sở nắm chắc tình hình dư luận xã hội; chỉ đạo đài truyền thanh xã phát thông tin chính "
            "thống; tổ chức cho cán bộ ký cam kết, hoàn thành trước ngày 31/5/2027.\n\n" + SIGNED)
    assert leads_and_dates(_letter("- Các đảng ủy xã, phường;\n- Sở Y tế.", body)) == [(["Các đảng ủy xã, phường"], "2027-05-31")]


# "Trong thời gian đến hết ngày 30/9/2027, báo cáo … trước 16 giờ ngày thứ Năm hằng tuần": a weekly report
# (its day the clerk enters), the span it runs over no time limit.
def test_a_weekly_report_over_a_span():
    assert _dates("Trong thời gian đến hết ngày 30/9/2027, báo cáo tình hình dư luận về UBND tỉnh trước 16 giờ "
                  "ngày thứ Năm hằng tuần.") == [None]
    found = find_deadlines("báo cáo trước 16 giờ ngày thứ Năm hằng tuần.", date(2027, 4, 14))
    assert [(d.kind, d.date) for d in found] == [("recurring", None)]
    assert "thứ Năm" in found[0].note
    assert _dates("hoàn thành trước ngày 30/9/2027, báo cáo trước 16 giờ ngày thứ Năm hằng tuần.") == ["2027-09-30", None]


# "Các sở, ngành chủ trì nhiệm vụ tại mục II gửi báo cáo …" after part II's task table: each lead of the table.
def test_the_leads_of_a_parts_table_by_their_role():
    body = ("II. NHIỆM VỤ CỤ THỂ\n\n"
            "| STT | Nội dung công việc | Cơ quan chủ trì | Thời gian thực hiện |\n|---|---|---|---|\n"
            "| 1 | Rà soát bảng kê hộ | Sở Xây dựng | Trước ngày 15/5/2027 |\n"
            "| 2 | Cung cấp số liệu khai sinh | Sở Y tế | Trước ngày 20/5/2027 |\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n"
            "1. Các sở, ngành chủ trì nhiệm vụ tại mục II gửi báo cáo kết quả thực hiện về Sở Tài chính trước ngày "
            "31/5/2027.\n\n" + SIGNED)
    assert leads_by_date(LETTER + body)["2027-05-31"] == {"Sở Xây dựng", "Sở Y tế"}


# "niêm yết công khai tại trụ sở trong thời gian 30 ngày": how long a plan is displayed, no time limit.
def test_a_display_period():
    assert _dates("Lấy ý kiến cộng đồng dân cư; niêm yết công khai hồ sơ tại trụ sở trong thời gian 30 ngày.") == [None]
    assert _dates("Lấy ý kiến cộng đồng dân cư, gửi Sở Xây dựng trong thời gian 30 ngày.") == ["2027-05-14"]


# "Các cơ quan chủ trì nhiệm vụ tại bảng trên báo cáo …" / "Các đảng bộ chủ trì nhiệm vụ tại bảng trên xây
# dựng kế hoạch … trước ngày …": each lead of the table, a task of its own (no new time for a row).
def test_the_leads_of_the_table_above_by_their_role():
    table = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
             "| 1 | Rà soát danh sách hộ nghèo | Sở Xây dựng | Tháng 6/2027 |\n"
             "| 2 | Hướng dẫn mẫu nhà ở | Sở Y tế | Thường xuyên |\n\n")
    by = leads_by_date(LETTER + table + "1. Các cơ quan chủ trì nhiệm vụ tại bảng trên báo cáo kết quả thực hiện "
                                        "về Sở Tài chính trước ngày 10/6/2027.\n\n" + SIGNED)
    assert by["2027-06-10"] == {"Sở Xây dựng", "Sở Y tế"}
    found = leads_and_dates(LETTER + table + "1. Các cơ quan chủ trì nhiệm vụ tại bảng trên xây dựng kế hoạch cụ "
                                             "thể, gửi về Sở Tài chính trước ngày 05/6/2027.\n\n" + SIGNED)
    assert (["Sở Xây dựng"], "2027-06-05") in found and (["Sở Y tế"], "2027-06-05") in found
    assert (["Sở Y tế"], None) in found             # (the standing row keeps its own time)


# "các cơ quan, đơn vị được phân công tại Mục III" over part III's task table: its leads, not its
# co-operators nor the body the reports go to.
def test_the_bodies_given_duties_in_a_part():
    body = ("III. PHÂN CÔNG NHIỆM VỤ\n\n"
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
            "| 1 | Xây dựng phương án bảo vệ Đoàn | Công an tỉnh | Sở Tài chính | Trước ngày 22/5/2027 |\n"
            "| 2 | Chuẩn bị nội dung hội đàm | Văn phòng UBND tỉnh | Sở Tài chính | Trước ngày 20/5/2027 |\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n\n"
            "Đề nghị các cơ quan, đơn vị được phân công tại Mục III chủ động triển khai, báo cáo kết quả về Sở Tài "
            "chính trước ngày 25/5/2027.\n\n" + SIGNED)
    assert leads_by_date(LETTER + body)["2027-05-25"] == {"Công an tỉnh", "Văn phòng UBND tỉnh"}


# "| Đoàn ra | Địa điểm đến | Thời gian dự kiến | Cơ quan chủ trì |": when each trip is expected, no time limit.
def test_a_programme_of_trips_abroad():
    body = ("| STT | Đoàn ra | Địa điểm đến | Thời gian dự kiến | Cơ quan chủ trì |\n|---|---|---|---|---|\n"
            "| 1 | Đoàn tham dự Hội chợ | Nam Ninh, Quảng Tây | Tháng 9/2027 | Sở Xây dựng |\n"
            "| 2 | Đoàn khảo sát mô hình nông nghiệp | Sùng Tả, Quảng Tây | Tháng 11/2027 | Sở Y tế |\n\n" + SIGNED)
    assert not any(d for _l, d in leads_and_dates(LETTER + body))


# "| Doanh nghiệp | Số cửa hàng | Thời hạn khắc phục |" then "Các doanh nghiệp có tên tại bảng trên hoàn thành
# nâng cấp phần mềm … theo thời hạn khắc phục nêu tại bảng": the rows' task, each by its own time.
def test_rows_of_figures_take_the_words_of_the_sentence_after_them():
    body = ("| STT | Doanh nghiệp | Số cửa hàng chưa đáp ứng | Thời hạn khắc phục |\n|---|---|---|---|\n"
            "| 1 | Công ty TNHH Xăng dầu Hoa Lư | 05 | Trước ngày 15/7/2027 |\n"
            "| 2 | Công ty cổ phần Dầu khí Tam Điệp | 03 | Trước ngày 31/7/2027 |\n\n"
            "1. Các doanh nghiệp có tên tại bảng trên hoàn thành nâng cấp phần mềm, kết nối cột bơm với hệ thống "
            "hóa đơn điện tử theo thời hạn khắc phục nêu tại bảng.\n\n" + SIGNED)
    tasks = [t for t in _tasks(LETTER + body) if t.deadline and t.deadline.date]
    assert {(t.lead[0].name, t.deadline.date.isoformat()) for t in tasks} == {
        ("Công ty TNHH Xăng dầu Hoa Lư", "2027-07-15"), ("Công ty cổ phần Dầu khí Tam Điệp", "2027-07-31")}
    assert all("nâng cấp phần mềm" in t.text for t in tasks)


# "- Các xã có thôn sáp nhập … hoàn thành theo danh mục sau:" over "| STT | Xã | … | Thời gian hoàn thành |"
# naming the communes bare: each commune's committee, the sentence its task.
def test_communes_named_bare_under_a_qualified_group():
    body = ("1. Rà soát, sắp xếp nhà văn hóa thôn\n"
            "- Các xã có thôn sáp nhập, nhà văn hóa phải chuyển đổi công năng hoàn thành theo danh mục sau:\n\n"
            "| STT | Xã | Thôn sau sáp nhập | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Gia Viễn | Thôn Đông | Tháng 8/2027 |\n| 2 | Nho Quan | Thôn Bắc | Quý III/2027 |\n\n" + SIGNED)
    tasks = [t for t in _tasks(LETTER + body) if t.deadline and t.deadline.date]
    assert {(t.lead[0].name, t.deadline.date.isoformat()) for t in tasks} == {
        ("UBND xã Gia Viễn", "2027-08-31"), ("UBND xã Nho Quan", "2027-09-30")}
    assert all(t.text.startswith("Các xã có thôn sáp nhập") for t in tasks)


# A table written one cell per line with no row numbers, its time column first ("Thời hạn" / "Nội dung" /
# "Cơ quan chủ trì" / "Cơ quan phối hợp"), a time and a task wrapped over two lines.
def test_a_time_first_table_one_cell_per_line():
    body = ("1. Các nhiệm vụ có thời hạn:\nThời hạn\nNội dung\nCơ quan chủ trì\nCơ quan phối hợp\n"
            "Trước ngày\n15/5/2027\nTrình HĐND tỉnh kế hoạch đầu tư công năm 2028\nSở Tài chính\nCác sở, ban, ngành\n"
            "Trước ngày 30/6/2027\nGiải ngân hết kế hoạch vốn đầu tư\ncông năm 2027\nSở Xây dựng\nSở Tài chính\n"
            "Quý III/2027\nHoàn thành khu tái định cư tại xã Gia Viễn\nUBND xã Gia Viễn\nSở Xây dựng\n\n"
            "2. Sở Y tế báo cáo tình hình dịch bệnh trước ngày 20/5/2027.\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["Sở Tài chính"], "2027-05-15") in found
    assert (["Sở Xây dựng"], "2027-06-30") in found
    assert (["UBND xã Gia Viễn"], "2027-09-30") in found
    assert (["Sở Y tế"], "2027-05-20") in found
    assert any(t.text == "Giải ngân hết kế hoạch vốn đầu tư công năm 2027" for t in _tasks(LETTER + body))


# "Sau hợp nhất …. Bộ Tài chính tại Văn bản số … đề nghị các tỉnh … hoàn thành … trong năm 2027." opening a
# letter: the order the province carries out, no task of its addressees, even past the paragraph's first sentence.
def test_a_ministrys_request_in_a_later_sentence_of_the_opening():
    body = ("Sau hợp nhất tỉnh theo Nghị quyết số 1658/NQ-UBTVQH15 ngày 16/6/2025, quy hoạch tỉnh tiếp tục được thực "
            "hiện. Bộ Tài chính tại Văn bản số 2750/BTC-QLQH ngày 02/3/2027 đề nghị các tỉnh hoàn thành điều chỉnh quy "
            "hoạch tỉnh trong năm 2027. Để triển khai kịp thời, Chủ tịch UBND tỉnh yêu cầu:\n\n"
            "1. Sở Xây dựng chủ trì xây dựng kế hoạch, trình UBND tỉnh trước ngày 31/5/2027.\n\n" + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2027-05-31")]


# "Phòng Kinh tế, Trung tâm Dịch vụ tổng hợp xã và các hợp tác xã nêu trên báo cáo …": the cooperatives given
# tasks above, each.
def test_the_cooperatives_named_before():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 46/KH-UBND\nGia Viễn, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Cấp mã số vùng trồng năm 2027\n"
            "1. Hợp tác xã Nông nghiệp Gia Hưng, Hợp tác xã Dịch vụ Gia Thanh:\n"
            "- Lập hồ sơ đề nghị cấp mã số vùng trồng, gửi Phòng Kinh tế chậm nhất ngày 05/5/2027.\n"
            "2. Văn phòng HĐND và UBND xã đăng tải Kế hoạch trên Trang thông tin điện tử của xã.\n"
            "3. Phòng Kinh tế, Trung tâm Dịch vụ tổng hợp xã và các hợp tác xã nêu trên báo cáo kết quả thực hiện về "
            "UBND xã trước ngày 15/10/2027.\n\n" + SIGNED)
    assert leads_by_date(text)["2027-10-15"] == {"Phòng Kinh tế", "Trung tâm Dịch vụ tổng hợp xã",
                                                 "Hợp tác xã Nông nghiệp Gia Hưng", "Hợp tác xã Dịch vụ Gia Thanh"}


# "Phía Trung Quốc cam kết … trước ngày …" (or "Phía Quảng Tây … sẽ gửi … trước ngày …" in an item): what the
# other party to an agreement does, no task of the letter's addressees; a firm's own promise stays its task.
def test_what_the_other_party_does():
    body = ("Thực hiện Biên bản hội đàm ngày 18/3/2027 giữa UBND tỉnh Ninh Bình và Chính quyền nhân dân thành phố Đông "
            "Hưng (Trung Quốc), hai bên thống nhất tổ chức Hội chợ Thương mại biên giới năm 2027, dự kiến từ ngày 20/11/2027 "
            "đến ngày 24/11/2027. Phía Trung Quốc cam kết bố trí 200 gian hàng và hoàn thành lắp đặt khu kiểm tra tập trung "
            "trước ngày 15/11/2027. Để chuẩn bị chu đáo, UBND tỉnh yêu cầu:\n\n"
            "1. Sở Xây dựng bố trí mặt bằng gian hàng, hoàn thành trước ngày 30/10/2027.\n\n" + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2027-10-30")]
    body = ("1. Công ty TNHH Xây dựng Hoa Lư cam kết hoàn thành thi công cầu Gia Viễn trước ngày 30/9/2027.\n\n" + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Công ty TNHH Xây dựng Hoa Lư"], "2027-09-30")]
