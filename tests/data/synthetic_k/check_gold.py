#!/usr/bin/env python3
"""Check set K's gold: every JSON loads, names its notice, has ISO dates, and every kw occurs
verbatim in its notice after white space is collapsed. Run: python check_gold.py"""
import datetime, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
bad = 0
def fail(msg):
    global bad
    bad += 1
    print("FAIL", msg)

n_dl = n_opt = n_as = n_meet = 0
for gf in sorted((HERE / "gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    nf = HERE / "notices" / g["notice"]
    if not nf.exists() or nf.stem != gf.stem:
        fail(f"{gf.name}: notice {g['notice']} missing or stem differs"); continue
    text = re.sub(r"\s+", " ", nf.read_text(encoding="utf-8"))
    if "meeting_date" in g:
        n_meet += 1
        datetime.date.fromisoformat(g["meeting_date"])
    for kind in ("deadlines", "assignments"):
        for it in g[kind]:
            if not it["lead"] or not all(isinstance(x, str) and x for x in it["lead"]):
                fail(f"{gf.name}: bad lead {it}")
            kw = re.sub(r"\s+", " ", it["kw"]).strip()
            if kw not in text:
                fail(f"{gf.name}: kw not in notice: {it['kw']!r}")
            if kind == "deadlines":
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", it["date"]):
                    fail(f"{gf.name}: not ISO: {it['date']}")
                datetime.date.fromisoformat(it["date"])
                if it.get("optional"):
                    n_opt += 1
                else:
                    n_dl += 1
            else:
                n_as += 1
            extra = set(it) - {"lead", "date", "kw", "optional"}
            if extra:
                fail(f"{gf.name}: unknown keys {extra}")
print(f"required deadlines={n_dl} optional={n_opt} assignments={n_as} meeting_dates={n_meet}")
sys.exit(1 if bad else 0)
