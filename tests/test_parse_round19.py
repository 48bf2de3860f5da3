"""Round 19 (issue 11's eighteenth round in the README): forms found misread on the invented
sets ZZB … ZZE, one table-driven test each on text written for these tests."""
from __future__ import annotations

import pytest

from parse_helpers import has, leads_and_dates, leads_by_date
from tbkl_xl.parse import parse_notice

NOTICE = (
    "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 88/TB-UBND\nKhánh Hòa, ngày 04 tháng 3 năm 2027\n"
    "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về quản lý vùng nuôi biển\n"
    "Sau khi nghe báo cáo, Phó Chủ tịch UBND tỉnh kết luận như sau:\n")



# A numbered heading naming two bodies, without a colon, over a paragraph that opens with
# "Phối hợp với …": the heading's bodies lead it (the paragraph is no wrap of the heading).
def test_a_heading_of_two_bodies_without_colon_leads_the_paragraph_under_it():
    body = ("1. Sở Giao thông vận tải, Bộ Chỉ huy Bộ đội Biên phòng tỉnh\n"
            "Phối hợp với UBND thành phố Cam Ranh kiểm tra các phương tiện neo đậu sai quy định, "
            "xong trước ngày 15/4/2027.\n")
    assert leads_by_date(NOTICE + body)["2027-04-15"] == {"Sở Giao thông vận tải", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"}


# … but a list of bodies filling the page's line goes on on the next one.
def test_a_list_of_bodies_filling_the_line_is_no_heading():
    lines = ["Dòng văn bản trình bày đủ rộng để đo khổ giấy của trang, cho đến cuối dòng này nhé."] * 20
    body = ("\n".join(lines) + "\n"
            "2. Ban Quản lý Khu kinh tế Vân Phong và các KCN tỉnh Khánh Hòa, UBND các xã: Vạn Ninh, Tu\n"
            "Bông báo cáo tiến độ về UBND tỉnh trước ngày 20/3/2027.\n")
    assert "UBND xã Tu Bông" in leads_by_date(NOTICE + body)["2027-03-20"]


# "yêu cầu các cơ quan, đơn vị thực hiện:" over numbered items names no body: the item "Các đơn vị
# báo cáo kết quả … về Sở X …" closing them is each item's body's, not Sở X's, which receives it.
def test_a_closing_item_for_the_units_goes_to_every_body_but_the_one_receiving_it():
    body = ("Yêu cầu các cơ quan, đơn vị thực hiện:\n"
            "1. UBND thành phố Cam Ranh kiểm đếm toàn bộ lồng bè trên vịnh, hoàn thành trước ngày 31/3/2027.\n"
            "2. Sở Nông nghiệp và Môi trường thẩm định phương án sắp xếp vùng nuôi.\n"
            "3. Sở Tài chính bố trí kinh phí quan trắc môi trường nước vịnh.\n"
            "4. Các đơn vị báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 20/6/2027.\n")
    assert leads_by_date(NOTICE + body)["2027-06-20"] == {"UBND thành phố Cam Ranh", "Sở Tài chính"}


# … while a body it only goes through ("về UBND tỉnh (qua Sở Tài chính)") reports as well.
def test_the_body_a_report_goes_through_still_reports():
    body = ("1. Sở Tài chính rà soát các dự án chậm giải ngân.\n"
            "2. Sở Xây dựng đôn đốc các nhà thầu thi công.\n"
            "Yêu cầu các cơ quan, đơn vị nêu trên báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Tài chính) "
            "trước ngày 25/6/2027.\n")
    assert leads_by_date(NOTICE + body)["2027-06-25"] == {"Sở Tài chính", "Sở Xây dựng"}


# A company's name ends with the province that closes it: the verb after it is no part of it.
COMPANIES = [
    ("5. Đề nghị Công ty Điện lực Khánh Hòa đầu tư trạm biến áp 110kV Cam Ranh 2, đóng điện trước 31/12/2027.",
     "Công ty Điện lực Khánh Hòa"),
    ("5. Đề nghị Công ty Cấp thoát nước Khánh Hòa đầu tư tuyến ống cấp nước số 3 trước ngày 31/12/2027.",
     "Công ty Cấp thoát nước Khánh Hòa"),
]


@pytest.mark.parametrize("sentence, lead", COMPANIES)
def test_a_company_name_ends_at_its_province(sentence, lead):
    assert has(leads_and_dates(NOTICE + sentence + "\n"), lead, "2027-12-31")


# A frame's stray bar on a line of its own ("  |") is no text: the bullet above it is still a task.
def test_a_stray_bar_line_after_a_bullet_is_dropped():
    body = ("1. UBND các xã: Vạn Ninh, Tu Bông:\n"
            "- Rà soát quỹ đất sạch, gửi Sở Xây dựng trước ngày 10/4/2027.\n"
            "- Tăng cường quản lý đất đai, ngăn chặn xây dựng trái phép trên đất đã thu hồi.\n"
            "  |\n"
            "2. Sở Xây dựng thẩm định các dự án nhà ở xã hội trong tháng 5/2027.\n")
    n = parse_notice(NOTICE + body)
    texts = [t.text for t in n.tasks]
    assert any(x.rstrip().endswith("đất đã thu hồi.") for x in texts)
    assert not any("|" in x for x in texts)


# A period after no completion verb, followed in its sentence by a day before the period starts:
# the period is when the thing listed happens; the day is the time limit.
def test_a_period_of_the_object_is_no_time_limit_before_an_earlier_day():
    body = ("1. Các sở, ban, ngành rà soát, đăng ký danh mục dịch vụ công trực tuyến cung cấp trong năm "
            "2028, gửi Sở Khoa học và Công nghệ trước ngày 20/10/2027.\n")
    assert [d for _l, d in leads_and_dates(NOTICE + body)] == ["2027-10-20"]


# … while a completion due in that period stays its own time limit beside an earlier report.
def test_a_completion_period_stays_beside_an_earlier_report():
    body = "1. Sở Xây dựng hoàn thành dự án trong năm 2028, báo cáo tiến độ trước ngày 30/6/2027.\n"
    assert sorted(d for _l, d in leads_and_dates(NOTICE + body)) == ["2027-06-30", "2028-12-31"]


# "…, làm cơ sở nhân rộng trong năm 2028": what the result serves, no time limit.
def test_what_the_result_serves_sets_no_time_limit():
    body = ("2. Đề nghị UBND xã Vạn Ninh triển khai thí điểm mô hình tại thôn, hoàn thành trước ngày "
            "30/11/2027, làm cơ sở nhân rộng trong năm 2028.\n")
    assert [d for _l, d in leads_and_dates(NOTICE + body)] == ["2027-11-30"]


# A centrally-run city's own bodies are the city's: "Công an Hải Phòng" is "Công an thành phố".
def test_a_citys_bodies_are_named_for_the_city():
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 88/UBND-XD\nHải Phòng, ngày 04 tháng 3 năm 2027\n"
            "Kính gửi: Các sở, ngành\n"
            "1. Công an Hải Phòng bảo đảm an ninh trật tự các công trình trước ngày 30/4/2027.\n"
            "2. Văn phòng UBND thành phố tổng hợp, báo cáo trước ngày 10/5/2027.\n")
    found = leads_and_dates(text)
    assert has(found, "Công an thành phố", "2027-04-30") and has(found, "Văn phòng UBND thành phố", "2027-05-10")


