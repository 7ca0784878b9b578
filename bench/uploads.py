"""`make bench` figures for refused uploads (issue 17 item 5): how long the school-year upload's reading
takes to refuse each hostile file, and the peak memory of the process that does it.

Each file is refused in a process started on its own (python -c UPLOAD_CHILD), which calls the upload
page's import (grants.importers.import_expenditures, a dry run) and reads its own high-water mark
(VmHWM), as the national XLSX is measured: `ru_maxrss` of a child forked from the bench process would
report the bench's peak. The child also reports its high-water mark before the import (Django and
the database connection), so the cost of the refusal is the difference.

    upload_refused_csv_38mb          a 38 MB CSV (about 500,000 rows): under the size limit, refused by
                                     the row cap (grants.bulk.MAX_ROWS) while it is read
    upload_refused_xlsx_long_string  a 300 KB XLSX whose one shared string unpacks to 300 MB: refused
                                     from the ZIP directory, before any part is inflated
    upload_refused_xlsx_1m_rows      an XLSX of 1,000,000 rows: refused before its sheet is parsed
"""

import datetime
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ROOT / ".local" / "bench" / "uploads"  # git-ignored, made once
CSV_BYTES = 38 * 1024 * 1024
LONG_STRING_BYTES = 300 * 1024 * 1024
XLSX_ROWS = 1_000_000
HEADER = ["date", "amount", "category", "description", "payee", "receipt_number"]


def measure(log):
    """{metric: {seconds, peak_rss_mb, baseline_rss_mb, file_bytes, refused}} for the three files."""
    FILES.mkdir(parents=True, exist_ok=True)
    results = {}
    for metric, name, make in (("upload_refused_csv_38mb", "spending-38mb.csv", _csv),
                               ("upload_refused_xlsx_long_string", "one-long-string.xlsx", _long_string_xlsx),
                               ("upload_refused_xlsx_1m_rows", "million-rows.xlsx", _million_rows_xlsx)):
        path = FILES / name
        if not path.exists():
            log(f"    making {name} …")
            make(path.with_suffix(".part"))
            path.with_suffix(".part").rename(path)
        log(f"    refusing {name} ({path.stat().st_size / 1024 / 1024:.1f} MB) in a process of its own …")
        child = subprocess.run([sys.executable, "-c", UPLOAD_CHILD, str(path)], cwd=ROOT,
                               env=dict(os.environ), capture_output=True, text=True, start_new_session=True)
        lines = dict(line.split(" ", 1) for line in child.stdout.splitlines() if " " in line)
        results[metric] = {
            "seconds": float(lines["seconds"]) if "seconds" in lines else None,
            "peak_rss_mb": round(int(lines["peak_kb"]) / 1024, 1) if "peak_kb" in lines else None,
            "baseline_rss_mb": round(int(lines["baseline_kb"]) / 1024, 1) if "baseline_kb" in lines else None,
            "file_bytes": path.stat().st_size, "refused": lines.get("refused"), "exit": child.returncode,
            "output": child.stderr[-500:] if child.returncode else ""}
    return results


UPLOAD_CHILD = """
import sys, time, django
django.setup()
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files import File
from django.utils import timezone
from grants import importers
from grants.models import Allocation
from sandbox.formatting import fiscal_year_of

def high_water():
    with open("/proc/self/status") as status:
        return next(line.split()[1] for line in status if line.startswith("VmHWM:"))

allocation = (Allocation.objects.filter(fiscal_year__year=fiscal_year_of(timezone.localdate()))
              .select_related("school", "fiscal_year").order_by("pk").first())
user = get_user_model().objects.get(username="bench.sbn")
print("baseline_kb", high_water())
with open(sys.argv[1], "rb") as handle:
    upload = File(handle, name=sys.argv[1].rsplit("/", 1)[-1])
    started = time.perf_counter()
    try:
        result = importers.import_expenditures(user, allocation.school, allocation.fiscal_year, upload, dry_run=True)
        refused = f"not refused: {result.rows} rows, {len(result.errors)} errors"
    except ValidationError as exc:
        refused = " ".join(exc.messages)
    print("seconds", round(time.perf_counter() - started, 2))
print("refused", refused)
print("peak_kb", high_water())
"""


