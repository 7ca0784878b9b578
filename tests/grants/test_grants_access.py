"""The permission battery for every grants model."""

import datetime

from grants.models import Allocation, Category, Expenditure, FiscalYear, Period, PlanLine, Programme, Transfer
from tests.battery import PermissionBattery, form_fields
from tests.grants.conftest import spend

SCHOOL_WRITERS = {"sbn_admin", "school_director", "school_staff"}
ADMIN = {"sbn_admin"}


class TestExpenditurePermissions(PermissionBattery):
    model = Expenditure
    api_url = "/api/v1/expenditures/"
    page_list, page_detail = "grants:expenditure-list", "grants:expenditure-detail"
    page_edit, page_delete = "grants:expenditure-edit", "grants:expenditure-delete"
    may_add = may_change = may_delete = SCHOOL_WRITERS

    def make(self, world, side):
        from tests.grants.conftest import _allocation_for

        return spend(_allocation_for(world, side))

    def api_payload(self, world, side):
        from tests.grants.conftest import _allocation_for

        allocation = _allocation_for(world, side)
        return {"allocation": allocation.pk, "date": "2024-02-01", "amount": "1250.50", "category": "materials",
                "description": "Science kits", "payee": "Shop"}

    def api_change(self, obj):
        return {"description": "Science kits, corrected"}, ("description", "Science kits, corrected")

    def page_change(self, obj):
        data = form_fields(obj, "date", "amount", "category", "payee", "receipt_number", "plan_line", "allocation",
                           description="Science kits, corrected on the page")
        return data, ("description", "Science kits, corrected on the page")


class TestAllocationPermissions(PermissionBattery):
    model = Allocation
    api_url = "/api/v1/allocations/"
    page_list, page_detail = "grants:allocation-list", "grants:allocation-detail"
    page_add, page_edit = "grants:allocation-add", "grants:allocation-edit"
    may_add = may_change = may_delete = ADMIN

    def make(self, world, side):
        from tests.grants.conftest import _allocation_for

        return _allocation_for(world, side)

    def api_payload(self, world, side):
        from tests.grants.conftest import _allocation_for

        _allocation_for(world, side)
        Programme.objects.get_or_create(code="second", defaults={"name_th": "โครงการที่สอง"})
        return {"school": world.side(side).school.pk, "fiscal_year": 2567, "programme": "second",
                "amount": "50000.00"}

    def api_change(self, obj):
        return {"amount": "120000.00"}, ("amount", __import__("decimal").Decimal("120000.00"))

    def form_data(self, world, side):
        self.api_payload(world, side)
        return {"school": world.side(side).school.pk, "fiscal_year": FiscalYear.objects.get(year=2567).pk,
                "programme": Programme.objects.get(code="second").pk, "amount": "50000.00", "note": ""}

    def page_change(self, obj):
        from decimal import Decimal

        data = form_fields(obj, "school", "fiscal_year", "programme", "note", amount="130000.00")
        return data, ("amount", Decimal("130000.00"))


class TestFiscalYearPermissions(PermissionBattery):
    model = FiscalYear
    api_url = "/api/v1/fiscal-years/"
    page_list, page_detail = "grants:fiscalyear-list", "grants:fiscalyear-detail"
    page_add, page_edit = "grants:fiscalyear-add", "grants:fiscalyear-edit"
    may_add = may_change = may_delete = ADMIN

    def make(self, world, side):
        return FiscalYear.objects.create(year=2570 if side == "own" else 2571)

    def detail_url(self, obj):
        return f"{self.api_url}{obj.year}/"

    def api_payload(self, world, side):
        return {"year": 2575, "is_open": True}

    def api_change(self, obj):
        return {"is_open": False}, ("is_open", False)

    def form_data(self, world, side):
        return {"year": 2576, "is_open": "on"}

    def page_change(self, obj):
        return form_fields(obj, "year", "due_day"), ("is_open", False)  # "is_open" left unticked


class TestCategoryPermissions(PermissionBattery):
    model = Category
    api_url = "/api/v1/spending-categories/"
    page_list, page_detail = "grants:category-list", "grants:category-detail"
    page_add, page_edit = "grants:category-add", "grants:category-edit"
    may_add = may_change = may_delete = ADMIN

    def make(self, world, side):
        return Category.objects.create(code=f"cat-{side}", name_th=f"หมวด {side}")

    def api_payload(self, world, side):
        return {"code": "food", "name_th": "อาหาร"}

    def api_change(self, obj):
        return {"name_en": "Renamed"}, ("name_en", "Renamed")

    def form_data(self, world, side):
        return {"code": "travel", "name_th": "เดินทาง", "name_en": "", "sort_order": 3, "is_active": "on"}

    def page_change(self, obj):
        data = form_fields(obj, "code", "name_th", "sort_order", "is_active", name_en="Renamed on the page")
        return data, ("name_en", "Renamed on the page")


