"""Readers: .txt/.md/.docx/.pdf -> RawDocument, and every bad input with its exact message."""
from __future__ import annotations

import codecs
import random
import re
import unicodedata
import zipfile
from pathlib import Path

import pytest

from conftest import require_soffice
from helpers_formats import make_docx, make_pdf, split_blocks, to_cp1258, to_tcvn3, to_vni
from tbkl_xl.errors import NoticeReadError
from tbkl_xl.read import messages as M
from tbkl_xl.read import read_document, read_text_input
from tbkl_xl.read.legacy import detect_legacy

# An invented notice (not a real one): header table, bold title, two footnotes, ~2 pages.
NOTICE = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LẠNG SƠN | Độc lập - Tự do - Hạnh phúc

Số: /TB-UBND | Lạng Sơn, ngày tháng 3 năm 2026

THÔNG BÁO

**Kết luận của đồng chí Phó Chủ tịch UBND tỉnh tại buổi làm việc về tiến độ giải ngân vốn đầu tư công và công tác chuyển đổi số quý I năm 2026**

Ngày 12/3/2026, đồng chí Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc với các sở, ngành và một số xã về tiến độ giải ngân vốn đầu tư công, tình hình triển khai các dự án trọng điểm và kết quả chuyển đổi số trên địa bàn tỉnh. Tham dự có lãnh đạo Sở Tài chính, Sở Xây dựng, Sở Khoa học và Công nghệ, Văn phòng UBND tỉnh và Chủ tịch UBND các xã có dự án chậm tiến độ.

Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Phó Chủ tịch UBND tỉnh kết luận như sau:

1. Về giải ngân vốn đầu tư công

Tỷ lệ giải ngân quý I năm 2026 đạt 14,2% kế hoạch vốn được giao, thấp hơn cùng kỳ[^1] năm trước; một số chủ đầu tư chưa quyết liệt trong bồi thường, giải phóng mặt bằng và hoàn thiện hồ sơ thanh toán khối lượng.

a) Giao Sở Tài chính chủ trì, phối hợp với các chủ đầu tư rà soát, đề xuất điều chuyển kế hoạch vốn của các dự án không có khả năng giải ngân, báo cáo UBND tỉnh trước ngày 15/4/2026.

b) Các chủ đầu tư tập trung tháo gỡ vướng mắc về mặt bằng, đẩy nhanh nghiệm thu, thanh toán khối lượng hoàn thành; định kỳ hằng tháng báo cáo kết quả giải ngân về Sở Tài chính trước ngày 25 để tổng hợp.

c) Giao UBND các xã có dự án chậm tiến độ kiện toàn tổ công tác giải phóng mặt bằng, công khai phương án bồi thường, hỗ trợ tái định cư và giải quyết dứt điểm các kiến nghị của người dân trong tháng 4/2026.

2. Về chuyển đổi số và cải cách hành chính

Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính có chuyển biến nhưng chưa đồng đều giữa các xã; tỷ lệ hồ sơ trực tuyến toàn trình còn thấp so với chỉ tiêu[^2] của tỉnh.

a) Giao Sở Khoa học và Công nghệ chủ trì hướng dẫn các cơ quan, đơn vị hoàn thiện hạ tầng số, bảo đảm an toàn thông tin cho các hệ thống dùng chung; hoàn thành trong quý II/2026.

b) Giao Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện các nhiệm vụ tại Thông báo này, tổng hợp kết quả báo cáo UBND tỉnh trong tháng 6/2026.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

[^1]: Cùng kỳ năm 2025 tỷ lệ giải ngân đạt 16,8% kế hoạch vốn.

