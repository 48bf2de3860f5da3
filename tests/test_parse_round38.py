"""Round 38 (issue 11's thirty-seventh round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZZK … ZZZZZZZZZZZZZZZ, one test each on text written for these tests."""
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


# "quyết toán dự án hoàn thành năm 2027": the works completed that year, no time to complete them; the
# sentence's own day is its limit.
def test_works_named_by_the_year_they_were_completed():
    assert _dates("Sở Xây dựng báo cáo tình hình quyết toán dự án hoàn thành năm 2027 về Sở Tài chính "
                  "trước ngày 10/01/2028.") == ["2028-01-10"]
    assert _dates("Sở Tài chính tổng hợp kết quả quyết toán các công trình hoàn thành năm 2027.") == []
    assert _dates("quyết toán dự án hoàn thành trong Quý III/2027") == ["2027-09-30"]
    assert _dates("Sở Xây dựng hoàn thành năm 2027.") == ["2027-12-31"]


# "Đối với Dự án Trụ sở Trung tâm X (…), lập hồ sơ …": the works' name holds a body, the item's body acts.
def test_a_body_inside_the_name_of_a_works_is_no_addressee():
    body = ("1. Ban Quản lý dự án đầu tư xây dựng tỉnh:\n"
            "- Đối với Dự án Trụ sở Trung tâm Phục vụ hành chính công tỉnh (bàn giao ngày 18/3/2027), lập hồ sơ "
            "quyết toán, chậm nhất ngày 18/9/2027.\n\n" + SIGNED)
    assert leads_by_date(LETTER + body)["2027-09-18"] == {"Ban Quản lý dự án đầu tư xây dựng tỉnh"}


