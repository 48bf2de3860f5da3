"""tbkl_xl: Vietnamese provincial conclusion notices (Thông báo kết luận) -> Excel task tracker."""
from .errors import TbklError
from .model import Agency, Deadline, Notice, Task

__version__ = "0.1.0"


def parse_notice(path_or_text, today=None, **kwargs):
    """Parse one notice (a path to .txt/.md/.docx/.pdf, or the text itself) into a Notice."""
    from .parse import parse_notice as _parse
    return _parse(path_or_text, today=today, **kwargs)


def refresh(workbook, notices, today=None, **kwargs):
    """Build or refresh the master workbook from notice files; returns a summary."""
    from .master import refresh as _refresh
    return _refresh(workbook, notices, today=today, **kwargs)


__all__ = ["parse_notice", "refresh", "Notice", "Task", "Deadline", "Agency", "TbklError",
           "__version__"]
