"""What the task extractor knows about the notice as a whole, in one object: its dates, its
issuer and its addressees, the directory of its province, and the time left to read it.

``NoticeContext.of(header, paragraphs, directory, today, budget)`` builds it from the header;
``deadlines(text)``, ``mentions(text)`` and ``usable(agency)`` are what the extractor asks.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Optional

from ..messages.parse import N_FROM_EVENT
from ..model import COLLECTIVE, COMMUNE, EXTERNAL, LEGACY_UNIT, Agency
from ..text import fold, norm_key
from .agencies import MEMBER_SEP, Mention, once_each
from .deadlines import DAYS_BEFORE_THE_EVENT, DL_DATE, EVENTS_COUNTED_FROM, OPENING_THEN_DAYS as _OPENING_THEN_DAYS, TIME_FIELD_AT, days_counted, event_days, find_deadlines, with_nearby_years
from .bodies import body_grammar
from .header import ISSUER_CENTRAL, ISSUER_COUNCIL, ISSUER_PARTY, Header
from .cues import directive_cues, words_alternation
from .quick import quick_compile

PROVINCE = "province"          # kind of UBND tỉnh, HĐND tỉnh, Tỉnh ủy (see parse/agencies.py)

# a body of the province's own leadership that may hold a task, by issuer: a council's notice
# gives tasks to UBND tỉnh, a ministry's to UBND and HĐND tỉnh; UBND tỉnh's own notices never
_ASSIGNABLE = {ISSUER_COUNCIL: {"ubnd tỉnh", "ubnd thành phố"}, ISSUER_PARTY: {"ubnd tỉnh", "hđnd tỉnh", "ubnd thành phố", "hđnd thành phố"},
               ISSUER_CENTRAL: {"ubnd tỉnh", "hđnd tỉnh", "ubnd thành phố", "hđnd thành phố"}}


# the patterns of class NoticeContext, compiled once at import
# a body's level closing its name (folded): "… khu công nghiệp tỉnh"
_LEVEL_AT_END = quick_compile(r"\s+(?:tỉnh|thành phố)$")
# a notice's title announcing an inspection's conclusion (folded)
_INSPECTIONS_CONCLUSION = quick_compile(r"\s*(?:thông báo\s+)?kết luận\s+(?:thanh tra|kiểm tra)(?!\w)")
_UBND_PREFIX = quick_compile(r"^(?:UBND|Ủy ban nhân dân)\s+")
# "thời hạn nêu tại trích yếu văn bản này": the time limit of the letter's subject line (folded)
_TIME_OF_THE_SUBJECT = quick_compile(r"(?:thời hạn|thời gian|tiến độ)\s+(?:đã\s+)?(?:nêu|ghi|quy định)\s+(?:tại|ở|trong)\s+trích yếu"
                                     r"(?:\s+(?:của\s+)?(?:văn bản|công văn)(?:\s+này)?)?")
# "Như trên", "Ông …", "Bà …": an addressee that is no body
_AS_ABOVE_OR_PERSON = quick_compile(r"(?i)(?:như trên|ông|bà)\b")
# a citizen an addressee's item names, up to his or her address ("Ông Nguyễn Văn Thắng, tổ dân phố số 12, …")
_A_PERSON_ITEM = quick_compile(r"(?P<hon>[Ôô]ng|[Bb]à)\s+(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*){1,4})"
                               r"(?=\s*(?:[,;(]|$))")
# … named again in the text with an honorific ("yêu cầu ông Nguyễn Văn Thắng …", "Bà Phạm Thị Lan …")
_A_PERSON = quick_compile(r"(?<!\w)(?P<hon>[Ôô]ng|[Bb]à)\s+(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*){1,4})")


# "… trước ngày khai mạc", "… trước lễ khai giảng" right after a number of days (folded)
_BEFORE_THE_OPENING = quick_compile(r"\s*(?:làm việc\s+)?(?P<way>trước|sau)\s+(?:ngày\s+)?(?:lễ\s+)?(?:tổ chức\s+)?(?P<event>"
                                    + "|".join(EVENTS_COUNTED_FROM) + r")(?!\w)")
# … of each place or unit, its own ("… khai mạc Đại hội của từng địa phương", "… của mỗi xã") (folded)
_EACH_ONES_OWN = quick_compile(r"(?:\s+[^\W\d_]+){0,4}?\s+(?:của\s+)?(?:từng|mỗi)\s+(?:địa phương|đơn vị|xã|phường|thôn|trường|cơ sở)(?!\w)")
# a limit counted from the meeting the notice concludes ("kể từ ngày kết thúc phiên họp", "sau cuộc họp")
_FROM_THE_MEETING = quick_compile(r"(?:(?:kể|tính)\s+từ\s+(?:ngày|khi)|sau\s+khi|sau)\s+(?:kết thúc\s+)?(?:phiên họp|cuộc họp|buổi họp)"
                                  r"(?!\s+(?:tiếp theo|sau|tới|kế tiếp))")
_DAYS_COUNTED = quick_compile(r"(\d{1,3})\s+ngày(\s+làm việc)?")
_COMMITTEE_OF = quick_compile(r"^(?:chủ tịch\s+)?(?:ubnd|ủy ban nhân dân)\s+")


def group_key(written: str) -> str:
    """The units a group names as written, its committee and its list left out: "UBND các xã:
    A, B" and "các xã" alike ("các xã"); "Trưởng các thôn: A, B" -> "trưởng các thôn"."""
    return _COMMITTEE_OF.sub("", " ".join(fold(written).split(":")[0].lower().split()))


# who attended a meeting, in its opening: "Tham dự có đại diện …", "Dự họp có …", "Thành phần tham dự gồm: …" (folded)
_ATTENDED_BY = quick_compile(r"(?<!\w)(?:tham dự|dự họp|dự làm việc|thành phần tham dự|thành phần dự họp)"
                             r"(?:\s+(?:cuộc họp|buổi làm việc|hội nghị))?\s+(?:có|gồm)\s*:?\s*(?:đại diện\s+)?(?:lãnh đạo\s+)?")
