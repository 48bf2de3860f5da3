"""The README's Python example runs as written (docs are tested)."""
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_python_example_runs(tmp_path, capsys, monkeypatch):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert blocks, "README has no python example"
    monkeypatch.chdir(ROOT)
    code = blocks[0].replace("/tmp/theo_doi.xlsx", str(tmp_path / "theo_doi.xlsx"))
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "176/TB-UBND 2026-04-28" in out
    assert "Nhiệm vụ: 6 nhiệm vụ trong sổ (6 thêm mới)" in out


def test_readme_starts_with_the_two_commands():
    lines = [l.strip() for l in (ROOT / "README.md").read_text(encoding="utf-8").splitlines() if l.startswith("    ")]
    assert lines[0].startswith("python3 -m venv .venv && ") and "tbkl-xl refresh workbook/" in lines[0]
    assert lines[1] == "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest"


def test_readme_first_refresh_prints_what_the_readme_shows(tmp_path):
    """The README's first run on the samples, warnings (stderr, lines 'tbkl-xl: …') and summary
    (stdout), is what the program prints, word for word."""
    import subprocess
    import sys
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"\n    \$ tbkl-xl refresh /tmp/x\.xlsx --notices samples\n((?:    .*\n)+)", text)
    assert m, "README has no first-run example"
    shown = [l[4:] for l in m.group(1).splitlines()]
    book = tmp_path / "x.xlsx"
    run = subprocess.run([sys.executable, "-m", "tbkl_xl", "refresh", str(book), "--notices", "samples"],
                         capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr
    printed = (run.stderr + run.stdout).replace(str(book), "/tmp/x.xlsx").splitlines()
    assert printed == shown
