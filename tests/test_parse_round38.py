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
    body = ("2. Công ty TNHH MTV Thủy lợi Ninh Bình điều tiết nước các hồ Yên Thắng, Đồng Chương theo phương án; "
            "công bố lịch cấp nước trước ngày 15/5/2027.\n\n" + SIGNED)
    assert leads_by_date(LETTER + body) == {"2027-05-15": {"Công ty TNHH MTV Thủy lợi Ninh Bình"}}


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