# the end of a sentence (not inside a number: "1.250")
_SENTENCE_END = quick_compile(r"\.(?=\s|$)")
# the rest of a heading that names an addressee in its own words, up to its closing colon
_HEADING_NAME_GOES_ON = quick_compile(r"([^,;:.()\n]{1,50}?)[ \t*]*:[ \t*]*$")


def _short_forms(folded: str) -> str:
    """Folded text with the committees' and councils' names in their short forms, one spacing."""
    folded = " ".join(folded.split())
    return folded.replace("ủy ban nhân dân", "ubnd").replace("hội đồng nhân dân", "hđnd")


@dataclass
class NoticeContext:
    directory: object                         # parse.agencies.Directory
    issued: Optional[date] = None             # base of relative deadlines (None in a draft)
    year_hint: Optional[int] = None           # the notice's year when its full date is unknown
    floor: Optional[date] = None              # a draft's earliest possible date
    on: Optional[date] = None                 # the date the directory's eras are read at
    issuer_kind: str = ""                     # header.ISSUER_* ("" = UBND or not known)
    addressees: list = field(default_factory=list)      # the letter's "Kính gửi" bodies
    addressee_words: str = ""                 # … as written
    invitation: bool = False                  # the addressees are an invitation's "Thành phần:" (named back, no
                                              # lead of the body's sentences)
    addressee_groups: dict = field(default_factory=dict)  # "trưởng các thôn" -> the bodies its "Kính gửi" item lists
    opening_groups: dict = field(default_factory=dict)    # "các phường" -> the wards the opening listed (no "Kính gửi")
    attendees: list = field(default_factory=list)         # the bodies the opening says attended the meeting
    members: tuple = ()                       # communes the notice is about ("tại các xã: A, B")
    units: dict = field(default_factory=dict)  # the single huyện / xã it is about
    district: str = ""                        # the district of those units
    foreign: bool = False                     # the notice comes from another province than the directory's
    budget: object = None                     # read.limits.Budget, or None
    body_text: str = ""                       # the body's paragraphs, one a line
    opening_text: str = ""                    # the paragraphs before the body (header, preamble)
    year_from_today: bool = False             # year_hint is today's year (the text gives none)
    past_before: Optional[date] = None        # a stated day before this one is quoted, not set (the meeting's day)
    meeting: Optional[date] = None            # the day of the meeting the notice concludes
    local_issuer: bool = False                # a province's, a district's or a commune's body issued it
    conclusion: bool = False                  # a conclusion of an inspection or a check ("KẾT LUẬN THANH TRA")
    issuer: str = ""                          # the header's issuer as written ("UBND TỈNH X / SỞ Y TẾ")
    subject: str = ""                         # the letter's subject line ("V/v …"), its title
    short_names: dict = field(default_factory=dict)     # "Ban QLDA" -> the body the notice gave that short name
    parties: dict = field(default_factory=dict)         # minutes' "Tư vấn giám sát" -> the body that party is
    _party_re: object = None
    _party_index: Optional[dict] = None
    _party_built_for: object = None           # the parties (object, count) _party_re and _party_index were built for
    _opening_mentions: Optional[list] = field(default=None, repr=False)  # the bodies the body's first lines name
    # "Kính gửi" items naming no body the grammar knows, kept as written ("Các hộ chăn nuôi trong khu dân cư
    # tập trung trên địa bàn xã", "Hộ ông Hoàng Văn Thắng (thôn Đồng Chằm)"): their words, folded, for the body
    # text naming them again ("1. Các hộ chăn nuôi trong khu dân cư tập trung", "2. Hộ ông Hoàng Văn Thắng …")
    written_addressees: list = field(default_factory=list)
    # citizens a letter is written to ("Kính gửi: - Ông Nguyễn Văn Thắng, tổ dân phố số 12"): {folded name: "Ông Nguyễn Văn Thắng"}
    written_persons: dict = field(default_factory=dict)
    _para_at: dict = field(default_factory=dict, repr=False)   # paragraph -> its offset in body_text
    _event_days: Optional[dict] = field(default=None, repr=False)  # "khai mạc" -> its day (deadlines.event_days)

    # ------------------------------------------------------------ building
    @classmethod
    def of(cls, h: Header, paragraphs: list, directory, today: Optional[date] = None, budget=None):
        issued = h.issued or h.published         # a reporting page: its date line stands for the letter's
        ref = issued or h.meeting_date
        month_first = date(*h.issued_month, 1) if h.issued_month else None
        year_hint = (h.issued_month[0] if h.issued_month else None) or (ref.year if ref else None) \
            or (today.year if today else None)
        on = issued or month_first or h.meeting_date
        # a draft (issue date unknown) is from its month and after its meeting: recurring deadlines
        # and a day-month without a year count from there
        floor = None
        if issued is None:
            firsts = [d for d in (month_first, h.meeting_date) if d]
            floor = max(firsts) if firsts else None
        ctx = cls(directory=directory, issued=issued, year_hint=year_hint, floor=floor, on=on,
                  issuer_kind=h.issuer_kind, budget=budget,
                  year_from_today=today is not None and not h.issued_month and ref is None)
        ctx.subject = h.title
        body = paragraphs[h.body_start:]
        ctx.past_before = h.meeting_date or (issued - timedelta(days=3) if issued else None)
        ctx.meeting = h.meeting_date
        ctx.local_issuer = h.issuer_kind != ISSUER_CENTRAL and bool(_LOCAL_ISSUER.search(h.issuer))
        ctx.issuer = h.issuer
        # (also a notice of one: "THÔNG BÁO Kết luận thanh tra công tác …")
        ctx.conclusion = fold(h.doc_type).startswith("kết luận") or _INSPECTIONS_CONCLUSION.match(fold(h.title or "")) is not None
        ctx.body_text = "\n".join(body)
        ctx.opening_text = "\n".join(paragraphs[:h.body_start])      # (where a festival's opening day may be given)
        ctx.foreign = _foreign(h, directory)
        ctx.members = _commune_context(h.title, body)
        ctx.units = _unit_context(h.title, on or ref, directory)
        own = _COMMUNE_BODY_ISSUER.search(fold(h.issuer)) if h.issuer else None
        if own is not None and own.group("level") not in ctx.units:
            # "HỘI ĐỒNG NHÂN DÂN XÃ CHỢ MỚI" … "Đề nghị UBND xã:": the committee of the issuer's own commune
            name = " ".join(w[:1].upper() + w[1:].lower() for w in h.issuer[own.start("name"):own.end("name")].split())
            ctx.units[own.group("level")] = directory.resolve(f"UBND {own.group('level')} {name}", on or ref)
        if "huyện" in ctx.units:
            # the district a notice is about: an old commune name shared by several districts is its one
            ctx.district = _UBND_PREFIX.sub("", ctx.units["huyện"].name)
        ctx.invitation = h.invitation
        ctx.addressees = ctx.letter_addressees(h.addressees)
        for item in h.recipients or ():
            # (a citizen the notice is sent to, in its "Nơi nhận" only: "- Bà Lâm Thị Kim Chi;", named again before
            # what she must do)
            ctx._person_addressed(item.strip(" -–+;,."))
        ctx.addressee_words = "; ".join(h.addressees)
        return ctx

    def is_issuer(self, agency) -> bool:
        """Is ``agency`` the body that issued the notice ("Sở Y tế" in a letter of "SỞ Y TẾ")?"""
        name = _short_forms(fold(agency.name).lower())
        issuer = _short_forms(fold(self.issuer).lower())
        if not name or len(name.split()) < 2:
            return False
        if name in issuer:
            return True                 # (also "Đảng ủy UBND tỉnh" under "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH")
        own = _LEVEL_AT_END.sub("", name)
        if own != name and len(own.split()) >= 3 and own in issuer:
            return True                 # "Ban Quản lý các khu công nghiệp tỉnh" under "UBND TỈNH BẮC NINH BAN QUẢN LÝ
                                        # CÁC KHU CÔNG NGHIỆP": the body, its level written in the line above
        # "UBND TỈNH CAO BẰNG VĂN PHÒNG" (the Office under its committee) is "Văn phòng UBND tỉnh"
        under = _OFFICE_UNDER_COMMITTEE.fullmatch(issuer)
        if under is not None and _THE_COMMITTEES_OFFICE.match(name) is not None and under.group("level") in name:
            return True
        # "HĐND TỈNH QUẢNG NINH THƯỜNG TRỰC" (a council's standing board under its council) is "Thường trực HĐND tỉnh"
        unit = _UNIT_UNDER_ITS_BODY.fullmatch(issuer)
        return unit is not None and name == unit.group("unit") + " " + unit.group("parent")

    def letter_addressees(self, items: list) -> list:
        """The bodies of a "Kính gửi:" list ("- Sở Tài chính;", "- Các sở, ban, ngành thuộc tỉnh;",
        "Đồng chí Chủ tịch UBND tỉnh Phú Thọ"); an item naming no body it knows is kept as written."""
        out: list = []
        label, label_at = None, 0       # "Các cơ sở khám bệnh, chữa bệnh BHYT:" over its members' dashes
        for k, item in enumerate(items):
            item = _ADDRESSEE_TITLE.sub("", item).strip(" ,;.")
            if item.endswith(":") and item[:4].lower() == "các " and len(items) - k > 2 and label is None:
                label, label_at = item, len(out)    # (the group a heading names bare later, "1. Các cơ sở khám
                continue                            # bệnh, chữa bệnh BHYT:": those listed after it; no addressee)
            person = self._person_addressed(item)
            if person is not None:
                # "Ông Nguyễn Văn Thắng, tổ dân phố số 12, phường Long Biên": a citizen the letter is written to (a
                # demolition order, a reply), named again before what he must do ("Yêu cầu ông Nguyễn Văn Thắng tự
                # tháo dỡ … trước ngày …")
                out.append(Agency(name=person, code="", kind=EXTERNAL))
                continue
            if not item or _AS_ABOVE_OR_PERSON.match(item):
                continue
            ms = self.mentions(item)
            titled = _HEAD_TITLE.match(item) if not ms or ms[0].start > 0 else None
            if titled is not None:
                # "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh": the body under its head's title (not "Hiệu
                # trưởng các trường THCS", no body the directory or the grammar knows after it)
                rest = self.mentions(item[titled.end():])
                if rest and rest[0].start == 0 and self.usable(rest[0].agency):
                    item, ms = item[titled.end():], rest
            # the bodies the item names, when it opens with one ("Sở A, Sở B"); else the item as
            # written ("Công đoàn viên chức các cơ quan tỉnh", "Tỉnh đoàn")
            found = [m.agency for m in ms if self.usable(m.agency)] if ms and ms[0].start == 0 else []
            if ms and ms[0].start == 0 and fold(ms[0].agency.name).startswith(("các hộ ", "hộ ")) \
                    and ms[0].end < len(item.rstrip(" ;,.")) and not item[ms[0].end:].lstrip().startswith((";", "và ")):
                found, ms = [], []      # "Các hộ gia đình, cá nhân kinh doanh nhà trọ, phòng trọ trên địa bàn phường":
                                        # households named as written, not by the first words of their kind
            if ms and ms[0].start == 0 and not found:
                continue            # "Kính gửi: UBND tỉnh Lạng Sơn." atop a department's report: the level
                                    # it reports to, which holds none of its tasks
            if len(found) == 1 and found[0].kind == COLLECTIVE and not found[0].members \
                    and _THE_REST_ITEM.search(item):
                # "UBND các xã, phường còn lại": the rest, a group of its own
                found = [Agency(name=item[:1].upper() + item[1:], code="", kind=COLLECTIVE)]
            if not found and (len(item) <= 90 or (len(item) <= 140 and body_grammar().group_kind_re.match(fold(item)))):
                # (a group by its trade may run longer: "Các doanh nghiệp kinh doanh vận tải bằng xe taxi, xe ô tô hợp
                # đồng điện tử trên địa bàn tỉnh")
                # (a note in brackets closing it is no part of the name: "Hộ kinh doanh Phạm Văn Lộc (xưởng sản xuất
                # mút xốp)", "Hộ ông Hoàng Văn Thắng (thôn Đồng Chằm)")
                item = _CLOSING_NOTE.sub("", item) or item
                name = item[:1].upper() + item[1:]
                found = [Agency(name=name, code="", kind=COLLECTIVE if name.startswith("Các ") else EXTERNAL)]
                words = _WORD_RUN.findall(fold(name))
                if len(words) >= _WRITTEN_ADDRESSEE_WORDS and not body_grammar().head_re.match(name):
                    # (not a body of a head the grammar knows, named in a way it could not read: "Hội đồng nhân
                    # dân các tỉnh, thành phố trực thuộc Trung ương", which the text names again in its own way)
                    self.written_addressees.append(words)
            if len(found) >= 2 and ":" in item and " các " in f" {item.split(':')[0].lower()} ":
                # "Trưởng các thôn: Làng Mạ, Gò Khôn": the group a heading may name bare later
                self.addressee_groups.setdefault(group_key(item), found)
            elif len(found) == 1 and found[0].kind == COLLECTIVE and len(found[0].members) >= 2 and ":" in item \
                    and " các " in f" {item.split(':')[0].lower()} " and _QUALIFIED_GROUP.search(fold(item.split(":")[0])):
                # "UBND các xã ven biển: Thạnh Phong, Thạnh Hải, …": the group a heading names bare later ("1. Ủy ban
                # nhân dân các xã ven biển:"), its words qualifying the kind
                units = self.member_bodies(found[0])
                if len(units) == len(found[0].members):
                    self.addressee_groups.setdefault(group_key(item), units)
            out.extend(found)
        if label is not None and len(out) - label_at >= 2:
            self.addressee_groups.setdefault(group_key(label), out[label_at:])
        if self.invitation:             # (an invitation's "Thành phần": its issuer's own leaders and divisions invited,
                                        # "Lãnh đạo Sở Nội vụ; Phòng Tổ chức, biên chế …", are no addressee)
            out = [a for a in out if not self.is_issuer(a) and not fold(a.name).startswith("phòng ")]
        return once_each(out)       # ("UBND các xã: A, B" and "UBND các phường: C, D": one list of four)

    def groups_of_the_opening(self, paragraphs: list) -> None:
        """A notice with no "Kính gửi": the groups its opening lists by name ("… làm việc với UBND các
        phường: Đông Kinh, Lương Văn Tri, Tam Thanh"), which a heading may name bare later ("1.
        Nhiệm vụ chung của UBND các phường:"), then standing for those it listed."""
        if self.addressees:
            return
        for p in paragraphs:
            for m in self.mentions(p):
                if m.agency.kind != COLLECTIVE or len(m.agency.members) < 2 or ":" not in m.written:
                    continue
                units = self.member_bodies(m.agency)
                if len(units) == len(m.agency.members):
                    self.opening_groups.setdefault(group_key(m.written), units)

    def groups_of_the_body(self, paragraphs: list) -> None:
        """Groups of a kind no grammar reads, that the body defines by listing their members after a colon ("Các cơ
        sở điều trị HIV/AIDS: Trung tâm Y tế khu vực Hữu Lũng, …, Bệnh viện Đa khoa tỉnh"): where the text names the
        group again ("Các cơ sở điều trị HIV/AIDS báo cáo …"), those members."""
        for p in paragraphs:
            if ":" not in p or ("Các " not in p and "các " not in p):
                continue
            for g in _A_GROUP_LISTED.finditer(p):
                phrase = " ".join(g.group("group").split())
                words = _WORD_RUN.findall(fold(phrase))
                if len(words) < _WRITTEN_ADDRESSEE_WORDS or group_key(phrase) in self.addressee_groups:
                    continue
                if any(m.start == 0 for m in self.mentions(phrase)):
                    continue                    # a kind the grammar reads ("Các sở: Y tế, Nội vụ")
                end = _LIST_END.search(p, g.end())
                listed = p[g.end():end.start() if end else len(p)]
                found = self.mentions(listed)
                if len(found) < 2 or found[0].start != 0 or not all(self.usable(m.agency) for m in found) \
                        or any(not MEMBER_SEP.fullmatch(listed, a.end, b.start) for a, b in zip(found, found[1:])):
                    continue                    # a list of bodies, each read whole
                self.addressee_groups[group_key(phrase)] = [m.agency for m in found]
                self.written_addressees.append(words)

    def member_bodies(self, group: Agency) -> list:
        """The bodies a collective's members name ("UBND phường Đông Kinh", …), those the directory or
        the grammar reads as one usable body."""
        out = []
        for name in group.members:
            found = self.mentions(name)
            if len(found) == 1 and found[0].start == 0 and self.usable(found[0].agency):
                out.append(found[0].agency)
        return out

    def attendees_of_the_opening(self, paragraphs: list) -> None:
        """The bodies a meeting's opening lists as present ("Tham dự có đại diện các Sở: Xây dựng, Tài
        chính; Công ty X; UBND các xã: A, B."), each (the issuer left out): whom "các cơ quan, đơn vị
        dự họp" means later."""
        for p in paragraphs:
            m = _ATTENDED_BY.search(fold(p))
            if m is None:
                continue
            end = _SENTENCE_END.search(p, m.end())
            out = []
            for person in _A_PERSON.finditer(p, m.end(), end.start() if end else len(p)):
                # (a citizen at the meeting, "… ông Trần Văn Hợi (chủ bến Vân Diên) …", whom the conclusions may
                # name again before his task)
                self._remember_person(person.group("hon"), person.group("name"))
            for x in self.mentions(p[m.end():end.start() if end else len(p)]):
                a = x.agency
                if not self.usable(a) or self.is_issuer(a):
                    continue
                out.extend(u for u in (self.member_bodies(a) if a.members else [a]) if u not in out)
            if out:
                self.attendees = out
                return

    # ------------------------------------------------------------ questions
    def deadlines(self, text: str, para: str = "", start: int = 0) -> list:
        """The deadlines of ``text``, found at ``start`` in the paragraph ``para`` when given.  In
        a text without any date of its own, a day-month without a year takes the year of a full
        date written near it, before today's."""
        found = find_deadlines(text, self.issued, year_hint=self.year_hint, floor=self.floor,
                               in_time_field=start > 0 and TIME_FIELD_AT.match(fold(para[:60])) is not None)
        if not found and self.subject and "trích yếu" in text:
            found = self._subjects_time(text)
        if self.past_before is not None and found:
            # "(bàn giao toàn bộ mặt bằng trước ngày 30/4/2023)" quoted in the notice of a meeting of
            # 6/6/2023: a limit that had passed before the meeting (or the letter) is no time limit
            found = [d for d in found if not (d.kind == DL_DATE and d.date is not None and not d.inferred
                                              and d.date < self.past_before)]
        if found and any(d.date is None and d.note == N_FROM_EVENT for d in found):
            found = [self._counted_back_from_the_event(text, d) if d.date is None and d.note == N_FROM_EVENT else d
                     for d in found]
        if found and self.meeting is not None and "họp" in text:
            found = [self._counted_from_the_meeting(d) if d.date is None and d.note == N_FROM_EVENT else d
                     for d in found]
        if not para or self.issued is not None or self.floor is not None or \
                (self.year_hint is not None and not self.year_from_today):
            return found
        at = self._para_at.get(para)
        if at is None:
            at = self._para_at[para] = self.body_text.find(para)    # (once per paragraph, not per clause)
        whole, at = (para, start) if at < 0 else (self.body_text, at + start)
        if self.year_hint is None:
            return with_nearby_years(found, whole, at)
        if not any(d.inferred for d in found):
            return found
        near = {d.start: d for d in with_nearby_years(find_deadlines(text, None), whole, at)
                if d.date is not None and d.inferred}
        return [near.get(d.start, d) if d.inferred and d.kind == near.get(d.start, d).kind else d for d in found]

    def _counted_back_from_the_event(self, text: str, d):
        """"Chậm nhất 10 ngày trước ngày khai mạc, hoàn thành …" in the plan of a festival that opens
        "lúc 20 giờ 00 ngày 12/6/2026": that many days before the opening the notice gives."""
        f = fold(text)
        m = _BEFORE_THE_OPENING.match(f, d.end)
        n = _DAYS_COUNTED.search(fold(d.text))
        if m is None:
            # "trước ngày khai mạc 10 ngày", "trước 03 ngày so với ngày tổ chức": the event and its days in one phrase
            m = _OPENING_THEN_DAYS.match(f, d.start) or DAYS_BEFORE_THE_EVENT.match(f, d.start)
            n = _DAYS_COUNTED.search(m.group(0)) if m is not None else None
        if m is None or n is None:
            return d
        if _EACH_ONES_OWN.match(f, m.end()):
            return d                    # "… trước ngày khai mạc Đại hội của từng địa phương": each place's own day, none
                                        # the notice gives for all
        if self._event_days is None:
            self._event_days = event_days(self.opening_text + "\n" + self.body_text, self.issued or self.floor)
        event = m.group("event")
        day = self._event_days.get("khai mạc" if event in ("tổ chức", "diễn ra") else event)
        if day is None:
            return d
        way = m.groupdict().get("way") or "trước"       # ("… 10 ngày sau ngày bầu cử": counted forward)
        when, rule = days_counted(day, -int(n.group(1)) if way == "trước" else int(n.group(1)), n.group(2) is not None)
        return replace(d, date=when, inferred=False, text=text[d.start:max(m.end(), d.end)], end=max(m.end(), d.end),
                       note=f"{rule} {way} ngày {day:%d/%m/%Y} ({event}, ngày văn bản nêu)")

    def _counted_from_the_meeting(self, d):
        """"trong 10 ngày kể từ ngày kết thúc phiên họp" in the notice of that meeting: counted from
        the meeting's day."""
        f = fold(d.text)
        if _FROM_THE_MEETING.search(f) is None:
            return d
        n = _DAYS_COUNTED.search(f)
        if n is None:
            return d
        when, rule = days_counted(self.meeting, int(n.group(1)), n.group(2) is not None)
        return replace(d, date=when, inferred=False, note=f"{rule} kể từ ngày {self.meeting:%d/%m/%Y} (ngày họp)")

    def _subjects_time(self, text: str) -> list:
        """"… bảo đảm thời hạn nêu tại trích yếu văn bản này": the time limit the letter's subject line
        gives ("V/v hoàn thành hồ sơ … trước ngày 29/3/2024"), found at those words."""
        m = _TIME_OF_THE_SUBJECT.search(fold(text))
        if m is None:
            return []
        given = [d for d in find_deadlines(self.subject, self.issued, year_hint=self.year_hint, floor=self.floor)
                 if d.date is not None]
        if len(given) != 1:
            return []
        return [replace(given[0], text=text[m.start():m.end()], start=m.start(), end=m.end(), inferred=True,
                        note=f"thời hạn ở trích yếu: {given[0].text}")]

    def mentions(self, text: str) -> list:
        found = self.directory.find_mentions(text, self.on, district=self.district, foreign=self.foreign)
        if self.issuer_kind == ISSUER_CENTRAL:
            # a ministry's own department named bare ("Cục Thuế chỉ đạo Thuế các tỉnh …" in a letter of Bộ Tài
            # chính): that department, not the province's body the directory knows by the same short name
            found = [replace(m, agency=Agency(name=" ".join(m.written.split()), code="", kind=EXTERNAL, written=m.written))
                     if _A_MINISTRYS_DEPARTMENT.fullmatch(m.written) and fold(m.agency.name).endswith(" tỉnh") else m
                     for m in found]
        if self.short_names:
            # "Ban QLDA" after "Ban Quản lý dự án … các công trình giao thông tỉnh (Ban QLDA)": that body
            # (not a party's role in brackets after the body it is: "Ban X (chủ đầu tư):")
            found = [m if k and self._role_after_its_body(text, found[k - 1], m) else replace(m, agency=self._named_short(m))
                     for k, m in enumerate(found)]
        if self.written_addressees:
            # (as written, over a shorter reading of its first words: "Các hộ chăn nuôi trong khu dân cư tập trung", not
            # "Các hộ chăn nuôi")
            # (… also over a group read the same length: "Các doanh nghiệp kinh doanh dịch vụ lữ hành gửi …" is the group
            # the letter addresses, not a group of firms to look up among the addressees)
            extra = [m for m in self._written_addressees_in(text)
                     if not any(x.start < m.end and m.start < x.end and not (m.start <= x.start and x.end <= m.end)
                                for x in found)]
            if extra:
                found = sorted([x for x in found if not any(m.start <= x.start and x.end <= m.end for m in extra)] + extra,
                               key=lambda x: x.start)
        if self.written_persons and ("ông" in text or "bà" in text or "Ông" in text or "Bà" in text):
            extra = [m for m in self._written_persons_in(text) if not any(x.start < m.end and m.start < x.end for x in found)]
            if extra:
                found = sorted(found + extra, key=lambda x: x.start)
        if self.parties:
            # minutes: "Chủ đầu tư, đơn vị thi công và tư vấn giám sát gửi …", the parties they defined
            by_key = self._parties_by_key()
            extra = [Mention(m.start(), m.end(), m.group(0), replace(by_key[norm_key(m.group(0))], written=m.group(0)))
                     for m in self._party_re.finditer(text)
                     if not any(x.start < m.end() and m.start() < x.end for x in found)]
            extra = [m for m in extra if not any(self._role_after_its_body(text, x, m) for x in found if x.end <= m.start)]
            if extra:
                found = sorted(found + extra, key=lambda x: x.start)
        return found

    def _person_addressed(self, item: str) -> Optional[str]:
        """The citizen an addressee's or a recipient's item names ("Ông Nguyễn Văn Thắng, tổ dân phố số 12"),
        remembered and named as the notice will name him ("Ông Nguyễn Văn Thắng"); None for any other item,
        and for a body's head ("Ông X - Giám đốc Sở Y", whose body is read)."""
        person = _A_PERSON_ITEM.match(item)
        if person is None or _HEAD_TITLE.match(item[person.end():].lstrip(" ,-–")):
            return None
        return self._remember_person(person.group("hon"), person.group("name"))

    def _remember_person(self, honorific: str, name: str) -> str:
        """A citizen of this notice ("ông", "Nguyễn Văn Thắng"), whom the text may name again: "Ông Nguyễn Văn Thắng"."""
        name = " ".join(name.split())
        return self.written_persons.setdefault(fold(name), f"{honorific[:1].upper()}{honorific[1:].lower()} {name}")

    def _written_persons_in(self, text: str) -> list:
        """Mentions of the citizens the letter is written to, where the text names one again with his or her
        honorific ("… yêu cầu ông Nguyễn Văn Thắng tự tháo dỡ …"), each named as in the letter's "Kính gửi"."""
        out = []
        for m in _A_PERSON.finditer(text):
            name = self.written_persons.get(fold(" ".join(m.group("name").split())))
            if name is not None:
                out.append(Mention(m.start(), m.end(), m.group(0), Agency(name=name, code="", written=m.group(0), kind=EXTERNAL)))
        return out

    def _written_addressees_in(self, text: str) -> list:
        """Mentions of the letter's addressees kept as written, where the text names one again by its
        first words (four or more, from a capital: "Các chủ trang trại chăn nuôi:" for "Các chủ trang trại
        chăn nuôi lợn, gà trên địa bàn xã"), each named as the text writes it."""
        out = []
        f = fold(text)
        runs = list(_WORD_RUN.finditer(f))
        longest = {}   # each first word's longest addressee, in words
        for words in self.written_addressees:
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
        for i, w in enumerate(runs):
            if w.group(0) not in longest or not text[w.start():w.start() + 1].isupper():
                continue
            best = 0
            for words in self.written_addressees:
                n = 0
                while n < len(words) and i + n < len(runs) and runs[i + n].group(0) == words[n] \
                        and (n == 0 or not _BREAK_BETWEEN.search(f, runs[i + n - 1].end(), runs[i + n].start())):
                    n += 1
                if n >= _WRITTEN_ADDRESSEE_WORDS or n == len(words):
                    best = max(best, n)
            if best:
                end = runs[i + best - 1].end()
                rest = _HEADING_NAME_GOES_ON.match(text, end)
                if rest is not None and best < longest[w.group(0)]:
                    end = rest.end(1)   # "1. Công chức, viên chức các sở, ngành làm việc tại quầy của Trung tâm:" for "…
                                        # làm việc tại Trung tâm": the heading's own words, to its colon
                written = text[w.start():end]
                out.append(Mention(w.start(), end, written, Agency(name=written, code="", written=written,
                                                                    kind=COLLECTIVE if written.startswith("Các ") else EXTERNAL)))
        return out

    def _named_short(self, m) -> Agency:
        """The body a mention's short name or party role stands for in this notice (the role's words
        kept as written: "Đơn vị thi công" is still a contractor's role), else its own."""
        a = self.short_names.get(norm_key(m.written))
        if a is None:
            return m.agency
        return replace(a, written=m.written) if norm_key(m.written) in self._parties_by_key() else a

    def _role_after_its_body(self, text: str, before, m) -> bool:
        """``m`` is a party's role in brackets right after the body that party is ("Ban X (chủ đầu tư)")."""
        party = self._parties_by_key().get(norm_key(m.written))
        return party is not None and party.name == before.agency.name and text[before.end:m.start].strip() == "("

    def opening_mentions(self) -> list:
        """The bodies the first lines of the body name (its title, its opening: who a check was at), read once."""
        if self._opening_mentions is None:
            self._opening_mentions = self.mentions(self.body_text[:3000]) if self.body_text else []
        return self._opening_mentions

    def _parties_by_key(self) -> dict:
        if self._party_built_for != (id(self.parties), len(self.parties)):
            # (built again when the parties were set after a first look: the minutes' parties are read before the body)
            self._party_index = {norm_key(k): a for k, a in self.parties.items()}
            self._party_re = quick_compile(r"(?<!\w)(?i:" + words_alternation(self.parties) + r")(?!\w)") \
                if self.parties else None
            self._party_built_for = (id(self.parties), len(self.parties))
        return self._party_index

    def usable(self, agency: Agency) -> bool:
        """May this body hold a task?  The issuer's own level (UBND tỉnh in its notices) never
        does; a council's or a ministry's notice may give tasks to UBND tỉnh."""
        if agency.kind != PROVINCE:
            return True
        if self.conclusion and norm_key(agency.name) in _ASSIGNABLE[ISSUER_COUNCIL]:
            return True                 # an inspection's conclusion recommends to the committee ("Kiến nghị Chủ tịch
                                        # UBND tỉnh: ban hành quyết định xử phạt …"), whatever its issuer
        return norm_key(agency.name) in _ASSIGNABLE.get(self.issuer_kind, ())

    def check(self) -> None:
        if self.budget is not None:
            self.budget.check()


