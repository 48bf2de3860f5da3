"""Issue 11's thirteenth round: forms found by writing plans and letters of other provinces and by
R15's glued decision; one table-driven test each, on text written for these tests."""
from __future__ import annotations

import pytest

from parse_helpers import leads_and_dates
from tbkl_xl.errors import DataFileError
from tbkl_xl.parse import parse_notice
from tbkl_xl.parse.syllables import is_syllable, load_syllables, split_glued, split_glued_words

PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 55/KH-UBND\nBình Định, ngày 10 tháng 3 năm 2026\n"
        "KẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\nII. NHIỆM VỤ\n")


def _leads_support(text: str) -> list:
    return [([a.name for a in t.lead], [a.name for a in t.support],
             t.deadline.date.isoformat() if t.deadline and t.deadline.date else None)
            for t in parse_notice(text).tasks]


# A lead field line that names both roles ("Cơ quan thực hiện: Sở A chủ trì; Sở B, UBND các xã
# phối hợp.") gives the task to the body before "chủ trì"; those after it co-operate.
FIELD_LINE_ROLES = [
    ("Cơ quan thực hiện: Sở Nông nghiệp và Môi trường chủ trì; Sở Tài chính, UBND các xã phối hợp.",
     [(["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính", "UBND các xã"], "2026-09-30")]),
    ("Đơn vị thực hiện: Công an tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ.",
     [(["Công an tỉnh"], ["Sở Khoa học và Công nghệ"], "2026-09-30")]),
    ("Chủ trì thực hiện: Sở Y tế; phối hợp: Sở Nội vụ.",
     [(["Sở Y tế"], ["Sở Nội vụ"], "2026-09-30")]),
    ("Cơ quan thực hiện: Sở Y tế, Sở Nội vụ.",
     [(["Sở Y tế"], [], "2026-09-30"), (["Sở Nội vụ"], [], "2026-09-30")]),
]


@pytest.mark.parametrize("line, expected", FIELD_LINE_ROLES)
def test_a_lead_field_line_naming_co_operators(line, expected):
    text = PLAN + ("1. Xây dựng cơ sở dữ liệu đất đai\n" + line
                   + "\nThời gian thực hiện: Hoàn thành trong tháng 9/2026.\n")
    assert _leads_support(text) == expected


# Words a converter glued ("cơquan", "cácsở", "Kếhoạch", "BANHÀNH") are split into their
# syllables, so the bodies and cues in them are read; abbreviations, foreign words and words
# written solid on purpose are kept.
GLUED = [
    ("cơquan", "cơ quan"), ("cácsở", "các sở"), ("Kếhoạch", "Kế hoạch"), ("BANHÀNH", "BAN HÀNH"),
    ("Hànộimới", "Hà nội mới"), ("sựtiến", "sự tiến"), ("tổchức", "tổ chức"), ("chủtrì", "chủ trì"),
    ("vàMôi", "và Môi"), ("BANNHÂNDÂNTỈNH", "BAN NHÂN DÂN TỈNH"), ("giaiđoạn", "giai đoạn"),
    ("UBND", "UBND"), ("HĐND", "HĐND"), ("video", "video"), ("GitHub", "GitHub"), ("Krông", "Krông"),
    ("cácbon", "cácbon"), ("nghiêng", "nghiêng"), ("khuỷu", "khuỷu"), ("quyết", "quyết"),
    ("tếtrước", "tế trước"), ("cáchộ", "các hộ"), ("Hộchiếu", "Hộ chiếu"),   # common syllables decide
]


@pytest.mark.parametrize("word, expected", GLUED)
def test_glued_words_are_split_into_syllables(word, expected):
    assert split_glued(word) == expected


def test_a_syllable_ending_in_a_stop_takes_only_two_tones():
    assert is_syllable("tốc") and is_syllable("tộc") and not is_syllable("tổc") and not is_syllable("toc")


def test_glued_words_in_a_text_and_the_rest_untouched():
    text = "Ban vì sự tiến bộ phụ nữ cácsở, ban, ngành; Sở Kế hoạchvà Đầu tư (Sở KH&ĐT), ngày 10/3/2026."
    assert split_glued_words(text) == ("Ban vì sự tiến bộ phụ nữ các sở, ban, ngành; Sở Kế hoạch và Đầu tư "
                                       "(Sở KH&ĐT), ngày 10/3/2026.")
    plain = "Sở Tài chính chủ trì, phối hợp với UBND các xã hoàn thành trước ngày 30/6/2026."
    assert split_glued_words(plain) is plain


def test_a_glued_lead_and_cue_are_read():
    text = (PLAN + "1. Sở Tàichính chủtrì, phối hợp với các cơquan liên quan rà soát hồ sơ, "
            "hoàn thành trước ngày 30/6/2026.\n")
    assert leads_and_dates(text) == [(["Sở Tài chính"], "2026-06-30")]


def test_the_syllable_file_is_valid(tmp_path):
    shape = load_syllables()
    assert "ngh" in shape["initials"] and "uyên" in shape["rhymes"] and "y" in shape["rhymes"]
    bad = tmp_path / "syllables.yaml"
    bad.write_text("version: 1\ninitials: [ng]\nrhymes: [a, 'b(']\nstop_finals: [p]\nsolid_words: [x]\n",
                   encoding="utf-8")
    with pytest.raises(DataFileError) as ei:
        load_syllables(bad)
    assert "key 'rhymes'" in str(ei.value) and "'b('" in str(ei.value)


# A body whose role follows its name between dashes and whose verb is "giúp" is the subject
# ("Sở X - cơ quan thường trực Ban Y giúp Ban Y tham mưu …").
HELPS = [
    "1. Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban vì sự tiến bộ phụ nữ tỉnh giúp Ban vì sự tiến bộ "
    "phụ nữ tham mưu Ủy ban nhân dân tỉnh chỉ đạo triển khai Kế hoạch hành động.",
    "1. Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban Chỉ đạo giúp Ban Chỉ đạo tỉnh theo dõi, đôn đốc "
    "việc thực hiện Kế hoạch hành động.",
]


@pytest.mark.parametrize("item", HELPS)
def test_a_body_in_its_role_helping_another(item):
    text = (PLAN.replace("II. NHIỆM VỤ", "IV. TỔ CHỨC THỰC HIỆN") + item + "\n2. Sở Tài chính bố trí kinh phí.\n")
    assert leads_and_dates(text) == [(["Sở Kế hoạch và Đầu tư"], None), (["Sở Tài chính"], None)]


LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 31/UBND-KTN\nV/v bảo đảm an toàn hồ đập\n"
          "Quảng Ngãi, ngày 05 tháng 8 năm 2026\nKính gửi:\n- Sở Công Thương;\n"
          "- Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi;\n- UBND xã Sơn Hà.\n\n"
          "Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị nêu trên thực hiện các nội dung sau:\n\n"
          "1. Kiểm tra hiện trạng các hồ chứa.\n\n"
          "2. Đối với các hồ đang sửa chữa: yêu cầu chủ đầu tư, nhà thầu có phương án thi công phù hợp.\n\n"
          "3. Sở Công Thương kiểm tra các đập thủy điện.\n\n")


