"""Notice metadata: number, place and date, type, title, leader, meeting date, signer, recipients.

Works on the cleaned paragraphs.  The two-column header that converters flatten onto one line
("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …", "Số: 12/TB-UBND Lạng Sơn, ngày …") or into ``|`` table
rows is read by searching, not by position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from ..text import fold
from .cues import alternation, directive_cues, words_alternation
from .quick import quick_compile

_MEETING_NOUNS = words_alternation(directive_cues()["meeting_nouns"])
# the press reporting a conclusion: "… ban hành thông báo kết luận tại cuộc họp giao ban ngày 31/10/2016 …"
_CONCLUSION_OF_MEETING = quick_compile(r"(?i:kết luận)\s+(?:của\s+[^.;]{0,80}?\s+)?(?:tại|của)\s+(?i:" + _MEETING_NOUNS
                                       + r")[^.;]{0,80}?\s(?i:ngày)\s+")
# where a sentence telling of the meeting starts: a paragraph (after a press item's source, "(Cổng
# TTĐT Quảng Ngãi) - Chiều 27/7, …"), or after a full stop or a semicolon
_OPENING = r"(?:^(?:(?:\([^()\n]{2,60}\)|[A-ZĐ]{2,8})\s*[-–—]\s*)?|[;.]\s+)"      # "(BL) - ", "LCĐT - "
# "Chiều 14-6, ông … chủ trì cuộc họp …", "Ngày 8-7, đồng chí … dẫn đầu đoàn công tác …" (the year from the text)
_PART_OF_DAY_NO_YEAR = quick_compile(_OPENING + r"(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+(?:ngày\s+)?|[Nn]gày\s+)(\d{1,2})\s*[-/.]\s*"
                                     r"(\d{1,2})(?![\d/.\-])\s*,(?P<rest>[^.;]{0,200})")
_A_MEETING = quick_compile(r"(?i:" + _MEETING_NOUNS + r")")
_A_YEAR = quick_compile(r"(?<![\d/.\-])(?:19|20)\d\d(?!\d)")

_NUMBER = quick_compile(r"Số\s*:\s*([0-9]*)\s*/\s*([A-ZĐ][A-ZĐ0-9\-]*?)(?=V/v|(?![A-ZĐ0-9\-]))")   # (not the "V" of
                                                                    # "V/v" glued to it: "Số: 356/HĐND-KTNSV/v đôn đốc …")
# a Party body's number: "Số 245-CV/ĐU", "Số: 12-TB/TU"
_PARTY_NUMBER = quick_compile(r"Số\s*:?\s*(\d+-[A-ZĐ]{1,8}/[A-ZĐ][A-ZĐ0-9\-]*)")
_PLACE_DATE = quick_compile(
    r"(?P<place>[A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*){0,3})\s*,\s*ngày\s*(?P<d>\d{1,2})?\s*"
    r"tháng\s*(?P<m>\d{1,2})\s*năm\s*(?P<y>\d{4})")
_DOC_TYPES = ("THÔNG BÁO", "KẾT LUẬN", "BÁO CÁO", "CÔNG VĂN", "KẾ HOẠCH", "CHỈ THỊ", "BIÊN BẢN",
              "THÔNG BÁO KẾT LUẬN", "CHƯƠNG TRÌNH", "PHƯƠNG ÁN", "QUYẾT ĐỊNH", "CÔNG ĐIỆN", "NGHỊ QUYẾT",
              "GIẤY MỜI", "TỜ TRÌNH", "HƯỚNG DẪN", "ĐỀ ÁN", "PHIẾU CHUYỂN")
_MEETING_TYPES = ("THÔNG BÁO", "KẾT LUẬN", "THÔNG BÁO KẾT LUẬN", "BIÊN BẢN")
_TYPE_AND_TITLE = quick_compile(r"^(" + "|".join(sorted(_DOC_TYPES, key=len, reverse=True)) + r")\s+(\S.{2,})$")
ISSUER_PEOPLES_COMMITTEE = "people's committee"     # UBND (or its Văn phòng): the usual issuer
ISSUER_COUNCIL = "council"                          # HĐND
ISSUER_PARTY = "party"                              # Tỉnh ủy, Ban Thường vụ …
ISSUER_CENTRAL = "central"                          # a ministry, the Government Office, the Prime Minister
_SUBJECT_LINE = quick_compile(r"(?:^|\|\s*|\s|(?<=[A-ZĐ0-9])|(?<=<br>))V/v\s*:?\s*(.+)")     # (… or a cell's next line:
                                                                                    # "Số: 1436/SGDĐT-GDTrH<br>V/v …")
# "Kính gửi:" (a transmission slip's "Kính chuyển:"), and a telegram's "CHỦ TỊCH UBND TỈNH ĐIỆN:" over
# its list of addressees
# (the telegram's sender in capitals, then "điện:" in either case: "THỦ TƯỚNG CHÍNH PHỦ điện:")
_KINH_GUI = quick_compile(r"(?<!\w)(?:(?i:kính\s+gửi)\s*:?|(?i:kính\s+chuyển)\s*:|(?<=\s)ĐIỆN\s*:\s*$|(?<=[A-ZĐÀ-Ỹ]\s)điện\s*:\s*$)")
# a verb that makes a bullet a task, not an addressee ("- Chủ dự án phải thực hiện kiểm kê …;" names
# addressees by what they must do: "phải" before the verb)
_ITEM_VERB = quick_compile(r"(?i)(?<!\w)(?<!phải )" + alternation(directive_cues()["item_verbs"]) + r"(?!\w)")
_RECIPIENTS_LINE = quick_compile(r"^[|*\s]*nơi nhận")
# a web page's line after its article: "Tin liên quan:", "Có thể bạn quan tâm"
PAGE_END = quick_compile(r"^[|*#>\s-]*" + words_alternation(directive_cues()["page_end_labels"]) + r"[\s:.*|]*$")
_DATE_LINE = quick_compile(r"(?:^|[\s(|,:])(?P<d>\d{1,2})(?P<sep>[/\-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/\-])")
# an e-mail's date field: "Ngày gửi: Thứ Hai, 05/10/2026 08:47", "Sent: 05/10/2026 08:47", "Gửi lúc: 08:47 05/10/2026"
_MAIL_DATE = quick_compile(r"(?<!\w)(?:Ngày gửi|Gửi lúc|Thời gian gửi|Sent|Date)\s*:\s*[^\d\n]{0,16}"
                           r"(?:\d{1,2}[:h]\d{2}\s*,?\s*)?(?P<d>\d{1,2})[/\-.](?P<m>\d{1,2})[/\-.](?P<y>(?:19|20)\d\d)(?!\d)")
# … in English ("Sent: Monday, December 28, 2026 3:41 PM"), and a chat message's stamp ("[15/08/2026 06:52] Hoàng Minh Đức:")
_MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december"]
_MAIL_DATE_EN = quick_compile(r"(?<!\w)(?:Sent|Date)\s*:\s*(?:[A-Za-z]+,\s*)?(?P<mon>(?i:" + "|".join(_MONTHS_EN) + r"))\s+"
                              r"(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)(?!\d)")
# … or the day of the messages copied ("(Sao chép nội dung tin nhắn ngày 15/08/2026 để lưu hồ sơ)")
_MESSAGE_DAY = quick_compile(r"(?<!\w)(?:tin nhắn|thư điện tử|email|e-mail)\s+(?:gửi\s+)?ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/"
                             r"(?P<y>(?:19|20)\d\d)(?!\d)")
_CHAT_STAMP = quick_compile(r"(?:^|\s)\[(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)\s+\d{1,2}:\d{2}(?::\d{2})?\]")
# a page's date line holds few words ("Thứ Năm, 28-01-2021 / 7:18:21 Sáng 1434 Lượt xem", "Đăng
# ngày: 02-12-2019; 253 lần đọc"); a short sentence with a date ("Báo cáo nhanh gửi trước 14h00
# ngày 13/02/2021.") is none
_DATE_LINE_WORDS = 7
_WORD = quick_compile(r"[^\W\d_]+")
_TITLE_LINE = quick_compile(r"(?:Kết luận|Ý kiến chỉ đạo|Ý kiến kết luận|KẾT LUẬN|Ý KIẾN KẾT LUẬN|Ý KIẾN CHỈ ĐẠO)\s+(?:của|CỦA)\s")
# what may follow the signature and be read too: an appendix, or the document a decision issues
# ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …" / signature / "KẾ HOẠCH …")
_APPENDIX = quick_compile(r"^(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu|KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|QUY CHẾ|ĐỀ ÁN|"
                          r"DANH MỤC)(?![\w])")
_DATE_NUM = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"         # 05/6/2026, 05-6-2026, 5.6.2026
_DATE_WORDS = r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
_MEETING = quick_compile(_OPENING + r"(?:[Hh]ôm nay\s*,?\s*)?(?:[Tt]ại\s+(?:phiên họp|cuộc họp|buổi làm việc|hội nghị)(?:\s+[^\s,;.]+){0,4}?\s+)?"
                         r"(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Vv]ào)\s+)?"
                         r"(?:(?:[Hh]ồi|[Ll]úc)\s+\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?\s*)?"
                         r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)\s*,?\s*|[Cc]hủ\s+nhật\s*,?\s*)?"
                         r"[Nn]gày\s+(?:"
                         + _DATE_NUM + "|" + _DATE_WORDS + r")\s*,")
# "Chiều 05/6/2026, đồng chí …": a part of the day before the date, without "ngày"
_MEETING_PART_OF_DAY = quick_compile(_OPENING + r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+" + _DATE_NUM + r"\s*,")
# minutes: "Hôm nay, ngày 21/8/2026", "Hôm nay, vào hồi 09 giờ 00 phút ngày 21 tháng 8 năm 2026",
# "Vào hồi 14 giờ 30 phút, ngày 21/8/2026, tại …", "Vào 10 giờ 00 phút ngày 10/5/2026, tại …"
_TODAY = quick_compile(r"(?:^|[;.]\s+)(?:[Hh]ôm nay|[Vv]ào (?:(?:hồi|lúc)\s+)?\d{1,2}\s*(?:giờ|h))\s*,?\s*(?:[^,;.]{0,50}?[\s,]+)?"
                       r"[Nn]gày\s+(?:" + _DATE_NUM + "|" + _DATE_WORDS + r")")
# minutes: "Thời gian: 14 giờ 00, ngày 14/9/2026." (also numbered: "1. Thời gian: …")
_MEETING_FIELD = quick_compile(r"[\s|*\-–+•]*(?:(?:\d{1,2}|[a-đ])[.)]\s*)?(?:Thời gian|THỜI GIAN)\s*:\s*(?:[^,;.]{0,40}?,?\s*)?(?:(?:sáng|chiều|tối|trưa)\s+)?"
                               r"[Nn]gày\s+(?:" + _DATE_NUM + "|" + _DATE_WORDS + r")")
# a council's resolution: "Nghị quyết này đã được Hội đồng nhân dân tỉnh … khóa XVII, Kỳ họp thứ Hai
# thông qua ngày 20 tháng 6 năm 2026": the session's day is the meeting's (not a law it cites: "Căn
# cứ Luật … được Quốc hội khóa XV, kỳ họp thứ 5 thông qua ngày 18/01/2024")
_SESSION_ADOPTED = quick_compile(r"(?i:nghị quyết này)[^.;]{0,150}?(?i:kỳ họp)[^.;]{0,80}?\s(?i:thông qua)\s+"
                                 r"(?:(?i:vào)\s+)?(?i:ngày)\s+(?:" + _DATE_NUM + "|" + _DATE_WORDS + r")")
_MEETING_NO_YEAR = quick_compile(r"^(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Vv]ào)\s+)?[Nn]gày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*,")
# any "ngày <date>" that is not the date of a cited document ("Quyết định số … ngày …")
_ANY_DAY = quick_compile(r"(?:(?<=\s)|^)(?:(?:sáng|chiều|tối|trưa)\s+)?ngày\s+(?:(\d{1,2})\s*(?:-|–|và|,)\s*)?(?:"
                         + _DATE_NUM + "|" + _DATE_WORDS + r")", re.I)
_CITED = quick_compile(r"(?:số\s+\S+|của\s+\S+)\s*,?\s*$|/[A-ZĐ][\w-]*\s*,?\s*$")
_TITLE_MEETING = quick_compile(r"ngày\s+(?:" + _DATE_NUM + "|" + _DATE_WORDS + r")")
_SIGN_ROLE = quick_compile(r"^(TL\.|KT\.|TM\.|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|"
                           r"GIÁM ĐỐC|PHÓ GIÁM ĐỐC)")
_PERSON = quick_compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4}$")
# a recipients' line with a signature's line run on after it, the gap between the columns lost ("- Như trên; PHÓ CHỦ
# TỊCH", "Nơi nhận: KT. CHỦ TỊCH") …
_SIGNATURE_AT_END = quick_compile(r"^(?P<left>.*?[;:.)])\s+(?P<right>(?:(?:TL|KT|TM|Q|TUQ)\.\s*)?(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|"
                                  r"CHÁNH VĂN PHÒNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|THỦ TRƯỞNG|BỘ TRƯỞNG|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)"
                                  r"[A-ZĐÀ-Ỹ\s.]*)$")
# … or the signer's name ("- Lưu: VT, KT. Nông Quang Trường")
_SIGNER_AT_END = quick_compile(r"^(?P<left>.*?[;.)])\s+(?P<right>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4})$")
_LEADER_IN_TITLE = quick_compile(
    r"(?:Kết luận|Ý kiến chỉ đạo|Ý kiến kết luận)\s+của\s+(?:đồng chí\s+)?(?P<who>.+?)\s+(?:tại|về|khi|trong)\s",
    re.S)
_CHAIR = quick_compile(r"[đĐ]ồng chí\s+(?P<name>[A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*){1,4}),\s*"
                       r"(?P<role>(?:Phó\s+)?Chủ tịch[^,;.]*?)(?:\s*,\s*(?:Trưởng|Phó Trưởng|Chủ tịch|Bí thư)[^,;.]{0,60}?)?"
                       r"\s*,?\s*(?:(?:đã|đồng thời)\s+)?chủ trì")


def _mk_date(d, m, y) -> Optional[date]:
    try:
        return date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


@dataclass
class Header:
    number: str = ""
    doc_type: str = ""
    place: str = ""
    issued: Optional[date] = None
    issued_text: str = ""
    issued_month: Optional[tuple[int, int]] = None
    title: str = ""
    leader: str = ""
    meeting_date: Optional[date] = None
    signer: str = ""
    recipients: list[str] = field(default_factory=list)
    body_start: int = 0          # index of the first paragraph after the title
    body_end: int = 0            # index of "Nơi nhận" (or len)
    issuer: str = ""             # the header's left column: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    issuer_kind: str = ""        # ISSUER_* ("" when not known)
    addressees: list[str] = field(default_factory=list)     # "Kính gửi:" items as written
    invitation: bool = False                # the addressees are an invitation's "Thành phần:"
    appendix_start: Optional[int] = None                      # "PHỤ LỤC" after the signature
    published: Optional[date] = None     # the date line of a page reporting the letter (no header)


def read_header(paragraphs: list[str]) -> Header:
    """The notice's metadata, read by small steps over the cleaned paragraphs (from the header
    on: a portal's or an e-office's lines above it are no part of the document)."""
    h = Header()
    _published(h, paragraphs)
    start = _header_start(paragraphs)
    paragraphs = paragraphs[start:]
    _number_place_date(h, paragraphs)
    if h.issued_month:
        h.published = None
    _issuer(h, paragraphs)
    _type_and_title(h, paragraphs)
    _addressees(h, paragraphs)
    _meeting_date(h, paragraphs)
    _leader(h, paragraphs)
    _body_end(h, paragraphs)
    _recipients_and_signer(h, paragraphs)
    _appendix(h, paragraphs)
    if start:
        h.body_start += start
        h.body_end += start
        if h.appendix_start is not None:
            h.appendix_start += start
    return h


# a line of a portal's page or an e-office record above the document ("Trang chủ > Văn bản chỉ đạo",
# "| Số ký hiệu: | 412/TB-VPUBND |", "Chuyển xử lý: …") (folded)
_CHROME_LINE = quick_compile(r"^[|*#>\s-]*" + words_alternation(directive_cues()["page_chrome_labels"]) + r"(?!\w)")
# the first line of a header's left column: the issuing body ("ỦY BAN NHÂN DÂN", "UBND TỈNH X", "SỞ …")
_ISSUER_LINE = quick_compile(r"(?:UBND|(?:ỦY|UỶ) BAN|HỘI ĐỒNG|HĐND|VĂN PHÒNG|SỞ|BỘ|BAN|CỤC|CHI CỤC|(?:TỈNH|THÀNH|HUYỆN) (?:ỦY|UỶ)|"
                             r"ĐẢNG|THỦ TƯỚNG|CHÍNH PHỦ|CÔNG AN|THANH TRA|KHO BẠC|BẢO HIỂM|TRUNG TÂM|TỔNG CÔNG TY|CÔNG TY|"
                             r"TẬP ĐOÀN|ĐOÀN)(?!\w)")


def _header_start(paragraphs: list[str]) -> int:
    """Where the document's header starts: after the lines a clerk copied with it from a portal's
    page or an e-office record ("Cổng thông tin điện tử tỉnh …", "Số ký hiệu: …", "Hạn xử lý: …"),
    when such lines come first and a header's issuer follows; else 0."""
    if not paragraphs or not _CHROME_LINE.match(fold(paragraphs[0])):
        return 0
    for i, p in enumerate(paragraphs[:_CHROME_REACH]):
        left = _left_column(p)
        if left and left.isupper() and len(left) <= 80 and _ISSUER_LINE.match(left) and not _CHROME_LINE.match(fold(p)):
            return i
    return 0


