"""find_deadlines: one row per deadline form, one per non-deadline form, working-day arithmetic,
the cue file, and the five real notices in ../shared/notices (a missing folder fails in CI)."""
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from tbkl_xl.messages import parse as M
from hypothesis import given, settings, strategies as st

from tbkl_xl.errors import DataFileError
from tbkl_xl.model import (DL_DATE, DL_HALF, DL_MONTH, DL_QUARTER, DL_RECURRING, DL_RELATIVE,
                           DL_WORKING_DAYS, DL_YEAR, RawDocument)
from tbkl_xl.parse.clean import clean_document
from tbkl_xl.parse.deadlines import (CUES_PATH, DeadlineFinder, add_working_days, find_deadlines,
                                     is_working_day, load_cues)
from tbkl_xl.text import nfc

ND = date(2026, 4, 24)          # a Friday; 27/4 (Giỗ Tổ observed), 30/4 and 1/5/2026 are off
D = date.fromisoformat

# (sentence, notice date, expected date, kind, verbatim phrase, inferred)
DEADLINES = [
    # the end of a period said outright, the cue before or after the subject
    ("Chậm nhất đến cuối tháng 12/2026, Ban Quản lý dự án phải giải ngân 100% kế hoạch vốn.",
     ND, D("2026-12-31"), DL_MONTH, "Chậm nhất đến cuối tháng 12/2026", False),
    ("Sở Xây dựng hoàn thành trước cuối năm 2026 việc rà soát quy hoạch.",
     ND, D("2026-12-31"), DL_YEAR, "hoàn thành trước cuối năm 2026", False),
    ("Sở Tài chính tổng hợp, báo cáo UBND tỉnh chậm nhất ngày 05/5/2026.",
     ND, D("2026-05-05"), DL_DATE, "chậm nhất ngày 05/5/2026", False),
    ("Các chủ đầu tư hoàn thành thủ tục chậm nhất đến ngày 01 tháng 7 năm 2028 theo quy định.",
     ND, D("2028-07-01"), DL_DATE, "chậm nhất đến ngày 01 tháng 7 năm 2028", False),
    ("Các xã gửi danh sách về Sở Nội vụ trước ngày 30/4/2026 để tổng hợp.",
     ND, D("2026-04-30"), DL_DATE, "trước ngày 30/4/2026", False),
    ("Đề nghị các huyện nộp hồ sơ trước ngày 30 tháng 11 năm 2017.",
     date(2017, 11, 2), D("2017-11-30"), DL_DATE, "trước ngày 30 tháng 11 năm 2017", False),
    ("Sở Y tế gửi Thống kê tỉnh trong ngày 03/6/2026 để tổng hợp.",
     ND, D("2026-06-03"), DL_DATE, "trong ngày 03/6/2026", False),
    ("Giao Sở Xây dựng rà soát, hoàn thành trước ngày 15/6/2026 theo chỉ đạo.",
     ND, D("2026-06-15"), DL_DATE, "hoàn thành trước ngày 15/6/2026", False),
    ("Việc di dời các hộ phải xong trước ngày 20/7/2026.",
     ND, D("2026-07-20"), DL_DATE, "xong trước ngày 20/7/2026", False),
    ("Các đơn vị gửi báo cáo về Văn phòng trước 14 giờ, ngày 05/12/2017 để tổng hợp.",
     date(2017, 12, 1), D("2017-12-05"), DL_DATE, "trước 14 giờ, ngày 05/12/2017", False),
    ("Gửi bản đăng ký trước 14h00 ngày 08/5/2026 qua hệ thống.",
     ND, D("2026-05-08"), DL_DATE, "trước 14h00 ngày 08/5/2026", False),
    ("Sở Nội vụ tham mưu văn bản, trình chậm nhất vào ngày 12/5/2026.",
     ND, D("2026-05-12"), DL_DATE, "chậm nhất vào ngày 12/5/2026", False),
    ("Hồ sơ dự thầu nộp hạn chót ngày 18/5/2026 tại Ban Quản lý dự án.",
     ND, D("2026-05-18"), DL_DATE, "hạn chót ngày 18/5/2026", False),
    ("Thời gian chỉnh lý hồ sơ không quá ngày 22/5/2026.",
     ND, D("2026-05-22"), DL_DATE, "không quá ngày 22/5/2026", False),
    ("Sở Tư pháp tiếp nhận ý kiến góp ý đến hết ngày 29/5/2026.",
     ND, D("2026-05-29"), DL_DATE, "đến hết ngày 29/5/2026", False),
    ("hoàn thiện dự thảo, trình UBND tỉnh chậm nhất ngày **03/6/2026** để báo cáo",
     ND, D("2026-06-03"), DL_DATE, "chậm nhất ngày **03/6/2026**", False),
    ("báo cáo UBND tỉnh chậm nhất\nngày 09/5/2026 để chỉ đạo.",
     ND, D("2026-05-09"), DL_DATE, "chậm nhất\nngày 09/5/2026", False),
    ("Sở Tư pháp báo cáo, đề xuất UBND tỉnh trong tháng 5/2026.",
     ND, D("2026-05-31"), DL_MONTH, "trong tháng 5/2026", False),
    ("tổ chức chi trả tiền bồi thường cho các hộ đã có quyết định phê duyệt phương án trong tháng 7/2026.",
     ND, D("2026-07-31"), DL_MONTH, "trong tháng 7/2026", False),
    ("Đối với các dự án chậm tiến độ yêu cầu chủ đầu tư hoàn thành trước ngày 30/6/2026.",
     ND, D("2026-06-30"), DL_DATE, "hoàn thành trước ngày 30/6/2026", False),
    ("Các xã hoàn thành việc rà soát đến hết tháng 6/2026.",
     ND, D("2026-06-30"), DL_MONTH, "đến hết tháng 6/2026", False),
    ("Sở Tài chính hoàn thiện Báo cáo (bảo đảm số liệu thống nhất), trình UBND tỉnh trong tháng 6/2026.",
     ND, D("2026-06-30"), DL_MONTH, "trong tháng 6/2026", False),
    ("Sở Công Thương trình phương án trong tháng 6 năm 2026.",
     ND, D("2026-06-30"), DL_MONTH, "trong tháng 6 năm 2026", False),
    ("chỉ đạo số hóa hồ sơ thủ tục hành chính còn hiệu lực, hoàn thiện trong tháng 6/2025.",
     date(2025, 4, 25), D("2025-06-30"), DL_MONTH, "hoàn thiện trong tháng 6/2025", False),
    ("UBND các xã rà soát việc sắp xếp thôn, hoàn thành trước tháng 7/2026.",
     ND, D("2026-06-30"), DL_MONTH, "hoàn thành trước tháng 7/2026", False),
    ("đẩy nhanh tiến độ xây dựng các công trình để bảo đảm hoàn thành trong Quý III/2024.",
     date(2024, 4, 25), D("2024-09-30"), DL_QUARTER, "hoàn thành trong Quý III/2024", False),
    ("Sở Xây dựng tổ chức thẩm định trong quý IV/2026.",
     ND, D("2026-12-31"), DL_QUARTER, "trong quý IV/2026", False),
    ("Chủ đầu tư phải hoàn thành quý II năm 2026 để đưa vào sử dụng.",
     ND, D("2026-06-30"), DL_QUARTER, "hoàn thành quý II năm 2026", False),
    ("Các xã hoàn thành trong 6 tháng đầu năm 2025 việc cấp giấy chứng nhận.",
     date(2025, 1, 10), D("2025-06-30"), DL_HALF, "hoàn thành trong 6 tháng đầu năm 2025", False),
    ("Hoàn thành xong trong 6 tháng cuối năm 2026 các hạng mục còn lại.",
     ND, D("2026-12-31"), DL_HALF, "Hoàn thành xong trong 6 tháng cuối năm 2026", False),
    ("Huyện triển khai thí điểm mô hình trong năm 2025 ở 05 xã.",
     date(2025, 4, 25), D("2025-12-31"), DL_YEAR, "trong năm 2025", False),
    ("Sở Giáo dục và Đào tạo hoàn thành trong năm 2026 việc sáp nhập trường.",
     ND, D("2026-12-31"), DL_YEAR, "hoàn thành trong năm 2026", False),
    ("Cấp Giấy chứng nhận lần đầu đến năm 2025 đạt 30% trở lên đối với các thửa đất.",
     date(2025, 4, 25), D("2025-12-31"), DL_YEAR, "đến năm 2025", False),
    ("Các đơn vị gửi đăng ký trước ngày 15/7 để tổng hợp.",
     ND, D("2026-07-15"), DL_DATE, "trước ngày 15/7", True),
    ("Sở Tài chính trình chậm nhất ngày 20 tháng 8 để kịp kỳ họp.",
     ND, D("2026-08-20"), DL_DATE, "chậm nhất ngày 20 tháng 8", True),
    ("Các xã nộp báo cáo quyết toán trước ngày 10/3 năm sau.",     # 10/3/2026 passed: next year
     ND, D("2027-03-10"), DL_DATE, "trước ngày 10/3", True),
    ("Các sở gửi báo cáo trước ngày 30 tháng 6 hằng năm.",
     ND, D("2026-06-30"), DL_RECURRING, "trước ngày 30 tháng 6 hằng năm", False),
    ("Các sở gửi báo cáo trước ngày 15/01 hàng năm.",
     ND, D("2027-01-15"), DL_RECURRING, "trước ngày 15/01 hàng năm", False),
    ("Các xã báo cáo kết quả về Sở Nội vụ định kỳ hằng quý.",
     ND, None, DL_RECURRING, "định kỳ hằng quý", True),
    ("Các phường tổng hợp số liệu, hằng tháng trước ngày 25 gửi Thống kê tỉnh.",
     ND, D("2026-04-25"), DL_RECURRING, "hằng tháng trước ngày 25", False),
    ("Các phường tổng hợp số liệu, hằng tháng trước ngày 20 gửi Thống kê tỉnh.",   # 20/4 passed
     ND, D("2026-05-20"), DL_RECURRING, "hằng tháng trước ngày 20", False),
    ("Các sở thực hiện báo cáo định kỳ 6 tháng về UBND tỉnh.",
     ND, None, DL_RECURRING, "báo cáo định kỳ 6 tháng", True),
    ("Sở Tài chính tham mưu văn bản trong 10 ngày làm việc kể từ ngày ký Thông báo này.",
     ND, D("2026-05-13"), DL_WORKING_DAYS, "trong 10 ngày làm việc kể từ ngày ký Thông báo này", False),
    ("Các đơn vị khắc phục trong vòng 07 ngày làm việc.",
     ND, D("2026-05-08"), DL_WORKING_DAYS, "trong vòng 07 ngày làm việc", False),
    ("Chủ đầu tư hoàn thiện hồ sơ trong thời hạn 15 ngày kể từ ngày ban hành.",
     ND, D("2026-05-09"), DL_RELATIVE, "trong thời hạn 15 ngày kể từ ngày ban hành", False),
    ("Nhà thầu khắc phục trong 30 ngày kể từ ngày 15/5/2026.",
     ND, D("2026-06-14"), DL_RELATIVE, "trong 30 ngày kể từ ngày 15/5/2026", False),
    ("Tổ chức sắp xếp lại trong 03 tháng kể từ ngày ký.",
     ND, D("2026-07-24"), DL_RELATIVE, "trong 03 tháng kể từ ngày ký", False),
]


