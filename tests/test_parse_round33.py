"""Round 33 (issue 11's thirty-second round in the README): forms found misread on the invented sets
(leftovers of earlier rounds and the sets ZZZZZZZZZZZI …), one test each on text written for these
tests."""
from __future__ import annotations

from parse_helpers import NB_LETTER as LETTER, NB_NOTICE as NOTICE, NB_SIGNED as SIGNED, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice


# A reminder's table laid out by pdftotext -layout: a header wrapped over two lines ("Thời hạn" / "đã giao",
# "Thời hạn" / "mới"), then a row numbering the columns "(1) (2) …": each row's body by the new time (a row
# done is no task).
def test_a_laid_out_table_with_its_columns_numbered():
    body = ("Văn phòng UBND tỉnh đề nghị các cơ quan hoàn thành các nhiệm vụ trong thời hạn mới tại cột (5).\n\n"
            " STT  Nội dung nhiệm vụ                  Cơ quan chủ trì   Thời hạn     Thời hạn\n"
            "                                                           đã giao      mới\n"
            " (1)  (2)                                (3)               (4)          (5)\n"
            " 1    Trình phương án xử lý trụ sở       Sở Tài chính      31/12/2026   25/5/2027\n"
            "      dôi dư sau sắp xếp\n"
            " 2    Thẩm định quy hoạch khu du lịch    Sở Xây dựng       15/02/2027   10/6/2027\n"
            " 3    Rà soát các mỏ đá vôi              Sở Y tế           28/02/2027   Đã hoàn\n"
            "                                                                        thành\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-05-25"] == {"Sở Tài chính"} and got["2027-06-10"] == {"Sở Xây dựng"}
    assert all("Sở Y tế" not in v for d, v in got.items() if d)