# how far down a page's lines may reach before the header
_CHROME_REACH = 20


def _number_place_date(h: Header, paragraphs: list[str]) -> None:
    """"Số: 12/TB-UBND" and "Lạng Sơn, ngày 05 tháng 5 năm 2026" (the day may be blank), in
    the first paragraphs, searched cell by cell of a flattened two-column header."""
    for p in paragraphs[:12]:
        for cell in p.split("|"):
            if not h.number:
                m = _NUMBER.search(cell)
                if m:
                    h.number = f"{m.group(1)}/{m.group(2)}" if m.group(1) else ""
                else:
                    m = _PARTY_NUMBER.search(cell)
                    h.number = m.group(1) if m else ""
            m = _PLACE_DATE.search(cell)
            if m and not h.issued_text:
                place = m.group("place").split()
                while len(place) > 1 and place[0].isupper() and not all(w.isupper() for w in place):
                    place = place[1:]       # "ĐẢNG CỘNG SẢN VIỆT NAM Ninh Bình, ngày …" in one cell
                h.place = " ".join(place)
                h.issued_text = m.group(0)[m.group(0).index("ngày"):].strip()
                y, mo = int(m.group("y")), int(m.group("m"))
                h.issued_month = (y, mo)
                if m.group("d"):
                    h.issued = _mk_date(m.group("d"), mo, y)