@pytest.mark.parametrize("sentence,nd,expected,kind,phrase,inferred", DEADLINES,
                         ids=[r[4][:40] for r in DEADLINES])
def test_deadline_forms(sentence, nd, expected, kind, phrase, inferred):
    s = nfc(sentence)
    got = find_deadlines(s, nd, year_hint=nd.year)
    assert len(got) == 1, got
    d = got[0]
    assert (d.date, d.kind, d.text, d.inferred) == (expected, kind, nfc(phrase), inferred)
    assert s[d.start:d.end] == d.text
    if inferred and d.date is not None:
        assert d.note in (M.N_YEAR_FROM_NOTICE, M.N_YEAR_AFTER_NOTICE)
    elif inferred:                      # (a rhythm without its day: no date, the clerk is asked for it)
        assert d.kind == DL_RECURRING and "nhập hạn bằng tay" in d.note


# phrases that must give nothing (reference dates, the past, estimates, periods, look-alikes)
NOT_DEADLINES = [
    "bám sát định hướng theo Quyết định số 339/QĐ-UBND ngày 28/02/2026 của UBND tỉnh phê duyệt",
    "Trên cơ sở Kế hoạch số 141/KH-UBND ngày 16/4/2026 của UBND tỉnh về thực hiện kịch bản",
    "thực hiện Kết luận số 226-KL/TW, ngày 11/12/2025 của Ban Bí thư về việc chấn chỉnh",
    "triển khai hiệu quả Nghị quyết số 49-NQ/TU, ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy",
    "Bộ Y tế đã ban hành Thông tư số 07/2026/TT-BYT ngày 14/4/2026 về quy định chi tiết",
    "Chỉ thị số 05/CT-UBND ngày 12/3/2025 và Công văn số 404/UBND-KT ngày 18/3/202510, xác định",
    "hiện đang tạm trú tại trụ sở UBND xã Bắc Ái (cũ) từ ngày 11/10/2025): giao Sở Nông nghiệp",
    "Giá trị giải ngân năm 2025 đến ngày 31/3/2025 là 19.398 triệu đồng, đạt 11,9% kế hoạch.",
    "Ngày 22/4/2026, đồng chí Phó Chủ tịch UBND tỉnh cùng đoàn công tác đã tổ chức kiểm tra",
    "cập nhật số liệu thu, chi ngân sách 5 tháng đầu năm, dự ước đến hết tháng 6/2025, hoàn thiện Báo cáo",
    "Kết quả phát triển kinh tế - xã hội huyện quý I/2026 có nhiều khởi sắc",
    "Trong quý I/2026, tình hình kinh tế - xã hội trên địa bàn cơ bản ổn định.",
    "Năm nay, trong quý I/2026, tình hình sản xuất được duy trì.",
    "Trong 6 tháng đầu năm 2026, với sự lãnh đạo, chỉ đạo sâu sát của Tỉnh ủy",
    "nêu bật được kết quả đạt được trong 6 tháng đầu năm 2026; đề xuất giải pháp cụ thể",
    "báo cáo tình hình 6 tháng đầu năm 2026 và nhiệm vụ 6 tháng cuối năm 2026",
    "bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026-2031 đảm bảo an toàn",
    "Quy hoạch tỉnh Lạng Sơn thời kỳ 2021-2030, tầm nhìn đến năm 2050 để thực hiện các bước",
    "Đề án phát triển giao thông nông thôn giai đoạn 2021-2030 được triển khai",
    "Kết luận Phiên họp Ủy ban nhân dân tỉnh thường kỳ tháng 5 năm 2026 (Phiên thứ hai, ngày 28/5/2026)",
    "nhiệm vụ trọng tâm 6 tháng cuối năm 2026 (trình Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy tháng 6/2026)",
    "Dự thảo Báo cáo 6 tháng cuối năm 2026 (trình Ban Thường vụ Tỉnh ủy trong tháng 6/2026) và Dự thảo",
    "Kết quả thu ngân sách đạt cao (xã Thất Khê đạt 80,5%, xã Tràng Định đạt 91,2%).",
    "xã Kháng Chiến đạt 12,8 ha/225 ha, bằng 5,68% kế hoạch",
    "tiến độ chậm hơn so với kế hoạch đề ra (15/23 dự án chậm tiến độ); có 09/23 dự án đáp ứng",
    "triển khai đồng bộ các nhiệm vụ phát triển kinh tế - xã hội năm 2026 và kế hoạch năm 2026",
    "khẩn trương triển khai kế hoạch đấu giá quyền khai thác khoáng sản năm 2026",
    "quan tâm xây dựng và thực hiện hiệu quả kế hoạch xây dựng NTM trong năm 2025, trong đó lưu ý",
    "giải ngân hết số vốn được bổ sung trong năm 2026.",
    "huyện đã thực hiện các chỉ tiêu phát triển KT-XH, QP - AN của huyện trong Quý I năm 2025 cơ bản đạt yêu cầu",
    "Kế hoạch vốn năm 2025 đã giải ngân đến hết tháng 3/2025 là: 39.907 triệu đồng",
    "chuyển đổi số tỉnh Lạng Sơn đến năm 2025, định hướng đến năm 2030 theo hướng toàn diện",
    "tỉnh đạt dự toán được giao cả năm trước 6 tháng",
    "để phấn đấu đạt mục tiêu tăng trưởng 02 con số trong quý II và cả năm 2026",
    "kiểm tra, làm việc với các cơ quan, địa phương hằng tháng, hằng quý theo yêu cầu thực tiễn",
    "tổ chức Hội nghị đánh giá kịch bản tăng trưởng 5 tháng đầu năm 2026, giải pháp quý III năm 2026",
    "chậm nhất ngày 31/02/2026",                       # not a calendar day
    "Đến hết quý I/2024, huyện Tràng Định có 8/20 xã đạt chuẩn nông thôn mới",
    "Đến hết ngày 31/3/2026, toàn tỉnh có 12 xã đạt chuẩn",
    "Đối với dự án hoàn thành trong năm 2026: lập hồ sơ quyết toán ngay sau khi nghiệm thu",
    "Các dự án hoàn thành trước ngày 30/6/2026: ưu tiên bố trí vốn",
    "Đối với các hộ di dời trong năm 2025 và chưa được hỗ trợ: giao UBND xã rà soát",
    "đã hoàn thành trong 9/10 xã, còn 1 xã chưa đạt",        # a ratio after a cue, no "ngày"
    "Trong ngày 22/4/2026, đoàn công tác làm việc tại xã Thất Khê",
    "đoàn đã làm việc với các xã trong ngày 20/4/2026 và nghe báo cáo",
    "bảo đảm an toàn trong 05 ngày nghỉ Tết Nguyên đán",
    "lượng khách tăng cao trong 10 ngày qua",
    "Sở Tài chính đã báo cáo UBND tỉnh trước ngày 15/4/2026",
]


