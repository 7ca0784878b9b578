"""Issue 4's acceptance: Buriram's officer adds a step, edits the strategy and records a KPI value;
Satun's rows are out of their reach; SBN sees everything."""

from decimal import Decimal

from django.urls import reverse

from provinces.models import IndicatorValue, Milestone, Strategy
from tests.conftest import api_as
from tests.provinces import factories as f


def test_officer_adds_a_milestone_on_the_page_and_in_the_api(client, world):
    officer = world.users["province_officer"]
    client.force_login(officer)
    response = client.post(reverse("provinces:milestone-add"), {
        "province": "31", "kind": "gazette", "status": "done", "date": "2024-05-09", "note": "ราชกิจจานุเบกษา"})
    assert response.status_code == 302
    assert response["Location"] == reverse("provinces:detail", args=["31"]) + "#timeline"
    response = api_as(officer).post("/api/v1/milestones/", {"province": "31", "kind": "petition",
                                                            "date": "2022-11-30"}, format="json")
    assert response.status_code == 201, response.content
    assert set(Milestone.objects.filter(province_id="31").values_list("kind", flat=True)) == {"gazette", "petition"}
    page = client.get(reverse("provinces:detail", args=["31"])).content.decode()
    assert "ราชกิจจานุเบกษา" in page


def test_officer_cannot_add_a_milestone_to_satun(client, world):
    officer = world.users["province_officer"]
    client.force_login(officer)
    response = client.post(reverse("provinces:milestone-add"), {
        "province": "91", "kind": "gazette", "status": "done", "date": "2018-08-02"})
    assert response.status_code == 403
    response = api_as(officer).post("/api/v1/milestones/", {"province": "91", "kind": "gazette",
                                                            "date": "2018-08-02"}, format="json")
    assert response.status_code == 403
    assert not Milestone.objects.filter(province_id="91").exists()


def test_officer_cannot_change_or_delete_satuns_milestone(client, world):
    satun_step = f.milestone(world.other.province, note="เดิม")
    officer = world.users["province_officer"]
    api = api_as(officer)
    assert api.patch(f"/api/v1/milestones/{satun_step.pk}/", {"note": "แก้"}, format="json").status_code == 403
    assert api.delete(f"/api/v1/milestones/{satun_step.pk}/").status_code == 403
    client.force_login(officer)
    assert client.get(reverse("provinces:milestone-edit", args=[satun_step.pk])).status_code == 403
    satun_step.refresh_from_db()
    assert satun_step.note == "เดิม"


def test_officer_edits_the_strategy_on_the_page(client, world):
    strategy = f.strategy(world.own.province, vision="เดิม")
    client.force_login(world.users["province_officer"])
    response = client.post(reverse("provinces:strategy-edit", args=[strategy.pk]), {
        "province": "31", "year": "2567", "vision": "วิสัยทัศน์ใหม่", "missions": "พันธกิจ ก\n\n  พันธกิจ ข  ",
        "goals": "เป้าหมาย 1", "strategies": "แนวทางแรก\nแนวทางที่สอง\nแนวทางสุดท้าย"})
    assert response.status_code == 302
    strategy.refresh_from_db()
    assert strategy.vision == "วิสัยทัศน์ใหม่"
    assert strategy.missions == ["พันธกิจ ก", "พันธกิจ ข"]
    assert strategy.strategies == ["แนวทางแรก", "แนวทางที่สอง", "แนวทางสุดท้าย"]
    page = client.get(reverse("provinces:detail", args=["31"])).content.decode()
    assert page.index("แนวทางแรก") < page.index("แนวทางที่สอง") < page.index("แนวทางสุดท้าย")


