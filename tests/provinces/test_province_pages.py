"""The home page's stage and cohort filters, the province page's timeline and KPI charts, the demo seed."""

import re

from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from provinces import demo
from provinces.models import STAGES, Indicator, Milestone, MilestoneKind, Strategy
from provinces.views import with_progress
from sandbox import charts
from schools.models import SchoolStatus
from tests.battery import assert_constant_queries
from tests.conftest import api_as
from tests.factories import AgencyFactory, SchoolFactory
from tests.provinces import factories as f


def test_stage_reached_is_the_furthest_completed_step(world):
    province = world.own.province
    assert province.stage is None
    f.milestone(province, kind=MilestoneKind.PETITION)
    f.milestone(province, kind=MilestoneKind.GAZETTE)
    f.milestone(province, kind=MilestoneKind.OTHER)
    f.milestone(province, kind=MilestoneKind.STRATEGY_APPROVAL, status="planned")
    assert province.stage == MilestoneKind.GAZETTE


def test_home_page_filters_by_stage_and_cohort(client, world):
    f.milestone(world.own.province, kind=MilestoneKind.CABINET_RESOLUTION)  # Buriram, third cohort
    f.milestone(world.other.province, kind=MilestoneKind.GAZETTE)  # Satun, first cohort
    client.force_login(world.users["school_staff"])
    buriram, satun = world.own.province.get_absolute_url(), world.other.province.get_absolute_url()
    page = client.get(reverse("home"), {"stage": "gazette"}).content.decode()
    assert satun in page and buriram not in page
    page = client.get(reverse("home"), {"stage": "cabinet_resolution", "cohort": 3}).content.decode()
    assert buriram in page and satun not in page
    page = client.get(reverse("home"), {"stage": "none"}).content.decode()
    assert buriram not in page and satun not in page
    assert reverse("provinces:detail", args=["50"]) in page  # Chiang Mai has no step recorded here
    page = client.get(reverse("home"), {"cohort": 1}).content.decode()
    assert satun in page and buriram not in page


def test_api_provinces_carry_their_stage_and_filter_by_it(world):
    f.milestone(world.other.province, kind=MilestoneKind.GAZETTE)
    api = api_as(world.users["sbn_viewer"])
    rows = api.get("/api/v1/provinces/", {"stage": "gazette"}).json()["results"]
    assert [(r["code"], r["stage"]) for r in rows] == [("91", "gazette")]
    assert api.get("/api/v1/provinces/31/").json()["stage"] is None


def test_province_page_shows_timeline_stage_strategy_and_kpis(client, world):
    demo.seed()
    client.force_login(world.users["agency_supervisor"])
    html = client.get(reverse("provinces:detail", args=["31"]), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Appointment of the provincial driving committee" in html  # the stage reached
    # Every stage up to the appointment is marked reached, in order; the strategy's approval is still ahead.
    stage_list = html.split('<ol class="stage-steps', 1)[1].split("</ol>", 1)[0]
    steps = re.findall(r'<li class="(reached|)">([^<]+)', stage_list)
    appointed = STAGES.index(MilestoneKind.DRIVING_COMMITTEE_APPOINTMENT) + 1
    with translation.override("en"):
        assert steps == [("reached" if rank <= appointed else "", escape(kind.label))
                         for rank, kind in enumerate(STAGES, start=1)]
    assert "9 May 2024" in html
    assert escape(Strategy.objects.get(province_id="31", year=2567).vision) in html  # the demo's strategy
    # One chart per KPI (the page's icons are SVGs too, hence the chart's class).
    assert html.count('class="sandbox-chart"') == Indicator.objects.filter(kra__outcome__province_id="31").count() == 2
    assert "Off track" in html  # reading missed its 2568 target in the demo
    thai = client.get(reverse("provinces:detail", args=["31"]), HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert "9 พ.ค. 2567" in thai
    # the supervisor may read but is offered no edit buttons
    assert reverse("provinces:milestone-add") not in html


def test_officer_sees_edit_buttons_on_own_province_only(client, world):
    client.force_login(world.users["province_officer"])
    own = client.get(reverse("provinces:detail", args=["31"])).content.decode()
    other = client.get(reverse("provinces:detail", args=["91"])).content.decode()
    assert reverse("provinces:milestone-add") in own
    assert reverse("provinces:milestone-add") not in other


def test_demo_seed_is_idempotent_and_has_buriram_steps(db):
    demo.seed()
    counts = (Milestone.objects.count(), Strategy.objects.count(), Indicator.objects.count())
    demo.seed()
    assert (Milestone.objects.count(), Strategy.objects.count(), Indicator.objects.count()) == counts
    buriram = Milestone.objects.filter(province_id="31")
    assert buriram.count() == 10
    assert buriram.get(kind="cabinet_resolution").date.isoformat() == "2024-03-26"
    assert Milestone.objects.get(province_id="91").date.isoformat() == "2018-08-02"
    assert Milestone.objects.filter(kind="cabinet_resolution", date="2022-11-29").count() == 11


def test_kpi_chart_draws_target_and_actual_and_marks_a_miss(world):
    kpi = f.indicator(world.own.province, targets={2567: "50", 2568: "60"}, values={2567: "55", 2568: "40"},
                      baseline="30")
    svg = with_progress(kpi).chart
    assert svg.startswith("<svg") and svg.count("<rect") == 4
    assert charts.MISSED_COLOUR in svg and charts.MET_COLOUR in svg
    assert "stroke-dasharray" in svg  # the baseline
    lower = f.indicator(world.own.province, targets={2567: "10"}, values={2567: "8"}, direction="down")
    assert not lower.off_track()


def test_province_page_queries_do_not_grow_with_the_framework(client, world):
    client.force_login(world.users["sbn_viewer"])
    f.indicator(world.own.province, targets={2567: "1"}, values={2567: "1"})

    def more():
        for _ in range(3):
            kpi = f.indicator(world.own.province, targets={2567: "1", 2568: "2"}, values={2567: "1"})
            f.Action.objects.create(indicator=kpi, title="x", fiscal_year=2567)
            f.milestone(world.own.province)

    assert_constant_queries(client, reverse("provinces:detail", args=["31"]), more)


def test_api_lists_use_a_constant_number_of_queries(world):
    client = api_as(world.users["sbn_viewer"])
    for url, make in [
        ("/api/v1/indicators/", lambda: f.indicator(world.own.province, targets={2567: "1"}, values={2567: "1"})),
        ("/api/v1/indicator-values/", lambda: f.value(world.other.province)),
        ("/api/v1/milestones/", lambda: f.milestone(world.other.province)),
        ("/api/v1/provinces/", lambda: f.milestone(world.other.province, kind="gazette")),
    ]:
        make()
        assert_constant_queries(client, url, lambda make=make: [make() for _ in range(3)])


def test_home_page_counts_each_provinces_active_schools_and_offices(client, world):
    second_office = AgencyFactory(province=world.own.province)
    SchoolFactory.create_batch(3, agency=second_office)
    SchoolFactory(agency=second_office, status=SchoolStatus.LEFT)  # not counted: no longer in the sandbox
    client.force_login(world.users["school_staff"])
    home = client.get(reverse("home")).context["object_list"]
    counts = {p.code: (p.school_count, p.agency_count) for p in home}
    assert counts["31"] == (4, 2)  # the world's school and three more, in two offices
    assert counts["91"] == (1, 1)
    assert counts["50"] == (0, 0)
