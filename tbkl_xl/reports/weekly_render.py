"""The weekly report drawn three ways from the same sections (``weekly_text.sections``):

- ``write_docx``: the Decree 30 report the office sends (python-docx);
- ``sheet_renderer``: the ``Báo cáo tuần`` sheet of the master (a renderer for
  ``master.exchange.replace_sheet``: openpyxl, rows appended in order);
- ``write_xlsx``: a standalone workbook with native Excel charts first (XlsxWriter).
"""
from __future__ import annotations

from pathlib import Path

from ..master import layout as L
from ..messages import reports as M
from . import counting as C
from . import decree30 as D
from .files import Office
from .weekly import WeeklyReport
from .weekly_text import Group, dmy, subject_lines


# ---------------------------------------------------------------- .docx (Decree 30)
def write_docx(rep: WeeklyReport, secs: list, office: Office, path: Path) -> Path:
    doc = D.new_document(M.REPORT_TITLE + " " + " ".join(subject_lines(rep)))
    D.letterhead(doc, D.Letterhead(parent=office.parent, issuer=office.issuer,
                                   number=M.REPORT_NUMBER, place=office.place, day=rep.today))
    D.title(doc, M.REPORT_TITLE, subject_lines(rep))
    D.para(doc, M.REPORT_OPENING.format(today=dmy(rep.today)))
    for s in secs:
        D.heading(doc, s.title)
        for p in s.paras:
            D.para(doc, p)
        for i, b in enumerate(s.bullets, 1):
            D.para(doc, f"- {b}{'.' if i == len(s.bullets) else ';'}")
        if s.table is not None:
            t = s.table
            rows = [r.text if isinstance(r, Group) else r for r in t.rows]
            wide = len(t.headers) > 6
            D.table(doc, t.doc_headers or t.headers, rows, t.widths_cm, align=t.align,
                    size=11 if wide else 12, head_size=10 if wide else None, bold_rows=t.total_rows)
            if t.doc_note:
                D.para(doc, t.doc_note, italic=True, size=12)
        for p in s.after:
            D.para(doc, p)
    D.para(doc, M.REPORT_CLOSING)
    D.closing(doc, M.REPORT_RECIPIENTS, M.SIGNER)
    doc.save(str(path))
    return path


# ---------------------------------------------------------------- sheet in the master
SHEET_WIDTHS = (7, 62, 22, 16, 16, 16, 16, 16, 16, 16, 16)
MERGED_CHARS = 150                      # characters of a line across A:H