# "Các cơ quan, đơn vị nêu trên" closing a letter means its "Kính gửi" bodies, not the bodies a
# paragraph further up named that the letter is not addressed to ("chủ đầu tư, nhà thầu"); the
# addressee the grammar would cut at a word ("… Khai thác công| trình …") keeps its whole name.
def test_the_closing_of_a_letter_reaches_its_addressees():
    text = LETTER + "Các cơ quan, đơn vị nêu trên báo cáo kết quả về UBND tỉnh trước ngày 25/8/2026./.\n"
    found = leads_and_dates(text)
    assert [f for f in found if f[1] == "2026-08-25"] == [
        (["Sở Công Thương"], "2026-08-25"),
        (["Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Ngãi"], "2026-08-25"),
        (["UBND xã Sơn Hà"], "2026-08-25")]
    assert (["Chủ đầu tư", "Nhà thầu"], None) in found


def test_bodies_named_just_before_are_still_those_meant():
    text = LETTER + ("4. Yêu cầu chủ đầu tư, nhà thầu rà soát hồ sơ.\n\nCác đơn vị nêu trên báo cáo trước "
                     "ngày 20/8/2026.\n")
    assert [f for f in leads_and_dates(text) if f[1] == "2026-08-20"] == [
        (["Chủ đầu tư"], "2026-08-20"), (["Nhà thầu"], "2026-08-20")]


# A field line that names the lead, the co-operating bodies and the time limit at once ("Đơn vị
# chủ trì: Sở X; Đơn vị phối hợp: Y; Thời hạn: chậm nhất ngày …") gives the task all three; a
# project board's long name holding a verb that is also a noun of names ("xây dựng| các công
# trình dân dụng và công nghiệp tỉnh") is one name.
ONE_LINE_FIELDS = [
    ("Đơn vị chủ trì: Sở Nông nghiệp và Môi trường; Đơn vị phối hợp: Sở Tài chính; "
     "Thời hạn: chậm nhất ngày 20 tháng 9 năm 2026.",
     [(["Sở Nông nghiệp và Môi trường"], ["Sở Tài chính"], "2026-09-20")]),
    ("Cơ quan thực hiện: Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh "
     "chủ trì; Sở Xây dựng phối hợp. Thời gian hoàn thành: quý IV/2026.",
     [(["Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh"], ["Sở Xây dựng"],
       "2026-12-31")]),
]


@pytest.mark.parametrize("line, expected", ONE_LINE_FIELDS)
def test_one_field_line_with_lead_co_operators_and_time(line, expected):
    text = PLAN + "1. Hoàn thành thủ tục chuyển mục đích sử dụng rừng\n\n" + line + "\n"
    assert _leads_support(text) == expected


# A body inside a body's name ("Thanh tra Sở Xây dựng") ends before the verbs no name holds.
@pytest.mark.parametrize("verb", ["tiến hành kiểm tra", "phúc tra", "làm việc với", "đình chỉ thi công",
                                  "niêm phong"])
def test_an_inspectorate_of_a_department_ends_before_its_verb(verb):
    text = PLAN + f"1. Thanh tra Sở Xây dựng {verb} công trình, hoàn thành trước ngày 30/6/2026.\n"
    assert leads_and_dates(text) == [(["Thanh tra Sở Xây dựng"], "2026-06-30")]


PAGE = ("Trang chủ > Tin tức\n\nChủ tịch UBND tỉnh chỉ đạo phòng, chống dịch\n\n"
        "Cập nhật lúc 16:45, Thứ Ba, 28/07/2026 (GMT+7)\n\n"
        "Chiều 27/7, Chủ tịch UBND tỉnh chủ trì cuộc họp về phòng, chống dịch.\n\n"
        "Về vệ sinh môi trường, Sở Xây dựng được giao hướng dẫn các xã xử lý rác thải, xong trước ngày "
        "30/9/2026.\n\nSở Tài chính có trách nhiệm cân đối kinh phí mua hóa chất.\n\nMinh Châu\n\n")


# A web page's article ends at "Tin liên quan:" (and the like): the dated headlines listed after it
# are no items, and do not turn the article above into their introduction; its stamp line
# ("Cập nhật lúc …") is no order.
@pytest.mark.parametrize("end", ["Tin liên quan:", "Có thể bạn quan tâm", "Các tin đã đưa ngày:"])
def test_a_page_ends_before_its_related_headlines(end):
    text = PAGE + end + "\n- Ra quân chiến dịch vệ sinh môi trường (20/7/2026)\n- Ghi nhận ca bệnh thứ hai (15/7/2026)\n"
    n = parse_notice(text)
    assert [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline else None) for t in n.tasks] == [
        (["Sở Xây dựng"], "2026-09-30"), (["Sở Tài chính"], None)]
    assert n.recipients == []


# A one-column box a converter drew with bars ("| 1. Sở Tài chính |", "| - Chủ trì … sự" /
# "nghiệp … 30/6/2026. |") is read as the paragraphs it frames; a real table's rows keep theirs.
def test_a_one_column_box_is_read_as_paragraphs():
    text = PLAN + ("| 1. Sở Tài chính |\n| - Chủ trì hướng dẫn các đơn vị sự\nnghiệp mở tài khoản chuyên thu, "
                   "xong trước 30/6/2026. |\n| 2. Sở Khoa học và Công nghệ |\n| - Khắc phục lỗi đồng bộ "
                   "trước ngày 15/7/2026. |\n")
    assert leads_and_dates(text) == [(["Sở Tài chính"], "2026-06-30"), (["Sở Khoa học và Công nghệ"], "2026-07-15")]


def test_unboxing_leaves_real_tables_and_single_bars():
    from tbkl_xl.parse.tables import unbox_one_cell_lines
    rows = ["| STT | Nội dung | Cơ quan chủ trì |", "| --- | --- | --- |", "| 1 | Rà soát | Sở Y tế |"]
    assert unbox_one_cell_lines(rows) == rows
    assert unbox_one_cell_lines(["| một dòng |", "văn bản"]) == ["| một dòng |", "văn bản"]
    assert unbox_one_cell_lines(["| 1. Sở Y tế |", "| - Rà soát", "hồ sơ. |"]) == ["1. Sở Y tế", "- Rà soát", "hồ sơ."]


# A body told what not to do and, in the same clause, what it must do ("… không ký mới hợp đồng
# và có trách nhiệm cung cấp …") is the subject, after an opening clause too.
@pytest.mark.parametrize("opening", ["", "Trong thời gian chờ phương án được phê duyệt, "])
def test_a_prohibition_then_a_duty(opening):
    text = HEAD_LETTER + ("Giao Sở Tài chính rà soát phương án, báo cáo chậm nhất ngày 10/7/2026. " + opening
                          + "Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng không ký mới hợp đồng đại lý và có trách "
                          "nhiệm cung cấp đầy đủ hồ sơ.\n")
    assert leads_and_dates(text) == [(["Sở Tài chính"], "2026-07-10"),
                                     (["Công ty TNHH MTV Xổ số kiến thiết Lâm Đồng"], None)]


