"""Bulk import of pilot schools from CSV or XLSX: check every row, then import all of them or none."""

import datetime
import os
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pghistory
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from provinces.models import District
from sandbox.access import allows
from sandbox.tabular import UnreadableFile, cell_text, read_table
from schools.models import Agency, MembershipEvent, MembershipKind, PilotSchool, SchoolLevel

REQUIRED = ["code", "name_th", "agency"]
OPTIONAL = ["name_en", "smis_code", "obec_code", "district", "address", "latitude", "longitude", "levels",
            "students", "teachers", "director_name", "phone", "email", "website", "joined_on", "approved_by"]
COLUMNS = REQUIRED + OPTIONAL
TEXT_FIELDS = ["code", "name_th", "name_en", "smis_code", "obec_code", "address", "director_name", "phone",
               "email", "website"]
MAX_ROWS = 5000


@dataclass
class RowError:
    row: int
    column: str
    message: str


@dataclass
class ImportReport:
    filename: str
    dry_run: bool
    rows: int = 0
    created: int = 0
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors

    def error(self, row, column, message):
        self.errors.append(RowError(row, column, str(message)))


def _integer(value):
    text = cell_text(value).replace(",", "")
    if not text:
        return None
    if not text.isdigit():
        raise ValueError
    return int(text)


def _decimal(value):
    text = cell_text(value)
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise ValueError from exc


def _date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = cell_text(value)
    if not text:
        return None
    if "/" in text:  # day/month/year, the year in the Buddhist Era when above 2400
        day, month, year = (int(part) for part in text.split("/"))
        return datetime.date(year - 543 if year > 2400 else year, month, day)
    return datetime.date.fromisoformat(text)


def _levels(value):
    parts = [p.strip() for p in cell_text(value).replace(";", ",").split(",") if p.strip()]
    unknown = [p for p in parts if p not in SchoolLevel.values]
    if unknown:
        raise ValueError(", ".join(unknown))
    return parts


class _Lookups:
    """Agencies, districts and existing codes loaded once for the whole file."""

    def __init__(self, rows):
        codes = {cell_text(data.get("agency")) for _n, data in rows}
        self.agencies = {a.code: a for a in Agency.objects.filter(code__in=codes).select_related("province")}
        provinces = {a.province_id for a in self.agencies.values()}
        self.districts = {}
        for district in District.objects.filter(province__in=provinces):
            for key in (district.code, district.name_th, district.name_en.lower()):
                self.districts[(district.province_id, key)] = district
        school_codes = [cell_text(data.get("code")) for _n, data in rows]
        self.existing = set(PilotSchool.objects.filter(code__in=school_codes).values_list("code", flat=True))


