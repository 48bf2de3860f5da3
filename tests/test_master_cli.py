from datetime import date

import pytest

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import edit, sample
from tbkl_xl.cli import main
from tbkl_xl.master import refresh

TODAY = date(2026, 5, 9)


@pytest.fixture(autouse=True)
def terminal_80_columns(monkeypatch):
    """argparse wraps usage and help to the terminal's width."""
    monkeypatch.setenv("COLUMNS", "80")


@pytest.fixture
def fake_parser(monkeypatch):
    import tbkl_xl.parse as P

    def parse_paths(paths, today=None, directory=None):
        batch = P.ParseBatch()
        for f in P.iter_notice_files(paths):
            if f.read_text(encoding="utf-8").strip() == "bad":
                batch.errors.append((str(f), "no notice header found; is this a notice?"))
                continue
            n = sample()
            n.source = str(f)
            batch.notices.append(n)
        return batch
    monkeypatch.setattr(P, "parse_paths", parse_paths)


def test_refresh_command_output(tmp_path, capsys, fake_parser):
    (tmp_path / "a.txt").write_text("sample", encoding="utf-8")
    (tmp_path / "b.txt").write_text("bad", encoding="utf-8")
    wb = tmp_path / "m.xlsx"
    rc = main(["refresh", str(wb), "--notices", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
               "--today", "2026-05-09"])
    out, err = capsys.readouterr()
    assert rc == 1
    assert out.splitlines() == [
        f"Sổ theo dõi: {wb} (tạo mới)",
        "Tệp thông báo: 2 tệp (1 tệp đã đọc; 1 tệp lỗi, không đọc được)",
        "Thông báo: 1 thông báo mới hoặc có thay đổi đã đưa vào sổ",
        "Nhiệm vụ: 4 nhiệm vụ trong sổ (4 thêm mới)",
        "Cơ quan: 5 cơ quan có trang tính riêng",
    ]
    assert err.splitlines() == [
        f"tbkl-xl: lỗi: {tmp_path / 'b.txt'}: no notice header found; is this a notice?"]
    (tmp_path / "b.txt").unlink()
    rc = main(["refresh", str(wb), "--notices", str(tmp_path / "a.txt"), "--today", "2026-05-09"])
    out, err = capsys.readouterr()
    assert rc == 0 and err == ""
    lines = out.splitlines()
    assert lines == [
        f"Sổ theo dõi: {wb}",
        "Tệp thông báo: 1 tệp (1 tệp không đổi từ lần cập nhật trước, không đọc lại)",
        "Thông báo: không có thông báo mới hoặc có thay đổi",
        "Nhiệm vụ: 4 nhiệm vụ trong sổ (lần này không thay đổi)",
        "Cơ quan: 5 cơ quan có trang tính riêng",
        "Không có gì thay đổi: sổ theo dõi không phải ghi lại",
    ]
    assert not (tmp_path / "backup").exists()


def test_refresh_refused_when_open(tmp_path, capsys):
    wb = tmp_path / "m.xlsx"
    refresh(wb, [sample()], today=TODAY)
    (tmp_path / "~$m.xlsx").write_text("")
    rc = main(["refresh", str(wb), "--notices", str(tmp_path), "--today", "2026-05-09"])
    out, err = capsys.readouterr()
    assert rc == 2 and out == ""
    assert err == ("tbkl-xl: lỗi: m.xlsx đang mở trong Excel (có tệp khóa ~$m.xlsx bên cạnh): hãy đóng "
                   "tệp trong Excel rồi chạy lại; nếu Excel không chạy, xóa tệp ~$m.xlsx\n")


def test_refresh_without_notices_and_no_folder_set(tmp_path, capsys):
    wb = tmp_path / "m.xlsx"
    refresh(wb, [sample()], today=TODAY)
    rc = main(["refresh", str(wb)])
    _, err = capsys.readouterr()
    assert rc == 2
    assert err == ("tbkl-xl: lỗi: chưa chỉ ra thông báo nào: ghi tệp hoặc thư mục thông báo sau "
                   "--notices, hoặc ghi thư mục vào ô 'Thư mục thông báo' ở trang tính 'Cấu hình' "
                   "của m.xlsx\n")


def test_status_command_output(tmp_path, capsys):
    wb = tmp_path / "m.xlsx"
    refresh(wb, [sample()], today=TODAY)
    edit(wb, "SNV", "T3", "Trạng thái", "Đã hoàn thành")
    rc = main(["status", str(wb), "--today", "2026-05-09"])
    out, err = capsys.readouterr()
    assert rc == 0 and err == ""
    assert out.splitlines() == [
        f"{wb}: 4 nhiệm vụ, tính đến ngày 09/05/2026 ('sắp đến hạn' = còn từ 0 đến 7 ngày)",
        "Cơ quan             Quá hạn  Sắp đến hạn  Chưa đến hạn  Không có hạn  Xong đúng hạn  Xong trễ hạn  Tổng",
        "Sở Tài chính              1            0             0             0              0             0     1",
        "Sở Xây dựng               0            1             0             0              0             0     1",
        "Sở Nội vụ                 0            0             0             0              1             0     1",
        "UBND phường Kỳ Lừa        0            0             1             0              0             0     1",
        "UBND xã Tràng Định        0            0             1             0              0             0     1",
        "Tổng cộng                 1            1             1             0              1             0     4",
        "Trạng thái: Chưa thực hiện: 3, Đã hoàn thành: 1",
    ]


def test_status_due_soon_option_and_bad_value(tmp_path, capsys):
    wb = tmp_path / "m.xlsx"
    refresh(wb, [sample()], today=TODAY)
    assert main(["status", str(wb), "--today", "2026-05-09", "--due-soon", "3"]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[0].endswith("('sắp đến hạn' = còn từ 0 đến 3 ngày)")
    assert "Sở Xây dựng               0            0             1" in out
    with pytest.raises(SystemExit) as e:
        main(["status", str(wb), "--due-soon", "soon"])
    assert e.value.code == 2
    assert capsys.readouterr().err == (
        "cách dùng: tbkl-xl status [-h] [--today NGÀY] [--due-soon SỐ_NGÀY] SỔ_THEO_DÕI\n"
        "tbkl-xl: lỗi: --due-soon: số ngày không hợp lệ 'soon': ghi một số nguyên, ví dụ 7\n")
    with pytest.raises(SystemExit):
        main(["status", str(wb), "--due-soon", "-1"])
    assert capsys.readouterr().err.endswith(
        "tbkl-xl: lỗi: --due-soon: số ngày không hợp lệ '-1': ghi 0 hoặc số lớn hơn\n")


def test_status_of_a_missing_workbook(tmp_path, capsys):
    rc = main(["status", str(tmp_path / "none.xlsx")])
    assert rc == 2
    assert capsys.readouterr().err == (f"tbkl-xl: lỗi: {tmp_path / 'none.xlsx'}: không có sổ theo dõi "
                                       f"này; chạy 'tbkl-xl refresh' để lập sổ\n")
