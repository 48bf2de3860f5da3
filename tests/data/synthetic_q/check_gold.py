#!/usr/bin/env python3
"""Check set Q's gold: JSON loads, one gold per notice, ISO dates, every kw in its notice.

    python3 tests/data/synthetic_q/check_gold.py

Every kw must occur verbatim in its notice after white space (line wraps, form feeds) is
collapsed, and be 2-10 syllables long. Leads are non-empty lists of distinct strings; `optional`
is true or absent; no deadline item repeats (first lead, date, kw); no deadline falls before the
document's own date and no meeting after it (date read from the header "ngày D tháng M năm Y",
a press byline "DD/MM/YYYY", or, for a page of several letters, the earliest "ngày DD/MM/YYYY)").
Exit status 1 on any problem.
"""
import datetime, json, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parent
KEYS = {"notice", "meeting_date", "deadlines", "assignments"}


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def iso(s):
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s or ""):
            return None
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def doc_date(text):
    head = "\n".join(text.splitlines()[:30])
    m = re.search(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})", head)
    if m:
        return datetime.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", head)
    if m:
        return datetime.date(int(m[3]), int(m[2]), int(m[1]))
    found = [datetime.date(int(y), int(mo), int(d))
             for d, mo, y in re.findall(r"ngày (\d{1,2})/(\d{1,2})/(\d{4})\)", text)]
    return min(found) if found else None


def main():
    errors = []
    notices = {p.stem: p for p in (HERE / "notices").glob("*.txt")}
    golds = sorted((HERE / "gold").glob("*.json"))
    if set(notices) != {g.stem for g in golds}:
        errors.append(f"notices and gold differ: {set(notices) ^ {g.stem for g in golds}}")
    n_dl = n_opt = n_as = n_meet = 0
    for gf in golds:
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except ValueError as e:
            errors.append(f"{gf.name}: {e}")
            continue
        if set(gold) - KEYS:
            errors.append(f"{gf.name}: unknown keys {set(gold) - KEYS}")
        if gf.stem not in notices or gold.get("notice") != notices[gf.stem].name:
            errors.append(f"{gf.name}: notice {gold.get('notice')!r} is not the file of the same stem")
            continue
        raw = notices[gf.stem].read_text(encoding="utf-8")
        text, issued = collapse(raw), doc_date(raw)
        if issued is None:
            errors.append(f"{gf.name}: no document date found")
        if "meeting_date" in gold:
            n_meet += 1
            d = iso(gold["meeting_date"])
            if not d:
                errors.append(f"{gf.name}: meeting_date {gold['meeting_date']!r}")
            elif issued and d > issued:
                errors.append(f"{gf.name}: meeting_date {d} after the document date {issued}")
        seen = set()
        for kind in ("deadlines", "assignments"):
            for item in gold.get(kind, []):
                lead, kw = item.get("lead"), item.get("kw")
                if not (isinstance(lead, list) and lead and all(isinstance(x, str) and x.strip() for x in lead)
                        and len({collapse(x).casefold() for x in lead}) == len(lead)):
                    errors.append(f"{gf.name}: {kind} item with bad lead {lead!r}")
                if not isinstance(kw, str) or not kw.strip() or collapse(kw) not in text:
                    errors.append(f"{gf.name}: kw {kw!r} not in the notice")
                elif not 2 <= len(kw.split()) <= 10:
                    errors.append(f"{gf.name}: kw {kw!r} has {len(kw.split())} syllables")
                if kind == "deadlines":
                    d = iso(item.get("date"))
                    if not d:
                        errors.append(f"{gf.name}: date {item.get('date')!r}")
                    elif issued and d < issued:
                        errors.append(f"{gf.name}: deadline {d} before the document date {issued}")
                    if item.get("optional") not in (None, True):
                        errors.append(f"{gf.name}: optional must be true or absent")
                    k = (lead[0] if lead else None, item.get("date"), kw)
                    if k in seen:
                        errors.append(f"{gf.name}: repeated deadline {k}")
                    seen.add(k)
                    if item.get("optional"):
                        n_opt += 1
                    else:
                        n_dl += 1
                else:
                    if set(item) - {"lead", "kw"}:
                        errors.append(f"{gf.name}: assignment with keys {set(item)}")
                    n_as += 1
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files: {n_dl} required deadlines, {n_opt} optional, "
          f"{n_as} assignments, {n_meet} meeting dates; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
