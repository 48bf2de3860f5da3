"""Parser benchmark: median milliseconds per notice over the real notices, and the ratio to a
baseline measured in the same run (read the file + one regex pass for dates); then the time
per character of one notice made 1x to 64x longer, which must stay flat (parsing is linear).

    .venv/bin/python bench/parse_bench.py [--repeats N] [--small] [--no-scale] [NOTICE_FILES_OR_DIR ...]

Default input: ../shared/notices/*.txt (beside the clone).  The first call of parse_notice
(imports, agency directory, cue tables) is reported apart as "cold"; the medians are over
warm calls.  Scaling: the body of the longest notice (its paragraphs between the opening and
"Nơi nhận") repeated k times, in three shapes: as paragraphs, as one single paragraph, and as
one paragraph without punctuation (one clause); time per character and its ratio to 1x.
No assertion on time: this prints numbers for bench/README.md.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tbkl_xl import parse_notice  # noqa: E402

DEFAULT_NOTICES = ROOT.parent / "shared" / "notices"
DATE_RE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")


def baseline(path: Path) -> int:
    text = path.read_text(encoding="utf-8-sig")
    return len(DATE_RE.findall(text))


def parse(path: Path) -> int:
    return len(parse_notice(path).tasks)


def time_ms(fn, path: Path) -> float:
    t0 = time.perf_counter()
    fn(path)
    return (time.perf_counter() - t0) * 1000.0


def files_of(args: list) -> list:
    out = []
    for a in args or [str(DEFAULT_NOTICES)]:
        p = Path(a)
        if p.is_dir():
            out.extend(sorted(q for q in p.iterdir() if q.suffix.lower() in (".txt", ".md")))
        elif p.exists():
            out.append(p)
        else:
            sys.exit(f"parse_bench: {p} does not exist")
    if not out:
        sys.exit("parse_bench: no notice file to time")
    return out


SCALES = (1, 2, 4, 8, 16, 32, 64)


def _scaled(text: str, k: int, shape: str) -> str:
    """The notice with its body repeated ``k`` times (header and "Nơi nhận" kept once)."""
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    end = next((i for i, p in enumerate(paras) if p.lstrip("*_ ").lower().startswith("nơi nhận")), len(paras))
    head, body, tail = paras[:8], paras[8:end], paras[end:]
    body = body * k
    if shape == "one paragraph":
        body = [" ".join(p.replace("\n", " ") for p in body)]
    elif shape == "one clause":
        body = [" ".join(re.sub(r"[.,;:!?]", "", p.replace("\n", " ")) for p in body)]
    return "\n\n".join(head + body + tail) + "\n"


def scaling(path: Path, scales=SCALES) -> None:
    """Time per character of ``path`` made k times longer: flat means linear."""
    text = path.read_text(encoding="utf-8-sig")
    print(f"scaling: {path.name}, body repeated k times; microseconds per character (ratio to 1x)")
    print(f"{'shape':14} " + " ".join(f"{str(k) + 'x':>13}" for k in scales))
    for shape in ("paragraphs", "one paragraph", "one clause"):
        cells, base = [], None
        for k in scales:
            doc = _scaled(text, k, shape)
            reps = max(1, 8 // k)
            t0 = time.perf_counter()
            for _ in range(reps):
                parse_notice(doc)
            per = (time.perf_counter() - t0) / reps / len(doc) * 1e6
            base = base or per
            cells.append(f"{per:6.2f} ({per / base:4.2f})")
        print(f"{shape:14} " + " ".join(f"{c:>13}" for c in cells), flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="notice files or folders (default: ../shared/notices)")
    ap.add_argument("--repeats", type=int, default=30, help="timed rounds over all notices (30)")
    ap.add_argument("--small", action="store_true", help="quick run: 5 rounds, scaling up to 16x")
    ap.add_argument("--no-scale", action="store_true", help="skip the 1x-64x scaling table")
    a = ap.parse_args(argv)
    repeats = 5 if a.small else max(1, a.repeats)
    files = files_of(a.paths)

    cold = time_ms(parse, files[0])                 # first call: imports and tables
    for f in files:                                  # warm every file once (and check it parses)
        parse(f)
        baseline(f)

    per_file = {f: ([], []) for f in files}          # parse ms, baseline ms
    rounds_parse, rounds_base = [], []               # ms per notice, averaged over one round
    for _ in range(repeats):
        tp = tb = 0.0
        for f in files:                              # interleaved: same machine load for both
            b = time_ms(baseline, f)
            p = time_ms(parse, f)
            per_file[f][0].append(p)
            per_file[f][1].append(b)
            tp += p
            tb += b
        rounds_parse.append(tp / len(files))
        rounds_base.append(tb / len(files))

    print(f"parse_bench: {len(files)} notices, {repeats} rounds, python {sys.version.split()[0]}")
    print(f"{'notice':32} {'KB':>6} {'tasks':>5} {'parse ms':>9} {'base ms':>8} {'ratio':>7}")
    for f in files:
        p, b = (statistics.median(x) for x in per_file[f])
        print(f"{f.name[:32]:32} {f.stat().st_size / 1024:6.1f} {parse(f):5d} {p:9.2f} {b:8.3f} "
              f"{p / b:7.0f}x")
    mp, mb = statistics.median(rounds_parse), statistics.median(rounds_base)
    print(f"cold first call: {cold:.1f} ms")
    print(f"median per notice: parse {mp:.2f} ms, baseline (read + date regex) {mb:.3f} ms, "
          f"ratio {mp / mb:.0f}x")
    if not a.no_scale:
        print()
        scaling(max(files, key=lambda f: f.stat().st_size), SCALES[:5] if a.small else SCALES)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
