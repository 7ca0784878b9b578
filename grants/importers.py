"""Allocations and expenditures from CSV or XLSX uploads, with a dry run.

The file is read row by row through sandbox.tabular (refused past MAX_BYTES before reading, and on
the row that passes MAX_ROWS while reading) and handed to grants.bulk, which applies every guard of
the one-row services to the whole file at once and writes all of it or nothing. Errors are reported
as (row number as the spreadsheet shows it, column, message).
"""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from grants import bulk
from grants.bulk import ImportResult
from sandbox import tabular

ALLOCATION_COLUMNS = ["school_code", "fiscal_year", "programme", "amount", "note"]
EXPENDITURE_COLUMNS = ["date", "amount", "category", "description", "payee", "receipt_number", "plan_line",
                       "programme"]
MAX_ROWS = bulk.MAX_ROWS
# 100,000 rows of spending are about 15 MB as CSV; an XLSX of them is smaller.
MAX_BYTES = 40 * 1024 * 1024

__all__ = ["ImportResult", "import_allocations", "import_expenditures", "read_rows"]


def read_rows(upload):
    """(header, iterator of (row number, {column: text})) from a CSV or XLSX file."""
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_BYTES:
        raise tabular.UnreadableFile(_("A file may be at most %(size)s.") % {"size": filesizeformat(MAX_BYTES)})
    header, rows = tabular.iter_table(upload, MAX_ROWS)
    return header, ((number, {name: tabular.cell_text(value) for name, value in values.items()})
                    for number, values in rows)


def _missing(header, required):
    missing = [c for c in required if c not in header]
    if missing:
        raise ValidationError(_("Missing columns: %(cols)s.") % {"cols": ", ".join(missing)})


def import_allocations(user, upload, dry_run=True):
    header, rows = read_rows(upload)
    _missing(header, ["school_code", "fiscal_year", "programme", "amount"])
    return bulk.import_allocations(user, rows, dry_run)


def import_expenditures(user, school, fiscal_year, upload, dry_run=True, confirm_duplicate=False):
    """Rows for one school's year; `programme` may be left empty when the school has one allocation.
    Likely duplicates are refused unless `confirm_duplicate` (the page's tick box)."""
    header, rows = read_rows(upload)
    _missing(header, ["date", "amount", "category", "description", "payee"])
    return bulk.import_expenditures(user, rows, dry_run, school=school, fiscal_year=fiscal_year,
                                    confirm_duplicate=confirm_duplicate)
