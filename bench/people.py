"""The people the benchmark acts as: SBN, and the director of the busiest school."""

import time
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.utils import timezone

from accounts.models import ApiToken
from grants.models import Allocation, Expenditure, FiscalYear, Programme
from sandbox.access import Role
from sandbox.formatting import fiscal_year_of
from sandbox.models import RoleAssignment
from schools.models import PilotSchool


def _user(username, role, **scope):
    user, created = get_user_model().objects.get_or_create(username=username)
    if created:
        user.set_unusable_password()
        user.save()
        RoleAssignment.objects.create(user=user, role=role, **scope)
    return user


@dataclass
class People:
    sbn: object
    sbn_token: str
    director: object
    director_token: str
    busiest_school: object
    import_school: object
    post_allocation: object
    current_year: int
    full_year: int

    @classmethod
    def create(cls):
        current = fiscal_year_of(timezone.localdate())
        full = current - 1
        busiest = PilotSchool.objects.get(pk=Expenditure.objects.filter(fiscal_year__year=full).values("school")
                                          .annotate(n=Count("id")).order_by("-n").values_list("school", flat=True)
                                          .first())
        quietest = PilotSchool.objects.order_by("-pk").first()
        sbn = _user("bench.sbn", Role.SBN_ADMIN)
        director = _user(f"bench.director.{busiest.pk}", Role.SCHOOL_DIRECTOR, school=busiest)
        _, sbn_key = ApiToken.issue(sbn, "bench")
        _, director_key = ApiToken.issue(director, "bench")
        year = FiscalYear.objects.get(year=current)
        # Room for the imported rows on the quiet school's current allocation.
        Allocation.objects.filter(school=quietest, fiscal_year=year).update(amount=Decimal("1000000000.00"))
        return cls(sbn=sbn, sbn_token=sbn_key, director=director, director_token=director_key,
                   busiest_school=busiest, import_school=quietest,
                   post_allocation=Allocation.objects.get(school=busiest, fiscal_year=year),
                   current_year=current, full_year=full)

    @property
    def busiest_province(self):
        return self.busiest_school.province_id

    @staticmethod
    def fresh_import_school(year):
        """A new school with a large allocation for the year, so that every import run starts alike."""
        template = PilotSchool.objects.order_by("pk").first()
        code = f"8{time.time_ns() // 1000 % 10**9:09d}"
        school = PilotSchool.objects.create(code=code, name_th=f"โรงเรียนนำเข้า {code}", name_en=f"Import {code}",
                                            status="active", agency_id=template.agency_id,
                                            province_id=template.province_id)
        Allocation.objects.create(school=school, fiscal_year=year, programme=Programme.objects.first(),
                                  amount=Decimal("1000000000.00"))
        return school

    @staticmethod
    def rows_of(school, year):
        return Expenditure.objects.filter(school=school, fiscal_year__year=year).count()

    @staticmethod
    def rows_in_year(year):
        return Expenditure.objects.filter(fiscal_year__year=year).count()
