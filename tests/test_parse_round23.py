"""Round 23 (issue 11's twenty-second round in the README): forms found misread on the invented
sets ZZZZE … ZZZZI and on earlier sets, one test each on text written for these tests."""
from __future__ import annotations

from parse_helpers import leads_and_dates, leads_by_date

NOTICE = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 88/TB-UBND\nPhú Thọ, ngày 14 tháng 5 năm 2027\n"
          "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc về các cụm công nghiệp\n"
          "Sau khi nghe báo cáo, Chủ tịch UBND tỉnh kết luận như sau:\n")

DEPT_LETTER = ("UBND TỈNH TÂY NINH\nSỞ XÂY DỰNG\nSố: 214/SXD-QLXD\nTây Ninh, ngày 12 tháng 3 năm 2027\n"
               "V/v chấn chỉnh trật tự xây dựng\nKính gửi:\n- UBND các xã: Hảo Đước, Ninh Điền;\n"
               "- UBND phường Long Hoa.\n"
               "Qua kiểm tra, Đoàn kiểm tra của Sở phát hiện 96 công trình xây dựng không phép. Sở Xây dựng đề nghị:\n")


# "1. UBND các xã, phường nêu trên:" over dashes: the bodies named before — here the letter's
# addressees, each on its own —, as when the words open a sentence.
def test_a_heading_of_bodies_named_before_means_them():
    body = ("1. UBND các xã, phường nêu trên:\n"
            "- Rà soát, lập danh sách công trình vi phạm, gửi về Sở trước ngày 26/3/2027.\n"
            "- Tổ chức cưỡng chế các công trình vi phạm.\n"
            "2. Phòng Quy hoạch - Kiến trúc công bố công khai ranh giới các khu tái định cư, xong trước ngày 20/3/2027.\n"
            "\nNơi nhận:\n")
    assert leads_by_date(DEPT_LETTER + body) == {
        "2027-03-26": {"UBND xã Hảo Đước", "UBND xã Ninh Điền", "UBND phường Long Hoa"},
        None: {"UBND xã Hảo Đước", "UBND xã Ninh Điền", "UBND phường Long Hoa"},
        "2027-03-20": {"Phòng Quy hoạch - Kiến trúc"}}


# A table of bodies without a task column (the sentence before it says what to do): a row that
# only carries on the cells of the row above ("| | | | Trước ngày |" / "| | | | 31/3/2027 |") is that
# row's, not a row of its own.
def test_a_wrapped_row_of_a_table_without_a_task_column():
    body = ("1. Tổ chức cưỡng chế, xử lý dứt điểm các công trình vi phạm theo chỉ tiêu tại bảng sau:\n"
            "| STT | Đơn vị | Tồn đọng | Chỉ tiêu xử lý | Thời hạn |\n"
            "|-----|--------|----------|----------------|----------|\n"
            "| 1 | Xã Hảo Đước | 41 | 100% | Trước 30/4/2027 |\n"
            "| 2 | Xã Ninh Điền | 29 | tối thiểu 80% | Trước ngày |\n"
            "|  |  |  |  | 31/5/2027 |\n"
            "| 3 | Phường Long Hoa | 20 | 100% | 15/4 |\n"
            "\nNơi nhận:\n")
    found = leads_and_dates(DEPT_LETTER + body)
    assert sorted(d for _l, d in found) == ["2027-04-15", "2027-04-30", "2027-05-31"]
    assert any("Ninh Điền" in " ".join(leads) and d == "2027-05-31" for leads, d in found)


# A name whose later word opens with a capital with a mark ("Long Đức", "Hảo Đước", "Phú Ưng") is
# one name: "Đ", "Ư", "Ấ" are capitals, not the first letter of a word in lower case that would end it.
def test_a_word_opening_with_a_marked_capital_stays_in_the_name():
    from tbkl_xl.parse.agencies import find_mentions
    from tbkl_xl.parse.quick import quick_compile
    assert [m.agency.name for m in find_mentions("UBND xã Long Đức báo cáo")] == ["UBND xã Long Đức"]
    assert [m.agency.name for m in find_mentions("Xã Hảo Đước")] == []      # a table's cell: the row's lead as written
    assert quick_compile(r"[a-zđà-ỹ]").fullmatch("Đ") is None and quick_compile(r"[A-ZĐÀ-Ỹ]").fullmatch("ở") is None
    assert quick_compile(r"[a-zđà-ỹ]+").fullmatch("ướcợ") and quick_compile(r"[A-ZĐÀ-Ỹ]+").fullmatch("ĐƯẤ")


