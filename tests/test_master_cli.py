from datetime import date

import pytest

from master_factory import no_shipped_directory  # noqa: F401 (autouse)
from master_factory import edit, sample
from tbkl_xl.cli import main
from tbkl_xl.master import refresh

TODAY = date(2026, 5, 9)


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
        f"workbook: {wb} (created)",
        "notices: 1 read, 0 unchanged (skipped), 1 failed",
        "tasks: 4 added, 0 updated, 0 vanished, 0 added by hand; 4 in total on 5 agency sheets",
        "staff edits: 0 kept (0 corrections of parsed columns), 0 conflicts, 0 ignored",
    ]
    assert err.splitlines() == [
        f"tbkl-xl: error: {tmp_path / 'b.txt'}: no notice header found; is this a notice?"]
    (tmp_path / "b.txt").unlink()
    rc = main(["refresh", str(wb), "--notices", str(tmp_path / "a.txt"), "--today", "2026-05-09"])
    out, err = capsys.readouterr()
    assert rc == 0 and err == ""
    lines = out.splitlines()
    assert lines[:4] == [
        f"workbook: {wb}",
        "notices: 0 read, 1 unchanged (skipped), 0 failed",
        "tasks: 0 added, 0 updated, 0 vanished, 0 added by hand; 4 in total on 5 agency sheets",
        "staff edits: 0 kept (0 corrections of parsed columns), 0 conflicts, 0 ignored",
    ]
    assert lines[4:] == ["nothing changed: the workbook was not rewritten"]
    assert not (tmp_path / "backup").exists()


def test_refresh_refused_when_open(tmp_path, capsys):
    wb = tmp_path / "m.xlsx"
    refresh(wb, [sample()], today=TODAY)
    (tmp_path / "~$m.xlsx").write_text("")
    rc = main(["refresh", str(wb), "--notices", str(tmp_path), "--today", "2026-05-09"])
    out, err = capsys.readouterr()
    assert rc == 2 and out == ""
    assert err == ("tbkl-xl: error: m.xlsx đang mở trong Excel (có tệp khóa ~$m.xlsx bên cạnh): hãy đóng "
                   "tệp trong Excel rồi chạy lại; nếu Excel không chạy, xóa tệp ~$m.xlsx\n")


def test_refresh_without_notices_and_no_folder_set(tmp_path, capsys):
    wb = tmp_path / "m.xlsx"
    refresh(wb, [sample()], today=TODAY)
    rc = main(["refresh", str(wb)])
    _, err = capsys.readouterr()
    assert rc == 2
    assert err == ("tbkl-xl: error: chưa chỉ ra thông báo nào: hãy nêu tệp hoặc thư mục thông báo, "
                   "hoặc điền 'Thư mục thông báo' ở trang 'Cấu hình' của m.xlsx\n")


def test_status_command_output(tmp_path, capsys):
    wb = tmp_path / "m.xlsx"
    refresh(wb, [sample()], today=TODAY)
    edit(wb, "SNV", "T3", "Trạng thái", "Đã hoàn thành")
    rc = main(["status", str(wb), "--today", "2026-05-09"])
    out, err = capsys.readouterr()
    assert rc == 0 and err == ""
    assert out.splitlines() == [
        f"{wb}: 4 tasks on 09/05/2026 (due soon = within 7 days)",
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
    assert out.splitlines()[0].endswith("(due soon = within 3 days)")
    assert "Sở Xây dựng               0            0             1" in out
    with pytest.raises(SystemExit) as e:
        main(["status", str(wb), "--due-soon", "soon"])
    assert e.value.code == 2
    assert "invalid number of days 'soon': use a whole number, e.g. 7" in capsys.readouterr().err


def test_status_of_a_missing_workbook(tmp_path, capsys):
    rc = main(["status", str(tmp_path / "none.xlsx")])
    assert rc == 2
    assert capsys.readouterr().err == (f"tbkl-xl: error: {tmp_path / 'none.xlsx'}: không có sổ theo dõi "
                                       f"này; chạy 'tbkl-xl refresh' để tạo sổ\n")