HEAD_LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 41/UBND-KT\nLâm Đồng, ngày 18 tháng 3 năm 2026\n"
               "V/v đại lý xổ số\n\nKính gửi: Các sở, ngành.\n\n")


# A quotation's ellipsis that elides up to the next order ("… gói thầu số 7… giao cho Sở X …")
# ends the clause before it, inside a quotation the text never closes too.
@pytest.mark.parametrize("quote", ["", "“", "“{}”"])
def test_orders_after_an_ellipsis_are_tasks_of_their_own(quote):
    body = ("Giao cho Sở Kế hoạch và Đầu tư cung cấp thông tin… gói thầu số 7… giao cho Sở Tài chính chủ trì, "
            "phối hợp với Sở Xây dựng… làm rõ các nội dung… báo cáo UBND tỉnh trước ngày 30-8-2026; giao cho "
            "UBND thành phố Thái Nguyên làm rõ việc ở HTX… báo cáo UBND tỉnh trước ngày 15-9-2026…")
    body = quote.format(body) if "{}" in quote else quote + body
    assert leads_and_dates(HEAD_LETTER + "Chủ tịch UBND tỉnh chỉ đạo: " + body + "\n") == [
        (["Sở Kế hoạch và Đầu tư"], None), (["Sở Tài chính"], "2026-08-30"),
        (["UBND thành phố Thái Nguyên"], "2026-09-15")]


# A petition forwarded to a body's head ("chuyển đơn đến Chủ tịch UBND TP X chỉ đạo …") gives the
# task to that body, as one forwarded to the body does.
@pytest.mark.parametrize("to", ["UBND thành phố Thanh Hóa", "Chủ tịch UBND thành phố Thanh Hóa"])
def test_a_petition_forwarded_to_a_head(to):
    text = HEAD_LETTER + (f"UBND tỉnh đã chuyển đơn đến {to} chỉ đạo kiểm tra, giải quyết theo quy định, "
                          "báo cáo Chủ tịch UBND tỉnh trước ngày 15/11/2026.\n")
    assert leads_and_dates(text) == [(["UBND thành phố Thanh Hóa"], "2026-11-15")]


# What a body sends, owned by it ("Ý kiến góp ý của các cơ quan, địa phương gửi về Văn phòng …
# trước ngày …", "Báo cáo của Sở Y tế gửi về …"): that body sends it by the date.
@pytest.mark.parametrize("sentence, lead", [
    ("Ý kiến tham gia, góp ý báo cáo của các cơ quan, địa phương gửi về Văn phòng UBND tỉnh trước ngày "
     "30/7/2026 để tổng hợp.", "Các cơ quan, địa phương"),
    ("Báo cáo của Sở Y tế gửi về Sở Tài chính trước ngày 30/7/2026.", "Sở Y tế"),
])
def test_what_a_body_sends_by_a_date(sentence, lead):
    text = "Tin hoạt động\n\nTài liệu phiên họp đã được gửi đến các cơ quan. " + sentence + "\n"
    assert leads_and_dates(text) == [([lead], "2026-07-30")]


SON_LA = ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 12/KH-UBND\nSơn La, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
          "Phát triển du lịch\n\nIV. TỔ CHỨC THỰC HIỆN\n\n")


# Dated instances named before the task's verb ("Định kỳ 6 tháng (trước ngày 15/6/2026) và năm
# (trước ngày 15/11/2026) báo cáo kết quả …"): each instance keeps the task's words; and a
# capitalised word opening a sentence after "UBND các xã, phường:" ("Định kỳ") is no commune.
def test_instances_before_the_verb_keep_the_task_words():
    n = parse_notice(SON_LA + "3. UBND các xã, phường: Định kỳ 6 tháng (trước ngày 15/6/2026) và năm (trước ngày "
                     "15/11/2026) báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch.\n")
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in n.tasks] == [
        (["UBND các xã, phường"], "2026-06-15"), (["UBND các xã, phường"], "2026-11-15")]
    assert all("báo cáo kết quả thực hiện" in t.text for t in n.tasks)


def test_communes_listed_after_a_colon_are_still_members():
    assert leads_and_dates(SON_LA + "3. Giao UBND các xã: Yên Sơn, Kim Phú rà soát, báo cáo trước ngày 10/4/2026.\n") == [
        (["UBND xã Yên Sơn"], "2026-04-10"), (["UBND xã Kim Phú"], "2026-04-10")]


# "các cơ quan được phân công" is a collective that acts ("… gửi dự thảo … trước ngày …"), in the
# clause after another body's task too.
def test_the_bodies_given_the_items_as_a_subject():
    text = HEAD_LETTER + ("Giao Văn phòng UBND tỉnh chuẩn bị nội dung phiên họp, dự kiến tổ chức vào ngày "
                          "20/8/2026; các cơ quan được phân công gửi dự thảo tờ trình về Văn phòng UBND tỉnh "
                          "trước ngày 12/8/2026.\n")
    assert leads_and_dates(text) == [(["Văn phòng UBND tỉnh"], None), (["Các cơ quan được phân công"], "2026-08-12")]


# A regional office named after a known body ("Ngân hàng Nhà nước Chi nhánh Khu vực 4",
# "Bảo hiểm xã hội khu vực XII") is one body of its own.
@pytest.mark.parametrize("body", ["Ngân hàng Nhà nước Chi nhánh Khu vực 4", "Bảo hiểm xã hội khu vực XII",
                                  "Kho bạc Nhà nước khu vực VIII"])
def test_a_regional_office_is_one_body(body):
    text = PLAN + f"1. {body} chỉ đạo các đơn vị trên địa bàn miễn, giảm phí giao dịch.\n"
    assert leads_and_dates(text) == [([body], None)]


# A document's number wrapped onto the next line ("… theo Nghị định số" / "116/2025/NĐ-CP.") is no
# heading in capitals: the item goes on, and stays a task.
def test_a_document_number_wrapped_onto_its_own_line():
    text = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 5216/BNNMT-CNTY\nHà Nội, ngày 06 tháng 7 năm 2026\n"
            "V/v phòng, chống dịch\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n"
            "Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\n"
            "1. Chỉ đạo thống kê toàn bộ ổ dịch, báo cáo về Bộ trước ngày 12/7/2026.\n"
            "2. Bố trí kinh phí dự phòng của địa phương để mua hóa chất theo quy định tại Nghị định số\n"
            "116/2025/NĐ-CP.\n")
    n = parse_notice(text)
    assert [t.text for t in n.tasks][-1].endswith("Nghị định số 116/2025/NĐ-CP.")
    assert len(n.tasks) == 2 and all(t.lead for t in n.tasks)


PROGRAMME = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 58/QĐ-UBND\nLào Cai, ngày 08 tháng 01 năm 2026\n"
             "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2026\n\nII. CÁC ĐỀ ÁN TRÌNH UBND TỈNH THEO THÁNG\n")


