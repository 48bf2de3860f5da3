"""Per-file limits (issue 13, item 13): a file too large, a .docx that would expand too far, or a
file that takes too long is refused with its exact message, and a batch goes on with the others.

Small limits are passed in, so no test needs a large file; the time limit runs on a fake clock
(every check advances it one second), so it is exact and platform independent."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from helpers_formats import make_docx
from tbkl_xl.errors import NoticeLimitError, NoticeReadError
from tbkl_xl.messages import parse as M
from tbkl_xl.parse import Limits, parse_notice, parse_paths
from tbkl_xl.read import read_document

NOTICE = """UBND TỈNH HÒA AN

Số: 12/TB-UBND

Hòa An, ngày 05 tháng 5 năm 2026

THÔNG BÁO

Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về công tác phòng cháy

Ngày 22/4/2026, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh kết luận như sau:

{body}

Nơi nhận:
- Như trên;
"""
ITEM = "{i}. Giao Sở Xây dựng chủ trì rà soát hồ sơ công trình số {i}, báo cáo UBND tỉnh trước ngày 30/6/2026."


def notice(n_items: int) -> str:
    return NOTICE.format(body="\n\n".join(ITEM.format(i=i) for i in range(1, n_items + 1)))


class FakeClock:
    """A clock that advances one second each time it is read."""

    def __init__(self):
        self.now = 0.0
        self.calls = 0

    def __call__(self) -> float:
        self.calls += 1
        self.now += 1.0
        return self.now


def test_file_larger_than_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    f = tmp_path / "lon.txt"
    f.write_text(notice(40), encoding="utf-8")
    size = f.stat().st_size
    assert size > 3 * 1024
    import tbkl_xl.read.text as T
    monkeypatch.setattr(T, "read_text_file", lambda p: pytest.fail("the file was read"))
    with pytest.raises(NoticeLimitError) as e:
        read_document(f, Limits(max_file_bytes=2 * 1024))
    assert e.value.reason == M.FILE_TOO_LARGE.format(size=f"{round(size / 1024)} KB", limit="2 KB")
    assert str(e.value).startswith(str(f))


def test_file_size_message_in_megabytes():
    from tbkl_xl.read.limits import MB, check_file_size
    with pytest.raises(NoticeLimitError) as e:
        check_file_size("a.txt", 75 * MB, Limits())
    assert e.value.reason == ("tệp quá lớn (75 MB, giới hạn 25 MB), một thông báo thường chỉ vài trăm KB; "
                              "kiểm tra đây có đúng là tệp thông báo không, nếu tệp gộp nhiều văn bản thì "
                              "tách thành từng văn bản rồi thử lại")


def test_text_given_directly_counts_against_the_size_limit():
    with pytest.raises(NoticeLimitError):
        parse_notice(notice(40), limits=Limits(max_file_bytes=1000))
    assert parse_notice(notice(2), limits=Limits(max_file_bytes=100_000)).tasks


def _bomb(path: Path, expanded: int) -> Path:
    """A small .docx whose extra member expands to ``expanded`` bytes of zeros."""
    make_docx(notice(2), path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/media/filler.bin", b"\0" * expanded)
    return path


def test_docx_expanding_beyond_the_limit_is_refused_before_any_member_is_read(tmp_path, monkeypatch):
    f = _bomb(tmp_path / "bom.docx", 3 * 1024 * 1024)
    assert f.stat().st_size < 100 * 1024                 # small on disk
    read_calls = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, *a, **k: read_calls.append(a) or real_open(self, *a, **k))
    with pytest.raises(NoticeLimitError) as e:
        read_document(f, Limits(max_expanded_bytes=1024 * 1024))
    expanded = sum(i.file_size for i in zipfile.ZipFile(f).infolist())
    assert e.value.reason == M.DOCX_TOO_LARGE.format(size=f"{expanded / 1048576:.1f} MB".replace(".", ","),
                                                     limit="1 MB")
    assert e.value.reason.startswith("tệp .docx khi giải nén lên tới 3,")
    assert read_calls == []                              # decided from the zip directory alone


def test_docx_within_the_limit_is_read(tmp_path):
    f = _bomb(tmp_path / "vua.docx", 100 * 1024)
    n = parse_notice(f, limits=Limits(max_expanded_bytes=10 * 1024 * 1024))
    assert len(n.tasks) == 2


def test_time_limit_stops_a_long_parse_at_a_check_inside_it():
    clock = FakeClock()
    with pytest.raises(NoticeLimitError) as e:
        parse_notice(notice(200), limits=Limits(max_seconds=30, clock=clock))
    assert e.value.reason == M.TIME_LIMIT.format(limit="30")
    assert e.value.reason == ("đọc tệp quá 30 giây nên đã dừng để các tệp khác được xử lý tiếp; kiểm tra "
                              "đây có đúng là một thông báo không, nếu tệp gộp nhiều văn bản thì tách thành "
                              "từng văn bản rồi thử lại")
    assert 30 <= clock.calls < 40                        # it stopped at the first check past the limit


def test_time_limit_leaves_a_normal_notice_alone():
    n = parse_notice(notice(3), limits=Limits(max_seconds=1000, clock=FakeClock()))
    assert len(n.tasks) == 3


def test_a_batch_reports_each_file_beyond_a_limit_and_goes_on(tmp_path):
    (tmp_path / "1_ngan.txt").write_text(notice(2), encoding="utf-8")
    (tmp_path / "2_dai.txt").write_text(notice(300), encoding="utf-8")
    _bomb(tmp_path / "3_bom.docx", 3 * 1024 * 1024)
    (tmp_path / "4_ngan.txt").write_text(notice(3), encoding="utf-8")
    batch = parse_paths([tmp_path], limits=Limits(max_seconds=100, max_expanded_bytes=1024 * 1024,
                                                   clock=FakeClock()))
    assert [Path(n.source).name for n in batch.notices] == ["1_ngan.txt", "4_ngan.txt"]
    assert [(Path(s).name, m.split(" ")[0]) for s, m in batch.errors] == [("2_dai.txt", "đọc"), ("3_bom.docx", "tệp")]
    assert batch.errors[0][1] == M.TIME_LIMIT.format(limit="100")


def test_limit_errors_are_read_errors():
    assert issubclass(NoticeLimitError, NoticeReadError)