def test_officer_edits_the_strategy_in_the_api_but_not_satuns(world):
    own, other = f.strategy(world.own.province), f.strategy(world.other.province, vision="สตูล")
    api = api_as(world.users["province_officer"])
    response = api.patch(f"/api/v1/strategies/{own.pk}/", {"strategies": ["หนึ่ง", "สอง"]}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["strategies"] == ["หนึ่ง", "สอง"]
    assert api.patch(f"/api/v1/strategies/{other.pk}/", {"vision": "แก้"}, format="json").status_code == 403
    other.refresh_from_db()
    assert other.vision == "สตูล"


def test_strategy_versions_by_year_are_kept_and_shown(client, world):
    f.strategy(world.own.province, year=2567, vision="ฉบับ 2567")
    f.strategy(world.own.province, year=2568, vision="ฉบับ 2568")
    client.force_login(world.users["school_staff"])
    url = reverse("provinces:detail", args=["31"])
    assert "ฉบับ 2568" in client.get(url).content.decode()
    older = client.get(url, {"strategy_year": 2567}).content.decode()
    assert "ฉบับ 2567" in older and "ฉบับ 2568" not in older
    assert Strategy.objects.filter(province_id="31").count() == 2


def test_officer_records_a_kpi_value_on_the_page_and_in_the_api(client, world):
    kpi = f.indicator(world.own.province, targets={2567: "60", 2568: "70"})
    client.force_login(world.users["province_officer"])
    response = client.post(reverse("provinces:value-add"), {"indicator": kpi.pk, "fiscal_year": "2567",
                                                            "value": "65.5", "measured_on": "", "note": ""})
    assert response.status_code == 302
    assert response["Location"] == reverse("provinces:indicator-detail", args=[kpi.pk])
    response = api_as(world.users["province_officer"]).post(
        "/api/v1/indicator-values/", {"indicator": kpi.pk, "fiscal_year": 2568, "value": "64"}, format="json")
    assert response.status_code == 201, response.content
    assert dict(kpi.values.values_list("fiscal_year", "value")) == {2567: Decimal("65.50"), 2568: Decimal("64.00")}
    # 2568 missed its target of 70: the indicator is off track, on its own page and the province page.
    body = api_as(world.users["sbn_viewer"]).get(f"/api/v1/indicators/{kpi.pk}/").json()
    assert body["off_track"] is True
    assert body["years"][1] == {"fiscal_year": 2568, "target": "70.00", "actual": "64.00", "on_track": False}
    page = client.get(reverse("provinces:detail", args=["31"])).content.decode()
    assert "<svg" in page and "kpi-card off-track" in page


def test_officer_cannot_record_a_value_for_satun(client, world):
    kpi = f.indicator(world.other.province, targets={2567: "60"})
    officer = world.users["province_officer"]
    response = api_as(officer).post("/api/v1/indicator-values/", {"indicator": kpi.pk, "fiscal_year": 2567,
                                                                  "value": "1"}, format="json")
    assert response.status_code == 403
    client.force_login(officer)
    response = client.post(reverse("provinces:value-add"), {"indicator": kpi.pk, "fiscal_year": "2567",
                                                            "value": "1"})
    assert response.status_code == 403
    assert not IndicatorValue.objects.exists()


def test_sbn_sees_every_province_and_the_admin_writes_anywhere(world):
    f.milestone(world.own.province)
    f.milestone(world.other.province)
    f.indicator(world.other.province, targets={2567: "1"})
    viewer, admin = api_as(world.users["sbn_viewer"]), api_as(world.users["sbn_admin"])
    provinces = {row["province"] for row in viewer.get("/api/v1/milestones/").json()["results"]}
    assert provinces == {"31", "91"}
    assert viewer.post("/api/v1/milestones/", {"province": "91", "kind": "other", "date": "2024-01-01"},
                       format="json").status_code == 403
    assert admin.post("/api/v1/milestones/", {"province": "91", "kind": "other", "date": "2024-01-01"},
                      format="json").status_code == 201
    kpi = viewer.get("/api/v1/indicators/", {"province": "91"}).json()["results"][0]
    assert admin.post("/api/v1/indicator-values/", {"indicator": kpi["id"], "fiscal_year": 2567, "value": "2"},
                      format="json").status_code == 201