# The lead named in a bracket after the task ("… (Sở Nội vụ chủ trì)", "(Sở A chủ trì, Sở B phối
# hợp)", "(Sở A, Sở B đồng chủ trì)"), a noun phrase with no verb included.
BRACKETS = [
    ("1. Xây dựng Kế hoạch tổ chức mừng Xuân (Sở Văn hóa, Thể thao và Du lịch chủ trì), hoàn thành trước ngày "
     "20/01/2026.", [(["Sở Văn hóa, Thể thao và Du lịch"], [], "2026-01-20")]),
    ("1. Rà soát các cơ sở giáo dục nghề nghiệp, hoàn thành trong quý III/2026 (Sở Giáo dục và Đào tạo chủ trì, "
     "Sở Nội vụ phối hợp).", [(["Sở Giáo dục và Đào tạo"], ["Sở Nội vụ"], "2026-09-30")]),
    ("1. Đề án vị trí việc làm trong các cơ quan hành chính cấp xã (Sở Nội vụ chủ trì).",
     [(["Sở Nội vụ"], [], None)]),
    ("1. Kế hoạch phát triển nguồn nhân lực du lịch (Sở Văn hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo "
     "đồng chủ trì).", [(["Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo"], [], None)]),   # co-leads
]


@pytest.mark.parametrize("item, expected", BRACKETS)
def test_the_lead_in_a_bracket_after_the_task(item, expected):
    assert _leads_support(PROGRAMME + item + "\n") == expected


# A work programme's time heading ("Tháng 3:", "Quý III:", "Tháng 2: Quyết định …") is the time
# limit of the items under it, until the next one or the next heading.
def test_a_month_heading_times_the_items_under_it():
    text = PROGRAMME + ("Tháng 1:\n- Kế hoạch tổ chức mừng Xuân (Sở Văn hóa, Thể thao và Du lịch chủ trì).\n"
                        "- Kế hoạch thực hiện Nghị quyết (Sở Tài chính chủ trì).\n"
                        "Tháng 2: Quyết định phân bổ vốn sự nghiệp (Sở Dân tộc và Tôn giáo chủ trì).\n"
                        "Quý III:\n- Đề án phát triển vùng chè (Sở Nông nghiệp và Môi trường chủ trì).\n"
                        "III. CÁC NỘI DUNG THƯỜNG XUYÊN\n- Báo cáo công tác cải cách hành chính (Sở Nội vụ chủ trì).\n")
    assert leads_and_dates(text) == [
        (["Sở Văn hóa, Thể thao và Du lịch"], "2026-01-31"), (["Sở Tài chính"], "2026-01-31"),
        (["Sở Dân tộc và Tôn giáo"], "2026-02-28"), (["Sở Nông nghiệp và Môi trường"], "2026-09-30"),
        (["Sở Nội vụ"], None)]


# "UBND các phường: A, B, C" of a province whose wards the data does not list names wards, not
# communes.
@pytest.mark.parametrize("types, unit", [("phường", "phường"), ("xã", "xã"), ("phường, xã", "phường")])
def test_listed_units_keep_their_type(types, unit):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: 12/UBND-KT\nĐồng Nai, ngày 10 tháng 3 năm 2026\nV/v rà soát\n\n"
            "Kính gửi: Các sở, ngành.\n\n"
            f"UBND các {types}: Trấn Biên, Long Bình chỉ đạo rà soát các cơ sở chế biến gỗ, báo cáo trước ngày "
            "30/9/2026.\n")
    assert leads_and_dates(text) == [([f"UBND {unit} Trấn Biên"], "2026-09-30"), ([f"UBND {unit} Long Bình"], "2026-09-30")]


# Two rounds of one task ("đợt 1 trước ngày …, đợt 2 trước ngày …"): each round keeps the task's words.
def test_rounds_of_a_task_keep_its_words():
    n = parse_notice(HEAD_LETTER + "Sở Giáo dục và Đào tạo tổ chức tập huấn kỹ năng dạy bơi cho giáo viên đợt 1 "
                     "trước ngày 20/5/2026 và đợt 2 trước ngày 15/9/2026.\n")
    assert [(t.deadline.date.isoformat(), "tập huấn kỹ năng dạy bơi" in t.text) for t in n.tasks] == [
        ("2026-05-20", True), ("2026-09-15", True)]


# A plural head and its named units ("Các Trung tâm Y tế khu vực: Thủ Đức, Củ Chi, Cần Giờ"): one
# body per name.
def test_a_plural_head_and_its_named_units():
    text = HEAD_LETTER + ("Các Trung tâm Y tế khu vực: Thủ Đức, Củ Chi, Cần Giờ tổ chức tiêm bù, tiêm vét cho "
                          "trẻ, hoàn thành chậm nhất ngày 31/10/2026.\n")
    assert leads_and_dates(text) == [([f"Trung tâm Y tế khu vực {x}"], "2026-10-31")
                                     for x in ("Thủ Đức", "Củ Chi", "Cần Giờ")]


