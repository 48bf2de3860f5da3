"""Ways a conclusion notice gives its meeting day, one table, each opening written on the line
right after the title with no blank line between (as a converter writes them): the meeting day
is found, and the task after it keeps its own deadline."""
from __future__ import annotations

from datetime import date

import pytest

from tbkl_xl.parse import parse_notice

NOTICE = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 45/TB-UBND    Ninh Bình, ngày 10 tháng 3 năm 2027\nTHÔNG BÁO\n"
          "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ dự án\n{opening}\n"
          "1. Giao Sở Tài chính rà soát nguồn vốn, báo cáo UBND tỉnh trước ngày 20/3/2027.\n")
OPENINGS = [
    "Ngày 05/3/2027, tại trụ sở UBND tỉnh, đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh chủ trì cuộc họp.",
    "Chiều ngày 05/3/2027, đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh chủ trì cuộc họp.",
    "Sáng 05-3-2027, đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh chủ trì cuộc họp.",
    "Vào hồi 14 giờ 00 ngày 05/3/2027, đồng chí Nguyễn Văn A chủ trì cuộc họp.",
    "Hôm nay, ngày 05 tháng 3 năm 2027, tại phòng họp UBND tỉnh, đồng chí Nguyễn Văn A chủ trì cuộc họp.",
    "Ngày 05 tháng 3 năm 2027, Ban Chỉ đạo giải phóng mặt bằng tỉnh họp dưới sự chủ trì của đồng chí Nguyễn Văn A.",
    "Thực hiện Chương trình công tác năm 2027, ngày 05/3/2027, đồng chí Nguyễn Văn A chủ trì cuộc họp.",
]


@pytest.mark.parametrize("opening", OPENINGS)
def test_the_meeting_day_is_found_and_the_task_keeps_its_deadline(opening):
    n = parse_notice(NOTICE.format(opening=opening))
    assert n.meeting_date == date(2027, 3, 5)
    assert [([a.name for a in t.lead], t.deadline.date if t.deadline else None) for t in n.tasks] == [
        (["Sở Tài chính"], date(2027, 3, 20))]
