"""The permission battery for every row of a province's designation, strategy and results framework."""

import pytest

from provinces.models import (
    Action,
    DesiredOutcome,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    KeyResultArea,
    Milestone,
    OutcomeSummary,
    Province,
    Strategy,
)
from tests.battery import PermissionBattery, form_fields
from tests.provinces import factories as f

OFFICES = {"sbn_admin", "province_officer"}


class OfficesWrite(PermissionBattery):
    may_add = may_change = may_delete = OFFICES

    @classmethod
    def pages(cls, prefix):
        return tuple(f"provinces:{prefix}-{page}" for page in ("list", "detail", "add", "edit", "delete"))


class TestMilestonePermissions(OfficesWrite):
    model = Milestone
    api_url = "/api/v1/milestones/"
    page_list, page_detail, page_add, page_edit, page_delete = OfficesWrite.pages("milestone")

    def make(self, world, side):
        return f.milestone(world.side(side).province)

    def api_payload(self, world, side):
        return {"province": world.side(side).province.code, "kind": "petition", "date": "2024-01-02"}

    def api_change(self, obj):
        return {"note": "แก้ไขแล้ว"}, ("note", "แก้ไขแล้ว")

    def form_data(self, world, side):
        return {"province": world.side(side).province.code, "kind": "cabinet_resolution", "status": "done",
                "date": "2024-03-26", "note": "", "link": ""}

    def page_change(self, obj):
        return form_fields(obj, "province", "kind", "status", "date", "link", note="แก้ไขผ่านหน้าเว็บ"), \
            ("note", "แก้ไขผ่านหน้าเว็บ")


class TestStrategyPermissions(OfficesWrite):
    model = Strategy
    api_url = "/api/v1/strategies/"
    page_list, page_detail, page_add, page_edit, page_delete = OfficesWrite.pages("strategy")

    def make(self, world, side):
        return f.strategy(world.side(side).province)

    def api_payload(self, world, side):
        return {"province": world.side(side).province.code, "year": 2568, "vision": "วิสัยทัศน์",
                "missions": ["ก", "ข"], "goals": [], "strategies": ["ยุทธศาสตร์ 1"]}

    def api_change(self, obj):
        return {"goals": ["เป้าหมายใหม่"]}, ("goals", ["เป้าหมายใหม่"])

    def form_data(self, world, side):
        return {"province": world.side(side).province.code, "year": "2568", "vision": "วิสัยทัศน์",
                "missions": "ก\nข", "goals": "", "strategies": "ยุทธศาสตร์ 1"}

    def page_change(self, obj):
        data = form_fields(obj, "province", "year", "vision", missions="พันธกิจ 1", goals="เป้าหมาย ก\nเป้าหมาย ข",
                           strategies="ยุทธศาสตร์ 1")
        return data, ("goals", ["เป้าหมาย ก", "เป้าหมาย ข"])


class TestOutcomeSummaryPermissions(OfficesWrite):
    model = OutcomeSummary
    api_url = "/api/v1/outcome-summaries/"
    page_list, page_detail, page_add, page_edit, page_delete = OfficesWrite.pages("summary")

    @pytest.fixture(autouse=True)
    def _both_first_cohort(self, world):
        # Summaries are for first-cohort areas only; here the "own" province is one, like Satun.
        Province.objects.filter(code=world.own.province.code).update(cohort=1)
        world.own.province.refresh_from_db()

    def make(self, world, side):
        return f.summary(world.side(side).province)

    def api_payload(self, world, side):
        return {"province": world.side(side).province.code, "year": 2568, "what_worked": "ได้ผล"}

    def api_change(self, obj):
        return {"strengths": "จุดแข็ง"}, ("strengths", "จุดแข็ง")

    def form_data(self, world, side):
        return {"province": world.side(side).province.code, "year": "2568", "what_worked": "ได้ผล",
                "innovations": "", "strengths": "", "weaknesses": ""}

    def page_change(self, obj):
        data = form_fields(obj, "province", "year", "what_worked", "innovations", "strengths",
                           weaknesses="ขาดครูคณิตศาสตร์")
        return data, ("weaknesses", "ขาดครูคณิตศาสตร์")


class TestDesiredOutcomePermissions(OfficesWrite):
    model = DesiredOutcome
    api_url = "/api/v1/desired-outcomes/"
    page_list, page_detail, page_add, page_edit, page_delete = OfficesWrite.pages("outcome")

    def make(self, world, side):
        return f.outcome(world.side(side).province)

    def api_payload(self, world, side):
        return {"province": world.side(side).province.code, "code": "DOE-N", "title": "ผลลัพธ์ใหม่"}

    def api_change(self, obj):
        return {"title": "ผลลัพธ์ที่แก้"}, ("title", "ผลลัพธ์ที่แก้")

    def form_data(self, world, side):
        return {"province": world.side(side).province.code, "code": "DOE-F", "title": "ผลลัพธ์ใหม่",
                "description": "", "position": "1"}

    def page_change(self, obj):
        data = form_fields(obj, "province", "code", "description", "position", title="ผลลัพธ์ที่แก้ผ่านหน้าเว็บ")
        return data, ("title", "ผลลัพธ์ที่แก้ผ่านหน้าเว็บ")


