"""Check the R16 gold: every JSON loads, names its notice, dates are ISO,
and every kw occurs verbatim (after whitespace collapse) in its notice."""
import datetime
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = 0
    totals = {"deadlines": 0, "optional": 0, "assignments": 0, "meeting_dates": 0}
    golds = sorted((HERE / "gold").glob("*.json"))
    notices = sorted(p.name for p in (HERE / "notices").glob("*.txt"))
    for path in golds:
        g = json.loads(path.read_text(encoding="utf-8"))
        notice = HERE / "notices" / g["notice"]
        if g["notice"] != path.stem + ".txt" or not notice.exists():
            print(f"{path.name}: notice {g['notice']} missing or misnamed"); errors += 1; continue
        text = collapse(notice.read_text(encoding="utf-8"))
        if "meeting_date" in g:
            datetime.date.fromisoformat(g["meeting_date"]); totals["meeting_dates"] += 1
        for item in g.get("deadlines", []):
            try:
                datetime.date.fromisoformat(item["date"])
            except ValueError:
                print(f"{path.name}: bad date {item['date']}"); errors += 1
            totals["optional" if item.get("optional") else "deadlines"] += 1
        totals["assignments"] += len(g.get("assignments", []))
        for item in g.get("deadlines", []) + g.get("assignments", []):
            if not item["lead"] or not all(isinstance(x, str) and x for x in item["lead"]):
                print(f"{path.name}: empty lead"); errors += 1
            if collapse(item["kw"]) not in text:
                print(f"{path.name}: kw not in notice: {item['kw']!r}"); errors += 1
    if len(golds) != len(notices):
        print(f"{len(golds)} gold files for {len(notices)} notices"); errors += 1
    print(f"{len(golds)} gold files; required deadlines {totals['deadlines']}, optional {totals['optional']}, "
          f"assignments {totals['assignments']}, meeting dates {totals['meeting_dates']}; errors {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