def _published(h: Header, paragraphs: list[str]) -> None:
    """A page that reports a letter has no header, but a date line: "Ngày đăng: 19/03/2024",
    "09:10, 14/10/2021", "(12:23 | 03/08/2017)".  It stands for the issue date when the header
    gives none (the letter is from that day or a few days before)."""
    if h.issued_month:
        return
    for p in paragraphs[:8]:
        m = _MAIL_DATE.search(p) or _CHAT_STAMP.search(p) or _MESSAGE_DAY.search(p)
        if m is not None and (d := _mk_date(m.group("d"), m.group("m"), m.group("y"))) is not None:
            h.published = d             # an e-mail's "Ngày gửi: Thứ Hai, 05/10/2026 08:47" (its fields run together),
            return                      # a chat message's "[15/08/2026 06:52] Name:"
        m = _MAIL_DATE_EN.search(p)
        if m is not None and (d := _mk_date(m.group("d"), _MONTHS_EN.index(m.group("mon").lower()) + 1, m.group("y"))):
            h.published = d             # "Sent: Monday, December 28, 2026 3:41 PM"
            return
    for p in paragraphs[:6]:
        if len(p) > 80:
            continue
        m = _DATE_LINE.search(p)
        if m and len(_WORD.findall(p)) <= _DATE_LINE_WORDS and not p.rstrip().endswith("."):
            h.published = _mk_date(m.group("d"), m.group("m"), m.group("y"))
            if h.published:
                return




# the patterns of _issuer(), compiled once at import
_BLANK_HEADER_LINE = quick_compile(r"[|\s\-:]*")
_PEOPLES_COMMITTEE_ISSUER = quick_compile(alternation(directive_cues()["issuer_kinds.peoples_committee"]))
_COUNCIL_ISSUER = quick_compile(alternation(directive_cues()["issuer_kinds.council"]))
_PARTY_ISSUER = quick_compile(alternation(directive_cues()["issuer_kinds.party"]))
_CENTRAL_ISSUER = quick_compile(alternation(directive_cues()["issuer_kinds.central"]))


# a line break inside a markdown table's cell
_CELL_BREAK = quick_compile(r"<br\s*/?>")


def _left_column(p: str) -> str:
    """The words of paragraph ``p`` before a flattened header's right column, without a markdown
    cell's marks ("**ỦY BAN NHÂN DÂN****TỈNH X**" → "ỦY BAN NHÂN DÂN TỈNH X")."""
    left = _RIGHT_COLUMN.split(p.strip().lstrip("|* "))[0].strip(" -*")
    return " ".join(left.replace("*", " ").split())


