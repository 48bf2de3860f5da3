"""Round 32 (issue 11's thirty-first round in the README): forms found misread on the invented sets
(leftovers of the thirtieth round and the sets ZZZZZZZZZZK …), one test each on text written for
these tests."""
from __future__ import annotations

from parse_helpers import NB_LETTER as LETTER, NB_NOTICE as NOTICE, NB_SIGNED as SIGNED, leads_and_dates, leads_by_date

# a paper with no "Kính gửi" list (a directive, a work slip): its own items say who acts
DIRECTIVE = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 21/CT-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
             "CHỈ THỊ\nVề tăng cường công tác phòng, chống thiên tai\n"
             "Để chủ động phòng ngừa, Chủ tịch UBND tỉnh chỉ thị:\n")
SLIP = ("UBND TỈNH NINH BÌNH\nVĂN PHÒNG\nSố: 142/PGV-VP\nNinh Bình, ngày 14 tháng 4 năm 2027\n")


# Bold headings that lost their numbers (or never had them): a body's name alone on its line over
# sentences without a subject; they are its tasks, until the next such line (a sentence naming its own
# subject in between is that subject's).
def test_a_bodys_name_alone_heads_the_paragraphs_below():
    body = ("**Ban Quản lý dự án đầu tư xây dựng tỉnh**\n\n"
            "Tập trung nhân lực, thiết bị, bảo đảm hoàn thành trường tại xã Gia Viễn trước ngày 15/8/2027.\n\n"
            "Chỉ đạo nhà thầu bảo đảm an toàn lao động trong quá trình thi công.\n\n"
            "**Sở Tài chính** chủ trì tham mưu bố trí đủ vốn, trình UBND tỉnh chậm nhất ngày 10/5/2027.\n\n"
            "**UBND các xã: Gia Viễn, Nho Quan**\n\n"
            "Giải quyết dứt điểm vướng mắc mặt bằng đường vào trường, hoàn thành trong tháng 6/2027.\n\n"
            "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n" + SIGNED)
    found = leads_and_dates(NOTICE + body)
    assert (["Ban Quản lý dự án đầu tư xây dựng tỉnh"], "2027-08-15") in found
    assert (["Ban Quản lý dự án đầu tư xây dựng tỉnh"], None) in found
    assert (["Sở Tài chính"], "2027-05-10") in found
    assert leads_by_date(NOTICE + body)["2027-06-30"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# A table laid out by pdftotext -layout whose header has one column of its own words ("Diện tích")
# beside "Xã", "Nội dung", "Thời hạn": each commune's row is its task by its time.
def test_a_laid_out_table_with_one_column_of_its_own_words():
    body = ("1. Ủy ban nhân dân các xã hoàn thành bàn giao mặt bằng theo bảng sau:\n\n"
            "     STT   Xã             Diện tích    Nội dung                              Thời hạn\n"
            "     1     Gia Viễn       1,8 ha       Chi trả tiền bồi thường cho 21 hộ     Trước ngày 20/8/2027\n"
            "     2     Nho Quan       2,1 ha       Cưỡng chế thu hồi đất đối với 08 hộ   Trong tháng 9/2027\n\n"
            "2. Sở Xây dựng hướng dẫn các xã xác định giá đất cụ thể, hoàn thành trước ngày 10/8/2027.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-08-20"] == {"UBND xã Gia Viễn"} and got["2027-09-30"] == {"UBND xã Nho Quan"}


# "Giao lại cho Sở X thay cho Sở Y …", "Giao lại nhiệm vụ … cho UBND xã X thay cho Sở Y": the task is
# handed to X; "Đồng ý gia hạn cho Sở X … đến ngày …": X works to the new day (neither is every
# addressee's).
def test_a_task_handed_over_or_given_more_time():
    body = ("1. Giao lại cho Sở Xây dựng thay cho Sở Tài chính chủ trì xây dựng Đề án trạm sạc, trình UBND tỉnh "
            "trước ngày 30/9/2027.\n"
            "2. Giao lại nhiệm vụ lập hồ sơ đề xuất dự án cụm công nghiệp cho UBND xã Gia Viễn thay cho Sở Tài chính, "
            "hoàn thành trong Quý IV/2027.\n"
            "3. Đồng ý gia hạn cho Sở Y tế thời gian hoàn thành sửa chữa trạm y tế đến ngày 31/10/2027 (thời hạn đã "
            "giao là ngày 30/6/2027).\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got == {"2027-09-30": {"Sở Xây dựng"}, "2027-12-31": {"UBND xã Gia Viễn"}, "2027-10-31": {"Sở Y tế"}}


# A later step cut off with its own time after an aside ("…, trình UBND tỉnh trước ngày 30/9/2027 (thời
# hạn tại Thông báo số … là ngày 31/8/2027)"): the task's words stay with it.
def test_a_later_step_with_an_aside_keeps_the_tasks_words():
    from tbkl_xl.parse import parse_notice
    body = ("1. Giao Sở Xây dựng chủ trì xây dựng Đề án phát triển trạm sạc xe điện; gửi dự thảo lấy ý kiến "
            "trước ngày 31/8/2027, trình UBND tỉnh trước ngày 30/9/2027 (thời hạn tại Thông báo số 233/TB-UBND "
            "là ngày 31/8/2027).\n" + SIGNED)
    later = [t for t in parse_notice(LETTER + body).tasks if t.deadline and t.deadline.date.isoformat() == "2027-09-30"]
    assert len(later) == 1 and "Đề án phát triển trạm sạc" in later[0].text


# An amended item: "Điều chỉnh thời hạn tại điểm 5 mục II (Sở Tài chính bố trí kinh phí …) từ “trước ngày
# 15/9/2027” thành “trước ngày 05/10/2027”": the bracket's body works to the new time, the old is none.
def test_a_time_changed_from_one_quoted_limit_into_another():
    body = ("1. Điều chỉnh thời hạn tại điểm 5 mục II Thông báo số 295/TB-UBND (Sở Tài chính bố trí kinh phí mua "
            "sắm vật tư phòng, chống thiên tai) từ “trước ngày 15/9/2027” thành “trước ngày 05/10/2027”.\n" + SIGNED)
    assert leads_by_date(LETTER + body) == {"2027-10-05": {"Sở Tài chính"}}


# The new wording of an amended item in quotation marks after "như sau:", the old one after it in a
# bracket "(thay cho nội dung “Giao Sở Y tế …”)": the new wording's subject leads; the old is gone.
def test_a_quoted_new_wording_and_the_wording_it_replaces():
    body = ("1. Điều chỉnh nội dung tại điểm 2 mục II Thông báo số 233/TB-UBND như sau: “Sở Xây dựng chủ trì, "
            "phối hợp với Sở Tài chính khảo sát nhu cầu sử dụng năng lượng, hoàn thành trước ngày 15/9/2027” "
            "(thay cho nội dung “Giao Sở Y tế chủ trì thực hiện, hoàn thành trong tháng 8/2027”).\n" + SIGNED)
    assert leads_by_date(LETTER + body) == {"2027-09-15": {"Sở Xây dựng"}}


# "Đồng ý để Sở X lùi thời gian tổ chức Hội chợ … sang tháng 3/2028": an event moved is held then, no time
# limit; the report the sentence asks for is.
def test_an_event_moved_to_a_new_month_is_no_limit():
    body = ("1. Đồng ý để Sở Tài chính lùi thời gian tổ chức Hội chợ thương mại năm 2027 sang tháng 3/2028 (dự "
            "kiến từ ngày 18/3 đến ngày 22/3/2028); Sở Tài chính báo cáo phương án tổ chức trước ngày 15/01/2028.\n"
            + SIGNED)
    assert leads_by_date(LETTER + body) == {"2028-01-15": {"Sở Tài chính"}}


# A work slip's fields: "- Nội dung giao: …" before "- Đơn vị chủ trì: …" is the task's words; "Các đơn vị
# chủ trì nêu trên báo cáo …" closing the slip is for the items' leads, not the co-operators named last.
def test_a_work_slips_fields_and_those_leading_above():
    from tbkl_xl.parse import parse_notice
    body = ("PHIẾU GIAO VIỆC\nThực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại buổi làm việc ngày 05/4/2027.\n"
            "1. Nhiệm vụ thứ nhất\n- Nội dung giao: Xây dựng phương án phân luồng xe chở nông sản.\n"
            "- Đơn vị chủ trì: Sở Xây dựng.\n- Đơn vị phối hợp: Sở Y tế.\n- Thời hạn hoàn thành: trước ngày 20/4/2027.\n"
            "2. Nhiệm vụ thứ hai\n- Nội dung giao: Rà soát nhân lực kiểm dịch tại các cửa khẩu.\n"
            "- Đơn vị chủ trì: Sở Tài chính.\n- Đơn vị phối hợp: UBND xã Gia Viễn.\n- Thời hạn hoàn thành: trong tháng 5/2027.\n"
            "3. Yêu cầu chung\nCác đơn vị chủ trì nêu trên báo cáo kết quả thực hiện về Văn phòng UBND tỉnh trước ngày "
            "10/6/2027.\n" + SIGNED)
    tasks = parse_notice(SLIP + body).tasks
    first = next(t for t in tasks if t.deadline and t.deadline.date.isoformat() == "2027-04-20")
    assert "phương án phân luồng" in first.text
    assert leads_by_date(SLIP + body)["2027-06-10"] == {"Sở Xây dựng", "Sở Tài chính"}


# A transfer slip laid out as a box: "| | 3. Vườn quốc gia … rà soát …" (an item in the second cell), "| Thời
# hạn xử lý: | UBND xã X báo cáo … trước ngày …." (a field and its value); "| Nội dung chính | Bộ X giao … |" sums
# up the forwarded letter: no task.
def test_a_transfer_slips_box():
    body = ("PHIẾU CHUYỂN\n"
            "| Văn bản chuyển: | Công văn số 2174/BNNMT-LNKL ngày 02/4/2027 của Bộ Nông nghiệp và Môi trường.\n"
            "| Nội dung chính | Bộ đề nghị UBND các tỉnh chỉ đạo rà soát phương án, báo cáo về Bộ trước ngày 30/4/2027. |\n"
            "| Ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh: | 1. Giao Sở Tài chính bố trí kinh phí trước ngày 14/4/2027.\n"
            "| | 2. Sở Y tế rà soát, phát dọn đường băng cản lửa, hoàn thành chậm nhất ngày 20/4/2027.\n"
            "| Thời hạn xử lý: | UBND xã Gia Viễn báo cáo kết quả giải quyết trước ngày 29/4/2027.\n"
            "| Hình thức báo cáo: | Văn bản gửi UBND tỉnh qua Văn phòng UBND tỉnh, cập nhật trên Hệ thống.\n"
            "| Người theo dõi: | Đinh Thị Mai - Ban Tiếp công dân tỉnh, điện thoại 0210.3846.215.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-04-20"] == {"Sở Y tế"} and got["2027-04-29"] == {"UBND xã Gia Viễn"}
    assert "2027-04-30" not in got


# A reminder's table with no status column: a note "Quá hạn; nay yêu cầu hoàn thành trước ngày …" sets the
# new limit, a limit passed with "Quá hạn" none; "nhiệm vụ số 1, số 2" dates both rows.
def test_a_reminders_notes_and_the_rows_it_names():
    body = ("Tính đến ngày 31/3/2027, còn một số nhiệm vụ chưa hoàn thành:\n\n"
            "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn theo Thông báo | Ghi chú |\n|---|---|---|---|---|\n"
            "| 1 | Tham mưu phân bổ vốn sự nghiệp | Sở Tài chính | 28/02/2027 | Quá hạn 37 ngày |\n"
            "| 2 | Trình phương án sắp xếp trạm y tế | Sở Y tế | 15/3/2027 | Quá hạn 22 ngày |\n"
            "| 3 | Xử lý trụ sở dôi dư | Sở Xây dựng | 31/3/2027 | Quá hạn; nay yêu cầu hoàn thành trước ngày 30/5/2027 |\n"
            "| 4 | Giải phóng mặt bằng đường nối | UBND xã Gia Viễn | Quý I/2027 | Quá hạn |\n\n"
            "Chủ tịch UBND tỉnh yêu cầu:\n"
            "1. Sở Tài chính, Sở Y tế khẩn trương hoàn thành nhiệm vụ số 1, số 2 nêu trên, trình UBND tỉnh chậm nhất "
            "ngày 20/5/2027.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-05-20"] == {"Sở Tài chính", "Sở Y tế"} and got["2027-05-30"] == {"Sở Xây dựng"}
    assert "2027-03-31" not in got


# "1. Các chủ đầu tư: Ban Quản lý dự án …, UBND các xã A, B" over dashes: those listed, not the role.
def test_a_role_heading_then_the_bodies_it_lists():
    body = ("1. Các chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng tỉnh, UBND các xã Gia Viễn, Nho Quan\n"
            "- Hoàn thiện hồ sơ thanh toán khối lượng hoàn thành, gửi Kho bạc Nhà nước trước ngày 25/5/2027;\n"
            "2. Sở Xây dựng kiểm tra chất lượng công trình, báo cáo UBND tỉnh chậm nhất ngày 20/5/2027.\n" + SIGNED)
    assert leads_by_date(LETTER + body)["2027-05-25"] == {
        "Ban Quản lý dự án đầu tư xây dựng tỉnh", "UBND xã Gia Viễn", "UBND xã Nho Quan"}


# A directive's sections by body, then "7. Tổ chức thực hiện" / "Các cơ quan, đơn vị nêu trên báo cáo …": every
# section's body (not the last one's alone); "…; kết quả … trước ngày …. Giao X theo dõi …": the clause after the
# semicolon is the first subject's, not X's.
def test_a_closing_section_after_the_bodies_sections():
    body = ("1. Sở Xây dựng kiểm tra các công trình, hoàn thành trước ngày 15/5/2027.\n"
            "2. Sở Y tế chủ trì tập huấn phòng dịch, xong trước ngày 20/5/2027.\n"
            "3. Tổ chức thực hiện\n"
            "Các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về Sở Tài chính trước ngày 15/6/2027.\n" + SIGNED)
    assert leads_by_date(DIRECTIVE + body)["2027-06-15"] == {"Sở Xây dựng", "Sở Y tế"}
    body = ("1. Sở Xây dựng kiểm tra các công trình, hoàn thành trước ngày 15/5/2027.\n"
            "2. Tổ chức thực hiện\nSở Y tế báo cáo tình hình dịp Tết về UBND tỉnh trước ngày 15/02/2028; kết quả mùa lễ "
            "hội trước ngày 15/3/2028. Giao Sở Tài chính theo dõi, đôn đốc việc thực hiện.\n" + SIGNED)
    assert leads_by_date(DIRECTIVE + body)["2028-03-15"] == {"Sở Y tế"}


# "c) Trong tháng 6/2027, tổ chức tập huấn …" under a body's heading: the month is the limit of the order.
def test_a_month_before_an_order_under_its_body():
    body = ("1. Sở Y tế:\na) Trong tháng 6/2027, tổ chức tập huấn nghiệp vụ cho lực lượng y tế xã.\n" + SIGNED)
    assert leads_by_date(LETTER + body) == {"2027-06-30": {"Sở Y tế"}}


# A ministry's conclusion: "Các Cục: Hàng hải và Đường thủy Việt Nam, Hàng không Việt Nam" (one body per item,
# "không" no negation there); "Các Cục, Vụ nêu trên báo cáo …" closing it: every Cục and Vụ given a task.
MINISTRY = ("BỘ XÂY DỰNG\nSố: 214/TB-BXD\nHà Nội, ngày 12 tháng 5 năm 2027\nTHÔNG BÁO\n"
            "Kết luận của Bộ trưởng tại cuộc họp giao ban\n"
            "Ngày 08/5/2027, Bộ trưởng chủ trì cuộc họp. Bộ trưởng kết luận như sau:\n")


def test_a_ministrys_departments_listed_and_closed_on():
    body = ("1. Cục Đường bộ Việt Nam tháo gỡ vướng mắc mặt bằng, báo cáo Bộ trưởng trong tháng 6/2027.\n"
            "2. Các Cục: Hàng hải và Đường thủy Việt Nam, Hàng không Việt Nam rà soát danh mục dự án, hoàn thành trong "
            "Quý III/2027.\n"
            "3. Vụ Pháp chế rà soát văn bản, trình Bộ trưởng trước ngày 15/6/2027.\n"
            "Các Cục, Vụ nêu trên báo cáo kết quả thực hiện về Văn phòng Bộ trước ngày 28/6/2027./.\n" + SIGNED)
    got = leads_by_date(MINISTRY + body)
    assert got["2027-09-30"] == {"Cục Hàng hải và Đường thủy Việt Nam", "Cục Hàng không Việt Nam"}
    assert got["2027-06-28"] == {"Cục Đường bộ Việt Nam", "Cục Hàng hải và Đường thủy Việt Nam",
                                 "Cục Hàng không Việt Nam", "Vụ Pháp chế"}


# A ministry's own "Cục Thuế" is its department, not the province's body the directory knows by that short name.
def test_a_ministrys_own_department_named_bare():
    body = "1. Cục Thuế chỉ đạo Thuế các tỉnh kiểm tra việc kê khai giá, báo cáo trong tháng 6/2027.\n" + SIGNED
    assert leads_by_date(MINISTRY.replace("BỘ XÂY DỰNG", "BỘ TÀI CHÍNH") + body) == {"2027-06-30": {"Cục Thuế"}}


# An answer to voters' petitions: the petition ("Cử tri xã X kiến nghị: “… xong trước ngày …”") and what the
# issuer did ("Trả lời: Ngày …, Sở đã …") are no tasks; "Đề nghị UBND xã X …" in the answer is.
def test_petitions_and_their_answers():
    body = ("1. Cử tri xã Gia Viễn kiến nghị: “Đê bị sạt lở, đề nghị tỉnh sửa chữa xong trước ngày 30/9/2027”.\n"
            "Trả lời: Ngày 12/6/2027, Sở đã phối hợp với UBND xã kiểm tra hiện trường; dự án dự kiến hoàn thành trong "
            "Quý II/2028. Đề nghị UBND xã Gia Viễn tổ chức lực lượng hộ đê, hoàn thành trước ngày 31/8/2027.\n" + SIGNED)
    assert leads_by_date(LETTER + body) == {"2027-08-31": {"UBND xã Gia Viễn"}}


# "… trong Quý" / "I/2027." wrapped at the line's end: one quarter, not a paragraph "I/2027."; "chuyển đơn đến
# UBND xã X để xem xét, giải quyết …": the commune acts; "b) Thanh tra trách nhiệm …" under "1. Thanh tra tỉnh:".
def test_a_wrapped_quarter_a_complaint_forwarded_and_thanh_tra_as_a_verb():
    body = ("1. Sở Y tế hoàn thành chi trả bổ sung trong Quý\nI/2028.\n"
            "2. Bà Lê Thị Hoa kiến nghị cấp giấy chứng nhận. Nội dung thuộc thẩm quyền cấp xã; chuyển đơn đến UBND xã "
            "Nho Quan để xem xét, giải quyết theo thẩm quyền.\n"
            "3. Thanh tra tỉnh:\na) Thanh tra trách nhiệm thực hiện pháp luật về tiếp công dân, hoàn thành trong "
            "Quý IV/2027.\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["Sở Y tế"], "2028-03-31") in found and (["UBND xã Nho Quan"], None) in found
    assert (["Thanh tra tỉnh"], "2027-12-31") in found


# A group heading with its description and its communes after a colon ("3. Các xã có di tích: Gia Viễn, Nho
# Quan:"); "UBND các xã nêu tại mục 3" among other leads: the communes of that item; a known name going on
# after "và" ("Trung tâm Thông tin và Xúc tiến du lịch") is the longer body.
def test_groups_by_their_items_and_a_name_going_on_after_and():
    body = ("1. Trung tâm Thông tin và Xúc tiến du lịch:\n- Xuất bản bản đồ du lịch, hoàn thành trước ngày 31/8/2027.\n"
            "2. Sở Y tế kiểm tra an toàn thực phẩm trong tháng 9/2027.\n"
            "3. Các xã có di tích, điểm di sản: Gia Viễn, Nho Quan:\n- Rà soát các công trình xây dựng trái phép, báo "
            "cáo trước ngày 15/9/2027.\n"
            "Sở Y tế và UBND các xã nêu tại mục 3 báo cáo kết quả thực hiện về Sở Tài chính trước ngày 30/11/2027.\n"
            + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-08-31"] == {"Trung tâm Thông tin và Xúc tiến du lịch"}
    assert got["2027-09-15"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert got["2027-11-30"] == {"Sở Y tế", "UBND xã Gia Viễn", "UBND xã Nho Quan"}


# The Front's committee of every commune: "Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường" is a group of
# its own (not the province's committee), and "… các xã: A, B" one body per commune.
def test_the_fronts_committees_of_the_communes():
    body = ("1. Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường chủ trì vận động quỹ, báo cáo trước ngày 25/11/2027.\n"
            "2. Riêng Ủy ban MTTQ Việt Nam các xã: Gia Viễn, Nho Quan rà soát hộ nghèo còn nhà tạm trước ngày 30/11/2027.\n"
            + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-11-25"] == {"Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường"}
    assert got["2027-11-30"] == {"Ủy ban MTTQ Việt Nam xã Gia Viễn", "Ủy ban MTTQ Việt Nam xã Nho Quan"}


# Members' duties on a board: "Các đồng chí Giám đốc các Sở: A, B - Thành viên: …" (both Sở), "Đồng chí Lâm Quốc
# Toàn, Giám đốc Sở X - Phó Trưởng ban thường trực:" over lettered items (Sở X), and "Đề nghị các thành viên Tổ công
# tác nêu trên … báo cáo … về Tổ giúp việc" closing them: every member's body, not the body the reports go to.
def test_a_boards_members_and_their_duties():
    body = ("1. Đồng chí Lâm Quốc Toàn, Giám đốc Sở Y tế - Phó Trưởng ban thường trực:\n"
            "a) Ban hành kế hoạch kiểm tra liên ngành, chậm nhất ngày 20/11/2027;\n"
            "2. Các đồng chí Giám đốc các Sở: Xây dựng, Tài chính - Thành viên: bố trí trực; báo cáo phương án trực Tết "
            "trước ngày 25/12/2027.\n"
            "3. Tổ giúp việc: tổng hợp số liệu, trình UBND tỉnh trước ngày 28/02/2028.\n"
            "Đề nghị các thành viên Tổ công tác nêu trên triển khai thực hiện; báo cáo kết quả thực hiện về Tổ giúp việc "
            "trước ngày 25/02/2028./.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-11-20"] == {"Sở Y tế"} and got["2027-12-25"] == {"Sở Xây dựng", "Sở Tài chính"}
    assert got["2028-02-25"] == {"Sở Y tế", "Sở Xây dựng", "Sở Tài chính"}


# A festival or a mission's visit in a task table: "Đón tiếp, phục vụ đoàn chuyên gia … trong thời gian khảo sát"
# beside "Từ ngày 15/9 đến ngày 18/9/2027" is held on those days, no limit.
def test_a_visiting_delegations_days_in_a_table():
    body = ("Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
            "| STT | Nội dung | Đơn vị thực hiện | Thời gian |\n|---|---|---|---|\n"
            "| 1 | Đón tiếp, phục vụ đoàn chuyên gia UNESCO trong thời gian khảo sát | Sở Y tế | Từ ngày 15/9 đến ngày 18/9/2027 |\n"
            "| 2 | Hoàn thiện hồ sơ thẩm định | Sở Xây dựng | Trước ngày 31/8/2027 |\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-08-31"] == {"Sở Xây dựng"} and "2027-09-18" not in got


# "4. Các địa phương vùng hạn (các xã: A, B)": the communes of the bracket lead the dashes below, and the
# letter's addressee "UBND các xã vùng ven biển" closing it stands for them too.
def test_a_group_heading_with_its_communes_in_a_bracket():
    letter = LETTER.replace("- UBND các xã: Gia Viễn, Nho Quan.", "- UBND các xã vùng ven biển.")
    body = ("1. Sở Y tế kiểm tra nguồn nước, hoàn thành trước ngày 15/5/2027.\n"
            "2. UBND các xã vùng ven biển (các xã: Gia Viễn, Nho Quan):\n"
            "- Chậm nhất ngày 20/5/2027, hoàn thành nạo vét các khe, mó nước.\n"
            "Các cơ quan, đơn vị nêu trên báo cáo kết quả về Sở Tài chính trước ngày 05/6/2027.\n" + SIGNED)
    got = leads_by_date(letter + body)
    assert got["2027-05-20"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}
    assert {"UBND xã Gia Viễn", "UBND xã Nho Quan"} <= got["2027-06-05"]


# Members of a board as the subject: "Các đồng chí thành viên Ban Chỉ đạo phụ trách địa bàn tăng cường …",
# "Các thành viên Ban Chỉ đạo theo địa bàn được phân công chủ động …": a task of theirs.
def test_the_members_of_a_board_as_a_subject():
    body = ("1. Các đồng chí thành viên Ban Chỉ đạo phụ trách địa bàn tăng cường kiểm tra, đôn đốc các xã.\n"
            "2. Các thành viên Ban Chỉ đạo theo địa bàn được phân công chủ động kiểm tra, nắm tình hình.\n" + SIGNED)
    assert leads_and_dates(LETTER + body) == [(["Các đồng chí thành viên Ban Chỉ đạo phụ trách địa bàn"], None),
                                             (["Các thành viên Ban Chỉ đạo"], None)]


# A working visit to one commune: "xã chủ động lập dự toán …" after the answer to its proposal is that commune's
# task ("… làm việc với xã X" in the title; a commune of another province too); "Chưa xem xét trong năm 2027"
# is no limit; "Đề nghị đầu tư cải tạo Trạm Y tế phường: Sở Y tế kiểm tra …" is Sở Y tế's.
def test_a_working_visit_to_one_commune():
    notice = ("UBND TỈNH QUẢNG NGÃI\nSố: 88/TB-UBND\nQuảng Ngãi, ngày 10 tháng 7 năm 2027\nTHÔNG BÁO\n"
              "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với xã Măng Đen\n"
              "Ngày 05/7/2027, Chủ tịch UBND tỉnh làm việc với Đảng ủy, UBND xã Măng Đen. Chủ tịch UBND tỉnh kết luận:\n"
              "1. Về các đề nghị của xã:\n"
              "- Đề nghị hỗ trợ kinh phí lắp đặt camera: Đồng ý chủ trương; xã chủ động lập dự toán, gửi Sở Tài chính "
              "thẩm định trước ngày 20/8/2027.\n"
              "- Đề nghị đầu tư cầu treo: Chưa xem xét trong năm 2027; xã tiếp tục rà soát, đề xuất.\n"
              "- Đề nghị đầu tư cải tạo Trạm Y tế xã: Sở Y tế kiểm tra hiện trạng, đề xuất danh mục cải tạo trước "
              "ngày 30/9/2027.\n" + SIGNED)
    found = leads_and_dates(notice)
    assert (["UBND xã Măng Đen"], "2027-08-20") in found and (["Sở Y tế"], "2027-09-30") in found
    assert (["UBND xã Măng Đen"], None) in found and not any(d == "2027-12-31" for _l, d in found)


# A Party committee's board as the issuer ("TỈNH ỦY THÁI NGUYÊN" / "BAN CHỈ ĐẠO …", also in one cell): "Ban Chỉ
# đạo sẽ kiểm tra … trong tháng 9/2027" is its own plan, no task; the closing "Các cơ quan, đơn vị nêu trên"
# run on under the last item is every item's body.
def test_a_party_boards_notice():
    notice = ("| TỈNH ỦY THÁI NGUYÊN **BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ VÀ CHUYỂN ĐỔI SỐ TỈNH** | "
              "**ĐẢNG CỘNG SẢN VIỆT NAM** |\n|---|---|\n| Số 34-TB/BCĐ | *Thái Nguyên, ngày 03 tháng 6 năm 2027* |\n\n"
              "**THÔNG BÁO**\n\n**Kết luận của đồng chí Trưởng Ban Chỉ đạo tại phiên họp tháng 5 năm 2027**\n\n"
              "Ngày 29/5/2027, đồng chí Trưởng Ban Chỉ đạo chủ trì phiên họp. Đồng chí kết luận:\n\n"
              "**1. Công an tỉnh** hoàn thành kết nối cơ sở dữ liệu trước ngày 30/6/2027.\n\n"
              "**2. Đề nghị VNPT Thái Nguyên** bảo đảm chất lượng đường truyền cho các xã vùng cao.\n\n"
              "Ban Chỉ đạo sẽ kiểm tra việc thực hiện tại các xã trong tháng 9/2027. Các cơ quan, đơn vị nêu trên báo "
              "cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 25/9/2027.\n")
    got = leads_by_date(notice)
    assert "2027-09-30" not in got and got["2027-09-25"] == {"Công an tỉnh", "VNPT Thái Nguyên"}


# A row's words wrapped out of its bars ("| | - Bố trí … trước ngày" / "31/8/2027." / "| | - Vận động …"): the rows
# after it are still the item's; "Đề nghị Đại học Đà Nẵng phối hợp …": a university is a body.
def test_rows_after_a_wrapped_row_and_a_university():
    body = ("| 1. | UBND các xã: Gia Viễn, Nho Quan:\n"
            "| | - Bố trí không gian làm việc chung cho các nhóm khởi nghiệp, hoàn thành trước ngày\n31/8/2027.\n"
            "| | - Vận động doanh nghiệp tham gia các chương trình hỗ trợ khởi nghiệp.\n"
            "| 2. | Đề nghị Đại học Đà Nẵng phối hợp với Sở Y tế mở rộng chương trình đào tạo kỹ sư vi mạch.\n|\n" + SIGNED)
    found = leads_and_dates(LETTER + body)
    assert (["UBND xã Gia Viễn", "UBND xã Nho Quan"], None) in found and (["Đại học Đà Nẵng"], None) in found


# "trường hợp vướng mắc báo cáo UBND tỉnh trong 05 ngày làm việc": a case that may arise, no day; a table's time
# before the letter's own day ("| Thời gian nợ | Tháng 12/2026 |" in a letter of 2027) is when it happened.
def test_a_case_that_may_arise_and_a_past_time_in_a_table():
    body = ("1. UBND xã Gia Viễn hoàn thành giải phóng mặt bằng trước ngày 31/7/2027; trường hợp vướng mắc báo cáo UBND "
            "tỉnh trong 05 ngày làm việc.\n"
            "2. Các doanh nghiệp nợ lương:\n\n"
            "| STT | Doanh nghiệp | Số lao động bị nợ lương | Thời gian nợ |\n|---|---|---|---|\n"
            "| 1 | Công ty TNHH Điện tử Quang Châu | 512 | Tháng 12/2026 |\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-07-31"] == {"UBND xã Gia Viễn"} and "2026-12-31" not in got
    assert not any(d and "2027-04-14" < d < "2027-05-01" for d in got)


# "- Chủ đầu tư Khu tái định cư Tam Nông (Ban Quản lý dự án …) hoàn thành …": the body in the bracket.
def test_the_investor_of_a_work_named_in_a_bracket():
    body = ("1. Dự án Khu tái định cư Tam Nông:\n- Chủ đầu tư Khu tái định cư Tam Nông (Ban Quản lý dự án đầu tư xây "
            "dựng tỉnh) hoàn thành hạ tầng, bàn giao đất ở cho các hộ trước ngày 15/10/2027.\n" + SIGNED)
    assert leads_by_date(LETTER + body) == {"2027-10-15": {"Ban Quản lý dự án đầu tư xây dựng tỉnh"}}


# "Đồng thời hoàn thành cấp giấy chứng nhận … cho các hộ tái định cư đã nhận đất trong Quý IV/2027": "đã" of the
# households, the completion due then; "Nhiệm kỳ của Ban Chỉ đạo đến hết ngày …" a term and "Theo quy định, thời
# hạn … là trước ngày 31/12 hằng năm" the law's limit, recited: no time limits.
def test_a_far_completion_a_term_and_a_recited_rule():
    body = ("1. Sở Y tế hướng dẫn các xã trình tự, thủ tục thu hồi đất. Đồng thời hoàn thành cấp giấy chứng nhận quyền sử "
            "dụng đất cho các hộ tái định cư đã nhận đất trong Quý IV/2027.\n"
            "2. Nhiệm kỳ của Ban Chỉ đạo đến hết ngày 31/12/2030. Sở Xây dựng báo cáo kết quả trước ngày 25/6/2027.\n"
            "3. Theo quy định, thời hạn HĐND cấp xã phê chuẩn quyết toán ngân sách xã là trước ngày 31/12 hằng năm.\n"
            + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-12-31"] == {"Sở Y tế"} and got["2027-06-25"] == {"Sở Xây dựng"}
    assert "2030-12-31" not in got


# A working visit's notice: "Giao Sở X hướng dẫn xã …; xã hoàn thành hồ sơ … trước ngày …": the commune's part.
def test_the_visited_commune_after_a_departments_order():
    notice = ("UBND TỈNH LẠNG SƠN\nSố: 88/TB-UBND\nLạng Sơn, ngày 10 tháng 6 năm 2027\nTHÔNG BÁO\n"
              "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với xã Mẫu Sơn\n"
              "Ngày 05/6/2027, Chủ tịch UBND tỉnh làm việc với Đảng ủy, UBND xã Mẫu Sơn. Chủ tịch UBND tỉnh kết luận:\n"
              "1. Giao Sở Tài chính hướng dẫn xã lập hồ sơ; xã hoàn thành hồ sơ trước ngày 20/7/2027.\n" + SIGNED)
    assert leads_by_date(notice)["2027-07-20"] == {"UBND xã Mẫu Sơn"}


# "Thống kê cơ sở: Cao Lộc, Hữu Lũng:" (a national body's local offices listed without "các"); "UBND các xã vùng
# trọng điểm lúa: A, B" (a qualifier before the colon): one body per item.
def test_offices_and_communes_listed_after_their_head():
    body = ("1. Thống kê cơ sở: Gia Viễn, Nho Quan:\n- Cập nhật danh sách hộ tại các địa bàn mẫu trước ngày 15/5/2027.\n"
            "2. UBND các xã vùng trọng điểm lúa: Gia Viễn, Nho Quan chỉ đạo các hợp tác xã đăng ký diện tích liên kết, "
            "hoàn thành trong tháng 6/2027.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-05-15"] == {"Thống kê cơ sở Gia Viễn", "Thống kê cơ sở Nho Quan"}
    assert got["2027-06-30"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# Times that are no limits: an event's length before its days ("tập huấn trong 03 ngày, từ ngày 09/6 đến ngày
# 11/6/2027"), "trong đêm 24/12/2027", "không gieo mạ trước ngày 20/01/2028", a training's days in a table; "Vụ Đông
# Xuân" no department.
def test_times_that_are_no_limits():
    body = ("1. Sở Y tế tổ chức tập huấn cấp tỉnh trong 03 ngày, từ ngày 09/6 đến ngày 11/6/2027.\n"
            "2. UBND xã Gia Viễn bảo đảm an ninh khu vực nhà thờ trong đêm 24/12/2027.\n"
            "3. UBND xã Nho Quan chỉ đạo gieo cấy đúng khung thời vụ, không gieo mạ trước ngày 20/01/2028.\n"
            "4. Vụ Đông Xuân 2027 - 2028 phấn đấu gieo cấy 14.600 ha lúa, kết thúc gieo cấy trước ngày 28/02/2028.\n\n"
            "| STT | Nội dung | Đơn vị thực hiện | Thời gian hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Tổ chức tập huấn nghiệp vụ cho điều tra viên | Sở Tài chính | Từ ngày 15/6 đến ngày 25/6/2027 |\n"
            "| 2 | Hoàn thiện bản đồ địa bàn điều tra | Sở Xây dựng | Trước ngày 30/5/2027 |\n\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-05-30"] == {"Sở Xây dựng"}
    assert not {"2027-06-14", "2027-06-11", "2027-12-24", "2028-01-20", "2027-06-25"} & set(got)
    assert not any("Vụ Đông Xuân" in x for leads in got.values() for x in leads)


# Words a converter glued that are one word of the Cham's ("Bàlamôn", "Katê") stay whole.
def test_the_chams_words_stay_whole():
    from tbkl_xl.parse.syllables import split_glued_words
    assert split_glued_words("Hội đồng Chức sắc Bàlamôn giáo tỉnh, lễ hội Katê, cơquan") \
        == "Hội đồng Chức sắc Bàlamôn giáo tỉnh, lễ hội Katê, cơ quan"


# "… khắc phục các tồn tại theo thời hạn tại bảng trên; lập danh sách …, gửi Sở trước ngày 15/6/2027": the rows keep
# their times ("Ngay trong tháng 5/2027"), the date is the new task's.
def test_the_tables_own_times_kept():
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSỞ Y TẾ\nSố: 915/SYT-KH\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
              "Kính gửi: Ủy ban nhân dân các xã: Gia Viễn, Nho Quan.\n")
    body = ("Kết quả và nội dung cần khắc phục của từng xã:\n\n"
            "| STT | Xã | Nội dung cần khắc phục | Thời hạn |\n|---|---|---|---|\n"
            "| 1 | Gia Viễn | Hoàn thành hỗ trợ nhà ở cho các hộ còn lại | Ngay trong tháng 5/2027 |\n"
            "| 2 | Nho Quan | Giải ngân hết vốn hỗ trợ nước sinh hoạt | Tháng 7/2027 |\n\n"
            "1. Ủy ban nhân dân các xã nêu trên chỉ đạo khắc phục các tồn tại theo thời hạn tại bảng trên; lập danh sách hộ "
            "còn thiếu đất ở, gửi Sở Tài chính trước ngày 15/6/2027.\n" + SIGNED)
    got = leads_by_date(letter + body)
    assert got["2027-05-31"] == {"UBND xã Gia Viễn"} and got["2027-07-31"] == {"UBND xã Nho Quan"}
    assert got["2027-06-15"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"}


# "… tham mưu thành lập Hội đồng thi, Ban Ra đề thi, hoàn thành trước ngày …": boards set up, one task; a table's
# rows for pupils or for the issuer's own team are no tasks of a body.
def test_boards_set_up_and_rows_that_are_no_bodys_tasks():
    dept = LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 915/UBND-KT", "UBND TỈNH NINH BÌNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 915/SGDĐT-KT")
    body = ("1. Sở Xây dựng chủ trì tham mưu thành lập Hội đồng thi, Ban Ra đề thi, hoàn thành trước ngày 15/5/2027.\n\n"
            "| Thời gian | Nội dung | Đơn vị thực hiện |\n|---|---|---|\n"
            "| Từ ngày 01/5/2027 đến 17 giờ 00 ngày 20/5/2027 | Nộp phiếu đăng ký dự tuyển | Học sinh lớp 9 |\n"
            "| Từ ngày 17/8 đến ngày 21/8/2027 | Kiểm tra công tác chuẩn bị năm học | Đoàn kiểm tra của Sở |\n"

            "| Trước ngày 30/6/2027 | Sửa chữa phòng học | Sở Tài chính |\n\n" + SIGNED)
    got = leads_by_date(dept + body)
    assert got == {"2027-05-15": {"Sở Xây dựng"}, "2027-06-30": {"Sở Tài chính"}}


# A plan's heading with its time in a bracket ("3. Xúc tiến du lịch (Thời gian thực hiện: Năm 2027)") dates its
# items; "(Cơ quan chủ trì: X; Thời gian: Quý III/2027)" names the item's lead and time by their labels.
def test_a_plans_labelled_brackets():
    body = ("II. NHIỆM VỤ, GIẢI PHÁP\n"
            "1. Hoàn thiện cơ chế (Thời gian thực hiện: Năm 2027)\n"
            "1.1. Xây dựng bản đồ du lịch số (Sở Xây dựng chủ trì).\n"
            "2. Hoàn thiện chính sách\n"
            "2.1. Rà soát quy chế phối hợp (Cơ quan chủ trì: Sở Y tế; Cơ quan phối hợp: Sở Tài chính; Thời gian: Quý "
            "III/2027).\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-12-31"] == {"Sở Xây dựng"} and got["2027-09-30"] == {"Sở Y tế"}


# A decision amending another, its new items quoted in straight quotes ("\"2. Sở X …\""); "Các cơ quan, đơn vị nêu
# tại Điều này báo cáo …" the bodies of that article; a list of approved projects with their periods no tasks.
def test_a_decisions_articles():
    decision = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 845/QĐ-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\nQUYẾT ĐỊNH\n"
                "Về việc sửa đổi Kế hoạch\nỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
                "QUYẾT ĐỊNH:\n")
    body = ("Điều 1. Sửa đổi khoản 2 Điều 2 Quyết định số 100/QĐ-UBND như sau:\n"
            "\"2. Sở Y tế chủ trì hoàn thành kết nối hệ thống trước ngày 30/9/2027.\"\n"
            "Điều 2. Tổ chức thực hiện\n1. Giao Sở Xây dựng kiểm tra các trạm bơm, hoàn thành trước ngày 20/6/2027.\n"
            "2. Sở Tài chính bố trí kinh phí trong Quý IV/2027.\n"
            "Các cơ quan, đơn vị nêu tại Điều này báo cáo kết quả thực hiện về Văn phòng UBND tỉnh trước ngày 15/11/2027.\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n" + SIGNED +
            "PHỤ LỤC\n| STT | Tên dự án | Tổng mức đầu tư (tỷ đồng) | Thời gian thực hiện | Chủ đầu tư |\n|---|---|---|---|---|\n"
            "| 1 | Đường liên xã Gia Viễn - Nho Quan | 286,0 | 2027 - 2029 | Sở Xây dựng |\n")
    got = leads_by_date(decision + body)
    assert got["2027-09-30"] == {"Sở Y tế"} and got["2027-11-15"] == {"Sở Xây dựng", "Sở Tài chính"}
    assert "2029-12-31" not in got


# "… như sau: \"b) Sở Tài chính bố trí …\"" an item quoted on the line of its introduction; "UBND các xã vùng … còn
# lại chủ động …" the rest of the kind, not the communes named before.
def test_a_quoted_item_on_one_line_and_the_rest_of_a_kind():
    body = ("1. Sửa đổi điểm b khoản 3 như sau: \"b) Sở Tài chính bố trí kinh phí thuê dịch vụ trong Quý IV/2027.\"\n"
            "2. UBND các xã: Gia Viễn, Nho Quan hoàn thành hỗ trợ nhà ở trước ngày 30/5/2027.\n"
            "3. Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số còn lại chủ động rà soát, đăng ký nhu cầu vốn "
            "trước ngày 30/6/2027.\n" + SIGNED)
    got = leads_by_date(LETTER + body)
    assert got["2027-12-31"] == {"Sở Tài chính"}
    assert got["2027-06-30"] == {"Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số"}
