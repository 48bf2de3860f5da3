#!/usr/bin/env python3
"""Sanity check of set O's gold: JSON loads, one gold per notice, ISO dates, every kw occurs
verbatim in its notice after whitespace collapse, leads are non-empty lists of strings."""
import datetime, json, pathlib, re, sys, unicodedata

HERE = pathlib.Path(__file__).resolve().parent


def flat(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def main():
    errors = []
    notices = {p.stem: p for p in (HERE / "notices").glob("*.txt")}
    golds = sorted((HERE / "gold").glob("*.json"))
    if {g.stem for g in golds} != set(notices):
        errors.append(f"gold/notice mismatch: {sorted(set(notices) ^ {g.stem for g in golds})}")
    n_dl = n_opt = n_as = n_meet = 0
    for g in golds:
        try:
            gold = json.loads(g.read_text(encoding="utf-8"))
        except ValueError as e:
            errors.append(f"{g.name}: bad JSON: {e}")
            continue
        if gold.get("notice") != g.stem + ".txt":
            errors.append(f"{g.name}: notice field {gold.get('notice')!r}")
        text = flat(notices[g.stem].read_text(encoding="utf-8")) if g.stem in notices else ""
        dates = []
        if "meeting_date" in gold:
            dates.append(gold["meeting_date"]); n_meet += 1
        for kind in ("deadlines", "assignments"):
            for it in gold.get(kind, []):
                lead = it.get("lead")
                if not lead or not isinstance(lead, list) or not all(isinstance(x, str) and x.strip() for x in lead):
                    errors.append(f"{g.name}: bad lead {lead!r}")
                kw = it.get("kw", "")
                if not kw or flat(kw) not in text:
                    errors.append(f"{g.name}: kw not in notice: {kw!r}")
                if not 2 <= len(kw.split()) <= 10:  # syllables; about 3-8 words
                    errors.append(f"{g.name}: kw length {len(kw.split())}: {kw!r}")
                if kind == "deadlines":
                    dates.append(it.get("date", ""))
                    if it.get("optional"):
                        n_opt += 1
                    else:
                        n_dl += 1
                else:
                    n_as += 1
                    if "date" in it:
                        errors.append(f"{g.name}: assignment with a date: {kw!r}")
        for d in dates:
            try:
                if datetime.date.fromisoformat(d).isoformat() != d:
                    raise ValueError
            except (ValueError, TypeError):
                errors.append(f"{g.name}: bad date {d!r}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {n_dl} required deadlines, {n_opt} optional, "
          f"{n_as} assignments, {n_meet} meeting dates; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