def _left_column_lines(paragraphs: list[str]):
    """(paragraph, line of its header's left column) for each paragraph: the words before the
    right column, without a markdown cell's marks ("**ỦY BAN NHÂN DÂN****TỈNH X**"); a cell's lines
    joined by "<br>" ("ỦY BAN NHÂN DÂN TỈNH X<br>VĂN PHÒNG<br>Số: 131/TB-VP") one by one."""
    for p in paragraphs:
        left = _left_column(p)
        for line in ([x.strip(" -*") for x in _CELL_BREAK.split(left)] if "<br" in left else [left]):
            yield p, line


def _issuer(h: Header, paragraphs: list[str]) -> None:
    """The issuing body, from the left column of the header ("ỦY BAN NHÂN DÂN" / "TỈNH LÀO CAI",
    "VĂN PHÒNG CHÍNH PHỦ", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "HỘI ĐỒNG NHÂN DÂN TỈNH …"); a body
    under its parent ("UBND TỈNH LÀO CAI" / "SỞ CÔNG THƯƠNG", "ĐẢNG BỘ TỈNH …" / "ĐẢNG ỦY …")
    is the issuer, its parent kept in front.  The stamp of a digital signature ("Ký bởi: …",
    "Thời gian ký: …") above the header is skipped."""
    parts = []
    for p, left in _left_column_lines(paragraphs[:8]):
        if not parts and (_SIGNATURE_STAMP.match(p) or _BLANK_HEADER_LINE.fullmatch(p) or _CHROME_LINE.match(fold(p))
                          or _URGENCY_MARK.fullmatch(left.strip(" *"))):
            continue                # (also a mark of urgency or secrecy above the header: "HỎA TỐC", "KHẨN", "MẬT")
        if not parts and len(left) > 80 and (two := _PARENT_THEN_BODY.fullmatch(left)) is not None:
            parts = [two.group("parent"), two.group("body")]    # "TỈNH ỦY X BAN CHỈ ĐẠO …" in one cell
            break
        if not left or not left.isupper() or len(left) > 80 or left in _DOC_TYPES:
            break
        parts.append(left)
        if len(parts) == 3 or not (_ISSUER_GOES_ON.fullmatch(left) or _PARENT_BODY.match(left)
                                   or (len(parts) == 1 and _A_FIRM_LINE.match(left))):
            break                   # (a firm's name goes on below: "CÔNG TY CỔ PHẦN NÔNG SẢN" / "XANH KỲ LỪA")
    if len(parts) == 2 and not _PARENT_BODY.match(parts[0]) and (_PARENT_BODY.match(" ".join(parts))
                                                                 or _COUNCIL_PARENT.match(" ".join(parts))):
        # (… or "HỘI ĐỒNG NHÂN DÂN" / "TỈNH QUẢNG NGÃI" / "THƯỜNG TRỰC": the council's standing committee)
        # "ỦY BAN NHÂN DÂN" / "TỈNH CAO BẰNG" / "VĂN PHÒNG": the parent on two lines, the body under it
        nxt = next((_RIGHT_COLUMN.split(p.strip().lstrip("|* "))[0].strip(" -*") for p in paragraphs[len(parts):8]
                    if p.strip()), "")
        if nxt.isupper() and _BODY_UNDER_PARENT.match(nxt + " ") and len(nxt) <= 80:
            parts = [" ".join(parts), nxt]
    if len(parts) > 1 and _PARENT_BODY.match(parts[0]) and not _BODY_UNDER_PARENT.match(parts[1] + " "):
        parts = parts[:1]           # "UBND TỈNH LÀO CAI" / "QUYẾT ĐỊNH": no body under it
    h.issuer = " ".join(parts)
    body = parts[-1] if len(parts) > 1 and _PARENT_BODY.match(parts[0]) else h.issuer
    if len(parts) > 1 and body == "VĂN PHÒNG":
        body = parts[0]             # "UBND TỈNH X" / "VĂN PHÒNG": the committee's own Office, of its kind
    f = fold(body)
    if len(parts) > 1 and _PARTY_PARENT.match(parts[0]):
        h.issuer_kind = ISSUER_PARTY    # a Party committee's board or office ("TỈNH ỦY X" / "BAN CHỈ ĐẠO …")
    elif _PEOPLES_COMMITTEE_ISSUER.match(f):
        h.issuer_kind = ISSUER_PEOPLES_COMMITTEE
    elif _COUNCIL_ISSUER.match(f):
        h.issuer_kind = ISSUER_COUNCIL
    elif _PARTY_ISSUER.match(f):
        h.issuer_kind = ISSUER_PARTY
    elif f:
        h.issuer_kind = ISSUER_CENTRAL if _CENTRAL_ISSUER.match(f) else ""


# where the right column of a flattened two-column header starts ("CỘNG HÒA …", OCR "CỌNG HÕA")
_RIGHT_COLUMN = quick_compile(r"\s*\|\s*|C[ỘỌÔO]NG\s+H[OÒÕ][AÀ]|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập|-{3,}|Số\s*:|Số\s+\d+-[A-ZĐ]")
# a mark of urgency or secrecy on a line of its own above the header
_URGENCY_MARK = quick_compile(r"(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|TỐI KHẨN|KHẨN|KHẨN CẤP|TỐI MẬT|TUYỆT MẬT|MẬT)")
# the stamp of a digital signature at the top of a downloaded PDF (OCR may lose a first letter)
_SIGNATURE_STAMP = quick_compile(r"(?i)^\W{0,3}(?:k?ý bởi|c?ơ quan|t?hời gian ký|email)\s*:|^=+\s*trang\s+\d+\s*=+$")
# a firm's name opening the header, which its second line may go on ("CÔNG TY TNHH MTV" / "KHAI THÁC THỦY LỢI LẠNG SƠN")
_A_FIRM_LINE = quick_compile(r"(?:CÔNG TY|HỢP TÁC XÃ)(?:\s|$)")
# (… or a team's or a board's name broken after a verb or a preposition: "TỔ CÔNG TÁC TRIỂN KHAI" / "ĐỀ ÁN 06 TỈNH")
_ISSUER_GOES_ON = quick_compile(r"(?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|VĂN PHÒNG"
                                r"|(?:TỔ|BAN|HỘI ĐỒNG)\s.*\s(?:TRIỂN KHAI|THỰC HIỆN|VỀ|CỦA|PHÒNG,? CHỐNG|PHÁT TRIỂN|XÂY DỰNG)")
# a parent above the issuing body: "UBND TỈNH LÀO CAI", "ĐẢNG BỘ TỈNH LÀO CAI", "BỘ CÔNG THƯƠNG"
_PARENT_BODY = quick_compile(r"(?:UBND|(?:ỦY|UỶ) BAN NHÂN DÂN|ĐẢNG BỘ)\s+(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s+\S"
                             r"|(?:TỈNH|THÀNH|HUYỆN)\s+(?:ỦY|UỶ)\s+\S"      # (… and a Party committee: "TỈNH ỦY LẠNG SƠN")
                             # (… and a central department over its office in the province: "CỤC THUẾ" / "THUẾ TỈNH NGHỆ AN")
                             r"|CỤC THUẾ$|CỤC HẢI QUAN$|KHO BẠC NHÀ NƯỚC$|BẢO HIỂM XÃ HỘI VIỆT NAM$"
                             # (… and a corporation over its board or company: "TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM" / "BAN
                             # QUẢN LÝ DỰ ÁN ĐIỆN LỰC MIỀN NAM"; the State Audit over its regional office)
                             r"|TỔNG CÔNG TY\s+\S|TẬP ĐOÀN\s+\S|KIỂM TOÁN NHÀ NƯỚC$"
                             # (… and a ministry over its force in the province: "BỘ CÔNG AN" / "CÔNG AN TỈNH LẠNG SƠN")
                             r"|BỘ CÔNG AN$|BỘ QUỐC PHÒNG$")
