"""The master workbook: layout, pure merge and highlight, openpyxl read/write, refresh, status."""
from .highlight import highlight
from .refresh import RefreshSummary, refresh
from .status import StatusReport, status

__all__ = ["refresh", "status", "highlight", "RefreshSummary", "StatusReport"]