[^2]: Chỉ tiêu năm 2026: tối thiểu 80% hồ sơ được tiếp nhận và giải quyết trực tuyến toàn trình.
"""
RUNNING_HEADER = "Thông báo kết luận về giải ngân vốn đầu tư công"


def expected_paragraphs(text: str) -> list[str]:
    """The body paragraphs as written: footnote refs and definitions out, lines joined."""
    out = []
    for block in split_blocks(text):
        joined = " ".join(block)
        if re.match(r"\[\^\d+\]:", joined):
            continue
        if any(" | " in ln for ln in block):
            out.extend(block)
            continue
        out.append(re.sub(r"\[\^\d+\]", "", joined))
    return [norm_ws(p) for p in out]


def expected_notes(text: str) -> list[str]:
    return [norm_ws(re.sub(r"^\[\^\d+\]:\s*", "", " ".join(b))) for b in split_blocks(text)
            if re.match(r"\[\^\d+\]:", b[0])]


def norm_ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def paragraphs_of(text: str) -> list[str]:
    return [norm_ws(p) for p in re.split(r"\n\s*\n", text) if p.strip()]


def words(s: str) -> list[str]:
    return re.sub(r"\*\*|\|", " ", s).split()


def raises_with(path_or_fn, message: str):
    """Assert read_document(path) (or fn()) raises NoticeReadError with exactly ``message``."""
    with pytest.raises(NoticeReadError) as ei:
        if callable(path_or_fn):
            path_or_fn()
        else:
            read_document(path_or_fn)
    assert ei.value.reason == message
    return ei.value


# ------------------------------------------------------------------ converted files (one soffice run)

@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """docx files made with python-docx, and their PDFs made by LibreOffice in one batch."""
    d = tmp_path_factory.mktemp("formats")
    files = {
        "notice": make_docx(NOTICE, d / "notice.docx", running_header=RUNNING_HEADER, page_numbers=True),
        "tcvn3": make_docx(to_tcvn3(NOTICE).decode("cp1252"), d / "tcvn3.docx", font=".VnTime"),
        "vni": make_docx(to_vni(NOTICE).decode("cp1252"), d / "vni.docx", font="VNI-Times"),
        "blank": make_docx("\n\n", d / "blank.docx"),
        "typed": typed_footnotes_docx(d / "typed.docx"),
        "table": task_table_docx(d / "table.docx"),
        "split": split_rows_docx(d / "split.docx"),
        "struck": struck_docx(d / "struck.docx"),
    }
    return d, files


TABLE_ROWS = [["STT", "Dự án", "Đơn vị chủ trì", "Nội dung", "Thời hạn"],
              ["I. Dự án giao thông"],                                       # spans the table
              ["1", "Cầu Kỳ Cùng 3", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Thi công trụ cầu", "Quý III/2026"],
              ["2", "", "UBND phường Kỳ Lừa", "Bàn giao mặt bằng", "31/7/2026"],   # an empty cell
              ["3", "Đường tránh", None, "Di dời cột điện", "tháng 8/2026"]]    # lead merged with the row above
TABLE_LINES = ["| STT | Dự án | Đơn vị chủ trì | Nội dung | Thời hạn |", "| I. Dự án giao thông |",
               "| 1 | Cầu Kỳ Cùng 3 | Ban Quản lý dự án đầu tư xây dựng tỉnh | Thi công trụ cầu | Quý III/2026 |",
               "| 2 |  | UBND phường Kỳ Lừa | Bàn giao mặt bằng | 31/7/2026 |",
               "| 3 | Đường tránh | UBND phường Kỳ Lừa | Di dời cột điện | tháng 8/2026 |"]


def task_table_docx(path: Path) -> Path:
    """A ruled task table with a row spanning it, an empty cell and a vertically merged cell."""
    import docx
    d = docx.Document()
    d.add_paragraph("2. Nhiệm vụ cụ thể của từng dự án:")
    t = d.add_table(rows=len(TABLE_ROWS), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(TABLE_ROWS):
        if len(row) == 1:
            t.cell(i, 0).merge(t.cell(i, 4)).text = row[0]
            continue
        for j, v in enumerate(row):
            if v is None:
                t.cell(i - 1, j).merge(t.cell(i, j))
            else:
                t.cell(i, j).text = v
    d.add_paragraph("3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc.")
    d.save(path)
    return path


SPLIT_ROWS = [[str(k), f"Hoàn thiện hồ sơ giải phóng mặt bằng dự án số {k}, " + "kiểm đếm tài sản, lập phương "
                "án bồi thường, hỗ trợ và tái định cư cho các hộ dân bị ảnh hưởng; " * 5,
                "UBND xã Hữu Lũng", f"30/{k + 5}/2026"] for k in range(1, 6)]


def split_rows_docx(path: Path) -> Path:
    """A task table whose long rows break across pages, its header row repeated on each page."""
    import docx
    from docx.oxml import OxmlElement
    d = docx.Document()
    for i in range(25):
        d.add_paragraph(f"Đoạn {i} mô tả tình hình chung của dự án, không có nhiệm vụ nào ở đây cả.")
    t = d.add_table(rows=len(SPLIT_ROWS) + 1, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]] + SPLIT_ROWS):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    d.add_paragraph("3. Giao Văn phòng UBND tỉnh theo dõi, đôn đốc.")
    d.save(path)
    return path


def struck_docx(path: Path) -> Path:
    """A draft with a tracked change (old date deleted, new one inserted) and words struck out by hand."""
    import docx
    from docx.oxml import parse_xml
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Giao Sở Y tế chủ trì rà soát nhu cầu thuốc, báo cáo UBND tỉnh trước ngày ")
    p._p.append(parse_xml(f'<w:del {w} w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r>'
                          f'<w:delText>15/5/2026</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {w} w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r>'
                          f'<w:t>20/5/2026</w:t></w:r></w:ins>'))
    p.add_run(".")
    p = d.add_paragraph()
    p.add_run("Giao Sở Tài chính bố trí kinh phí ")
    p.add_run("không quá 2 tỷ đồng").font.strike = True
    p.add_run(" theo quy định, hoàn thành trong tháng 6/2026.")
    d.save(path)
    return path


STRUCK_TEXT = ["Giao Sở Y tế chủ trì rà soát nhu cầu thuốc, báo cáo UBND tỉnh trước ngày 20/5/2026.",
               "Giao Sở Tài chính bố trí kinh phí theo quy định, hoàn thành trong tháng 6/2026."]


def typed_footnotes_docx(path: Path) -> Path:
    """Bold switched off explicitly (<w:b w:val="0"/>) and footnotes typed as text after a rule
    of underscores, with superscript numbers: how many converted notices come."""
    import docx
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát danh mục dự án").bold = False
    p.add_run("1").font.superscript = True
    p.add_run(", báo cáo UBND tỉnh trước ngày 15/4/2026.").bold = False
    d.add_paragraph("Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.")
    d.add_paragraph("____________________")
    p = d.add_paragraph()
    p.add_run("1").font.superscript = True
    p.add_run(" Danh mục theo Quyết định số 15/QĐ-UBND ngày 20/01/2026.")
    d.save(path)
    return path


@pytest.fixture(scope="session")
def pdfs(built):
    require_soffice()
    d, files = built
    names = ["notice", "typed", "table", "split", "struck"]
    return dict(zip(names, make_pdf([files[k] for k in names], d / "pdf")))


def table_rows(text: str) -> list:
    from tbkl_xl.parse.tables import table_cells
    return [table_cells(ln) for ln in text.splitlines() if ln.startswith("|")]


def test_docx_task_table_keeps_its_columns(built):
    assert table_rows(read_document(built[1]["table"]).text) == table_rows("\n".join(TABLE_LINES))


def test_pdf_task_table_keeps_its_columns(pdfs):
    assert table_rows(read_document(pdfs["table"]).text) == table_rows("\n".join(TABLE_LINES))


def test_pdf_table_row_broken_across_pages_comes_back_whole(pdfs):
    import pdfplumber
    with pdfplumber.open(pdfs["split"]) as pdf:
        assert len(pdf.pages) >= 3, "the rows should break across pages"
    rows = table_rows(read_document(pdfs["split"]).text)
    assert rows == [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]] + \
        [[c.strip() for c in r] for r in SPLIT_ROWS]


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_deleted_and_struck_text_is_not_read(built, pdfs, kind):
    """LibreOffice prints a draft's tracked deletions struck through; Word users strike words out."""
    path = built[1]["struck"] if kind == "docx" else pdfs["struck"]
    assert [norm_ws(p) for p in paragraphs_of(read_document(path).text)] == STRUCK_TEXT