# A table laid out in columns ends at the text's next item written at the margin ("2. Sở Công
# Thương:" after the rows), not at capitals only.
def test_a_layout_table_ends_at_the_next_item():
    body = ("1. Giao các cơ quan, đơn vị thực hiện các nhiệm vụ sau:\n\n"
            "  STT   Nội dung nhiệm vụ                  Cơ quan chủ trì          Thời hạn\n"
            "  1     Giao đất, cho thuê đất cho         Sở Nông nghiệp và        Tháng 7/2027\n"
            "        các nhà đầu tư thứ cấp             Môi trường\n"
            "  2     Kiểm tra việc chấp hành pháp       Sở Xây dựng              Hằng quý\n"
            "        luật về xây dựng\n"
            "     2. Sở Công Thương:\n"
            "     - Tổng hợp khó khăn của các cụm công nghiệp, báo cáo UBND tỉnh trước ngày 20/6/2027.\n")
    assert leads_by_date(NOTICE + body) == {"2027-07-31": {"Sở Nông nghiệp và Môi trường"}, None: {"Sở Xây dựng"},
                                            "2027-06-20": {"Sở Công Thương"}}


CITY_NOTICE = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 610/TB-UBND\nCần Thơ, ngày 07 tháng 7 năm 2027\n"
               "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND thành phố tại cuộc họp về chuyển đổi số\n"
               "Kính gửi:\n- Các Sở: Khoa học và Công nghệ, Nội vụ, Tư pháp;\n- Công an thành phố;\n"
               "- UBND phường Ninh Kiều.\nPhó Chủ tịch UBND thành phố kết luận như sau:\n")


# "Thủ trưởng các cơ quan, đơn vị (nêu) tại Kính gửi báo cáo … trước ngày …" below the last item:
# every addressee of the letter, not the body of the item above it; "Sở Tư pháp số hóa hồ sơ" is
# that body's own task ("số hóa" a verb, though "Sở X số …" is no subject).
def test_the_bodies_at_kinh_gui_are_the_letters_addressees():
    body = ("1. Công an thành phố hướng dẫn các phường làm sạch dữ liệu hộ tịch, xong trong tháng 9/2027.\n"
            "2. Các Sở: Nội vụ, Tư pháp số hóa hồ sơ thủ tục hành chính còn hiệu lực trước ngày 30/9/2027.\n"
            "3. Sở Khoa học và Công nghệ tổ chức tập huấn kỹ năng số cho cán bộ một cửa trong Quý III/2027.\n"
            "Thủ trưởng các cơ quan, đơn vị nêu tại Kính gửi báo cáo kết quả thực hiện Thông báo này về "
            "Văn phòng UBND thành phố trước ngày 15/10/2027.\n\nNơi nhận:\n")
    assert leads_by_date(CITY_NOTICE + body) == {
        "2027-09-30": {"Công an thành phố", "Sở Nội vụ", "Sở Tư pháp", "Sở Khoa học và Công nghệ"},
        "2027-10-15": {"Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tư pháp", "Công an thành phố",
                       "UBND phường Ninh Kiều"}}
    assert leads_by_date(CITY_NOTICE + "1. Sở Tư pháp số hóa hồ sơ hộ tịch trước ngày 30/9/2027.\n\nNơi nhận:\n") \
        == {"2027-09-30": {"Sở Tư pháp"}}


