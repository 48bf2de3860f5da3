"""Round 28 (issue 11's twenty-seventh round in the README): forms found misread on the invented
sets ZZZZZZZM … ZZZZZZZR and on the fourth wave's leftovers (ZZZZZZZL: answers to requests for
more time), one test each on text written for these tests."""
from __future__ import annotations

from datetime import date

from parse_helpers import leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.deadlines import find_deadlines

NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 211/TB-UBND\nNinh Bình, ngày 11 tháng 3 năm 2027\nTHÔNG BÁO\n"
          "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về sản xuất vụ Xuân\n"
          "Ngày 08/3/2027, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Phó Chủ tịch UBND tỉnh kết luận như sau:\n")
LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 902/UBND-KT\nV/v gia hạn thời gian thực hiện dự án\n"
          "Ninh Bình, ngày 11 tháng 3 năm 2027\n"
          "Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n- Ban Quản lý dự án đầu tư xây dựng tỉnh;\n- UBND xã Gia Viễn.\n"
          "Về đề nghị của Sở Xây dựng tại Văn bản số 310/SXD-QLXD ngày 02/3/2027, Chủ tịch UBND tỉnh có ý kiến "
          "như sau:\n")
SCHOOLS = ("UBND TỈNH NINH BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 88/SGDĐT-GDTrH\nNinh Bình, ngày 11 tháng 3 năm 2027\n"
           "V/v tuyển sinh lớp 10 năm học 2027-2028\n")


# "3. Các trường trung học phổ thông báo cáo … chậm nhất ngày …" in a department of education's
# letter: schools of a kind opening a sentence are its subject (inside a sentence, "các trường" are
# what a task is about); a lead cell naming two kinds apart ("Các trường THCS; Các trường THPT").
def test_schools_of_a_kind_opening_a_sentence_or_a_cell():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Hướng dẫn học sinh đăng ký dự tuyển | Các trường THCS; Các trường THPT | Tháng 4/2027 |\n\n"
            "2. Phòng Giáo dục Trung học hướng dẫn các trường trung học phổ thông lập hồ sơ, xong trước ngày 20/3/2027.\n"
            "3. Các trường trung học phổ thông báo cáo kết quả tuyển sinh về Sở chậm nhất ngày 15/8/2027.\n")
    assert leads_by_date(SCHOOLS + body) == {
        "2027-04-30": {"Các trường THCS", "Các trường THPT"}, "2027-03-20": {"Phòng Giáo dục Trung học"},
        "2027-08-15": {"Các trường trung học phổ thông"}}


# A heading naming kinds of schools under one noun ("Các trường phổ thông dân tộc nội trú, phổ
# thông dân tộc bán trú:", "Các trường THPT, PTDT nội trú trực thuộc Sở"): one addressee as written,
# the lead of the dashes under it (not every addressee of the letter); each kind apart when the
# letter addresses them apart.
def test_a_heading_naming_kinds_of_schools():
    body = ("Kính gửi:\n- Các trường phổ thông dân tộc nội trú, phổ thông dân tộc bán trú;\n- UBND các xã, phường.\n"
            "Sở Giáo dục và Đào tạo đề nghị:\n"
            "1. Các trường phổ thông dân tộc nội trú, phổ thông dân tộc bán trú:\n"
            "- Kiểm tra bếp ăn, kho thực phẩm, xong trước ngày 25/3/2027.\n"
            "2. Các trường THPT, PTDT nội trú trực thuộc Sở\n"
            "- Hoàn thành tuyển sinh bổ sung trước ngày 20/8/2027.\n")
    assert leads_by_date(SCHOOLS + body) == {
        "2027-03-25": {"Các trường phổ thông dân tộc nội trú, phổ thông dân tộc bán trú"},
        "2027-08-20": {"Các trường THPT, PTDT nội trú trực thuộc Sở"}}
    # (a letter addressing each kind on its own line: each kind is a lead)
    apart = body.replace("- Các trường phổ thông dân tộc nội trú, phổ thông dân tộc bán trú;",
                         "- Các trường phổ thông dân tộc nội trú;\n- Các trường phổ thông dân tộc bán trú;")
    assert leads_by_date(SCHOOLS + apart)["2027-03-25"] == {"Các trường phổ thông dân tộc nội trú",
                                                             "Các trường phổ thông dân tộc bán trú"}