# A department's name, then others under the same head left out ("Sở Tài chính, Xây dựng phối
# hợp …"): one department each, when the directory knows it; other bodies stay themselves.
@pytest.mark.parametrize("subject, leads", [
    ("Sở Tài chính, Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
    ("Sở Y tế, Giáo dục và Đào tạo, Nội vụ", ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nội vụ"]),
    ("Sở Tài chính, Văn phòng UBND tỉnh", ["Sở Tài chính", "Văn phòng UBND tỉnh"]),
])
def test_a_head_left_out_after_a_full_name(subject, leads):
    found = leads_and_dates(HEAD_LETTER + f"{subject} phối hợp theo dõi giá vật liệu, báo cáo UBND tỉnh trước ngày "
                            "15/10/2026.\n")
    assert found == [([x], "2026-10-15") for x in leads]


QUANG_NINH = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 412/TB-UBND\nQuảng Ninh, ngày 25 tháng 8 năm 2026\n"
              "THÔNG BÁO\nKết luận kiểm tra cửa khẩu\n\nPhó Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị thực "
              "hiện các nội dung sau:\n\n")


# A bracket closing an item that names only its bodies ("… (Sở Công Thương).", "(UBND phường Móng
# Cái 1)"), or whose first body then acts ("(Tổng công ty X chỉ đạo Công ty Y thực hiện)"), gives
# the item its lead; a ward's number is part of its name.
CLOSING_BRACKETS = [
    ("1. Tổng hợp các kiến nghị, báo cáo Bộ Công Thương trong tháng 9/2026 (Sở Công Thương).",
     [(["Sở Công Thương"], "2026-09-30")]),
    ("1. Bố trí quỹ đất tái định cư, hoàn thành trước ngày 15/10/2026 (UBND phường Móng Cái 1).",
     [(["UBND phường Móng Cái 1"], "2026-10-15")]),
    ("1. Di dời đường dây 35 kV, hoàn thành trước ngày 31/10/2026 (Tổng công ty Điện lực miền Bắc chỉ đạo "
     "Công ty Điện lực Quảng Ninh thực hiện).", [(["Tổng công ty Điện lực miền Bắc"], "2026-10-31")]),
    ("1. Báo cáo UBND tỉnh trước ngày 15/10/2026 (qua Sở Công Thương).", [(["Các cơ quan, đơn vị"], "2026-10-15")]),
]


@pytest.mark.parametrize("item, expected", CLOSING_BRACKETS)
def test_bodies_in_the_bracket_closing_an_item(item, expected):
    assert leads_and_dates(QUANG_NINH + item + "\n") == expected


# Items lettered "a.", "b." on lines of their own, with no blank line between, are items of their
# own (not wrapped into the heading or the bullet before them).
def test_items_lettered_with_a_period_start_their_own_lines():
    text = (PLAN + "1) Về cơ sở vật chất trường, lớp học\na. Rà soát, sửa chữa các phòng học, hoàn thành trước "
            "25/8/2026 (UBND các xã, phường chủ trì).\nb. Bổ sung thiết bị dạy học:\n+ Tổng hợp nhu cầu của các "
            "trường, hoàn thành trước ngày 15/8/2026 (Sở Giáo dục và Đào tạo chủ trì);\n+ Tham mưu bổ sung dự "
            "toán kinh phí, chậm nhất ngày 30 tháng 8 năm 2026 (Sở Tài chính chủ trì).\nc. Hoàn thiện hồ sơ "
            "chuẩn bị đầu tư, trong quý IV/2026 (Sở Xây dựng chủ trì).\n")
    assert leads_and_dates(text) == [(["UBND các xã, phường"], "2026-08-25"), (["Sở Giáo dục và Đào tạo"], "2026-08-15"),
                                     (["Sở Tài chính"], "2026-08-30"), (["Sở Xây dựng"], "2026-12-31")]


# A city's project board ("… các công trình giao thông thành phố") ends its name at "thành phố",
# as a province's does at "tỉnh".
@pytest.mark.parametrize("after", [": đẩy nhanh tiến độ thi công, hoàn thành trước ngày 30/9/2026.",
                                   " khẩn trương thi công, hoàn thành trước ngày 30/9/2026."])
def test_a_city_project_board_ends_at_thanh_pho(after):
    text = HEAD_LETTER + "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông thành phố" + after + "\n"
    assert leads_and_dates(text) == [(["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông thành phố"],
                                      "2026-09-30")]


# A district's or a city's Party committee ("Huyện ủy Quế Phong", "Thành ủy Vinh") is a body; a
# name ending in "Tỉnh ủy" ends there ("Ủy ban Kiểm tra Tỉnh ủy| đưa …").
@pytest.mark.parametrize("subject, leads", [
    ("Huyện ủy Quế Phong, Huyện ủy Kỳ Sơn chỉ đạo", ["Huyện ủy Quế Phong", "Huyện ủy Kỳ Sơn"]),
    ("Thành ủy Vinh chỉ đạo", ["Thành ủy Vinh"]),
    ("Ủy ban Kiểm tra Tỉnh ủy đưa nội dung kiểm tra vào chương trình, chỉ đạo", ["Ủy ban Kiểm tra Tỉnh ủy"]),
])
def test_party_committees_of_districts_and_cities(subject, leads):
    text = ("TỈNH ỦY NGHỆ AN\nSố: 15-TB/TU\nVinh, ngày 26 tháng 8 năm 2024\nTHÔNG BÁO\nKết luận của Ban Thường "
            f"vụ Tỉnh ủy\n\n1. {subject} giải quyết dứt điểm các vụ tranh chấp đất rừng, hoàn thành trong tháng "
            "10/2024.\n")
    assert leads_and_dates(text) == [([x], "2024-10-31") for x in leads]


# Communes listed after a colon are named all the same when the province's data does not hold
# them ("Chủ tịch UBND các xã: Mường Lát, Trung Lý, Pù Nhi phải …", a press item of another
# province); a list of co-operating bodies split by ";" goes on to the verb ("… phối hợp các Sở: A,
# B; Ban Y; UBND các huyện: C, D và các đơn vị liên quan nghiên cứu …, báo cáo … trước ngày …").
def test_communes_after_a_colon_in_a_press_item():
    found = leads_and_dates("Chủ tịch UBND các xã: Mường Lát, Trung Lý, Pù Nhi phải trực tiếp chỉ đạo hoàn thiện "
                            "các tiêu chí về giao thông.\n", "Tin hoạt động\n\n")
    assert found == [(["UBND xã Mường Lát", "UBND xã Trung Lý", "UBND xã Pù Nhi"], None)]


def test_co_operators_split_by_semicolons_go_on():
    text = HEAD_LETTER + ("Giao Sở Giao thông vận tải chủ trì, phối hợp các Sở: Kế hoạch và Đầu tư, Xây dựng; Ban "
                          "Quản lý khu kinh tế tỉnh; UBND các huyện: Đakrông, Hải Lăng và các đơn vị liên quan nghiên "
                          "cứu đề xuất của Công ty, báo cáo UBND tỉnh trước ngày 10/7/2026.\n")
    assert leads_and_dates(text) == [(["Sở Giao thông vận tải"], "2026-07-10")]


# An item whose title is the task and whose field lines follow keeps the paragraph between them
# ("1. Về các dự án …" / "Hiện còn 07 dự án …. Rà soát, tổng hợp …" / "- Trách nhiệm thực hiện: …").
def test_a_titled_item_keeps_its_paragraph_before_the_field_lines():
    text = PLAN + ("1. Về các dự án điện mặt trời chưa được đấu nối\n\nHiện còn 07 dự án chưa được đấu nối. Rà soát, "
                   "tổng hợp danh mục, nguyên nhân vướng mắc của từng dự án.\n\n- Trách nhiệm thực hiện: Sở Công "
                   "Thương.\n- Thời gian hoàn thành: trong tháng 10 năm 2026.\n")
    n = parse_notice(text)
    assert [([a.name for a in t.lead], t.deadline.date.isoformat()) for t in n.tasks] == [(["Sở Công Thương"], "2026-10-31")]
    assert "nguyên nhân vướng mắc" in n.tasks[0].text


# A heading in capitals that names a body the directory does not hold as written ("5. BAN QUẢN LÝ
# KHU KINH TẾ TỈNH", "TỈNH ĐOÀN") is read by the grammar as in sentence case.
@pytest.mark.parametrize("heading, lead", [("5. BAN QUẢN LÝ KHU KINH TẾ TỈNH", "Ban quản lý khu kinh tế tỉnh"),
                                           ("5. TỈNH ĐOÀN", "Tỉnh đoàn")])
def test_a_body_named_in_a_heading_in_capitals(heading, lead):
    text = PLAN + f"{heading}\n- Rà soát, thu hồi đất các dự án chậm triển khai, hoàn thành trong tháng 10/2026.\n"
    assert leads_and_dates(text) == [([lead], "2026-10-31")]


BAC_KAN = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 1978/UBND-NNTNMT\nBắc Kạn, ngày 02 tháng 4 năm 2021\n"
           "V/v khắc phục thiệt hại do mưa đá\n\nKính gửi:\n- Sở Nông nghiệp và Phát triển nông thôn;\n"
           "- UBND các huyện: Ba Bể, Pác Nặm;\n- UBND thành phố Bắc Kạn.\n\n")


