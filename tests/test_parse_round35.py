"""Round 35 (issue 11's thirty-fourth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZM … ZZZZZZZZZZZZT, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import NB_LETTER as LETTER, NB_NOTICE as NOTICE, NB_SIGNED as SIGNED, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice


# A ward's heads of quarters listed by number, each with its "số": "Tổ trưởng các tổ dân phố số 4, số 9, số 15"
# names three heads, each "Tổ trưởng tổ dân phố số N" (not "Tổ trưởng các tổ dân phố số 9").
def test_heads_of_numbered_quarters_each_with_its_number_word():
    body = ("1. Tổ trưởng các tổ dân phố số 4, số 9, số 15 tổ chức họp dân, vận động các hộ tháo dỡ mái che lấn chiếm "
            "vỉa hè trước ngày 20/5/2027.\n2. Các tổ dân phố số 2, số 7 báo cáo kết quả rà soát trước ngày 25/5/2027.\n\n"
            + SIGNED)
    got = leads_by_date(NOTICE + body)
    assert got["2027-05-20"] == {"Tổ trưởng tổ dân phố số 4", "Tổ trưởng tổ dân phố số 9", "Tổ trưởng tổ dân phố số 15"}
    assert got["2027-05-25"] == {"Tổ dân phố số 2", "Tổ dân phố số 7"}


# A legal aid centre's name holds "Trợ giúp pháp lý": "giúp" is no verb ending the name there.
def test_a_legal_aid_centres_name_in_a_bold_heading():
    body = ("**1. Trung tâm Trợ giúp pháp lý nhà nước tỉnh**\n"
            "- Xây dựng lịch trợ giúp pháp lý lưu động tại từng xã, hoàn thành trước ngày 30/6/2027.\n"
            "- Tổng hợp kết quả đợt cao điểm, báo cáo Sở Tư pháp chậm nhất ngày 25/9/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-06-30"] == {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh"}
    assert got["2027-09-25"] == {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh"}


# A limit in a bracket closing the sentence: "… đúng thời hạn tại Kế hoạch (trong tháng 10/2027)." is the
# month's last day (not a period described); a planned event's bracket stays none.
def test_a_month_in_a_bracket_closing_the_sentence():
    body = ("1. UBND các xã: Gia Viễn, Nho Quan nộp trả ngân sách tỉnh kinh phí bổ sung có mục tiêu không sử dụng hết "
            "đúng thời hạn tại Kế hoạch (trong tháng 10/2027).\n"
            "2. Sở Tài chính tổ chức hội nghị tập huấn quyết toán (dự kiến trong tháng 11/2027).\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["UBND xã Gia Viễn"], "2027-10-31") in found and (["UBND xã Nho Quan"], "2027-10-31") in found
    assert (["Sở Tài chính"], None) in found


# "hoàn thành kế hoạch tăng trưởng dư nợ được giao trong Quý III/2027": the plan the body was given, due by the
# quarter's end (not "vốn được bổ sung trong năm 2027", what was done then).
def test_a_completion_of_the_plan_given_within_a_quarter():
    body = ("1. Ngân hàng Chính sách xã hội chi nhánh tỉnh bố trí đủ nguồn vốn cho vay hộ nghèo; hoàn thành kế hoạch "
            "tăng trưởng dư nợ được giao trong Quý III/2027.\n"
            "2. Sở Tài chính phân bổ vốn được bổ sung trong năm 2027 cho các xã theo quy định.\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["Ngân hàng Chính sách xã hội chi nhánh tỉnh"], "2027-09-30") in found
    assert (["Sở Tài chính"], None) in found


# A steering committee's notice dividing duties among its member bodies, no "Kính gửi": "Các sở, ngành là thành
# viên Ban Chỉ đạo báo cáo … về Sở X … trước ngày …" gives each department above its item (not the communes,
# nor Sở X, where the reports go).
def test_the_member_departments_of_the_issuing_board_report():
    text = ("UBND TỈNH NINH BÌNH\nBAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\nSố: 05/TB-BCĐ\n"
            "Ninh Bình, ngày 14 tháng 4 năm 2027\nTHÔNG BÁO\nPhân công nhiệm vụ các cơ quan thành viên Ban Chỉ đạo\n"
            "Trưởng Ban Chỉ đạo phân công nhiệm vụ các cơ quan thành viên như sau:\n"
            "1. Sở Nông nghiệp và Môi trường hướng dẫn các xã đăng ký đạt chuẩn nông thôn mới trước ngày 15/5/2027.\n"
            "2. Sở Tài chính tham mưu phân bổ vốn sự nghiệp trước ngày 31/5/2027.\n"
            "3. UBND các xã: Gia Viễn, Nho Quan kiện toàn Ban Quản lý cấp xã trước ngày 31/5/2027.\n"
            "4. Các sở, ngành là thành viên Ban Chỉ đạo báo cáo kết quả thực hiện 6 tháng về Sở Nông nghiệp và Môi "
            "trường trước ngày 15/6/2027.\n\n" + SIGNED.replace("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "TRƯỞNG BAN"))
    assert leads_by_date(text)["2027-06-15"] == {"Sở Tài chính"}


# A task table's row holding an event on its day ("Tổ chức Hội nghị xúc tiến … | Ngày 23/5/2027", "Tổ chức tiêm
# chủng … | Ngày 18/4/2027 và ngày 19/4/2027", "Tối ngày …"): the days it is held, no limit; a row "Đã thực
# hiện" in its status column is done, no task.
def test_a_rows_event_day_and_a_row_done_give_no_limit():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Tổ chức Hội nghị xúc tiến tiêu thụ vải thiều | Sở Tài chính | Sở Xây dựng | Ngày 23/5/2027 |\n"
            "| 2 | Tổ chức tiêm chủng, theo dõi phản ứng sau tiêm | Sở Y tế | UBND xã Gia Viễn | Ngày 18/4/2027 và ngày 19/4/2027 |\n"
            "| 3 | Tổ chức Chương trình văn nghệ mừng Xuân | UBND xã Nho Quan | Sở Y tế | Tối ngày 02/02/2028 |\n"
            "| 4 | Hoàn thiện hồ sơ dự án | Sở Xây dựng | Sở Tài chính | Trước ngày 30/6/2027 |\n\n"
            "| STT | Đơn vị | Nội dung kiến nghị | Kết quả thực hiện | Thời hạn hoàn thành |\n|---|---|---|---|---|\n"
            "| 1 | UBND xã Gia Viễn | Nộp trả ngân sách kinh phí chi sai | Đã thực hiện | 15/9/2027 |\n"
            "| 2 | UBND xã Nho Quan | Thu hồi tiền hỗ trợ chi sai đối tượng | Chưa thực hiện | 30/9/2027 |\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert set(got) == {None, "2027-06-30", "2027-09-30"}
    assert got["2027-06-30"] == {"Sở Xây dựng"} and got["2027-09-30"] == {"UBND xã Nho Quan"}
    assert {"Sở Tài chính", "Sở Y tế", "UBND xã Nho Quan"} <= got[None] and "UBND xã Gia Viễn" not in got[None]