# "3. Các cơ quan, đơn vị nêu tại Mục 2 gửi kết quả … trước ngày …" closing a conclusion notice:
# the bodies item 2 gives tasks to, each of them (not only the last item's).
def test_bodies_cited_by_their_item():
    body = ("1. Kết quả thu hồi tiền còn chậm.\n2. Nhiệm vụ các cơ quan, đơn vị:\n"
            "a) Sở Nông nghiệp và Môi trường ban hành quyết định truy thu trước ngày 10/4/2027.\n"
            "b) Sở Nội vụ chủ trì, phối hợp với Thanh tra tỉnh hoàn thiện hồ sơ kỷ luật trong tháng 4/2027.\n"
            "c) Công an tỉnh điều tra, xử lý hành vi khai thác trái phép trong Quý II/2027.\n"
            "3. Các cơ quan, đơn vị nêu tại Mục 2 gửi kết quả thực hiện về Thanh tra tỉnh trước ngày 05/7/2027.\n")
    assert leads_by_date(NOTICE + body)["2027-07-05"] == {"Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Công an tỉnh"}


# "…; trong tháng 6/2027 trình UBND tỉnh phương án phân bổ": a period opening a clause right
# before the paper to hand in is its time limit (not "Trong quý I/2027, tình hình …").
def test_a_period_before_the_paper_to_hand_in():
    body = "1. Sở Tài chính cân đối kinh phí số hóa hồ sơ; trong tháng 6/2027 trình UBND tỉnh phương án phân bổ.\n"
    assert leads_and_dates(NOTICE + body) == [(["Sở Tài chính"], "2027-06-30")]


# "UBND các xã giao chỉ tiêu cho từng thôn, bản, …": a body handing its task down to its own
# hamlets acts itself, its time limit its own.
def test_a_body_handing_its_task_down_to_its_hamlets():
    body = ("1. UBND các xã, phường giao chỉ tiêu cho từng thôn, bản, tổ dân phố, phấn đấu đạt tỷ lệ bao phủ "
            "95% trước ngày 31/12/2027.\n")
    assert leads_and_dates(NOTICE + body) == [(["UBND các xã, phường"], "2027-12-31")]


# "Từ năm 2028, … báo cáo trước ngày 15 tháng 12 hằng năm": the rhythm starts when the sentence
# says, its first time then (15/12/2028, not this year's); a start already past changes nothing.
def test_a_rhythm_from_the_year_its_sentence_gives():
    def first(text):
        return [d.date for d in find_deadlines(text, date(2027, 3, 11))]
    assert first("Từ năm 2028, các sở báo cáo định kỳ trước ngày 15 tháng 12 hằng năm.") == [date(2028, 12, 15)]
    assert first("Kể từ tháng 6/2027, định kỳ trước ngày 25 hằng tháng báo cáo UBND tỉnh.") == [date(2027, 6, 25)]
    assert first("Báo cáo số liệu từ năm 2020 đến nay trước ngày 25 hằng tháng.") == [date(2027, 3, 25)]


# "Các Sở: Tài chính, Xây dựng … hướng dẫn chủ đầu tư và các xã giải quyết vướng mắc": whom the
# departments guide, after "và", is no second subject.
def test_those_directed_after_va_are_no_second_subject():
    body = "1. Các Sở: Tài chính, Xây dựng theo chức năng, nhiệm vụ hướng dẫn chủ đầu tư và các xã giải quyết vướng mắc.\n"
    assert leads_and_dates(NOTICE + body) == [(["Sở Tài chính", "Sở Xây dựng"], None)]


# "Ban Quản lý Khu kinh tế … yêu cầu nhà đầu tư nộp đủ kinh phí; báo cáo … trước ngày 20 hằng
# tháng": the board directs its investor, the task is the board's.
def test_a_board_directing_its_investor_keeps_the_task():
    body = ("1. Ban Quản lý Khu kinh tế tỉnh yêu cầu nhà đầu tư nộp đủ kinh phí bồi thường; tổng hợp, báo cáo "
            "tiến độ về UBND tỉnh trước ngày 20 hằng tháng.\n")
    assert [lead for lead, _d in leads_and_dates(NOTICE + body)] == [["Ban Quản lý Khu kinh tế tỉnh"]]