# a group of units qualified after its kind: "các xã ven biển", "các phường vùng trũng" (folded; not the bare "các xã, phường")
_QUALIFIED_GROUP = quick_compile(r"các\s+(?:xã|phường|thị trấn|huyện|tỉnh|đơn vị|sở)\s+(?!và\b|,)[a-zà-ỹđ]+")
# a bracket closing an addressee kept as written
_CLOSING_NOTE = quick_compile(r"\s*\([^()]{1,80}\)\s*$")
# a word, and what may stand between two words of one name (not a sentence's or a clause's end)
_WORD_RUN = quick_compile(r"[^\W_]+")
_BREAK_BETWEEN = quick_compile(r"[.;:()\n|*]")
# the words an addressee kept as written must be named again by (or all of them)
_WRITTEN_ADDRESSEE_WORDS = 4
# a group of a kind named by its words, its members listed after a colon: "Các cơ sở điều trị HIV/AIDS: A, B, C"
_A_GROUP_LISTED = quick_compile(r"(?:^|(?<=[.;:]\s)|(?<=\d\.\s)|(?<=\*\*))\s*(?P<group>[Cc]ác[ \t]+[a-zà-ỹđ][^:;.,()\n]{2,60}?)\s*:[ \t]*(?=[A-ZĐÀ-Ỹ])")
# … the end of the list (its sentence's, or before the task's verb the mentions stop at)
_LIST_END = quick_compile(r"[;.](?=\s|$)|\n")
# an addressee item naming the rest of a kind: "UBND các xã, phường còn lại"
_THE_REST_ITEM = quick_compile(r"(?<!\w)còn lại\s*$")
# the Office of a people's committee as the header writes it, and as a body's name (folded)
_OFFICE_UNDER_COMMITTEE = quick_compile(r"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(?P<level>tỉnh|thành phố|huyện|xã|phường)"
                                        r"\s+.{1,40}?\s+văn phòng")