@pytest.mark.parametrize("sentence", NOT_DEADLINES, ids=[s[:40] for s in NOT_DEADLINES])
def test_not_deadlines(sentence):
    assert find_deadlines(nfc(sentence), ND, year_hint=2026) == []


def test_glued_footnote_year_is_read_as_the_year():
    # reference: nothing; deadline: the 4-digit year, footnote number left out of the phrase
    assert find_deadlines("tại Quyết định số 2255/QĐ-UBND ngày 15/12/20257 và", ND) == []
    s = "báo cáo UBND tỉnh chậm nhất ngày 15/5/20267, đồng gửi Sở Tài chính"
    (d,) = find_deadlines(s, ND)
    assert (d.date, d.text) == (date(2026, 5, 15), "chậm nhất ngày 15/5/2026")


def test_glued_footnote_after_a_written_out_year():
    (d,) = find_deadlines("hoàn thành chậm nhất ngày 01 tháng 7 năm 20283, đồng thời", ND)
    assert (d.date, d.text) == (date(2028, 7, 1), "chậm nhất ngày 01 tháng 7 năm 2028")


def test_trong_ngay_after_the_notice_date_is_a_deadline_even_opening_a_clause():
    s = "Trong ngày 05/6/2026, các sở gửi báo cáo về Sở Tài chính."
    (d,) = find_deadlines(s, date(2026, 5, 30))
    assert d.date == date(2026, 6, 5)
    # without the notice date an opening "Trong ngày …," reads as when something happened
    assert find_deadlines(s, None) == []
    assert find_deadlines("Sở Tài chính tổng hợp, gửi trong ngày 05/6/2026.", None)[0].date == date(2026, 6, 5)


