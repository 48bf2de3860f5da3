"""Round 20 (issue 11's nineteenth round in the README): forms found misread on the invented
sets ZZN … ZZZ, one test each on text written for these tests."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice
from tbkl_xl.model import RawDocument
from tbkl_xl.parse.clean import clean_document

NOTICE = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\nSố: 41/TB-UBND\nBạc Liêu, ngày 06 tháng 4 năm 2027\n"
    "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về khai thác cát san lấp\n"
    "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n")



# "UBND các xã: A, B …; các xã báo cáo …": the units listed just before, their committee unsaid;
# then "Sở thẩm định …": the department the paragraph's first task gave the lead, named by its head.
def test_units_and_a_department_named_back_after_their_full_names():
    body = ("1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng và UBND các xã: Phong Thạnh, "
            "Vĩnh Mỹ hướng dẫn thủ tục cấp phép khai thác cát; các xã hoàn thành kiểm tra hiện trạng mỏ, gửi "
            "hồ sơ về Sở trước ngày 30/5/2027, Sở thẩm định, trình UBND tỉnh cấp phép trong tháng 6/2027.\n")
    got = leads_by_date(NOTICE + body)
    assert got["2027-05-30"] == {"UBND xã Phong Thạnh", "UBND xã Vĩnh Mỹ"}
    assert got["2027-06-30"] == {"Sở Nông nghiệp và Môi trường"}


# A department of UBND's notice asking the investors or firms it oversees ("Sở Xây dựng yêu cầu chủ
# đầu tư …") has the task; in the department's own letter, the bodies it asks have it.
def test_a_department_asking_its_investors_leads_unless_it_issued_the_letter():
    body = ("1. Sở Xây dựng yêu cầu chủ đầu tư các công trình che chắn, rửa xe, xong trước ngày 15/5/2027.\n"
            "2. Sở Công Thương yêu cầu các doanh nghiệp xăng dầu báo cáo tồn kho trước ngày 20/5/2027.\n")
    got = leads_by_date(NOTICE + body)
    assert got["2027-05-15"] == {"Sở Xây dựng"}
    assert got["2027-05-20"] == {"Sở Công Thương"}
    letter = ("UBND TỈNH BẠC LIÊU\nSỞ Y TẾ\nSố: 88/SYT-NVY\nBạc Liêu, ngày 04 tháng 3 năm 2027\n"
              "V/v phòng, chống sốt xuất huyết\nKính gửi: Các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh.\n"
              "Sở Y tế yêu cầu các cơ sở khám bệnh, chữa bệnh rà soát giường bệnh, báo cáo trước ngày 15/3/2027.\n")
    assert "Sở Y tế" not in leads_by_date(letter)["2027-03-15"]


# A bar alone on its line before the signature's table is no paragraph (else the sentence above it
# is not the letter's last, the one closing it for every body it is sent to).
def test_a_bar_alone_before_the_signature_table_is_no_paragraph():
    text = ("Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/6/2027.\n|\n"
            "| Nơi nhận: | KT. CHỦ TỊCH |\n| - Như trên; | PHÓ CHỦ TỊCH |\n")
    paragraphs = clean_document(RawDocument("<t>", text)).paragraphs
    assert paragraphs[:2] == ["Các cơ quan, đơn vị báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/6/2027.",
                              "| Nơi nhận: | KT. CHỦ TỊCH |"]


# A header cell with its own "as of" day ("Giải ngân đến 31/5/2027") is still a header cell: the
# table below it is read as tasks.
def test_a_header_cell_with_its_as_of_day_keeps_the_table_a_task_table():
    body = ("3. Yêu cầu các chủ đầu tư có tỷ lệ giải ngân thấp tập trung thực hiện các nội dung sau:\n"
            "| STT | Chủ đầu tư | Giải ngân đến 31/5/2027 | Nội dung yêu cầu | Thời hạn |\n|---|---|---|---|---|\n"
            "| 1 | Sở Y tế | 18,4% | Giải ngân tối thiểu 60% kế hoạch vốn được giao | 30/9/2027 |\n"
            "| 2 | Sở Xây dựng | 9,8% | Phê duyệt kế hoạch lựa chọn nhà thầu | Tháng 7/2027 |\n")
    got = leads_by_date(NOTICE + body)
    assert got["2027-09-30"] == {"Sở Y tế"} and got["2027-07-31"] == {"Sở Xây dựng"}


# "Giám đốc các Sở: Xây dựng, Giao thông vận tải và Chủ tịch UBND huyện Nông Cống …": the last body,
# under its head's title, is no department.
def test_a_committee_under_its_chairmans_title_closing_a_list_of_departments():
    body = ("1. Yêu cầu Giám đốc các Sở: Xây dựng, Giao thông vận tải và Chủ tịch UBND huyện Nông Cống rà soát "
            "các công trình chậm tiến độ, báo cáo trước ngày 30/4/2027.\n")
    got = leads_by_date(NOTICE + body)["2027-04-30"]
    assert "UBND huyện Nông Cống" in got and not any(x.startswith("Sở Chủ tịch") for x in got)


# "xong trước Tết Nguyên đán Đinh Mùi 2027 (ngày 06/02/2027)": the holiday's day, its year between.
def test_a_holiday_named_with_its_year_and_its_day_in_brackets_is_the_time_limit():
    body = ("1. UBND các xã kiện toàn Ban Chỉ đạo liên ngành về an toàn thực phẩm cấp xã, xong trước Tết Nguyên "
            "đán Đinh Mùi 2027 (ngày 06/02/2027).\n")
    notice = NOTICE.replace("ngày 06 tháng 4 năm 2027", "ngày 06 tháng 12 năm 2026")
    assert leads_by_date(notice + body)["2027-02-06"] == {"UBND các xã"}


# A footnote whose number stands on a line of its own under the rule ("1" / "  Chỉ thị yêu cầu …
# trước ngày 31/3/2027."): a note, no task.
def test_a_footnote_with_its_number_on_its_own_line_is_a_note():
    text = ("Đề nghị các đơn vị báo cáo kết quả về Sở trước ngày 30/4/2027.\n_________________\n1\n"
            "  Chỉ thị yêu cầu các địa phương hoàn thành kiểm tra trước ngày 31/3/2027.\n")
    doc = clean_document(RawDocument("<t>", text))
    assert doc.paragraphs == ["Đề nghị các đơn vị báo cáo kết quả về Sở trước ngày 30/4/2027."]
    assert doc.notes == ["1 Chỉ thị yêu cầu các địa phương hoàn thành kiểm tra trước ngày 31/3/2027."]


# The last numbered item "5. Đề nghị Báo X, Đài Y thông tin kịp thời … để phụ huynh biết, thực hiện."
# is their task, not the letter's bare closing order.
def test_a_last_numbered_request_ending_in_thuc_hien_is_a_task():
    body = ("4. Sở Giáo dục và Đào tạo công bố chỉ tiêu tuyển sinh trước ngày 20/5/2027.\n"
            "5. Đề nghị Báo Bạc Liêu, Đài Phát thanh - Truyền hình Bạc Liêu thông tin kịp thời về lịch tuyển sinh "
            "để phụ huynh, học sinh biết, thực hiện.\n")
    leads = {x for ls, _d in leads_and_dates(NOTICE + body) for x in ls}
    assert {"Báo Bạc Liêu", "Đài Phát thanh - Truyền hình Bạc Liêu"} <= leads


# A letter "V/v thông báo ý kiến kết luận của Chủ tịch UBND tỉnh tại cuộc họp …" opening "Ngày
# 14/11/2027, đồng chí … chủ trì cuộc họp": the meeting's day, as in a conclusion notice.
def test_a_letter_conveying_a_meetings_conclusions_has_the_meetings_day():
    letter = ("UBND TỈNH BẠC LIÊU\nVĂN PHÒNG\nSố: 3528/VPUBND-KTN\nV/v thông báo ý kiến kết luận của Chủ tịch "
              "UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công\nBạc Liêu, ngày 17 tháng 11 năm 2027\n"
              "Kính gửi: Sở Tài chính.\n"
              "Ngày 14/11/2027, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo tình hình giải ngân. "
              "Chủ tịch UBND tỉnh kết luận như sau:\n1. Sở Tài chính rà soát, báo cáo trước ngày 30/11/2027.\n")
    assert str(parse_notice(letter).meeting_date) == "2027-11-14"


# "Giáo dục thường xuyên" is a field inside a name, not an adverb that ends it.
@pytest.mark.parametrize("name", ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Cao Lộc",
                                  "Phòng Giáo dục mầm non và Giáo dục thường xuyên"])
def test_continuing_education_stays_in_a_bodys_name(name):
    body = f"1. {name} tổ chức lớp xóa mù chữ, hoàn thành trước ngày 30/9/2027.\n"
    assert leads_by_date(NOTICE + body)["2027-09-30"] == {name}


# Forms with one task whose bodies the test names: (the notice's body, the time limit, its leads).
ONE_TASK = [
    # "4. Đối với Công ty X" on its line, then "Đề nghị Công ty …": the heading is no wrap of the order
    # (else the company's name runs on into "… Đề nghị").
    (("1. Đối với Sở Tài chính\nRà soát nguồn vốn năm 2027.\n"
      "2. Đối với Công ty Cổ phần Khai thác Cát Biển Tây\n"
      "Đề nghị Công ty hoàn thành nạo vét luồng trước ngày 30/6/2027.\n"),
     "2027-06-30", {"Công ty Cổ phần Khai thác Cát Biển Tây"}),
    # "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc …; các cơ quan, đơn vị báo cáo kết quả (qua Văn phòng
    # UBND tỉnh) trước ngày …": the bodies given tasks report, not the office that follows them up.
    (("1. Sở Xây dựng rà soát quy hoạch khu khai thác, báo cáo trước ngày 10/5/2027.\n"
      "2. Sở Tài chính bố trí vốn quan trắc.\n"
      "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc các cơ quan, đơn vị thực hiện; các cơ quan, đơn vị "
      "báo cáo kết quả (qua Văn phòng UBND tỉnh) trước ngày 15/6/2027.\n"),
     "2027-06-15", {"Sở Xây dựng", "Sở Tài chính"}),
    # "2.2. Đối với Ban Quản lý dự án …" naming only a body, then "Phối hợp với …" on the next line:
    # the heading's body leads the paragraph under it.
    (("1. Đối với UBND xã Phong Thạnh\n- Vận động các hộ bàn giao mặt bằng.\n"
      "2. Đối với Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh\n"
      "Phối hợp với UBND xã Phong Thạnh thi công hạ tầng khu tái định cư, xong trước ngày 15/11/2027.\n"),
     "2027-11-15", {"Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"}),
    # Urban districts named by their number in a list ("UBND các quận: 7, 8, Bình Thạnh"): one body each.
    (("1. UBND các quận: 7, 8, Bình Thạnh và UBND huyện Nhà Bè lập danh sách các điểm ngập sâu, "
      "gửi Sở Xây dựng trước ngày 25/10/2027.\n"),
     "2027-10-25", {"UBND quận 7", "UBND quận 8", "UBND quận Bình Thạnh", "UBND huyện Nhà Bè"}),
    # "Các phòng: Tài chính - Kế hoạch, Văn hóa và Thông tin": the head noun elided before each office,
    # as in "các Sở: Y tế, Nội vụ"; an item the directory does not know ends at its comma.
    (("1. Các phòng: Tài chính - Kế hoạch, Văn hóa và Thông tin căn cứ chức năng tham mưu kinh phí "
      "tuyên truyền, xong trước ngày 23/5/2027.\n"),
     "2027-05-23", {"Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin"}),
    # "Phòng Giáo dục và Đào tạo các huyện Mèo Vạc, Đồng Văn" without a colon: the office of each
    # district named, as with the colon.
    (("1. Phòng Giáo dục và Đào tạo các huyện Mèo Vạc, Đồng Văn, Yên Minh chủ động xây dựng phương án bố trí "
      "giáo viên, hoàn thành trong tháng 8/2027.\n"),
     "2027-08-31", {f"Phòng Giáo dục và Đào tạo huyện {x}" for x in ("Mèo Vạc", "Đồng Văn", "Yên Minh")}),
    # "Các huyện, thành phố còn lại": the units not named before keep the qualifier (not every unit).
    (("1. UBND huyện Phước Long di dời dân khỏi vùng sạt lở, xong trước ngày 10/5/2027.\n"
      "2. Các huyện, thành phố còn lại chủ động rà soát, di dời dân, báo cáo trước ngày 20/5/2027.\n"),
     "2027-05-20", {"Các huyện, thành phố còn lại"}),
    # "Giao Sở X chủ trì tham mưu tổ chức Hội nghị trong Quý II/2027": the meeting to hold by then (a
    # planned one, "dự kiến tổ chức …", stays none).
    ("1. Giao Sở Nông nghiệp và Môi trường chủ trì tham mưu tổ chức Hội nghị tổng kết trong Quý II/2027.\n",
     "2027-06-30", {"Sở Nông nghiệp và Môi trường"}),
    # A scan's "Sỏ Tài nguyên và Môi trường … trưóc ngày …": the department and its time limit.
    ("1. Sỏ Tài nguyên và Môi trường thẩm định giá đất cụ thể, xong trưóc ngày 15/6/2027.\n",
     "2027-06-15", {"Sở Tài nguyên và Môi trường"}),
    # "Giao các sở, ban, ngành được giao vốn; UBND các huyện, thành phố báo cáo … trước ngày …": one list of
    # addressees, its first body qualified before the ";", one order with its time for both.
    (("3. Giao các sở, ban, ngành được giao vốn; UBND các huyện, thành phố báo cáo tình hình giải ngân "
      "về Sở Tài chính trước ngày 25/4/2027.\n"),
     "2027-04-25", {"Các sở, ban, ngành", "UBND các huyện, thành phố"}),
]


@pytest.mark.parametrize("body, date, leads", ONE_TASK)
def test_one_task_of_its_bodies(body, date, leads):
    assert leads_by_date(NOTICE + body)[date] == leads