# ------------------------------------------------------------------ .docx

def test_docx_round_trip_gives_the_same_paragraphs(built):
    _, files = built
    raw = read_document(files["notice"])
    assert raw.format == "docx"
    got = [norm_ws(p.replace("**", "")) for p in paragraphs_of(raw.text)]
    assert got == [p.replace("**", "") for p in expected_paragraphs(NOTICE)]
    assert raw.footnotes == expected_notes(NOTICE)


def test_docx_header_table_rows_are_lines_with_cells_joined(built):
    raw = read_document(built[1]["notice"])
    paras = paragraphs_of(raw.text)
    assert paras[0] == "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert paras[1] == "TỈNH LẠNG SƠN | Độc lập - Tự do - Hạnh phúc"


def test_docx_bold_is_marked_and_footnote_marks_are_gone(built):
    raw = read_document(built[1]["notice"])
    assert "**Kết luận của đồng chí Phó Chủ tịch UBND tỉnh" in raw.text
    assert "----footnote" not in raw.text
    assert "cùng kỳ năm trước" in raw.text           # mark taken out, no gap left behind
    assert "chỉ tiêu của tỉnh" in raw.text


TYPED_BODY = ("Giao Sở Tài chính chủ trì, phối hợp với các sở, ngành rà soát danh mục dự án, báo cáo "
              "UBND tỉnh trước ngày 15/4/2026. Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị "
              "biết, thực hiện./.")
