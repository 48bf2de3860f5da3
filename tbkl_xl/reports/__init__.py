"""Reports out of the master and replies back into it (issue 9).

- ``weekly_report(workbook, today=…, week_monday=None, out=None)``: the weekly follow-up report
  (sheet ``Báo cáo tuần`` in the master; with ``out``: .xlsx with charts, Decree 30 .docx, PDF);
- ``export_agency_files(workbook, out, today=…, agencies=None)``: one reply file per agency;
- ``import_replies(workbook, paths, today=…)``: merge the departments' replies;
- ``remind(workbook, out, today=…, reply_by=None, due_within=None)``: reminder letters;
- ``export_all(workbook, out_dir, today=…)``: the button "Xuất báo cáo" (report, agency files,
  reminder letters).

Every function returns a summary with ``.lines()`` (Vietnamese lines for the clerk).  The
counting rule is ``reports.counting``.
"""
from .jobs import (ExportAllSummary, ExportSummary, ImportSummary, RemindSummary, export_agency_files,
                   export_all, import_replies, remind)
from .weekly_job import WeeklySummary, compute_weekly, weekly_report

__all__ = ["weekly_report", "export_agency_files", "import_replies", "remind", "export_all",
           "compute_weekly", "WeeklySummary", "ExportSummary", "ImportSummary", "RemindSummary",
           "ExportAllSummary"]