def test_text_whose_lower_case_is_longer_keeps_offsets():
    s = "İstanbul: báo cáo chậm nhất ngày 09/5/2026"
    (d,) = find_deadlines(s, ND)
    assert s[d.start:d.end] == d.text == "chậm nhất ngày 09/5/2026"


def test_two_deadlines_in_one_sentence_left_to_right():
    s = nfc("UBND các xã gửi Sở Nội vụ chậm nhất ngày 25/5/2026 để tổng hợp; Sở Nội vụ trình "
            "UBND tỉnh chậm nhất ngày 10/6/2026 để trình HĐND tỉnh.")
    got = find_deadlines(s, ND)
    assert [d.date for d in got] == [date(2026, 5, 25), date(2026, 6, 10)]
    assert got[0].end <= got[1].start
    assert all(s[d.start:d.end] == d.text for d in got)


def test_bold_around_the_whole_phrase():
    s = "đồng thời gửi UBND tỉnh để **nắm chậm nhất ngày 05/5/2026**; các xã tiếp thu"
    (d,) = find_deadlines(s, ND)
    assert (d.text, d.date) == ("chậm nhất ngày 05/5/2026", date(2026, 5, 5))


def test_old_tone_style_and_capitals():
    s = nfc("HOÀN THÀNH TRONG QUÝ II/2026 việc thuỷ lợi hoá")
    (d,) = find_deadlines(s, ND)
    assert (d.date, d.kind, d.text) == (date(2026, 6, 30), DL_QUARTER, "HOÀN THÀNH TRONG QUÝ II/2026")