_THE_COMMITTEES_OFFICE = quick_compile(r"văn phòng\s+(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s")
# … and any unit under its council, committee or Party committee: "hđnd tỉnh quảng ninh thường trực", "thành ủy đà
# nẵng văn phòng" (folded, short forms)
_UNIT_UNDER_ITS_BODY = quick_compile(r"(?P<parent>(?:ubnd|hđnd)\s+(?:tỉnh|thành phố|xã|phường)|tỉnh ủy|thành ủy)\s+.{1,40}?\s+"
                                     r"(?P<unit>thường trực|văn phòng)")

# titles before an addressee: "Đồng chí Chủ tịch UBND tỉnh Phú Thọ", "Thủ trưởng các Sở, Ban ngành"
_ADDRESSEE_TITLE = quick_compile(r"^(?:(?:đồng chí|[Đđ]ồng chí)\s+)?(?:(?:Thủ trưởng|Chủ tịch|Giám đốc|Bộ trưởng|Trưởng ban|Tổng giám đốc|"
                                 r"Chánh Văn phòng|Lãnh đạo)\s+)?")
# any title of a head (data/directive_cues.yaml's title_words): "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"
# (… or before a list of bodies: "Hiệu trưởng các trường: Mầm non Kiên Mộc, Tiểu học Bắc Xa")
_HEAD_TITLE = quick_compile(r"(?i:" + words_alternation(directive_cues()["title_words"]) + r")\s+"
                            r"(?=[A-ZĐÀ-Ỹ]|các\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:\s*[A-ZĐÀ-Ỹ])")