def sheet_renderer(rep: WeeklyReport, secs: list):
    """A renderer drawing the report on an empty worksheet (append only)."""
    def render(ws):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
        from openpyxl.utils import get_column_letter
        font = Font(name=L.FONT_NAME, size=L.FONT_SIZE)
        bold = Font(name=L.FONT_NAME, size=L.FONT_SIZE, bold=True)
        big = Font(name=L.FONT_NAME, size=14, bold=True)
        italic = Font(name=L.FONT_NAME, size=L.FONT_SIZE, italic=True)
        wrap = Alignment(wrap_text=True, vertical="top")
        centre = Alignment(wrap_text=True, vertical="center", horizontal="center")
        thin = Side(style="thin", color="808080")
        box = Border(left=thin, right=thin, top=thin, bottom=thin)
        head_fill = PatternFill("solid", fgColor="DDEBF7")
        group_fill = PatternFill("solid", fgColor="F2F2F2")
        for i, w in enumerate(SHEET_WIDTHS, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.page_setup.paperSize = "9"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        from openpyxl.worksheet.properties import PageSetupProperties
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)

        def cell(v, f=font, a=wrap, border=None, fill=None, fmt=None):
            c = WriteOnlyCell(ws, v)
            if isinstance(v, str) and c.data_type == "f":
                c.data_type = "s"
            c.font, c.alignment = f, a
            if border:
                c.border = border
            if fill:
                c.fill = fill
            if fmt:
                c.number_format = fmt
            return c

        row = 0

        def merge(rng):
            if hasattr(ws, "merge_cells"):
                ws.merge_cells(rng)
            else:                                       # a write-only sheet
                ws.merged_cells.add(rng)

        def put(cells):
            nonlocal row
            ws.append(cells)
            row += 1

        def merged_line(text, f=font):
            lines = -(-len(text) // MERGED_CHARS)       # a merged cell does not grow by itself
            if lines > 1:
                ws.row_dimensions[row + 1].height = round(lines * L.FONT_SIZE * 1.3 + 3, 1)
            put([cell(text, f, Alignment(wrap_text=True, vertical="top"))])
            merge(f"A{row}:H{row}")

        merged_line(M.SHEET_TITLE.format(week=rep.week), big)
        merged_line(M.SHEET_SUBTITLE.format(start=dmy(rep.monday), end=dmy(rep.sunday),
                                            today=dmy(rep.today)), italic)
        for s in secs:
            put([])
            merged_line(s.title, bold)
            for p in s.paras:
                merged_line(p)
            for b in s.bullets:
                merged_line("- " + b)
            if s.table is not None:
                t = s.table
                put([cell(h, bold, centre, box, head_fill) for h in t.headers])
                for i, r in enumerate(t.rows):
                    if isinstance(r, Group):
                        put([cell(r.text, bold, wrap, box, group_fill)]
                            + [cell(None, font, wrap, box, group_fill) for _ in t.headers[1:]])
                        merge(f"A{row}:{get_column_letter(len(t.headers))}{row}")
                        continue
                    f = bold if i in t.total_rows else font
                    put([cell(v, f, centre if a == "c" else wrap, box) for v, a in zip(r, t.align)])
            for p in s.after:
                merged_line(p)
    return render


# ---------------------------------------------------------------- standalone .xlsx with charts
def write_xlsx(rep: WeeklyReport, secs: list, path: Path) -> Path:
    import xlsxwriter
    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    base = {"font_name": L.FONT_NAME, "font_size": 12, "valign": "top", "text_wrap": True}
    f_text = wb.add_format(base)
    f_title = wb.add_format({**base, "bold": True, "font_size": 14})
    f_italic = wb.add_format({**base, "italic": True})
    f_bold = wb.add_format({**base, "bold": True})
    f_head = wb.add_format({**base, "bold": True, "align": "center", "valign": "vcenter",
                            "border": 1, "bg_color": "#DDEBF7"})
    f_cell = wb.add_format({**base, "border": 1})
    f_centre = wb.add_format({**base, "border": 1, "align": "center"})
    f_total = wb.add_format({**base, "border": 1, "bold": True, "align": "center"})
    f_group = wb.add_format({**base, "border": 1, "bold": True, "bg_color": "#F2F2F2"})
    wb.set_properties({"title": M.SHEET_TITLE.format(week=rep.week), "author": M.OFFICE})

    def sheet_setup(ws, widths):
        for i, w in enumerate(widths):
            ws.set_column(i, i, w)
        ws.set_paper(9)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        ws.set_footer("&C" + M.EXPORT_FOOTER)

    # first sheet: the figures and the pictures
    ov = wb.add_worksheet("Tổng quan")
    sheet_setup(ov, (44, 16, 16, 16, 16, 16))
    ov.merge_range(0, 0, 0, 5, M.SHEET_TITLE.format(week=rep.week), f_title)
    ov.merge_range(1, 0, 1, 5, M.SHEET_SUBTITLE.format(start=dmy(rep.monday), end=dmy(rep.sunday),
                                                        today=dmy(rep.today)), f_italic)
    general = secs[0]
    r = 3
    ov.merge_range(r, 0, r, 5, general.paras[0], f_bold)
    for b in general.bullets:
        r += 1
        ov.merge_range(r, 0, r, 5, "- " + b, f_text)
    for p in general.after:
        r += 1
        ov.merge_range(r, 0, r, 5, p, f_text)
        ov.set_row(r, 32)
    # chart data: overdue per agency, most first
    r += 2
    data_row = r
    ov.write_row(r, 0, [M.COL_AGENCY, C.LABELS[C.OPEN_OVERDUE], C.LABELS[C.DONE_ON_TIME],
                        C.LABELS[C.DONE_LATE], C.LABELS[C.OPEN_IN_TIME]], f_head)
    agencies = sorted(rep.agencies, key=lambda ac: (-ac[1].open_overdue, -ac[1].total, ac[0]))
    for a, c in agencies:
        r += 1
        ov.write_string(r, 0, a, f_cell)
        ov.write_row(r, 1, [c.open_overdue, c.done_on_time, c.done_late, c.open_in_time], f_centre)
    n = len(agencies)
    overdue_n = sum(1 for _, c in agencies if c.open_overdue)
    height = max(260, 22 * max(n, 1) + 90)
    if overdue_n:
        ch = wb.add_chart({"type": "bar"})
        ch.add_series({"name": C.LABELS[C.OPEN_OVERDUE],
                       "categories": ["Tổng quan", data_row + 1, 0, data_row + overdue_n, 0],
                       "values": ["Tổng quan", data_row + 1, 1, data_row + overdue_n, 1],
                       "fill": {"color": "#C00000"}, "data_labels": {"value": True}})
        ch.set_title({"name": M.CHART_OVERDUE, "name_font": {"size": 12}})
        ch.set_y_axis({"reverse": True})
        ch.set_x_axis({"name": M.CHART_AXIS_TASKS, "major_gridlines": {"visible": True}})
        ch.set_legend({"none": True})
        ch.set_size({"width": 720, "height": max(260, 22 * overdue_n + 90)})
        ov.insert_chart(3, 7, ch)
    else:
        ov.write_string(3, 7, M.CHART_NONE, f_bold)
    if n:
        ch = wb.add_chart({"type": "bar", "subtype": "stacked"})
        colours = ("#C00000", "#00B050", "#92D050", "#FFC000")
        for col, colour in zip(range(1, 5), colours):
            ch.add_series({"name": ["Tổng quan", data_row, col],
                           "categories": ["Tổng quan", data_row + 1, 0, data_row + n, 0],
                           "values": ["Tổng quan", data_row + 1, col, data_row + n, col],
                           "fill": {"color": colour}})
        ch.set_title({"name": M.CHART_STATUS, "name_font": {"size": 12}})
        ch.set_y_axis({"reverse": True})
        ch.set_x_axis({"name": M.CHART_AXIS_TASKS, "major_gridlines": {"visible": True}})
        ch.set_legend({"position": "bottom"})
        ch.set_size({"width": 720, "height": height})
        ov.insert_chart(3 + max(14, (max(260, 22 * overdue_n + 90)) // 20 + 2), 7, ch)
    ov.activate()

    for s in secs[1:]:
        ws = wb.add_worksheet(s.key)
        widths = s.table.xl_widths if s.table else (100,)
        sheet_setup(ws, widths)
        ncol = max(len(widths), 1)
        if ncol > 1:
            ws.merge_range(0, 0, 0, ncol - 1, s.title, f_title)
        else:
            ws.write_string(0, 0, s.title, f_title)
        r = 1
        for p in s.paras + ["- " + b for b in s.bullets]:
            if ncol > 1:
                ws.merge_range(r, 0, r, ncol - 1, p, f_text)
            else:
                ws.write_string(r, 0, p, f_text)
            r += 1
        if s.table is not None:
            t = s.table
            r += 1
            ws.write_row(r, 0, t.headers, f_head)
            ws.repeat_rows(r)
            ws.freeze_panes(r + 1, 0)
            for i, row in enumerate(t.rows):
                r += 1
                if isinstance(row, Group):
                    ws.merge_range(r, 0, r, len(t.headers) - 1, row.text, f_group)
                    continue
                for j, (v, a) in enumerate(zip(row, t.align)):
                    fmt = f_total if i in t.total_rows else (f_centre if a == "c" else f_cell)
                    if isinstance(v, str):
                        ws.write_string(r, j, v, fmt)
                    else:
                        ws.write(r, j, v, fmt)
        for p in s.after:
            r += 1
            ws.write_string(r, 0, p, f_text)
    wb.close()
    return path