# --- no notice date -------------------------------------------------------------------------

def test_relative_without_notice_date_is_flagged_not_guessed():
    (d,) = find_deadlines("Sở Tài chính trình trong 10 ngày làm việc kể từ ngày ký.", None, year_hint=2026)
    assert (d.date, d.kind, d.inferred, d.note) == (None, DL_WORKING_DAYS, True, "văn bản chưa có ngày ban hành")
    (d,) = find_deadlines("hoàn thiện trong thời hạn 15 ngày kể từ ngày ban hành", None)
    assert (d.date, d.kind, d.inferred) == (None, DL_RELATIVE, True)


def test_without_notice_date_stated_dates_still_count_and_yearless_use_year_hint():
    (d,) = find_deadlines("báo cáo chậm nhất ngày 09/5/2026", None)
    assert (d.date, d.inferred) == (date(2026, 5, 9), False)
    (d,) = find_deadlines("báo cáo trước ngày 15/7 để tổng hợp", None, year_hint=2025)
    assert (d.date, d.inferred) == (date(2025, 7, 15), True)
    assert d.note == "không ghi năm: lấy năm ghi trên văn bản"
    (d,) = find_deadlines("báo cáo trước ngày 15/7 để tổng hợp", None)
    assert (d.date, d.inferred) == (None, True)


def test_a_rhythm_without_its_day_has_no_date():
    # "định kỳ hằng quý" names no day: no date is made up (the end of a quarter is not when a
    # quarterly report is due), the note says so; with its day it has one (test above)
    for notice_date in (date(2026, 5, 14), None):
        (d,) = find_deadlines("các sở báo cáo định kỳ hằng quý", notice_date, year_hint=2026)
        assert (d.date, d.kind) == (None, DL_RECURRING)
        assert d.note == "hằng quý: văn bản không ghi ngày gửi, nhập hạn bằng tay nếu cần"


# --- working days ---------------------------------------------------------------------------