# Items boxed as rows of two cells ("| 1. | Phòng Kinh tế chủ trì … |") whose sentence goes on in the
# next row with its first cell empty ("| | vùng trũng thấp, trình UBND xã trước ngày … |"): one item.
def test_a_boxed_item_going_on_in_the_next_row():
    commune = ("| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| XÃ CAM LÂM | Độc lập - Tự do - Hạnh phúc |\n"
               "| Số: 512/UBND-KT | Cam Lâm, ngày 10 tháng 10 năm 2027 |\n\nKính gửi:\n- Phòng Kinh tế;\n- Công an xã.\n\n"
               "Để chủ động ứng phó, Chủ tịch UBND xã yêu cầu:\n"
               "| 1. | Phòng Kinh tế chủ trì, phối hợp với Công an xã rà soát phương án sơ tán dân |\n"
               "| | vùng trũng thấp, trình UBND xã trước ngày 17/10/2027. |\n"
               "| 2. | Công an xã chuẩn bị lực lượng, phương tiện cứu hộ, cứu nạn, |\n"
               "| | hoàn thành trước ngày 14/10/2027. |\n\nNơi nhận:\n")
    found = leads_and_dates(commune)
    assert sorted(found) == [(["Công an xã"], "2027-10-14"), (["Phòng Kinh tế"], "2027-10-17")]


# A list of holders and their bodies: "Giám đốc Bệnh viện X và Trưởng Trạm Y tế các xã: A, B, C" —
# the title after "và" ends the name before it, and the body of each commune follows the title.
def test_a_title_after_and_starts_another_body():
    from tbkl_xl.parse.agencies import find_mentions
    names = [m.agency.name for m in find_mentions(
        "Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, Giám đốc Bệnh viện Sản Nhi Nghệ An và Trưởng Trạm Y tế "
        "các xã: Diễn Châu, Quỳnh Lưu báo cáo kết quả")]
    assert names == ["Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Sản Nhi Nghệ An", "Trạm Y tế xã Diễn Châu",
                     "Trạm Y tế xã Quỳnh Lưu"]
    assert [m.agency.name for m in find_mentions("Sở Nông nghiệp và Môi trường báo cáo")] == ["Sở Nông nghiệp và Môi trường"]


# An event the clause plans further back is no time limit ("Hội nghị sơ kết dự kiến tổ chức tại tỉnh
# Thái Nguyên trong tháng 7/2027"), unless a completion or a report stands between ("dự kiến …,
# hoàn thành trong …").
def test_an_event_planned_further_back_sets_no_date():
    from tbkl_xl.parse.deadlines import find_deadlines
    from datetime import date
    nd = date(2027, 5, 14)
    assert [d.date for d in find_deadlines(
        "Hội nghị sơ kết chiến dịch dự kiến tổ chức tại tỉnh Thái Nguyên trong tháng 7/2027.", nd)] in ([], [None])
    assert [d.date for d in find_deadlines(
        "Bộ Công Thương dự kiến tổ chức đoàn kiểm tra liên ngành tại các địa phương trong tháng 10/2027.", nd)] \
        in ([], [None])
    assert [d.date for d in find_deadlines(
        "Sở Xây dựng dự kiến phương án tuyến, hoàn thành trong tháng 7/2027.", nd)] == [date(2027, 7, 31)]


# "Các Sở: Y tế, Xây dựng xây dựng, ban hành kế hoạch …": the verb that repeats the name is no part of it;
# "Sở Y tế bảo đảm trực cấp cứu tại các bệnh viện, Sở Xây dựng bố trí đủ phương tiện …": after an
# action of its own, a second body with its sure verb is a second subject (not "hướng dẫn chủ đầu tư,
# nhà thầu thủ tục …", a list of objects).
def test_a_verb_repeating_the_name_and_a_second_subject_after_a_comma():
    body = ("5. Các Sở: Y tế, Xây dựng xây dựng, ban hành kế hoạch trực hè của ngành trong tháng 6/2027; Sở Y tế "
            "bảo đảm trực cấp cứu 24/24 giờ tại các bệnh viện, Sở Xây dựng bố trí đủ phương tiện vận tải hành khách.\n"
            "6. Sở Nông nghiệp và Môi trường hướng dẫn chủ đầu tư, nhà thầu thủ tục đăng ký khai thác đất đắp.\n")
    found = sorted((leads, d or "") for leads, d in leads_and_dates(NOTICE + body))
    assert found == [(["Sở Nông nghiệp và Môi trường"], ""), (["Sở Xây dựng"], ""), (["Sở Xây dựng"], "2027-06-30"),
                     (["Sở Y tế"], ""), (["Sở Y tế"], "2027-06-30")]


