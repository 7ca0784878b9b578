import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from grants import review, services
from grants.models import Expenditure, Period, PeriodStatus, PlanLine, Transfer
from tests.factories import user_with_role
from tests.grants.conftest import spend

MONTH = datetime.date(2024, 1, 1)


def thai(text):
    """The Thai wording of a message, as the page shows it (HTML-escaped)."""
    from django.utils.html import escape

    with translation.override("th"):
        return escape(translation.gettext(text))


@pytest.fixture
def month(world, grants):
    """January 2567 of the own school: 30,000 baht received, two plan lines, two rows, an open period."""
    Transfer.objects.create(allocation=grants.own, installment=1, date=datetime.date(2023, 11, 1),
                            amount=Decimal("30000.00"))
    kits = PlanLine.objects.create(allocation=grants.own, activity="ชุดทดลองวิทยาศาสตร์", category=grants.materials,
                                   planned_amount=Decimal("5000.00"))
    camp = PlanLine.objects.create(allocation=grants.own, activity="ค่ายภาษาอังกฤษ", category=grants.training,
                                   planned_amount=Decimal("20000.00"))
    kit_row = spend(grants.own, "4200.00", datetime.date(2024, 1, 10), plan_line=kits, description="ชุดทดลอง",
                    payee="ร้านวิทย์ขอนแก่น", receipt_number="R-101")
    camp_row = spend(grants.own, "1800.50", datetime.date(2024, 1, 20), category=grants.training, plan_line=camp,
                     description="ค่าวิทยากร", payee="มหาวิทยาลัยราชภัฏบุรีรัมย์")
    spend(grants.own, "999.00", datetime.date(2023, 12, 5))  # another month: in the year's figures only
    period = Period.objects.create(school=world.own.school, fiscal_year=grants.year, month=MONTH)
    return type("Month", (), {"period": period, "kits": kits, "camp": camp, "kit_row": kit_row,
                              "camp_row": camp_row})()


