"""Ways a letter writes its "Kính gửi" list, one table: a dash per line, commas, the whole list
on the "Kính gửi:" line with semicolons, the list on the line after "Kính gửi:" — each line with
no blank line between, as a converter writes them.  The body asks "các cơ quan, đơn vị" (or
"Quý cơ quan") to report by a day: every addressee gets that deadline, and the body is never
taken into the header."""
from __future__ import annotations

import pytest

from tbkl_xl.parse import parse_notice

LETTER = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\nSố: 1234/UBND-KT    Ninh Bình, ngày 10 tháng 3 năm 2027\n"
          "V/v báo cáo tình hình thực hiện dự án\n{kinh_gui}\n{body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
          "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn B\n")
KINH_GUI = {
    "dash lines": "Kính gửi:\n- Sở Tài chính;\n- Sở Xây dựng;\n- UBND các xã, phường.",
    "comma lines": "Kính gửi:\n- Sở Tài chính,\n- Sở Xây dựng,\n- UBND các xã, phường.",
    "on the line, semicolons": "Kính gửi: Sở Tài chính; Sở Xây dựng; UBND các xã, phường.",
    "on the line, commas": "Kính gửi: Sở Tài chính, Sở Xây dựng, UBND các xã, phường.",
    "on the line, dashes": "Kính gửi: - Sở Tài chính; - Sở Xây dựng; - UBND các xã, phường.",
    "on the next line": "Kính gửi:\nSở Tài chính; Sở Xây dựng; UBND các xã, phường.",
    "elided head": "Kính gửi:\n- Các Sở: Tài chính, Xây dựng;\n- UBND các xã, phường.",
}
BODIES = {
    "các cơ quan, đơn vị": "Để có cơ sở tổng hợp, UBND tỉnh đề nghị các cơ quan, đơn vị báo cáo tình hình thực "
                           "hiện dự án, gửi về Sở Tài chính trước ngày 20/3/2027 để tổng hợp.",
    "Quý cơ quan": "UBND tỉnh đề nghị Quý cơ quan rà soát, báo cáo UBND tỉnh trước ngày 20/3/2027.",
    "no subject": "Để kịp thời tổng hợp, UBND tỉnh đề nghị: rà soát, báo cáo tình hình thực hiện, gửi về UBND "
                  "tỉnh trước ngày 20/3/2027.",
}
WANT = ["Sở Tài chính", "Sở Xây dựng", "UBND các xã, phường"]
# (the reports "gửi về Sở Tài chính": the department they go to receives them, it sends none)
RECEIVER = {"các cơ quan, đơn vị": "Sở Tài chính"}


@pytest.mark.parametrize("body", sorted(BODIES))
@pytest.mark.parametrize("form", sorted(KINH_GUI))
def test_every_addressee_of_the_letter_gets_the_deadline(form, body):
    n = parse_notice(LETTER.format(kinh_gui=KINH_GUI[form], body=BODIES[body]))
    got = sorted(a.name for t in n.tasks for a in t.lead
                 if t.deadline and t.deadline.date and t.deadline.date.isoformat() == "2027-03-20")
    assert got == [x for x in WANT if x != RECEIVER.get(body)]
    assert n.recipients == ["Như trên"]