_COMMUNE_LIST = quick_compile(r"(?:tại|của)\s+các\s+xã\s*:\s*((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,4}\s*,\s*)+"
                              r"(?:và\s+)?[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,4})")


def notice_province(h: Header, paragraphs: list = ()):
    """The province whose names a notice must be read with (a ``parse.agencies.Province``): the
    one its header names (the issuer "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", a header line "TỈNH HÒA
    BÌNH", the place of its date line "Hòa Bình, ngày …", its title "… phường X, tỉnh Hòa Bình"); ``NO_PROVINCE`` for a notice of the
    State (a ministry, the Government Office: every province's names are its readers'); None
    when the header names none (the configured province then)."""
    from .agencies import NO_PROVINCE, _is_province, load_province
    if h.issuer_kind == ISSUER_CENTRAL:
        return NO_PROVINCE
    places = []
    for text in [h.issuer] + [p for p in paragraphs[:max(0, min(h.body_start, 6))] if p.isupper()]:
        places += [m.group(1) for m in _PROVINCE_IN_HEADER.finditer(text)]
    words = (h.place or "").split()
    places += [" ".join(words[-k:]) for k in (3, 2, 1) if len(words) >= k]   # "UBND Lào Cai, ngày …"
    places += [m.group(1) for m in _PROVINCE_IN_TITLE.finditer(h.title or "")]  # "… phường X, tỉnh Lào Cai"
    # a web page's site ("Cổng thông tin điện tử tỉnh Khánh Hòa") or its headline ("Khánh Hòa: Dứt điểm …")
    places += [m.group("place") for p in paragraphs[:6] for m in (_PORTAL_OF.match(p), _HEADLINE_OF.match(p)) if m]
    for place in places:
        place = place.strip(" ,.-")
        for k in range(len(place.split()), 0, -1):          # "TỈNH LÀO CAI Độc lập …": its first words
            cand = " ".join(place.split()[:k])
            if _is_province(cand):
                return load_province(cand)
    return None