# … a council above its standing committee or its boards ("HỘI ĐỒNG NHÂN DÂN TỈNH X" / "THƯỜNG TRỰC")
_COUNCIL_PARENT = quick_compile(r"(?:HĐND|HỘI ĐỒNG NHÂN DÂN)\s+(?:TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG)\s+\S")
# … a Party committee above the body that issued it ("TỈNH ỦY THÁI NGUYÊN" / "BAN CHỈ ĐẠO …")
_PARTY_PARENT = quick_compile(r"(?:TỈNH|THÀNH|HUYỆN)\s+(?:ỦY|UỶ)\s")
# … the parent and its body on one line of a cell ("TỈNH ỦY THÁI NGUYÊN BAN CHỈ ĐẠO VỀ PHÁT TRIỂN …")
_PARENT_THEN_BODY = quick_compile(r"(?P<parent>(?:TỈNH|THÀNH|HUYỆN)\s+(?:ỦY|UỶ)(?:\s+[A-ZĐÀ-Ỹ]+){1,3}?)\s+(?P<body>BAN\s.+)")
_BODY_UNDER_PARENT = quick_compile(r"(?:SỞ|BAN|CỤC|CHI CỤC|VĂN PHÒNG|ĐẢNG ỦY|PHÒNG|TRUNG TÂM|ĐOÀN|THANH TRA|"
                                   r"CÔNG AN|BỘ CHỈ HUY|HỘI ĐỒNG|ỦY BAN|UỶ BAN|THƯỜNG TRỰC|THUẾ|KHO BẠC|BẢO HIỂM XÃ HỘI|HẢI QUAN|"
                                   r"CÔNG TY|KIỂM TOÁN NHÀ NƯỚC KHU VỰC|TỔ CÔNG TÁC|TỔ GIÚP VIỆC)\s")


# a body's opening that carries out a paper or an order ("Thực hiện Kế hoạch số …", "Thực hiện ý kiến chỉ đạo …")
_CARRIES_OUT_A_PAPER = quick_compile(r"Thực hiện\s+(?:(?:các|những)\s+)?(?:Kế hoạch|Quyết định|Văn bản|Công văn|Chỉ thị|Nghị quyết|"
                                     r"Thông báo|Thông tư|Nghị định|Luật|Công điện|Chương trình|Đề án|Hướng dẫn|Điều lệ|ý kiến|"
                                     r"chỉ đạo|sự chỉ đạo|nhiệm vụ)(?!\w)")
# where a title run together with the next cells or lines ends
_TITLE_END = quick_compile(r"\s*\|\s*|\s+Kính gửi\b|\s+CỘNG H[OÒ]")


def _type_and_title(h: Header, paragraphs: list[str]) -> None:
    """The type line ("THÔNG BÁO", "KẾ HOẠCH", "BIÊN BẢN" …) and the title after it; a letter's
    title is its "V/v …" line."""
    type_idx = None
    first_title = ""
    for i, p in enumerate(paragraphs[:15]):
        if i < 3 and len(p.strip()) > 3 and p.strip() in h.issuer:
            continue                            # a line of the issuer's name ("TỔ CÔNG TÁC TRIỂN KHAI" / "ĐỀ ÁN 06 TỈNH")
        if p.strip().upper() in _DOC_TYPES or p.strip() in _DOC_TYPES:
            type_idx = i
            h.doc_type = p.strip().upper()
            break
        m = _TYPE_AND_TITLE.match(p.strip())
        if m and p.strip().isupper() and m.group(1) not in ("KẾ HOẠCH", "CHƯƠNG TRÌNH") or \
                m and m.group(1) == "BIÊN BẢN":
            type_idx = i                        # "BIÊN BẢN KIỂM TRA THỰC ĐỊA": type and title on one line
            h.doc_type, first_title = m.group(1), m.group(2)
            break
    if type_idx is not None:
        title_parts = [first_title] if first_title else []
        j = type_idx + 1
        while j < len(paragraphs) and len(title_parts) < 3 and not (
                first_title and not first_title.rstrip().endswith(("tại", "về", "của", ",", "TẠI", "VỀ", "CỦA"))):
            p = paragraphs[j]
            if _MEETING.search(p) or p.startswith(("Ngày ", "Sau khi ", "Căn cứ ", "Hôm nay")) or (
                    p.startswith("Thực hiện ") and (title_parts or _CARRIES_OUT_A_PAPER.match(p) or p.rstrip().endswith((":", ".")))):
                break                           # (not a plan's title of that verb: "Thực hiện nếp sống văn minh …")
            title_parts.append(p)
            j += 1
            if not p.rstrip().endswith(("tại", "về", "của", ",")):
                break
        h.title = " ".join(title_parts).strip()
        h.body_start = j
        return
    for i, p in enumerate(paragraphs[:15]):
        if _TITLE_LINE.match(p) and len(p) < 350 and not p.rstrip().endswith((".", ";", ":")):
            h.title = p                         # "Kết luận của đồng chí … tại cuộc họp …"
            h.body_start = i + 1
            return
    head_zone = next((i for i, p in enumerate(paragraphs[:15]) if len(p) > 150 and not _SUBJECT_LINE.search(p)), 15)
    for i, p in enumerate(paragraphs[:head_zone]):
        m = _SUBJECT_LINE.search(p)
        if m:                                   # a letter: "V/v triển khai thực hiện …"
            title = _TITLE_END.split(m.group(1))[0]
            if "<br" in title:
                title = " ".join(x.strip(" *") for x in _CELL_BREAK.split(title) if x.strip(" *"))
            pd = _PLACE_DATE.search(title)
            h.title = (title[:pd.start()] if pd else title).strip(" ,")
            h.doc_type = h.doc_type or "CÔNG VĂN"
            h.body_start = i + 1
            if title == m.group(1) and not pd:
                # "V/v thông báo ý kiến chỉ đạo của Phó" / "Chủ tịch UBND tỉnh tại cuộc họp …": a subject
                # wrapped one header cell per line goes on up to the next part of the header
                j = i + 1
                while j < head_zone and _SUBJECT_GOES_ON.match(paragraphs[j]) and not _HEADER_PART.search(paragraphs[j]) \
                        and not paragraphs[j].isupper():
                    h.title += " " + paragraphs[j].strip()
                    j += 1
            return


