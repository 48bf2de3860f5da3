"""The hidden snapshot: one row per task, the record last written as JSON (the notice's title
and the parser's values a correction does not hide are not repeated)."""
from __future__ import annotations

import json
from datetime import date, datetime

from . import layout as L
from ..errors import WorkbookError
from ..messages import master as MSG
from .merge import normalise_record

SNAPSHOT_KEYS = L.RECORD_FIELDS + ("_order", "_targets", "_lead", "_manual", "_seq", "_extra",
                                   "_parser", "_corr", "_conflicts", "_reviewed", "_shown")


CHUNK = 30000                   # characters of record JSON per snapshot cell (limit 32,767)


def _enc(v):
    if isinstance(v, L.Formula):
        return {"formula": str(v)}
    if isinstance(v, datetime):
        return {"datetime": v.isoformat()}
    if isinstance(v, date):
        return {"date": v.isoformat()}
    if isinstance(v, dict):
        return {"dict": {str(k): _enc(x) for k, x in v.items()}}
    if isinstance(v, (list, tuple)):
        return [_enc(x) for x in v]
    return v


def _dec(v):
    if isinstance(v, dict):
        if "date" in v:
            return date.fromisoformat(v["date"])
        if "datetime" in v:
            return datetime.fromisoformat(v["datetime"])
        if "formula" in v:
            return L.Formula(v["formula"])
        if "dict" in v:
            return {k: _dec(x) for k, x in v["dict"].items()}
        return {k: _dec(x) for k, x in v.items()}      # schema 1: _extra as a plain mapping
    if isinstance(v, list):
        return [_dec(x) for x in v]
    return v


PARSER_SAME = "_ps"             # snapshot: the parser's values are those shown but for the ones given


def snapshot_row(rec: dict) -> list:
    """One hidden row per task: the id, then the record as JSON split over cells.  The notice's
    title is not repeated (it is in the notice store) and of the parser's values only those a
    correction hides are kept: the snapshot of a large master stays small."""
    d = {k: _enc(rec.get(k)) for k in SNAPSHOT_KEYS if rec.get(k) not in (None, {}, [])
         and k not in (L.C_TITLE, "_parser")}
    parser = rec.get("_parser") or {}
    d["_parser"] = {k: _enc(v) for k, v in parser.items()
                    if v != rec.get(k)}
    d[PARSER_SAME] = 1
    js = json.dumps(d, ensure_ascii=False, sort_keys=True)
    return [rec[L.C_ID]] + [js[i:i + CHUNK] for i in range(0, len(js), CHUNK)]


def read_snapshot(rows: list) -> list:
    out = []
    for r in rows[1:]:
        if not r or r[0] is None:
            continue
        try:
            d = json.loads("".join(str(v) for v in r[1:] if v is not None) or "{}")
        except ValueError:
            raise WorkbookError(MSG.SNAPSHOT_DAMAGED.format(sheet=L.SNAPSHOT, task=r[0]))
        rec = {k: _dec(v) for k, v in d.items()}
        rec[L.C_ID] = str(r[0])
        if rec.pop(PARSER_SAME, None) and not rec.get("_manual"):
            parser = {f: rec.get(f) for f in L.CORRECTABLE_COLUMNS + (L.C_REVIEW, "_targets")}
            parser.update(rec.get("_parser") or {})
            rec["_parser"] = parser
        out.append(normalise_record(rec))
    return out
