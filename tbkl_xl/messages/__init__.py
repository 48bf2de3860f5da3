"""The message catalogue: every text a clerk reads (CLI output, errors, warnings, workbook
notes, Excel alerts), in Vietnamese, one module per area.

Tests assert these messages exactly, so a wording changes here and nowhere else.  Messages
with ``{…}`` are filled with ``.format``.

| module | area |
|---|---|
| ``read`` | notice files that cannot be read |
| ``cli`` | command-line help, usage errors, summaries |
| ``master`` | the master workbook: refresh, safety, log notes, review reasons of the merge |
| ``parse`` | the parser's review reasons and notice warnings |
| ``reports`` | weekly report, per-agency files, replies, reminder letters |
| ``xl`` | the Excel control workbook: alerts and status lines |
"""