class TestKeyResultAreaPermissions(OfficesWrite):
    model = KeyResultArea
    api_url = "/api/v1/key-result-areas/"
    page_list, page_detail, page_add, page_edit, page_delete = OfficesWrite.pages("kra")

    def make(self, world, side):
        return f.kra(world.side(side).province)

    def api_payload(self, world, side):
        return {"outcome": f.outcome(world.side(side).province).pk, "code": "KRA-N", "title": "ผลลัพธ์หลัก"}

    def api_change(self, obj):
        return {"code": "KRA-X"}, ("code", "KRA-X")

    def form_data(self, world, side):
        return {"outcome": f.outcome(world.side(side).province).pk, "code": "KRA-F", "title": "ผลลัพธ์หลัก",
                "position": "1"}

    def page_change(self, obj):
        return form_fields(obj, "outcome", "title", "position", code="KRA-P"), ("code", "KRA-P")


class TestIndicatorPermissions(OfficesWrite):
    model = Indicator
    api_url = "/api/v1/indicators/"
    page_list, page_detail, page_add, page_edit, page_delete = OfficesWrite.pages("indicator")

    def make(self, world, side):
        return f.indicator(world.side(side).province)

    def api_payload(self, world, side):
        return {"kra": f.kra(world.side(side).province).pk, "code": "KPI-N", "title": "ตัวชี้วัด", "unit": "คน",
                "baseline": "10.5"}

    def api_change(self, obj):
        return {"unit": "แห่ง"}, ("unit", "แห่ง")

    def form_data(self, world, side):
        return {"kra": f.kra(world.side(side).province).pk, "code": "KPI-F", "title": "ตัวชี้วัด", "unit": "คน",
                "baseline": "", "baseline_year": "", "direction": "up", "position": "1"}

    def page_change(self, obj):
        data = form_fields(obj, "kra", "code", "title", "baseline", "baseline_year", "direction", "position",
                           unit="โรงเรียน")
        return data, ("unit", "โรงเรียน")


class TestIndicatorTargetPermissions(OfficesWrite):
    model = IndicatorTarget
    api_url = "/api/v1/indicator-targets/"
    page_list, page_detail, page_add, page_edit, page_delete = OfficesWrite.pages("target")

    def make(self, world, side):
        return f.target(world.side(side).province)

    def api_payload(self, world, side):
        return {"indicator": f.indicator(world.side(side).province).pk, "fiscal_year": 2568, "target": "75.5"}

    def api_change(self, obj):
        from decimal import Decimal

        return {"target": "80.25"}, ("target", Decimal("80.25"))

    def form_data(self, world, side):
        return {"indicator": f.indicator(world.side(side).province).pk, "fiscal_year": "2568", "target": "75"}

    def page_change(self, obj):
        from decimal import Decimal

        return form_fields(obj, "indicator", "fiscal_year", target="82.5"), ("target", Decimal("82.5"))


class TestIndicatorValuePermissions(OfficesWrite):
    model = IndicatorValue
    api_url = "/api/v1/indicator-values/"
    page_list, page_detail, page_add, page_edit, page_delete = OfficesWrite.pages("value")

    def make(self, world, side):
        return f.value(world.side(side).province)

    def api_payload(self, world, side):
        indicator = f.indicator(world.side(side).province, targets={2568: "70"})
        return {"indicator": indicator.pk, "fiscal_year": 2568, "value": "71.5"}

    def api_change(self, obj):
        from decimal import Decimal

        return {"value": "45.00"}, ("value", Decimal("45.00"))

    def form_data(self, world, side):
        indicator = f.indicator(world.side(side).province, targets={2568: "70"})
        return {"indicator": indicator.pk, "fiscal_year": "2568", "value": "71.5", "measured_on": "", "note": ""}

    def page_change(self, obj):
        from decimal import Decimal

        data = form_fields(obj, "indicator", "fiscal_year", "measured_on", "note", value="46.75")
        return data, ("value", Decimal("46.75"))


class TestActionPermissions(OfficesWrite):
    model = Action
    api_url = "/api/v1/indicator-actions/"
    page_list, page_detail, page_add, page_edit, page_delete = OfficesWrite.pages("action")

    def make(self, world, side):
        return f.action(world.side(side).province)

    def api_payload(self, world, side):
        return {"indicator": f.indicator(world.side(side).province).pk, "title": "กิจกรรมใหม่", "fiscal_year": 2568}

    def api_change(self, obj):
        return {"status": "done"}, ("status", "done")

    def form_data(self, world, side):
        return {"indicator": f.indicator(world.side(side).province).pk, "title": "กิจกรรมใหม่", "description": "",
                "responsible": "", "fiscal_year": "2568", "status": "planned"}

    def page_change(self, obj):
        data = form_fields(obj, "indicator", "title", "description", "responsible", "fiscal_year", status="done")
        return data, ("status", "done")
