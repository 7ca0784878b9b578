"""A thin layer over xlsxwriter: the portal's cell formats and a table writer.

Workbooks are written to a file in constant_memory mode, so a sheet of a million rows holds only
the current row in memory.
"""

import re
from decimal import Decimal

import xlsxwriter
from django.utils.encoding import force_str

from sandbox.formatting import format_date

MONEY, PERCENT, INTEGER, TEXT = "money", "percent", "integer", "text"
INVALID_SHEET_CHARACTERS = re.compile(r"[\[\]:*?/\\]")


class Book:
    def __init__(self, target):
        """target: a file path, or a BytesIO for small in-memory workbooks."""
        options = {"constant_memory": True}
        if hasattr(target, "write"):
            options["in_memory"] = True
        else:
            target = str(target)
        self.workbook = xlsxwriter.Workbook(target, options)
        add = self.workbook.add_format
        self.formats = {
            "title": add({"bold": True, "font_size": 14}),
            "note": add({"italic": True, "font_color": "#555555"}),
            "header": add({"bold": True, "bg_color": "#E8EEF4", "border": 1, "text_wrap": True}),
            MONEY: add({"num_format": "#,##0.00"}),
            PERCENT: add({"num_format": "0.0"}),
            INTEGER: add({"num_format": "#,##0"}),
            TEXT: None,
            "total_money": add({"num_format": "#,##0.00", "bold": True, "top": 1}),
            "total": add({"bold": True, "top": 1}),
        }
        self.names = set()

    def sheet(self, name):
        name = INVALID_SHEET_CHARACTERS.sub(" ", force_str(name)).strip()[:31] or "Sheet"
        base, n = name, 2
        while name.lower() in self.names:
            suffix = f" ({n})"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        self.names.add(name.lower())
        return self.workbook.add_worksheet(name)

    def heading(self, sheet, lines):
        """Title lines at the top of a sheet; returns the next free row."""
        for row, line in enumerate(lines):
            sheet.write_string(row, 0, force_str(line), self.formats["title" if row == 0 else "note"])
        return len(lines) + 1

    def table(self, sheet, row, columns, rows, totals=None):
        """columns: (label, kind, width). Rows are sequences in column order. Returns the next free row."""
        for col, (label, _kind, width) in enumerate(columns):
            sheet.set_column(col, col, width)
            sheet.write_string(row, col, force_str(label), self.formats["header"])
        row += 1
        for values in rows:
            self.write_row(sheet, row, columns, values)
            row += 1
        if totals is not None:
            for col, ((_label, kind, _w), value) in enumerate(zip(columns, totals, strict=False)):
                fmt = self.formats["total_money" if kind == MONEY else "total"]
                self._write(sheet, row, col, value, fmt)
            row += 1
        return row

    def write_row(self, sheet, row, columns, values):
        for col, ((_label, kind, _w), value) in enumerate(zip(columns, values, strict=False)):
            self._write(sheet, row, col, value, self.formats[kind])

    def _write(self, sheet, row, col, value, fmt):
        if value is None or value == "":
            return
        if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            sheet.write_number(row, col, float(value), fmt)
        elif hasattr(value, "isoformat"):
            sheet.write_string(row, col, format_date(value), fmt)
        else:
            sheet.write_string(row, col, force_str(value), fmt)

    def close(self):
        self.workbook.close()