# A lone bar inside a sentence that goes on in lower case ("… Hải | Phòng | tăng cường …" from
# a frame) is no cell border: the item keeps its three subjects.
def test_a_stray_bar_inside_a_sentence_is_dropped():
    body = ("7. Sở Văn hóa và Thể thao, Báo Khánh Hòa, Đài Phát thanh và Truyền hình Khánh\n"
            "Hòa | tăng cường tuyên truyền về phân loại rác tại nguồn.\n")
    leads = {x for ls, _d in leads_and_dates(NOTICE + body) for x in ls}
    assert {"Báo Khánh Hòa", "Sở Văn hóa và Thể thao"} <= leads


# "Công an thành phố sẵn sàng …": the level word closes the name.
def test_the_city_level_word_closes_a_name():
    body = "4. Bộ Chỉ huy Quân sự tỉnh, Công an thành phố Nha Trang sẵn sàng lực lượng hỗ trợ người dân di dời.\n"
    leads = {x for ls, _d in leads_and_dates(NOTICE + body) for x in ls}
    assert "Công an thành phố Nha Trang" in leads


# An item boxed in two cells with its bullets inside the box ("| 2. | UBND các quận: A, B" /
# "- Tháo dỡ …" / "- Gửi … |"): the heading's bodies lead each bullet.
def test_an_item_boxed_with_its_bullets_keeps_them():
    body = ("| 2. | UBND các xã: Vạn Ninh, Tu Bông\n"
            "- Tháo dỡ các công trình tạm lấn chiếm bãi cát, xong trước ngày 25/5/2027.\n"
            "- Gửi danh sách điểm tắm an toàn về Sở Văn hóa và Thể thao trước ngày 15/5/2027. |\n")
    found = leads_and_dates(NOTICE + body)
    assert all(has(found, f"UBND xã {x}", d) for x in ("Vạn Ninh", "Tu Bông") for d in ("2027-05-25", "2027-05-15"))