# "Yêu cầu UBND các xã … hoàn thành bàn giao mặt bằng theo đúng thời hạn tại bảng:" over a table
# with no column of tasks: each row's task is the sentence (a clerk reads it, not "3,42; 11"); a
# row whose time cell says it is done ("Đã bàn giao ngày …") is no task.
def test_a_table_of_times_under_the_sentence_giving_its_task():
    body = ("1. Yêu cầu UBND các xã có tên dưới đây hoàn thành bàn giao mặt bằng theo đúng thời hạn tại bảng:\n"
            "| STT | Đơn vị | Diện tích còn vướng (ha) | Thời hạn bàn giao mặt bằng |\n"
            "| 1 | UBND xã Gia Viễn | 3,42 | Trước ngày 15/4/2027 |\n"
            "| 2 | UBND xã Nho Quan | 0,96 | Đã bàn giao ngày 10/3/2027 |\n")
    n = parse_notice(NOTICE + body)
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in n.tasks] == [(["UBND xã Gia Viễn"], "2027-04-15")]
    assert n.tasks[0].text.startswith("Yêu cầu UBND các xã có tên dưới đây hoàn thành bàn giao mặt bằng")


# "Đồng ý gia hạn … đến ngày 30/9/2027 theo đề nghị của Sở Xây dựng. Ban Quản lý dự án … hoàn thành
# … đúng thời hạn được gia hạn; lập tiến độ … trước ngày 25/3/2027": the decision is the issuer's,
# the time granted the body's that must meet it (not the asker's); its own day stays its own.
def test_an_extension_granted_goes_to_the_body_that_must_meet_it():
    body = ("1. Đồng ý gia hạn thời gian hoàn thành dự án đến ngày 30/9/2027 theo đề nghị của Sở Xây dựng. "
            "Ban Quản lý dự án đầu tư xây dựng tỉnh chỉ đạo nhà thầu bổ sung nhân lực, hoàn thành toàn bộ hạng mục "
            "đúng thời hạn được gia hạn; lập tiến độ chi tiết gửi Sở Xây dựng trước ngày 25/3/2027.\n")
    assert leads_and_dates(LETTER + body) == [(["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2027-09-30"),
                                              (["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2027-03-25")]


# "Không đồng ý đề xuất …. Giữ nguyên thời hạn … trước ngày 31/5/2027 …; UBND xã Gia Viễn … đúng
# thời hạn nêu trên": the limit kept is the commune's, not every addressee's; a time refused
# ("Không đồng ý kéo dài … đến hết Quý IV/2027 như đề xuất") is none.
def test_a_limit_kept_and_a_time_refused():
    body = ("1. Không đồng ý đề xuất của Sở Xây dựng về việc điều chỉnh thời hạn bàn giao mặt bằng đến ngày "
            "31/7/2027. Giữ nguyên thời hạn hoàn thành bàn giao mặt bằng trước ngày 31/5/2027; UBND xã Gia Viễn "
            "vận động các hộ dân còn lại, bàn giao mặt bằng cho chủ đầu tư đúng thời hạn nêu trên.\n"
            "2. Không đồng ý kéo dài thời gian thực hiện dự án đến hết Quý IV/2027 như đề xuất.\n")
    assert leads_and_dates(LETTER + body) == [(["UBND xã Gia Viễn"], "2027-05-31")]


# "Đồng ý gia hạn … đến ngày 31/3/2028 đối với xã Gia Viễn; không đồng ý gia hạn đối với xã Nho
# Quan", "… cho UBND xã Gia Viễn đến ngày …": the unit the decision names.
def test_an_extension_granted_to_the_unit_it_names():
    body = ("1. Đồng ý gia hạn thời gian hoàn thành nghiệm thu các công trình đến ngày 31/3/2028 đối với xã "
            "Gia Viễn; không đồng ý gia hạn đối với xã Nho Quan.\n"
            "2. Đồng ý gia hạn thời gian cập nhật biến động đất đai cho UBND xã Gia Viễn đến ngày 30/6/2027.\n")
    assert leads_and_dates(LETTER + body) == [(["UBND xã Gia Viễn"], "2028-03-31"), (["UBND xã Gia Viễn"], "2027-06-30")]


# "| Thời hạn đã giao | Thời hạn đề nghị | Ý kiến của Chủ tịch UBND tỉnh |": the issuer decides
# each row ("Đồng ý gia hạn đến ngày …" its new time; "Không đồng ý gia hạn; giữ nguyên thời hạn
# đã giao" the time given before), never the time asked for; a later "Đối với nhiệm vụ số 2, …
# trước ngày …" is a task of its own, the row keeps its decided time.
def test_a_table_of_decisions_on_requests_for_time():
    body = ("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn đã giao | Thời hạn đề nghị | Ý kiến của Chủ tịch UBND tỉnh |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Xây dựng Đề án trường chuyên biệt | Sở Giáo dục và Đào tạo | 31/5/2027 | 31/8/2027 | Đồng ý gia hạn đến ngày 31/7/2027 |\n"
            "| 2 | Hoàn thiện hồ sơ nâng hạng bệnh viện | Sở Y tế | 15/6/2027 | 30/9/2027 | Không đồng ý gia hạn; giữ nguyên thời hạn đã giao |\n\n"
            "Đối với nhiệm vụ số 2, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế trực tiếp chỉ đạo, báo cáo kết quả "
            "trước ngày 16/6/2027.\n")
    assert leads_and_dates(LETTER + body) == [(["Sở Giáo dục và Đào tạo"], "2027-07-31"), (["Sở Y tế"], "2027-06-15"),
                                              (["Sở Y tế"], "2027-06-16")]


# "Giao Sở Xây dựng hướng dẫn UBND xã Gia Viễn điều chỉnh hồ sơ; UBND xã hoàn thành … chậm nhất
# ngày …": the commune's committee named bare is the one commune the sentence named.
def test_a_communes_committee_named_bare_after_its_name():
    body = ("1. Giao Sở Xây dựng hướng dẫn UBND xã Gia Viễn điều chỉnh hồ sơ thiết kế; UBND xã hoàn thành điều chỉnh, "
            "trình thẩm định chậm nhất ngày 15/4/2027.\n")
    assert leads_and_dates(NOTICE + body) == [(["Sở Xây dựng"], None), (["UBND xã Gia Viễn"], "2027-04-15")]


# "Văn phòng UBND tỉnh theo dõi, đôn đốc. Ủy ban nhân dân tỉnh tổng hợp, báo cáo Thanh tra Chính
# phủ trước ngày …": the issuer's own work stands apart, no time limit of the body before it.
def test_the_issuers_own_sentence_stands_apart():
    body = ("4. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc. Ủy ban nhân dân tỉnh tổng hợp, báo cáo Thanh tra "
            "Chính phủ trước ngày 15/12/2027.\n")
    assert leads_and_dates(NOTICE + body) == [(["Văn phòng UBND tỉnh"], None)]


# "UBND các xã: Gia Viễn, Nho Quan không để xảy ra …": a prohibition ordered, the communes its
# subject (each, with the sentence's time limit).
def test_a_prohibition_ordered_has_its_subject():
    body = "1. UBND các xã: Gia Viễn, Nho Quan không để xảy ra tình trạng đổ rác thải ra sông, xử lý dứt điểm trước ngày 15/7/2027.\n"
    assert leads_and_dates(NOTICE + body) == [(["UBND xã Gia Viễn"], "2027-07-15"), (["UBND xã Nho Quan"], "2027-07-15")]


# "3. Các cơ quan, đơn vị nêu trên báo cáo … trước ngày …" right after a table of the firms the letter
# addresses, its first item given to the communes it addresses: every addressee, not the table's only.
def test_a_closing_right_after_a_table_reaches_every_addressee():
    head = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nTỈNH NINH BÌNH\nSố: 456/SNNMT-CCMT\nNinh Bình, ngày 11 tháng 3 năm 2027\n"
            "V/v khắc phục ô nhiễm\nKính gửi:\n- UBND các xã: Gia Viễn, Nho Quan;\n- Công ty Cổ phần Giấy Việt Hưng;\n"
            "- Công ty TNHH Thực phẩm An Phú.\nSở Nông nghiệp và Môi trường đề nghị:\n")
    body = ("1. UBND các xã: Gia Viễn, Nho Quan di dời chuồng trại lấn chiếm hành lang sông trước ngày 30/4/2027.\n"
            "2. Yêu cầu các cơ sở có tên dưới đây khắc phục vi phạm theo thời hạn sau:\n"
            "| STT | Cơ sở | Nội dung khắc phục | Thời hạn |\n"
            "| 1 | Công ty Cổ phần Giấy Việt Hưng | Cải tạo hệ thống xử lý nước thải | Trước ngày 15/6/2027 |\n"
            "| 2 | Công ty TNHH Thực phẩm An Phú | Lắp đặt camera giám sát cửa xả | Quý II/2027 |\n"
            "3. Các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 05/7/2027.\n")
    assert leads_by_date(head + body)["2027-07-05"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan", "Công ty Cổ phần Giấy Việt Hưng",
                                                        "Công ty TNHH Thực phẩm An Phú"}


# "Các Đồn Biên phòng: cửa khẩu Cốc Nam, cửa khẩu Chi Ma, Tân Thanh": an elided list whose names
# open with a place noun in lower case, each post a body.
def test_an_elided_list_of_names_opening_with_a_place_noun():
    body = "1. Các Đồn Biên phòng: cửa khẩu Cốc Nam, cửa khẩu Chi Ma, Tân Thanh tăng cường tuần tra, báo cáo trước ngày 10/4/2027.\n"
    assert leads_by_date(NOTICE + body) == {"2027-04-10": {"Đồn Biên phòng cửa khẩu Cốc Nam", "Đồn Biên phòng cửa khẩu Chi Ma",
                                                           "Đồn Biên phòng Tân Thanh"}}


# A letter pasted into an e-mail, every line opening with "> " (or ">> " in a reply chain): the
# letter is read as if it stood alone.
def test_a_letter_quoted_in_an_email():
    letter = (NOTICE + "1. Sở Y tế xây dựng kịch bản ứng phó, trình UBND tỉnh trước ngày 10/4/2027.\n"
              "2. Sở Giáo dục và Đào tạo\ntổ chức tập huấn cho giáo viên trong tháng 4/2027.\n")
    mail = ("From: Van phong UBND tinh <vanphong@ninhbinh.gov.vn>\nSubject: Thông báo kết luận\n\n"
            "Văn phòng UBND tỉnh chuyển toàn văn Thông báo để các đơn vị triển khai.\n\n"
            + "".join(f"> {line}\n" for line in letter.splitlines()))
    assert leads_and_dates(mail) == [(["Sở Y tế"], "2027-04-10"), (["Sở Giáo dục và Đào tạo"], "2027-04-30")]


# "Giao Văn phòng Sở đăng tải Kế hoạch …": "đăng tải" is the verb, not part of the office's name.
def test_a_verb_of_publishing_ends_the_name():
    body = "1. Giao Văn phòng Sở đăng tải Kế hoạch trên Trang thông tin điện tử của Sở.\n"
    assert leads_and_dates(SCHOOLS + body) == [(["Văn phòng Sở"], None)]


# "| STT | Đơn vị | Đợt 1: hồ sơ chuyển nguồn | Đợt 2: thuyết minh quyết toán |": a time per stage,
# each stage a task of the row's body, named by its column.
def test_a_table_of_stages():
    body = ("Sở Tài chính đề nghị các đơn vị gửi hồ sơ theo hai đợt như sau:\n"
            "| STT | Đơn vị | Đợt 1: hồ sơ chuyển nguồn | Đợt 2: thuyết minh quyết toán |\n|---|---|---|---|\n"
            "| 1 | Sở Y tế | 31/3/2027 | 15/5/2027 |\n| 2 | UBND xã Gia Viễn | 10/4/2027 | 30/5/2027 |\n")
    n = parse_notice(NOTICE + body)
    assert [([a.name for a in t.lead], t.deadline.date.isoformat(), t.text) for t in n.tasks] == [
        (["Sở Y tế"], "2027-03-31", "Đợt 1: hồ sơ chuyển nguồn"), (["Sở Y tế"], "2027-05-15", "Đợt 2: thuyết minh quyết toán"),
        (["UBND xã Gia Viễn"], "2027-04-10", "Đợt 1: hồ sơ chuyển nguồn"),
        (["UBND xã Gia Viễn"], "2027-05-30", "Đợt 2: thuyết minh quyết toán")]


# "| Tổ chức lại buổi làm việc … | Văn phòng UBND tỉnh | … | Tháng 12/2027 (dự kiến) |": a time
# marked as expected is no time limit; "Phòng Quản lý thương mại dự thảo văn bản …": the verb ends
# the name; "Sở Công Thương thống nhất để Công ty hoàn thành … trong Quý III/2027": the firm acts.
def test_an_expected_time_a_drafting_office_and_an_approval_for_a_firm():
    body = ("| STT | Nội dung | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Tổ chức lại buổi làm việc với các doanh nghiệp | Văn phòng UBND tỉnh | Tháng 12/2027 (dự kiến) |\n\n"
            "2. Phòng Quản lý thương mại dự thảo văn bản trả lời doanh nghiệp trước ngày 20/3/2027.\n"
            "3. Về đề nghị lùi thời hạn của Công ty CP Cán thép Phú Lương: Sở Công Thương thống nhất để Công ty "
            "hoàn thành lắp đặt hệ thống đo đếm phát thải trong Quý III/2027.\n")
    assert leads_and_dates(NOTICE + body) == [(["Văn phòng UBND tỉnh"], None), (["Phòng Quản lý thương mại"], "2027-03-20"),
                                              (["Công ty CP Cán thép Phú Lương"], "2027-09-30")]