# --- the files ------------------------------------------------------------------------------------

def _csv(path):
    """Spending rows as the upload page takes them, until the file is 38 MB."""
    month = datetime.date.today().replace(day=1)
    with open(path, "w", encoding="utf-8") as out:
        out.write(",".join(HEADER) + "\n")
        written, i = 0, 0
        while written < CSV_BYTES:
            line = (f"{(month + datetime.timedelta(days=i % 28)).isoformat()},{100 + i % 900}.{i % 100:02d},"
                    f"materials,Imported purchase {i},Supplier {i % 300},IMP{i}\n")
            out.write(line)
            written += len(line)
            i += 1


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'spreadsheetml.sheet.main+xml"/>'
                 '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.worksheet+xml"/>'
                 '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'worksheet" Target="worksheets/sheet1.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
SHEET_START = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')


def _header_row():
    cells = "".join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{name}</t></is></c>' for i, name in enumerate(HEADER))
    return f'<row r="1">{cells}</row>'


def _package(path, sheet_rows, shared_strings, dimension):
    """An XLSX written part by part, streamed: `sheet_rows` and `shared_strings` are iterables of text."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)):
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(f'{SHEET_START}<dimension ref="{dimension}"/><sheetData>{_header_row()}'.encode())
            for text in sheet_rows:
                part.write(text.encode())
            part.write(b"</sheetData></worksheet>")
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
            for text in shared_strings:
                part.write(text.encode())


def _long_string_xlsx(path):
    """One data row whose description is a shared string of 300 MB of one letter (it deflates ~1000:1)."""
    def strings():
        yield ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
               '<si><t>')
        chunk = "A" * (1024 * 1024)
        for _ in range(LONG_STRING_BYTES // len(chunk)):
            yield chunk
        yield "</t></si></sst>"

    row = ('<row r="2"><c r="A2" t="inlineStr"><is><t>2026-11-01</t></is></c><c r="B2"><v>100</v></c>'
           '<c r="C2" t="inlineStr"><is><t>materials</t></is></c><c r="D2" t="s"><v>0</v></c>'
           '<c r="E2" t="inlineStr"><is><t>Shop</t></is></c></row>')
    _package(path, [row], strings(), "A1:F2")


def _million_rows_xlsx(path):
    """1,000,000 spending rows after the header, numbers as numbers, texts as shared strings."""
    def rows():
        for i in range(XLSX_ROWS):
            r = i + 2
            yield (f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c><c r="B{r}"><v>{100 + i % 900}.{i % 100:02d}</v></c>'
                   f'<c r="C{r}" t="s"><v>1</v></c><c r="D{r}" t="s"><v>2</v></c><c r="E{r}" t="s"><v>3</v></c>'
                   f'<c r="F{r}"><v>{i}</v></c></row>')

    strings = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">'
               '<si><t>2026-11-01</t></si><si><t>materials</t></si><si><t>Imported purchase</t></si>'
               '<si><t>Supplier</t></si></sst>']
    _package(path, rows(), strings, f"A1:F{XLSX_ROWS + 1}")


def cell(result):
    """The bench table's cell for one refusal."""
    if result.get("seconds") is None:
        return f"failed: {result.get('output', '')[-80:]}"
    return (f"{result['seconds']} s, {result['peak_rss_mb']} MB (process before: {result['baseline_rss_mb']} MB), "
            f"{result['file_bytes'] / 1024 / 1024:.1f} MB file")


METRICS = ("upload_refused_csv_38mb", "upload_refused_xlsx_long_string", "upload_refused_xlsx_1m_rows")
