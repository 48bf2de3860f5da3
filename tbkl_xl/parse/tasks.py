"""Directives -> tasks.

A paragraph is cut into sentences and clauses (``;``).  Each clause may name its own subject
(*Giao X …*, *Yêu cầu X …*, *Đề nghị X …*, *X có trách nhiệm …*, *X chủ trì …*, *X: khẩn trương …*),
co-operating agencies (*phối hợp với Y*) and a deadline.  Clauses are grouped into segments:
a new segment starts where a new subject takes over or where a second deadline appears, so one
sentence can hold two tasks with two leads and two deadlines.  A segment without a subject of
its own takes the addressees of its scope (``parse/scope.py``): the task before it in its own
item, else what the nearest heading, introduction or the letter's "Kính gửi" list names.
Bodies that receive a report (*báo cáo UBND tỉnh*, *gửi Sở Tài chính*) are not assignees; a
body that follows up the plan (*theo dõi, đôn đốc*) leads its own task only.

``extract(paragraphs, start, end, ctx)`` reads the body with a ``NoticeContext``
(``parse/context.py``); ``Extractor`` holds the little state the reading needs (the task table
being read, the drafts so far), one method per kind of paragraph.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Optional

from ..messages import parse as M
from ..model import COLLECTIVE, DEPARTMENT, DL_DATE, DL_HALF, DL_MONTH, DL_QUARTER, DL_RECURRING, DL_YEAR, EXTERNAL, Agency, Deadline
from ..text import fold
from . import scope as SC
from . import sections as S
from .agencies import A_FIRM_NAME as _A_FIRM_NAME, ANSWERS_FOR, UNIT_KINDS, described_then_verb, once_each, unit_level
from .bodies import FIRM_HEADS, body_grammar
from .tables import OPINION_HEADER, TASK_HEADER, capitals_group_row, is_a_programme, is_table_row, note_columns, sending_time_columns, stage_columns, units_leading_instead, table_cells, table_columns, table_time
from .context import NoticeContext, group_key
from .header import ISSUER_CENTRAL, ISSUER_COUNCIL, ISSUER_PARTY, PRESS_LEAD
from .deadlines import counted_from_an_event_before, is_programme_span, load_cues, session_opening_day, valid_date
from .cues import DIRECTIVE_CUES_PATH, alternation as _alt, directive_cues, load_directive_cues  # noqa: F401
from .cues import words_alternation
from .quick import quick_compile

_DIRECTIVE_CUES = directive_cues()
# words that introduce the assignee(s)
# (and the press's "ra “tối hậu thư” cho", quotation marks allowed between its words)
_PRESS_CUES = "(?:" + "|".join(r"[\s\"“”'‘’]+".join(re.escape(w) for w in p.split())
                               for p in sorted(_DIRECTIVE_CUES["press_order_cues"], key=len, reverse=True)) + ")"
# … and a recommendation after its subject ("Kiểm toán nhà nước khu vực II kiến nghị Ủy ban nhân dân tỉnh chỉ đạo
# thực hiện: …"), not the noun ("Về kiến nghị giảm tiền thuê đất: …", "các kiến nghị"; the words of noun_before_cue
# right before it), nor a body's own task opening its clause ("…; kiến nghị Cục Đường bộ Việt Nam bổ sung kinh phí
# …", "… và kiến nghị Bộ …": the body before recommends); also opening a sentence or an item, a report's request ("IV.
# KIẾN NGHỊ / Kiến nghị Sở Xây dựng bố trí kinh phí …")
_RECOMMEND_CUES = "(?:" + "|".join(r"(?<=\w\s)(?<!và\s)(?<!thời\s)"
                                   + "".join(f"(?<!{re.escape(w)} )" for w in _DIRECTIVE_CUES["noun_before_cue"]) + re.escape(c)
                                   + r"|(?:^|(?<=\n)|(?<=[.:]\s)|(?<=\d\.\s)|(?<=[a-zđ]\)\s))" + re.escape(c)
                                   # (not a proposal that the superior give the order: "Kiến nghị UBND tỉnh giao …")
                                   + r"(?!\s+(?:chủ tịch\s+)?(?:ubnd|ủy ban nhân dân)\s+tỉnh|\s+(?:thủ tướng|chính phủ|cấp có thẩm quyền))"
                                   for c in _DIRECTIVE_CUES["recommend_cues"]) + ")"
# (not "giao nộp", "giao thông": words of their own)
_NOT_A_CUE = r"(?!(?:" + words_alternation(_DIRECTIVE_CUES["cue_compounds"]) + r")(?!\w))"
# (not after "không": "…, không yêu cầu công dân nộp hồ sơ, xong chậm nhất ngày …" forbids, it asks no one)
_CUE = quick_compile(r"(?<!\w)(?<!không )" + _NOT_A_CUE + r"(" + words_alternation(_DIRECTIVE_CUES["assignment_cues"]) + "|" + _PRESS_CUES + "|"
                     + _RECOMMEND_CUES + r")(?!\w)")
_SUBJECT_VERB_RE = quick_compile(r"^\s*(?:,\s*)?" + _alt(_DIRECTIVE_CUES["subject_verbs"]) + r"(?!\w)")
# after a mention that follows a comma mid-clause ("…, các xã, phường chủ động …"), only these
# make it a subject; otherwise it is more likely the last object of a list ("đôn đốc A, B, C rà soát")
_STRONG_SUBJECT_VERB_RE = quick_compile(r"^\s*" + _alt(_DIRECTIVE_CUES["strong_subject_verbs"]) + r"(?!\w)")
# "Các sở, ngành theo chức năng, nhiệm vụ được giao chủ động …": skipped between subject and verb
# a time limit between a body and its verb: "… trước ngày 30/6/2026 hoàn thành …", "Riêng UBND xã X, chậm nhất ngày
# 10/7/2026 hoàn thành …", "… trong vòng 24 giờ kể từ khi tiếp nhận thông tin phải có mặt …" (folded)
_TIME_BEFORE_THE_VERB = quick_compile(r"^\s*(?:,\s*)?(?:(?:trước|chậm nhất)\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?(?:\s*,)?(?=\s+[a-zđà-ỹ])"
                                      r"|(?:trước|chậm nhất|trong vòng|trong thời hạn|trong)\s[^,;.:()]{2,90}?(?=\s+(?:phải|cần)\s))")
_ADVERBIAL = quick_compile(r"^\s*(?:theo|trong phạm vi|trên cương vị)\s+(?:(?:công tác,\s*)?chức năng(?:\s+quản lý(?:\s+nhà nước)?)?(?:,?\s*nhiệm vụ)?"
                           r"(?:\s*(?:,|và)\s*(?:quyền hạn|thẩm quyền))?|thẩm quyền|(?:chức năng,\s*)?nhiệm vụ được giao"
                           r"|(?:địa bàn|lĩnh vực)(?:\s+được\s+phân công(?:\s+phụ trách)?|\s+phụ trách)?)"   # "… theo địa bàn được phân công"
                           r"(?:\s+được giao|\s+của (?:mình|ngành|đơn vị)[^,;]{0,60}?)?\s*,?")
# words that, right after an agency opening a clause, show it is not the subject of a verb
_NON_VERB_AFTER = quick_compile(r"^\s*" + _alt(_DIRECTIVE_CUES["not_verbs_after_body"]) + r"(?!\w)")
_ASSIGNED_AFTER = quick_compile(r"^\s*(?:được|đã được)\s+(?:(?:" + words_alternation(_DIRECTIVE_CUES["title_words"])
                                + r")?\s*(?:ubnd|ủy ban nhân dân|chính phủ|thủ tướng chính phủ|thủ tướng)"
                                r"(?:\s+(?:tỉnh|thành phố|huyện))?\s+)?(?:giao(?:\s+nhiệm vụ)?|yêu cầu|đề nghị|chỉ đạo"
                                r"|gia hạn|lùi(?:\s+thời hạn)?|kéo dài thời hạn)\s*(?:,\s*)?"
                                r"(?!quản lý|cho|tại)\S")     # (also "X được yêu cầu kiểm soát …", "X được lùi thời hạn
                                                             # lập bảng kê đến hết ngày …": more time, the same duty)
_RESTRICTION = quick_compile(r"^\s*(?:nơi\s+)?(?:chưa\s+|không\s+)?có\s+")    # (… "chưa có dịch")
# … or by what is done to them: "UBND các xã, phường được kiểm tra chuẩn bị báo cáo …" (folded)
_DONE_TO_THE_GROUP = quick_compile(r"^\s*được\s+(?:kiểm tra|thanh tra|giám sát|khảo sát|lựa chọn|chọn)(?=\s)")
# … or by what they belong to: "UBND các xã thuộc vùng Chương trình …", "… thuộc diện sắp xếp …"
# (… or the area they lie in: "UBND các xã trong khu vực địa lý chỉ dẫn hướng dẫn …", "… nằm trong vùng dự án …")
_BELONGING = quick_compile(r"^\s*(?:thuộc\s+(?=vùng|diện|danh sách|danh mục|chương trình|đề án|dự án|khu vực)"
                           r"|(?:nằm\s+)?trong\s+(?=vùng|khu vực|phạm vi))")
# where the bodies of a group are: "… trên địa bàn các xã nêu trên", "… tại các xã: A, B" (folded)
_WHERE_THEY_ARE = quick_compile(r"^\s*(?:trên\s+địa\s+bàn|tại|thuộc)\s+(?:các\s+)?(?:xã|phường|đặc khu|tỉnh|thành phố)"
                                r"(?:\s*,\s*(?:xã|phường|đặc khu))*(?:\s+(?:nêu trên|nói trên|trên))?(?=\s+[a-zà-ỹđ])"
                                r"|^\s*trên\s+địa\s+bàn(?=\s+[a-zà-ỹđ])")   # (… "Hiệu trưởng các trường … trên địa bàn| báo cáo …")
# … or on a river's basin, a named place (its name capitalised): "trên lưu vực sông Ngũ Huyện Khê", "tại
# khu vực cửa khẩu Tân Thanh"
_ON_A_NAMED_PLACE = quick_compile(r"\s*(?:trên|tại|ở)\s+(?:lưu\s+vực|khu\s+vực|địa\s+bàn)(?:\s+(?:sông|hồ|suối|cửa\s+khẩu|xã|phường))?"
                                  r"(?:\s+[A-ZĐÀ-Ỹ][\w-]*)+(?=\s+[a-zà-ỹđ])")
# "Trưởng các bản có trong danh sách đề nghị tổ chức họp …": the ones a list names, then their verb
# "(có tên) tại bảng trên", "nêu trong bảng nêu trên": the bodies of the table above (folded)
_IN_THE_TABLE_ABOVE = r"(?:nêu\s+|có tên\s+)?(?:tại|ở|trong)\s+bảng\s+(?:nêu\s+)?trên"
_IN_THE_LIST = quick_compile(r"^\s*(?:có\s+(?:tên\s+)?trong\s+danh\s+sách(?:\s+đề\s+nghị|\s+kèm\s+theo)?"
                             r"|" + _IN_THE_TABLE_ABOVE +                              # (… "tại bảng trên",
                             r"|(?:nêu\s+|có tên\s+)?tại\s+(?:các\s+)?(?:mục|điểm|khoản|phần)\s+[ivx\d][ivx\d.]*"
                             r"(?:\s*(?:,|và)\s*[ivx\d][ivx\d.]*)*"    # "tại mục II"
                             r"(?:\s+(?:mục|khoản|phần)\s+[ivx\d][ivx\d.]*)?)\s+")   # (… "tại điểm 5 Mục II")
# a dash before the role a body's head holds on a board ("Giám đốc Sở X - Ủy viên: …")
_DASH_BEFORE_A_ROLE = quick_compile(r"^\s*[-–]\s*")
# a unit named with the body it belongs to: "Phòng X thuộc Sở hướng dẫn …", "Trung tâm Y trực thuộc Sở …"
_OWNING_BODIES = r"sở|bộ|ubnd|ủy ban|uỷ ban|cục|tổng cục|ban"
_UNDER_ITS_OWNER_BODY = quick_compile(r"^\s*(?:thuộc|trực thuộc)\s+(?:" + _OWNING_BODIES + r")(?!\w)")
# (… a team or a room of an office, a station, a police or a centre: "Đội X thuộc Phòng Y tổng hợp …", "Phòng Dự báo …
# thuộc Đài cập nhật …"; of one body, not a group's: "các đơn vị thuộc Chi cục" are the bureau's units)
# (… or "của": "Các phòng: Kinh tế, Văn hóa - Xã hội của UBND xã Văn Lãng hoàn thiện …")
_UNDER_ITS_OWNER = quick_compile(r"^\s*(?:thuộc|trực thuộc|của)\s+(?:" + _OWNING_BODIES
                                 + r"|phòng|chi cục|đài|trung tâm|công an|bộ chỉ huy)(?!\w)")
# the rest of a description after "có" up to its comma ("có số chuyển nguồn năm 2024 sang năm 2025 lớn,")
_DESCRIBED_THEN_COMMA = quick_compile(r"[^,;:.()]{3,120},")
# the contractor or consultant a body itself directs, after its verb of asking (folded)
_ITS_CONTRACTOR_AFTER = quick_compile(r"\s*(?:yêu cầu|chỉ đạo|đôn đốc)\s+(?:các\s+)?(?:nhà thầu|đơn vị thi công|đơn vị tư vấn|tư vấn giám sát|(?P<supervised>chủ đầu tư|nhà đầu tư|doanh nghiệp|công ty|cơ sở))(?!\w)")
# a heading's opening by which a body directs the units under it ("Chỉ đạo nhà thầu …:")
# "… phân công lãnh đạo trực Tết", "… cử cán bộ tham gia": a body assigning its own people (folded; also an
# association's or a union's members: "Hội Cựu chiến binh phường phân công hội viên … kèm cặp …")
_ITS_STAFF_AFTER = quick_compile(r"\s*(?:phân công|cử)\s+(?:01\s+|một\s+)?(?:đồng chí\s+)?(?:lãnh đạo|cán bộ|công chức|viên chức|"
                                 r"người|chuyên viên|thành viên|hội viên|đoàn viên|nhân viên)(?!\w)")
_DIRECTS = quick_compile(r"(?:chỉ đạo|đôn đốc)\s")
# the issuing department a unit of it belongs to, named bare after the unit ("… thuộc Sở có trách nhiệm")
_OF_THE_ISSUER = quick_compile(r"^\s*thuộc\s+(?:sở|ban|cục|chi cục)(?=\s+(?:có trách nhiệm|chủ trì|chịu trách nhiệm)(?!\w))"
                               # (… or "của" and the issuer's head: "Khoa Cấp cứu của Bệnh viện| tổ chức giao ban …" in the
                               # hospital's letter)
                               r"|^\s*của\s+(?:bệnh viện|sở|trung tâm|công ty|chi cục|cục|viện|trường|quỹ|ban|trạm|phòng|hội)(?=\s+[a-zđà-ỹ])")
# a contractor's or consultant's role as the parser names it (folded)
_CONTRACTOR_ROLE = quick_compile(r"(?:các\s+)?(?:nhà thầu(?: thi công)?|đơn vị thi công|đơn vị tư vấn|tư vấn giám sát|chủ đầu tư(?: [^,;()]{1,40})?)")
# a clause after a semicolon of the same sentence
_SEMICOLON_BEFORE = quick_compile(r";\s*$")
# a clause that goes on with the same work after its dated step ("…; sau đó tổng hợp …") (folded)
_NEXT_STEP_OPENS = quick_compile(r"\s*(?:sau đó|sau khi|trên cơ sở đó|từ đó|để)(?!\w)")
# a task asked of a body, not ordered ("Đề nghị Ủy ban MTTQ Việt Nam tỉnh chỉ đạo …") (folded)
_ASKED = quick_compile(r"\s*(?:\d+\.\s*)?đề nghị\s")
# … and the request right before the words meaning the bodies named ("Đề nghị các cơ quan, đơn vị nêu trên …") (folded)
_ASKED_BEFORE = quick_compile(r"(?<!\w)đề nghị\s+(?:thủ trưởng\s+|lãnh đạo\s+)?$")
# a time limit opening a sentence ("Chậm nhất ngày 25/4/2026, …", "Trước ngày 30/6, …", "Trong tháng 5/2026, …") (folded)
_DATE_OPENS = quick_compile(r"[\s*+–-]*(?:chậm nhất|trước|trong|hoàn thành trước)\s+(?:ngày\s+|tháng\s+|quý\s+)?(?:\d|[ivx]{1,4}/)")
# a body dividing its own work among its people or units ("…; phân công Đoàn trường quản lý …") (folded)
_ASSIGNS_ITS_OWN = quick_compile(r"(?<!\w)phân công\s+(?:cho\s+)?")
# words pointing back at a table ("… nêu tại Bảng", "… có tên trong bảng trên") (folded)
_IN_THE_TABLE = quick_compile(r"(?:tại|trong)\s+bảng(?!\w)")
# an order whose object is no body: "yêu cầu doanh nghiệp kinh doanh kho bãi …", "đề nghị các hộ dân …" (folded)
_ASKS_NO_BODY = quick_compile(r"\s*(?:yêu cầu|đề nghị|hướng dẫn|đôn đốc)\s+(?:các\s+)?(?:doanh nghiệp|hộ|người|chủ|nhà thầu|cơ sở|tổ chức, cá nhân)(?!\w)")
# a body that gives or asks ("Sở X đề nghị …", "Sở X giao …"): the assignment cues right after it
_ASKS_AFTER = quick_compile(r"^\s*(?:kính\s+|trân trọng\s+)?" + _NOT_A_CUE + r"(?:" + words_alternation(_DIRECTIVE_CUES["assignment_cues"])
                            + "|" + _RECOMMEND_CUES + r")(?!\w)")
# … whose object is people, no body: "yêu cầu 100% người đi trên phương tiện …", "yêu cầu người dân …", "yêu cầu các
# chủ phương tiện …", "yêu cầu các hộ …" (folded)
_PEOPLE_ASKED = quick_compile(r"\s+(?:\d{1,3}\s*%\s+|tất cả\s+|toàn bộ\s+|mọi\s+|các\s+)?(?:người|nhân dân|hộ(?:\s+gia đình|\s+dân)?|chủ\s+(?:phương tiện|hộ|tàu|thuyền|xe)|"
                              r"học sinh|phụ huynh|du khách|khách|công dân|cử tri|thuyền viên|lái xe)(?!\w)")
# a duty named later in the clause, after "và": "… không ký mới hợp đồng và có trách nhiệm …"
_DUTY_LATER = quick_compile(r"^[^.;:]{0,120}?\s(?:và|đồng thời)\s+" + _alt(_DIRECTIVE_CUES["strong_subject_verbs"]) + r"(?!\w)")
# (or after a bracket closing what is undone: "Các Bộ: A, B chưa ban hành thông tư … (thời hạn … là trước
# ngày 01/9/2025) khẩn trương ban hành …")
_UNDONE_THEN_DUTY = quick_compile(r"^\s*(?:chưa|còn)\s[^.;:]{0,200}?(?:,|\))\s*(?:" + _alt(_DIRECTIVE_CUES["strong_subject_verbs"])
                                  + r"(?!\w)|(?:đề nghị|yêu cầu)\s+(?!các\s|quý\s)(?=[a-zđà-ỹ]))"
                                  # (… with no comma, before an urging word: "Các xã, phường chưa tổ chức Đại hội … khẩn
                                  # trương tổ chức, hoàn thành …")
                                  r"|^\s*chưa\s[^.;:,()]{0,120}?\s(?:khẩn trương|chủ động|có trách nhiệm|chịu trách nhiệm)\s+[a-zđà-ỹ]")
# "… có số dư nguồn … lớn (trên 10 tỷ đồng) đề xuất …" after the bodies set apart: what marks them out,
# then their duty (folded)
_MARKED_THEN_DUTY = quick_compile(r"^\s*có\s[^.;:]{0,200}?\s(?:" + _alt(_DIRECTIVE_CUES["subject_verbs"]) + r")(?!\w)")
# "… đã nộp đủ số nợ ngày 10/7/2026, tiếp tục đóng đúng hạn": a body told to go on with what it did (folded)
_DONE_THEN_GO_ON = quick_compile(r"^\s*đã\s[^.;:]{0,200}?,\s*tiếp tục\s+[a-zđà-ỹ]")
_NOT_SUBJECT_AFTER = quick_compile(r"^\s*(đã|đang|được|vừa|chưa|cũng đã)(?!\w)")
# words right before an agency that make it an object, recipient or owner, not a subject
_OBJECT_BEFORE = quick_compile(r"(?<!\w)" + _alt(_DIRECTIVE_CUES["object_before_body"]) + r"\s*$")
_SUPPORT_CUE = quick_compile(r"(?<!\w)" + words_alternation(_DIRECTIVE_CUES["support_cues"]) + r"(?!\w)")
# a body that follows up the plan ("Văn phòng UBND tỉnh theo dõi, đôn đốc …"): its own task only
_MONITOR = quick_compile(r"^\s*(?:" + words_alternation(_DIRECTIVE_CUES["monitor_verbs"]) + r")(?!\w)")
# the owner of a report sent on is the one who acts: "Báo cáo của các cơ quan, đơn vị gửi về …"
_REPORT_OWNER = quick_compile(r"\s*(?:[-–+]\s*)?(?:các\s+)?" + words_alternation(_DIRECTIVE_CUES["report_nouns"]) + r"(?:\s+[^\s,;:()]+){0,4}?"
                              r"\s+của\s+$")
# imperative openings of a subjectless directive
_IMPERATIVE_RE = quick_compile(r"^" + _alt(_DIRECTIVE_CUES["imperatives"] + _DIRECTIVE_CUES["opening_imperatives"]) + r"(?!\w)")
# a cue word ending a series of verbs ("hướng dẫn, đôn đốc, yêu cầu"): an action, not an order given
_VERBS = _alt(set(_DIRECTIVE_CUES["imperatives"]) | set(_DIRECTIVE_CUES["subject_verbs"]))
# … or a period counted from a day, then the body's verb ("Liên minh Hợp tác xã tỉnh| trong 30 ngày kể từ ngày ký Thông báo
# này| xây dựng …") (folded)
_PERIOD_BEFORE_THE_VERB = quick_compile(r"^\s*(?:,\s*)?(?:trong(?:\s+vòng|\s+thời hạn)?\s+\d{1,3}\s+(?:ngày|giờ|tháng)(?:\s+làm việc)?"
                                        r"(?:\s+kể từ\s+(?:ngày|khi)\s+[^,;.:()]{2,80}?)?"
                                        # (… or a month, a quarter of the calendar: "Trưởng các thôn: A, B, C trong
                                        # tháng 7/2026 tổ chức …", "Sở Y tế trong quý III/2026 hoàn thành …")
                                        r"|trong\s+(?:tháng\s+\d{1,2}|quý\s+(?:[ivx]{1,3}|\d))(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?)"
                                        r"\s*,?(?=\s+" + _VERBS + r"(?!\w))")
_VERB_SERIES = quick_compile(r"(?<!\w)" + _VERBS + r"\s*,\s*" + _VERBS + r"\s*,\s*$")
# "Thực hiện Quyết định số …", "Thực hiện Chỉ thị …": the document acted on, not an order
_IN_PURSUANCE = quick_compile(r"thực hiện\s+(?:các\s+)?" + _alt(_DIRECTIVE_CUES["pursued_documents"]) + r"(?!\w)")
_PREFIX_RE = quick_compile(r"^(?:(?:theo|trong phạm vi|trên cơ sở)\s+chức năng,?\s*nhiệm vụ(?:\s*(?:,|và)\s*(?:quyền hạn|thẩm quyền|phạm vi quản lý|"
                           r"lĩnh vực(?: quản lý)?|địa bàn(?: quản lý)?))*(?:\s+(?:được giao|của mình|của đơn vị))?\s*,?\s*|"
                           r"(?:về|đối với)\b[^:]{0,400}?:\s*|(?:đối với|riêng đối với)\b[^,:;]{0,150},\s*|"
                           r"(?:đối với|riêng đối với|trường hợp|nếu)\b[^:;.]{0,400}?\s+thì\s+|"
                           r"(?:" + words_alternation(_DIRECTIVE_CUES["connectives"]) + r"),?\s*|"
                           r"trên cơ sở[^,]{0,300},\s*|để [^,]{0,200},\s*|"
                           r"căn cứ(?:\s+vào)?\s+(?:chức năng,?\s*)?nhiệm vụ[^,;:.]{0,80},\s*)", re.I)
# a subject named only generically: "UBND huyện nghiên cứu …", "đề nghị huyện, xã quan tâm …"
_GENERIC_SUBJECT = quick_compile(
    r"(?:(?<=đề nghị )|(?<=yêu cầu )|(?<=giao )|^(?=ubnd )|^(?=chủ tịch ubnd )|(?<=[,.;:] )(?=ubnd )"
    r"|^(?=(?:xã|phường) )|(?<=[.;:] )(?=(?:xã|phường) ))"     # (also the commune alone: "…; xã chủ động lập dự toán …")
    r"(?:(?:ubnd|chủ tịch ubnd|cấp ủy, chính quyền)\s+)?(?P<unit>huyện|xã|phường|thị trấn)"
    r"(?:,\s*(?P<unit2>huyện|xã|phường))?\s+")
_HEADING_ADDRESSEE = quick_compile(r"^(?:" + words_alternation(_DIRECTIVE_CUES["heading_cues"]) + r")(?!\w)")
# an order given earlier by a document: "đã có Công văn số 120/UBND-NC ngày 10/4/2026 giao …"
_PAST_ORDER = quick_compile(r"(?<!\w)đã\s+" + _alt(_DIRECTIVE_CUES["past_order_verbs"]) + r"\s+(?:các\s+)?"
                            + _alt(_DIRECTIVE_CUES["past_order_documents"]) + r"\b[^.;:]*$")
# (or in a bracket after it: "Thực hiện Kế hoạch số 402/KH-UBND … của UBND tỉnh (UBND tỉnh giao Sở Nội vụ
# trình … trước ngày 30/6/2026); Sở Nội vụ đề nghị …")
_CITED_DOCUMENTS_ORDER = quick_compile(r"(?<!\w)(?:thực hiện|căn cứ|theo)\s+"
                                       # ("Thực hiện ý kiến kết luận của Phó Chủ tịch UBND tỉnh tại Thông báo số …, trong đó …")
                                       r"(?:(?:ý kiến|chỉ đạo|kết luận)[^.;:]{0,100}?\s(?:tại|theo)\s+)?(?:các\s+)?"
                                       + _alt(_DIRECTIVE_CUES["past_order_documents"])
                                       + r"\b[^.;:]*?(?:(?:[,;]\s*)?(?:trong đó|theo đó)\s+[^.;:]*|\(\s*[^.;:()]*)$")
_VERB_INSIDE = quick_compile(r"(?<!\w)" + _alt(_DIRECTIVE_CUES["verbs_between_cue_and_body"]) + r"(?!\w)")
_ADVISED_ORDER = quick_compile(r"(?<!\w)(?:(?:tham mưu|đề xuất|kiến nghị|xin ý kiến)(?:\s+(?:cho\s+)?(?:chủ tịch\s+)?"
                               r"(?:ubnd|ủy ban nhân dân)\s+(?:tỉnh|xã|phường|đặc khu)(?:\s+[^\W\d_]+){0,3}?)?|(?:đề nghị|kính đề nghị|trân trọng đề nghị)\s+(?:chủ tịch\s+)?"
                               r"(?:(?:ubnd|ủy ban nhân dân)\s+tỉnh(?:\s+[^\W\d_]+){0,3}?|thủ tướng chính phủ|chính phủ|cấp có thẩm quyền))"
                               r"(?:\s+xem xét)?\s*$")
# a proposal that the superior give an order: "Đề nghị UBND tỉnh giao Sở X …", "Kiến nghị Thủ tướng Chính phủ
# giao Bộ Y …" (a department's or a ministry's report; folded)
_PROPOSED_ORDER = quick_compile(r"\s*(?:kính\s+|trân trọng\s+)?(?:đề nghị|kiến nghị|đề xuất)\s+(?:chủ tịch\s+)?"
                                r"(?:(?:ubnd|ủy ban nhân dân)\s+tỉnh(?:\s+[^\W\d_]+){0,3}?|thủ tướng chính phủ|chính phủ|cấp có thẩm quyền)"
                                r"\s+(?:xem xét\s+)?(?:giao|phân công)(?!\w)")
# … or an introduction ending in such a proposal, its items the proposals: "Sở Tài chính kính đề nghị UBND tỉnh:"
_PROPOSAL_INTRO = quick_compile(r"(?:kính\s+|trân trọng\s+)?(?:đề nghị|kiến nghị|đề xuất)\s+(?:chủ tịch\s+)?(?:ubnd|ủy ban nhân dân)\s+"
                                r"(?:tỉnh|thành phố)(?:\s+xem xét)?[^.;:]{0,40}:\s*$")
# a group described by what it has, named as above: "(các đơn vị) có hồ sơ trễ hạn nêu trên" (folded)
# a group named by the list or table above: "… có tên tại danh sách", "… có tên trong bảng trên" (folded)
_NAMED_IN_THE_LIST = quick_compile(r"\s+có tên\s+(?:tại|trong|ở)\s+(?:bảng|danh sách)(?:\s+(?:trên|dưới đây|nêu trên|kèm theo))?(?![\w/])")
_DESCRIBED_AS_ABOVE = quick_compile(r"\s+có\s+(?P<what>[^,;:.()]{3,60}?)\s+(?:nêu|nói|kể|đã nêu)\s+(?:trên|tại)")
# "Kiến nghị" opening an item of a conclusion, before the body recommended to act (or before the
# chairman asked to direct it: "Kiến nghị Chủ tịch UBND tỉnh chỉ đạo Sở X …")
_RECOMMENDED = quick_compile(r"[\s*]*(?:[-–+]\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.\s+|[a-zđ]\)\s+)?(?:(?P<cue>kiến nghị|đề nghị)\s+(?:(?:chủ tịch\s+)?"
                             r"(?:ubnd|ủy ban nhân dân)\s+(?:tỉnh|thành phố)\s+(?:chỉ đạo|giao)(?:\s+cho)?\s+)?)(?:\*\*\s*)?")
# a letter's thanks closing it: "Bộ X trân trọng cảm ơn sự phối hợp …./." (not a letter or words of thanks a task asks
# for: "Tổ chức cho học sinh … viết thư cảm ơn người tốt, việc tốt")
_THANKS = quick_compile(r"^[^.;:]{0,80}?(?<!\w)(?:(?:xin\s+)?(?:trân trọng\s+)?(?<!thư )(?<!lời )(?<!thiệp )cảm ơn(?!\w)[^;:]*"
                        # (… or a report's last words: "UBND xã Đồng Đăng trân trọng báo cáo./.", "Kính báo cáo …")
                        r"|(?:xin\s+)?(?:trân trọng|kính)\s+báo cáo(?:\s+[^.;:]{0,60})?\s*\.?/?\.?\s*)$")
# a request to a letter's addressee named by a common noun ("Vì vậy, đề nghị địa phương căn cứ …")
_TO_THE_ADDRESSEE = quick_compile(r"(?:^|[.;:,)]\s+)(?i:(?:kính\s+)?(?:đề nghị|yêu cầu)\s+)"
                               r"(?:(?i:" + words_alternation(_DIRECTIVE_CUES["addressee_nouns"]) + r")\s+(?=[a-zà-ỹđ])"
                               r"|(?=" + _alt(_DIRECTIVE_CUES["imperatives"]) + r"(?!\w)))")
# a decision's own act in an article ("Điều 1. Ban hành kèm theo …"), its execution formula
_DECISION_ACT = quick_compile(r"^\s*" + words_alternation(_DIRECTIVE_CUES["decision_acts"]) + r"(?!\w)")
_EXECUTION = quick_compile(r"(?<!\w)" + words_alternation(_DIRECTIVE_CUES["execution_formulas"])
                           + r"\s+(?:quyết định|nghị quyết|chỉ thị|thông tư)\s+này")
# … and a directive's: those who carry the whole of it out strictly ("… có trách nhiệm tổ chức thực hiện nghiêm Chỉ thị này") (folded)
_CARRIED_OUT_STRICTLY = quick_compile(r"(?<!\w)(?:nghiêm túc\s+(?:(?:tổ chức|triển khai)\s+)?thực hiện"
                                      r"|(?:(?:chịu|có) trách nhiệm\s+)?(?:(?:tổ chức|triển khai)\s+)?thực hiện nghiêm(?:\s+túc)?)"
                                      r"\s+(?:chỉ thị|quyết định|kế hoạch|công điện|văn bản|thông báo)\s+này(?!\w)")
_CLOSING = quick_compile(r"^(UBND tỉnh|Ủy ban nhân dân tỉnh|Uỷ ban nhân dân tỉnh)\s+(yêu cầu|thông báo|đề nghị)", re.I)
# "Văn phòng Chính phủ thông báo để Bộ X biết, thực hiện./.": the letter's closing formula (not "niêm
# yết Thông báo này … để Nhân dân biết": "Thông báo này" is the document posted; nor an act after another, "bố trí địa
# điểm và thông báo cho các hộ dân biết")
_NOTIFY_FORMULA = quick_compile(r"(?<!\w)(?<!và\s)(?<!,\s)(?:xin\s+)?(?:trân trọng\s+)?thông báo(?!\s+này)(?:\s+\S+){0,3}?\s+(?:để\s*)?[^.;]{0,300}?(?:được\s+)?biết"
                                r"(?:\s*(?:,|và)\s*(?:thực hiện|chỉ đạo thực hiện|phối hợp thực hiện))?\s*\.?/?\.?\s*$")
# departments and local governments reporting right after their words ("Các sở, ngành, địa phương báo cáo kết
# quả …") (folded)
_THEY_REPORT = quick_compile(r"địa phương(?:\s+và\s+[^,;.:]{1,40}?)?\s+(?:định kỳ\s+)?(?:gửi\s+)?báo cáo(?!\w)")
# departments and local governments in one collective (folded): "các sở, ngành, địa phương"
_DEPARTMENTS_AND_LOCALITIES = quick_compile(r"^các sở,[^;:]{0,40}?(?:,|\svà)\s+(?:các\s+)?địa phương$")
# the ministries and the provinces in one collective (folded): "các Bộ, cơ quan trung ương và địa phương"
_MINISTRIES_AND_LOCALITIES = quick_compile(r"^các bộ,[^;:]{0,60}?(?:,|\svà)\s+(?:các\s+)?địa phương$")
# the issuer passing an order on to those it tells, who act: "Văn phòng UBND tỉnh thông báo để các
# cơ quan, đơn vị biết, thực hiện; báo cáo kết quả … trước ngày …"
_TOLD_TO_ACT = quick_compile(r"(?<!\w)(?:thông báo|truyền đạt|chuyển)(?:\s+(?:ý kiến|kết luận|chỉ đạo|nội dung)[^.;:]{0,150}?)?"
                             r"\s+(?:để|cho|tới|đến)\s+(?P<who>[^.;:]{3,200}?)(?:\s+để)?\s+(?:(?:được\s+)?biết"
                             r"\s*(?:,|và)\s*)?(?:thực hiện|chỉ đạo thực hiện|triển khai thực hiện)(?!\w)")
# (… "biết," may be left out: "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị nêu trên thực hiện; …")
# the closing order of a letter, with no task of its own
# (… or its addressees told to carry it out: "Các cơ quan, đơn vị nghiêm túc thực hiện./."; not a sentence that
# gives a date on the way: "Đề nghị các cơ quan, đơn vị nêu trên gửi danh sách … trước ngày 14/8/2026 để phối hợp
# thực hiện./.")
_GENERIC_ORDER = quick_compile(r"(?:(?:yêu cầu|đề nghị)\s|(?:^|(?<=[.;]\s))(?:thủ trưởng\s+)?các\s+(?:cơ quan|đơn vị|sở|địa phương)(?=[\s,]))(?:(?!\d{1,2}/\d)[^.;]|(?<=ông)\.|(?<=bà)\.){0,200}?\s(?:(?:nghiêm túc|khẩn trương|tổ chức|triển khai|"
                               r"chủ động)\s+)*(?:triển khai\s+)?thực hiện(?:\s+nghiêm)?(?:\s+(?:tốt|đúng))?"
                               r"(?:\s+(?:văn bản|công văn|chỉ thị|kế hoạch|thông báo)(?:\s+này)?)?(?:\s+(?:theo quy định|kịp thời))?"
                               r"\s*\.?/?\.?\s*$")
# what joins the names of a list of bodies ("- Sở Nội vụ;", "Sở X, Sở Y và UBND xã Z.")
_LIST_JOINERS = quick_compile(r"[\s,;:.\-–]|(?<!\w)và(?!\w)")
# a group pointed at: "UBND các xã này", "các đơn vị này" (folded)
_POINTED_AT = quick_compile(r"\snày$")
# the letter's courtesy: "Sở Khoa học và Công nghệ trân trọng đề nghị các cơ quan, đơn vị quan tâm, phối hợp./.",
# "Rất mong nhận được sự quan tâm, phối hợp của Quý cơ quan./.", "Trân trọng cảm ơn./." (folded): no task
_COURTESY = quick_compile(r"(?:(?:(?:xin\s+)?trân trọng\s+)?(?:đề nghị|kính đề nghị|rất mong)\s(?:[^.;]|(?<=\w)\.(?=\w)){0,160}?quan tâm"
                          r"(?:\s*(?:,|và)\s*|\s+)(?:phối hợp|giúp đỡ|tạo điều kiện|hỗ trợ)(?:\s+(?:thực hiện|của[^.;]{1,60}))?"
                          r"|(?:xin\s+)?trân trọng cảm ơn(?:[^.;]{1,60})?"
                          # (… "Rất mong nhận được sự phối hợp của các đơn vị./.")
                          r"|(?:rất mong|kính mong|mong)\s+(?:nhận được\s+)?(?:sự\s+)?(?:quan tâm\s*(?:,|và)?\s*)?"
                          r"(?:phối hợp|giúp đỡ|hỗ trợ|ủng hộ)(?:\s+(?:chặt chẽ|tích cực))?(?:\s+của[^.;]{1,60})?)\s*\.?/?\.?\s*$")
# the letter's last words: whom to tell of difficulties met while carrying it out (a telephone
# number's dots, "0255.3863.xxx", end no sentence)
_IF_DIFFICULTIES = quick_compile(r"(?:trong quá trình (?:tổ chức )?(?:triển khai )?(?:thực hiện|triển khai)\s*,?\s*)?"
                                 r"nếu (?:có|phát sinh|gặp) (?:khó khăn|vướng mắc)(?:[^.;]|(?<=\w)\.(?=\w)){0,200}?\s*\.?/?\.?\s*$")
# … or whom to call about it ("Mọi thông tin xin liên hệ: bà Hoàng Thị Thu, Phòng Kinh doanh, điện thoại …")
_CONTACT = quick_compile(r"(?:mọi\s+)?(?:thông tin(?:\s+chi tiết)?|chi tiết|đầu mối)\s+(?:xin\s+|vui lòng\s+)?liên hệ(?:[^;]|(?<=\w)\.(?=\w)){0,200}?\s*\.?/?\.?\s*$")
_LEAD_IN = quick_compile(r"(?<!\w)" + _alt(_DIRECTIVE_CUES["lead_in_cues"]) + r"[^.;]{0,80}?(?:như sau|sau đây)\s*:?\s*$")
_AGENDA_TITLE = quick_compile(r"\btrình\s+(Dự thảo|Tờ trình|Báo cáo|Đề án|Kế hoạch|Nghị quyết)\b")


@dataclass
class Clause:
    start: int
    end: int
    leads: list = field(default_factory=list)       # list[Agency]
    explicit: bool = False
    by_cue: bool = False                            # found after "Giao/Yêu cầu/Đề nghị"
    support: list = field(default_factory=list)
    deadlines: list = field(default_factory=list)   # list[Deadline]
    imperative: bool = False                        # opens with a directive verb ("Chủ động bố trí …")
    leads_end: int = 0                              # where the run naming the leads ends
    to_addressee: bool = False                      # a letter's request to its addressee ("Đề nghị quý cơ quan …")
    issuer_own: bool = False                        # the issuer's own level is its subject ("UBND tỉnh tổng hợp, báo cáo Chính phủ …")
    finish_only: bool = False                       # asks only that the task be done by a time ("yêu cầu hoàn thành trước ngày …")
    by_issuer: bool = False                         # the issuer is its subject ("Sở X tổ chức Hội nghị …" in Sở X's letter)
    asks: bool = False                              # opens with a cue of asking ("đề nghị các cơ quan, đơn vị …")
    asks_other: Optional[Agency] = None             # … a body named right after it that takes no task here ("…; đề nghị UBND
                                                    # tỉnh bổ sung kinh phí … trước ngày …" in a commune's report to it)
    both: bool = False                              # names back the two subjects before it ("…; cả hai gửi …")


@dataclass
class Draft:
    """A task before ids are given: found by the extractor, finished by parse_notice."""
    node: int
    text: str
    lead: list
    support: list
    deadline: Optional[Deadline]
    needs_review: list = field(default_factory=list)
    explicit_lead: bool = False         # the lead is named by the task itself
    lead_words: str = ""                # the words naming the lead (its own or its scope's)
    lead_scope: object = None           # scope.Scope the lead was taken from, when inherited
    distributive: bool = False          # each lead does it on its own: one task per lead
    monitors: bool = False              # the task is following the others up ("theo dõi, đôn đốc …")


_SPAN_MARKS = quick_compile(r"[;.!?()“”…]|(?<=\d),")
# an ellipsis of a quotation that elides up to the next order: "… gói thầu số 7… giao cho Sở X …"
_ORDER_OPENS = quick_compile(r"\s*" + words_alternation(_DIRECTIVE_CUES["assignment_cues"]) + r"(?!\w)", re.I)
_ELLIPSIS_THEN_ORDER = quick_compile(r"(?:…|\.\.\.)\s*(?=" + words_alternation(_DIRECTIVE_CUES["assignment_cues"])
                                     + r"(?!\w))", re.I)
# … a short number's full stop ends no sentence when the reference goes on after it ("khoản 2. Điều 5 …"), but does
# before a new subject ("… đã cam kết tại mục II.2. Ban Quản lý dự án báo cáo …")
_A_REFERENCE_GOES_ON = quick_compile(r"(?:Điều|Chương|Mục|Phần|Khoản|Điểm|Tiết|Phụ lục|Luật|Nghị định|Thông tư|Quyết định)(?!\w)")
_NO_SENTENCE_END = quick_compile(r"(?:\b[A-ZĐ]|TP|v\.v|(?<![\d/\-])(?<!tháng )(?<![Qq]uý )\d{1,2}|(?<!\w)(?:[ÔôO]ng|[Bb]à|[Đđ]/c))$")   # … "Ông. Đỗ Văn A"


# a report's next period and its limit after a semicolon inside a bracket ("(6 tháng trước ngày 15/6; năm trước ngày 10/12)")
# (… or after a comma closing the first one's day: "(báo cáo 6 tháng trước ngày 15/6/2026, báo cáo năm trước ngày 10/12/2026)")
_NEXT_INSTANCE_IN_BRACKET = quick_compile(r"\s*(?:báo cáo\s+)?(?:(?:\d{1,2}|sáu)\s+tháng|cả năm|năm|quý\s+[IVX]{1,3})\s*:?\s*"
                                          r"(?:trước|chậm nhất)\s", re.I)
_A_DAY_BEFORE_THE_COMMA = quick_compile(r"\d{1,2}/\d{1,2}(?:/\d{4})?$")


def _split_spans(text: str) -> list[tuple[int, int]]:
    """Clause spans: sentences, then ';' outside parentheses."""
    spans = []
    depth = 0
    start = 0
    n = len(text)
    # a quotation never closed (a press item quoting a notice to its end) holds no clause apart
    quoted = "“" in text and text.count("“") == text.count("”")
    order_quoted = False
    for m in _SPAN_MARKS.finditer(text):
        i = m.start()
        c = text[i]
        if c in "“”" and (not quoted or order_quoted):
            continue
        if c == "“" and _ORDER_OPENS.match(text, i + 1):
            order_quoted = True         # “Giao cho Sở X …; giao cho Sở Y …”: a quoted order is read as such
            continue
        if c in "(“":
            depth += 1
            continue
        if c in ")”":
            depth = max(0, depth - 1)
            continue
        if depth == 1 and (c == ";" or (c == "," and _A_DAY_BEFORE_THE_COMMA.search(text, max(0, i - 10), i))) \
                and i >= start and _NEXT_INSTANCE_IN_BRACKET.match(text, i + 1):
            spans.append((start, i))    # "(6 tháng trước ngày 15/6/2026; năm trước ngày 10/12/2026)": the next dated
            start = i + 1               # instance of a report, in the same bracket
            continue
        if c == ",":
            continue                    # (a comma after a day splits nothing else)
        if depth or i < start:
            continue
        if c == "…" or text.startswith("...", i):
            e = _ELLIPSIS_THEN_ORDER.match(text, i)
            if e is None:
                continue
            spans.append((start, e.end()))
            start = e.end()
            continue
        if c != ";":
            if not (i + 2 < n and text[i + 1] == " " and (text[i + 2].isupper() or text[i + 2] in "“\"(")):
                continue
            # not after an initial, "TP", "v.v" or a short number ("khoản 2. Điều …"); a year,
            # a date or a month ends a sentence ("… chậm nhất ngày 12/8/2026. Sở Xây dựng …",
            # "… báo cáo trong tháng 9. Sở Y tế …")
            if _NO_SENTENCE_END.search(text, max(0, i - 12), i) and not (
                    text[i - 1].isdigit() and not _A_REFERENCE_GOES_ON.match(text, i + 2)):
                continue
        spans.append((start, i + 1))
        start = i + 1
        while start < n and text[start] == " ":
            start += 1
    if start < n:
        spans.append((start, n))
    return [(a, b) for a, b in spans if text[a:b].strip(" ;.")]


def _within(mentions, start: int, end: int) -> list:
    """The mentions (sorted, non-overlapping) lying inside ``[start, end)``, found by bisection:
    a paragraph of many clauses must not rescan all its mentions for each clause."""
    out = []
    for m in mentions[bisect_left(mentions, start, key=_start_of):]:
        if m.start >= end:
            break
        if m.end <= end:
            out.append(m)
    return out


def _start_of(m) -> int:
    return m.start


def _end_of(m) -> int:
    return m.end


# words left in a bracket after a body named in it: "(Phòng Cảnh sát …| về môi trường)"
_WORDS_BEFORE_CLOSE = quick_compile(r"[^()]*?\w[^()]*\)")


def _group_runs(mentions, folded: str, start_idx: int) -> list:
    """Mentions coordinated with the one at start_idx (joined by ',', 'và', '&', parentheses)."""
    run = [mentions[start_idx]]
    for k in range(start_idx + 1, len(mentions)):
        gap = folded[run[-1].end:mentions[k].start]
        if gap.rstrip().endswith("(") and _WORDS_BEFORE_CLOSE.match(folded, mentions[k].end):
            break                       # "Công an tỉnh (Phòng Cảnh sát phòng, chống tội phạm về môi
                                        # trường) phối hợp …": a unit of the body named in an aside
        if gap.rstrip().endswith("(") and body_grammar().households_re.fullmatch(run[-1].agency.name):
            break                       # "Chủ nhà trọ bà Hoàng Thị Thu (Tổ dân phố số 5) cải tạo …": where the person
                                        # lives, no body of the task
        if len(gap) < 160 and _COORDINATED.fullmatch(gap):
            run.append(mentions[k])
        else:
            break
    return run


_REACH = 600                            # characters around a run that can decide it is a subject
# a title, after the honorific of a person and the person's name ("Giao đồng chí Giám đốc Sở X",
# "giao đ/c Trần Văn B, Giám đốc Sở X …"): the body of the title acts
_PERSON_BEFORE_TITLE = ("(?:" + words_alternation(body_grammar().data["person_honorifics"])
                        + r"\s+(?:[^\W\d_]+\s+){0,3}?(?:[^\W\d_]+\s*,\s*)?)")
_TITLE_WORDS = "(?:" + _PERSON_BEFORE_TITLE + "?" + words_alternation(_DIRECTIVE_CUES["title_words"]) + ")"
_PERSON_GAP = quick_compile(_PERSON_BEFORE_TITLE + r"(?=" + words_alternation(_DIRECTIVE_CUES["title_words"]) + r"\s)")
# a head's title opening a sentence, before the body it heads ("**7.** Chủ tịch UBND các xã …") (folded)
_TITLE_OPENING = quick_compile(r"[\s*]*" + _TITLE_WORDS + r"\s")
_CONNECTIVES = words_alternation(_DIRECTIVE_CUES["connectives"])
_QUANTIFIERS = words_alternation(_DIRECTIVE_CUES["subject_quantifiers"])
# between coordinated bodies: ",", "và", "&", a title ("Chủ tịch UBND …"), the short name a notice
# defines for the one before ("các Bộ, cơ quan ngang bộ (sau đây gọi là Bộ, cơ quan trung ương) và …")
# what may qualify a body named in a list of addressees before its ";" ("các sở, ban, ngành được
# giao vốn; UBND các huyện …")
_QUALIFIER_BEFORE_SEMICOLON = r"\s+(?:được giao(?:\s+\w+){0,3}?|có liên quan|liên quan)(?=\s*;)"
_COORDINATED = quick_compile(r"(?:" + _QUALIFIER_BEFORE_SEMICOLON + r")?"
                             r"[\s,;&()]*(?:\((?:sau đây|dưới đây|gọi tắt)[^()]{0,100}\)[\s,;]*"
                             r"|\(\s*\d{1,3}\s+[^\W\d_][^()\d]{0,30}\)[\s,;]*)?"    # (… a count: "Ban X (02 dự án) và UBND xã Y")
                             r"(?:và|cùng|hoặc)?[\s,;&()]*"
                             r"(?:" + _TITLE_WORDS + r"\s+|chủ\s+)?")    # (… or the owner of the next: "chủ Homestay A,
                                                                        # chủ Homestay B")
# an unnumbered paragraph's topic label: "Về quyết toán các dự án …:", "Đối với các dự án …:"
_TOPIC_LABEL = quick_compile(r"(?i)\s*(?:về|đối với)\s[^:;.]{3,200}:\s")
# a topic clause opening a sentence before its subject: "Đối với dự án X đang chậm tiến độ, …"
_TOPIC_OPENING = quick_compile(r"^\s*(?:" + _alt(_DIRECTIVE_CUES["topic_openings"]) + r"|riêng(?:\s+(?:đối với|tại|ở))?)"
                               # (a pair of persons inside: "Đối với động vật do tổ chức, cá nhân giao nộp …, các Hạt …")
                               # (… or a bracket aside: "Đối với công chức đủ tuổi nghỉ hưu trong năm 2026 (bà A, nghỉ hưu từ
                               # ngày 01/8/2026), Phòng X hướng dẫn …")
                               r"\s+(?:[^,:;()]|\([^();:]{0,120}\)|,\s*(?=(?:cá nhân|tổ chức|hộ gia đình)(?!\w))){1,150},\s*")
# a person named as a clause's subject, with the role that sets them apart ("Ông Lương Văn Quyết,
# nguyên công chức địa chính xã Hồng Phong tự giác …", "Bà Nguyễn Thị A có trách nhiệm …")
_PERSON_SUBJECT = quick_compile(r"\s*(?:[-–+•]\s*)?(?P<who>(?:Ông|Bà)\s+(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s+){1,3}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)"
                                r"(?:\s*,\s*[^,;.()]{3,120}?(?=\s+(?:tự giác|có trách nhiệm|phải|chịu trách nhiệm)\s)|\s*,\s*[^,;.()]{3,120},)?"
                                r"(?:\s+(?P<duty>tự giác|có trách nhiệm|phải)(?=\s+[a-zđà-ỹ]))?")
# the words of a time limit somewhere in a clause (folded)
_A_LIMIT_WORD = quick_compile(r"(?<!\w)(?:trước ngày|chậm nhất|trong thời hạn|hoàn thành trước|xong trước)(?!\w)")
# the speaker of a report and the order right after a topic ("Đối với UBND các phường A, B, đồng chí
# yêu cầu …", "…, Phó Chủ tịch UBND tỉnh đề nghị …") (folded)
_SPEAKER_ASKS = quick_compile(r"(?:(?:đồng chí|ông|bà|lãnh đạo|phó chủ tịch|chủ tịch)(?:\s+[^\W\d_]+){0,6}?\s+)?"
                              r"(?:yêu cầu|đề nghị|chỉ đạo|giao)(?!\w)")
_COMMA_SPEAKER_ASKS = quick_compile(r"\s*,\s*" + _SPEAKER_ASKS.pattern)
# a body's name right after an order's verb ("… yêu cầu Sở Xây dựng …", "… giao UBND xã …") (folded)
_A_BODY_NEXT = quick_compile(r"\s+(?:các\s+)?(?:sở|ban|ubnd|ủy ban|công an|bộ|cục|chi cục|trung tâm|văn phòng|thanh tra|công ty)(?!\w)")
# … and "Với" before the bodies an imperative is for ("Với các DNNN, thực hiện …"; not "Với tinh thần
# …, UBND các xã …", whose subject follows)
_WITH_BODIES_OPENING = quick_compile(r"^\s*với\s+[^,:;]{1,150},\s*")
# a time opening a sentence before its subject: "Trước ngày 15/11/2026, Sở X hoàn thành …",
# "Định kỳ trước ngày 05 hằng tháng, Thuế tỉnh báo cáo …", "Trong tháng 12/2026, …"
# the source of what follows opening a sentence: "Theo kế hoạch, UBND các huyện …", "Theo chỉ đạo
# của UBND tỉnh, Sở X …"
_SOURCE_OPENING = quick_compile(r"\s*theo\s+[^,;:]{1,120},\s*")
# a purpose opening a sentence: "Để bảo đảm an toàn cho người dân trước mùa mưa bão, …", "Nhằm …, " (folded)
_PURPOSE_OPENING = quick_compile(r"\s*(?:để|nhằm)\s+[^,;:]{1,150},\s*")
# a rule of law quoted: "Theo quy định tại khoản 4 Điều 41 Luật Đầu tư năm 2020, …"
_LAW_OPENING = quick_compile(r"\s*(?:theo|căn cứ)\s+(?:quy định\s+)?(?:tại\s+)?(?:điểm|khoản|điều)\s+[^,;:]{1,100},\s*")
# a condition opening a sentence: "Sau khi được phê duyệt, Sở X hướng dẫn …", "Trường hợp …, Sở X …"
# (… its own list may hold commas: "Khi xảy ra dông, lốc, mưa đá, Trưởng các thôn thống kê …")
_CONDITION_OPENING = quick_compile(r"\s*(?:\d{1,2}[.)]\s*)?" + _alt(_DIRECTIVE_CUES["condition_openings"])
                                   + r"\s+[^,;:]{1,80},\s*"
                                   # (… or a list of the bodies it is about: "Trường hợp cơ quan, đơn vị chậm gửi báo cáo,
                                   # Sở Nội vụ tổng hợp …")
                                   r"(?:(?:đơn vị|cơ quan|địa phương|tổ chức|cá nhân|doanh nghiệp)(?:\s+[^,;:\s]+){0,6},\s*)?"
                                   r"(?:[^,;:\s]+(?:\s+[^,;:\s]+){0,2},\s*){0,3}")
_TIME_OPENING = quick_compile(r"\s*(?:và\s+)?(?:định kỳ\s+|chậm nhất\s+|ngay\s+)?(?:(?:trước|trong|đến hết|đến|từ nay đến|"
                              r"sau|hằng|hàng|định kỳ|chậm nhất)\s+(?:ngày|tháng|quý|năm|tuần|\d|hết|cuối|đầu)"
                              # "Từ quý II/2024, các cơ quan gửi …" (not "Từ ngày 01/3/2025, Sở X hợp nhất …": a fact)
                              r"|(?:từ|kể từ)\s+(?:quý|tháng|năm)"
                              r"|kể từ\s+ngày\s+\d)"      # (… but "Kể từ ngày 01/10/2026, UBND các xã thực hiện …": from then on)
                              r"[^,;:]{0,50},\s*"
                              # "Trong thời hạn 10 ngày làm việc kể từ ngày Quyết định này có hiệu lực, UBND các xã …"
                              r"|\s*trong\s+(?:thời hạn|vòng)\s+\d{1,3}\s+(?:ngày|tháng|tuần)[^,;:]{0,80},\s*"
                              # "Trước kỳ họp thường lệ cuối năm 2026 của HĐND tỉnh (khai mạc ngày 09/12/2026), Sở X …"
                              r"|\s*(?:chậm nhất\s+)?trước\s+" + _alt(_DIRECTIVE_CUES["event_deadlines"]) + r"(?!\w)[^,;:]{0,150},\s*")


# a basis opening a sentence before its subject, however many commas it holds: "Trên cơ sở danh mục,
# khối lượng … (cây xanh, chiếu sáng) đã được thống kê nêu trên, UBND các xã, phường xây dựng …"
# (or without a number in it: "Trên cơ sở đề xuất của các huyện, Sở X tổng hợp …", not "Trên cơ sở
# kết quả kiểm tra, ngày 05/10/2021, UBND tỉnh X ban hành …")
_BASIS_OPENING = quick_compile(r"\s*(?:trên cơ sở|căn cứ(?: vào)?|dựa trên)\s(?:[^;:]{1,300}?(?:nêu trên|trên đây|"
                               r"đã được [^,;:]{1,40}|đã [^,;:]{1,40})|[^;:\d]{1,300}?),\s*$")


_SPAN_OPENING = quick_compile(r"\s*từ\s+(?:ngày\s+)?\d[^,;:]{0,60},\s*")     # "từ ngày 30/4 đến hết ngày 03/5/2026, "


def _without_opening_after_colon(before: str) -> str:
    """"Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4 đến hết ngày 03/5/2026, " -> "… yêu cầu:": a
    time or a condition between a colon and the subject is no word before it."""
    colon = before.rfind(":")
    if colon < 0:
        return before
    t = _TIME_OPENING.match(before, colon + 1) or _CONDITION_OPENING.match(before, colon + 1) \
        or _SPAN_OPENING.match(before, colon + 1)
    return before[:colon + 1] if t and t.end() == len(before) else before


# what may stand between an assignment cue and its addressee: "giao cho Giám đốc Sở X"
_ADDRESSEE_GAP = quick_compile(r"[\s:]*(?:cho\s+)?(?:" + _TITLE_WORDS + r"\s+)?")
# before a cue: a noun ("văn bản đề nghị …"), or what was given ("nhiệm vụ được giao")
_NOUN_BEFORE_CUE = quick_compile(r"(?<!\w)" + _alt(_DIRECTIVE_CUES["noun_before_cue"]) + r"\s*$")
_GIVEN_BEFORE_CUE = quick_compile(r"(?<!\w)" + _alt(_DIRECTIVE_CUES["given_before_cue"]) + r"\s*$")
# between a cue and a body: the body is not the addressee ("đề nghị gửi về Sở X", not "chương trình")
_NOT_ADDRESSEE_GAP = quick_compile(r"(?<!\w)(?:" + _alt(_DIRECTIVE_CUES["not_addressee_gap_words"])
                                   + r"|(?<!chương )(?<!tờ )trình)(?!\w)")
_TITLE_AFTER_COMMA = quick_compile(r"(?<=,)\s*(?:" + _TITLE_WORDS + r")\s+$")


# a board member's role, then the title of the body's head that holds it: "Thành viên Ban Chỉ đạo là Giám đốc ",
# "Phó Trưởng ban thường trực (Giám đốc ", "Các thành viên là Giám đốc " (folded)
_MEMBER_ROLE_OPENING = quick_compile(r"\s*(?:[-–+•]\s*)?(?:\d{1,2}[.)]\s*)?(?:các\s+)?(?:thành viên|ủy viên|uỷ viên|phó trưởng ban|trưởng ban)"
                                     r"(?:\s+thường trực)?(?:\s+(?:ban chỉ đạo|ban|hội đồng|tổ công tác)(?:\s+[^\s,;:()]+){0,8}?)?"
                                     r"\s*(?:là|\()\s*" + _TITLE_WORDS + r"\s+$")


# a topic that is a petition ("Đối với kiến nghị về … tại xã X, …", "Riêng ý kiến của …, …") (folded)
_A_PETITIONS_TOPIC = quick_compile(r"\s*(?:[-–+•]\s*)?(?:riêng|đối với|về)\s+(?:các\s+)?(?:kiến nghị|đề nghị|phản ánh|ý kiến)(?!\w)")
# a body given a decision to carry it out: "… để chấp hành", "… để thực hiện" (folded)
_TO_CARRY_IT_OUT = quick_compile(r"\s*(?:\([^()]{1,60}\)\s*)?để\s+(?:biết\s+(?:và\s+)?)?(?:chấp hành|thực hiện|tổ chức thực hiện)(?!\w)")
# the petitioners right before a place ("cử tri xã X", "người dân phường Y") (folded)
_PETITIONERS_BEFORE = quick_compile(r"(?<!\w)" + words_alternation(_DIRECTIVE_CUES["petitioners"]) + r"\s+$")


def _after_petitioners(folded: str, start: int, pos: int) -> bool:
    """The place at ``pos`` is the petitioners' ("cử tri xã X"), no body addressed."""
    return _PETITIONERS_BEFORE.search(folded, max(start, pos - 24), pos) is not None


def _member_named(folded: str, mentions) -> Optional[int]:
    """The index of the first body a heading names after a board member's role ("Phó Trưởng ban thường trực
    (Giám đốc Sở X):", "Thành viên Ban Chỉ đạo là Giám đốc Sở Y"), else None."""
    return next((k for k, m in enumerate(mentions) if _MEMBER_ROLE_OPENING.fullmatch(folded[:m.start].lstrip("*"))), None)


def _untitled(before: str) -> str:
    """The words before a run without the title that ends them after a comma ("…, thủ trưởng ")."""
    m = _TITLE_AFTER_COMMA.search(before)
    return before[:m.start()] + " " if m else before


# the patterns of _is_subject(), compiled once at import
# "Các chủ rừng là tổ chức (": bodies of a kind about to be named in brackets
_CAC_KIND_BRACKET = quick_compile(r"\s*(?:[-–+•]\s*)?(?:\d{1,2}[.)]\s*)?(?:(?:(?:đề nghị|yêu cầu)\s+)?(?:các\s+[^,;:()]{2,60}|chủ đầu tư\s+[^,;:()]{2,80})\(\s*"
                                  r"|(?:cụm|khối) thi đua[^;:()]{0,80}\(\s*(?:đơn vị\s+)?(?:cụm|khối) (?:trưởng|phó)\s*:\s*)")
# (… or an emulation cluster whose leading unit the bracket names: "Cụm thi đua … (đơn vị Cụm trưởng: UBND phường X) hoàn thành …")
# (… or the investor of a work named before the bracket: "- Chủ đầu tư Khu tái định cư Tam Nông (Ban Quản lý …) hoàn thành …")
# (… also after the verb that asks them: "Đề nghị các doanh nghiệp sản xuất thức ăn chăn nuôi (Công ty A, Công ty B) rà soát …")
_CLOSING_BRACKET = quick_compile(r"\s*\)\s*")
# a body's role opening the sentence, the body named in brackets after it: "Cơ quan thường trực (" (folded)
_ROLE_BRACKET_OPENING = quick_compile(r"\s*(?:[-–+•]\s*)?(?:\d{1,2}[.)]\s*)?(?:cơ quan|đơn vị|bộ phận)\s+(?:thường trực|chủ trì|đầu mối)"
                                      r"(?:\s+[^\s,;:()]+){0,4}\s*\(\s*")
_LOWER_LETTER = quick_compile(r"[a-zđà-ỹ]")
# "Đối với …", "Riêng đối với …", "Riêng …"
_FOR_OPENING = quick_compile(r"\s*(?:đối với|riêng đối với|riêng)\s+")
_FOR_TITLED_OPENING = quick_compile(r"\s*(?:đối với|riêng đối với)\s+(?:" + _TITLE_WORDS + r"\s+)?")
_COLON_THEN_TEXT = quick_compile(r"\s*:\s*\S")
# a description of the bodies before the colon: "… là những địa phương bị ảnh hưởng nặng …: khẩn trương …"
_DESCRIBED_THEN_COLON = quick_compile(r"\s*,?\s*(?:là|có|được)\s[^:;.]{3,150}:\s*\S")
# "và …", "đồng thời …", "còn …" (and a title): a clause joined to the one before
_AND_OPENING = quick_compile(r"\s*(?:và|đồng thời|còn|riêng|trong khi|còn lại)\s+(?:" + _TITLE_WORDS + r"\s+)?")
# a connective, a quantifier, a title, or none: what may open a clause before its subject
_CONNECTIVE_OPENING = quick_compile(r"\s*(?:(?:" + _CONNECTIVES + r")\s*,?\s*)?(?:" + _QUANTIFIERS + r"\s+)?(?:" + _TITLE_WORDS + r"\s+)?\s*")
# a colon (and a title) ending the words before: "Về công tác X: Chủ tịch "
_COLON_END = quick_compile(r":\s*[“\"]?\s*(?:(?:[a-zđ]\)|\d{1,2}\.)\s+)?(?:" + _TITLE_WORDS + r"\s+)?$")
# (also a quoted item: "như sau: “Sở X …", "như sau: \"b) Sở X …")
_COMMA_END = quick_compile(r",\s*(?:" + _TITLE_WORDS + r"\s+)?$")
_BRACKET_CLOSES = quick_compile(r"\s*\)")
_BRACKETED_ASIDE = quick_compile(r"^\s*\([^()]{0,200}\)")
_SPACE_LOWER_WORD = quick_compile(r"^ [a-zđà-ỹ]")
# what a body sends, owned by it: "Ý kiến tham gia, góp ý báo cáo của| các cơ quan … gửi về …"
_REPORT_OF = quick_compile(r"(?<!\w)" + words_alternation(_DIRECTIVE_CUES["report_nouns"])
                           + r"(?:[\s,]+[^\s,;:.()]+){0,6}?\s+của\s+$")
_SENT_AFTER = quick_compile(r"\s*(?:xin\s+|đề nghị\s+)?gửi(?!\w)")
# "khi …" right after a body: when it acts, its verb further on
_WHEN_AFTER = quick_compile(r"^\s*(?:khi|trong khi|sau khi)\s+[^\s,;.:]")
# the issuer's own units of a head: "Các tổ trực thuộc", "Các phòng trực thuộc" (folded)
_UNITS_UNDER_THE_ISSUER = quick_compile(r"các (?P<head>tổ|phòng|đội|bộ phận|khoa|trạm) trực thuộc")
# a body's role between dashes or commas after its name: "Sở X - cơ quan thường trực …"
# (or "là" alone: "Phòng Văn hóa - Xã hội là đơn vị thường trực, theo dõi, tổng hợp …")
_APPOSITION = quick_compile(r"^\s*(?:[-–,]\s*(?:là\s+)?|là\s+)" + _alt(_DIRECTIVE_CUES["apposition_roles"]) + r"(?!\w)")
# ", trong đó ưu tiên …" after a group: the ones it names first, an aside before the group's verb
_AMONG_THEM = quick_compile(r"\s*,\s*(?:trong đó|nhất là|đặc biệt là)(?:\s+(?:ưu tiên|tập trung|chú trọng))?\s")
_COMMA_THEN_SPACE = quick_compile(r",\s*")
# "Sở X: Tài chính, …": a list of names after the colon, not a directive
_COLON_CAPITAL_LIST = quick_compile(r"^\s*:\s*[A-ZĐÀ-Ỹ][^\s]*\s*,")


def _is_subject(text: str, folded: str, start: int, end: int, run, ctx=None) -> bool:
    """Is this run of coordinated agencies the subject of its clause?  It must open the clause
    (after a connective, a title like 'Chủ tịch', a 'Về …:' topic, or a comma) and be followed
    by a verb of action, not by 'đã/đang/được'."""
    first, last = run[0], run[-1]
    if _after_petitioners(folded, start, first.start):
        return False                    # "Riêng kiến nghị của cử tri xã Đồng Đăng, trả lời …": the voters' commune
    if _REPORT_OF.search(folded, max(start, first.start - 80), first.start) \
            and _SENT_AFTER.match(folded, last.end, min(end, last.end + 20)):
        return True                     # "Ý kiến góp ý của các cơ quan, địa phương gửi về Văn phòng … trước ngày …"
    # only the words next to the run decide: every pattern below reads at most a few hundred
    # characters, so a long clause is not copied once per run of agencies
    start = max(start, first.start - _REACH)
    end = min(end, last.end + _REACH)
    before = folded[start:first.start]
    if _ROLE_BRACKET_OPENING.fullmatch(before):
        # "Cơ quan thường trực (Sở Văn hóa, Thể thao và Du lịch) tiếp thu, hoàn thiện …": the body the role's bracket names
        closing = _CLOSING_BRACKET.match(folded[last.end:end])
        return bool(closing) and _SUBJECT_VERB_RE.match(folded[last.end + closing.end():end]) is not None
    if _CAC_KIND_BRACKET.fullmatch(before):
        # "Các chủ rừng là tổ chức (Công ty A, Công ty B) hoàn thành …": the bodies named in brackets
        closing = _CLOSING_BRACKET.match(folded[last.end:end])
        return bool(closing) and bool(_LOWER_LETTER.match(folded[last.end + closing.end():end])) and \
            not _NON_VERB_AFTER.match(" " + folded[last.end + closing.end():end])
    if _FOR_OPENING.fullmatch(before) and (_COLON_THEN_TEXT.match(folded[last.end:end])
                                           or _DESCRIBED_THEN_COLON.match(folded[last.end:end])
                                           or _UNDONE_THEN_DUTY.match(folded[last.end:end])
                                           or (before.lstrip().startswith("riêng") and _MARKED_THEN_DUTY.match(folded[last.end:end]))):
        return True                     # "2.2. Đối với UBND phường X: tập trung …" (heading and directive;
                                        # also "Đối với các tỉnh: A, B là những địa phương …: khẩn trương …",
                                        # "Đối với các xã: A, B chưa gửi báo cáo …, đề nghị gửi …")
    if _FOR_OPENING.fullmatch(before) and (asked := _COMMA_SPEAKER_ASKS.match(folded, last.end, end)) is not None \
            and not _A_BODY_NEXT.match(folded, asked.end(), end):
        return True                     # "Đối với UBND các phường A, B và C, đồng chí yêu cầu khẩn trương …"
    member = _MEMBER_ROLE_OPENING.fullmatch(before)
    if member is not None:
        before = ""                     # "Thành viên Ban Chỉ đạo là Giám đốc Sở Tài chính: …", "Phó Trưởng ban thường
                                        # trực (Giám đốc Sở X):": a board member's duties, the body the member heads
    if _FOR_TITLED_OPENING.fullmatch(before) and _SPACE_LOWER_WORD.match(folded[last.end:last.end + 2]):
        before = ""                     # "2. Đối với Giám đốc Sở X chỉ đạo …": a heading that lost its colon
    topic = _TOPIC_OPENING.match(before)
    if topic and topic.end() == len(before):    # "Riêng tại xã Y, UBND xã Y hoàn thành …"
        before = ""
    elif topic:
        before = before[topic.end():]
    # (the opening may end in a title before the run: "Căn cứ Kế hoạch này, thủ trưởng các cơ quan …")
    bare = _untitled(before)
    if _LAW_OPENING.fullmatch(bare):
        return False                    # "Theo quy định tại khoản 4 Điều 41 Luật Đầu tư, nhà đầu tư … phải …": the law
    time = _TIME_OPENING.match(bare) or _CONDITION_OPENING.match(bare) or _SOURCE_OPENING.match(bare) \
        or _PURPOSE_OPENING.match(bare)
    if time and time.end() == len(bare):        # "Trước ngày 15/11/2026, Trung tâm X hoàn thành …",
                                                # "Theo kế hoạch, UBND các huyện chỉ đạo …", "Để bảo đảm an
                                                # toàn …, Ban Quản lý dự án X phối hợp với … kiểm tra …"
        before = ""
    else:
        before = _without_opening_after_colon(before)
    bare = _untitled(before)
    basis = _BASIS_OPENING.match(bare)
    if basis and basis.end() == len(bare):      # "Trên cơ sở danh mục (A, B) đã thống kê, UBND các xã …"
        before = ""
    before = before.lstrip(" “\"")              # a quoted instruction: “Sở X phối hợp …”
    before_tail = before[-40:]
    comma_led = False
    if _AND_OPENING.fullmatch(before):
        before = before_tail = ""       # "… trong tháng 8/2026 và Sở Xây dựng kiểm tra …"
    at_start = not before.strip(" ,:-–") or bool(_CONNECTIVE_OPENING.fullmatch(before))
    if not at_start and _COLON_END.search(before_tail):
        at_start = True                 # "Về công tác X: Chủ tịch UBND các xã tăng cường …"
    if not at_start and _COMMA_END.search(before_tail) \
            and not _OBJECT_BEFORE.search(before_tail.rstrip(" ,:")) and not _SET_UP_BEFORE.search(before_tail):
        at_start = comma_led = True     # "…, các xã, phường chủ động …"
    if not at_start or _OBJECT_BEFORE.search(before_tail):
        return False
    after = folded[last.end:end]
    if _TO_CARRY_IT_OUT.match(after):
        return True                     # "Điều 3. Giao Quyết định này cho: 1. Công ty TNHH X để chấp hành. Công ty phải
                                        # nộp …": the body given the decision to carry it out
    if folded.startswith(("đoàn ", "các đoàn "), first.start) and _PLANNED_AFTER.match(after):
        return False                    # "Đoàn kiểm tra liên ngành dự kiến làm việc với các địa phương từ ngày …": the
                                        # team's schedule, no order
    if _A_BUSINESS.match(folded, first.start) and _A_FIRMS_PETITION.match(after):
        return False                    # "Công ty TNHH X phản ánh tuyến đường D6 bị ngập …: đề nghị Công ty Y …": the
                                        # firm petitions, the answer after the colon says who acts
    if member is not None and "(" in member.group(0) and after.lstrip().startswith(")"):
        after = after.lstrip()[1:]      # ("Phó Trưởng ban thường trực (Giám đốc Sở X)|:")
    if "(" in folded[first.end:last.start] and _BRACKET_CLOSES.match(after):
        after = after[after.index(")") + 1:]    # "Sở Khoa học và Công nghệ (Sở KH&CN) chủ trì …"
    if after.startswith(";"):
        vague = _VAGUE_BODIES.match(after, 1)
        # "Các Sở, ban, ngành; cơ quan, đơn vị tiến hành …", "Tất cả các sở, …, UBND các huyện; Báo cáo …"
        after = after[vague.end():] if vague else after[1:]
    after = _ADVERBIAL.sub("", after, count=1)
    if (timed := _TIME_BEFORE_THE_VERB.match(after)) is not None:   # "Công an xã trong vòng 24 giờ kể từ … phải có mặt …"
        after = " " + after[timed.end():].lstrip(" \t")    # (one space before the verb: "Trường Tiểu học A chậm nhất ngày
                                                            # 10/6/2026 công bố …", any verb then)
    after = _PERIOD_BEFORE_THE_VERB.sub(" ", after, count=1)   # "Liên minh … trong 30 ngày kể từ ngày ký … xây dựng …"
    after = _BOARD_ROLE_AFTER.sub(" ", after, count=1)  # "Giám đốc Sở Tài chính - Ủy viên| tham mưu …": its seat on the board
    after = _THE_REST.sub("", after, count=1)    # "UBND các xã, phường còn lại chủ động …"
    after = _OF_THE_ISSUER.sub("", after, count=1)  # "Phòng Kế hoạch - Tài chính thuộc Sở có trách nhiệm …"
    if folded[first.start:last.end].endswith("liên quan"):
        after = _RELATED_TO.sub("", after, count=1)     # "Các sở, ngành có liên quan đến công tác X có trách nhiệm …"
    after = _BRACKETED_ASIDE.sub("", after, count=1)     # "UBND phường X (các chủ đầu tư …) báo cáo"
    after = _WHERE_THEY_ARE.sub("", after, count=1)      # "Trưởng các thôn, bon trên địa bàn các xã nêu trên vận động …"
    basin = _ON_A_NAMED_PLACE.match(text, last.end, end)
    if basin is not None and after == folded[last.end:end]:
        after = folded[basin.end():end]             # "Các chủ nguồn thải trên lưu vực sông Ngũ Huyện Khê tự rà soát …"
    if _WHEN_AFTER.match(after):
        # "Sở Kế hoạch và Đầu tư khi cấp Giấy chứng nhận … hướng dẫn doanh nghiệp …": the body, then when
        words = after.split()
        return any(_SUBJECT_VERB_RE.match(" ".join(words[k:])) for k in range(2, 14))
    if folded.startswith("các ", first.start) and described_then_verb(folded, last.end, body_grammar()):
        return True                     # a group by what it has, then its verb ("Các hộ kinh doanh có nhu cầu … đăng ký …")
    if folded.startswith("các ", first.start) and (place := _AT_A_PLACE.match(after)) is not None:
        words = after[place.end():].split()
        # "Các hộ kinh doanh tại chợ đêm Kỳ Lừa thu gọn …": a group by where it is, then its verb
        return any(_SUBJECT_VERB_RE.match(" ".join(words[k:])) or body_grammar().group_verb_re.match(" ".join(words[k:]))
                   for k in range(1, 8))
    if _SEAT_OR_HEAD_THEN_COLON.match(after):
        return True                     # "Đồng chí Giám đốc Sở Y tế, Ủy viên Ban Tổ chức: chỉ đạo …", "Tiểu ban An
                                        # ninh do đồng chí X, Phó Giám đốc Công an tỉnh làm Trưởng tiểu ban: xây dựng …"
    dash = _DASH_BEFORE_A_ROLE.match(after)
    if dash is not None and body_grammar().role_after_dash_re.match(after, dash.end()):
        # "Đồng chí Giám đốc Sở X - Phó Trưởng ban Thường trực: chỉ đạo …": a board member's duty
        colon = after.find(":", dash.end(), dash.end() + 60)
        return colon > 0 and bool(_LOWER_LETTER.match(after[colon + 1:].lstrip()))
    if _UNDER_ITS_OWNER.match(after) and (_UNDER_ITS_OWNER_BODY.match(after) or not folded.startswith("các ", first.start)):
        # "Phòng Phát triển nông thôn thuộc Sở hướng dẫn …": the unit, whose it is, then its verb
        words = after.split()
        return any(_SUBJECT_VERB_RE.match(" ".join(words[k:])) for k in range(2, 8))
    role = _APPOSITION.match(after)
    if role:                            # "Sở X - cơ quan thường trực Ban Y - tham mưu …": the verb after the role
        words = after[role.end():].split()
        verb = any(_SUBJECT_VERB_RE.match(" ".join(words[k:])) for k in range(16))
        if verb or not after.lstrip().startswith("là"):
            return verb                 # (after "là" alone, "Sở X là cơ quan thường trực, giao …": the checks below)
    if _ASSIGNED_AFTER.match(after):
        return True                     # "Sở X, Sở Y được giao khẩn trương phân khai …"
    among = _AMONG_THEM.match(after)
    if among is not None:
        # "UBND các xã, phường, trong đó ưu tiên UBND phường A, UBND xã B, hoàn thành …": the group, the
        # ones it names first set apart by commas, then the group's verb
        commas = [c.end() for c in _COMMA_THEN_SPACE.finditer(after, among.end(), among.end() + 200)]
        return any(_SUBJECT_VERB_RE.match(after[c:]) for c in commas)
    if _ITS_STAFF_AFTER.match(after):
        return True                     # "Các sở, ngành phân công lãnh đạo trực Tết …": its own people
    if _ASKS_AFTER.match(after) and body_grammar().handed_to_hamlets_re.match(after):
        return True                     # "UBND các xã … giao chỉ tiêu cho từng thôn, bản, …": the communes act
    asks = _ASKS_AFTER.match(after)
    if asks is not None and _PEOPLE_ASKED.match(after, asks.end()):
        return True                     # "UBND các xã: A, B yêu cầu 100% người đi trên phương tiện thủy mặc áo phao …":
                                        # people of its area made to act, the body's own task
    if asks is not None:
        # "Ban Quản lý dự án … yêu cầu nhà thầu huy động …": a body's own contractor made to act is
        # the body's task (but "Sở Công Thương đề nghị các cán bộ, … gửi ý kiến …": who asks, not who acts)
        own = _ITS_CONTRACTOR_AFTER.match(after)
        # (in Sở Y tế's letter, "Sở Y tế yêu cầu các cơ sở …": the issuer asks, the bodies asked act)
        return own is not None and not (own.group("supervised") and ctx is not None
                                        and any(ctx.is_issuer(m.agency) for m in run))
    listed = _IN_THE_LIST.match(after)
    if listed is not None:
        rest = after[listed.end():]
        # ("Các đơn vị chủ trì tại bảng trên thu hồi cáp …": after the table named, any verb)
        return bool(_SUBJECT_VERB_RE.match(rest) or ("bảng" in listed.group(0) and rest[:1].islower()
                                                      and not _NON_VERB_AFTER.match(rest)))
    if (done_to := _DONE_TO_THE_GROUP.match(after)) is not None and _SUBJECT_VERB_RE.match(after[done_to.end():]):
        return True                     # "UBND các xã, phường được kiểm tra| chuẩn bị báo cáo …": the group by what is done
                                        # to it, then its verb
    if _NOT_SUBJECT_AFTER.match(after) and not _RESTRICTION.match(after):
        # "Riêng UBND các xã: A, B chưa kiện toàn …, khẩn trương hoàn thành …": bodies described by
        # what they have not done yet, then told what to do
        return bool(_UNDONE_THEN_DUTY.match(after) or _DONE_THEN_GO_ON.match(after))
    restricted = _RESTRICTION.match(after) or _BELONGING.match(after)  # "UBND các xã, phường (nơi) có dịch tổ chức …",
                                                                        # "UBND các xã thuộc vùng Chương trình ban hành …"
    if restricted:
        words = _BRACKET_NOTE.sub("", after[restricted.end():]).split(" ")
        if any(_DESCRIPTION_END.fullmatch(w) and _SUBJECT_VERB_RE.match(" ".join(words[k + 1:])) for k, w in enumerate(words[:8])) \
                or any(_RUNS_THROUGH.fullmatch(" ".join(words[k - 1:k + 1])) and _ACTION_AFTER.match(" ".join(words[k + 1:]))
                       for k in range(1, min(len(words), 9))):
            return True                 # "Các chủ đầu tư có tỷ lệ giải ngân dưới 20% (Phụ lục kèm theo) rà soát …",
                                        # "… có tỷ lệ giải ngân thấp rà soát …", "… có vốn năm 2025 kéo dài giải ngân …",
                                        # "Trưởng các thôn có đường sắt đi qua vận động Nhân dân …"
        if any(_SUBJECT_VERB_RE.match(" ".join(words[k:])) for k in range(1, 8 if "trong" in restricted.group(0) else 5)) \
                or any(_STRONG_SUBJECT_VERB_RE.match(" ".join(words[k:])) and not ANSWERS_FOR.match(" ".join(words[k:]))
                       for k in range(5, 14)):
            return True                 # (… "có tỷ lệ hồ sơ trực tuyến dưới 50% chịu trách nhiệm …")
        if _DESCRIPTION_THEN_COLON.match(after, restricted.end()) \
                and text[text.find(":", last.end, end) + 1:end].lstrip()[:1].islower():
            return True                 # "Các sở, ngành, UBND các xã, phường có tỷ lệ giải ngân dưới 60%: cam kết …"
                                        # (not "Các chủ đầu tư có tỷ lệ giải ngân dưới 30%: Ban Quản lý …", who they are)
        described = _DESCRIBED_THEN_COMMA.match(after, restricted.end())
        if described and _ACTION_AFTER.match(after, described.end()):
            return True                 # "UBND các phường: A, B có số chuyển nguồn … lớn, giải trình …"
        described = _DESCRIBED_IN_A_TABLE.match(after, restricted.end())
        if described and _ACTION_AFTER.match(after, described.end()):
            return True                 # "UBND các xã, phường có cơ sở nhà, đất dôi dư tại Phụ lục kèm theo xây dựng …"
    if (_STRONG_SUBJECT_VERB_RE if comma_led else _SUBJECT_VERB_RE).match(after):
        return True
    if _NON_VERB_AFTER.match(after) and (_DUTY_LATER.match(after) or _UNDONE_THEN_DUTY.match(after)):
        return True                     # "Công ty X không ký mới hợp đồng và có trách nhiệm cung cấp …",
                                        # "UBND phường X còn chậm bàn giao …, khẩn trương …"
    if not comma_led and _SPACE_LOWER_WORD.match(after) and not _NON_VERB_AFTER.match(after):
        return True                     # "Sở Tài chính cân đối, bố trí vốn …": any verb opening the clause
    # "UBND xã Thất Khê: khẩn trương …" (but not a list "Sở X: Tài chính, …")
    return bool(_COLON_THEN_TEXT.match(after)) and not _COLON_CAPITAL_LIST.match(text[last.end:end])


# what the bodies have, then a colon and (in lower case, as written) their duties: "(có) tỷ lệ giải ngân dưới 60%: cam
# kết …" (folded)
_DESCRIPTION_THEN_COLON = quick_compile(r"[^:;.()]{2,120}:\s*\S")
# the rest of a collective's qualifier "(có) liên quan" before a sure verb: "Các sở, ngành có liên
# quan đến công tác quy hoạch| có trách nhiệm tham mưu …"
_RELATED_TO = quick_compile(r"^\s*(?:đến|tới)\s+[^,;:.()]{1,80}?(?=\s+" + _alt(_DIRECTIVE_CUES["strong_subject_verbs"])
                            + r"(?!\w))")


# a head noun with no name after it, standing for a body named before ("Yêu cầu Ban tập trung …",
# "… để sở thẩm định", "Đề nghị Công ty tiếp tục …")
_BARE_HEAD = quick_compile(r"\s+(" + _alt(_DIRECTIVE_CUES["bare_heads"]) + r")\s+(?=[a-zđà-ỹ])")


def _back_reference(text: str, folded: str, pos: int, mentions, ctx):
    """"Yêu cầu Ban tập trung …" after "Ban Quản lý dự án … tỉnh" was named earlier in the
    paragraph, "… gửi hồ sơ về Sở Tài nguyên và Môi trường … để sở thẩm định …": the body named
    last whose name starts with that word.  (None: no such body; ``_BARE``: the head names no body
    of the paragraph, the clause goes to the addressees of its scope.)"""
    m = _BARE_HEAD.match(folded, pos)
    if not m or not text[m.end():m.end() + 1].islower():
        return None
    head = m.group(1) + " "
    for x in reversed(mentions[:bisect_right(mentions, pos, key=_end_of)]):
        if fold(x.agency.name).startswith(head) and ctx.usable(x.agency):
            return x.agency
    if head.startswith("các ") and head.strip() not in fold(ctx.addressee_words or ""):
        return None                     # (a group the letter is not addressed to: what the addressees deal with)
    if not ctx.addressees and not head.startswith("các "):
        # "Yêu cầu Công ty thực hiện …" in the minutes of a check "tại Công ty cổ phần X" (no "Kính gửi"): the one
        # body of that head the document names (in its title, its opening)
        # (none other of that kind named: "Công ty A (…); Tổng công ty B (…)" then "Đề nghị Công ty …" is either's)
        word = quick_compile(r"(?<!\w)" + re.escape(head.strip()) + r"(?!\w)")
        titled = {x.agency.name: x.agency for x in ctx.opening_mentions()
                  if word.search(fold(x.agency.name)) and ctx.usable(x.agency)}
        if len(titled) == 1 and fold(next(iter(titled))).startswith(head):
            return next(iter(titled.values()))
    return _BARE


_BARE = object()
# a list of names in a cell or a phrase, apart by commas, semicolons or "và"
_LIST_SEPARATORS = quick_compile(r",|;|\s+và\s+")


def _committee_named(name: str, ctx) -> Optional[Agency]:
    """The committee of a unit written with its kind ("Xã Gia Viễn", "phường Tam Điệp"): "UBND xã Gia Viễn", when
    the words name that one body; else None."""
    found = ctx.mentions("UBND " + name[:1].lower() + name[1:])
    return found[0].agency if len(found) == 1 and found[0].start == 0 else None


_PURPOSE_SUBJECT = quick_compile(r"\s*(?:,\s*)?để\s")
# a body named in lower case right after a cue, up to the verb that makes it the lead: "giao văn
# phòng UBND thành phố làm đầu mối", "Giao Ban xây dựng đảng Đảng ủy chủ trì, …"
_CLOSING_VERB = r"(?:" + words_alternation(_DIRECTIVE_CUES["strong_subject_verbs"]) + r")(?!\w)"
_LOWER_NAMED = quick_compile(r"\s*(?:cho\s+)?(?P<name>" + words_alternation(
    {" ".join(fold(h).split()) for h in body_grammar().data["heads"] + body_grammar().data["open_heads"]})
    + r"(?:\s+[^\s,;:.()]+){1,7}?)\s+" + _CLOSING_VERB)


# a local unit a cue names without "UBND": "lưu ý huyện Bát Xát chuẩn bị …", "giao xã Y Tý …"
_BARE_UNIT_AFTER_CUE = quick_compile(r"\s*(?:cho\s+)?(?P<type>huyện|xã|phường|thị xã|thị trấn|thành phố)\s+"
                                     r"(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3})[ \t]+(?=[a-zà-ỹđ])")


def _named_after_cue(text: str, folded: str, pos: int, end: int, ctx):
    """The body a cue names in words the grammar does not read (a head noun in lower case, or a
    name in lower case before a capitalised part), when a verb of the lead closes it within a few
    words and one of its words is capitalised; else None."""
    unit = _BARE_UNIT_AFTER_CUE.match(text, pos, end)
    if unit is not None:
        name = f"UBND {unit.group('type')} {unit.group('name')}"
        known = ctx.directory.find_mentions(name, ctx.on)
        if known and known[0].start == 0 and known[0].end == len(name):
            return replace(known[0].agency, written=text[unit.start("type"):unit.end("name")])
        from ..model import EXTERNAL
        return Agency(name=name, written=text[unit.start("type"):unit.end("name")], code="", kind=EXTERNAL)
    m = _LOWER_NAMED.match(folded, pos, end)
    if m is None:
        return None
    words = text[m.start("name"):m.end("name")].split()
    if not words or not any(w[:1].isupper() for w in words[1:]):
        return None
    name = " ".join([words[0][:1].upper() + words[0][1:]] + words[1:])
    known = ctx.directory.find_mentions(name, ctx.on)
    if known and known[0].start == 0 and known[0].end == len(name):
        return known[0].agency
    from ..model import EXTERNAL
    return Agency(name=name, written=" ".join(words), code="", kind=EXTERNAL)


# the press reporting an order just given: "Chủ tịch UBND tỉnh vừa có văn bản yêu cầu …", "UBND tỉnh
# vừa ban hành Công văn số 12/UBND-KT chỉ đạo các Sở: …" (words in directive_cues.yaml)
_REPORTED_ORDER = quick_compile(r"(?<!\w)vừa\s+(?:" + words_alternation(_DIRECTIVE_CUES["reported_order_verbs"]) + r")\s+(?:"
                                + words_alternation(_DIRECTIVE_CUES["reported_order_documents"])
                                + r")(?:\s+số\s+[^\s,;]+)?(?:\s+ngày\s+[\d/.\-]+)?\s*$")
_REPORTED_CUE = quick_compile(r"(?<!\w)(" + words_alternation(_DIRECTIVE_CUES["reported_order_cues"]) + r")(?!\w)")


# "Theo đó, UBND tỉnh chỉ đạo …": the issuer's own level opening the clause, ordering now
# (after a short opening, "Từ kết quả đó, Chủ tịch UBND tỉnh tiếp tục chỉ đạo …"; with a past adverb
# only in a clause that sets a time limit)
def _issuer_subject_re(adverbs: tuple, after_comma: bool):
    return quick_compile((r",\s*" if after_comma else r"\s*(?:(?:" + _CONNECTIVES + r")\s*,?\s*|[^,;:.()]{1,40},\s*)?")
                         + r"(?:" + words_alternation(_DIRECTIVE_CUES["issuer_subjects"]) + r")\s+(?:(?:"
                         + words_alternation(adverbs) + r")\s+)?$")


_ISSUER_ORDER = _issuer_subject_re(_DIRECTIVE_CUES["issuer_order_adverbs"], False)
_ISSUER_ORDER_DATED = _issuer_subject_re(_DIRECTIVE_CUES["issuer_order_adverbs"] + _DIRECTIVE_CUES["issuer_past_adverbs"], False)
# … or after a comma closing a long opening ("Liên quan đến …, ngày 01/8, Chủ tịch UBND tỉnh đã giao …")
_ISSUER_ORDER_AFTER_COMMA = _issuer_subject_re(_DIRECTIVE_CUES["issuer_order_adverbs"], True)
_ISSUER_ORDER_AFTER_COMMA_DATED = _issuer_subject_re(
    _DIRECTIVE_CUES["issuer_order_adverbs"] + _DIRECTIVE_CUES["issuer_past_adverbs"], True)
# "Tại Thông báo số 96/TB-UBND …, Chủ tịch UBND tỉnh đã giao …": an order of an earlier document
_CITED_DOCUMENT = quick_compile(r"(?<!\w)số\s+\d+\s*/")
# the author of a document cited right before it: "Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của ", "Công văn số
# 12/BNV của " (folded; searched up to the body's start)
_AUTHOR_OF_A_CITED_DOCUMENT = quick_compile(r"(?:(?<!\w)số\s+\d+\s*/\S*|(?<!\w)ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s+của\s+$")


def _issuer_orders(folded: str, start: int, pos: int, dated: bool = False) -> bool:
    """The issuer's own level is the subject of the cue at ``pos``: an order it gives, reported
    (``dated``: the clause sets a time limit, so "đã giao" reports it too)."""
    whole, comma = (_ISSUER_ORDER_DATED, _ISSUER_ORDER_AFTER_COMMA_DATED) if dated else \
        (_ISSUER_ORDER, _ISSUER_ORDER_AFTER_COMMA)
    return (pos - start <= 80 and whole.fullmatch(folded, start, pos) is not None) or \
        comma.search(folded, max(start, pos - 80), pos) is not None


# a higher body's order to the province, quoted in an opening (folded): "Văn phòng Chính phủ có Văn bản
# số … yêu cầu UBND tỉnh báo cáo …", "Bộ Nông nghiệp và Môi trường ban hành Kế hoạch …, đề nghị các địa
# phương báo cáo …", "Thực hiện Văn bản số …/VPCP-CN …, trong đó yêu cầu UBND tỉnh …"
_SUPERIOR_ASKS_THE_PROVINCE = quick_compile(
    r"[^.;:]{0,100}?(?<!\w)(?:" + words_alternation(_DIRECTIVE_CUES["superior_bodies"]) + r")(?!\w)[^.;:]{0,240}?(?<!\w)(?:yêu cầu|đề nghị)"
    r"\s+(?:" + words_alternation(_DIRECTIVE_CUES["superior_asks"]) + r")(?!\w)")


def _standing_for(leads: list, stands_for, bodies: list) -> list:
    """``leads`` with each one whose name ``stands_for`` bodies ("các cơ quan, đơn vị") replaced by
    ``bodies``, each body once."""
    out: list = []
    for a in leads:
        for x in (bodies if stands_for(a.name) else [a]):
            if x.name not in {y.name for y in out}:
                out.append(x)
    return out


def _reported_order(folded: str, start: int, pos: int) -> bool:
    return _REPORTED_ORDER.search(folded, max(start, pos - 100), pos) is not None or _issuer_orders(folded, start, pos)


# the purpose of what a body sends going on after a comma ("gửi Sở Nội vụ để tổng hợp, |đề nghị Sở Tài chính bổ sung dự
# toán"): the receiver's next step, no order of the notice (folded)
_PURPOSE_GOES_ON = quick_compile(r"(?<!\w)để\s+(?:[^\s,;.:]+\s+){0,2}[^\s,;.:]+\s*,\s*$")


def _cues(folded: str, start: int, end: int) -> list:
    """The cues of a clause that introduce its assignees ("Giao X", "Yêu cầu X"), and a verb that
    does so only after a reported order ("vừa có văn bản chỉ đạo các Sở: …")."""
    found = [m for m in _CUE.finditer(folded, start, end)
             if not _PURPOSE_GOES_ON.search(folded, max(start, m.start() - 40), m.start())]
    extra = [m for m in _REPORTED_CUE.finditer(folded, start, end) if _reported_order(folded, start, m.start())]
    return sorted(found + extra, key=lambda m: m.start()) if extra else found



# "… chuyển Công văn nêu trên đến Sở Nội vụ nghiên cứu, …": the body a letter is forwarded to
_FORWARDED = quick_compile(r"(?<!\w)" + words_alternation(_DIRECTIVE_CUES["forward_verbs"]) + r"\s[^,;:()]{1,120}?\s"
                           + words_alternation(_DIRECTIVE_CUES["forward_to"]) + r"\s+(?:" + _TITLE_WORDS + r"\s+)?$")
_ACTION_AFTER = quick_compile(r"\s*(?:" + words_alternation(set(_DIRECTIVE_CUES["subject_verbs"])
                                                         | set(_DIRECTIVE_CUES["imperatives"])) + r")(?!\w)")


_FOR_IT_TO = quick_compile(r"\s*(?:để\s+)?")


def _usable_run(ms: list, folded: str, k: int, ctx) -> list:
    """The run of bodies named together from mention ``k`` on that may hold a task."""
    return [x for x in _group_runs(ms, folded, k) if ctx.usable(x.agency)]
# the unit a notice is about, as a clause's subject by its level alone: "xã", "phường", "Ủy ban nhân dân xã" in its
# council's or its Party committee's notice (folded)
_UNIT_ALONE_SUBJECT = quick_compile(r"\s*(?:[;,]\s*)?(?:đồng thời\s+)?(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?(?P<unit>xã|phường)(?=\s)")
# the article or part a sentence stands in, named so: "nêu tại Điều này", "tại Mục này" (folded)
_THIS_PART = quick_compile(r"(?<!\w)(?:nêu|có tên|được giao nhiệm vụ)?\s*tại\s+(?:điều|mục|phần)\s+này(?!\w)")
# boards set up, listed: "… thành lập Hội đồng thi, |Ban Ra đề thi" (the one after the comma no subject; folded)
_SET_UP_BEFORE = quick_compile(r"(?<!\w)(?:thành lập|kiện toàn)\s+[^,;:.]{2,60},\s*$")
# a lead cell naming people, not a body ("Học sinh lớp 9", "Thí sinh", "Người dân"), or the issuer's own team
# ("Đoàn kiểm tra của Sở") (folded)
_PEOPLE_CELL = quick_compile(r"\s*(?:các\s+)?(?:học sinh|thí sinh|người dân|công dân|phụ huynh|người nộp thuế|hộ dân|người lao động)(?!\w)")
_OWN_TEAM_CELL = quick_compile(r"\s*(?:đoàn|tổ)\s+[^,;()]{2,40}?\s+của\s+(?:sở|ban|ubnd tỉnh)\s*\.?\s*$")
# a heading's time for its items, in a bracket: "(Thời gian thực hiện: Năm 2027)", "(Thời gian: Quý IV/2026)"
_TIME_FIELD_IN_BRACKET = quick_compile(r"\(\s*(?P<field>(?i:thời gian(?: thực hiện| hoàn thành)?)\s*:\s*[^()]{3,60}?)\s*\)")
# a group's qualifier and "còn lại" after it, before its verb: " vùng đồng bào … và miền núi còn lại" (folded)
_THE_REST_OF_A_KIND = quick_compile(r"(?:\s+(?:vùng|ở|tại|thuộc|trên địa bàn)(?:\s+[^\s,;.:()]+){0,12}?)?(?P<rest>\s+còn lại)(?!\w)")
# a proposal's title, then its answer after the colon: "Đề nghị đầu tư cải tạo Trạm Y tế phường: " (folded)
_PROPOSAL_TITLE = quick_compile(r"(?:đề nghị|kiến nghị)\s[^:;.]{3,120}:\s*")


def _forwarded_to(text: str, folded: str, start: int, ms: list, cl: Clause, ctx) -> None:
    """"Văn phòng UBND tỉnh chuyển Công văn … đến Sở Nội vụ nghiên cứu, tham gia ý kiến": the
    receiver of the forwarded letter acts (a verb follows its name); the forwarder does not."""
    for k, m in enumerate(ms):
        fwd = _FORWARDED.search(folded, max(start, m.start - 160), m.start)
        if fwd is None:
            continue
        run = _usable_run(ms, folded, k, ctx)
        # (the purpose after the receiver only when no body forwards it in the clause: "… chuyển đơn đến UBND xã X để
        # xem xét" — not "Sở Y tế chuyển hồ sơ đến Sở Tài chính để thẩm định", the sender's task)
        after = run[-1].end if run else m.end
        if not any(x.start < fwd.start() for x in ms):
            after = _FOR_IT_TO.match(folded, after).end()
        if run and _ACTION_AFTER.match(folded, after):
            cl.leads = [x.agency for x in run]          # (also "chuyển đơn đến UBND xã X để xem xét, giải quyết …")
            cl.leads_end = run[-1].end
            cl.explicit = cl.by_cue = True
        return


# the patterns of analyse_clause(), compiled once at import
# what may stand between a cue and its addressee: spaces, a colon, "cho"
# a task handed over or its time extended, its object before the body ("Giao lại nhiệm vụ lập hồ sơ …
# cho UBND phường Kỳ Lừa thay cho Sở Công Thương", "Đồng ý gia hạn thời gian … cho Sở X"; folded)
_HANDED_OVER_TO = quick_compile(r"(?<!\w)(?:giao lại|chuyển giao|giao|gia hạn)\s+(?:nhiệm vụ|việc|thời gian|thời hạn)\s"
                                r"[^;:.]{3,200}?(?<!thay)\s+cho\s+$")


def _handed_to(folded: str, start: int, ms: list, cl: Clause, ctx) -> None:
    """The bodies a task is handed to, or given more time, after its object: the leads (not the body
    it is taken from, "thay cho Sở Công Thương")."""
    for k, m in enumerate(ms):
        handed = _HANDED_OVER_TO.search(folded, start, m.start) if m.start > start else None
        if handed is not None and not _GIVEN_BEFORE_CUE.search(folded, max(start, handed.start() - 15), handed.start()):
            # (not "ban hành quyết định giao nhiệm vụ … cho UBND cấp xã": a decision that gives, cited)
            run = _usable_run(ms, folded, k, ctx)
            if run:
                cl.leads, cl.leads_end, cl.explicit, cl.by_cue = [x.agency for x in run], run[-1].end, True, True
            return


# an item of an earlier notice changed, the item told in a bracket that opens with its body:
# "Điều chỉnh thời hạn tại điểm 5 mục II (Sở Tài chính bố trí kinh phí …) từ “…” thành “…”" (folded)
_ITEM_CHANGED_THEN_BRACKET = quick_compile(
    r"^\s*(?:điều chỉnh|gia hạn|sửa đổi|sửa|thay đổi)\s+(?:thời hạn|thời gian(?: hoàn thành)?|tiến độ|nội dung)\s+"
    r"(?:tại|của)\s+(?:điểm|mục|khoản|nhiệm vụ)\s[^()]{0,80}\(\s*$")


def _of_the_item_changed(folded: str, start: int, ms: list, cl: Clause, ctx) -> None:
    """The body of an earlier notice's item whose time or words are changed, named first in the
    bracket that tells the item, when a verb follows it: the lead."""
    for k, m in enumerate(ms):
        if m.start > start and _ITEM_CHANGED_THEN_BRACKET.match(folded[start:m.start]):
            run = _usable_run(ms, folded, k, ctx)
            if run and _LOWER_WORD_AFTER.match(folded, run[-1].end):
                cl.leads, cl.leads_end, cl.explicit = [x.agency for x in run], run[-1].end, True
            return


_LOWER_WORD_AFTER = quick_compile(r"\s+[a-zđà-ỹ]")
_CUE_GAP = quick_compile(r"[\s:]*(?:cho\s+)?")
_COMMA_OR_SEMICOLON = quick_compile(r"[,;]")
_OPENING_BRACKET = quick_compile(r"\s*\(\s*")
# a role's few words of its own, then a bracket: "các nhà đầu tư dự án ven biển| (Công ty …"
_QUALIFIED_BRACKET = quick_compile(r"[^,;:().]{0,50}?\(\s*")


# a part's label, a Roman numeral or a capital ("III.", "B.")
_PART_LABEL = quick_compile(r"(?:[IVX]{1,5}|[A-Z])[.)]?")
# the sides of a meeting agreeing to ask another body: "… thống nhất (cùng) kiến nghị / đề nghị …" (folded)
_AGREED_TO_ASK = quick_compile(r"\s+(?:đã\s+)?thống nhất(?:\s+cùng)?\s+(?:kiến nghị|đề nghị|đề xuất|giao|yêu cầu)(?!\w)")


def _opening_subject_end(text: str, folded: str, start: int, end: int, ms, ctx) -> Optional[int]:
    """Where the bodies opening the clause end, when they are its subject and a verb of theirs
    comes before any cue ("UBND các huyện: A, B lập danh sách …"); None otherwise."""
    if not ms:
        return None
    lead_in = folded[start:ms[0].start].strip(" -–+*\t")
    if lead_in and not _ONLY_TITLE.fullmatch(lead_in + " "):
        return None                     # (but "Giám đốc Sở X thu hồi đất …, giao Trung tâm Y quản lý": the head's body)
    run = [m for m in _group_runs(ms, folded, 0) if ctx.usable(m.agency)]
    if not run:
        return None
    if _AGREED_TO_ASK.match(folded, run[-1].end):
        return None                     # "Hai bên thống nhất kiến nghị Sở Tài chính … bố trí vốn …": whom they ask acts
    cue = _CUE.match(folded, run[-1].end) or _CUE.match(folded, run[-1].end + 1)
    if cue is not None and not _ITS_CONTRACTOR_AFTER.match(folded, run[-1].end) and not _ITS_STAFF_AFTER.match(folded, run[-1].end) \
            and not (_PEOPLE_ASKED.match(folded, cue.end()) and not any(ctx.is_issuer(m.agency) for m in run)):
        return None                     # "Sở X đề nghị Sở Y …" (but "Ban X yêu cầu nhà thầu …", "Sở X yêu cầu
                                        # chủ đầu tư …" in UBND's notice, "Các sở phân công lãnh đạo trực Tết":
                                        # the body's own; also "Ban Quản lý chợ X yêu cầu các hộ kinh doanh ký cam
                                        # kết …" in the ward's letter: the board makes its traders act)
    if not _is_subject(text, folded, start, end, run, ctx):
        return None
    return run[-1].end


def _named_in_brackets_after(text: str, folded: str, start: int, end: int, ms, k: int, run, ctx) -> Optional[list]:
    """The bodies a bracket names right after a collective subject that names none ("Các cơ quan
    được giao chủ trì soạn thảo … (Sở Tài chính, Sở Xây dựng) hoàn thiện …", "Các chủ đầu tư (Ban
    A, UBND huyện B) hoàn thành …") when they are the clause's subject; None otherwise."""
    if not all((x.agency.kind == COLLECTIVE and not x.agency.members) or _is_role(x.agency) for x in run):
        return None
    j = k + len(run)
    if j >= len(ms) or "(" not in folded[run[-1].end:ms[j].start]:
        return None
    nxt = _group_runs(ms, folded, j)
    if not _is_subject(text, folded, run[0].start, end, nxt, ctx):
        return None
    return [x for x in nxt if ctx.usable(x.agency)] or None


def analyse_clause(text: str, folded: str, start: int, end: int, mentions, ctx: NoticeContext) -> Clause:
    """Subject, co-operating bodies and deadlines of the clause ``text[start:end]``."""
    cl = Clause(start=start, end=end)
    ms = _within(mentions, start, end)
    starts = [m.start for m in ms]
    # 1. cue-based: "Giao X", "Yêu cầu X", "Đề nghị X" — not a cue after the clause's own subject
    # and its verb ("UBND các huyện: A, B lập danh sách …, giao UBND cấp xã quản lý": the districts'
    # task, the communes only receive it)
    cues = _cues(folded, start, end)
    own = _opening_subject_end(text, folded, start, end, ms, ctx) if cues else None
    for cm in cues:
        if own is not None and cm.start() > own:
            break
        k = bisect_left(starts, cm.end())
        after = [k] if k < len(ms) and ms[k].start - cm.end() <= 70 else []
        if not after or not _CUE_GAP.fullmatch(folded[cm.end():ms[k].start]):
            named = _named_after_cue(text, folded, cm.end(), end, ctx)
            if named is not None:       # "giao văn phòng UBND thành phố làm đầu mối"
                cl.leads, cl.explicit, cl.by_cue = [named], True, True
                cl.leads_end = cm.end() + len(named.written) + 1
                break
            if after:
                back = _back_reference(text, folded, cm.end(), mentions, ctx)
                if back is not None and back is not _BARE:  # "Yêu cầu Ban tập trung chỉ đạo các nhà thầu …"
                    cl.leads, cl.explicit, cl.by_cue = [back], True, True
                    break
        if not after:
            back = _back_reference(text, folded, cm.end(), mentions, ctx)
            if back is _BARE:           # "Đề nghị Công ty tiếp tục …" (the companies addressed)
                cl.imperative = True
                break
            if back is not None:        # "Ban Quản lý dự án … là chủ đầu tư …. Yêu cầu Ban tập trung …"
                cl.leads, cl.explicit, cl.by_cue = [back], True, True
                break
            continue
        k = after[0]
        gap = folded[cm.end():ms[k].start]
        if gap.strip() and (title := _PROPOSAL_TITLE.match(folded, cm.start(), end)) is not None \
                and any(m.start == title.end() for m in ms):
            continue                    # "Đề nghị đầu tư cải tạo Trạm Y tế phường: Sở Y tế kiểm tra …": a proposal's
                                        # title, the answer's body after its colon
        if _NOUN_BEFORE_CUE.search(folded[max(start, cm.start() - 12):cm.start()]) and not _reported_order(folded, start, cm.start()):
            continue                    # "văn bản đề nghị Bộ Tài chính …": a noun, not a directive
                                        # (but "… vừa có văn bản yêu cầu Sở X": the order reported;
                                        # "Chủ tịch UBND tỉnh đã giao Sở X …": the issuer's order reported)
        if _PAST_ORDER.search(folded[max(start, cm.start() - 160):cm.start()]):
            continue                    # "UBND tỉnh đã có Công văn số 120/UBND-NC … giao Sở Nội vụ …": given before
        if _CITED_DOCUMENTS_ORDER.search(folded[max(start, cm.start() - 250):cm.start()]):
            continue                    # "Thực hiện Công văn số 2154/UBND-VX … của UBND tỉnh …, trong đó UBND
                                        # tỉnh giao Sở Y tế báo cáo …": what the cited document orders
        if cm.group(1).startswith("giao"):
            # "Giao Sở X …" — not "dự toán tỉnh giao (xã A …)", "nhiệm vụ được giao"
            if (_GIVEN_BEFORE_CUE.search(folded[max(start, cm.start() - 15):cm.start()])
                    and not (_issuer_orders(folded, start, cm.start(), dated=bool(ctx.deadlines(text[start:end])))
                             and not _CITED_DOCUMENT.search(folded, start, cm.start()))) or not _ADDRESSEE_GAP.fullmatch(gap):
                continue
        if _SUBJECT_VERB_RE.match(gap.strip()) and gap.strip():
            continue
        gap = _PERSON_GAP.sub(" ", gap)  # "giao đồng chí Trần Văn B, Giám đốc Sở X": the title's body
        if _COMMA_OR_SEMICOLON.search(gap) or len(gap) > 40 or _VERB_INSIDE.search(gap):
            continue                    # "phân công công chức kiểm lâm hướng dẫn UBND các xã": not the addressee
        if _VERB_SERIES.search(folded, max(start, cm.start() - 60), cm.start()):
            continue                    # "chủ động hướng dẫn, đôn đốc, yêu cầu các đơn vị …": the lead's own action
        if _ADVISED_ORDER.search(folded[max(start, cm.start() - 40):cm.start()]):
            continue                    # "tham mưu UBND tỉnh giao chủ đầu tư …": the order is what is advised
        if _NOT_ADDRESSEE_GAP.search(gap):
            continue
        run = [m for m in _group_runs(ms, folded, k) if ctx.usable(m.agency)]
        if run:
            cl.leads = [m.agency for m in run]
            cl.leads_end = run[-1].end
            cl.explicit = cl.by_cue = True
            break
    if not cl.explicit and "cho" in folded[start:end]:
        _handed_to(folded, start, ms, cl, ctx)
    if not cl.explicit and "(" in folded[start:end]:
        _of_the_item_changed(folded, start, ms, cl, ctx)
    if not cl.explicit and "chuyển" in folded[start:end]:
        _forwarded_to(text, folded, start, ms, cl, ctx)
    if not cl.explicit:
        purpose = _PURPOSE_SUBJECT.match(folded, start, end)
        back = _back_reference(text, folded, purpose.end() - 1, mentions, ctx) if purpose else None
        if back is not None and back is not _BARE:
            cl.leads, cl.explicit = [back], True    # "… về Sở X trước ngày 28-10 để sở thẩm định …"
    # 2. subject-based: "X chủ trì", "X có trách nhiệm", "X: khẩn trương", "Các xã, phường khẩn trương"
    topic = _TOPIC_OPENING.match(folded[start:end]) if not cl.explicit else None
    if topic and any(m.start < start + topic.end() - 1 < m.end for m in ms):
        topic = None                    # the comma is inside a name ("Đối với các xã, phường: …")
    opening = _FOR_TITLED_OPENING.match(folded, start) if topic else None
    if opening is not None and any(m.start == opening.end() and m.end < start + topic.end() - 1
                                   and _SPACE_LOWER_WORD.match(folded[m.end:m.end + 2]) for m in ms):
        topic = None                    # "2. Đối với Giám đốc Sở X chỉ đạo …, xong …": a heading that
                                        # lost its colon, the body the subject of its verb
    topic_end = start + topic.end() if topic else start
    bare_rieng = _BARE_RIENG.match(folded, start) if topic else None
    if bare_rieng is not None and any(m.start in (bare_rieng.end(), bare_rieng.start("t")) for m in ms):
        topic, topic_end = None, start  # "Riêng UBND đặc khu X gửi …, chậm nhất …": the body is the subject
    if not cl.explicit:
        k = 0
        # "Riêng tại xã Y, UBND xã Y hoàn thành …": the subject is looked for after the topic
        while k < len(ms) and ms[k].start < topic_end:
            k += 1
        while k < len(ms):
            run = _group_runs(ms, folded, k)
            if k and _directed_list_before(folded, ms, k, start):
                k += 1                  # "Chỉ đạo Bệnh viện A, Trung tâm B chủ động …": B is directed, as A is
                continue
            if _is_subject(text, folded, start, end, run, ctx) or _REPORT_OWNER.match(folded, start, run[0].start):
                usable = [x for x in run if ctx.usable(x.agency)]
                if not usable and not folded[start:run[0].start].strip(" -–+•*\n") \
                        and not _PASSES_ON.search(folded, run[-1].end, end):
                    # "Ủy ban nhân dân tỉnh tổng hợp, báo cáo Thanh tra Chính phủ trước ngày …" in its own
                    # notice: the issuer's work, no task of the body before it
                    cl.issuer_own = True
                    break
                named = _named_in_brackets_after(text, folded, start, end, ms, k, run, ctx) if usable else None
                if named:               # "Các cơ quan được giao chủ trì … (Sở Tài chính, Sở Xây dựng) hoàn
                    usable, run = named, named      # thiện …": the bodies the bracket names
                if usable:
                    cl.leads = [x.agency for x in usable]
                    cl.leads_end = run[-1].end
                    cl.explicit = True
                    break
            # a run that is no subject may end in one: "Trên cơ sở báo cáo của các đơn vị, địa
            # phương, Sở Kế hoạch và Đầu tư có nhiệm vụ …"
            k += 1
    asked = _SPEAKER_ASKS.match(folded, topic_end) if topic and not cl.explicit \
        and _FOR_OPENING.match(folded, start) is not None and not _A_PETITIONS_TOPIC.match(folded, start) else None
    if asked is not None:
        # "Đối với UBND các phường A, B và C, đồng chí yêu cầu khẩn trương khoanh vùng …": the bodies
        # of the topic are the ones asked (no other named after the order)
        named = [m for m in ms if start < m.start and m.end < topic_end
                 and not _after_petitioners(folded, start, m.start)]
        if named and not any(asked.end() <= m.start < end for m in ms):
            run = _group_runs(ms, folded, ms.index(named[0]))
            usable = [x.agency for x in run if x in named and ctx.usable(x.agency)]
            if usable and len(usable) == len(named):
                cl.leads, cl.explicit, cl.leads_end = usable, True, run[-1].end
    person = _PERSON_SUBJECT.match(text, start, end) if not cl.explicit else None
    if person is not None and (person.group("duty") or (_SUBJECT_VERB_RE.match(folded, person.end())
                                                         and _A_LIMIT_WORD.search(folded, person.end(), end))) \
            and not any(m.start < person.start("who") for m in ms):
        # "Ông Lương Văn Quyết, nguyên công chức địa chính xã X tự giác nộp lại số tiền … trước ngày …"
        # in an inspection's conclusion: the person named does it
        who = " ".join(person.group("who").split())
        cl.leads = [Agency(name=who[:1].lower() + who[1:], written=who, code="", kind=EXTERNAL)]
        cl.explicit, cl.leads_end = True, person.end()
    bare_unit = _BARE_UNIT_SUBJECT.match(text, start, end) if not cl.explicit else None
    if bare_unit is not None:
        # "Giao Sở X hướng dẫn UBND xã Võ Nhai điều chỉnh …; UBND xã hoàn thành …": the one commune the
        # sentence named before
        kind = bare_unit.group("kind").lower()
        units = once_each([m.agency for m in mentions if m.end <= start and ctx.usable(m.agency)
                           and (u := _MEMBER_KIND.match(fold(m.agency.name))) is not None and u.group(1) == kind])
        if len(units) == 1:
            cl.leads, cl.explicit, cl.leads_end = units, True, bare_unit.end("kind")
    duty = _DUTY_LABEL.match(folded, start, end) if not cl.explicit else None
    if duty is not None:
        # "Nhiệm vụ của Tổ công tác: rà soát …", "Trách nhiệm của Sở X: …": the bodies of the label
        colon = duty.end() - 1
        named = [m.agency for m in ms if duty.start() <= m.start and m.end <= colon and ctx.usable(m.agency)]
        if named:
            cl.leads, cl.explicit, cl.leads_end = named, True, colon
    if not cl.explicit and not topic:
        topic = _WITH_BODIES_OPENING.match(folded[start:end])
        topic_end = start + topic.end() if topic else start
    if not cl.explicit and topic:
        # "Đối với UBND xã A, khẩn trương …", "Với các DNNN, thực hiện …": the topic names the
        # addressee of an imperative
        # (not the owner of what the topic names: "Đối với các khoản vốn … theo Nghị định số 99/… của
        # Chính phủ, lập phương án …")
        named = [m.agency for m in ms if start <= m.start < topic_end and ctx.usable(m.agency)
                 and not _OWNER_BEFORE.search(folded, max(start, m.start - 8), m.start)
                 and not _after_petitioners(folded, start, m.start)
                 and not _IN_A_WORKS_NAME.search(folded, max(start, m.start - 60), m.start)]
        if named and _IMPERATIVE_RE.match(folded[topic_end:end]) and not _A_PETITIONS_TOPIC.match(folded, start):
            cl.leads, cl.explicit = named, True     # (not a petition's place: "Đối với kiến nghị về nước sinh hoạt
            cl.leads_end = topic_end                # tại xã Ba Sơn, chỉ đạo …", the heading's body acts)
    if not cl.explicit and not cl.leads:
        # the agent of a passive: "Việc rà soát hồ sơ do Sở X thực hiện, hoàn thành trước …"
        for am in _AGENT.finditer(folded, start, end):
            k = bisect_left(starts, am.end())
            run = _group_runs(ms, folded, k) if k < len(ms) and ms[k].start == am.end() else []
            verb = _AGENT_VERB.match(folded, run[-1].end) if run else None
            if verb is not None and _IN_A_DESCRIBED_NOUN.search(folded, max(start, am.start() - 60), am.start()):
                continue                # "theo danh sách do Bảo hiểm xã hội cơ sở cung cấp": what describes a thing
            if verb is not None and not _DONE_AFTER_THE_AGENT.match(folded, verb.end()):
                # (not what was done: "kinh phí do Sở Tài chính cấp đã giải ngân 80%")
                named = [m.agency for m in run if ctx.usable(m.agency)]
                if named:
                    cl.leads, cl.explicit, cl.leads_end = named, True, run[-1].end
                    break
    if cl.explicit and len(cl.leads) == 1 and (cl.leads[0].kind == COLLECTIVE or _is_role(cl.leads[0])):
        # "Các chủ đầu tư: Ban Quản lý dự án A, Ban Quản lý dự án B, UBND các xã …": the bodies listed
        # after the collective's colon
        k = next((i for i, m in enumerate(ms) if start <= m.start < end and m.agency is cl.leads[0]), None)
        colon = _COLON_GAP.match(folded, ms[k].end) if k is not None and k + 1 < len(ms) else None
        if colon is not None and ms[k + 1].start == colon.end():
            run = [m for m in _group_runs(ms, folded, k + 1) if ctx.usable(m.agency)]
            if run:
                cl.leads, cl.leads_end = [m.agency for m in run], run[-1].end
    # a body named twice ("Sở Khoa học và Công nghệ (Sở KH&CN)") leads once; a role named by its
    # body in brackets ("Chủ đầu tư (Ban Quản lý dự án …)") is that body
    cl.leads = once_each(cl.leads)
    if len(cl.leads) > 1:
        roles = {ms[k].agency.name for k in range(len(ms) - 1)
                 if start <= ms[k].start < end and _is_role(ms[k].agency)
                 and _OPENING_BRACKET.fullmatch(folded[ms[k].end:ms[k + 1].start])}
        kept = [a for a in cl.leads if a.name not in roles]
        if kept:
            cl.leads = kept
    if cl.explicit and len(cl.leads) == 1 and _is_role(cl.leads[0]) and not _is_contractor(cl.leads[0]):
        # "Đề nghị các nhà đầu tư dự án ven biển (Công ty A, Công ty B) chủ động …": the firms in brackets
        # (not a body's own contractor or investor made to act: that stays the body's task)
        k = next((i for i, m in enumerate(ms) if start <= m.start < end and m.agency is cl.leads[0]), None)
        bracket = _QUALIFIED_BRACKET.match(folded, ms[k].end) if k is not None and k + 1 < len(ms) else None
        if bracket is not None and ms[k + 1].start == bracket.end():
            run = [m for m in _group_runs(ms, folded, k + 1) if ctx.usable(m.agency)]
            if run and _CLOSING_BRACKET.match(folded, run[-1].end):
                cl.leads, cl.leads_end = [m.agency for m in run], run[-1].end
    if not cl.explicit and ctx.units and (bare := _UNIT_ALONE_SUBJECT.match(folded, start, end)) is not None \
            and bare.group("unit") in ctx.units and _SUBJECT_VERB_RE.match(folded[bare.end():end]):
        # "…; xã hoàn thành hồ sơ, trình thẩm định trước ngày …" in a notice about one commune: that commune
        cl.leads, cl.leads_end, cl.explicit = [ctx.units[bare.group("unit")]], bare.end(), True
    if len(cl.leads) == 1 and cl.leads[0].kind == COLLECTIVE and not cl.leads[0].members \
            and _LOCAL_GROUP.match(fold(cl.leads[0].name)) and (rest := _THE_REST_OF_A_KIND.match(folded, cl.leads_end, end)) is not None:
        # "Ủy ban nhân dân các xã vùng đồng bào dân tộc thiểu số và miền núi còn lại chủ động …": those not named
        # before, the group as its words qualify it (never the units named before)
        m = next((x for x in ms if x.agency is cl.leads[0]), None)
        if m is not None:
            name = " ".join(text[m.start:rest.start("rest")].split())
            cl.leads = [replace(cl.leads[0], name=name[:1].upper() + name[1:], written=text[m.start:rest.end()])]
            cl.leads_end = rest.end()
    # 3. co-operating agencies: "phối hợp với Y, Z"
    lead_names = {a.name for a in cl.leads}
    for sm in _SUPPORT_CUE.finditer(folded, start, end):
        k = bisect_left(starts, sm.end())
        if k < len(ms) and ms[k].start - sm.end() <= 12:
            for m in _group_runs(ms, folded, k):
                if ctx.usable(m.agency) and m.agency.name not in lead_names and m.agency not in cl.support \
                        and not body_grammar().refers_to_addressees(m.agency.name):
                    cl.support.append(m.agency)
    # … and "Sở X chủ trì; Y, Z phối hợp …": the bodies right before "phối hợp", after the lead's role
    role = _ROLE_THEN_CO_OPERATORS.search(folded, start, end)
    if role is not None and cl.leads:
        k = bisect_left(starts, role.end())
        for m in _group_runs(ms, folded, k) if k < len(ms) and ms[k].start - role.end() <= 12 else ():
            if ctx.usable(m.agency) and m.agency.name not in lead_names and m.agency not in cl.support:
                cl.support.append(m.agency)
    found = ctx.deadlines(text[start:end], text, start)
    if not found and (_JOINED_DAY.match(folded, start) or (_A_NEW_TIME_WORD.search(folded, start, end)
                                                           and _NEW_TIME.search(folded, start, end))):
        found = _read_with_sentence(text, start, end, ctx)
    event = _AFTER_AN_EVENT.search(folded, start, end) if found else None
    if event is not None:           # "Sau khi nhận đủ hồ sơ hợp lệ, Sở X giải quyết trong thời hạn 10 ngày làm việc"
        from .deadlines import DL_RELATIVE as _REL, DL_WORKING_DAYS as _WD
        found = [replace(d, date=None, inferred=True, note=M.N_FROM_EVENT)
                 if d.kind in (_REL, _WD) and d.date is not None and d.start >= event.end() - start else d
                 for d in found]
    if found and not cl.explicit and (_TO_A_CITIZEN.search(folded, start, end)
                                      or _CITIZENS_OPEN.match(folded, start, end)):
        found = []                      # "…; đề nghị ông Bảy bàn giao mặt bằng trước ngày 31/5/2026", "…; hộ nhận
                                        # hỗ trợ cam kết hoàn thành xây nhà trước ngày …": a citizen's time, no body's
    cl.deadlines = _narrowed(counted_from_an_event_before(found, text[max(0, start - 160):start]), text[start:end])
    cl.imperative = not cl.explicit and (cl.imperative or _is_imperative(text[start:end]))
    cl.by_issuer = cl.explicit and bool(cl.leads) and all(ctx.is_issuer(a) for a in cl.leads)
    opening = start + len(folded[start:end]) - len(folded[start:end].lstrip(" ,;"))
    cue = _CUE.match(folded, opening)
    cl.asks = cue is not None
    after = _SPACES.match(folded, cue.end()).end() if cue is not None and not cl.explicit else None
    cl.asks_other = next((m.agency for m in ms if m.start == after and m.end <= end and not ctx.usable(m.agency)), None) \
        if after is not None else None
    return cl


def _restricted_group(seg_text: str, leads: list) -> Optional[Agency]:
    """The one collective a segment opens with, restricted by what its members have ("Các chủ đầu tư có
    tỷ lệ giải ngân dưới 20% (Phụ lục kèm theo) rà soát …", "Các chủ đầu tư có vốn năm 2025 kéo dài giải
    ngân …"), named with its restriction up to its verb; else None."""
    if len(leads) != 1 or leads[0].members or not (leads[0].kind == COLLECTIVE or fold(leads[0].name).startswith("các ")):
        return None
    written = " ".join((leads[0].written or leads[0].name).split())
    text = _LEADING_MARK.sub("", " ".join(seg_text.split()))
    if not fold(text).startswith(fold(written)):
        return None
    rest = text[len(written):]
    if not _RESTRICTION.match(fold(rest)):
        return None
    for m in _WORD_START.finditer(rest, 4):
        if m.start() > 120:
            break
        if _SUBJECT_VERB_RE.match(fold(rest[m.start():])) and rest[:m.start()].count("(") == rest[:m.start()].count(")"):
            words = _BRACKET_NOTE.sub("", rest[:m.start()]).strip(" ,")
            if not words.split() or not _DESCRIPTION_END.fullmatch(fold(words.split()[-1])):
                return None             # (not "Các sở, ngành có liên quan có trách nhiệm …")
            return Agency(name=f"{written} {words}".strip(), code="", kind=COLLECTIVE)
    return None


# the departments named as a group opening a closing's words ("các sở, ngành chủ trì …") (folded)
_THE_DEPARTMENTS = quick_compile(r"(?:các\s+)?sở(?:\s*,\s*(?:ban|ngành))*(?!\w)")
# another party to an agreement as the subject ("Phía Trung Quốc …", "Phía bạn …", "Bên Trung Quốc …")
_THE_OTHER_SIDE = quick_compile(r"(?:Phía|phía|Bên)\s+(?:[A-ZĐÀ-Ỹ]|bạn(?!\w)|(?:tỉnh|nước|huyện|thành phố)\s+[A-ZĐÀ-Ỹ])")   # (… "Phía tỉnh
                                                                                                            # Sê Kông …")
# a notice cancelling a task it quotes: "Bãi bỏ nội dung tại điểm 4 …", "Hủy bỏ nhiệm vụ …" (folded)
_CANCELLED = quick_compile(r"(?:bãi bỏ|hủy bỏ|huỷ bỏ|thu hồi|dừng thực hiện)\s+(?:(?:toàn bộ|một phần)\s+)?(?:nội dung|nhiệm vụ|yêu cầu|điểm|mục|khoản|gạch đầu dòng|ý kiến chỉ đạo)(?!\w)")
# "… nêu tại mục 3", "… tại điểm a, b khoản 2" right after a group's name (folded)
# "Các sở, ngành …", "Các Sở …" opening a sentence: departments, no local government (folded)
_DEPARTMENTS_ONLY = quick_compile(r"(?:đề nghị\s+|yêu cầu\s+)?các\s+(?:sở|bộ)(?:\s*,\s*(?:ban|ngành|ban ngành|cơ quan))*\s+(?!và\s|,)")
# (… "được giao chủ trì (các) nhiệm vụ tại mục II")
# the heads of a kind of units, a group by their title: "Trưởng các thôn", "Tổ trưởng các tổ dân phố" (folded)
_HEADS_OF_UNITS = quick_compile(r"(?:tổ\s+)?trưởng\s+các\s")
# between two groups of one list ("các bộ phận|, |Trưởng các thôn") (folded)
_GROUPS_SEP = quick_compile(r"\s*(?:,|và)\s*")
_CITED_RIGHT_AFTER = quick_compile(r"\s+(?:nêu|có tên|được giao(?:\s+chủ trì)?(?:\s+(?:các\s+)?nhiệm vụ)?)?\s*tại\s+(?:[^.;:()]{1,60}?\(\s*)?"
                                   r"(?:các\s+)?(?:điểm|mục|khoản|tiết)\s")
# a word that ends what the members of a group have, before their verb: a share, a degree (folded)
_DESCRIPTION_END = quick_compile(r"\d+(?:[.,]\d+)?%|thấp|cao|chậm|dài|lớn")
# … or what runs through their area ("… có đường sắt đi qua", "… có tuyến quốc lộ chạy qua") (folded words)
_RUNS_THROUGH = quick_compile(r"(?:đi|chạy)\s+qua")
# a description ending where a table or an appendix lists them ("… cơ sở nhà, đất dôi dư tại Phụ lục kèm theo") (folded)
_DESCRIBED_IN_A_TABLE = quick_compile(r"[^;:.()]{3,120}?\s(?:nêu\s+|có tên\s+)?(?:tại|ở|trong)\s+(?:phụ lục|bảng|biểu|danh mục)"
                                      r"(?:\s+(?:số\s+)?[\divx]{1,3}(?!\w))?(?:\s+(?:kèm theo|trên|nêu trên|dưới đây))?(?=\s)")
# a numbered item's mark, and a note in brackets ("(Phụ lục kèm theo)")
_LEADING_MARK = quick_compile(r"^\s*(?:[-–+•]\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s*|[a-zđ]\)\s*)?")
_BRACKET_NOTE = quick_compile(r"\s*\([^()]{0,80}\)")
_WORD_START = quick_compile(r"(?<=\s)\S")


_PERIODS = (DL_MONTH, DL_QUARTER, DL_HALF, DL_YEAR)


def _narrowed(found: list, text: str) -> list:
    """A period then a day inside it, a comma apart ("… trong quý IV/2026, chậm nhất ngày 15/12/2026"):
    one time limit, the day."""
    if len(found) < 2:
        return found
    out = []
    for k, d in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and d.kind in _PERIODS and nxt.kind == DL_DATE and d.date and nxt.date \
                and nxt.date <= d.date and (d.date - nxt.date).days < 366 and 0 <= nxt.start - d.end <= 3 \
                and text[d.end:nxt.start].strip() in (",", ""):
            continue
        out.append(d)
    return out


# a clause that is only one more day of the time limit before it: "… trước ngày 15/6| và ngày 15/12/2024"
_JOINED_DAY = quick_compile(r"\s*(?:(?:,|và|hoặc)\s*)?(?:trước\s+|chậm nhất\s+)?(?:ngày|tháng)\s*\d|\s*(?:,|và|hoặc)\s*\d")
# what a joined day may carry beside it: its label in brackets ("(báo cáo năm)"), the task's purpose
_BRACKETED = quick_compile(r"\([^()]{0,60}\)")
_OWN_WORDS_CUT = quick_compile(r"\s(?:để|nhằm)\s")


# "…, thời hạn ngày 30/6/2026) đến ngày 15/8/2026": a new time after "đến/sang", which a change
# verb earlier in the sentence ("Đồng ý gia hạn …") makes a time limit
_NEW_TIME = quick_compile(r"(?<!\w)(?:đến|sang|tới)\s+(?:hết\s+)?(?:ngày\s+\d|q(?:uý|úy)\s|tháng\s+\d)")
_SENTENCE_END = quick_compile(r"[.;:!?]\s")
_A_NEW_TIME_WORD = quick_compile(r"đến |sang |tới ")     # (a quick look before the slower pattern)


def _read_with_sentence(text: str, start: int, end: int, ctx: NoticeContext) -> list:
    """The time limits of a clause read with the words of its sentence before it: one more day
    of the limit before it ("trước ngày 15 tháng 6| và ngày 15 tháng 12 năm 2024"), the new time
    of a change ("Đồng ý gia hạn thời hạn … (…, thời hạn ngày 30/6/2026)| đến ngày 15/8/2026")."""
    lo = max(0, start - 300)
    breaks = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = breaks[-1] if breaks else lo
    shift = start - lo
    return [replace(d, start=d.start - shift, end=d.end - shift)
            for d in ctx.deadlines(text[lo:end], text, lo) if d.start >= shift]


# "… còn lại" after a collective: the rest of them, still the subject of the verb after
_THE_REST = quick_compile(r"^\s*còn lại(?!\w)")
# "Riêng " right before a body (or its head's title: "Riêng Chủ tịch UBND xã A, xã B …"): that body on its own
# (not "Riêng tại xã Y, …", "Riêng năm 2026, …")
_BARE_RIENG = quick_compile(r"\s*(?:[-–+]\s*)?riêng\s+(?P<t>)(?:" + _TITLE_WORDS + r"\s+)?")   # (the title may open the name)
# a request to a citizen: "đề nghị ông Bảy …", "yêu cầu hộ bà …", "đề nghị các hộ dân …" (folded; not
# a body's own work with them, "vận động người dân …")
_TO_A_CITIZEN = quick_compile(r"(?<!\w)(?<!không )(?:đề nghị|yêu cầu)\s+(?:(?:hộ|gia đình)\s+)?(?:ông|bà|anh|chị|các hộ dân|công dân|hộ dân)(?!\w)")
# … or a clause whose subject is households or people: "hộ nhận hỗ trợ cam kết …", "các hộ dân phải …" (folded)
_CITIZENS_OPEN = quick_compile(r"\s*(?:[-–+]\s*)?(?:các\s+|mỗi\s+|những\s+)?(?:hộ gia đình|hộ dân|hộ|người dân|công dân|chủ hộ)"
                               r"(?:\s+[^\s,;:.()]+){0,5}?\s+(?:cam kết|phải|có trách nhiệm|tự)(?!\w)")


_ROLE_THEN_CO_OPERATORS = quick_compile(r"(?<!\w)chủ trì\s*;\s*")
# a label naming whose duties follow on the same line ("Nhiệm vụ của Tổ công tác: …")
_DUTY_LABEL = quick_compile(r"\s*(?:" + words_alternation([c for c in _DIRECTIVE_CUES["heading_cues"]
                                                       if c.endswith(" của")]) + r")\s[^:;.]{2,150}:")
_AGENT = quick_compile(r"(?<!\w)do\s+")
# a thing named in a prepositional phrase right before "do" ("theo danh sách do …", "của hồ sơ do …"; folded)
_IN_A_DESCRIBED_NOUN = quick_compile(r"(?<!\w)(?:theo|của|trong|tại|từ|với)\s+(?:[^\s,;.]+\s+){1,6}$")
_DONE_AFTER_THE_AGENT = quick_compile(r"[^,;.]{0,60}?(?<!\w)(?:đã|vừa)\s")
_AGENT_VERB = quick_compile(r"\s*(?:chủ trì\s*,?\s*)?" + _alt(_DIRECTIVE_CUES["agent_verbs"]) + r"(?!\w)")


def _is_contractor(agency) -> bool:
    """A contractor's, a consultant's or an investor's role ("Nhà thầu", "Đơn vị thi công", "Chủ đầu tư")."""
    return _CONTRACTOR_ROLE.fullmatch(fold(agency.name)) is not None \
        or (bool(agency.written) and _CONTRACTOR_ROLE.fullmatch(fold(agency.written)) is not None)   # (a party of minutes)


def _is_firm(agency) -> bool:
    """Such a role, or a business named ("Công ty …", "Liên danh Công ty …")."""
    f = fold(agency.name)
    return _is_contractor(agency) or _A_BUSINESS.match(f) is not None or f.startswith("liên danh")


def _is_role(agency) -> bool:
    """A role rather than a body ("Chủ đầu tư", "Nhà thầu": data/bodies.yaml lower_case_roles)."""
    return agency.kind == EXTERNAL and " ".join(fold(agency.canonical or agency.name).split()) in \
        body_grammar().lower_case_roles


_NEXT_ACTION = quick_compile(r",(?:\s+|(?=[a-zđà-ỹ]))(?:đồng thời\s+)?|\s+(?:và|đồng thời)\s+|\s+(?=để\s)")     # (… "để sở thẩm định …")


def _without_the_datas_period(text: str, folded: str, cl: Clause) -> list:
    """A clause's deadlines without the period its data cover when the report of them has a later day: "thống kê số ca
    cấp cứu … trong năm 2026, báo cáo Ban An toàn giao thông tỉnh chậm nhất ngày 15/01/2027" (the cases of 2026, one
    task of 15/01/2027)."""
    dls = cl.deadlines
    out = []
    for k, d in enumerate(dls):
        nxt = dls[k + 1] if k + 1 < len(dls) else None
        if nxt is not None and d.kind in _PERIODS and nxt.kind == DL_DATE and d.date and nxt.date \
                and ((nxt.date > d.date and _DATA_OF_A_PERIOD.search(folded, max(cl.start, cl.start + d.start - 100), cl.start + d.start))
                     or (nxt.date < d.date and not _COMPLETED_BEFORE.search(folded, max(cl.start, cl.start + d.start - 60),
                                                                            cl.start + d.start))) \
                and (sep := _NEXT_ACTION.match(text, cl.start + d.end)) is not None and _STEP_ONLY.match(text, sep.end()):
            continue                    # (… or any period ending after the day its work is sent on: "Lập danh sách hộ gia
                                        # đình có đất chuyển nhượng trong năm 2026, gửi UBND phường … trước ngày 05/6/2026",
                                        # the transfers of the year, one task of 05/6/2026; not a completion's: "hoàn thành dự
                                        # án trong năm 2028, báo cáo tiến độ trước ngày 30/6/2027", two times)
        if nxt is not None and d.kind in _PERIODS and nxt.kind == DL_DATE and d.date and nxt.date and nxt.date < d.date \
                and _RESULTS_OF_THE_PERIOD.search(folded, max(cl.start, cl.start + d.start - 80), cl.start + d.start) \
                and not _CLAUSE_BREAK.search(folded, cl.start + d.end, cl.start + nxt.start):
            continue                    # "báo cáo kết quả thực hiện nhiệm vụ trong năm 2026 về UBND xã … trước ngày
                                        # 05/12/2026": the year the results are of, the report's limit its day
        out.append(d)
    return out


# a completion in the clause before a period ("hoàn thành dự án| trong năm 2028"): the period is its time limit (folded)
_COMPLETED_BEFORE = quick_compile(r"(?<!\w)(?:hoàn thành|hoàn tất|xong|đưa vào|bàn giao)(?!\w)[^,;:.()]*$")
# the results a report gives, right before the period they are of ("báo cáo kết quả thực hiện nhiệm vụ| trong năm 2026"; a
# few words between) (folded)
_RESULTS_OF_THE_PERIOD = quick_compile(r"(?<!\w)(?:kết quả|tình hình|số liệu)(?:\s+[^\W\d_]+){0,6}\s+$")
# … with no clause between it and the report's day (folded)
_CLAUSE_BREAK = quick_compile(r"[;.]|,\s+(?:đồng thời\s+)?(?:" + words_alternation(("tổ chức", "triển khai", "thực hiện", "hoàn thành",
                                                                                     "xây dựng", "kiểm tra", "rà soát")) + r")(?!\w)")
# the data a report counts, before the period they cover ("thống kê số ca … trong năm 2026") (folded)
_DATA_OF_A_PERIOD = quick_compile(r"(?<!\w)(?:" + words_alternation(_DIRECTIVE_CUES["data_of_a_period"]) + r")(?!\w)")


def _cuts_between_deadlines(text: str, cl: Clause) -> list:
    """Where a clause holding two deadlines of different dates splits into two actions: the
    first ', ' or ' và ' after the end of each deadline but the last."""
    dls = cl.deadlines
    if len(dls) < 2 or len({d.date for d in dls}) < 2:
        return []
    cuts = []
    for d, nxt in zip(dls, dls[1:]):
        lo, hi = cl.start + d.end, cl.start + nxt.start
        if cl.explicit and lo <= cl.leads_end < hi:
            lo = cl.leads_end           # "Trước ngày 25-10, UBND X phải …": the date opens the action
        m = _NEXT_ACTION.search(text, lo, hi)
        span = _DAYS_SPAN_BETWEEN.search(fold(text[lo:m.start()])) if m is not None and m.start() - lo > 60 else None
        if m is None or (m.start() - lo > 60 and (span is None or m.start() - (lo + span.end()) > 60)):
            continue                    # (a span the first time holds over may stand between: "trước ngày 25 hằng tháng
                                        # trong thời gian cao điểm từ ngày 15/12/2026 đến ngày 15/3/2027, báo cáo …")
        if text.count("(", cl.start, m.start()) > text.count(")", cl.start, m.start()):
            continue                    # "định kỳ 6 tháng (trước ngày 15/6 và trước ngày 15/12) báo cáo …": the
                                        # times of one task in its brackets
        if d.date is None and _THE_OTHER_PERIOD.match(fold(text[m.start():m.start() + 24])):
            continue                    # "định kỳ 6 tháng và năm, trước ngày 15/6 và trước ngày 15/11": the report's
                                        # periods, one task (its days after both)
        if d.kind == DL_RECURRING and d.date is None and not text[lo:cl.start + nxt.start].strip(" ,"):
            continue                    # "báo cáo Sở định kỳ 6 tháng, trước ngày 15/6 và 15/12": the period's days
        cuts.append(m.start() + (1 if text[m.start()] == "," else 0))
    return [c for c in cuts if cl.start < c < cl.end]


# the second period of a recurring report after the first: "(định kỳ 6 tháng)| và năm, trước ngày …" (folded)
_THE_OTHER_PERIOD = quick_compile(r"\s+và\s+(?:cả\s+)?(?:năm|quý|tháng|hằng năm|hàng năm)(?=\s*[,(]|\s+trước\s|\s+chậm\s)")
# a span of days ("từ ngày 15/12/2026 đến ngày 15/3/2027") (folded)
_DAYS_SPAN_BETWEEN = quick_compile(r"(?<!\w)từ\s+ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s+đến\s+(?:hết\s+)?ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?")
_SEP_REACH = 80
# a field line of a plan: "Cơ quan thực hiện: …" (the lead of the task before it), "Cơ quan phối hợp: …"
_FIELD_LABEL = quick_compile(r"\s*(?:[-–+]\s*)?(?:(?P<support>" + words_alternation(_DIRECTIVE_CUES["support_labels"])
                             + r")|(?P<lead>" + words_alternation(_DIRECTIVE_CUES["lead_labels"]) + r"))\s*:\s*")
_TITLE_LEAD = quick_compile(r"\s*(?:" + _TITLE_WORDS + r"\s+)?")
_TITLE_ONLY = quick_compile(r"(?:" + _TITLE_WORDS + r")")
# "…; Giám đốc Công an tỉnh; Chủ tịch UBND …": a title after the separator
_COORDINATED_TITLE = quick_compile(r"[\s,;]*(?:và\s+)?(?:" + _TITLE_WORDS + r")\s+")
_COORDINATION = quick_compile(r"[\s,;&()]*(?:\((?:sau đây|dưới đây|gọi tắt)[^()]{0,100}\)[\s,;]*)?(?:và|cùng|hoặc)?[\s,;&()]*")
_SUBJECT_SEP = quick_compile(r"(?:,\s*(?:đồng thời\s+|trong khi\s+)?|\s+(?:và|đồng thời)\s+)(?:" + _TITLE_WORDS + r"\s+)?$")


# "phối hợp" not followed by "với"/"cùng": the run before it co-operates
_CO_OPERATES_WITHOUT_WITH = quick_compile(r"\s*(?:cùng\s+)?phối hợp(?!\s+(?:với|cùng))")


# where a group is, after it and before its verb ("Các hộ kinh doanh| tại chợ đêm Kỳ Lừa| thu gọn …") (folded)
_AT_A_PLACE = quick_compile(r"\s*(?:tại|ở)\s+")
# a task that opens with the order giving it ("Giao Phòng A, Phòng B …", "Yêu cầu UBND xã C …")
_GIVEN_BY_A_CUE = quick_compile(r"\s*(?:[-–+]\s*)?(?:\d{1,2}[.)]\s*)?(?:giao|yêu cầu|đề nghị|chỉ đạo)(?!\w)")


# the colon between a collective and the bodies it lists
_COLON_GAP = quick_compile(r"[ \t*]*:[ \t*]*")


# bodies counted, not named ("05 sở, ngành", "08 xã, phường") (folded)
_COUNTED_BODIES = quick_compile(r"\d{1,3}\s+[^\W\d_]")
# … right before "và" ("tại 05 sở, ngành| và …") (folded)
_COUNTED_BEFORE = quick_compile(r"(?<![\d/])\d{1,3}\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s*,\s*[^\W\d_]+)*\s*$")


def _subject_cuts(text: str, folded: str, cl: Clause, mentions) -> list:
    """A second subject inside one clause: "… trong tháng 8/2026 và Sở Xây dựng tăng cường …",
    "…, đồng thời Sở Nội vụ thẩm định …" (after ', ' only once an action with a deadline is
    complete).  A coordinated list ("Sở A, Sở B rà soát") is one subject, not two."""
    if not cl.explicit:
        return []
    ms = _within(mentions, cl.start, cl.end)
    first = next((k for k, m in enumerate(ms) if m.agency in cl.leads), None)
    if first is None:
        return []
    cuts = []
    for k in range(first + 1, len(ms)):
        m = ms[k]
        if _COORDINATED.fullmatch(folded[ms[k - 1].end:m.start]):
            continue                    # (also "giám đốc các sở và chủ tịch UBND các huyện": one subject)
        # the separator and a title stand right before the mention: look no further back
        sep = _SUBJECT_SEP.search(folded, max(cl.start, m.start - _SEP_REACH), m.start)
        if sep is None or sep.end() != m.start:
            continue
        cut = sep.start() + (1 if folded[sep.start()] == "," else 0)
        run = _group_runs(ms, folded, k)
        if folded[sep.start()] == "," and "đồng thời" not in sep.group(0) and "trong khi" not in sep.group(0) and \
                not any(cl.start + d.end <= cut for d in cl.deadlines) and \
                (len(folded[ms[k - 1].end:sep.start()].split()) < _WORDS_OF_AN_ACTION
                 or not _SUBJECT_VERB_RE.match(folded[run[-1].end:cl.end])
                 or any(_is_firm(x.agency) for x in run)):
            continue                    # ("Sở Y tế bảo đảm trực cấp cứu tại các bệnh viện, Sở Xây dựng bố
                                        # trí …": an action of its own before the comma, then another body's
                                        # with a sure verb)
        if folded[sep.start()] == "," and folded[run[-1].end:run[-1].end + 2].lstrip(" ").startswith(","):
            continue                    # "… quy trình bầu trưởng thôn, tổ trưởng tổ dân phố, gửi các xã …": one more of
                                        # a list between commas, no subject of its own
        if folded[sep.start()] == "," and _AGENT_BEFORE.search(folded, max(cl.start, sep.start() - 30), sep.start()):
            continue                    # "rà soát văn bản do HĐND, UBND tỉnh ban hành …": who issued them
        if folded[sep.start()] == "," and _SET_UP_BEFORE.search(folded, max(cl.start, sep.start() - 70), sep.start() + 1):
            continue                    # "tham mưu thành lập Hội đồng thi, Ban Ra đề thi, …": boards set up
        if folded[sep.start()] != "," and _DIRECTED_BEFORE_AND.search(folded, max(cl.start, sep.start() - 50), sep.start()):
            continue                    # "hướng dẫn chủ đầu tư và các xã giải quyết …", "lãnh đạo chính quyền, Mặt
                                        # trận Tổ quốc và các đoàn thể vận động …": all are directed
        if _in_support_phrase(folded, cl.start, cut):
            continue                    # "phối hợp với A và các ngành liên quan tập trung …": who co-operates
        if folded[sep.start()] != "," and _OWNER_BEFORE_AND.search(folded, max(cl.start, sep.start() - 40), sep.start()):
            continue                    # "lập báo cáo quyết toán … của đơn vị và các đơn vị trực thuộc, gửi …":
                                        # two owners of one thing, not a second subject
        if folded[sep.start()] != "," and _COUNTED_BODIES.match(folded, m.start) \
                and _COUNTED_BEFORE.search(folded, max(cl.start, sep.start() - 40), sep.start()):
            continue                    # "kiểm tra … tại 05 sở, ngành và 08 xã, phường, hoàn thành …": counted places of the
                                        # work, coordinated, no second subject
        if folded[sep.start()] != "," and _PLACE_UNIT_NAMED.match(folded, m.start) \
                and _PLACE_BEFORE_AND.search(folded, max(cl.start, sep.start() - 60), sep.start()):
            continue                    # "rà soát … trên địa bàn phường Cửa Lò và các phường: Vinh Hưng, Vinh Phú, báo
                                        # cáo …": the places of the work, coordinated, no second subject
        if cut > cl.start and _is_subject(text, folded, cut, cl.end, run) and \
                not _CO_OPERATES_WITHOUT_WITH.match(folded[run[-1].end:cl.end]):
            cuts.append(cut)
    return cuts


_CLAUSE_PUNCTUATION = quick_compile(r"[,;:]")
# a directing verb and whom it directs right before the "và" of a cut (folded)
_DIRECTED_BEFORE_AND = quick_compile(r"(?<!\w)" + words_alternation(_DIRECTIVE_CUES["directing_verbs"])
                                     + r"(?:\s*,\s*" + words_alternation(_DIRECTIVE_CUES["directing_verbs"]) + r")*\s+"
                                     + words_alternation(_DIRECTIVE_CUES["directed_objects"])
                                     + r"(?:\s*,\s*" + words_alternation(_DIRECTIVE_CUES["directed_objects"]) + r")*\s*$")
# a place of the work right before the "và" of a cut ("trên địa bàn phường Cửa Lò và"), and a place named
# bare after it ("các phường: Vinh Hưng"), not its People's Committee (folded)
_PLACE_BEFORE_AND = quick_compile(r"(?<!\w)(?:trên địa bàn|tại|ở)\s+(?:các\s+)?(?:xã|phường|đặc khu|thị trấn)(?:\s*:)?\s+[^,;.:()]{1,40}$")
_PLACE_UNIT_NAMED = quick_compile(r"(?:các\s+)?(?:xã|phường|đặc khu|thị trấn)(?!\w)")
# "của" and a few words right before the "và" of a cut: an owner, coordinated with the body after it
_OWNER_BEFORE_AND = quick_compile(r"(?<!\w)của(?:\s*,?\s+[^\W\d_]+){1,6}\s*$")
# "do" and a short name right before the comma of a cut: the agent of a passive ("văn bản do HĐND,
# UBND tỉnh ban hành"), coordinated with the body after it (folded)
_AGENT_BEFORE = quick_compile(r"(?<!\w)do\s+(?:hđnd|ubnd|ủy ban nhân dân|hội đồng nhân dân|thường trực hđnd)(?:\s+(?:tỉnh|thành phố|xã|phường))?\s*$")
# words between a body and a comma that make an action of their own ("bảo đảm trực cấp cứu 24/24 giờ")
_WORDS_OF_AN_ACTION = 5


def _in_support_phrase(folded: str, start: int, cut: int) -> bool:
    """A cut right inside "phối hợp với A và B …" (no comma since the support cue)."""
    sup = None
    for sup in _SUPPORT_CUE.finditer(folded, max(start, cut - 80), cut):
        pass
    return sup is not None and not _CLAUSE_PUNCTUATION.search(folded[sup.end():cut])


def _sentence_of_its_time(text: str, seg) -> str:
    """The words of ``text`` from the start of the sentence holding the segment's first time up to that time ("" when
    the segment has none): "Phía Quảng Tây … sẽ gửi danh sách …" before "trước ngày 30/9/2026"."""
    dl = next((d for c in seg.clauses for d in c.deadlines if d.text), None)
    at = text.find(dl.text, seg.start, seg.end) if dl is not None else -1
    if at < 0:
        return ""
    return text[max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0):at]


def _strip_prefix(s: str) -> str:
    prev = None
    s = s.strip()
    while prev != s:
        prev = s
        s = _PREFIX_RE.sub("", s, count=1).strip()
    return s


def _several(bodies: list) -> bool:
    """Two bodies or more, a group counting as those it lists ("Kính gửi: UBND các xã: A, B, C")."""
    return sum(len(a.members) or 1 for a in bodies) >= 2


def _generic_directive(text: str) -> bool:
    """'đề nghị huyện, xã quan tâm …', 'UBND huyện chủ động rà soát …': a directive whose
    addressee is named only generically; it goes to the addressee of the context."""
    return bool(_generic_units(text))


# what a body will do itself, said in the future ("Sở Y tế sẽ tổ chức kiểm tra …", "Ban dự kiến tổ chức
# nghiệm thu …"; folded): the issuer's own plan when the body is the issuer
_OWN_PLAN = quick_compile(r"^(?:[-–+•]\s*)?(?P<who>[^;:()]{2,90}?)\s+(?:sẽ|dự kiến|sẽ tiếp tục)\s+(?!được\b|là\b|có\b)\S")
# … or named by its head alone ("Chi cục sẽ …", "Sở sẽ …", "Ban dự kiến …")
# … or the issuing committee, by its level alone, going on with its own work ("UBND xã tiếp tục báo cáo … trước ngày 20 hằng
# tháng" closing a commune's report) (folded, the committee written short)
_COMMITTEE_GOES_ON = quick_compile(r"^(?:[-–+•]\s*)?(?P<who>ubnd\s+(?:xã|phường|tỉnh|thành phố))\s+tiếp tục\s+\S")
# a people's committee named in full (folded), written as its short form for comparing names
_COMMITTEE_WORDS = quick_compile(r"(?:ủy|uỷ) ban nhân dân")
_BARE_ISSUER = quick_compile(r"(?:chi cục|cục|sở|ban|văn phòng|thanh tra|trung tâm|phòng|ubnd tỉnh|ủy ban nhân dân tỉnh|đoàn kiểm tra|chúng tôi)")
# "Riêng xã Nam Đàn …", "Riêng tại phường X, …": one unit of the bodies the sentence's scope names
_ONLY_THE_UNIT = quick_compile(r"^\s*[Rr]iêng\s+(?:(?:đối với|tại|ở)\s+)?(?:UBND\s+|Ủy ban nhân dân\s+)?"
                               r"(?P<unit>(?:xã|phường|thị trấn|huyện|đặc khu)\s+[A-ZĐÀ-Ỹ][^\s,;:.]*(?:\s+[A-ZĐÀ-Ỹ][^\s,;:.]*){0,3})")


def _generic_units(text: str) -> list:
    f = fold(_strip_prefix(text))
    for m in _GENERIC_SUBJECT.finditer(f):
        rest = f[m.end():m.end() + _REACH]
        if _SUBJECT_VERB_RE.match(rest) and not _NOT_SUBJECT_AFTER.match(rest) \
                and not rest.startswith("phấn đấu"):
            return [u for u in (m.group("unit"), m.group("unit2")) if u]
    return []


# a clause asking only that the task be done by a time: "yêu cầu hoàn thành trước 17 giờ ngày 15/7/2026",
# "đề nghị khẩn trương hoàn thành trước ngày …" (folded)
_FINISH_IT_BY = quick_compile(r"\s*(?:yêu cầu|đề nghị)\s+(?:(?:khẩn trương|sớm|dứt điểm)\s+)?(?:hoàn thành|thực hiện xong|xong)"
                              r"\s+(?:trước|chậm nhất|trong|ngay)(?!\w)")


def _request_to_the_addressee(text: str) -> bool:
    """"Đề nghị Quý Sở hướng dẫn …", "Vì vậy, đề nghị địa phương căn cứ …", "đề nghị nghiên cứu
    thực hiện …": a sentence asking the addressee, named by a common noun (``addressee_nouns``,
    a word in lower case after it) or not named at all (a verb right after the cue)."""
    return bool(_TO_THE_ADDRESSEE.search(text.strip()))


def _is_imperative(text: str) -> bool:
    f = fold(_strip_prefix(text))
    if not _IMPERATIVE_RE.match(f) and (cond := _CONDITION_OPENING.match(f) or _CONDITION_THEN_MUST.match(f)) is not None:
        # "a) Khi nhận được tin báo …, phải xác minh, xử lý trong vòng 24 giờ …" under a body's heading: what the
        # body must do when it happens
        f = _MUST.sub("", f[cond.end():], count=1)
    return bool(_IMPERATIVE_RE.match(f)) and not _IN_PURSUANCE.match(f)


# white space after a cue, up to the body it names (folded)
_SPACES = quick_compile(r"\s*")
# the two subjects before named back as "both" opening a clause ("…; cả hai gửi Tổ Thư ký trước …") (folded)
_BOTH_OF_THEM = quick_compile(r"[\s,;]*(?:và\s+)?(?:cả hai|cả 02|cả 2|hai|02)(?:\s+(?:đơn vị|cơ quan|hợp tác xã|doanh nghiệp|bên))?"
                              r"(?:\s+(?:trên|nêu trên))?\s+(?!đơn vị|cơ quan|hợp tác xã|doanh nghiệp|bên)[a-zđà-ỹ]")
# an aim of the issuer's own level or of the issuer named, opening a sentence ("Năm 2026, xã phấn đấu …", "UBND xã Đồng
# Đăng phấn đấu hoàn thành …") (folded)
_OWN_AIM = quick_compile(r"\s*(?:[^,;:.]{0,40},\s*)?(?:(?:toàn\s+)?(?:xã|phường|tỉnh|huyện|thành phố|đặc khu)"
                         r"|(?:ubnd|ủy ban nhân dân)\s+[^,;:.]{1,40}?)\s+phấn đấu(?!\w)")
# a purpose opening an introduction, with the issuer's own time, before the issuer's request ("Để kịp tổng hợp, trình UBND
# tỉnh trước ngày 24/6/2026, Sở Tài chính đề nghị:") (folded)
_ISSUERS_PURPOSE_FIRST = quick_compile(r"\s*(?:\d{1,2}\.\s*)?để\s+(?:kịp\s+(?:thời\s+)?)?[^:;.]{2,120}?(?P<time>\s(?:trước|chậm nhất)\s+(?:ngày\s+)?"
                                       r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)\s*,(?=\s[^,:;.]{2,80}\s(?:đề nghị|yêu cầu)\s*:?\s*$)")
# … a longer condition, up to the comma before "phải" ("Khi nhận được tin báo qua … hoặc đường dây nóng của Công an
# tỉnh, phải xác minh …") (folded)
_CONDITION_THEN_MUST = quick_compile(r"\s*" + _alt(_DIRECTIVE_CUES["condition_openings"]) + r"\s+[^;:]{1,200}?,\s*(?=(?:thì\s+)?(?:phải|cần)\s)")
# "phải" before a duty's verb (folded)
_MUST = quick_compile(r"^(?:thì\s+)?(?:phải|cần)\s+")


@dataclass
class _Seg:
    start: int
    end: int
    clauses: list
    leads: Optional[list] = None        # leads of its first explicit clause
    has_deadline: bool = False
    imperative: bool = False

    def add(self, cl: Clause) -> None:
        self.end = cl.end
        self.clauses.append(cl)
        if self.leads is None and cl.explicit:
            self.leads = cl.leads
        self.has_deadline = self.has_deadline or bool(cl.deadlines)
        self.imperative = self.imperative or cl.imperative


# "Giao UBND các huyện: A, B thực hiện, …": who carries out the order before it
_GIVEN_TO_CARRY_OUT = quick_compile(r"\s*giao\s+[^.;]{3,200}?\s(?:tổ chức\s+|triển khai\s+)?thực hiện(?!\w)")
# a later step of a task, with nothing of its own but its recipient and time: "trình UBND tỉnh trước
# ngày …", "báo cáo kết quả về Sở X trước …"
_STEP_ONLY = quick_compile(r"\s*(?:và\s+|đồng thời\s+)?(?:trình|báo cáo|gửi|nộp"
                          # … or the next stage of the work: "…: giai đoạn 1 … trước 31/12/2026; giai đoạn 2 (11 cơ sở
                          # còn lại) trong Quý II/2027"
                          r"|(?:giai đoạn|đợt|bước)\s+(?:\d{1,2}|[ivx]{1,4}|hai|ba|tiếp theo|còn lại)(?!\w)"
                          # … or where the second time holds: "…; hoàn thành tại các phường chậm nhất ngày 31/7, tại
                          # các xã trước ngày 30/11" (the same work in other places)
                          r"|(?P<place>(?:riêng\s+)?(?:tại|ở|đối với|trên địa bàn)\s+(?:các\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?"
                          r"(?=\s+(?:trước|chậm nhất|hoàn thành|trong)(?!\w))))(?!\w)")
_IN_BRACKETS = quick_compile(r"\([^()]*\)")


# a body's own verb of directing others, right before the bodies it directs
_DIRECTING_BEFORE = quick_compile(r"(?<!\w)(?:chỉ đạo|đôn đốc|hướng dẫn|yêu cầu)\s*$")


def _directed_list_before(folded: str, ms: list, k: int, start: int) -> bool:
    """Mention ``k`` is a later member of a list that a verb of directing opens ("chỉ đạo Bệnh viện
    A, Trung tâm Y tế B chủ động …"): an object, as the first member is."""
    j = k
    while j > 0 and ms[j - 1].start >= start and _COORDINATED.fullmatch(folded[ms[j - 1].end:ms[j].start]):
        j -= 1
    return j < k and _DIRECTING_BEFORE.search(folded, max(start, ms[j].start - 20), ms[j].start) is not None


def _lead_keys(leads: list) -> set:
    """Leads compared by name and members ("UBND các xã, phường" and, after it, "UBND các xã: A, B"
    are two subjects)."""
    return {(a.name, tuple(getattr(m, "name", m) for m in a.members)) for a in leads}


def segment(clauses: list[Clause]) -> list[_Seg]:
    """Group clauses into tasks.  Each segment keeps what the next clause is compared with
    (its leads, whether it has a deadline), so a paragraph of many clauses is read once."""
    segs: list[_Seg] = []
    cur: Optional[_Seg] = None
    for cl in clauses:
        if cl.both and cl.deadlines and cur is not None and cur.leads is not None and not cur.has_deadline and segs \
                and segs[-1].leads is not None and not segs[-1].has_deadline and _lead_keys(segs[-1].leads) != _lead_keys(cur.leads):
            segs[-1].add(cl)            # "HTX A khắc phục …; HTX B bổ sung …; cả hai gửi Tổ Thư ký trước …": the time of both
            cur.add(cl)                 # subjects' tasks, the first's running on to it
            continue
        if cur is not None:
            new = False
            if cl.explicit and cl.by_cue and cur.leads is None and not cur.has_deadline and cl.leads \
                    and all(_hamlet_head(a) for a in cl.leads):
                cur.add(cl)             # "Thống kê tổng đàn chó …; yêu cầu trưởng thôn, tổ trưởng tổ dân phố lập sổ …": the
                continue                # same body's work, through its hamlets' heads
            if cl.explicit and cur.leads is not None and \
                    (_lead_keys(cl.leads) != _lead_keys(cur.leads) or cur.has_deadline):
                new = True
            elif cl.deadlines and cur.has_deadline:
                new = True
            elif cl.explicit and cur.leads is None and (cur.has_deadline or cur.imperative):
                new = True              # "Chủ động bố trí lực lượng …. Công an tỉnh chỉ đạo …": two tasks
            elif cl.issuer_own or (cur.clauses and cur.clauses[0].issuer_own and cl.explicit):
                new = True              # "Văn phòng UBND tỉnh theo dõi, đôn đốc. UBND tỉnh tổng hợp, báo cáo …":
                                        # the issuer's own sentence stands apart
            elif cl.to_addressee and cur.leads is not None and not cur.has_deadline and cl.deadlines \
                    and cl.finish_only:
                pass                    # "Sở X: thẩm định hồ sơ … (thời hạn 31/5/2026); yêu cầu hoàn thành trước
                                        # ngày 15/7/2026": the new time of the task just named, for its body
            elif cl.asks and not cl.explicit and cur.clauses[-1].by_issuer:
                new = True              # "Sở X (the issuer) tổ chức Hội nghị …; đề nghị các cơ sở đăng ký … trước ngày …":
                                        # the issuer's own act, then its request to the addressees
            elif cl.asks_other is not None and cl.deadlines and cur.leads is not None:
                new = True              # "Đề nghị Sở Công Thương hỗ trợ …; đề nghị UBND tỉnh bổ sung kinh phí … trước ngày
                                        # 15/01/2027" in a commune's report: another's time, not the first body's
            elif cl.to_addressee and cur.leads is not None:
                new = True              # "Bộ X dự thảo Thông tư …. Đề nghị quý cơ quan có ý kiến …": the
                                        # request is the addressee's task, not the issuer's
            if not new:
                cur.add(cl)
                continue
            segs.append(cur)
        cur = _Seg(cl.start, cl.end, [])
        cur.add(cl)
    if cur:
        segs.append(cur)
    return segs


# "Đối với huyện Đồng Văn:", "Giao xã Lũng Cú:": a local unit named without "UBND" in a heading
_UNIT_HEADING = quick_compile(r"^(?i:" + words_alternation(_DIRECTIVE_CUES["heading_cues"]) + r")\s+"
                              r"(?P<unit>(?i:huyện|thị xã|thành phố|xã|phường|thị trấn))\s+(?=[A-ZĐÀ-Ỹ])")
_CAPITALISED = quick_compile(r"[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ0-9][^\W_]*){0,3}")


# a heading naming a group, then its members after a colon ("Các doanh nghiệp viễn thông: …") (folded)
_GROUP_THEN_LIST = quick_compile(r"\s*các\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,4}\s*:\s*")
# a group of local units ("Các xã", "UBND các xã, phường") and the names listed after its description's
# colon, capitalised names apart by commas or "và" ("…: Bắc Sơn, Hữu Liên, Mẫu Sơn:")
_LOCAL_GROUP = quick_compile(r"(?:ubnd\s+|ủy ban nhân dân\s+)?các\s+(?:xã|phường|xã, phường|phường, xã|xã, phường, đặc khu|địa phương)(?:\s|$)")
# … or its communes in a bracket after it ("4. Các địa phương vùng hạn (các xã: Mai Sơn, Yên Châu)")
_PLACES_IN_BRACKET = quick_compile(r"\(\s*(?i:các\s+(?:xã|phường|xã, phường))\s*:\s*(?P<list>[A-ZĐÀ-Ỹ][^()]{1,200}?)\s*\)")
_PLACES_LISTED = quick_compile(r":\s*(?P<list>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*)*(?:\s*(?:,|và)\s*[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*)*)+)\s*[:.]?\s*$")
# a heading ending on a committee named by its level alone ("1. Đề nghị UBND xã:") (folded)
_BARE_UNIT_HEADING = quick_compile(r"(?<!\w)(?:ubnd|ủy ban nhân dân)\s+(?P<unit>xã|phường|huyện|tỉnh)\s*:?\s*$")


def _bare_unit_of_heading(folded: str, ctx) -> list:
    """The committee a heading names by its level alone ("1. Đề nghị UBND xã:", "2.1. UBND xã:"): the
    unit the notice is about (its title, or the commune whose council or Party committee issued it)."""
    m = _BARE_UNIT_HEADING.search(folded)
    return [ctx.units[m.group("unit")]] if m is not None and m.group("unit") in ctx.units else []


def _unit_of_heading(title: str) -> list:
    """The unit a heading addresses by its place's name alone ("1. Đối với huyện Đồng Văn:"):
    its People's Committee, when no body of the directory is named."""
    m = _UNIT_HEADING.match(title.strip())
    name = _CAPITALISED.match(title.strip(), m.end()) if m else None
    if name is None:
        return []
    return [Agency(name=f"UBND {m.group('unit').lower()} {name.group(0)}", code="", kind=EXTERNAL)]


# "UBND", "HĐND", a Party committee right before a name: the body itself, no object
_COUNCIL_OR_COMMITTEE_BEFORE = quick_compile(r"(?:ubnd|ủy ban mttq|hđnd|đảng ủy|huyện ủy|huyện uỷ)[\s,]*$")


# a body's role in brackets right after its name: "Sở X (Cơ quan thường trực Ban Chỉ huy …)"
_ROLE_IN_BRACKETS = quick_compile(r"\s*\(\s*" + _alt(_DIRECTIVE_CUES["apposition_roles"]) + r"(?!\w)")


def _without_roles_in_brackets(mentions: list, folded: str) -> list:
    """The mentions without the role a bracket gives the body named before it (the same body)."""
    out = []
    for m in mentions:
        if out and _ROLE_IN_BRACKETS.match(folded, out[-1].end):
            opened = folded.find("(", out[-1].end)
            closed = folded.find(")", opened)
            if m.start <= opened + 3 or closed < 0 or m.start < closed:
                continue                # (also the board it is the role in: "Sở Nội vụ (cơ quan thường trực Hội đồng
                                        # Thi đua - Khen thưởng tỉnh):")
        out.append(m)
    return out


# a heading of a topic, then the bodies of its items: "b) Kiến nghị về X: **Bộ Y**:" (folded); the
# bodies themselves are checked against the mentions
_TOPIC_THEN_BODIES = quick_compile(r"(?P<head>[^:]{3,120}:[ \t*]*)(?P<topic>)[^:]{3,160}?[ \t*]*:[ \t*]*")


# the level a group's name may end with, outside the words read as its name ("Các sở, ban, ngành|
# Thành phố và Ủy ban nhân dân các phường, xã")
_LEVEL_AFTER_GROUP = quick_compile(r"^\s*(?:tỉnh|thành phố|huyện|thị xã|trung ương)(?!\w)")


def _the_addressee_of_that_role(a, ctx):
    """A body named by its role ("Liên danh nhà thầu") as the one addressee of the letter of that kind
    ("Kính gửi: - Liên danh Công ty A - Công ty B; …"), else ``a`` as it is."""
    role = _A_JOINT_VENTURE.fullmatch(" ".join(fold(a.name).split()))
    if role is None or a.members:
        return a                        # (not a joint venture named: "Liên danh Bạch Đằng - Đức Minh")
    same = [x for x in ctx.addressees if fold(x.name).startswith("liên danh") and fold(x.name) != fold(a.name)]
    return same[0] if len(same) == 1 else a


# an inspection's conclusion's heading of recommendations to a body ("1. Kiến nghị Chủ tịch UBND tỉnh", "2. Kiến nghị
# Sở X:"; not the petitions of voters, "Kiến nghị của cử tri …") (folded)
_RECOMMENDED_TO = quick_compile(r"\s*(?:\*\*)?(?:\d{1,2}[.)]\s*)?kiến nghị\s+(?!của|về|các nội dung)")
# a joint venture of contractors (folded)
_A_JOINT_VENTURE = quick_compile(r"liên danh(?:\s+(?:các\s+)?nhà thầu(?:\s+thi công)?)?")


_BRACKET_OPENS = quick_compile(r"\s*\(\s*")


_ASIDE_IN_BRACKETS = quick_compile(r"^\s*\([^()]{1,80}\)")


def _heading_addressees(title: str, mentions, ctx) -> list:
    """Addressees named by a heading: '2.1. Đối với UBND huyện Lộc Bình:', 'UBND xã X:',
    'Chỉ đạo Sở Y tế:'."""
    out = []
    ft = fold(title)
    lead_in = _HEADING_ADDRESSEE.match(ft)
    skip = lead_in.end() if lead_in else 0
    last_end = None                     # end of the last body taken: "A, B và C" are all addressees
    for m in mentions:
        if not ctx.usable(m.agency) or m.start > len(title):
            continue
        if last_end is not None and m.agency.kind == COLLECTIVE and not m.agency.members \
                and _BRACKET_OPENS.fullmatch(ft, last_end, m.start) is not None:
            continue                    # "UBND các xã: A, B, C (các xã có vụ việc …):": the bodies again, described
        gap = _LEVEL_AFTER_GROUP.sub("", ft[last_end:m.start], count=1) if last_end is not None else ""
        gap = _ASIDE_IN_BRACKETS.sub("", gap)   # "Tổ kiểm đếm số 1 (đoạn Km16+900 - Km17+550) và Tổ kiểm đếm số 2": each one's part
        coordinated = last_end is not None and _COORDINATION.fullmatch(gap) is not None
        if not coordinated and _OBJECT_BEFORE.search(ft[skip:m.start][-25:]) and \
                not _COUNCIL_OR_COMMITTEE_BEFORE.search(ft[:m.start]):
            continue
        last_end = m.end
        if m.agency not in out:
            out.append(m.agency)
    if out and last_end is not None:
        # "2. Trường Phổ thông Dân tộc nội trú tỉnh, các trường trung học phổ thông trực thuộc Sở:": a group the letter
        # addresses, listed after a body in lower case
        rest = " ".join(ft[last_end:].split()).strip(" *:.")
        out += [a for a in ctx.addressees if a.kind == COLLECTIVE and a not in out and ctx.usable(a)
                and rest in (", " + fold(a.name), "và " + fold(a.name), ", và " + fold(a.name))]
    return out


def extract(paragraphs: list[str], start: int, end: int,
            ctx: NoticeContext) -> tuple[list[S.Node], list[tuple[S.Block, Draft]]]:
    """The tasks of ``paragraphs[start:end]``: (section nodes, [(block, draft)])."""
    ex = Extractor(paragraphs[start:end], ctx)
    for b in ex.blocks:
        ctx.check()
        ex.read(b)
    ex.rows_named_by_number()
    ex.bodies_named_in_a_part()
    ex.bodies_inspected_before()
    ex.rows_given_new_limits()
    ex.undated_tasks_of_the_table_bodies()
    ex.headings_naming_the_table_above()
    ex.times_decided_for_their_body()
    ex.times_each_unit_is_given()
    ex.task_words_from_the_item_above()
    ex.limits_restated_from_the_table()
    ex.limits_taken_from_the_table()
    return ex.nodes, ex.drafts


def bodies_given_the_lead(drafts: list, ctx: NoticeContext) -> None:
    """"Các đơn vị được giao chủ trì báo cáo kết quả … trước ngày 25 hằng tháng" (in the text, in a
    table's row, in the body or its appendix): every body the notice gives a task to lead (of all
    its parts, ``drafts``), each on its own."""
    leading = None
    for d in drafts:
        if not d.lead:
            continue
        ft = fold(d.text)
        m = _GIVEN_THE_LEAD.search(ft[:160])
        # (in the text, "… tại Kế hoạch này" after the words: the whole notice's leading bodies, each its own item)
        whole = _THE_WHOLE_NOTICE.match(ft, m.end()) if m is not None else None
        m = m or _GIVEN_THE_LEAD.search(fold(d.lead_words or ""))
        if m is None:
            continue
        if not all(a.kind == COLLECTIVE and not a.members for a in d.lead) \
                and not (whole and _GIVEN_THE_LEAD.match(_LEADING_MARK.sub("", ft, count=1))):
            continue                    # (read as the bodies named before it, unless it says the whole notice's: "Các cơ
                                        # quan, đơn vị được giao chủ trì nhiệm vụ tại Kế hoạch này báo cáo …")
        if leading is None:
            leading = []
            for x in drafts:
                leading.extend(a for a in _expand_enumerations(x.lead, ctx) if a not in leading
                               and (a.kind != COLLECTIVE or a.members) and ctx.usable(a))
        if leading:
            # (with "tại Kế hoạch này" each body its own item, as a closing for bodies named before is; the group
            # alone, "Các đơn vị được giao chủ trì", one task of the notice's leading bodies)
            words = " ".join((d.text[m.start():whole.end()] if whole else m.group(0)).split())
            _give_leads(d, list(leading), words[:1].upper() + words[1:])


def bodies_named_in_the_appendix(drafts: list, appendix: list, ctx: NoticeContext, appendix_drafts: tuple = ()) -> set:
    """"Các cơ quan, đơn vị có tên tại Phụ lục kèm theo" (in the task, or as the letter's "Kính gửi"
    the task's group stands for): the bodies the appendix names, each on its own (not a row marked
    done, "Đã hoàn thành …").  Returns the ids of the drafts to drop: the copies of one such task
    the bodies named before it were given ("Các cơ quan, đơn vị có tên tại Phụ lục …" read as the
    bodies of the items above).  ``appendix_drafts``: the tasks read from the appendix, whose leads
    stand for its bodies when no row of bars names them (a table laid out in columns)."""
    dropped: set = set()
    if not appendix:
        return dropped
    letter = any(_NAMED_IN_THE_APPENDIX.search(fold(w)) for w in ctx.addressee_words.split(";")) \
        if ctx.addressee_words else False
    bodies = None
    done: dict = {}                     # (text, deadline) of a task given the appendix's bodies -> its draft
    for d in drafts:
        m = _NAMED_IN_THE_APPENDIX.search(fold(d.text))
        subject = m is not None and _GROUP_SUBJECT.fullmatch(fold(d.text)[:m.start()]) is not None
        if m is not None and not subject and m.group(0).startswith("được giao"):
            m = None                    # ("Các sở, UBND các xã căn cứ nhiệm vụ được giao tại Phụ lục …": the group as
                                        # written; only "Các cơ quan được giao … tại Phụ lục" names the appendix's)
        if not d.lead and not subject:
            continue                    # (a group the text could not resolve: "Các cơ quan, đơn vị được giao quản lý
                                        # cơ sở nhà, đất tại Phụ lục thực hiện …" before the appendix)
        if not subject and not all(a.kind == COLLECTIVE and not a.members for a in d.lead):
            continue
        if m is None and not (letter and all(body_grammar().refers_to_addressees(a.name) for a in d.lead)):
            continue
        key = (d.text, d.deadline.date if d.deadline is not None else None)
        if subject and key in done:
            dropped.add(id(d))          # (another copy of the same task)
            continue
        if bodies is None:
            bodies = []
            row_done = None             # the cells of the last numbered row marked done
            for p in appendix:
                if not is_table_row(p):
                    continue
                cells = table_cells(p)
                if table_columns([c.strip() for c in cells]) is not None:
                    continue            # (the header: "| STT | Dự án | Chủ đầu tư | … |")
                if _DONE_ROW.search(fold(p)):
                    row_done = cells if cells and cells[0].strip() else row_done
                    continue            # (a row's cell naming a body and nothing else: "| 1 | Sở Xây dựng | 03 | |")
                if row_done is not None and cells and not cells[0].strip() and not cells[min(2, len(cells) - 1)].strip():
                    cells = row_done    # "| | | | … | Hoàn thành đường nội bộ … | Tháng 11/2026 |" under a row done:
                                        # the same body's next work, still to do
                row_done = None
                for cell in cells:
                    found = [x.agency for x in _bodies_of_a_cell(cell.strip(), ctx)]
                    if not found and _UNIT_KIND_FIRST.match(fold(cell.strip())) and cell.strip()[:1].isupper():
                        unit = _committee_named(cell.strip(), ctx)      # "| Xã Gia Viễn |": its committee
                        found = [unit] if unit is not None else []
                    for a in _expand_enumerations(found, ctx):     # ("| UBND các xã: Tân Tiến, Kháng Chiến |": each)
                        if ctx.usable(a) and a.kind != COLLECTIVE and not ctx.is_issuer(a) and a not in bodies:
                            bodies.append(a)
            if not bodies:
                bodies = _unique([a for x in appendix_drafts for a in _expand_enumerations(x.lead, ctx)
                                  if ctx.usable(a) and a.kind != COLLECTIVE and not ctx.is_issuer(a)], ctx)
        if bodies:
            _give_leads(d, list(bodies), d.text[m.start():m.end()] if m else ctx.addressee_words)
            done[key] = d
            if m is not None and (d.deadline is None or d.deadline.date is None) \
                    and _rows_timed_by_the_appendix(d, bodies, appendix_drafts, ctx):
                dropped.add(id(d))
    return dropped


def _unit_words(a: Agency) -> Optional[str]:
    """A commune's or a ward's words as a row writes them, folded: "xã gia viễn" for "UBND xã Gia Viễn"; None for
    any other body."""
    m = _COMMITTEE_OF_A_UNIT.match(fold(a.name))
    return m.group("unit") if m is not None else None


def _rows_timed_by_the_appendix(d, bodies: list, rows: tuple, ctx: NoticeContext) -> bool:
    """"UBND các xã, phường có cơ sở … tại Phụ lục … hoàn thành xử lý theo thời gian tại Phụ lục" over an
    appendix whose rows give each commune its time and no task's words ("| 1 | Xã Tràng Định | 6 | 2 | … |
    30/9/2026 |"): each such row is the sentence's task for its body by its time; whether every body got one
    (the sentence then no task of its own)."""
    own = _THE_APPENDIX_TIMES.search(fold(d.text))
    if own is None:
        return False
    words = d.text[:own.end()].rstrip(" ;,")
    timed: set = set()
    for r in rows:
        if r.lead or r.deadline is None or r.deadline.date is None:
            continue
        row = fold(r.text)
        named = [a for a in bodies if (unit := _unit_words(a)) is not None and unit in row] \
            or [x.agency for x in ctx.mentions(r.text) if x.agency in bodies]
        if len(named) == 1 and not _WORDS_OF_A_TASK.search(_without_names(fold(_BRACKET_NOTE.sub("", r.text)), named)):
            # (the row's figures and, in brackets, its notes: "6; 2: Xã Tràng Định (Chuyển đổi công năng 4, …)")
            r.lead, r.explicit_lead = [named[0]], True
            r.needs_review = [w for w in r.needs_review if w != M.NO_LEAD]
            r.text = f"{words} — {r.text}"
            timed.add(named[0].name)
    return bool(timed) and timed >= {a.name for a in bodies if a.kind != COLLECTIVE}


def _bodies_of_a_cell(cell: str, ctx: NoticeContext) -> list:
    """The mentions of a table cell that names a body and nothing else, or bodies and nothing else ("| Sở Nông
    nghiệp và Môi trường, UBND xã Đồng Đăng |"); [] for any other cell."""
    found = ctx.mentions(cell) if cell else []
    if not found or found[0].start != 0 or found[-1].end != len(cell) \
            or any(not _BODIES_JOINED.fullmatch(cell[x.end:y.start]) for x, y in zip(found, found[1:])):
        return []
    return found


# the appendix's own times for its rows: "theo thời gian tại Phụ lục", "trong thời hạn nêu tại Phụ lục" (folded)
_THE_APPENDIX_TIMES = quick_compile(r"(?<!\w)(?:theo|trong)\s+(?:đúng\s+)?(?:thời hạn|tiến độ|thời gian)(?:\s+[^\s,.;:]+){0,2}?"
                                    r"\s+(?:tại|nêu tại|ghi tại|trong)\s+phụ lục(?:\s+(?:số\s+)?[\divx]{1,3}(?!\w))?(?:\s+kèm theo)?")
# "có tên tại Phụ lục", "có dự án tại Phụ lục", "nêu tại Phụ lục kèm theo", "được giao quản lý cơ sở nhà, đất tại Phụ lục" (folded)
_NAMED_IN_THE_APPENDIX = quick_compile(r"(?<!\w)(?:có tên|nêu|liệt kê|(?:được giao|có)(?:\s*,?\s+[^\s.;,:()]+){0,8}?)\s+(?:tại|ở|trong)\s+phụ lục")
# the group words a task opens with before "có tên tại Phụ lục": "Các cơ quan, đơn vị " (folded)
# (… or the institutions the appendix lists: "Các trường có tên tại Phụ lục …")
_GROUP_SUBJECT = quick_compile(r"\s*(?:thủ trưởng\s+|hiệu trưởng\s+|giám đốc\s+)?các\s+(?:cơ quan|đơn vị|sở|địa phương|bộ|ngành|chủ đầu tư|trường|trường học"
                               r"|bệnh viện|trung tâm|doanh nghiệp|hợp tác xã)(?:\s*,\s*(?:cơ quan|đơn vị|địa phương|ngành|ban))*\s*")
# reports sent to the issuing committee named by its level ("… về UBND phường (qua Phòng …)") (folded)
_TO_THE_COMMITTEE = quick_compile(r"(?:về|gửi)\s+(?:ubnd|ủy ban nhân dân)\s+(?P<level>tỉnh|xã|phường|thành phố)\s*(?:\(|,|$)")
# the issuer named by its head alone after "để" ("để Sở tổng hợp", "để Bộ tổng hợp") (folded)
_BARE_ISSUER_HEAD = quick_compile(r"(?P<head>sở|bộ|ban|cục|chi cục)\s+(?=[a-zđà-ỹ])(?!(?:ngành|ban)\b)")
# "… sẽ kiểm tra", "… dự kiến tổ chức" right after the body (folded), and an order anywhere (folded)
_WILL_DO = quick_compile(r"\s+(?:sẽ|dự kiến)\s")
_ORDER_GIVEN = quick_compile(r"(?<!\w)(?:giao|yêu cầu|đề nghị|chỉ đạo)(?!\w)")
# every commune or ward as one addressee ("UBND các xã, phường"), and one commune or ward (folded)
_ALL_COMMUNES = quick_compile(r"(?:ubnd|ủy ban nhân dân)\s+các\s+(?:xã|phường)(?:\s*,\s*(?:xã|phường|đặc khu|thị trấn))*\s*$")
_A_COMMUNE = quick_compile(r"(?:ubnd|ủy ban nhân dân)\s+(?:xã|phường|đặc khu)\s+\S")
# between the bodies of one cell: "Sở A, UBND xã B", "Sở A và Sở B"
_BODIES_JOINED = quick_compile(r"\s*(?:,|;|và)\s*")
# a row of the appendix marked done
_DONE_ROW = quick_compile(r"(?<!\w)đã (?:hoàn thành|xử lý xong|thực hiện xong)(?!\w)")


# the patterns of class Extractor, compiled once at import
_ONLY_TITLE = quick_compile(r"\s*(?:" + _TITLE_WORDS + r"\s+)?")
# … or a topic label, then the title ("Về quản lý: Chủ tịch ", folded)
_TOPIC_THEN_TITLE = quick_compile(r"\s*về\s[^:;.]{1,80}:\s*(?:" + _TITLE_WORDS + r"\s+)?")
# … or a member named, then the title that names the body ("Đồng chí Lâm Quốc Toàn, Giám đốc ", folded)
# (or its owner: "Bà Đặng Thị Thu Hiền, chủ Hộ kinh doanh Nhà hàng Hương Sen có trách nhiệm:")
_MEMBER_THEN_TITLE = quick_compile(r"\s*(?:đồng chí|đ/c|ông|bà)\s+[^\W\d_]+(?:\s+[^\W\d_]+){1,4}\s*,\s*(?:" + _TITLE_WORDS + r"|chủ)\s+")
_FOR_OR_ABOUT_OPENING = quick_compile(r"^\s*(?:đối với|về)\b")
# "… như sau", "… các nội dung": the list follows
_LIST_INTRO_END = quick_compile(r"(?:như sau|sau đây|các nội dung|những nội dung|nhiệm vụ sau)\s*$")
# "Sở X trình …": a presenter within the first five words (an agenda item)
_PRESENTER_FIRST = quick_compile(r"^\S+(?:\s+\S+){0,4}\s+trình\s")
_AND_PREFIX = quick_compile(r"^(?:và|đồng thời)\s+")


# "… theo hướng dẫn của Ban X": the body whose words are followed
_OWNER_BEFORE = quick_compile(r"(?<!\w)của\s+$")
# a body's name inside the name of a works: "Đối với Dự án Trụ sở Trung tâm Phục vụ hành chính công tỉnh
# (…), lập hồ sơ quyết toán …" (the works, not the body, is the topic; not "dự án do UBND xã A làm
# chủ đầu tư") (folded)
_IN_A_WORKS_NAME = quick_compile(r"(?<!\w)(?:dự án|công trình|gói thầu|hạng mục)(?:\s+(?!do\s|của\s|cho\s)[^\W\d_]+){0,6}\s+$")


# in a lead field line, the word that closes the leads ("Sở A chủ trì; Sở B phối hợp") and the one
# that opens the co-operating bodies ("…; phối hợp: Sở B", "Sở A (chủ trì), Sở B (phối hợp)")
_LEADS_CLOSE = quick_compile(r"(?<!\w)chủ trì(?!\w)")
_CO_OPERATION = quick_compile(r"(?<!\w)phối hợp(?!\w)")


def _leads_and_co_operators(listed: list, folded: str) -> tuple:
    """The bodies of a lead field line split into (leads, co-operating bodies): "Cơ quan thực
    hiện: Sở A chủ trì; Sở B, UBND các xã phối hợp." — those named after the leads' "chủ trì"
    (or, without it, after "phối hợp") co-operate, when the line names co-operation at all."""
    if not listed:
        return listed, []
    first_end = listed[0].end
    coop = _CO_OPERATION.search(folded, first_end)
    if coop is None:
        return listed, []
    close = _LEADS_CLOSE.search(folded, first_end, coop.start())
    split = close.end() if close else coop.start()
    return [x for x in listed if x.start < split], [x for x in listed if x.start >= split]


# a work programme's time heading: "Tháng 3:", "Quý III:", "Tháng 10/2026: Kế hoạch …"
_TIME_LABEL = quick_compile(r"^\s*(?P<label>(?:[Tt]háng\s+\d{1,2}|[Qq]uý\s+(?:[IV]{1,3}|\d))(?:\s*(?:/|năm)\s*(?:19|20)\d\d)?)"
                            r"\s*:")


# … and a heading that is only a time ("A. THÁNG 4 NĂM 2026", "II. QUÝ III/2026"; folded)
_TIME_HEADING = quick_compile(r"^\s*(?:\*\*)?(?P<label>(?:tháng\s+\d{1,2}|quý\s+(?:[ivx]{1,3}|\d))\s*(?:/|năm)\s*(?:19|20)\d\d)"
                              r"\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*$")


# a web page's stamp: "Cập nhật lúc 16:45, …", "Ngày đăng: 28/07/2026"
# (a date or an hour after it, or its colon: not a count, "- Cập nhật 142 vị trí nguy cơ … vào cơ sở dữ liệu")
_PAGE_STAMP = quick_compile(r"\s*" + words_alternation(_DIRECTIVE_CUES["page_stamps"])
                            + r"\s*(?::\s*\d|\d{1,2}\s*[/:h.\-]\s*\d)")


# an event a period is counted from, before it in the clause: "Sau khi nhận đủ hồ sơ hợp lệ, …"
# (not the document's own signing: "sau khi ký …" is its date)
_AFTER_AN_EVENT = quick_compile(r"(?<!\w)sau khi\s+(?!(?:ký|ban hành)(?!\w))(?:nhận|có|được|hoàn thành|thẩm định|tiếp nhận)")


# a dated instance alone, before the subject of its sentence: "Định kỳ 6 tháng (trước ngày 15/6)"
_INSTANCE_ONLY = quick_compile(r"\s*(?:[-–+]\s*)?(?:\d{1,2}[.)]\s*)?(?:định kỳ\s+)?(?:\d{1,2}\s+|sáu\s+)?(?:hằng\s+|hàng\s+)?"
                            r"(?:tháng|năm|quý|tuần|kỳ|đợt)(?:\s+[^\s(),;]{1,6})?\s*\([^()]{4,40}\)\s*[,;]?\s*(?:và)?\s*")


# "… đúng thời hạn gia hạn", "… bảo đảm thời hạn điều chỉnh": held to the time limit a change set just before
_KEEPS_CHANGED_LIMIT = quick_compile(r"(?<!\w)thời\s+(?:hạn|gian)\s+(?:đã\s+|được\s+)?(?:gia hạn|điều chỉnh|mới)(?!\w)")
# an order in a sentence (not a bare grant: "Đồng ý gia hạn đối với xã A đến ngày 30/6/2026.")
_ORDER_CUE_IN = quick_compile(r"(?<!\w)(?:giao|yêu cầu|đề nghị|chỉ đạo)(?!\w)")
# a time limit given by the one before it: "… báo cáo kết quả trong cùng thời hạn nêu trên"
_SAME_LIMIT = quick_compile(r"(?<!\w)(?:trong\s+)?(?:cùng\s+thời\s+(?:hạn|gian)|thời\s+hạn\s+như\s+trên)(?:\s+(?:nêu|nói)\s+trên|\s+trên)?(?!\w)")


# a time limit moved at a body's request: "Đồng ý lùi thời hạn trình Đề án … đến tháng 12 năm 2013 như
# đề nghị của Bộ Nội vụ"
_POSTPONED = quick_compile(r"(?<!\w)(?:đồng ý|cho phép|chấp thuận)\s+(?:cho\s+)?(?:lùi|gia hạn|kéo dài)\s+thời\s+(?:hạn|gian)"
                           r"[^.;]{0,300}?\s(?:đến|sang|tới)\s+(?P<when>(?:hết\s+)?(?:ngày\s+\d{1,2}(?:/|\s+tháng\s+)\d{1,2}"
                           r"(?:/|\s+năm\s+)\d{4}|tháng\s+\d{1,2}(?:/|\s+năm\s+)\d{4}|quý\s+[ivx]{1,3}(?:/|\s+năm\s+)\d{4}"
                           r"|năm\s+\d{4}))(?P<rest>[^.;]{0,120}?)(?:đề nghị|kiến nghị|tờ trình|văn bản)\s+của\s+")


def _may_postpone(folded: str) -> bool:
    """A quick look before the slower pattern: a word that moves a time limit is there."""
    return "lùi" in folded or "gia hạn" in folded or "kéo dài" in folded


def _postponed(text: str, seg, mentions, ctx) -> Optional[tuple]:
    """(the asking body, its new time limit) of a time limit moved at its request; None otherwise."""
    folded = fold(text)
    if not _may_postpone(folded):
        return None
    m = _POSTPONED.search(folded, seg.start, seg.end)
    if m is None:
        return None
    after = [x for x in _within(mentions, m.end(), seg.end) if ctx.usable(x.agency)]
    if not after or after[0].start - m.end() > 3:
        return None
    when = text[m.start("when"):m.end("when")]
    dl = _time_cell_deadline(re.sub(r"(?i)^hết\s+", "", when), ctx)
    if dl is None:
        return None
    return after[0].agency, replace(dl, text=when, start=m.start("when"), end=m.end("when"))


# a sentence citing items by their labels: "Các cơ quan nêu tại các điểm a, b và c khoản 2 trên đây"
# (not what else stands between: "… báo cáo Chủ tịch UBND phường ngay sau khi hết thời hạn nêu tại mục 1, mục 2", the items' times)
_ITEMS_CITED = quick_compile(r"(?<!\w)(?:các\s+)?(?:cơ quan|bộ|đơn vị|sở|ngành|địa phương|xã|phường|đặc khu|trường|bệnh viện|trạm y tế|trung tâm|hội|khoa|phòng|bộ phận|tổ|đội|ban)"
                             r"(?:(?!thời hạn|thời gian|nội dung|kết quả)[^.;:]){0,30}?"
                             r"(?:(?:nêu|có tên|quy định|được giao(?:\s+chủ trì)?(?:\s+(?:thực hiện\s+)?(?:các\s+)?nhiệm vụ)?)\s+)?tại\s+"
                             # (… or the part's table by its name: "có tên tại Lịch tổ chức hiến máu (mục II)")
                             r"(?:[^.;:()]{1,60}?\(\s*)?(?:các\s+)?(?P<kind>điểm|mục|khoản|tiết|điều)\s+"
                             r"(?P<labels>[a-zđ0-9]{1,3}(?:\s*(?:,|và)\s*(?:(?:điểm|mục|khoản|tiết)\s+)?[a-zđ0-9]{1,3})*)(?!\w)"
                             r"(?:\s+(?:khoản|mục)\s+(?P<parent>\d{1,2}|[ivx]{1,4}))?")


# the People's Committees of every province ("UBND các tỉnh, thành phố trực thuộc Trung ương"; folded)
_ALL_PROVINCES = quick_compile(r"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+các\s+tỉnh(?!\s*:)")
# a team's schedule after its name: "… dự kiến làm việc …" (folded)
_PLANNED_AFTER = quick_compile(r"\s*(?:sẽ\s+)?dự kiến(?!\w)")
# a firm's petition, answered after its colon: "… phản ánh tuyến đường D6 bị ngập sâu …: " (folded)
_A_FIRMS_PETITION = quick_compile(r"\s*(?:có văn bản\s+)?(?:phản ánh|kiến nghị|đề nghị|đề xuất|xin)(?!\w)[^:;]{0,300}:\s*\S")
# an item telling a body to follow the others up (folded): "Văn phòng UBND tỉnh theo dõi, đôn đốc việc thực hiện …"
_FOLLOWS_UP = quick_compile(r"(?<!\w)(?:theo dõi|đôn đốc|giám sát)(?:\s*,\s*|\s+và\s+)?(?:đôn đốc|kiểm tra)?\s+(?:việc\s+)?(?:thực hiện|triển khai)")
# a role of firms written back in the plural: "các nhà đầu tư nêu trên", "các nhà thầu trên" (folded)
# a letter's addressees that are the investors of public works: "Ủy ban nhân dân các xã, phường (chủ đầu tư)",
# "Các Ban Quản lý dự án …" (folded)
_INVESTORS_ADDRESSED = quick_compile(r"\(\s*(?:các\s+)?chủ đầu tư\s*\)|(?<!\w)ban quản lý dự án|(?<!\w)ban qlda")
# … and addressees that are no investors: departments, the treasury (folded)
_OTHERS_ADDRESSED = quick_compile(r"(?<!\w)(?:sở|kho bạc|thanh tra|công an|văn phòng)(?!\w)")
_ROLE_NAMED_BACK = quick_compile(r"(?<!\w)các\s+(?:nhà đầu tư|nhà thầu|chủ đầu tư|đơn vị thi công)\s+(?:nêu trên|nói trên|trên"
                                 r"|" + _IN_THE_TABLE_ABOVE + r"|nêu tại (?:các\s+)?(?:mục|điểm|khoản)\s+[\divx])(?!\w)")
# a body's head's seat on the board that issues the notice, after a dash: " - Phó Trưởng ban thường trực ", " - Ủy viên "
# (folded)
# after a body, its head's seat on a board or the one heading it, then a colon and the duties (folded): ", ủy viên Ban
# Tổ chức: chỉ đạo …", " do đồng chí X, Phó Giám đốc Công an tỉnh làm Trưởng tiểu ban: xây dựng …"
_SEAT_OR_HEAD_THEN_COLON = quick_compile(r"^\s*(?:[,–-]\s*(?:phó\s+)?(?:trưởng ban|ủy viên|uỷ viên|thành viên)(?:\s+thường trực)?"
                                         r"(?:\s+[^:;.,()]{2,60})?|\s+do\s+[^:;.()]{3,150}?\s+làm\s+[^:;.,()]{2,60})\s*:\s*(?=[a-zđà-ỹ])")
_BOARD_ROLE_AFTER = quick_compile(r"^\s*[-–]\s*(?:phó\s+)?(?:trưởng ban|ủy viên|uỷ viên|thành viên)(?:\s+thường trực)?(?!\s+thường trực)(?=\s+[a-zđà-ỹ])")
# a group's members listed in brackets after it: "(gồm UBND các xã: Tiên Lãng, Tân Minh)" (folded)
_COMPOSED_OF = quick_compile(r"\((?:bao\s+)?gồm\s+(?P<list>[^()]{8,300})\)")
# … named back as "the members": "UBND các xã thành viên", "Các đơn vị thành viên" opening the sentence (folded)
_MEMBERS_OF_THE_GROUP = quick_compile(r"\s*(?:[-–+]\s*)?(?:\d{1,2}[.)]\s*)?(?:(?:đề nghị|yêu cầu)\s+)?(?:ubnd\s+|ủy ban nhân dân\s+)?các\s+"
                                      r"(?:đơn vị|xã|phường|xã, phường|sở|sở, ngành|cơ quan|địa phương)\s+thành viên(?!\w)")
# … reporting right after the group's words: " báo cáo tổng kết …", " gửi báo cáo …" (folded)
_THEY_REPORT_AFTER = quick_compile(r"\s+(?:gửi\s+)?báo cáo(?!\w)")
# a group opening a sentence: "5. Các ", "Đề nghị Thủ trưởng các " (folded)
_GROUP_OPENING = quick_compile(r"\s*(?:[-–+]\s*)?(?:\d{1,2}[.)]\s*)?(?:(?:đề nghị|yêu cầu)\s+)?(?:thủ trưởng\s+)?các\s+")
_WORD_CHAR = quick_compile(r"\w")
# the roles only firms hold: those of a letter to firms, named in the plural (not "các chủ đầu tư", public bodies too)
_BUILDERS = frozenset({"nhà thầu", "đơn vị thi công"})
# a group of one kind of body, with its heads' title or not: "hiệu trưởng các trường", "các bệnh viện" (folded), and
# the words naming it back right after it
# units named back by their owner ("Các đơn vị thuộc Ban nêu trên", "… thuộc Công an tỉnh nêu trên") (folded), and the
# heads of bodies of their own, no owner's units (a department, a committee, a military command) (folded)
_UNITS_OF_AN_OWNER = quick_compile(r"(?<!\w)các (?:cơ quan, )?đơn vị (?:trực )?thuộc [^,;.:()]{2,50}? nêu trên(?!\w)")
_NO_UNIT_OF_AN_OWNER = quick_compile(r"(?:sở|ubnd|ủy ban nhân dân|uỷ ban nhân dân|bộ chỉ huy)(?!\w)")
# a time column's header naming a completion or a limit ("Thời gian hoàn thành cấp phát", "Thời hạn") (folded)
_COMPLETION_HEADER = quick_compile(r"(?<!\w)(?:hoàn thành|thời hạn|hạn)(?!\w)")
# a group of communes and wards as a sentence's subject ("UBND các xã, phường nơi có …") (folded)
_COMMUNES_SUBJECT = quick_compile(r"(?:ubnd|ủy ban nhân dân)\s+các\s+(?:xã|phường)")
# a commune or a ward named by its kind in a cell ("xã Thất Khê", "phường Đông Kinh")
_A_UNIT_BY_ITS_KIND = quick_compile(r"(?<!\w)(?:[Xx]ã|[Pp]hường|[Đđ]ặc khu)[ \t]+[A-ZĐÀ-Ỹ][^\s,;.()|]*(?:[ \t]+[A-ZĐÀ-Ỹ][^\s,;.()|]*){0,3}")
# a title of a hamlet's or a block's head before its unit ("khối trưởng khối …", "trưởng thôn …") (folded)
_HAMLET_LEVEL_TITLE = quick_compile(r"(?:trưởng|khối trưởng|thôn đội trưởng|tổ trưởng|người có uy tín)\s+(?:thôn|khối|bản|xóm|tổ|khu)\s")
_PLURAL_OF_A_KIND = quick_compile(r"(?:(?:hiệu trưởng|giám đốc|thủ trưởng|trưởng)\s+)?các\s+(?P<kind>trường|bệnh viện|trung tâm|trạm y tế|hợp tác xã|chi cục"
                                  r"|tổ chức hội(?:, đoàn thể)?|đoàn thể|tổ chức chính trị - xã hội)")
# … the names a kind's bodies begin with (folded): the mass organisations' for "Các tổ chức hội, đoàn thể nêu trên"
_NAMES_OF_A_KIND = dict.fromkeys(("tổ chức hội", "đoàn thể", "tổ chức hội, đoàn thể", "tổ chức chính trị - xã hội"),
                                 tuple(p + " " for p in _DIRECTIVE_CUES["mass_organisation_names"]))
# bodies named back as a department's own ("Các phòng, đơn vị thuộc Sở nêu trên") (folded) …
_UNDER_THE_DEPARTMENT = quick_compile(r"\s(?:trực\s+)?thuộc\s+sở(?!\w)")
# … and the units that may be one: its rooms, office, inspectorate, branches, centres, boards, hospitals, schools, museums,
# libraries, theatres and troupes (folded)
_A_DEPARTMENTS_UNIT = quick_compile(r"(?:phòng|văn phòng sở|thanh tra sở|chi cục|trung tâm|ban quản lý|bệnh viện|trường|trạm|hạt"
                                    r"|đội|quỹ|vườn quốc gia|ban|bảo tàng|thư viện|nhà hát|đoàn nghệ thuật|nhà văn hóa|khu di tích"
                                    r"|viện|cảng vụ)(?:\s|$)")
_NAMED_ABOVE_RIGHT_AFTER = quick_compile(r"\s+(?:nêu trên|nói trên|trên)(?!\w)")
# firms named by their kind in the plural: "các Công ty", "các doanh nghiệp" (folded)
_THE_FIRMS = quick_compile(r"các\s+(?:công ty|doanh nghiệp|nhà thầu|đơn vị thi công)")
# firms named as a group by their kind ("Các doanh nghiệp viễn thông", "các doanh nghiệp kinh doanh kho bãi") (folded)
_FIRMS_AS_A_GROUP = quick_compile(r"các\s+doanh nghiệp(?!\s+(?:nêu|có tên|tại|trên địa bàn))")
# a business, not a public body: "Công ty …", "Tập đoàn …", "Nhà đầu tư", "Chủ đầu tư" (folded)
_A_BUSINESS = quick_compile(r"(?:công ty|tổng công ty|tập đoàn|doanh nghiệp|hợp tác xã|nhà đầu tư|nhà thầu|chủ đầu tư)(?!\w)")
# "các cơ quan, đơn vị được giao nhiệm vụ tại Thông báo này": the bodies given tasks in this notice
# "Các cơ quan, đơn vị (được giao) chủ trì các nhiệm vụ (nêu) trên …" opening a sentence (folded)
_LEADS_OF_THE_TASKS_ABOVE = quick_compile(r"\s*(?:[-–+]\s*)?(?:\d{1,2}[.)]\s*)?(?:thủ trưởng\s+)?các\s+(?:cơ quan|đơn vị)(?:\s*,\s*(?:đơn vị|địa phương))*"
                                          r"\s+(?:được giao\s+)?chủ trì\s+(?:thực hiện\s+)?(?:các\s+)?nhiệm vụ\s+(?:nêu\s+|đã nêu\s+)?(?:ở\s+)?trên(?!\w)")
# … or right after a table of tasks with their leads: "Các cơ quan, đơn vị chủ trì báo cáo kết quả … trước ngày …"
_LEADS_OF_THE_ROWS_ABOVE = quick_compile(r"\s*(?:[-–+]\s*)?(?:\d{1,2}[.)]\s*)?các\s+(?:cơ quan|đơn vị)(?:\s*,\s*(?:đơn vị|địa phương))*"
                                         r"\s+chủ trì\s+(?=(?:báo cáo|gửi)(?!\w))")
# (… or named in it: "Các sở, ngành, đơn vị nêu tại Chỉ thị này tổng hợp kết quả …")
_GIVEN_IN_THIS_NOTICE = quick_compile(r"(?<!\w)(?:cơ quan|đơn vị|sở|ngành|địa phương)[^.;:]{0,30}?(?:được giao(?:\s+nhiệm vụ|\s+chủ trì)?|nêu|có tên)"
                                      r"\s+(?:tại|trong|theo)\s+(?:thông báo|văn bản|kết luận|kế hoạch|quyết định|công văn|chỉ thị|công điện)"
                                      r"(?:\s+kết luận)?\s+này(?!\w)")


# a field line holding the task's own words ("Nội dung: …", "Sản phẩm: …")
_CONTENT_LABEL = quick_compile(r"\s*(?:[-–+]\s*)?" + words_alternation(_DIRECTIVE_CUES["content_labels"]) + r"\s*:")


# a digit, or a month or quarter written out: a field line that may hold a time limit too
_DATE_HINT = quick_compile(r"\d|(?i:tháng|quý)")


# a bracket naming the roles of a task's bodies: "(Sở Văn hóa, Thể thao và Du lịch chủ trì)", "(Sở A
# chủ trì, Sở B phối hợp)", "(Sở A, Sở B đồng chủ trì)"
_ROLE_BRACKET = quick_compile(r"\((?P<inner>[^()]{3,300}?(?<!\w)(?:(?:đồng\s+)?(?P<role>chủ trì)(?!\w)[^()]{0,300}?"
                              r"|(?P<role2>thực hiện|phụ trách)\s*))\)")


# a bracket of labelled fields: "(Cơ quan chủ trì: X; Cơ quan phối hợp: Y; Thời gian: Quý III/2026)" (folded)
_LABELLED_ROLE_BRACKET = quick_compile(r"\(\s*(?:cơ quan|đơn vị)\s+chủ trì\s*:\s*(?P<lead>[^;()]{3,200}?)\s*"
                                       r"(?:;\s*(?:cơ quan|đơn vị)\s+phối hợp\s*:\s*(?P<co>[^;()]{3,200}?)\s*)?(?:;[^()]*)?\)")


def _bracketed_roles(text: str, seg, mentions, ctx) -> Optional[tuple]:
    """(leads, co-operating bodies, the bracket's words) of the last bracket of the segment that
    names who leads it, or None."""
    folded = fold(text[seg.start:seg.end])
    labelled = list(_LABELLED_ROLE_BRACKET.finditer(folded))[-1:]      # (the last one of the segment)
    if labelled:
        labelled = labelled[0]
        # "(Cơ quan chủ trì: Ban Quản lý …; Cơ quan phối hợp: Sở X; Thời gian: Quý III/2026)": the fields by name
        leads = [x for x in _within(mentions, seg.start + labelled.start("lead"), seg.start + labelled.end("lead"))
                 if ctx.usable(x.agency)]
        co = [x for x in _within(mentions, seg.start + labelled.start("co"), seg.start + labelled.end("co"))
              if ctx.usable(x.agency)] if labelled.group("co") else []
        if leads:
            return [x.agency for x in leads], [x.agency for x in co], text[seg.start + labelled.start():seg.start + labelled.end()]
    found = None
    for m in _ROLE_BRACKET.finditer(folded):
        lo, hi = seg.start + m.start("inner"), seg.start + m.end("inner")
        listed = [x for x in _within(mentions, lo, hi) if ctx.usable(x.agency)]
        close = m.start("role") if m.group("role") else m.start("role2")
        if m.group("role2") and _BRACKET_ACTS.search(m.group("inner"), 0, m.start("role2") - m.start("inner")):
            continue                    # "(Tổng công ty X chỉ đạo Công ty Y thực hiện)": read below
        if listed and listed[0].start < seg.start + close:
            found = (m, listed)
    if found is None:
        return _bodies_in_closing_bracket(text, seg, mentions, ctx)
    m, listed = found
    full = fold(text)
    if m.group("role2"):                # "(UBND các huyện: Nam Giang, Tây Giang thực hiện)": all of them lead
        return [x.agency for x in listed], [], text[seg.start + m.start():seg.start + m.end()]
    leads, co = _leads_and_co_operators(listed, full)
    if not co:
        close = full.find("chủ trì", listed[0].end)
        leads, co = [x for x in listed if x.start < close], [x for x in listed if x.start > close]
    return [x.agency for x in leads], [x.agency for x in co], text[seg.start + m.start():seg.start + m.end()]


# a bracket closing a task: "… trong tháng 9/2026 (Sở Công Thương).", "(UBND phường X; Sở Y)"
_CLOSING_BRACKET_AT_END = quick_compile(r"\((?P<inner>[^()]{3,200})\)[\s.;:]*$")
_ONLY_SEPARATORS = quick_compile(r"[\s,;]*(?:và[\s,;]*)?")
# … or one naming the body of a row of a list, before a colon ("a) Xây dựng Đề án … (Sở Nội vụ;
# thời hạn đã giao 31/3/2026): gia hạn đến ngày 30/4/2026.")
_BRACKET_BEFORE_COLON = quick_compile(r"\((?P<inner>[^()]{3,200})\)\s*:")
# the time a bracket gives after its body: "; thời hạn đã giao …", "; hạn …"
_FIELD_IN_BRACKET = quick_compile(r"\s*;\s*(?=(?i:thời hạn|hạn|thời gian|tiến độ)(?!\w))")
# after the bracket's first body, a verb that makes it the one acting: "(Tổng công ty X chỉ đạo Công ty Y thực hiện)"
_BRACKET_ACTS = quick_compile(r"\s+(?:chỉ đạo|thực hiện|tổ chức|phối hợp với|làm đầu mối)(?!\w)")


def _bodies_in_closing_bracket(text: str, seg, mentions, ctx) -> Optional[tuple]:
    """The bodies of a bracket that closes the task and holds nothing but them ("… (Sở Công
    Thương).", "(UBND phường X, Sở Y)"), or whose first body then acts ("(Tổng công ty X chỉ đạo
    Công ty Y thực hiện)"): (leads, [], the bracket's words); None otherwise."""
    m = _CLOSING_BRACKET_AT_END.search(text, seg.start, seg.end) or _BRACKET_BEFORE_COLON.search(text, seg.start, seg.end)
    if m is None:
        return None
    lo, hi = m.start("inner"), m.end("inner")
    field = _FIELD_IN_BRACKET.search(text, lo, hi)
    if field is not None:
        hi = field.start()              # "(Sở Nội vụ; thời hạn đã giao 31/3/2026)": the body, then its time
    listed = [x for x in _within(mentions, lo, hi) if ctx.usable(x.agency)]
    if not listed or not _ONLY_SEPARATORS.fullmatch(text, lo, listed[0].start):
        return None
    gaps = zip([lo] + [x.end for x in listed], [x.start for x in listed] + [hi])
    if all(_ONLY_SEPARATORS.fullmatch(text, a, b) for a, b in gaps):
        return [x.agency for x in listed], [], m.group(0)
    if _BRACKET_ACTS.match(fold(text[listed[0].end:hi])) and not _SPAN_IN.search(fold(text[listed[0].end:hi])):
        return [listed[0].agency], [], m.group(0)
    return None                         # (not "… trước ngày 25/9 (Trung tâm X tổ chức tiêm tại trường từ ngày 05/10
                                        # đến ngày 30/10)": what another body does then, an aside)


# a span of days in a bracket: "từ ngày 05/10 đến ngày 30/10/2026" (folded)
_SPAN_IN = quick_compile(r"(?<!\w)từ\s+(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+(?:đến|tới)\s")


def _listed_after(mentions, folded: str, pos: int) -> list:
    """The bodies named after ``pos`` that act ("Cơ quan thực hiện: Công an tỉnh …; các sở …"),
    not those a report goes to or whose guidance is followed ("Cơ quan chủ trì: Bộ Tư pháp xây
    dựng báo cáo trình Thủ tướng Chính phủ", "… theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy")."""
    return [x for x in mentions if x.start >= pos
            and not _RECIPIENT_CUE.search(folded, max(pos, x.start - 30), x.start)
            and not _OWNER_BEFORE.search(folded, max(pos, x.start - 8), x.start)]


_HEADING_LINE_END = quick_compile(r"[\s*:]*$")


def _names_only_bodies(p: str, ctx) -> bool:
    """Is the paragraph a body's name alone, or a list of them ("UBND các xã: Mường Nhé, Sín Thầu")?"""
    text = p[:_HEADING_LINE_END.search(p).start()]
    if not text or len(text) > 160 or text.startswith("|") or text.endswith((".", ";", ",", "!", "?", ")")):
        return False
    listed = [m for m in ctx.mentions(text) if ctx.usable(m.agency)]
    if not listed or listed[0].start != 0 or listed[-1].end != len(text):
        return False
    return all(_ONLY_SEPARATORS.fullmatch(text, a.end, b.start) or text[a.end:b.start].strip() == ":"
               for a, b in zip(listed, listed[1:]))


def _body_headings(body: list[str], ctx) -> frozenset:
    """Unmarked paragraphs that are a body's name alone over sentences without a subject of their
    own ("**Ban Quản lý dự án đầu tư xây dựng tỉnh**" then "Tập trung nhân lực, thiết bị, …."): the
    headings of a conclusion whose bold headings lost their numbers, or never had them.  Two of
    them at least (a lone name is a party's or a signature's line)."""
    found = [i for i, p in enumerate(body)
             if i + 1 < len(body) and not S.opens_with_marker(p) and not S.opens_with_marker(body[i + 1])
             and body[i + 1].rstrip().endswith((".", ";", "./.")) and len(body[i + 1]) > 30
             and _names_only_bodies(p, ctx) and not _names_only_bodies(body[i + 1], ctx)]
    return frozenset(found) if len(found) >= 2 else frozenset()


# the wording an amending notice replaces, quoted in a bracket after the new one: "(thay cho nội dung
# “Giao Sở Khoa học và Công nghệ chủ trì thực hiện, hoàn thành trong tháng 8/2026”)"
_REPLACED_WORDING = quick_compile(r"\s*\(\s*(?i:thay cho|thay thế)(?:\s+(?i:nội dung|cụm từ|quy định))?\s*[“\"][^”\"]{0,600}[”\"]\s*\)")


# a petition's paragraph: "Cử tri xã X kiến nghị: …", "Người dân phản ánh …" (folded)
_PETITION = quick_compile(r"\s*(?:" + words_alternation(_DIRECTIVE_CUES["petitioners"]) + r")(?:\s+[^\s:;.,]+){0,6}?\s+"
                          r"(?:kiến nghị|phản ánh|đề nghị|đề xuất|kiến nghị, đề xuất)\s*:")
# the label of the answer to it: "Trả lời: …" (folded)
_ANSWER_LABEL = quick_compile(r"(?:^|(?<=[\s.;]))(?:" + words_alternation(_DIRECTIVE_CUES["answer_labels"]) + r")\s*:")
# a slip's field summing up the letter it forwards: "| Nội dung chính | …", "Trích yếu: …" (folded)
_SUMMARY_FIELD = quick_compile(r"\s*\|?\s*\**(?:" + words_alternation(_DIRECTIVE_CUES["summary_labels"]) + r")\**\s*(?:\||:)")
# words for the bodies that lead the tasks given before: "các đơn vị chủ trì nêu trên", "các cơ quan được
# giao chủ trì nêu trên" (folded)
_THOSE_LEADING = quick_compile(r"^(?:các\s+)?(?:cơ quan|đơn vị|cơ quan, đơn vị)\s+(?:được giao\s+)?chủ trì\s+(?:nêu trên|trên)$")
# (not "Các cơ quan chủ trì báo cáo …" without pointing back: the group as it stands, or a table's rows)
# (… nor a standing report, "… trước ngày 20 hằng tháng": the group's, as written)
_STANDING_REPORT = quick_compile(r"(?<!\w)(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)(?!\w)|(?<!\w)định kỳ(?!\w)")
# a board's member roles opening the list of who holds them ("Trưởng ban: …", "Phó Trưởng ban thường trực: …",
# "Thành viên Ban Chỉ đạo: …", "… gồm: Trưởng ban: …") (folded)
_MEMBER_LABEL = quick_compile(r"(?:^|[:;.]\s*)(?:(?:\d{1,2}[.)]|[a-zđ]\)|[-–+•])\s*)?(?:các\s+)?(?:phó trưởng ban|trưởng ban|"
                              r"thành viên|ủy viên|uỷ viên)(?:\s+thường trực)?(?:\s+(?:ban chỉ đạo|ban chỉ huy|hội đồng))?\s*:")
# a group named by the tasks the document gave it, right after the group's words ("Các cơ quan, đơn vị| được
# giao nhiệm vụ báo cáo …", "Các sở, ngành| là thành viên Ban Chỉ đạo báo cáo …"; not "được giao nhiệm vụ tại mục
# 2", which names its part; nor "Các cơ quan được giao chủ trì báo cáo …", which the annotators keep as the group)
# (folded)
_GIVEN_TASKS_HERE = quick_compile(r"\s+(?:được giao nhiệm vụ|là (?:cơ quan\s+)?thành viên(?:\s+(?:ban chỉ đạo|ban chỉ huy|tổ công tác))?)"
                                  r"(?!\w)(?!\s+(?:tại|chủ trì)(?!\w))")
# … or written as the group's qualifier ("Các sở, ngành là thành viên Ban Chỉ đạo", folded)
_A_MEMBERS_GROUP = quick_compile(r"^các\s.*\sthành viên\s+(?:ban chỉ đạo|ban chỉ huy|tổ công tác)$")
# bodies named back by what was done to them ("Các cơ quan, đơn vị được thanh tra nêu trên", folded)
_DONE_TO_THEM = quick_compile(r"\sđược\s+(?:" + body_grammar().done_to_the_named + r")\s")
# the investors named back ("Các chủ đầu tư nêu trên", folded)
_INVESTORS_NAMED_BEFORE = quick_compile(r"các chủ đầu tư (?:nêu trên|trên)$")
# … and the members of the board whose duties the notice sets out ("Các thành viên Tổ công tác", folded)
_THE_MEMBERS = quick_compile(r"(?:các\s+)?(?:đồng chí\s+)?thành viên(?:\s|$)")
# … named back or asked for their reports ("các thành viên Tổ công tác nêu trên …", "Các thành viên Ban Chỉ đạo báo
# cáo kết quả …"; not "Các thành viên Ban Chỉ đạo tăng cường kiểm tra …", a task of the members as written)
_MEMBERS_REPORT = quick_compile(r"thành viên[^.;:]{0,60}?\s(?:nêu trên|(?:định kỳ\s+)?báo cáo)(?!\w)")


class Extractor:
    """Reads a notice body block by block; one method per kind of paragraph."""

    def __init__(self, body: list[str], ctx: NoticeContext):
        self.ctx = ctx
        self.nodes, self.blocks = S.build_sections(body, _body_headings(body, ctx))
        self.drafts: list[tuple[S.Block, Draft]] = []
        self.last_body_index = max((b.index for b in self.blocks), default=-1)
        # the paragraph that closes the letter: the last, or the one before a bare closing formula
        # ("Các đơn vị báo cáo … trước ngày …" / "Văn phòng UBND tỉnh thông báo để … biết, thực hiện./.")
        self.closing_index = self.last_body_index
        if len(self.blocks) > 1 and not self.blocks[-1].marked and not _without(_CONTACT, _without(_COURTESY, _without(
                _GENERIC_ORDER, _without(_IF_DIFFICULTIES, self.without_formula(self.blocks[-1].text))))).strip():
            self.closing_index = self.blocks[-2].index      # (… or "Các cơ quan, đơn vị nghiêm túc thực hiện./.", or
                                                            # "Trong quá trình thực hiện, nếu có vướng mắc, …./.")
        elif len(self.blocks) > 1 and not self.blocks[-1].marked and self.issuers_own_plan(self.blocks[-1].text):
            self.closing_index = self.blocks[-2].index      # (… or "Sở Giáo dục và Đào tạo sẽ kiểm tra …, dự kiến trong
                                                            # tháng 11/2026.": the issuer's own plan after the closing;
                                                            # or whom to call: "Mọi thông tin xin liên hệ: bà …")
        # (not a list of bodies a slip is passed on to: "Ý kiến chỉ đạo trên được Văn phòng chuyển … đến:" / "- Sở Nội vụ;")
        self.first_marked = next((b.index for b in self.blocks if b.marked and not self.names_bodies_only(b.text)), None)
        self.board_members: list = []                   # the bodies whose heads a decision makes a board's members
        self.group_members: list = []                   # the members of an emulation cluster or block "(gồm …)", not
                                                        # the issuer
        # "… có ý kiến chỉ đạo như sau:": what comes before it is the context, not the directives
        self.lead_in = next((b.index for b in self.blocks[:15] if not b.marked and _LEAD_IN.search(fold(b.text))), None)
        self.opening = {b.node: b for b in self.blocks if b.marked}    # the paragraph that opened each node
        self.table: Optional[dict] = None                              # columns of the task table being read
        self.table_notes: tuple = ()                                   # … and its columns of notes
        self.table_row = None                                          # … and the draft of its last row with a lead
        self.table_group: list = []                                    # … and the bodies its group row names
        self.table_head_cells: list = []                               # … and its header's cells (folded)
        self.table_lead_header = ""                                    # … and its lead column's header (folded)
        self.table_time = None                                         # … and the time its group row gives
        self.table_schedule = False                                    # … and whether its times are a schedule's
        self.table_rows: list = []                                     # (paragraph, row number, part, draft) of every row
        self.table_part = ""                                           # the part of the table being read ("A", "II")
        self.table_intro = ""                                          # the sentence giving the task of its rows
        self.intro_rows: set = set()                                   # ids of rows whose words are only that sentence's
        self.table_decides = False                                     # … and whether a column decides their times
        self.table_stages: list = []                                   # … and its stages' (column, title)
        self.table_steps: list = []                                    # … and its sending steps' (column, title)
        self.table_paused = None                                       # a table a part's title interrupts
        self.answering = False                                         # the paragraph read answers a petition
        self.decided_rows: set = set()                                 # ids of the rows whose times were decided so
        self.closed_by_time_line = None                                # (paragraph, draft) a time line just closed
        self.named_before: list = []                                   # bodies of the last paragraph naming several
        self.named_before_at = -1                                      # … and that paragraph's index
        self.named_before_in_item = False                              # … and whether it was a list's item
        self.named_before_cited: set = set()                           # … and which of them wrote a document it cites
        self.reading = -1                                              # the index of the paragraph being read
        self.letter_named: list = []                                   # "Kính gửi" bodies "nêu trên" last meant
        self.time_label: Optional[tuple] = None                        # (deadline, node) of a "Tháng 3:" heading
        self.seen: list = []                                           # the mentions of the paragraph being read
        self.seen_folded = ""                                          # … and its folded text
        self.with_items_besides: list = []      # a letter's addressees and the bodies besides them its items gave work to
        self.named_lists: list = []                                    # lists of bodies named so far, in order
        self.listed: dict = {}                                         # node -> the bodies its bullets list
        self.last_lead_line = -1                                       # the last "Cơ quan chủ trì: …" line read
        self.top_list_deadline: Optional[tuple] = None                 # (deadline, index) of a top-level list's
        self.past_list: Optional[tuple] = None                         # (node, index) of a list of past acts
        self.topic_base: dict = {}                                     # node -> its leads before its first topic paragraph
        self.scope_blocks: set = set()                                 # nodes "- Ở trung ương:" made a task of their title
        if ctx.addressees and not ctx.invitation:   # a letter: its "Kính gửi" list addresses the whole body
            SC.name_addressees(self.nodes[0], ctx.addressees, ctx.addressee_words, SC.WHERE_LETTER,
                               distributive=True)

    # ------------------------------------------------------------ one block
    def read(self, b: S.Block) -> None:
        self.reading = b.index
        if self.top_list_deadline is not None and b.node == 0 and b.index > self.top_list_deadline[1]:
            self.top_list_deadline = None       # a top-level paragraph after the list ends it
        if self.past_list is not None and b.node == self.past_list[0] and b.index > self.past_list[1]:
            self.past_list = None               # (so does a paragraph of the introduction's own level)
        if self.read_table_row(b):
            return
        if _PAGE_STAMP.match(fold(b.text)):
            return                              # "Cập nhật lúc 16:45, Thứ Ba, 28/07/2026": a web page's stamp
        label = _TIME_LABEL.match(b.text) or (_TIME_HEADING.match(fold(b.text)) if b.marked else None)
        if label:                               # "Tháng 3:", "Quý III:", "A. THÁNG 4 NĂM 2026": the time of the items under it
            dl = _time_cell_deadline(label.group("label"), self.ctx)
            # (its scope: the item or heading it stands in, not a bullet it was wrapped into)
            scope = next((a.id for a in S.ancestors(self.nodes, b.node) if a.rank not in (6, 7)), 0)
            self.time_label = (dl, scope) if dl is not None else None
        elif self.time_label is not None and not any(
                a.id == self.time_label[1] for a in S.ancestors(self.nodes, b.node)):
            self.time_label = None
        made = len(self.drafts)
        self.seen = []
        self.open_topic(b)
        self.board_members_named(b.text)
        self._read(b)
        if self.time_label is not None:
            for _blk, d in self.drafts[made:]:
                if d.deadline is None:
                    d.deadline = self.time_label[0]
        named = []                      # the bodies this paragraph names: what "đơn vị nêu trên" may mean next
        for m in self.seen:
            a = m.agency
            if a.kind not in (COLLECTIVE, "province") and self.ctx.usable(a) and a.name not in {x.name for x in named}:
                named.append(a)
        if len(named) >= 2:
            self.named_before, self.named_before_at = named, b.index
            self.named_before_in_item = b.marked
            # (… the authors of the documents it cites among them: "Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ")
            self.named_before_cited = {m.agency.name for m in self.seen if _AUTHOR_OF_A_CITED_DOCUMENT.search(
                self.seen_folded, max(0, m.start - 80), m.start)}
            # … and its lists, for "4 bộ, ngành nêu trên" (the last list of four)
            ms = [m for m in self.seen if m.agency.kind not in (COLLECTIVE, "province")]
            k = 0
            while k < len(ms):
                run = _group_runs(ms, self.seen_folded, k)
                if len(run) >= 2:
                    self.named_lists.append([m.agency for m in run])
                k += len(run)

    def open_topic(self, b: S.Block) -> None:
        """An unnumbered paragraph opening with its topic ("Về xử lý quyết toán …: thời hạn …
        phải hoàn thành trước ngày …") is an item of its own: a sentence without subject in it
        takes the leads its node had before the first such paragraph, not those of the topic
        before it."""
        if b.marked or not _TOPIC_LABEL.match(b.text):
            return
        node = self.nodes[b.node]
        base = self.topic_base.setdefault(b.node, (node.last_leads, node.last_scope))
        node.last_leads, node.last_scope = base

    def _read(self, b: S.Block) -> None:
        self.answering = False
        text = self.without_formula(b.text)
        if "thay" in text:
            text = _REPLACED_WORDING.sub("", text)  # "(thay cho nội dung “Giao Sở X …”)": the old wording, gone
        if text and b.index == self.last_body_index:
            # "…, yêu cầu các sở, ngành triển khai thực hiện./.", also before "Trong quá trình thực
            # hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo …./." (not a numbered item's own
            # order: "5. Đề nghị Báo X, Đài Y thông tin kịp thời … để phụ huynh biết, thực hiện.")
            text = _without(_COURTESY, _without(_IF_DIFFICULTIES, text))    # (the courtesy also run on to the last item)
            if not b.marked:
                text = _without(_GENERIC_ORDER, text)
        if not text:
            return
        if not b.marked and len(text) < 200 and not text.rstrip().endswith((".", ";", ":", "!", "?")) \
                and b.index + 1 < len(self.blocks) and PRESS_LEAD.match(self.blocks[b.index + 1].text):
            return              # a press item's headline over its "(QTO) - …" lead paragraph: a title
        node = self.nodes[b.node]
        if node.opinions:
            return              # the participants' opinions in a meeting's minutes: no task
        if _SUMMARY_FIELD.match(fold(text)):
            return              # "| Nội dung chính | Phó Thủ tướng Chính phủ giao Bộ X … |" in a transfer slip: the
                                # forwarded letter's words, no task of the slip
        if _ATTENDANCE.match(text) and not self.ctx.deadlines(text):
            return              # "2. Chủ đầu tư (Ban Quản lý dự án …): Ông Ngô Quang Vinh - Giám đốc.": who
                                # attends, in the minutes' list of those present
        folded = fold(text)
        if _PETITION.match(folded):
            # "1. Cử tri xã X kiến nghị: “…”": what the voters ask, no task (the answer after it in the same
            # paragraph, "Trả lời: …", is read)
            answer = _ANSWER_LABEL.search(folded)
            if answer is None:
                return
            text, folded = text[answer.start():], folded[answer.start():]
        mentions = self.seen = self.ctx.mentions(text)
        self.seen_folded = folded
        if self.read_field_line(b, text, folded, mentions):
            return              # (also one without its stop, "- Thực hiện: Sở Tài chính": no heading)
        if self.read_content_line(b, text, folded):
            return
        if b.marked and b.is_heading and not self.read_heading(b, node, text, folded, mentions):
            return
        if self.is_formula(b, text, folded):
            return
        if self.read_listed_body(b, node, text, folded, mentions):
            return
        clauses = self.clauses(text, folded, mentions)
        if "Công ty" in text or "UBND" in text or "Ủy ban" in text:
            self.named_by_the_item(b, text, clauses)
        preamble = node.id == 0 and ((self.first_marked is not None and b.index < self.first_marked)
                                     or (self.lead_in is not None and b.index < self.lead_in))
        # "Trả lời: Ngày …, Sở đã …. Đề nghị UBND xã X …": in an answer, only a task that names its body
        self.answering = _ANSWER_LABEL.match(folded) is not None
        if node.evaluation or preamble:
            # in an evaluation section (or the assessment before the first numbered item)
            # "X đã …"-like descriptions abound: only "Giao/Yêu cầu X" counts
            for c in clauses:
                if c.explicit and not c.by_cue:
                    c.explicit, c.leads = False, []
        if text.rstrip().endswith(":") and (purpose := _ISSUERS_PURPOSE_FIRST.match(folded)) is not None:
            for c in clauses:           # "Để kịp tổng hợp, trình UBND tỉnh trước ngày 24/6/2026, Sở Tài chính đề nghị:": the
                c.deadlines = [d for d in c.deadlines if c.start + d.start >= purpose.end()]    # issuer's own time, no task's
        segs = segment(clauses)
        if len(segs) > 1 and text.rstrip().endswith(":") and not any(c.deadlines for c in segs[-1].clauses) \
                and any(c.explicit for c in segs[-1].clauses):
            # a paragraph that ends by introducing a list ("Ngày …, Bộ X ban hành … . Để …, Chủ tịch
            # UBND tỉnh yêu cầu A, B thực hiện một số nhiệm vụ sau:"): its sentences before, then the
            # introduction
            for seg in segs[:-1]:
                self.read_segment(b, node, text, seg, preamble)
            clauses = segs[-1].clauses
            segs = segs[-1:]
        if self.read_introduction(b, node, text, folded, mentions, clauses):
            if _own_task_before_list(folded, clauses):
                for seg in segs:        # "… yêu cầu X triển khai việc lập kế hoạch …, với các nội dung sau:"
                    self.read_segment(b, node, text, seg, preamble)
            return
        made = len(self.drafts)
        for seg in segs:
            self.read_segment(b, node, text, seg, preamble)
        self.instances_before_their_subject(made)
        self.steps_with_their_task(made)
        self.order_then_its_bodies(made)

    def order_then_its_bodies(self, made: int) -> None:
        """"Điều chỉnh thời hạn báo cáo … sang ngày 10/9/2020. Giao UBND các huyện: A, B thực hiện, gửi
        báo cáo về Sở X": an order without a subject, then the bodies that carry it out: their task,
        with its time (one task, not the order for every addressee and an undated one for them)."""
        new = self.drafts[made:]
        for k, (_b2, d2) in enumerate(new):
            if not k or not d2.explicit_lead or d2.deadline is not None or not _GIVEN_TO_CARRY_OUT.match(fold(d2.text)):
                continue
            before = new[k - 1][1]
            same = [d for _b, d in new[:k] if d.text == before.text and not d.explicit_lead and d.deadline is not None]
            if not same or before.text[:1].islower():
                continue            # (not a clause going on after a semicolon, "Các sở … báo cáo …; kết quả … trước
                                    # ngày 15/3/2027.": the subject before it is its)
            first = same[0]
            first.lead, first.explicit_lead, first.distributive = list(d2.lead), True, len(d2.lead) > 1
            first.lead_words, first.lead_scope = d2.lead_words, d2.lead_scope
            first.needs_review = [r for r in first.needs_review if r != M.NO_LEAD]
            first.text = first.text.rstrip() + " " + d2.text
            gone = {id(d) for d in same[1:]} | {id(d2)}
            self.drafts = [x for x in self.drafts if id(x[1]) not in gone]
            return

    def steps_with_their_task(self, made: int) -> None:
        """"… hoàn thiện dự thảo Đề án …, lấy ý kiến … trước ngày 25/4/2026, trình UBND tỉnh trước
        ngày 15/5/2026": a later step cut off with its own time names no work of its own; its text
        is the task's with the step (the clerk reads what is submitted)."""
        new = self.drafts[made:]
        for (_b1, d1), (_b2, d2) in zip(new, new[1:]):
            if d1.deadline is None or d2.deadline is None or d2.explicit_lead or d1.deadline == d2.deadline \
                    or {a.name for a in d1.lead} != {a.name for a in d2.lead} \
                    or len(_IN_BRACKETS.sub("", d2.text).split()) > 10:
                continue            # (its length without an aside: "(thời hạn tại Thông báo số … là ngày …)")
            step = _STEP_ONLY.match(fold(d2.text))
            if step is None:
                continue
            d2.text = d1.text.rstrip(" ,;.") + ", " + d2.text
            if step.group("place") and not d2.support:
                d2.support = list(d1.support)       # (the same work elsewhere: with the same co-operators)

    def instances_before_their_subject(self, made: int) -> None:
        """"Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), các sở, ngành báo cáo
        …": the first dated instance, read before the subject came, is the subject's too, with the
        task's words."""
        new = self.drafts[made:]
        for (_b1, d1), (_b2, d2) in zip(new, new[1:]):
            if d1.explicit_lead or not d2.explicit_lead or d1.deadline is None or d2.deadline is None:
                continue
            if not _INSTANCE_ONLY.fullmatch(fold(d1.text)) or d1.text.rstrip().endswith((".", "./.")):
                continue            # (not one ending its sentence: "…; kết quả … trước ngày 15/3/2027. Giao Công
                                    # an tỉnh theo dõi …", the subject of the next sentence is not its)
            d1.lead, d1.support = list(d2.lead), list(d2.support)
            d1.explicit_lead, d1.lead_words, d1.lead_scope = True, d2.lead_words, d2.lead_scope
            d1.distributive = d2.distributive
            d1.needs_review = [r for r in d1.needs_review if r != M.NO_LEAD]
            k = d2.text.find(d2.deadline.text) if d2.deadline.text else -1
            tail = d2.text[k + len(d2.deadline.text):].lstrip(" ),") if k >= 0 else d2.text
            d1.text = d1.text.rstrip(" ,;") + " … " + tail

    # ------------------------------------------------------------ kinds of paragraphs
    def commune_of_the_row(self, cells: list) -> Optional[Agency]:
        """The committee of the one commune or ward a row's cells name by its kind ("Thôn Nà Pò, xã Thất Khê"), else
        None."""
        found = {m.group(0) for c in cells for m in _A_UNIT_BY_ITS_KIND.finditer(c)}
        if len(found) != 1:
            return None
        unit = _committee_named(found.pop(), self.ctx)
        return unit if unit is not None and self.ctx.usable(unit) else None

    def unit_of_the_row(self, cells: list, leads: Optional[list]) -> Optional[Agency]:
        """"| 1 | Gò Dầu | 42,6 | 31/7/2026 |" under the header "| STT | Xã | … |" and a task of "UBND
        các xã": the committee of the commune the row names ("UBND xã Gò Dầu"), else None (with ``leads``
        None, any commune the row names: no body above the table)."""
        col = self.table.get("text")
        if col is None or col >= len(cells) or col >= len(self.table_head_cells):
            return None
        kind = _UNIT_KIND_HEADER.fullmatch(fold(self.table_head_cells[col].strip(" *")))
        name = cells[col].strip(" *")
        if kind is None and name[:1].isupper():
            return self.body_of_the_rows_unit(self.table_head_cells[col].strip(" *"), name, leads)
        if kind is None or not name[:1].isupper():
            return None
        level = kind.group(1)
        own = _UNIT_KIND_FIRST.match(fold(name))
        if own is not None:
            level, name = own.group(1), name[own.end():].strip()    # "Xã Yên Định" under "Xã", "Phường A" under "Xã, phường"
        found = self.ctx.mentions(f"UBND {level} {name}")
        unit = found[0].agency if len(found) == 1 and found[0].start == 0 and self.ctx.usable(found[0].agency) else None
        group = _UNITS_OF_A_KIND_QUALIFIED.match(fold(leads[0].name)) if leads is not None and len(leads) == 1 \
            and not leads[0].members else None
        if unit is not None and group is not None and group.group("kind") == level:
            return unit             # "- Các xã có thôn sáp nhập, … theo danh mục sau:" over "| 1 | Văn Quan | … |": that commune
        if unit is None or (leads is not None and not _among_the_units(unit, leads)):
            return None             # (the task is the group's, or units' named before: one of them; also beside another
                                    # addressee: "Kính gửi: UBND các xã: A, B; Ngân hàng …")
        return unit

    def body_of_the_rows_unit(self, header: str, name: str, leads: Optional[list]) -> Optional[Agency]:
        """"| 1 | Mẫu Sơn | 612 | 31/5/2026 |" under "| STT | Trạm Y tế xã | … | Thời hạn hoàn thành |" and a task of
        "Trạm Y tế các xã" (or of the stations a letter addresses): that body of the commune the row names ("Trạm Y tế
        xã Mẫu Sơn"), else None."""
        kind = _BODY_OF_A_UNIT_HEADER.fullmatch(" ".join(fold(header).split()))
        if kind is None or not leads:
            return None
        key = f"{kind.group('body')} {kind.group('level')} {fold(name)}"
        own = next((a for a in leads if " ".join(fold(a.name).split()) == key), None)
        if own is not None:
            return own                  # (one of the bodies the row's task is for: "Kính gửi: Trạm Y tế các xã: A, B")
        group = leads[0].name if len(leads) == 1 and not leads[0].members else ""
        cut = fold(group).find(f" các {kind.group('level')}")
        if cut <= 0 or fold(group)[:cut] != kind.group("body"):
            return None
        written = f"{group[:cut]} {kind.group('level')} {name}"     # "Trạm Y tế các xã": "Trạm Y tế xã Mẫu Sơn"
        found = self.ctx.mentions(written)
        if len(found) != 1 or found[0].start != 0 or found[0].end < len(written) or not self.ctx.usable(found[0].agency):
            return None
        return found[0].agency

    def units_of_the_row(self, cells: list, leads: list) -> list:
        """"| 1 | Cụm I | Phường Thục Phán, phường Nùng Trí Cao | 23/3/2026 |" under "| STT | Cụm | Xã, phường |
        Hạn đăng ký |" and a task of "UBND các xã, phường": the committees of the units the row lists, each one of
        ``leads``' units; else []."""
        col = self.table.get("text")
        if col is None or col >= len(cells) or col >= len(self.table_head_cells) \
                or not _UNIT_KIND_HEADER.fullmatch(fold(self.table_head_cells[col].strip(" *"))):
            return []
        names = [x.strip() for x in _LIST_SEPARATORS.split(cells[col].strip(" *.")) if x.strip()]
        if len(names) < 2:
            return []
        units = []
        for name in names:
            if _UNIT_KIND_FIRST.match(fold(name)):      # "Phường Thục Phán", "xã Đàm Thủy": its committee
                units += [u] if (u := _committee_named(name, self.ctx)) is not None else []
            else:
                units += self.units_listed(name)
        units = _unique(units, self.ctx)
        return units if len(units) > 1 and all(_among_the_units(u, leads) for u in units) else []

    def units_the_cell_names_first(self, cells: list, group: list) -> list:
        """The units a task cell opens with ("UBND các phường: Cầu Giấy, Đống Đa tổ chức lại …",
        "Riêng UBND các phường: A, B …"), each one of the bare groups of ``group``; else []."""
        col = self.table.get("text")
        if col is None or col >= len(cells):
            return []
        text = _ONLY_FIRST.sub("", cells[col].strip(" *"))
        found = [m for m in self.ctx.mentions(text) if self.ctx.usable(m.agency)]
        if not found or found[0].start > 0 or not text[found[0].end:].strip()[:1].islower():
            return []
        units = _expand_enumerations([found[0].agency], self.ctx)
        names = {g.name for g in group}
        if not units or any(u.name not in names and not any(_one_of_the_units(u, [g]) for g in group) for u in units):
            return []
        return units

    def read_table_row(self, b: S.Block) -> bool:
        """A row of a task table (one task per row); True when the block was a table row."""
        text = b.text
        if not is_table_row(text) or b.marked:
            title = _PART_MARK.sub("", text.strip(), count=1)
            # "B. CÁC NỘI DUNG XỬ LÝ QUA HỆ THỐNG" between rows 4 and 5: the table goes on under it
            self.table_paused = (b.index, self.table, self.table_head_cells, self.table_notes, self.table_schedule) \
                if self.table is not None and title.isupper() and len(title) <= 120 else None
            self.table = None
            return False
        cells = table_cells(text)
        head = table_columns(cells)
        if head is None and self.table is None and self.table_paused is not None:
            at, cols, head_cells, notes, schedule = self.table_paused
            number = cells[cols["number"]].strip(" *").rstrip(".") if "number" in cols and cols["number"] < len(cells) else ""
            if b.index == at + 1 and len(cells) == len(head_cells) and number.isdigit():
                self.table, self.table_head_cells, self.table_notes, self.table_schedule = cols, head_cells, notes, schedule
                self.table_group, self.table_time, self.table_row = [], None, None
        self.table_paused = None
        if head is not None:
            # (the header repeated atop the next page goes on with the group of the rows before it)
            again = [" ".join(fold(c).split()) for c in cells] == self.table_head_cells
            if b.index > 0:
                head = units_leading_instead(cells, head, fold(self.blocks[b.index - 1].text)) or head
            self.table, self.table_row = head, None
            self.table_group = self.table_group if again else []
            self.table_time = self.table_time if again else None
            # "| Đối tượng kiểm tra | Thời gian kiểm tra | Đơn vị chủ trì |": a schedule, its times are
            # when each inspection is held, no time limits (deadline_cues.yaml's reference.duration_of)
            self.table_schedule = ("deadline" in head and head["deadline"] < len(cells) and
                                   _ACTIVITY_TIME.match(" ".join(fold(cells[head["deadline"]]).strip(" *").split())) is not None) \
                or is_a_programme(cells, head) \
                or ("text" in head and head["text"] < len(cells) and _AREAS_HEADER.fullmatch(" ".join(fold(cells[head["text"]]).strip(" *").split())) is not None)
            # (… or a programme: "| Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện |"; or teams given areas: "| Tổ | Địa bàn |
            # Thời gian | Đơn vị chủ trì |", the time each works there)
            self.table_head_cells = [" ".join(fold(c).split()) for c in cells]
            self.table_lead_header = self.table_head_cells[head["lead"]].strip(" *") \
                if "lead" in head and head["lead"] < len(cells) else ""
            self.table_notes = note_columns(cells, head)
            stages = stage_columns(cells)
            # "| Đơn vị | Đợt 1: … | Đợt 2: … |": the stages after the first, each a task of the row's body
            self.table_stages = [(i, " ".join(cells[i].split()).strip(" *")) for i in stages] \
                if head.get("deadline") in stages and "text" not in head else []
            # "| … | Thời gian gửi Sở Tư pháp thẩm định | Thời gian gửi Văn phòng UBND tỉnh |": each step's own limit
            sending = sending_time_columns(cells)
            sending = sending if head.get("deadline") in sending else []
            self.table_steps = [(i, " ".join(cells[i].split()).strip(" *")) for i in sending]
            self.table_notes = tuple(i for i in self.table_notes if i not in sending)
            # (each a column of its own: no context put before the task's words, no note after them)
            head.update({f"step{i}": i for i in sending if i != head["deadline"]})
            # "| … | Thời hạn đề nghị | Ý kiến của Chủ tịch UBND tỉnh |": the issuer decides each row's time
            self.table_decides = "status" in head and head["status"] < len(cells) and \
                OPINION_HEADER.match(" ".join(fold(cells[head["status"]]).split()).strip(" *")) is not None
            self.table_part = self.table_part if again else ""
            before = self.blocks[b.index - 1].text.strip() if b.index > 0 else ""
            # "- Bàn giao toàn bộ mặt bằng còn lại … theo thời hạn tại bảng sau:": the task of each row
            self.table_intro = before if before.endswith(":") and _A_TABLE_FOLLOWS.search(fold(before)) else ""
        elif self.table is not None and cells:
            when = _group_row_time(cells, self.table, self.ctx)
            if when is not None:
                # "| **Tháng 3/2026** |  |  |  |" in a work programme: the time of the rows below, up to
                # the next such row
                self.table_time = when
                return True
            group = _group_row_bodies(cells, self.table, self.ctx)
            if group is not None:
                # "| **II** | **Chi cục Thủy lợi** | | | |": the body of the rows below, up to the next group
                self.table_group = _expand_enumerations(group, self.ctx)
                return True
            number = _number_cell(cells, self.table)
            if _PART_OF_A_TABLE.fullmatch(number):
                self.table_part = number            # "| **A** | **Nhiệm vụ quá hạn** | | |"
            d = _table_task(cells, self.table, b.node, self.ctx, self.table_notes)
            if d is not None and d.lead and self.table_intro \
                    and _COMMUNES_SUBJECT.match(fold(_strip_prefix(self.table_intro))) \
                    and not any(body_grammar().is_local_government(a) for a in d.lead) \
                    and (unit := self.commune_of_the_row(cells)) is not None:
                # "1. UBND các xã, phường nơi có cơ sở thờ tự nêu tại Bảng dưới đây chỉ đạo … theo thời hạn tại Bảng:" over
                # "| 1 | Chùa Diên Khánh | Thôn Nà Pò, xã Thất Khê | Trước ngày 31/7/2026 |": the committee of the commune
                # the row's place stands in (the place is what the task is about)
                d.text = f"{d.text} ({d.lead_words})" if d.lead_words and d.lead_words not in d.text else d.text
                d.lead, d.lead_words = [unit], unit.name
            if d is not None and d.lead and all(a.kind == COLLECTIVE and not a.members and body_grammar().refers_to_named_before(a.name)
                                                for a in d.lead):
                # "| 1 | Kết nối dữ liệu camera … | Các doanh nghiệp nêu trên | Trước ngày 15/9/2026 |": the
                # bodies named before the table (or the letter's addressees), each on its own
                resolved, found_in = self.addressed_by_words(list(d.lead), b.node)
                if found_in is not None and resolved:
                    d.lead = _expand_enumerations(resolved, self.ctx)
                    d.distributive = len(d.lead) > 1
            elif d is not None and len(d.lead) == 1 and d.lead[0].kind == COLLECTIVE and not d.lead[0].members \
                    and "lead" in self.table and self.table["lead"] < len(cells) and " tại " in cells[self.table["lead"]]:
                # "| 4 | Đăng ký số lượng người hiến máu | Các đơn vị có tên tại mục II | … |": the bodies of that part
                cited = self.bodies_of_cited_items(cells[self.table["lead"]])
                if cited:
                    d.lead = _expand_enumerations(cited, self.ctx)
                    d.distributive = len(d.lead) > 1
            if d is not None and d.deadline is None and self.table_time is not None:
                d.deadline = self.table_time
            when_cell = cells[self.table["deadline"]] if "deadline" in self.table and self.table["deadline"] < len(cells) else ""
            held_on = False             # (the row's time cell is when it is held)
            if d is not None and self.table_schedule and d.deadline is not None and d.deadline.kind != DL_RECURRING \
                    and not _LIMIT_CELL.match(fold(when_cell.strip(" *"))) \
                    and not (d.deadline.text and fold(d.deadline.text) not in fold(when_cell)):   # (a limit another cell
                                                                                                # gives stays: "Sở Y tế (gửi
                                                                                                # báo cáo trước 10 giờ ngày …)")
                d.deadline, held_on = None, True    # (not a limit written as one: "| Trước ngày 25/10/2026 | Hoàn thành
                                                    # trang trí … |")
            if d is not None and not d.lead and self.table_group:
                d.lead, d.needs_review, d.explicit_lead = list(self.table_group), [], True
                d.distributive = len(self.table_group) > 1
                own = self.units_the_cell_names_first(cells, self.table_group)
                if own:
                    # "| 10 | UBND các phường: Cầu Giấy, Đống Đa tổ chức lại … |" under "| V | UBND CÁC PHƯỜNG,
                    # XÃ |": the units the task's cell names, among the group's
                    d.lead, d.distributive = own, len(own) > 1
            parent = self.table_row
            if d is None and parent is not None and _merged_with_the_row_above(cells, self.table) \
                    and self.table_rows and self.table_rows[-1][1].strip(" .").count(".") \
                    == _number_cell(cells, self.table).strip(" .").count("."):
                # "| 8 | Bố trí điểm trông giữ xe … |  |  |  |" under "| 7 | Chỉnh trang … | UBND phường X | … | Trước ngày
                # 20/4/2026 |": its body's, co-operators' and time cells merged with the row above's (a .docx
                # converter leaves them empty): the same body, by the same time
                d = Draft(node=b.node, text=cells[self.table["text"]].strip(" *"), lead=list(parent.lead),
                          support=list(parent.support), deadline=parent.deadline, explicit_lead=parent.explicit_lead,
                          lead_words=parent.lead_words, distributive=parent.distributive)
            if d is not None and not d.lead and parent is not None and _SUB_ROW.match(d.text) \
                    and not _number_cell(cells, self.table):
                # "| 3 | Kiểm tra liên ngành: | Chi cục X | … |" / "| | - Dịp Tết Nguyên đán | | | Tháng 02/2026 |":
                # a sub-row without a number is a step of the row above, for its bodies
                d.lead, d.support, d.needs_review = list(parent.lead), list(parent.support), []
                d.explicit_lead, d.lead_words = parent.explicit_lead, parent.lead_words
                d.text = parent.text.split(" (")[0].rstrip(" :") + ": " + d.text.lstrip("-–+ ")
            elif d is not None and not d.lead and parent is not None and "lead" in self.table \
                    and self.table["lead"] < len(cells) and not cells[self.table["lead"]].strip() \
                    and (_number_cell(cells, self.table) or (d.deadline is not None and _reads_as_a_task(d.text)
                                                             and d.deadline.text[:1].isalpha())):
                # "| 6 | Chiến dịch đợt 2 |  |  | Tháng 8/2025 |" under "| 5 | … đợt 1 | Trung tâm Y tế … | …":
                # a lead cell merged with the row above's (a .docx converter leaves it empty); the
                # number's cell too ("|  | Lập hồ sơ tất toán … |  |  | Trong tháng 8/2026 |": a second task
                # of the row above, with its own time)
                d.lead, d.needs_review = list(parent.lead), []
                d.explicit_lead, d.lead_words = parent.explicit_lead, parent.lead_words
                d.distributive = parent.distributive
                if not d.support and "support" in self.table and self.table["support"] < len(cells) \
                        and not cells[self.table["support"]].strip():
                    d.support = list(parent.support)
            elif d is not None and d.lead:
                self.table_row = d
            elif d is None and "lead" in self.table and self.table["lead"] < len(cells) and cells[self.table["lead"]].strip() \
                    and _row_done(cells, self.table, self.table_notes):
                # "| 5 | Kiểm đếm … | UBND xã Đức Trọng | Đã hoàn thành |" over "| 6 | Xác minh … |  | Quý III/2026 |":
                # the lead cell merged over both rows is the done row's
                done = _table_task(cells, self.table, b.node, self.ctx, self.table_notes, done_too=True)
                self.table_row = done if done is not None and done.lead else self.table_row
            if d is not None and not d.lead and d.deadline is None and "lead" in self.table:
                d = None                # ("| 3 | … |  | Thường xuyên |" with no body above it: no task)
            if d is not None and not d.lead and "lead" not in self.table:
                got = SC.inherited(self.nodes, b.node)      # "1. Sở Y tế:" over a table of its tasks
                unit, task = None, []
                if not got.leads:
                    task = [c.strip() for c, h in zip(cells, self.table_head_cells)
                            if c.strip() and TASK_HEADER.search(fold(h))]
                    # (… or, with no task's column, a row that has its own time: "| 1 | Kiên Mộc | 1.236 | 208.350 | Trước
                    # ngày 30/4/2026 |" under "| STT | Xã | Số hộ | Số gạo (kg) | Thời gian hoàn thành cấp phát |", the commune's)
                    # (a completion's column, not an appendix whose rows the sentence above times)
                    timed = d.deadline is not None and d.deadline.date is not None and "deadline" in self.table \
                        and self.table["deadline"] < len(self.table_head_cells) \
                        and _COMPLETION_HEADER.search(self.table_head_cells[self.table["deadline"]]) is not None \
                        and "dự kiến" not in self.table_head_cells[self.table["deadline"]] \
                        and not fold(self.blocks[0].text).lstrip(" *|").startswith("phụ lục")
                    unit = self.unit_of_the_row(cells, None) if task or timed else None
                if unit is not None:
                    # "| 1 | Phường Trảng Bàng | 58 | Bàn giao … | Trước ngày 15/6/2026 |" under "| STT | Xã, phường
                    # | … | Nội dung cần hoàn thành | Thời hạn |", no body above the table: the unit the row names (not
                    # "| Điểm tái định cư | Xã | Số hộ | Thời gian hoàn thành dự kiến |", no task's words)
                    d.lead, d.needs_review, d.explicit_lead = [unit], [], True
                    d.text = "; ".join(task) or d.text      # (the task's own column, not the unit's)
                elif got.leads:
                    d.lead, d.lead_scope, d.needs_review = list(got.leads), got.scope, []
                    d.distributive = bool(got.scope is not None and got.scope.distributive and len(got.leads) > 1)
                    named = [m.agency for m in self.ctx.mentions(cells[self.table["text"]])] \
                        if "text" in self.table and self.table["text"] < len(cells) else []
                    place = self.unit_of_the_row(cells, got.leads) if not named else None
                    if place is not None:
                        named = [place]
                    if not named and place is None:
                        named = self.units_of_the_row(cells, got.leads)
                    own = bool(named) and (place is not None or all(_among_the_units(a, got.leads) for a in named)) \
                        and (len(named) == 1 or not any(a.name in {x.name for x in got.leads} for a in named))
                    if own:
                        # "1. UBND các huyện: A, B:" over "| 1 | UBND huyện A | … | 15/7/2021 |": the row's own
                        # body, the task the sentence before the table gives (or its units: "| 1 | Cụm I |
                        # Phường A, phường B | 23/3/2026 |" under "| STT | Cụm | Xã, phường | Hạn đăng ký |")
                        d.lead, d.distributive = named, len(named) > 1
                    places = all(a.kind == COLLECTIVE and not a.members for a in named) and "text" in self.table \
                        and self.table["text"] < len(self.table_head_cells) \
                        and _UNIT_KIND_HEADER.fullmatch(self.table_head_cells[self.table["text"]].strip(" *"))
                    if self.table_intro and (own or places):
                        # (… also "| 4 | Cụm IV | Các xã còn lại | 10/4/2026 |", or a unit the list does not know: the
                        # row's words are its places, its task the sentence before the table gives)
                        d.text = self.table_intro.rstrip(" :") + " – " + d.text
                        self.intro_rows.add(id(d))
            stages = []
            if d is not None and self.table_stages:
                # "| 1 | Sở Y tế | 31/8/2026 | 15/10/2026 |" under "| Đơn vị | Đợt 1: hồ sơ chuyển nguồn | Đợt 2:
                # thuyết minh quyết toán |": one task per stage, named by its column
                for i, title in self.table_stages[1:]:
                    dl = _time_cell_deadline(cells[i].strip(), self.ctx) if i < len(cells) and cells[i].strip() else None
                    if dl is not None:
                        stages.append(replace(d, text=title, deadline=dl, lead=list(d.lead), support=list(d.support)))
                d.text = self.table_stages[0][1]
            if d is not None and self.table_steps and not self.table_stages:
                # one task per step, by its column's time ("Nghị quyết … — Thời gian gửi Văn phòng UBND tỉnh")
                steps = []
                for i, title in self.table_steps:
                    cell = cells[i].strip(" *") if i < len(cells) else ""
                    dl = _time_cell_deadline(cell, self.ctx) if cell and not _STEP_DONE.match(fold(cell)) else None
                    if dl is not None and dl.date is not None:      # (not a step taken: "Đã gửi ngày 28/10/2026")
                        steps.append((title, dl))
                base = d.text
                for k, (title, dl) in enumerate(steps):
                    if k == 0:
                        d.text, d.deadline = f"{base} — {title}", dl
                    else:
                        stages.append(replace(d, text=f"{base} — {title}", deadline=dl, lead=list(d.lead), support=list(d.support)))
            if d is not None and self.table_intro and "text" in self.table and "deadline" not in self.table \
                    and d.deadline is None and self.table["text"] < len(cells):
                # "… đề nghị các cơ quan, đơn vị có hồ sơ quá hạn tại bảng dưới đây khẩn trương giải quyết … trước ngày
                # 25/5/2026:" over "| 1 | Sở X | 96 | Giải quyết hồ sơ … |", a table with no time column: the sentence's
                # limit is each row's task (and a date the row's own request gives, a task of its own)
                told = [x for x in self.ctx.deadlines(self.table_intro.rstrip(" :") + ".") if x.date is not None] \
                    if _ORDER_GIVEN.search(fold(self.table_intro)) else []     # (its colon no topic's: "Đối với …:")
                if told:
                    own = [x for x in self.ctx.deadlines(cells[self.table["text"]]) if x.date is not None]
                    if own:
                        stages.append(replace(d, deadline=own[-1], lead=list(d.lead), support=list(d.support)))
                    d.text, d.deadline = self.table_intro.rstrip(" :") + " – " + d.text, told[-1]
            if d is not None and "text" not in self.table and self.table_intro:
                # "Các xã hoàn thành bàn giao mặt bằng theo thời hạn tại bảng sau:" over "| 1 | UBND xã A |
                # 14,2 | Trước ngày 15/3/2026 |": the sentence is each row's task, the cells its details,
                # the row's body named before them (the sentence's last, not a ground given before it:
                # "Căn cứ Luật …. Bảo hiểm xã hội tỉnh đề nghị các đơn vị nộp đủ số tiền nợ theo thời hạn sau:")
                who = " ".join(cells[self.table["lead"]].split()).strip(" *") \
                    if "lead" in self.table and self.table["lead"] < len(cells) else ""
                intro = _last_sentence(self.table_intro).rstrip(" :")
                for x in [d] + stages:
                    row = f"{who}: {x.text}" if who and x.text and fold(who) not in fold(x.text) else x.text
                    x.text = intro + " – " + row
                    self.intro_rows.add(id(x))
            if d is not None:
                self.drafts.append((b, d))
                self.drafts.extend((b, x) for x in stages)
                self.table_rows.append((b.index, number, self.table_part, d))
                if self.table_decides:
                    self.decided_rows.add(id(d))
                for step in ([] if held_on else _later_steps_of_time_cell(cells, self.table, d, self.ctx)):
                    self.drafts.append((b, step))
        return self.table is not None or not cells

    def leads_of_the_last_task(self, index: int) -> tuple:
        """(leads, distributive) of the last task of paragraph ``index``: all its bodies, when
        it was given to each of several ("Các sở, UBND các huyện báo cáo … 6 tháng trước ngày
        15/6 và cả năm trước ngày 10/12": the second day is theirs too)."""
        last = self.drafts[-1][1]
        same = [d for blk, d in self.drafts if blk.index == index and d.text == last.text
                and d.deadline == last.deadline]
        leads = _unique([a for d in same for a in d.lead])
        return leads, len(same) > 1 or last.distributive

    def bodies_named_in_a_part(self) -> None:
        """"Các đơn vị có tên tại điểm 2 Mục II xây dựng báo cáo … trước ngày …": the bodies that part
        of the notice names (a schedule of inspections, a list of units), each on its own."""
        for b, d in self.drafts:
            if d.lead and not all(a.kind == COLLECTIVE and not a.members and (
                    body_grammar().refers_to_addressees(_GIVEN_DUTIES_TAIL.sub("", a.name))
                    or _BARE_UNITS_OF.match(fold(a.name))) for a in d.lead):
                continue                # (or "UBND các xã có tên tại Điều 1": the units named there)
            m = _NAMED_IN_A_PART.search(fold(d.text))
            if m is None:
                continue
            path = tuple(x.upper() for x in ((" ".join(m.group("article").split()) if m.group("article") else m.group("part")),
                                             m.group("point")) if x)
            inside = {n.id for n in self.nodes if tuple(x.upper() for x in n.path[:len(path)]) == path}
            if not inside:
                continue
            leads: list = []
            rows = [x for x in self.table_rows if self.blocks[x[0]].node in inside]
            if rows:
                # "Các cơ quan, đơn vị được phân công tại Mục III" over a task table: the bodies of its lead column
                # (not its co-operators), the body the reports go to sending none to itself
                f = fold(d.text)
                to = {x.agency.name for x in self.ctx.mentions(d.text) if _REPORTS_GO_TO.search(f, max(0, x.start - 12), x.start)}
                leads = [a for a in self.leads_of_rows(rows) if a.name not in to and self.ctx.usable(a)]
            for pb in self.blocks if not rows else ():
                if pb.node in inside and pb.index != b.index:
                    fb = fold(pb.text)
                    for x in self.ctx.mentions(pb.text):
                        if not self.ctx.usable(x.agency) or x.agency.kind == COLLECTIVE or x.agency in leads \
                                or _GENERIC_UNIT.match(fold(x.agency.name)) or _A_TITLE_BEFORE.search(fb, 0, x.start):
                            continue    # (not "Phó Giám đốc Sở Nội vụ", the head of the team; nor "Đơn vị được
                        leads.append(x.agency)  # kiểm tra", a column's header)
            if d.lead and all(_BARE_LOCAL_COLLECTIVE.match(fold(a.name)) for a in d.lead):
                # "UBND các xã, phường nêu tại Mục II" over the teams that part sets up and the wards they visit:
                # the communes and wards, none of the teams (else the group as written)
                leads = [a for a in leads if body_grammar().is_local_government(a)]
                if not leads:
                    # "UBND các xã có tên tại Mục II" over a table whose column "Xã" names them bare ("| 1 | Đình Lập | … |")
                    kinds = _BARE_LOCAL_COLLECTIVE.match(fold(d.lead[0].name)).group("kinds")
                    leads = self.units_of_a_column(inside, kinds)
            if leads:
                named = [a.name for a in d.lead]
                _give_leads(d, leads, d.text[m.start():m.end()])
                for b2, d2 in self.drafts:
                    if b2.index == b.index and d2 is not d and (not d2.lead or [a.name for a in d2.lead] == named):
                        _give_leads(d2, leads, d.text[m.start():m.end()])    # "…; giải ngân … trước ngày …":
                                                                              # the same bodies' next task

    def bodies_inspected_before(self) -> None:
        """"3. Các đơn vị được kiểm tra chuẩn bị báo cáo … trước ngày …" in a decision setting up an inspection team, after
        "1. Kiểm tra … tại Trường A, Trung tâm B và UBND các xã: C, D": the bodies named where the inspection is held."""
        inspected = None                # [(block index, bodies inspected there)], read once, at the first such task
        for b, d in self.drafts:
            if len(d.lead) != 1 or _THE_INSPECTED.fullmatch(fold(d.lead[0].name)) is None:
                continue
            if inspected is None:
                inspected = [(pb.index, found) for pb in self.blocks if (found := self.bodies_inspected_at(pb.text))]
            leads = _unique([a for index, found in inspected if index < b.index for a in found])
            if leads:
                _give_leads(d, leads, d.lead_words or d.lead[0].written or d.lead[0].name)

    def bodies_inspected_at(self, text: str) -> list:
        """The bodies a paragraph says an inspection is held at ("Kiểm tra … tại Trường A và UBND các xã: B, C."), each
        commune of a group on its own; [] when it says none."""
        f = fold(text)
        held = _INSPECTED_AT.search(f)
        if held is None:
            return []
        stop = f.find(".", held.end())
        return [a for x in self.ctx.mentions(text)
                if held.end() <= x.start and (stop < 0 or x.start < stop) and self.ctx.usable(x.agency)
                and (x.agency.kind != COLLECTIVE or x.agency.members)
                for a in (self.ctx.member_bodies(x.agency) if x.agency.members else [x.agency])]

    def units_of_a_column(self, inside: set, kinds: str) -> list:
        """The committees of the units a table in the nodes ``inside`` names bare in its column headed by their
        kind ("| STT | Xã | … |" / "| 1 | Đình Lập | … |": UBND xã Đình Lập), of the ``kinds`` asked ("xã", "xã,
        phường")."""
        col, names = None, []
        for pb in self.blocks:
            if pb.node not in inside or not pb.text.lstrip().startswith("|"):
                continue
            cells = table_cells(pb.text)
            if col is None:
                heads = [" ".join(fold(c).split()).strip(" *") for c in cells]
                col = next((i for i, c in enumerate(heads) if c in _UNIT_COLUMN_HEADS and c.split(",")[0] in kinds), None)
                continue
            name = cells[col].strip(" *") if col < len(cells) else ""
            if name[:1].isalpha() and not name[:1].islower():
                names.append(name)
        units: list = []
        bare: list = []
        for name in names:
            if _UNIT_KIND_FIRST.match(fold(name)):
                # "| Xã Chi Lăng |", "| Phường Đông Kinh |": the committee of the unit so named
                units += [u] if (u := _committee_named(name, self.ctx)) is not None else []
            else:
                bare.append(name)
        units += self.units_listed(", ".join(bare)) if bare else []
        return _unique(units, self.ctx)

    def rows_named_by_number(self) -> None:
        """"Các cơ quan chủ trì các nhiệm vụ số 2, 3 và 4 nêu trên báo cáo tiến độ … trước ngày …"
        after a task table: a task with no lead of its own is for the bodies of those rows."""
        if not self.table_rows:
            return
        for b, d in self.drafts:
            if d.lead or b.index <= self.table_rows[0][0]:
                continue
            m = _LEADS_OF_ROWS.search(fold(d.text))
            if m is None:
                continue
            numbers = set(_A_ROW_NUMBER.findall(m.group("nums")))
            leads = self.leads_of_rows([x for x in self.last_table_before(b.index) if x[1] in numbers])
            if leads:
                _give_leads(d, leads, d.text[m.start():m.end()])

    def rows_given_new_limits(self) -> None:
        """A reminder's table of overdue tasks, then "các cơ quan … có tên tại bảng trên hoàn
        thành … trước ngày 20/5" (and "riêng nhiệm vụ tại mục 3 … chậm nhất ngày 10/5"): each
        row's task is due then, for its own body; the sentence's copies for each body go, their
        time now on the rows.  A row with a time limit still to come keeps it."""
        if not self.table_rows:
            return
        rows_of = {id(x[-1]) for x in self.table_rows}
        if rows_of <= self.decided_rows:
            return                          # (a table of times the issuer decided: later words add tasks of
                                            # their own, "Đối với nhiệm vụ số 2, … báo cáo … trước ngày …")
        given: set = set()                  # rows this pass dated (a later "riêng … mục 3" may date again)
        gone: set = set()
        words_for_rows: set = set()
        for b, d in self.drafts:
            if id(d) in rows_of or (d.deadline is not None and d.deadline.date is not None) or b.index <= self.table_rows[0][0]:
                continue
            f = fold(d.text)
            own_times = _THE_TABLES_OWN_TIMES.search(f)
            if own_times is None or _ROW_OF_THE_TABLE.search(f) or not (
                    _THE_TABLE_BODIES.search(f, 0, own_times.start())
                    # (… or its heading: "1. UBND các xã, phường có tên tại bảng trên" / "- Chủ trì … đôn đốc … trong
                    # thời hạn tại cột “Thời hạn thu nộp”")
                    or (not d.explicit_lead
                        and any(_THE_TABLE_BODIES.search(fold(a.title)) for a in S.ancestors(self.nodes, b.node)))):
                continue
            last_table = self.last_table_before(b.index)
            named = own_times.end() + len(_TABLE_NAMED_ON.match(d.text, own_times.end()).group(0))
            if last_table and self.task_words_to_rows(d.text[:named], last_table):
                # "Các đơn vị tại bảng trên hoàn thiện hồ sơ theo thời hạn nêu tại bảng" with no time of its own: the
                # rows' task, each by its row's time (no task of its own besides, but for a clause after it: "…;
                # đối với hồ sơ …, lập danh sách riêng gửi …", a task of the same bodies)
                rest = d.text[named:].lstrip(" ;,.")
                if len(rest.split()) >= _WORDS_OF_A_SENTENCE:
                    d.text = rest
                else:
                    words_for_rows.add(id(d))
        if words_for_rows:
            self.drafts = [(b, d) for b, d in self.drafts if id(d) not in words_for_rows]
        for b, d in self.drafts:
            if id(d) in rows_of or d.deadline is None or d.deadline.date is None or b.index <= self.table_rows[0][0]:
                continue
            f = fold(d.text)
            item = _ROW_OF_THE_TABLE.search(f)
            if item is not None and d.explicit_lead and _SERVES_A_ROW.search(f, max(0, item.start() - 16), item.start()):
                item = None             # ("Văn phòng UBND tỉnh phối hợp … xây dựng dữ liệu … phục vụ nhiệm vụ số 2, hoàn thành
                                        # trong tháng 12/2026": its own work for the row, by its own time)
            leaders = _LEADERS_OF_A_PART.search(f)
            if item is not None and leaders is not None and leaders.start() <= item.start() < leaders.end():
                item = None             # ("Các sở, ngành chủ trì nhiệm vụ tại mục II": the leads of a part, no row)
            part = (_LEADS_OF_A_PART.search(f) or (leaders if d.deadline.kind != DL_RECURRING else None)) \
                if item is None else None       # (a standing report of "các cơ quan chủ trì tại mục II": read elsewhere)
            if part is not None and _REPORT_ASKED.search(f, part.end()):
                last_table = self.last_table_before(b.index)
                if last_table and any(fold(a.label).rstrip(".)") == part.group("n")
                                      for a in S.ancestors(self.nodes, last_table[0][-1].node)):
                    # "… các cơ quan được giao chủ trì giải quyết các kiến nghị nêu tại Mục II …, gửi báo
                    # cáo kết quả … trước ngày …": the bodies of the table part II holds, each its report
                    self.table_bodies_report(b, d, last_table, part)
                    continue
            if item is None and not _THE_TABLE_ABOVE.search(f) or _LEADS_OF_ROWS.search(f):
                continue                # (not "các cơ quan chủ trì các nhiệm vụ số 1 và 3 báo cáo …": their
                                        # own task, rows_named_by_number)
            if _BESIDES_THE_TABLE.search(f):
                continue                # "Riêng UBND phường X: ngoài nội dung tại bảng trên, hoàn trả … trước ngày …": a task
                                        # besides the row's, which keeps its time
            own_times = _THE_TABLES_OWN_TIMES.search(f)
            if own_times is not None:
                # "… khắc phục các tồn tại theo thời hạn tại bảng trên; lập danh sách …, gửi Sở trước ngày 15/6/2026":
                # the rows keep their times, the date is the next task's (of every body of the table when the words
                # name them so: "Ủy ban nhân dân các xã có tên tại bảng trên …"), and rows of figures only take
                # the words of the task they time ("| Xã | Hộ chưa làm sạch | … | Thời hạn hoàn thành |")
                of_table = _OF_THE_TABLE.search(f, 0, own_times.start())
                last_table = self.last_table_before(b.index)
                if of_table is not None and last_table:
                    self.task_words_to_rows(d.text[:own_times.end()], last_table)
                    self.table_bodies_report(b, d, last_table, of_table)
                continue
            last_table = self.last_table_before(b.index)
            of_table = _OF_THE_TABLE.search(f)
            if of_table is not None and of_table.group(0).startswith("chủ trì") and _STANDING_REPORT.search(f) \
                    and d.deadline.kind == DL_RECURRING:
                of_table = None         # ("Các cơ quan chủ trì tại bảng trên báo cáo … trước ngày 20 hằng tháng": a standing
                                        # report, read elsewhere)
            if item is None and of_table is not None and _OWN_REPORT.match(f, of_table.end()):
                # "Chậm nhất ngày 20/8/2026, các cơ quan, đơn vị có tên tại Bảng trên gửi báo cáo giải
                # trình nguyên nhân …": a report of their own, not the rows' new time
                self.table_bodies_report(b, d, last_table, of_table)
                continue
            at = f.find(fold(d.deadline.text)) if d.deadline.text else -1
            if item is None and of_table is not None and at > of_table.end() \
                    and _REPORT_BY_THE_TIME.search(f, of_table.end(), at) and not _FINISHED_BY.search(f, of_table.end(), at):
                # "Yêu cầu … các cơ quan, đơn vị được giao nhiệm vụ tại bảng trên chủ động giải quyết, trả lời cử tri;
                # tổng hợp kết quả, báo cáo UBND tỉnh … trước ngày 05/10/2026": each body's report by then, the rows
                # keeping their own times
                self.table_bodies_report(b, d, last_table, of_table)
                continue
            if item is None and of_table is not None and of_table.group(0).startswith("chủ trì") and last_table \
                    and not _FINISHED_BY.search(f, of_table.end(), at if at > of_table.end() else len(f)):
                # "Các đảng bộ, chi bộ chủ trì nhiệm vụ tại bảng trên xây dựng kế hoạch cụ thể, gửi về … trước ngày
                # 05/6/2026": the leads of the rows named by their role, a task of their own (no new time of the rows)
                self.table_bodies_report(b, d, last_table, of_table)
                continue
            names = {a.name for a in d.lead}
            if item is not None and last_table and any(fold(a.label).rstrip(".)") == item.group("n")
                                                       for a in S.ancestors(self.nodes, last_table[0][-1].node)):
                continue                # "… được giao nhiệm vụ tại Mục II …": the notice's part II, which
                                        # holds the table, not the table's row or group row "II"
            if item is not None and item.group("n").isdigit():
                numbers = {item.group("n")} | set(_A_ROW_NUMBER.findall(item.group("more")))
                rows = [r for _i, num, _part, r in last_table if num in numbers]
            elif item is not None:
                rows = [r for _i, _num, part, r in last_table if part == item.group("n").upper()]
            elif of_table is not None:          # "… có tên tại bảng trên": every body of the table
                rows = [r for *_x, r in last_table]
            else:
                rows = [r for *_x, r in last_table if names & {a.name for a in r.lead}]
            issued = self.ctx.issued
            rows = [r for r in rows if id(r) in given or r.deadline is None or r.deadline.date is None
                    or (r.deadline.date < d.deadline.date and (issued is None or item is not None or r.deadline.date <= issued))]
            if not rows:                # (the bodies of the table given a time: the rows overdue, not those whose
                                        # own time is still to come, "| Dự án | Chủ đầu tư | … | Thời hạn hoàn thành |"
                                        # then "Các chủ đầu tư tại bảng trên … giải ngân hết … trước ngày 31/01/2027")
                if of_table is not None and item is None and last_table:
                    # "Chậm nhất ngày 30/11/2026, các doanh nghiệp nêu tại bảng trên gửi bản kê khai giá …": a task of
                    # their own, each body of the table's (not the letter's other addressees)
                    self.table_bodies_report(b, d, last_table, of_table)
                continue
            for r in rows:
                r.deadline = d.deadline
                if d.text not in r.text:
                    r.text = r.text.rstrip() + " — " + d.text   # (what "riêng nhiệm vụ tại mục 2" asks now, what the
                                                                # sentence asks of each row's body)
                given.add(id(r))
            gone.add((d.text, d.deadline.date))
        if gone:
            self.drafts = [(b, d) for b, d in self.drafts
                           if id(d) in rows_of or d.deadline is None or (d.text, d.deadline.date) not in gone]

    def undated_tasks_of_the_table_bodies(self) -> None:
        """"1. Các đơn vị chủ trì tại bảng trên thu hồi cáp hết sử dụng …" after a task table, no time given: a
        task of every body leading a row of that table, each on its own (not of the group as written)."""
        if not self.table_rows:
            return
        rows_of = {id(x[-1]) for x in self.table_rows}
        for b, d in list(self.drafts):
            if id(d) in rows_of or (d.deadline is not None and d.deadline.date is not None) or not d.lead \
                    or not all(a.kind == COLLECTIVE and not a.members for a in d.lead) or b.index <= self.table_rows[0][0]:
                continue
            f = fold(d.text)
            of_table = _OF_THE_TABLE.search(f, 0, 80)
            if of_table is None or not _THE_TABLE_ABOVE.search(f, of_table.start(), of_table.end() + 12) \
                    or _ROW_OF_THE_TABLE.search(f):
                continue
            last_table = self.last_table_before(b.index)
            if last_table:
                self.table_bodies_report(b, d, last_table, of_table)

    def headings_naming_the_table_above(self) -> None:
        """"1. Các cơ quan có tên tại bảng trên:" over its items "a) …", "b) … trước ngày 15/6/2026" after a
        table: each item is for every body of the table, each on its own."""
        if not self.table_rows:
            return
        rows_of = {id(x[-1]) for x in self.table_rows}
        for b, d in self.drafts:
            scope = d.lead_scope
            if id(d) in rows_of or scope is None or scope.where != SC.WHERE_HEADING or not d.lead \
                    or not all(a.kind == COLLECTIVE and not a.members for a in d.lead):
                continue
            of_table = _OF_THE_TABLE.search(fold(scope.words))
            last_table = self.last_table_before(b.index) if of_table is not None else []
            leads = self.leads_of_rows(last_table)
            if leads:
                _give_leads(d, leads, scope.words)

    def last_table_before(self, index: int) -> list:
        """The rows (paragraph, number, part, draft) of the last table read before paragraph ``index``."""
        before = [x for x in self.table_rows if x[0] < index]
        return [x for x in before if x[0] >= _table_start(before)]

    def leads_of_rows(self, rows: list) -> list:
        """The bodies leading table ``rows`` (paragraph, number, part, draft), each once, groups by their members."""
        return _unique([a for *_x, r in rows for a in _expand_enumerations(r.lead, self.ctx)], self.ctx)

    def task_words_to_rows(self, words: str, rows: list) -> bool:
        """The rows of a table that hold no task's words of their own (figures, a status, a name) take ``words``,
        the sentence that gives them their task; whether any did."""
        words = words.strip(" ;,")
        took = False
        for *_x, r in rows:
            # (a row given the words of the sentence before the table, "… cụ thể như sau:", has its own after them)
            own = r.text.split(" – ", 1)[1] if id(r) in self.intro_rows and " – " in r.text else r.text
            f = _without_names(_STATUS_OF_A_ROW.sub(" ", fold(own)), r.lead)
            if not _WORDS_OF_A_TASK.search(f) or not _A_VERB_IN.search(f):
                # (figures, a status, a name; or things named with no verb: "Nhà văn hóa thôn Bản Hẻo; 2008")
                r.text, took = f"{words} — {own}", True
                self.intro_rows.add(id(r))
        return took

    def limits_restated_from_the_table(self) -> None:
        """"4. UBND phường X tiếp tục xử lý …, bảo đảm hoàn thành trong tháng 7/2026 theo thời hạn đã giao." after a
        table whose row gives the ward that task by that time: the row's task stands, the sentence only repeats it."""
        if not self.table_rows:
            return
        rows = {(a.name, r.deadline.date) for *_x, r in self.table_rows if r.deadline is not None
                and r.deadline.date is not None for a in r.lead}
        rows_of = {id(x[-1]) for x in self.table_rows}
        self.drafts = [(b, d) for b, d in self.drafts
                       if id(d) in rows_of or d.deadline is None or d.deadline.date is None or not d.lead
                       or not _AS_GIVEN.search(fold(d.text))
                       or not all((a.name, d.deadline.date) in rows for a in d.lead)]

    def limits_taken_from_the_table(self) -> None:
        """"- Rà soát, lập danh sách …, gửi Sở theo thời hạn tại bảng trên;" (undated, for the units of a table
        whose rows give each its time and no task's words, the sentence before the table taken for them): the
        task of each unit by its row's time, in place of the rows."""
        if not self.table_rows:
            return
        times: dict = {}
        rows_of: dict = {}
        for *_x, r in self.table_rows:
            if r.deadline is not None and r.deadline.date is not None:
                for a in _expand_enumerations(r.lead, self.ctx):
                    times.setdefault(a.name, r.deadline)
                    rows_of.setdefault(a.name, []).append(id(r))
        if not times:
            return
        out: list = []
        taken: set = set()
        for b, d in self.drafts:
            leads = _expand_enumerations(d.lead, self.ctx) if d.deadline is None and d.lead \
                and b.index > self.table_rows[-1][0] and _BY_THE_TIMES_OF_THE_TABLE.search(fold(d.text)) else []
            if leads and all(a.name in times and all(x in self.intro_rows for x in rows_of[a.name]) for a in leads):
                # (not rows with tasks of their own, which the sentence only restates: "Tập trung thực hiện dứt điểm
                # các nhiệm vụ còn tồn đọng theo thời hạn nêu tại Bảng trên")
                out.extend((b, replace(d, lead=[a], deadline=times[a.name], distributive=False)) for a in leads)
                taken.update(x for a in leads for x in rows_of[a.name])
                continue
            out.append((b, d))
        # (the rows that only gave the times, read with the sentence before the table, give way)
        self.drafts = [(b, d) for b, d in out if id(d) not in taken]

    def table_bodies_report(self, b, d, rows: list, of_table) -> None:
        """``d`` ("các cơ quan, đơn vị có (nhiệm vụ quá hạn) tại Bảng trên báo cáo …") is for every body
        of the table's ``rows`` (those with a task overdue, when the words say so), each on its own,
        in place of the addressees its words were first read as."""
        late = "quá hạn" in of_table.group(0) or "chậm" in of_table.group(0)
        leads = self.leads_of_rows([x for x in rows if not late or _LATE_ROW.search(fold(x[-1].text))])
        if _THE_DEPARTMENTS.match(of_table.group(0)):
            # ("Các sở, ngành được giao chủ trì nhiệm vụ tại mục II …": the departments among them, no commune)
            leads = [a for a in leads if not body_grammar().is_local_government(a)]
        f = fold(d.text)
        to = {m.agency.name for m in self.ctx.mentions(d.text) if _REPORTS_GO_TO.search(f, max(0, m.start - 12), m.start)}
        if [a for a in leads if a.name not in to]:
            leads = [a for a in leads if a.name not in to]      # (the body the reports go to sends none to itself)
        if not leads:
            return
        twins = [x for bx, x in self.drafts if bx.index == b.index and x is not d and x.text == d.text
                 and x.deadline == d.deadline]
        if twins:
            self.drafts = [(bx, x) for bx, x in self.drafts if not any(x is t for t in twins)]
        _give_leads(d, leads, d.text[of_table.start():of_table.end()])

    def task_words_from_the_item_above(self) -> None:
        """A dash that gives only its bodies and their time ("- UBND xã A, UBND xã B: trước ngày 25/8/2026;")
        under an item ending in a colon ("2. Các xã tham gia Ngày hội đăng ký các môn thi đấu … theo thời hạn:"):
        its task is the item's, in the item's words before its own."""
        parents = {n.id: n.parent for n in self.nodes}
        for b, d in self.drafts:
            if not b.marked or not b.marker or b.marker[:1] not in "-–+•*" or not d.lead or d.deadline is None \
                    or not d.deadline.text or not d.text.startswith(b.text.strip()[:20]):
                continue
            f = fold(b.text)
            rest = _without_names(f.replace(fold(d.deadline.text), " "), d.lead)
            if ":" not in f[:f.find(fold(d.deadline.text))] or _WORDS_OF_A_TASK.search(_BARE_TIME_WORDS.sub(" ", rest)):
                continue
            parent = parents.get(b.node)
            above = next((pb for pb in reversed(self.blocks[:b.index]) if pb.node == parent and pb.marked), None)
            words = _PIPES_AND_STARS.sub(" ", above.text).strip() if above is not None else ""
            if words.endswith(":"):
                d.text = f"{words.rstrip(' :')} – {d.text}"

    def times_each_unit_is_given(self) -> None:
        """A sentence's time given unit by unit after "theo thời hạn:" ("UBND các xã: A, B, C, D … hoàn
        thành cấp phát … theo thời hạn: xã A, xã B trước ngày 28/3/2026; xã C, xã D trước ngày 31/3/2026"):
        each unit's task is due on its own day, one task each (not every unit on every day)."""
        for b in {id(bx): bx for bx, _d in self.drafts}.values():
            f = fold(b.text)
            m = _TIMES_BY_UNIT.search(f) if "theo" in f else None
            if m is None:
                continue
            parts, pos = [], m.end()
            for piece in f[m.end():].split(";"):
                found = [x for x in self.ctx.deadlines(b.text[pos:pos + len(piece)]) if x.date is not None]
                parts.append((piece, found[0] if len(found) == 1 else None))
                pos += len(piece) + 1
            if sum(1 for _p, dl in parts if dl is not None) < 2:
                continue
            kept: set = set()
            out = []
            for bx, d in self.drafts:
                at = b.text.find(d.text[:60]) if bx is b else -1
                if bx is not b or not d.lead or at < 0 or not (at <= m.start() < at + len(d.text) or at >= m.end()):
                    out.append((bx, d))         # (only the task the schedule times and the schedule's own parts)
                    continue
                own = {}
                for a in d.lead:
                    unit = _COMMITTEE_OF_A_UNIT.match(fold(a.name))
                    if unit is None:
                        continue
                    place = re.compile(r"(?<!\w)" + re.escape(unit.group("unit")) + r"(?!\w)")
                    days = [dl for piece, dl in parts if dl is not None and place.search(piece)]
                    if len(days) == 1:
                        own[a.name] = days[0]
                if not own:
                    out.append((bx, d))
                    continue
                for a in d.lead:
                    if a.name in kept:
                        continue        # (the part of the schedule read as a task of its own: "xã C, xã D trước ngày …")
                    kept.add(a.name)
                    out.append((bx, replace(d, lead=[a], deadline=own.get(a.name, d.deadline))))
            self.drafts = out

    def times_decided_for_their_body(self) -> None:
        """A decision on a time ("Đồng ý gia hạn … đến ngày 30/9/2026 theo đề nghị của Sở X.",
        "Không đồng ý …. Giữ nguyên thời hạn … trước ngày 31/5/2026") is the issuer's, no task of the
        body that asked: the time is that of the body the paragraph then makes meet it ("Ban Quản lý
        dự án … hoàn thành … đúng thời hạn được gia hạn"), one task with the decision's words before
        its own, or of the unit the decision names ("… đến ngày 31/3/2027 đối với xã Bát Xát")."""
        drop: set = set()
        for i, (b, d) in enumerate(self.drafts):
            if id(d) in drop or d.deadline is None or d.deadline.date is None:
                continue
            f = fold(d.text)
            decided = _TIME_DECIDED.match(f)
            if decided is None or not _TIME_CHANGED.search(f, decided.end()):
                continue
            copies = [x for bx, x in self.drafts if bx.index == b.index and x.text == d.text
                      and x.deadline is not None and x.deadline.date == d.deadline.date]
            at = f.find(fold(d.deadline.text)) if d.deadline.text else -1
            unit = (_FOR_THE_UNIT.match(f, at + len(d.deadline.text))
                    or _FOR_THE_UNIT_BEFORE.search(f, decided.end(), at)) if at >= 0 else None
            written = d.text[unit.start("unit"):unit.end()] if unit is not None else ""
            if written and not _UBND_OPENING.match(fold(written)):
                written = "UBND " + written         # ("xã Bát Xát": its committee)
            named = [m.agency for m in self.ctx.mentions(written) if self.ctx.usable(m.agency)] if written else []
            if len(named) == 1:
                # "Đồng ý gia hạn … đến ngày 31/3/2027 đối với xã Bát Xát; không đồng ý … đối với xã B"
                d.lead, d.distributive, d.explicit_lead = named, False, True
                d.lead_words, d.needs_review = written, []
                drop |= {id(x) for x in copies if x is not d}
                continue
            then = next((x for bx, x in self.drafts[i + 1:] if bx.index == b.index and id(x) not in drop
                         and x.text != d.text and x.lead and x.explicit_lead
                         and _BACK_TO_THE_TIME.search(fold(x.text))), None)
            if then is not None and then.deadline is not None and then.deadline.date is not None:
                # "Ban X chỉ đạo nhà thầu …, hoàn thành … đúng thời hạn được gia hạn; lập tiến độ … trước
                # ngày 25/4/2026": the clause before the semicolon meets the decided time, the rest its own
                fx = fold(then.text)
                back = _BACK_TO_THE_TIME.search(fx)
                own = fx.find(fold(then.deadline.text)) if then.deadline.text else -1
                semi = fx.find(";", back.end(), own) if own > back.end() else -1
                if semi < 0:
                    continue
                first = replace(then, text=f"{d.text.rstrip()} {then.text[:semi].rstrip()}.", deadline=d.deadline)
                then.text = then.text[semi + 1:].strip()
                k = next(j for j, (_bx, x) in enumerate(self.drafts) if x is then)
                self.drafts.insert(k, (self.drafts[k][0], first))
            elif then is not None:
                # (the decision's words stay with the task: what was granted, and who meets it)
                then.deadline, then.text = d.deadline, f"{d.text.rstrip()} {then.text}"
            else:
                then = self.body_of_the_next_sentence(d, f, decided.end())
                if then is None:
                    continue
                # "Đồng ý kéo dài … sang năm 2026 như đề nghị của Bộ Tài chính. Ủy ban nhân dân tỉnh Hà Tĩnh
                # … giải ngân hết số vốn được kéo dài …" read as one task: the body of the second sentence
                d.lead, d.distributive, d.explicit_lead, d.needs_review = then, len(then) > 1, True, []
                drop |= {id(x) for x in copies if x is not d}
                continue
            drop |= {id(x) for x in copies}
        if drop:
            self.drafts = [(b, d) for b, d in self.drafts if id(d) not in drop]

    def body_of_the_next_sentence(self, d: Draft, f: str, start: int) -> Optional[list]:
        """The bodies opening the sentence after a time's decision inside one task's text, when that
        sentence goes back to the time ("… được kéo dài …", "… đúng thời hạn …"), else None."""
        stop = _SENTENCE_END_THEN_CAPITAL.search(d.text, start)
        if stop is None or not _BACK_TO_THE_TIME.search(f, stop.end()):
            return None
        ms = [m for m in self.ctx.mentions(d.text[stop.end():]) if self.ctx.usable(m.agency)]
        if not ms or ms[0].start != 0:
            return None
        run = _group_runs(ms, f[stop.end():], 0)
        return [m.agency for m in run]

    def named_in_the_bracket(self, folded: str, mentions) -> list:
        """The bodies (no groups) named inside the first bracket of a heading ``folded`` ("Các trường dự kiến làm
        điểm thi (Trường A, Trường B):")."""
        opened = folded.find("(", len(folded) - len(_strip_prefix(folded)))
        closed = folded.find(")", opened)
        return [m.agency for m in mentions if self.ctx.usable(m.agency) and m.agency.kind != COLLECTIVE
                and opened < m.start < closed]

    def units_listed(self, names: str) -> list:
        """The communes and wards a list of their bare names stands for ("Mai Sơn, Yên Châu, Sông Mã")."""
        ctx = self.ctx
        listed = [m.agency for m in ctx.mentions("UBND các xã, phường: " + names) if m.agency.members]
        return [ctx.directory.resolve(x, ctx.on, foreign=ctx.foreign) for a in listed for x in a.members]

    def read_heading(self, b, node, text: str, folded: str, mentions) -> bool:
        """A heading names its addressees ("2.1. Đối với UBND xã X:", "Chỉ đạo Sở Y tế:", "1.
        Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành:").  True when it is also a directive of
        its own ("1) Giao Sở Y tế …", "c) Sở Xây dựng rà soát năng lực nhà thầu")."""
        ctx = self.ctx
        title = node.title or text
        if any(m.start < len(title) < m.end for m in mentions):
            title = text                # "3. Các Bộ: Công Thương, Xây dựng": the list goes on past the colon
        ends_colon = text.rstrip().endswith(":")
        topic_first = _TOPIC_THEN_TITLE.fullmatch(folded[:mentions[0].start]) if ends_colon and mentions else None
        if topic_first is not None:
            title = text                # "2. Về quản lý: Chủ tịch UBND xã Hữu Lũng:": the topic, then the body addressed
        bracket = _bracketed_roles(text, _Seg(0, len(text), []), mentions, ctx) if "(" in text and "chủ trì" in folded else None
        if bracket is not None and not ends_colon and any(n.parent == node.id for n in self.nodes):
            # "2. Phát triển hạ tầng số (Sở Khoa học và Công nghệ chủ trì)": the lead of the items under it
            SC.name_addressees(node, _expand_enumerations(bracket[0], ctx), bracket[2], SC.WHERE_HEADING)
            return False
        held = _member_named(folded, mentions)
        by_member = held is not None and ends_colon and not folded[mentions[-1].end:].strip(" :*)")
        if "(" in text and not by_member:
            mentions = _without_roles_in_brackets(mentions, folded)
        if by_member:
            # "2. Phó Trưởng ban thường trực (Giám đốc Sở Nông nghiệp và Môi trường):" over its dashes: the body
            # the board member heads
            SC.name_addressees(node, _expand_enumerations(_heading_addressees(text, mentions[held:], ctx), ctx),
                               text, SC.WHERE_HEADING)
        elif ends_colon and "(" in text and _GROUP_WITH_ITS_NAMES.match(_strip_prefix(folded)) is not None \
                and (named := self.named_in_the_bracket(folded, mentions)):
            # "1. Các trường dự kiến làm điểm thi (Trường THPT Hòn Gai, Trường THPT Bình Liêu):": the bodies the
            # bracket names, each
            SC.name_addressees(node, _expand_enumerations(named, ctx), text, SC.WHERE_HEADING)
        elif "(" in text and _LOCAL_GROUP.match(_strip_prefix(folded)) and (places := _PLACES_IN_BRACKET.search(text)) is not None \
                and (units := self.units_listed(places.group("list"))):
            # "4. Các địa phương vùng hạn (các xã: Mai Sơn, Yên Châu, Sông Mã)": the communes the bracket names
            SC.name_addressees(node, units, text, SC.WHERE_HEADING)
            group = next((m.agency for m in mentions if m.start < places.start() and m.agency.kind == COLLECTIVE
                          and not m.agency.members), None)
            if group is not None:
                # (… and the group's members wherever the letter names it: "Kính gửi: … Ủy ban nhân dân các xã
                # vùng ven biển", then "Các cơ quan, đơn vị nêu trên báo cáo …")
                ctx.addressee_groups.setdefault(group_key(group.name), units)
        elif _HEADING_ADDRESSEE.match(fold(title)) or (ctx.conclusion and _RECOMMENDED_TO.match(fold(title))) \
                or (mentions and (_ONLY_TITLE.fullmatch(folded[:mentions[0].start]) or topic_first is not None
                                                                  or _MEMBER_THEN_TITLE.fullmatch(folded[:mentions[0].start]))):
            named = _heading_addressees(title, mentions, ctx) or _unit_of_heading(title) \
                or _bare_unit_of_heading(fold(title), ctx)                          # "1. Đề nghị UBND xã:"
            if named and _DIRECTS.match(fold(_strip_prefix(title))) \
                    and all(_CONTRACTOR_ROLE.fullmatch(fold(a.name)) for a in named):
                named = []              # "- Chỉ đạo nhà thầu … theo tiến độ sau:": the rows are the
                                        # task of the body above, done through its contractor
            if len(named) == 1 and " tại điều" in fold(named[0].name) and (cited := self.bodies_of_cited_items(named[0].name)):
                named = cited           # "2. UBND các xã có tên tại Điều 1:" over the article's table of communes
            elif any(body_grammar().refers_to_named_before(a.name) for a in named):
                named, _found = self.addressed_by_words(named, b.node)   # "1. UBND các xã nêu trên:"
                if len(named) == 1 and body_grammar().refers_to_named_before(named[0].name):
                    # (the letter's communes, ward and special zone, none named in the body before:
                    # "1. Ủy ban nhân dân các xã, phường, đặc khu nêu trên:")
                    named = _local_units_addressed(named[0], ctx) or named
            if len(named) == 1 and not named[0].members and (group := _GROUP_THEN_LIST.match(folded)) is not None \
                    and (listed := [m.agency for m in mentions if m.start >= group.end() and ctx.usable(m.agency)
                                    and not folded[:m.start].rstrip().endswith("(")]):
                named = listed          # "1. Các chủ đầu tư: Ban Quản lý dự án …, UBND các xã A, B": those listed
            if len(named) == 1 and not named[0].members and _LOCAL_GROUP.match(fold(named[0].name)) \
                    and (places := _PLACES_LISTED.search(text) or _PLACES_IN_BRACKET.search(text)) is not None:
                # "3. Các xã có di tích, điểm di sản: Bắc Sơn, Hữu Liên, Mẫu Sơn:": the communes (or wards)
                # the list names after the group's description
                named = self.units_listed(places.group("list")) or named
            if len(named) == 1 and not named[0].members and ctx.opening_groups:
                # "1. Nhiệm vụ chung của UBND các phường:" after "… làm việc với UBND các phường: A, B, C": those
                named = ctx.opening_groups.get(group_key(named[0].name), named)
            named = [_the_addressee_of_that_role(a, ctx) for a in named]
            SC.name_addressees(node, _expand_enumerations(named, ctx), title, SC.WHERE_HEADING)
        elif (group := _GROUP_THEN_LIST.match(folded)) is not None \
                and (listed := [m.agency for m in mentions if m.start >= group.end() and ctx.usable(m.agency)
                                and not folded[:m.start].rstrip().endswith("(")]):
            # "2. Các doanh nghiệp viễn thông: Viễn thông Nghệ An (VNPT Nghệ An), Viettel Nghệ An" over dashes:
            # the bodies the group lists (not the short name in brackets)
            SC.name_addressees(node, _expand_enumerations(listed, ctx), text, SC.WHERE_HEADING)
        elif ends_colon and (topic := _TOPIC_THEN_BODIES.fullmatch(folded)) is not None \
                and any(m.start == topic.end("topic") for m in mentions) \
                and not folded[max(m.end for m in mentions):].strip(" *:"):
            # "b) Kiến nghị điều chỉnh quy hoạch khoáng sản: **Bộ Nông nghiệp và Môi trường**:": a
            # topic, then the bodies its dashes are for
            named = _heading_addressees(text, [m for m in mentions if m.start >= topic.end("topic")], ctx)
            SC.name_addressees(node, _expand_enumerations(named, ctx), text, SC.WHERE_HEADING)
        elif ends_colon:
            intro = analyse_clause(text, folded, 0, len(text), mentions, ctx)
            if intro.explicit:
                SC.name_addressees(node, _expand_enumerations(list(intro.leads), ctx), text, SC.WHERE_HEADING)
            else:                   # "1. UBND xã tập trung thực hiện tốt các nhiệm vụ sau:", "2.1. UBND xã:"
                SC.name_addressees(node, [ctx.units[u] for u in _generic_units(text) if u in ctx.units]
                                   or _bare_unit_of_heading(folded, ctx), text, SC.WHERE_HEADING)
        own = analyse_clause(text, folded, 0, len(text), mentions, ctx)
        if ends_colon:
            self.list_deadline(b, node, text)       # "1. Giao Sở X …, hoàn thành trước ngày …:"
        elif (field := _TIME_FIELD_IN_BRACKET.search(text)) is not None:
            self.list_deadline(b, node, field.group("field"))   # "3. Xúc tiến du lịch (Thời gian thực hiện: Năm 2027)"
        whole = not ends_colon and not _FOR_OR_ABOUT_OPENING.match(folded) and \
            not _LIST_INTRO_END.search(folded) and \
            own.explicit and len(folded[own.leads_end:].strip(" .;:,")) > 0   # not just "2. Giao Sở Xây dựng"
        # (a heading of its own action before its list: "2. Các chủ đầu tư tập trung thi công, nghiệm
        # thu …; tiến độ các dự án trọng điểm như sau:")
        return whole or (ends_colon and (len(text) >= 120 or _own_task_before_list(folded, [own])))

    def is_formula(self, b, text: str, folded: str) -> bool:
        """The closing formula ("UBND tỉnh yêu cầu … nghiêm túc thực hiện./.", "Văn phòng Chính
        phủ thông báo để Bộ X biết, thực hiện./.", a decision's "… chịu trách nhiệm thi hành
        Quyết định này./."), a decision's own act ("Điều 1. Ban hành kèm theo …") and the agenda
        items of a meeting."""
        if b.index == self.last_body_index and _CLOSING.match(text) and not self.ctx.deadlines(text):
            return True
        if _may_postpone(folded) and _POSTPONED.search(folded):
            return False                # "Đồng ý lùi thời gian trình Đề án … sang tháng 12 năm 2014 như đề nghị của Bộ X"
        if _EXECUTION.search(folded) and not self.ctx.deadlines(text):
            return True
        if b.index == self.last_body_index and _THANKS.match(folded) and not self.ctx.deadlines(text):
            return True                 # "Bộ X trân trọng cảm ơn sự phối hợp của Quý Ủy ban./."
        if b.marked and b.marker.startswith("Điều") and _DECISION_ACT.match(folded):
            return True
        return bool(b.marked and _AGENDA_TITLE.search(text[:200]) and _PRESENTER_FIRST.match(text)
                    and not any(d.date is not None for d in self.ctx.deadlines(text)))
        # (not "b) Sở Công Thương trình Đề án … chậm nhất ngày 15/9/2026": a time limit to present it by)

    def names_bodies_only(self, text: str) -> bool:
        """``text`` is one body's name or a list of them and nothing else ("- Sở Nội vụ;", "- UBND các xã: A, B.")."""
        body = text.strip(" -–+•*;.,")
        if not body or len(body) > 150:
            return False
        found = self.ctx.mentions(body)
        rest = body
        for m in sorted(found, key=lambda x: -x.start):
            rest = rest[:m.start] + " " + rest[m.end:]
        return bool(found) and not _LIST_JOINERS.sub("", rest)

    @staticmethod
    def without_formula(text: str) -> str:
        """The paragraph without a letter's closing formula at its end ("Văn phòng Chính phủ
        thông báo để Bộ X biết, thực hiện./."), which a converter may have joined to the last
        directive."""
        return _without(_NOTIFY_FORMULA, text)

    def read_field_line(self, b, text: str, folded: str, mentions) -> bool:
        """"Cơ quan thực hiện: Sở X.", "Cơ quan phối hợp: Y, Z." right after a task: its lead and
        co-operating bodies (a plan's field lines; the time limit is read like any deadline)."""
        m = _FIELD_LABEL.match(folded)
        if not m:
            return False
        listed = [x for x in _listed_after(mentions, folded, m.end()) if self.ctx.usable(x.agency)]
        co_operating = []
        if m.group("lead"):
            listed, co_operating = _leads_and_co_operators(listed, folded)
        bodies = [x.agency for x in listed]
        if not bodies:
            return False
        if not self.drafts or not self.near(self.drafts[-1][1].node, b.node):
            if not (m.group("lead") and self.task_of_title(b)):
                return False
        prev_block, prev = self.drafts[-1]
        # "Đơn vị chủ trì: Sở X; Đơn vị phối hợp: Y; Thời hạn: chậm nhất ngày …" on one line
        dl = _main_deadline(self.ctx.deadlines(text)) if _DATE_HINT.search(text) else None
        if m.group("lead"):
            for d in self.closed_by_lead_line(b):
                if dl is not None and d.deadline is None:
                    d.deadline = dl
                if not d.explicit_lead:
                    d.lead = _expand_enumerations(bodies, self.ctx)
                    d.needs_review = [r for r in d.needs_review if r != M.NO_LEAD]
                    d.lead_words, d.lead_scope = text.strip(), None
                    d.explicit_lead = True
                    d.support.extend(x.agency for x in co_operating
                                     if x.agency.name not in {a.name for a in d.support})
            self.last_lead_line = b.index
        else:
            for a in bodies:
                if a.name not in {x.name for x in prev.support + prev.lead}:
                    prev.support.append(a)
            if dl is not None and prev.deadline is None:
                prev.deadline = dl
        prev.text = prev.text + "\n" + text.strip()
        return True

    def read_content_line(self, b, text: str, folded: str) -> bool:
        """"- Nội dung: Xây dựng, phát hành bộ tài liệu …" after an item's lead line ("- Cơ quan chủ
        trì: Sở X."): the words of that item's task, which the line completes (its time limit too).
        A content line before the lead line is taken in when the lead line makes the task."""
        if not _CONTENT_LABEL.match(folded) or not self.drafts:
            return False
        prev_block, prev = self.drafts[-1]
        if not self.near(prev.node, b.node) or not any(_FIELD_LABEL.match(fold(line)) for line in prev.text.split("\n")[1:]):
            return False
        if prev.deadline is None and _DATE_HINT.search(text):
            prev.deadline = _main_deadline(self.ctx.deadlines(text))
        prev.text = prev.text + "\n" + text.strip()
        return True

    def tasks_of_item_before(self, node_id: int) -> list:
        """The undated tasks of the item right before ``node_id`` at its level (its bullets
        included), when the last task read is one of them; [] otherwise."""
        node = self.nodes[node_id]
        before = [n for n in self.nodes[:node_id] if n.parent == node.parent and n.rank == node.rank]
        if node.parent is None or not before or not self.drafts:
            return []
        item = before[-1].id
        if not any(a.id == item for a in S.ancestors(self.nodes, self.drafts[-1][1].node)):
            return []
        items = {item}
        if item in self.scope_blocks:   # "- Ở trung ương: …" / "- Ở địa phương: …" / "- Thời gian hoàn thành: …"
            for n in reversed(before[:-1]):
                if n.id not in self.scope_blocks:
                    break
                items.add(n.id)
        out = [d for _blk, d in self.drafts if any(a.id in items for a in S.ancestors(self.nodes, d.node))]
        return [d for d in out if d.deadline is None] if all(d.deadline is None for d in out) else []

    def near(self, node_a: int, node_b: int) -> bool:
        """The same node, one the parent of the other, or two bullets of one item."""
        a, b = self.nodes[node_a], self.nodes[node_b]
        return node_a in _node_and_parent(self.nodes, node_b) or node_b in _node_and_parent(self.nodes, node_a) \
            or (a.parent is not None and a.parent == b.parent and a.rank in (6, 7) and b.rank in (6, 7))

    def task_of_title(self, b) -> bool:
        """A plan's item whose title is the task and whose field lines follow ("1. Hoàn thiện cơ
        sở dữ liệu dân cư" / "- Cơ quan chủ trì: Công an tỉnh." / "- Thời gian hoàn thành: Quý
        III/2026."), also a title that is a sentence but no order ("2. Nắm tình hình, kịp thời báo
        cáo UBND tỉnh …." / "- Thực hiện: Công an tỉnh."): the title becomes a task, which the
        field lines complete.  True when made."""
        for n in (self.nodes[b.node], self.nodes[self.nodes[b.node].parent or 0]):
            opening = self.opening.get(n.id)
            if opening is None or opening.index >= b.index or n.evaluation or n.purpose:
                continue
            if self._has_tasks(n.id):
                return False            # (the item has tasks of its own already)
            if opening.text.rstrip().endswith(":"):
                if self._task_of_scope_block(n, opening):
                    return True
                if len(opening.text.strip()) <= 40:
                    return False
                # "b) Xây dựng trường phổ thông nội trú liên cấp tại các xã …:" / "- Cơ quan chủ trì: …":
                # a long title before its field lines is the task too
            # … with the item's paragraphs between its title and the field line ("1. Về các dự án …" /
            # "Hiện còn 07 dự án …. Rà soát, tổng hợp …" / "- Trách nhiệm thực hiện: Sở Công Thương.")
            body = [blk.text.strip() for blk in self.blocks
                    if opening.index < blk.index < b.index and
                    ((blk.node == n.id and not blk.marked) or
                     (self.nodes[blk.node].parent == n.id and _CONTENT_LABEL.match(fold(blk.text))))]
            text = "\n".join([opening.text.strip()] + body)
            self.drafts.append((opening, Draft(node=n.id, text=text, lead=[], support=[], deadline=None,
                                               needs_review=[M.NO_LEAD])))
            return True
        return False

    def _has_tasks(self, node_id: int) -> bool:
        return any(any(a.id == node_id for a in S.ancestors(self.nodes, d.node)) for _blk, d in self.drafts[-50:])

    def _task_of_scope_block(self, n, opening) -> bool:
        """A short label that splits an item's title by where it is done ("1. Tổ chức rà soát …" /
        "- Ở trung ương:" / "+ Cơ quan chủ trì: Bộ Tư pháp." / "- Ở địa phương:" / "+ Cơ quan chủ
        trì: Ủy ban nhân dân cấp tỉnh."): each block is the title's task for its own lead."""
        label = opening.text.strip()
        title = self.opening.get(n.parent) if n.parent is not None else None
        if len(label) > 40 or title is None or title.text.rstrip().endswith(":") \
                or self.ctx.mentions(label) or self.ctx.deadlines(label) or self.nodes[n.parent].evaluation \
                or self.nodes[n.parent].purpose:
            return False
        self.scope_blocks.add(n.id)
        self.drafts.append((opening, Draft(node=n.id, text=title.text.strip() + "\n" + label, lead=[], support=[],
                                           deadline=None, needs_review=[M.NO_LEAD])))
        return True

    def closed_by_lead_line(self, b) -> list:
        """The tasks a lead line ("Cơ quan chủ trì: Sở X.") gives its bodies to: the task right
        before it, or, after a list of bullets, every bullet of the section since the last such
        line ("3.1. … / - … / - … / Trách nhiệm chỉ đạo thực hiện: Đảng ủy X; các cấp ủy.")."""
        prev_block, prev = self.drafts[-1]
        node = self.nodes[prev.node]
        if node.rank not in (6, 7) or node.parent is None:
            return [prev]
        # the numbered section the bullets are in (bullets may nest: "-" then "+")
        top = next((a.id for a in S.ancestors(self.nodes, prev.node) if a.rank not in (6, 7)), 0)
        out = []
        for blk, d in reversed(self.drafts):
            if blk.index <= self.last_lead_line or not any(a.id == top for a in S.ancestors(self.nodes, d.node)):
                break
            out.append(d)
        return out[::-1] or [prev]

    def read_listed_body(self, b, node, text: str, folded: str, mentions) -> bool:
        """A bullet that only names a body ("- Sở Xây dựng (đối với tài sản hạ tầng đô thị);")
        under an introduction ("Giao các sở quản lý chuyên ngành gồm:"): one of the addressees the
        introduction lists, no task; the tasks below ("Có trách nhiệm: a) …") are theirs."""
        if not b.marked or node.rank not in (6, 7) or node.parent is None or not mentions or mentions[0].start > 0:
            return False
        parent = self.nodes[node.parent]
        if parent.scope is None or parent.scope.where != SC.WHERE_INTRODUCTION:
            return False
        run = _group_runs(mentions, folded, 0)
        if not _LISTED_END.fullmatch(folded, run[-1].end) or not all(self.ctx.usable(m.agency) for m in run):
            return False
        bodies = _expand_enumerations([m.agency for m in run], self.ctx)
        listed = self.listed.setdefault(parent.id, [])
        if not listed:
            parent.scope.agencies, parent.addressees = [], []     # the bodies listed say who "các sở …" are
        for a in bodies:
            if a.name not in {x.name for x in listed}:
                listed.append(a)
                parent.scope.agencies.append(a)
                parent.addressees.append(a)
        return True

    def clauses(self, text: str, folded: str, mentions) -> list:
        """The clauses of a paragraph; a clause holding two tasks (two deadlines, or a second
        subject) is cut in two."""
        ctx = self.ctx
        out = []
        for a, z in _join_addressee_lists(_split_spans(text), text, folded, mentions):
            ctx.check()
            cl = analyse_clause(text, folded, a, z, mentions, ctx)
            if len(cl.deadlines) > 1:
                cl.deadlines = _without_the_datas_period(text, folded, cl)
            cuts = sorted(set(_cuts_between_deadlines(text, cl) + _subject_cuts(text, folded, cl, mentions)))
            if not cuts:
                out.append(cl)
                continue
            # "hoàn thành trong năm 2026 và đánh giá, nhân rộng … trong Quý I/2027": two tasks
            for x, y in zip([a] + cuts, cuts + [z]):
                out.append(analyse_clause(text, folded, x, y, mentions, ctx))
        for k, cl in enumerate(out):
            if not cl.explicit and _BOTH_OF_THEM.match(folded, cl.start):
                # "Hợp tác xã A khắc phục …; Hợp tác xã B bổ sung …; cả hai gửi Tổ Thư ký trước …": the two subjects before
                cl.both = len(_unique([a for c in out[:k] if c.explicit for a in c.leads], ctx)) == 2
        if ctx.addressees:
            for cl in out:
                cl.to_addressee = not cl.explicit and _request_to_the_addressee(text[cl.start:cl.end])
                cl.finish_only = cl.to_addressee and _FINISH_IT_BY.match(folded, cl.start) is not None
        for prev, cl in zip(out, out[1:]):
            if not cl.explicit and cl.deadlines and prev.deadlines and not folded[prev.end:cl.start].strip() \
                    and _PURPOSE_SUBJECT.match(folded, cl.start, cl.end):
                # "… gửi báo cáo về Sở Tài chính trước ngày 10/6 để tổng hợp, báo cáo UBND tỉnh trước
                # ngày 20/6": who receives the reports does what they are sent for
                if self._purpose_is_issuers_own(folded, prev, cl, mentions):
                    cl.issuer_own = True
                    continue
                to = _recipient(folded, prev, mentions, ctx)
                if to is not None:
                    cl.leads, cl.explicit, cl.imperative = [to], True, False
                    cl.leads_end = cl.start
            if prev.explicit and cl.explicit and _urges_bodies(folded, prev, mentions) \
                    and _URGING_AFTER.match(folded, cl.leads_end):
                # "Sở X đôn đốc các sở, ngành liên quan; UBND các huyện khẩn trương triển khai …;
                # tổng hợp, báo cáo …": the bodies after ";" are still the ones urged, not a new lead
                cl.explicit, cl.leads, cl.by_cue = False, [], False
        return out

    def _purpose_is_issuers_own(self, folded: str, prev, cl, mentions) -> bool:
        """Whether a purpose clause after a report ("… để tổng hợp, báo cáo …") is the issuer's own
        work: "… chậm nhất ngày 15/12 để Bộ Tài chính (để Sở) tổng hợp, báo cáo Thủ tướng trước ngày
        31/12" in the ministry's (the department's) letter, "… về UBND phường (qua Phòng …) … để tổng
        hợp, báo cáo UBND tỉnh …" in the ward's."""
        ctx = self.ctx
        purpose = _PURPOSE_SUBJECT.match(folded, cl.start, cl.end)
        named = next((m for m in _within(mentions, purpose.end(), cl.end) if m.start <= purpose.end() + 1), None)
        if named is not None and ctx.is_issuer(named.agency):
            return True                                 # "để Bộ Tài chính tổng hợp"
        bare = _BARE_ISSUER_HEAD.match(folded, purpose.end())
        if bare is not None and fold(ctx.issuer).startswith(bare.group("head")):
            return True                                 # "để Sở tổng hợp" in the department's letter
        if named is not None:
            return False
        main = _recipient(folded, prev, mentions, ctx, direct=True)
        if main is not None:
            return ctx.is_issuer(main)                  # the reports go to the issuer itself
        own = _TO_THE_COMMITTEE.search(folded, prev.start, prev.end)
        return own is not None and fold(ctx.issuer).replace("ủy ban nhân dân", "ubnd").startswith("ubnd " + own.group("level"))

    def read_introduction(self, b, node, text: str, folded: str, mentions, clauses) -> bool:
        """An introduction to a list ("… yêu cầu X …, trong đó tập trung:", "Giao các sở … gồm:")
        names the addressees of what follows; True when the paragraph was one."""
        if not text.rstrip().endswith(":") or any(c.deadlines for c in clauses):
            return False
        purpose = _ISSUERS_PURPOSE_FIRST.match(folded)
        if purpose is not None:
            # "Để kịp tổng hợp, trình UBND tỉnh trước ngày 24/6/2026, Sở Tài chính đề nghị:": the issuer's own time, in the
            # purpose before its request, no time of the list either
            blank = " " * (purpose.end() - purpose.start("time"))
            text = text[:purpose.start("time")] + blank + text[purpose.end():]
            folded = folded[:purpose.start("time")] + blank + folded[purpose.end():]
        if b.index == self.last_body_index and any(c.explicit for c in clauses):
            return False                # nothing follows it: "… giao Sở X triển khai một số nội dung sau:" is the task
        ctx = self.ctx
        explicit = next((c for c in clauses if c.explicit), None)
        leads = list(explicit.leads) if explicit is not None else None
        if leads is None:
            leads = _after_last_cue(folded, mentions, ctx)
        held = _member_named(folded, mentions) if not leads and mentions else None
        if held is not None and not folded[mentions[-1].end:].strip(" :*)"):
            # "2. Phó Trưởng ban thường trực (Giám đốc Sở Nông nghiệp và Môi trường):" over its dashes: the
            # body the board member heads
            leads = _heading_addressees(text, mentions[held:], ctx)
        if not leads and mentions and _ONLY_TITLE.fullmatch(folded[:mentions[0].start].lstrip("*")) \
                and not folded[mentions[-1].end:].strip(" :*"):
            leads = _heading_addressees(text, mentions, ctx)    # "UBND các huyện: Yên Châu, Sốp Cộp:" over its
                                                                # dashes: the bodies it names, nothing else
            if leads and not b.marked and node.parent is not None and S.BULLET_RANK <= node.rank <= S.BULLET_RANK + 1:
                # "**Sở Tài chính:**" after the dashes of "**Sở Tài nguyên và Môi trường:**": a line of
                # its own over the dashes that follow, at the level of those before, not their last one's
                node = next(n for n in self.nodes if n.id == node.parent)
        if not leads:
            leads = [ctx.units[u] for u in _generic_units(text) if u in ctx.units]
        if not leads:
            # "Công ty thống nhất với kết quả kiểm tra và cam kết:" over the firm's commitments, in the minutes of a
            # check at "Công ty cổ phần X": that firm
            back = _back_reference(" " + text.lstrip(" *"), " " + folded.lstrip(" *"), 0, [], ctx)
            leads = [back] if back is not None and back is not _BARE else []
        words = _intro_words(text, folded, explicit) if explicit is not None else text[clauses[0].start:]
        if not leads and explicit is None and _LEADS_THE_WORK.match(fold(_strip_prefix(text))):
            return False                # "Chủ trì, phối hợp … triển khai các nhiệm vụ …, bao gồm:": the
                                        # task of the heading's body, which the items below detail
        leads, _found = self.addressed_by_words(leads or [], b.node)
        SC.name_addressees(node, _unique(_expand_enumerations(leads, ctx), ctx), words, SC.WHERE_INTRODUCTION)
        if leads:
            node.last_leads, node.last_scope = [], None     # its list is for these bodies, not for the
                                                            # lead of a paragraph before it
        self.list_deadline(b, node, text)
        if not leads and _PAST_ORDER.search(fold(text).rstrip(" :")):
            self.past_list = (node.id, b.index)     # "Bộ X đã ban hành các văn bản …, cụ thể:"
        return True

    def list_deadline(self, b, node, text: str) -> None:
        """An introduction's time limit for the items of its list ("Giao Sở X thực hiện các nội
        dung sau, hoàn thành trước ngày 30/9/2026:"); a topic ("Đối với dự án hoàn thành trong
        năm 2026:") sets none.  At the top level it holds for the list right below it only."""
        if _TOPIC_TITLE.match(fold(text.strip())):
            return
        dl = _main_deadline(self.ctx.deadlines(_last_sentence(text.rstrip().rstrip(":"))))
        if node.id == 0:
            self.top_list_deadline = (dl, b.index) if dl is not None else None
        else:
            node.deadline = dl

    def leads_of_this_paragraph(self) -> list:
        """The bodies the paragraph being read has named as leads of its tasks so far, by name (not
        by "các cơ quan, đơn vị" nor inherited)."""
        out: list = []
        for blk, d in reversed(self.drafts):
            if blk.index != self.reading:
                break
            if not d.explicit_lead or d.lead_scope is not None or not _GIVEN_BY_A_CUE.match(fold(d.text)) \
                    or d.monitors:
                continue                # (only bodies given tasks by an order: "Giao A, B …", "Yêu cầu A …";
                                        # not the one told to follow the others up: "Giao VP theo dõi, đôn đốc")
            for a in d.lead:
                if a.kind != COLLECTIVE and a.name not in {x.name for x in out}:
                    out.append(a)
        return out

    def told_by_the_issuer(self, text: str, seg) -> Optional[list]:
        """The bodies the issuer tells to act in "<issuer> thông báo để các cơ quan, đơn vị biết,
        thực hiện; …" (perhaps none, "để Quý cơ quan biết"); None when the segment is not such a
        sentence."""
        m = _TOLD_TO_ACT.search(fold(text), seg.start, seg.end)
        if m is None:
            return None
        return [x.agency for x in self.seen if m.start("who") <= x.start < m.end("who")]

    def only_follow_up_after(self) -> bool:
        """The paragraph read is an item followed only by items telling a body to follow the others up
        ("8. Các cơ quan, đơn vị nêu trên báo cáo …" / "9. Văn phòng UBND tỉnh theo dõi, đôn đốc …./.")."""
        cur = self.blocks[self.reading]
        later = [b for b in self.blocks[self.reading + 1:self.last_body_index + 1] if b.text.strip()]
        return cur.marked and bool(later) and all(b.marked and _FOLLOWS_UP.search(fold(b.text)) for b in later)

    def firms_of_that_role(self, leads: list) -> list:
        """For a role written back in the plural ("Các nhà đầu tư nêu trên", "các nhà thầu nêu trên"): the
        firms the last table's column of that role names, else the firms the letter is addressed to; []
        when the words are no such role."""
        role = next((a for a in leads if _is_role(a) and not a.members), None)
        if role is None:
            return []
        head = " ".join(fold(role.canonical or role.name).split())
        of_table = bool(self.table_rows) and fold(self.table_lead_header).strip(" *") == head.removeprefix("các ") \
            and not self.only_recurring_times()     # (not a standing report: "Các chủ đầu tư báo cáo … trước ngày 05
                                                    # hằng tháng", the duty of every investor)
        # (the role written in the plural where it is named: "… Các nhà thầu thi công lập hồ sơ …")
        plural = any(m.agency.name == role.name and (self.seen_folded[max(0, m.start - 4):m.start] == "các "
                                                     or fold(m.written).startswith("các "))
                     for m in self.seen)
        to_investors = plural and not self.table_rows and head.removeprefix("các ") == "chủ đầu tư" \
            and _INVESTORS_ADDRESSED.search(fold(self.ctx.addressee_words)) is not None \
            and _OTHERS_ADDRESSED.search(fold(self.ctx.addressee_words)) is None
        if head.removeprefix("các ") == "chủ đầu tư" and not to_investors and not _ROLE_NAMED_BACK.search(self.seen_folded):
            return []                   # ("Các chủ đầu tư lập kế hoạch giải ngân …" after a table of works: every investor,
                                        # the group as written; "Các chủ đầu tư tại bảng trên …": the table's)
        if not _ROLE_NAMED_BACK.search(self.seen_folded) and not to_investors \
                and not (plural and (of_table or (head in _BUILDERS and len(self.firms_addressed()) >= 2))):
            return []                   # (but "Các nhà thầu thi công lập hồ sơ …" under a table whose column "Nhà thầu"
                                        # names them, or in a letter to the firms: those firms; "Các chủ đầu tư tập
                                        # trung …" in a letter to the investors: each of them, below)
        if of_table:
            found = _unique([a for _i, _n, _p, r in self.table_rows for a in _expand_enumerations(r.lead, self.ctx)
                             if self.ctx.usable(a)], self.ctx)
            if found:
                return found
        firms = self.firms_addressed()
        if not firms and head.removeprefix("các ") == "chủ đầu tư" and (to_investors or _ROLE_NAMED_BACK.search(self.seen_folded)):
            # "Các chủ đầu tư nêu trên …" in a letter to the investors of public works (a project board, communes):
            # every body addressed
            return _expand_enumerations([a for a in self.ctx.addressees if self.ctx.usable(a)], self.ctx)
        if not firms and head.removeprefix("các ") == "nhà đầu tư" and _ROLE_NAMED_BACK.search(self.seen_folded):
            # "3. Các nhà đầu tư nêu trên báo cáo …" in a notice with no "Kính gửi", after items given to firms by name:
            # those firms
            firms = [a for a in self.leads_so_far() if _is_firm(a) and not _is_contractor(a)]
        return firms

    def units_of_a_bare_name(self, leads: list) -> list:
        """``leads`` with a body named back by the name its units share ("Các phòng và Bảo hiểm xã hội cơ sở nêu trên"
        after "Bảo hiểm xã hội cơ sở Hữu Lũng, … Chi Lăng, … Cao Lộc") replaced by those units leading tasks so far, when
        two or more."""
        out = []
        for a in leads:
            said = next((m for m in self.seen if m.agency is a), None) if a.kind != COLLECTIVE and not a.members else None
            if said is not None and _NAMED_ABOVE_RIGHT_AFTER.match(self.seen_folded, said.end):
                prefix = " ".join(fold(a.name).split()) + " "
                kin = [b for b in self.leads_so_far() if " ".join(fold(b.name).split()).startswith(prefix)]
                if len(kin) >= 2:
                    out.extend(kin)
                    continue
            out.append(a)
        return out

    def bodies_of_that_name(self, leads: list) -> list:
        """For a group written as the plural of one body's name ("Các Đội Quản lý thị trường", its head and field
        capitalised): the bodies of that name leading tasks so far, when two or more; [] otherwise."""
        groups = [a for a in leads if a.kind == COLLECTIVE and not a.members]
        if len(groups) != 1 or len(leads) != 1:
            return []
        words = (groups[0].written or groups[0].name).split()
        if len(words) < 3 or fold(words[0]) != "các" or not all(w[:1].isupper() for w in words[1:3]):
            return []
        prefix = " ".join(fold(w) for w in words[1:]) + " "
        at = self.seen_folded.find(" ".join(fold(w) for w in words))
        if at < 0 or not _THEY_REPORT_AFTER.match(self.seen_folded, at + len(" ".join(words))):
            return []                   # (only their reports: "Các Đội Quản lý thị trường báo cáo tổng kết …"; "1. Các Đồn
                                        # Biên phòng duy trì …" may mean every post, not those named above)
        # (the letter's addressees of that name first: "Kính gửi: Các Đội Quản lý thị trường số 1, số 2, số 3")
        addressed = _expand_enumerations([a for a in self.ctx.addressees if self.ctx.usable(a)], self.ctx)
        kin = _unique([a for a in addressed + self.leads_so_far() if fold(a.name).startswith(prefix) and a.kind != COLLECTIVE],
                      self.ctx)
        return kin if len(kin) >= 2 else []

    def units_under_the_issuer(self, leads: list) -> list:
        """For the issuer's own units of a head ("Các tổ trực thuộc báo cáo …" closing a market board's notice, "Các phòng
        trực thuộc …"): the bodies of that head leading tasks so far, when two or more; [] otherwise."""
        if len(leads) != 1 or leads[0].kind != COLLECTIVE or leads[0].members:
            return []
        m = _UNITS_UNDER_THE_ISSUER.fullmatch(" ".join(fold(leads[0].name).split()))
        if m is None:
            return []
        kin = _unique([a for a in self.leads_so_far(but=self.seen)
                       if a.kind != COLLECTIVE and fold(a.name).startswith(m.group("head") + " ")], self.ctx)
        return kin if len(kin) >= 2 else []

    def addressees_of_that_title(self, leads: list) -> list:
        """For a group written as the plural of a title the letter's addressees hold ("các Trưởng thôn" in a letter to
        "Trưởng thôn các thôn: Đồng Bục, Na Hoa"): those addressees, when two or more; [] otherwise."""
        if len(leads) != 1 or leads[0].kind != COLLECTIVE or leads[0].members:
            return []
        words = " ".join(fold(leads[0].written or leads[0].name).split())
        titled = _TITLE_OF_A_GROUP.fullmatch(words)
        if titled is not None:
            # "Sở Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện …:" in a letter to "Hiệu trưởng các trường
            # THPT: A, B" and "Hiệu trưởng Trường PTDTNT THPT tỉnh": every addressee holding that title at such a body
            addressed = _expand_enumerations([a for a in self.ctx.addressees if self.ctx.usable(a)], self.ctx)
            kin = _unique([a for a in addressed if a.kind != COLLECTIVE
                           and fold(a.name).removeprefix(titled.group("title") + " ").startswith(titled.group("noun") + " ")],
                          self.ctx)
            return kin if len(kin) >= 2 and len(kin) == len(addressed) else []
        if not words.startswith("các ") or not body_grammar().hamlet_title_re.fullmatch(words[4:]):
            return []
        prefix = words[4:] + " "
        addressed = _expand_enumerations([a for a in self.ctx.addressees if self.ctx.usable(a)], self.ctx)
        kin = _unique([a for a in addressed if a.kind != COLLECTIVE and fold(a.name).startswith(prefix)], self.ctx)
        return kin if len(kin) >= 2 else []

    def bodies_of_the_lead_column(self, leads: list) -> list:
        """For a group named as the last table's lead column is headed ("Các đơn vị thực hiện …" under a column
        "Đơn vị thực hiện"): the bodies of that column; [] otherwise."""
        if not self.table_rows or not any(a.kind == COLLECTIVE and not a.members for a in leads):
            return []
        head = " ".join(fold(self.table_lead_header).strip(" *").split())
        if len(head.split()) < 2 or not head.startswith(("đơn vị", "cơ quan", "tổ chức")) \
                or ("chủ trì" in head and not head.startswith("tổ chức")):
            return []                   # ("Các cơ quan chủ trì báo cáo …": read by the rows' leads, elsewhere; "Các tổ chức
                                        # chủ trì nhiệm vụ …" under "| Tổ chức chủ trì |" here)
        m = _GROUP_OPENING.match(self.seen_folded)
        if m is None or not self.seen_folded[m.end():].startswith(head) \
                or _WORD_CHAR.match(self.seen_folded, m.end() + len(head)) \
                or body_grammar().refers_to_addressees("các " + head):
            return []                   # (not "Các cơ quan, đơn vị nêu trên …" under a column "Cơ quan, đơn vị": the
                                        # bodies named before, read elsewhere)
        return [a for a in self.leads_of_rows(self.last_table_before(self.reading))
                if self.ctx.usable(a) and a.kind != COLLECTIVE]

    def addressees_of_that_kind(self, leads: list) -> tuple:
        """For a group named back by its kind ("Hiệu trưởng các trường nêu trên", "Các bệnh viện nêu trên"): (its
        name, the letter's addressees of that kind: "Trường Mầm non Na Sầm", "Trường THCS …"); else ("", [])."""
        for a in leads:
            if a.members or a.kind != COLLECTIVE:
                continue
            name = " ".join(fold(a.name).split())
            m = _PLURAL_OF_A_KIND.fullmatch(name)
            named_above = m is None and (m := _PLURAL_OF_A_KIND.match(name)) is not None \
                and _NAMED_ABOVE_RIGHT_AFTER.fullmatch(name, m.end()) is not None    # ("Các trường nêu trên" as one group)
            at = next((x for x in self.seen if x.agency is a), None)
            if m is None or at is None or not (named_above or _NAMED_ABOVE_RIGHT_AFTER.match(self.seen_folded, at.end)):
                continue
            kind = m.group("kind") + " "
            starts = _NAMES_OF_A_KIND.get(m.group("kind"), (kind, "các " + kind))
            # (each school of "Hiệu trưởng các trường: Mầm non A, Tiểu học B" addressed too)
            found = [x for x in _expand_enumerations(self.ctx.addressees, self.ctx)
                     if self.ctx.usable(x) and (fold(x.name) + " ").startswith(starts)]
            return a.name, found        # (also a group of that kind addressed: "Các trường trung học phổ thông trực thuộc Sở")
        return "", []

    def firms_addressed(self) -> list:
        """The firms the letter is addressed to ("Công ty …", "Liên danh …")."""
        return [a for a in self.ctx.addressees if self.ctx.usable(a) and _A_FIRM_NAME.match(fold(a.name))]

    def name_the_members(self, named: list) -> None:
        """What "UBND các xã thành viên", "Các xã thành viên", "Các đơn vị thành viên" mean once an emulation
        cluster's members are listed (also "UBND các xã", written bare before "thành viên"): those members."""
        levels = {" ".join(fold(a.name).split()[1:2]) for a in named if fold(a.name).startswith("ubnd ")}
        words = ["đơn vị"] + ([levels.pop()] if len(levels) == 1 and len(named) == sum(fold(a.name).startswith("ubnd ") for a in named) else [])
        for w in words:
            for written in (f"các {w} thành viên", f"UBND các {w} thành viên") + ((f"các {w}", f"UBND các {w}") if w != "đơn vị" else ()):
                self.ctx.addressee_groups.setdefault(group_key(written), list(named))

    def board_members_named(self, text: str) -> None:
        """Note the bodies a decision makes a board's members by their heads ("Phó Trưởng ban: Ông …, Giám đốc
        Sở X", "Thành viên Ban Chỉ đạo: Giám đốc các Sở: A, B; Chủ tịch UBND các xã: C, D"): what "Các thành
        viên Ban Chỉ đạo báo cáo …" later means."""
        if not self.group_members and "gồm" in text:
            # "Cụm thi đua số 4 (gồm UBND các xã: Tiên Lãng, Tân Minh, Vĩnh Bảo)": the group's members, what "UBND
            # các xã thành viên" and "Các xã thành viên" later mean
            for g in _COMPOSED_OF.finditer(fold(text)):
                named = _expand_enumerations([m.agency for m in self.ctx.mentions(text[g.start("list"):g.end("list")])
                                              if self.ctx.usable(m.agency)], self.ctx)
                if sum(a.kind != COLLECTIVE for a in named) >= 2:
                    # (the issuer, the cluster's leader, no member the words name back)
                    self.group_members = [a for a in named if a.kind != COLLECTIVE and not self.ctx.is_issuer(a)]
                    self.name_the_members(self.group_members)
                    break
        if self.ctx.meeting is not None:
            return                      # (the members a meeting's attendance lists are those who came, not the board)
        f = fold(text)
        label = _MEMBER_LABEL.search(f)
        if label is None:
            return
        for a in _expand_enumerations([m.agency for m in self.ctx.mentions(text[label.start():])
                                       if self.ctx.usable(m.agency) and not self.ctx.is_issuer(m.agency)
                                       and not (m.agency.kind == COLLECTIVE and not m.agency.members)
                                       and not _THE_MEMBERS.match(fold(m.agency.name))], self.ctx):
            if a.name not in {x.name for x in self.board_members}:
                self.board_members.append(a)

    def given_tasks_above(self, leads: list) -> Optional[list]:
        """For a group named by the tasks the document gave ("Các cơ quan, đơn vị được giao nhiệm vụ", "Các sở,
        ngành là thành viên Ban Chỉ đạo"): the bodies leading the tasks read so far, not groups (of the
        departments' kind only for "các sở, ngành"); None when the words are no such group or no body leads a
        task above."""
        g = body_grammar()
        groups = [m for m in self.seen if m.agency in leads and (g.refers_to_addressees(m.agency.name)
                                                                 or fold(m.agency.name).startswith("các sở"))
                  and (_GIVEN_TASKS_HERE.match(self.seen_folded, m.end) or _A_MEMBERS_GROUP.search(" ".join(fold(m.written).split())))]
        if not groups:
            return None
        found = [a for a in self.leads_so_far(but=self.seen)
                 if a.kind != COLLECTIVE and not fold(a.name).startswith("các ") and not _THE_MEMBERS.match(fold(a.name))]
        if all(fold(m.agency.name).startswith("các sở") for m in groups):
            found = [a for a in found if not g.is_local_government(a)]
        return found or None

    def leads_so_far(self, but: tuple = ()) -> list:
        """The bodies leading the tasks read so far (not those told to follow them up, nor those the
        mentions ``but`` name)."""
        out: list = []
        seen = {m.agency.name for m in but}
        for _blk, d in self.drafts:
            for a in d.lead if not d.monitors else ():
                if self.ctx.usable(a) and a.name not in seen:
                    seen.add(a.name)
                    out.append(a)
        return out

    def addressed_by_words(self, leads: list, node_id: int) -> tuple:
        """Leads with "các cơ quan, đơn vị"-like words replaced by the addressees of their scope
        (heading, introduction, the letter), or by the bodies leading the items above them;
        (leads, the scope they came from or None).  "Các đơn vị thuộc Ban nêu trên": of those, the
        owner's own units only (not the departments, committees or military commands named beside them)."""
        out, scope = self.addressed_by_words_of_any_owner(leads, node_id)
        if _UNITS_OF_AN_OWNER.search(self.seen_folded) and any(a.kind == COLLECTIVE and not a.members for a in leads):
            own = [a for a in out if not _NO_UNIT_OF_AN_OWNER.match(fold(a.name))]
            if own and len(own) < len(out):
                return own, (replace(scope, agencies=list(own)) if scope is not None else None)
        return out, scope

    def addressed_by_words_of_any_owner(self, leads: list, node_id: int) -> tuple:
        """``addressed_by_words`` before an owner named after the words narrows the bodies down."""
        g = body_grammar()
        leads = self.units_of_a_bare_name(leads)
        listed = [a for a in leads if a.kind == COLLECTIVE and not a.members and _NAMED_IN_THE_LIST.search(" " + fold(a.name))]
        if listed and self.table_rows and (bodies := self.bodies_of_the_table_above()):
            # "1. Các cơ sở có tên tại bảng trên khắc phục …" (or the letter's "Kính gửi: Các cơ sở có tên tại bảng dưới
            # đây" standing for them): the bodies of the table's rows, each
            out = _unique([x for a in leads for x in (bodies if a in listed else [a])], self.ctx)
            return out, SC.Scope(list(bodies), ", ".join(a.name for a in bodies), SC.WHERE_NAMED_BEFORE, distributive=True)
        letter = self.whole_letter() if any(g.refers_to_the_letter(a.name) for a in leads) else []
        if not letter and any(_MINISTRIES_AND_LOCALITIES.match(fold(a.name)) and not a.members for a in leads):
            # "Bộ Tài chính đề nghị các Bộ, cơ quan trung ương và địa phương:" in a letter to "Các Bộ, cơ
            # quan trung ương" and "UBND các tỉnh, thành phố …": the addressees of both kinds
            both = [a for a in self.ctx.addressees if self.ctx.usable(a)]
            if any(fold(a.name).startswith("các bộ") for a in both) and any(g.is_local_government(a) for a in both):
                letter = both
        if not letter and self.ctx.addressees and self.reading in (self.last_body_index, self.closing_index) \
                and any(_GENERIC_DEPARTMENTS.fullmatch(" ".join(fold(a.name).split())) and not a.members for a in leads):
            # "Yêu cầu Thủ trưởng các sở, ngành, đơn vị và Chủ tịch UBND các xã, phường triển khai …, báo cáo …" closing
            # a letter to two departments, a union, a fund and the communes: the addressees other than the local
            # governments for the departments' words (not an item's "Thủ trưởng các sở, ban, ngành … chịu trách nhiệm
            # giải ngân …" in a chairman's conclusions conveyed: every department of the province, as written)
            others = [a for a in _expand_enumerations([x for x in self.ctx.addressees if self.ctx.usable(x)], self.ctx)
                      if not g.is_local_government(a)]
            if others and not any(a.kind == COLLECTIVE for a in others):     # (bodies named, not "Kính gửi: Các sở, ngành")
                out = [x for a in leads for x in (others if _GENERIC_DEPARTMENTS.fullmatch(" ".join(fold(a.name).split()))
                                                  and not a.members else [a])]
                return _unique(out, self.ctx), SC.Scope(list(others), self.ctx.addressee_words, SC.WHERE_LETTER,
                                                        distributive=True)
        if letter:
            # "Thủ trưởng các cơ quan, đơn vị tại Kính gửi báo cáo …": every addressee, wherever it stands
            return _standing_for(leads, lambda n: g.refers_to_the_letter(n) or _MINISTRIES_AND_LOCALITIES.match(fold(n)),
                                 letter), \
                SC.Scope(list(letter), self.ctx.addressee_words, SC.WHERE_LETTER, distributive=True)
        named, where = [], SC.WHERE_NAMED_BEFORE
        if self.ctx.attendees and any(_AT_THE_MEETING.search(fold(a.name)) for a in leads):
            # "Đề nghị các cơ quan, đơn vị dự họp báo cáo …": those the opening says attended (not the bodies of a table
            # right above)
            return list(self.ctx.attendees), SC.Scope(list(self.ctx.attendees), "các cơ quan, đơn vị dự họp", where)
        firms = self.firms_of_that_role(leads)
        if firms:
            # "Các nhà đầu tư nêu trên báo cáo …" after a table of projects and their investors (or a letter to
            # the firms): each firm named in that role
            return _standing_for(leads, lambda n: any(a.name == n for a in leads if _is_role(a)), firms), \
                SC.Scope(list(firms), ", ".join(a.name for a in firms), where, distributive=True)
        # "Các Đội Quản lý thị trường số 1, số 2, số 3" in a row above, then "2. Các Đội Quản lý thị trường báo cáo
        # tổng kết … trước ngày …": each body of that name given a task above; "| … | Đơn vị thực hiện | … |" rows, then
        # "5. Các đơn vị thực hiện báo cáo tổng kết …": the bodies of that column (not those the items above named)
        if len(leads) == 1 and _hamlet_heads_named_back(leads[0]) \
                and (heads_above := [a for a in self.leads_so_far(but=self.seen)
                                     if body_grammar().hamlet_title_re.match(" ".join(fold(a.name).split()))]):
            # "| 2 | … | Trưởng các thôn: A, B, C | … |" … "Trưởng các thôn nêu trên tổ chức …": the hamlets' heads given
            # tasks above
            return heads_above, SC.Scope(list(heads_above), leads[0].name, where, distributive=True)
        kin = self.bodies_of_that_name(leads) or self.units_under_the_issuer(leads) or self.bodies_of_the_lead_column(leads) \
            or self.addressees_of_that_title(leads)
        if kin:
            return _standing_for(leads, lambda n: any(a.name == n and a.kind == COLLECTIVE for a in leads), kin), \
                SC.Scope(list(kin), ", ".join(a.name for a in kin), SC.WHERE_NAMED_BEFORE, distributive=True)
        kind, of_kind = self.addressees_of_that_kind(leads)
        if len(of_kind) >= 2:
            # "Đề nghị Hiệu trưởng các trường nêu trên báo cáo …" in a letter to six schools: each school addressed
            out = _standing_for(leads, lambda n: n == kind, of_kind)
            rest = [a for a in leads if a.name != kind and g.refers_to_named_before(a.name)]
            if rest:
                # (… and the bodies named back with them: "Các trường và UBND các xã nêu trên": the communes too)
                more, _found = self.addressed_by_words(rest, node_id)
                out = _unique([x for a in out for x in (more if a in rest else [a])], self.ctx)
            return out, SC.Scope(list(out), self.ctx.addressee_words, SC.WHERE_LETTER, distributive=True)
        firms = self.firms_addressed() if any(_THE_FIRMS.fullmatch(" ".join(fold(a.name).split())) and not a.members
                                              for a in leads) else []
        if len(firms) >= 2:
            # "Đề nghị các Công ty nghiêm túc thực hiện, báo cáo …" in a letter to three road companies: each of them
            return _standing_for(leads, lambda n: _THE_FIRMS.fullmatch(" ".join(fold(n).split())) is not None, firms), \
                SC.Scope(list(firms), self.ctx.addressee_words, SC.WHERE_LETTER, distributive=True)
        described = self.the_table_they_stand_in(leads) or self.the_table_they_introduced(leads)
        if described:
            # "| Đơn vị | Số hồ sơ trễ hạn | … |" under "2. Các đơn vị có hồ sơ trễ hạn", then "Đề nghị các đơn vị có
            # hồ sơ trễ hạn nêu trên báo cáo … trước ngày …": the bodies of that table, each
            return described, SC.Scope(list(described), ", ".join(a.name for a in described), where, distributive=True)
        column = [a for a in leads if not a.members and self.table_rows and self.reading - self.table_rows[-1][0] <= 2
                  and _A_BUSINESS.fullmatch(self.table_lead_header) and fold(a.name) == "các " + self.table_lead_header]
        if column and not self.only_recurring_times() and (bodies := self.bodies_of_the_table_above()):
            # "| Dự án | Chủ đầu tư | … |" then "Đề nghị các chủ đầu tư báo cáo … chậm nhất ngày …": the bodies of
            # the table's column of that name, each (a role of firms: "các cơ quan chủ trì" is read elsewhere), when
            # the table stands right above (not a standing report: "Các chủ đầu tư báo cáo … trước ngày 05 hằng tháng")
            out = [x for a in leads for x in (bodies if a in column else [a])]
            return _unique(out, self.ctx), SC.Scope(list(bodies), column[0].name, where, distributive=True)
        if self.group_members and any(a.kind == COLLECTIVE and not a.members for a in leads) \
                and _MEMBERS_OF_THE_GROUP.match(self.seen_folded):
            # "Cụm thi đua số 4 (gồm UBND các xã: A, B, C)" … "1. UBND các xã thành viên phân công … trước ngày …": each
            # member (not the issuer, the cluster's leader)
            return list(self.group_members), SC.Scope(list(self.group_members), " ".join(a.name for a in leads),
                                                      SC.WHERE_NAMED_BEFORE, distributive=True)
        if self.board_members and any(_THE_MEMBERS.match(fold(a.name)) for a in leads) \
                and _MEMBERS_REPORT.search(self.seen_folded):
            # "Các thành viên Ban Chỉ đạo báo cáo kết quả … trước ngày …": the bodies whose heads Điều 1 made members
            members = [a for a in self.board_members if a.name not in {m.agency.name for m in self.seen}]
            return members, SC.Scope(list(members), " ".join(a.name for a in leads), SC.WHERE_NAMED_BEFORE, distributive=True)
        if (given := self.given_tasks_above(leads)) is not None:
            # "Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả … về Sở Tài chính trước ngày …" closing a plan,
            # "Các sở, ngành là thành viên Ban Chỉ đạo báo cáo …" closing the board's division of duties: the bodies
            # the document gave tasks to, each (not the body the reports go to)
            return given, SC.Scope(list(given), " ".join(a.name for a in leads), SC.WHERE_NAMED_BEFORE, distributive=True)
        closing = self.reading in (self.last_body_index, self.closing_index)     # (also an item of its own, or a
                                                                                # sentence run on to the last item)
        members = closing and _MEMBERS_REPORT.search(self.seen_folded) is not None
        if any(_THOSE_LEADING.search(fold(a.name)) or (members and _THE_MEMBERS.match(fold(a.name))) for a in leads) \
                and not self.table_rows and not _STANDING_REPORT.search(self.seen_folded) \
                and (leading := [a for a in self.leads_so_far(but=self.seen)
                                 if not _THE_MEMBERS.match(fold(a.name)) and not fold(a.name).startswith("các ")]) \
                and not any(a.kind == COLLECTIVE and not a.members for a in leading):
            # "Các đơn vị chủ trì nêu trên báo cáo …" after items each with its lead, "Đề nghị các thành viên
            # Tổ công tác nêu trên … báo cáo … về Tổ giúp việc" closing a list of members' duties: those leads
            # (not the co-operating bodies the last item names, nor the body the reports go to; after a task
            # table, its rows' rule, and never for groups read as they stand)
            return leading, SC.Scope(list(leading), " ".join(a.name for a in leads), where)
        if any(g.refers_to_named_before(a.name) for a in leads):
            # (a sentence of its own after an item's, run on to its last line: "- Rà soát …, gửi Sở Xây dựng trước
            # ngày 22/8/2026. Các cơ quan, đơn vị nêu trên báo cáo …" closing the letter, no item's words)
            marked = self.blocks[self.reading].marked and not self.a_later_sentence(leads)
            # "các địa phương nêu trên": of the bodies named before, the local governments only (not
            # the ministry whose letter the paragraph cites)
            kinds = [g.local_named_before(a.name) for a in leads if g.refers_to_named_before(a.name)]
            # ("các sở, ngành, UBND các huyện nêu trên": both kinds, as "Các Bộ, địa phương nêu trên")
            local = all(kinds)
            mixed = any(g.mixed_named_before(a.name) for a in leads) or (any(kinds) and not local)
            sources = [lambda: self.named_before_here(node_id), lambda: self.item_leads(node_id),
                       lambda: self.letter_addressees(node_id),
                       # (last, the letter's "Kính gửi" bodies, a group by its members: "Ủy ban nhân dân các
                       # xã nêu trên báo cáo …" after a table and a paragraph of the issuer's own)
                       self.every_addressee]
            if any(_POINTED_AT.search(fold(a.name)) for a in leads):
                # "Đến nay, UBND các xã: A, B chưa gửi báo cáo …. Đề nghị UBND các xã này gửi …": those the
                # paragraph named before the words, first
                sources.insert(0, lambda: self.named_earlier_here(leads))
            table_above = bool(self.table_rows) and self.table_rows[-1][0] == self.reading - 1
            if self.table_rows and not table_above and any(_IN_THE_TABLE.search(fold(a.name)) for a in leads):
                # "Các doanh nghiệp nêu tại Bảng báo cáo …" below the items that follow the table: its bodies
                sources.insert(0, self.bodies_of_the_table_above)
            if table_above:
                # "| 1 | Sở Nội vụ | … |" … then "đề nghị các cơ quan, đơn vị nêu trên …": the table's bodies
                sources.insert(0, self.bodies_of_the_table_above)
            if table_above and self.named_the_issuer_before() and self.words_head_the_tables_leads(leads):
                # "| STT | Nhiệm vụ | Bộ phận chủ trì | … |" then "Các bộ phận nêu trên báo cáo …" in a report to the Department:
                # the rows' bodies, named right above by their column's word (not the report's recipient, though the
                # opening names only it and the issuer)
                pass
            elif self.reading in (self.last_body_index, self.closing_index) and self.named_the_issuer_before():
                # "Sở Giáo dục và Đào tạo phối hợp với Sở Y tế kiểm tra …" / "Đề nghị Thủ trưởng các đơn vị
                # nêu trên … báo cáo về Sở trước ngày …" closing the Department's letter: the issuer is never asked,
                # the words mean the letter's addressees (and a room of its own an item gave work to: "6. Phòng Kinh tế
                # chuẩn bị hồ sơ …" in a commune's letter to its schools and hamlets' heads)
                sources = [lambda: self.letter_and_the_items_besides(node_id, self.every_addressee)] + sources
            elif self.named_the_issuer_before() and all(self.ctx.is_issuer(a) or a.name in self.named_before_cited
                                                        for a in self.named_before):
                # "Qua tổng hợp Báo cáo số … theo Nghị định số 59/2019/NĐ-CP … của Chính phủ …, Sở Nội vụ đề nghị: 1. Các
                # cơ quan, đơn vị nêu trên xây dựng …": only the issuer and a cited document's author named before, the
                # words mean the letter's addressees (in a plan with none, "5. Các bộ phận nêu trên báo cáo …" closing
                # its items: the items' bodies)
                sources = [self.every_addressee] + sources if self.ctx.addressees or not self.last_of_the_items() \
                    else sources[1:2] + sources[:1] + sources[2:]
            elif self.named_before_in_item and not marked \
                    and self.named_before_addressed():
                # "1. Sở Y tế: …; 4. Sở Giáo dục … phối hợp với Sở Y tế …" then "Các cơ quan, đơn vị nêu
                # trên gửi báo cáo …" closing the letter: the letter's addressees, else the bodies the items
                # are given to — not those of the letter the last item happens to name (bodies it does
                # not address, "4. Yêu cầu chủ đầu tư, nhà thầu …", stay those meant)
                sources = [lambda: self.letter_and_the_items_besides(node_id)] + sources[1:2] + sources[:1]
            elif (((not marked or self.after_sibling_item() or table_above or self.last_of_the_items())
                   and self.reading in (self.last_body_index, self.closing_index)) or self.only_follow_up_after()) \
                    and self.items_among_the_addressees(node_id):
                # "1. Sở Xây dựng …; 2. Bộ Chỉ huy Quân sự tỉnh …" / "Các cơ quan, đơn vị nêu trên báo cáo …"
                # closing a letter to these and more (also as its last item, "6. Các cơ quan, đơn vị nêu
                # trên …", or right after a table of the firms addressed): every addressee, and the bodies besides
                # them an item gave a task to ("5. Đề nghị Công an xã phối hợp …" in a commune's letter to its
                # offices, a cooperative and its hamlets' heads)
                sources = [lambda: self.letter_and_the_items_besides(node_id)] + sources
            elif self.after_sibling_item() or self.in_a_closing_section() or (self.last_of_the_items() and not self.ctx.addressees):
                # "4. UBND xã A, UBND phường B chủ trì, phối hợp với Ban X …" / "5. Các cơ quan, đơn vị nêu
                # trên báo cáo …": an item of its own closes the list, its words mean every item's bodies
                # (not the last item's, with its co-operator; nor, in a plan with no "Kính gửi", the bodies of
                # the documents its opening cites)
                sources = sources[1:2] + sources[:1] + sources[2:]
                if (not marked or self.table_rows) and not self.ctx.addressees \
                        and self.reading in (self.last_body_index, self.closing_index):
                    # ("II. … | table |" / "III. 1. …; 2. …" / "Các đơn vị, thôn nêu trên báo cáo …" closing a plan with
                    # no "Kính gửi": every body given a task above, the table's too, not the last part's only; also as
                    # the last item: "**4.** Các bộ phận, nhân viên y tế thôn nêu trên báo cáo …")
                    sources.insert(0, lambda: self.leads_so_far(but=self.seen))
                if not marked and (closed := self.part_closed_here()) is not None:
                    # ("4. UBND các xã …" / "- …" / "Đề nghị các cơ quan, đơn vị nêu trên báo cáo …" / "III. ĐỀ XUẤT":
                    # the bodies of part II's items)
                    sources.insert(0, lambda: self.item_leads(closed))
            one = None
            named_heads = [g.head_named_before(a.name) for a in leads if g.refers_to_named_before(a.name)]
            if named_heads and all(named_heads):
                # "Các Đồn Biên phòng nêu trên": of the bodies named before, those of that head (else the
                # letter's of that head), not the communes the paragraph before names (every word meaning
                # bodies named before has its head: not "Các Sở, UBND các xã nêu trên", both kinds)
                heads = tuple(h + " " for head in named_heads for h in head.split(", "))
                if self.reading in (self.last_body_index, self.closing_index) \
                        and (not marked or (self.table_rows and not self.ctx.addressees)):
                    # closing the notice ("Các Cục, Vụ nêu trên báo cáo …"): every body of those heads
                    # that leads a task above, not only those the last paragraph named (also as the last item of a plan
                    # with a task table and no "Kính gửi": "2. Các bộ phận nêu trên báo cáo …")
                    sources.insert(0, self.leads_so_far)
                sources = [lambda found=found: [a for a in found() if fold(a.name).startswith(heads)] for found in sources]
                sources.append(lambda: [a for a in self.ctx.addressees if self.ctx.usable(a) and fold(a.name).startswith(heads)])
                if all(h == FIRM_HEADS for h in named_heads):
                    # "Đề nghị các doanh nghiệp nêu trên báo cáo …" in a letter to four firms: the firms addressed first
                    # (also one whose fault the letter finds remedied, no task of its own above)
                    sources.insert(0, sources.pop())
                # (last, those of that head leading a task above: "3. Hợp tác xã A, Hợp tác xã B:" … "Phòng Kinh tế và
                # các hợp tác xã nêu trên báo cáo …")
                sources.append(lambda: [a for a in self.leads_so_far(but=self.seen) if fold(a.name).startswith(heads)])
            if any(_UNDER_THE_DEPARTMENT.search(fold(a.name)) for a in leads):
                # "Các phòng, đơn vị thuộc Sở nêu trên báo cáo …": of the bodies named before, the Department's own
                # units (not the communes and the firms its items name beside them)
                sources = [lambda found=found: [a for a in found() if _A_DEPARTMENTS_UNIT.match(fold(a.name))] for found in sources]
            if (listed := self.listed_under_the_letters_label(leads)):
                # "Kính gửi: - Các chủ đầu tư: Ban A, Ban B, Công ty C; …" … "Các chủ đầu tư nêu trên báo cáo …": the
                # bodies the letter lists under those words, first
                sources.insert(0, lambda listed=listed: listed)
            elif any(_INVESTORS_NAMED_BEFORE.match(fold(a.name)) for a in leads) and self.ctx.addressees:
                # (no such label: "Các chủ đầu tư nêu trên …" in a letter to the investors, its "Kính gửi" bodies)
                sources.insert(0, self.every_addressee)
            for found in sources:
                named = [a for a in found() if g.is_local_government(a)] if local else found()
                if mixed and not (any(_A_LOCAL_BODY.match(fold(a.name)) for a in named)
                                  and not all(_A_LOCAL_BODY.match(fold(a.name)) for a in named)):
                    continue            # "Các Bộ, địa phương nêu trên": both kinds, as the items named them
                if local and named and (len(named) == 1 or not _of_every_kind(named, leads)):
                    one = one or named  # "UBND các xã, phường nêu trên" after a paragraph naming one ward,
                    continue            # or wards only: the units of both kinds named before (else those)
                if named_heads and all(named_heads) and len(named) == 1:
                    one = one or named  # "Các phòng nêu trên" after an item naming one room: the rooms of all the items
                    continue            # above (else that one)
                if named:
                    break
            if not named and one:
                named = one
            if named and named is not self.letter_named and named is not self.with_items_besides and self.ctx.addressees \
                    and any(a in self.ctx.addressees for a in named):
                # "1. Trạm Y tế xã A …; 2. Phòng khám B …; 3. Phòng Kinh doanh của Công ty gửi …" / "Đề nghị các đơn vị
                # nêu trên phản hồi …": the letter's own division named among them is never asked
                named = [a for a in named if a in self.ctx.addressees or not _OWN_DIVISION.match(a.name)] or named
            if named and self.ctx.addressees and any(_DONE_TO_THEM.search(fold(a.written or "")) for a in leads):
                # "Các cơ quan, đơn vị được thanh tra nêu trên …" in a letter to them: those inspected, the letter's
                # addressees (not the issuer's own room an item gave work)
                named = [a for a in named if a in self.ctx.addressees] or named
            if named and named is self.letter_named:
                where = SC.WHERE_LETTER
        counts = {g.count_named_before(a.name) for a in leads} - {None}
        if named and len(counts) == 1:
            n = counts.pop()            # "4 bộ, ngành nêu trên": the last list of four named before
            named = next((x for x in reversed(self.named_lists) if len(x) == n), named)
        if named:
            out = []                    # "yêu cầu đơn vị nêu trên …": the bodies the notice just named
            letter = [a for a in self.ctx.addressees if self.ctx.usable(a)]
            for a in leads:
                # (beside them, "các cơ quan, đơn vị" in a letter: its "Kính gửi" bodies)
                alone = letter if letter and g.refers_to_addressees(a.name) else [a]
                for x in (named if g.refers_to_named_before(a.name) else alone):
                    if x.name not in {y.name for y in out}:
                        out.append(x)
            words = self.ctx.addressee_words if where == SC.WHERE_LETTER else ", ".join(a.name for a in named)
            return out, SC.Scope(list(named), words, where)
        if not any(g.refers_to_addressees(a.name) for a in leads):
            return leads, None
        here = self.leads_of_this_paragraph()
        if here and any(g.local_named_before(a.name) or "địa phương" in fold(a.name) for a in leads):
            here = [a for a in here if g.is_local_government(a)]     # "các địa phương": the local ones only
        if here:
            # "Giao Phòng A, Phòng B, UBND xã C rà soát …. Các đơn vị báo cáo kết quả … trước ngày …": the
            # bodies the paragraph has just given tasks to (the nearest scope that names any)
            return _standing_for(leads, g.refers_to_addressees, here), \
                SC.Scope(list(here), ", ".join(a.name for a in here), SC.WHERE_PARAGRAPH, distributive=True)
        letter = [a for a in self.ctx.addressees if self.ctx.usable(a)]
        opening = self.opening.get(node_id)
        if self.reading in (self.last_body_index, self.closing_index) and node_id != 0 and _several(letter) \
                and opening is not None and opening.index != self.reading:
            # "4. UBND các xã …" / "Yêu cầu các cơ quan, đơn vị khẩn trương triển khai thực hiện; gửi báo
            # cáo … trước ngày …" closing the letter below its last item: every "Kính gửi" body
            return _standing_for(leads, g.refers_to_addressees, letter), \
                SC.Scope(list(letter), self.ctx.addressee_words, SC.WHERE_LETTER, distributive=True)
        scope = SC.addressed(self.nodes, node_id)
        found = scope.agencies if scope is not None else []
        if self.reading in (self.last_body_index, self.closing_index) and node_id == 0 and _several(letter) \
                and found and scope.where == SC.WHERE_INTRODUCTION \
                and not {a.name for a in found} & {a.name for a in letter}:
            # "Chủ tịch UBND tỉnh yêu cầu các chủ đầu tư thực hiện theo bảng sau:" … then "Các cơ quan,
            # đơn vị báo cáo … trước ngày …" closing the letter: its "Kính gửi" bodies, not the bodies
            # the introduction gave the table to
            return _standing_for(leads, g.refers_to_addressees, letter), \
                SC.Scope(list(letter), self.ctx.addressee_words, SC.WHERE_LETTER, distributive=True)
        if found and scope.where == SC.WHERE_INTRODUCTION and all(a.kind == COLLECTIVE and not a.members and g.refers_to_addressees(a.name) for a in found):
            # "yêu cầu các cơ quan, đơn vị thực hiện:" over the items names no body: "5. Các đơn vị
            # báo cáo kết quả …" closing them means the bodies the items are given to
            scope, found = None, []
        if found and scope.where == SC.WHERE_HEADING and not self.blocks[self.reading].marked \
                and any(_DEPARTMENTS_AND_LOCALITIES.match(fold(a.name)) for a in leads) \
                and (all(g.is_local_government(a) for a in found) or not any(g.is_local_government(a) for a in found)):
            return leads, None          # "Các sở, ngành, địa phương báo cáo … trước ngày 20 hằng tháng" after
                                        # the last heading ("e) UBND các xã, phường:"): both kinds, not its body
        if scope is None and self.blocks[self.reading].marked and any(_DEPARTMENTS_AND_LOCALITIES.match(fold(a.name)) for a in leads) \
                and not _THEY_REPORT.search(self.seen_folded):
            return leads, None          # "3. Các sở, ngành, địa phương xây dựng kế hoạch chi tiết …" after "1. Sở X …", "2. Sở
                                        # Y …": an item of its own for every department and locality, not those above (but
                                        # "5. Các sở, ngành, địa phương báo cáo kết quả thực hiện …": those above report)
        if scope is None and self.first_marked is not None and any(b.marked for b, _ in self.drafts):
            # a sentence closing a list of items: the bodies those items are given to
            found = [a for a in SC.enclosing_leads(self.nodes, node_id, self.drafts) if a.kind != COLLECTIVE or a.members]
        if not found:
            return leads, None
        return _standing_for(leads, g.refers_to_addressees, found), scope or SC.Scope(list(found), "", SC.WHERE_ITEM)

    def leads_other_than(self, names: set, node_id: int) -> tuple:
        """(leads, scope) for a sentence without subject that sends something to the body its
        node's last task was for ("Sở X tổng hợp chung …" / "Thời hạn gửi báo cáo về UBND tỉnh (qua
        Sở X) trước ngày …"): the addressees up its path, else those of the last task before it
        that are not the recipients."""
        scope = SC.addressed(self.nodes, node_id)
        if scope is not None and not {a.name for a in scope.agencies} <= names:
            return list(scope.agencies), scope
        for _b, d in reversed(self.drafts):
            if d.lead and not {a.name for a in d.lead} & names:
                return list(d.lead), d.lead_scope
        return [], None

    def bodies_given_tasks(self) -> list:
        """Every body the notice has given a task to so far, by name (the members of a list named
        once, not the collective words)."""
        out: list = []
        for _blk, d in self.drafts:
            for a in _expand_enumerations(d.lead, self.ctx):
                if a.name not in {x.name for x in out} and not body_grammar().refers_to_addressees(a.name) \
                        and not _A_BUSINESS.match(fold(a.name)):
                    out.append(a)       # (a company is no "cơ quan, đơn vị")
        return out

    def groups_cited_by_item(self, text: str, seg, explicit: Clause) -> Clause:
        """"Trung tâm X, Ban Y và UBND các xã, phường nêu tại mục 4 báo cáo …": of several leads, a group
        the items it cites name stands for their bodies of its kind (the others stay as they are)."""
        f = fold(text)
        leads: list = []
        found_at = [next((x for x in self.seen if x.agency is a and seg.start <= x.start < seg.end), None)
                    for a in explicit.leads]
        cited = [False] * len(found_at)
        g = body_grammar()
        for k in range(len(found_at) - 1, -1, -1):
            m, a = found_at[k], explicit.leads[k]
            if m is None or a.members or (a.kind != COLLECTIVE and not _HEADS_OF_UNITS.match(fold(a.name))):
                continue                # (a group, or the heads of a kind of units: "Trưởng các thôn")
            nxt = found_at[k + 1] if k + 1 < len(found_at) else None
            # (… or a group listed right before one cited: "các bộ phận, Trưởng các thôn được giao nhiệm vụ tại Mục II")
            cited[k] = _CITED_RIGHT_AFTER.match(f, m.end) is not None or (
                nxt is not None and cited[k + 1] and _GROUPS_SEP.fullmatch(f[m.end:nxt.start]) is not None
                and g.is_local_government(a) == g.is_local_government(explicit.leads[k + 1]))     # (of one kind: not
                                                                                                # "Các sở, ngành, UBND các xã nêu tại …")
        for k, a in enumerate(explicit.leads):
            m = found_at[k]
            if not cited[k]:
                leads.append(a)
                continue
            found = self.bodies_of_cited_items(text[m.start:seg.end])
            if body_grammar().is_local_government(a):
                found = [x for x in found if body_grammar().is_local_government(x)]
            leads.extend(x for x in (found or [a]) if x not in leads)
        return replace(explicit, leads=leads) if leads != explicit.leads else explicit

    def bodies_of_cited_items(self, seg_text: str) -> list:
        """The leads of the items a sentence cites by their labels ("Các cơ quan nêu tại các điểm a,
        b và c khoản 2 trên đây …", "Các Bộ nêu tại mục 1, 3"); [] when it cites none."""
        m = _ITEMS_CITED.search(fold(seg_text))
        if m is None:
            return []
        labels = {re.sub(r"^(?:điểm|mục|khoản|tiết)\s+", "", x) for x in re.split(r"\s*(?:,|và)\s*", m.group("labels"))}
        if m.group("kind") == "điều":
            labels = {"điều " + x for x in labels}      # ("UBND các xã có tên tại Điều 1": the article labelled so)
        parent = m.group("parent")
        out: list = []

        def cited(node: int) -> bool:
            path = list(S.ancestors(self.nodes, node))
            hit = next((a for a in path if fold(a.label).rstrip(".)") in labels), None)
            return hit is not None and not (parent and not any(fold(a.label).rstrip(".)") == parent for a in path if a is not hit))

        points_of_a_part = m.group("kind") == "điểm" and bool(parent)

        def row_cited(bk) -> bool:
            # "… nêu tại điểm 5 Mục II" over "| 5 | Lập danh sách … | UBND các xã: A, B … |" in part II's table: the row
            # of that number (its part the one cited)
            if not points_of_a_part:
                return False
            cells = table_cells(bk.text)
            number = cells[0].strip(" *").rstrip(".)") if cells else ""
            return number in labels and any(fold(a.label).rstrip(".)") == parent for a in S.ancestors(self.nodes, bk.node))
        f = fold(seg_text)
        opening_words = f.lstrip(" -–+0123456789.)")
        opening = _BARE_LOCAL_COLLECTIVE.match(opening_words)
        local = opening is not None or _BARE_LOCAL_COLLECTIVE.search(f, max(0, m.start() - 60), m.end()) is not None
        g = body_grammar()
        for _blk, d in self.drafts:
            if not cited(d.node):
                continue
            for a in d.lead:
                if a.name not in {x.name for x in out}:
                    out.append(a)
        if local and not any(g.is_local_government(a) for a in out):
            out = []                    # ("UBND các xã có tên tại Mục II" over a table of communes whose rows gave tasks
                                        # to the forest rangers beside them: the communes of its rows)
        if not out:
            # "II. LỊCH TỔ CHỨC HIẾN MÁU" over "| 1 | UBND phường Đông Kinh | 12/6/2026 | … |", rows that give no task:
            # the bodies the rows of the part's table name
            for bk in self.blocks[:self.reading]:
                if bk.text.lstrip().startswith("|") and is_table_row(bk.text) and cited(bk.node):
                    out.extend(a for a in self.bodies_of_the_cells(table_cells(bk.text)) if a.name not in {x.name for x in out})
                elif bk.text.lstrip().startswith("|") and is_table_row(bk.text) and row_cited(bk):
                    # (… each cell of the row of that number naming bodies only: its lead's and its co-operators')
                    for c in table_cells(bk.text)[1:]:
                        named = _expand_enumerations([x.agency for x in _bodies_of_a_cell(c.strip(" *"), self.ctx)], self.ctx)
                        out.extend(a for a in named if self.ctx.usable(a) and a.kind != COLLECTIVE
                                   and not self.ctx.is_issuer(a) and a.name not in {x.name for x in out})
        if _DEPARTMENTS_ONLY.match(opening_words):
            # "Các sở, ngành được giao chủ trì nhiệm vụ tại mục II …": of the items' bodies, the departments (not the
            # communes the items also name)
            out = [a for a in out if not body_grammar().is_local_government(a)] or out
        if _UNDER_THE_DEPARTMENT.search(f, max(0, m.start() - 60), m.end()):
            # "Các đơn vị thuộc Sở nêu tại Mục II báo cáo …": of the items' bodies, the Department's own units (not the
            # communes the part names beside them)
            out = [a for a in out if _A_DEPARTMENTS_UNIT.match(fold(a.name))] or out
        if local:
            # "UBND các xã nêu tại mục 3 …": of the items' bodies, the communes (not a board the items
            # told them to set up); "Đề nghị UBND các xã, phường nêu tại Mục II" after teams whose areas
            # that part names: none of those teams, the group as written
            out = [a for a in out if g.is_local_government(a)] or (out if opening else [])
        return out

    def bodies_of_the_cells(self, cells: list) -> list:
        """The bodies of the first cell of a table row that names bodies and nothing else ("| UBND phường Đông Kinh
        |", "| Sở Nông nghiệp và Môi trường, UBND xã Đồng Đăng |"; not the place of a later column: "| Trung tâm Y
        tế khu vực Hữu Lũng |"); not groups, not the issuer."""
        for cell in cells:
            found = _bodies_of_a_cell(cell.strip(" *"), self.ctx)
            if found:
                return [x.agency for x in found if self.ctx.usable(x.agency) and x.agency.kind != COLLECTIVE
                        and not self.ctx.is_issuer(x.agency)]
        for cell in (c.strip(" *") for c in cells):
            if _UNIT_KIND_FIRST.match(fold(cell)) and cell[:1].isupper() \
                    and (unit := _committee_named(cell, self.ctx)) is not None and self.ctx.usable(unit):
                return [unit]           # "| 1 | Xã Hướng Phùng | 48 | … |": the commune's committee, when no cell names a body
        return []

    def the_table_they_stand_in(self, leads: list) -> list:
        """The bodies of the last table read when ``leads`` is one bare group described by what the table
        counts and named as above ("các đơn vị có hồ sơ trễ hạn nêu trên" after "2. Các đơn vị có hồ sơ trễ
        hạn" over "| Đơn vị | Số hồ sơ trễ hạn | … |"), or by one of its columns ("các đơn vị có người được xác
        minh" beside "| Đơn vị | Người được xác minh | … |"); else []."""
        if len(leads) != 1 or leads[0].members or leads[0].kind != COLLECTIVE or not self.table_rows:
            return []
        m = next((x for x in self.seen if x.agency is leads[0]), None)
        if m is None:
            return []
        if _NAMED_IN_THE_LIST.match(self.seen_folded, m.end):
            # "Các đơn vị có tên tại danh sách gửi phương án … trước ngày …" after "| STT | Đơn vị | Số tháng nợ | … |":
            # the bodies of the list the letter gave as a table
            return self.bodies_of_the_table_above()
        told = _DESCRIBED_AS_ABOVE.match(self.seen_folded, m.end)
        if told is None:
            # "Các cơ quan, đơn vị có người được xác minh cung cấp …" after "| Cơ quan, đơn vị | Người được xác
            # minh | … |": a group described by one of the table's columns, word for word
            after = " ".join(self.seen_folded[m.end:m.end + 120].split())
            heads = [h.strip(" *") for h in self.table_head_cells]
            if any(len(h.split()) >= 2 and re.match(r"có " + re.escape(h) + r"(?!\w)", after) for h in heads):
                return self.bodies_of_the_table_above()
            return []
        what = " ".join(told.group("what").split())
        titles = [fold(bk.text) for bk in self.blocks[:self.reading] if bk.marked and len(bk.text) < 150]
        if not any(what in t for t in titles + self.table_head_cells):
            return []
        return self.bodies_of_the_table_above()

    def the_table_they_introduced(self, leads: list) -> list:
        """The bodies of the last table read when ``leads`` is one bare group written as the paragraph that
        introduced that table wrote it ("Các đơn vị được phân công chủ trì giúp đỡ hộ … tại bảng sau:" over the
        table, then "Các đơn vị được phân công báo cáo kết quả … trước ngày …"); else []."""
        if len(leads) != 1 or leads[0].members or leads[0].kind != COLLECTIVE or not self.table_rows \
                or body_grammar().refers_to_addressees(leads[0].name):
            return []                   # (not "các cơ quan, đơn vị": the letter's addressees, whatever a table gives them)
        k = _table_start(self.table_rows) - 1
        while k >= 0 and self.blocks[k].text.lstrip().startswith("|"):
            k -= 1
        if k < 0 or k >= self.reading:
            return []
        intro = " ".join(fold(self.blocks[k].text).split())
        name = " ".join(fold(leads[0].name).split())
        if not intro.endswith(":") or not re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", intro):
            return []
        return self.bodies_of_the_table_above()

    def proposed_to_the_superior(self, node) -> bool:
        """An item of a list a department's report introduces with its proposals to the province ("Sở Tài
        chính kính đề nghị UBND tỉnh:" / "1. Chỉ đạo các chủ đầu tư …"): what it asks, not an order given."""
        if node.parent is None:
            return False
        intro = next((bk for bk in reversed(self.blocks[:self.reading]) if bk.node == node.parent and not bk.marked), None)
        return intro is not None and _PROPOSAL_INTRO.search(fold(intro.text)) is not None

    def only_recurring_times(self) -> bool:
        """The paragraph being read gives recurring times only ("… báo cáo … trước ngày 05 hằng tháng"): a
        standing duty of the kind of body it names, not of the ones named above."""
        found = [d for d in self.ctx.deadlines(self.blocks[self.reading].text) if d.date is not None]
        return bool(found) and all(d.kind == DL_RECURRING for d in found)

    def words_head_the_tables_leads(self, leads: list) -> bool:
        """Words naming bodies back by the word the last table's lead column is headed with ("Các bộ phận nêu trên" over
        "| Bộ phận chủ trì |")."""
        head = " ".join(fold(self.table_lead_header).split())
        g = body_grammar()
        return bool(head) and any(
            (kind := g.named_before_tail_re.sub("", " ".join(fold(a.name).split())).removeprefix("các ").strip())
            and head.startswith(kind + " ") for a in leads if g.refers_to_named_before(a.name))

    def bodies_of_the_table_above(self) -> list:
        """The bodies of the rows of the table that ends right before the paragraph being read."""
        rows = self.table_rows
        first = _table_start(rows)
        out: list = []
        for _i, _num, _part, d in rows:
            if _i < first:
                continue
            for a in _expand_enumerations(d.lead, self.ctx):
                if a.name not in {x.name for x in out}:
                    out.append(a)
        return out

    def communes_addressed_among(self, names: set) -> set:
        """Of ``names``, the communes a letter to every commune ("UBND các xã, phường") addresses."""
        if not any(a.kind == COLLECTIVE and not a.members and _ALL_COMMUNES.match(fold(a.name)) for a in self.ctx.addressees):
            return set()
        return {n for n in names if _A_COMMUNE.match(fold(n))}

    def items_among_the_addressees(self, node_id: int) -> bool:
        """The bodies the items are given to are some of the letter's own addressees (named each,
        or a group as the letter names it: "4. UBND các xã, phường, trong đó ưu tiên UBND phường
        A …" under "Kính gửi: …; UBND các xã, phường"; some or all of them): words closing the letter
        mean them all."""
        addressees = {a.name for a in _expand_enumerations(self.ctx.addressees, self.ctx)
                      if self.ctx.usable(a) and a.kind != COLLECTIVE} \
            | {a.name for a in self.ctx.addressees if self.ctx.usable(a) and a.kind == COLLECTIVE}
        leads = {a.name for a in self.item_leads(node_id)}
        addressees |= self.communes_addressed_among(leads)   # ("Riêng UBND các xã: A, B …" in a letter to
                                                             # "Ủy ban nhân dân các xã, phường")
        # (a group as the item words it, the letter's with its qualifier: "1. Các Chi hội Doanh nhân trẻ:" under "Kính
        # gửi: - Các Chi hội Doanh nhân trẻ trực thuộc")
        leads = {x if x in addressees else next((a for a in addressees if a.startswith(x + " ") or x.startswith(a + " ")), x)
                 for x in leads}
        # (one in three may be the issuer's own unit, not addressed: "4. Cục Điện lực chủ trì …" in a
        # ministry's letter to provinces and groups)
        # (the heads of a list of hamlets or blocks one item names count once: "6. Đề nghị Khối trưởng các khối: A, B và
        # Khối trưởng khối C …")
        outside = {" ".join(fold(x).split()[:2]) if _HAMLET_LEVEL_TITLE.match(fold(x)) else x for x in leads - addressees}
        return bool(leads & addressees) and len(outside) <= (len(leads & addressees) + len(outside) - 1) // 3

    def last_of_the_items(self) -> bool:
        """The paragraph read is the last of the numbered items the letter's body lists at its first level ("6. Các cơ
        quan, đơn vị nêu trên báo cáo …" after "1." … "5."), nothing of the body after it."""
        cur = self.blocks[self.reading]
        if not cur.marked or self.reading != self.last_body_index:
            return False
        parent = self.nodes[cur.node].parent
        siblings = [b for b in self.blocks if b.marked and b.index < cur.index and self.nodes[b.node].parent == parent]
        return len(siblings) >= 2 and (parent is None or not self.nodes[parent].label
                                       or _PART_LABEL.fullmatch(self.nodes[parent].label.strip()) is not None)

    def after_sibling_item(self) -> bool:
        """The paragraph read is a numbered item and the last paragraph that named several bodies
        was the item before it, at the same level ("4. …" / "5. Các cơ quan, đơn vị nêu trên …"), or a
        paragraph of that item ("4. UBND các xã: A, B:" / "- …" / "Riêng UBND xã A …" / "5. Các cơ quan …")."""
        cur = self.blocks[self.reading]
        prev = next((b for b in self.blocks if b.index == self.named_before_at), None)
        if not (cur.marked and prev is not None):
            return False
        # (or a dash of that item: "3. Đề nghị UBND các xã: A, B" / "- Chỉ đạo Ban Chỉ đạo …, trưởng thôn …")
        node, parent, seen = prev.node, self.nodes[cur.node].parent, 0
        while node is not None and self.nodes[node].parent != parent and seen < 8:
            node, seen = self.nodes[node].parent, seen + 1
        return node is not None and node != cur.node and self.nodes[node].parent == parent

    def part_closed_here(self) -> Optional[int]:
        """In a paper with no "Kính gửi", the item whose part the paragraph read closes, the next paragraph
        opening the next part at a higher level ("4. …" / "Đề nghị …" / "III. …"); else None."""
        nxt = self.blocks[self.reading + 1] if self.reading + 1 < len(self.blocks) else None
        if nxt is None or not nxt.marked or self.ctx.addressees:
            return None
        return _item_of_the_part_closed(self.nodes, self.blocks[self.reading].node, nxt.node)

    def in_a_closing_section(self) -> bool:
        """The paragraph read is under an item whose title names no body ("7. Tổ chức thực hiện") or closes
        a paper with no "Kính gửi", after
        items of the same level that gave tasks: "các cơ quan, đơn vị nêu trên" there means every item's
        bodies."""
        cur = self.blocks[self.reading]
        node = self.nodes[cur.node]
        opening = self.opening.get(node.id)
        # (… or of a part of it: the next paragraph opens the next part, "III. ĐỀ XUẤT", and the words
        # mean the bodies of every item of the part that ends)
        closed = self.part_closed_here()
        last = (self.reading in (self.last_body_index, self.closing_index) or closed is not None) \
            and not self.ctx.addressees
        if not cur.marked and closed is not None:
            part = self.nodes[closed].parent
            # (the part's other items gave tasks)
            return any(any(a.id == part for a in S.ancestors(self.nodes, d.node))
                       and not any(a.id == closed for a in S.ancestors(self.nodes, d.node))
                       for _b, d in self.drafts if d.lead)
        if cur.marked or opening is None or not (opening.is_heading or last) or node.scope is not None or node.parent is None:
            return False                # (… or the closing paragraph of a paper with no "Kính gửi", run on under
                                        # the last item: "5. Đề nghị VNPT …" / "Các cơ quan, đơn vị nêu trên …")
        return any(self.nodes[d.node].id != node.id and any(a.parent == node.parent and a.id != node.id
                                                              for a in S.ancestors(self.nodes, d.node))
                   for _b, d in self.drafts if d.lead)

    def a_later_sentence(self, leads: list) -> bool:
        """``leads`` are named first in a sentence after the first of the paragraph being read ("… trước ngày
        22/8/2026. Các cơ quan, đơn vị nêu trên báo cáo …")."""
        m = next((x for x in self.seen if any(x.agency is a for a in leads)), None)
        return m is not None and m.start > 0 and self.seen_folded[:m.start].rstrip().endswith(".") \
            and not self.seen_folded[:m.start].rstrip().endswith(("./.", "..."))

    def named_earlier_here(self, leads: list) -> list:
        """The bodies the paragraph being read names before the first of ``leads`` (the members of a list
        named once), not the issuer."""
        m = next((x for x in self.seen if any(x.agency is a for a in leads)), None)
        if m is None:
            return []
        before = [x.agency for x in self.seen if x.end <= m.start and self.ctx.usable(x.agency)
                  and not self.ctx.is_issuer(x.agency)]
        return _unique(_expand_enumerations(before, self.ctx), self.ctx)

    def named_before_here(self, node_id: int) -> list:
        """The bodies of the last paragraph that named several, for "các đơn vị nêu trên" — but in a
        letter, not bodies its "Kính gửi" list lacks named paragraphs before ("4. … yêu cầu chủ
        đầu tư, nhà thầu …" / "- Riêng Công ty X …" / "Các cơ quan, đơn vị nêu trên báo cáo …"):
        there the words mean the letter's addressees."""
        addressees = [a for a in self.ctx.addressees if self.ctx.usable(a)]
        if self.named_before_at < self.reading - 1 \
                and not {a.name for a in self.named_before} <= {a.name for a in addressees}:
            return self.whole_letter() or self.last_items_heading() or self.named_before
        return self.named_before

    def last_items_heading(self) -> list:
        """In a paper with no "Kính gửi", the paragraph closing it run on under its last item, whose heading
        named several bodies and a paragraph of its own stands between ("6. Trưởng các thôn: A, B, C:" / "Tuyên
        truyền …" / "Các bộ phận, đơn vị nêu trên báo cáo …"): every item's bodies (not the last heading's only);
        else []."""
        cur = self.blocks[self.reading]
        head = next((b for b in self.blocks if b.index == self.named_before_at), None)
        if self.ctx.addressees or cur.marked or head is None or not head.marked \
                or self.reading not in (self.last_body_index, self.closing_index) \
                or not any(a.id == head.node for a in S.ancestors(self.nodes, cur.node)):
            return []
        leads = SC.enclosing_leads(self.nodes, head.node, self.drafts)
        others = {a.name for _b, d in self.drafts if d.node != head.node and not any(a.id == head.node for a in S.ancestors(self.nodes, d.node))
                  for a in d.lead}
        return leads if len(others & {a.name for a in leads}) >= 2 else []

    def issuers_own_plan(self, text: str) -> bool:
        """A paragraph of the issuer's own plan ("Sở Giáo dục và Đào tạo sẽ kiểm tra …", "UBND tỉnh sẽ
        tổ chức sơ kết …, dự kiến …"): its first body is the issuer, "sẽ" follows it, no order is given."""
        f = fold(text)
        ms = self.ctx.mentions(text)
        if not ms or ms[0].start > 3 or not self.ctx.is_issuer(ms[0].agency) or _ORDER_GIVEN.search(f):
            return False
        return _WILL_DO.match(f, ms[0].end) is not None

    def named_before_addressed(self) -> bool:
        """The bodies named last are addressees of the letter (each, or as a member of a group it
        addresses), but for the co-operators of the task just read ("Riêng Trưởng thôn A phối hợp với
        Công an xã …")."""
        addressed = {a.name for a in self.ctx.addressees} | {a.name for a in _expand_enumerations(self.ctx.addressees, self.ctx)}
        named = {a.name for a in self.named_before}
        addressed |= self.communes_addressed_among(named)   # ("Riêng UBND xã A …" in a letter to "Chủ tịch
                                                            # UBND các xã, phường")
        helping = {a.name for a in self.drafts[-1][1].support} if self.drafts else set()
        return not named or (bool(named & addressed) and named - addressed <= helping)

    def named_the_issuer_before(self) -> bool:
        """The bodies named last hold the issuer or a division of its own ("Phòng Công tác học sinh,
        sinh viên" in a Department's letter), and the letter has addressees."""
        return bool(self.ctx.addressees) and any(self.ctx.is_issuer(a) or _OWN_DIVISION.match(a.name) for a in self.named_before)

    def every_addressee(self) -> list:
        """The letter's "Kính gửi" bodies, a group the letter lists by name as its members."""
        addressees = _expand_enumerations([a for a in self.ctx.addressees if self.ctx.usable(a)], self.ctx)
        self.letter_named = addressees
        return addressees

    def listed_under_the_letters_label(self, leads: list) -> list:
        """The bodies a letter's "Kính gửi" lists after a label of the words ``leads`` use ("- Các chủ đầu tư: Ban A, Ban
        B, Công ty C;" for "Các chủ đầu tư nêu trên"); [] when no addressee line is so labelled."""
        g = body_grammar()
        words = {g.named_before_tail_re.sub("", " ".join(fold(a.name).split())) for a in leads if g.refers_to_named_before(a.name)}
        words = {w for w in words if w.startswith("các ") and len(w) > 5}
        for item in self.ctx.addressee_words.split("; ") if words and self.ctx.addressee_words else ():
            label, colon, rest = item.partition(":")
            if colon and " ".join(fold(label).split()).strip(" -–+") in words:
                return [m.agency for m in self.ctx.mentions(rest)]
        return []

    def whole_letter(self) -> list:
        """A letter's "Kính gửi" bodies (two or more), for words closing the whole letter."""
        addressees = [a for a in self.ctx.addressees if self.ctx.usable(a)]
        if len(addressees) < 2:
            return []
        self.letter_named = addressees
        return addressees

    def letter_and_the_items_besides(self, node_id: int, letter_source=None) -> list:
        """A letter's "Kính gửi" bodies (two or more) and, after them, the bodies its items gave tasks to that it does not
        address (not the issuer; its own rooms given items, "6. Phòng Kinh tế …" in a commune's letter, are among them),
        for "các đơn vị nêu trên" closing the letter."""
        letter = (letter_source or self.whole_letter)()
        g = body_grammar()
        words_at = min((m.start for m in self.seen if g.refers_to_named_before(m.agency.name)), default=0)
        if not letter or _ASKED_BEFORE.search(self.seen_folded, max(0, words_at - 40), words_at):
            return letter               # (a request, "Đề nghị các đơn vị nêu trên phản hồi …": the bodies addressed)
        names = {a.name for a in _expand_enumerations(letter, self.ctx)} | {a.name for a in letter}
        leads = self.item_leads(node_id)
        names |= self.communes_addressed_among({a.name for a in leads})   # ("Riêng UBND xã A …" in a letter to
                                                                           # "UBND các xã, phường")
        # (not a body only asked, "4. Đề nghị Ủy ban MTTQ tỉnh …", nor the one the reports go to, named by the closing)
        names |= {m.agency.name for m in self.seen if m.start >= words_at}   # (from the words on: the item run on
                                                                             # before them is among those meant)
        asked = {a.name for _b, d in self.drafts if _ASKED.match(fold(d.text)) for a in d.lead}
        besides = [a for a in leads
                   if a.name not in names and a.name not in asked and a.kind != COLLECTIVE and not self.ctx.is_issuer(a)
                   and not any(n.startswith(a.name + " ") for n in names)]
        if not besides:
            return letter
        self.with_items_besides = letter + besides
        return self.with_items_besides

    def item_leads(self, node_id: int) -> list:
        """What "các cơ quan, đơn vị nêu trên" closing a list of items means when no paragraph
        named several bodies: the bodies those items are given to, one body each ("1. Sở Tài
        chính …; 2. Sở Xây dựng …; Yêu cầu các cơ quan, đơn vị nêu trên báo cáo …")."""
        if self.first_marked is None or not any(b.marked for b, _ in self.drafts):
            return []
        return [a for a in SC.enclosing_leads(self.nodes, node_id, self.drafts)
                if a.kind != COLLECTIVE or a.members or not body_grammar().refers_to_named_before(a.name)]

    def letter_addressees(self, node_id: int) -> list:
        """"các đơn vị nêu trên" in a letter whose body names none: its "Kính gửi" bodies."""
        scope = SC.addressed(self.nodes, node_id)
        return list(scope.agencies) if scope is not None and scope.where == SC.WHERE_LETTER else []

    def named_by_the_item(self, b, text: str, clauses: list) -> None:
        """"Công ty nộp hồ sơ … trước ngày …", "UBND xã tiếp tục vận động …" as a subject, no such body named in its
        clause: the one body of that kind the paragraph named before it (a firm; a commune's is analyse_clause's), else
        the item named before (its paragraphs up to this one), else the opening ("2. Kiến nghị của Công ty TNHH X:",
        "2. Ý kiến của UBND xã Y", "… buổi làm việc với Công ty cổ phần X (nhà đầu tư) về …")."""
        item = self.nodes[b.node]
        if any(S.describes(a.title) for a in S.ancestors(self.nodes, b.node)):
            return                      # ("I. TÌNH HÌNH VÀ KIẾN NGHỊ CỦA NHÀ ĐẦU TƯ": "Công ty đã thuê …, cam kết …": what it did)

        def of_the_kind(texts, kind) -> list:
            found: list = []
            for t in texts:
                for m in self.ctx.mentions(t):
                    a = m.agency
                    if not self.ctx.usable(a) or self.ctx.is_issuer(a) or a.name in {x.name for x in found}:
                        continue        # (never the issuer: "UBND phường báo cáo … về Sở" in the ward's own plan)
                    if kind is None and _is_firm(a) and fold(a.name).startswith("công ty "):
                        found.append(a)
                    elif kind is not None and (u := _MEMBER_KIND.match(fold(a.name))) is not None and u.group(1) == kind:
                        found.append(a)
            return found
        for c in clauses:
            if c.explicit:
                continue
            firm = _BARE_FIRM_SUBJECT.match(text, c.start, c.end)
            bare = firm or _BARE_UNIT_SUBJECT.match(text, c.start, c.end)
            if bare is None:
                continue
            kind, end = (None, bare.end("head")) if firm else (bare.group("kind").lower(), bare.end("kind"))
            named = of_the_kind([text[:c.start]], None) if firm else []
            if len(named) != 1 and _NOT_SUBJECT_AFTER.match(fold(text), bare.end() - 1):
                continue                # (not what the body did: "UBND phường đã giao …")
            if len(named) != 1:
                named = of_the_kind((pb.text for pb in self.blocks[:self.reading]
                                     if pb.node == item.id or any(a.id == item.id for a in S.ancestors(self.nodes, pb.node))), kind)
            if not named:
                named = of_the_kind([self.ctx.opening_text] + [pb.text for pb in self.blocks[:min(self.reading, self.first_marked or 0)]],
                                    kind)
            if len(named) == 1:
                c.leads, c.explicit, c.leads_end = named, True, end

    def named_by_its_head(self, b, head: str) -> list:
        """The lead of a task before in paragraph ``b`` that is one body whose name opens with
        ``head`` ("Sở"), the latest first; empty when none is."""
        for pb, d in reversed(self.drafts):
            if pb.index != b.index:
                break
            if len(d.lead) == 1 and d.lead[0].name.split(" ", 1)[0] == head and len(d.lead[0].name.split()) > 1:
                return list(d.lead)
        return []

    def recommended_bodies(self, text: str, seg) -> list:
        """The bodies right after "Kiến nghị" opening the segment (or after "Kiến nghị Chủ tịch UBND
        tỉnh chỉ đạo|giao"), in a conclusion: [] when none stands there."""
        rec = _RECOMMENDED.match(self.seen_folded, seg.start)
        if rec is None:
            return []
        at = rec.end()
        title = body_grammar().title_start_re.match(self.seen_folded[at:at + 40])
        k = next((i for i, m in enumerate(self.seen) if m.start == at or (title is not None and m.start == at + title.end())), None)
        if k is None:                   # (… or after its head's title: "Kiến nghị Giám đốc Sở Y tế chỉ đạo …")
            return []
        found = [m.agency for m in _group_runs(self.seen, self.seen_folded, k) if self.ctx.usable(m.agency)]
        if rec.group("cue") != "kiến nghị":
            # "Đề nghị UBND tỉnh chỉ đạo các cơ quan, đơn vị nêu trên báo cáo …" in a council's notice: the
            # bodies given the tasks above (not "… chỉ đạo các cơ quan chuyên môn hoàn thiện …", the
            # committee's own work through its departments)
            g = body_grammar()
            if not found or not all(g.refers_to_named_before(a.name) for a in found):
                return []
            named, _scope = self.addressed_by_words(found, self.blocks[self.reading].node)
            return named if named and not any(g.refers_to_named_before(a.name) for a in named) else []
        return found

    @staticmethod
    def what_another_party_does(text: str, seg) -> bool:
        """The sentence of a segment's first time (or its own words) says what another party to an agreement does
        ("Phía Quảng Tây … sẽ gửi danh sách … trước ngày …", "Phía Trung Quốc cam kết … trước ngày …")."""
        return any(_THE_OTHER_SIDE.match(_strip_prefix(s)) for s in (text[seg.start:seg.end], _sentence_of_its_time(text, seg)) if s)

    def read_segment(self, b, node, text: str, seg, preamble: bool) -> None:
        """One task: a segment of clauses with its lead (its own, or its scope's), co-operating
        bodies and deadline."""
        ctx, nodes = self.ctx, self.nodes
        explicit = next((c for c in seg.clauses if c.explicit), None)
        seg_text = _AND_PREFIX.sub("", text[seg.start:seg.end].strip())
        if ("nghiêm" in seg_text or "thi hành" in seg_text) and not any(c.deadlines for c in seg.clauses) \
                and (_EXECUTION.search(folded_seg := fold(seg_text)) or _CARRIED_OUT_STRICTLY.search(folded_seg)):
            return                      # "Giám đốc các sở, …, Chủ tịch UBND các xã, phường có trách nhiệm tổ chức thực hiện
                                        # nghiêm Chỉ thị này./.": who answers for the whole, no task of its own
        if explicit is not None and explicit.by_cue and all(_hamlet_head(a) for a in explicit.leads) \
                and (got := SC.inherited(nodes, b.node).leads) and all(body_grammar().is_local_government(a) for a in got):
            explicit = None             # "3. UBND các xã: A, B:" / "- Thống kê …; yêu cầu trưởng thôn, tổ trưởng tổ dân phố lập
                                        # sổ theo dõi …": the communes make their hamlets' heads act, their task
        elif explicit is not None and explicit.by_cue and explicit.leads \
                and (cue := _ASSIGNS_ITS_OWN.search(self.seen_folded, seg.start, explicit.leads_end)) is not None \
                and not any(seg.start <= m.start < cue.start() for m in self.seen if m.agency in explicit.leads) \
                and (got := SC.inherited(nodes, b.node)).leads and got.scope is not None and got.scope.where == SC.WHERE_HEADING:
            explicit = None             # "1. Hiệu trưởng các trường THPT: A, B:" / "- Đặt thùng thu gom …; phân công Đoàn trường
                                        # quản lý …": the heading's bodies divide their own work, their task
        if not self.drafts and ctx.issuer_kind and ctx.issuer_kind != ISSUER_CENTRAL:
            sentence = fold(text[text.rfind(". ", 0, seg.start) + 1:seg.end])
            timed = fold(_sentence_of_its_time(text, seg))
            if _SUPERIOR_ASKS_THE_PROVINCE.match(sentence) or (timed and _SUPERIOR_ASKS_THE_PROVINCE.match(timed)):
                return                  # "Thực hiện Văn bản số … của Văn phòng Chính phủ, trong đó yêu cầu UBND
                                        # tỉnh … báo cáo … trước ngày …" opening a letter: the order it carries
                                        # out (the province's time limit, no task of its addressees; also in the
                                        # sentence of the time: "Sau hợp nhất …. Bộ Tài chính tại Văn bản số …
                                        # đề nghị các tỉnh … trong năm 2026.")
        if seg.clauses[0].issuer_own and explicit is None:
            return                      # "UBND tỉnh tổng hợp, báo cáo Chính phủ trước ngày …": the issuer's own work
        if (explicit is None or all(ctx.is_issuer(a) for a in explicit.leads)) and _OWN_AIM.match(fold(seg_text)):
            return                      # "Năm 2026, xã phấn đấu giảm …; đến năm 2030 …", "UBND xã Đồng Đăng phấn đấu hoàn thành
                                        # … trong năm 2026" in its own report: the issuer's aim, no task
        if explicit is None and self.what_another_party_does(text, seg):
            return                      # "Phía Quảng Tây … sẽ gửi danh sách … trước ngày …": what another party does
        if _THANKS.match(fold(seg_text)) and not any(c.deadlines for c in seg.clauses) \
                and (explicit is None or all(ctx.is_issuer(a) for a in explicit.leads)):
            return                      # "… trong năm 2026. UBND xã Đồng Đăng trân trọng báo cáo./.": the report's last
                                        # words, run on to its last item
        if _CANCELLED.match(fold(_strip_prefix(seg_text))):
            return                      # "Bãi bỏ nội dung tại điểm 4 mục II Thông báo số … (giao Sở X … trước ngày …)":
                                        # a task cancelled, quoted (what it gives instead is a segment of its own)
        if explicit is None and _PURPOSE_SUBJECT.match(fold(seg_text)) and self.drafts and self.drafts[-1][0].index == b.index:
            return                      # "… báo cáo kết quả về Sở trước ngày 10/12 để Sở tổng hợp, báo cáo UBND tỉnh
                                        # trước ngày 15/12": what the reports are sent for, the receiver's own work
                                        # (a receiver other than the issuer is made its lead before: _PURPOSE_SUBJECT)
        first_dl = next((d for c in seg.clauses for d in c.deadlines if d.text), None)
        at = text.find(first_dl.text, seg.start, seg.end) if first_dl is not None else -1
        if explicit is None and not b.marked and _CITED_DOCUMENTS_ORDER.search(
                fold(text[text.rfind(". ", 0, seg.start) + 1:max(seg.start, at)])[-600:]):
            return                      # "Thực hiện Công văn số … của Bộ Tài chính; theo đó tỉnh … phải … và gửi báo cáo
                                        # … chậm nhất ngày …", "Thực hiện Công điện số … (yêu cầu … trước 17 giờ ngày …)":
                                        # what the cited document orders, no task of this letter's addressees
        deadlines = [d for c in seg.clauses for d in c.deadlines]
        topic = _ANSWERED_TOPIC.match(text)
        if topic is not None and any(d.start >= topic.end() for d in deadlines):
            # "- Về Hỗ trợ 1.200 liều vắc xin … trước ngày 15/12/2026: Giao Sở X cấp phát … trước ngày 20/12/2026": the
            # answer's time, not the one the proposal asked for
            deadlines = [d for d in deadlines if d.start >= topic.end()]
        if not deadlines and self.drafts and self.drafts[-1][1].deadline is not None \
                and self.drafts[-1][0].index == b.index and _SAME_LIMIT.search(fold(seg_text)):
            deadlines = [self.drafts[-1][1].deadline]   # "…, báo cáo kết quả trong cùng thời hạn nêu trên"
        support = []
        for c in seg.clauses:
            for a in c.support:
                if a not in support:
                    support.append(a)
        scope, lead_words, distributive = None, "", False
        postponed = _postponed(text, seg, self.seen, ctx) if "thời" in seg_text else None
        if postponed is not None:
            # "Đồng ý lùi thời hạn trình Đề án … đến tháng 12 năm 2013 như đề nghị của Bộ Nội vụ": the
            # asking body's new time limit
            body, dl = postponed
            explicit = Clause(start=seg.start, end=seg.end, leads=[body], explicit=True)
            deadlines = [dl]
        if (ctx.conclusion and "iến nghị" in seg_text) or (ctx.issuer_kind in (ISSUER_COUNCIL, ISSUER_PARTY) and "ề nghị" in seg_text):
            # (… or "Đề nghị UBND tỉnh chỉ đạo các cơ quan, đơn vị nêu trên báo cáo … trước ngày …" in a
            # council's or a Party committee's notice: the bodies the committee is asked to direct, and
            # the committee that directs them)
            recommended = self.recommended_bodies(text, seg)
            if recommended and "iến nghị" not in seg_text and explicit is not None:
                recommended = _unique(list(explicit.leads) + recommended)
            if recommended:
                # "Kiến nghị Chủ tịch UBND tỉnh chỉ đạo Sở X chủ trì …", "Kiến nghị Công an tỉnh xem xét, xử
                # lý …" in an inspection's conclusion: the body recommended acts
                explicit = Clause(start=seg.start, end=seg.end, leads=recommended, explicit=True)
        if explicit is not None and explicit.leads and all(ctx.is_issuer(a) for a in explicit.leads) \
                and _ACKNOWLEDGES.match(fold(text), explicit.leads_end) and not any(c.deadlines for c in seg.clauses):
            return                      # "Thường trực HĐND tỉnh ghi nhận UBND tỉnh đã ban hành …": no order
        if explicit is not None and explicit.leads and all(ctx.is_issuer(a) for a in explicit.leads):
            told = self.told_by_the_issuer(text, seg)
            if told is not None and not any(c.deadlines for c in seg.clauses):
                return                  # "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực
                                        # hiện./." (and what follows undated): the letter's formula
            if told:
                # "… biết, thực hiện; báo cáo kết quả … trước ngày …": the issuer passes the order on;
                # the bodies it tells act
                explicit = Clause(start=seg.start, end=seg.end, leads=told, explicit=True)
        own = (_OWN_PLAN.match(fold(seg_text)) or _COMMITTEE_GOES_ON.match(_COMMITTEE_WORDS.sub("ubnd", fold(seg_text)))) \
            if len(seg.clauses) == 1 or not any(c.explicit or c.to_addressee for c in seg.clauses[1:]) else None
        who = _COMMITTEE_WORDS.sub("ubnd", own.group("who")) if own is not None else ""
        # ("UBND xã …" in the report of "ỦY BAN NHÂN DÂN XÃ GIA VIỄN"; only when a plan's words open the clause)
        issuer = _COMMITTEE_WORDS.sub("ubnd", fold(ctx.issuer or "")) if own is not None else ""
        if own is not None and len(who.split()) <= 8 and (
                _BARE_ISSUER.fullmatch(who) or (len(who) > 6 and who in issuer)
                or (explicit is None and ctx.issuer and who.split()[0] == fold(ctx.issuer).split()[0])
                or (explicit is not None and explicit.leads and all(ctx.is_issuer(a) for a in explicit.leads)
                    and fold(text[seg.start:explicit.leads_end]).strip(" -–+•") == who)):
            return                      # "Sở Y tế sẽ tổ chức kiểm tra … trong tháng 10/2026", "Chi cục sẽ lấy mẫu
                                        # …", "Ban dự kiến tổ chức nghiệm thu …": the issuer's own plan, no task
        if explicit is None and _BARE_HEAD_SUBJECT.match(seg_text):
            named = self.named_by_its_head(b, seg_text.split(" ", 1)[0])
            if named:
                # "Sở Tài nguyên và Môi trường chủ trì …; các huyện …, gửi hồ sơ về Sở trước ngày …, Sở
                # thẩm định, trình …": the department the paragraph's task gave the lead, named by its head
                explicit = Clause(start=seg.start, end=seg.end, leads=named, explicit=True)
        # (no subject, words meaning the addressees, or bodies "nêu tại Mục 2": those the items cited name)
        open_lead = explicit is None or (len(explicit.leads) == 1 and (
            body_grammar().refers_to_addressees(explicit.leads[0].name)
            or " tại " in explicit.leads[0].name and _ITEMS_CITED.search(fold(explicit.leads[0].name)) is not None))
        if not open_lead and explicit is not None and len(explicit.leads) == 1 and explicit.leads[0].kind == COLLECTIVE and not explicit.leads[0].members \
                and (_CITED_RIGHT_AFTER.match(fold(seg_text), len(_LEADING_MARK.match(seg_text).group(0)) + len(explicit.leads[0].written or ""))
                     or (explicit.leads_end > seg.start and _CITED_RIGHT_AFTER.match(fold(text), explicit.leads_end)
                         and _TITLE_OPENING.match(fold(seg_text), len(_LEADING_MARK.match(seg_text).group(0))))):
            open_lead = True            # "UBND các xã nêu tại mục 3 báo cáo …": the group as the items cited name it
                                        # (also after its head's title: "Chủ tịch UBND các xã nêu tại mục 4, mục 5 …")
        if not open_lead and len(explicit.leads) == 1 and explicit.leads[0].kind == COLLECTIVE and not explicit.leads[0].members \
                and _THIS_PART.search(fold(seg_text)):
            open_lead = True            # "Các đơn vị được phân công tại Điều này báo cáo …": the group the article gives parts
        cited = self.bodies_of_cited_items(seg_text) if open_lead and " tại " in seg_text and any(
            w in fold(seg_text) for w in ("điểm", "mục", "khoản", "tiết", "điều")) else None
        tasks_above = "chủ trì" in seg_text and (_LEADS_OF_THE_TASKS_ABOVE.match(fold(seg_text)) is not None or (
            bool(self.table_rows) and self.table_rows[-1][0] >= b.index - 2 and _LEADS_OF_THE_ROWS_ABOVE.match(fold(seg_text)) is not None
            and not any(d.kind == DL_RECURRING for d in deadlines)))   # (a standing report: the group's, as written)
        if tasks_above and explicit is not None and all(a.kind == COLLECTIVE and not a.members for a in explicit.leads):
            open_lead = True            # ("Các cơ quan, đơn vị chủ trì báo cáo …": the group the words name)
        if not cited and open_lead and tasks_above:
            # "Các cơ quan, đơn vị (được giao) chủ trì các nhiệm vụ (nêu) trên báo cáo … trước ngày …": every
            # body given a task before it
            cited = self.bodies_given_tasks()
        if not cited and open_lead and _THIS_PART.search(fold(seg_text)):
            # "Các cơ quan, đơn vị nêu tại Điều này báo cáo …": the bodies given tasks in the article (or part)
            # the sentence stands in
            part = next((a for a in S.ancestors(nodes, b.node) if a.rank <= 1 and a.parent is not None), None)
            if part is not None:
                cited = _unique([x for _blk, d in self.drafts if any(a.id == part.id for a in S.ancestors(nodes, d.node))
                                 for x in _expand_enumerations(d.lead, ctx) if not d.monitors], ctx)
        given = _GIVEN_IN_THIS_NOTICE.search(fold(seg_text)) if not cited and " tại " in seg_text else None
        if given is not None and (
                (open_lead and "được giao" in given.group(0))
                # (… or a group of departments and units "nêu tại Chỉ thị này", which no addressee stands for)
                or (not open_lead and "được giao" not in given.group(0) and explicit is not None
                    and all(a.kind == COLLECTIVE and not a.members for a in explicit.leads))):
            # "Các cơ quan, đơn vị được giao nhiệm vụ tại Thông báo này báo cáo kết quả … trước ngày …":
            # every body the notice has given a task to
            cited = self.bodies_given_tasks()
        if cited and len(cited) > 1:
            # (not the body the reports go to: "Các cơ quan chủ trì báo cáo tiến độ về Sở X …" after a table
            # whose rows Sở X leads too)
            here = {m.agency.name for m in self.seen if seg.start <= m.start < seg.end}
            cited = [a for a in cited if a.name not in here] or cited
        if cited:
            # "Các cơ quan nêu tại các điểm a, b và c khoản 2 trên đây báo cáo …": those items' bodies
            explicit = Clause(start=seg.start, end=seg.end, leads=cited, explicit=True)
            lead_words = seg_text[:80]
        elif explicit is not None and len(explicit.leads) > 1 and " tại " in seg_text:
            explicit = self.groups_cited_by_item(text, seg, explicit)
        bracket = _bracketed_roles(text, seg, self.seen, ctx) if explicit is None and "(" in seg_text else None
        if bracket is not None and (node.evaluation or preamble or node.purpose
                                    or (self.past_list is not None and b.node != self.past_list[0])):
            bracket = None
        if bracket is not None:
            # "Đề án vị trí việc làm … (Sở Nội vụ chủ trì, Sở Tài chính phối hợp)": the lead in brackets
            bracket_leads, bracket_support, lead_words = bracket
            leads = _expand_enumerations(bracket_leads, ctx)
            for a in bracket_support:
                if a not in support:
                    support.append(a)
        elif explicit is not None:
            leads = _expand_enumerations(list(explicit.leads), ctx)
            lead_words = ", ".join(a.written for a in explicit.leads if a.written)
            if explicit.by_cue and leads and any(_is_contractor(a) for a in leads) and all(_is_firm(a) for a in leads):
                # "2. Ban Quản lý dự án … (chủ đầu tư):" / "- Yêu cầu đơn vị thi công bổ sung nhân lực …":
                # the board under whose heading its contractor is made to act leads the task
                got = SC.inherited(nodes, b.node)
                prev = self.drafts[-1][1] if self.drafts and self.drafts[-1][0].index == b.index else None
                if got.leads and got.scope is not None and got.scope.where == SC.WHERE_HEADING \
                        and not any(_is_contractor(a) for a in got.leads):
                    leads, scope = list(got.leads), got.scope
                elif prev is not None and prev.lead and prev.explicit_lead and _SEMICOLON_BEFORE.search(text, 0, seg.start) \
                        and not any(_is_firm(a) for a in prev.lead):
                    # "Giao Ban Quản lý các khu công nghiệp chủ trì …; yêu cầu chủ đầu tư hạ tầng KCN (Công ty
                    # …) giải quyết …": the body just given the task makes its investor or contractor act,
                    # the same task (its time limit, when the first part had none)
                    leads = list(prev.lead)
                    if prev.deadline is None and deadlines:
                        prev.deadline = deadlines[0]
                        prev.text = prev.text.rstrip(" ;") + "; " + seg_text
                        return
            # "các cơ quan, đơn vị …": the bodies addressed by its scope, each on its own
            restricted = _restricted_group(seg_text, explicit.leads)
            if restricted is not None:
                # "Các chủ đầu tư có tỷ lệ giải ngân dưới 20% (Phụ lục kèm theo) rà soát …": some of
                # them, which the notice does not name here: the group as its words restrict it
                explicit = replace(explicit, leads=[restricted])
                leads = [restricted]
            resolved, found_in = self.addressed_by_words(list(explicit.leads), b.node)
            if found_in is not None:
                # "Các đơn vị báo cáo kết quả … về Sở X trước ngày …": Sở X receives, it sends nothing to
                # itself (when the words meant Sở X alone, they stay the words: whoever reports to it)
                to = _sent_to(fold(text), seg, self.seen, ctx, direct=True)
                kept = [a for a in resolved if a.name not in to]
                resolved, found_in = (kept, found_in) if kept else (resolved, None)
            if found_in is not None:
                leads, scope, distributive = _expand_enumerations(resolved, ctx), found_in, True
        else:
            directive = _is_imperative(seg_text) or bool(deadlines) or _generic_directive(seg_text) \
                or _bullet_under_addressee(nodes, node, b, seg, text, seg_text) \
                or _paragraph_under_a_body(node, b, seg, text, seg_text, ctx) \
                or (bool(self.ctx.addressees) and _request_to_the_addressee(seg_text))
            if (node.evaluation or preamble) and not (deadlines and _is_imperative(seg_text)):
                directive = False   # an assessment: "… còn chậm (hoàn thành trước ngày 30/6/2026)"
            if node.purpose:
                directive = False   # a plan's purpose: "Đẩy mạnh …, hoàn thành trước ngày 31/12/2026 các chỉ tiêu"
            if self.ctx.issuer_kind != ISSUER_COUNCIL and _PROPOSED_ORDER.match(fold(_strip_prefix(seg_text))):
                directive = False   # "Đề nghị UBND tỉnh giao Sở Tài chính …": an order proposed to the superior, not given
            if self.ctx.issuer_kind not in (ISSUER_COUNCIL, ISSUER_PARTY, ISSUER_CENTRAL) and self.proposed_to_the_superior(node):
                directive = False   # … and an item under "Sở Tài chính kính đề nghị UBND tỉnh:" (not a ministry's or a
                                    # council's "đề nghị UBND tỉnh:", whose items the province is to carry out)
            if self.past_list is not None and b.node != self.past_list[0]:
                directive = False   # an item of a list of past acts ("đã ban hành các văn bản …, cụ thể:")
            if not directive:
                return
            if b.index == 0 and not b.marked and not deadlines and not text.rstrip().endswith((".", ";", ":", "!")):
                return                  # a page's title ("Kiểm tra, xử lý vấn đề báo nêu"): no order
            got = SC.inherited(nodes, b.node)
            leads, scope = got.leads, got.scope
            if seg.clauses[0].asks and leads and all(ctx.is_issuer(a) for a in leads) \
                    and (letter := SC.addressed(nodes, b.node)) is not None and letter.agencies:
                # "Sở X (the issuer) tổ chức Hội nghị …; đề nghị các cơ sở đăng ký … trước ngày …": the request is for the
                # bodies addressed, not the issuer its last clause named
                leads, scope = list(letter.agencies), letter
            if self.answering and not (self.drafts and self.drafts[-1][0].index == b.index) \
                    and (scope is None or scope.where == SC.WHERE_LETTER):
                return                  # "Trả lời: Ngày …, Sở đã kiểm tra …": what the issuer did, no task of the
                                        # letter's addressees (a clause going on from a task of the answer is its)
            letter = SC.addressed(nodes, b.node) if seg.clauses[0].to_addressee else None
            if letter is not None and letter.where == SC.WHERE_LETTER:
                leads, scope = list(letter.agencies), letter   # "Đề nghị quý cơ quan …": the "Kính gửi" bodies
            prev = self.drafts[-1][1] if self.drafts and self.drafts[-1][0].index == b.index else None
            if prev is not None and prev.lead and prev.explicit_lead and not all(ctx.is_issuer(a) for a in prev.lead) \
                    and scope is not None and scope.where == SC.WHERE_LETTER and not seg.clauses[0].to_addressee \
                    and _SEMICOLON_BEFORE.search(text, 0, seg.start) \
                    and not any(ctx.usable(m.agency) for m in _subjects_within(fold(text), seg, self.seen)):
                # "1. Sở Y tế theo dõi, báo cáo UBND tỉnh trước ngày 05/5/2026; tổ chức 02 lớp tập huấn trong năm 2026." in
                # a letter: the clause after the semicolon goes on with the body of the clause before (not every addressee;
                # the bodies it reports to are none: "…; tổng hợp kết quả toàn ngành, báo cáo UBND tỉnh, Bảo hiểm xã hội tỉnh
                # trước ngày …")
                leads, scope = list(prev.lead), None
            if prev is not None and prev.lead and prev.explicit_lead and not all(ctx.is_issuer(a) for a in prev.lead) \
                    and _SEMICOLON_BEFORE.search(text, 0, seg.start) \
                    and _ASKS_NO_BODY.match(fold(seg_text)) \
                    and not any(seg.start <= m.start < seg.start + 40 for m in self.seen if ctx.usable(m.agency)):
                # "3. Ban Quản lý Khu kinh tế … bố trí điểm tập kết …; yêu cầu doanh nghiệp kinh doanh kho bãi ký hợp đồng
                # …, xong trước ngày …": the body of the clause before asks the firms, its own task (not every addressee's)
                leads, scope = list(prev.lead), None
            if seg.clauses[0].asks_other is not None:
                leads, scope = [], None     # "…; đề nghị UBND tỉnh bổ sung kinh phí … trước ngày …" in a commune's report: what
                                            # it asks of a body that takes no task here, nobody else's (no lead: read by hand)
            if b.index == self.last_body_index and not b.marked and b.node != 0 \
                    and _CLOSING_REPORT.match(fold(seg_text).lstrip()):
                # "Kết quả thực hiện báo cáo UBND tỉnh trước ngày …" closing the items: each of
                # their bodies reports
                every = SC.enclosing_leads(nodes, b.node, self.drafts)
                if len(every) > 1:
                    leads, scope = every, SC.Scope(list(every), "", SC.WHERE_ITEM, distributive=True)
            to = _sent_to(fold(text), seg, self.seen, ctx) if leads else set()
            if to and {a.name for a in leads} <= to and not _DIRECTS_ANOTHER.match(fold(_strip_prefix(seg_text))):
                # (not "Chỉ đạo Sở Y tế xây dựng phương án …, trình UBND tỉnh phê duyệt …" under "Đối với UBND tỉnh":
                # the body the heading names directs the one that submits to it)
                leads, scope = self.leads_other_than(to, b.node)
            distributive = bool(scope is not None and scope.distributive)
            units = _generic_units(seg_text)
            if units:
                named = []
                for u in units:
                    same = [a for a in leads if _same_unit([a], u)]
                    named += same or ([ctx.units[u]] if u in ctx.units else [])
                if named:
                    leads, scope, distributive = named, None, False
            only = _ONLY_THE_UNIT.match(_strip_prefix(seg_text)) if len(leads) > 1 else None
            if only is not None:
                # "Riêng xã Nam Đàn hoàn thành …" under "Chủ tịch UBND các xã: Hưng Nguyên, Nam Đàn, …":
                # that commune's body alone
                unit = " ".join(fold(only.group("unit")).split())
                same = [a for a in leads if fold(a.name).endswith(" " + unit)]
                if len(same) == 1:
                    leads, scope, distributive = same, None, False
        if explicit is not None and any(a.kind == COLLECTIVE and not a.members for a in leads):
            leads = _expand_enumerations(_listed_just_before(leads, self.seen, seg.start), ctx)
        elif scope is not None and scope.where == SC.WHERE_LETTER and any(a.kind == COLLECTIVE and a.members for a in leads):
            leads = _expand_enumerations(leads, ctx)    # "Kính gửi: …; UBND các xã: A, B, C": each commune
        leads = _unique([_with_members(a, ctx.members) for a in leads], ctx)
        support = _support_of(leads, support, ctx)
        dl = _main_deadline(deadlines) or _listed_deadline(nodes, b.node) or (
            self.top_list_deadline[0] if self.top_list_deadline is not None and b.node != 0 else None)
        if dl is None and "kỳ họp" in seg_text:
            dl = session_opening_day(text, seg.start, seg.end)
        if dl is not None and explicit is None and self.drafts and (self.drafts[-1][1].deadline is None or (
                    self.drafts[-1][1].deadline.date is None and _SENDS_WHAT_WAS_ASKED.match(fold(seg_text)))) \
                and self.drafts[-1][0].node in _node_and_parent(nodes, b.node) \
                and (_only_a_time_limit(seg_text, dl) or _TIME_FIELD.match(fold(seg_text)) or (
                    _SENDS_WHAT_WAS_ASKED.match(fold(seg_text)) and self.drafts[-1][1].lead
                    and {a.name for a in self.drafts[-1][1].lead} == {a.name for a in leads})):
            # "- Thời gian hoàn thành: trước ngày 30/6/2026." closes the task before it, and so does
            # "Ý kiến xin gửi về Bộ X trước ngày …" the request for those opinions, to the same bodies
            prev = self.drafts[-1][1]
            prev.deadline = dl
            prev.text = prev.text + "\n" + seg_text if b.index != self.drafts[-1][0].index else \
                text[text.find(prev.text):seg.end].strip()
            self.closed_by_time_line = (b.index, prev)
            return
        if dl is not None and explicit is None and b.marked and _only_a_time_limit(seg_text, dl) \
                and _TIME_FIELD.match(fold(seg_text)):
            # "a) Giao Thanh tra tỉnh: - …; - …" then "b) Thời gian thực hiện: Hoàn thành trước ngày
            # …": the time limit of the tasks of the item before, which it closes
            closed = self.tasks_of_item_before(b.node)
            if closed:
                for d in closed:
                    d.deadline = dl
                    d.text = d.text + "\n" + seg_text
                return
        next_step = dl is not None and explicit is None and self.drafts and self.drafts[-1][0].index == b.index \
            and self.drafts[-1][1].deadline is not None and self.drafts[-1][1].deadline.date is not None \
            and _AND_OPENS.match(text, seg.start) is not None \
            and seg_text[:1].islower() and self.drafts[-1][1].text.rstrip(" ,;.").endswith(self.drafts[-1][1].deadline.text)
        if dl is not None and explicit is None and self.drafts and self.drafts[-1][0].index == b.index \
                and self.drafts[-1][1].deadline is not None and dl.text and _JOINED_DAY.match(fold(seg_text)) \
                and len(re.findall(r"\w+", _OWN_WORDS_CUT.split(_BRACKETED.sub(" ", seg_text.replace(dl.text, " ")))[0])) <= 1:
            # "… trước ngày 15/6| và ngày 15/12/2024": one more day of the same task, with its words
            # (and its bodies)
            prev = self.drafts[-1][1]
            k = text.find(prev.text)
            seg_text = text[k:seg.end].strip() if k >= 0 else prev.text.rstrip(" ,;") + " " + seg_text.strip()
            leads, distributive = self.leads_of_the_last_task(b.index)
        elif next_step:
            # "Xây dựng Đề án …; trình UBND tỉnh trước 31/3 và trình Ban Thường vụ Tỉnh ủy trong tháng
            # 6/2026": the next step of the same work, which keeps its words
            prev = self.drafts[-1][1]
            joined = " và " if fold(text[seg.start:seg.start + 6]).strip().startswith("và") else ", "
            seg_text = prev.text.rstrip(" ,;") + joined + seg_text
            leads, distributive = self.leads_of_the_last_task(b.index)
        elif dl is not None and explicit is None and self.drafts and self.drafts[-1][0].index == b.index \
                and self.drafts[-1][1].deadline is not None and dl.text and seg_text.find(dl.text) > 0 \
                and _INSTANCE_LABEL.fullmatch(fold(seg_text[:seg_text.find(dl.text)])):
            # "…; định kỳ hằng tháng trước ngày 15, 06 tháng (trước ngày 15/6), 01 năm (trước ngày
            # 10/12)": another dated instance of the task before, whose words it takes
            prev = self.drafts[-1][1]
            k = prev.text.find(prev.deadline.text) if prev.deadline.text else -1
            z = k + len(prev.deadline.text)
            head = prev.text[:z + (prev.text[z:z + 1] == ")")] if k >= 0 else prev.text.rstrip(" ,;")
            # … and the task's words after the last instance belong to the first one too ("Định kỳ 6
            # tháng (trước ngày 15/6) và năm (trước ngày 15/11) báo cáo kết quả …")
            tail = seg_text[seg_text.find(dl.text) + len(dl.text):].lstrip(" )")
            own = prev.text[:k].rsplit(":", 1)[-1] if k >= 0 else prev.text     # its words before its date
            if len(re.findall(r"\w+", own)) <= 4 and len(tail.strip(" .;")) > 12 and tail not in prev.text:
                prev.text = prev.text.rstrip(" ,;") + " … " + tail
            seg_text = head.rstrip(" ,;(") + "; " + seg_text
            leads, distributive = self.leads_of_the_last_task(b.index)
        elif dl is not None and explicit is None and self.drafts and self.drafts[-1][0].index == b.index \
                and self.drafts[-1][1].explicit_lead and seg_text[:1].islower() and seg.clauses[0].asks_other is None \
                and text[:seg.start].rstrip().endswith(";") and not (scope is not None and scope.where == SC.WHERE_LETTER):
            # "Giao Sở Y tế theo dõi …; định kỳ hằng tháng báo cáo …; sơ kết … trước ngày 15/12/2026": the
            # order's next task after its semicolon, for the same body (not the scope's; words meaning the
            # letter's addressees, "tổng hợp kết quả thực hiện các nội dung trên", keep theirs)
            leads, distributive = self.leads_of_the_last_task(b.index)
        if dl is not None and scope is not None and scope.where == SC.WHERE_PARAGRAPH:
            # "Giao A, B, C rà soát …. Các đơn vị báo cáo kết quả … trước ngày 25/8/2022.": the time
            # limit of the order the paragraph just gave them
            given = [d for blk, d in self.drafts if blk.index == b.index and d.deadline is None
                     and d.explicit_lead and {a.name for a in d.lead} <= {a.name for a in leads}]
            if given:
                for d in given:
                    d.deadline = dl
                    d.text = d.text.rstrip() + " " + seg_text
                return
        if not leads and self.closed_by_time_line is not None and self.closed_by_time_line[0] == b.index:
            # "- Thời gian: ban hành kế hoạch trước 15/10; tổ chức kiểm tra trong Quý IV/2022.": a second
            # step of the task the time line closed, for the same bodies
            step_of = self.closed_by_time_line[1]
            leads, support = list(step_of.lead), list(step_of.support)
            explicit_of, lead_words = step_of.explicit_lead, step_of.lead_words
            seg_text = step_of.text.split("\n")[0].strip() + " – " + seg_text
        else:
            explicit_of = None
        if leads and self.ctx.local_issuer and all(_ALL_PROVINCES.match(fold(a.name)) for a in leads):
            return              # "Bộ Tài chính đề nghị UBND các tỉnh gửi báo cáo …" quoted in a province's letter:
                                # the ministry's request to every province, not one this letter gives
        review = []
        if not leads:
            review.append(M.NO_LEAD)
        event = _EVENT_DEADLINE.search(seg_text) if dl is None else None
        if event:
            review.append(M.EVENT_DEADLINE.format(event=event.group(0)))
        if _under_topic_title(node, b, seg, text, self.opening.get(b.node)) \
                or (explicit is None and _under_task_title(node, b, seg, text, self.opening.get(b.node), self.drafts)):
            # "2. Đối với kiến nghị … về nâng định mức …:" / "Sở X nghiên cứu, tổng hợp …": the
            # topic says what the task is about
            seg_text = self.opening[b.node].text.strip() + " " + seg_text
        d = Draft(node=b.node, text=seg_text, lead=leads, support=support, deadline=dl, needs_review=review,
                  explicit_lead=explicit is not None or bool(explicit_of), lead_words=lead_words,
                  lead_scope=scope if leads else None, distributive=distributive and len(leads) > 1)
        if explicit is not None and leads and self.drafts and "thời" in seg_text \
                and _KEEPS_CHANGED_LIMIT.search(fold(seg_text)):
            prev_b, prev = self.drafts[-1]
            if prev_b.index == b.index and not prev.lead and prev.deadline is not None:
                # "Đồng ý gia hạn thời hạn trình Đề án … đến ngày 15/8/2026. Yêu cầu Sở Xây dựng … trình
                # UBND tỉnh đúng thời hạn gia hạn.": the body held to the moved time limit has that task
                prev.lead, prev.lead_words, prev.explicit_lead = list(leads), lead_words, True
            elif prev_b.index == b.index and prev.deadline is not None and not prev.explicit_lead \
                    and d.deadline is None and prev.lead and not _ORDER_CUE_IN.search(fold(prev.text)):
                # "Đồng ý gia hạn đối với xã A đến ngày 30/6/2026. Sở X chỉ đạo đơn vị tư vấn …, bảo đảm
                # hoàn thành đúng thời hạn được gia hạn.": the grant gives no task of its own, the body
                # held to the moved time limit has it
                d.deadline = prev.deadline
                self.drafts.pop()
        self.drafts.append((b, d))
        if dl is not None and leads and dl in deadlines:
            self.undated_tail_apart(text, seg, d)
        after_leads = fold(text[explicit.leads_end:seg.end]) if explicit is not None and explicit.leads_end else ""
        monitor = _MONITOR.match(after_leads) if after_leads else None
        # (following the others up: "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc (các cơ quan, đơn vị thực
        # hiện)", not "Sở Xây dựng đôn đốc các nhà thầu thi công", a task of its own)
        rest = after_leads[monitor.end():].split(";")[0] if monitor else ""
        d.monitors = monitor is not None and ("thực hiện" in rest or not re.search(r"\w", rest))
        if leads and not monitor:
            node.last_leads = leads
            node.last_scope = scope if explicit is None or scope is not None else None


    def undated_tail_apart(self, text: str, seg, d: Draft) -> None:
        """"Sở X … trình UBND tỉnh trước ngày 31/3/2026; hướng dẫn các xã duy trì …": the duties after the dated
        clause, past its semicolon, are a task of their own for the same bodies, held to no time (not a next step
        of the same work: "…; trình UBND tỉnh phê duyệt", "…; sau đó …")."""
        cls = seg.clauses
        last = max((k for k, c in enumerate(cls) if c.deadlines), default=None)
        if last is None or last == len(cls) - 1:
            return
        first = cls[last + 1]
        tail = cls[last + 1:]
        if last == 0 and _DATE_OPENS.match(fold(text[cls[0].start:cls[0].start + 40])):
            return                      # "- Chậm nhất ngày 25/4/2026, hướng dẫn …; tháo dỡ …": a time opening the sentence
                                        # holds every clause of it
        if any(c.explicit or c.deadlines or c.asks or c.issuer_own for c in tail) or not first.imperative \
                or not _SEMICOLON_BEFORE.search(text, 0, first.start) or _STEP_ONLY.match(text, first.start) \
                or _NEXT_STEP_OPENS.match(fold(text[first.start:first.start + 40])):
            return
        words = text[first.start:seg.end].strip()
        if len(words) < 12 or not d.text.endswith(words):
            return
        d.text = d.text[:-len(words)].rstrip()
        own = {a.name for c in cls[:last + 1] for a in c.support}
        theirs = {a.name for c in tail for a in c.support}
        rest = Draft(node=d.node, text=words, lead=list(d.lead), support=[a for a in d.support if a.name in theirs],
                     deadline=None, needs_review=[r for r in d.needs_review if not M.is_time_reason(r)],
                     explicit_lead=d.explicit_lead, lead_words=d.lead_words, lead_scope=d.lead_scope,
                     distributive=d.distributive)
        d.support = [a for a in d.support if a.name in own or a.name not in theirs]
        self.drafts.append((self.drafts[-1][0], rest))


def _listed_deadline(nodes, node_id: int) -> Optional[Deadline]:
    """The time limit an introduction set for the list an item is in, if any."""
    for n in S.ancestors(nodes, node_id):
        if n.deadline is not None:
            return n.deadline
    return None


def _without(formula, text: str) -> str:
    """``text`` without its last sentence when that sentence is ``formula`` (searched on the
    folded text, anchored at the end): the sentences before it stay ("" when nothing is left)."""
    m = formula.search(fold(text))
    if m is None:
        return text
    k = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start()))
    return text[:k + 1].strip() if k >= 0 else ""


_LEADS_THE_WORK = quick_compile(r"chủ trì(?!\w)")
# an introduction that gives a task of its own before its list: "… yêu cầu Giám đốc các sở, … triển khai
# việc lập kế hoạch đầu tư công trung hạn …, với các nội dung sau:" (not "… thực hiện các nội dung sau:")
_LIST_AFTER_A_TASK = quick_compile(r"(?:,\s*(?:với|theo|gồm|bao gồm|cụ thể|trong đó)(?:\s+[^\s,;.:]+){0,5}?"
                                   # "…; tiến độ các dự án trọng điểm như sau:": a sentence of its own
                                   # (not "…; trong đó lưu ý các nhiệm vụ sau:", some of the same tasks)
                                   r"|;(?!\s*(?:trong đó|cụ thể|gồm|bao gồm)(?!\w))(?:\s+[^\s,;.:]+){1,8}?)\s+"
                                   r"(?:sau|như sau|sau đây)\s*:\s*$")
_ONLY_CARRY_OUT = quick_compile(r"\s*,?\s*(?:(?:nghiêm túc|tập trung|khẩn trương|chủ động|tổ chức)\s+)*(?:triển khai\s+)?"
                                r"(?:thực hiện|triển khai)(?:\s+(?:tốt|nghiêm))?(?:\s+(?:một số|các|những))?\s+"
                                r"(?:nội dung|nhiệm vụ|yêu cầu|giải pháp|công việc|việc)(?!\w)")


def _item_of_the_part_closed(nodes: list, node_id: int, next_id: int) -> Optional[int]:
    """The item on the path to ``node_id`` whose part ends before ``next_id`` opens the next one at a
    higher level (a paragraph under "4. …" / "- …", then "III. …": item 4 of part II), else None."""
    after = {a.id for a in S.ancestors(nodes, next_id)}
    path = list(S.ancestors(nodes, node_id))
    for k, a in enumerate(path):
        if a.parent is None or a.parent in after:
            return path[k - 1].id if k >= 2 else None      # (a part of its own closed, not the item's own level)
    return None


def _own_task_before_list(folded: str, clauses: list) -> bool:
    """An introduction naming its leads whose own words, between the leads and ", với các nội dung
    sau:", are an action of four words or more (the task the list details)."""
    explicit = next((c for c in clauses if c.explicit and c.leads_end), None)
    tail = _LIST_AFTER_A_TASK.search(folded)
    if explicit is None or tail is None or tail.start() <= explicit.leads_end:
        return False
    own = folded[explicit.leads_end:tail.start()]
    generic = _ONLY_CARRY_OUT.match(own)
    return len(own.split()) >= 4 and (generic is None or len(own[generic.end():].split()) >= 3)


def _intro_words(text: str, folded: str, explicit) -> str:
    """The words of an introduction that name its addressees: from its cue ("…, Chủ tịch UBND
    tỉnh yêu cầu các sở, ngành:") back to the comma before it, not the whole sentence."""
    if explicit is None:
        return text
    a, z = explicit.start, explicit.end
    cue = _CUE.search(folded, a, z)
    if cue is not None:
        comma = folded.rfind(", ", a, cue.start())
        a = comma + 2 if comma >= 0 else a
    return text[a:z]


def _unique(agencies: list, ctx=None) -> list:
    """Each body once: after a merger of departments two names can give the same successor
    ("Sở Kế hoạch và Đầu tư; Sở Tài chính"): the first stays.  (Old districts and communes are
    kept apart: their successor is a whole new unit.)"""
    out, seen = [], set()
    for a in agencies:
        k = _identity(a, ctx)
        if k in seen:
            continue
        seen.add(k)
        out.append(a)
    return out


def _identity(a: Agency, ctx=None) -> str:
    """Who a body is for the tracker: a department merged into another is its successor, unless
    the notice dates from before the merger (then both existed, apart)."""
    if a.kind != DEPARTMENT or not a.successor or ctx is None or ctx.on is None:
        return a.name                   # (a notice of unknown date: the bodies as named)
    e = ctx.directory.entries.get(a.name)
    if e is not None and e.until is not None and ctx.on <= e.until:
        return a.name
    return a.current


def _support_of(leads: list, support: list, ctx=None) -> list:
    """Co-operating bodies: each once, and never a lead too (also not under an older name: in a
    notice after the merger, lead "Sở Kế hoạch và Đầu tư", co-operating "Sở Tài chính")."""
    taken = {_identity(a, ctx) for a in leads}
    out = []
    for a in support:
        if _identity(a, ctx) not in taken:
            taken.add(_identity(a, ctx))
            out.append(a)
    return out


def _main_deadline(deadlines: list) -> Optional[Deadline]:
    """The deadline of a segment: the first one, but a day given ("gửi chậm nhất ngày 10/6")
    wins over a bare recurring period of the same sentence ("định kỳ 6 tháng")."""
    if not deadlines:
        return None
    first = deadlines[0]
    if first.kind == DL_RECURRING and "ngày" not in fold(first.text):
        day = next((d for d in deadlines[1:] if d.kind == DL_DATE and d.date is not None), None)
        if day is not None:
            return day
    return first


def _last_sentence(text: str) -> str:
    """The last sentence of ``text``: what introduces the list after it ("UBND tỉnh yêu cầu hoàn
    thành trước ngày 31/3/2026. Để …, Sở đề nghị UBND các xã thực hiện một số nội dung sau:" —
    the province's time limit told before is not the items')."""
    cut = 0
    for m in _FULL_STOP.finditer(text):
        if m.start() and not text[m.start() - 1].isupper() and text[m.end():m.end() + 1].isupper():
            cut = m.end()
    return text[cut:]


# a full stop and the space after it
_FULL_STOP = quick_compile(r"\.\s+")


def _after_last_cue(folded: str, mentions, ctx) -> list:
    """The bodies right after the last "yêu cầu / đề nghị / giao" of an introduction whose
    clauses named no subject (not every body the paragraph mentions)."""
    cues = [c for c in _CUE.finditer(folded) if not _GIVEN_BEFORE_CUE.search(folded[max(0, c.start() - 15):c.start()])]
    if not cues:                        # (not "… nhiệm vụ được giao theo quy định")
        return []
    cue = cues[-1]
    starts = [m.start for m in mentions]
    k = bisect_left(starts, cue.end())
    if k >= len(mentions) or mentions[k].start - cue.end() > 70:
        return []
    gap = folded[cue.end():mentions[k].start]
    if not _ADDRESSEE_GAP.fullmatch(gap):
        return []                       # "Xét đề nghị của Bộ Xây dựng …": not the addressee
    return [m.agency for m in _group_runs(mentions, folded, k) if ctx.usable(m.agency)]


_BODY_QUALIFIER = quick_compile(_QUALIFIER_BEFORE_SEMICOLON)


def _body_ends_at(folded: str, pos: int, ends: set) -> bool:
    """Does a body's name (with its qualifier, if any) end at ``pos``?"""
    if pos in ends:
        return True
    return any((q := _BODY_QUALIFIER.match(folded, e)) is not None and not folded[q.end():pos].strip()
               for e in ends if pos - 40 <= e < pos)


def _join_addressee_lists(spans: list, text: str, folded: str, mentions) -> list:
    """Clause spans, with a list of addressees split by ";" joined back: "Giao các sở, ngành
    tỉnh; UBND các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh báo cáo …" is one clause."""
    if len(spans) < 2 or not mentions:
        return spans
    ends = {m.end for m in mentions}
    starts = {m.start for m in mentions}
    out = [spans[0]]
    for a, z in spans[1:]:
        pa, pz = out[-1]
        prev = folded[pa:pz].rstrip()
        lead_in = _TITLE_LEAD.match(folded, a)
        if prev.endswith(";") and _body_ends_at(folded, pa + len(prev) - 1, ends) and lead_in and lead_in.end() in starts \
                and (cue := _CUE.search(folded, pa, pz)) and not _verb_between(folded, cue.end(), pz, mentions) \
                and not _acts_between(folded, cue.end(), pa + len(prev) - 1, mentions):
            out[-1] = (pa, z)           # (not "Đề nghị Công ty X cử 01 cán bộ tham gia Tổ công tác; UBND các xã: A, B bố
                                        # trí …": the body asked acts, the next clause has a subject of its own)
        elif prev.endswith(";") and (pa + len(prev) - 1) in ends and _VAGUE_BODIES.match(folded, a) \
                and _only_bodies(folded, pa, pa + len(prev) - 1, mentions):
            out[-1] = (pa, z)           # "Các Sở, ban, ngành; cơ quan, đơn vị tiến hành …": one subject
        elif prev.endswith(";") and (pa + len(prev) - 1) in ends and any(
                _list_of_bodies(folded, start, pa + len(prev) - 1, mentions, bool(lead_in) and lead_in.end() in starts)
                for start in {pa, _after_topic(folded, pa, pa + len(prev))}):
            out[-1] = (pa, z)           # "Tất cả các sở, ban, ngành, UBND các huyện; Báo cáo …": the list is the subject
                                        # (also after a topic and a title: "Về X: Thủ trưởng các sở; chủ tịch UBND …",
                                        # and a list with its head left out: "Các sở: A, B, C; UBND các huyện …")
        elif _ROLE_ONLY_END.search(prev) and _co_operators(folded, a, mentions):
            out[-1] = (pa, z)           # "Giao Sở X chủ trì; Sở Y, Sở Z phối hợp rà soát …": one task
        elif prev.endswith(";") and (pa + len(prev) - 1) in ends and lead_in and lead_in.end() in starts \
                and _co_operators_listed(folded, pa, pa + len(prev) - 1, mentions):
            out[-1] = (pa, z)           # "Giao Sở X chủ trì, phối hợp các Sở: A, B; Ban Y; UBND các huyện: C, D
                                        # và các đơn vị liên quan nghiên cứu …": the co-operators go on
        else:
            out.append((a, z))
    return out


# a clause that only names the lead's role ("Giao Sở X chủ trì;") before the co-operators' clause
_ROLE_ONLY_END = quick_compile(r"(?<!\w)chủ trì\s*;$")


# "(cùng) phối hợp" after the bodies that co-operate
_CO_OPERATES = quick_compile(r"\s*(?:cùng\s+)?phối hợp(?!\w)")


def _co_operators(folded: str, a: int, mentions) -> bool:
    """The clause at ``a`` opens with bodies and then "phối hợp" ("Sở Y, Sở Z phối hợp …")."""
    k = a
    for m in _within(mentions, a, a + 300):
        if folded[k:m.start].strip(" ,;và"):
            break
        k = m.end
    return k > a and _CO_OPERATES.match(folded[k:k + 30]) is not None


# bodies named without "các" after a list of bodies and ";": "…; cơ quan, đơn vị (liên quan)"
_VAGUE = _alt(_DIRECTIVE_CUES["vague_bodies"])
# a local government of any level, a province's included ("UBND tỉnh Bắc Ninh", "UBND thành phố Hải Phòng")
_A_LOCAL_BODY = quick_compile(r"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s")
_VAGUE_BODIES = quick_compile(r"\s*" + _VAGUE + r"(?:\s*,\s*(?:và\s+)?" + _VAGUE + r")*(?:\s+(?:có\s+)?liên quan)?(?=[\s,])")


_QUANTIFIER_LEAD = quick_compile(r"\s*(?:[-–+]\s*)?(?:" + _QUANTIFIERS + r")\s+")


def _verb_between(folded: str, a: int, z: int, mentions) -> bool:
    """A verb in ``folded[a:z]`` outside the names of bodies ("các Sở: Xây dựng, …" holds none)."""
    k = a
    for m in _within(mentions, a, z):
        if _VERB_INSIDE.search(folded, k, m.start):
            return True
        k = m.end
    return bool(_VERB_INSIDE.search(folded, k, z))


def _acts_between(folded: str, a: int, z: int, mentions) -> bool:
    """A body in ``folded[a:z]`` followed by words of its own act, not by the next body of a list ("Công ty X| cử 01 cán
    bộ tham gia| Tổ công tác")."""
    ms = _within(mentions, a, z)
    return any(_A_WORD_OF_AN_ACT.match(folded, x.end, y.start) and not _COORDINATION.fullmatch(folded[x.end:y.start])
               and not _COORDINATED_TITLE.fullmatch(folded[x.end:y.start]) for x, y in zip(ms, ms[1:]))


# a lower-case word of two letters or more right after a body: the words of its act (folded)
_A_WORD_OF_AN_ACT = quick_compile(r"\s+(?!và\s|các\s)[a-zà-ỹđ]{2,}\s+[a-zà-ỹđ0-9]")


def _after_topic(folded: str, a: int, z: int) -> int:
    """Where the bodies of ``folded[a:z]`` may start: after a topic that ends in a colon ("Tổ
    chức đánh giá công tác X:") and a title ("Thủ trưởng ")."""
    colon = folded.rfind(":", a, z)
    a = colon + 1 if colon >= 0 else a
    return _TITLE_LEAD.match(folded, a).end()


def _list_of_bodies(folded: str, a: int, z: int, mentions, body_next: bool = False) -> bool:
    """``folded[a:z]`` names bodies and nothing else, maybe after "Tất cả": two or more, or one
    when the next clause opens with a body too (``body_next``: "Sở A; Sở B; Sở C tăng cường …")."""
    q = _QUANTIFIER_LEAD.match(folded, a)
    a = q.end() if q else a
    n = len(_within(mentions, a, z))
    return (n >= 2 or n == 1 and body_next) and _only_bodies(folded, a, z, mentions)


def _co_operators_listed(folded: str, a: int, z: int, mentions) -> bool:
    """``folded[a:z]`` ends on a list of co-operating bodies: its last "phối hợp (với)" is followed
    by nothing but bodies up to ``z``."""
    last = None
    for last in _SUPPORT_CUE.finditer(folded, a, z):
        pass
    if last is None:
        return False
    start = last.end()
    while start < z and folded[start] in " :":
        start += 1
    return _only_bodies(folded, start, z, mentions)


def _only_bodies(folded: str, a: int, z: int, mentions) -> bool:
    """``folded[a:z]`` is nothing but bodies joined by commas or "và" (and a title before them)."""
    ms = _within(mentions, a, z)
    if not ms or ms[-1].end != z:
        return False
    head = folded[a:ms[0].start].strip(" -–+")
    if head and not _TITLE_ONLY.fullmatch(head):
        return False                    # (a title may stand before them: "Giám đốc các sở: A, B")
    return all(_COORDINATION.fullmatch(folded[x.end:y.start]) or _COORDINATED_TITLE.fullmatch(folded[x.end:y.start])
               for x, y in zip(ms, ms[1:]))


_RECIPIENT_CUE = quick_compile(r"(?<!\w)(?:" + words_alternation(_DIRECTIVE_CUES["recipient_cues"])
                               + r"(?:\s+(?:về|cho|đến))?"
                               # "báo cáo kết quả thực hiện về Sở X", "gửi hồ sơ về Sở X": what is sent, then "về"
                               + r"|(?:báo cáo|gửi)(?:\s+[^\s,;.]+){1,4}\s+về)\s*$")


# an imperative that makes another body act: "Chỉ đạo Sở Y tế …", "Giao Sở X …" (folded)
_DIRECTS_ANOTHER = quick_compile(r"\s*(?:chỉ đạo|giao|yêu cầu)\s")


def _sent_to(folded: str, seg, mentions, ctx, direct: bool = False) -> set:
    """The names of the bodies a segment's clauses send something to (``direct``: not a body it
    goes through, "(qua Sở Tài chính)")."""
    out = set()
    for cl in seg.clauses:
        to = _recipient(folded, cl, mentions, ctx, direct)
        if to is not None:
            out.add(to.name)
    return out


_THROUGH = quick_compile(r"(?<!\w)qua\s*$")


def _subjects_within(folded: str, seg, mentions) -> list:
    """The mentions of a segment that are not the bodies it sends something to ("báo cáo UBND tỉnh, Bảo hiểm
    xã hội tỉnh": both recipients, the second joined to the first), nor the objects of its verbs ("giao cho các Tổ bầu
    cử")."""
    out, after_cue = [], None
    for m in _within(mentions, seg.start, seg.end):
        if _RECIPIENT_CUE.search(folded, max(seg.start, m.start - 50), m.start) \
                or (m.start > seg.start and _OBJECT_BEFORE.search(folded, max(seg.start, m.start - 25), m.start)) \
                or (after_cue is not None and _BODIES_JOINED.fullmatch(folded[after_cue:m.start])):
            after_cue = m.end
            continue
        after_cue = None
        out.append(m)
    return out


def _recipient(folded: str, cl, mentions, ctx, direct: bool = False):
    """The body a clause sends something to ("gửi báo cáo về Sở Tài chính"), the last one named."""
    for m in reversed(_within(mentions, cl.start, cl.end)):
        cue = _RECIPIENT_CUE.search(folded, max(cl.start, m.start - 50), m.start)
        if cue and ctx.usable(m.agency) and not (direct and _THROUGH.search(cue.group(0))):
            return m.agency
    return None


# a clause ending on the bodies a lead urges, and the next one urging them on: one task
_URGED = quick_compile(r"(?<!\w)(?:đôn đốc|yêu cầu|chỉ đạo)\s+(?P<urged>[^;]{3,80});\s*$")


# a word in lower case after the last body
_SPACE_THEN_LOWER = quick_compile(r"\s+[a-zđà-ỹ]")


def _urges_bodies(folded: str, cl, mentions) -> bool:
    """A clause that ends by urging bodies and nothing else ("Sở X đôn đốc các sở, ngành liên
    quan;"), not one giving them an action ("yêu cầu các chủ đầu tư khẩn trương hoàn thiện hồ sơ;")."""
    m = _URGED.search(folded, cl.start, cl.end)
    if m is None:
        return False
    a, z = m.start("urged"), m.end("urged")
    ms = _within(mentions, a, z)
    return not ms or not _SPACE_THEN_LOWER.match(folded[ms[-1].end:z]) or _only_bodies(folded, a, z, mentions)


_URGING_AFTER = quick_compile(r"\s*" + _alt(_DIRECTIVE_CUES["urging_adverbs"]) + r"(?!\w)")


# what may follow the body a bullet lists: its field in brackets, then ";" or "."
_LISTED_END = quick_compile(r"\s*(?:\([^()]{0,300}\)\s*)?[;.,]?\s*")


_TOPIC_TITLE = quick_compile(r"^(?:đối với|về|riêng)\s")


def _under_topic_title(node, b, seg, text: str, opened) -> bool:
    """The paragraph right after a numbered topic title ending with ':' ("Đối với kiến nghị
    …:", "Về …:") that names no addressee."""
    if opened is None or b.index != opened.index + 1:
        return False
    title = opened.text
    return (not b.marked and node.rank in (1, 2, 3, 4, 5) and not node.addressees
            and title.rstrip().endswith(":") and bool(_TOPIC_TITLE.match(fold(title.strip())))
            and not text[:seg.start].strip())


def _under_task_title(node, b, seg, text: str, opened, drafts) -> bool:
    """The paragraph right after a plan's item whose title is its task ("3.4. Duy trì vận hành
    Trung tâm giám sát …" / "Duy trì hệ thống …, vận hành …" / "- Chủ trì thực hiện: …"): the
    title says what the task is, the paragraph how."""
    if opened is None or b.index != opened.index + 1 or b.marked or not opened.is_heading:
        return False
    title = opened.text.strip()
    return (node.rank in (1, 2, 3, 4, 5) and not node.addressees and not title.endswith(":")
            and not text[:seg.start].strip() and _is_imperative(_without_marker(title))
            and not any(blk.index == opened.index for blk, _d in drafts[-3:]))


# "II.", "2.1.", "a)": an item's marker before its title
_ITEM_MARKER = quick_compile(r"^\s*(?:[IVX]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*")


def _without_marker(title: str) -> str:
    return _ITEM_MARKER.sub("", title)


_DESCRIPTIVE = quick_compile(r"(?<!\w)(?<!người )(?<!những )(?<!hộ )(?<!trường hợp )(?:đã|đang|được|đạt|chưa|vẫn|còn)(?!\w)")
# (not the people or cases a task is about: "Khóa ngay tài khoản của người| đã nghỉ hưu …")
# … the things an order names, after its verb ("Không đấu nối| các hệ thống chưa thông báo"), whose words describe them (folded)
_THE_THINGS_NAMED = quick_compile(r"(?<=\w)\s+(?:các|những)\s")
# … or a condition before the order, to its comma ("Khi nhận được thông báo xả lũ, …") (folded)
_A_CONDITION_FIRST = quick_compile(r"(?:khi|ngay khi|sau khi|trường hợp|nếu)\s[^,;:]{1,80},\s*")


def _describes(head: str) -> bool:
    """Does an item's opening (folded, its first words) tell what is or was ("Đã hoàn thành …", "Sở đang …"), not order
    it ("Không đấu nối các hệ thống chưa thông báo": the systems are described, the item orders)?"""
    condition = _A_CONDITION_FIRST.match(head)
    if condition is not None:
        head = head[condition.end():]   # "Khi nhận được thông báo xả lũ, thông tin kịp thời …": what is done then
    things = _THE_THINGS_NAMED.search(head)
    return _DESCRIPTIVE.search(head, 0, things.start() if things else len(head)) is not None


def _bullet_under_addressee(nodes, node, b, seg, text: str, seg_text: str) -> bool:
    """A bullet under a heading that names its addressee ("a) Đối với Sở Y tế" / "+ Dự trữ đủ
    thuốc …") is that addressee's task whatever verb opens it, unless it describes ("đã …",
    "đang …" in its first words)."""
    if not b.marked or node.rank not in (5, 6, 7, 8) or node.parent is None or text[:seg.start].strip():
        return False
    if not any(n.addressees for n in S.ancestors(nodes, node.parent)):
        return False
    head = " ".join(fold(_strip_prefix(seg_text)).split()[:8])
    return not _describes(head) and not seg_text.rstrip().endswith(":")


def _paragraph_under_a_body(node, b, seg, text: str, seg_text: str, ctx) -> bool:
    """A paragraph without a marker under a heading that is only a body's name ("3. Thanh tra
    tỉnh" / "Đưa nội dung … vào kế hoạch thanh tra năm 2027.") is that body's task whatever verb
    opens it, unless it describes ("đã …", "đang …" in its first words)."""
    if b.marked or not node.addressees or text[:seg.start].strip() or seg_text.rstrip().endswith(":"):
        return False
    title = _strip_prefix(node.title).strip(" *:.;")
    mentions = ctx.mentions(title)
    if not mentions or mentions[0].start > 0 or title[mentions[-1].end:].strip(" *:.;,"):
        return False
    if any(title[x.end:y.start].strip(" ,;") not in ("", "và") for x, y in zip(mentions, mentions[1:])):
        return False
    head = " ".join(fold(_strip_prefix(seg_text)).split()[:8])
    return not _describes(head)


_LEAD_MARK = quick_compile(r"\(\s*(?:chủ trì|Chủ trì|CT)\s*\)")


# co-operating bodies in brackets in a lead cell: "(phối hợp: Sở Tài chính)", "(đơn vị phối hợp: …)" (folded)
_SUPPORT_BRACKET = quick_compile(r"\s*\(\s*(?:(?:cơ quan|đơn vị)\s+)?phối hợp(?:\s+với)?\s*:?[^()]*\)")


def _roles_in_one_cell(cell: str, ctx) -> tuple:
    """The lead column holding both roles ("Sở Xây dựng chủ trì; Sở Tài chính phối hợp", "Sở X
    chủ trì, phối hợp với Sở Y", "Sở X (chủ trì), Sở Y"): (the cell's words for the lead, the
    co-operating bodies)."""
    bracket = _SUPPORT_BRACKET.search(fold(cell))
    if bracket is not None and ctx.mentions(cell[:bracket.start()]):
        # "Sở Y tế (phối hợp: Sở Tài chính)": the co-operating bodies in brackets after the lead
        lead, support = _roles_in_one_cell(cell[:bracket.start()] + cell[bracket.end():], ctx)
        return lead, support + [m.agency for m in ctx.mentions(cell[bracket.start():bracket.end()]) if ctx.usable(m.agency)]
    marked = list(_LEAD_MARK.finditer(cell))
    if marked:                                              # "Sở X (chủ trì), Sở Y, Sở Z"
        mentions = [m for m in ctx.mentions(cell) if ctx.usable(m.agency)]
        leads = [m for m in mentions if any(0 <= k.start() - m.end <= 3 for k in marked)]
        if leads:
            return "; ".join(cell[m.start:m.end] for m in leads), [m.agency for m in mentions if m not in leads]
    if not _SUPPORT_CUE.search(fold(cell)):
        return cell, []
    lead_parts, support = [], []
    for part in cell.split(";"):
        fp = fold(part)
        cue = _SUPPORT_CUE.search(fp)
        if cue is None:
            lead_parts.append(part)
        elif "chủ trì" in fp[:cue.start()]:
            lead_parts.append(part[:cue.start()])              # "X chủ trì, phối hợp với Y"
            support += [m.agency for m in ctx.mentions(part[cue.start():]) if ctx.usable(m.agency)]
        else:
            support += [m.agency for m in ctx.mentions(part) if ctx.usable(m.agency)]   # "Y, Z phối hợp"
    if not any(ctx.mentions(p) for p in lead_parts):
        return cell, []                                     # (no lead left: the cell as it is)
    return "; ".join(lead_parts), support


# a time cell that names its work first, then the time after a colon: "Thay thế cáp treo, tăng đơ: Tháng 6/2026"
_WORK_THEN_TIME = quick_compile(r"(?P<work>[^:;|]{3,160}?)\s*:\s*(?P<when>(?:[Tt]háng|[Qq]uý|[Nn]ăm|[Tt]rước|[Hh]oàn thành|[Cc]hậm nhất)"
                                r"[^:;|]{1,30}|\d{1,2}/\d{1,2}/\d{4})")
# … whose work holds no time of its own ("Giai đoạn 1 (tháng 3/2026): …"; a load "5 tấn" is none)
_A_TIME_IN_THE_WORK = quick_compile(r"\d{1,2}\s*/\s*\d{1,4}|(?i:tháng|quý|năm|ngày|giai đoạn|đợt)(?!\w)|(?:19|20)\d\d")
# a time cell given by an event, not a date: "Trước khai giảng năm học …", "Trước kỳ họp …"
_EVENT_IN_CELL = quick_compile(r"(?<!\w)trước\s+(?:ngày\s+)?(?:khai giảng|" + words_alternation(_DIRECTIVE_CUES["event_deadlines"])
                               + r")(?!\w)")
# … or a period counted from an event: "Trong 15 ngày kể từ ngày nhận đủ hồ sơ"
_FROM_AN_EVENT_IN_CELL = quick_compile(r"(?<!\w)kể từ\s+(?:ngày|khi)\s+(?!(?:ký|ban hành)(?!\w))")


# a share of a target opening a time cell's step ("60% trước ngày 30/9/2026")
_TARGET_SHARE = r"\d{1,3}(?:[.,]\d{1,2})?\s*%\s"
_TARGET_SHARE_RE = quick_compile(r"^\s*(?P<label>" + _TARGET_SHARE + r")")
# a cell's line break after a comma, inside a list
_BROKEN_AFTER_A_COMMA = quick_compile(r"\s*,\s*<br\s*/?>\s*")
# the steps of one time cell: "- Trình UBND tỉnh: trước 30/6/2020<br>- Hoàn thành thủ tục thành lập: tháng 12/2020"
_TIME_STEPS = quick_compile(r"\s*(?:<br\s*/?>|;|\n|(?<=\d)(?=\s*[-–]\s*[A-ZĐÀ-Ỹ][^\W\d_]*[^:]{0,40}:))\s*(?=[-–+]?\s*[^\W\d_])"
                           r"|;\s*(?=" + _TARGET_SHARE + ")")
# (… or the shares of a target, each by its time: "60% trước ngày 30/9/2026; 100% trước ngày 31/01/2027")
# (a reader may glue the steps: "- Trình phương án: 15/5/2026- Diễn tập: trước ngày 01/6/2026", or a
# wrapped cell join them: "- Lập hồ sơ: tháng 6/2021 - Khởi công: Quý I/2022")
_STEP_LABEL = quick_compile(r"^\s*[-–+]?\s*(?P<label>[^:]{3,60}):\s*(?P<when>.+)$")


# two times joined in one time cell ("Tháng 5 và tháng 11/2026"), not a span ("tháng 6 - 12/2026")
# (… quarters: "Quý II/2026 và Quý IV/2026", "Quý II và Quý IV/2026")
_TWO_TIMES = quick_compile(r"[\dIVX]\s*(?:,|và)\s*(?:(?:ngày\s+|tháng\s+)?\d|[Qq]uý\s+[\dIVX])|\d\s*(?:,|và)\s*\d")
# two or three times each written with its year ("Tháng 6/2026 và tháng 12/2026", "Quý II/2026, Quý IV/2026")
_EACH_WITH_ITS_YEAR = quick_compile(r"(?i:(?:trước\s+|trong\s+)?(?:ngày\s+|tháng\s+|quý\s+)?[\dIVX]{1,4}(?:/\d{1,2})?/\d{4})"
                                    r"(?:\s*(?:,|và)\s*(?i:(?:trước\s+|trong\s+)?(?:ngày\s+|tháng\s+|quý\s+)?[\dIVX]{1,4}(?:/\d{1,2})?/\d{4})){1,2}")
_AND_SPLIT = quick_compile(r"\s*(?:,|\svà\s)\s*")


def _later_steps_of_time_cell(cells: list, cols: dict, first: Draft, ctx) -> list:
    """A time cell naming two steps, each with its time ("- Trình UBND tỉnh: trước 30/6/2020<br>-
    Hoàn thành thủ tục thành lập: tháng 12/2020"): the row's task for each later step, with that
    step's time (the first step keeps the row's own draft, dated by its first time)."""
    i = cols.get("deadline")
    cell = cells[i] if i is not None and i < len(cells) else ""
    if _ESTIMATED_CELL.match(fold(cell)):
        return []                       # "Đợt 1 từ ngày 15/6 đến ngày 26/6/2026; đợt 2 từ … (dự kiến)": the rounds as expected
    if first.deadline is None and ";" in cell and _ROUND_LABEL.match(fold(cell).strip()) and _days_of_an_event(cell, first.text):
        return []                       # "Đợt 1: tháng 4 - 5/2026; đợt 2: tháng 9 - 10/2026" beside a vaccination: its rounds
    parts = [x for x in _TIME_STEPS.split(cell) if x.strip()]
    if len(parts) < 2 and first.lead and first.deadline is not None and _TWO_TIMES.search(cell):
        # "Tháng 5 và tháng 11/2026", "15/6 và 15/12/2026": one task done twice, each time its own
        found = next((got for cue in ("", "hoàn thành trong ")
                      if (got := [d for d in ctx.deadlines(cue + cell) if d.date is not None and d.kind != DL_RECURRING])), [])
        if len({d.date for d in found}) < 2 and _EACH_WITH_ITS_YEAR.fullmatch(cell.strip()):
            # "Tháng 6/2026 và tháng 12/2026": each time written whole
            found = [d for part in _AND_SPLIT.split(cell.strip())
                     if (d := _time_cell_deadline(part, ctx)) is not None and d.date is not None]
        if len(found) == 2 and all(d.kind == DL_MONTH for d in found) \
                and (found[1].date.year * 12 + found[1].date.month) - (found[0].date.year * 12 + found[0].date.month) == 1:
            first.deadline = replace(found[1], text=cell, start=0, end=len(cell))
            return []                   # "Trong tháng 12/2026 và tháng 01/2027": two months in a row, one time over both
        if len({d.date for d in found}) >= 2:
            first.deadline = replace(found[0], text=cell, start=0, end=len(cell))
            return [replace(first, deadline=replace(d, text=cell, start=0, end=len(cell)),
                            needs_review=list(first.needs_review)) for d in found[1:]]
    if len(parts) < 2 or not first.lead:
        return []
    steps = []
    for part in parts:
        m = _STEP_LABEL.match(part)
        dl = _time_cell_deadline(m.group("when") if m else part.strip(" -–+"), ctx)
        share = None if m else _TARGET_SHARE_RE.match(part)
        steps.append((m.group("label").strip() if m else share.group("label").strip() if share else "", dl))
    if any(dl is None for _label, dl in steps):
        # "- Khởi công: trước 30/6/2024<br>- Hoàn thành: trước khai giảng năm học …": the step
        # with a time is the row's time limit (the other, an event without its day, gives none)
        dated = [(label, dl) for label, dl in steps if dl is not None]
        if len(dated) == 1 and first.deadline is None:
            first.deadline = dated[0][1]
            if dated[0][0]:
                first.text = f"{first.text} – {dated[0][0]}"
        if len(dated) < 2:
            return []
        steps = dated
    if len({dl.date for _l, dl in steps}) < 2:
        return []
    first.deadline = steps[0][1]
    if steps[0][0]:
        first.text = f"{first.text} – {steps[0][0]}"
    base = first.text.rsplit(" – ", 1)[0] if steps[0][0] else first.text
    return [replace(first, text=f"{base} – {label}" if label else base, deadline=dl, needs_review=list(first.needs_review))
            for label, dl in steps[1:]]


def _time_cell_deadline(when: str, ctx) -> Optional[Deadline]:
    """The deadline a bare time gives ("Tháng 6/2026", "Quý III", "30/9/2026", "2026"): in a table's
    time column, or a work programme's "Tháng 3:" heading; None for a programme's span."""
    if is_programme_span(when):
        return None
    work = _WORK_THEN_TIME.fullmatch(when.strip(" *."))
    if work is not None and not _A_TIME_IN_THE_WORK.search(work.group("work")):
        # "| Cắm biển hạn chế tải trọng 5 tấn, biển cấm xe quá tải: Tháng 4/2026 |": the work, then its time
        dl = _time_cell_deadline(work.group("when"), ctx)
        return replace(dl, text=when, start=0, end=len(when)) if dl is not None else None
    fw = fold(when)
    if _FROM_A_SCHOOL_YEAR.match(fw) or _A_SCHOOL_YEAR_CELL.fullmatch(fw.strip(" .")):
        return None                     # "Từ năm học 2026 - 2027": when it starts, no time limit; "Năm học 2026 - 2027":
                                        # the school year it is done over
    if _ESTIMATED_CELL.match(fw):
        return None                     # "Tháng 12/2026 (dự kiến)": when it is expected, no time limit
    if _REHEARSAL_ON_A_DAY_CELL.fullmatch(fw.strip(" .")):
        return None                     # "Tổng duyệt ngày 30/8/2026": the day of the rehearsal the row prepares for
    latest = _AT_THE_LATEST_IN_CELL.search(fw)
    if latest is not None and fw.count("(", 0, latest.start()) == fw.count(")", 0, latest.start()):
        said = [d for d in ctx.deadlines(when[latest.start():]) if d.date is not None]
        if said:                        # "Ngay sau khi HĐND tỉnh thông qua dự toán (dự kiến ngày 11/12/2026), chậm nhất
            return replace(said[0], text=when, start=0, end=len(when))     # ngày 24/12/2026": the latest day it gives
    bracket = _LIMIT_IN_A_BRACKET_CELL.search(fw)
    if bracket is not None:
        said = [d for d in ctx.deadlines(when[bracket.start(1):bracket.end(1)]) if d.date is not None]
        if said:                        # "Trước khi năm học mới bắt đầu (trước ngày 05/9/2026)": the day its bracket gives
            return replace(said[0], text=when, start=0, end=len(when))
    if _DAILY_CELL.match(fw):
        return None                     # "Hằng ngày, từ tháng 01/2026 đến hết tháng 4/2026": work done every day of a
                                        # season, no time limit (as "Thường xuyên")
    if _SEASON_CELL.match(fw) or _BY_THE_CROP_SEASON.search(fw):
        return None                     # "Vụ hồi chính vụ (từ tháng 8 đến tháng 10/2026)": work done through a season,
                                        # no time limit
    if _EXPECTED_DAYS_CELL.search(fw) and not _LIMIT_CELL.match(fw):
        return None                     # "Vòng 1: dự kiến ngày 20 - 21/6/2026; vòng 2: dự kiến tháng 7/2026": when the
                                        # rounds are expected to be held, no time limit
    span = _YEARS_SPAN_CELL.fullmatch(fw.strip())
    if span and int(span.group(2)) - int(span.group(1)) >= 3:
        return None                     # "2026 - 2030", "Giai đoạn 2021-2025": a programme's period
                                        # (not "2024 - 2025": done by the end of its last year)
    event = _EVENT_IN_CELL.search(fw)
    if event or _FROM_AN_EVENT_IN_CELL.search(fw):
        dated = [d for d in ctx.deadlines(when) if d.date is not None] if event and "(" in when else []
        found = [d for d in dated if "(" in d.text] or [d for d in dated if d.end <= when.find("(")]
        if found:                       # "Trước mùa mưa lũ (trước ngày 31/5/2023)": the day it gives (or the day before the
                                        # bracket naming the season: "Trước ngày 15/5/2026 (trước mùa mưa lũ)")
            return replace(found[0], text=when, start=0, end=len(when))
        return None                     # "Trước khai giảng năm học 2026 - 2027", "Trong 15 ngày kể từ ngày nhận đủ hồ sơ"
    if len(when.split()) >= _WORDS_OF_A_SENTENCE:
        # "Chậm nhất ngày 15/01/2027 hoàn thành bố trí phòng học tạm, bảo đảm học kỳ II năm học 2026 -
        # 2027": a sentence in the time column, read as one (not as a span ending in its last year)
        said = [d for d in ctx.deadlines(when) if d.date is not None]
        if said:
            return replace(said[0], text=when, start=0, end=len(when))
    end = table_time(when)
    for cue in ("", "chậm nhất ngày ", "hoàn thành ", "hoàn thành trong "):
        found = ctx.deadlines(cue + end)
        if found:
            return replace(found[0], text=when, start=0, end=len(when))
    return None


# a time cell giving the day of a rehearsal (folded)
_REHEARSAL_ON_A_DAY_CELL = quick_compile(r"(?:tổng duyệt|tổng dượt|hợp luyện)\s+(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?"
                                         r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")
# a time cell naming the school year a measure starts in (folded)
_FROM_A_SCHOOL_YEAR = quick_compile(r"\s*(?:(?:bắt đầu|đưa vào sử dụng|đưa vào hoạt động|tuyển sinh)\s+)?từ\s+(?:năm học|học kỳ)(?!\w)")
# … or naming a school year (or a term of it) and nothing else ("Năm học 2026 - 2027", "Học kỳ I năm học 2026 - 2027") (folded)
_A_SCHOOL_YEAR_CELL = quick_compile(r"(?:(?:các\s+ngày\s+học|cả|suốt)\s+)?(?:trong\s+)?(?:học kỳ\s+(?:i|ii|1|2)\s*(?:,\s*)?)?"   # ("Các ngày
                                    r"năm học\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")                # học trong năm học …")
# "chậm nhất ngày …" after a condition in a time cell (folded)
_AT_THE_LATEST_IN_CELL = quick_compile(r"(?<=[,;]\s)chậm nhất(?:\s+là)?\s+(?:ngày\s+)?\d")
# a limit with its full day in a bracket closing a time cell ("Trước khi năm học mới bắt đầu (trước ngày 05/9/2026)") (folded)
_LIMIT_IN_A_BRACKET_CELL = quick_compile(r"\(\s*((?:trước|chậm nhất|hạn|hoàn thành trước|xong trước)\s+(?:ngày\s+)?"
                                         r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*\)\s*\.?\s*$")
# a time cell marked as an estimate (folded)
# ("Tháng 12/2026 (dự kiến)"; not "Trước 15/7/2020 (Lễ hội dự kiến khai mạc …)", nor a campaign's
# days "Dự kiến từ ngày 18/5 đến ngày 30/5/2026", done by the last)
_ESTIMATED_CELL = quick_compile(r"[^()]*\(\s*dự kiến\s*\)\s*$")
# a time cell of daily work ("Hằng ngày", "Hằng ngày, từ tháng 01/2026 đến hết tháng 4/2026") (folded)
_DAILY_CELL = quick_compile(r"\s*(?:hằng|hàng)\s+ngày(?!\w)")
# … or of a season's work, the season and its months ("Vụ hồi chính vụ (từ tháng 8 đến tháng 10/2026)", "Trong mùa
# khô, từ tháng 11/2026 đến tháng 4/2027"; not "Trước mùa mưa lũ (trước ngày 31/5/2026)") (folded)
_SEASON_CELL = quick_compile(r"\s*(?:trong\s+|suốt\s+)?(?:vụ|mùa)\s[^()]{0,40}?[(,]?\s*từ\s+(?:tháng|ngày)\s")
# … or the months of a crop's seasons ("Tháng 2 - 4/2026 và tháng 8 - 9/2026 (theo thời vụ)"), a bracket naming the season
# they are ("Tháng 8 - 10/2026 (vụ thu hoạch)") (folded)
_BY_THE_CROP_SEASON = quick_compile(r"(?<!\w)theo\s+(?:thời vụ|mùa vụ|từng vụ)(?!\w)"
                                    r"|\d\s*\(\s*(?:trong\s+)?(?:vụ|mùa)\s+(?:thu hoạch|thu hái|gieo trồng|gieo cấy|trồng|cấy|chính)[^()\d]{0,20}\)\s*\.?$"
                                    # (… or the schedule they follow: "Tháng 7 - 8/2026 (theo lịch thi)")
                                    r"|^tháng\s+\d{1,2}\s*[-–]\s*(?:tháng\s+)?\d{1,2}\s*/\s*\d{4}\s*\(\s*theo\s+lịch(?:\s+[^\W\d_]+){0,3}\s*\)\s*\.?$")
# … or the day or the month an event is expected on ("dự kiến ngày 20 - 21/6/2026", "dự kiến tháng 7/2026"; not a
# campaign's span "Dự kiến từ ngày 18/5 đến ngày 30/5/2026") (folded)
_EXPECTED_DAYS_CELL = quick_compile(r"(?<!\w)dự kiến\s+(?:vào\s+)?(?:từ\s+)?(?:(?:ngày|tháng)\s+\d|\d{1,2}\s*/\s*\d)")   # (… "Dự kiến từ
                                                                                                # ngày 01/9 đến ngày 30/9/2026", "Dự kiến từ 18/9/2026 đến 20/9/2026")
# a time cell naming a span of days (folded): "từ ngày 06/6 đến ngày 07/6/2026"
# … or from the letter's day to a day ("Từ nay đến ngày 15/3/2026") (folded)
_FROM_NOW_SPAN_CELL = quick_compile(r"từ nay\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\.?")
_DAYS_SPAN_CELL = quick_compile(r"(?:dự kiến\s+(?:(?:tổ chức|diễn ra|thực hiện)\s+)?(?:vào\s+)?)?"     # ("Dự kiến tổ chức từ ngày
                                                                                                # 20/11 đến ngày 23/11/2026")
                                r"(?:(?:các|những)\s+(?:tối|ngày|buổi tối)\s+)?(?:từ|ngày)\s+(?:(?:ngày|đêm)\s+)?(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>\d{4}))?\s*(?:-|–|đến|tới)\s*"
                                r"(?:hết\s+)?(?:ngày\s+)?(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4})\.?")


# a time cell giving one day and, in brackets, the event it is the day of ("Ngày 15/7/2026 (ngày kê biên)") (folded)
# (… or the ceremony it goes with: "Ngày 22/5/2026 (sau Lễ mít tinh)")
_DAY_NAMED_BY_ITS_EVENT_CELL = quick_compile(r"(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*\(\s*(?:ngày\s+(?!hết\b|cuối\b|làm việc\b)"
                                             r"|(?:sau|tại|trong)\s+(?:lễ|buổi lễ|hội nghị|chương trình)\s)"
                                             r"[^\W\d_]+(?:\s+[^\W\d_]+){0,6}\s*\)")
# a row's work marking a day of the calendar ("… hưởng ứng Ngày Quốc tế Đa dạng sinh học") (folded)
_HAILS_A_DAY = quick_compile(r"(?<!\w)hưởng ứng\s+(?:ngày|tuần lễ)\s")
# a time cell giving a campaign's peak ("Trong đợt cao điểm (từ ngày 01/6 đến ngày 31/8/2026)", "Cao điểm từ ngày 15/5 đến
# ngày 31/8/2026") (folded)
_PEAK_SPAN_CELL = quick_compile(r"(?:trong\s+)?(?:(?:đợt|thời gian|thời điểm)\s+)?cao điểm(?!\w)[^\d]{0,30}?\(?\s*(?:từ|ngày)\s"
                                # (… or the time of an event the row's work goes with: "Trong thời gian đăng ký dự thi
                                # (từ ngày 20/4 đến ngày 30/4/2026)")
                                r"|trong\s+(?:thời gian|thời gian diễn ra|dịp)\s[^\d()]{3,50}\(\s*từ\s"
                                # (… or the days of the course the row opens: "Khóa học từ ngày 04/5/2026 đến ngày 31/7/2026")
                                r"|(?:khóa học|khóa đào tạo|khóa tập huấn|lớp học|thời gian học|thời gian đào tạo)\s*:?\s*từ\s")
# a duty kept on the spot, wherever the row's verb stands ("Bố trí kíp cấp cứu … trực tại …"; not "trực tuyến",
# "trực thuộc") (folded)
_DUTY_KEPT = quick_compile(r"(?<!\w)(?:trực|ứng trực|tuần tra|canh gác|canh giữ)(?!\s+(?:tuyến|thuộc|tiếp|quan))(?!\w)")
# … kept over a season given by its months ("Từ tháng 10/2026 đến tháng 3/2027") (folded)
_MONTHS_SPAN_CELL = quick_compile(r"(?:từ\s+)?tháng\s+\d{1,2}(?:\s*/\s*\d{4})?\s*(?:-|–|đến|tới)\s*(?:hết\s+)?tháng\s+\d{1,2}\s*/\s*\d{4}\.?")
# … or over a few months of one year ("Tháng 6 - 7/2026", "Từ tháng 6 đến tháng 8/2026") (folded)
_MONTHS_OF_A_YEAR_CELL = quick_compile(r"(?:từ\s+)?tháng\s+(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>\d{4}))?\s*(?:-|–|đến|tới)\s*(?:hết\s+)?"
                                       r"(?:tháng\s+)?(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4})\.?")
# a duty kept on a day a cell gives ("Bảo đảm an ninh, trật tự tại cuộc đấu giá", "Trực cấp cứu …") (folded)
_DUTY_ON_A_DAY = quick_compile(r"(?:bố trí lực lượng\s+)?(?:bảo đảm|đảm bảo|bảo vệ|giữ gìn)\s+an ninh|bảo vệ an toàn\s+(?:các\s+)?khu vực|(?:tổ chức\s+)?(?:trực|ứng trực|canh gác)(?!\w)")
# a time cell written as a limit (folded): "Trước ngày 25/10/2026", "Chậm nhất 20/10", "Hoàn thành trong tháng 9"
_LIMIT_CELL = quick_compile(r"\s*(?:trước|chậm nhất|hoàn thành|xong|hạn)(?!\w)")
# a time column telling when an activity is held: "Thời gian kiểm tra", "Thời gian tổ chức" (folded)
_ACTIVITY_TIME = quick_compile(r"(?:" + words_alternation(load_cues()["reference.duration_of"]) + r")(?!\w)")
# an event a row holds (folded): "Tổ chức Lễ hội …", "Hội nghị …", "Hội chợ …"
# a time cell giving the hour of a day and nothing else: "20 giờ 00 ngày 01/3/2026", "07 giờ 30, ngày 02/3/2026" (folded)
# … and a window of hours on one day ("Từ 6 giờ 30 đến 11 giờ 30 ngày 20/5/2026") (folded)
_HOURS_OF_A_DAY_SPAN = quick_compile(r"(?:từ\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{2}(?:\s*phút)?)?\s*(?:-|–|đến)\s*\d{1,2}\s*(?:giờ|h)"
                                     r"(?:\s*\d{2}(?:\s*phút)?)?(?:\s+(?:sáng|chiều|tối))?\s*,?\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")
_HOUR_OF_A_DAY_CELL = quick_compile(r"(?:từ\s+)?\d{1,2}\s*(?:giờ|h)(?:\s*\d{2}(?:\s*phút)?)?(?:\s+(?:sáng|chiều|tối))?\s*,?\s*(?:ngày\s+)?"
                                    r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")
# a time cell giving one day and nothing else: "Ngày 15/7/2026", "15/7/2026" (folded)
_A_DATE = r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
_A_DAY_CELL = quick_compile(r"(?:ngày\s+)?" + _A_DATE)
_EVENT_WORDS = words_alternation(_DIRECTIVE_CUES["event_nouns"])
_AN_EVENT = quick_compile(r"(?<!\w)" + _EVENT_WORDS + r"(?!\w)")
# … held by the row ("Tổ chức Hội nghị …", "Tổ chức các hoạt động …", folded)
_HOLDS_AN_EVENT = quick_compile(r"tổ chức\s+(?:các\s+|buổi\s+|đợt\s+)?(?:"
                                + words_alternation(_DIRECTIVE_CUES["event_nouns"] + _DIRECTIVE_CUES["held_on_days"]) + r")(?!\w)")
# … or one the row guards or brings people to ("Bảo vệ giải Việt dã leo núi …", "Tổ chức cho học viên … tham gia Phiên giao
# dịch việc làm …", "Giới thiệu hội viên tham gia phiên giao dịch việc làm …", folded)
_GUARDS_OR_ATTENDS_AN_EVENT = quick_compile(r"(?:(?:bảo vệ|phục vụ)|[^,;.:]{1,80}?\stham gia)\s+(?:các\s+)?(?:" + _EVENT_WORDS + r")(?!\w)")
# … or a duty it keeps ("Tổ chức trực cấp cứu …", "Trực Tết …", folded)
_A_DUTY = quick_compile(r"(?:tổ chức\s+)?(?:" + words_alternation(_DIRECTIVE_CUES["duties_over_days"]) + r")(?!\w)")
# a time cell giving a day or two and nothing else, written as days ("Ngày 18/4/2026 và ngày 19/4/2026", "Tối ngày
# 02/02/2027"; not a bare "30/9/2027", a time limit in its column) (folded)
_DAYS_CELL = quick_compile(r"(?:(?:chủ nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7]))\s*,?\s*)?(?:(?:sáng|chiều|tối)\s+(?:ngày\s+)?|ngày\s+)" + _A_DATE
                           + r"(?:\s*(?:,|và)\s*(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?" + _A_DATE + ")?"
                           # (… or two days of one month: "Ngày 01 - 02/6/2026", a campaign's days)
                           r"|ngày\s+\d{1,2}\s*[-–]\s*" + _A_DATE)


# the day and month of a time cell's day, and a day and month the row's words name ("Ngày Dân số thế giới 11/7") (folded)
_ONE_DAY_IN_CELL = quick_compile(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*\d{4}")
_DAY_MONTH_IN_TEXT = quick_compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])")
# … a limit's word before it ("trước ngày 11/7": a limit, not the day of an event)
_LIMIT_BEFORE_A_DAY = quick_compile(r"(?:trước|chậm nhất|hạn|hoàn thành)\s+(?:ngày\s+)?$")
# … or a day of each month, quarter or week, with no limit's word ("Ngày 15 hằng tháng") (folded)
_A_DAY_OF_EACH_PERIOD_CELL = quick_compile(r"(?:vào\s+)?ngày\s+\d{1,2}\s+(?:hằng|hàng)\s+(?:tháng|quý|tuần|năm)")
# a row's work that hands something in ("Báo cáo …", "gửi …", "tổng hợp …") (folded)
_REPORTS_OR_SENDS = quick_compile(r"(?<!\w)(?:báo cáo|gửi|nộp|tổng hợp|cập nhật|thống kê)(?!\w)")
# a column of the areas teams are given ("Địa bàn", "Địa bàn phụ trách") (folded)
_AREAS_HEADER = quick_compile(r"địa bàn(?:\s+(?:phụ trách|kiểm tra|hoạt động|được giao))?")
# the round a time cell's days are of, before them ("Đợt 1: từ ngày 15/4/2026 đến ngày 15/5/2026") (folded)
_ROUND_LABEL = quick_compile(r"^(?:đợt|vòng|lần)\s+\d{1,2}\s*:\s*")
# a bracket closing a cell (folded)
_A_BRACKET_AFTER = quick_compile(r"\s*\([^()]*\)\s*$")


# a time cell naming a season the row's work is kept over ("Mùa mưa lũ năm 2026 (đến hết tháng 10)", "Trong mùa khô") (folded)
_A_SEASON_CELL = quick_compile(r"(?:trong\s+)?mùa\s+(?:mưa lũ|mưa bão|mưa|lũ|bão|khô|hanh khô|cháy rừng)(?!\w)")
# a row's work that hands something in or completes it, in its words before the topic ("… về chi trả không dùng tiền
# mặt" is what it is about; "trình" not inside "quy trình", "lộ trình", "chương trình") (folded)
_WORK_TO_DELIVER = quick_compile(r"(?<!\w)(?<!quy )(?<!lộ )(?<!chương )" + _alt(_DIRECTIVE_CUES["work_handed_in"]) + r"(?!\w)")
# … or that makes, reviews or builds something, opening it (folded)
_MAKES_SOMETHING = quick_compile(_alt(_DIRECTIVE_CUES["work_made"]) + r"(?!\w)")


def _days_of_an_event(when: str, task: str) -> bool:
    """A time cell naming a few days ("Từ ngày 06/6 đến ngày 07/6/2026") in a row holding an event:
    the days it is held (not "Cấp phát: từ 15/8 đến 25/8/2025", work done by then)."""
    rounds = [p for p in when.split(";") if p.strip(" .")]
    if len(rounds) >= 2 and all(_ROUND_LABEL.match(fold(p).strip()) for p in rounds):
        # "| Tổ chức tiêm phòng Dại … | … | Đợt 1: tháng 4 - 5/2026; đợt 2: tháng 9 - 10/2026 |": each round's months
        return all(_days_of_an_event(p, task) for p in rounds)
    if _DAY_NAMED_BY_ITS_EVENT_CELL.fullmatch(fold(when).strip(" .")):
        return True                     # "| Cưỡng chế, kê biên tài sản … | … | Ngày 15/7/2026 (ngày kê biên) |": the event's own
                                        # day, as its bracket names it
    if _PEAK_SPAN_CELL.match(fold(when).strip()):
        return True                     # "| Kiểm tra các cơ sở … | … | Trong đợt cao điểm (từ ngày 01/6 đến ngày 31/8/2026) |":
                                        # the days of a campaign's peak, the work done over them
    fw, ft = _ROUND_LABEL.sub("", _A_BRACKET_AFTER.sub("", fold(when).strip())), fold(task)  # (not its day in the lunar calendar:
    opening = ft.lstrip(" -–+*")                                            # "Ngày 10/02/2026 (23 tháng Chạp …)")
    if _DUTY_KEPT.search(ft) and _MONTHS_SPAN_CELL.fullmatch(fw):
        return True                     # "| Tuần tra, canh giữ rừng thông … | … | Từ tháng 10/2026 đến tháng 3/2027 |": a watch
                                        # kept over a season
    months = _MONTHS_OF_A_YEAR_CELL.fullmatch(fw)
    if months is not None and _A_DUTY.match(opening):
        y2 = int(months.group("y2"))
        first = int(months.group("y1") or y2) * 12 + int(months.group("m1"))
        if 0 < y2 * 12 + int(months.group("m2")) - first <= 11:
            return True                 # "| Tuyên truyền về Tổng điều tra … | … | Tháng 6 - 7/2026 |", "| Tuyên truyền lộ trình
                                        # dừng công nghệ 2G … | … | Từ tháng 4/2026 đến tháng 10/2026 |": an activity kept up
                                        # over months
    # "| Bố trí kíp cấp cứu, xe cứu thương trực tại đỉnh … | … | Từ ngày 15/12/2026 đến ngày 28/02/2027 |": a duty the row
    # keeps, wherever its verb stands
    ft_duty = _DUTY_KEPT.search(ft) is not None and _DAYS_SPAN_CELL.match(fw) is not None
    if _HOURS_OF_A_DAY_SPAN.fullmatch(fw):
        return True                     # "| Từ 7 giờ đến 16 giờ ngày 17/5/2026 | … | Thay cột, kéo dây |": the hours the
                                        # work is done (a planned outage), no time limit
    if (_DAYS_CELL.fullmatch(fw) or _A_DAY_OF_EACH_PERIOD_CELL.fullmatch(fw)) \
            and (_HOLDS_AN_EVENT.match(opening) or _AN_EVENT.match(opening) or _DUTY_ON_A_DAY.match(opening)
                 or _GUARDS_OR_ATTENDS_AN_EVENT.match(opening)):
        return True                     # "| Tổ chức Hội nghị xúc tiến … | … | Ngày 23/5/2026 |", "| Tổ chức tiêm chủng …
                                        # | … | Ngày 18/4/2026 và ngày 19/4/2026 |": the days it is held (also "| Tổ chức
                                        # phiên giao dịch việc làm định kỳ | … | Ngày 15 hằng tháng |", "| Lễ thắp nến tri
                                        # ân … | … | Tối ngày 26/7/2026 |"; a duty kept on the day: "| Bảo đảm an ninh, trật
                                        # tự tại cuộc đấu giá | … | Ngày 20/6/2026 |")
    if _A_DAY_OF_EACH_PERIOD_CELL.fullmatch(fw) and not _REPORTS_OR_SENDS.search(ft):
        return True                     # "| Thu gom pin thải tại các điểm … | … | Ngày 15 hằng tháng |": the day the work is
                                        # done each month (not "| Báo cáo kết quả … | Ngày 20 hằng tháng |", its report's day)
    cell_day = _ONE_DAY_IN_CELL.search(fw) if _A_DAY_CELL.fullmatch(fw) or _DAYS_CELL.fullmatch(fw) else None
    named = _DAY_MONTH_IN_TEXT.search(ft) if cell_day is not None else None
    if named is not None and not _LIMIT_BEFORE_A_DAY.search(ft[:named.start()]) \
            and (int(cell_day.group(1)), int(cell_day.group(2))) == (int(named.group(1)), int(named.group(2))):
        return True                     # "| Hưởng ứng Ngày Dân số thế giới 11/7 | … | Ngày 11/7/2026 |": the day the row names,
                                        # its commemoration, no time limit
    if cell_day is not None and _HAILS_A_DAY.search(ft) and not _LIMIT_CELL.match(fw):
        return True                     # "| Tổ chức ra quân …, hưởng ứng Ngày Quốc tế Đa dạng sinh học | … | Ngày 22/5/2026 |":
                                        # the day it marks, no time limit
    if _HOUR_OF_A_DAY_CELL.fullmatch(fw) and opening.startswith("tổ chức "):
        return True                     # "| Tổ chức cưỡng chế, tháo dỡ kho bãi | Hội đồng cưỡng chế | 08 giờ ngày 04/8/2026 |":
                                        # the hour it is done, no time limit
    if _DURING_A_SPELL.search(ft) and _DAYS_SPAN_CELL.match(fw):
        return True                     # "| Kiểm tra việc che chắn chuồng trại … trong đợt rét | … | Từ đêm 12/1 đến ngày
                                        # 15/1/2026 |": the days of the spell the work is done in
    delivers = _WORK_TO_DELIVER.search(ft.split(" về ")[0]) is not None
    if _A_SEASON_CELL.match(fw) and not delivers:
        return True                     # "| Trực, vận hành hồ chứa … | … | Mùa mưa lũ năm 2026 (đến hết tháng 10) |": a season's
                                        # standing duty (not "Trước mùa mưa lũ", a limit)
    if (_DAYS_SPAN_CELL.fullmatch(fw) or _MONTHS_OF_A_YEAR_CELL.fullmatch(fw) or _MONTHS_SPAN_CELL.fullmatch(fw)) \
            and not delivers and not _MAKES_SOMETHING.match(opening):
        return True                     # "| Treo băng rôn, khẩu hiệu; tuyên truyền … | … | Từ ngày 01/6/2026 đến ngày 30/6/2026 |",
                                        # "| Sinh hoạt hè của học sinh … | … | Tháng 6 - tháng 8/2026 |": the span the work is
                                        # kept up over, no time limit (not a work that hands something in or makes
                                        # something by its end: "| Xây dựng đập tạm … | … | Từ tháng 4 đến tháng 6/2016 |")
    if not _AN_EVENT.search(ft) and not _A_DUTY.match(opening) and not ft_duty and not _RECURRING_WORK.search(ft):
        return False                    # (… or a duty the row keeps: "Tổ chức trực cấp cứu 24/24 giờ trong dịp Tết" beside
                                        # "Từ ngày 03/02/2027 đến ngày 11/02/2027", the days of the duty)
    if _HOUR_OF_A_DAY_CELL.fullmatch(fw):
        return True                     # "| Lễ khai mạc … | … | 20 giờ 00 ngày 01/3/2026 |": when it starts
    if _A_DAY_CELL.fullmatch(fw) and (_AN_EVENT.match(opening) or _AT_THE_CEREMONY.search(ft)):
        return True                     # "| Ngày 15/7/2026 | Hội nghị sơ kết … |": the day it is held (or "| Bảo đảm y tế,
                                        # cấp cứu tại buổi Lễ | … | Ngày 02/9/2026 |", service at it that day)
    if _FROM_NOW_SPAN_CELL.fullmatch(fw) and (_A_DUTY.match(opening) or ft_duty):
        return True                     # "| Tuyên truyền về cuộc bầu cử … | … | Từ nay đến ngày 15/3/2026 |": a duty kept
                                        # up to the day, no time limit
    days = _DAYS_SPAN_CELL.match(fw)
    if days is None:
        return False
    if _RECURRING_WORK.search(ft):
        return True                     # "| Tiêu độc, khử trùng định kỳ 02 lần/tuần … | … | Từ ngày 05/6/2026 đến hết ngày
                                        # 30/6/2026 |": the period the work is kept up
    y2 = int(days.group("y2"))
    first = valid_date(int(days.group("y1") or y2), int(days.group("m1")), int(days.group("d1")))
    last = valid_date(y2, int(days.group("m2")), int(days.group("d2")))
    # (a duty or an activity kept up over the days may run longer than an event: "| Biểu diễn lưu động tại các xã biên
    # giới | … | Từ ngày 20/4/2026 đến ngày 30/5/2026 |", a tour)
    # (… up to a school term's classes, "Mở lớp, dạy các lớp xóa mù chữ" beside "Từ ngày 15/3/2026 đến ngày 30/6/2026"; a
    # watch kept, any season: "Từ ngày 01/10/2026 đến ngày 31/3/2027")
    longest = 366 if ft_duty else 125 if _A_DUTY.match(opening) else 31
    return first is not None and last is not None and 0 <= (last - first).days <= longest


# where a firm in a lead cell stands, in brackets after it ("Công ty TNHH Gạch Tuynel Cao Lộc Hưng (xã Cao Lộc)"):
# no body of its own
_WHERE_IT_STANDS = quick_compile(r"(?<=\S)\s*\((?:tại\s+|địa chỉ\s*:?\s*)?(?i:xã|phường|thôn|xóm|khu phố|thị trấn|huyện|thành phố)"
                                 r"\s+[A-ZĐÀ-Ỹ][^()]{0,40}\)\s*$")
# the ceremony a row serves at ("… tại buổi Lễ", "phục vụ Lễ kỷ niệm") (folded)
_AT_THE_CEREMONY = quick_compile(r"(?<!\w)(?:tại|trong|phục vụ)\s+(?:buổi\s+)?lễ(?!\s+(?:hội|tân)(?!\w))(?!\w)")
# a spell of weather, a peak or a holiday the row's work is done in ("… trong đợt rét", "… trong những ngày nắng nóng";
# folded)
_DURING_A_SPELL = quick_compile(r"(?<!\w)trong\s+(?:đợt|các đợt|những ngày|thời gian|mùa)\s+(?:rét|mưa|lũ|bão|nắng nóng|"
                                r"cao điểm|dịch|nghỉ)(?!\w)")
# work the row repeats ("định kỳ 02 lần/tuần", "hằng ngày"; folded)
_RECURRING_WORK = quick_compile(r"(?<!\w)(?:\d{1,2}\s+)?(?:" + words_alternation(_DIRECTIVE_CUES["recurring_work"]) + r")(?!\w)")


# a time cell naming a span of years and nothing else
_YEARS_SPAN_CELL = quick_compile(r"(?:giai đoạn\s+|gđ\s+)?((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\.?")


# a time cell keeping the time given before: "Giữ nguyên thời hạn"
_KEPT_TIME = quick_compile(r"(?<!\w)giữ nguyên(?!\w)")
_REFUSED_OPENING = quick_compile(r"\s*(?:không|chưa)\s+(?:đồng ý|chấp thuận|thống nhất)(?!\w)")


def _row_done(cells: list, cols: dict, notes: tuple = ()) -> bool:
    """Does a task table's row say its task is done (in its status, notes or time cell)?"""
    def cell(role):
        i = cols.get(role)
        return cells[i].strip() if i is not None and i < len(cells) else ""
    status = cell("status")
    if status and _DONE_STATUS.match(fold(status)):
        return True                     # "Đã hoàn thành": a reminder's row done, no task
    if any(i < len(cells) and _DONE_NOTE.match(fold(cells[i])) for i in notes):
        return True                     # "| … | Tháng 02/2026 | Đã hoàn thành ngày 26/02/2026 |" in its notes: done
    # "| UBND xã A | 0,96 | Đã bàn giao ngày 10/8/2026 |": done, no task
    return bool(_DONE_IN_TIME_CELL.match(fold(cell("deadline"))) and not _PART_LEFT.search(fold(cell("deadline"))))


def _table_task(cells: list, cols: dict, node: int, ctx: NoticeContext, notes: tuple = (),
                done_too: bool = False) -> Optional[Draft]:
    """One row of a task table -> a task: lead, support, deadline from their columns, the task
    from its column (with the other cells, e.g. the project, before it, and the notes of the
    columns ``notes`` after it: "Ghi chú", the person in charge).  A row done is no task (unless
    ``done_too``: the row read all the same, the parent of the rows below it)."""
    def cell(role):
        i = cols.get(role)
        return cells[i].strip() if i is not None and i < len(cells) else ""
    used = set(cols.values())
    if not done_too and _row_done(cells, cols, notes):
        return None
    if _A_TOTAL_ROW.fullmatch(fold(cell("lead")).strip(" *")) or _A_TOTAL_ROW.fullmatch(fold(cell("text")).strip(" *")):
        return None                     # "| | **Tổng cộng** | **101.785** | … |": the table's total, no task
    status = cell("status")
    others = "; ".join(c for i, c in enumerate(cells) if i not in used and i not in notes and c.strip())
    task = cell("text")
    after = "; ".join(cells[i].strip() for i in notes if i < len(cells) and cells[i].strip())
    if "work" in cols and task:
        # "| 1 | Trường THCS Cao Thắng: khối phòng học 3 tầng | 15 phòng | 02/2026 | 15/8/2026 |": the work
        # first, its scale and notes after it
        others, after, text = "", "; ".join(x for x in (others, after) if x), task
    text = f"{others}: {task}" if others and task else (task or others)
    text = f"{text} ({after})" if text and after else text
    # (a list broken over the cell's lines goes on: "UBND các xã: Hòa An,<br>Quảng Uyên, Trùng Khánh")
    lead_cell = _BROKEN_AFTER_A_COMMA.sub(", ", cell("lead"))
    # "| … | Ban Quản lý Khu kinh tế (gửi báo cáo về Văn phòng UBND tỉnh trước 16 giờ ngày 13/7/2026) |": the
    # time the preparing body is given, in brackets after it (the body without it)
    lead_times = [d for d in ctx.deadlines(lead_cell) if d.date is not None] if "(" in lead_cell else []
    if lead_times:
        lead_cell = _BRACKET_NOTE.sub("", lead_cell)
    lead_cell = _WHERE_IT_STANDS.sub("", lead_cell) if ")" in lead_cell else lead_cell
    lead_cell, also = _roles_in_one_cell(lead_cell, ctx)
    if lead_cell[:1].islower() and body_grammar().starts_a_body(lead_cell[:1].upper() + lead_cell[1:]):
        lead_cell = lead_cell[:1].upper() + lead_cell[1:]      # "sở Xây dựng" in a table of units: "Sở Xây dựng"
    found = ctx.mentions(lead_cell)
    leads = [m.agency for m in found if ctx.usable(m.agency)]
    if len(found) == 1 and found[0].agency.kind == COLLECTIVE and not found[0].agency.members and found[0].start == 0 \
            and _QUALIFYING_WORDS.fullmatch(lead_cell[found[0].end:].rstrip(" .;")):
        # "| Các cơ quan, đơn vị quản lý tài sản |": the group as the cell qualifies it
        name = " ".join(lead_cell.rstrip(" .;").split())
        leads = [replace(found[0].agency, name=name[:1].upper() + name[1:], written=lead_cell)]
    if not leads and lead_cell and (_PEOPLE_CELL.match(fold(lead_cell)) or _OWN_TEAM_CELL.match(fold(lead_cell))):
        return None                     # "| Nộp phiếu đăng ký dự tuyển … | Học sinh lớp 9 |", "| Kiểm tra … | Đoàn kiểm
                                        # tra của Sở |": what pupils or the issuer's own team do, no body's task
    if not leads and lead_cell and _UNIT_KIND_FIRST.match(fold(lead_cell)) and lead_cell[:1].isupper():
        # "| Xã Gia Viễn |" in a column of the communes leading the rows: its committee
        unit = _committee_named(lead_cell, ctx)
        leads = [unit] if unit is not None and ctx.usable(unit) else []
    if not leads and lead_cell:
        leads = [ctx.directory.resolve(lead_cell, ctx.on)]
        parts = [x.strip() for x in _LIST_SEPARATORS.split(lead_cell) if x.strip()]
        if len(parts) > 1 and leads[0].kind not in UNIT_KINDS:
            # "| Lợi Bác, Khánh Khê |" under "| Xã chủ trì |": each commune the cell names bare, when each is one
            units = [ctx.directory.resolve(x, ctx.on) for x in parts]
            if all(u.kind in UNIT_KINDS for u in units):
                leads = units
            elif all(x[:1].isupper() for x in parts):
                # (… of a province whose communes the directory does not list)
                listed = ctx.mentions("UBND các xã, phường: " + ", ".join(parts))
                if len(listed) == 1 and len(listed[0].agency.members) == len(parts):
                    leads = [listed[0].agency]
    if not leads:
        leads = _body_cell(cells, used, ctx)
    leads = _unique(_expand_enumerations(leads, ctx), ctx)
    support = _support_of(leads, [m.agency for m in ctx.mentions(cell("support"))
                                  if ctx.usable(m.agency) and not body_grammar().refers_to_addressees(m.agency.name)]
                          + also, ctx)
    when = cell("deadline")
    dl = _time_cell_deadline(when, ctx) if when else None
    if dl is not None and _days_of_an_event(when, task):
        dl = None                       # "| Tổ chức Lễ hội ẩm thực biển | … | Từ ngày 06/6 đến ngày 07/6/2026 |":
                                        # the days the event is held, no time limit
    if dl is None and lead_times:
        dl = next((d for d in lead_times if "(" in cell("lead")[:d.start]), None)
    first = _TIME_FIRST.match(fold(task)) if dl is None and not when.strip() and task else None
    if first is not None:
        # "| Kho bạc … | Chậm nhất ngày 15/02/2027, hoàn thành đối chiếu … |  |": the time written first
        # in the task's cell, the time cell left empty
        dl = next((d for d in ctx.deadlines(task) if d.date is not None and d.start < first.end()), None)
    if dl is None and when and _KEPT_TIME.search(fold(when)):
        # "| Quý III/2022 | Giữ nguyên thời hạn |": the time kept, in the column the table replaces
        dl = next((d for i in notes if i < len(cells) and cells[i].strip()
                   and (d := _time_cell_deadline(cells[i].strip(), ctx)) is not None), None)
    # (with no status column, a note saying the row is late: "| … | 31/3/2026 | Quá hạn; nay yêu cầu hoàn thành
    # trước ngày 30/4/2026 |" in "Ghi chú")
    judged = status or next((cells[i].strip() for i in notes if i < len(cells) and _LATE_ROW.search(fold(cells[i]))), "")
    passed = bool(judged) and (_LATE_ROW.search(fold(judged)) is not None or _NOT_DONE_ROW.search(fold(judged)) is not None)
    if judged and _DATE_HINT.search(judged):
        # "Quá hạn; đề nghị hoàn thành trước ngày 24/4/2026": the reminder's new time limit (also a
        # decision's: "| Đồng ý gia hạn đến ngày 31/7/2026 |" in the column of the Chairman's opinion)
        renewed = _main_deadline(ctx.deadlines(judged))
        if renewed is not None and renewed.date is not None:
            dl = renewed
    elif status and (_KEPT_TIME.search(fold(status)) or _REFUSED_OPENING.match(fold(status))):
        # "| 15/6/2026 | 30/9/2026 | Không đồng ý gia hạn; giữ nguyên thời hạn đã giao |": the time the
        # table's other column kept (not the one asked for)
        kept = next((d for i in notes if i < len(cells) and cells[i].strip()
                     and (d := _time_cell_deadline(cells[i].strip(), ctx)) is not None), None)
        if kept is not None:
            dl = kept
    if dl is not None and dl.date is not None and ctx.issued is not None and dl.date < ctx.issued and not dl.inferred \
            and not judged:
        dl = None                       # "| Thời gian nợ |" "Tháng 12/2025" in a letter of January 2026: when it happened,
                                        # no time limit (one still to come is)
    if passed and dl is not None and dl.date is not None and ctx.issued is not None and dl.date < ctx.issued:
        dl = None                       # "| Tháng 7/2026 | Quá hạn, chưa báo cáo |" in a letter of August: the
                                        # time given has passed and no new one is set, a task without a time
    if len(when.split()) >= _WORDS_OF_A_SENTENCE and when.strip() not in text:
        # "| Kết quả / Thời hạn giải quyết |" holding "Rà soát, chi trả dứt điểm chế độ còn nợ trong tháng
        # 8/2026": the answer is the task, its time inside it
        text = f"{text} – {when.strip()}" if text else when.strip()
    if status:
        # (a table of bodies and where each stands, no task column: "| Đơn vị | Tình trạng hồ sơ | Thời hạn hoàn
        # thành |", the sentence after it saying what they are to do by then; the row's words are its status)
        text = f"{text} [{status}]" if text else (status if "text" not in cols and leads and dl else text)
    if not text or not (leads or dl or (("lead" not in cols or not cell("lead")) and when.strip())):
        # (a row with a time that is no date, "Thường xuyên", "Sau khi nghiệm thu", under a heading
        # that names its body, or with its lead cell empty under a group row or merged with the row
        # above: a task of that body all the same; the caller drops it when no body is found)
        return None
    review = [] if leads else [M.NO_LEAD]
    return Draft(node=node, text=text, lead=leads, support=support, deadline=dl, needs_review=review,
                 explicit_lead=bool(leads), lead_words=lead_cell)


# a time limit opening a task's words: "Chậm nhất ngày 15/02/2027, …", "Trước ngày 30/6/2026, …" (folded)
_TIME_FIRST = quick_compile(r"\s*(?:chậm nhất|trước|hoàn thành trước|trong)\s[^,;:]{3,40},")
# words of a time cell that make a sentence of its own, the task's words with the time
_WORDS_OF_A_SENTENCE = 7
# lower-case words qualifying a group in a lead cell ("… quản lý tài sản", "… có dự án chậm giải ngân")
_QUALIFYING_WORDS = quick_compile(r"(?:\s+[a-zđà-ỹ][^\W\d_]*(?:,)?){2,8}")
_GROUP_NUMBER = quick_compile(r"^[IVX]{1,5}\.?$|^[A-ZĐ]\.?$")


def _reads_as_a_task(text: str) -> bool:
    """Words that read as a task of their own ("Lập hồ sơ đề nghị tất toán tài khoản"), not the
    wrapped end of a name in the cell above ("Hội Đông", "Măng Đen - Đăk Tô")."""
    if text.count(")") > text.count("("):
        return False                    # "Nà Lầu chưa hoàn thành hạ tầng)": the end of a bracket above
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 3 and words[0][:1].isupper() and 2 * sum(w[:1].islower() for w in words[1:]) > len(words) - 1


def _merged_with_the_row_above(cells: list, cols: dict) -> bool:
    """A numbered row with its task's words and every other column of the table empty (lead, co-operators,
    time): cells merged with the row above's."""
    if any(r not in cols or cols[r] >= len(cells) for r in ("number", "text", "lead", "deadline")):
        return False
    words = cells[cols["text"]].strip(" *")
    if "**" in cells[cols["text"]] or "**" in cells[cols["number"]] or words.isupper():
        return False                    # (a group row: "| **2** | **Cải cách thủ tục hành chính** | | | |"; also one
                                        # numbered at another level than the row above, "2" after "1.2": the caller)
    return bool(_ROW_NUMBER_CELL.fullmatch(cells[cols["number"]].strip(" *"))) and _reads_as_a_task(words) \
        and all(not c.strip(" *") for i, c in enumerate(cells) if i not in (cols["number"], cols["text"]))


_ROW_NUMBER_CELL = quick_compile(r"\d{1,3}\.?")


def _group_row_time(cells: list, cols: dict, ctx) -> Optional[Deadline]:
    """The time a work programme's group row gives the rows below it ("| **Tháng 3/2026** | | |",
    "| Quý III/2026 | | |"), or None."""
    filled = [c.strip(" *") for c in cells if c.strip(" *")]
    if len(filled) != 1 or len(filled[0]) > 30 or not _PROGRAMME_TIME.fullmatch(fold(filled[0])):
        return None
    dl = _time_cell_deadline(filled[0], ctx)
    return dl if dl is not None and dl.date is not None else None


# a programme's time heading: "Tháng 3/2026", "Quý III/2026", "6 tháng cuối năm 2026" (folded)
_PROGRAMME_TIME = quick_compile(r"(?:tháng\s+\d{1,2}|quý\s+[ivx1-4]{1,3}|6 tháng (?:đầu|cuối) năm)\s*(?:/|năm)\s*\d{4}\s*:?")


def _group_row_bodies(cells: list, cols: dict, ctx) -> Optional[list]:
    """The bodies a table's group row names and nothing else ("| **II** | **Chi cục Thủy lợi** | | |",
    "| III | UBND các xã: Tân Hiệp, Giồng Riềng | | |"), or None."""
    number = cells[cols["number"]].strip(" *") if "number" in cols and cols["number"] < len(cells) else ""
    filled = [c.strip(" *") for i, c in enumerate(cells) if i != cols.get("number") and c.strip(" *")]
    if not _GROUP_NUMBER.match(number) and not (not number and capitals_group_row(cells)):
        return None                     # (or no number, the bodies in capitals: "| | UBND CÁC XÃ VEN BIỂN | | |")
    if len(set(filled)) != 1:
        return None                     # (a cell merged over the row, its words in every cell: one)
    cell = filled[0].rstrip(" :.;")
    cell = _GROUP_ROLE_END.sub("", cell)        # "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG CHỦ TRÌ": the body leads the rows
    if cell.isupper():
        cell = _in_name_case(cell)
    found = [m for m in ctx.mentions(cell) if ctx.usable(m.agency)]
    if not found or found[0].start > 0 or cell[found[-1].end:].strip(" ,;.:"):
        return None
    if any(cell[x.end:y.start].strip(" ,;") not in ("", "và") for x, y in zip(found, found[1:])):
        return None
    return [m.agency for m in found]


# a group row's role after the body it names: "… CHỦ TRÌ", "(chủ trì thực hiện)"
_GROUP_ROLE_END = quick_compile(r"\s*\(?(?i:chủ trì(?: thực hiện)?|thực hiện|phụ trách)\)?\s*$")
# words a name keeps in lower case, and the short forms it keeps in capitals
_LOWER_IN_NAMES = {"và", "các", "của", "xã", "phường", "huyện", "thị", "trấn"}
_CAPITALS_IN_NAMES = {"ubnd", "hđnd", "mttq", "bql", "bqlda", "qlda", "ktxh", "tnhh", "mtv"}


def _in_name_case(text: str) -> str:
    """A name written in capitals ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "UBND CÁC XÃ: NGỌC LINH, XỐP") in
    the case of a name ("Sở Nông Nghiệp và Môi Trường", "UBND các xã: Ngọc Linh, Xốp"), which the
    directory and the grammar of bodies read (the directory's match ignores case)."""
    def word(w: str) -> str:
        low = w.lower()
        if low in _CAPITALS_IN_NAMES:
            return w
        return low if low in _LOWER_IN_NAMES else low[:1].upper() + low[1:]
    out = re.sub(r"[^\W\d_]+", lambda m: word(m.group(0)), text)
    # "UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU": a kind of unit in a list, not a name's first words
    return _KIND_IN_A_LIST.sub(lambda m: m.group(0).lower(), out) if "Đặc Khu" in out or "Thị Xã" in out else out


# a kind of unit written in a list of kinds ("…, Đặc Khu", "…, Thị Xã") after name-casing (no name follows it)
_KIND_IN_A_LIST = quick_compile(r"(?<=, )(?:Đặc Khu|Thị Xã)(?![ \t]+[A-ZĐÀ-Ỹ])")


# a table's sub-row: its task cell opens with a dash ("- Dịp Tết Nguyên đán Bính Ngọ 2026")
_SUB_ROW = quick_compile(r"\s*[-–+]\s*\S")


# a sentence announcing the table after it: "… theo thời hạn tại bảng sau:", "… cụ thể như sau:" (folded)
_A_TABLE_FOLLOWS = quick_compile(r"(?<!\w)(?:bảng|biểu|phụ lục|danh mục)\s+(?:sau|dưới đây|kèm theo)|(?:cụ thể|chi tiết)\s+(?:như sau|tại|theo)"
                                 r"|(?:theo|với)\s+(?:thời hạn|tiến độ|lịch)(?:\s+[^\s:,.;]+){0,6}?\s+(?:như\s+)?sau\s*:?\s*$"
                                 # "… hoàn thành bàn giao mặt bằng theo đúng thời hạn tại bảng:"
                                 r"|(?:thời hạn|tiến độ|thời gian)\s+(?:nêu\s+|ghi\s+)?(?:tại|trong|ở)\s+(?:bảng|biểu|phụ lục)\s*(?:sau|dưới đây)?\s*:?\s*$")
# a task table named after it ("… có tên tại bảng trên", "các nhiệm vụ nêu tại Phụ lục") and one
# of its rows ("riêng nhiệm vụ tại mục 3", "nhiệm vụ số 2 tại bảng trên") (folded)
# … and the table's own times kept: "theo (đúng) thời hạn tại bảng trên" (folded)
_THE_TABLES_OWN_TIMES = quick_compile(r"(?<!\w)(?:theo|trong)\s+(?:đúng\s+)?(?:thời hạn|tiến độ|thời gian)"   # (… "theo thời hạn khắc
                                      r"(?:\s+(?:khắc phục|hoàn thành|thực hiện|giải quyết|bàn giao|xử lý))?"     # phục nêu tại bảng",
                                      r"\s+(?:tại|nêu tại|ghi tại|trong)\s+(?:bảng|biểu|danh mục|cột)"                # "trong thời hạn nêu tại bảng trên")
                                      # (… or named back after the table's bodies: "Các đơn vị có tên tại bảng trên khắc
                                      # phục các tồn tại theo thời hạn nêu trên")
                                      r"|(?<=\s)(?:theo|trong)\s+(?:đúng\s+)?thời hạn\s+(?:nêu trên|đã nêu|trên)(?!\w)")
# the end of words naming a table back, before the next clause ("… tại bảng| trên; đối với …") (raw text)
_TABLE_NAMED_ON = re.compile(r"(?:\s+(?:nêu\s+)?(?:trên|kèm theo|dưới đây)(?!\w))?")
_THE_TABLE_ABOVE = quick_compile(r"(?<!\w)(?:tại|ở|trong|theo)\s+(?:bảng|biểu|danh mục)(?:\s+(?:tổng hợp|kèm theo|nêu))?\s+(?:trên|nêu trên|dưới đây|kèm theo)(?!\w)")
# the bodies of a table named back: "các đơn vị tại bảng trên", "… có tên tại bảng trên", "các xã nêu tại bảng" (folded)
_THE_TABLE_BODIES = quick_compile(r"(?<!\w)(?:(?:các\s+)?(?:cơ quan|đơn vị|xã|phường|chủ đầu tư|doanh nghiệp)[^.;:]{0,60}?|có tên|nêu)\s+(?:tại|ở|trong)\s+"
                                  r"(?:bảng|biểu)(?:\s+(?:trên|nêu trên|tổng hợp|kèm theo))?")
# where a row stands, in its own words ("Chưa gửi hồ sơ", "Hồ sơ chưa đạt: thiếu …"): no task's words (folded)
_STATUS_OF_A_ROW = quick_compile(r"^(?:chưa gửi hồ sơ|chưa gửi|hồ sơ chưa đạt|chưa đạt|chưa thực hiện|chưa hoàn thành)(?:\s*:.*)?$")
# a verb of a task anywhere in a row's words (folded)
_A_VERB_IN = quick_compile(r"(?<!\w)" + _VERBS + r"(?!\w)")
# a word of three letters or more: what a row's text says beside its figures (folded)
_WORDS_OF_A_TASK = quick_compile(r"[^\W\d_]{3,}(?:\s+[^\W\d_]+){1,}")


# what stays of a dash giving only bodies and a time once they are taken out (folded): the time's own words
_BARE_TIME_WORDS = quick_compile(r"(?<!\w)(?:hoàn thành|thời hạn|thực hiện|gửi|xong|và|ubnd|ủy ban nhân dân|xã|phường)(?!\w)")
_PIPES_AND_STARS = quick_compile(r"[|*]+")


def _without_names(f: str, leads: list) -> str:
    """``f`` without the names of ``leads`` (as written, folded) and the place names they end in."""
    for a in leads:
        for w in {fold(a.written or a.name), fold(a.name), fold(a.name).split(" xã ")[-1].split(" phường ")[-1]}:
            if w:
                f = f.replace(w, " ")
    return f


# a time given unit by unit: "… theo thời hạn: xã A, xã B trước ngày 28/3/2026; xã C trước ngày 31/3/2026" (folded)
_TIMES_BY_UNIT = quick_compile(r"(?<!\w)theo\s+(?:các\s+)?(?:thời hạn|tiến độ|mốc thời gian)(?:\s+(?:như\s+)?sau)?\s*:\s*")
# a unit's committee, its unit after it: "ubnd xã thạnh phú" (folded)
_COMMITTEE_OF_A_UNIT = quick_compile(r"(?:ubnd|ủy ban nhân dân)\s+(?P<unit>(?:xã|phường|đặc khu|thị trấn)\s+\S.*)$")


# the words before the body a report goes to: "báo cáo kết quả về Sở Nội vụ", "gửi Sở X" (folded)
_REPORTS_GO_TO = quick_compile(r"(?:về|gửi|lên)\s+$")


def _give_leads(d, leads: list, words: str) -> None:
    """``d`` is for ``leads``, each on its own, named by ``words`` of its text."""
    d.lead, d.explicit_lead, d.distributive, d.lead_words = leads, True, True, words
    d.needs_review = [r for r in d.needs_review if r != M.NO_LEAD]


# the bodies the notice gives tasks to lead: "Các đơn vị được giao chủ trì", "Thủ trưởng các phòng, đơn
# vị được giao chủ trì" (not "… được giao chủ trì tại Mục II": the bodies of a part; folded)
_GIVEN_THE_LEAD = quick_compile(r"(?<!\w)các\s+(?:cơ quan|đơn vị|phòng|sở)(?:\s*,\s*(?:cơ quan|đơn vị|ngành|địa phương))*"
                                r"\s+được\s+giao\s+(?:nhiệm vụ\s+)?chủ\s+trì(?!\s+(?:(?:các\s+)?nhiệm vụ\s+)?(?:tại|ở|nêu)\b"
                                r"(?!\s+(?:tại\s+)?(?:kế hoạch|văn bản|thông báo|công văn|quyết định|chương trình)\s+này))"
                                r"(?:\s+(?:các\s+)?nhiệm vụ)?")   # (… "tại Kế hoạch này": every body the notice gives a task to lead)
# "… tại Kế hoạch này", "… tại văn bản này": the whole notice (folded)
_THE_WHOLE_NOTICE = quick_compile(r"\s+(?:(?:các\s+)?nhiệm vụ\s+)?(?:tại|ở|nêu tại|trong)\s+(?:kế hoạch|văn bản|thông báo|công văn|quyết định|chương trình)\s+này(?!\w)")
# the bodies a part of the notice names: "các đơn vị có tên tại điểm 2 Mục II", "các cơ quan, đơn vị
# được kiểm tra có tên tại Mục I" (folded)
_NAMED_IN_A_PART = quick_compile(r"(?<!\w)(?:(?:ubnd|ủy ban nhân dân)\s+)?các\s+(?:cơ quan|đơn vị|địa phương|xã|phường)"
                                 r"(?:\s*,\s*(?:đơn vị|địa phương|xã|phường))*\s+"
                                 r"(?:được\s+(?:kiểm tra|giao|phân công|chọn)\s+(?:(?:có tên|nêu)\s+)?|(?:có tên|nêu|được kiểm tra)\s+)"
                                 r"(?:tại|ở)\s+(?:điểm\s+(?P<point>\d{1,2})\s+)?"     # (… "được phân công tại Mục III")
                                 r"(?:(?:mục|phần)\s+(?P<part>[ivx]{1,4}|\d{1,2})|(?P<article>điều\s+\d{1,2}))(?!\w)")
# the duties given to the bodies of a group, after its words ("Các cơ quan, đơn vị| được phân công tại Mục III")
_GIVEN_DUTIES_TAIL = quick_compile(r"(?i)\s+được\s+(?:phân công|giao)(?:\s+nhiệm vụ)?$")
# the bodies an inspection visits, named by it ("Các đơn vị được kiểm tra") (folded) …
_THE_INSPECTED = quick_compile(r"(?:các\s+)?(?:cơ quan,\s*)?đơn vị được (?:kiểm tra|thanh tra|giám sát)")
# … and where a team's inspection is held, before those bodies ("Kiểm tra việc … tại| Trường A, …") (folded)
_INSPECTED_AT = quick_compile(r"^\s*(?:[-+•]\s*)?(?:\d{1,2}[.)]\s*)?(?:tổ chức\s+)?(?:kiểm tra|thanh tra|giám sát)\s[^.;]{0,240}?\stại\s+")
# a unit named by its role only ("Đơn vị được kiểm tra"), and a head's title right before a body (folded)
_GENERIC_UNIT = quick_compile(r"(?:đơn vị|cơ quan)(?!\w)")
_A_TITLE_BEFORE = quick_compile(r"(?<!\w)" + _TITLE_WORDS + r"\s+$")
# the bodies leading rows named by their numbers: "các cơ quan chủ trì các nhiệm vụ số 2, 3 và 4" (folded)
_LEADS_OF_ROWS = quick_compile(r"(?<!\w)(?:các\s+)?(?:cơ quan|đơn vị)\s+(?:chủ trì|được giao|thực hiện)\s+(?:các\s+)?nhiệm vụ"
                               r"\s+(?:tại\s+)?(?:số|mục|stt)\s+(?P<nums>\d{1,2}(?:\s*(?:,|và|;)\s*\d{1,2})*)(?!\w)")
_A_ROW_NUMBER = quick_compile(r"\d{1,2}")
# what serves a row of the table, right before it is named ("phục vụ| nhiệm vụ số 2") (folded)
_SERVES_A_ROW = quick_compile(r"(?<!\w)(?:phục vụ|hỗ trợ|cho)\s+(?:các\s+)?$")
_ROW_OF_THE_TABLE = quick_compile(r"(?<!\w)nhiệm vụ\s+(?:tại\s+|ở\s+)?(?:mục|số|stt|số thứ tự|dòng)\s+(?P<n>\d{1,2}|[a-d]|[ivx]{1,4})(?!\w)"
                                  r"(?P<more>(?:\s*(?:,|và)\s*(?:số\s+)?\d{1,2}(?![\w/]))*)")   # (… "số 1, số 2")
# the bodies the table names: "có tên tại bảng trên", "có nhiệm vụ tại bảng", "nêu tại bảng"
_OF_THE_TABLE = quick_compile(r"(?<!\w)(?:có tên|có nhiệm vụ(?:\s+(?:quá hạn|chậm tiến độ|chưa hoàn thành|chậm))?|nêu"
                              r"|có(?:\s+[^\s,.;:()]+){1,6}?"        # (… "có tồn tại chưa khắc phục tại bảng trên")
                              r"|chủ trì(?:\s+(?:các\s+)?nhiệm vụ)?"  # (… "Các đơn vị chủ trì (nhiệm vụ) tại bảng trên")
                              r"|được giao(?:\s+nhiệm vụ)?)\s+(?:tại|ở|trong)\s+"     # (… "được giao nhiệm vụ tại bảng trên")
                              r"(?:mục\s+\S+\s+(?:của\s+)?)?(?:bảng|biểu)(?:\s+(?:trên|nêu trên|tổng hợp|kèm theo))?")
# … and what they are asked after it: a report of their own ("gửi báo cáo giải trình nguyên nhân …",
# "báo cáo rõ nguyên nhân …"), not the rows' tasks done by a new time (folded)
_OWN_REPORT = quick_compile(r"[\s,]*(?:(?:khẩn trương|kịp thời)\s+)?(?:gửi\s+)?(?:báo cáo|văn bản)?\s*(?:giải trình|rõ nguyên nhân|nguyên nhân)"
                            r"|[\s,]*(?:gửi\s+)?báo cáo\s+(?:giải trình|kết quả|tình hình|rõ|nguyên nhân|tiến độ)")
# a task done by the times a table above gives: "… gửi Sở theo thời hạn tại bảng trên" (folded)
_BY_THE_TIMES_OF_THE_TABLE = quick_compile(r"(?<!\w)theo\s+(?:đúng\s+)?(?:thời hạn|tiến độ|thời gian)\s+(?:nêu\s+|ghi\s+)?(?:tại|ở|trong)\s+"
                                          r"(?:bảng|biểu)\s+(?:nêu\s+)?trên(?!\w)")
# a limit said to be the one given already ("… trong tháng 7/2026 theo thời hạn đã giao") (folded)
_AS_GIVEN = quick_compile(r"(?<!\w)(?:theo|đúng)\s+(?:đúng\s+)?thời hạn\s+(?:đã\s+(?:được\s+)?giao|được giao|tại bảng)")
# a task besides the table's ("ngoài nội dung tại bảng trên", "ngoài nhiệm vụ nêu tại bảng") (folded)
_BESIDES_THE_TABLE = quick_compile(r"(?<!\w)ngoài\s+(?:các\s+)?(?:nội dung|nhiệm vụ|việc)\s+(?:đã\s+)?(?:nêu\s+|được giao\s+)?(?:tại|ở|trong)\s+bảng")
# a report to the issuer right before a sentence's time ("…; tổng hợp kết quả, báo cáo UBND tỉnh (qua Văn phòng UBND
# tỉnh) |trước ngày …"), and a completion that the time closes instead ("hoàn thành … trước ngày …") (folded)
_REPORT_BY_THE_TIME = quick_compile(r"(?<!\w)báo cáo(?:\s+(?:kết quả|tình hình|tiến độ)(?:\s+thực hiện)?(?:\s+(?:các\s+)?(?:nhiệm vụ|kế hoạch))?)?"
                                    r"(?:\s+(?:về\s+)?(?:ubnd|ủy ban nhân dân|chủ tịch|sở|văn phòng)[^;.]{0,60}?)?\s*$")
_FINISHED_BY = quick_compile(r"(?<!\w)(?:hoàn thành|hoàn tất|xong|dứt điểm)(?!\w)")
# the bodies given the matters a part of the notice lists ("các cơ quan được giao chủ trì giải quyết các
# kiến nghị nêu tại Mục II") (folded), and a report asked of them after it
_LEADS_OF_A_PART = quick_compile(r"(?<!\w)(?:các\s+)?(?:cơ quan|đơn vị|sở, ngành)[^.;:]{0,20}?(?:được giao\s+)?chủ trì[^.;:]{0,80}?"
                                 r"(?:nêu|có tên)\s+(?:tại|ở)\s+mục\s+(?P<n>[ivx]{1,4}|\d{1,2})(?!\w)")
# … or by their role in it ("Các cơ quan chủ trì tại mục II báo cáo …") (folded)
_LEADERS_OF_A_PART = quick_compile(r"(?<!\w)(?:các\s+)?(?:cơ quan|đơn vị|sở, ngành|sở, ban, ngành|cơ quan, đơn vị)\s+(?:được giao\s+)?chủ trì"
                                   r"(?:\s+(?:các\s+)?nhiệm vụ)?\s+(?:nêu\s+)?(?:tại|ở)\s+mục\s+(?P<n>[ivx]{1,4}|\d{1,2})(?!\w)")
                                   # (… "Các sở, ngành chủ trì nhiệm vụ tại mục II gửi báo cáo …")
_REPORT_ASKED = quick_compile(r"(?<!\w)(?:gửi\s+)?báo cáo(?!\w)")
# a row of a reminder's table that is late ("Quá hạn; …", "Chưa hoàn thành", "chậm tiến độ") (folded)
# (… also one not done at all or still going on: "Chưa thực hiện", "Chưa báo cáo", "Đang thi công")
_LATE_ROW = quick_compile(r"(?<!\w)(?:quá hạn|chưa hoàn thành|chậm tiến độ|chậm)(?!\w)")
# … or not done at all, or still going on ("Chưa thực hiện", "Chưa báo cáo", "Đang thi công"): with a time passed,
# no time limit left
_NOT_DONE_ROW = quick_compile(r"(?<!\w)(?:chưa|đang)(?!\w)")
# a row naming a part of a table: "A", "B", "II"
_PART_OF_A_TABLE = quick_compile(r"[A-D]|[IVX]{1,4}")


def _table_start(rows: list) -> int:
    """The paragraph of the first row of the last table among ``rows`` (rows of one table follow
    each other, a few paragraphs apart at most)."""
    start = rows[-1][0]
    for i, *_x in reversed(rows):
        if start - i > 3:
            break
        start = i
    return start


def _number_cell(cells: list, cols: dict) -> str:
    i = cols.get("number")
    return cells[i].strip(" *.") if i is not None and i < len(cells) else ""


# the issuer passing work on to another body ("UBND tỉnh chuyển đơn … đến UBND huyện X xem xét …",
# "UBND tỉnh giao …", "… chỉ đạo Sở X …"; folded)
_PASSES_ON = quick_compile(r"(?<!\w)(?:chuyển|giao|đề nghị|yêu cầu|chỉ đạo|ủy quyền|uỷ quyền|phân công)(?!\w)")
# a decision on a time, opening a paragraph (after its topic, "Về đề nghị gia hạn …:"), and the
# change or the kept limit it decides (folded)
_TIME_DECIDED = quick_compile(r"(?:về\s[^:;.]{3,200}:\s*)?(?:(?:không|chưa)\s+)?(?:đồng ý|chấp thuận|thống nhất|giữ nguyên)(?!\w)")
_TIME_CHANGED = quick_compile(r"(?<!\w)(?:gia hạn|kéo dài|lùi|(?:điều chỉnh|giữ nguyên)\s+(?:thời hạn|thời gian|tiến độ))(?!\w)")
# … the unit it is decided for, right after its time: "… đến ngày 31/3/2027 đối với xã Bát Xát"
_FOR_THE_UNIT = quick_compile(r"[ \t]*(?:,[ \t]*)?đối với[ \t]+(?P<unit>(?:(?:ubnd|ủy ban nhân dân)[ \t]+)?(?:xã|phường|đặc khu|thị trấn|huyện|thị xã)"
                              r"[ \t]+[^\s,;.]+(?:[ \t]+[^\s,;.]+){0,3}?)(?=[ \t]*(?:[,;.]|$))")
# … or before it: "Đồng ý gia hạn thời gian hoàn thành … cho UBND xã Ia Grai đến ngày 31/8/2026"
_FOR_THE_UNIT_BEFORE = quick_compile(r"(?<!\w)(?:cho|đối với)[ \t]+(?P<unit>(?:(?:ubnd|ủy ban nhân dân)[ \t]+)?(?:xã|phường|đặc khu|thị trấn|huyện|thị xã)"
                                     r"[ \t]+[^\s,;.]+(?:[ \t]+[^\s,;.]+){0,3}?)(?=[ \t]*(?:(?:đến|sang|tới)[ \t]*)?$)")
# … and the sentence after it that makes a body meet that time (folded)
_BACK_TO_THE_TIME = quick_compile(r"(?<!\w)(?:(?:thời hạn|thời gian|tiến độ|vốn)\s+(?:được\s+(?:gia hạn|kéo dài|điều chỉnh)|đã được\s+(?:gia hạn|điều chỉnh)"
                                  r"|nêu trên|trên|đã giao|được giữ nguyên)|đúng thời hạn(?!\s+(?:quy định|theo quy định)))(?!\w)")
_SENTENCE_END_THEN_CAPITAL = quick_compile(r"\.[ \t\n]+(?=[A-ZĐÀ-Ỹ])")
_UBND_OPENING = quick_compile(r"(?:ubnd|ủy ban nhân dân)\s")
# a table's row of totals ("Tổng cộng", "Tổng số", "Cộng") (folded)
_A_TOTAL_ROW = quick_compile(r"tổng\s+cộng|tổng\s+số|tổng|cộng")
# a time cell saying the row is done ("Đã bàn giao ngày 10/8/2026", "Đã giải ngân 100% ngày 24/7/2026"), unless part of it is left (folded)
_PART_LEFT = quick_compile(r"(?<!\w)(?:một phần|còn lại|chưa)(?!\w)")
_DONE_IN_TIME_CELL = quick_compile(r"\s*đã\s+(?:hoàn thành|bàn giao|thực hiện xong|xong|giải ngân\s+(?:100\s*%|hết|xong)"
                                   r"|(?:thu\s+)?nộp\s+xong|thu\s+(?:hết|xong))(?!\w)")
# a note that the row's task is done ("Đã hoàn thành", "Đã hoàn thành ngày 26/02/2026") (folded)
_DONE_NOTE = quick_compile(r"\s*\**\s*đã\s+(?:hoàn thành|thực hiện xong|xong)(?:\s*[.;,]|\s*$|\s*\(|\s+(?:ngày|từ ngày|trong)\s)")
# a reminder's status of a task done: "Đã hoàn thành", "Hoàn thành", "Đã thực hiện xong", "Đã thực hiện" (not "Đã
# thực hiện 50%", "Đã thu hồi …; còn lại chưa thực hiện") (folded)
_DONE_STATUS = quick_compile(r"\s*(?:(?:đã\s+)?(?:hoàn thành|thực hiện xong|xong)|đã\s+thực hiện)(?:\s*[.;]|\s*$|\s*\()")


def _body_cell(cells: list, used: set, ctx: NoticeContext) -> list:
    """The lead of a row whose lead cell is empty: another column's cell that is nothing but a
    body's name ("01/2020 | Phê duyệt nhiệm vụ | Thủ tướng Chính phủ |  |": the body the header's
    other column names, such as the one answerable for the step)."""
    for i, c in enumerate(cells):
        c = c.strip(" .;:")
        if i in used or not c:
            continue
        found = [m for m in ctx.mentions(c) if ctx.usable(m.agency)]
        if len(found) == 1 and found[0].start == 0 and found[0].end >= len(c):
            return [found[0].agency]
    return []


# a time limit given by an event, not a date: "trước kỳ họp HĐND tỉnh", "trước mùa mưa bão"
_EVENT_DEADLINE = quick_compile(r"(?<!\w)(?:trước|chậm nhất trước|hoàn thành trước)\s+" + _alt(_DIRECTIVE_CUES["event_deadlines"])
                                + r"[^,.;:()]{0,40}", re.I)
# a period's label before a dated instance of a recurring report: "06 tháng (", "01 năm (", "quý (",
# "năm 2025 (gửi "
# "… trước 31/3| và trình …", "… trước ngày 28/9|, hoàn thành sửa chữa trước 31/12": a step joined by
# "và", or a completion after a comma, opening a segment
_AND_OPENS = quick_compile(r"\s*(?:và\s+(?=[a-zđà-ỹ])|,?\s*(?=(?:hoàn thành|hoàn tất|xong)\s))")
_INSTANCE_LABEL = quick_compile(r"\s*(?:[-–+]\s*)?(?:và\s+)?(?:báo cáo\s+(?=\d{1,2}\s+tháng|năm|quý))?(?:(?:\d{1,2}\s+|sáu\s+|cả\s+|hằng\s+|hàng\s+)?(?:tháng|năm|quý|tuần|kỳ|lần|đợt)"
                                r"(?:\s+(?:đầu|cuối|i{1,3}|iv|\d|(?:19|20)\d\d))?\s*(?:[(:]\s*(?:"
                                + _alt(_DIRECTIVE_CUES["instance_send_verbs"]) + r"\s+)?)?"
                                # … or the next share of the same work: "80% … trước ngày 31/10 và 100% trước ngày 31/01"
                                r"|(?:đạt\s+|hoàn thành\s+|giải ngân\s+)?\d{1,3}(?:[.,]\d+)?\s*%(?:\s+(?:khối lượng|kế hoạch vốn|kế hoạch))?"
                                # … or the first of a recurring report, sent where: "…, định kỳ 6 tháng, báo cáo lần đầu
                                # về Ban Quản lý trước ngày 15/6/2026"
                                r"|(?:báo cáo|gửi báo cáo|gửi|nộp)\s+(?:lần|kỳ)\s+(?:đầu|đầu tiên|thứ nhất)"
                                r"(?:\s+(?:về|cho|đến)\s+[^,;()]{2,60}?)?)\s*")
_TIME_LIMIT = quick_compile(r"^" + words_alternation(_DIRECTIVE_CUES["time_limit_labels"]) + r"(?!\w)")
# a sentence that only says where and by when what was asked is sent: "Ý kiến xin gửi về Bộ X trước
# ngày …", "Báo cáo gửi về Sở Y trước ngày …"
_SENDS_WHAT_WAS_ASKED = quick_compile(r"^\s*(?:[-–+]\s*)?(?:các\s+)?" + words_alternation(_DIRECTIVE_CUES["report_nouns"])
                                      + r"(?:\s+[^\s,;:()]+){0,4}?\s+(?:(?:xin\s+|đề nghị\s+|vui lòng\s+)?gửi|về\s+(?:ubnd|ủy ban nhân dân)\s+tỉnh)(?!\w)")


# what an issuer says of others' work, right after its name (folded)
_ACKNOWLEDGES = quick_compile(r"\s*(?:đã\s+)?" + words_alternation(_DIRECTIVE_CUES["issuer_acknowledges"]) + r"(?!\w)")
# a proposal answered, opening its answer ("- Về đề nghị hỗ trợ …: Giao Sở X …")
_ANSWERED_TOPIC = quick_compile(r"\s*(?:[-–+•]\s*)?[Vv]ề\s+[^:]{3,400}?:\s+(?=\S)")
_CLOSING_REPORT = quick_compile(words_alternation(_DIRECTIVE_CUES["closing_report_openings"]) + r"(?!\w)")
_TIME_FIELD = quick_compile(r"^" + words_alternation(_DIRECTIVE_CUES["time_limit_labels"]) + r"\s*:")


def _only_a_time_limit(seg_text: str, dl: Deadline) -> bool:
    """'Thời gian hoàn thành: trước ngày 30/6/2026.' — a time limit and nothing else."""
    rest = seg_text.replace(dl.text, " ")
    return bool(_TIME_LIMIT.match(fold(seg_text.lstrip("-–+ ")))) and len(rest.strip(" .;:,-–")) < 45


def _node_and_parent(nodes, node_id: int) -> tuple:
    n = nodes[node_id]
    return (n.id, n.parent) if n.parent is not None else (n.id,)


# a step of a row already taken ("Đã gửi ngày 15/10/2026", "Đã trình"; folded)
_STEP_DONE = quick_compile(r"đã\s")
# a task table's column of the communes or wards each row is about ("| STT | Xã | … |"; folded)
_UNIT_KIND_HEADER = quick_compile(r"(xã|phường|đặc khu)(?:\s*,\s*(?:phường|xã|đặc khu))*")
# … or a body of each unit ("| Trạm Y tế xã |" over the communes' names; folded)
_BODY_OF_A_UNIT_HEADER = quick_compile(r"(?P<body>\S.*?)\s+(?P<level>xã|phường)")
# a unit's kind opening its name in a row's cell ("Phường Trảng Bàng"; folded)
_UNIT_KIND_FIRST = quick_compile(r"(xã|phường|đặc khu|thị trấn)\s+(?=\S)")
# a group of the units of one kind, qualified or not ("các xã có thôn sáp nhập", "UBND các phường") (folded)
_UNITS_OF_A_KIND_QUALIFIED = quick_compile(r"(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?các\s+(?P<kind>xã|phường|đặc khu)(?:\s|$)")
# the committees of all the communes or wards, none named ("UBND các xã", "UBND các xã, phường"; folded)
_BARE_UNITS_OF = quick_compile(r"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+các\s+(?:xã|phường|đặc khu)(?:\s*,\s*(?:xã|phường|đặc khu))*$")


# a division named without the body it belongs to: the issuer's own ("Phòng Quản lý đầu tư", "Văn phòng Sở")
_OWN_DIVISION = quick_compile(r"^(?:Phòng|Văn phòng Sở)\s")
# a line of those present at a meeting: a body, then its people ("…: Ông A - Giám đốc; Bà B - …")
_ATTENDANCE = quick_compile(r"^[^:;.]{3,220}:\s*(?:[-–]\s*)?(?:Ông|Bà|ông|bà|Đồng chí|đồng chí|Đ/c|đ/c)\s+[A-ZĐÀ-Ỹ][^\s,;:]*\s+[A-ZĐÀ-Ỹ]")
# "các cơ quan, đơn vị dự họp", "… tham dự": the bodies at the meeting (folded)
_AT_THE_MEETING = quick_compile(r"(?<!\w)(?:dự họp|tham dự)$")
# the mark of a part's title ("B.", "II.", "C)")
_PART_MARK = quick_compile(r"^(?:[A-ZĐ]|[IVX]{1,4})[.)]\s*")
# "Riêng" opening a task cell's subject ("Riêng UBND các phường: A, B di dời …")
_ONLY_FIRST = quick_compile(r"^(?i:riêng|đối với)\s+")


def _among_the_units(a: Agency, leads: list) -> bool:
    """``a`` is one of ``leads``, or one of the units a group among them names or stands for ("UBND xã A" under
    "UBND các xã: A, B" beside another addressee)."""
    return a.name in {x.name for x in leads} or _one_of_the_units(a, leads) \
        or any(a.name in x.members or _one_of_the_units(a, [x]) for x in leads if x.kind == COLLECTIVE)


def _one_of_the_units(a: Agency, leads: list) -> bool:
    """``a`` is one of the units a bare group of ``leads`` names ("UBND xã Yên Định" under "UBND các xã")."""
    if len(leads) != 1 or not _BARE_UNITS_OF.match(fold(leads[0].name)):
        return False
    km = _MEMBER_KIND.match(fold(a.name) + " ")
    return km is not None and km.group(1) in fold(leads[0].name)


@functools.lru_cache(maxsize=1)
def _hamlet_heads_re():
    """The heads of a commune's hamlets and quarters ("Trưởng thôn", "Tổ trưởng tổ dân phố", "Trưởng các bản") (folded)."""
    kinds = words_alternation([fold(k) for k in body_grammar().data["hamlet_kinds"]])
    return quick_compile(r"(?:tổ\s+)?trưởng\s+(?:các\s+)?" + kinds + r"(?:\s*,\s*(?:tổ\s+)?(?:trưởng\s+)?" + kinds + r")*")


def _hamlet_head(a) -> bool:
    return _hamlet_heads_re().fullmatch(" ".join(fold(a.name).split())) is not None


def _hamlet_heads_named_back(a) -> bool:
    """The heads of hamlets named back ("Trưởng các thôn nêu trên", "Tổ trưởng các tổ dân phố trên")."""
    k = " ".join(fold(a.name).split())
    heads = body_grammar().named_before_tail_re.sub("", k)
    if heads == k:
        heads = k.removesuffix(" trên")
    return heads != k and heads.split("trưởng ", 1)[-1].startswith("các ") and _hamlet_heads_re().fullmatch(heads) is not None


def _expand_enumerations(leads: list, ctx) -> list:
    """'UBND các xã: Tràng Định, Đoàn Kết' names its members: each is a lead of its own; so does
    a bare "UBND các huyện" in a letter sent to "UBND các huyện: Ninh Phước, Thuận Nam, …"."""
    out = []
    for a in leads:
        if a.kind == COLLECTIVE and not a.members and fold(a.written or "").endswith(" còn lại"):
            out.append(a)               # "UBND các xã … còn lại": the rest of the kind, no units named before
            continue
        group = ctx.addressee_groups.get(group_key(a.name)) \
            if ctx.addressee_groups and not a.members and ":" not in (a.written or a.name) else None
        if group is not None:
            # "Trưởng các thôn:" in a letter to "Trưởng các thôn: Làng Mạ, Gò Khôn, …": those
            out.extend(x for x in group if x not in out)
            continue
        if a.kind == COLLECTIVE and not a.members and ctx.addressees and _FIRMS_AS_A_GROUP.match(fold(a.name)) \
                and not any(fold(x.name).startswith(fold(a.name))
                            or fold(a.name).startswith(_WHERE_THEY_ARE_AT_END.sub("", fold(x.name))) for x in ctx.addressees):
            # (not a group the letter addresses as such: "Kính gửi: - Các doanh nghiệp kinh doanh dịch vụ lữ hành trên
            # địa bàn tỉnh; - Công ty TNHH …", also with what some of them have: "1. Các doanh nghiệp, hộ kinh doanh
            # vàng bạc, đá quý chưa sử dụng hóa đơn điện tử …:" in a letter to "Các doanh nghiệp, hộ kinh doanh vàng
            # bạc, đá quý trên địa bàn")
            firms = [x for x in ctx.addressees if ctx.usable(x) and (
                _A_FIRM_NAME.match(fold(x.name)) or fold(x.name).split()[0] in body_grammar().brand_names)]
            if firms:
                # "Các doanh nghiệp viễn thông báo cáo …" in a letter to Viettel, VNPT, MobiFone and the communes: the
                # firms addressed
                out.extend(x for x in firms if x not in out)
                continue
        if a.kind == COLLECTIVE and not a.members and ctx.addressees:
            kinds = _kinds_addressed_apart(a, ctx) or _units_of_the_kind_addressed(a, ctx)
            if kinds:
                out.extend(x for x in kinds if x not in out)
                continue
            a = _listed_in_letter(a, ctx)
        if a.kind == COLLECTIVE and a.members:
            for name in a.members:
                m = ctx.directory.resolve(name, ctx.on, foreign=ctx.foreign)
                if m not in out:
                    out.append(m)
        elif a not in out:
            out.append(a)
    return out


# the departments and other bodies as a bare group ("các sở, ngành, đơn vị", "các sở, ban, ngành", "các sở, ngành") (folded)
_GENERIC_DEPARTMENTS = quick_compile(r"các sở(?:, ban)?, ngành(?:, đơn vị| và đơn vị|, cơ quan, đơn vị|, đoàn thể)?")
# a title before a group of one kind of bodies ("hiệu trưởng các trường", "giám đốc các bệnh viện") (folded)
_TITLE_OF_A_GROUP = quick_compile(r"(?P<title>hiệu trưởng|giám đốc|thủ trưởng|chủ tịch)\s+các\s+(?P<noun>trường|bệnh viện|trung tâm|sở|hợp tác xã|công ty)")
# where the members of a group addressed are, at its end ("… trên địa bàn", "… trên địa bàn tỉnh") (folded)
_WHERE_THEY_ARE_AT_END = quick_compile(r"\s+(?:trên|tại)\s+địa bàn(?:\s+[^\s,;]+){0,3}$")


def _kinds_addressed_apart(a: Agency, ctx) -> list:
    """"Các trường phổ thông dân tộc nội trú, phổ thông dân tộc bán trú" in a letter to "Các trường
    phổ thông dân tộc nội trú;" and "Các trường phổ thông dân tộc bán trú;" apart: those two
    addressees ([] unless the letter names every kind so)."""
    m = _INSTITUTIONS_OF_KINDS.match(a.name)
    if m is None:
        return []
    noun = m.group(1)
    kinds = [_NOUN_BEFORE_KIND.sub("", k) for k in _KIND_SEPARATOR.split(m.group(2)) if k.strip()]
    addressed = {" ".join(fold(x.name).split()): x for x in ctx.addressees}
    found = [addressed.get(" ".join(fold(f"{noun} {k}").split())) for k in kinds]
    return found if len(found) >= 2 and all(found) else []


# the divisions of the issuer's committee or department (folded): "các phòng chuyên môn (thuộc UBND xã)"
_THE_DIVISIONS = quick_compile(r"(?:các\s+)?phòng(?:\s*,\s*ban)?(?:\s+chuyên môn)?(?:\s+thuộc\s+(?:ubnd|ủy ban nhân dân|sở)(?:\s+\S+){0,4})?")


def _units_of_the_kind_addressed(a: Agency, ctx) -> list:
    """"Các Ban Chỉ huy Phòng thủ khu vực" in a letter to "Ban Chỉ huy Phòng thủ khu vực 1 - Hạc
    Thành" and "Ban Chỉ huy Phòng thủ khu vực 4 - Thọ Xuân": those addressees, the units of that
    kind the letter names (a kind of three words or more; [] unless two or more are named); also "Các
    phòng chuyên môn thuộc UBND xã" in a commune's letter to "Phòng Kinh tế", "Phòng Văn hóa - Xã hội"."""
    if _THE_DIVISIONS.fullmatch(" ".join(fold(a.written or a.name).split())):
        kind = "phòng "
    else:
        m = _UNITS_OF_A_KIND.fullmatch(" ".join(fold(a.name).split()))
        if m is None or len(m.group("kind").split()) < 3:
            return []
        kind = m.group("kind") + " "
    found = [x for x in ctx.addressees if x.kind != COLLECTIVE and " ".join(fold(x.name).split()).startswith(kind)]
    return found if len(found) >= 2 else []


def _local_units_addressed(a: Agency, ctx) -> list:
    """"UBND các xã, phường nêu trên" in a letter to "UBND các xã: A, B" and "UBND phường C": the
    local units of those kinds the letter addresses, each ([] when none)."""
    m = _BARE_LOCAL_COLLECTIVE.match(" ".join(fold(a.name).split()))
    if m is None:
        return []
    kinds = {k.strip() for k in m.group("kinds").split(",")}
    out = []
    for x in _expand_enumerations([y for y in ctx.addressees if ctx.usable(y)], ctx):
        km = _MEMBER_KIND.match(fold(x.name) + " ")
        if km is not None and km.group(1) in kinds and x not in out:
            out.append(x)
    return out


# "các <kind>" alone: units of one kind (folded)
_UNITS_OF_A_KIND = quick_compile(r"các\s+(?P<kind>[^\W\d_]+(?:\s+[^\W\d_]+)+)")
_INSTITUTIONS_OF_KINDS = quick_compile(r"([Cc]ác\s+(?:trường|bệnh viện))\s+(\S.*,.*|\S.*\svà\s.*)$")
_KIND_SEPARATOR = quick_compile(r"\s*,\s*|\s+và\s+")
_NOUN_BEFORE_KIND = quick_compile(r"^(?:trường|bệnh viện)\s+")


# "UBND các huyện", "Ủy ban nhân dân các xã, phường": local governments of kinds, nothing more
_LOCAL_KINDS = r"(?:tỉnh|huyện|thị xã|thành phố|xã|phường|thị trấn|đặc khu)"
# a table's column of the units each row is about, by their kind: "Xã", "Phường", "Xã, phường" (folded)
_UNIT_COLUMN_HEADS = {"xã", "phường", "xã, phường", "đặc khu"}
# a group of bodies described, then named in brackets: "Các trường dự kiến làm điểm thi (Trường …, …):" (folded)
_GROUP_WITH_ITS_NAMES = quick_compile(r"\s*các\s+(?:trường|đơn vị|cơ sở|bệnh viện|trung tâm|doanh nghiệp|công ty|chủ đầu tư|cơ quan)"
                                      r"(?:\s+[^\W\d_]+){0,10}\s*\(")
_BARE_LOCAL_COLLECTIVE = quick_compile(r"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+các\s+(?P<kinds>" + _LOCAL_KINDS
                                       + r"(?:\s*,\s*" + _LOCAL_KINDS + r")*)")
_MEMBER_KIND = quick_compile(r"(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(" + _LOCAL_KINDS + r")\s")


def _listed_in_letter(a: Agency, ctx) -> Agency:
    """A bare collective of local governments ("UBND các huyện") in a letter whose "Kính gửi" list
    names such units ("UBND các huyện: Ninh Phước, Thuận Nam, Ninh Sơn, Bác Ái"): that list."""
    m = _BARE_LOCAL_COLLECTIVE.fullmatch(fold(a.name))
    if m is None:
        return a
    levels = _levels(m.group("kinds").split(","))
    same_level = []
    for x in ctx.addressees:
        if x.kind != COLLECTIVE:
            continue
        if x.members:
            kinds = [km.group(1) for km in (_MEMBER_KIND.match(fold(n) + " ") for n in x.members)]
            if all(kinds) and _levels(kinds) == levels:
                same_level.append(x)
        elif (mx := _BARE_LOCAL_COLLECTIVE.match(fold(x.name))) is not None and _levels(mx.group("kinds").split(",")) == levels:
            same_level.append(x)        # ("UBND các xã, phường còn lại" beside "UBND các phường: A, B")
    # … or the units themselves, each an addressee ("Kính gửi: Ủy ban nhân dân các tỉnh: Lạng Sơn,
    # Cao Bằng, Lào Cai" read as three committees)
    units = [x.name for x in ctx.addressees if x.kind != COLLECTIVE
             and (km := _MEMBER_KIND.match(fold(x.name) + " ")) is not None and _levels([km.group(1)]) == levels]
    if len(same_level) == 1 and len(same_level[0].members) >= 2:
        # ("- UBND các phường: A, B, C;" / "- UBND xã D.": the four)
        extra = tuple(n for n in units if n not in same_level[0].members)
        return replace(same_level[0], members=tuple(same_level[0].members) + extra) if extra else same_level[0]
    if same_level:
        return a
    return replace(a, members=tuple(units)) if len(units) >= 2 else a


_KIND_OF_UNIT = quick_compile(r"(?<!\w)(thị xã|thị trấn|thành phố|xã|phường|huyện|quận|đặc khu)(?!\w)")


def _of_every_kind(units: list, collectives: list) -> bool:
    """Do ``units`` hold a unit of every kind the collectives name ("UBND các xã, phường nêu
    trên": a commune and a ward)?"""
    wanted = {k for a in collectives for k in _KIND_OF_UNIT.findall(fold(a.name))}
    have = {k for a in units for k in _KIND_OF_UNIT.findall(fold(a.name))}
    return wanted <= have


def _levels(kinds) -> set:
    """The levels (``unit_level``) of kinds of units ("huyện", " thị xã", …)."""
    return {unit_level(k.strip()) for k in kinds}


def _same_unit(leads, unit: str) -> bool:
    return any(f" {unit} " in f" {fold(a.name)} " for a in leads)


def _listed_just_before(leads: list, mentions: list, start: int) -> list:
    """"… hướng dẫn UBND các phường: Hoa Lư, Nam Định, Phủ Lý rà soát …; UBND các phường hoàn thành
    …": a collective named bare right after the same collective with its list, in one paragraph,
    is that list."""
    out = []
    for a in leads:
        listed = None
        if a.kind == COLLECTIVE and not a.members:
            # ("các xã" after "UBND các xã: A, B": the same units, their committee left unsaid)
            listed = next((m.agency for m in reversed(mentions) if m.end <= start and m.agency.members
                           and m.agency.kind == COLLECTIVE
                           and _units_named(m.agency) == _units_named(a)), None)
        out.append(listed or a)
    return out


# a body named by its head alone as the subject of a clause: "Sở thẩm định, trình …"
# a commune's committee named bare as a clause's subject ("UBND xã hoàn thành …")
_BARE_UNIT_SUBJECT = quick_compile(r"\s*(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?P<kind>xã|phường|đặc khu)\s+(?!các\b)[a-zà-ỹđ]+\s")
# a firm named by its head alone as a subject, its verb after it ("Công ty nộp hồ sơ …", "Công ty cam kết …")
_BARE_FIRM_SUBJECT = quick_compile(r"[\s*]*(?:[Rr]iêng\s+)?(?P<head>Công ty)\s+(?=[a-zà-ỹđ]+\s)(?!(?:và|của|có|đã|đang|được|này|trên)\s)")
_BARE_HEAD_SUBJECT = quick_compile(r"^(?:Sở|Cục|Chi cục|Ban|Trung tâm)\s+(?!(?:ngành|ban|và)\b)[a-zà-ỹđ]+\s+[a-zà-ỹđ]")
def _units_named(a: Agency) -> str:
    """The units a collective names as written, its committee and its list left out: "UBND các
    xã: A, B" and "các xã" alike."""
    return group_key(a.written or a.name)


def _with_members(a: Agency, members: tuple) -> Agency:
    if a.kind == COLLECTIVE and not a.members and members and "xã" in a.name:
        return replace(a, members=tuple(members))
    return a