# the patterns of _addressees(), compiled once at import
# the space after a full stop before a capitalised word: a new sentence
_NEXT_SENTENCE = quick_compile(r"(?<=[.])\s+(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
_BULLETED = quick_compile(r"[-–•+]\s*\S")
_INDENTED_BULLETED = quick_compile(r"\s*[-–•+]\s*\S")
# between addressees: a semicolon, or a bullet
_ADDRESSEE_SEP = quick_compile(r"\s*;\s*|(?:^|\s)[-–•+]\s+")


# words after an addressee referring to those named above it ("… các xã, phường nêu trên"): no part of its name
_REFERRING_TAIL = quick_compile(r"\s+(?:nêu trên|nói trên|trên đây)$")


def _addressee_parts(item: str) -> list:
    """One "Kính gửi" item split at its semicolons and bullets; a dash in the middle of the line
    that no body follows is part of a name ("Sở Quy hoạch - Kiến trúc", "Ban Quản lý Khu kinh tế
    cửa khẩu Đồng Đăng - Lạng Sơn")."""
    from .bodies import body_grammar
    parts: list = []
    pos = 0
    for m in _ADDRESSEE_SEP.finditer(item):
        dash_inside = m.start() > 0 and ("-" in m.group(0) or "–" in m.group(0))
        if dash_inside and not body_grammar().starts_a_body(item[m.end():]):
            continue
        if dash_inside and item[pos:m.start()].lstrip(" -–•+").lower().startswith("liên danh"):
            continue                    # "Liên danh Công ty A - Công ty B": one joint venture of both firms
        parts.append(item[pos:m.start()])
        pos = m.end()
    parts.append(item[pos:])
    # "Các Sở: Văn hóa, Thể thao và Du lịch; Nông nghiệp và Môi trường; Xây dựng": the list's head
    # goes on over its semicolons ("Sở Nông nghiệp và Môi trường", "Sở Xây dựng")
    head = None
    for k, part in enumerate(parts):
        m = _ELIDED_HEAD.match(part.strip())
        if m is not None:
            head = " ".join(w for w in m.group("head").split() if w.lower() != "các")
        elif head and part.strip()[:1].isupper() and len(part) < 80 and not body_grammar().starts_a_body(part.strip()):
            parts[k] = head + " " + part.strip()
        else:
            head = None
    return parts


# a list under one head noun: "Các Sở:", "UBND các xã:", "Giám đốc các Sở:"
_ELIDED_HEAD = quick_compile(r"^(?:[^:]{0,30}?\s)?(?P<head>(?:Các\s+)?(?:Sở|Ban|Bộ|(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+các\s+(?:xã|phường|huyện|tỉnh))):")


# an addressee's role in brackets closing its item: "(để phối hợp)", "(để biết)", "(b/c)"
_ROLE_NOTE = quick_compile(r"(?i)\(\s*(?:để\s+)?(?:phối hợp|biết|báo cáo|b/c|theo dõi|chỉ đạo)\s*\)\s*[.;,]?\s*$")


# the bars of a line laid out in table cells ("| | - Sở X; |"), around its words
_IN_BARS = quick_compile(r"^(?:\s*\|)+\s*|\s*\|\s*$")


def _addressees(h: Header, paragraphs: list[str]) -> None:
    """A letter's "Kính gửi:" list (inline, or one "- …;" paragraph per addressee); the body
    starts after it."""
    for i, p in enumerate(paragraphs[:40]):
        low = p.lower()
        if "nơi nhận" in low and _RECIPIENTS_LINE.match(low):
            break                       # a "Kính gửi:" after the signature is a forwarded document's (a
                                        # commune's letter or a citizen's petition attached to a slip)
        m = _KINH_GUI.search(p) if "gửi" in low or "điện" in low or "chuyển" in low else None     # (a quick look first)
        if not m:
            continue
        cells = [c.strip() for c in p[m.end():].split("|")]
        # "Kính gửi: Bộ Kế hoạch và Đầu tư. Báo Đấu thầu …": the list ends with its sentence
        first = _NEXT_SENTENCE.split(cells[0], maxsplit=1)[0] if cells else ""
        items = [first] if first else []
        taken = 0                               # the row's cells after the first that are addressees
        for c in cells[1:]:
            if not _BULLETED.match(c):
                break                           # the body goes on in the same flattened row
            items.append(c)
            taken += 1
        # the paragraphs after it (items in the cells of a layout table without their bars: "| | - Các
        # Bộ, cơ quan ngang Bộ; |"), ``k`` of them taken
        later = [_IN_BARS.sub("", x) for x in paragraphs[i + 1:i + 31]]
        k = 0
        if not first and len(cells) <= 1 and later and not _INDENTED_BULLETED.match(later[0]) \
                and len(later[0]) < 300 and not _ITEM_VERB.search(later[0]) \
                and (";" in later[0] or len(later[0]) < 120):
            items.append(later[0])              # "Kính gửi:" / "Sở X; Sở Y; UBND các xã.": the list on the next line
            k = 1
        while k < len(later):
            if items and items[-1].rstrip().endswith(("-", "–")) and later[k].strip()[:1].isupper() \
                    and not _INDENTED_BULLETED.match(later[k]) and len(later[k]) < 150:
                # "- Liên danh Công ty A -" / "Công ty B (Liên danh A - B);": a name wrapped at its dash
                items[-1] = items[-1].rstrip() + " " + later[k].strip()
            elif _INDENTED_BULLETED.match(later[k]) and (not _ITEM_VERB.search(_ROLE_NOTE.sub("", later[k]))
                                                          or _described_addressee(later, k)):
                items.append(later[k])      # (also "- Bảo hiểm xã hội thành phố (để phối hợp).": its role in brackets)
            else:
                break
            k += 1
        j = i + 1 + k
        for item in items:
            for part in _addressee_parts(item):
                if _ROLE_NOTE.search(part):
                    continue                # an addressee told to co-operate or to know: no lead of the letter's tasks
                part = _REFERRING_TAIL.sub("", part.strip(" -–•+;.,"))   # ("Tổ công tác Đề án 06 các xã, phường nêu trên")
                if part and (len(part) < 150 or (":" in part and len(part) < 400)):
                    h.addressees.append(part)   # (a group's members listed after its label may run long: "Các chủ đầu
                                                # tư: Ban Quản lý dự án …, Ban Quản lý Khu kinh tế …, Công ty …")
        if len(cells) <= 1 or taken == len(cells) - 1:
            h.body_start = max(h.body_start, j)   # (also "Kính gửi: | - Sở X;" / "| - Sở Y;": a list in cells)
        return
    if h.doc_type == "GIẤY MỜI":
        _invitees(h, paragraphs)


def _described_addressee(later: list, k: int) -> bool:
    """A group of addressees told by what it does, between two others of the list: "- UBND xã A;" / "- Các trường mầm
    non, tiểu học thực hiện Chương trình sữa học đường;" / "- Công ty B.": a body or a group opening a short line that
    ends its item, the next line an addressee too (a task would open with its verb)."""
    from .bodies import body_grammar
    g = body_grammar()
    line = later[k].strip().lstrip("-–•+ ").rstrip()
    nxt = later[k + 1] if k + 1 < len(later) else ""
    return len(line) < 150 and line.endswith(";") and g.starts_a_body(line) \
        and bool(_INDENTED_BULLETED.match(nxt)) and g.starts_a_body(nxt.strip().lstrip("-–•+ "))


# an invitation's list of those invited, which stands for its "Kính gửi": "1. Thành phần:", "Thành phần mời:"
_INVITEES_LABEL = quick_compile(r"(?i)^\s*(?:\d{1,2}\.\s*|[IVX]{1,3}\.\s*)?thành phần(?:\s+(?:mời|tham dự|dự họp|dự hội nghị))?\s*:\s*")
# the title before an invitee's body: "Đại diện lãnh đạo Sở X", "Chủ tịch UBND các xã: …", "Lãnh đạo Sở Y"
_INVITEE_TITLE = quick_compile(r"(?i)^(?:đại diện\s+)?(?:lãnh đạo\s+)?")


def _invitees(h: Header, paragraphs: list[str]) -> None:
    """An invitation's "Thành phần:" list (inline, or one "- …;" paragraph per body invited): its
    addressees, whom "Các cơ quan, đơn vị được mời gửi Phiếu đăng ký …" names.  The body is not moved:
    the list is part of it."""
    for i, p in enumerate(paragraphs[:60]):
        p = p.replace("*", "")                  # ("**1. Thành phần:**")
        m = _INVITEES_LABEL.match(p)
        if m is None:
            continue
        items = [p[m.end():]] if p[m.end():].strip() else []
        for later in paragraphs[i + 1:i + 31]:
            if not _INDENTED_BULLETED.match(later) or _ITEM_VERB.search(later):
                break
            items.append(later)
        for item in items:
            for part in _addressee_parts(item):
                part = part.strip(" -–•+;.,")
                t = _INVITEE_TITLE.match(part)
                part = part[t.end():] if t is not None and t.end() < len(part) else part
                if part and len(part) < 150:
                    h.addressees.append(part[:1].upper() + part[1:])
        h.invitation = True
        return


# a word that makes the date after it a time limit ("trước", "hạn", …), not the meeting
_LIMIT_WORD_BEFORE = quick_compile(r"(?<!\w)(?:đến|từ|trước|sau|hết|hạn|nhất|tới)\s*$", re.I)


# a letter's subject conveying what was concluded at a meeting
_CONVEYS_A_MEETING = quick_compile(r"(?i:kết luận|ý kiến chỉ đạo)\b.{0,80}?\b(?i:tại)\s+(?i:" + _MEETING_NOUNS + r")")
# a line going on with a letter's subject: short, with no end of sentence ("Chủ tịch UBND tỉnh tại cuộc
# họp nghe báo"), not another part of the header
_SUBJECT_GOES_ON = quick_compile(r"^[^.;:|]{3,200}$")
_HEADER_PART = quick_compile(r"(?i:cộng hòa|cộng hoà|độc lập|kính gửi|số\s*:)|,\s*ngày\b.{0,12}\btháng\b")


def _after_issue(h: Header, d: Optional[date]) -> bool:
    """Is ``d`` later than the notice's own day (a planned event, never its meeting)?"""
    return bool(d and h.issued and d > h.issued)


def _meeting_date(h: Header, paragraphs: list[str]) -> None:
    """"Ngày 22/4/2026, đồng chí …", "Hôm nay, ngày 14/9/2026" in the first body paragraphs,
    else the first day named there that is not a cited document's, else the title's (a day
    written in words, "ngày mồng hai tháng Sáu năm 2026", read in figures)."""
    from .deadlines import spelled_days_as_digits
    paragraphs = paragraphs[:h.body_start] + [spelled_days_as_digits(p) for p in paragraphs[h.body_start:h.body_start + 7]] \
        + paragraphs[h.body_start + 7:]
    if h.doc_type == "NGHỊ QUYẾT":
        for p in paragraphs[h.body_start:]:
            m = _SESSION_ADOPTED.search(p)
            if m:                               # "… Kỳ họp thứ Hai thông qua ngày 20 tháng 6 năm 2026"
                h.meeting_date = _mk_date(*[x for x in m.groups() if x is not None][:3])
                return
    if h.doc_type and h.doc_type not in _MEETING_TYPES and not _CONVEYS_A_MEETING.search(h.title or ""):
        return                                  # a letter, a plan, a directive: no meeting (but a letter
                                                # "V/v thông báo ý kiến kết luận … tại cuộc họp …": its day)
    # (minutes give their day in a field a few lines on: "- Thời gian: 08 giờ 00, ngày …")
    body = paragraphs[h.body_start:h.body_start + (4 if h.doc_type and h.doc_type != "BIÊN BẢN" else 7)]
    # (a day after the notice's own is a planned event: "- Thời gian: từ ngày 28/4 …")
    for p in body:
        m = _TODAY.search(p)
        if m:                                   # minutes: "Hôm nay, vào hồi 9 giờ ngày …" is their own day,
            d = _mk_date(*[x for x in m.groups() if x is not None][:3])  # whatever day an earlier paragraph tells of
            if not _after_issue(h, d):
                h.meeting_date = d
                return
    for p in body:
        m = _MEETING.search(p) or _MEETING_FIELD.match(p) or _MEETING_PART_OF_DAY.search(p)
        if m and (h.doc_type or _A_MEETING.search(p)):      # (a page: "Ngày 16/4, UBND tỉnh ban hành công văn …" is no meeting)
            d = _mk_date(*[x for x in m.groups() if x is not None][:3])
            if not _after_issue(h, d):
                h.meeting_date = d
                return
    if not h.doc_type and _reported_meeting(h, paragraphs[(lead := _article_start(paragraphs, h.body_start)):lead + 7]):
        return
    if not h.doc_type and not any(_A_MEETING.search(p) for p in paragraphs[h.body_start:h.body_start + 2]):
        return                                  # a page that tells of no meeting (a reception called off)
    # "Chiều ngày 20-21/4/2026 …", "… số 28/CTr-UBND ngày 27/3/2025 …; ngày 21/4/2025, …":
    # the first day named that is not the date of a cited document
    for p in paragraphs[h.body_start:h.body_start + 2]:
        for m in _ANY_DAY.finditer(p):
            if _CITED.search(p[max(0, m.start() - 40):m.start()]):
                continue
            if _LIMIT_WORD_BEFORE.search(p[max(0, m.start() - 12):m.start()]):
                continue            # "(tính đến ngày 09/6/2026, …)": a cut-off date, not the meeting
            if _PLACE_DATE.search(p[max(0, m.start() - 40):m.end()]):
                continue            # the issue date line of a header
            first, *rest = m.groups()
            g = [x for x in rest if x is not None]
            d = _mk_date(first or g[0], g[1], g[2])
            if d and not _after_issue(h, d):            # (a day after the notice is planned, never its meeting)
                h.meeting_date = d
                return
    if h.issued_month:
        # "Ngày 03/11, đồng chí … chủ trì": the year is the notice's (the one before if later)
        for p in paragraphs[h.body_start:h.body_start + 2]:
            m = _MEETING_NO_YEAR.search(p)
            if m:
                y, mo = h.issued_month
                d = _mk_date(m.group(1), m.group(2), y)
                if d and (d.month, d.day) > ((h.issued.month, h.issued.day) if h.issued else (mo, 31)):
                    d = _mk_date(m.group(1), m.group(2), y - 1)
                h.meeting_date = d
                return
    if h.title:
        m = _TITLE_MEETING.search(h.title)
        if m:
            g = [x for x in m.groups() if x is not None]
            h.meeting_date = _mk_date(*g[:3])


# a date, in figures or in words
_A_DATE = quick_compile(_DATE_NUM + "|" + _DATE_WORDS)


def _reported_meeting(h: Header, body: list[str]) -> bool:
    """A press or portal report of a meeting: "… thông báo kết luận tại cuộc họp giao ban ngày
    31/10/2016", "Chiều 14-6, ông … chủ trì cuộc họp …" (the year the page gives, or the first
    one its text names).  True when the meeting date was set."""
    for p in body:
        m = _CONCLUSION_OF_MEETING.search(p)
        d = _A_DATE.match(p[m.end():]) if m else None
        if d:
            g = [x for x in d.groups() if x is not None]
            h.meeting_date = _mk_date(*g[:3])
            if h.meeting_date:
                return True
    for p in body:
        m = _PART_OF_DAY_NO_YEAR.search(p)
        if m and _A_MEETING.search(m.group("rest")):
            year = (h.issued or h.published).year if (h.issued or h.published) else _first_year(body)
            h.meeting_date = _mk_date(m.group(1), m.group(2), year) if year else None
            if h.meeting_date:
                return True
    return False


# the opening of a press item's lead paragraph: its agency's tag and a dash ("(QTO) - ", "(Baonghean.vn) –"); a
# page's article begins with it ("(LSO) - Chiều 10/9, …") or with its first long paragraph, after the site's menus,
# the date stamp, the headline and the share buttons (also read by parse/clean.py)
PRESS_LEAD = quick_compile(r"\s*\((?:[A-ZĐ][\w.]{1,15}|[\w.]{2,20}\.vn)\)\s*[-–—]\s")


def _article_start(paragraphs: list[str], start: int) -> int:
    """Where a web page's article begins (within its first 15 paragraphs), else ``start``."""
    for i in range(start, min(len(paragraphs), start + 15)):
        if PRESS_LEAD.match(paragraphs[i]) or len(paragraphs[i]) >= 100:
            return i
    return start


def _first_year(body: list[str]) -> Optional[int]:
    for p in body:
        y = _A_YEAR.search(p)
        if y:
            return int(y.group(0))
    return None


def _leader(h: Header, paragraphs: list[str]) -> None:
    """The presiding leader: from the title ("Kết luận của đồng chí …"), else from the meeting
    paragraph ("đồng chí X, Chủ tịch UBND tỉnh chủ trì")."""
    m = _LEADER_IN_TITLE.search(h.title)
    if m:
        h.leader = m.group("who").strip().rstrip(",")
    for p in paragraphs[h.body_start:h.body_start + 3]:
        mc = _CHAIR.search(p)
        if mc and (not h.leader or "," not in h.leader):
            h.leader = f"{mc.group('name')}, {mc.group('role').strip()}"
            break
    if h.leader and "," not in h.leader:
        # "Kết luận của Chủ tịch UBND tỉnh": look for the name in the meeting paragraph
        for p in paragraphs[h.body_start:h.body_start + 3]:
            mm = re.search(r"đồng chí\s+([A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*){1,4}),\s*" + re.escape(h.leader), p)
            if mm:
                h.leader = f"{mm.group(1)}, {h.leader}"
                break


def _body_end(h: Header, paragraphs: list[str]) -> None:
    """The body ends at "Nơi nhận" (also as the first cell of a flattened signature table)."""
    h.body_end = len(paragraphs)
    for i, p in enumerate(paragraphs):
        if i > h.body_start and (_RECIPIENTS_LINE.match(fold(p)) or (len(p) < 40 and PAGE_END.match(fold(p)))
                                 or _minutes_signature(p, paragraphs[i - 1])):
            h.body_end = i
            return


# the capitals of a signature block of minutes: "ĐẠI DIỆN CÔNG TY   TRƯỞNG ĐOÀN KIỂM TRA" (folded)
_MINUTES_SIGNATURE = quick_compile(r"^[|*\s]*" + words_alternation(directive_cues()["minutes_signature_titles"]) + r"(?!\w)")


def _minutes_signature(p: str, before: str) -> bool:
    """A line of capitals only that opens with a signer's title of minutes (no "Nơi nhận" before it):
    two titles side by side, or one after the body's last words ("… ký tên dưới đây./.")."""
    if len(p) >= 120 or p != p.upper() or not any(c.isalpha() for c in p):
        return False
    f = fold(p)
    return _MINUTES_SIGNATURE.match(f) is not None and \
        (len(_A_SIGNERS_TITLE.findall(f)) > 1 or before.rstrip(" |*").endswith("/."))


_A_SIGNERS_TITLE = quick_compile(r"(?<!\w)" + words_alternation(directive_cues()["minutes_signature_titles"]) + r"(?!\w)")


# the patterns of _recipients_and_signer(), compiled once at import
_NOI_NHAN_LABEL = quick_compile(r"^[|*\s]*nơi nhận\s*:?[*\s]*", re.I)
# "- Sở X;" / "; - Sở Y": the dash opening a recipient
_RECIPIENT_DASH = quick_compile(r"\s*(?:^|;)\s*-\s*")


def _recipients_and_signer(h: Header, paragraphs: list[str]) -> None:
    tail = paragraphs[h.body_end:]
    if any(" | " in p for p in tail):
        # "Nơi nhận" beside the signature (a two-column table, or columns set by tabs): the left
        # column, then the right one
        cols = [p.split(" | ", 1) for p in tail]
        tail = [c[0].strip() for c in cols if c[0].strip()] + [c[1].strip() for c in cols if len(c) > 1 and c[1].strip()]
    if any("<br" in p for p in tail):
        # a converted table's cells hold their lines joined by "<br>" ("**Nơi nhận:**<br>- Như trên;<br>- Lưu: VT." beside
        # "**KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br>**Hoàng Thị Ngọc Ánh**"): one line each
        tail = [x.strip(" |*") for p in tail for x in _CELL_BREAK.split(p) if x.strip(" |*")]
    if tail and _NOI_NHAN_LABEL.match(tail[0]) and not any(" | " in p or "<br" in p for p in tail) \
            and any(_SIGNATURE_AT_END.match(p) for p in tail[:3]):
        # a layout extraction whose columns lost their gap ("Nơi nhận: KT. CHỦ TỊCH", "- Như trên; PHÓ CHỦ TỊCH", …, "- Lưu:
        # VT, KT. Nông Quang Trường"): the recipients on the left, the signature's lines on the right
        left, right = [], []
        for p in tail:
            m = _SIGNATURE_AT_END.match(p) or _SIGNER_AT_END.match(p)   # (a title, else a name, after the recipients)
            left.append(m.group("left") if m is not None else p)
            if m is not None:
                right.append(m.group("right"))
        tail = left + right
    if tail and len(tail[0]) < 40 and PAGE_END.match(fold(tail[0])):
        tail = []                       # a web page's "Tin liên quan:": no recipients, no signature
    rest = _NOI_NHAN_LABEL.sub("", tail[0]) if tail else ""
    items = ([rest] if rest else []) + tail[1:]
    for p in items:
        if _SIGN_ROLE.match(p) or _PERSON.match(p.strip()) or _APPENDIX.match(p):
            break
        for part in _RECIPIENT_DASH.split(p):
            part = part.strip(" -;.")
            if part and not part.lower().startswith("lưu"):
                h.recipients.append(part)
    for p in reversed(tail[:_appendix_index(tail)]):
        s = p.strip()
        if _PERSON.match(s) and not s.isupper():
            h.signer = s
            break


def _appendix(h: Header, paragraphs: list[str]) -> None:
    """An appendix after the signature ("PHỤ LỤC", a task table): read as part of the body."""
    k = _appendix_index(paragraphs[h.body_end:])
    if k < len(paragraphs) - h.body_end:
        h.appendix_start = h.body_end + k


def _appendix_index(tail: list[str]) -> int:
    return next((i for i, p in enumerate(tail) if i and _APPENDIX.match(p.strip("|* "))), len(tail))