def _page(client, user, period):
    client.force_login(user)
    response = client.get(reverse("grants:period-detail", args=[period.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _edit(user, row, **changes):
    row = Expenditure.objects.get(pk=row.pk)
    for name, value in changes.items():
        setattr(row, name, value)
    return services.save_expenditure(user, row)


def _confirm(client, user, period):
    client.force_login(user)
    return client.post(reverse("grants:period-submit", args=[period.pk]), {"confirmed": "yes"})


def test_the_review_page_shows_the_month_against_allocation_received_and_plan(client, world, grants, month):
    services.transition(world.users["school_director"], month.period, "submit")
    page = _page(client, world.users["agency_supervisor"], month.period)
    assert 'data-figure="month-total">6,000.50<' in page
    assert 'data-figure="allocated">100,000.00<' in page
    assert 'data-figure="received">30,000.00<' in page
    assert 'data-figure="planned">25,000.00<' in page
    assert 'data-figure="spent">6,999.50<' in page
    # Each row with its payee, plan line and receipt number; each plan line planned against spent.
    assert "ร้านวิทย์ขอนแก่น" in page and "มหาวิทยาลัยราชภัฏบุรีรัมย์" in page and "R-101" in page
    assert page.count("ชุดทดลองวิทยาศาสตร์") >= 2 and "5,000.00" in page and "800.00" in page
    assert "10 ม.ค. 2567" in page  # Buddhist Era dates on a Thai page
    # Verify, and return with a comment that the form requires.
    assert reverse("grants:period-transition", args=[month.period.pk, "verify"]) in page
    assert 'id="form-return"' in page and "required" in page
    assert "<iframe" not in page and 'style="' not in page and "<script>" not in page


def test_a_plan_line_spent_past_its_plan_is_flagged_on_the_page(client, world, grants, month):
    spend(grants.own, "900.00", datetime.date(2024, 1, 25), plan_line=month.kits)  # 5,100 of 5,000
    page = _page(client, world.users["agency_supervisor"], month.period)
    assert 'data-over="1"' in page and 'data-flag="over_plan_line"' in page


def test_the_director_confirms_a_summary_before_the_month_is_submitted(client, world, grants, month):
    director = world.users["school_director"]
    page = _page(client, director, month.period)
    url = reverse("grants:period-submit", args=[month.period.pk])
    assert f'href="{url}"' in page and "formaction" not in page.split('id="period-actions"')[1].split("</section>")[0]
    summary = client.get(url).content.decode()
    assert 'data-figure="month-total">6,000.50<' in summary and 'name="confirmed" value="yes"' in summary
    assert "ร้านวิทย์ขอนแก่น" in summary
    # A post without the confirmation submits nothing and says why, in Thai.
    response = client.post(url, {})
    assert response.status_code == 302 and response["Location"] == url
    month.period.refresh_from_db()
    assert month.period.status == PeriodStatus.OPEN and not month.period.steps.exists()
    assert thai("Check the summary and confirm to submit.") in client.get(url).content.decode()
    assert _confirm(client, director, month.period).status_code == 302
    month.period.refresh_from_db()
    assert month.period.status == PeriodStatus.SUBMITTED and month.period.submitted_event_id


def test_only_who_may_submit_sees_the_summary_step(client, world, grants, month):
    url = reverse("grants:period-submit", args=[month.period.pk])
    client.force_login(world.users["agency_supervisor"])
    assert client.get(url).status_code == 403
    assert client.post(url, {"confirmed": "yes"}).status_code == 403
    client.force_login(user_with_role("school_director", world.other.school))
    assert client.post(url, {"confirmed": "yes"}).status_code == 403
    client.force_login(world.users["no_role"])
    assert client.get(url).status_code == 404
    client.logout()
    assert "/accounts/login/" in client.get(url)["Location"]
    month.period.refresh_from_db()
    assert month.period.status == PeriodStatus.OPEN


def test_a_returned_then_edited_month_lists_exactly_what_changed_since_it_was_submitted(client, world, grants,
                                                                                       month):
    director, supervisor = world.users["school_director"], world.users["agency_supervisor"]
    _confirm(client, director, month.period)
    page = _page(client, supervisor, month.period)
    # A first submission has nothing to compare with.
    assert thai("Nothing to compare with: this is the first submission, or the month has not been submitted "
                "yet.") in page
    services.transition(supervisor, month.period, "return", "ยอดค่าวิทยากรไม่ตรงใบเสร็จ")
    _edit(director, month.camp_row, amount=Decimal("1850.50"), date=datetime.date(2024, 1, 21))
    # The director sees the change before resubmitting, and the return's comment.
    page = _page(client, director, month.period)
    assert "ยอดค่าวิทยากรไม่ตรงใบเสร็จ" in page
    _confirm(client, director, month.period)
    month.period.refresh_from_db()
    changes = review.changes_since_submission(month.period)
    assert [(c.kind, c.expenditure_id) for c in changes] == [("changed", month.camp_row.pk)]
    assert [(old, new) for _label, old, new in changes[0].fields] == [("20 ม.ค. 2567", "21 ม.ค. 2567"),
                                                                      ("1,800.50", "1,850.50")]
    page = _page(client, supervisor, month.period)
    since_submission = page.split('id="changes-since-submission"')[1].split("</section>")[0]
    assert since_submission.count("data-change=") == 1 and "ค่าวิทยากร" in since_submission
    assert "1,800.50</del> → <ins>1,850.50" in since_submission
    assert "20 ม.ค. 2567</del> → <ins>21 ม.ค. 2567" in since_submission
    # Never approved: nothing to compare with since an approval.
    assert 'data-change=' not in page.split('id="changes-since-approval"')[1].split("</section>")[0]


def test_changes_since_the_last_approval_list_adds_edits_and_deletions(client, world, grants, month):
    director = world.users["school_director"]
    services.transition(director, month.period, "submit")
    services.transition(world.users["agency_supervisor"], month.period, "verify")
    services.transition(world.users["province_officer"], month.period, "return", "แยกค่าเดินทางออกมา")
    _edit(director, month.kit_row, payee="ร้านวิทย์ขอนแก่น สาขา 2")
    added = services.save_expenditure(director, Expenditure(
        allocation=grants.own, date=datetime.date(2024, 1, 22), amount=Decimal("300.00"), category=grants.training,
        description="ค่าเดินทาง", payee="คุณครูสมชาย"))
    services.delete_expenditure(director, Expenditure.objects.get(pk=month.camp_row.pk))
    month.period.refresh_from_db()
    kinds = {c.expenditure_id: c.kind for c in review.changes_since_approval(month.period)}
    assert kinds == {month.kit_row.pk: "changed", added.pk: "added", month.camp_row.pk: "deleted"}
    page = _page(client, world.users["agency_supervisor"], month.period)
    since_approval = page.split('id="changes-since-approval"')[1].split("</section>")[0]
    assert "ร้านวิทย์ขอนแก่น</del> → <ins>ร้านวิทย์ขอนแก่น สาขา 2" in since_approval
    assert since_approval.count("data-change=") == 3


def test_return_without_a_comment_is_refused_in_thai_and_nothing_changes(client, world, grants, month):
    services.transition(world.users["school_director"], month.period, "submit")
    client.force_login(world.users["agency_supervisor"])
    url = reverse("grants:period-transition", args=[month.period.pk, "return"])
    response = client.post(url, {"comment": "   "}, follow=True)
    assert "โปรดระบุเหตุผล" in response.content.decode()  # "Give a reason."
    month.period.refresh_from_db()
    assert month.period.status == PeriodStatus.SUBMITTED and month.period.steps.count() == 1


def test_buttons_follow_separation_of_duties(client, world, grants, month):
    admin = world.users["sbn_admin"]
    services.transition(world.users["school_director"], month.period, "submit")
    services.transition(admin, month.period, "verify")
    page = _page(client, admin, month.period)
    # SBN verified it, so may not acknowledge it too; it may still return it.
    assert "/acknowledge/" not in page and 'id="form-return"' in page
    page = _page(client, world.users["province_officer"], month.period)
    assert reverse("grants:period-transition", args=[month.period.pk, "acknowledge"]) in page


def test_another_scope_reads_the_rows_but_no_receipt_and_takes_no_step(client, world, grants, month):
    services.transition(world.users["school_director"], month.period, "submit")
    page = _page(client, user_with_role("province_officer", world.other.province), month.period)
    assert "ร้านวิทย์ขอนแก่น" in page  # transparency: every role reads every school's spending
    assert "/receipt/" not in page and 'id="period-actions"' not in page
    client.force_login(world.users["no_role"])
    assert client.get(reverse("grants:period-detail", args=[month.period.pk])).status_code == 404
    client.logout()
    assert client.get(reverse("grants:period-detail", args=[month.period.pk])).status_code == 302
