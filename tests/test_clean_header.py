"""Artefact cleaning and header metadata, on text shaped like real converter output."""
from datetime import date

import pytest

from tbkl_xl.model import RawDocument
from tbkl_xl.parse.clean import clean_document
from tbkl_xl.parse.header import read_header


def paras(text, footnotes=()):
    return clean_document(RawDocument("<t>", text, list(footnotes))).paragraphs


def test_bold_sup_and_markdown_headings_are_removed():
    p = paras("## **2. Nhiệm vụ**\n\n### ***a) Về thu ngân sách***\n\n"
              "Tiến độ còn chậm<sup>1</sup>; báo cáo **chậm nhất ngày 05/5/2026**.\n\n---\n\n"
              "<sup>1</sup> Cụ thể: xã A đạt 5%.\n")
    assert p == ["2. Nhiệm vụ", "a) Về thu ngân sách", "Tiến độ còn chậm; báo cáo chậm nhất ngày 05/5/2026."]


def test_footnote_bodies_become_notes_and_glued_marks_go():
    text = ("Kết quả tăng so với cùng kỳ1, tiếp tục duy trì. Thực hiện Quyết định số 2255/QĐ-UBND ngày "
            "15/12/20252 và Kế hoạch của tỉnh.\n\n"
            "                                           \n"
            "1 Diện tích gieo trồng đạt 749 ha;\n\n"
            "2 về việc giao chỉ tiêu kế hoạch năm 2025\n"
            " Tiếp theo là nội dung thân văn bản.\n")
    doc = clean_document(RawDocument("<t>", text))
    assert doc.notes == ["1 Diện tích gieo trồng đạt 749 ha;", "2 về việc giao chỉ tiêu kế hoạch năm 2025"]
    assert "cùng kỳ, tiếp tục" in doc.paragraphs[0]
    assert "ngày 15/12/2025 và" in doc.paragraphs[0]


def test_unicode_superscript_footnote_paragraph_is_a_note():
    doc = clean_document(RawDocument("<t>", "thực tế¹.\n\n¹ Quý I có xã chưa báo cáo.\n\nTiếp tục thực hiện."))
    assert doc.paragraphs == ["thực tế.", "Tiếp tục thực hiện."]
    assert doc.notes == ["1 Quý I có xã chưa báo cáo."]


def test_hard_wrapped_lines_are_joined_back_into_paragraphs():
    lines = ["1. Đoàn kiểm tra ghi nhận, đánh giá cao công tác chuẩn bị các điều kiện",
             "làm việc với Đoàn kiểm tra của UBND huyện Lộc Bình. Qua theo dõi, kiểm tra,",
             "nghe báo cáo cho thấy huyện đã chủ động, tích cực triển khai đầy đủ, kịp thời các",
             "nghị quyết, quyết định, kế hoạch của tỉnh năm 2024.",
             "2. Để kịp thời khắc phục những hạn chế, tháo gỡ khó khăn, phấn đấu đạt mức cao",
             "nhất các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội năm 2024, Đoàn kiểm tra",
             "yêu cầu huyện tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:",
             "2.1. Đối với UBND huyện Lộc Bình:",
             "- Rà soát, đánh giá kỹ kết quả thực hiện các nhiệm vụ phát triển kinh tế - xã hội,",
             "Chương trình mục tiêu quốc gia trên địa bàn huyện quý I/2024; làm rõ những mặt",
             "được, chưa được, hạn chế, nguyên nhân để sớm có kế hoạch khắc phục ngay.",
             "- Đẩy mạnh phát triển nông lâm nghiệp, xây dựng nông thôn mới, xác định đây là",
             "mục tiêu quan trọng của cấp ủy chính quyền các cấp trong thời gian tới."]
    p = paras("\n\n".join(lines) + "\n")
    assert [x[:12] for x in p] == ["1. Đoàn kiểm", "2. Để kịp th", "2.1. Đối với", "- Rà soát, đ", "- Đẩy mạnh p"]
    assert "chuẩn bị các điều kiện làm việc với Đoàn" in p[0]