WORKING = [
    # start, n, expected: 27/4/2026 (Giỗ Tổ observed), 30/4, 1/5 and weekends skipped
    (date(2026, 4, 24), 10, date(2026, 5, 13)),
    (date(2026, 4, 29), 1, date(2026, 5, 4)),
    # Tết 2026: 16-20/2 off
    (date(2026, 2, 13), 1, date(2026, 2, 23)),
    (date(2026, 2, 13), 10, date(2026, 3, 6)),
    # 2025: Saturday 26/4 is a swapped working day, Friday 2/5 is off
    (date(2025, 4, 25), 1, date(2025, 4, 26)),
    (date(2025, 4, 29), 1, date(2025, 5, 5)),
    (date(2026, 5, 13), 0, date(2026, 5, 13)),
    (date(2026, 5, 13), -10, date(2026, 4, 24)),
]


@pytest.mark.parametrize("start,n,expected", WORKING)
def test_add_working_days(start, n, expected):
    assert add_working_days(start, n) == expected


def test_is_working_day():
    assert not is_working_day(date(2026, 2, 17))      # Tết
    assert not is_working_day(date(2026, 4, 30))
    assert not is_working_day(date(2026, 5, 2))       # Saturday
    assert is_working_day(date(2026, 5, 4))
    assert is_working_day(date(2025, 4, 26))          # swapped Saturday


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)), st.integers(0, 40))
def test_add_working_days_counts_exactly_n_working_days(start, n):
    end = add_working_days(start, n)
    days = [start + timedelta(days=i) for i in range(1, (end - start).days + 1)]
    assert sum(map(is_working_day, days)) == n
    assert n == 0 or is_working_day(end)


@settings(max_examples=80, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(["chậm nhất ngày", "trước ngày", "trong ngày", "hạn chót ngày"]),
       st.booleans())
def test_any_stated_date_round_trips(d, cue, pad):
    ds = f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}"
    s = f"Sở Tài chính báo cáo UBND tỉnh {cue} {ds} để tổng hợp."
    (x,) = find_deadlines(s, None)
    assert (x.date, x.kind, x.text) == (d, DL_DATE, f"{cue} {ds}")
    assert s[x.start:x.end] == x.text


_PIECES = ["chậm nhất", "ngày", "trước", "trong", "tháng", "quý", "III", "năm", "hằng", "quý", "định kỳ",
           "làm việc", "kể từ", "**", "\n", ",", ";", "/", "05", "5", "2026", "20257", "6", "đầu", "đạt",
           "đến", "hết", "Quyết định số", "của", "đã", "14 giờ", "İ", "hoàn thành", "báo cáo", "ba", " "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.none() | st.just(ND))
def test_any_text_gives_consistent_deadlines(pieces, nd):
    s = nfc(" ".join(pieces))
    got = find_deadlines(s, nd, year_hint=2026)
    last = -1
    for d in got:
        assert s[d.start:d.end] == d.text and d.start >= last
        last = d.end
        assert d.kind in (DL_DATE, DL_MONTH, DL_QUARTER, DL_HALF, DL_YEAR, DL_RECURRING,
                          DL_WORKING_DAYS, DL_RELATIVE)
        assert d.date is not None or d.inferred


# --- cue file -------------------------------------------------------------------------------

def test_shipped_cue_file_loads():
    cues = load_cues()
    assert "chậm nhất" in cues["date_cues"]
    assert cues.path == str(CUES_PATH)


@pytest.mark.parametrize("mutate,key", [
    (lambda t: t.replace("date_cues:", "date_cuez:", 1), "date_cues"),
    (lambda t: t.replace("  weak:\n    - trong\n", "  weak: trong\n", 1), "period_cues.weak"),
    (lambda t: t.replace("  - hạn cuối\n", "  - hạn (cuối\n", 1), "date_cues"),
    (lambda t: t.replace("  - hạn cuối\n", "  - 12\n", 1), "date_cues"),
    (lambda t: t.replace("version: 1", "version: 2", 1), "version"),
])
def test_malformed_cue_file_names_file_and_key(tmp_path, mutate, key):
    bad = tmp_path / "deadline_cues.yaml"
    text = CUES_PATH.read_text(encoding="utf-8")
    changed = mutate(text)
    assert changed != text
    bad.write_text(changed, encoding="utf-8")
    with pytest.raises(DataFileError) as e:
        load_cues(bad)
    assert str(bad) in str(e.value) and f"'{key}'" in str(e.value)


def test_cue_file_not_yaml_or_missing(tmp_path):
    bad = tmp_path / "c.yaml"
    bad.write_text("date_cues: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid YAML"):
        load_cues(bad)
    with pytest.raises(DataFileError, match="cannot read"):
        load_cues(tmp_path / "missing.yaml")


