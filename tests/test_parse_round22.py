"""Round 22 (issue 11's twenty-first round in the README): forms found misread on the invented
sets ZZZP … ZZZU and on earlier sets, one test each on text written for these tests."""
from __future__ import annotations

from datetime import date

from parse_helpers import leads_by_date
from tbkl_xl.parse.deadlines import find_deadlines

NOTICE = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 61/TB-UBND\nHà Nam, ngày 14 tháng 9 năm 2027\n"
    "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công\n"
    "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n")


# The time allowed for each file or step ("không quá 10 ngày làm việc đối với mỗi hồ sơ", "giải
# quyết thủ tục giao đất … không quá 05 ngày làm việc"), how long an activity lasts ("thời gian
# kiểm tra … không quá 15 ngày") and a period after each round ("sau mỗi đợt kiểm tra") are no
# limit counted from the notice's day; a report "trong 10 ngày" still is.
def test_a_period_for_each_case_is_no_date():
    nd = date(2027, 9, 14)
    for sentence in ("Rút ngắn thời gian cấp giấy chứng nhận, bảo đảm không quá 10 ngày làm việc đối với mỗi hồ sơ.",
                     "Sở Xây dựng giải quyết thủ tục thẩm định dự án, giao đất không quá 05 ngày làm việc.",
                     "Kho bạc Nhà nước kiểm soát, thanh toán kịp thời hồ sơ của chủ đầu tư trong 01 ngày làm việc.",
                     "Thời gian kiểm tra tại cơ sở không quá 15 ngày.",
                     "Gửi kết quả về Sở Tài chính trong thời hạn 05 ngày làm việc sau mỗi đợt kiểm tra."):
        got = find_deadlines(sentence, nd)
        assert [d.date for d in got] == [None], sentence
        assert got[0].note, sentence
    assert [d.date for d in find_deadlines("Sở Tài chính tổng hợp, báo cáo UBND tỉnh trong 10 ngày.", nd)] \
        == [date(2027, 9, 24)]
    body = ("1. Sở Xây dựng giải quyết thủ tục thẩm định dự án không quá 05 ngày làm việc; báo cáo "
            "UBND tỉnh kết quả trước ngày 30/10/2027.\n")
    assert leads_by_date(NOTICE + body) == {None: {"Sở Xây dựng"}, "2027-10-30": {"Sở Xây dựng"}}