def test_page_break_inside_a_paragraph_is_joined():
    p = paras("thực hiện nghiêm các chỉ đạo tại Chỉ thị số 02/CT-\n\nUBND ngày 08/01/2026 của Chủ tịch.\n\n"
              "Bên cạnh đó, các Chương trình mục tiêu quốc\n\ngia còn một số khó khăn.")
    assert p == ["thực hiện nghiêm các chỉ đạo tại Chỉ thị số 02/CT-UBND ngày 08/01/2026 của Chủ tịch.",
                 "Bên cạnh đó, các Chương trình mục tiêu quốc gia còn một số khó khăn."]


def test_a_line_break_before_the_dash_inside_a_known_name_is_a_wrap():
    p = paras("2. Giao Sở Nội vụ chủ trì, phối hợp với Sở Lao động\n"
              "- Thương binh và Xã hội (cũ) bàn giao hồ sơ, hoàn thành trước ngày 30/4/2026.\n"
              "- Thương mại điện tử phát triển nhanh.\n")
    assert p == ["2. Giao Sở Nội vụ chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội (cũ) "
                 "bàn giao hồ sơ, hoàn thành trước ngày 30/4/2026.",
                 "- Thương mại điện tử phát triển nhanh."]
    # a bullet after a finished sentence stays a bullet even when it starts like the name's tail
    assert paras("Làm việc với Sở Lao động.\n- Thương binh và Xã hội là lĩnh vực khó.") == [
        "Làm việc với Sở Lao động.", "- Thương binh và Xã hội là lĩnh vực khó."]


def test_decomposed_letters_come_out_nfc():
    import unicodedata
    p = paras(unicodedata.normalize("NFD", "Giao Sở Tài chính chủ trì."))
    assert p == ["Giao Sở Tài chính chủ trì."]


HEADERS = [
    ("Số: 215/TB-UBND\n\nLạng Sơn, ngày 14 tháng 5 năm 2026\n\nTHÔNG BÁO\n\nKết luận của đồng chí A",
     "215/TB-UBND", date(2026, 5, 14), (2026, 5)),
    ("Số:      /TB-UBND\n\nLạng Sơn, ngày      tháng 6 năm 2026\n\nTHÔNG BÁO\n\nKết luận của đồng chí A",
     "", None, (2026, 6)),
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH LẠNG SƠN Độc lập - Tự do - Hạnh phúc\n\n"
     "Số: 98/TB-UBND Lạng Sơn, ngày 03 tháng 3 năm 2025\n\nTHÔNG BÁO\n\nKết luận của đồng chí A",
     "98/TB-UBND", date(2025, 3, 3), (2025, 3)),
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 7/TB-UBND | Lạng Sơn, ngày 9 tháng 10 năm 2025"
     "\n\nTHÔNG BÁO\n\nKết luận của đồng chí A", "7/TB-UBND", date(2025, 10, 9), (2025, 10)),
]


@pytest.mark.parametrize("text,number,issued,month", HEADERS)
def test_header_number_and_date_in_every_layout(text, number, issued, month):
    h = read_header(paras(text))
    assert (h.number, h.issued, h.issued_month, h.doc_type) == (number, issued, month, "THÔNG BÁO")


def test_fold_unifies_tone_marks_but_leaves_qu_alone():
    from tbkl_xl.text import fold, norm_key
    assert fold("Hoà bình, thuỷ lợi, Quý III") == "hòa bình, thủy lợi, quý iii"
    assert norm_key("Uỷ ban nhân dân  tỉnh Lạng Sơn") == "ubnd"
    assert len(fold("Thuỷ điện Hoà Bình")) == len("Thuỷ điện Hoà Bình")


