"""Round 32 (issue 11's thirty-first round in the README): forms found misread on the invented sets
(leftovers of the thirtieth round and the sets ZZZZZZZZZZK …), one test each on text written for
these tests."""
from __future__ import annotations

from parse_helpers import leads_and_dates, leads_by_date

LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 915/UBND-KT\nV/v thực hiện các nhiệm vụ\n"
          "Ninh Bình, ngày 14 tháng 4 năm 2027\n"
          "Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n- Sở Y tế;\n- UBND các xã: Gia Viễn, Nho Quan.\n")
NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 88/TB-UBND\nNinh Bình, ngày 14 tháng 4 năm 2027\n"
          "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về xây dựng trường học\n"
          "Ngày 10/4/2027, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Sau khi nghe báo cáo, Phó Chủ tịch "
          "UBND tỉnh kết luận như sau:\n")
SIGNED = ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Văn Hùng\n")


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
