"""A school moved to another affiliation office or province takes its spending with it: its rows carry
the new province (the province filter of every list finds them), the monthly totals leave the old
office for the new one in the same transaction, and later writes change the new office's totals only."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.db.models import Sum

from grants import services
from grants.models import Expenditure, MonthlyRollup
from grants.reconcile import reconcile
from sandbox.services import save_object
from schools.models import PilotSchool
from tests.conftest import api_as
from tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db


def record(user, allocation, amount, day, category):
    return services.save_expenditure(user, Expenditure(
        allocation=allocation, date=day, amount=Decimal(amount), category=category, description="Paper",
        payee="Shop"))


def monthly(**keys):
    return MonthlyRollup.objects.filter(**keys).aggregate(total=Sum("total"))["total"] or Decimal("0")


@pytest.fixture
def spent(world, grants):
    director = world.users["school_director"]
    first = record(director, grants.own, "1000.00", datetime.date(2024, 1, 5), grants.materials)
    record(director, grants.own, "250.50", datetime.date(2024, 2, 9), grants.training)
    record(world.users["sbn_admin"], grants.other, "700.00", datetime.date(2024, 1, 6), grants.materials)
    return first


def move(user, school, agency):
    school = PilotSchool.objects.get(pk=school.pk)
    school.agency, school.province = agency, agency.province
    return save_object(user, school)


def test_a_school_moved_to_another_province_takes_its_rows_and_totals_along(world, grants, spent):
    school, old, new = world.own.school, world.own, world.other
    move(world.users["sbn_admin"], school, new.agency)

    assert set(Expenditure.objects.filter(school=school).values_list("province", flat=True)) == {new.province.pk}
    assert monthly(province=old.province, agency=old.agency) == 0
    assert not MonthlyRollup.objects.filter(agency=old.agency).exists()
    assert monthly(province=new.province, agency=new.agency) == Decimal("1950.50")  # 1,250.50 moved + 700
    assert reconcile(repair=False) == []

    services.delete_expenditure(world.users["sbn_admin"], spent)  # a later write counts in the new office
    assert monthly(province=new.province, agency=new.agency) == Decimal("950.50")
    assert not MonthlyRollup.objects.filter(total__lt=0).exists()
    assert reconcile(repair=False) == []


def test_a_move_between_offices_of_one_province_moves_only_the_totals(world, grants, spent):
    school, old = world.own.school, world.own
    neighbour = AgencyFactory(province=old.province)
    move(world.users["sbn_admin"], school, neighbour)
    assert monthly(agency=neighbour) == Decimal("1250.50")
    assert monthly(agency=old.agency) == 0
    assert set(Expenditure.objects.filter(school=school).values_list("province", flat=True)) == {old.province.pk}
    assert reconcile(repair=False) == []


def test_a_move_through_the_api_moves_the_totals_too(world, grants, spent):
    school, new = world.own.school, world.other
    response = api_as(world.users["sbn_admin"]).patch(
        f"/api/v1/schools/{school.pk}/", {"agency": new.agency.pk, "province": new.province.pk}, format="json")
    assert response.status_code == 200, response.content
    assert monthly(agency=new.agency) == Decimal("1950.50")
    assert reconcile(repair=False) == []


def test_a_refused_move_moves_nothing(world, grants, spent):
    school, old, new = world.own.school, world.own, world.other
    with pytest.raises(PermissionDenied):  # a province officer may not send a school out of their province
        move(world.users["province_officer"], school, new.agency)
    assert PilotSchool.objects.get(pk=school.pk).agency == old.agency
    assert monthly(agency=old.agency) == Decimal("1250.50")
    assert set(Expenditure.objects.filter(school=school).values_list("province", flat=True)) == {old.province.pk}