TYPED_NOTES = ["Danh mục theo Quyết định số 15/QĐ-UBND ngày 20/01/2026."]


def test_docx_switched_off_bold_is_not_bold_and_typed_footnotes_are_notes(built):
    raw = read_document(built[1]["typed"])
    assert "**" not in raw.text
    assert "rà soát danh mục dự án<sup>1</sup>, báo cáo" in raw.text
    assert "____" not in raw.text
    assert raw.footnotes == TYPED_NOTES


def test_pdf_typed_footnotes_at_the_end_are_notes(pdfs):
    raw = read_document(pdfs["typed"])
    assert words(raw.text) == words(TYPED_BODY)
    assert raw.footnotes == TYPED_NOTES


def test_docx_without_text(built):
    raises_with(built[1]["blank"], M.EMPTY_DOCUMENT)


# ------------------------------------------------------------------ .pdf

def test_pdf_round_trip_gives_the_same_words_in_order(pdfs):
    raw = read_document(pdfs["notice"])
    assert raw.format == "pdf"
    expected = words(" ".join(expected_paragraphs(NOTICE)))
    assert words(raw.text) == expected
    # the footnote marks (superscript 1 and 2) are gone, not glued to the word
    assert "kỳ1" not in raw.text and "tiêu2" not in raw.text
    assert [words(n) for n in raw.footnotes] == [words(n) for n in expected_notes(NOTICE)]


def test_pdf_drops_page_numbers_and_running_headers(pdfs):
    import pdfplumber
    with pdfplumber.open(pdfs["notice"]) as pdf:
        assert len(pdf.pages) >= 2, "the test notice should run over two pages"
        page_text = pdf.pages[1].extract_text()
    assert RUNNING_HEADER in page_text                # the header is printed on the page …
    raw = read_document(pdfs["notice"])
    assert RUNNING_HEADER not in raw.text             # … and dropped by the reader
    assert not [ln for ln in raw.text.splitlines() if re.fullmatch(r"\s*\d+\s*", ln)]


def test_pdf_keeps_header_columns_apart_and_paragraphs(pdfs):
    raw = read_document(pdfs["notice"])
    lines = raw.text.splitlines()
    assert lines[0] == "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    paras = paragraphs_of(raw.text)
    # paragraph breaks are seen: each lettered directive starts a paragraph of its own
    starts = [p[:2] for p in paras]
    assert starts.count("a)") == 2 and starts.count("b)") == 2 and starts.count("c)") == 1


def test_scanned_pdf_needs_ocr(pdfs, tmp_path):
    import pdfplumber
    scan = tmp_path / "scan.pdf"
    with pdfplumber.open(pdfs["notice"]) as pdf:
        img = pdf.pages[0].to_image(resolution=40).original.convert("RGB")
    img.save(scan, "PDF")
    raises_with(scan, M.SCANNED_PDF)


def test_corrupt_pdf(tmp_path):
    p = tmp_path / "broken.pdf"
    p.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog" + bytes(range(256)) * 4)
    raises_with(p, M.CORRUPT_PDF)
    q = tmp_path / "not_a.pdf"
    q.write_text("Thông báo kết luận", encoding="utf-8")
    raises_with(q, M.CORRUPT_PDF)


# ------------------------------------------------------------------ text encodings

SAMPLE = "THÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh Lạng Sơn.\nGiao Sở Tài chính chủ trì thực hiện.\n"


