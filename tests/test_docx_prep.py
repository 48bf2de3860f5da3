"""Word's automatic numbering and hidden text, as the .docx reader sees them (tbkl_xl.read.docx_prep)."""
from pathlib import Path

import pytest

from tbkl_xl import parse_notice
from tbkl_xl.read.docx import read_docx
from tbkl_xl.read.docx_prep import format_number, prepare_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def numbering(*abstracts, nums=""):
    return f'<w:numbering {W}>{"".join(abstracts)}{nums}</w:numbering>'.encode()


def abstract(aid, *levels):
    lv = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                 f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text, start) in enumerate(levels))
    return f'<w:abstractNum w:abstractNumId="{aid}">{lv}</w:abstractNum>'


def num(nid, aid, start_override=None):
    ov = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>' \
        if start_override else ""
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>'


def document(*pars):
    body = "".join(pars)
    return f'<w:document {W}><w:body>{body}</w:body></w:document>'.encode()


def par(text, num_id=None, ilvl=0, style=None, extra=""):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num_id is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    return f'<w:p><w:pPr>{ppr}</w:pPr>{extra}<w:r><w:t>{text}</w:t></w:r></w:p>'


def texts(xml: bytes) -> list[str]:
    from lxml import etree
    root = etree.fromstring(xml)
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    return ["".join(p.itertext()) for p in root.iterfind(".//w:p", ns)]


OUTLINE = numbering(abstract("1", ("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("decimal", "%2.%3.", 1),
                             ("lowerLetter", "%4)", 1), ("bullet", "\uf0b7", 1), ("bullet", "o", 1)),
                    nums=num("1", "1") + num("2", "1", start_override=3))


def test_multilevel_numbering_becomes_the_markers_word_shows():
    xml = prepare_document(document(par("KẾT QUẢ", 1, 0), par("Nhiệm vụ", 1, 0), par("Về đầu tư", 1, 1),
                                    par("Giải ngân", 1, 2), par("Giao Sở Tài chính", 1, 3),
                                    par("Rà soát", 1, 4), par("Chi tiết", 1, 5), par("Giải phóng", 1, 2),
                                    par("Về đất đai", 1, 1)), OUTLINE, None)
    assert texts(xml) == ["I. KẾT QUẢ", "II. Nhiệm vụ", "1. Về đầu tư", "1.1. Giải ngân", "a) Giao Sở Tài chính",
                          "- Rà soát", "+ Chi tiết", "1.2. Giải phóng", "2. Về đất đai"]


def test_a_start_override_restarts_the_list():
    xml = prepare_document(document(par("a", 1, 0), par("b", 2, 0), par("c", 2, 0)), OUTLINE, None)
    assert texts(xml) == ["I. a", "III. b", "IV. c"]


def test_numbering_from_the_paragraph_style():
    styles = (f'<w:styles {W}><w:style w:styleId="Muc"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>'
              f'</w:style><w:style w:styleId="MucCon"><w:basedOn w:val="Muc"/></w:style></w:styles>').encode()
    numb = numbering(abstract("7", ("decimal", "%1.", 1)), nums=num("3", "7"))
    xml = prepare_document(document(par("Một", style="Muc"), par("Hai", style="MucCon"), par("Không")), numb, styles)
    assert texts(xml) == ["1. Một", "2. Hai", "Không"]


def test_hidden_struck_and_deleted_text_moves_and_text_box_notes_are_not_read():
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẨN </w:t></w:r>'
    deleted = '<w:del w:id="1" w:author="A"><w:r><w:delText>XÓA </w:delText></w:r></w:del>'
    moved = '<w:moveFrom w:id="2" w:author="A"><w:r><w:t>CŨ </w:t></w:r></w:moveFrom>'
    box = ('<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Sở TC góp ý</w:t></w:r></w:p></w:txbxContent>'
           '</w:pict></w:r>')
    hyphen = '<w:r><w:t>TB</w:t><w:noBreakHyphen/><w:t>UBND</w:t></w:r>'
    struck = ('<w:r><w:rPr><w:strike/></w:rPr><w:t>BỎ </w:t></w:r>'
              '<w:r><w:rPr><w:dstrike w:val="1"/></w:rPr><w:t>BỎ NỮA </w:t></w:r>'
              '<w:r><w:rPr><w:strike w:val="0"/></w:rPr><w:t>Giao </w:t></w:r>')
    xml = prepare_document(document(f'<w:p>{hidden}{deleted}{moved}{struck}<w:r><w:t>Sở Y tế.</w:t></w:r>{box}</w:p>',
                                    f'<w:p>{hyphen}</w:p>'), None, None)
    assert texts(xml) == ["Giao Sở Y tế.", "", "TB-UBND"]


@pytest.mark.parametrize("n,fmt,out", [(4, "lowerLetter", "d"), (27, "lowerLetter", "aa"), (9, "upperRoman", "IX"),
                                       (14, "lowerRoman", "xiv"), (3, "decimalZero", "03"), (12, "decimal", "12")])
def test_number_formats(n, fmt, out):
    assert format_number(n, fmt) == out


def test_a_word_document_with_list_styles_reads_like_typed_markers(tmp_path):
    """python-docx's template numbers 'List Number' and bullets 'List Bullet' through the style."""
    from docx import Document
    doc = Document()
    for t in ("Số: 41/TB-UBND", "Lạng Sơn, ngày 04 tháng 5 năm 2026", "THÔNG BÁO",
              "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về công tác y tế",
              "Ngày 02/5/2026, đồng chí Chủ tịch UBND tỉnh chủ trì cuộc họp. Đồng chí kết luận như sau:"):
        doc.add_paragraph(t)
    doc.add_paragraph("Giao Sở Y tế chủ trì rà soát nhu cầu thuốc, báo cáo UBND tỉnh trước ngày 20/5/2026.",
                      style="List Number")
    doc.add_paragraph("Sở Tài chính:", style="List Number")
    doc.add_paragraph("Bố trí kinh phí mua sắm vật tư y tế.", style="List Bullet")
    doc.add_paragraph("Hướng dẫn thanh toán chi phí khám chữa bệnh.", style="List Bullet")
    path = tmp_path / "tb.docx"
    doc.save(path)
    text = read_docx(path).text
    assert "1. Giao Sở Y tế" in text and "2. Sở Tài chính:" in text and "- Bố trí kinh phí" in text
    n = parse_notice(path)
    assert [(t.section, [a.name for a in t.lead]) for t in n.tasks] == [
        ("1", ["Sở Y tế"]), ("2", ["Sở Tài chính"]), ("2", ["Sở Tài chính"])]
