"""Generate tbkl_xl/data/provinces/lang-son/units.csv from the research table of Lạng Sơn's communes/wards.

    .venv/bin/python tools/make_units.py [path/to/langson_units.tsv]

Input (default /work/shared/research/langson_units.tsv): one line per commune/ward in force from
1 July 2025 -- ``code<TAB>type<TAB>name<TAB>area<TAB>pre-2025 units`` where the last column reads
``Huyện Tràng Định: Xã Khánh Long; Huyện Tràng Định: Thị trấn Thất Khê; …``.

Output (committed; read at run time by ``tbkl_xl.parse.agencies``), columns:

    name        canonical name: ``UBND xã Thất Khê``; an old unit whose plain name is taken (by a
                new unit or by another old unit) is qualified: ``UBND xã Đoàn Kết, huyện Tràng Định``
    code        sheet code: ``Xã Thất Khê``, ``P. Đông Kinh``, ``H. Lộc Bình``, ``TP Lạng Sơn``,
                ``Xã Thanh Sơn (cũ)``, ``Xã Hòa Bình (Chi Lăng)``
    kind        ``commune`` (in force from 2025-07-01) or ``legacy_unit`` (huyện, old xã …)
    unit_type   xã | phường | thị trấn | huyện | thành phố
    place       the place name: ``Thất Khê``
    district    huyện/thành phố of an old xã/phường/thị trấn (blank otherwise)
    successor   canonical name of the new unit that took the old one over whole (blank for a
                huyện and for an old unit split between several new ones)
    since       first day in force (2025-07-01 for the new units, blank for old ones)
    until       last day in force (2025-06-30 for old units, blank for the new ones)
    admin_code  official code of a new unit
    aliases     other spellings, ``;``-separated
    note        e.g. which new units share a split old unit
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TSV = Path("/work/shared/research/langson_units.tsv")
OUT = ROOT / "tbkl_xl" / "data" / "provinces" / "lang-son" / "units.csv"
COLUMNS = ["name", "code", "kind", "unit_type", "place", "district", "successor", "since",
           "until", "admin_code", "aliases", "note"]
NEW_FROM, OLD_UNTIL = "2025-07-01", "2025-06-30"
CODE_PREFIX = {"xã": "Xã", "phường": "P.", "thị trấn": "TT", "huyện": "H.", "thành phố": "TP"}


def _title(place: str) -> str:
    """'Đồng ý' -> 'Đồng Ý'; keeps all-caps tokens ('NT Thái Bình')."""
    return " ".join(w if w.isupper() else w[:1].upper() + w[1:] for w in place.split())


def _split_unit(s: str) -> tuple[str, str]:
    """'Thị trấn Thất Khê' -> ('thị trấn', 'Thất Khê')."""
    s = s.strip()
    for t in ("Thị trấn", "Thành phố", "Phường", "Huyện", "Xã"):
        if s.startswith(t + " "):
            return t.lower(), _title(s[len(t) + 1:])
    raise ValueError(f"unknown unit type in {s!r}")


def _district_label(dtype: str, dplace: str) -> str:
    return f"{dtype} {dplace}"


def build(tsv: Path) -> list[dict]:
    new_units = []      # (type, place, admin_code, [(dtype, dplace, otype, oplace)])
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _typ, name, _area, olds = line.split("\t")
        ntype, nplace = _split_unit(name)
        parts = []
        for item in olds.split(";"):
            if not item.strip():
                continue
            district, unit = item.split(":", 1)
            dtype, dplace = _split_unit(district)
            otype, oplace = _split_unit(unit)
            parts.append((dtype, dplace, otype, oplace))
        new_units.append((ntype, nplace, code, parts))

    rows = []
    new_names = {}
    for ntype, nplace, code, _ in new_units:
        name = f"UBND {ntype} {nplace}"
        new_names[(ntype, nplace)] = name
        rows.append({"name": name, "code": f"{CODE_PREFIX[ntype]} {nplace}", "kind": "commune",
                     "unit_type": ntype, "place": nplace, "district": "", "successor": "",
                     "since": NEW_FROM, "until": "", "admin_code": code, "aliases": "", "note": ""})

    # old units: (dtype, dplace, otype, oplace) -> new units that took a part of it
    takers = defaultdict(list)
    districts = []
    for ntype, nplace, _code, parts in new_units:
        for dtype, dplace, otype, oplace in parts:
            key = (dtype, dplace, otype, oplace)
            if new_names[(ntype, nplace)] not in takers[key]:
                takers[key].append(new_names[(ntype, nplace)])
            if (dtype, dplace) not in districts:
                districts.append((dtype, dplace))

    for dtype, dplace in districts:
        aliases = []
        if dtype == "thành phố":
            aliases = [f"UBND TP {dplace}", f"UBND TP. {dplace}"]
        rows.append({"name": f"UBND {dtype} {dplace}", "code": f"{CODE_PREFIX[dtype]} {dplace}",
                     "kind": "legacy_unit", "unit_type": dtype, "place": dplace, "district": "",
                     "successor": "", "since": "", "until": OLD_UNTIL, "admin_code": "",
                     "aliases": "; ".join(aliases),
                     "note": "territory divided among several communes/wards from 2025-07-01"})

    plain = Counter((otype, oplace) for (_d, _p, otype, oplace) in takers)
    for (dtype, dplace, otype, oplace), succ in takers.items():
        taken = plain[(otype, oplace)] > 1 or (otype, oplace) in new_names
        name = f"UBND {otype} {oplace}"
        if taken:
            name += f", {_district_label(dtype, dplace)}"
        prefix = CODE_PREFIX[otype]
        code = f"{prefix} {oplace} ({dplace})" if plain[(otype, oplace)] > 1 else f"{prefix} {oplace} (cũ)"
        aliases = []
        if "NT " in oplace:
            aliases.append(f"UBND {otype} {oplace.replace('NT ', 'Nông trường ')}")
        note = "" if len(succ) == 1 else "split between " + "; ".join(succ)
        rows.append({"name": name, "code": code, "kind": "legacy_unit", "unit_type": otype,
                     "place": oplace, "district": _district_label(dtype, dplace),
                     "successor": succ[0] if len(succ) == 1 else "", "since": "",
                     "until": OLD_UNTIL, "admin_code": "", "aliases": "; ".join(aliases), "note": note})
    return rows


def main(argv: list[str]) -> int:
    tsv = Path(argv[0]) if argv else DEFAULT_TSV
    rows = build(tsv)
    for r in rows:
        if len(r["code"]) > 31:
            raise SystemExit(f"code too long: {r['code']!r}")
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {OUT} ({len(rows)} rows: "
          f"{sum(r['kind'] == 'commune' for r in rows)} communes/wards, "
          f"{sum(r['kind'] == 'legacy_unit' for r in rows)} old units)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
