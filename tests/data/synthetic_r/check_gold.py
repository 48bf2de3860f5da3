#!/usr/bin/env python3
"""Check set R's gold: JSON loads, one gold per notice, ISO dates, every kw in its notice.

    python tests/data/synthetic_r/check_gold.py

A kw must occur verbatim in its notice after white space (line wraps, form feeds) is collapsed
to one space, must not cross markdown bold marks, and be 2-10 syllables long. Leads are
non-empty lists of distinct non-empty strings; `optional` is true or absent; no two deadline
items repeat (first lead, date, kw, optional); no deadline falls before the document's own date
(read from the header's "ngày D tháng M năm Y"). Exit status 1 on any problem.
"""
import datetime, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {"notice", "meeting_date", "deadlines", "assignments"}


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def iso(s):
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", s or "")) and datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def doc_date(text):
    head = "\n".join(text.splitlines()[:10])
    m = re.search(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", head)
    return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def main():
    errors = []
    notices = {p.stem: p for p in (HERE / "notices").iterdir() if p.is_file()}
    golds = sorted((HERE / "gold").glob("*.json"))
    if set(notices) != {g.stem for g in golds}:
        errors.append(f"notices without gold or gold without notice: {set(notices) ^ {g.stem for g in golds}}")
    n_dl = n_opt = n_as = n_meet = 0
    for gf in golds:
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except ValueError as e:
            errors.append(f"{gf.name}: {e}")
            continue
        if set(gold) - KEYS:
            errors.append(f"{gf.name}: unknown keys {set(gold) - KEYS}")
        if gold.get("notice") != (notices.get(gf.stem) or pathlib.Path("?")).name:
            errors.append(f"{gf.name}: notice {gold.get('notice')!r} is not the file of the same stem")
            continue
        raw = notices[gf.stem].read_text(encoding="utf-8")
        text, issued = collapse(raw), doc_date(raw)
        if issued is None:
            errors.append(f"{gf.name}: no document date found in the header")
        if "meeting_date" in gold:
            n_meet += 1
            if not iso(gold["meeting_date"]):
                errors.append(f"{gf.name}: meeting_date not ISO")
        seen = set()
        for kind in ("deadlines", "assignments"):
            for it in gold.get(kind, []):
                lead = it.get("lead")
                if not (isinstance(lead, list) and lead and all(isinstance(x, str) and x.strip() for x in lead)
                        and len(set(lead)) == len(lead)):
                    errors.append(f"{gf.name}: bad lead {lead!r}")
                kw = collapse(it.get("kw", ""))
                if kw not in text:
                    errors.append(f"{gf.name}: kw not in notice: {kw!r}")
                if "*" in kw:
                    errors.append(f"{gf.name}: kw crosses bold marks: {kw!r}")
                if not 2 <= len(kw.split()) <= 10:
                    errors.append(f"{gf.name}: kw of {len(kw.split())} syllables: {kw!r}")
                extra = set(it) - ({"lead", "date", "kw", "optional"} if kind == "deadlines" else {"lead", "kw"})
                if extra:
                    errors.append(f"{gf.name}: unknown keys {extra}")
                if kind == "deadlines":
                    d = iso(it.get("date"))
                    if not d:
                        errors.append(f"{gf.name}: date not ISO: {it.get('date')!r}")
                    elif issued and d < issued:
                        errors.append(f"{gf.name}: deadline {d} before the document's date {issued}")
                    if "optional" in it and it["optional"] is not True:
                        errors.append(f"{gf.name}: optional must be true or absent")
                    key = (lead[0] if lead else None, it.get("date"), kw.casefold(), bool(it.get("optional")))
                    if key in seen:
                        errors.append(f"{gf.name}: repeated item {key}")
                    seen.add(key)
                    if it.get("optional"):
                        n_opt += 1
                    else:
                        n_dl += 1
                else:
                    n_as += 1
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files: {n_dl} required deadlines, {n_opt} optional, {n_as} assignments, "
          f"{n_meet} meeting dates; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