# "b) Kiến nghị điều chỉnh quy hoạch khoáng sản: **Bộ Nông nghiệp và Môi trường**:" over dashes: a topic,
# then the body the dashes are for.
def test_a_heading_of_a_topic_then_its_body():
    vpcp = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 112/TB-VPCP\nHà Nội, ngày 09 tháng 3 năm 2027\nTHÔNG BÁO\n"
            "Kết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh Cao Bằng\n"
            "3. Về các kiến nghị của tỉnh:\n"
            "b) Kiến nghị điều chỉnh quy hoạch khoáng sản: **Bộ Nông nghiệp và Môi trường**:\n"
            "- Hướng dẫn tỉnh hoàn thiện hồ sơ khoanh định khu vực khoáng sản, trả lời tỉnh chậm nhất ngày 15/4/2027;\n"
            "- Phối hợp với UBND tỉnh Cao Bằng kiểm tra, xử lý dứt điểm các điểm khai thác trái phép.\n")
    assert leads_by_date(vpcp) == {"2027-04-15": {"Bộ Nông nghiệp và Môi trường"}, None: {"Bộ Nông nghiệp và Môi trường"}}


# A project board named by the works it builds: "Ban Quản lý dự án đầu tư xây dựng các công trình giao
# thông chủ trì …" is the whole name up to the verb (not "Ban Quản lý dự án đầu tư").
def test_a_project_board_named_by_its_works():
    from tbkl_xl.parse.agencies import find_mentions
    assert [m.agency.name for m in find_mentions(
        "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông chủ trì, phối hợp với Sở Xây dựng")] \
        == ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông", "Sở Xây dựng"]
    assert [m.agency.name for m in find_mentions(
        "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp đẩy nhanh tiến độ")] \
        == ["Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp"]
    assert [m.agency.name for m in find_mentions("Ban Quản lý dự án đầu tư rà soát hồ sơ")] == ["Ban Quản lý dự án đầu tư"]


# A page number centred under a table laid out in columns is no part of its last cell.
def test_a_centred_page_number_under_a_layout_table():
    body = ("1. Giao các cơ quan thực hiện các nhiệm vụ sau:\n\n"
            " STT  Nhiệm vụ                          Cơ quan chủ trì       Thời hạn\n"
            " 1    Rà soát, phân loại nhà, đất       Sở Tài chính          Trước ngày\n"
            "      dôi dư của các cơ quan                                  30/6/2027\n"
            " 2    Báo cáo kết quả xử lý nhà, đất    Sở Tài chính          Tháng 9/2027\n"
            "      dôi dư về UBND tỉnh\n"
            "                                           2\n"
            "\nNơi nhận:\n")
    assert leads_by_date(NOTICE + body) == {"2027-06-30": {"Sở Tài chính"}, "2027-09-30": {"Sở Tài chính"}}


# An opening that quotes a higher body's order to the province ("Văn phòng Chính phủ có Văn bản số …
# yêu cầu UBND tỉnh báo cáo … trước ngày …", "Bộ … ban hành Kế hoạch …, đề nghị các địa phương báo cáo …
# trước ngày …") carries the province's own time limit: no task of the letter's addressees.
def test_a_higher_bodys_order_quoted_in_the_opening_is_no_task():
    letter = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 5120/UBND-KT\nQuảng Trị, ngày 10 tháng 12 năm 2027\n"
              "V/v triển khai ý kiến chỉ đạo của Thủ tướng Chính phủ\nKính gửi:\n- Sở Công Thương;\n"
              "- Sở Nông nghiệp và Môi trường.\n"
              "Thực hiện Văn bản số 10387/VPCP-CN ngày 03/12/2027 của Văn phòng Chính phủ, trong đó yêu cầu "
              "UBND tỉnh rà soát phương án đấu nối, báo cáo kết quả về Văn phòng Chính phủ trước ngày 31/12/2027, "
              "Chủ tịch UBND tỉnh chỉ đạo như sau:\n"
              "1. Giao Sở Công Thương rà soát phương án đấu nối, báo cáo UBND tỉnh trước ngày 20/12/2027.\n"
              "2. Sở Nông nghiệp và Môi trường hướng dẫn Công ty hoàn thiện hồ sơ đất đai.\n\nNơi nhận:\n")
    assert leads_by_date(letter) == {"2027-12-20": {"Sở Công Thương"}, None: {"Sở Nông nghiệp và Môi trường"}}


