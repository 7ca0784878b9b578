"""Issue 17 item 6 (drift): a shell's QuerySet.update() leaves totals behind their rows; the nightly
check (task and command) finds it, repairs it, and tells SBN."""

from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command

from grants import tasks
from grants.models import Expenditure, MonthlyRollup, PlanLine, PlanLineRollup, SpendingRollup
from grants.reconcile import reconcile
from tests.conftest import api_as
from tests.trust.conftest import spend

pytestmark = pytest.mark.django_db


@pytest.fixture
def drifted(world, grants):
    """5,775.61 in the rollups against rows that add up to 5,776.61, as a shell once left it."""
    world.users["sbn_admin"].email = "sbn@obec.example"
    world.users["sbn_admin"].save()
    first = spend(grants.own, "5000.00")
    spend(grants.own, "775.61")
    Expenditure.objects.filter(pk=first.pk).update(amount=Decimal("5001.00"))
    return grants


def totals(grants):
    spending = SpendingRollup.objects.get(school=grants.own.school, fiscal_year=grants.year)
    monthly = MonthlyRollup.objects.get(fiscal_year=grants.year, agency=grants.own.school.agency)
    return spending.total, monthly.total


def test_the_check_finds_repairs_and_reports_a_shell_update(drifted):
    assert totals(drifted) == (Decimal("5775.61"), Decimal("5775.61"))
    assert reconcile(repair=False) and totals(drifted) == (Decimal("5775.61"), Decimal("5775.61"))
    found = reconcile()
    assert {d.table for d in found} == {"grants_spendingrollup", "grants_monthlyrollup"}
    assert {d.row_total for d in found} == {Decimal("5776.61")}
    assert totals(drifted) == (Decimal("5776.61"), Decimal("5776.61"))
    assert reconcile() == []  # nothing left to repair


def test_the_report_reaches_sbn(drifted, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        reconcile()
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["sbn@obec.example"]
    assert "5,776.61" in mail.outbox[0].body


def test_the_nightly_task_and_the_command_repair(drifted, settings):
    assert settings.CELERY_BEAT_SCHEDULE["grants-reconcile-rollups"]["task"] == "grants.tasks.reconcile_rollups"
    assert tasks.reconcile_rollups.apply().get() == 2
    assert totals(drifted) == (Decimal("5776.61"), Decimal("5776.61"))
    Expenditure.objects.filter(amount=Decimal("775.61")).update(amount=Decimal("775.00"))
    with pytest.raises(SystemExit):
        call_command("reconcile_rollups", "--check")
    call_command("reconcile_rollups")
    assert totals(drifted) == (Decimal("5776.00"), Decimal("5776.00"))


def test_rows_deleted_behind_the_services_leave_no_total(drifted):
    Expenditure.objects.all().delete()
    reconcile()
    assert not SpendingRollup.objects.exists() and not MonthlyRollup.objects.exists()


def test_a_plan_line_total_follows_its_rows_and_its_plan(world, grants):
    line = PlanLine.objects.create(allocation=grants.own, activity="Camp", category=grants.materials,
                                   planned_amount=Decimal("900.00"))
    row = spend(grants.own, "1000.00", plan_line=line)
    Expenditure.objects.filter(pk=row.pk).update(amount=Decimal("800.00"))  # a shell, past the services
    PlanLineRollup.objects.update(planned=Decimal("1.00"))  # and past the plan's trigger
    found = reconcile()
    assert [(d.table, d.rollup_total, d.row_total) for d in found if d.table == "grants_planlinerollup"] == [
        ("grants_planlinerollup", Decimal("1000.00"), Decimal("800.00"))]
    rollup = PlanLineRollup.objects.get()
    assert (rollup.total, rollup.planned) == (Decimal("800.00"), Decimal("900.00"))


def test_if_match_sees_a_shell_update(world, grants):
    from grants.models import Allocation

    client = api_as(world.users["sbn_admin"])
    etag = client.get(f"/api/v1/allocations/{grants.own.pk}/")["ETag"]
    Allocation.objects.filter(pk=grants.own.pk).update(note="changed in a shell")
    response = client.patch(f"/api/v1/allocations/{grants.own.pk}/", {"note": "x"}, format="json",
                            HTTP_IF_MATCH=etag)
    assert response.status_code == 412
    assert Allocation.objects.get(pk=grants.own.pk).note == "changed in a shell"


def test_keys_copied_from_the_allocation_and_the_school_are_checked_and_set_again(world, grants):
    """The lists and totals group by the keys a row copies; a shell that changed one is caught like a total."""
    from grants.models import Transfer

    row = spend(grants.own, "300.00")
    line = PlanLine.objects.create(allocation=grants.own, category=grants.materials, activity="Kits",
                                   planned_amount=Decimal("500.00"))
    transfer = Transfer.objects.create(allocation=grants.own, installment=1, date="2024-01-02",
                                       amount=Decimal("50000.00"))
    assert reconcile(repair=False) == []
    Expenditure.objects.filter(pk=row.pk).update(province=world.other.province)
    PlanLine.objects.filter(pk=line.pk).update(school=world.other.school)
    Transfer.objects.filter(pk=transfer.pk).update(school=world.other.school)

    found = {(d.table, d.columns): d.rows for d in reconcile(repair=False) if hasattr(d, "columns")}
    assert found == {("grants_expenditure", ("province_id",)): 1,
                     ("grants_planline", ("school_id", "fiscal_year_id")): 1,
                     ("grants_transfer", ("school_id", "fiscal_year_id")): 1}
    reconcile()
    assert Expenditure.objects.get(pk=row.pk).province == world.own.province
    assert PlanLine.objects.get(pk=line.pk).school == world.own.school
    assert Transfer.objects.get(pk=transfer.pk).school == world.own.school
    assert reconcile(repair=False) == []


def test_the_command_says_what_differed(drifted, capsys):
    with pytest.raises(SystemExit):
        call_command("reconcile_rollups", "--check")
    out = capsys.readouterr().out
    assert "ยอดรวมที่บันทึกไว้คือ 5,775.61 บาท จาก 2 แถว แต่ผลรวมของแถวคือ 5,776.61 บาท จาก 2 แถว" in out