# "UBND các huyện, thành phố nêu trên" in a letter means the local governments of its "Kính gửi"
# list, each on its own; beside "các cơ quan, đơn vị" (all the letter's addressees) too.
def test_local_governments_named_above_are_the_letters_own():
    text = BAC_KAN + ("Chủ tịch UBND tỉnh yêu cầu UBND các huyện, thành phố nêu trên huy động lực lượng giúp các hộ "
                      "dân lợp lại nhà, hoàn thành trước ngày 10/4/2021.\n")
    assert leads_and_dates(text) == [([x], "2021-04-10") for x in
                                     ("UBND huyện Ba Bể", "UBND huyện Pác Nặm", "UBND thành phố Bắc Kạn")]
    text = BAC_KAN + ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các huyện nêu trên "
                      "khẩn trương kiểm tra thiệt hại, báo cáo trước ngày 10/4/2021.\n")
    assert {x for leads, _d in leads_and_dates(text) for x in leads} == {
        "Sở Nông nghiệp và Phát triển nông thôn", "UBND huyện Ba Bể", "UBND huyện Pác Nặm", "UBND thành phố Bắc Kạn"}


# A team set up "… tại các huyện A, B (sau đây gọi tắt là Đoàn kiểm tra)": the short name is the
# team's, not the districts'.
def test_a_teams_short_name_after_the_places_it_works_in():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 412/QĐ-UBND\nYên Bái, ngày 15 tháng 3 năm 2016\nQUYẾT ĐỊNH\n"
            "Về việc thành lập Đoàn kiểm tra\n\nĐiều 1. Thành lập Đoàn kiểm tra công tác bảo vệ rừng tại các huyện "
            "Văn Chấn, Trạm Tấu (sau đây gọi tắt là Đoàn kiểm tra).\n\nĐiều 2. Nhiệm vụ của Đoàn kiểm tra\n\n"
            "1. Kết thúc đợt kiểm tra, Đoàn kiểm tra có trách nhiệm tổng hợp, báo cáo UBND tỉnh trước ngày "
            "31/3/2016.\n")
    assert leads_and_dates(text) == [(["Đoàn kiểm tra"], "2016-03-31")]


# A subject list that opens with a head left out and goes on after ";" ("Các sở: A, B, C; UBND các
# huyện, thị xã, thành phố báo cáo …"): every body in it reports.
def test_an_elided_list_then_a_collective_after_a_semicolon():
    text = HEAD_LETTER + ("Các sở: Thông tin và Truyền thông, Giáo dục và Đào tạo; UBND các huyện, thị xã, thành phố "
                          "báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/12/2026 để tổng hợp.\n")
    assert {x for leads, d in leads_and_dates(text) for x in leads} == {
        "Sở Thông tin và Truyền thông", "Sở Giáo dục và Đào tạo", "UBND các huyện, thị xã, thành phố"}


# A cue after the clause's own subject and verb is part of that subject's task ("UBND các huyện: A,
# B lập danh sách …, giao UBND cấp xã quản lý"): the communes only receive it.
def test_a_cue_inside_the_subjects_own_task():
    text = HEAD_LETTER + ("4. UBND các huyện: Kiên Hải, An Biên và UBND thành phố Rạch Giá lập danh sách tàu cá có "
                          "nguy cơ vi phạm, giao UBND cấp xã quản lý, theo dõi chặt chẽ.\n")
    assert leads_and_dates(text) == [(["UBND huyện Kiên Hải", "UBND huyện An Biên", "UBND thành phố Rạch Giá"], None)]


# A lone bar a converter left at the end of an item ("… để tổng hợp. |") in a document that also
# holds real tables does not make the item a table row.
def test_a_stray_bar_at_the_end_of_an_item():
    text = ("| VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| --- | --- |\n"
            "| Số: 6482/VPCP-KTTH | Hà Nội, ngày 24 tháng 7 năm 2017 |\n"
            "Phó Thủ tướng có ý kiến như sau:\n"
            "1. Giao Bộ Công Thương hoàn thiện dự thảo Nghị định, trình Chính phủ trước ngày 30 tháng 9 năm 2017.\n"
            "2. Bộ Tài chính có ý kiến bằng văn bản, gửi Bộ Công Thương trước ngày 20 tháng 8 năm 2017 để tổng hợp. |\n")
    assert leads_and_dates(text) == [(["Bộ Công Thương"], "2017-09-30"), (["Bộ Tài chính"], "2017-08-20")]


# "Bộ X có ý kiến bằng văn bản, gửi …": the body giving its opinion is the subject.
def test_a_body_giving_its_opinion_is_the_subject():
    assert leads_and_dates(HEAD_LETTER + "Sở Tài chính có ý kiến bằng văn bản gửi Sở Xây dựng trước ngày "
                           "20/8/2026.\n") == [(["Sở Tài chính"], "2026-08-20")]


# A sentence citing items by their labels ("Các cơ quan nêu tại các điểm a, b khoản 2 trên đây báo
# cáo …") gives its task to those items' bodies.
def test_bodies_of_the_items_a_sentence_cites():
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 312/TB-VPCP\nHà Nội, ngày 03 tháng 8 năm 2026\nTHÔNG BÁO\nKết luận của Thủ "
            "tướng\n\n2. Yêu cầu các Bộ, cơ quan thực hiện tốt các nhiệm vụ sau:\n"
            "a) Bộ Kế hoạch và Đầu tư rà soát, điều chuyển kế hoạch vốn, trình Thủ tướng trong tháng 9 năm 2026.\n"
            "b) Bộ Tài chính chỉ đạo Kho bạc Nhà nước rút ngắn thời gian kiểm soát chi.\n"
            "c) Ngân hàng Phát triển Việt Nam đẩy nhanh giải ngân vốn tín dụng.\n"
            "3. Các cơ quan nêu tại các điểm a, b khoản 2 trên đây báo cáo kết quả về Văn phòng Chính phủ trước "
            "ngày 15 tháng 10 năm 2026.\n")
    assert [f for f in leads_and_dates(text) if f[1] == "2026-10-15"] == [
        (["Bộ Kế hoạch và Đầu tư"], "2026-10-15"), (["Bộ Tài chính"], "2026-10-15")]


# A time limit moved at a body's request ("Đồng ý lùi thời hạn trình Đề án … đến tháng 12 năm 2013
# như đề nghị của Bộ Nội vụ") is that body's new time limit.
@pytest.mark.parametrize("sentence", [
    "1. Thủ tướng Chính phủ đồng ý lùi thời hạn trình Đề án \"Vị trí việc làm\" đến tháng 12 năm 2026 như đề nghị "
    "của Bộ Nội vụ.",
    "1. Đồng ý lùi thời gian trình Đề án \"Chính sách phát triển vùng\" sang tháng 12 năm 2026 như đề nghị của Bộ "
    "Nội vụ tại công văn nêu trên.",
])
def test_a_time_limit_moved_at_a_bodys_request(sentence):
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 4631/VPCP-TH\nV/v lùi thời hạn trình Đề án\nHà Nội, ngày 04 tháng 7 năm 2026\n"
            "Kính gửi: Bộ Nội vụ.\n\nXét đề nghị của Bộ Nội vụ, Thủ tướng Chính phủ có ý kiến như sau:\n" + sentence + "\n")
    assert leads_and_dates(text) == [(["Bộ Nội vụ"], "2026-12-31")]


