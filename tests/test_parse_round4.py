"""Documents the parser has never seen, batches R4 and R5's general causes (press and portal
accounts of assignments, bodies outside the directory, collective names as written, dates that
are or are not deadlines), one table-driven test each on text written for these tests in the form
of the real documents (no real document's text).

Each case reads text as a clerk gives it to the tool (``parse_notice``) and checks per task the
lead(s), the deadline and the first words of the task."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates
from tbkl_xl.parse import parse_notice


def tasks(text):
    return leads_and_dates(text)


# bodies of a city's districts and of a town: "UBND quận …", "UBND thị xã …" ----------------------
UNITS = [
    ("UBND thành phố giao Sở Tài chính, UBND quận Hòa Phong kiểm tra hồ sơ dự án, xử lý theo thẩm quyền. "
     "Đồng thời, UBND thị xã Bình Lâm niêm yết công khai danh sách các hộ dân.",
     [(["Sở Tài chính", "UBND quận Hòa Phong"], None), (["UBND thị xã Bình Lâm"], None)]),
]


@pytest.mark.parametrize("text, expected", UNITS)
def test_a_district_of_a_city_and_a_town_are_bodies(text, expected):
    assert tasks(text) == expected


# a collective keeps the words of the text (only spelling and case made regular) ----------------
COLLECTIVES = [
    ("Giao UBND các xã, thị trấn tổ chức lấy ý kiến nhân dân về dự thảo quy hoạch.", [(["UBND các xã, thị trấn"], None)]),
    ("Yêu cầu UBND các xã tiếp tục rà soát hồ sơ đất đai.", [(["UBND các xã"], None)]),
    ("Các xã, thị trấn khẩn trương kiện toàn tổ công tác.", [(["UBND các xã, thị trấn"], None)]),
    ("Ủy ban nhân dân các xã, phường rà soát danh sách hộ nghèo.", [(["UBND các xã, phường"], None)]),
]


@pytest.mark.parametrize("text, expected", COLLECTIVES)
def test_a_collective_keeps_the_words_of_the_text(text, expected):
    assert tasks(text) == expected


def test_a_collective_in_other_words_keeps_the_directorys_name_for_its_task_id():
    (t,) = parse_notice("Yêu cầu UBND các xã tiếp tục rà soát hồ sơ đất đai.").tasks
    assert (t.lead[0].name, t.lead[0].canonical) == ("UBND các xã", "UBND các xã, phường")


# a later sentence whose subject is a body, opened by a connective, is a task of that body -------
LATER_SUBJECT = [
    ("Theo đó, Chủ tịch UBND tỉnh yêu cầu Sở Y tế rà soát danh mục thuốc. Cùng với đó, BQL các dự án "
     "giao thông khẩn trương hoàn thiện hồ sơ quyết toán.",
     [(["Sở Y tế"], None), (["BQL các dự án giao thông"], None)]),
    ("Giao Sở Tài chính thẩm định phương án giá. Song song với đó, Sở Xây dựng kiểm tra chất lượng công trình.",
     [(["Sở Tài chính"], None), (["Sở Xây dựng"], None)]),
    ("Thủ tướng giao Bộ Công Thương chủ trì sửa đổi quy chế. Các địa phương liên quan tiếp tục rà soát các "
     "cơ sở kinh doanh.",
     [(["Bộ Công Thương"], None), (["Các địa phương liên quan"], None)]),
]


@pytest.mark.parametrize("text, expected", LATER_SUBJECT)
def test_a_later_sentence_with_its_own_subject_is_that_bodys_task(text, expected):
    assert tasks(text) == expected


# month deadlines: at the end of a task after a long name of the body reported to; a dotted month -
MONTHS = [
    ("Giao Ủy ban nhân dân huyện Hòa An chủ trì kiểm tra hồ sơ của các hộ dân; hoàn thành, báo cáo Ủy ban nhân "
     "dân tỉnh kết quả thực hiện trong tháng 11/2026.", [(["UBND huyện Hòa An"], "2026-11-30")]),
    ("Thủ tướng giao Bộ Xây dựng chủ trì hoàn thành việc bàn giao mặt bằng trong tháng 9.2026.",
     [(["Bộ Xây dựng"], "2026-09-30")]),
]


@pytest.mark.parametrize("text, expected", MONTHS)
def test_a_month_deadline_after_a_long_name_or_written_with_a_dot(text, expected):
    assert tasks(text) == expected


# one closing date for two bodies joined by "và" with their titles: each body has it ------------
AND_TITLES = [
    ("Chủ tịch UBND tỉnh yêu cầu giám đốc các sở, ban, ngành và chủ tịch UBND các huyện, thành phố khẩn trương "
     "rà soát các nhiệm vụ được giao, báo cáo kết quả trước ngày 15.9.2026.",
     [(["Các sở, ban, ngành"], "2026-09-15"), (["UBND các huyện, thành phố"], "2026-09-15")]),
]


@pytest.mark.parametrize("text, expected", AND_TITLES)
def test_one_date_for_two_bodies_joined_by_and_with_their_titles(text, expected):
    assert tasks(text) == expected


# press and portal forms of an assignment: an order reported as just given, a list with an elided
# head after it, a board whose name goes on after "và các" -----------------------------------------
REPORTED = [
    ("Chủ tịch UBND tỉnh vừa có văn bản yêu cầu Sở Y tế rà soát danh mục thuốc thiết yếu.", [(["Sở Y tế"], None)]),
    ("UBND tỉnh vừa ban hành Công văn số 12/UBND-KT chỉ đạo các Sở: Xây dựng, Công Thương, Ban Quản lý Khu kinh "
     "tế Vân Phong và các Khu công nghiệp tỉnh tăng cường kiểm tra các cơ sở sản xuất.",
     [(["Sở Xây dựng", "Sở Công Thương", "Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp tỉnh"], None)]),
    ("Chủ tịch UBND tỉnh vừa có văn bản yêu cầu giám đốc các sở, ban, ngành, Chủ tịch UBND các huyện, thị xã, "
     "nghiêm túc quán triệt và tổ chức triển khai thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ.",
     [(["Các sở, ban, ngành", "UBND các huyện, thị xã"], None)]),
]


@pytest.mark.parametrize("text, expected", REPORTED)
def test_an_order_the_press_reports_as_just_given(text, expected):
    assert tasks(text) == expected


def test_an_order_given_earlier_by_a_document_is_still_no_task():
    assert tasks("UBND tỉnh đã có văn bản yêu cầu Sở Y tế rà soát. Sở Tài chính bố trí kinh phí.") == [
        (["Sở Tài chính"], None)]


# a body in the middle of a sentence: after "được … giao" (passive), after a colon and a time, after a
# long "Trên cơ sở …" with commas inside, at the start of a quoted instruction -----------------------
MID_SENTENCE = [
    ("Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ trì, phối hợp Sở Văn hóa và Thể thao xây "
     "dựng kế hoạch tổ chức Ngày hội.", [(["Sở Thông tin và Truyền thông"], None)]),
    ("Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2026 đến hết ngày 03/5/2026, Sở Y tế bố trí, phân công trực hợp "
     "lý; thường xuyên nắm tình hình.", [(["Sở Y tế"], None)]),
    ("Trên cơ sở danh mục, khối lượng công trình (đường, cầu, cống) trên địa bàn đã được thống kê nêu trên, UBND "
     "các xã, phường lập dự toán kinh phí duy tu năm 2027.", [(["UBND các xã, phường"], None)]),
    ("Bản tin thời sự 12-3-2026\n“Sở Y tế phối hợp với UBND cấp huyện và các ngành có liên quan tập trung kiểm "
     "tra, giám sát dịch bệnh”. Đó là chỉ đạo của UBND tỉnh đối với Sở Y tế.", [(["Sở Y tế"], None)]),
]


@pytest.mark.parametrize("text, expected", MID_SENTENCE)
def test_a_body_leads_from_the_middle_of_a_sentence(text, expected):
    assert tasks(text) == expected


# a closing paragraph with a request to the media and an order to the districts --------------------
CLOSING = [
    ("Giao Sở Tư pháp chủ trì tổ chức tiếp công dân.\n\nĐề nghị các cơ quan báo chí của tỉnh đăng tải Thông báo "
     "này để các cơ quan, đơn vị và Nhân dân biết, thực hiện; UBND các huyện, thành phố chỉ đạo niêm yết công khai "
     "Thông báo này tại trụ sở UBND cấp xã để Nhân dân biết, thực hiện./.",
     [(["Sở Tư pháp"], None), (["Các cơ quan báo chí của tỉnh"], None), (["UBND các huyện, thành phố"], None)]),
    ("Giao Sở Tư pháp chủ trì tổ chức tiếp công dân.\n\nUBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
     [(["Sở Tư pháp"], None)]),
]


@pytest.mark.parametrize("text, expected", CLOSING)
def test_a_closing_paragraph_with_requests_gives_tasks_a_notify_formula_none(text, expected):
    assert tasks(text) == expected


# a chỉ thị's opening instruction is a task; a wrapped line "- 2020;" is no bullet; a collective
# qualified by two words ("chuyên ngành, khu vực") and "các chủ đầu tư" in one list --------------------
OPENING = [
    ("Thực hiện Luật Đầu tư công, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Chủ tịch UBND các huyện, thành phố "
     "triển khai việc lập kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030, với các nội dung sau:\n\n"
     "1. Rà soát danh mục dự án.\n\n2. Sở Tài chính tổng hợp nhu cầu vốn.",
     [(["Các sở", "UBND các huyện, thành phố"], None), (["Các sở", "UBND các huyện, thành phố"], None),
      (["Sở Tài chính"], None)]),
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện các nhiệm vụ, cụ thể như sau:\n\n1. Rà soát danh mục dự án.",
     [(["Các sở, ngành"], None)]),
    ("Căn cứ kết quả thực hiện kế hoạch giai đoạn 2021\n- 2025; tình hình giải ngân năm 2026, yêu cầu UBND các huyện, "
     "các Ban Quản lý dự án chuyên ngành, khu vực, các chủ đầu tư, khẩn trương đánh giá tình hình giải ngân vốn.",
     [(["UBND các huyện", "Các Ban Quản lý dự án chuyên ngành, khu vực", "Các chủ đầu tư"], None)]),
]


@pytest.mark.parametrize("text, expected", OPENING)
def test_an_opening_instruction_before_its_list_and_a_wrapped_span_of_years(text, expected):
    assert tasks(text) == expected


# a time limit that describes other tasks is no deadline of this one -------------------------------
DESCRIBED = [
    ("Yêu cầu Sở Nội vụ rà soát lại các nhiệm vụ UBND tỉnh đã giao tại các Kế hoạch có thời hạn hoàn thành trong "
     "năm 2026; báo cáo UBND tỉnh về tiến độ thực hiện.", [(["Sở Nội vụ"], None)]),
    ("Yêu cầu Sở Nội vụ xử lý dứt điểm các nhiệm vụ quá hạn trước ngày 30/9/2026.", [(["Sở Nội vụ"], "2026-09-30")]),
]


@pytest.mark.parametrize("text, expected", DESCRIBED)
def test_a_term_of_the_tasks_described_is_no_deadline(text, expected):
    assert tasks(text) == expected


# a dated request with no recognised body is no deadline: its words stay, the clerk sets the date ---
def test_a_dated_request_to_staff_and_the_public_is_no_deadline_without_a_lead():
    from tbkl_xl.messages import parse as M
    n = parse_notice("Sở Tư pháp đề nghị các cán bộ, công chức thuộc Sở và tổ chức, cá nhân trên địa bàn nghiên cứu, "
                     "góp ý dự thảo và gửi về Sở Tư pháp trước ngày 18/6/2026.")
    (t,) = n.tasks
    assert (t.lead, t.deadline.date, t.deadline.text) == ([], None, "trước ngày 18/6/2026")
    assert M.DEADLINE_WITHOUT_LEAD.format(text="trước ngày 18/6/2026", date="18/06/2026") in t.needs_review


# meeting dates in press reports; none for a page that tells of no meeting -------------------------
MEETINGS = [
    ("Rà soát diện tích lúa bị hại\n\n05/3/2026 10:20\n\nNgày 5/3, Văn phòng UBND huyện đã ban hành thông báo kết "
     "luận tại cuộc họp giao ban ngày 02/3/2026 của UBND huyện.\n\nTheo thông báo, Chủ tịch UBND huyện giao Phòng "
     "Nông nghiệp huyện kiểm tra diện tích lúa bị hại.", "2026-03-02"),
    ("Sáng 12-5, ông Nguyễn Văn A - Chủ tịch UBND tỉnh chủ trì cuộc họp thông qua dự thảo báo cáo kinh tế - xã hội "
     "6 tháng đầu năm 2026.\n\nKết luận cuộc họp, Chủ tịch UBND tỉnh yêu cầu Sở Tài chính hoàn chỉnh báo cáo.",
     "2026-05-12"),
    ("Thông báo không tổ chức tiếp công dân định kỳ tháng 5/2026\n\nBan Tiếp công dân tỉnh thông báo không tổ chức "
     "tiếp công dân định kỳ vào ngày 15/5/2026 tại Trụ sở Tiếp công dân tỉnh.\n\nGiao Thanh tra tỉnh chủ trì tiếp "
     "nhận đơn thư của công dân.", None),
    ("Trực Tết Nguyên đán\n\nNgày 10/01/2026, UBND tỉnh ban hành công văn số 12/UBND-VP về việc tổ chức trực Tết.\n\n"
     "Chủ tịch UBND tỉnh yêu cầu Sở Y tế bố trí trực cấp cứu.", None),
]


@pytest.mark.parametrize("text, expected", MEETINGS)
def test_the_meeting_date_of_a_press_report(text, expected):
    n = parse_notice(text)
    assert (n.meeting_date.isoformat() if n.meeting_date else None) == expected


# a station is a body ("Trạm Khuyến nông …", "Trạm Y tế xã …") -------------------------------------
STATIONS = [
    ("Chủ tịch UBND thành phố giao Trạm Khuyến nông và Dịch vụ nông nghiệp thành phố chủ trì, phối hợp với Phòng "
     "Kinh tế kiểm tra nguyên nhân cây trồng bị hại.", [(["Trạm Khuyến nông và Dịch vụ nông nghiệp thành phố"], None)]),
]


@pytest.mark.parametrize("text, expected", STATIONS)
def test_a_station_is_a_body(text, expected):
    assert tasks(text) == expected


def test_departments_and_local_units_named_together_are_each_a_lead():
    # "các sở, ngành, địa phương" is the departments and the local units: a lead each, as the
    # gold of ../shared/eval/real reads "các đơn vị, địa phương" (each has its own sheet)
    n = parse_notice("Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương rà soát, tái cấu trúc quy trình công việc.")
    assert [[a.name for a in t.lead] for t in n.tasks] == [["Các sở, ban, ngành", "UBND các xã, phường"]]


# a second body after "trong khi"; a short name ending with its code ("Sở KH-CN") ----------------------
WHILE = [
    ("Công an tỉnh bảo đảm an ninh mạng cho các hệ thống, trong khi Sở KH-CN chủ trì thúc đẩy hợp tác nghiên cứu.",
     [(["Công an tỉnh"], None), (["Sở KH-CN"], None)]),
]


@pytest.mark.parametrize("text, expected", WHILE)
def test_a_second_body_after_while_leads_its_own_task(text, expected):
    assert tasks(text) == expected


# a name that holds a comma: "UBND, ban an toàn giao thông các huyện, …" ends a list of leads --------
SHARED_UNITS = [
    ("UBND tỉnh giao Công an tỉnh, Sở Y tế và UBND, ban chỉ đạo phòng chống dịch các huyện, thành phố theo chức "
     "năng, nhiệm vụ khẩn trương xây dựng phương án chi tiết.",
     [(["Công an tỉnh", "Sở Y tế", "UBND, ban chỉ đạo phòng chống dịch các huyện, thành phố"], None)]),
]


@pytest.mark.parametrize("text, expected", SHARED_UNITS)
def test_the_bodies_of_the_same_units_named_with_a_comma(text, expected):
    assert tasks(text) == expected
