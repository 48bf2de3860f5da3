"""The data files of tbkl_xl (word lists, directories, the default province).

Loaders live with the code that uses them (``parse/cues.py``, ``parse/agencies.py``); this module
only answers what every layer may need: the province used when none is given.
"""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent
DEFAULT_PROVINCE_PATH = DATA / "provinces" / "default.yaml"

__all__ = ["DATA", "DEFAULT_PROVINCE_PATH", "read_yaml", "default_province_name"]


def read_yaml(path: Path) -> dict:
    """A YAML data file with ``version: 1``; a bad one raises ``DataFileError`` naming it."""
    import yaml
    from ..errors import DataFileError
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise DataFileError(f"{path}: cannot read the data file ({e.strerror or e})") from None
    except yaml.YAMLError as e:
        raise DataFileError(f"{path}: not valid YAML ({e})") from None
    if not isinstance(data, dict) or data.get("version") != 1:
        raise DataFileError(f"{path}: key 'version': must be 1; fix the file (see its header comment)")
    return data


def default_province_name() -> str:
    """The province used when none is given (``data/provinces/default.yaml``)."""
    from ..errors import DataFileError
    name = read_yaml(DEFAULT_PROVINCE_PATH).get("province")
    if not isinstance(name, str) or not name.strip():
        raise DataFileError(f"{DEFAULT_PROVINCE_PATH}: key 'province': must name a province")
    return name.strip()
