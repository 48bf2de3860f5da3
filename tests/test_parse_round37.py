"""Round 37 (issue 11's thirty-sixth round in the README): forms found misread on the invented sets
ZZZZZZZZZZZZZU … ZZZZZZZZZZZZZZB, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import NB_LETTER as LETTER, NB_NOTICE as NOTICE, NB_SIGNED as SIGNED, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice


def _letter(addressees: str, body: str, issuer: str = "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n") -> str:
    return (issuer + "Số: 915/UBND-KT\nV/v thực hiện các nhiệm vụ\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi:\n" + addressees + "\n\n" + body + "\n\n" + SIGNED)


# "UBND phường: Hoa Lư, Tam Điệp:" (a list of units without "các"): each ward, as "UBND các phường: …" is.
def test_a_list_of_units_without_cac():
    body = ("1. UBND phường: Hoa Lư, Tam Điệp:\n- Rà soát các hộ dân trong vùng sạt lở, gửi Sở Xây dựng trước ngày 10/7/2027.\n"
            "2. Ủy ban nhân dân xã: Gia Viễn, Nho Quan báo cáo Sở Y tế trước ngày 17/7/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-07-10"] == {"UBND phường Hoa Lư", "UBND phường Tam Điệp"}
    assert got["2027-07-17"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# … but "Các phòng, đơn vị thuộc UBND phường: Phòng Kinh tế, …" lists the ward's own offices, no wards.
def test_the_offices_of_a_ward_listed_after_its_name():
    text = _letter("- Các phòng, đơn vị thuộc UBND phường.",
                   "Các phòng, đơn vị thuộc UBND phường: Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội báo cáo "
                   "kết quả về Văn phòng HĐND và UBND phường trước ngày 26/8/2027.",
                   issuer="ỦY BAN NHÂN DÂN\nPHƯỜNG HOA LƯ\n")
    got = leads_by_date(text)
    assert got["2027-08-26"] == {"Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"}


# "Chủ tịch UBND xã, phường nêu trên:" (no "các"): the communes and wards the letter addresses.
def test_the_units_named_above_without_cac():
    text = _letter("- Chủ tịch UBND xã, phường: Gia Viễn, Hoa Lư;\n- Giám đốc Sở Xây dựng.",
                   "1. Chủ tịch UBND xã, phường nêu trên:\n- Di dời ngay các hộ trong vùng nguy hiểm, hoàn thành trước "
                   "ngày 13/10/2027.\n2. Giám đốc Sở Xây dựng kiểm tra an toàn các tuyến đường, xong trước ngày 20/10/2027.")
    got = leads_by_date(text)
    assert got["2027-10-13"] == {"UBND xã Gia Viễn", "UBND phường Hoa Lư"}


# "Riêng Chủ tịch UBND xã Gia Viễn, xã Nho Quan gia cố …": both communes (the title between "Riêng" and them).
def test_a_head_set_apart_by_rieng_names_every_body_after_it():
    body = "2. Riêng Chủ tịch UBND xã Gia Viễn, xã Nho Quan gia cố khẩn cấp các đoạn đê, xong trước ngày 15/10/2027.\n\n" + SIGNED
    assert leads_by_date(LETTER + body)["2027-10-15"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# The boards and heads of hamlets and quarters listed with their head written once.
def test_the_boards_of_hamlets_listed_with_their_head_once():
    body = ("1. Ban nhân dân các ấp: Mỹ Bình, Mỹ Điền lập danh sách hộ khó khăn, xong trước ngày 07/8/2027.\n"
            "2. Ban phát triển các thôn: Pác Khuông, Nà Hin tổ chức họp thôn, hoàn thành trước ngày 20/8/2027.\n"
            "3. Ban điều hành các khu phố 4, 9 rà soát các hộ kinh doanh, báo cáo trước ngày 25/8/2027.\n"
            "4. Ban nhân dân ấp Tân Hòa, ấp Tân Lợi cắm biển cảnh báo trước ngày 28/8/2027.\n"
            "5. Trưởng thôn 7, thôn 9 vận động các hộ di dời trước ngày 30/8/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-08-07"] == {"Ban nhân dân ấp Mỹ Bình", "Ban nhân dân ấp Mỹ Điền"}
    assert got["2027-08-20"] == {"Ban phát triển thôn Pác Khuông", "Ban phát triển thôn Nà Hin"}
    assert got["2027-08-25"] == {"Ban điều hành khu phố 4", "Ban điều hành khu phố 9"}
    assert got["2027-08-28"] == {"Ban nhân dân ấp Tân Hòa", "Ban nhân dân ấp Tân Lợi"}
    assert got["2027-08-30"] == {"Trưởng thôn 7", "Trưởng thôn 9"}


# "… duy trì các lớp dạy bơi, các điểm sinh hoạt hè cho trẻ em đến hết ngày 20/8/2027": how long the work is kept
# up, no time limit (a limit beside it still is one).
def test_work_kept_up_until_a_day_has_no_limit():
    body = ("1. UBND xã Gia Viễn tiếp tục duy trì các lớp dạy bơi, các điểm sinh hoạt hè cho trẻ em đến hết ngày 20/8/2027.\n"
            "2. UBND xã Nho Quan duy trì chế độ báo cáo, hoàn thành tổng kết trước ngày 25/8/2027.\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["UBND xã Gia Viễn"], None) in found
    assert (["UBND xã Nho Quan"], "2027-08-25") in found


# A time cell of rounds marked as expected ("Đợt 1 từ … đến …; đợt 2 từ … đến … (dự kiến)"): no limit from its first
# round; a launch ceremony's day in the time column is the day it is held.
def test_expected_rounds_and_a_launch_day_in_a_time_column():
    body = ("| TT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Mở lớp dạy bơi miễn phí cho trẻ em | Sở Y tế | Đợt 1 từ ngày 15/6 đến ngày 26/6/2027; đợt 2 từ ngày 06/7 đến "
            "ngày 17/7/2027 (dự kiến) |\n"
            "| 2 | Tổ chức Lễ phát động Tháng hành động vì trẻ em | Sở Y tế | Ngày 30/5/2027 |\n"
            "| 3 | Rà soát danh sách trẻ em có hoàn cảnh đặc biệt | Sở Xây dựng | Trước ngày 15/6/2027 |\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert "2027-06-26" not in got and "2027-05-30" not in got
    assert got["2027-06-15"] == {"Sở Xây dựng"}


# "Các trường Tiểu học Gia Viễn và THCS Gia Viễn gửi …": each school, the noun written once.
def test_schools_named_after_one_plural_noun():
    body = "1. Các trường Tiểu học Gia Viễn và THCS Gia Viễn gửi danh sách học sinh về Sở Y tế trước ngày 10/6/2027.\n\n" + SIGNED
    assert leads_by_date(LETTER + body)["2027-06-10"] == {"Trường Tiểu học Gia Viễn", "Trường THCS Gia Viễn"}


# "UBND các xã: A, B (các xã có vụ việc trong năm 2027):": the bracket says which communes are meant by what they
# had; neither its year nor its "các xã" goes to the tasks under the heading.
def test_a_bracket_describing_the_bodies_of_a_heading():
    body = ("5. Ủy ban nhân dân các xã: Gia Viễn, Nho Quan (các xã có vụ việc trong năm 2027):\n"
            "- Kiểm điểm trách nhiệm người đứng đầu, báo cáo UBND tỉnh trước ngày 31/8/2027;\n"
            "- Thành lập nhóm công tác liên ngành bảo vệ trẻ em cấp xã.\n\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert not any(d == "2027-12-31" for _l, d in found)
    assert not any("Các xã" in leads for leads, _d in found)
    assert {l for leads, d in found if d == "2027-08-31" for l in leads} == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# Minutes of an inspection: "Bà X, chủ Hộ kinh doanh Nhà hàng Y có trách nhiệm:" over the faults to put right.
def test_a_household_business_owner_told_to_put_faults_right():
    text = ("ĐOÀN KIỂM TRA LIÊN NGÀNH SỐ 1\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBIÊN BẢN KIỂM TRA\nAn toàn thực phẩm\n"
            "Hôm nay, vào hồi 09 giờ 30 phút ngày 03/02/2027, tại Nhà hàng Hương Sen, Đoàn kiểm tra liên ngành số 1 tiến hành "
            "kiểm tra.\nKết luận và yêu cầu:\n"
            "1. Bà Đặng Thị Hiền, chủ Hộ kinh doanh Nhà hàng Hương Sen có trách nhiệm:\n"
            "a) Tách biệt khu sơ chế, chế biến, hoàn thành trước ngày 10/02/2027.\n"
            "b) Gửi báo cáo kết quả khắc phục về Chi cục An toàn vệ sinh thực phẩm trước ngày 11/02/2027.\n\n"
            "ĐẠI DIỆN CƠ SỞ\nĐẶNG THỊ HIỀN\n")
    got = leads_by_date(text)
    assert got["2027-02-10"] == {"Hộ kinh doanh Nhà hàng Hương Sen"}
    assert got["2027-02-11"] == {"Hộ kinh doanh Nhà hàng Hương Sen"}


# A plan's numbered teams: "Trưởng các Đoàn kiểm tra liên ngành số 1, số 2 …" (each team, its head's title no part of
# it), "các Đoàn kiểm tra gửi …" (the teams set up); "UBND các xã, phường nêu tại Mục II" is no team that part sets up.
def test_numbered_teams_their_plural_and_the_units_of_a_part():
    body = ("II. ĐOÀN KIỂM TRA\n1. Đoàn kiểm tra liên ngành số 1: Trưởng đoàn là Lãnh đạo Sở Y tế. Địa bàn: các xã Gia Viễn, "
            "Nho Quan.\n2. Đoàn kiểm tra liên ngành số 2: Trưởng đoàn là Lãnh đạo Sở Xây dựng. Địa bàn: các phường Hoa Lư, "
            "Tam Điệp.\nIII. TỔ CHỨC THỰC HIỆN\n"
            "1. Trưởng các Đoàn kiểm tra liên ngành số 1, số 2 xây dựng lịch kiểm tra, gửi Sở Y tế chậm nhất ngày 22/5/2027.\n"
            "2. Trước ngày 20/6/2027, các Đoàn kiểm tra gửi báo cáo kết quả về Sở Y tế.\n"
            "3. Đề nghị UBND các xã, phường nêu tại Mục II cử cán bộ phối hợp khi Đoàn kiểm tra làm việc trên địa bàn.\n\n"
            + SIGNED)
    found = leads_and_dates(LETTER + body)
    teams = {"Đoàn kiểm tra liên ngành số 1", "Đoàn kiểm tra liên ngành số 2"}
    assert {l for leads, d in found if d == "2027-05-22" for l in leads} == teams
    assert {l for leads, d in found if d == "2027-06-20" for l in leads} == teams
    # (the letter's communes, which the part names as the teams' areas; none of the teams)
    assert (["UBND xã Gia Viễn", "UBND xã Nho Quan"], None) in found


# A ward's decision setting up "Tổ kiểm tra liên ngành … (sau đây gọi là Tổ kiểm tra)": the team named by its short name.
def test_an_inspection_team_a_decision_sets_up():
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HOA LƯ\nSố: 1245/QĐ-UBND\nHoa Lư, ngày 24 tháng 8 năm 2027\nQUYẾT ĐỊNH\n"
            "Về việc thành lập Tổ kiểm tra liên ngành về an toàn thực phẩm\nCHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HOA LƯ\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Thành lập Tổ kiểm tra liên ngành về an toàn thực phẩm phường Hoa Lư dịp Tết Trung thu năm "
            "2027 (sau đây gọi là Tổ kiểm tra).\nĐiều 2. Nhiệm vụ của Tổ kiểm tra\n"
            "1. Tổ kiểm tra xây dựng kế hoạch kiểm tra, trình Chủ tịch UBND phường trước ngày 28/8/2027.\n"
            "2. Tổ kiểm tra báo cáo kết quả về UBND phường trước ngày 05/10/2027.\n\n" + SIGNED)
    got = leads_by_date(text)
    assert got["2027-08-28"] == {"Tổ kiểm tra"}
    assert got["2027-10-05"] == {"Tổ kiểm tra"}


# An organising board's notice: a member's duties under his seat ("Đồng chí Giám đốc Sở Y tế, Ủy viên Ban Tổ chức:
# …"), a sub-committee under its head ("Tiểu ban An ninh do đồng chí …, … làm Trưởng tiểu ban: …"), then "Các Tiểu
# ban hoàn thành …" for each sub-committee named.
def test_an_organising_boards_members_and_sub_committees():
    body = ("1. Tiểu ban Nội dung do đồng chí Lê Văn An, Giám đốc Sở Văn hóa, Thể thao và Du lịch làm Trưởng tiểu ban: "
            "hoàn thiện kịch bản, trình Trưởng Ban Tổ chức trước ngày 30/9/2027.\n"
            "2. Tiểu ban An ninh do đồng chí Lăng Văn Hải, Phó Giám đốc Công an tỉnh làm Trưởng tiểu ban: xây dựng phương "
            "án bảo đảm an ninh, trình Trưởng Ban Tổ chức trước ngày 20/10/2027.\n"
            "3. Đồng chí Giám đốc Sở Y tế, Ủy viên Ban Tổ chức: chỉ đạo xây dựng phương án y tế, hoàn thành trong tháng "
            "10/2027.\n4. Các Tiểu ban hoàn thành toàn bộ công tác chuẩn bị trước ngày 15/11/2027.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-10-20"] == {"Tiểu ban An ninh"}
    assert got["2027-10-31"] == {"Sở Y tế"}
    assert got["2027-11-15"] == {"Tiểu ban Nội dung", "Tiểu ban An ninh"}


# "Ban Chỉ đạo sẽ họp nghe báo cáo tiến độ vào ngày 22/9/2027": the meeting's day; "bố trí tổ y tế trực tại đại hội
# trong 02 ngày 14 và 15/10/2027": the days of the congress, no count of days from the notice.
def test_a_meetings_day_and_the_days_of_an_event_are_no_limits():
    body = ("1. Sở Y tế bố trí tổ y tế trực tại đại hội trong 02 ngày 14 và 15/10/2027.\n"
            "2. Sở Xây dựng báo cáo tiến độ trước ngày 15/9/2027; Ban Chỉ đạo sẽ họp nghe báo cáo tiến độ lần thứ hai "
            "vào ngày 22/9/2027.\n\n" + SIGNED)
    found = leads_and_dates(NOTICE + body)
    assert (["Sở Y tế"], None) in found
    assert not any(d in ("2027-09-22", "2027-04-16") for _l, d in found)
    assert (["Sở Xây dựng"], "2027-09-15") in found


# "Phòng Văn hóa - Xã hội là đơn vị thường trực, theo dõi, tổng hợp …, báo cáo … trước ngày …": the office leads.
def test_a_body_said_to_be_the_standing_unit_then_its_duties():
    text = _letter("- Phòng Văn hóa - Xã hội;\n- Các tổ dân phố.",
                   "1. Phòng Văn hóa - Xã hội là đơn vị thường trực, theo dõi, tổng hợp kết quả, báo cáo Chủ tịch UBND "
                   "phường trước ngày 16/11/2027.", issuer="ỦY BAN NHÂN DÂN\nPHƯỜNG HOA LƯ\n")
    assert leads_by_date(text)["2027-11-16"] == {"Phòng Văn hóa - Xã hội"}


# A ward's residential groups: "Các tổ dân phố: số 3, số 8" addressed, "Tổ dân phố số 3; Tổ dân phố số 8" in a lead
# cell, "Tổ dân phố số 8 phối hợp …" as a subject.
def test_residential_groups_by_number():
    text = _letter("- Phòng Kinh tế, Hạ tầng và Đô thị;\n- Các tổ dân phố: số 3, số 8.",
                   "| STT | Nội dung | Đơn vị chủ trì | Thời hạn |\n|---|---|---|---|\n"
                   "| 1 | Vận động hộ dân tháo dỡ mái che lấn chiếm | Tổ dân phố số 3; Tổ dân phố số 8 | Trước ngày 15/10/2027 |\n\n"
                   "Tổ dân phố số 8 phối hợp với Phòng Kinh tế, Hạ tầng và Đô thị vận động các hộ gia đình lắp đèn chiếu sáng.",
                   issuer="ỦY BAN NHÂN DÂN\nPHƯỜNG HOA LƯ\n")
    found = leads_and_dates(text)
    assert {l for leads, d in found if d == "2027-10-15" for l in leads} == {"Tổ dân phố số 3", "Tổ dân phố số 8"}
    assert (["Tổ dân phố số 8"], None) in found


# A firm the attendance sentence names as a whole ("Tham dự có …; Công ty TNHH MTV Chiếu sáng và Thiết bị đô thị;
# …"), named again before its verb: its name ends where the attendance gave it.
def test_a_firm_named_whole_in_the_attendance_sentence():
    body = ("Tham dự có lãnh đạo các Sở: Xây dựng, Tài chính; Công ty TNHH MTV Chiếu sáng và Thiết bị đô thị; UBND các xã: "
            "Gia Viễn, Nho Quan. Sau khi nghe báo cáo, Phó Chủ tịch kết luận:\n"
            "1. Công ty TNHH MTV Chiếu sáng và Thiết bị đô thị khôi phục 100% tuyến chiếu sáng bị hư hỏng trước ngày "
            "30/9/2027.\n\n" + SIGNED)
    assert leads_by_date(NOTICE + body)["2027-09-30"] == {"Công ty TNHH MTV Chiếu sáng và Thiết bị đô thị"}


# A table whose column "Xã" names the commune of each row, in a letter to "UBND các xã: A, B" and a bank: each row
# its commune's (not the addressees').
def test_a_commune_column_beside_another_addressee():
    text = _letter("- Ủy ban nhân dân các xã: Gia Viễn, Nho Quan;\n- Ngân hàng Chính sách xã hội chi nhánh tỉnh.",
                   "1. Tình hình và thời hạn khắc phục tồn tại tại các xã:\n"
                   "| STT | Xã | Vốn giao (triệu đồng) | Tồn tại | Thời hạn khắc phục |\n"
                   "| 1 | Gia Viễn | 12.450 | Chưa phê duyệt danh sách hộ hỗ trợ nhà ở | Trước ngày 30/4/2027 |\n"
                   "| 2 | Nho Quan | 8.900 | Chưa lựa chọn đơn vị thi công | Tháng 5/2027 |")
    got = leads_by_date(text)
    assert got["2027-04-30"] == {"UBND xã Gia Viễn"}
    assert got["2027-05-31"] == {"UBND xã Nho Quan"}


# "Các xã có tỷ lệ giải ngân dưới 30% nêu trên báo cáo …": the communes named before, as described there.
def test_communes_described_then_named_above():
    body = ("1. UBND các xã: Gia Viễn, Nho Quan:\na) Rà soát các dự án không có khả năng giải ngân, gửi Sở Tài chính trước "
            "ngày 25/10/2027.\n2. Sở Xây dựng hướng dẫn UBND các xã hoàn thiện hồ sơ thanh toán.\n"
            "3. Các xã có tỷ lệ giải ngân dưới 30% nêu trên báo cáo giải trình nguyên nhân chậm giải ngân, gửi Sở Tài chính "
            "chậm nhất ngày 22/10/2027.\n\n" + SIGNED)
    assert leads_by_date(LETTER + body)["2027-10-22"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# A regex of the parser's phrase lists is a trie ("nhà\\s+thầu(?:\\s+thi\\s+công)?"): the same matches, longest first.
def test_phrase_lists_as_tries_match_as_the_flat_alternation():
    import re
    from tbkl_xl.parse.cues import alternation, words_alternation
    phrases = ["nhà thầu thi công", "nhà thầu", "bên a", "bên an toàn", "tư vấn", "tư vấn giám sát", "Sở", "sở y tế"]
    trie = re.compile("(?i:" + words_alternation(phrases) + ")")
    flat = re.compile("(?i:(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split())
                                           for p in sorted(phrases, key=len, reverse=True)) + "))")
    for text in ("nhà  thầu thi công X", "bên an toàn", "Bên A", "tư vấn giám sát", "sở y tế", "Sở Xây dựng", "nhà thầu"):
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert re.fullmatch(alternation(["a.b", "a"]), "a.b") and not re.fullmatch(alternation(["a.b"]), "axb")


# An inspection the province plans ("Đoàn kiểm tra … dự kiến kiểm tra việc quản lý, sử dụng xe ô tô … trong tháng
# 11/2027", a comma of a list between the plan and its month) and the issuer's own next step ("Sau khi tiếp nhận, Trung
# tâm sẽ lập phương án …, trình Sở Tài chính thẩm định trong Quý III/2027"): no one's time limit.
def test_a_plan_across_a_lists_comma_and_the_issuers_own_next_step():
    text = _letter("- UBND các xã: Gia Viễn, Nho Quan.",
                   "1. UBND các xã: Gia Viễn, Nho Quan bàn giao hồ sơ nhà, đất dôi dư trước ngày 15/7/2027.\n"
                   "2. Sau khi tiếp nhận, Trung tâm sẽ lập phương án đấu giá quyền sử dụng đất, trình Sở Tài chính thẩm định "
                   "trong Quý III/2027.\n"
                   "3. Đoàn kiểm tra của UBND tỉnh dự kiến kiểm tra việc quản lý, sử dụng xe ô tô tại một số xã trong tháng "
                   "11/2027.",
                   issuer="UBND TỈNH NINH BÌNH\nTRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT\n")
    got = leads_by_date(text)
    assert "2027-09-30" not in got and "2027-11-30" not in got
    assert got["2027-07-15"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    # (an order after the plan's comma keeps its time a limit)
    from datetime import date
    from tbkl_xl.parse.deadlines import find_deadlines
    found = find_deadlines("Sở Tài chính dự kiến phân bổ vốn, đề nghị các sở khẩn trương rà soát trong tháng 8/2027.",
                           date(2027, 4, 14))
    assert [d.date.isoformat() for d in found] == ["2027-08-31"]


# A ward's notice to the citizens it addresses ("Kính gửi: - Ông Nguyễn Văn Thắng, tổ dân phố số 12; - Bà Phạm Thị
# Lan, …"): "Yêu cầu ông Nguyễn Văn Thắng tự tháo dỡ … trước ngày …" is his limit; the ward's team keeps its own task
# whose time is the items' ("… ngay sau khi hết thời hạn nêu tại mục 1, mục 2", no body cited).
def test_citizens_a_notice_is_written_to():
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG HOA LƯ\nSố: 45/TB-UBND\nHoa Lư, ngày 05 tháng 5 năm 2027\nTHÔNG BÁO\n"
            "Về việc yêu cầu tự tháo dỡ công trình vi phạm\nKính gửi:\n- Ông Nguyễn Văn Thắng, tổ dân phố số 12, phường Hoa Lư;\n"
            "- Bà Phạm Thị Lan, tổ dân phố số 14, phường Hoa Lư.\n\n"
            "UBND phường Hoa Lư thông báo:\n"
            "1. Yêu cầu ông Nguyễn Văn Thắng tự tháo dỡ toàn bộ nhà khung thép lấn chiếm, hoàn trả mặt bằng trước ngày 20/5/2027.\n"
            "2. Yêu cầu bà Phạm Thị Lan tự phá dỡ tường bao, hoàn thành chậm nhất ngày 23/5/2027.\n"
            "3. Giao Đội Quản lý trật tự đô thị phường:\n- Kiểm tra, giám sát việc tự tháo dỡ, báo cáo Chủ tịch UBND phường ngay "
            "sau khi hết thời hạn nêu tại mục 1, mục 2.\n\n" + SIGNED)
    found = leads_and_dates(text)
    assert (["Ông Nguyễn Văn Thắng"], "2027-05-20") in found
    assert (["Bà Phạm Thị Lan"], "2027-05-23") in found
    assert (["Đội Quản lý trật tự đô thị phường"], None) in found


# … and a citizen the conclusions name again after the meeting's attendance ("Tham dự có …, ông Trần Văn Hợi (chủ bến
# Vân Diên)"), or one the notice is sent to ("Nơi nhận: - Bà Lâm Thị Kim Chi;").
def test_citizens_at_the_meeting_or_among_the_recipients():
    body = ("Tham dự có đại diện Sở Xây dựng, ông Trần Văn Hợi (chủ bến Vân Diên). Phó Chủ tịch UBND tỉnh kết luận:\n"
            "1. Ông Trần Văn Hợi (chủ bến Vân Diên) nộp hồ sơ đề nghị cấp lại giấy phép hoạt động bến về Sở Xây dựng trước ngày "
            "15/10/2027.\n2. Yêu cầu bà Lâm Thị Kim Chi tự tháo dỡ toàn bộ kho chứa xong trước ngày 30/10/2027.\n\n"
            "Nơi nhận:\n- Sở Xây dựng;\n- Bà Lâm Thị Kim Chi;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Văn Hùng\n")
    got = leads_by_date(NOTICE + body)
    assert got["2027-10-15"] == {"Ông Trần Văn Hợi"}
    assert got["2027-10-30"] == {"Bà Lâm Thị Kim Chi"}


# A Party committee's letter to the Party organisations under it ("Kính gửi: - Đảng bộ Sở Nội vụ, - Chi bộ Văn phòng
# UBND tỉnh"): "… đề nghị các đảng bộ, chi bộ trực thuộc:" over items with no subject is each of them; "Đảng bộ Sở
# X" is the department's Party organisation (not the department), "Đảng bộ các Sở: A, B" each; the Standing Board's
# own check ("Ban Thường vụ Đảng ủy sẽ kiểm tra … trong tháng 8/2027") no one's limit.
def test_party_organisations_addressed_and_listed():
    text = ("ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\nSố: 215-CV/ĐU\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "Kính gửi:\n- Đảng bộ Sở Nội vụ,\n- Chi bộ Văn phòng UBND tỉnh.\n"
            "Thực hiện Kết luận của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy UBND tỉnh đề nghị các đảng bộ, chi bộ "
            "trực thuộc:\n1. Tổ chức quán triệt Kết luận đến toàn thể đảng viên, hoàn thành trước ngày 30/5/2027.\n"
            "2. Đảng bộ Sở Nội vụ lãnh đạo rà soát công chức cấp xã trong tháng 6/2027.\n"
            "3. Đảng bộ các Sở: Tài chính, Y tế lãnh đạo bố trí kinh phí trước ngày 30/7/2027.\n"
            "4. Giao Văn phòng Đảng ủy theo dõi. Ban Thường vụ Đảng ủy sẽ kiểm tra việc thực hiện tại một số đảng bộ trong "
            "tháng 8/2027.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nĐinh Văn Hùng\n")
    got = leads_by_date(text)
    assert got["2027-05-30"] == {"Đảng bộ Sở Nội vụ", "Chi bộ Văn phòng UBND tỉnh"}
    assert got["2027-06-30"] == {"Đảng bộ Sở Nội vụ"}
    assert got["2027-07-30"] == {"Đảng bộ Sở Tài chính", "Đảng bộ Sở Y tế"}
    assert "2027-08-31" not in got


# Households told to act: "2. Các hộ gia đình chăn nuôi:" over its dashes, "Hộ ông …" in a table's lead cell (a reading
# of the letter's addressee as written still wins over the group's first words).
def test_households_as_leads():
    body = ("1. Các hộ gia đình chăn nuôi:\n- Che chắn chuồng trại bằng bạt, hoàn thành trước ngày 17/12/2027.\n"
            "2. Tiến độ các hộ:\n| STT | Hộ | Nội dung | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Hộ ông Hoàng Văn Toản | Tự tháo dỡ mái tôn, tường rào | Trước ngày 10/12/2027 |\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-12-17"] == {"Các hộ gia đình chăn nuôi"}
    assert got["2027-12-10"] == {"Hộ ông Hoàng Văn Toản"}


# A sentence glued to the one before ("… trước ngày 14/12/2027.Riêng UBND các xã: A, B hoàn thành …") and a clause
# glued after a year ("trong Quý III/2027,làm cơ sở …"); a "Kính gửi:" list wrapped under its first item after a comma.
def test_glued_sentences_and_a_wrapped_addressee_list():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 915/UBND-KT\nV/v thực hiện các nhiệm vụ\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
            "                 Kính gửi: Ủy ban nhân dân các xã: Gia Viễn,\n"
            "                                   Nho Quan, Yên Mô.\n\n"
            "1. Ủy ban nhân dân các xã thống kê số học sinh thiếu áo ấm, gửi Sở Giáo dục và Đào tạo trước ngày 14/12/2027."
            "Riêng Ủy ban nhân dân các xã: Gia Viễn, Nho Quan hoàn thành che chắn lớp học trước ngày 18/12/2027.\n"
            "2. Ủy ban nhân dân các xã: Gia Viễn, Yên Mô cập nhật giá đất trong Quý III/2027,làm cơ sở đề xuất điều chỉnh.\n\n"
            + SIGNED)
    got = leads_by_date(text)
    assert got["2027-12-14"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan", "UBND xã Yên Mô"}
    assert got["2027-12-18"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert got["2027-09-30"] == {"UBND xã Gia Viễn", "UBND xã Yên Mô"}


# Closings for the bodies given tasks: "Các chủ đầu tư nêu trên …" in a letter to the investors of public works (a
# project board, communes), "Các sở, ngành được giao chủ trì nhiệm vụ tại mục II …" (the departments of that part's
# rows), "Các cơ quan, đơn vị được giao chủ trì nhiệm vụ tại Kế hoạch này …" (every leading body, each its own item).
def test_closings_for_the_investors_and_the_leading_bodies():
    text = _letter("- Ban Quản lý dự án đầu tư xây dựng tỉnh;\n- Ủy ban nhân dân các xã: Gia Viễn, Nho Quan.",
                   "Tính đến ngày 31/3/2027, các chủ đầu tư mới giải ngân được 26% kế hoạch vốn.\n"
                   "1. Các chủ đầu tư nêu trên bảo đảm giải ngân đạt tối thiểu 60% kế hoạch vốn trước ngày 30/9/2027.")
    assert leads_by_date(text)["2027-09-30"] == {"Ban Quản lý dự án đầu tư xây dựng tỉnh", "UBND xã Gia Viễn",
                                                 "UBND xã Nho Quan"}
    plan = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 88/KH-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nKẾ HOẠCH\n"
            "Kiểm tra chất lượng công trình\nI. MỤC ĐÍCH\nBảo đảm chất lượng.\nII. NỘI DUNG VÀ PHÂN CÔNG\n"
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Kiểm tra các công trình trường học | Sở Y tế | Tháng 8/2027 |\n"
            "| 2 | Kiểm tra an toàn lao động | Sở Nội vụ | Quý III/2027 |\n"
            "| 3 | Rà soát cấp phép xây dựng | UBND xã Gia Viễn | Trước ngày 30/6/2027 |\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Các sở, ngành được giao chủ trì nhiệm vụ tại mục II gửi báo cáo kết quả về Sở Xây dựng "
            "trước ngày 30/11/2027.\n2. Các cơ quan, đơn vị được giao chủ trì nhiệm vụ tại Kế hoạch này báo cáo kết quả thực "
            "hiện về Sở Tài chính trước ngày 10/12/2027.\n\n" + SIGNED)
    got = leads_by_date(plan)
    assert got["2027-11-30"] == {"Sở Y tế", "Sở Nội vụ"}
    assert got["2027-12-10"] == {"Sở Y tế", "Sở Nội vụ", "UBND xã Gia Viễn"}


# A school year in a time column is no limit of the row; a submission after a purpose closed by its verb ("… để thực
# hiện, trình UBND tỉnh trong tháng 7/2027") is one.
def test_a_school_year_cell_and_a_closed_purpose():
    body = ("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Bổ sung thiết bị dạy học | Sở Y tế | Năm học 2027 - 2028 |\n\n"
            "3. Sở Tài chính tham mưu bố trí kinh phí để thực hiện, trình UBND tỉnh trong tháng 7/2027 sau khi phương án "
            "được thẩm định.\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert "2028-12-31" not in got
    assert got["2027-07-31"] == {"Sở Tài chính"}