_PORTAL_OF = quick_compile(r"(?i:(?:cổng|trang)\s+thông tin điện tử)\s+(?:(?i:tỉnh|thành phố)\s+)?"
                           r"(?P<place>[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ -]+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})")
_HEADLINE_OF = quick_compile(r"(?P<place>[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ -]+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3}):\s+[A-ZĐÀ-Ỹ]")
_PROVINCE_IN_HEADER = quick_compile(r"(?:TỈNH|THÀNH PHỐ)\s+([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\s\-]{1,40})")
_PROVINCE_IN_TITLE = quick_compile(r"(?<!\w)tỉnh\s+([A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,2})")


# "… TỈNH LÀO CAI": the province named in the issuer
# an issuer of a province, a district or a commune ("UBND TỈNH QUẢNG NAM / VĂN PHÒNG", "SỞ …")
# a commune's or a ward's committee named with its place ("ubnd xã măng đen", normalised)
_A_COMMUNES_COMMITTEE = quick_compile(r"ubnd (?:xã|phường|đặc khu) \S")
# a ministry's department named without a place ("Cục Thuế", "Cục Hải quan")
_A_MINISTRYS_DEPARTMENT = quick_compile(r"Cục\s+[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[^\W\d_]+){0,4}")
_LOCAL_ISSUER = quick_compile(r"(?<!\w)(?:TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG)(?!\w)")
_PROVINCE_OF_ISSUER = quick_compile(r"(?:TỈNH|THÀNH PHỐ)\s+(.+)$")
_UNIT_OF_ISSUER = quick_compile(r"(?<!\w)(HUYỆN|THỊ XÃ|QUẬN|XÃ|PHƯỜNG)\s+([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]{1,30}?)(?:\s+(?:THƯỜNG TRỰC|VĂN PHÒNG))?\s*$")