def _build(number, data, lookups, report, user):
    """A valid unsaved school (and its joining date) from one row, or None with the row's errors reported."""
    errors_before = len(report.errors)
    values = {name: cell_text(data.get(name)) for name in TEXT_FIELDS}
    for name in REQUIRED:
        if not cell_text(data.get(name)):
            report.error(number, name, _("This column is required."))
    agency = lookups.agencies.get(cell_text(data.get("agency")))
    if cell_text(data.get("agency")) and agency is None:
        report.error(number, "agency", _("No affiliation office has the code “%(code)s”.") % {
            "code": cell_text(data.get("agency"))})
    district = None
    if cell_text(data.get("district")) and agency is not None:
        key = cell_text(data.get("district"))
        district = (lookups.districts.get((agency.province_id, key))
                    or lookups.districts.get((agency.province_id, key.lower())))
        if district is None:
            report.error(number, "district", _("No district “%(name)s” in %(province)s.") % {
                "name": key, "province": agency.province})
    numbers = {}
    for name, parse, message in (
        ("students", _integer, _("Enter a whole number.")),
        ("teachers", _integer, _("Enter a whole number.")),
        ("latitude", _decimal, _("Enter a number.")),
        ("longitude", _decimal, _("Enter a number.")),
        ("joined_on", _date, _("Enter a date as YYYY-MM-DD or DD/MM/YYYY.")),
    ):
        try:
            numbers[name] = parse(data.get(name))
        except (ValueError, TypeError):
            report.error(number, name, message)
    try:
        levels = _levels(data.get("levels"))
    except ValueError as exc:
        report.error(number, "levels", _("Unknown level %(value)s; use %(choices)s.") % {
            "value": str(exc), "choices": ", ".join(SchoolLevel.values)})
        levels = []
    school = PilotSchool(**values, agency=agency, province=agency.province if agency else None, district=district,
                         levels=levels, students=numbers.get("students"), teachers=numbers.get("teachers"),
                         latitude=numbers.get("latitude"), longitude=numbers.get("longitude"))
    try:
        # Relations were resolved from the lookups above; uniqueness is checked against the whole file below.
        school.full_clean(exclude=["agency", "province", "district", "status"], validate_unique=False,
                          validate_constraints=False)
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            column = name if name in COLUMNS else ("agency" if name == "province" else "")
            for message in messages:
                if not (name in REQUIRED and not values.get(name)):  # "required" already said once
                    report.error(number, column, message)
    if values["code"] in lookups.existing:
        report.error(number, "code", _("A school with this code already exists."))
    if agency is not None and not allows(user, "add", school):
        report.error(number, "agency", _("You may not add schools of this affiliation office."))
    if numbers.get("joined_on") and not cell_text(data.get("approved_by")):
        report.error(number, "approved_by", _("Name the body that approved the school joining."))
    if len(report.errors) > errors_before:
        return None
    return school, numbers.get("joined_on"), cell_text(data.get("approved_by"))


def import_schools(user, uploaded, dry_run=True):
    """Check every row; unless dry_run, import all rows in one transaction if (and only if) all are good.

    The import is recorded in the audit trail with the importing user and the file name.
    """
    report = ImportReport(filename=os.path.basename(uploaded.name), dry_run=dry_run)
    try:
        header, rows = read_table(uploaded, MAX_ROWS)
    except UnreadableFile as exc:
        report.error(1, "", exc.messages[0])
        return report
    missing = [name for name in REQUIRED if name not in header]
    for name in missing:
        report.error(1, name, _("The column “%(name)s” is missing.") % {"name": name})
    for name in header:
        if name and name not in COLUMNS:
            report.error(1, name, _("Unknown column “%(name)s”; the columns are: %(columns)s.") % {
                "name": name, "columns": ", ".join(COLUMNS)})
    if report.errors:
        return report
    report.rows = len(rows)
    lookups = _Lookups(rows)
    built, first_row = [], {}
    for number, data in rows:
        code = cell_text(data.get("code"))
        if code and code in first_row:
            report.error(number, "code", _("This school code is already in row %(row)s.") % {"row": first_row[code]})
        first_row.setdefault(code, number)
        result = _build(number, data, lookups, report, user)
        if result:
            built.append(result)
    if report.errors or dry_run:
        return report
    with transaction.atomic(), pghistory.context(user=user.pk, import_file=report.filename, import_rows=len(built)):
        schools = PilotSchool.objects.bulk_create([school for school, _j, _a in built])
        events = [MembershipEvent(school=school, kind=MembershipKind.JOINED, date=joined, approved_by=approved)
                  for school, (_s, joined, approved) in zip(schools, built, strict=True) if joined]
        MembershipEvent.objects.bulk_create(events)
        report.created = len(schools)
    return report


def template_rows():
    """The header and one example row, offered as a template to download."""
    example = {"code": "1031000001", "name_th": "โรงเรียนบ้านตัวอย่าง", "name_en": "Ban Tua Yang School",
               "agency": "SPP-BR1", "district": "3101", "smis_code": "31010001", "obec_code": "310001",
               "address": "หมู่ 1 ตำบลในเมือง", "latitude": "14.993", "longitude": "103.102",
               "levels": "pre_primary,primary", "students": "120", "teachers": "9", "director_name": "",
               "phone": "", "email": "", "website": "", "joined_on": "2024-07-25", "approved_by": "กขน.บุรีรัมย์"}
    return COLUMNS, [example.get(name, "") for name in COLUMNS]