# "X là đầu mối, theo dõi …": the focal body is the subject.
def test_the_focal_body_is_the_subject():
    assert leads_and_dates(PLAN + "3. Sở Y tế là đầu mối, theo dõi, đôn đốc việc triển khai Kế hoạch.\n") == [
        (["Sở Y tế"], None)]


# Rows of a table with no header whose first cell is only the item's number ("| 1. | Sở X: … |")
# are the items they are.
def test_numbered_rows_of_a_table_without_header():
    text = HEAD_LETTER + ("| 1. | Sở Tài nguyên và Môi trường: hoàn thiện dự thảo Quyết định, trình UBND tỉnh trước ngày "
                          "20/7/2026. |\n| 2. | Ban Dân tộc tỉnh: tham mưu phương án phân bổ vốn, chậm nhất ngày 12/7/2026 "
                          "phải trình UBND tỉnh. |\n")
    assert leads_and_dates(text) == [(["Sở Tài nguyên và Môi trường"], "2026-07-20"), (["Ban Dân tộc tỉnh"], "2026-07-12")]


# A press item's visit day after its source's short name ("LCĐT - Sáng 7/7, … làm việc với …", "(BL)
# - Chiều 12/10, … đi kiểm tra …"), its year from the page's stamp line ("Cập nhật: 13/10/2022 09:15")
# right under the title.
@pytest.mark.parametrize("page, day", [
    ("Chủ tịch UBND tỉnh làm việc tại huyện Bát Xát\nThứ Sáu, 07/07/2023 - 17:40\n\nLCĐT - Sáng 7/7, đồng chí Chủ "
     "tịch UBND tỉnh đã có buổi kiểm tra thực địa và làm việc với huyện Bát Xát.\n", "2023-07-07"),
    ("Chủ tịch UBND tỉnh kiểm tra sạt lở đê biển\nCập nhật: 13/10/2022 09:15\n\n(BL) - Chiều 12/10, ông Chủ tịch UBND "
     "tỉnh đã đi kiểm tra tình hình sạt lở đê biển. Trước đó, trong năm 2021, tỉnh đã đầu tư xây dựng kè.\n",
     "2022-10-12"),
])
def test_a_press_items_visit_day(page, day):
    assert parse_notice(page).meeting_date.isoformat() == day


# A time limit given by the one before it ("…; Sở Y …, báo cáo kết quả trong cùng thời hạn nêu trên").
def test_the_same_time_limit_as_before():
    text = HEAD_LETTER + ("Giao Sở Kế hoạch và Đầu tư xem xét đề nghị của Công ty, đề xuất UBND tỉnh trước ngày "
                          "15/5/2026; Sở Tài nguyên và Môi trường kiểm tra hiện trạng sử dụng đất, báo cáo kết quả trong "
                          "cùng thời hạn nêu trên.\n")
    assert leads_and_dates(text) == [(["Sở Kế hoạch và Đầu tư"], "2026-05-15"), (["Sở Tài nguyên và Môi trường"], "2026-05-15")]


# A name with a comma and words in lower case on a heading of its own ("1. Phòng Bảo vệ, chăm sóc
# trẻ em và Bình đẳng giới") is one name.
def test_a_heading_name_with_a_comma_and_lower_case_words():
    text = PLAN + ("1. Phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới\n- Tổng hợp báo cáo kết quả Tháng hành động, "
                   "hoàn thành trước ngày 15/7/2026.\n")
    assert leads_and_dates(text) == [(["Phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới"], "2026-07-15")]


# A title's second line in capitals after "THÔNG BÁO" is no running header, and a rule drawn under
# the title ("-----") breaks the paragraph: the meeting's day is read.
def test_a_title_in_two_lines_and_a_rule_under_it():
    text = ("ĐẢNG BỘ TỈNH NGHỆ AN\nTỈNH ỦY\nNghệ An, ngày 28 tháng 8 năm 2024\nSố 1287-TB/TU\n\nTHÔNG BÁO\n"
            "KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề kết quả thực hiện Nghị quyết số 09-NQ/TU\n-----\n"
            "Ngày 23/8/2024, Ban Thường vụ Tỉnh ủy họp, nghe báo cáo. Ban Thường vụ Tỉnh ủy kết luận như sau:\n\n"
            "1. Đề nghị Ban cán sự đảng UBND tỉnh chỉ đạo rà soát quy hoạch, hoàn thành trong năm 2024.\n")
    n = parse_notice(text)
    assert n.meeting_date.isoformat() == "2024-08-23"
    assert n.title.startswith("KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY")


# A rule of law quoted ("Theo quy định tại khoản 4 Điều 41 Luật Đầu tư, nhà đầu tư … phải …") is no
# order; a period counted from an event in the clause ("Sau khi nhận đủ hồ sơ hợp lệ, Sở X giải quyết
# trong thời hạn 10 ngày làm việc") has no fixed date.
def test_a_quoted_rule_and_a_period_after_an_event():
    text = HEAD_LETTER + ("Theo quy định tại khoản 4 Điều 41 Luật Đầu tư năm 2020, nhà đầu tư điều chỉnh tiến độ phải "
                          "thực hiện thủ tục điều chỉnh.\n\nSau khi nhận đủ hồ sơ hợp lệ, Sở Tài chính giải quyết trong "
                          "thời hạn 10 ngày làm việc theo quy định.\n")
    assert leads_and_dates(text) == [(["Sở Tài chính"], None)]


# A subject after an opening "Trong thời gian chờ …," is a task of its own.
def test_a_subject_after_while_waiting():
    text = HEAD_LETTER + ("Giao Sở Tài nguyên và Môi trường kiểm tra, báo cáo UBND tỉnh trước ngày 28/6/2026. Trong thời "
                          "gian chờ kết quả kiểm tra, UBND huyện Than Uyên chỉ đạo tạm dừng mọi hoạt động khai thác cát.\n")
    assert leads_and_dates(text) == [(["Sở Tài nguyên và Môi trường"], "2026-06-28"), (["UBND huyện Than Uyên"], None)]


# A local unit a cue names without "UBND" ("Giao xã Y Tý rà soát …") is that unit's committee.
def test_a_bare_unit_after_a_cue():
    assert leads_and_dates(HEAD_LETTER + "Giao xã Y Tý rà soát các hộ dân, hoàn thành trước ngày 30/7/2026.\n") == [
        (["UBND xã Y Tý"], "2026-07-30")]


# "Ủy ban nhân dân các tỉnh: Sơn La, Điện Biên, Lai Châu" names one committee per province; the
# national press bodies are bodies ("Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam"), and a
# body followed by a date ("Thông tấn xã Việt Nam ngày 09/11/2011 có bài …") is no subject.
def test_committees_of_listed_provinces():
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 12/VPCP-KTTH\nHà Nội, ngày 03 tháng 8 năm 2026\nV/v khắc phục lũ\n\n"
            "Ủy ban nhân dân các tỉnh: Sơn La, Điện Biên, Lai Châu khẩn trương ổn định đời sống nhân dân, hoàn "
            "thành trước ngày 30/11/2026.\n\nĐài Truyền hình Việt Nam, Thông tấn xã Việt Nam tăng cường tuyên truyền.\n")
    assert leads_and_dates(text) == [(["UBND tỉnh Sơn La"], "2026-11-30"), (["UBND tỉnh Điện Biên"], "2026-11-30"),
                                     (["UBND tỉnh Lai Châu"], "2026-11-30"),
                                     (["Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam"], None)]