MEETINGS = [
    ("Ngày 22/4/2026, đồng chí A, Phó Chủ tịch UBND tỉnh đã kiểm tra.", date(2026, 4, 22)),
    ("Chiều ngày 05/5/2026, đồng chí A chủ trì cuộc họp.", date(2026, 5, 5)),
    ("Sáng ngày 9 tháng 6 năm 2026, UBND tỉnh tổ chức Phiên họp.", date(2026, 6, 9)),
    ("Trong các ngày 20-21/4/2026 tại huyện X, Đoàn kiểm tra đã làm việc.", date(2026, 4, 20)),
    ("Thực hiện Chương trình số 28/CTr-UBND ngày 27/3/2025 của UBND tỉnh; ngày 21/4/2025, đồng chí A "
     "đã kiểm tra.", date(2025, 4, 21)),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2026 của UBND tỉnh, vào ngày 10/3/2026 Đoàn kiểm tra "
     "đã làm việc.", date(2026, 3, 10)),
]


MEETINGS.append(("Xét Báo cáo số 215/BC-SNNMT ngày 10/6/2026 của Sở Nông nghiệp và Môi trường (tính đến ngày "
                 "09/6/2026, bệnh đã xuất hiện tại 14 xã), đồng chí Phó Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:",
                 None))


@pytest.mark.parametrize("para,expected", MEETINGS)
def test_meeting_date_in_every_phrasing(para, expected):
    h = read_header(paras("THÔNG BÁO\n\nKết luận của đồng chí A tại cuộc họp\n\n" + para))
    assert h.meeting_date == expected


@pytest.mark.parametrize("title,para,leader", [
    ("Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về công tác y tế",
     "Ngày 02/5/2026, đồng chí Nguyễn Văn B, Chủ tịch UBND tỉnh đã chủ trì cuộc họp.",
     "Nguyễn Văn B, Chủ tịch UBND tỉnh"),
    ("Kết luận tại cuộc họp về công tác y tế",
     "Chiều ngày 02/5/2026, đồng chí Nguyễn Văn B, Phó Chủ tịch UBND tỉnh chủ trì họp.",
     "Nguyễn Văn B, Phó Chủ tịch UBND tỉnh"),
    ("Kết luận của Chủ tịch UBND tỉnh tại Hội nghị chuyển đổi số",
     "Ngày 28/5/2026, UBND tỉnh tổ chức Hội nghị. Đồng chí Nguyễn Văn B, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo "
     "chủ trì Hội nghị.", "Nguyễn Văn B, Chủ tịch UBND tỉnh"),
    ("Kết luận của đồng chí Nguyễn Văn B, Phó Chủ tịch UBND tỉnh tại buổi kiểm tra",
     "Sáng ngày 02/5/2026, đồng chí đã kiểm tra.", "Nguyễn Văn B, Phó Chủ tịch UBND tỉnh"),
])
def test_presiding_leader_from_title_or_meeting_paragraph(title, para, leader):
    h = read_header(paras(f"THÔNG BÁO\n\n{title}\n\n{para}"))
    assert h.leader == leader


def test_page_number_and_running_header_inside_a_paragraph_are_dropped():
    ps = paras("1. Nội dung\n\nc) Sở Xây dựng chủ trì rà soát, đánh giá năng lực\n\n- 2 -\n\n"
               "THÔNG BÁO KẾT LUẬN CUỘC HỌP VỀ CÁC DỰ ÁN TRỌNG ĐIỂM\n\ncác nhà thầu chậm tiến độ.")
    assert ps[-1] == "c) Sở Xây dựng chủ trì rà soát, đánh giá năng lực các nhà thầu chậm tiến độ."


def test_a_line_ending_on_a_unit_word_goes_on_with_the_name_on_the_next_line():
    text = "\n\n".join(["d) UBND xã Hữu Lũng đẩy nhanh công tác bồi thường, giải phóng mặt bằng dự án Cụm công"] +
                       ["nghiệp Hữu Lũng, hoàn thành trong tháng 5/2026 theo đúng kế hoạch đã đề ra; UBND xã",
                        "Chi Lăng phối hợp với nhà đầu tư hoàn thiện hồ sơ giao đất dự án Khu nghỉ dưỡng sinh",
                        "thái Mẫu Sơn trong năm 2026."] * 5)
    assert paras(text)[0].startswith("d) UBND xã Hữu Lũng") and "UBND xã Chi Lăng phối hợp" in paras(text)[0]


