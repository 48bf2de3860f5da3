"""Round 31 (issue 11's thirtieth round in the README): forms found misread on the invented sets
(leftovers of the twenty-ninth round and the sets ZZZZZZZZZU … ZZZZZZZZZZB), one test each on text
written for these tests."""
from __future__ import annotations

from parse_helpers import leads_by_date

LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 902/UBND-KT\nV/v thực hiện các nhiệm vụ\n"
          "Ninh Bình, ngày 11 tháng 3 năm 2027\n"
          "Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n- UBND các xã: Gia Viễn, Nho Quan.\n")
SIGNED = ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐinh Văn Hùng\n")


# An appendix of works under the bodies that build them: "| STT | Công trình | Quy mô | Thời gian | |
# Ghi chú |" over "| | | | Khởi công | Hoàn thành | |", group rows "| I | UBND XÃ GIA VIỄN |": each work a
# task of its group's body by its finish; its start is no limit, a work noted done no task.
def test_a_table_of_works_under_group_rows_with_a_two_row_header():
    body = ("1. Các chủ đầu tư hoàn thành các công trình theo tiến độ tại Phụ lục kèm theo.\n" + SIGNED +
            "PHỤ LỤC\n\n"
            "| STT | Công trình | Quy mô | Thời gian | | Ghi chú |\n|---|---|---|---|---|---|\n"
            "| | | | Khởi công | Hoàn thành | |\n"
            "| **I** | **UBND XÃ GIA VIỄN** | | | | |\n"
            "| 1 | Trường Tiểu học Gia Viễn: khối phòng học 2 tầng | 10 phòng | 02/2027 | 15/8/2027 | |\n"
            "| 2 | Nhà văn hóa xã | 01 nhà | 01/2027 | 30/4/2027 | Đã hoàn thành, bàn giao ngày 20/3/2027 |\n"
            "| **II** | **SỞ XÂY DỰNG** | | | | |\n"
            "| 3 | Cầu Gián Khẩu: cải tạo mặt cầu | 120 m | 03/2027 | Quý IV/2027 | |\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-08-15"] == {"UBND xã Gia Viễn"} and got["2027-12-31"] == {"Sở Xây dựng"}
    assert "2027-04-30" not in got and "2027-02-28" not in got


# A page laid out by pdftotext: the notes under the rule, then the page's number on a line of its own
# over "PHỤ LỤC": the number is no footnote of the appendix's title, the appendix is read.
def test_a_page_number_over_the_appendix_title_is_no_footnote():
    body = ("1. Các đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n" + SIGNED +
            "_______________\n"
            "1 Báo cáo tình hình thực hiện đến ngày 28/02/2027.\n\n"
            "                                          2\n"
            "                                        PHỤ LỤC\n"
            "| STT | Nội dung | Đơn vị thực hiện | Hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Chi trả tiền bồi thường cho 20 hộ | UBND xã Nho Quan | 30/6/2027 |\n")
    assert leads_by_date(LETTER + body)["2027-06-30"] == {"UBND xã Nho Quan"}


# "| 5 | Kiểm đếm … | UBND xã Gia Viễn | Đã hoàn thành |" over "| 6 | Xác minh nguồn gốc đất … |  | Quý
# III/2027 |": the lead cell merged over both rows is the done row's, not the one of the row before.
def test_a_lead_cell_merged_with_a_done_row():
    body = ("Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
            "| STT | Nội dung | Đơn vị thực hiện | Hoàn thành |\n|---|---|---|---|\n"
            "| 1 | Di dời đường điện trung thế | Sở Xây dựng | Tháng 8/2027 |\n"
            "| 2 | Kiểm đếm, lập phương án bồi thường | UBND xã Gia Viễn | Đã hoàn thành |\n"
            "| 3 | Xác minh nguồn gốc đất 12 thửa còn vướng mắc | | Quý III/2027 |\n")
    got = leads_by_date(LETTER + body)
    assert got == {"2027-08-31": {"Sở Xây dựng"}, "2027-09-30": {"UBND xã Gia Viễn"}}


# A .docx group row whose merged cell the converter wrote in every cell ("| II | SỞ TÀI CHÍNH | SỞ TÀI
# CHÍNH | SỞ TÀI CHÍNH |"): one body, the rows below its tasks; a task cell opening with some units of
# the group ("UBND các xã: Gia Viễn, Nho Quan tổ chức lại …", "Riêng UBND xã Nho Quan …") is theirs.
def test_group_rows_repeated_in_every_cell_and_units_named_in_a_task_cell():
    body = ("Chủ tịch UBND tỉnh giao nhiệm vụ như sau:\n\n"
            "| STT | Nhiệm vụ | Thời hạn | Ghi chú |\n|---|---|---|---|\n"
            "| I | SỞ TÀI CHÍNH | SỞ TÀI CHÍNH | SỞ TÀI CHÍNH |\n"
            "| 1 | Bố trí kinh phí mua sắm 12 máy bơm | Chậm nhất ngày 31/7/2027 | |\n"
            "| II | UBND CÁC XÃ | UBND CÁC XÃ | UBND CÁC XÃ |\n"
            "| 2 | Giải tỏa lấn chiếm hành lang thoát nước | Trước ngày 05/7/2027 | |\n"
            "| 3 | UBND các xã: Gia Viễn, Nho Quan tổ chức lại điểm trông giữ xe | Tháng 9/2027 | |\n"
            "| 4 | Riêng UBND xã Nho Quan di dời các hộ dân vùng sạt lở | Trước ngày 31/8/2027 | |\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-07-31"] == {"Sở Tài chính"}
    assert got["2027-09-30"] == {"UBND xã Gia Viễn", "UBND xã Nho Quan"} and got["2027-08-31"] == {"UBND xã Nho Quan"}


# "Công ty TNHH MTV Điện lực Hải Phòng": a firm's legal form, then a body's head ("Điện lực") and a
# province's name ending in a head ("… Phòng"): one firm, its name closed by the province.
def test_a_firm_with_its_legal_form_and_a_province_in_its_name():
    body = ("1. Giao Công ty TNHH MTV Điện lực Hải Phòng đầu tư đường điện 110 kV, hoàn thành trước ngày 30/10/2027.\n"
            "2. Điện lực Ninh Bình di dời cột điện trước ngày 15/11/2027.\n")
    got = leads_by_date(LETTER + body)
    assert got["2027-10-30"] == {"Công ty TNHH MTV Điện lực Hải Phòng"} and got["2027-11-15"] == {"Điện lực Ninh Bình"}