# A table of works with both their investor and their contractor: the investor leads each work, the
# work's name is its task; "Các chủ đầu tư tại bảng trên" then means each investor of the table, and the
# rows keep their own times still to come.
def test_a_table_of_works_under_their_investors():
    body = ("Tiến độ các dự án như sau:\n\n"
            "| STT | Dự án | Chủ đầu tư | Nhà thầu thi công | Thời hạn hoàn thành |\n|---|---|---|---|---|\n"
            "| 1 | Nâng cấp đường trung tâm xã Gia Viễn | UBND xã Gia Viễn | Công ty TNHH Xây dựng Hoàng Long | Trước ngày 31/12/2027 |\n"
            "| 2 | Chợ trung tâm xã Nho Quan | UBND xã Nho Quan | Công ty cổ phần Đầu tư Cúc Phương | Tháng 01/2028 |\n\n"
            "1. Các chủ đầu tư tại bảng trên nghiệm thu, thanh toán kịp thời khối lượng hoàn thành, giải ngân hết "
            "kế hoạch vốn năm 2027 trước ngày 31/01/2028.\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["UBND xã Gia Viễn"], "2027-12-31") in found
    assert (["UBND xã Nho Quan"], "2028-01-31") in found
    assert (["UBND xã Gia Viễn"], "2028-01-31") in found
    assert not any("Công ty" in " ".join(leads) for leads, _d in found)
    tasks = parse_notice(LETTER + body).tasks
    assert any(t.text.startswith("Nâng cấp đường trung tâm xã Gia Viễn") for t in tasks)


# "Các chủ đầu tư …" in a letter addressed to the investors only: each addressee; in a letter to
# departments too, the group as written.
def test_the_investors_a_letter_is_addressed_to():
    to_investors = _letter("- Ban Quản lý dự án đầu tư xây dựng tỉnh;\n- Ủy ban nhân dân các xã, phường (chủ đầu tư).",
                           "1. Các chủ đầu tư hoàn thiện hồ sơ thanh toán gửi Kho bạc Nhà nước trước ngày 25/01/2028.")
    assert leads_by_date(to_investors)["2028-01-25"] == {"Ban Quản lý dự án đầu tư xây dựng tỉnh", "UBND các xã, phường"}
    to_all = _letter("- Sở Tài chính;\n- Ban Quản lý dự án đầu tư xây dựng tỉnh;\n- UBND các xã: Gia Viễn, Nho Quan.",
                     "1. Các chủ đầu tư hoàn thiện hồ sơ thanh toán gửi Kho bạc Nhà nước trước ngày 25/01/2028.")
    assert leads_by_date(to_all)["2028-01-25"] == {"Các chủ đầu tư"}


# Bodies listed with a count in brackets ("Ban X (02 dự án) và UBND xã Y (01 dự án) có nhu cầu …"): both act.
def test_bodies_listed_with_a_count_in_brackets():
    body = ("2. Ban Quản lý dự án đầu tư xây dựng tỉnh (02 dự án) và Ủy ban nhân dân xã Gia Viễn (01 dự án) có nhu "
            "cầu kéo dài thời gian giải ngân lập hồ sơ đề nghị, gửi Sở Tài chính chậm nhất ngày 05/01/2028.\n\n" + SIGNED)
    assert leads_by_date(LETTER + body)["2028-01-05"] == {"Ban Quản lý dự án đầu tư xây dựng tỉnh", "UBND xã Gia Viễn"}


# A table of figures and times per commune, then "UBND các xã có tên tại bảng trên … theo thời hạn tại bảng;
# chậm nhất ngày … báo cáo …": each row the sentence's task by its own time, the report each commune's.
def test_a_table_of_figures_timed_by_the_sentence_after_it():
    body = ("| STT | Xã | Hộ chưa làm sạch dữ liệu | Thời hạn hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Gia Viễn | 412 | 31/8/2027 |\n| 2 | Nho Quan | 286 | 15/9/2027 |\n\n"
            "Chủ tịch UBND tỉnh yêu cầu:\n"
            "1. Ủy ban nhân dân các xã có tên tại bảng trên chỉ đạo Công an xã hoàn thành làm sạch dữ liệu hộ gia đình "
            "theo thời hạn tại bảng; chậm nhất ngày 10/8/2027 báo cáo lộ trình cụ thể về Công an tỉnh.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-08-31"] == {"UBND xã Gia Viễn"}
    assert got["2027-09-15"] == {"UBND xã Nho Quan"}
    assert got["2027-08-10"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    rows = [t for t in parse_notice(LETTER + body).tasks if t.deadline and t.deadline.date == date(2027, 8, 31)]
    assert "làm sạch dữ liệu hộ gia đình" in rows[0].text


# "đúng thời hạn (ngày 29/8/2027)": the limit's own day in brackets.
def test_a_limits_day_in_brackets_after_its_name():
    assert _dates("Sở X hoàn thành đợt cao điểm làm sạch dữ liệu đúng thời hạn (ngày 29/8/2027); riêng dữ liệu giá "
                  "đất hoàn thành trong Quý IV/2027.") == ["2027-08-29", "2027-12-31"]
    assert _dates("Sở X hoàn thành đúng hạn (ngày 29/8/2027).") == ["2027-08-29"]


# "vào thứ Bảy, Chủ nhật trong tháng 5/2027": the days the work is done on, no time limit.
def test_weekdays_within_a_month_are_a_schedule():
    assert _dates("Công an phường phối hợp tổ chức kích hoạt tài khoản tại nhà văn hóa các tổ dân phố vào thứ Bảy, "
                  "Chủ nhật trong tháng 5/2027.") == []
    assert _dates("Công an phường hoàn thành kích hoạt tài khoản trong tháng 5/2027.") == ["2027-05-31"]


# "Riêng Trưởng các tổ dân phố số 3, số 8, số 11 …": every group, the first too.
def test_heads_set_apart_by_rieng_with_their_title_first():
    body = ("2. Riêng Trưởng các tổ dân phố số 3, số 8, số 11 (có nhiều đối tượng nhận tiền mặt) lập danh sách "
            "đối tượng già yếu, gửi Phòng Văn hóa - Xã hội trước ngày 20/5/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)["2027-05-20"]
    assert got == {"Trưởng tổ dân phố số 3", "Trưởng tổ dân phố số 8", "Trưởng tổ dân phố số 11"}


# "Kể từ ngày 01/10/2027, UBND các xã, phường thực hiện …": the bodies after the opening act from then on.
def test_from_a_day_on_the_bodies_after_it_act():
    body = ("6. Kể từ ngày 01/10/2027, UBND các xã, phường thực hiện chi trả qua tài khoản đối với 100% đối tượng "
            "mới hưởng trợ cấp.\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert found == [(["UBND xã Gia Viễn", "UBND xã Nho Quan"], None)]     # (the communes the letter addresses)


# A time column headed by the completion of the row's work ("Hoàn thành sửa chữa, bảo dưỡng"), beside a
# schedule of pumping days: each operator's row is due then.
def test_a_time_column_headed_by_the_work_to_finish():
    body = ("| STT | Trạm bơm | Đơn vị quản lý, vận hành | Lịch bơm luân phiên | Hoàn thành sửa chữa, bảo dưỡng |\n"
            "|---|---|---|---|---|\n"
            "| 1 | Trạm bơm Gia Viễn | Công ty TNHH MTV Khai thác công trình thủy lợi Ninh Bình | Bơm 05 ngày, nghỉ 02 ngày, "
            "từ ngày 01/5/2027 đến ngày 31/7/2027 | Trước ngày 25/4/2027 |\n"
            "| 2 | Trạm bơm Nho Quan | UBND xã Nho Quan | Các ngày lẻ | 30/4/2027 |\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-04-25"] == {"Công ty TNHH MTV Khai thác công trình thủy lợi Ninh Bình"}
    assert got["2027-04-30"] == {"UBND xã Nho Quan"}
    assert "2027-07-31" not in got


# A firm's name ends before the verb of its task ("Công ty … Phan Rang điều tiết nước các hồ …").
def test_a_firms_name_ends_before_its_verb():
    body = ("2. Công ty TNHH MTV Thủy lợi Đồng Chương điều tiết nước các hồ Sông Sắt, Tân Giang theo phương án; "
            "công bố lịch cấp nước trước ngày 15/5/2027.\n\n" + SIGNED)
    assert leads_by_date(LETTER + body) == {"2027-05-15": {"Công ty TNHH MTV Thủy lợi Đồng Chương"}}


# A list of names cut by a line break inside a name ("Gia⏎Viễn"): one name.
def test_a_list_wrapped_inside_a_name():
    body = ("đ) UBND các xã: Nho Quan, Yên Mô, Gia\nViễn, Tam Điệp rà soát các hộ thiếu nước sinh hoạt, tổ chức chở nước hỗ trợ Nhân\n"
            "dân, hoàn thành trong tháng 4/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)["2027-04-30"]
    assert got == {"UBND xã Nho Quan", "UBND xã Yên Mô", "UBND xã Gia Viễn", "UBND xã Tam Điệp"}


# "… theo thời hạn: xã A, xã B trước ngày …; xã C trước ngày …": each commune its own day, once.
def test_times_given_unit_by_unit():
    body = ("d) UBND các xã: Gia Viễn, Nho Quan, Yên Mô tổ chức chở nước đến từng hộ; hoàn thành cấp phát dụng cụ trữ "
            "nước cho hộ nghèo theo thời hạn: xã Gia Viễn, xã Nho Quan trước ngày 28/4/2027; xã Yên Mô trước ngày "
            "30/4/2027.\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert sorted(found) == [(["UBND xã Gia Viễn"], "2027-04-28"), (["UBND xã Nho Quan"], "2027-04-28"),
                             (["UBND xã Yên Mô"], "2027-04-30")]


# "trong vòng 07 ngày thì …": a condition's span, no time limit.
def test_a_span_in_a_condition():
    assert _dates("Chỉ đạo các trường lau rửa sàn nhà hằng ngày; lớp có từ 02 ca trở lên trong vòng 07 ngày thì cho "
                  "trẻ lớp đó nghỉ học 10 ngày.") == []
    assert _dates("Sở Y tế báo cáo trong vòng 07 ngày.") == ["2027-04-21"]


# "kể từ ngày ký Quyết định phê duyệt …": another document's signing, no date; "… ký Kết luận này": this one's.
def test_a_period_counted_from_another_documents_signing():
    assert _dates("Công ty nộp tiền ký quỹ trong thời hạn 30 ngày kể từ ngày ký Quyết định phê duyệt phương án.") == [None]
    assert _dates("Công ty X gửi văn bản cam kết trong 03 ngày làm việc kể từ ngày ký Giấy phép.") == [None]
    assert _dates("UBND xã nộp lại số tiền trong thời hạn 30 ngày kể từ ngày ký Kết luận thanh tra này.") == ["2027-05-14"]
    assert _dates("Sở X báo cáo trong 10 ngày kể từ ngày ký Thông báo này.") == ["2027-04-24"]


def _plan(body: str, issuer: str = "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n") -> str:
    return (issuer + "Số: 100/KH-UBND\nNinh Bình, ngày 01 tháng 7 năm 2027\nKẾ HOẠCH\nTổ chức các hoạt động\n"
            + body + "\n" + SIGNED)


# "Chậm nhất ngày 31/7/2027, các cơ quan chủ trì tại mục II báo cáo kết quả về Sở Nội vụ để tổng hợp, báo cáo … trước
# ngày 05/8/2027": each body leading a row of part II's table by the first day (not the one the reports go to).
def test_a_date_first_closing_for_the_leads_of_a_part():
    body = ("I. YÊU CẦU\nCác hoạt động tổ chức trang trọng.\nII. NỘI DUNG VÀ PHÂN CÔNG\n"
            "| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Tham mưu thành lập các đoàn | Sở Nội vụ | Văn phòng UBND tỉnh | Trước ngày 08/7/2027 |\n"
            "| 2 | Khám bệnh, cấp thuốc | Sở Y tế | UBND các xã | Tháng 7/2027 |\n"
            "| 3 | Lễ dâng hương, viếng các anh hùng liệt sĩ | Sở Văn hóa, Thể thao và Du lịch | Sở Nội vụ | 07 giờ 00 ngày 26/7/2027 |\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bảo đảm kinh phí trước ngày 10/7/2027.\n"
            "2. Chậm nhất ngày 31/7/2027, các cơ quan chủ trì tại mục II báo cáo kết quả về Sở Nội vụ để tổng hợp, báo cáo "
            "Ủy ban nhân dân tỉnh trước ngày 05/8/2027.\n")
    got = leads_by_date(_plan(body))
    assert got["2027-07-31"] == {"Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch"}
    assert "2027-07-26" not in got          # (the rite is held that day)


# A group written as the paragraph that introduced a table wrote it, then named back: the table's bodies.
def test_the_group_that_introduced_a_table():
    body = ("I. MỤC ĐÍCH\nHỗ trợ các hộ khó khăn về nhà ở.\nII. PHÂN CÔNG\n"
            "Các đơn vị được phân công chủ trì giúp đỡ hộ hoàn thành nhà đúng thời hạn tại bảng sau:\n\n"
            "| STT | Hộ được hỗ trợ | Thời hạn hoàn thành | Đơn vị chủ trì giúp đỡ |\n|---|---|---|---|\n"
            "| 1 | Hộ ông Hoàng Văn Sáng | Trước ngày 31/7/2027 | Đoàn Thanh niên xã |\n"
            "| 2 | Hộ bà Nông Thị Mai | Trước ngày 15/8/2027 | Hội Cựu chiến binh xã |\n\n"
            "Các đơn vị được phân công báo cáo kết quả giúp đỡ về Phòng Văn hóa - Xã hội xã trước ngày 05/9/2027.\n")
    got = leads_by_date(_plan(body, "ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\n"))
    assert got["2027-09-05"] == {"Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"}


# A duty roster's time column ("Thời gian trực 24/24 giờ") gives no time limit; "UBND các xã có tên tại Mục II" are the
# communes its column "Xã" names bare.
def test_a_duty_roster_and_the_communes_of_its_column():
    body = ("I. MỤC ĐÍCH\nBảo đảm trực 24/24 giờ.\nII. CÁC XÃ TRỌNG ĐIỂM VÀ THỜI GIAN TRỰC\n"
            "| STT | Xã | Diện tích rừng (ha) | Thời gian trực 24/24 giờ | Hạt Kiểm lâm phụ trách |\n|---|---|---|---|---|\n"
            "| 1 | Gia Viễn | 4.820 | Từ ngày 01/12/2027 đến ngày 30/4/2028 | Hạt Kiểm lâm khu vực Gia Viễn |\n"
            "| 2 | Nho Quan | 2.315 | Từ ngày 15/12/2027 đến ngày 15/4/2028 | Hạt Kiểm lâm khu vực Nho Quan |\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Đề nghị UBND các xã có tên tại Mục II bố trí kinh phí mua sắm dụng cụ chữa cháy "
            "rừng, hoàn thành trước ngày 15/12/2027.\n2. Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng tập huấn "
            "nghiệp vụ cho các tổ đội, xong trong Quý IV/2027.\n")
    got = leads_by_date(_plan(body, "CHI CỤC KIỂM LÂM\n"))
    assert "2028-04-30" not in got and "2028-04-15" not in got
    assert got["2027-12-15"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert got["2027-12-31"] == {"Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng"}


# A table of bodies and where each stands, no task column, then "Các đơn vị tại bảng trên hoàn thiện hồ sơ theo thời hạn
# nêu tại bảng": each row the sentence's task by its own time.
def test_a_table_of_bodies_and_their_status():
    body = ("| STT | Đơn vị | Tình trạng hồ sơ | Thời hạn hoàn thành |\n|---|---|---|---|\n"
            "| 1 | UBND xã Gia Viễn | Chưa gửi hồ sơ | Trước ngày 31/7/2027 |\n"
            "| 2 | UBND xã Nho Quan | Hồ sơ chưa đạt: thiếu khung năng lực | Trước ngày 07/8/2027 |\n\n"
            "1. Các đơn vị tại bảng trên hoàn thiện hồ sơ theo thời hạn nêu tại bảng.\n\n" + SIGNED)
    tasks = parse_notice(LETTER + body).tasks
    got = {(t.lead[0].name, t.deadline.date.isoformat()) for t in tasks if t.deadline}
    assert got == {("UBND xã Gia Viễn", "2027-07-31"), ("UBND xã Nho Quan", "2027-08-07")}
    assert all(t.text.startswith("Các đơn vị tại bảng trên hoàn thiện hồ sơ") for t in tasks)


# "báo cáo dự kiến nhu cầu … trong Quý IV": the projected needs reported by then (no planned event); "Đưa vào sử dụng
# từ năm học 2028-2029": when a school opens, no time limit.
def test_projected_needs_and_a_schools_opening_year():
    assert _dates("Riêng UBND các xã: Gia Viễn, Nho Quan báo cáo dự kiến nhu cầu giáo viên về Sở Giáo dục và Đào tạo "
                  "trong Quý IV/2027.") == ["2027-12-31"]
    assert _dates("Đoàn kiểm tra dự kiến kiểm tra tại một số xã trong tháng 11/2027.") == []
    body = ("| STT | Trường | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Trường THPT Gia Viễn | Xây dựng nhà đa năng | UBND xã Gia Viễn | Đưa vào sử dụng từ năm học 2028-2029 |\n\n"
            + SIGNED)
    assert leads_by_date(LETTER + body) == {None: {"UBND xã Gia Viễn"}}


# "1. Các trường dự kiến làm điểm thi (Trường A, Trường B):": the schools the bracket names.
def test_a_group_named_in_brackets_in_a_heading():
    body = ("1. Các trường dự kiến làm điểm thi (Trường THPT Gia Viễn, Trường THPT Nho Quan):\n"
            "- Rà soát phòng thi; báo cáo nhu cầu sửa chữa về Sở trước ngày 15/01/2028;\n\n" + SIGNED)
    assert leads_by_date(LETTER + body)["2028-01-15"] == {"Trường THPT Gia Viễn", "Trường THPT Nho Quan"}


# "Đề nghị Hiệu trưởng các trường nêu trên …" in a letter to schools: each school addressed.
def test_the_schools_a_letter_is_addressed_to_named_back():
    text = _letter("- Trường Mầm non Gia Viễn;\n- Trường Tiểu học Nho Quan;\n- Trường THCS Yên Mô.",
                   "Đề nghị Hiệu trưởng các trường nêu trên báo cáo kết quả chuẩn bị năm học mới về UBND xã trước ngày "
                   "28/8/2027.", issuer="ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\n")
    assert leads_by_date(text)["2027-08-28"] == {"Trường Mầm non Gia Viễn", "Trường Tiểu học Nho Quan", "Trường THCS Yên Mô"}


# "2. Về quản lý: Chủ tịch UBND xã X:" (a topic label before the body addressed); "Kiến nghị Cơ quan Cảnh sát điều tra
# Công an tỉnh tiếp nhận hồ sơ …" in an inspection's conclusion.
def test_a_topic_label_before_the_heading_body_and_the_investigating_police():
    text = ("THANH TRA TỈNH NINH BÌNH\nSố: 12/KL-TTr\nNinh Bình, ngày 20 tháng 4 năm 2027\nKẾT LUẬN THANH TRA\n"
            "Việc quản lý vốn xây dựng tại xã Gia Viễn\nIII. KIẾN NGHỊ BIỆN PHÁP XỬ LÝ\n"
            "1. Về kinh tế: thu hồi nộp ngân sách số tiền 120 triệu đồng.\n"
            "2. Về quản lý: Chủ tịch UBND xã Gia Viễn:\n- Tổ chức kiểm điểm trách nhiệm các cá nhân có liên quan, hoàn "
            "thành chậm nhất ngày 15/5/2027.\n"
            "3. Kiến nghị Cơ quan Cảnh sát điều tra Công an tỉnh tiếp nhận hồ sơ gói thầu số 02 để điều tra theo quy "
            "định.\n" + SIGNED)
    found = leads_and_dates(text)
    assert (["UBND xã Gia Viễn"], "2027-05-15") in found
    assert (["Cơ quan Cảnh sát điều tra Công an tỉnh"], None) in found


# "(thời hạn giải quyết khiếu nại lần hai không quá 45 ngày …)": the law's time for each case, no date.
def test_the_laws_time_for_each_case():
    assert _dates("Các cơ quan thực hiện đúng trình tự (thời hạn giải quyết khiếu nại lần hai không quá 45 ngày, vụ việc "
                  "phức tạp không quá 60 ngày kể từ ngày thụ lý).") == [None, None]
    assert _dates("Sở X báo cáo kết quả không quá 10 ngày.") == ["2027-04-24"]


# The province's deputies to the National Assembly write to UBND tỉnh: "Ủy ban nhân dân tỉnh chỉ đạo …" is its task.
def test_the_deputies_letters_to_the_province():
    text = ("ĐOÀN ĐẠI BIỂU QUỐC HỘI\nTỈNH NINH BÌNH\nSố: 117/ĐĐBQH-VP\nNinh Bình, ngày 28 tháng 9 năm 2027\n"
            "V/v chuyển kiến nghị của cử tri\nKính gửi:\n- Ủy ban nhân dân tỉnh Ninh Bình;\n- Công ty Điện lực Ninh Bình.\n\n"
            "Đoàn ĐBQH tỉnh đề nghị:\n1. Ủy ban nhân dân tỉnh chỉ đạo các cơ quan chuyên môn xem xét, trả lời 14 kiến nghị "
            "của cử tri; văn bản trả lời gửi về Đoàn ĐBQH tỉnh trước ngày 10/10/2027.\n"
            "2. Đề nghị Công ty Điện lực Ninh Bình trả lời kiến nghị của cử tri xã Gia Viễn trước ngày 15/10/2027.\n\n"
            + SIGNED)
    got = leads_by_date(text)
    assert got["2027-10-10"] == {"UBND tỉnh"}
    assert got["2027-10-15"] == {"Công ty Điện lực Ninh Bình"}


# "a) Chỉ đạo Sở Y tế xây dựng phương án …, trình UBND tỉnh phê duyệt trong tháng 10" under "1. Đối với UBND tỉnh":
# the heading's body directs; the body it directs submits to it.
def test_the_heading_body_directs_another_that_submits_to_it():
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH NINH BÌNH\nBAN VĂN HÓA - XÃ HỘI\nSố: 45/BC-VHXH\nNinh Bình, ngày 20 tháng 8 năm 2027\n"
            "BÁO CÁO\nKết quả giám sát\nBan Văn hóa - Xã hội kiến nghị:\n1. Đối với UBND tỉnh\n"
            "a) Chỉ đạo Sở Y tế xây dựng phương án bảo đảm bác sĩ làm việc tại trạm y tế xã, trình UBND tỉnh phê duyệt "
            "trong tháng 10/2027.\n" + SIGNED)
    assert leads_by_date(text) == {"2027-10-31": {"UBND tỉnh"}}


# A table's closing "Các đơn vị được giao chủ trì tại bảng trên báo cáo tiến độ … hằng tuần; báo cáo kết quả … trước ngày
# 05/5" is each leading body's report, the rows keeping their own times; a row with every other cell empty is merged
# with the row above (its body, its time).
def test_a_tables_closing_report_and_rows_merged_with_the_row_above():
    body = ("| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Xây dựng kịch bản chi tiết các nghi lễ | Phòng Quản lý Di sản văn hóa | UBND phường Hoa Lư | Trước ngày 31/3/2027 |\n"
            "| 2 | Chỉnh trang khuôn viên, vệ sinh môi trường khu di tích | UBND phường Hoa Lư | | Trước ngày 20/4/2027 |\n"
            "| 3 | Bố trí điểm trông giữ xe, phân luồng giao thông tạm thời | | | |\n"
            "| 4 | Bảo đảm an ninh, trật tự khu vực Lễ hội | Công an tỉnh | | Trước và trong thời gian diễn ra Lễ hội |\n\n"
            "Chế độ báo cáo: Các đơn vị được giao chủ trì tại bảng trên báo cáo tiến độ về Sở vào thứ Năm hằng tuần; báo "
            "cáo kết quả thực hiện nhiệm vụ trước ngày 05/5/2027 để tổng hợp.\n")
    text = ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 97/KH-SVHTTDL\nNinh Bình, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\n"
            "Tổ chức Lễ hội Hoa Lư năm 2027\n" + body + SIGNED)
    found = leads_and_dates(text)
    assert (["UBND phường Hoa Lư"], "2027-04-20") in found and found.count((["UBND phường Hoa Lư"], "2027-04-20")) == 2
    assert (["Công an tỉnh"], None) in found
    assert {tuple(leads) for leads, d in found if d == "2027-05-05"} == {
        ("Phòng Quản lý Di sản văn hóa",), ("UBND phường Hoa Lư",), ("Công an tỉnh",)}


# A hospital's "Phòng Kế hoạch tổng hợp" is one name ("tổng hợp" no verb there).
def test_a_hospitals_planning_division():
    body = ("| STT | Nội dung | Đơn vị thực hiện | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Báo cáo Sở Y tế tình hình thiếu thuốc | Phòng Kế hoạch tổng hợp | Chậm nhất ngày 17/7/2027 |\n\n" + SIGNED)
    assert leads_by_date(LETTER + body) == {"2027-07-17": {"Phòng Kế hoạch tổng hợp"}}


# "3. Ban X bố trí …; yêu cầu doanh nghiệp kinh doanh kho bãi ký hợp đồng …, xong trước ngày …": the body asks the
# firms, its own task, not every addressee's.
def test_a_body_asking_firms_after_a_semicolon():
    body = ("3. Ban Quản lý Khu kinh tế tỉnh bố trí điểm tập kết rác tại các bãi xe; yêu cầu doanh nghiệp kinh doanh kho "
            "bãi ký hợp đồng thu gom, vận chuyển chất thải, xong trước ngày 30/9/2027.\n\n" + SIGNED)
    assert leads_by_date(LETTER + body)["2027-09-30"] == {"Ban Quản lý Khu kinh tế tỉnh"}


# A leaders' working calendar ("| Thời gian | Nội dung | Chủ trì | Cơ quan chuẩn bị |"): the days are the meetings', the
# bodies preparing them have tasks without a time.
def test_a_leaders_working_calendar():
    body = ("| Thời gian | Nội dung | Chủ trì | Cơ quan chuẩn bị |\n|---|---|---|---|\n"
            "| Sáng 05/5/2027 (thứ Tư) | Phiên họp UBND tỉnh thường kỳ tháng 5 | Chủ tịch UBND tỉnh | Sở Tài chính |\n"
            "| Chiều 12/5/2027 (thứ Tư) | Làm việc với UBND xã Gia Viễn về thu ngân sách | Phó Chủ tịch UBND tỉnh | UBND xã Gia Viễn |\n\n"
            + SIGNED)
    assert leads_by_date(LETTER + body) == {None: {"Sở Tài chính", "UBND xã Gia Viễn"}}


# A time cell with a condition and its latest day ("Ngay sau khi HĐND tỉnh thông qua dự toán (dự kiến ngày …), chậm nhất
# ngày 24/12/2027"): that day.
def test_a_time_cell_with_a_condition_and_its_latest_day():
    body = ("| STT | Nội dung | Cơ quan chủ trì | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Dự thảo Quyết định giao dự toán năm 2028 | Sở Tài chính | Ngay sau khi HĐND tỉnh thông qua dự toán (dự "
            "kiến ngày 11/12/2027), chậm nhất ngày 24/12/2027 |\n\n" + SIGNED)
    assert leads_by_date(LETTER + body) == {"2027-12-24": {"Sở Tài chính"}}


# "Chậm nhất ngày …, các doanh nghiệp nêu tại bảng trên gửi …" after a table whose rows keep their own times: a task of
# the table's firms, not of the letter's other addressees.
def test_the_firms_of_a_table_named_back_for_a_task_of_their_own():
    text = _letter("- Công ty cổ phần Đá Gia Viễn;\n- Công ty TNHH Cát Nho Quan;\n- Ủy ban nhân dân xã Gia Viễn.",
                   "1. Các doanh nghiệp thực hiện các nội dung tại bảng sau:\n\n"
                   "| STT | Mỏ | Đơn vị khai thác | Nội dung cần thực hiện | Thời hạn |\n|---|---|---|---|---|\n"
                   "| 1 | Mỏ đá Gia Viễn | Công ty cổ phần Đá Gia Viễn | Trình thẩm định thiết kế mỏ | Trước ngày 15/12/2027 |\n"
                   "| 2 | Mỏ cát Nho Quan | Công ty TNHH Cát Nho Quan | Lắp đặt trạm cân | Tháng 12/2027 |\n\n"
                   "2. Chậm nhất ngày 30/11/2027, các doanh nghiệp nêu tại bảng trên gửi bản kê khai giá bán vật liệu về Sở "
                   "Xây dựng.")
    got = leads_by_date(text)
    assert got["2027-11-30"] == {"Công ty cổ phần Đá Gia Viễn", "Công ty TNHH Cát Nho Quan"}
    assert got["2027-12-15"] == {"Công ty cổ phần Đá Gia Viễn"}


# A festival's rites and contests in a task table, their day with its lunar date in brackets or their days: held then.
def test_a_festivals_rites_and_contests_are_held_on_their_days():
    body = ("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Tái hiện Lễ Thướng tiêu tại Đại Nội | Trung tâm Bảo tồn Di tích Cố đô Huế | Sở Văn hóa và Thể thao | "
            "Ngày 30/01/2028 (mùng 4 tháng Giêng) |\n"
            "| 2 | Tổ chức thi đấu vật, cờ người, bơi chải | Sở Văn hóa và Thể thao | UBND phường Thuận An | Từ ngày 23/4 đến "
            "ngày 26/4/2027 |\n"
            "| 3 | Hoàn thành phương án tổ chức Lễ hội Cầu ngư | UBND phường Thuận An | | Trước ngày 20/4/2027 |\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert "2028-01-30" not in got and "2027-04-26" not in got
    assert got["2027-04-20"] == {"UBND phường Thuận An"}


# "hoàn thành sắp xếp, bố trí công chức … theo phương án đã được phê duyệt trong Quý II/2027": the completion's time (the
# plan was approved before), not the approval's.
def test_a_completion_by_an_approved_plan():
    assert _dates("UBND các xã: Gia Viễn, Nho Quan hoàn thành sắp xếp, bố trí công chức dôi dư theo phương án đã được "
                  "phê duyệt trong Quý II/2027.") == ["2027-06-30"]
    assert _dates("Phương án đã được phê duyệt trong Quý I/2027.") == []


# A ward numbered since 2025 the country's list knows, its number before the verb ("UBND xã A Lưới 1 phối hợp …").
def test_a_numbered_unit_before_its_verb():
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 100/TB-UBND\nHuế, ngày 10 tháng 9 năm 2027\nTHÔNG BÁO\n"
            "Kết luận của Chủ tịch UBND thành phố\nChủ tịch UBND thành phố kết luận như sau:\n"
            "e) UBND xã A Lưới 1 phối hợp với Trung tâm Lưu trữ lịch sử thành phố hoàn thành tiếp nhận hồ sơ trong Quý "
            "IV/2027.\n" + SIGNED)
    assert leads_by_date(text) == {"2027-12-31": {"UBND xã A Lưới 1"}}


# A Markdown list's "* …" under a "- …:" that introduces it (its indent lost): the dash's body, as "+ …" is.
def test_star_bullets_under_a_dash():
    body = ("2. Các cơ quan, đơn vị:\n- Sở Y tế:\n  + Bố trí đội cấp cứu trước ngày 20/9/2027;\n"
            "- UBND xã Gia Viễn:\n  * Rà soát, đăng ký sản phẩm du lịch, gửi về Sở trước ngày 15/8/2027;\n"
            "  * Vận động các hộ kinh doanh homestay niêm yết giá.\n"
            "- UBND xã Nho Quan:\n  * Rà soát điểm đỗ xe trước ngày 16/8/2027;\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["UBND xã Gia Viễn"], "2027-08-15") in found and (["UBND xã Gia Viễn"], None) in found
    assert (["UBND xã Nho Quan"], "2027-08-16") in found
