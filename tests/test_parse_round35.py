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


# A State Audit's notice: "Kiểm toán nhà nước khu vực II kiến nghị Ủy ban nhân dân tỉnh Nghệ An chỉ đạo thực hiện:"
# gives its recommendations to the committee (not to the auditor); "Về kiến nghị …:" stays a topic.
def test_an_auditors_recommendations_to_the_provincial_committee():
    text = ("KIỂM TOÁN NHÀ NƯỚC\nKIỂM TOÁN NHÀ NƯỚC KHU VỰC II\nSố: 415/TB-KV II\nNghệ An, ngày 22 tháng 6 năm 2027\n"
            "THÔNG BÁO\nKết quả kiểm toán ngân sách địa phương năm 2026 của tỉnh Nghệ An\n"
            "Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.\n"
            "II. KIẾN NGHỊ\n"
            "Kiểm toán nhà nước khu vực II kiến nghị Ủy ban nhân dân tỉnh Nghệ An chỉ đạo thực hiện:\n"
            "1. Kiến nghị xử lý tài chính\n"
            "1.1. Thu hồi nộp ngân sách nhà nước số tiền 6.842.357.000 đồng.\n"
            "1.2. Rà soát, xác định lại tiền thuê đất của 14 tổ chức kinh tế, hoàn thành trước ngày 30/9/2027.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKIỂM TOÁN TRƯỞNG\nPhan Văn Khiêm\n")
    found = leads_and_dates(text)
    assert found == [(["Ủy ban nhân dân tỉnh Nghệ An"], None), (["Ủy ban nhân dân tỉnh Nghệ An"], "2027-09-30")]
    body = ("1. Về kiến nghị giảm tiền thuê đất năm 2027: không thuộc thẩm quyền của Ủy ban nhân dân tỉnh; Sở Tài chính "
            "hướng dẫn doanh nghiệp theo quy định.\n\n" + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Sở Tài chính"], None)]


# A corporation's project board under its parent in the header ("TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM" / "BAN QUẢN LÝ DỰ
# ÁN ĐIỆN LỰC MIỀN NAM"): the board is the issuer, its name whole ("Ban Quản lý dự án Điện lực miền Nam").
def test_a_corporations_project_board_issuing_under_its_parent():
    text = ("TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM\nBAN QUẢN LÝ DỰ ÁN ĐIỆN LỰC MIỀN NAM\nSố: 2874/SPMB-KH\n"
            "V/v đẩy nhanh tiến độ dự án\nThành phố Hồ Chí Minh, ngày 08 tháng 9 năm 2027\n"
            "Kính gửi: Công ty Điện lực Lâm Đồng.\n"
            "Đề nghị Công ty Điện lực Lâm Đồng phối hợp với Ban Quản lý dự án Điện lực miền Nam thỏa thuận phương án "
            "đấu nối trước ngày 15/10/2027.\n\n" + SIGNED)
    n = parse_notice(text)
    assert n.issuer == "TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM BAN QUẢN LÝ DỰ ÁN ĐIỆN LỰC MIỀN NAM"
    assert [([a.name for a in t.lead], [a.name for a in t.support]) for t in n.tasks] == \
        [(["Công ty Điện lực Lâm Đồng"], ["Ban Quản lý dự án Điện lực miền Nam"])]


# Bodies described before a colon and their duties after it ("Các sở, ngành, UBND các xã, phường có tỷ lệ giải ngân
# dưới 60%: cam kết …; bảo đảm … trước ngày …"): the groups lead (not when a list of bodies follows the colon).
def test_groups_described_before_the_colon_of_their_duties():
    body = ("1. Các sở, ngành, UBND các xã, phường có tỷ lệ giải ngân dưới 60%: cam kết tiến độ giải ngân từng dự án; "
            "bảo đảm giải ngân 100% kế hoạch vốn trước ngày 31/01/2028.\n"
            "2. Các chủ đầu tư có tỷ lệ giải ngân dưới 30%: Ban Quản lý dự án đầu tư xây dựng tỉnh, UBND xã Gia Viễn lập "
            "kế hoạch giải ngân, gửi Sở Tài chính trước ngày 25/7/2027.\n\n" + SIGNED)
    got = leads_by_date(NOTICE + body)
    assert got["2028-01-31"] == {"Các sở, ngành", "UBND các xã, phường"}
    assert got["2027-07-25"] == {"Ban Quản lý dự án đầu tư xây dựng tỉnh", "UBND xã Gia Viễn"}


# A commune's Party committee's notice: "Ủy ban nhân dân xã chỉ đạo …" is the committee of its own commune.
def test_the_communes_committee_named_bare_in_its_party_committees_notice():
    text = ("ĐẢNG BỘ TỈNH LẠNG SƠN\nĐẢNG ỦY XÃ THẤT KHÊ\nSố 86-TB/ĐU\nThất Khê, ngày 04 tháng 02 năm 2027\n"
            "THÔNG BÁO\nkết luận của Ban Thường vụ Đảng ủy xã tại hội nghị giao ban\n"
            "Ngày 02/02/2027, Ban Thường vụ Đảng ủy xã tổ chức hội nghị giao ban. Ban Thường vụ Đảng ủy xã kết luận như sau:\n"
            "1. Ủy ban nhân dân xã chỉ đạo các thôn hoàn thành lắp đặt pa-nô tuyên truyền trước ngày 10/02/2027.\n\n"
            "Nơi nhận:\n- Lưu: VP.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNông Văn Quý\n")
    assert leads_and_dates(text) == [(["UBND xã Thất Khê"], "2027-02-10")]


# A cooperative group in a table's lead column ("Tổ hợp tác Xoài Mỹ Thiện"): a body, its row's own.
def test_a_cooperative_group_leads_its_row():
    body = ("| STT | Mã số | Tổ chức, cá nhân quản lý | Nội dung phải khắc phục | Thời hạn |\n|---|---|---|---|---|\n"
            "| 1 | VN-DTOR-0472 | Tổ hợp tác Xoài Mỹ Thiện | Hoàn thiện hồ sơ truy xuất nguồn gốc | Quý II/2027 |\n"
            "| 2 | VN-TGOR-0215 | Hợp tác xã Sầu riêng Ngũ Hiệp | Bổ sung nhật ký sử dụng thuốc | Trước ngày 15/6/2027 |\n\n"
            + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-06-30"] == {"Tổ hợp tác Xoài Mỹ Thiện"} and got["2027-06-15"] == {"Hợp tác xã Sầu riêng Ngũ Hiệp"}


# A monthly report over a span of months whose year is written once ("trước ngày 25 hằng tháng (từ tháng 8 đến tháng
# 10/2027)"): the first one is in the span's first month.
def test_a_monthly_report_over_a_span_of_months_starts_with_it():
    body = ("Sở Tài chính báo cáo tình hình thu mua về UBND tỉnh trước ngày 25 hằng tháng (từ tháng 8 đến tháng "
            "10/2027).\n\n" + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Sở Tài chính"], "2027-08-25")]


# A time cell giving only the expected days of an event ("Vòng 1: dự kiến ngày 20 - 21/6/2027; vòng 2: dự kiến tháng
# 7/2027"): when it is held, no limit.
def test_a_time_cell_of_expected_days_gives_no_limit():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tổ chức thi vòng 1 và vòng 2 | Sở Y tế | Vòng 1: dự kiến ngày 20 - 21/6/2027; vòng 2: dự kiến tháng 7/2027 |\n"
            "| 2 | Chuẩn bị hội trường, phòng thi | Sở Xây dựng | Trước ngày 15/6/2027 |\n\n" + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Sở Y tế"], None), (["Sở Xây dựng"], "2027-06-15")]


# A prohibition opening a dash ("Không tuyển dụng, tiếp nhận công chức …") is the heading's body's own task; the
# sentence after it, "Riêng UBND các xã: A, B …", the named communes'.
def test_a_prohibition_then_a_sentence_setting_some_bodies_apart():
    body = ("3. Ủy ban nhân dân các xã, phường:\n"
            "- Không tuyển dụng, tiếp nhận công chức vào các vị trí việc làm chưa được phê duyệt. Riêng UBND các xã: "
            "Gia Viễn, Nho Quan hoàn thành đề án trước ngày 10/5/2027 để rút kinh nghiệm chung.\n\n" + SIGNED)
    assert leads_and_dates(NOTICE + body) == [(["UBND các xã, phường"], None), (["UBND xã Gia Viễn"], "2027-05-10"),
                                              (["UBND xã Nho Quan"], "2027-05-10")]


# An e-mail has no header but its fields: "Ngày gửi: Thứ Hai, 05/10/2027 08:47" (run together with "Từ: …"), "Sent:
# Monday, December 27, 2027 3:41 PM", or a chat copy's stamp "[15/08/2027 06:52]": the day its yearless dates
# count from; a limit with its hour on that very day ("xong trước 18h ngày 15/8") is that day.
def test_an_emails_and_a_chats_day_gives_the_year_of_their_limits():
    mail = ("Từ: Phòng Quản lý Văn hóa và Gia đình - Sở VHTTDL <qlvhgd@vinhlong.gov.vn>\n"
            "Ngày gửi: Thứ Hai, 05/10/2027 08:47\nĐến: ubnd.tracu@vinhlong.gov.vn\n"
            "Chủ đề: Đăng ký tham gia Ngày hội\n\nKính gửi các đơn vị,\n\n"
            "1. UBND xã Trà Cú đăng ký số lượng vận động viên, gửi về Phòng trước 17h ngày 12/10.\n\nTrân trọng./.\n")
    assert leads_and_dates(mail) == [(["UBND xã Trà Cú"], "2027-10-12")]
    sent = mail.replace("Ngày gửi: Thứ Hai, 05/10/2027 08:47", "Sent: Monday, December 27, 2027 3:41 PM") \
        .replace("trước 17h ngày 12/10", "trước ngày 08/01")
    assert leads_and_dates(sent) == [(["UBND xã Trà Cú"], "2028-01-08")]
    chat = ("NHÓM ZALO: ĐIỀU HÀNH PCTT TỈNH LẠNG SƠN\n[15/08/2027 06:52] Hoàng Minh Đức - VP UBND tỉnh:\n"
            "Chủ tịch UBND tỉnh yêu cầu:\n- UBND xã Hữu Lũng: di dời ngay các hộ dân vùng ngập sâu, xong trước 18h ngày "
            "15/8.\n- Sở Tài chính tổng hợp thiệt hại trước ngày 25/8.\n")
    assert leads_and_dates(chat) == [(["UBND xã Hữu Lũng"], "2027-08-15"), (["Sở Tài chính"], "2027-08-25")]


# A project's table of packages: the "Nhà thầu" column leads (not "Thực hiện đến 30/9/2027", the progress), and a
# package's parts, their lead cells empty, are the contractor's.
def test_a_table_of_packages_under_their_contractors():
    body = ("| STT | Gói thầu, hạng mục | Nhà thầu | Giá trị hợp đồng | Thực hiện đến 30/9/2027 | Thời hạn hoàn thành |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Gói thầu số 05-XL: Đoạn Km0 - Km6 | Công ty cổ phần Xây dựng Bằng Giang | 96.400 | 61.700 | |\n"
            "| 1.1 | Mặt đường láng nhựa | | | | Trước 30/11/2027 |\n"
            "| 2 | Gói thầu số 06-XL: Cầu Bản Khuông | Công ty TNHH Xây dựng Phia Oắc | 128.900 | 35.300 | Tháng 12/2027 |\n\n"
            + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-11-30"] == {"Công ty cổ phần Xây dựng Bằng Giang"}
    assert got["2027-12-31"] == {"Công ty TNHH Xây dựng Phia Oắc"}


# A People's Council's boards listed by their fields ("Các Ban của HĐND tỉnh: Kinh tế - Ngân sách, Văn hóa - Xã hội,
# Pháp chế"): each board.
def test_a_councils_boards_listed_by_their_fields():
    body = ("Các Ban của HĐND tỉnh: Kinh tế - Ngân sách, Văn hóa - Xã hội, Pháp chế thẩm tra các báo cáo, gửi Thường "
            "trực HĐND tỉnh trước ngày 25/6/2027.\n\n" + SIGNED)
    assert leads_by_date(LETTER + body)["2027-06-25"] == {"Ban Kinh tế - Ngân sách HĐND tỉnh", "Ban Văn hóa - Xã hội HĐND tỉnh",
                                                          "Ban Pháp chế HĐND tỉnh"}


# The issuer's own schedule with who takes part ("| Nội dung | Thời gian dự kiến | Thành phần |"): events, no tasks.
def test_a_schedule_with_who_takes_part_gives_no_task():
    body = ("Kế hoạch nghiệm thu, chi trả tiền khoán năm 2027 như sau:\n\n"
            "| STT | Nội dung | Thời gian dự kiến | Thành phần |\n|---|---|---|---|\n"
            "| 1 | Nghiệm thu khoán bảo vệ rừng đợt 1 | Tháng 6/2027 | Ban Quản lý, Trưởng bản, đại diện UBND xã |\n"
            "| 2 | Chi trả tiền khoán đợt 1 | Tháng 7/2027 | Ban Quản lý |\n\n"
            "Sở Tài chính bố trí kinh phí chi trả trước ngày 15/7/2027.\n\n" + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Sở Tài chính"], "2027-07-15")]


# "… báo cáo UBND xã trong tháng 01/2028 để đề nghị Sở Tài chính thẩm định": the purpose of the heading's body's
# report, not an order to Sở Tài chính.
def test_a_request_as_the_purpose_of_a_report_names_no_lead():
    body = ("2. Sở Xây dựng:\n- Rà soát, thống kê tài sản, báo cáo UBND tỉnh trong tháng 01/2028 để đề nghị Sở Tài "
            "chính thẩm định.\n\n" + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Sở Xây dựng"], "2028-01-31")]


# A row's duty over a few days ("Tổ chức trực cấp cứu 24/24 giờ trong dịp Tết | Từ ngày 03/02/2028 đến ngày
# 11/02/2028") or its daily work over a season ("Hằng ngày, từ tháng 01/2028 đến hết tháng 4/2028"): no limit.
def test_a_rows_duty_days_and_daily_work_give_no_limit():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n|---|---|---|---|---|\n"
            "| 1 | Tổ chức trực cấp cứu 24/24 giờ trong dịp Tết | Sở Y tế | Sở Xây dựng | Từ ngày 03/02/2028 đến ngày 11/02/2028 |\n"
            "| 2 | Tuần tra, canh gác lửa rừng tại các vùng trọng điểm | UBND xã Gia Viễn | Sở Y tế | Hằng ngày, từ tháng "
            "01/2028 đến hết tháng 4/2028 |\n"
            "| 3 | Hoàn thiện phương án ứng phó | Sở Xây dựng | Sở Tài chính | Từ ngày 03/01/2028 đến ngày 20/01/2028 |\n\n"
            + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Sở Y tế"], None), (["UBND xã Gia Viễn"], None),
                                              (["Sở Xây dựng"], "2028-01-20")]
