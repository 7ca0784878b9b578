"""Completeness and timeliness (DHIS2 reporting rates) against a count made directly from the periods."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from grants import services, summaries
from grants.models import LOCKED_STATUSES, Allocation, FiscalYear, Period, PeriodStatus, PeriodStep
from schools.models import MembershipEvent, MembershipKind
from tests.conftest import api_as
from tests.factories import AgencyFactory, SchoolFactory, user_with_role

TODAY = datetime.date(2024, 3, 15)  # FY 2567: October … February are due (February's on 10 March)
URL = "/api/v1/completeness/"


def _at(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(16, 30)))


def _submit(school, year, month, on, director):
    """The school submits the month on that day (the step's time set as if it happened then)."""
    period, _created = Period.objects.get_or_create(school=school, fiscal_year=year, month=month)
    services.transition(director, period, "submit")
    step = PeriodStep.objects.filter(period=period, action="submit").latest("pk")
    PeriodStep.objects.filter(pk=step.pk).update(created=_at(on))
    Period.objects.filter(pk=period.pk).update(submitted_at=_at(on))
    if not period.steps.filter(action="submit").exclude(pk=step.pk).exists():
        Period.objects.filter(pk=period.pk).update(first_submitted_at=_at(on))
    return period


@pytest.fixture
def landscape(world, grants):
    """Four schools with known late, returned and missing months."""
    year, d = grants.year, datetime.date
    own, other = world.own.school, world.other.school
    own_director = world.users["school_director"]
    supervisor = world.users["agency_supervisor"]
    other_director = user_with_role("school_director", other)
    # Own school: October submitted on time, returned and submitted again late (first one counts);
    # November late; December on time but returned (not submitted now); January missing; February open.
    october = _submit(own, year, d(2023, 10, 1), d(2023, 11, 5), own_director)
    services.transition(supervisor, october, "return", "ใบเสร็จไม่ครบ")
    _submit(own, year, d(2023, 10, 1), d(2023, 11, 20), own_director)
    _submit(own, year, d(2023, 11, 1), d(2023, 12, 20), own_director)
    december = _submit(own, year, d(2023, 12, 1), d(2024, 1, 8), own_director)
    services.transition(supervisor, december, "return", "ยอดไม่ตรง")
    Period.objects.create(school=own, fiscal_year=year, month=d(2024, 2, 1))
    # Other school joined on 15 January: December is not expected though submitted; January on the due
    # day itself (on time), February late; March is not due yet.
    MembershipEvent.objects.create(school=other, kind=MembershipKind.JOINED, date=d(2024, 1, 15),
                                   approved_by="กขน.")
    _submit(other, year, d(2023, 12, 1), d(2024, 1, 5), other_director)
    _submit(other, year, d(2024, 1, 1), d(2024, 2, 10), other_director)
    _submit(other, year, d(2024, 2, 1), d(2024, 3, 12), other_director)
    _submit(other, year, d(2024, 3, 1), d(2024, 3, 14), other_director)
    # A second office in the own province, funded, nothing submitted.
    silent = SchoolFactory(agency=AgencyFactory(province=world.own.province))
    Allocation.objects.create(school=silent, fiscal_year=year, programme=grants.programme, amount=Decimal("5000"))
    # A school without an allocation is not expected, whatever it submits.
    unfunded = SchoolFactory(agency=world.own.agency)
    _submit(unfunded, year, d(2023, 10, 1), d(2023, 11, 1), user_with_role("school_director", unfunded))
    return {"silent": silent}


def _direct_count(year, today, key):
    """Expected, submitted, on time per group, walking schools, months and periods one by one."""
    joined = {e.school_id: e.date for e in MembershipEvent.objects.filter(kind=MembershipKind.JOINED)}
    counts = {}
    for allocation in Allocation.objects.filter(fiscal_year=year).select_related("school"):
        school = allocation.school
        for month in year.months():
            start = max(year.start, joined.get(school.pk, year.start).replace(day=1))
            if month < start or year.due_date(month) >= today:
                continue
            group = counts.setdefault(key(school), {"expected": 0, "submitted": 0, "on_time": 0})
            group["expected"] += 1
            period = Period.objects.filter(school=school, fiscal_year=year, month=month).first()
            if period is None or period.status not in LOCKED_STATUSES:
                continue
            group["submitted"] += 1
            first = period.steps.filter(action="submit").order_by("created").first().created
            if timezone.localtime(first).date() <= year.due_date(month):
                group["on_time"] += 1
    return counts


def _figures(rows):
    return {r["key"]: {k: r[k] for k in ("expected", "submitted", "on_time")} for r in rows}


def test_every_level_equals_a_direct_count(world, grants, landscape):
    year = grants.year
    by_agency = summaries.completeness(year, "agency", today=TODAY)
    assert _figures(by_agency.rows) == _direct_count(year, TODAY, lambda s: s.agency_id)
    by_province = summaries.completeness(year, "province", today=TODAY)
    assert _figures(by_province.rows) == _direct_count(year, TODAY, lambda s: s.province_id)
    nation = summaries.completeness(year, "nation", today=TODAY)
    assert _figures(nation.rows) == _direct_count(year, TODAY, lambda s: None)
    # The same figures written out: own 5 expected (October and November in, October on time),
    # other 2 (January on time, February late), the silent school 5 with none.
    assert _figures(by_agency.rows) == {
        world.own.agency.pk: {"expected": 5, "submitted": 2, "on_time": 1},
        world.other.agency.pk: {"expected": 2, "submitted": 2, "on_time": 1},
        landscape["silent"].agency_id: {"expected": 5, "submitted": 0, "on_time": 0},
    }
    assert nation.totals["expected"] == 12 and nation.totals["submitted"] == 4 and nation.totals["on_time"] == 2
    assert nation.totals["submitted_rate"] == Decimal("33.3") and nation.totals["on_time_rate"] == Decimal("16.7")
    assert nation.last_month == datetime.date(2024, 2, 1)


def test_the_due_day_is_the_fiscal_years(world, grants, landscape):
    FiscalYear.objects.filter(pk=grants.year.pk).update(due_day=20)
    year = FiscalYear.objects.get(pk=grants.year.pk)
    nation = summaries.completeness(year, today=TODAY)
    # November (20 December) is on time now; February is not yet due on 15 March.
    assert _figures(nation.rows) == _direct_count(year, TODAY, lambda s: None)
    assert nation.last_month == datetime.date(2024, 1, 1)


def test_before_any_month_is_due_nothing_is_expected(world, grants):
    result = summaries.completeness(grants.year, "province", today=datetime.date(2023, 11, 10))
    assert result.rows == [] and result.totals["expected"] == 0 and result.totals["submitted_rate"] is None


def test_api_gives_the_same_figures_with_rates_as_strings(world, grants, landscape):
    response = api_as(world.users["school_staff"]).get(URL, {"fiscal_year": 2567, "group_by": "province"})
    assert response.status_code == 200, response.content
    body = response.json()
    # FY 2567 has ended: every month of it is due now.
    expected = summaries.completeness(grants.year, "province")
    assert {r["key"]: (r["expected"], r["submitted"], r["on_time"]) for r in body["results"]} == {
        r["key"]: (r["expected"], r["submitted"], r["on_time"]) for r in expected.rows}
    assert _figures(expected.rows) == _direct_count(grants.year, timezone.localdate(), lambda s: s.province_id)
    assert body["totals"]["submitted_rate"] == str(expected.totals["submitted_rate"]) and body["due_day"] == 10
    assert body["last_month"] == "2024-09-01"


@pytest.mark.parametrize("params, field", [({"fiscal_year": 2567, "group_by": "school"}, "group_by"),
                                           ({"fiscal_year": 2499}, "fiscal_year"),
                                           ({"fiscal_year": 2567, "agency": "x"}, "agency")])
def test_api_refuses_bad_parameters_in_thai(world, grants, params, field):
    response = api_as(world.users["sbn_viewer"]).get(URL, params)
    assert response.status_code == 400
    assert field in response.json()["errors"]


def test_api_needs_a_signed_in_user_with_a_role(api, world, grants):
    assert api.get(URL, {"fiscal_year": 2567}).status_code in (401, 403)
    assert api_as(world.users["no_role"]).get(URL, {"fiscal_year": 2567}).status_code == 403


def test_scoped_to_a_province_or_agency(world, grants, landscape):
    own = summaries.completeness(grants.year, "agency", province=world.own.province, today=TODAY)
    assert {r["key"] for r in own.rows} == {world.own.agency.pk, landscape["silent"].agency_id}
    response = api_as(world.users["agency_supervisor"]).get(URL, {"fiscal_year": 2567, "group_by": "agency",
                                                                  "agency": world.other.agency.pk})
    assert [r["expected"] for r in response.json()["results"]] == [9]  # January to September


def test_statuses_past_submitted_count_and_returned_does_not(world, grants):
    year = grants.year
    period = _submit(world.own.school, year, datetime.date(2023, 10, 1), datetime.date(2023, 11, 1),
                     world.users["school_director"])
    services.transition(world.users["agency_supervisor"], period, "verify")
    assert summaries.completeness(year, today=TODAY).totals["submitted"] == 1
    services.transition(world.users["province_officer"], period, "return", "แก้ไข")
    assert Period.objects.get(pk=period.pk).status == PeriodStatus.RETURNED
    assert summaries.completeness(year, today=TODAY).totals["submitted"] == 0