def test_a_title_ending_in_so_is_not_joined_with_the_meeting_line():
    ps = paras("THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại Hội nghị chuyển đổi số\n"
               "Ngày 28/5/2026, UBND tỉnh tổ chức Hội nghị.\n\nTheo Quyết định số\n\n123/QĐ-UBND ngày 02/3/2026.")
    assert ps == ["THÔNG BÁO", "Kết luận của Chủ tịch UBND tỉnh tại Hội nghị chuyển đổi số",
                  "Ngày 28/5/2026, UBND tỉnh tổ chức Hội nghị.", "Theo Quyết định số 123/QĐ-UBND ngày 02/3/2026."]


def test_signer_beside_the_recipients_in_two_columns():
    h = read_header(paras("THÔNG BÁO\n\nKết luận của đồng chí A tại cuộc họp\n\nNgày 02/5/2026, đồng chí A chủ trì.\n\n"
                          "1. Giao Sở Y tế rà soát.\n\nNơi nhận: | TL. CHỦ TỊCH\n\n- Như trên; | KT. CHÁNH VĂN PHÒNG\n\n"
                          "- Sở Y tế; | PHÓ CHÁNH VĂN PHÒNG\n\n- Lưu: VT, KT. | Nông Đức Thắng"))
    assert h.signer == "Nông Đức Thắng"
    assert h.recipients == ["Như trên", "Sở Y tế"]


def test_a_heading_ending_on_a_collective_is_not_joined_with_the_paragraph_below():
    ps = paras("### ***e) Đối với UBND các xã, phường***\n\nChủ tịch UBND các xã, phường trực tiếp chỉ đạo.")
    assert ps == ["e) Đối với UBND các xã, phường", "Chủ tịch UBND các xã, phường trực tiếp chỉ đạo."]


def test_a_paragraph_interrupted_by_a_footnote_block_goes_on_after_it():
    ps = paras("1. Sở Nông nghiệp và Môi trường khẩn trương cấp phép khai thác mỏ đất phục vụ các dự án trên\n\n---\n\n"
               "<sup>1</sup> Gồm: vốn ngân sách trung ương 3.118,5 tỷ đồng.\n\n"
               "<sup>2</sup> Theo báo cáo của các chủ đầu tư.\n\nđịa bàn, xong **trước ngày 15/11/2025**.")
    assert ps[-1] == ("1. Sở Nông nghiệp và Môi trường khẩn trương cấp phép khai thác mỏ đất phục vụ các dự án trên "
                      "địa bàn, xong trước ngày 15/11/2025.")


def test_a_code_ending_in_a_footnote_number_is_kept_when_the_notes_are_marked():
    ps = paras("1. Đưa vào sử dụng tòa nhà CT1 trong quý II/2026<sup>1</sup>.\n\n---\n\n<sup>1</sup> Gồm 312 căn hộ.")
    assert ps[0] == "1. Đưa vào sử dụng tòa nhà CT1 trong quý II/2026."


def test_a_wrapped_footnote_line_going_on_with_a_capital_stays_in_the_note():
    doc = clean_document(RawDocument(
        source="x", footnotes=(),
        text="1. Giao Sở Nông nghiệp và Môi trường rà soát quỹ đất của các tổ chức2 trên địa bàn.\n\n"
             + " " * 40 + "\n\n2 Gồm: Công ty TNHH MTV Lâm nghiệp Lạng Sơn, Hợp tác xã Nông nghiệp Hồng Phong và Trường \n\n"
             "Tiểu học Phú Xá (cũ). \n\n2. Giao Sở Tài chính bố trí kinh phí."))
    assert doc.notes == ["2 Gồm: Công ty TNHH MTV Lâm nghiệp Lạng Sơn, Hợp tác xã Nông nghiệp Hồng Phong và Trường "
                         "Tiểu học Phú Xá (cũ)."]
    assert doc.paragraphs[-1] == "2. Giao Sở Tài chính bố trí kinh phí."
