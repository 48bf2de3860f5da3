"""The grammar of Vietnamese public bodies: how a body is named, whether or not the province's
directory knows it.  The word lists live in ``data/bodies.yaml``.

Three shapes, each found in running text with its offsets (``Directory.find_mentions`` adds the
directory's canonical names, predecessors and sheet codes to what it knows):

- a **single body**: a head noun and its name.  After most heads (*Cục, Vụ, Trung tâm, Sở …*)
  the name starts with a capital and may go on in lower case, as official names are written
  (*Cục Biến đổi khí hậu*, *Vụ Kế hoạch - Tài chính*, *Trung tâm Truyền thông tài nguyên và môi
  trường*); after an "open" head it may start in lower case (*Ban Quản lý dự án đầu tư xây dựng
  số 2*, *Thi hành án dân sự tỉnh*).  The name ends before a function word, a verb of the
  directive cues, a punctuation mark or another body; lower-case words go on a name only after
  a capitalised word of its own (*… Biến đổi khí hậu*), not after a place name or "tỉnh"
  (*Hội Nông dân tỉnh| vận động …*);
- a **collective**: *các* and plural heads joined by commas or *và*, with qualifiers (*các Bộ, cơ
  quan ngang Bộ*; *UBND các tỉnh, thành phố trực thuộc Trung ương*; *các Tập đoàn kinh tế, Tổng
  công ty nhà nước*; *các cơ quan, đơn vị*).  Some of them (*các cơ quan, đơn vị*) stand for the
  bodies addressed: ``refers_to_addressees``;
- a **list with an elided head**: *các Sở: Y tế, Nội vụ, Văn hóa, Thể thao và Du lịch*, *các Bộ:
  Công Thương, Xây dựng* (see ``Directory._scan_elided``).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ..text import fold
from .cues import BODIES_PATH, directive_cues, load_phrases, words_alternation
from .quick import quick_compile

__all__ = ["BodyGrammar", "body_grammar", "load_bodies", "BODY_KEYS", "FIRM_HEADS"]

BODY_KEYS = ("heads", "open_heads", "capitalised_open_heads", "whole_heads", "team_heads", "team_name_verbs", "place_nouns", "zone_nouns", "role_heads", "form_words", "name_stops",
             "name_nouns", "name_fields", "and_breaks", "plural_heads",
             "separate_heads", "counted_heads", "lower_case_roles",
             "qualifiers", "restricting_qualifiers", "addressee_words", "person_honorifics", "person_titles", "named_before_words",
             "named_before_tails", "level_words", "collective_titles", "every_level_bodies",
             "every_level_tails", "listed_heads", "addressee_tails", "letter_tails", "local_words",
             "party_unit_heads", "party_board_fields", "council_board_fields", "listed_unit_nouns", "named_back_kinds", "divisions_named_back", "field_codes", "hamlet_kinds", "hamlet_heads", "teams_named_in_plural", "household_kinds", "boards_with_members", "boards_of_a_body", "branch_brands", "capitalised_plural_heads", "region_words", "kinds_named_before",
             "institution_titles", "institution_nouns", "institution_kinds", "heads_before_a_name", "group_kinds",
             "group_verbs", "role_titles", "office_titles", "not_after_plural_heads", "not_heads", "owner_titles",
             "short_name_words", "done_to_the_named")

# one word of a name: a word, a number, a code ("XL-01", "TN&MT"), a loanword after a slash ("da
# cam/dioxin"), after spaces or a dash (also
# a dash written against a word: "Vụ Kế hoạch -Tài chính", "Vụ Kế hoạch- Tài chính")
_COMMA_OR_SEMI = quick_compile(r"[ \t]*[,;]")
# … or the bracket of its role ("… các công trình giao thông (chủ đầu tư)")
_COMMA_SEMI_OR_BRACKET = quick_compile(r"[ \t]*[,;(]")
# heads of bodies other than local governments, beside "địa phương" in one group
_NOT_LOCAL_HEAD = quick_compile(r"(?<!\w)(?:bộ|sở|ngành|cơ quan|đơn vị)(?!\w)")
# "thuộc Sở …", "thuộc UBND …": the body a unit belongs to, after the unit's name
_BELONGS_TO = quick_compile(r"thuộc\s+[A-ZĐ]")
# (… a unit numbered under a roman numeral: "Chi cục Quản lý đường bộ I.2")
_WORD = quick_compile(r"(?:[ \t]*[-–][ \t]*|[ \t]+)([^\W_]+(?:(?:[&\-]|/(?=[a-z]+(?![^\W\d_]))|(?<=[IVX])\.(?=\d{1,2}(?![\d.])))[^\W_]+)*"
                      r"|\d{1,3})(?![\w&])")
# "xã hội" (society), whose "xã" is no level word
_SOCIAL = quick_compile(r"xã[ \t]+hội(?!\w)")
# what may follow the last word of a name: a punctuation mark, a dash, the end of the text or
# "là" ("Giao Vụ Vật liệu xây dựng là cơ quan tham mưu …")
_NAME_CLOSE = quick_compile(r"[ \t]*(?:[;,.:/)(|–-]|\s*$|là(?!\w))")
_UNIT_PLACE = quick_compile(r"[ \t]+(?:thành phố|thị xã|huyện|xã|phường|thị trấn)(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*){1,3}(?![\w])")
# a comma inside a name of three fields, the last after "và": "Xúc tiến Đầu tư, Thương mại và Du
# lịch", "Văn hóa, Thể thao và Du lịch" (up to the space before the next capitalised word)
_COMMA_IN_NAME = quick_compile(r"[ \t]*,(?=[ \t][A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+[a-zà-ỹđ][^\W\d_]*)?[ \t]+và[ \t]+[A-ZĐÀ-Ỹ])[ \t]")
# "Phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới" on a line of its own: words in lower case, then
# "và" and a capital, then the end — all of it the name
_COMMA_LOWER_TO_END = quick_compile(r"[ \t]*,[ \t][a-zà-ỹđ][^\W\d_]*(?:[ \t]+[a-zà-ỹđ][^\W\d_]*){0,3}[ \t]+và[ \t]+"
                                    r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+[a-zà-ỹđ][^\W\d_]*){0,2}(?=[ \t]*(?:[.;:]|$))"
                                    # (… or its second field in lower case up to a bracket saying whose unit it is: "Đội Sát
                                    # hạch, cấp giấy phép lái xe (thuộc Phòng) cấp …")
                                    r"|[ \t]*,[ \t][a-zà-ỹđ][^\W\d_]*(?:[ \t]+[a-zà-ỹđ][^\W\d_]*){0,5}(?=[ \t]*\((?:thuộc|trực thuộc)[ \t])")
# a capitalised word a few lower-case words on, a name's own ("Ban| quản lý di tích Nhị") (raw text)
_CAPITAL_SOON = quick_compile(r"(?:[ \t]+[a-zà-ỹđ]+){1,4}[ \t]+[A-ZĐÀ-Ỹ]")
# a number going on as a figure, its thousands or decimals or a percent sign after it ("3.000 đồng", "1,5%") (a name's
# number stands alone: "số 2")
_A_FIGURE_GOES_ON = quick_compile(r"[.,]\d|[ \t]?[%‰]")
# heads whose name outside the directory ends with its owner's name (a person's: two capitalised words or more)
_OWNER_NAMED_HEADS = frozenset({"cơ sở", "nhóm trẻ"})     # (… and a day-care group: "Nhóm trẻ độc lập tư thục Bông Sen")
# a paper a body makes, after "xây dựng" as its verb ("… xây dựng báo cáo chuyên đề") (folded)
_A_PAPER_MADE = quick_compile(r"(?:báo cáo|kế hoạch|phương án|đề án|quy chế|dự thảo|tài liệu)(?!\w)")
# the whole of a level, no level closing a name ("toàn tỉnh", "toàn quốc") (folded)
_THE_WHOLE_UNIT = quick_compile(r"toàn[ \t]+(?:tỉnh|quốc|xã|phường|thành phố|huyện)(?!\w)")
_OWNERS_NAME_AT_END = quick_compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*)+$")
# a capital next: the name after a head ("Hội| Người cao tuổi"; not "Đoàn trường| quyết định …")
# a unit's level right after a body's head ("Đoàn| xã Chi Lăng", "Đoàn| các xã: A, B") (folded)
_UNIT_LEVEL_NEXT = quick_compile(r"[ \t]+(?:các[ \t]+)?(?:xã|phường|thị trấn|huyện|tỉnh|thành phố|đặc khu)(?!\w)")
_CAPITAL_NEXT = quick_compile(r"[ \t]+[“\"]?[A-ZĐÀ-Ỹ0-9]")
# a Party committee after a board's name ("Ban Thường vụ| Đảng ủy UBND tỉnh"): the committee's own board, named as its
# committee is (folded)
_PARTY_COMMITTEES = ("đảng ủy", "đảng uỷ", "đảng bộ", "tỉnh ủy", "tỉnh uỷ", "huyện ủy", "huyện uỷ", "thành ủy", "thành uỷ")
# a department's room, named by its fields ("Phòng Công chức, viên chức")
_UNIT_OF_A_BODY = frozenset({"phòng", "trung tâm"})
# a fund's or a campaign's name in quotes inside a body's ("Ban Vận động Quỹ “Vì người nghèo” tỉnh", "Ban Chỉ đạo Cuộc vận
# động “Toàn dân đoàn kết …”"), after the fund's word (folded)
_QUOTED_NAME_OF_A_FUND = quick_compile(r"[ \t]*[“\"][^“”\"\n]{2,80}[”\"]")
_FUND_BEFORE_A_QUOTE = quick_compile(r"(?<!\w)(?:quỹ|cuộc vận động|phong trào|chương trình|giải thưởng)$")
_LEVEL_AFTER_A_FIELD = quick_compile(r"[ \t]+(?:tỉnh|thành phố|huyện|xã|phường)(?!\w)")
_COMMA_ONLY = quick_compile(r"[ \t]*,[ \t]+(?=[a-zà-ỹđ])")
# … or before a capitalised field of a sub-committee's or a team's name ("Tiểu ban Tuyên truyền|, Lễ tân thiết kế …")
_COMMA_BEFORE_A_CAPITAL = quick_compile(r"[ \t]*,[ \t]+(?=[A-ZĐÀ-Ỹ])")
# heads of the units an event's organisers or a body set up, and of rooms, named by two or three fields with commas
# between ("Tiểu ban Hậu cần, Tài chính", "Phòng Hành chính, Tổ chức, Quản trị"): the later fields no bodies of their
# own (folded)
_UNITS_OF_TWO_FIELDS = frozenset({"tiểu ban", "tổ", "đội", "phòng"})
_LOWER_WORD_AFTER = quick_compile(r"[ \t]+[a-zà-ỹđ]")
# a run of capitalised words right after a place's noun ("… ven sông| Kỳ Cùng")
_CAPITALISED_RUN = quick_compile(r"(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*)+")
# a number or a code after "số" ("… số 11", "… số II", "… số 4A"), not a count's noun ("số cử tri")
_NUMBER_AFTER_SO = quick_compile(r"[ \t]+(?:\d|[IVXLC]+(?![^\W\d_])|[A-ZĐ](?![a-zà-ỹđ]))")
# "các" or "và" between the nouns of a project board's name ("xây dựng các công trình", "dân dụng và công nghiệp")
_RUN_JOINER = quick_compile(r"(?:các|và)[ \t]+")
_STOP_PUNCT = quick_compile(r"[ \t]*(?:[.;:()]|$)")
_HEAD_SEP = quick_compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")
_LOWER_WORD = quick_compile(r"[ \t]+([^\W\d_]+)")
_CODE = quick_compile(r"[IVX]+(?:\.\d{1,2})?|TNHH|MTV|CP|[A-ZĐ]{2,}(?:[&\-][A-ZĐ]+)*")        # (… "TN&MT", "KH-CN")


def load_bodies(path=None) -> dict:
    """Read and validate ``data/bodies.yaml`` (heads keep their capitals, the rest is folded)."""
    return load_phrases(path if path is not None else BODIES_PATH, BODY_KEYS, what="body grammar file",
                        keep_case=("heads", "open_heads", "capitalised_open_heads", "whole_heads", "team_heads", "capitalised_plural_heads",
                                   "heads_before_a_name",
                                   "field_codes", "hamlet_heads", "teams_named_in_plural"))


# school levels in capitals that go on a school's name after "và"
_SCHOOL_LEVELS = frozenset({"THCS", "THPT", "TH", "MN"})
# a company's legal form in capitals ("Công ty TNHH MTV …", "Công ty CP …"): no code that closes a name
_LEGAL_FORMS = frozenset({"tnhh", "mtv", "cp", "tm", "dv", "xnk", "xd"})
# a firm's heads and its legal form inside its name (folded)
_FIRM_KEYS = frozenset({"công ty", "tổng công ty"})
_AND_NEXT = quick_compile(r"\s+và(?=\s)")
_LEGAL_FORM_IN_NAME = quick_compile(r"(?<!\w)(?:cổ phần|tnhh|trách nhiệm hữu hạn)(?:\s+(?:một thành viên|mtv|hai thành viên(?: trở lên)?))?(?!\w)")


# the patterns of class BodyGrammar, compiled once at import
_NON_SPACE_RUN = quick_compile(r"\S+")
_UBND_CAC_DIA_PHUONG = quick_compile(r"(?:ubnd|ủy ban nhân dân)\s+các\s+địa phương$")
_UBND_PREFIX = quick_compile(r"^(?:ubnd|ủy ban nhân dân)\s+")
# the people's committee of a commune or a district, or of several ("UBND các xã, phường")
_LOCAL_GOVERNMENT = quick_compile(r"^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?:các\s+)?"
                                  r"(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|đặc khu|tỉnh)(?!\w)")



# the units "UBND các … nêu trên" may name: "UBND các huyện, thành phố nêu trên"
_LOCAL_UNITS = quick_compile(r"(?<!\w)(?:tỉnh|huyện|xã|phường|thị xã|thị trấn|thành phố|địa phương)(?!\w)")


# the level after "cấp" closing a body's name ("Tổ công tác Đề án 06 cấp xã", "… cấp tỉnh") (folded)
_LEVEL_AFTER_CAP = quick_compile(r"\s+(?:tỉnh|xã|huyện|phường|thành phố|cơ sở|trung ương)(?!\w)")

# a team's field in lower case closed by its level ("… giải phóng mặt bằng của tỉnh") (folded)
# (not its report to the province's committee: "Tổ công tác| báo cáo UBND tỉnh kết quả …")
_TEAM_FIELD_TO_LEVEL = quick_compile(r"(?!(?:báo cáo|gửi|trình|đề xuất|tham mưu|phối hợp|chủ trì)[ \t])(?:[a-zà-ỹđ]+[ \t]+){1,6}?(?:của[ \t]+)?(?:tỉnh|thành phố)(?!\w)(?![ \t]+[A-ZĐÀ-Ỹ])")
# "các xã, phường" after a team's name: the teams of that level (folded)
_UNITS_OF_A_LEVEL = quick_compile(r"các\s+(?:xã|phường|huyện|sở|đơn vị|thôn|bản|tổ dân phố)(?:\s*,\s*(?:xã|phường|đặc khu|thị trấn|thôn|bản|tổ dân phố))*(?!\w)")


# firms and households named back ("Các doanh nghiệp, hộ kinh doanh nêu trên", "các cơ sở nêu trên", by their owners: "Các
# chủ cơ sở nêu trên"; folded), and the
# heads their names open with
_FIRMS_NAMED_BEFORE = quick_compile(r"các\s+(?:chủ\s+)?(?:doanh nghiệp|công ty|cơ sở|hộ kinh doanh|thương nhân(?: phân phối| đầu mối)?|chủ bến(?: đò)?|chủ phương tiện"
                                   r"|hợp tác xã)"      # (… "các hợp tác xã nêu trên")
                                   r"(?:\s*(?:,|và)\s*(?:các\s+)?(?:doanh nghiệp|công ty|cơ sở|hộ kinh doanh|tổ hợp tác|hợp tác xã))*"
                                   r"\s+(?:nêu trên|trên|nói trên|đã nêu)")
# a title opening the next of a list after "và" ("Trạm Y tế phường và| Trưởng các khối, thôn") (folded)
_A_TITLE_AFTER_AND = quick_compile(r"(?:tổ\s+|thủ\s+)?trưởng(?!\w)|chủ tịch(?!\w)|giám đốc(?!\w)|tổng phụ trách(?!\w)")
# the heads of producers, whose names may hold a product's word in lower case between capitals (folded)
_PRODUCERS = ("hợp tác xã", "htx", "công ty", "hộ kinh doanh", "doanh nghiệp tư nhân")
FIRM_HEADS = ("công ty, tổng công ty, liên danh, doanh nghiệp, hộ kinh doanh, hợp tác xã, cơ sở, quán, nhà hàng, khách sạn, "
              "cửa hàng, siêu thị, nhà máy, xưởng, trang trại, chủ bến, chủ phương tiện")
# "các <head> nêu trên" (folded)
_HEAD_THEN_TAIL = quick_compile(r"các ([^\W\d_]+(?: [^\W\d_]+){0,4}(?:, [^\W\d_]+(?: [^\W\d_]+){0,4})*) (?:nêu trên|nói trên|đã nêu)")


# a body of each unit, named back ("Hội Người khuyết tật các xã nêu trên", "Ban Thường vụ Đoàn các xã, phường nêu trên")
# (folded; not "UBND các xã …" nor "Trưởng các thôn nêu trên", read on their own)
_BODY_OF_UNITS_BACK = quick_compile(r"(?P<body>(?!các\s|ubnd\s|ủy ban nhân dân\s|trưởng\s|tổ trưởng\s)[^\W\d_]+(?:\s+[^\W\d_]+){0,7}?)\s+các\s+"
                                    r"(?P<units>(?:xã|phường|thị trấn|thôn|bản|tổ dân phố)(?:\s*,\s*(?:xã|phường|thị trấn|thôn|bản))*)"
                                    r"\s+(?:nêu trên|nói trên|đã nêu|trên)")
# local units in the plural, bare ("các xã nêu trên", "các xã, phường có … nêu trên") (folded)
_LOCAL_UNITS_PLURAL = quick_compile(r"các\s+(?:xã|phường|huyện|thị xã|đặc khu)(?:\s*,\s*(?:xã|phường|huyện|thị xã|thành phố|đặc khu))*\s+"
                                    r"(?:nêu trên|nói trên|đã nêu)$")


class BodyGrammar:
    """``data/bodies.yaml`` compiled once."""

    def __init__(self, data: dict, cues: dict):
        self.data = data
        heads = sorted(set(data["heads"]) | set(data["open_heads"]) | set(data["whole_heads"]), key=len, reverse=True)
        # a head's first word as written (its capital tells a name from a common noun), the words
        # after it in either case ("Tổng công ty" / "Tổng Công ty", "Ban Quản lý" / "Ban quản lý")
        # (a head that is also a word of other names only before a capitalised word: "Khoa Dược", not "Sở Khoa học")
        before_a_name = set(data["heads_before_a_name"])
        # (a head whose word opens a common word is not that head there: "Sở hữu trí tuệ", `not_heads`)
        not_after = {}
        for w in data["not_heads"]:
            first, rest = w.split(None, 1)
            not_after.setdefault(first.lower(), []).append(rest)
        self.head_re = quick_compile(r"(?<!\w)(?:" + "|".join(
            re.escape(h.split()[0]) + "".join(r"\s+(?i:" + re.escape(w) + ")" for w in h.split()[1:])
            + (r"(?=[ \t]+(?:[A-ZĐÀ-Ỹ]|số[ \t]+\d))" if h in before_a_name else "")
            + (r"(?![ \t]+(?i:" + words_alternation(not_after[h.lower()]) + r")(?!\w))" if h.lower() in not_after else "")
            for h in heads) + r")(?!\w)")
        self.role_re = quick_compile(r"^" + words_alternation(data["role_heads"]) + r"\s")
        self.place_re = quick_compile(r"(?<!\w)" + words_alternation(data["place_nouns"]) + r"\s+$")
        # … and one opening a listed name ("Các Đồn Biên phòng: cửa khẩu Cốc Nam, cửa khẩu Chi Ma")
        self.place_before_name_re = quick_compile(r"(?:" + words_alternation(data["place_nouns"]) + r")[ \t]+(?=[A-ZĐÀ-Ỹ])")
        # a team's work before the programme it carries out ("Tổ công tác triển khai Đề án 06 tỉnh")
        self.team_keys = {" ".join(fold(h).split()) for h in data["team_heads"]}
        self.team_key_prefixes = tuple(k + " " for k in sorted(self.team_keys))  # a team's head followed by its name
        self.plural_teams = {" ".join(fold(h).split()) for h in data["teams_named_in_plural"]}
        # households told to act ("Các hộ gia đình chăn nuôi:", "các hộ gia đình, cá nhân có đất bị thu hồi bàn giao …",
        # "Hộ ông Hoàng Văn Toản" in a lead cell): the group or the household, as written
        # bodies of a kind named back by the kind ("Các cơ sở khám, chữa bệnh nêu trên": the hospitals, centres and
        # stations named before) (folded): (the words' pattern, the heads their names open with)
        # what was done to bodies named back ("… được thanh tra nêu trên") (folded)
        self.done_to_the_named = words_alternation(data["done_to_the_named"])
        # words of names written short ("liên hiệp phụ nữ" as "lhpn"), both ways (folded)
        self.short_name_words = []
        for entry in data["short_name_words"]:
            long, _, short = (x.strip() for x in entry.partition(":"))
            self.short_name_words += [(quick_compile(r"(?<!\w)" + re.escape(a) + r"(?!\w)"), b) for a, b in ((long, short), (short, long))]
        self.kinds_named_before = []
        for entry in data["kinds_named_before"]:
            kind, _, kind_heads = entry.partition(":")
            self.kinds_named_before.append((quick_compile(
                r"các\s+" + r"\s+".join(re.escape(w) for w in kind.split()) + r"\s+(?:nêu trên|trên|nói trên|đã nêu)"),
                ", ".join(h.strip() for h in kind_heads.split(";") if h.strip())))
        self.households_re = quick_compile(
            r"(?<!\w)(?:[Cc]ác[ \t]+hộ[ \t]+(?:" + words_alternation(data["household_kinds"]).replace(r"\s+", r"[ \t]+")
            + r")(?:[ \t]+(?:chăn nuôi|kinh doanh|sản xuất|trồng trọt))?(?![ \t]*[A-ZĐÀ-Ỹ])"
            # (… or by "Gia đình": "Gia đình ông Lăng Văn Sình" agreeing to move a pole on its land)
            r"|(?:[Hh]ộ(?:[ \t]+gia[ \t]+đình)?|[Gg]ia[ \t]+đình|(?i:" + words_alternation(data["owner_titles"]) + r"))"
            r"[ \t]+(?:ông|bà)[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*){1,4})(?!\w)")
        self.owner_titles = tuple(" ".join(fold(t).split()) for t in data["owner_titles"])    # (a quick look first)
        # … as written ("Các Tiểu ban", "các Đoàn kiểm tra"; not "các Đoàn kiểm tra liên ngành số 1, số 2", the teams
        # named, nor "các Đoàn kiểm tra của tỉnh" … a description after it)
        self.plural_team_re = quick_compile(r"(?<!\w)[Cc]ác[ \t]+(?:" + "|".join(sorted(
            (re.escape(h) for h in data["teams_named_in_plural"]), key=len, reverse=True)) + r")(?![ \t]+(?:liên ngành|số|[A-ZĐÀ-Ỹ]))(?!\w)")
        self.team_verb_re = quick_compile(words_alternation(data["team_name_verbs"]) + r"\s+(?=[A-ZĐÀ-Ỹ])")
        teams = words_alternation([" ".join(fold(h).split()) for h in data["team_heads"]])
        # (… or the team that writes, set up by a decision it cites: "Đoàn kiểm tra liên ngành thành lập theo Quyết định số
        # 214/QĐ-UBND …" opening its minutes)
        self.team_re = quick_compile(r"(?<!\w)thành lập\s+(?P<team>" + teams + r")(?!\w)"
                                     r"|(?<!\w)(?P<team2>" + teams + r")(?!\w)[^.;:()\n]{0,40}?\s(?:được\s+)?thành lập theo\s+quyết định"
                                     # (… or named right after the decision that set it up: "Thực hiện Quyết định số
                                     # 95/QĐ-TTr ngày 19/5/2026 của Chánh Thanh tra tỉnh, Đoàn thanh tra (07 thành viên) sẽ …")
                                     r"|(?<!\w)(?:thực hiện|theo|căn cứ)\s+quyết định\s+số\s+[^;:()\n]{3,100}?,\s*(?P<team3>" + teams + r")(?![\w ]*\s(?:số|liên ngành)\s)(?!\w)")
        # … or by the short name it is given: "Thành lập Đoàn kiểm tra, thẩm định thực tế … (sau đây gọi là Đoàn thẩm định)"
        self.team_short_re = quick_compile(r"(?<!\w)thành lập\s[^()\n]{3,300}?\(\s*sau đây gọi(?:\s+tắt)?\s+là\s+(?P<team>"
                                           + teams + r")\s*\)")
        self.open_heads = {" ".join(fold(h).split()) for h in data["open_heads"]}
        self.capitalised_open_heads = {" ".join(fold(h).split()) for h in data["capitalised_open_heads"]}
        self.whole_heads = {" ".join(fold(h).split()) for h in data["whole_heads"]}
        self.form_words = set(data["form_words"])
        self.level_words = frozenset(data["level_words"])
        verbs = {w.split(",")[0] for w in set(cues["subject_verbs"]) | set(cues["imperatives"]) if len(w) > 2}
        self.stop_re = quick_compile(words_alternation(set(data["name_stops"]) | verbs) + r"(?!\w)")
        # a group of the parties a letter asks, named by its kind and what they do ("Các doanh nghiệp kinh doanh kho
        # bãi", "các thương nhân phân phối xăng dầu", "Các đơn vị vận tải tham gia khai thác tuyến") (folded)
        # (… or by their owners: "Đề nghị chủ các cơ sở kinh doanh dịch vụ cầm đồ thực hiện …")
        self.group_kind_re = quick_compile(r"(?:chủ[ \t]+)?các[ \t]+" + words_alternation(data["group_kinds"]).replace(r"\s+", r"[ \t]+")
                                           + r"(?!\w)")
        self.group_verb_re = quick_compile(words_alternation(verbs | set(data["group_verbs"])) + r"(?!\w)")
        # an office holder named by the role ("Phó Hiệu trưởng phụ trách chuyên môn", "Giáo viên chủ nhiệm khối 12") (folded)
        self.role_title_re = quick_compile(words_alternation(data["role_titles"]) + r"(?!\w)")
        # … and the titles of an office in the body written after them ("Chỉ huy phó Ban CHQS xã") (folded)
        self.office_title_re = quick_compile(words_alternation(data["office_titles"]) + r"[ \t]+(?=[^\W\d_])")
        # (not "theo dõi", a verb: "Phòng Quản lý xây dựng| theo dõi …")
        self.function_re = quick_compile(r"(?!theo dõi(?!\w))" + words_alternation(data["name_stops"]) + r"(?!\w)")
        self.name_noun_re = quick_compile(words_alternation(data["name_nouns"]) + r"(?!\w)")
        self.name_field_re = quick_compile(r"(?<!\w)" + words_alternation(data["name_fields"]) + r"(?!\w)")
        self.and_break_re = quick_compile(words_alternation(data["and_breaks"]) + r"(?!\w)")
        self.zone_re = quick_compile(r"[ \t]+các[ \t]+" + words_alternation(data["zone_nouns"]) + r"(?!\w)")
        self.head_words = {fold(h.split()[0]) for h in heads}
        self.head_keys = {" ".join(fold(h).split()) for h in heads}
        self.separate_heads = set(data["separate_heads"])
        self.field_codes = frozenset(data["field_codes"])
        self.lower_case_roles = frozenset(data["lower_case_roles"])
        plural = words_alternation(set(data["plural_heads"]) | self.separate_heads)
        qual = words_alternation(set(data["qualifiers"]) | set(data["restricting_qualifiers"]))
        self.restricting_re = quick_compile(r"(?<!\w)" + words_alternation(data["restricting_qualifiers"]) + r"(?!\w)")
        # … and, inside the list only, a head that is also a verb ("…, cơ quan, tổ chức và UBND …")
        listed = (r"(?:" + plural + r"|" + words_alternation(data["listed_heads"])
                  + r"(?=\s*(?:và\s+(?:ubnd|ủy ban nhân dân|các)\s|[;:.)]|$)))")
        self.collective_re = quick_compile(
            r"(?<!\w)(?:(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?các\s+|(?P<bare>"
            + "|".join(r"(?<=" + re.escape(t) + r" )" for t in data["collective_titles"]) + r"))(?P<heads>" + plural
            + r"(?:\s*(?:,\s*(?:và\s+)?|\s+và\s+)" + listed + r")*)(?P<qual>"
            # a stray comma before the one qualifier that closes the list ("các sở, ban, ngành, thuộc
            # tỉnh, Bộ Chỉ huy …"): the qualifier still goes on the collective
            r"\s*,\s*" + qual + r"(?=\s*[,;:.)]|\s*$)|(?:\s+" + qual + r")*)(?!\w)"
            # (not a head that is the first word of another noun: "các phòng khám", "các phòng học")
            r"(?!\s+" + words_alternation(data["not_after_plural_heads"]) + r"(?!\w))")
        counted = words_alternation(data["counted_heads"])
        self.counted_re = quick_compile(
            r"(?<![\w.,/])\d{1,3}\s+(?P<heads>" + counted + r"(?:\s*(?:,\s*(?:và\s+)?|\s+và\s+)" + counted
            + r")+)(?P<qual>(?:\s+" + qual + r")*)(?!\w)")
        self.addressee_words = {" ".join(p.split()) for p in data["addressee_words"]}
        # "Đảng bộ các phường, xã: …": read backwards from the enumeration of units
        # "Các trường: Tiểu học A, THCS B", "Ban Quản lý các chợ: Vườn Hoa, Tây Thành"
        # (the heads of hamlets and their boards and branches as the data name them, "Trưởng", "Ban điều hành", "Chi hội
        # Khuyến học")
        listed_heads = sorted({r"[ \t]+".join([re.escape(w.split()[0])] + ["[" + x[0].upper() + x[0].lower() + "]" + re.escape(x[1:])
                                                                          for x in w.split()[1:]])
                               for w in (*data["hamlet_heads"], "Ban Quản lý", "BQL", "Bí thư chi bộ", "Chi bộ", "Chủ")},
                              key=len, reverse=True)
        self.listed_unit_re = quick_compile(
            r"(?<!\w)(?:(?P<head>" + "|".join(listed_heads) + r")[ \t]+"
            # ("Trưởng thôn các thôn: A, B": the head's unit written twice)
            r"(?:(?:thôn|bản|ấp|xóm|tổ dân phố|khu phố|buôn|làng|tổ)[ \t]+)?(?P<interim>lâm thời[ \t]+)?các[ \t]+"
            # (… or the head in the singular before a colon: "Trưởng thôn: Khòn Chu, Bản Đon và Trưởng thôn Nà Lầu:")
            r"|(?P<single>" + "|".join(listed_heads) + r")[ \t]+(?=[^\W\d_][^:\n]{0,20}:)|[Cc]ác[ \t]+)(?P<noun>"
            # (the noun capitalised too: "Các Công ty: May mặc Đồng Bành Việt, Chế biến gỗ Hữu Lũng Xanh")
            + words_alternation([*data["listed_unit_nouns"], *(n[:1].upper() + n[1:] for n in data["listed_unit_nouns"])])
            + r")(?:[ \t]*:[ \t]*(?=[A-ZĐÀ-Ỹ]|phía[ \t]+[A-ZĐÀ-Ỹ])"
            # (… or the heads of hamlets listed with no colon, two names at least: "Trưởng các thôn Đồng Lâm, Làng Trang:")
            r"|(?:(?<=thôn)|(?<=bản)|(?<=xóm)|(?<=khối)|(?<=ấp)|(?<=khóm))[ \t]+(?=[A-ZĐÀ-Ỹ][^\s,;:.()]*(?:[ \t]+[A-ZĐÀ-Ỹ][^\s,;:.()]*){0,3}[ \t]*,))")
        # (… a name by its side: "Trưởng các bến xe: phía Bắc, phía Nam và Đồng Đăng")
        # a field of a Party committee's board, as written ("Tổ chức", "Tuyên giáo và Dân vận")
        self.party_board_field_re = quick_compile(r"(?:" + "|".join(
            re.escape(x) for x in sorted(data["party_board_fields"], key=len, reverse=True)) + r")(?!\w)", re.I)
        # … and of a People's Council's board ("Kinh tế - Ngân sách", "Văn hóa - Xã hội", "Pháp chế", "Dân tộc")
        self.council_board_field_re = quick_compile(r"(?:" + "|".join(
            re.escape(x).replace(r"\ \-\ ", r"\s*[-–]\s*").replace(r"\ ", r"\s+")
            for x in sorted(data["council_board_fields"], key=len, reverse=True)) + r")(?!\w)", re.I)
        # a school's kinds as its name writes them ("THCS", "TH&THCS", "PTDTBT"), folded: after one, the school's place
        self.school_kinds = {" ".join(fold(k).split()) for k in data["institution_kinds"]}
        # "Agribank |Chi nhánh tỉnh Lạng Sơn": a brand right before a branch's name (folded)
        self.brand_names = frozenset(fold(b) for b in data["branch_brands"])
        self.brand_before_re = quick_compile(r"(?<![\w&])" + words_alternation(self.brand_names)
                                             + r"[ \t]+(?:[-–][ \t]+)?$")
        # "Ban Đại diện| Hội Người cao tuổi tỉnh": a board whose body follows (folded, the whole name so far)
        self.boards_of_a_body = {" ".join(p.split()) for p in data["boards_of_a_body"]}
        self.party_unit_head_re = quick_compile(r"(?<!\w)" + words_alternation(data["party_unit_heads"]) + r"\s+$")
        self.local_word_re = quick_compile(r"(?<!\w)" + words_alternation(data["local_words"]) + r"(?!\w)")
        # "các cơ quan, đơn vị, địa phương liên quan": the same bodies addressed
        self.addressee_tail_re = quick_compile(r"\s+(?:" + words_alternation(data["addressee_tails"]) + r")$")
        # "các cơ quan, đơn vị tại Kính gửi": the letter's addressees, wherever the words stand
        self.letter_tail_re = quick_compile(r"[ \t]+(?:" + words_alternation(data["letter_tails"]) + r")(?!\w)")
        self.named_before = {" ".join(p.split()) for p in data["named_before_words"]}
        self.divisions_named_back = frozenset(data["divisions_named_back"])
        self.named_before_tail_re = quick_compile(r"\s" + words_alternation(data["named_before_tails"]) + r"$")
        # "4 bộ, ngành nêu trên", "các sở, ngành nói trên": plural heads counted or after "các"
        # (… and kinds of units that only a list pointing back names so: "Các thôn, đơn vị nêu trên", "Các tổ, giáo viên
        # nêu trên")
        kinds = words_alternation(set(data["plural_heads"]) | self.separate_heads | set(data["named_back_kinds"]))
        heads_list = kinds + r"(?:\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:các\s+)?" + kinds + r")*"
        self.named_before_re = quick_compile(
            r"(?<!\w)(?:" + words_alternation(data["named_before_words"]) + r"|(?:các|(?P<count>\d{1,2}))\s+"
            + heads_list + r"(?:\s+(?:trực\s+)?thuộc\s+[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,4}?)?\s+"  # (… and their parent: "Các
            + words_alternation(data["named_before_tails"]) + r")(?!\w)")         # phòng, đơn vị thuộc Sở nêu trên")
        # … one kind named back together with the body after it ("Các trường| và UBND các xã nêu trên báo cáo …")
        self.named_before_with_next_re = quick_compile(
            r"(?<!\w)các\s+" + kinds + r"(?:\s*,\s*" + kinds + r")*"      # (… or kinds: "Các tổ chức hội, đoàn thể| và …")
            r"(?=\s*(?:,|và)\s+[^.;:()]{2,60}?\s+(?:nêu trên|nói trên)(?!\w))")
        # a person holding a task, always with a dash between person and role (see bodies.yaml)
        # (a person's name, not a role: "Giám đốc Sở Công Thương - Phó Trưởng ban thường trực" is a body and
        # its member's role on the board)
        name = (r"(?!(?i:" + words_alternation(data["person_titles"]) + r")(?![^\W\d_]))"
                r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:[ \t]+[A-ZĐÀ-Ỹ][a-zà-ỹđ]*){1,4}")
        title = (r"(?i:" + words_alternation(data["person_titles"]) + r")(?![^\W\d_])"
                 r"(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*){0,4}?")          # … and its unit: "Phó Giám đốc Sở"
        honorific = r"(?i:" + words_alternation(data["person_honorifics"]) + r")\.?[ \t]+"
        self.person_re = quick_compile(
            r"(?<!\w)(?:(?:" + honorific + r")?(?P<title1>" + title + r")[ \t]*[-–][ \t]*(?:" + honorific + r")?" + name
            + r"|(?:" + honorific + r")" + name + r"[ \t]*[-–][ \t]*(?P<title2>" + title + r"))"
            r"(?=[ \t]*(?:[:;,.()]|$|[ \t][a-zà-ỹđ]))")
        self.title_start_re = quick_compile(r"^" + words_alternation(
            set(data["person_titles"]) | set(data["collective_titles"])) + r"\s")
        # a holder's title before a body of its own ("… và Trưởng| Trạm Y tế các xã", "… và Giám đốc|
        # Sở Y tế"): the name before "và" ends (folded text; the body's capital checked on the text)
        self.title_then_body_re = quick_compile(r"(?:" + words_alternation(
            set(data["person_titles"]) | set(data["collective_titles"]) | {"trưởng"}) + r")[ \t]+(?=\S)")
        # the head of a commune's hamlet or quarter, of one named or of all ("Trưởng thôn Phố Cũ",
        # "Trưởng khối 5", "Trưởng các thôn, khối"): a body of a commune's notice, kept as written
        kinds = r"(?i:" + words_alternation(data["hamlet_kinds"]) + r")"
        # the hamlets' and quarters' nouns of several words ("tổ dân phố", "khu phố"), longest first (folded)
        self.hamlet_units = sorted((fold(k) for k in data["hamlet_kinds"]), key=len, reverse=True)
        # (also a hamlet's or a quarter's board: "Ban điều hành khu phố Đồng Kỵ", "Ban nhân dân ấp Mỹ Bình")
        heads = "(?P<head>" + "|".join(sorted(
            (r"[ \t]+".join([re.escape(w.split()[0])] + ["[" + x[0].upper() + x[0].lower() + "]" + re.escape(x[1:])
                             for x in w.split()[1:]]) for w in data["hamlet_heads"]), key=len, reverse=True)) + ")"
        # … whose first words a text must hold for the pattern to be tried at all ("Trưởng", "Tổ", "Ban", "Chi")
        self.hamlet_head_openings = tuple(sorted({w.split()[0] for w in data["hamlet_heads"]}))
        self.hamlet_head_re = quick_compile(
            # (not a body of its own in capitals after the comma: "Trưởng các thôn, Tổ truyền thông cộng đồng")
            r"(?<!\w)" + heads + r"[ \t]+(?:(?P<all>các[ \t]+" + kinds + r"(?:[ \t]*(?:,|và)[ \t]*(?![A-ZĐÀ-Ỹ])" + kinds
            + r"(?![ \t]+[Tt]rưởng))*(?:[ \t]+còn[ \t]+lại)?)"      # (… the rest of them: "Trưởng các thôn còn lại")
            r"|" + kinds + r"(?:[ \t]+(?:[A-ZĐÀ-Ỹ][^\W\d_]*|(?:số[ \t]+)?\d{1,3}[A-Za-z]?))+)(?!\w)"
            r"(?![ \t]+thi[ \t]+đua)")         # (not an emulation bloc's head: "Khối trưởng các Khối thi đua")
        # … the title alone, of any such head (folded): "trưởng thôn", "ban nhân dân ấp" ("các Trưởng thôn" in a letter
        # to the heads of named hamlets)
        self.hamlet_title_re = quick_compile(r"(?:" + words_alternation([fold(h) for h in data["hamlet_heads"]]) + r")\s+(?:"
                                             + words_alternation([fold(k) for k in data["hamlet_kinds"]]) + r")")
        # … and the next of its kind after it, the head written once: "Ban nhân dân ấp Mỹ Bình|, ấp Mỹ Điền",
        # "Trưởng thôn 7|, thôn 9"
        self.next_hamlet_re = quick_compile(
            r"[ \t]*(?:,|và)[ \t]*(?P<kind>" + kinds + r")(?:[ \t]+(?:[A-ZĐÀ-Ỹ][^\W\d_]*|(?:số[ \t]+)?\d{1,3}[A-Za-z]?))+(?!\w)")
        # a body handing its task down to its own hamlets ("UBND các xã giao chỉ tiêu cho từng thôn,
        # bản, …"; folded): it acts itself, no body is ordered
        self.handed_to_hamlets_re = quick_compile(
            # (… or to its own units: "UBND các xã, phường giao chỉ tiêu tiết kiệm điện cho các đơn vị trực thuộc …")
            r"\s*giao\s+(?:(?:chỉ tiêu|nhiệm vụ|kế hoạch)(?:\s+[^\W\d_]+){0,4}?\s+)?(?:cho|đến|tới)\s+(?:từng|các|mỗi)\s+(?:"
            + words_alternation([fold(k) for k in data["hamlet_kinds"]]) + r"|đơn vị trực thuộc|đơn vị thuộc)(?!\w)")
        # the heads (or boards) of hamlets or quarters listed by number: "Trưởng các khu vực 1, 2, 3", "Ban điều
        # hành các khu phố 4, 9, 11"
        self.numbered_hamlets_re = quick_compile(
            r"(?<!\w)" + heads + r"[ \t]+các[ \t]+(?P<kind>" + kinds + r")[ \t]*:?[ \t]*(?=\d{1,3}[A-Za-z]?[ \t]*(?:,|và[ \t]))")
        self.board_with_members_re = quick_compile(words_alternation(
            [" ".join(fold(h).split()) for h in set(data["team_heads"]) | set(data["boards_with_members"])]) + r"(?!\w)")
        # institutions in the plural written with their capital, as a letter addresses them ("Các Bệnh
        # viện trực thuộc Sở"; not "các bệnh viện", the objects of a task)
        self.capitalised_plural_re = quick_compile(
            r"(?<!\w)[Cc]ác[ \t]+(?:" + "|".join(re.escape(h) for h in data["capitalised_plural_heads"]) + r")"
            r"(?:[ \t]+(?:trực thuộc|thuộc)[ \t]+Sở(?:[ \t]+Y tế)?|[ \t]+(?:tuyến tỉnh|công lập|ngoài công lập|trong tỉnh"
            r"|trên[ \t]+địa[ \t]+bàn(?:[ \t]+tỉnh)?)"
            # (… or those under the issuer, the name ending there: "Các Phòng giao dịch trực thuộc hoàn thành …")
            r"|(?:[ \t]+[A-ZĐÀ-Ỹ][^\s,;:.()]*(?:[ \t]+[^\s,;:.()]+){0,6}?)?[ \t]+trực thuộc(?=[ \t]*[;:,.\n]|[ \t]+[a-zđà-ỹ]|$))?(?!\w)")
        # the words that go on a region after "khu vực" in lower case ("khu vực miền núi", "khu vực phía Bắc")
        self.level_after_region_re = quick_compile(words_alternation(data["region_words"]) + r"(?!\w)")
        self.role_after_dash_re = quick_compile(words_alternation(
            set(data["person_titles"]) | {"ủy viên", "uỷ viên", "phó trưởng ban thường trực", "trưởng ban"}
            # (… or the person: "Ban Quản lý dự án … tỉnh Gia Lai - Ông Rơ Châm Huy – Phó Giám đốc")
            | {h for h in data["person_honorifics"] if len(h) > 2}) + r"(?!\w)")
        self.vague_heads = {"cơ quan", "đơn vị", "tổ chức", "địa phương", "cơ quan chuyên môn"}
        self.collective_titles = tuple(data["collective_titles"])
        # the heads of schools or hospitals of a kind ("Hiệu trưởng các trường THCS, THPT", "Giám
        # đốc các bệnh viện"), and those listed by name ("Hiệu trưởng các trường THPT có lớp
        # chuyên: Lê Hồng Phong, Trần Đại Nghĩa", "Các trường THPT: A, B")
        # (the noun may come again before a kind: "Các trường phổ thông dân tộc bán trú, trường phổ
        # thông dân tộc nội trú")
        # (in lower case only: "Các trường THPT, Trường Phổ thông Dân tộc nội trú tỉnh" is the schools and one school)
        kinds = (r"(?:[ \t]*(?:,|và)?[ \t]+(?:(?:" + words_alternation(data["institution_nouns"]) + r")[ \t]+)?(?i:"
                 + words_alternation(data["institution_kinds"]) + r")(?!\w))*")
        # … each named after its kind, the noun written once: "Các trường Tiểu học Hữu Lũng và THCS Hữu Lũng"
        _name = r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+(?:[A-ZĐÀ-Ỹ][^\W\d_]*|\d{1,2}(?!\w)))*"
        self.institution_name_re = quick_compile(r"[ \t]+(?P<name>" + _name + ")")
        self.next_institution_re = quick_compile(r"[ \t]*(?:,|và)[ \t]*(?P<kind>(?i:" + words_alternation(data["institution_kinds"])
                                                 + r"))[ \t]+(?P<name>" + _name + ")")
        self.institution_re = quick_compile(
            r"(?<!\w)(?:(?P<title>(?i:" + words_alternation(data["institution_titles"]) + r"))[ \t]+)?(?P<cac>[Cc]ác)[ \t]+"
            r"(?P<noun>(?i:" + words_alternation(data["institution_nouns"]) + r"))(?!\w)(?P<kinds>" + kinds + r")"
            r"(?P<listed>(?:[ \t]+[a-zà-ỹđ]+){0,4}?[ \t]*:[ \t]*(?=[A-ZĐÀ-Ỹ]))?")
        # "Thanh tra các cấp", "Cơ quan thanh tra các cấp, các ngành": one collective
        self.every_level_re = quick_compile(r"(?<!\w)" + words_alternation(data["every_level_bodies"])
                                            + r"\s+các\s+cấp(?:\s*,\s*các\s+ngành)?(?:\s+"
                                            + words_alternation(data["every_level_tails"]) + r")?(?!\w)")

    # ------------------------------------------------------------ single bodies
    def hamlet_unit_at_end(self, head: str) -> str:
        """The hamlets' or quarters' noun a list's head ends with ("Ban điều hành khu phố": "khu phố", "Trưởng
        khóm": "khóm"; folded), else ""."""
        f = " " + " ".join(fold(head).split())
        return next((k for k in self.hamlet_units if f.endswith(" " + k)), "")

    def starts_a_body(self, text: str) -> bool:
        """Does ``text`` open with a body, a collective or a role ("Sở …", "UBND …", "các …",
        "Giám đốc …")?  After a dash in the middle of a "Kính gửi" line it is the next addressee;
        otherwise the dash is inside a name ("Sở Quy hoạch - Kiến trúc")."""
        f = fold(text)
        return bool(self.head_re.match(text) or _UBND_PREFIX.match(f) or f.startswith("các ")
                    or self.role_re.match(f) or self.title_start_re.match(f))

    def names_a_role(self, text: str) -> bool:
        """"Chủ dự án/cơ sở phải thực hiện …", "Các tổ chức, cá nhân …": addressees by their role."""
        return bool(self.role_re.match(fold(text)))

    def in_place_name(self, f: str, start: int) -> bool:
        """A head at ``start`` of folded text ``f`` right after a noun of places ("Cụm công
        nghiệp Báo Đáp", "xã Đoàn Kết"): part of the place's name."""
        return bool(self.place_re.search(f, max(0, start - 25), start))

    def teams_set_up(self, text: str) -> list:
        """The teams a decision sets up ("Điều 1. Thành lập Tổ công tác …", "Thành lập Đoàn kiểm
        tra …"), as written: bodies of this document only (elsewhere "Đoàn kiểm tra" is often
        the issuer's own team speaking)."""
        f = fold(text)
        return [text[m.start(g):m.end(g)] for m in self.team_re.finditer(f) for g in ("team", "team2", "team3") if m.group(g)] \
            + [text[m.start("team"):m.end("team")] for m in self.team_short_re.finditer(f)]

    def a_board_of(self, name: str) -> bool:
        """``name`` (folded) is a body's board, or ends with one ("ban đại diện", "ban đại diện hội đồng quản
        trị"): the body it belongs to goes on its name."""
        name = " ".join(name.split())
        return any(name == b or name.endswith(" " + b) for b in self.boards_of_a_body)

    def name_end(self, text: str, f: str, pos: int, head: str) -> Optional[int]:
        """Where the name of a body whose head ends at ``pos`` ends; None when no name follows
        (a head that is a whole name, "Tỉnh đoàn", ends there)."""
        end = self._name_end(text, f, pos, head)
        if end is not None and " ".join(fold(head).split()) in _OWNER_NAMED_HEADS \
                and not _OWNERS_NAME_AT_END.search(text, pos, end):
            return None                 # "Cơ sở mây tre đan Hoàng Thị Lan" (its owner closing it), not "Cơ sở dữ liệu quốc gia"
        if end is None and " ".join(fold(head).split()) in self.whole_heads:
            return pos
        if end is None and head.count(" ") and text[pos - len(head):pos] == head:
            # a shorter head whose name the longer one swallowed: "Viện Kiểm sát nhân dân phối hợp"
            # is "Viện" + "Kiểm sát nhân dân", not the head "Viện kiểm sát nhân dân" with no name
            words = list(_NON_SPACE_RUN.finditer(head))
            for w in reversed(words[:-1]):
                short = head[:w.end()]
                if " ".join(fold(short).split()) in self.head_keys:
                    return self._name_end(text, f, pos - len(head) + w.end(), short)
        return end

    def _name_end(self, text: str, f: str, pos: int, head: str) -> Optional[int]:
        key = " ".join(fold(head).split())
        is_open = key in self.open_heads
        start = pos                         # where the name (after the head) starts
        last_end: Optional[int] = None      # end of the last word of the name so far
        lower_ok = is_open and key not in self.capitalised_open_heads   # a lower-case word may go on the name here
        cap_run = 0                         # capitalised words in a row just read
        prev_ws: Optional[int] = None       # where the word before this one starts
        prev2_ws: Optional[int] = None      # … and the one before that
        closed = False                      # the name reached a word that closes it ("tỉnh", "số 2")
        for _ in range(16):
            m = _WORD.match(text, pos)
            noun = self.name_noun_re.match(f, prev_ws) if m is None and prev_ws is not None else None
            if (noun is None or noun.end() <= pos) and m is None and prev2_ws is not None:
                noun = self.name_noun_re.match(f, prev2_ws)     # "Thi đua, khen thưởng": two words before the comma
            if noun is not None and noun.end() > pos:
                last_end = pos = noun.end()         # "Ban Chỉ huy Phòng, chống thiên tai …": a noun of
                prev_ws, prev2_ws, lower_ok = None, None, True      # names with its comma
                continue
            if m is None and last_end is not None and (quoted := _QUOTED_NAME_OF_A_FUND.match(text, pos)) is not None \
                    and _FUND_BEFORE_A_QUOTE.search(f, max(0, pos - 20), pos):
                last_end = pos = quoted.end()   # "Ban Vận động Quỹ “Vì người nghèo” tỉnh": the fund's quoted name inside
                prev_ws, prev2_ws, cap_run, lower_ok = None, None, 0, True      # the board's, its level after it
                continue
            if m is None:
                whole = _COMMA_LOWER_TO_END.match(text, pos) if last_end is not None else None
                if whole:
                    return whole.end()
                if key in _UNIT_OF_A_BODY and last_end is not None:
                    tail = self._lower_fields_after_comma(text, f, pos)
                    if tail is not None:
                        return tail             # "Phòng Công chức, viên chức", "Phòng Tổ chức, biên chế và tổ chức phi chính phủ"
                if key in _UNITS_OF_TWO_FIELDS and last_end is not None and text[start:last_end].lstrip()[:1].isupper():
                    tail = self._capitalised_field_after_comma(text, f, pos)
                    if tail is not None:
                        return tail             # "Tiểu ban Tuyên truyền, Lễ tân| thiết kế …", "Tiểu ban An ninh, Y tế| phối hợp …"
                comma = _COMMA_IN_NAME.match(text, pos) if last_end is not None else None
                nxt = _WORD.match(text, comma.end() - 1) if comma is not None else None
                if nxt is None or (f[nxt.start(1):nxt.end(1)] in self.head_words
                                   and self.head_re.match(text, nxt.start(1))):
                    return last_end             # punctuation or the end of the text (or another body)
                pos = comma.end() - 1           # "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"
                continue
            w, ws = m.group(1), m.start(1)
            wf = f[ws:m.end(1)]
            if last_end is not None and "-" in text[pos:ws].replace("–", "-") and self.role_after_dash_re.match(f, ws):
                return last_end                 # "Giám đốc Sở X - Phó Trưởng ban Thường trực": the person's role
            if cap_run >= 1 and prev_ws is not None and w[0].islower() and self.stop_re.match(f, ws):
                noun = self.name_noun_re.match(f, prev_ws)
                if (noun is None or noun.end() < m.end(1)) and prev2_ws is not None:
                    noun = self.name_noun_re.match(f, prev2_ws)     # (… begun two words before: "Hồi sức| tích cực",
                                                                    # "Tuần tra| kiểm soát")
                if noun is not None and noun.end() >= m.end(1):
                    last_end = pos = noun.end()     # "Văn phòng Thường trực …", "… Sách và Thiết bị …": a
                    prev_ws = None                  # capitalised noun of names whose second word alone would
                                                    # be a verb ("trực", "bị")
                    continue
            prev_ws, prev2_ws = ws, prev_ws
            if wf in ("ủy", "uỷ") and cap_run == 1 and last_end is not None:
                cap_run, closed, lower_ok = 0, True, False      # "Ủy ban Kiểm tra Tỉnh ủy|": a Party committee
                last_end = pos = m.end()
                continue
            if wf == "khu" and f.startswith("khu vực", ws) \
                    and (nxt := _WORD.match(text, ws + 7)) is not None and nxt.group(1)[:1].islower() \
                    and not self.level_after_region_re.match(f, nxt.start(1)):
                return ws + 7                   # "Trung tâm Y tế khu vực| cử bác sĩ …": the regional units,
                                                # no region named (not "… khu vực I", "… khu vực miền núi")
            if wf == "cấp" and last_end is not None and (level := _LEVEL_AFTER_CAP.match(f, m.end())) is not None:
                cap_run, closed, lower_ok = 0, True, False      # "Tổ công tác Đề án 06 cấp xã|": its level
                last_end = pos = level.end()
                continue
            if wf == "thành" and f.startswith("thành phố", ws) and not f[ws + 9:ws + 10].isalpha():
                cap_run, closed, lower_ok = 0, True, False      # "… giao thông thành phố|": a level word (not "… Long
                                                                # Thành phối hợp")
                last_end = pos = ws + 9
                continue
            if w[0].isupper() and (noun := self.name_noun_re.match(f, ws)) is not None \
                    and noun.end() > m.end(1) and f[noun.end():noun.end() + 1] in " \t,;.:)-–" \
                    and self.stop_re.search(f, m.end(1), noun.end()) is not None and not self.head_re.match(text, ws):
                cap_run, lower_ok = 0, True     # "Khoa Hồi sức tích cực - Chống độc", "Đội Tuần tra kiểm soát số 2": a
                last_end = pos = noun.end()     # noun of names opening with a capital, whose later words alone would be
                continue                        # an adverb or a verb (read as its words in lower case would be)
            if w[0].isupper() or w[0].isdigit() or _CODE.fullmatch(w) or self._level_at(f, ws, wf):
                verb = self.stop_re.match(f, ws) if closed and last_end is not None and w[0].isupper() else None
                if verb is not None and " " in verb.group(0):
                    return last_end             # "… xây dựng tỉnh| Khẩn trương hoàn thiện …": the next line's
                                                # verb after a name its level closed (not "… thành phố Cần Thơ")
                if w[0].isupper() and last_end is not None and f[last_end:ws].strip() == "và" and _A_TITLE_AFTER_AND.match(f, ws):
                    return last_end             # "Trạm Y tế phường và| Trưởng các khối, thôn": a title opens the next
                hm = self.head_re.match(text, ws) if w[0].isupper() and wf in self.head_words else None
                if hm is not None and (noun := self.name_noun_re.match(f, ws)) is not None and noun.end() > hm.end():
                    hm = None                   # "… Ban Chỉ huy Phòng, chống thiên tai": a noun, no "Phòng"
                if hm and last_end is not None and (
                        (self.a_board_of(f[start - len(head):last_end]) and not f.startswith(_PARTY_COMMITTEES, ws)
                         and (_CAPITAL_NEXT.match(text, hm.end()) or " ".join(f[ws:hm.end()].split()) in self.whole_heads
                              or _UNIT_LEVEL_NEXT.match(f, hm.end())))  # ("Ban Thường vụ Đoàn xã Chi Lăng", "… Đoàn các xã: A, B")
                        or f[start:last_end].endswith("đại biểu")):
                    # "Ban Đại diện Hội Người cao tuổi tỉnh": the board of the body that follows, one name (also those an
                    # election's board is for: "Ban bầu cử đại biểu Hội đồng nhân dân tỉnh")
                    cap_run, lower_ok = 0, True
                    if " ".join(f[ws:hm.end()].split()) in self.whole_heads:
                        closed, lower_ok = True, False      # "Ban Thường vụ Tỉnh đoàn| quyết định …": a whole name, only a
                                                            # place in capitals may follow
                    last_end = pos = hm.end()
                    continue
                if hm and last_end is not None and cap_run == 0 and key.startswith("trường") \
                        and all(k in self.school_kinds for k in f[:last_end].split()[-1].split("&")):
                    cap_run, lower_ok = 1, False    # "Trường PTDTBT TH&THCS Đội Cấn": the school's place after its
                    last_end = pos = m.end()        # kinds, though a head starts it ("Đội")
                    continue
                if hm and last_end is not None and cap_run == 0 and not (
                        f[last_end:ws].strip() == "và" and (self._bare_head_at_end(text, f, hm.end())
                                                            or self._dashed_field_before_verb(text, f, ws, hm.end()))) \
                        and not all(x in _LEGAL_FORMS or x in self.form_words for x in f[start:last_end].split()) \
                        and not (f[:last_end].endswith("dự án") and f.startswith("điện lực", ws)) \
                        and not ("-" in text[last_end:ws].replace("–", "-") and self.name_noun_re.fullmatch(f, ws, hm.end())
                                 and _LOWER_WORD_AFTER.match(text, hm.end())) \
                        and not (key == "chi nhánh" and f[ws:hm.end()] in self.brand_names) \
                        and not (key in _FIRM_KEYS and (form := _LEGAL_FORM_IN_NAME.search(f, start, last_end)) is not None
                                 and f[form.end():last_end].strip() and not text[last_end:ws].strip()) \
                        and not (not text[last_end:ws].strip() and _LOWER_WORD_AFTER.match(text, hm.end())
                                 and self.stop_re.match(f, len(f) - len(f[hm.end():].lstrip(" \t")))):
                    # (not a project board named by its trade: "Ban Quản lý dự án Điện lực miền Nam")
                    # (nor a field after a dash whose word is also a firm's head, no place after it: "Phòng Bưu chính -
                    # Viễn thông theo dõi …", not "Viễn thông Lạng Sơn")
                    # (nor the brand of a firm's branch named by its trade first: "Chi nhánh Bưu chính Viettel Lạng Sơn")
                    # (not after a firm's legal form: "Công ty TNHH MTV Điện lực Hải Phòng"; nor inside a firm's own name
                    # after it: "Công ty Cổ phần Công nghệ Viễn thông Mẫu Sơn"; nor a head with no name of its own,
                    # its verb right after it: "Văn phòng Cơ quan Hội| bố trí …")
                    return last_end             # "… Sở X Bộ Y": another body starts
                if hm and hm.end() >= m.end(1) and not (cap_run and self._province_before(f, m.end(1))):
                    # (not the last word of a province's name: "… Điện lực Hải Phòng")
                    # a body inside the name: "Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh", "Văn phòng Ban
                    # An toàn giao thông"
                    cap_run = 0
                    lower_ok = True             # "Hội Liên hiệp phụ nữ tỉnh", "Ban Chỉ đạo 389 tỉnh"
                    last_end = pos = hm.end()
                    continue
                cap_run = cap_run + 1 if w[0].isupper() and not _CODE.fullmatch(w) else 0
                if cap_run > 1 and "-" in text[pos:ws].replace("–", "-"):
                    cap_run = 1                 # "Phòng Nghiệp vụ Dược - Trang thiết bị": a field of its own after the dash
                closed = closed or not w[0].isupper() or (bool(_CODE.fullmatch(w)) and wf not in _LEGAL_FORMS
                                                          and not (is_open and cap_run == 0 and w in self.field_codes))
                # (a field's short form right after an open head goes on: "Ban QLDA ĐTXD| các công trình …")
                # lower-case words go on after one capitalised word ("Biến đổi khí hậu"), not
                # after a place name, a number or "tỉnh" ("Hữu Lũng| đạt chuẩn", "tỉnh| vận động")
                lower_ok = cap_run == 1
                last_end = pos = m.end()
                continue
            if last_end is None and not lower_ok:
                if wf in self.form_words:       # "Công ty cổ phần …", "Kho bạc Nhà nước khu vực VI"
                    pos = m.end()
                    continue
                work = self.team_verb_re.match(text, ws) if key in self.team_keys else None
                if work is not None:            # "Tổ công tác triển khai Đề án 06 tỉnh": the programme it
                    pos = work.end() - 1        # carries out names the team
                    continue
                field = _TEAM_FIELD_TO_LEVEL.match(f, ws) if key in self.team_keys else None
                if field is not None:
                    return field.end()          # "Tổ công tác giải phóng mặt bằng của tỉnh": its field and level
                units = _UNITS_OF_A_LEVEL.match(f, f.rfind("các", 0, ws)) \
                    if key in self.team_keys and f[:ws].rstrip().endswith(" các") else None
                if units is not None:
                    return units.end()          # "Tổ công nghệ số cộng đồng các thôn": the team of each
                return None                     # a name starts with a capital ("Trường hợp …" is none)
            if wf == "và":
                field = self.name_field_re.search(f, max(0, ws - 24), m.end() + 120) if last_end is not None else None
                if field is not None and field.start() <= ws < field.end():
                    last_end = pos = field.end()    # "Đội Kiểm lâm cơ động và Phòng cháy, chữa cháy rừng": two fields
                    cap_run, lower_ok = 0, False
                    continue
                zone = self.zone_re.match(f, m.end()) if last_end is not None else None
                if zone:                        # "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi"
                    cap_run, lower_ok = 0, False
                    last_end = pos = zone.end()
                    continue
                if self._and_goes_on(text, f, m.end(), lower_ok) or self._firms_trades_go_on(text, f, key, start, ws, m.end()):
                    # (… or a firm's trades in lower case after its legal form, its place closing the name: "Công ty Cổ
                    # phần quản lý và xây dựng đường bộ Mẫu Sơn")
                    pos = m.end()
                    cap_run = 0                 # (a field of its own after it, in sentence case: "Bệnh viện Lao và
                    continue                    # Bệnh phổi Thái Nguyên", "Bệnh viện Mắt và Răng hàm mặt")
                return last_end
            stop = self.stop_re.match(f, ws)
            if stop is not None and wf == "nêu" and " các " in f" {f[max(0, start - len(head)):ws]}":
                stop = None                     # "Công an các đơn vị| nêu trên": the group named back, one name
            field = self.name_field_re.search(f, max(0, ws - 24), m.end(1) + 120) if stop and last_end is not None else None
            if field is not None and field.start() <= ws < field.end():
                last_end = pos = field.end()    # "… Giáo dục thường xuyên": a field whose last words are no verb
                cap_run, lower_ok = 0, False
                if field.start() < ws and text[field.start():field.start() + 1].isupper() and _WORD.match(text, field.end()):
                    cap_run, lower_ok = 1, True     # "Đội Thu gom - Vận chuyển| số 2": a capitalised field of two words,
                                                    # what may follow one capitalised word going on
                continue
            if stop and last_end is not None and text[ws:ws + 1].islower() \
                    and f[max(0, last_end - len(stop.group(0))):last_end] == stop.group(0):
                return last_end                 # "Sở Xây dựng| xây dựng, ban hành …": the verb repeating the name
            if last_end is not None and text[ws:ws + 1].islower():
                if self._repeats_the_name(text, f, start, last_end, ws):
                    return last_end             # "Trung tâm Quan trắc môi trường| quan trắc …"
                if stop and lower_ok and not closed:
                    noun = self.name_noun_re.match(f, ws)
                    after = max(stop.end(), noun.end() if noun is not None else 0)
                    if noun is not None and self._repeats_the_name(text, f, start, last_end, after) \
                            and not _A_PAPER_MADE.match(f, len(f) - len(f[after:].lstrip())):
                        return after            # "Trung tâm Kiểm định chất lượng xây dựng| kiểm định …" (a noun of
                                                # names, not a verb: "Phòng Kiểm định| bố trí kiểm định viên"; nor a
                                                # paper it makes: "Phòng Kế hoạch - Tài chính| xây dựng kế hoạch …")
            if wf == "các" and last_end is not None and key in self.team_keys and (units := _UNITS_OF_A_LEVEL.match(f, ws)):
                return units.end()              # "Tổ công tác Đề án 06 các xã, phường": the teams of that level
            if stop or (last_end is not None and wf in ("các", "những")):
                # (not after a place's name of two capitalised words: "Vườn quốc gia Pù Mát| xây dựng, phê duyệt …")
                tail = self._name_noun_at_end(text, f, ws) if last_end is not None and not closed and cap_run < 2 else None
                if tail is not None:
                    return tail                 # "Vụ Vật liệu xây dựng;": a verb that is also a noun, last
                run = self._noun_run_to_end(text, f, ws, before_verb=is_open and cap_run == 0) \
                    if stop and last_end is not None and not closed and cap_run < 2 else None
                if run is not None:
                    return run                  # "Cục Quản lý xây dựng công trình;": nouns of names to the end
                # (what closes the name is looked for after the whole noun of names: "xây dựng| các
                # công trình dân dụng và công nghiệp tỉnh")
                noun = self.name_noun_re.match(f, ws) if stop is not None else None
                after = noun.end() if noun is not None else m.end()
                # (… also after one capitalised word in a company's name, whose trade may be a verb:
                # "Công ty Cổ phần Đá xây dựng Hoài Ân", "… Sách và Thiết bị trường học Gia Lai")
                firm_word = cap_run == 1 and key in self.capitalised_open_heads
                if closed or not (is_open and (cap_run == 0 or firm_word) and not self._function_word(f, ws)
                                  and (self._closes_soon(text, f, after)
                                       or ((and_at := _AND_NEXT.match(f, max(after, stop.end() if stop else 0))) is not None
                                           and self._firms_trades_go_on(text, f, key, start, ws, and_at.end())))):
                    return last_end
                # "Ban Quản lý dự án đầu tư xây dựng số 2", "Ban Quản lý dự án đầu tư xây dựng
                # các công trình giao thông tỉnh": a verb inside the name of an open head, when a
                # number, a capital or "tỉnh" closes the name a few words on
            if not lower_ok:
                field = self.name_field_re.search(f, max(0, ws - 24), m.end(1) + 120) if last_end is not None else None
                if field is not None and field.start() < ws < field.end():
                    last_end = pos = field.end()    # "Phòng Đăng ký và Cấp Giấy chứng nhận": a field its capitalised words
                    cap_run = 0                     # began, its last ones in lower case
                    continue
                if wf in self.form_words and self._closes_soon(text, f, m.end()):
                    pos = m.end()               # "Chi cục Hải quan khu vực VII"
                    continue
                unit = _UNIT_PLACE.match(text, pos) if last_end is not None else None
                if unit:                        # "Văn phòng UBND thành phố Đà Nẵng"
                    last_end = pos = unit.end()
                    continue
                if is_open and not closed and last_end is not None and not self._function_word(f, ws) \
                        and not self._province_before(f, ws) and self._closes_soon(text, f, m.end()):
                    cap_run, lower_ok = 0, True     # "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"
                    last_end = pos = m.end()
                    continue
                if cap_run >= 2 and last_end is not None and self._level_next(text, f, m.end()):
                    cap_run = 0                 # "BQL Khu Kinh tế tỉnh": a name's lower-case syllable that
                    last_end = pos = m.end()    # a level word or a number closes right after
                    continue
                if cap_run >= 2 and last_end is not None and key.startswith(_PRODUCERS) and not self._function_word(f, ws) \
                        and (nx := _WORD.match(text, m.end())) is not None and nx.group(1)[:1].isupper() \
                        and not text[m.end():nx.start(1)].strip(" \t") and not self.head_re.match(text, nx.start(1)) \
                        and not self.stop_re.match(f, ws):
                    cap_run = 0                 # "Hợp tác xã Chè Shan tuyết Mẫu Sơn": a producer's name, its product's
                    last_end = pos = m.end()    # word in lower case between capitals
                    continue
                return last_end
            cap_run = 0
            # a noun of names read whole ("công trình": its "trình" is no verb here)
            noun = self.name_noun_re.match(f, ws)
            last_end = pos = max(m.end(), noun.end() if noun is not None else 0)
        return None if last_end is None else last_end

    @staticmethod
    def _repeats_the_name(text: str, f: str, start: int, last_end: int, ws: int) -> bool:
        """The two lower-case words at ``ws`` repeat two words of the name read so far: the verb of
        the name's own field, the task begins ("Trung tâm Quan trắc môi trường| quan trắc …")."""
        one = _WORD.match(text, ws if text[ws:ws + 1].isspace() else ws - 1)
        two = _WORD.match(text, one.end()) if one is not None else None
        if two is None or not one.group(1)[:1].islower() or not two.group(1)[:1].islower() \
                or text[one.end():two.start(1)].strip():
            return False
        pair = f" {f[one.start(1):one.end(1)]} {f[two.start(1):two.end(1)]} "
        return pair in " " + " ".join(f[start:last_end].split()) + " "

    @staticmethod
    def _province_before(f: str, pos: int) -> bool:
        """A province's name ends right before ``pos``: it closes a name ("Công ty Điện lực Quảng
        Ngãi| đầu tư trạm biến áp …")."""
        from .agencies import _is_province          # (the province list lives with the directory)
        words = f[max(0, pos - 30):pos].split()
        return any(_is_province(" ".join(words[-k:])) for k in range(1, min(5, len(words)) + 1))

    def _level_next(self, text: str, f: str, pos: int) -> bool:
        """A level word ("tỉnh", "huyện") or a number right after ``pos`` (not a count of things: "Trường THPT Văn Quan
        chuyển| 12 lớp …")."""
        m = _WORD.match(text, pos)
        if m is not None and m.group(1).isdigit():
            things = _WORD.match(text, m.end())
            return things is None or not things.group(1)[:1].islower() or text[m.end():things.start(1)].strip() != "" \
                or self._level_at(f, things.start(1), f[things.start(1):things.end(1)])
        return m is not None and self._level_at(f, m.start(1), f[m.start(1):m.end(1)])

    def _level_at(self, f: str, ws: int, wf: str) -> bool:
        """The word ``wf`` at ``ws`` is a level word (not the "xã" of "xã hội")."""
        return wf in self.level_words and not (wf == "xã" and _SOCIAL.match(f, ws))

    @staticmethod
    def _bare_head_at_end(text: str, f: str, pos: int) -> bool:
        """A head with nothing of its own after it, up to a punctuation mark or the end: a field
        of the name before "và" ("Trung tâm Tin học và Thống kê"; not "… và Thống kê tỉnh", "… và
        Bộ Y")."""
        return _WORD.match(text, pos) is None and _NAME_CLOSE.match(f, pos) is not None

    def _dashed_field_before_verb(self, text: str, f: str, pos: int, end: int) -> bool:
        """A head after "và" that is the last field of a division named with a dash, its verb right after it ("Phòng Lao
        động - Tiền lương và Bảo hiểm xã hội| tổng hợp …"; not "Sở Nội vụ và Bảo hiểm xã hội tỉnh", a body of its own)."""
        verb = _WORD.match(text, end)
        return " - " in text[max(0, pos - 40):pos] and verb is not None and verb.group(1)[:1].islower() \
            and self.stop_re.match(f, verb.start(1)) is not None

    def _noun_run_to_end(self, text: str, f: str, pos: int, before_verb: bool = False) -> Optional[int]:
        """The end of two or more nouns of names from ``pos`` that run to a punctuation mark or the
        end of the text ("xây dựng công trình" in "Cục Quản lý xây dựng công trình;"); with
        ``before_verb`` (an open head, "Ban Quản lý dự án đầu tư …") also "các" and "và" between
        them and a verb of the sentence after them ("… xây dựng các công trình giao thông| chủ trì
        …"); None otherwise."""
        nouns, end = 0, pos
        while True:
            m = self.name_noun_re.match(f, pos)
            if m is None:
                joiner = _RUN_JOINER.match(f, pos) if before_verb and nouns else None
                if joiner is not None and self.name_noun_re.match(f, joiner.end()):
                    pos = joiner.end()          # "… xây dựng các công trình …", "… dân dụng và công nghiệp"
                    continue
                break
            nouns, end = nouns + 1, m.end()
            w = _WORD.match(text, end)
            if w is None:
                break
            pos = w.start(1)
        if nouns >= 2 and (end >= len(text.rstrip()) or _NAME_CLOSE.match(f, end)):
            return end
        if before_verb and nouns >= 2:
            w = _WORD.match(text, end)
            if w is not None and text[w.start(1)].islower() and self.stop_re.match(f, w.start(1)) \
                    and not self._function_word(f, w.start(1)):
                return end
        return None

    def _name_noun_at_end(self, text: str, f: str, pos: int) -> Optional[int]:
        """The end of a word at ``pos`` that is a directive verb and a noun of names alike
        ("xây dựng", "đầu tư") when it is the name's last word: a punctuation mark, the end of
        the text or another verb follows it ("Vụ Vật liệu xây dựng;", "Hiệp hội Nhà thầu xây
        dựng hoàn thành …"; not "Sở Y tế xây dựng kế hoạch")."""
        m = self.name_noun_re.match(f, pos)
        if m is None:
            return None
        if _NAME_CLOSE.match(f, m.end()):
            return m.end()
        # … or a directive verb that is no noun of names follows it: "Hiệp hội Nhà thầu xây dựng
        # hoàn thành …" (the body's own verb; not "Sở Y tế đầu tư xây dựng …")
        nxt = _WORD.match(text, m.end())
        if nxt is not None and self.stop_re.match(f, nxt.start(1)) and not self._function_word(f, nxt.start(1)) \
                and not self.name_noun_re.match(f, nxt.start(1)) and not _A_PAPER_MADE.match(f, nxt.start(1)):
            return m.end()              # (not a paper the verb makes: "Phòng Cảnh sát hình sự xây dựng| báo cáo …")
        if nxt is not None and _BELONGS_TO.match(text, nxt.start(1)):
            return m.end()              # "Phòng Quản lý xây dựng| thuộc Sở …": the body it belongs to follows
        return None

    def _capitalised_field_after_comma(self, text: str, f: str, pos: int) -> Optional[int]:
        """The end of a unit's later fields after commas, each a capitalised word and up to two in lower case, before a
        verb or a colon ("Tiểu ban Tuyên truyền, Lễ tân| thiết kế …", "Tiểu ban Hậu cần, Tài chính:"); None when no verb
        follows so soon, a field ends in "và", or the word after a comma heads a body or is a level."""
        for _field in range(3):             # (… or three: "Phòng Hành chính, Tổ chức, Quản trị| bố trí xe …")
            c = _COMMA_BEFORE_A_CAPITAL.match(text, pos)
            m = _WORD.match(text, c.end() - 1) if c is not None else None
            if m is None or self.head_re.match(text, m.start(1)) or f[m.start(1):m.end(1)] in self.level_words:
                return None
            end, p = m.end(1), m.end()
            for _ in range(3):
                n = _WORD.match(text, p)
                if n is None:
                    break
                if f[n.start(1):n.end(1)] == "và":
                    return None         # (a last field after "và": _COMMA_IN_NAME's, "Phòng Kinh tế, Hạ tầng và Đô thị")
                if self.stop_re.match(f, n.start(1)):
                    return end
                if not n.group(1)[0].islower():
                    return None
                end, p = n.end(1), n.end()
            else:
                return None
            if text[p:p + 2].strip()[:1] == ":":
                return end
            pos = p
        return None

    def _lower_fields_after_comma(self, text: str, f: str, pos: int) -> Optional[int]:
        """The end of a department's room named by its fields, the later ones in lower case after a
        comma ("Phòng Công chức, viên chức", "Phòng Quản lý vận tải, phương tiện và người lái"):
        nouns only, up to a verb of the sentence, a punctuation mark or the end; None otherwise."""
        if f.startswith(",", pos) or f.startswith(" ,", pos):
            field = self.name_field_re.search(f, max(0, pos - 40), pos + 120)
            if field is not None and field.start() < pos < field.end():
                # a field the comma runs through: "Phòng Giám sát, kiểm tra và xử lý sau thanh tra" (also its later field
                # capitalised, and the level after it: "Phòng Báo chí, Xuất bản", "Trung tâm Văn hóa, Điện ảnh tỉnh")
                level = _LEVEL_AFTER_A_FIELD.match(f, field.end())
                return level.end() if level else field.end()
        c = _COMMA_ONLY.match(text, pos)
        if c is None:
            return None
        p, end, words = c.end() - 1, None, 0
        after_and = False
        for _ in range(12):
            m = _WORD.match(text, p)
            if m is None and words and (c := _COMMA_ONLY.match(text, p)) is not None:
                p = c.end() - 1                 # another field after a comma ("…, hỗ trợ hộ kinh doanh, cá nhân")
                continue
            if m is None:
                return end if words and _STOP_PUNCT.match(text, p) else None
            w, ws = m.group(1), m.start(1)
            if not w[0].islower() and not after_and:
                return None             # (a capital after "và" goes on: "Phòng Chính trị, tư tưởng và Công tác học sinh")
            if not w[0].islower() and self.head_re.match(text, ws):
                return end              # "Phòng Công chức, viên chức và Sở Nội vụ": another body after "và"
            if f[ws:m.end(1)] == "và" and words:
                after_and = True        # "… biên chế và tổ chức phi chính phủ", "… phương tiện và người lái"
                p = m.end()
                continue
            field = self.name_field_re.match(f, ws)
            if field is not None:
                words += 1                      # "Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân", "Phòng Tuyên truyền, hỗ
                end = p = field.end()           # trợ người nộp thuế": a field whose first word is a verb elsewhere
                continue
            if not after_and and (self.stop_re.match(f, ws) or self._function_word(f, ws) or self.and_break_re.match(f, ws)):
                return end if words else None     # a verb (or "các", "để") ends the name: "…, viên chức| chủ trì"
            if after_and and self._function_word(f, ws):
                return end
            after_and = False
            words += 1
            end = p = m.end()
        return None

    def _function_word(self, f: str, pos: int) -> bool:
        return bool(self.function_re.match(f, pos))

    def _closes_soon(self, text: str, f: str, pos: int) -> bool:
        """A word that closes a name (capital, number, "tỉnh") within the next four words, or
        eight when no verb but nouns of names stands on the way, before a function word or a
        punctuation mark."""
        verb = False                        # a verb that is no noun of names seen on the way
        nouns = 0                           # nouns of names seen on the way
        for k in range(8):
            m = _WORD.match(text, pos)
            if m is None:
                # "BQL DA các công trình giao thông, chủ đầu tư …": nouns of names only, up to a
                # comma or a semicolon
                return nouns >= 2 and not verb and _COMMA_SEMI_OR_BRACKET.match(text, pos) is not None
            w, ws = m.group(1), m.start(1)
            if w[0].isdigit() and (_LOWER_WORD_AFTER.match(text, m.end()) or _A_FIGURE_GOES_ON.match(text, m.end())):
                return False                # a count ("… đầu tư bổ sung 05 xe ép rác"), no number of a name (nor a figure:
                                            # "Hộ kinh doanh Cầm đồ Minh Hằng| thu lãi 3.000 đồng/…", "… 3%/tháng")
            if _THE_WHOLE_UNIT.match(f, ws):
                return False                # "… tổng hợp kết quả toàn tỉnh": the whole province, no level of a name
            if w[0].isupper() or w[0].isdigit() or self._level_at(f, ws, f[ws:m.end(1)]) \
                    or (f[ws:m.end(1)] == "số" and _NUMBER_AFTER_SO.match(text, m.end())) \
                    or (f.startswith("thành phố", ws) and not f[ws + 9:ws + 10].isalpha()):
                return True                 # (a city's body: "… các công trình giao thông thành phố"; a number, not a count:
                                            # "Các Tổ bầu cử| báo cáo nhanh số cử tri …")
            if f[ws:m.end(1)] == "và" and not verb and self._and_goes_on(text, f, m.end(), True):
                pos = m.end()               # "… công trình dân dụng và công nghiệp tỉnh"
                continue
            if self._function_word(f, ws) or (verb and k >= 4):
                return False                # (beyond four words only nouns go on a name:
                                            # "… xây dựng các công trình giao thông tỉnh")
            noun = self.name_noun_re.match(f, ws)
            if noun is not None:
                pos = noun.end()            # "công trình", "giao thông": nouns, whatever their words
                nouns += 1
                continue
            verb = verb or self.stop_re.match(f, ws) is not None
            pos = m.end()
        return False

    def _firms_trades_go_on(self, text: str, f: str, key: str, start: int, at: int, pos: int) -> bool:
        """After "và" at ``pos`` in a firm's name: its trades go on in lower case after its legal form, a capital closing
        the name soon ("Công ty Cổ phần quản lý và| xây dựng đường bộ Mẫu Sơn"; not "… và| các đơn vị thi công")."""
        if key not in _FIRM_KEYS or _LEGAL_FORM_IN_NAME.search(f, start, at) is None:
            return False
        nxt = _WORD.match(text, pos)
        return nxt is not None and nxt.group(1)[:1].islower() and not self._function_word(f, nxt.start(1)) \
            and not f.startswith(("các ", "những "), nxt.start(1)) and self._closes_soon(text, f, pos)

    def _and_goes_on(self, text: str, f: str, pos: int, lower_name: bool) -> bool:
        """After "và" inside a name: a capitalised word that starts no other body ("Nông nghiệp
        và Môi trường"), or, in a name written in lower case, a word that starts no new phrase
        ("Truyền thông tài nguyên và môi trường")."""
        m = _WORD.match(text, pos)
        if not m:
            return False
        w, ws = m.group(1), m.start(1)
        if w in _SCHOOL_LEVELS:
            return True                 # "Trường PTDTBT Tiểu học và THCS Sủng Trà"
        if w[0].isupper():
            # "Nông nghiệp và Môi trường" (not "Sở GD&ĐT và VP UBND tỉnh", "Sở X và Bộ Y")
            if _CODE.fullmatch(w) or w.isupper():
                return w in self.field_codes    # "… nông nghiệp và PTNT tỉnh" (not "… và VP UBND tỉnh")
            if _UBND_PREFIX.match(f[ws:ws + 20]):
                return False                    # "Bộ Tư lệnh Thành phố và| Ủy ban nhân dân các phường": another body
            hm = self.head_re.match(text, ws) if f[ws:m.end(1)] in self.head_words else None
            if hm is None:
                title = self.title_then_body_re.match(f, ws)
                return title is None or not text[title.end():title.end() + 1].isupper()
            return self._bare_head_at_end(text, f, hm.end()) or self._dashed_field_before_verb(text, f, pos, hm.end())
        if lower_name and not self.and_break_re.match(f, ws) and self.stop_re.match(f, ws) \
                and self._name_noun_at_end(text, f, ws) is not None:
            return True                 # "Phòng Quản lý quy hoạch và xây dựng| tổng hợp …": a noun of names, the name's last
                                        # word, the body's verb after it
        return lower_name and not self.and_break_re.match(f, ws) and not self.stop_re.match(f, ws)

    # ------------------------------------------------------------ collectives
    def collectives(self, f: str, text: str = ""):
        """(start, end, heads, qualifier) of every collective in folded text (``text``: the
        same text with its capitals, to stop before a named body: "các đơn vị, địa phương, Sở
        Kế hoạch và Đầu tư …")."""
        for m in self.collective_re.finditer(f):
            end = m.end()
            parts = list(_HEAD_SEP.finditer(f, m.start("heads"), m.end("heads")))
            for sep in parts:
                nxt = _WORD.match(text, sep.end() - 1) if text and sep.end() > 0 else None
                after = _WORD.match(text, nxt.end()) if nxt else None
                if nxt and text[sep.end()].isupper() and ((after and after.group(1)[:1].isupper())
                                                          or (self.head_re.match(text, sep.end()) and _CAPITAL_SOON.match(text, nxt.end()))):
                    end = sep.start()           # "…, Sở Kế hoạch": a body of its own starts (also named in sentence case:
                    break                       # "UBND các phường và| Ban quản lý di tích Nhị - Tam Thanh")
            heads_text = f[m.start("heads"):min(end, m.end("heads"))]
            heads = [h.strip() for h in _HEAD_SEP.split(heads_text) if h.strip()]
            qual = " ".join(m.group("qual").strip(" ,").split()) if end == m.end() else ""
            if m.group("bare") is not None and len(heads) < 2:
                continue                        # "thủ trưởng cơ quan": one head, no collective
            if end != m.end():
                yield m.start(), end, heads, qual
                continue
            if set(heads) <= self.vague_heads:
                if qual in ("liên quan", "có liên quan", "liên quan khác") and "địa phương" not in heads:
                    continue                    # "các cơ quan liên quan": too vague to hold a task
                                                # (not "các cơ quan, đơn vị liên quan thuộc Bộ"; "các
                                                # địa phương liên quan" are the local governments concerned)
                nxt = _LOWER_WORD.match(f, m.end())
                if nxt and not self.stop_re.match(f, nxt.start(1)) and not self.letter_tail_re.match(f, m.end()):
                    continue                    # "các cơ quan chủ quản …": a description, not the bodies addressed
            if text and qual.endswith("thuộc sở") and text[end:end + 1] in " \t" and text[end + 1:end + 2].isupper():
                named = self.name_end(text, f, end, "Sở")
                if named is not None and named > end:
                    # "Các đơn vị sự nghiệp công lập trực thuộc Sở Y tế": the department's name goes on
                    yield m.start(), named, heads, " ".join(f[m.start("qual"):named].split())
                    continue
            if text and qual.endswith(("ven sông", "dọc sông", "ven suối", "ven hồ")) \
                    and (river := _CAPITALISED_RUN.match(text, end)) is not None:
                # "UBND các xã, phường ven sông Kỳ Cùng": the river's name goes on the qualifier
                yield m.start(), river.end(), heads, " ".join(f[m.start("qual"):river.end()].split())
                continue
            yield m.start(), m.end(), heads, qual

    def counted_collectives(self, f: str):
        """(start, end, heads, qualifier) of every list of local units counted instead of "các"
        ("7 huyện, thành phố")."""
        for m in self.counted_re.finditer(f):
            heads = [h.strip() for h in _HEAD_SEP.split(m.group("heads")) if h.strip()]
            yield m.start(), m.end(), heads, " ".join(m.group("qual").split())

    def refers_to_named_before(self, name: str) -> bool:
        """"Đơn vị nêu trên", "các doanh nghiệp nêu trên", "4 bộ, ngành nêu trên": the bodies
        named just before."""
        k = " ".join(fold(name).split())
        if k.startswith(("ubnd các ", "ủy ban nhân dân các ")):
            k = k.split(" ", 1)[1] if k.startswith("ubnd") else k[len("ủy ban nhân dân "):]
            return _LOCAL_UNITS.search(k) is not None and self.named_before_tail_re.search(k) is not None
        if k in self.named_before or self.named_before_re.fullmatch(k) is not None:
            return True
        return self.head_named_before(name) is not None

    def head_named_before(self, name: str) -> Optional[str]:
        """"Các Đồn Biên phòng nêu trên": the head of the bodies meant (folded, "đồn biên phòng"), of
        those named before ("cục, vụ" for "Các Cục, Vụ nêu trên": either); None for other words.
        Teams a notice sets up are meant by their plural alone ("Các Tiểu ban hoàn thành …" after
        "Tiểu ban Lễ tân", "Tiểu ban Nội dung": "tiểu ban")."""
        k = " ".join(fold(name).split())
        if _FIRMS_NAMED_BEFORE.fullmatch(k):
            return FIRM_HEADS             # "Các doanh nghiệp, hộ kinh doanh nêu trên": the firms and households named before
        of_units = _BODY_OF_UNITS_BACK.fullmatch(k)
        if of_units is not None:
            # "Hội Người khuyết tật các xã nêu trên": the bodies of that name of the units named before
            # (either spelling of the body's name: "Hội LHPN các xã nêu trên" after "Hội Liên hiệp Phụ nữ các xã: A, B")
            body = of_units.group("body")
            bodies = [body] + [word_re.sub(other, body) for word_re, other in self.short_name_words if word_re.search(body)]
            return ", ".join(f"{body} {u.strip()}" for body in bodies for u in of_units.group("units").split(","))
        for words_re, heads in self.kinds_named_before:
            if words_re.fullmatch(k):
                return heads              # "Các cơ sở khám, chữa bệnh nêu trên": the hospitals and centres named before
        if k.startswith("các ") and k[4:] in self.plural_teams and name.split()[1][:1].isupper():
            return k[4:]
        m = _HEAD_THEN_TAIL.fullmatch(k)
        # (in lower case only a list of heads: "Trưởng các phòng, tổ, ban nêu trên", the divisions named before)
        heads = m.group(1).replace(" và ", ", ") if m is not None else ""     # ("các khoa, phòng và trạm y tế nêu trên")
        if m is None or not (name.split()[1][:1].isupper() or ", " in heads or heads in self.divisions_named_back) \
                or any(h.split()[0] not in self.head_words for h in heads.split(", ")):
            return None
        return heads

    def local_named_before(self, name: str) -> bool:
        """"Các địa phương nêu trên": bodies named before that are local governments."""
        k = fold(name)
        if _NOT_LOCAL_HEAD.search(k):
            return False                # "Các Bộ, địa phương nêu trên": the ministries too
        return self.refers_to_named_before(name) and (self.local_word_re.search(k) is not None
                                                      or k.startswith(("ubnd các ", "ủy ban nhân dân các "))
                                                      or _LOCAL_UNITS_PLURAL.match(k) is not None)

    def mixed_named_before(self, name: str) -> bool:
        """"Các Bộ, địa phương nêu trên": bodies named before of both kinds, local governments and
        others."""
        k = fold(name)
        return self.refers_to_named_before(name) and _NOT_LOCAL_HEAD.search(k) is not None \
            and self.local_word_re.search(k) is not None

    @staticmethod
    def is_local_government(agency) -> bool:
        """UBND of a commune or a district (one, or a collective of them)."""
        return agency.kind in ("commune", "legacy_unit") or _LOCAL_GOVERNMENT.match(fold(agency.name)) is not None

    def count_named_before(self, name: str) -> Optional[int]:
        """How many bodies "4 bộ, ngành nêu trên" stands for (None: no count written)."""
        m = self.named_before_re.fullmatch(" ".join(fold(name).split()))
        return int(m.group("count")) if m is not None and m.group("count") else None

    def refers_to_addressees(self, name: str) -> bool:
        """"Các cơ quan, đơn vị", "các đơn vị, địa phương": the bodies addressed, not a body."""
        k = " ".join(fold(name).split())
        if _UBND_CAC_DIA_PHUONG.match(k):
            return False                # "UBND các địa phương": the local governments, a body named
        k = _UBND_PREFIX.sub("", k)
        k = self.letter_tail_re.sub("", k)
        return k in self.addressee_words or self.addressee_tail_re.sub("", k) in self.addressee_words

    def refers_to_the_letter(self, name: str) -> bool:
        """"Các cơ quan, đơn vị tại Kính gửi": words that name the letter's addressees."""
        k = " ".join(fold(name).split())
        return self.letter_tail_re.search(k) is not None and self.refers_to_addressees(name)


@functools.lru_cache(maxsize=1)
def body_grammar() -> BodyGrammar:
    """The shipped grammar, compiled once."""
    return BodyGrammar(load_bodies(), directive_cues())