def test_cues_come_from_the_file(tmp_path):
    """A cue added to the file is used (the grammar is not hard-wired)."""
    text = CUES_PATH.read_text(encoding="utf-8").replace("  - hạn cuối\n", "  - hạn cuối\n  - hạn kết thúc\n", 1)
    p = tmp_path / "c.yaml"
    p.write_text(text, encoding="utf-8")
    s = "báo cáo hạn kết thúc ngày 12/5/2026"
    assert find_deadlines(s, ND) == []
    (d,) = DeadlineFinder(load_cues(p)).find(s, ND)
    assert d.date == date(2026, 5, 12)


# --- the five real notices ------------------------------------------------------------------

NOTICES = Path(__file__).resolve().parents[1].parent / "shared" / "notices"

# every deadline a careful reader finds in each notice (dates, with multiplicity)
REAL = {
    "000": ["2026-05-05", "2026-05-09", "2026-05-09", "2026-05-09", "2026-06-30"],
    "001": ["2026-05-25", "2026-06-10", "2026-04-30", "2026-04-30", "2026-05-15", "2026-05-31"],
    "002": ["2024-09-30"],
    "003": ["2026-06-05", "2026-06-18", "2026-06-03", "2026-06-03", "2026-06-03", "2026-06-03",
            "2026-06-10"],
    # "hoàn thiện trong tháng 6/2025"; "đến năm 2025 đạt 30% trở lên" is a target: 31/12/2025
    "004": ["2025-06-30", "2025-12-31"],
}
YEAR = {"000": 2026, "001": 2026, "002": 2024, "003": 2026, "004": 2025}


def _notice(prefix):
    files = sorted(NOTICES.glob(prefix + "_*.txt"))
    assert files, f"real notice {prefix}_*.txt missing from {NOTICES}"
    return files[0], nfc(files[0].read_text(encoding="utf-8"))


@pytest.mark.parametrize("prefix", sorted(REAL))
def test_real_notice_paragraphs(prefix):
    """Paragraphs as the parser sees them (the cleaner rejoins the hard-wrapped PDF exports
    002 and 004, where a blank line splits 'hoàn thành trong' from 'Quý III/2024')."""
    path, text = _notice(prefix)
    doc = clean_document(RawDocument(str(path), text))
    found = []
    for para in doc.paragraphs:
        for d in find_deadlines(para, None, year_hint=YEAR[prefix]):
            assert para[d.start:d.end] == d.text
            found.append(d.date.isoformat())
    assert Counter(found) == Counter(REAL[prefix])


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_real_notice_raw_blank_line_paragraphs(prefix):
    """The markdown exports split on blank lines, bold marks kept (…ngày **03/6/2026**)."""
    _, text = _notice(prefix)
    found = []
    for para in text.split("\n\n"):
        for d in find_deadlines(para, date(YEAR[prefix], 4, 1), year_hint=YEAR[prefix]):
            assert para[d.start:d.end] == d.text
            found.append(d.date.isoformat())
    assert Counter(found) == Counter(REAL[prefix])


def test_a_day_given_wins_over_the_bare_period_of_the_same_rhythm():
    (d,) = find_deadlines("Định kỳ hằng tháng tổng hợp tình hình dịch bệnh, báo cáo UBND tỉnh trước ngày 25 hằng "
                          "tháng.", date(2026, 5, 12))
    assert (d.date, d.text, d.kind) == (date(2026, 5, 25), "trước ngày 25 hằng tháng", "recurring")


@pytest.mark.parametrize("sentence,nd,floor", [
    # a month already past, quoted from an earlier notice
    ("Tiến độ còn chậm so với yêu cầu tại Thông báo số 318/TB-UBND ngày 15/8/2017 (bàn giao toàn bộ mặt bằng "
     "trong tháng 10/2017).", date(2017, 11, 20), None),
    # a progress figure in a draft (issue day blank, meeting 12/10/2026)
    ("Đến nay, đến hết ngày 30/9/2026 đã giải ngân 55% kế hoạch vốn.", None, date(2026, 10, 12)),
    # a purpose clause names a goal, not this task's deadline
    ("Để hoàn thành mục tiêu xử lý dứt điểm trong năm 2026 theo Kết luận số 12-KL/TU ngày 20/3/2026, yêu cầu "
     "các xã rà soát.", date(2026, 5, 4), None),
])
def test_past_figures_and_goals_are_not_deadlines(sentence, nd, floor):
    assert find_deadlines(sentence, nd, year_hint=(nd or floor).year, floor=floor) == []


@pytest.mark.parametrize("sentence", [
    "Sở Tài chính thẩm định hồ sơ trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    "Sở Tài chính thẩm định, trả lời chậm nhất 05 ngày làm việc sau khi nhận được văn bản đề nghị của UBND các xã.",
])
def test_a_limit_counted_from_receipt_has_no_fixed_date(sentence):
    (d,) = find_deadlines(sentence, date(2026, 6, 15))
    assert d.date is None and d.kind == DL_WORKING_DAYS and d.inferred
    assert "05 ngày làm việc" in d.text