def _foreign(h: Header, directory) -> bool:
    """Is the notice from another province than the directory's?  Its header says so: the issuer
    ("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH") or the place of the date line ("Hòa Bình, ngày …")."""
    from .agencies import _is_province, _key
    own = directory.province.key
    m = _PROVINCE_OF_ISSUER.search(h.issuer)
    for place in ((m.group(1) if m else ""), h.place):
        if place and _is_province(place):
            return _key(place) != own
    # a district's or a commune's office the directory does not know ("UBND HUYỆN ĐỒNG PHÚ" in a
    # Lạng Sơn directory): another province's
    u = _UNIT_OF_ISSUER.search(h.issuer)
    if u is not None:
        name = f"UBND {u.group(1).lower()} {_sentence_case_name(u.group(2))}"
        found = directory.find_mentions(name)
        return not found or found[0].agency.kind == EXTERNAL or found[0].end < len(name)
    return False


def _sentence_case_name(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in words.split())


# the separators of a list of names: "," or "và"
_COMMA_OR_AND = quick_compile(r",|\svà\s")


def _commune_context(title: str, paragraphs: list) -> tuple:
    """Communes a notice is about ("… tại các xã: Tràng Định, Đoàn Kết, …")."""
    for p in [title] + paragraphs[:3]:
        m = _COMMUNE_LIST.search(p)
        if m:
            names = [x.strip() for x in _COMMA_OR_AND.split(m.group(1)) if x.strip()]
            return tuple(f"UBND xã {n}" for n in names)
    return ()