class TestProgrammePermissions(TestCategoryPermissions):
    model = Programme
    api_url = "/api/v1/grant-programmes/"
    page_list, page_detail = "grants:programme-list", "grants:programme-detail"
    page_add, page_edit = "grants:programme-add", "grants:programme-edit"

    def make(self, world, side):
        return Programme.objects.create(code=f"prog-{side}", name_th=f"โครงการ {side}")

    def form_data(self, world, side):
        return {"code": "travel", "name_th": "เดินทาง", "name_en": "", "is_active": "on"}

    def page_change(self, obj):
        data = form_fields(obj, "code", "name_th", "is_active", name_en="Renamed on the page")
        return data, ("name_en", "Renamed on the page")


class TestTransferPermissions(PermissionBattery):
    model = Transfer
    api_url = "/api/v1/transfers/"
    page_list, page_detail = "grants:transfer-list", "grants:transfer-detail"
    page_add, page_edit = "grants:transfer-add", "grants:transfer-edit"
    may_add = may_change = may_delete = ADMIN

    def make(self, world, side):
        from tests.grants.conftest import _allocation_for

        allocation = _allocation_for(world, side)
        return Transfer.objects.create(allocation=allocation, installment=allocation.transfers.count() + 1,
                                       date=datetime.date(2023, 11, 15), amount="60000.00")

    def api_payload(self, world, side):
        from tests.grants.conftest import _allocation_for

        return {"allocation": _allocation_for(world, side).pk, "installment": 5, "date": "2024-03-01",
                "amount": "10000.00"}

    def api_change(self, obj):
        return {"reference": "KTB-1"}, ("reference", "KTB-1")

    def form_data(self, world, side):
        payload = self.api_payload(world, side)
        return {**payload, "reference": ""}

    def page_change(self, obj):
        data = form_fields(obj, "allocation", "installment", "date", "amount", reference="KTB-2")
        return data, ("reference", "KTB-2")


class TestPlanLinePermissions(PermissionBattery):
    model = PlanLine
    api_url = "/api/v1/plan-lines/"
    page_list, page_detail = "grants:planline-list", "grants:planline-detail"
    page_add, page_edit = "grants:planline-add", "grants:planline-edit"
    may_add = may_change = may_delete = SCHOOL_WRITERS

    def make(self, world, side):
        from tests.grants.conftest import _allocation_for

        allocation = _allocation_for(world, side)
        return PlanLine.objects.create(allocation=allocation, activity="Maker space",
                                       category=Category.objects.get(code="materials"), planned_amount="30000.00")

    def api_payload(self, world, side):
        from tests.grants.conftest import _allocation_for

        return {"allocation": _allocation_for(world, side).pk, "activity": "Coding club", "category": "materials",
                "planned_amount": "5000.00"}

    def api_change(self, obj):
        return {"activity": "Robotics club"}, ("activity", "Robotics club")

    def form_data(self, world, side):
        from tests.grants.conftest import _allocation_for

        return {"allocation": _allocation_for(world, side).pk, "activity": "Coding club",
                "category": Category.objects.get(code="materials").pk, "planned_amount": "5000.00"}

    def page_change(self, obj):
        data = form_fields(obj, "allocation", "category", "planned_amount", activity="Robotics club")
        return data, ("activity", "Robotics club")


class TestPeriodPermissions(PermissionBattery):
    model = Period
    api_url = "/api/v1/periods/"
    page_list, page_detail = "grants:period-list", "grants:period-detail"
    may_add = SCHOOL_WRITERS
    may_change = may_delete = ADMIN

    def make(self, world, side):
        from tests.grants.conftest import _allocation_for

        allocation = _allocation_for(world, side)
        return Period.objects.create(school=allocation.school, fiscal_year=allocation.fiscal_year,
                                     month=datetime.date(2023, 10, 1))

    def api_payload(self, world, side):
        from tests.grants.conftest import _allocation_for

        _allocation_for(world, side)
        return {"school": world.side(side).school.pk, "fiscal_year": 2567, "month": "2023-11-01"}

    def api_change(self, obj):
        return {"month": "2023-12-01"}, ("month", datetime.date(2023, 12, 1))
