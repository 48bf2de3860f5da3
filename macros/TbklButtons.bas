Attribute VB_Name = "TbklButtons"
' Buttons of the tbkl-xl control workbook (Bang dieu khien.xlsm), built by `tbkl-xl panel`.
' Each button runs one entry point of tbkl_xl/xl.py through xlwings' RunPython (module
' "xlwings" of this VBA project). Generated from tbkl_xl/panel/vba.py; macros/TbklButtons.bas
' is the committed copy. Do not edit it in Excel: rebuild the workbook with `tbkl-xl panel`.
Option Explicit

Sub RefreshTasks(): RunPython "import tbkl_xl.xl as x; x.refresh()": End Sub
Sub HighlightDeadlines(): RunPython "import tbkl_xl.xl as x; x.highlight_deadlines()": End Sub
Sub ExportReports(): RunPython "import tbkl_xl.xl as x; x.export_reports()": End Sub
Sub ImportReplies(): RunPython "import tbkl_xl.xl as x; x.import_replies()": End Sub