def test_a_footnote_glued_to_a_bare_year():
    doc = clean_document(RawDocument(source="x", text="1. Sở Xây dựng hoàn thành trong năm 20173.\n\n3 Theo Kế hoạch số 5.",
                                     footnotes=()))
    assert "năm 2017." in doc.paragraphs[0]
    (d,) = find_deadlines(doc.paragraphs[0], date(2017, 6, 1))
    assert d.date == date(2017, 12, 31)


@pytest.mark.parametrize("nd,expected", [(date(2026, 6, 15), date(2026, 6, 19)),   # Monday -> Friday
                                         (date(2026, 6, 19), date(2026, 6, 19)),
                                         (date(2026, 6, 20), date(2026, 6, 20))])  # a Saturday notice: that day
def test_within_the_week(nd, expected):
    (d,) = find_deadlines("Sở Nông nghiệp và Môi trường tổng hợp thiệt hại, báo cáo UBND tỉnh trong tuần.", nd)
    assert (d.date, d.kind, d.text) == (expected, DL_RELATIVE, "trong tuần")


@pytest.mark.parametrize("sentence,iso", [
    ("trong đó xác định rõ lộ trình; ban hành kế hoạch trong tháng 4/2026.", "2026-04-30"),
    ("hoàn thành, đưa vào sử dụng 04 trường đã khởi công trước ngày 15/8/2026, kịp thời phục vụ năm học mới.",
     "2026-08-15"),
])
def test_a_document_to_issue_and_a_noun_phrase_with_da_keep_their_deadline(sentence, iso):
    (d,) = find_deadlines(sentence, date(2026, 4, 2))
    assert d.date.isoformat() == iso


def test_a_past_report_and_an_estimate_stay_out():
    assert find_deadlines("Sở đã báo cáo UBND tỉnh trước ngày 15/4/2026.", date(2026, 5, 2)) == []
    assert find_deadlines("Dự ước đến hết ngày 31/12/2026 giải ngân đạt 95%.", date(2026, 5, 2)) == []


def test_a_plan_named_with_its_own_year_does_not_block_the_month_of_the_action():
    (d,) = find_deadlines("Giao Văn phòng UBND tỉnh bố trí Phiên họp để cho ý kiến đối với dự thảo Kế hoạch và dự toán "
                          "năm 2027 trong tháng 9/2026.", date(2026, 7, 2))
    assert d.date == date(2026, 9, 30)


@pytest.mark.parametrize("sentence", [
    "Công ty hoàn thiện hồ sơ trong thời hạn 30 ngày kể từ ngày được phê duyệt điều chỉnh chủ trương đầu tư.",
    "Chủ đầu tư khởi công trong 15 ngày sau khi có quyết định giao đất.",
])
def test_a_limit_counted_from_an_event_has_no_fixed_date(sentence):
    (d,) = find_deadlines(sentence, date(2026, 9, 11))
    assert d.date is None and d.inferred and d.note == M.N_FROM_EVENT


@pytest.mark.parametrize("sentence,expected", [
    ("Trong tháng 12/2026, Trung tâm Phát triển quỹ đất tỉnh hoàn thành đấu giá.", "2026-12-31"),
    ("Tập trung hoàn thành đấu giá các khu đất đã đủ điều kiện trong tháng 12;", "2026-12-31"),
    ("Trong quý III/2026, tình hình thu ngân sách còn khó khăn.", None),
    ("Đề nghị Bộ Chỉ huy Quân sự tỉnh phối hợp với lực lượng Biên phòng trong tuần tra biên giới.", None),
])
def test_an_opening_period_before_a_named_subject_and_a_yearless_month_after_completion(sentence, expected):
    got = find_deadlines(sentence, date(2026, 10, 16))
    assert [d.date.isoformat() for d in got] == ([expected] if expected else [])


@pytest.mark.parametrize("sentence,expected", [
    ("Ban QLDA bảo đảm hoàn thành khu lớp học, khu nội trú giai đoạn 1 kịp phục vụ khai giảng năm học mới "
     "ngày 05/9/2026.", "2026-09-05"),
    ("UBND phường hoàn thành chỉnh trang đô thị trước khi khai mạc Lễ hội ngày 14/11/2026.", "2026-11-14"),
    ("Sở Văn hóa tổ chức các hoạt động kịp phục vụ khai giảng năm học mới ngày 05/9/2026.", None),
    ("Các trường hoàn thành sửa chữa kịp phục vụ khai giảng năm học mới ngày 05/9/2025.", None),
])
def test_ready_for_a_dated_event_is_due_on_its_day(sentence, expected):
    got = find_deadlines(sentence, date(2026, 8, 6))
    assert [d.date.isoformat() for d in got] == ([expected] if expected else [])