def test_a_body_followed_by_a_date_is_no_subject():
    text = HEAD_LETTER + "Thông tấn xã Việt Nam ngày 09 tháng 11 năm 2025 có bài phản ánh việc phá rừng.\n"
    assert leads_and_dates(text) == []


# A page's running header with the page's number after it ("CÔNG BÁO/Số 45/Ngày 10-3-2024      3") in
# the middle of a sentence is left out, as the one with the number before it is.
def test_a_running_header_with_its_number_after():
    head = "CÔNG BÁO/Số 45/Ngày 10-3-2026"
    filler = "".join(f"{k}. Nội dung thứ {k} của văn bản để đủ trang.\n" for k in range(1, 28))
    text = (f"{head}                                    1\n\nCHỈ THỊ\nVề phòng, chống sạt lở\n\n" + filler +
            "28. Ủy ban nhân dân tỉnh Yên Bái bố trí quỹ đất tái định cư; hoàn thành việc di dời các hộ dân trong\n"
            f"{head}                                    3\n\nQuý IV năm 2026;\n"
            f"\n2                                    {head}\n")
    found = leads_and_dates(text)
    assert (["Ủy ban nhân dân tỉnh Yên Bái"], "2026-12-31") in found


# "Các sở, ban, ngành: Xây dựng phương án …" is the collective and its task, no list of departments
# ("Sở Xây dựng phương án"); "Chi cục An toàn vệ sinh thực phẩm" is one name ("vệ sinh" no verb there).
@pytest.mark.parametrize("item, lead", [
    ("3. Các sở, ban, ngành: Xây dựng phương án phòng, chống thiên tai, hoàn thành trước ngày 30/6/2026.",
     "Các sở, ban, ngành"),
    ("3. Các sở, ban, ngành: Căn cứ nhiệm vụ được giao, chủ động triển khai, hoàn thành trước ngày 30/6/2026.",
     "Các sở, ban, ngành"),
    ("3. Chi cục An toàn vệ sinh thực phẩm chủ trì kiểm tra các bếp ăn tập thể, hoàn thành trước ngày 30/6/2026.",
     "Chi cục An toàn vệ sinh thực phẩm"),
])
def test_a_collective_heading_and_a_name_with_a_verb_like_noun(item, lead):
    assert leads_and_dates(PLAN + item + "\n") == [([lead], "2026-06-30")]


# Dated instances before the subject of their sentence ("Định kỳ 6 tháng (trước ngày 05/6) và hằng
# năm (trước ngày 25/11), các sở, ban, ngành báo cáo …") are the subject's, not the body of the item
# before.
def test_instances_before_their_subject():
    text = PLAN + ("1. Viettel Hà Tĩnh bảo đảm hạ tầng mạng.\n\nĐịnh kỳ 6 tháng (trước ngày 05/6) và hằng năm (trước ngày "
                   "25/11), các sở, ban, ngành báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ.\n")
    n = parse_notice(text)
    got = [([a.name for a in t.lead], t.deadline.date.isoformat() if t.deadline else None) for t in n.tasks]
    assert got == [(["Viettel Hà Tĩnh"], None), (["Các sở, ban, ngành"], "2026-06-05"), (["Các sở, ban, ngành"], "2026-11-25")]
    assert all("báo cáo kết quả thực hiện" in t.text for t in n.tasks[1:])


# A task table whose rows wrap on the page ("| 1 | Rà soát … | Văn phòng Điều phối nông | … | Tháng
# 5/2026 |" / "| | của các xã … | thôn mới tỉnh | | |"): each wrapped row goes back into its row.
def test_wrapped_rows_of_a_task_table():
    text = PLAN + ("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n| --- | --- | --- | --- | --- |\n"
                   "| 1 | Rà soát mức độ đạt các tiêu chí | Sở Nông nghiệp và | UBND | Quý |\n"
                   "| | của các xã | Môi trường | các xã | II/2026 |\n"
                   "| 2 | Hỗ trợ phát triển sản xuất, xây dựng | Sở Công Thương | UBND các xã | Trước ngày |\n"
                   "| | 20 mô hình sản xuất gắn với OCOP | | | 30/9/2026 |\n")
    assert leads_and_dates(text) == [(["Sở Nông nghiệp và Môi trường"], "2026-06-30"), (["Sở Công Thương"], "2026-09-30")]


# A time cell given by an event ("Trước khai giảng năm học 2026 - 2027") or counted from one ("Trong
# 15 ngày kể từ ngày nhận đủ hồ sơ") gives no date.
def test_time_cells_given_by_an_event():
    text = PLAN + ("| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n| --- | --- | --- | --- |\n"
                   "| 1 | Kiểm tra bếp ăn các trường học | Sở Y tế | Trước khai giảng năm học 2026 - 2027 |\n"
                   "| 2 | Thẩm định hồ sơ công nhận xã đạt chuẩn | Sở Nông nghiệp và Môi trường | Trong 15 ngày kể từ ngày nhận đủ hồ sơ |\n"
                   "| 3 | Tổng kết | Sở Nội vụ | Tháng 12/2026 |\n")
    assert leads_and_dates(text) == [(["Sở Y tế"], None), (["Sở Nông nghiệp và Môi trường"], None),
                                     (["Sở Nội vụ"], "2026-12-31")]


# A heading that names its lead in a bracket ("2. Phát triển hạ tầng số (Sở Khoa học và Công nghệ chủ
# trì)") gives that lead to the items under it.
def test_the_lead_in_a_headings_bracket():
    text = PLAN + ("**2. Phát triển hạ tầng số (Sở Khoa học và Công nghệ chủ trì)**\n\na) Nâng cấp Trung tâm dữ liệu tỉnh, "
                   "hoàn thành trước ngày 31/10/2026.\n\nb) Xóa các vùng lõm sóng di động, hoàn thành trong năm 2026.\n")
    assert leads_and_dates(text) == [(["Sở Khoa học và Công nghệ"], "2026-10-31"), (["Sở Khoa học và Công nghệ"], "2026-12-31")]


# A long title ending in a colon before its field lines ("b) Xây dựng trường … tại các xã biên giới:"
# / "- Cơ quan chủ trì: …" / "- Cơ quan phối hợp: …") is the task the field lines complete.
def test_a_long_colon_title_before_field_lines():
    text = PLAN + ("4. Đầu tư cơ sở vật chất\nb) Xây dựng trường phổ thông nội trú liên cấp tại các xã biên giới:\n"
                   "- Cơ quan chủ trì: Sở Xây dựng.\n- Cơ quan phối hợp: Sở Giáo dục và Đào tạo.\n"
                   "- Thời gian hoàn thành: trước ngày 15/8/2027.\n")
    assert _leads_support(text) == [(["Sở Xây dựng"], ["Sở Giáo dục và Đào tạo"], "2027-08-15")]