# A letter written one paragraph per line (a .docx's text) to "UBND các xã: A, B, C": its closing line
# "Đề nghị các đơn vị báo cáo … trước ngày …" after the last item is every commune's, not the last item's.
def test_a_closing_line_after_the_last_item_reaches_each_commune_addressed():
    letter = ("UBND TỈNH NINH BÌNH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 402/SNNMT-QLĐĐ\n"
              "Ninh Bình, ngày 14 tháng 4 năm 2027\nV/v đôn đốc cấp giấy chứng nhận quyền sử dụng đất\n"
              "Kính gửi: Ủy ban nhân dân các xã: Gia Viễn, Nho Quan, Gia Sinh.\n"
              "Thực hiện Văn bản số 884/UBND-KT ngày 10/02/2027 của UBND tỉnh về đẩy nhanh cấp giấy chứng nhận quyền "
              "sử dụng đất lần đầu, Sở Nông nghiệp và Môi trường đã có Văn bản số 402/SNNMT-QLĐĐ ngày 25/02/2027 đề nghị "
              "các xã hoàn thành rà soát hồ sơ tồn đọng trước ngày 30/3/2027. Đến ngày 10/4/2027, kết quả như sau:\n"
              "| STT | Xã | Hồ sơ tồn đọng | Tình trạng |\n| 1 | Gia Viễn | 245 | Chậm tiến độ |\n"
              "| 2 | Nho Quan | 190 | Chậm tiến độ |\n| 3 | Gia Sinh | 87 | Chậm tiến độ |\n"
              "Để bảo đảm tiến độ UBND tỉnh giao, Sở Nông nghiệp và Môi trường đề nghị:\n"
              "1. UBND các xã: Gia Viễn, Nho Quan khẩn trương bổ sung nhân lực, hoàn thành giải quyết hồ sơ tồn đọng "
              "chậm nhất ngày 30/6/2027.\n"
              "2. UBND xã Gia Sinh hoàn thành số hồ sơ còn lại trước ngày 10/6/2027.\n"
              "3. Văn phòng Đăng ký đất đai tỉnh chủ trì, cử cán bộ hỗ trợ các xã Gia Viễn, Nho Quan trong tháng 6/2027.\n"
              "Đề nghị các đơn vị báo cáo tiến độ về Sở Nông nghiệp và Môi trường vào thứ Năm hằng tuần và báo cáo kết "
              "quả cuối cùng trước ngày 03/7/2027 để "
              "tổng hợp, báo cáo UBND tỉnh./.\n" + SIGNED)
    got = leads_by_date(letter)
    assert got["2027-07-03"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan", "UBND xã Gia Sinh"}
    assert got["2027-06-30"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan", "Văn phòng Đăng ký đất đai tỉnh"}


# A table whose rows name a commune or ward ("| Xã, phường | … | Nội dung cần hoàn thành | Thời hạn |") under
# a heading naming no body: each row is its unit's task, in the words of the task's column.
def test_a_table_of_communes_under_a_heading_naming_no_body():
    body = ("**1. Thời hạn bàn giao mặt bằng của các địa phương**\n\n"
            "| STT | Xã, phường | Số hộ chưa bàn giao | Nội dung cần hoàn thành | Thời hạn |\n|---|---|---|---|---|\n"
            "| 1 | Phường Hoa Lư | 58 | Bàn giao 12,6 ha mặt bằng còn lại | Trước ngày 15/6/2027 |\n"
            "| 2 | Xã Gia Viễn | 41 | Bàn giao mặt bằng nút giao Gia Viễn | Trong tháng 7/2027 |\n"
            "| 3 | Xã Nho Quan | 0 | Bàn giao mặt bằng tuyến tránh | Đã bàn giao ngày 06/4/2027 |\n\n"
            "**2. Sở Tài chính** thẩm định phương án bồi thường bổ sung trước ngày 30/5/2027.\n" + SIGNED)
    found = leads_and_dates(NOTICE + body)
    assert (["UBND phường Hoa Lư"], "2027-06-15") in found and (["UBND xã Gia Viễn"], "2027-07-31") in found
    assert not any(lead == ["UBND xã Nho Quan"] for lead, _ in found)


# A decision's appendix laid out in columns whose group rows ("I    Dự án 1: Giải quyết …") are not in capitals:
# the rows under them are read all the same.
def test_a_laid_out_table_with_group_rows_in_lower_case():
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 845/QĐ-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
                "Ban hành Danh mục nhiệm vụ năm 2027\nỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nQUYẾT ĐỊNH:\n"
                "Điều 1. Ban hành kèm theo Quyết định này Danh mục nhiệm vụ năm 2027 (Phụ lục kèm theo).\n"
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n" + SIGNED +
                "                                    PHỤ LỤC\n"
                " ──────────────────────────────────────────────────────────────────────────────────\n"
                " STT  Nhiệm vụ                        Cơ quan chủ trì    Cơ quan phối hợp  Thời gian\n"
                "                                                                           hoàn thành\n"
                " I    Dự án 1: Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất\n"
                " 1    Hỗ trợ xây dựng 640 căn nhà ở   Sở Xây dựng        UBND các xã       Tháng 10/2027\n"
                "      cho hộ nghèo\n"
                " II   Dự án 4: Đầu tư cơ sở hạ tầng thiết yếu\n"
                " 2    Hoàn thành 27 công trình đường  Sở Tài chính       Sở Y tế           Quý III/2027\n"
                "      giao thông nông thôn\n"
                " ──────────────────────────────────────────────────────────────────────────────────\n")
    got = leads_by_date(decision)
    assert got["2027-10-31"] == {"Sở Xây dựng"} and got["2027-09-30"] == {"Sở Tài chính"}


# A relative limit opening the sentence ("Trong thời hạn 10 ngày làm việc kể từ ngày …, X …"), and a group
# qualified by what it belongs to ("UBND các xã thuộc vùng Chương trình ban hành …"): the subject after them.
def test_a_subject_after_a_relative_limit_or_a_belonging():
    body = ("1. Trong thời hạn 10 ngày kể từ ngày ký văn bản này, Sở Văn hóa, Thể thao và Du lịch ban hành kế hoạch "
            "thực hiện.\n"
            "2. Trong thời hạn 15 ngày làm việc kể từ ngày Quyết định này có hiệu lực, Bộ Chỉ huy Quân sự tỉnh rà soát "
            "các điểm sạt lở.\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["Sở Văn hóa, Thể thao và Du lịch"], "2027-04-24") in found
    assert any(lead == ["Bộ Chỉ huy Quân sự tỉnh"] for lead, _ in found)
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 845/QĐ-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
                "Về việc giao nhiệm vụ\nỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nQUYẾT ĐỊNH:\n"
                "Điều 1. UBND các xã thuộc vùng Chương trình ban hành kế hoạch thực hiện của địa phương trước ngày "
                "30/5/2027.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n" + SIGNED)
    assert leads_by_date(decision)["2027-05-30"] in ({"UBND các xã"}, {"UBND các xã thuộc vùng Chương trình"})


# "bảo đảm tỷ lệ bao phủ đạt chỉ tiêu trong Quý IV/2027": reaching the target is the task, the quarter its time
# limit; "các đơn vị được tiếp tục sử dụng hợp đồng hiện có đến hết ngày 31/12/2027": how long a permission
# runs, no time limit.
def test_reaching_a_target_by_a_quarter_and_a_permissions_term():
    body = ("1. UBND các xã: Gia Viễn, Nho Quan rà soát danh sách người dân chưa tham gia bảo hiểm y tế, vận động "
            "tham gia, bảo đảm tỷ lệ bao phủ đạt chỉ tiêu trong Quý IV/2027.\n"
            "2. Đối với 36 mặt hàng chưa lựa chọn được nhà thầu mới, các đơn vị được tiếp tục sử dụng hợp đồng hiện có "
            "đến hết ngày 31/12/2027. Sở Y tế tổ chức đấu thầu tập trung, hoàn thành trước ngày 30/9/2027.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-12-31"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert got["2027-09-30"] == {"Sở Y tế"}


# After a table and a paragraph of the issuer's own, "Ủy ban nhân dân các xã nêu trên báo cáo …" means the
# communes the letter is addressed to; what households commit to ("hộ nhận hỗ trợ cam kết hoàn thành … trước
# ngày …") is no body's task; "Để bảo đảm an toàn …, Ban X phối hợp với … kiểm tra …" is Ban X's.
def test_the_communes_above_households_and_a_purpose_first():
    letter = ("UBND TỈNH NINH BÌNH\nSỞ XÂY DỰNG\nSố: 2987/SXD-QLN\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
              "V/v kiểm tra an toàn nhà ở sau mưa lũ\n"
              "Kính gửi:\n- Ủy ban nhân dân các xã: Gia Viễn, Nho Quan, Gia Sinh;\n"
              "- Ban Quản lý dự án đầu tư xây dựng tỉnh.\n"
              "Sở Xây dựng đề nghị các đơn vị thực hiện các nội dung sau:\n"
              "Để bảo đảm an toàn cho người dân trước mùa mưa bão, Ban Quản lý dự án đầu tư xây dựng tỉnh phối hợp "
              "với UBND các xã kiểm tra các công trình đang thi công, tạm dừng thi công tại các vị trí có nguy cơ sạt lở.\n"
              "| STT | Nội dung | Đơn vị thực hiện | Thời hạn |\n"
              "| 1 | Kiểm tra an toàn các nhà ở bị nứt | UBND các xã: Gia Viễn, Nho Quan | Trước ngày 25/4/2027 |\n"
              "| 2 | Hoàn thành xây dựng nhà mới cho 64 hộ | UBND xã Gia Sinh | Trước ngày 31/7/2027 |\n"
              "Sở Xây dựng tổ chức hướng dẫn trực tuyến cho cán bộ các xã vào 14 giờ ngày 20/4/2027. Mỗi hộ được hỗ "
              "trợ 60 triệu đồng; hộ nhận hỗ trợ cam kết hoàn thành xây nhà trước ngày 30/12/2027.\n"
              "Ủy ban nhân dân các xã nêu trên báo cáo kết quả thực hiện về Sở Xây dựng trước ngày 05/5/2027./.\n"
              + SIGNED)
    found = leads_and_dates(letter)
    got = leads_by_date(letter)
    assert got["2027-05-05"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan", "UBND xã Gia Sinh"}
    assert "2027-12-30" not in got
    assert (["Ban Quản lý dự án đầu tư xây dựng tỉnh"], None) in found


# "| Dự án | Chủ đầu tư | … | Thời hạn |" then "Đề nghị các chủ đầu tư … chậm nhất ngày …": each investor of the
# table; "lập kế hoạch giải ngân chi tiết từng tuần đến hết năm 2027" the span of a weekly plan, no time limit.
def test_the_investors_of_a_table_and_a_weekly_plans_span():
    body = ("Sở Tài chính đề nghị các chủ đầu tư thực hiện các nội dung sau:\n"
            "| STT | Dự án | Chủ đầu tư | Nội dung cần hoàn thành | Thời hạn hoàn thành |\n"
            "| 1 | Đường ven biển | Ban Quản lý dự án đầu tư xây dựng số 2 | Nghiệm thu khối lượng | Trước ngày 30/6/2027 |\n"
            "| 2 | Khu tái định cư | UBND xã Gia Viễn | Bàn giao mặt bằng | Trước ngày 15/7/2027 |\n"
            "Đề nghị các chủ đầu tư rà soát, đăng ký số vốn không có khả năng giải ngân, gửi về Sở Tài chính chậm nhất "
            "ngày 25/6/2027; lập kế hoạch giải ngân chi tiết từng tuần đến hết năm 2027.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-06-25"] == {"Ban Quản lý dự án đầu tư xây dựng số 2", "UBND xã Gia Viễn"}
    assert "2027-12-31" not in got


# A notice of an inspection's conclusion: "Kiến nghị Sở X hướng dẫn …" gives Sở X the task; a petition of a firm
# answered after its colon ("Công ty TNHH A phản ánh …: đề nghị Công ty B …") is B's.
def test_recommendations_petitions_and_the_firms():
    notice = ("UBND TỈNH NINH BÌNH\nTHANH TRA TỈNH\nSố: 214/TB-TTr\nNinh Bình, ngày 14 tháng 4 năm 2027\nTHÔNG BÁO\n"
              "Kết luận thanh tra công tác quản lý ngân sách tại UBND xã Gia Viễn\n"
              "Ngày 02/4/2027, Chánh Thanh tra tỉnh ban hành Kết luận thanh tra số 76/KL-TTr. Thanh tra tỉnh thông báo:\n"
              "1. Kiến nghị:\n1.1. UBND xã Gia Viễn thu hồi số tiền chi sai, hoàn thành trước ngày 31/7/2027.\n"
              "1.2. Kiến nghị Sở Tài chính hướng dẫn UBND các xã, phường rà soát việc chi phụ cấp trong Quý IV/2027.\n"
              + SIGNED)
    assert leads_by_date(notice)["2027-12-31"] == {"Sở Tài chính"}
    body = ("1. Đối với kiến nghị của doanh nghiệp\n"
            "a) Công ty TNHH Giày da Phú Lợi Việt Nam phản ánh tuyến đường D6 Khu công nghiệp Gia Viễn bị ngập sâu: đề "
            "nghị Công ty Cổ phần Hạ tầng Gia Viễn (chủ đầu tư hạ tầng) khẩn trương nạo vét, hoàn thành trước ngày "
            "31/7/2027.\n"
            "b) Công ty TNHH Điện tử Hanvi kiến nghị rút ngắn thời gian cấp giấy phép lao động: Sở Nội vụ xem xét, giải "
            "quyết trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.\n" + SIGNED)
    found = leads_and_dates(NOTICE + body)
    assert (["Công ty Cổ phần Hạ tầng Gia Viễn"], "2027-07-31") in found
    assert (["Sở Nội vụ"], None) in found and not any("Công ty TNHH" in " ".join(lead) for lead, _ in found)


# A city's council: "Đề nghị UBND thành phố:" over items gives them to the city's committee; "Trước kỳ họp … (khai
# mạc ngày 09/12/2027), Sở X …" is due by the session's opening day; the standing board ("HĐND TỈNH … THƯỜNG
# TRỰC") saying what it will do itself closes no list.
def test_a_citys_council_and_its_session():
    notice = ("HĐND THÀNH PHỐ CẦN THƠ\nTHƯỜNG TRỰC\nSố: 142/TB-HĐND\nCần Thơ, ngày 28 tháng 9 năm 2027\nTHÔNG BÁO\n"
              "Kết luận của Thường trực HĐND thành phố tại phiên giải trình\n"
              "Sau khi nghe giải trình, Thường trực HĐND thành phố kết luận như sau:\n"
              "1. Đề nghị UBND thành phố:\na) Chỉ đạo hoàn thành thủ tục đầu tư công trình kè trước ngày 31/10/2027.\n"
              "b) Ban hành quy định về mức hỗ trợ di dời trong Quý IV/2027.\n"
              "2. Trước kỳ họp thường lệ cuối năm 2027 của HĐND thành phố (khai mạc ngày 09/12/2027), Sở Tài chính báo "
              "cáo kết quả bố trí vốn.\n" + SIGNED)
    got = leads_by_date(notice)
    assert got["2027-10-31"] == {"UBND thành phố"} and got["2027-12-31"] == {"UBND thành phố"}
    assert got["2027-12-09"] == {"Sở Tài chính"}
    letter = ("| **HĐND TỈNH NINH BÌNH****THƯỜNG TRỰC**Số: 356/HĐND-KTNSV/v đôn đốc thực hiện kiến nghị sau giám sát | "
              "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM***Ninh Bình, ngày 02 tháng 10 năm 2027* |\n|---|---|\n"
              "**Kính gửi:**\n\n- Ủy ban nhân dân tỉnh;\n- Sở Xây dựng;\n- Ủy ban nhân dân các phường: Hoa Lư, Tam Điệp.\n\n"
              "Thường trực HĐND tỉnh đề nghị:\n\n**1. Ủy ban nhân dân tỉnh** chỉ đạo điều chỉnh quy hoạch phân khu trong Quý IV/2027.\n\n"
              "**2. Sở Xây dựng** xử lý dứt điểm 41 công trình vi phạm trước ngày 30/11/2027.\n\n"
              "**3. Ủy ban nhân dân các phường: Hoa Lư, Tam Điệp**\n\n"
              "- Hoàn thành cắm mốc giới quy hoạch trước ngày 31/12/2027.\n\n"
              "Đề nghị các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về Thường trực HĐND tỉnh trước ngày 10/12/2027.\n\n"
              "Thường trực HĐND tỉnh sẽ tổ chức giám sát trực tiếp tại một số địa phương, dự kiến trong tháng 11/2027./.\n")
    assert leads_by_date(letter)["2027-12-10"] == {"UBND tỉnh", "Sở Xây dựng", "UBND phường Hoa Lư", "UBND phường Tam Điệp"}


# "Kính gửi: Các Đội Quản lý thị trường số 1, số 2, số 3." then "Các Đội Quản lý thị trường báo cáo …": each team;
# "Trưởng các Đoàn kiểm tra liên ngành xây dựng kế hoạch … trước …": the teams; a later stage keeps the task's words.
def test_numbered_teams_and_a_later_stage():
    letter = ("SỞ CÔNG THƯƠNG TỈNH NINH BÌNH\nCHI CỤC QUẢN LÝ THỊ TRƯỜNG\nSố: 1127/QLTT-NV\n"
              "Ninh Bình, ngày 02 tháng 12 năm 2026\nV/v triển khai cao điểm chống buôn lậu dịp Tết\n"
              "Kính gửi: Các Đội Quản lý thị trường số 1, số 2, số 3.\n"
              "Chi cục Quản lý thị trường yêu cầu các Đội thực hiện ngay các nội dung sau:\n"
              "1. Đội Quản lý thị trường số 1 kiểm tra các chợ, hoàn thành trước ngày 25/01/2027.\n"
              "2. Trưởng các Đoàn kiểm tra liên ngành xây dựng kế hoạch kiểm tra chi tiết, gửi về Chi cục trước 17 giờ "
              "ngày 12/12/2026.\n"
              "3. Đội Quản lý thị trường số 3 hoàn thiện hồ sơ các vụ việc: giai đoạn 1 (12 vụ) hoàn thành trước "
              "31/12/2026; giai đoạn 2 (11 vụ còn lại) trong Quý I/2027.\n"
              "Các Đội Quản lý thị trường báo cáo kết quả thực hiện về Chi cục trước ngày 20/02/2027./.\n" + SIGNED)
    found = leads_and_dates(letter)
    got = leads_by_date(letter)
    assert got["2027-02-20"] == {"Đội Quản lý thị trường số 1", "Đội Quản lý thị trường số 2", "Đội Quản lý thị trường số 3"}
    assert got["2026-12-12"] == {"Các Đoàn kiểm tra liên ngành"}
    stage = next(t for t in found if t[1] == "2027-03-31")
    assert stage[0] == ["Đội Quản lý thị trường số 3"]
    text = next(t.text for t in parse_notice(letter).tasks if t.deadline and t.deadline.date.isoformat() == "2027-03-31")
    assert text.startswith("Đội Quản lý thị trường số 3 hoàn thiện hồ sơ các vụ việc")


# "| 2. | Sở Công Thương:" right after a table of "|" rows (its rows numbered "| 1 |"): the notice's next item,
# a heading over its own items, not a row; "Các công ty phát triển hạ tầng khu công nghiệp:" the whole group.
def test_a_boxed_heading_after_a_table_and_the_parks_developers():
    body = ("| 1. | Các chủ đầu tư hạ tầng cụm công nghiệp thực hiện các nội dung sau:\n"
            "| STT | Cụm công nghiệp | Chủ đầu tư | Nội dung | Thời hạn |\n"
            "| 1 | CCN Gia Viễn | Công ty Cổ phần Đầu tư hạ tầng Gia Viễn | Hoàn thành hệ thống xử lý nước thải | Trước ngày 30/11/2027 |\n"
            "| 2 | CCN Nho Quan | Công ty TNHH Phát triển công nghiệp Nho Quan | Nộp hồ sơ giao đất | Tháng 9/2027 |\n"
            "| 2. | Sở Công Thương:\n"
            "a) Chủ trì thẩm định hồ sơ điều chỉnh quy hoạch chi tiết các cụm công nghiệp;\n"
            "b) Đánh giá năng lực các chủ đầu tư chậm tiến độ, báo cáo UBND tỉnh trước 16 giờ ngày 15/10/2027.\n"
            "| 3. | Các công ty phát triển hạ tầng khu công nghiệp:\n"
            "- Rà soát hệ thống phòng cháy, chữa cháy, hoàn thành trước ngày 31/12/2027.\n" + SIGNED)
    got = leads_by_date(NOTICE + body)
    assert got["2027-10-15"] == {"Sở Công Thương"}
    assert got["2027-12-31"] == {"Các công ty phát triển hạ tầng khu công nghiệp"}


# "Không bố trí …" opening an item is a prohibition given to the list's bodies; "- Bảo hiểm xã hội tỉnh (để phối
# hợp)." in "Kính gửi" is an addressee told to co-operate (the list goes on to it, no task of its words, no lead of
# the letter's closing).
def test_a_prohibition_item_and_an_addressee_to_co_operate():
    body = ("Yêu cầu UBND các xã: Gia Viễn, Nho Quan thực hiện:\n"
            "1. Rà soát vị trí việc làm, hoàn thành trước ngày 30/4/2027.\n"
            "2. Không bố trí một công chức kiêm nhiệm quá 02 vị trí việc làm.\n" + SIGNED)
    assert (["UBND xã Gia Viễn", "UBND xã Nho Quan"], None) in leads_and_dates(LETTER + body)
    letter = ("UBND TỈNH NINH BÌNH\nSỞ Y TẾ\nSố: 4321/SYT-NVD\nNinh Bình, ngày 20 tháng 4 năm 2027\n"
              "V/v bảo đảm cung ứng thuốc\n"
              "Kính gửi:   - Bệnh viện Đa khoa tỉnh;\n"
              "            - Bệnh viện Sản Nhi tỉnh;\n"
              "            - Bảo hiểm xã hội tỉnh (để phối hợp).\n"
              "Sở Y tế yêu cầu các đơn vị ký hợp đồng cung cấp thuốc với các nhà thầu trúng thầu, hoàn thành trước "
              "ngày 15/5/2027./.\n" + SIGNED)
    found = leads_and_dates(letter)
    assert leads_by_date(letter)["2027-05-15"] == {"Bệnh viện Đa khoa tỉnh", "Bệnh viện Sản Nhi tỉnh"}
    assert all("(để phối hợp)" not in " ".join(lead) for lead, _ in found) and len(found) == 2


# A department's report: the items under "Sở Tài chính kính đề nghị UBND tỉnh:" are what it asks of the province,
# no orders given (not the tasks of the table's last body above them).
def test_a_reports_proposals_to_the_province():
    report = ("UBND TỈNH NINH BÌNH\nSỞ TÀI CHÍNH\nSố: 812/BC-STC\nNinh Bình, ngày 14 tháng 4 năm 2027\nBÁO CÁO\n"
              "Tình hình giải ngân vốn đầu tư công\nKính gửi: Ủy ban nhân dân tỉnh.\n"
              "I. KẾT QUẢ GIẢI NGÂN\n"
              "| STT | Chủ đầu tư | Dự án | Thời hạn |\n|---|---|---|---|\n"
              "| 1 | UBND xã Gia Viễn | Đường liên xã | Quý II/2027 |\n"
              "II. ĐỀ XUẤT, KIẾN NGHỊ\nSở Tài chính kính đề nghị UBND tỉnh:\n"
              "1. Chỉ đạo các chủ đầu tư có tỷ lệ giải ngân dưới 50% cam kết giải ngân hết kế hoạch vốn, báo cáo giải "
              "trình trước ngày 20/5/2027.\n" + SIGNED)
    assert "2027-05-20" not in leads_by_date(report)


# A table of units with late records, the departments written in lower case ("| sở Xây dựng |"), then "Đề nghị các
# đơn vị có hồ sơ trễ hạn nêu trên báo cáo … trước ngày …": each unit of the table; "Khu Quản lý đường bộ II" a body.
def test_units_with_late_records_and_the_road_offices():
    notice = ("UBND TỈNH NINH BÌNH\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\nSố: 57/TB-TTPVHCC\nNinh Bình, ngày 08 tháng 5 năm 2027\n"
              "THÔNG BÁO\nKết quả giải quyết thủ tục hành chính tháng 4/2027\n"
              "**1. Các đơn vị có hồ sơ trễ hạn**\n\n"
              "| STT | Đơn vị | Số hồ sơ trễ hạn | Nội dung khắc phục | Thời hạn khắc phục |\n|---|---|---|---|---|\n"
              "| 1 | sở Nông nghiệp và Môi trường | 412 | Giải quyết dứt điểm hồ sơ đất đai quá hạn | Trước ngày 31/5/2027 |\n"
              "| 2 | sở Xây dựng | 188 | Rà soát quy trình cấp giấy phép xây dựng | Trong tháng 6/2027 |\n"
              "| 3 | xã Gia Viễn | 55 | Số hóa hồ sơ hộ tịch | Trước ngày 15/6/2027 |\n\n"
              "**2. Đề nghị các cơ quan, đơn vị**\n\n"
              "- Đề nghị Khu Quản lý đường bộ II phối hợp với Sở Xây dựng rà soát các điểm đen trong Quý III/2027.\n\n"
              "- Đề nghị các đơn vị có hồ sơ trễ hạn nêu trên báo cáo nguyên nhân, kết quả khắc phục về Trung tâm trước "
              "ngày 10/6/2027.\n" + SIGNED)
    got = leads_by_date(notice)
    assert got["2027-05-31"] == {"Sở Nông nghiệp và Môi trường"} and got["2027-06-30"] == {"Sở Xây dựng"}
    assert got["2027-06-10"] == {"Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "xã Gia Viễn"}
    assert got["2027-09-30"] == {"Khu Quản lý đường bộ II"}


# A handover's minutes: "Bên giao (Bên A): UBND xã X, gồm: …" names the party after its colon, the bracket its other
# name; "1. Bên giao (UBND xã X)" / "2. Bên nhận" and "1. Bên A:" over dashes are those bodies' tasks.
def test_a_handovers_parties_by_their_roles():
    minutes = ("ỦY BAN NHÂN DÂN\nXÃ GIA VIỄN\nSố: 58/BB-UBND\nNinh Bình, ngày 22 tháng 4 năm 2027\n"
               "BIÊN BẢN BÀN GIAO MẶT BẰNG\n"
               "Hôm nay, vào hồi 08 giờ 30 ngày 22 tháng 4 năm 2027, tại hiện trường dự án, chúng tôi gồm:\n"
               "**Bên giao (Bên A): UBND xã Gia Viễn**, gồm: Ông Trần Đình Nghĩa, Phó Chủ tịch UBND xã.\n"
               "**Bên nhận (Bên B): Ban Quản lý dự án đầu tư xây dựng tỉnh**, gồm: Ông Nguyễn Hữu Thắng, Phó Giám đốc.\n"
               "Sau khi kiểm tra thực địa, các bên thống nhất:\n"
               "**1. Bên giao (UBND xã Gia Viễn)**\n"
               "- Chi trả tiền bồi thường cho 05 hộ còn lại trước ngày 15/5/2027.\n"
               "**2. Bên nhận**\n"
               "- Di dời 07 cột điện trung thế trên tuyến, hoàn thành trong tháng 6/2027.\n"
               "3. Bên A:\n- Bàn giao hồ sơ mốc giới cho Bên B trước ngày 20/5/2027.\n"
               "Biên bản kết thúc vào hồi 10 giờ 15 cùng ngày./.\n")
    got = leads_by_date(minutes)
    assert got["2027-05-15"] == {"UBND xã Gia Viễn"} and got["2027-05-20"] == {"UBND xã Gia Viễn"}
    assert got["2027-06-30"] == {"Ban Quản lý dự án đầu tư xây dựng tỉnh"}


# "Các cơ quan, đơn vị được giao nhiệm vụ tại bảng trên báo cáo kết quả … trước ngày …": a report of each body of the
# table, the rows keeping their own times; "Thực hiện ý kiến kết luận … tại Thông báo số …, trong đó yêu cầu … trước
# ngày …" cites an order given before, no task; "Công ty CP X xin kéo dài …" the firm's name ends before "xin".
def test_a_report_after_a_table_a_cited_order_and_a_firms_request():
    body = ("1. Nhiệm vụ cụ thể\n\n"
            "| TT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Di dời 46 hộ dân ra khỏi vùng sạt lở | UBND xã Gia Viễn | Trước ngày 15/7/2027 |\n"
            "| 2 | Tham mưu bố trí kinh phí dự phòng | Sở Tài chính | Chậm nhất ngày 20/6/2027 |\n\n"
            "2. Các cơ quan, đơn vị được giao nhiệm vụ tại bảng trên báo cáo kết quả thực hiện về Sở Xây dựng trước "
            "ngày 31/8/2027 để tổng hợp.\n" + SIGNED)
    got = leads_by_date(NOTICE + body)
    assert got["2027-07-15"] == {"UBND xã Gia Viễn"} and got["2027-06-20"] == {"Sở Tài chính"}
    assert got["2027-08-31"] == {"UBND xã Gia Viễn", "Sở Tài chính"}
    body = ("Thực hiện ý kiến kết luận của Phó Chủ tịch UBND tỉnh tại Thông báo số 312/TB-UBND ngày 17/3/2027, trong đó "
            "yêu cầu khống chế dứt điểm các ổ dịch trước ngày 30/9/2027. Sở Nông nghiệp và Môi trường đề nghị:\n"
            "1. UBND các xã: Gia Viễn, Nho Quan tổ chức tiêu hủy lợn bệnh trước ngày 20/4/2027.\n" + SIGNED)
    assert "2027-09-30" not in leads_by_date(LETTER + body)
    found = leads_and_dates(NOTICE + "1. Công ty CP Đầu tư Gia Viễn Xanh xin kéo dài tiến độ dự án: giao Sở Tài chính "
                            "thẩm định, báo cáo UBND tỉnh trước ngày 30/6/2027.\n" + SIGNED)
    assert not any("xin" in " ".join(lead) for lead, _ in found)


# A Party committee's office as issuer ("THÀNH ỦY … VĂN PHÒNG"): "Văn phòng Thành ủy thông báo để các cơ quan, đơn vị nêu
# trên biết, thực hiện; báo cáo … trước ngày …" passes the order on, every addressee reports.
def test_a_party_offices_closing_formula():
    letter = ("THÀNH ỦY ĐÀ NẴNG\nVĂN PHÒNG\nSố 245-CV/VPTU\nĐà Nẵng, ngày 14 tháng 4 năm 2027\n"
              "V/v thông báo ý kiến của Thường trực Thành ủy\n"
              "Kính gửi:\n- Đảng ủy UBND thành phố;\n- Đảng ủy các phường: Hải Vân, Liên Chiểu;\n"
              "- Ban Tuyên giáo và Dân vận Thành ủy.\n"
              "Đồng chí Phó Bí thư Thường trực Thành ủy có ý kiến như sau:\n"
              "1. Đảng ủy UBND thành phố lãnh đạo, chỉ đạo phê duyệt giá đất tái định cư trước ngày 05/5/2027.\n"
              "2. Đảng ủy các phường: Hải Vân, Liên Chiểu lãnh đạo vận động các hộ còn lại nhận tiền bồi thường.\n"
              "3. Ban Tuyên giáo và Dân vận Thành ủy định hướng công tác tuyên truyền.\n"
              "Văn phòng Thành ủy thông báo để các cơ quan, đơn vị nêu trên biết, thực hiện; báo cáo kết quả về Thường "
              "trực Thành ủy trước ngày 20/5/2027./.\n" + SIGNED)
    assert leads_by_date(letter)["2027-05-20"] == {"Đảng ủy UBND thành phố", "Đảng ủy phường Hải Vân", "Đảng ủy phường Liên Chiểu",
                                                    "Ban Tuyên giáo và Dân vận Thành ủy"}
