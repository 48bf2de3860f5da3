"""Round 24 (issue 11's twenty-third round in the README): forms found misread on the invented
sets ZZZZT … ZZZZX and on earlier sets, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import leads_by_date

OFFICE_LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nVĂN PHÒNG\nSố: 402/VP-KT\n"
                 "V/v ý kiến của Chủ tịch UBND tỉnh về sửa chữa kè sông Ngàn Phố\n"
                 "Hà Tĩnh, ngày 09 tháng 6 năm 2027\nKính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n"
                 "- UBND xã Sơn Kim.\n"
                 "Xét Báo cáo số 77/BC-SXD ngày 05/6/2027 của Sở Xây dựng, Chủ tịch UBND tỉnh có ý kiến như sau:\n")


# The Office that writes the letter passing the order on ("Văn phòng UBND tỉnh thông báo để các
# cơ quan, đơn vị biết, thực hiện; báo cáo … trước ngày …"): those it tells act, each addressee of
# the letter on its own; the formula alone gives no task, nor to the Office.
def test_the_issuers_closing_passes_the_order_to_those_it_tells():
    body = ("1. Sở Xây dựng kiểm tra hiện trạng kè, đề xuất phương án sửa chữa trước ngày 20/6/2027.\n"
            "2. Sở Tài chính cân đối nguồn kinh phí sửa chữa.\n"
            "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện; báo cáo kết quả về "
            "UBND tỉnh (qua Văn phòng UBND tỉnh) trước ngày 30/6/2027./.\nNơi nhận:\n")
    assert leads_by_date(OFFICE_LETTER + body) == {
        "2027-06-20": {"Sở Xây dựng"}, None: {"Sở Tài chính"},
        "2027-06-30": {"Sở Xây dựng", "Sở Tài chính", "UBND xã Sơn Kim"}}
    formula = ("1. Sở Xây dựng kiểm tra hiện trạng kè, đề xuất phương án sửa chữa trước ngày 20/6/2027.\n"
               "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, triển khai thực hiện./.\nNơi nhận:\n")
    assert leads_by_date(OFFICE_LETTER + formula) == {"2027-06-20": {"Sở Xây dựng"}}