# "X được yêu cầu …": the body asked is the lead; the border guard is a body of every province.
def test_a_body_asked_in_the_passive_leads():
    body = ("Ban Quản lý cảng cá tỉnh được yêu cầu kiểm soát sản lượng thủy sản, hoàn thành trước ngày 01/6/2027.\n"
            "Bộ đội Biên phòng tỉnh tăng cường tuần tra, kiểm soát tàu cá; Công an tỉnh điều tra, báo cáo trong tháng 5/2027.\n")
    found = leads_and_dates(NOTICE + body)
    assert has(found, "Ban Quản lý cảng cá tỉnh", "2027-06-01")
    assert has(found, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", None) and has(found, "Công an tỉnh", "2027-05-31")


# A purpose after a bracket inside the clause of a completion: the period is when it is due.
def test_a_period_after_a_bracket_in_a_completion_clause_is_its_time():
    body = ("3. Ban Quản lý Khu kinh tế Vân Phong chủ trì hoàn thiện hạ tầng khu tái định cư (đường nội bộ, điện, "
            "nước) để bố trí đất ở cho các hộ trong Quý I/2028; báo cáo tiến độ trước ngày 28/12/2027.\n")
    assert sorted(d for _l, d in leads_and_dates(NOTICE + body)) == ["2027-12-28", "2028-03-31"]


# A web page names its province by its site ("Cổng thông tin điện tử tỉnh Khánh Hòa"): the notice
# is read with that province's names, not the configured province's communes.
def test_a_web_page_is_read_with_the_province_of_its_site():
    text = ("Cổng thông tin điện tử tỉnh Khánh Hòa\nTin tức - Sự kiện\n11/03/2026 08:45\n"
            "Khánh Hòa: Dứt điểm tàu cá trước ngày 31/3\n"
            "Chủ tịch UBND tỉnh giao UBND các phường: Nha Trang, Cam Ranh và UBND xã Vạn Ninh lập danh sách tàu cá "
            "nguy cơ cao trước ngày 20/3/2026.\n")
    assert has(leads_and_dates(text), "UBND xã Vạn Ninh", "2026-03-20")


# A later step cut off with its own time ("…, trình UBND tỉnh trước ngày …") keeps the task's words.
def test_a_later_step_keeps_the_tasks_words():
    body = ("2. Giao Sở Giáo dục và Đào tạo hoàn thiện dự thảo Đề án mạng lưới trường học, lấy ý kiến các sở, "
            "ngành trước ngày 25/4/2027, trình UBND tỉnh trước ngày 15/5/2027.\n")
    n = parse_notice(NOTICE + body)
    step = next(t for t in n.tasks if t.deadline and t.deadline.date.isoformat() == "2027-05-15")
    assert "dự thảo Đề án mạng lưới trường học" in step.text


# A day after the notice is planned ("dự kiến … họp … vào ngày 25/6"), never the meeting's day: a
# limit before it stays a time limit.
def test_a_planned_meeting_after_the_notice_is_not_its_meeting():
    body = ("1. Sở Y tế tổng hợp, báo cáo trước ngày 05/4/2027.\n"
            "2. Các cơ quan gửi báo cáo (dự kiến UBND tỉnh họp đánh giá vào ngày 25/6/2027).\n")
    n = parse_notice(NOTICE + body)
    assert n.meeting_date is None or n.meeting_date.isoformat() != "2027-06-25"
    assert has(leads_and_dates(NOTICE + body), "Sở Y tế", "2027-04-05")


# "1. Sở X (Cơ quan thường trực Ban Chỉ huy … tỉnh):" over lettered items: a heading (the bracket
# is no sentence), its body the lead — the bracket's role is the same body, no second lead.
def test_a_heading_with_the_bodys_role_in_brackets():
    body = ("1. Sở Nông nghiệp và Môi trường (Cơ quan thường trực Ban Chỉ huy phòng, chống thiên tai và tìm kiếm "
            "cứu nạn tỉnh):\na) Tham mưu kiện toàn Ban Chỉ huy, trình UBND tỉnh trước ngày 15/3/2027.\n")
    assert leads_and_dates(NOTICE + body) == [(["Sở Nông nghiệp và Môi trường"], "2027-03-15")]


# A department's room named by its fields, the last one capitalised after "và" ("Phòng Chính trị, tư
# tưởng và Công tác học sinh"), is one name; a head word after "và" is another body.
def test_a_rooms_fields_with_a_capital_after_va():
    body = ("1. Phòng Chính trị, tư tưởng và Công tác học sinh hướng dẫn các trường xây dựng kế hoạch trước ngày 30/9/2027.\n"
            "2. Phòng Công chức, viên chức và Sở Nội vụ rà soát biên chế trước ngày 15/10/2027.\n")
    found = leads_and_dates(NOTICE + body)
    assert has(found, "Phòng Chính trị, tư tưởng và Công tác học sinh", "2027-09-30")
    assert has(found, "Sở Nội vụ", "2027-10-15")


# Forms with one task each to find: (why, body, lead, date) — one row per form.
ONE_TASK = [
    ('"hồ sơ đề nghị công nhận các xã": the file of a request, the heading\'s body leads',
     ("2. UBND huyện Vạn Ninh\n"
      "- Hoàn thiện hồ sơ đề nghị công nhận các xã đạt chuẩn, gửi Văn phòng Điều phối trước ngày 30/10/2027.\n"),
     "UBND huyện Vạn Ninh", "2027-10-30"),
    ('a short name the notice gives a body ("… (Ban QLDA)") means that body',
     ("Tham dự có Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh (Ban QLDA).\n"
      "1. Ban QLDA:\n- Phối hợp với Sở Tài chính hoàn thiện hồ sơ cấp phép mỏ đất trước ngày 10/4/2027.\n"),
     "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "2027-04-10"),
    ('a heading\'s own action before its list ("…; tiến độ … như sau:") is its subject\'s task',
     ("1. Các chủ đầu tư tập trung thi công, nghiệm thu, thanh toán khối lượng hoàn thành; tiến độ "
      "các dự án như sau:\n- Cầu Đông Hải hoàn thành trong Quý IV/2027.\n2. Sở Tài chính thẩm định các dự án.\n"),
     "Các chủ đầu tư", None),
    ("a time cell of labelled steps, one an event without its day: the dated step",
     ("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
      "| 1 | Đầu tư xây dựng Trường THCS Cam Lâm 2 | Sở Xây dựng | - Khởi công: trước 30/6/2027<br>"
      "- Hoàn thành: trước khai giảng năm học 2028 - 2029 |\n"),
     "Sở Xây dựng", "2027-06-30"),
    ("the province's credit institutions addressed together are a body",
     "3. Đề nghị các tổ chức tín dụng trên địa bàn tỉnh ưu tiên cho vay thu mua, tạm trữ lúa gạo.\n",
     "Các tổ chức tín dụng trên địa bàn tỉnh", None),
    ('a narrowing qualifier ("ven biển") stays in the collective\'s name, its glued comma spaced',
     "4. UBND các xã,phường ven biển tổng hợp thiệt hại, báo cáo chậm nhất ngày 20/3/2027.\n",
     "UBND các xã, phường ven biển", "2027-03-20"),
    ('"Các cơ quan, đơn vị gửi báo cáo … về Sở X" after Sở X\'s own task: the units, not Sở X',
     ("Điều 3. Giao Sở Văn hóa và Thể thao làm đầu mối theo dõi, tổng hợp kết quả, báo cáo UBND tỉnh trước "
      "ngày 15/9/2027. Các cơ quan, đơn vị gửi báo cáo kết quả thực hiện về Sở Văn hóa và Thể thao trước ngày 05/9/2027.\n"),
     "Các cơ quan, đơn vị", "2027-09-05"),
    ('"thời hạn mới: 31/7/2027" after a superseded limit',
     "5. UBND xã Vạn Ninh: cập nhật hồ sơ địa chính (hạn Quý I/2027); thời hạn mới: 31/7/2027.\n",
     "UBND xã Vạn Ninh", "2027-07-31"),
    ('"Từ quý II/2027, các cơ quan, đơn vị …": the bodies after the time are the subject',
     "1. Sở Y tế tổng hợp.\n2. Từ quý II/2027, các cơ quan, đơn vị gửi báo cáo định kỳ về Sở Y tế trước ngày 15/6/2027.\n",
     "Các cơ quan, đơn vị", "2027-06-15"),
    ('"ký cam kết … trong Quý I/2028": signing is the act due then',
     "3. UBND xã Vạn Ninh tổ chức cho 100% hộ gia đình ký cam kết phòng cháy rừng trong Quý I/2028.\n",
     "UBND xã Vạn Ninh", "2028-03-31"),
]


@pytest.mark.parametrize("why, body, lead, date", ONE_TASK, ids=[c[0] for c in ONE_TASK])
def test_one_task_of_each_form(why, body, lead, date):
    assert has(leads_and_dates(NOTICE + body), lead, date)


# "Chỉ đạo Bệnh viện A, Trung tâm Y tế B chủ động …" under a department's heading: both are
# directed, the department leads; "Sở X khi cấp … hướng dẫn …, cung cấp danh sách … đăng ký mới
# trong 6 tháng đầu năm … trước ngày 15/7": Sở X leads, the half year is the list's.
def test_bodies_directed_and_a_subject_before_khi():
    body = ("1. Giao Sở Y tế:\na) Chủ trì lựa chọn nhà thầu, xong trước ngày 30/4/2027.\n"
            "b) Chỉ đạo Bệnh viện Đa khoa tỉnh, Trung tâm Y tế các huyện chủ động mua sắm thuốc.\n"
            "2. Sở Tài chính khi cấp mã số hướng dẫn doanh nghiệp đăng ký; cung cấp danh sách doanh nghiệp đăng ký "
            "mới trong 6 tháng đầu năm 2027 cho Bảo hiểm xã hội tỉnh trước ngày 15/7/2027.\n")
    found = leads_and_dates(NOTICE + body)
    assert has(found, "Sở Y tế", None) and not any("Trung tâm Y tế các huyện" in ls for ls, _d in found)
    assert has(found, "Sở Tài chính", "2027-07-15") and not has(found, "Sở Tài chính", "2027-06-30")


# A letter's closing "Các đơn vị báo cáo … trước ngày …" before its bare closing formula, after
# an item headed by one body: every "Kính gửi" body, not that item's.
def test_a_closing_before_the_formula_reaches_the_letters_addressees():
    text = ("UBND TỈNH THANH HÓA\nVĂN PHÒNG\nSố: 915/VP-TH    Thanh Hóa, ngày 14 tháng 10 năm 2027\n"
            "V/v đôn đốc nhiệm vụ chậm tiến độ\nKính gửi:\n- Sở Tài chính;\n- UBND huyện Tĩnh Gia.\n\n"
            "Văn phòng UBND tỉnh đề nghị các đơn vị khẩn trương thực hiện các nội dung sau:\n"
            "1. Sở Tài chính thẩm định phương án giá đất, hoàn thành chậm nhất ngày 31/10/2027.\n"
            "2. UBND huyện Tĩnh Gia:\n- Hoàn thành bàn giao mặt bằng trước ngày 30/10/2027.\n"
            "Các đơn vị báo cáo kết quả thực hiện về UBND tỉnh (qua Văn phòng UBND tỉnh) trước ngày 05/11/2027.\n"
            "Văn phòng UBND tỉnh thông báo để các đơn vị biết, thực hiện./.\n")
    found = leads_and_dates(text)
    assert has(found, "Sở Tài chính", "2027-11-05") and has(found, "UBND huyện Tĩnh Gia", "2027-11-05")


# Forms with two tasks to find: (why, body, [(lead, date), …]) — one row per form.
TWO_TASKS = [
    ('A reminder\'s table whose new-limit column is headed "Đề nghị hoàn thành".',
     ("| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn theo văn bản giao | Đề nghị hoàn thành |\n"
      "| 1 | Hoàn thiện hồ sơ đề xuất dự án đường ven biển | Sở Xây dựng | 31/7/2026 | Trước ngày 25/4/2027 |\n"
      "| 2 | Thẩm tra quyết toán các dự án hoàn thành | Sở Tài chính | 30/9/2026 | 05/5/2027 |\n"),
     [("Sở Xây dựng", "2027-04-25"), ("Sở Tài chính", "2027-05-05")]),
    ('Items boxed as two-cell rows ("| 3. | Sở X chủ trì … |") after a table of four columns are the notice\'s next items, not rows of that table.',
     ("Kính gửi: Các sở, ngành\nUBND tỉnh yêu cầu:\n"
      "| 1. | Các chủ đầu tư tập trung thi công các dự án trọng điểm theo tiến độ như sau: |\n"
      "| STT | Dự án | Chủ đầu tư | Thời hạn hoàn thành |\n|---|---|---|---|\n"
      "| a | Cầu Đông Hải | Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh | 30/11/2027 |\n"
      "| 2. | Sở Tài chính chủ trì, phối hợp với Kho bạc Nhà nước rà soát, đề xuất điều chuyển vốn trước ngày 05/10/2027. |\n"
      "| 3. | Sở Xây dựng rút ngắn thời gian thẩm định thiết kế, dự toán; kịp thời hướng dẫn chủ đầu tư. |\n"),
     [("Sở Tài chính", "2027-10-05"), ("Sở Xây dựng", None)]),
    ('a time cell wrapped over two rows keeps both steps',
     ("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n"
      "| 1 | Đầu tư xây dựng kè chống sạt lở bờ sông Cái đoạn qua xã Diên Lạc, | Sở Nông nghiệp và | - Lập hồ sơ: tháng 6/2027 |\n"
      "| | huyện Diên Khánh (dài 1,8 km) | Môi trường | - Khởi công: Quý I/2028 |\n"),
     [("Sở Nông nghiệp và Môi trường", "2027-06-30"), ("Sở Nông nghiệp và Môi trường", "2028-03-31")]),
    ('"Riêng UBND các xã: A, B …" after a sentence of "UBND các xã, phường": another subject, the list\'s.',
     ("5. UBND các xã, phường tập trung giải phóng mặt bằng các dự án trọng điểm. Riêng UBND các xã: "
      "Vạn Ninh, Tu Bông bàn giao mặt bằng sạch trước ngày 30/8/2027.\n"),
     [("UBND xã Vạn Ninh", "2027-08-30"), ("UBND các xã, phường", None)]),
    ('"UBND các phường" right after "UBND các phường: A, B, C" in one paragraph is that list.',
     ("4. Sở Xây dựng hướng dẫn UBND các phường: Nha Trang, Cam Ranh rà soát quy hoạch; UBND các phường "
      "hoàn thành rà soát, báo cáo kết quả trước ngày 30/4/2027.\n"),
     [("UBND phường Nha Trang", "2027-04-30"), ("UBND phường Cam Ranh", "2027-04-30"), ("Sở Xây dựng", None)]),
    ('A reminder\'s table of bodies whose task column opens with "Nội dung" ("Nội dung chưa thực hiện") is a task table; "các cơ quan, đơn vị nêu trên" right after it are the table\'s bodies.',
     ("| STT | Cơ quan, đơn vị | Nội dung chưa thực hiện | Ghi chú |\n"
      "| 1 | Sở Nội vụ | Báo cáo kết quả số hóa hồ sơ | Chưa gửi |\n"
      "| 2 | Sở Y tế | Báo cáo triển khai bệnh án điện tử | Gửi chậm |\n"
      "Văn phòng UBND tỉnh đề nghị các cơ quan, đơn vị nêu trên khẩn trương hoàn thành, gửi báo cáo về Sở Tài "
      "chính trước 17 giờ ngày 29/3/2027.\n"),
     [("Sở Nội vụ", "2027-03-29"), ("Sở Y tế", "2027-03-29")]),
]


@pytest.mark.parametrize("why, body, wanted", TWO_TASKS, ids=[c[0][:60] for c in TWO_TASKS])
def test_two_tasks_of_each_form(why, body, wanted):
    found = leads_and_dates(NOTICE + body)
    assert all(has(found, lead, date) for lead, date in wanted)


# "Điều chỉnh thời hạn báo cáo … sang ngày …. Giao UBND các huyện: A, B thực hiện, …": the order
# without a subject is the task of the bodies the next sentence gives it to, with its time.
def test_an_order_then_the_bodies_that_carry_it_out():
    body = ("4. Điều chỉnh thời hạn báo cáo kết quả rà soát các hộ dân vùng sạt lở từ ngày 15/3/2027 sang ngày "
            "10/4/2027. Giao UBND các xã: Vạn Ninh, Tu Bông thực hiện, gửi báo cáo về Sở Nông nghiệp và Môi trường.\n")
    found = leads_and_dates(NOTICE + body)
    assert has(found, "UBND xã Vạn Ninh", "2027-04-10") and has(found, "UBND xã Tu Bông", "2027-04-10")
    assert not any(d is None and "UBND xã Vạn Ninh" in ls for ls, d in found)
