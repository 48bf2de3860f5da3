"""Round 36 (issue 11's thirty-fifth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZY (left over) and ZZZZZZZZZZZZZA … ZZZZZZZZZZZZZH, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import NB_LETTER as LETTER, NB_SIGNED as SIGNED, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.syllables import split_glued_words


# A table laid out in columns whose header holds a few words no list knows ("Tỷ lệ giải ngân (%)", "Vướng mắc
# chính") beside "STT", "Chủ đầu tư" and "Thời hạn xử lý": still a task table, each row its investor's limit.
def test_a_layout_table_with_a_few_unknown_columns_beside_the_lead_and_the_limit():
    body = ("Kết quả rà soát các dự án chậm giải ngân như sau:\n\n"
            " STT  Dự án                    Chủ đầu tư         Tỷ lệ giải  Vướng mắc chính          Thời hạn xử lý    Ghi chú\n"
            "                                                    ngân (%)\n"
            "  1   Đường kết nối xã Gia     UBND xã Gia        31,6        Chưa bàn giao mặt        Trước 30/11/2027\n"
            "      Viễn - Quốc lộ 1         Viễn                           bằng 1,2 km\n"
            "  2   Trường THCS Nho Quan     UBND xã Nho        24,0        Thiếu vật liệu đắp nền   Tháng 12/2027     Mỏ đất chờ\n"
            "                               Quan                                                                      cấp phép\n\n"
            "Các chủ đầu tư báo cáo kết quả về Sở Tài chính trước ngày 05 hằng tháng.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-11-30"] == {"UBND xã Gia Viễn"}
    assert got["2027-12-31"] == {"UBND xã Nho Quan"}


# … but a schedule's "Thời gian kiểm tra" beside unknown columns is no task table: its days are the checks'.
def test_a_layout_schedule_with_unknown_columns_stays_no_table():
    body = ("Lịch kiểm tra như sau:\n\n"
            "  STT    Đoàn kiểm tra           Cơ quan chủ trì        Địa bàn kiểm tra              Thời gian\n"
            "  1      Đoàn số 1               Sở Y tế                Các xã Gia Viễn, Nho Quan     Từ 10/01 đến 15/01/2028\n"
            "  2      Đoàn số 2               Sở Công Thương         Các phường Hoa Lư, Tam Điệp   Từ 16/01 đến 25/01/2028\n\n"
            + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert not any(d in ("2028-01-15", "2028-01-25") for _l, d in found)


# "Các chủ đầu tư có dự án tại Phụ lục kèm theo …; chậm nhất ngày …, các chủ đầu tư gửi …": each investor the
# appendix names, also one whose first row is done when a row under it (no number, no investor) is still to do.
def test_the_investors_with_projects_in_the_appendix_each_their_item():
    body = ("1. Các chủ đầu tư có dự án tại Phụ lục kèm theo tập trung thực hiện dứt điểm các nhiệm vụ. Chậm nhất ngày "
            "31/8/2027, các chủ đầu tư gửi Sở Tài chính kế hoạch giải ngân chi tiết.\n\n" + SIGNED
            + "\nPHỤ LỤC\n\n| STT | Dự án | Chủ đầu tư | Nhiệm vụ cần hoàn thành | Thời hạn |\n|---|---|---|---|---|\n"
            "| 1 | Kè sông Đáy | UBND xã Gia Viễn | Hoàn thành thân kè | Quý IV/2027 |\n"
            "| 2 | Khu tái định cư Nho Quan | UBND xã Nho Quan | Phê duyệt quyết toán san nền | Đã hoàn thành |\n"
            "| | | | Hoàn thành đường nội bộ | Tháng 11/2027 |\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-08-31"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# "Các nhà thầu thi công lập hồ sơ thanh toán …" under a table whose column "Nhà thầu" names the firms: each firm
# (not the consultant the letter also addresses).
def test_the_contractors_named_by_the_tables_column():
    text = ("UBND TỈNH NINH BÌNH\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG\nSố: 356/BQLDA-KT\nV/v đôn đốc tiến độ\n"
            "Ninh Bình, ngày 07 tháng 10 năm 2027\nKính gửi:\n- Công ty cổ phần Xây dựng Hoa Lư;\n"
            "- Công ty TNHH Cầu đường Tràng An;\n- Công ty cổ phần Tư vấn Giám sát Tam Cốc.\n\n"
            "Tiến độ các gói thầu như sau:\n\n| STT | Gói thầu | Nhà thầu | Thời hạn hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Gói thầu số 05-XL | Công ty cổ phần Xây dựng Hoa Lư | Trước 30/11/2027 |\n"
            "| 2 | Gói thầu số 06-XL | Công ty TNHH Cầu đường Tràng An | Tháng 12/2027 |\n\n"
            "Ban yêu cầu:\n1. Công ty cổ phần Tư vấn Giám sát Tam Cốc kiểm tra, xác nhận khối lượng hoàn thành.\n"
            "2. Các nhà thầu thi công lập hồ sơ thanh toán khối lượng hoàn thành, gửi Ban trước ngày 25/11/2027.\n\n"
            + SIGNED)
    got = leads_by_date(text)
    assert got["2027-11-25"] == {"Công ty cổ phần Xây dựng Hoa Lư", "Công ty TNHH Cầu đường Tràng An"}


# A project board's short name with its field in capitals goes on: "Ban QLDA ĐTXD các công trình giao thông tỉnh".
def test_a_project_boards_short_name_with_its_field_code():
    body = "1. Ban QLDA ĐTXD các công trình giao thông tỉnh tập trung thi công, hoàn thành trước ngày 30/9/2027.\n\n" + SIGNED
    assert leads_by_date(LETTER + body)["2027-09-30"] == {"Ban QLDA ĐTXD các công trình giao thông tỉnh"}


# An invitation has no "Kính gửi": its "Thành phần:" list is whom "Các cơ quan, đơn vị được mời gửi Phiếu đăng ký …"
# names (not the issuer's own leaders and division invited); the list itself gives no task.
def test_an_invitations_invitees_named_back():
    text = ("UBND TỈNH NINH BÌNH\nSỞ NỘI VỤ\nSố: 412/GM-SNV\nNinh Bình, ngày 04 tháng 5 năm 2027\nGIẤY MỜI\n"
            "Hội nghị góp ý dự thảo Đề án vị trí việc làm cấp xã\n"
            "Sở Nội vụ tổ chức Hội nghị góp ý dự thảo Đề án, cụ thể như sau:\n1. Thành phần:\n"
            "- Đại diện lãnh đạo các Sở: Tài chính, Tư pháp;\n- Chủ tịch UBND các xã: Gia Viễn, Nho Quan;\n"
            "- Lãnh đạo Sở Nội vụ; Phòng Tổ chức, biên chế và tổ chức phi chính phủ.\n"
            "2. Thời gian: 08 giờ 00, ngày 13/5/2027.\n3. Đề nghị:\n"
            "- Các cơ quan, đơn vị được mời gửi Phiếu đăng ký đại biểu về Sở Nội vụ trước 10 giờ ngày 11/5/2027.\n\n"
            + SIGNED)
    found = leads_and_dates(text)
    assert {lead for leads, d in found if d == "2027-05-11" for lead in leads} == {
        "Sở Tài chính", "Sở Tư pháp", "UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert all(d is not None for _l, d in found)        # (no task of the list's own lines)


# A time cell's span beside work repeated over it ("định kỳ 02 lần/tuần") or a week of events ("Tuần Văn hóa"):
# the period, no limit on its last day.
def test_a_span_beside_repeated_work_or_a_week_of_events_is_no_limit():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tiêu độc, khử trùng định kỳ 02 lần/tuần tại khu vực ổ dịch | UBND xã Gia Viễn | Từ ngày 05/6/2027 đến hết ngày 30/6/2027 |\n"
            "| 2 | Tổ chức Tuần Văn hóa - Du lịch Ninh Bình năm 2027 | Sở Xây dựng | Từ ngày 10/7 đến ngày 16/7/2027 |\n"
            "| 3 | Lập danh sách hộ chăn nuôi | UBND xã Nho Quan | Từ ngày 01/6 đến ngày 20/6/2027 |\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["UBND xã Gia Viễn"], None) in found and (["Sở Xây dựng"], None) in found
    assert (["UBND xã Nho Quan"], "2027-06-20") in found


# A commune's letter to households and farm owners (no public body, kept as written in "Kính gửi"): a heading
# or a sentence naming one again by its first words is its lead, named as written there.
def test_households_addressed_then_named_again_by_a_heading():
    text = ("ỦY BAN NHÂN DÂN\nXÃ NHO QUAN\nSố: 487/UBND-KT\nV/v xử lý ô nhiễm do chăn nuôi\n"
            "Nho Quan, ngày 14 tháng 7 năm 2027\nKính gửi:\n"
            "- Các hộ chăn nuôi trong khu dân cư tập trung trên địa bàn xã;\n"
            "- Hộ ông Hoàng Văn Thắng (thôn Đồng Chằm);\n- Công an xã Nho Quan.\n\n"
            "UBND xã yêu cầu:\n**1. Các hộ chăn nuôi trong khu dân cư tập trung**\n"
            "- Không tái đàn, không tăng quy mô chăn nuôi.\n"
            "- Chấm dứt hoạt động chăn nuôi hoặc di dời, chậm nhất ngày 30/9/2027.\n"
            "**2. Hộ ông Hoàng Văn Thắng** xây dựng bể biogas, hoàn thành trước ngày 31/8/2027.\n"
            "**3. Công an xã Nho Quan** kiểm tra, xử lý vi phạm trong tháng 10/2027.\n\n" + SIGNED)
    got = leads_by_date(text)
    assert got["2027-09-30"] == {"Các hộ chăn nuôi trong khu dân cư tập trung"}
    assert got["2027-08-31"] == {"Hộ ông Hoàng Văn Thắng"}
    assert got["2027-10-31"] == {"Công an xã Nho Quan"}


# A quarter's board: "Ban điều hành các khu phố: Đồng Kỵ, Kỵ Phúc" names each board, as "Trưởng các khu phố: …" does.
def test_the_boards_of_quarters_listed():
    body = ("1. Ban điều hành các khu phố: Đồng Kỵ, Kỵ Phúc vận động các hộ ký cam kết, hoàn thành trước ngày 25/10/2027.\n"
            "2. Ban điều hành khu phố Đồng Kỵ báo cáo kết quả trước ngày 26/10/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-10-25"] == {"Ban điều hành khu phố Đồng Kỵ", "Ban điều hành khu phố Kỵ Phúc"}
    assert got["2027-10-26"] == {"Ban điều hành khu phố Đồng Kỵ"}


# An inspection's table of the facilities checked ("Cơ sở" column, each firm with where it stands in brackets), then
# "Các cơ sở có tồn tại chưa khắc phục tại bảng trên gửi báo cáo … trước ngày …": each row keeps its own limit, each
# firm its report; the commune in brackets is no lead.
def test_a_table_of_facilities_to_remedy_then_their_reports():
    body = ("| STT | Cơ sở | Tồn tại, vi phạm | Yêu cầu khắc phục | Thời hạn |\n|---|---|---|---|---|\n"
            "| 1 | Công ty TNHH Tinh bột sắn Gia Viễn (xã Gia Viễn) | Nước thải vượt quy chuẩn | Cải tạo hồ sinh học, bổ sung bể khử nitơ | Trước ngày 31/10/2027 |\n"
            "| 2 | Công ty cổ phần Gạch Nho Quan (xã Nho Quan) | Chưa quan trắc khí thải | Quan trắc khí thải lò nung | Quý IV/2027 |\n\n"
            "Các cơ sở có tồn tại chưa khắc phục tại bảng trên gửi báo cáo kết quả khắc phục về Sở Xây dựng "
            "trước ngày 15/11/2027.\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["Công ty TNHH Tinh bột sắn Gia Viễn"], "2027-10-31") in found
    assert (["Công ty cổ phần Gạch Nho Quan"], "2027-12-31") in found
    assert (["Công ty TNHH Tinh bột sắn Gia Viễn"], "2027-11-15") in found
    assert not any("UBND xã Gia Viễn" in leads for leads, _d in found)
    row = next(t for t in parse_notice(LETTER + body).tasks if t.deadline and t.deadline.date.isoformat() == "2027-10-31")
    assert "bể khử nitơ" in row.text


# A chemistry's loanword written solid ("nitơ", "amoni", "vắcxin") is no pair of glued syllables.
def test_loanwords_written_solid_are_not_split():
    assert split_glued_words("bể khử nitơ, amoni, tiêm vắcxin; cơquan") == "bể khử nitơ, amoni, tiêm vắcxin; cơ quan"


# "Đề nghị các Công ty …" and "Các đơn vị thi công …" in a letter to road and building firms: each firm addressed
# (not the ward's division and police the letter also addresses).
def test_the_firms_of_a_letter_named_by_their_kind():
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HOA LƯ\nSố: 418/UBND-KT\nV/v hoàn trả mặt bằng\nHoa Lư, ngày 22 tháng 6 năm 2027\n"
            "Kính gửi:\n- Công ty cổ phần Xây dựng Tràng An;\n- Công ty TNHH Cấp thoát nước Hoa Lư;\n"
            "- Phòng Kinh tế, Hạ tầng và Đô thị phường;\n- Công an phường Hoa Lư.\n\n"
            "1. Công an phường Hoa Lư xử lý các trường hợp tập kết vật liệu trái phép trên lòng đường.\n"
            "Các đơn vị thi công báo cáo tiến độ hoàn trả mặt bằng về UBND phường trước ngày 10/7/2027.\n"
            "Đề nghị các Công ty nghiêm túc thực hiện, báo cáo kết quả về UBND phường trước ngày 20/7/2027./.\n\n"
            + SIGNED)
    got = leads_by_date(text)
    firms = {"Công ty cổ phần Xây dựng Tràng An", "Công ty TNHH Cấp thoát nước Hoa Lư"}
    assert got["2027-07-10"] == firms and got["2027-07-20"] == firms


# A plan's table under "Đơn vị thực hiện", then "5. Các đơn vị thực hiện báo cáo tổng kết … trước ngày …": the
# bodies of that column (not the Department's division the item above named).
def test_the_group_named_as_the_tables_lead_column():
    body = ("| STT | Tên cầu | Hạng mục sửa chữa | Đơn vị thực hiện | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
            "| 1 | Cầu Khuổi Lầy | Kè bảo vệ mố | Công ty cổ phần Quản lý đường bộ Tràng An | Trước 30/6/2027 |\n"
            "| 2 | Cầu treo Bản Tao | Thay cáp treo | UBND xã Gia Viễn | Trước 30/5/2027 |\n\n"
            "1. Phòng Quản lý kết cấu hạ tầng giao thông thuộc Sở Xây dựng hướng dẫn, kiểm tra các đơn vị thực hiện.\n"
            "2. Các đơn vị thực hiện báo cáo tổng kết kết quả thực hiện Kế hoạch về Sở Xây dựng trước ngày 15/12/2027.\n\n"
            + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-12-15"] == {"Công ty cổ phần Quản lý đường bộ Tràng An", "UBND xã Gia Viễn"}


# An emulation cluster's plan: its members listed in brackets ("Cụm thi đua số 4 (gồm UBND các xã: A, B, C)"), then
# "UBND các xã thành viên …" and a row's "Các xã thành viên": each member but the issuer, the cluster's leader.
def test_an_emulation_clusters_members_named_back():
    text = ("| **CỤM THI ĐUA SỐ 4** **UBND XÃ GIA VIỄN (CỤM TRƯỞNG)** Số: 05/KH-CTĐ4 | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** "
            "*Gia Viễn, ngày 18 tháng 3 năm 2027* |\n|---|---|\n\nKẾ HOẠCH\nHoạt động của Cụm thi đua số 4 năm 2027\n"
            "Căn cứ Biên bản ký kết giao ước thi đua ngày 13/3/2027 của Cụm thi đua số 4 (gồm UBND các xã: Gia Viễn, "
            "Nho Quan, Gia Hưng, Gia Trấn), đơn vị Cụm trưởng ban hành Kế hoạch như sau:\n"
            "| STT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Gửi báo cáo tổng kết, bảng tự chấm điểm về Cụm trưởng | Các xã thành viên | Trước ngày 05/11/2027 |\n\n"
            "1. UBND các xã thành viên phân công 01 công chức đầu mối, gửi danh sách về UBND xã Gia Viễn trước ngày 25/3/2027.\n\n"
            + SIGNED)
    got = leads_by_date(text)
    members = {"UBND xã Nho Quan", "UBND xã Gia Hưng", "UBND xã Gia Trấn"}
    assert got["2027-03-25"] == members and got["2027-11-05"] == members


# A cluster acting through its leader named in brackets ("Cụm thi đua … (đơn vị Cụm trưởng: UBND phường X) hoàn
# thành …"), and "Đơn vị Cụm trưởng, Khối trưởng" as the role it is.
def test_an_emulation_clusters_leader_and_the_leaders_role():
    body = ("1. Cụm thi đua các xã, phường khu vực Tam Điệp (đơn vị Cụm trưởng: UBND phường Tam Điệp) hoàn thành hồ sơ "
            "đề nghị tặng Cờ thi đua trước ngày 20/10/2027.\n"
            "2. Đơn vị Cụm trưởng, Khối trưởng tổ chức bình xét, gửi kết quả về Sở Nội vụ trước ngày 08/5/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-10-20"] == {"UBND phường Tam Điệp"}
    assert got["2027-05-08"] == {"Đơn vị Cụm trưởng, Khối trưởng"}


# A letter to "UBND các xã ven biển: A, B, C" whose heading names the group bare ("1. Ủy ban nhân dân các xã ven
# biển:"): each commune listed.
def test_a_qualified_group_of_the_letter_named_bare_by_a_heading():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 915/UBND-KT\nV/v cấp nước sinh hoạt\nNinh Bình, ngày 10 tháng 3 năm 2027\n"
            "Kính gửi:\n- Ủy ban nhân dân các xã ven biển: Kim Sơn, Bình Minh, Kim Đông;\n- Sở Xây dựng.\n\n"
            "1. Ủy ban nhân dân các xã ven biển:\n- Lập danh sách hộ thiếu nước sinh hoạt, gửi Sở Xây dựng trước ngày 13/3/2027.\n"
            "2. Sở Xây dựng bố trí xe chở nước trước ngày 15/3/2027.\n\n" + SIGNED)
    assert leads_by_date(text)["2027-03-13"] == {"UBND xã Kim Sơn", "UBND xã Bình Minh", "UBND xã Kim Đông"}


# A steering committee's plan naming each member body by its head and seat: "Giám đốc Sở Tài chính - Ủy viên tham mưu
# …" is Sở Tài chính's task (the seat after the dash is no part of the name, nor a verb missing).
def test_a_board_members_head_and_seat_before_the_verb():
    body = ("1. Giám đốc Sở Công Thương - Phó Trưởng ban thường trực chỉ đạo Chi cục Quản lý thị trường kiểm tra, "
            "báo cáo trước ngày 20/12/2027.\n2. Giám đốc Sở Tài chính - Ủy viên tham mưu bố trí kinh phí, trình trước "
            "ngày 25/12/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-12-20"] == {"Sở Công Thương"} and got["2027-12-25"] == {"Sở Tài chính"}


# The police's divisions named by their field, whole in a table's cell and in a sentence.
def test_police_divisions_named_by_their_field():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Kiểm tra các cơ sở karaoke | Phòng Cảnh sát PCCC và CNCH | Trước 30/10/2027 |\n"
            "| 2 | Rà soát cơ sở kinh doanh có điều kiện | Phòng Cảnh sát quản lý hành chính về trật tự xã hội | Trước 30/11/2027 |\n\n"
            "3. Phòng Cảnh sát điều tra tội phạm về ma túy rà soát, báo cáo trước ngày 20/12/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-10-30"] == {"Phòng Cảnh sát PCCC và CNCH"}
    assert got["2027-11-30"] == {"Phòng Cảnh sát quản lý hành chính về trật tự xã hội"}
    assert got["2027-12-20"] == {"Phòng Cảnh sát điều tra tội phạm về ma túy"}


# Heads of quarters listed by number without "số": named as written ("Tổ trưởng tổ dân phố 4"), no "số" added.
def test_heads_of_quarters_numbered_without_so():
    body = "1. Tổ trưởng các tổ dân phố 4, 7 và 12 tổ chức họp dân trước ngày 20/6/2027.\n\n" + SIGNED
    assert leads_by_date(LETTER + body)["2027-06-20"] == {
        "Tổ trưởng tổ dân phố 4", "Tổ trưởng tổ dân phố 7", "Tổ trưởng tổ dân phố 12"}


# A draft whose strike-through the text lost: "trước ngày 30/9/2027 15/10/2027" — the second date replaced the first.
def test_a_struck_out_date_followed_by_its_replacement():
    body = ("1. Sở Tài chính tham mưu điều chuyển kế hoạch vốn, báo cáo UBND tỉnh trước ngày 30/9/2027 15/10/2027. "
            "[Đề nghị Sở Tài chính cho ý kiến]\n2. Sở Xây dựng hoàn thành thẩm định trước ngày 30/11/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-10-15"] == {"Sở Tài chính"} and "2027-09-30" not in got
    assert got["2027-11-30"] == {"Sở Xây dựng"}


# "Các đơn vị chủ trì tại bảng trên báo cáo … trước ngày …": each lead of the table's rows its report.
def test_the_leads_of_the_table_above_report():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Hoàn thành bồi thường | UBND xã Gia Viễn | Trước 30/11/2027 |\n"
            "| 2 | Di dời đường điện | Công ty Điện lực Ninh Bình | Trước 15/12/2027 |\n\n"
            "Các đơn vị chủ trì tại bảng trên báo cáo kết quả thực hiện về Sở Xây dựng trước ngày 10/01/2028.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2028-01-10"] == {"UBND xã Gia Viễn", "Công ty Điện lực Ninh Bình"}
    assert got["2027-11-30"] == {"UBND xã Gia Viễn"}


# A market board's table of businesses under "Hộ kinh doanh": each row its household's task and limit (not the
# group the heading names).
def test_a_table_of_businesses_under_their_column():
    text = ("UBND PHƯỜNG HOA LƯ\nBAN QUẢN LÝ CHỢ HOA LƯ\nSố: 57/TB-BQLC\nHoa Lư, ngày 02 tháng 10 năm 2027\nTHÔNG BÁO\n"
            "Về việc khắc phục tồn tại về phòng cháy, chữa cháy tại chợ\nKính gửi: Các hộ kinh doanh tại chợ Hoa Lư.\n\n"
            "**1. Các hộ kinh doanh có tên trong bảng sau** khắc phục vi phạm:\n\n"
            "| STT | Hộ kinh doanh | Vị trí | Tồn tại, vi phạm | Thời hạn |\n|---|---|---|---|---|\n"
            "| 1 | Hộ kinh doanh Vy Thị Hồng | Ki-ốt A1-12 | Câu mắc điện tùy tiện | Trước ngày 10/10/2027 |\n"
            "| 2 | Hộ kinh doanh Hoàng Thị Mai | Ki-ốt B2-18 | Chứa hàng hóa dễ cháy | Trước ngày 15/10/2027 |\n\n" + SIGNED)
    got = leads_by_date(text)
    assert got["2027-10-10"] == {"Hộ kinh doanh Vy Thị Hồng"} and got["2027-10-15"] == {"Hộ kinh doanh Hoàng Thị Mai"}


# "Các doanh nghiệp, hộ kinh doanh nêu trên báo cáo …" after items to two firms, a household and the police: the firms
# and the household (not the police the item right above names); "Các thương nhân phân phối nêu trên" the same.
def test_firms_and_households_named_back():
    text = ("CÔNG AN TỈNH NINH BÌNH\nPHÒNG CẢNH SÁT PCCC VÀ CNCH\nSố: 1450/PC07\nV/v khắc phục tồn tại\n"
            "Ninh Bình, ngày 20 tháng 11 năm 2027\nKính gửi:\n- Công ty TNHH Gỗ Hoa Lư;\n- Công ty cổ phần Bao bì Tam Điệp;\n"
            "- Hộ kinh doanh Phạm Văn Lộc;\n- Công an các phường: Hoa Lư, Tam Điệp.\n\n"
            "1. Công ty TNHH Gỗ Hoa Lư bổ sung họng nước chữa cháy trước ngày 31/12/2027.\n"
            "2. Công ty cổ phần Bao bì Tam Điệp cải tạo hệ thống hút khói trong Quý I/2028.\n"
            "3. Hộ kinh doanh Phạm Văn Lộc lập hồ sơ thiết kế về phòng cháy, chữa cháy.\n"
            "4. Công an các phường: Hoa Lư, Tam Điệp kiểm tra nhà trọ công nhân, báo cáo trước ngày 15/12/2027.\n"
            "Các doanh nghiệp, hộ kinh doanh nêu trên báo cáo kết quả khắc phục về Phòng Cảnh sát PCCC và CNCH trước "
            "ngày 15/01/2028.\n\n" + SIGNED)
    assert leads_by_date(text)["2028-01-15"] == {"Công ty TNHH Gỗ Hoa Lư", "Công ty cổ phần Bao bì Tam Điệp",
                                                 "Hộ kinh doanh Phạm Văn Lộc"}


# A group written as the plural of one body's name ("Các Đội Quản lý thị trường") after rows naming "Đội Quản lý thị
# trường số 1 … số 3": each of those teams.
def test_the_plural_of_a_bodys_name_means_those_named_above():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Kiểm tra hàng nhập lậu tại chợ | Đội Quản lý thị trường số 1 | Thường xuyên |\n"
            "| 2 | Kiểm tra việc niêm yết giá | Đội Quản lý thị trường số 2 | Thường xuyên |\n\n"
            "1. Đội Quản lý thị trường số 2 kiểm tra đột xuất các cơ sở kinh doanh bánh kẹo trước ngày 20/01/2028.\n"
            "2. Các Đội Quản lý thị trường báo cáo tổng kết đợt cao điểm trước ngày 05/3/2028.\n\n" + SIGNED)
    assert leads_by_date(LETTER + body)["2028-03-05"] == {"Đội Quản lý thị trường số 1", "Đội Quản lý thị trường số 2"}


# Boards of a kind listed by the numbers of their areas ("Các Ban Chỉ huy Phòng thủ khu vực 1, 2, 3"): one body each;
# a village's self-managed team ("Tổ tự quản bản Cha Ca") a body.
def test_boards_of_numbered_areas_and_a_villages_team():
    body = ("1. Các Ban Chỉ huy Phòng thủ khu vực 1, 2, 3 phúc tra hồ sơ công dân trúng tuyển trước ngày 25/01/2028.\n"
            "2. Tổ tự quản bản Cha Ca phân công thành viên kèm cặp người sau cai nghiện trước ngày 30/9/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2028-01-25"] == {"Ban Chỉ huy Phòng thủ khu vực 1", "Ban Chỉ huy Phòng thủ khu vực 2",
                                 "Ban Chỉ huy Phòng thủ khu vực 3"}
    assert got["2027-09-30"] == {"Tổ tự quản bản Cha Ca"}


# The owners of ferry landings: "Chủ bến Nà Pàn", "Chủ các bến đò: A, B" one each, "Các chủ phương tiện chở khách
# ngang sông" the boat owners' role, "Các chủ bến đò nêu trên" the landings' owners named before.
def test_owners_of_ferry_landings_and_boats():
    text = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 12/UBND-KT\nV/v bảo đảm an toàn bến đò\nGia Viễn, ngày 20 tháng 8 năm 2027\n"
            "Kính gửi:\n- Chủ các bến đò: Gia Thanh, Gia Xuân;\n- Chủ bến Nà Pàn;\n- Phòng Kinh tế xã.\n\n"
            "1. Chủ các bến đò: Gia Thanh, Gia Xuân trang bị đủ áo phao cho hành khách trước ngày 05/9/2027.\n"
            "2. Chủ bến Nà Pàn hoàn thiện hồ sơ đề nghị cấp lại giấy phép trước ngày 10/9/2027.\n"
            "3. Các chủ phương tiện chở khách ngang sông trang bị phao tròn cứu sinh trước ngày 08/9/2027.\n"
            "Các chủ bến đò nêu trên báo cáo kết quả về UBND xã trước ngày 12/9/2027.\n\n" + SIGNED)
    got = leads_by_date(text)
    assert got["2027-09-05"] == {"Chủ bến đò Gia Thanh", "Chủ bến đò Gia Xuân"}
    assert got["2027-09-10"] == {"Chủ bến Nà Pàn"}
    assert got["2027-09-08"] == {"Chủ phương tiện"}
    assert got["2027-09-12"] == {"Chủ bến đò Gia Thanh", "Chủ bến đò Gia Xuân", "Chủ bến Nà Pàn"}


# "Các UBND phường: A, B" ("Các" before the committee) is "UBND các phường: A, B": each ward; parishes listed
# ("Các giáo xứ: Thánh Tâm, Bến Gỗ") one body each.
def test_cac_before_the_committee_and_listed_parishes():
    body = ("1. Các UBND phường: Hoa Lư, Tam Điệp rà soát công trình vi phạm, báo cáo trước ngày 30/9/2027.\n"
            "2. Các Ủy ban nhân dân xã: Gia Viễn, Nho Quan kiểm tra trước ngày 30/10/2027.\n"
            "3. Các giáo xứ: Thánh Tâm, Bến Gỗ đăng ký hoạt động tôn giáo trước ngày 31/10/2027 (dương lịch).\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-09-30"] == {"UBND phường Hoa Lư", "UBND phường Tam Điệp"}
    assert got["2027-10-30"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert got["2027-10-31"] == {"Giáo xứ Thánh Tâm", "Giáo xứ Bến Gỗ"}


# A ministry's department of several provinces listed after it ("Sở Nông nghiệp và Môi trường các tỉnh: Quảng Ninh,
# Cao Bằng"): that department of each province, not the provinces' committees.
def test_a_department_of_several_provinces():
    text = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC CHĂN NUÔI VÀ THÚ Y\nSố: 812/CCNTY-DT\nV/v phòng, chống cúm gia cầm\n"
            "Hà Nội, ngày 10 tháng 11 năm 2027\nKính gửi: Sở Nông nghiệp và Môi trường các tỉnh: Quảng Ninh, Cao Bằng.\n\n"
            "1. Sở Nông nghiệp và Môi trường các tỉnh: Quảng Ninh, Cao Bằng chỉ đạo tiêu hủy gia cầm bệnh, báo cáo trước "
            "ngày 30/11/2027.\n\n" + SIGNED)
    assert leads_by_date(text)["2027-11-30"] == {"Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh",
                                                 "Sở Nông nghiệp và Môi trường tỉnh Cao Bằng"}