# "3. UBND các phường: A, B, C có số chuyển nguồn … lớn, giải trình … trước ngày …": bodies described by
# what they have, then their verb after the comma — the subject, each ward on its own; "Các Sở: A, B và
# UBND xã C": the commune ends the elided list; a long "Theo quy định mới … có hiệu lực từ ngày …,"
# opening before the subject.
def test_subjects_after_a_description_a_list_and_a_long_opening():
    body = ("1. UBND các phường: Hồng Gai, Bãi Cháy có số chuyển nguồn năm 2026 sang năm 2027 lớn, giải trình "
            "nguyên nhân chậm giải ngân trước ngày 26/6/2027.\n"
            "2. Các Sở: Nông nghiệp và Môi trường, Tài chính và UBND xã Sơn Vĩ báo cáo kết quả hỗ trợ hợp tác xã "
            "trước ngày 31/7/2027.\n"
            "3. Theo quy định mới về chế độ phụ cấp ưu đãi đối với nhà giáo có hiệu lực từ ngày 01/7/2027, Sở Giáo "
            "dục và Đào tạo hướng dẫn các cơ sở giáo dục lập dự toán kinh phí, gửi Sở Tài chính trước ngày 15/8/2027.\n")
    assert leads_by_date(NOTICE + body) == {
        "2027-06-26": {"UBND phường Hồng Gai", "UBND phường Bãi Cháy"},
        "2027-07-31": {"Sở Nông nghiệp và Môi trường", "Sở Tài chính", "UBND xã Sơn Vĩ"},
        "2027-08-15": {"Sở Giáo dục và Đào tạo"}}


# The Office under its committee, the committee written on one line or two ("UBND TỈNH X" / "VĂN
# PHÒNG", "ỦY BAN NHÂN DÂN" / "TỈNH CAO BẰNG" / "VĂN PHÒNG"): the issuer is the Office, a people's
# committee's kind, and "Văn phòng UBND tỉnh" is the issuer.
def test_the_office_under_its_committee_is_the_issuer():
    from tbkl_xl.parse.clean import clean_document
    from tbkl_xl.parse.context import NoticeContext
    from tbkl_xl.parse.header import ISSUER_PEOPLES_COMMITTEE, read_header
    from tbkl_xl.parse.agencies import default_directory
    from tbkl_xl.model import DEPARTMENT, Agency, RawDocument
    for top in ("UBND TỈNH CAO BẰNG\nVĂN PHÒNG\n", "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nVĂN PHÒNG\n"):
        text = top + "Số: 1874/VP-NC\nCao Bằng, ngày 18 tháng 8 năm 2027\nV/v khắc phục sạt lở đất\nKính gửi: Sở Xây dựng.\n"
        paras = clean_document(RawDocument(source="x.txt", text=text)).paragraphs
        h = read_header(paras)
        assert h.issuer.endswith("CAO BẰNG VĂN PHÒNG") and h.issuer_kind == ISSUER_PEOPLES_COMMITTEE, h.issuer
        ctx = NoticeContext.of(h, paras, default_directory())
        assert ctx.is_issuer(Agency(name="Văn phòng UBND tỉnh", code="", kind=DEPARTMENT))
        assert not ctx.is_issuer(Agency(name="Sở Xây dựng", code="", kind=DEPARTMENT))
