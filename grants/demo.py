"""Demo grants for the day `make run` is run: the current fiscal year and the two before it, the innovation
programme, categories, allocations with transfers, plans and spending for the Buriram and Satun demo
schools, and their monthly reports: the earlier years reported and verified, the current year's ended
months submitted by most schools and waiting at each step of the sign-off, a few schools late."""

import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from grants import services
from grants.models import (
    Allocation,
    Category,
    Expenditure,
    FiscalYear,
    Period,
    PeriodStatus,
    PeriodStep,
    PlanLine,
    Programme,
    Transfer,
)
from sandbox.formatting import fiscal_year_of
from schools.models import PilotSchool

CATEGORIES = [
    ("materials", "วัสดุและสื่อการเรียนรู้", "Learning materials", 1),
    ("training", "พัฒนาครูและบุคลากร", "Teacher development", 2),
    ("activities", "กิจกรรมพัฒนาผู้เรียน", "Learner activities", 3),
    ("equipment", "ครุภัณฑ์และเทคโนโลยี", "Equipment and technology", 4),
    ("network", "เครือข่ายและการนิเทศ", "Networks and supervision", 5),
]
ACTIVITIES = [
    ("materials", "สื่อการเรียนรู้ฐานสมรรถนะ", "ร้านศึกษาภัณฑ์"),
    ("training", "อบรมครูหลักสูตรฐานสมรรถนะ", "มหาวิทยาลัยราชภัฏ"),
    ("activities", "ค่ายโครงงานนวัตกรรม", "ชุมชนบ้านเรา"),
    ("equipment", "แท็บเล็ตห้องเรียน", "บริษัท ไอทีซัพพลาย จำกัด"),
]


def _at(day):
    """10:00 on `day`, never later than now."""
    return min(timezone.make_aware(datetime.datetime.combine(day, datetime.time(10))), timezone.now())


def _sent_on(period, day):
    """The submission as if made on `day` (some before the due day, some after)."""
    at = _at(day)
    Period.objects.filter(pk=period.pk).update(submitted_at=at, first_submitted_at=at)
    PeriodStep.objects.filter(period=period, action="submit").update(created=at)


def _admin():
    return get_user_model().objects.filter(username="sbn.admin").first()


def _supervisor_of(school):
    return get_user_model().objects.filter(role_assignments__role="agency_supervisor",
                                           role_assignments__agency=school.agency_id).order_by("pk").first()


@transaction.atomic
def seed():
    admin = _admin()
    if admin is None:
        return
    today = timezone.localdate()
    current = fiscal_year_of(today)
    years = {}
    for year in (current - 2, current - 1, current):
        years[year], _ = FiscalYear.objects.get_or_create(year=year, defaults={"is_open": True})
    programme, _ = Programme.objects.get_or_create(
        code="innovation", defaults={"name_th": "เงินอุดหนุนทั่วไปเพื่อพัฒนานวัตกรรมการศึกษา",
                                     "name_en": "General subsidy for developing educational innovation"})
    categories = {}
    for code, name_th, name_en, order in CATEGORIES:
        categories[code], _ = Category.objects.get_or_create(
            code=code, defaults={"name_th": name_th, "name_en": name_en, "sort_order": order})
    schools = list(PilotSchool.objects.filter(province__code__in=["31", "91"]).order_by("code"))
    for year in years.values():
        for index, school in enumerate(schools):
            _school_year(admin, school, year, programme, categories, index, today)


def _school_year(admin, school, year, programme, categories, index, today):
    full = year.end < today
    amount = Decimal(200000 + (index % 5) * 50000)
    allocation, created = Allocation.objects.get_or_create(
        school=school, fiscal_year=year, programme=programme, defaults={"amount": amount})
    if not created:
        return
    start = year.start
    Transfer.objects.create(allocation=allocation, installment=1, date=start + datetime.timedelta(days=45),
                            amount=(amount * Decimal("0.6")).quantize(Decimal("1")))
    if full:
        Transfer.objects.create(allocation=allocation, installment=2, date=start + datetime.timedelta(days=200),
                                amount=amount - (amount * Decimal("0.6")).quantize(Decimal("1")))
    lines = []
    for code, activity, _payee in ACTIVITIES:
        lines.append(PlanLine.objects.create(allocation=allocation, activity=activity, category=categories[code],
                                             planned_amount=(amount / 4).quantize(Decimal("1"))))
    for month in range(1, 12):
        line = lines[(index + month) % len(lines)]
        day = datetime.date(start.year + (start.month + month - 1) // 12, (start.month + month - 1) % 12 + 1, 10)
        if day > today:
            break
        services.save_expenditure(admin, Expenditure(
            allocation=allocation, date=day, amount=Decimal(4000 + (index * 731 + month * 389) % 9000),
            category=line.category, plan_line=line, description=line.activity,
            payee=ACTIVITIES[(index + month) % len(ACTIVITIES)][2], receipt_number=f"R{year.year}-{index:03d}-{month:02d}"))
    # Ended months are reported, each with its spending in it, except by one school in four (they are
    # late: the dashboards list them); where the office has a demo supervisor, an earlier year's months
    # are verified and the current year's wait for verification at every other school.
    if index % 4 == 3:
        return
    supervisor = _supervisor_of(school)  # someone other than the submitter verifies
    for month in year.months():
        if year.due_date(month).replace(day=1) > today:  # the month has not ended
            break
        sent = year.due_date(month).replace(day=1) + datetime.timedelta(days=2 + index % 11)
        if full:
            _past_report(school, year, month, sent, admin, supervisor)
            continue
        period = Period.objects.create(school=school, fiscal_year=year, month=month)
        services.transition(admin, period, "submit")
        _sent_on(period, sent)
        if supervisor is not None and index % 2 == 0:
            services.transition(supervisor, period, "verify")


def _past_report(school, year, month, day, director, supervisor):
    """An earlier year's month as its sign-off left it, written as history: through the services it would
    ring every bell today for reports finished long ago."""
    at = _at(day)
    status = PeriodStatus.VERIFIED if supervisor is not None else PeriodStatus.SUBMITTED
    period = Period.objects.create(school=school, fiscal_year=year, month=month, status=status, submitted_at=at,
                                   first_submitted_at=at, approved_at=at if supervisor else None)
    PeriodStep.objects.create(period=period, action="submit", from_status=PeriodStatus.OPEN,
                              to_status=PeriodStatus.SUBMITTED, user=director)
    if supervisor is not None:
        PeriodStep.objects.create(period=period, action="verify", from_status=PeriodStatus.SUBMITTED,
                                  to_status=PeriodStatus.VERIFIED, user=supervisor)
    PeriodStep.objects.filter(period=period).update(created=at)