@pytest.mark.parametrize("name,data", [
    ("utf8.txt", SAMPLE.encode("utf-8")),
    ("utf8bom.txt", codecs.BOM_UTF8 + SAMPLE.encode("utf-8")),
    ("utf16le_bom.txt", codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le")),
    ("utf16be_bom.txt", codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be")),
    ("utf16le_nobom.txt", SAMPLE.encode("utf-16-le")),
    ("utf16be_nobom.txt", SAMPLE.encode("utf-16-be")),
    ("crlf.txt", SAMPLE.replace("\n", "\r\n").encode("utf-8")),
    ("cr.md", SAMPLE.replace("\n", "\r").encode("utf-8")),
    ("nfd.txt", unicodedata.normalize("NFD", SAMPLE).encode("utf-8")),
    ("cp1258.txt", to_cp1258(SAMPLE)),
])
def test_text_encodings_come_out_as_the_same_nfc_text(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    raw = read_document(p)
    assert raw.text == SAMPLE
    assert raw.format == ("md" if name.endswith(".md") else "txt")
    assert unicodedata.is_normalized("NFC", raw.text)


def test_text_input_is_normalised():
    raw = read_text_input(unicodedata.normalize("NFD", "Ủy ban\r\nnhân dân"), source="paste")
    assert raw.text == "Ủy ban\nnhân dân" and raw.source == "paste"


# ------------------------------------------------------------------ bad input, exact messages

def test_empty_files(tmp_path, built):
    for name, data in [("zero.txt", b""), ("spaces.txt", b"  \r\n\t \n"),
                       ("bom_only.txt", codecs.BOM_UTF8 + b"\n \n"),
                       ("utf16_spaces.txt", codecs.BOM_UTF16_LE + " \n ".encode("utf-16-le")),
                       ("zero.docx", b""), ("zero.pdf", b"")]:
        p = tmp_path / name
        p.write_bytes(data)
        raises_with(p, "tệp rỗng (không có chữ nào); kiểm tra xem có đúng tệp không và tệp đã "
                       "được lưu đầy đủ chưa")
    raises_with(lambda: read_text_input("  \n\t "), M.EMPTY)


def test_binary_junk(tmp_path):
    rnd = random.Random(7)
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(rnd.randrange(256) for _ in range(4000)))
    raises_with(p, "đây không phải tệp văn bản: tệp chứa dữ liệu nhị phân (không rõ loại); hãy "
                   "dùng thông báo dạng .docx, .pdf hoặc .txt (UTF-8)")
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rnd.randrange(256) for _ in range(500)))
    raises_with(png, "đây không phải tệp văn bản: tệp chứa dữ liệu nhị phân (ảnh PNG); hãy dùng "
                     "thông báo dạng .docx, .pdf hoặc .txt (UTF-8)")
    pdf_as_md = tmp_path / "notice.md"
    pdf_as_md.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    raises_with(pdf_as_md, M.BINARY.format(kind="văn bản PDF: đổi đuôi tệp thành .pdf"))


def test_old_word_doc(tmp_path):
    p = tmp_path / "notice.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    raises_with(p, "đây là tệp Word 97-2003 (.doc) kiểu cũ, chương trình không đọc được; mở tệp "
                   "bằng Word, lưu lại dạng .docx (File > Save As > Word Document), rồi chạy lại")
    q = tmp_path / "renamed.docx"                 # a .doc (or a password-protected .docx) named .docx
    q.write_bytes(p.read_bytes())
    raises_with(q, M.DOCX_OLD_OR_LOCKED)


def test_unknown_extension(tmp_path):
    p = tmp_path / "notice.odt"
    p.write_bytes(b"PK\x03\x04")
    raises_with(p, "không đọc được tệp '.odt'; hãy dùng thông báo dạng .docx, .pdf, .txt hoặc .md")
    q = tmp_path / "NOTICE.RTF"
    q.write_text("x")
    raises_with(q, M.UNKNOWN_EXT.format(ext=".rtf"))
    r = tmp_path / "notice"
    r.write_text("Thông báo")
    raises_with(r, M.NO_EXT)


def test_missing_file(tmp_path):
    raises_with(tmp_path / "nowhere.docx", M.NOT_FOUND)


