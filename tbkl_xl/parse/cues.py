"""Directive cue words (``data/directive_cues.yaml``): subject verbs and imperative openings,
validated on load.  Used by the task extractor and, to tell where an organisation's name ends,
by the agency scanner."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from ..errors import DataFileError
from ..text import fold

__all__ = ["DIRECTIVE_CUES_PATH", "load_directive_cues", "directive_cues", "alternation"]

DIRECTIVE_CUES_PATH = Path(__file__).resolve().parent.parent / "data" / "directive_cues.yaml"
_DIRECTIVE_KEYS = ("subject_verbs", "strong_subject_verbs", "imperatives")


def load_directive_cues(path=None) -> dict:
    """Read and validate ``data/directive_cues.yaml``: {key: tuple of folded phrases}.  A bad
    file raises ``DataFileError`` naming the file and the key."""
    path = Path(path) if path is not None else DIRECTIVE_CUES_PATH
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise DataFileError(f"{path}: cannot read the directive cue file ({e})") from e
    except yaml.YAMLError as e:
        raise DataFileError(f"{path}: not valid YAML ({e})") from e
    if not isinstance(data, dict) or data.get("version") != 1:
        raise DataFileError(f"{path}: key 'version': must be 1; fix the cue file (see its header comment)")
    out = {}
    for key in _DIRECTIVE_KEYS:
        xs = data.get(key)
        if not isinstance(xs, list) or not xs or not all(isinstance(x, str) and x.strip() for x in xs):
            raise DataFileError(f"{path}: key '{key}': must be a non-empty list of phrases, got {xs!r}; "
                                f"fix the cue file (see its header comment)")
        bad = [x for x in xs if re.search(r"[\\()\[\]|?+*^$]", x)]
        if bad:
            raise DataFileError(f"{path}: key '{key}': phrase {bad[0]!r} holds a regex character; write plain words")
        out[key] = tuple(dict.fromkeys(" ".join(fold(x).split()) for x in xs))
    return out


def alternation(phrases) -> str:
    """Regex alternation of phrases, longest first."""
    return "(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


@functools.lru_cache(maxsize=1)
def directive_cues() -> dict:
    """The shipped cue file, loaded once."""
    return load_directive_cues()