# a body of a commune or ward other than its committee, issuing (folded): "hội đồng nhân dân xã chợ mới",
# "đảng ủy phường đông kinh", "ban thường vụ đảng ủy xã …"
_COMMUNE_BODY_ISSUER = quick_compile(r"(?:hội đồng nhân dân|hđnd|đảng ủy|ủy ban mặt trận tổ quốc việt nam|ủy ban mttq)\s+"
                                     r"(?P<level>xã|phường)\s+(?P<name>[^\W\d_]+(?:[ \t'-]+[^\W\d_]+){0,3}?)"
                                     # (… and the unit under it: "HĐND XÃ CHỢ MỚI" / "THƯỜNG TRỰC")
                                     r"(?:\s+(?:thường trực|văn phòng|ban\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}))?\s*(?:$|\n|\s{2,}|cộng hòa)")


def _unit_context(title: str, on: Optional[date], directory) -> dict:
    """The single huyện / xã a notice is about ("… trên địa bàn huyện Hữu Lũng"): what a generic
    "UBND huyện" or "xã" in its body refers to."""
    found: dict = {}
    for m in directory.find_mentions(title, on):
        # (a commune of another province too, by its committee's name: "… làm việc với UBND xã Măng Đen")
        if m.agency.kind in (COMMUNE, LEGACY_UNIT) or (m.agency.kind == EXTERNAL and _A_COMMUNES_COMMITTEE.match(norm_key(m.agency.name))):
            k = norm_key(m.agency.name)
            unit = k.split(" ")[1] if k.startswith("ubnd ") else ""
            if unit:
                found.setdefault(unit, [])
                if m.agency not in found[unit]:
                    found[unit].append(m.agency)
    out = {u: v[0] for u, v in found.items() if len(v) == 1}
    bare = _WORKED_WITH_A_COMMUNE.search(title) if not found else None
    if bare is not None:
        # "… làm việc với xã Măng Đen": the commune named without its committee
        level = bare.group("level").lower()
        out[level] = directory.resolve(f"UBND {level} {bare.group('name')}", on)
    return out


# the commune or ward a working visit was with, named bare in the title
_WORKED_WITH_A_COMMUNE = quick_compile(r"(?i:làm việc với|làm việc tại|kiểm tra tại)\s+(?:(?i:đảng ủy|ban thường vụ đảng ủy),?\s+)?"
                                       r"(?P<level>(?i:xã|phường))\s+(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})")