def test_a_missing_path_is_missing_whatever_its_name(tmp_path):
    """A path that does not exist says so, not 'no extension' or 'cannot read .odt files'."""
    for name in ("samples2", "thong_bao.doc", "notice.odt", "ghi chú"):
        raises_with(tmp_path / name, M.NOT_FOUND)
    assert M.NOT_FOUND == ("không tìm thấy: đường dẫn này không tồn tại; kiểm tra lại tên tệp "
                           "hoặc thư mục (và thư mục chứa nó)")
    raises_with(tmp_path, M.IS_FOLDER)


def test_corrupt_docx(tmp_path, built):
    good = built[1]["notice"].read_bytes()
    half = tmp_path / "half.docx"
    half.write_bytes(good[: len(good) // 2])
    message = ("tệp .docx bị hỏng hoặc không phải văn bản Word (không phải gói .docx hợp lệ); mở "
               "tệp bằng Word và lưu lại dạng .docx, hoặc đề nghị nơi gửi gửi lại bản khác")
    raises_with(half, message)
    text = tmp_path / "text.docx"
    text.write_text("Thông báo kết luận", encoding="utf-8")
    raises_with(text, message)
    other_zip = tmp_path / "other.docx"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("hello.txt", "not a word document")
    raises_with(other_zip, message)


LEGACY_TCVN3 = ("văn bản gõ bằng bảng mã cũ TCVN3 (ABC) (phông .VnTime), không phải Unicode; "
                "chuyển sang Unicode trước (ví dụ bằng Unikey: Công cụ chuyển mã, "
                "Nguồn: TCVN3 (ABC), Đích: Unicode), lưu lại rồi chạy lại")
LEGACY_VNI = ("văn bản gõ bằng bảng mã cũ VNI Windows (phông VNI-Times), không phải Unicode; "
              "chuyển sang Unicode trước (ví dụ bằng Unikey: Công cụ chuyển mã, "
              "Nguồn: VNI Windows, Đích: Unicode), lưu lại rồi chạy lại")


def test_legacy_encodings_in_txt_files(tmp_path):
    body = "\n\n".join(expected_paragraphs(NOTICE)[4:])
    cases = [
        ("tcvn3.txt", to_tcvn3(body), LEGACY_TCVN3),                       # saved in the 8-bit code
        ("vni.txt", to_vni(body), LEGACY_VNI),
        ("tcvn3_utf8.txt", to_tcvn3(body).decode("cp1252").encode("utf-8"), LEGACY_TCVN3),  # copied out of Word
        ("vni_utf16.txt", codecs.BOM_UTF16_LE + to_vni(body).decode("cp1252").encode("utf-16-le"), LEGACY_VNI),
    ]
    for name, data, message in cases:
        p = tmp_path / name
        p.write_bytes(data)
        raises_with(p, message)


def test_legacy_encodings_in_docx(built):
    raises_with(built[1]["tcvn3"], LEGACY_TCVN3)
    raises_with(built[1]["vni"], LEGACY_VNI)


def test_legacy_encodings_in_short_pasted_text():
    raises_with(lambda: read_text_input("Th«ng b¸o kÕt luËn cña UBND tØnh L¹ng S¬n"), LEGACY_TCVN3)
    raises_with(lambda: read_text_input("Sở Tài chính: Thoâng baùo keát luaän, Sôû Taøi chính"), LEGACY_VNI)


def test_valid_text_is_never_flagged_as_legacy():
    assert detect_legacy(" ".join(expected_paragraphs(NOTICE))) is None
    # guillemets, a foreign name, units: not a legacy encoding
    assert detect_legacy("Theo «Kế hoạch» của ông Müller, diện tích 25 m² đạt 80% (µm) đúng hạn.") is None
    assert detect_legacy(unicodedata.normalize("NFD", SAMPLE)) is None


def test_real_notices_are_read_and_not_flagged(real_notices):
    assert len(real_notices) == 5
    for path in real_notices:
        raw = read_document(path)
        assert len(raw.text) > 5000, path
        assert unicodedata.is_normalized("NFC", raw.text)
        assert detect_legacy(raw.text) is None, path


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text("Thông báo", encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "read_bytes", refuse)
    raises_with(p, "không mở được tệp (không có quyền đọc); kiểm tra quyền đọc tệp và xem có "
                   "chương trình nào khác đang giữ tệp không, rồi chạy lại")
